/**
 * What a suggestion (message.ts) would change in an entry's frontmatter, and the frontmatter after it,
 * edited in place through the `yaml` Document API so comments, quoting, key order and flow lists stay as
 * the editor wrote them (checked on every entry: parse and print give the file back unchanged).
 *
 * Pure: the caller reads the file and passes "today"; the schema check is the caller's (scripts/
 * apply-suggestion.ts runs the same validation as `npm run validate`).
 *
 * What a suggestion can never do on its own: make a new or changed phone number or e-mail address a call
 * button. Such a detail is written with `verifyBeforePublishing: true`, its source is the suggestion, and
 * the keeper clears the mark only when the service confirms it or a second source prints it.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { NONE, type Relation, type Suggestion } from './message.ts';
import { statusValues, suggestablePath, suggestablePathsInWords, type SuggestablePath } from './facts.ts';
import { uiLanguages, type UiLanguage } from '../../schemas/languages.ts';

/** How an entry's frontmatter is printed back: no folding of long lines, lists as written (`[a, b]`). */
export const yamlPrintOptions = { lineWidth: 0, flowCollectionPadding: false } as const;

export interface Change {
  path: string;
  from: string | undefined;
  to: string | undefined;
}

export interface ApplyProblem {
  field: string;
  message: string;
}

export interface SuggestionPlan {
  /** The changes the suggestion asks for that differ from the entry, in message order. */
  changes: Change[];
  /** Fields the message names that already hold the asked value (nothing to do). */
  alreadySo: string[];
  problems: ApplyProblem[];
  /** What the keeper must still do by hand (translate, check a kept detail, confirm with the service). */
  followUps: string[];
  /** The frontmatter after the changes (unchanged text when there are none). */
  frontmatter: string;
}

const relationInWords: Record<Relation, string> = {
  service: 'someone who works at the service',
  visitor: 'a visitor',
  unknown: 'a sender who did not say whether they work at the service',
};

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return String(value).replace(/\s+/g, ' ').trim() || undefined;
}

function getIn(object: unknown, path: readonly (string | number)[]): unknown {
  let here = object;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

const keysOf = (path: string): (string | number)[] =>
  path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Plan a suggestion against an entry's frontmatter (the YAML between the two `---` lines). `today` (YYYY-MM-DD)
 * dates the suggestion when the message does not.
 */
export function planSuggestion(frontmatter: string, suggestion: Suggestion, today: string): SuggestionPlan {
  const doc = parseDocument(frontmatter);
  const entry = doc.toJS() as Record<string, unknown>;
  const problems: ApplyProblem[] = [];
  const followUps: string[] = [];
  const alreadySo: string[] = [];
  const changes: (Change & { target: SuggestablePath })[] = [];
  const phoneCount = (getIn(entry, ['contact', 'phones']) as unknown[] | undefined)?.length ?? 0;

  for (const field of suggestion.fields) {
    const target = suggestablePath(field.path);
    if (!target) {
      problems.push({
        field: field.path,
        message: `a suggestion cannot change "${field.path}"; it may name only ${suggestablePathsInWords}`,
      });
      continue;
    }
    // The writer left it as they saw it: nothing asked, even if the entry has changed since.
    if (field.was !== undefined && (field.was ?? undefined) === field.value) continue;
    const current = text(getIn(entry, keysOf(field.path)));
    if (current === field.value) {
      alreadySo.push(field.path);
      continue;
    }
    if (field.was !== undefined && (field.was ?? undefined) !== current) {
      problems.push({
        field: field.path,
        message: `the entry changed since the suggestion was written: the writer saw ${field.was === null ? NONE : `"${field.was}"`}, the entry now has ${current === undefined ? NONE : `"${current}"`}; compare the two by hand, then edit the message's "was:" line to the entry's value if the suggestion still holds`,
      });
      continue;
    }
    if ((target.field === 'phone-number' || target.field === 'phone-text') && target.phone > phoneCount) {
      problems.push({
        field: field.path,
        message: `the entry has ${phoneCount} phone number(s) (positions 0 to ${phoneCount - 1}); a new number goes at position ${phoneCount}`,
      });
      continue;
    }
    if (target.field === 'status' && field.value !== undefined && !(statusValues as string[]).includes(field.value)) {
      problems.push({
        field: field.path,
        message: `"${field.value}" is not a status; write one of ${statusValues.join(', ')}`,
      });
      continue;
    }
    if (target.field === 'status' && field.value === undefined) {
      problems.push({
        field: field.path,
        message: `every entry has a status; write one of ${statusValues.join(', ')}`,
      });
      continue;
    }
    if ((target.field === 'phone-text' || target.field === 'hours') && field.value === undefined) {
      problems.push({
        field: field.path,
        message: `a text shown to readers is kept in ${uiLanguages.join(', ')}; to remove it, delete it in every language in the entry file by hand`,
      });
      continue;
    }
    changes.push({ path: field.path, from: current, to: field.value, target });
  }

  // The source becomes a contact detail's `source` and may be shown as a link: only a web address.
  if (suggestion.source !== undefined && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(suggestion.source)) {
    problems.push({
      field: 'source',
      message: `"${suggestion.source.slice(0, 80)}" is not a web address: write one starting with https:// or http://, or leave source empty`,
    });
  }
  const date = suggestion.date ?? today;
  const provenance = suggestion.source ?? `suggestion of ${date} (no source given)`;
  const byPath = new Map(changes.map((change) => [change.path, change]));

  /** A contact detail the suggestion changes: new value, the suggestion as its source, nothing that said it was current. */
  const resetProvenance = (keys: (string | number)[], mark: boolean) => {
    doc.setIn([...keys, 'source'], provenance);
    for (const key of ['confirmed', 'officialCurrentPage']) if (doc.hasIn([...keys, key])) doc.deleteIn([...keys, key]);
    if (mark) doc.setIn([...keys, 'verifyBeforePublishing'], true);
    else if (doc.hasIn([...keys, 'verifyBeforePublishing'])) doc.deleteIn([...keys, 'verifyBeforePublishing']);
  };
  const mustConfirm = (path: string) =>
    followUps.push(
      `${path} is written with verifyBeforePublishing: true: the site shows it as unconfirmed, never as the call button, until the service confirms it or a second source prints it: then remove the mark, set that source, and record the check with npm run confirm`,
    );

  /** A reader text in one language: set it, or, when the text is new, ask for the other two languages. */
  const setReaderText = (keys: (string | number)[], path: string, lang: UiLanguage, value: string) => {
    const existing = getIn(entry, keys) as Record<string, unknown> | undefined;
    const others = uiLanguages.filter((other) => other !== lang);
    if (existing && typeof existing === 'object') {
      doc.setIn([...keys, lang], value);
      const otherChanged = others.filter((other) => byPath.has(`${path.replace(/\.[a-z]{2}$/, '')}.${other}`));
      if (otherChanged.length < others.length)
        followUps.push(
          `${path} changed: check that ${others
            .filter((o) => !otherChanged.includes(o))
            .map((o) => `${path.replace(/\.[a-z]{2}$/, '')}.${o}`)
            .join(' and ')} still say the same, and translate it if not`,
        );
      return;
    }
    const given = Object.fromEntries(
      uiLanguages.map((l) => [l, byPath.get(`${path.replace(/\.[a-z]{2}$/, '')}.${l}`)?.to]),
    );
    const missing = uiLanguages.filter((l) => given[l] === undefined);
    if (missing.length > 0) {
      if (lang === uiLanguages.find((l) => given[l] !== undefined)) {
        problems.push({
          field: path,
          message: `this text is new and is shown in ${uiLanguages.join(', ')}: add ${missing.map((l) => `"${path.replace(/\.[a-z]{2}$/, '')}.${l}: …"`).join(' and ')} to the message (in your own words), then run again`,
        });
      }
      return;
    }
    doc.setIn(keys, doc.createNode(given));
  };

  // Removing a phone shifts the positions after it: removals last, from the highest position down.
  const phoneRemoved = (change: (typeof changes)[number]) =>
    change.target.field === 'phone-number' && change.to === undefined ? change.target.phone : undefined;
  const ordered = [
    ...changes.filter((change) => phoneRemoved(change) === undefined),
    ...changes
      .filter((change) => phoneRemoved(change) !== undefined)
      .sort((a, b) => phoneRemoved(b)! - phoneRemoved(a)!),
  ];
  for (const change of ordered) {
    const { target } = change;
    switch (target.field) {
      case 'website':
      case 'email': {
        const keys = ['contact', target.field];
        const key = target.field === 'website' ? 'url' : 'address';
        if (change.to === undefined) {
          doc.deleteIn(keys);
          break;
        }
        if (!doc.hasIn(keys)) doc.setIn(keys, doc.createNode({ [key]: change.to }));
        else doc.setIn([...keys, key], change.to);
        resetProvenance(keys, target.field === 'email');
        if (target.field === 'email') mustConfirm(change.path);
        break;
      }
      case 'phone-number': {
        const keys = ['contact', 'phones', target.phone];
        if (change.to === undefined) {
          doc.deleteIn(keys);
          followUps.push(
            `${change.path}: the phone number at position ${target.phone} is removed, with its label and hours; check that no other text of the entry still names it`,
          );
          break;
        }
        if (target.phone === phoneCount) {
          if (!doc.hasIn(['contact'])) doc.setIn(['contact'], doc.createNode({ phones: [] }));
          if (!doc.hasIn(['contact', 'phones'])) doc.setIn(['contact', 'phones'], doc.createNode([]));
          const phones = doc.getIn(['contact', 'phones']);
          if (isSeq(phones)) phones.flow = false;
          // Label and hours given with the new number go in now, so its keys read as in every entry: number, label, hours, source.
          const texts = Object.fromEntries(
            (['label', 'hours'] as const).flatMap((key) => {
              const given = Object.fromEntries(
                uiLanguages.map((l) => [l, byPath.get(`contact.phones.${target.phone}.${key}.${l}`)?.to]),
              );
              return uiLanguages.every((l) => given[l] !== undefined) ? [[key, given]] : [];
            }),
          );
          doc.addIn(['contact', 'phones'], doc.createNode({ number: change.to, ...texts }));
        } else {
          doc.setIn([...keys, 'number'], change.to);
          if (doc.hasIn([...keys, 'fromAbroad']))
            followUps.push(
              `contact.phones.${target.phone}.fromAbroad is kept as it was: check it against the new number, or remove it`,
            );
        }
        resetProvenance(keys, true);
        mustConfirm(change.path);
        break;
      }
      case 'phone-text': {
        if (change.to === undefined) break;
        if (target.phone === phoneCount && !byPath.has(`contact.phones.${target.phone}.number`)) {
          problems.push({
            field: change.path,
            message: `there is no phone at position ${target.phone}: give its number too ("contact.phones.${target.phone}.number: …")`,
          });
          break;
        }
        setReaderText(['contact', 'phones', target.phone, target.text], change.path, target.lang, change.to);
        break;
      }
      case 'hours':
        if (change.to !== undefined) setReaderText(['access', 'hours'], change.path, target.lang, change.to);
        break;
      case 'status': {
        const previous = text(getIn(entry, ['status', 'evidence']));
        const previousDate = text(getIn(entry, ['status', 'evidenceDate']));
        doc.setIn(['status', 'value'], change.to);
        doc.setIn(
          ['status', 'evidence'],
          `Suggestion of ${date} from ${relationInWords[suggestion.relation]}${suggestion.source ? `, citing ${suggestion.source}` : ''}; not yet checked by a keeper.${previous ? ` Before: ${previous}${previousDate ? ` (${previousDate})` : ''}` : ''}`,
        );
        // The suggestion is not dated evidence of the status: until a keeper records some, the status rests on the entry's dated sources.
        if (doc.hasIn(['status', 'evidenceDate'])) doc.deleteIn(['status', 'evidenceDate']);
        followUps.push(
          `status is now "${change.to}" on the suggestion alone (status.evidenceDate removed): check it, then write in status.evidence and status.evidenceDate what it rests on`,
        );
        break;
      }
      case 'successor':
        if (change.to === undefined) doc.deleteIn(['status', 'successor']);
        else doc.setIn(['status', 'successor'], change.to);
        break;
    }
  }
  const contact = doc.getIn(['contact']);
  if (isMap(contact) && contact.items.length === 0) doc.deleteIn(['contact']);

  return {
    changes: changes.map(({ path, from, to }) => ({ path, from, to })),
    alreadySo,
    problems,
    followUps,
    frontmatter: changes.length === 0 ? frontmatter : printFrontmatter(doc),
  };
}

export function printFrontmatter(doc: Document): string {
  return doc.toString(yamlPrintOptions);
}
