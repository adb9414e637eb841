/**
 * The suggestion message: one plain-text format, written here and read back here, so what the page
 * composes (src/scripts/suggest.ts), what the no-JavaScript e-mail carries and what `npm run
 * apply-suggestion` reads cannot drift apart. Browser-safe: no dependency, no Node API.
 *
 * A person reads it in a mail program, so it is YAML-like and short; a machine reads it back, so every
 * line has one meaning:
 *
 *     Family Support Atlas suggestion v1
 *     id: landelijk-steunpunt-extremisme
 *     page: https://atlas.example.org/en/initiative/landelijk-steunpunt-extremisme/
 *     language: en
 *     date: 2026-12-06
 *
 *     # Phone 1: Advice and referral
 *     contact.phones.0.number: 088 20 80 081
 *       was: 088 20 80 080
 *
 *     source: https://www.example.nl/contact
 *     relation: service
 *     note: The number changed in January.
 *       A second line of the note.
 *     end of suggestion
 *
 * - The header line starts the message; anything before it (a greeting, an instruction) is ignored, and so is
 *   anything after `end of suggestion` (a signature, the quoted history).
 * - A field line is `<path>: <new value>`, the path as in the entry file with list positions as numbers
 *   (`contact.phones.0.number`); the optional next line `  was: <value>` is the value the writer saw. A field
 *   whose value equals its `was:` is unchanged; a field without `was:` is compared with the entry file.
 * - `(none)` is the absent value: `was: (none)` adds a detail, `<path>: (none)` (or nothing after the colon)
 *   removes it.
 * - `relation:` is `service` (the writer works at the service), `visitor`, or empty (not said).
 * - `note:` comes last; every line after it up to the end line is the note.
 * - Lines starting with `#` are comments for the person (which phone this is), never data.
 * - Mail programs may quote the message (`> `) or wrap an indented line: the reader strips the quoting found
 *   on the header line from every line, and joins an indented line (other than `was:`) to the value before it.
 */

export const SUGGESTION_HEADER = 'Family Support Atlas suggestion v1';
export const SUGGESTION_END = 'end of suggestion';
/** The absent value: a detail the entry does not have, or one to remove. */
export const NONE = '(none)';

export type Relation = 'service' | 'visitor' | 'unknown';

export interface SuggestionField {
  /** Path in the entry's frontmatter, list positions as numbers: `contact.phones.0.number`. */
  path: string;
  /** The value the writer asks for; `undefined` removes the detail. */
  value: string | undefined;
  /** The value the writer saw; absent when the message does not say. `null` when the entry had none. */
  was?: string | null;
  /** A comment line written above the field for the person reading (never read back as data). */
  comment?: string;
}

export interface Suggestion {
  id: string;
  page?: string;
  language?: string;
  /** YYYY-MM-DD, the day the message was composed. */
  date?: string;
  fields: SuggestionField[];
  source?: string;
  relation: Relation;
  note?: string;
}

export interface MessageProblem {
  /** 1-based line number in the text read, when the problem is on a line. */
  line?: number;
  message: string;
}

/** One line: newlines and runs of spaces in a value become single spaces (a field line holds one value). */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function shown(value: string | null | undefined): string {
  return value === undefined || value === null || oneLine(value) === '' ? NONE : oneLine(value);
}

/** The message text for a suggestion (only the fields given: the page passes the changed ones, the no-JS e-mail all). */
export function formatSuggestion(suggestion: Suggestion): string {
  const lines = [SUGGESTION_HEADER, `id: ${suggestion.id}`];
  if (suggestion.page) lines.push(`page: ${oneLine(suggestion.page)}`);
  if (suggestion.language) lines.push(`language: ${oneLine(suggestion.language)}`);
  if (suggestion.date) lines.push(`date: ${oneLine(suggestion.date)}`);
  lines.push('');
  for (const field of suggestion.fields) {
    if (field.comment) lines.push(`# ${oneLine(field.comment)}`);
    lines.push(`${field.path}: ${shown(field.value)}`);
    if (field.was !== undefined) lines.push(`  was: ${shown(field.was)}`);
  }
  if (suggestion.fields.length > 0) lines.push('');
  lines.push(`source: ${suggestion.source ? oneLine(suggestion.source) : ''}`.trimEnd());
  lines.push(`relation: ${suggestion.relation === 'unknown' ? '' : suggestion.relation}`.trimEnd());
  const note = (suggestion.note ?? '')
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => line.trimEnd());
  lines.push(`note: ${note[0] ?? ''}`.trimEnd(), ...note.slice(1).map((line) => (line === '' ? '' : `  ${line}`)));
  lines.push(SUGGESTION_END);
  return `${lines.join('\n')}\n`;
}

const fieldLine = /^([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)\s*:\s?(.*)$/;
const metaKeys = new Set(['id', 'page', 'language', 'date']);

function relationOf(value: string): Relation | undefined {
  const word = value.trim().toLowerCase();
  if (word === '') return 'unknown';
  if (['service', 'works-at-service', 'yes', 'ja', 'oui'].includes(word)) return 'service';
  if (['visitor', 'no', 'nee', 'non'].includes(word)) return 'visitor';
  return undefined;
}

function valueOf(text: string): string | undefined {
  const value = oneLine(text);
  return value === '' || value === NONE ? undefined : value;
}

/**
 * Read a message back. Tolerant of what mail programs do (CRLF, `> ` quoting, a greeting before, a signature
 * after, a wrapped indented line); strict about what would change the wrong thing (no header, no id, a line
 * that is not `key: value`, a field given twice). Returns every problem at once, with its line.
 */
export function parseSuggestion(
  text: string,
): { suggestion: Suggestion; problems: MessageProblem[] } | { suggestion?: undefined; problems: MessageProblem[] } {
  const all = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const start = all.findIndex((line) => line.replace(/^[\s>]*/, '').trim() === SUGGESTION_HEADER);
  if (start === -1) {
    return {
      problems: [
        {
          message: `no suggestion found: the text must contain the line "${SUGGESTION_HEADER}" (save the whole e-mail, or paste the message from that line to "${SUGGESTION_END}")`,
        },
      ],
    };
  }
  // The quoting a mail program put before the header (e.g. "> " or ">> ") is on every line of the message.
  const quote = /^[\s>]*/.exec(all[start]!)![0];
  const unquote = (line: string) => {
    if (line.startsWith(quote)) return line.slice(quote.length);
    const bare = quote.replace(/\s+$/, '');
    return line.startsWith(bare) ? line.slice(bare.length) : line;
  };
  const problems: MessageProblem[] = [];
  const meta: Record<string, string> = {};
  const fields: SuggestionField[] = [];
  let source: string | undefined;
  let relation: Relation = 'unknown';
  const noteLines: string[] = [];
  let inNote = false;
  let ended = false;
  /** Where an indented continuation line goes: the last value read. */
  let last: { append: (more: string) => void } | undefined;
  const seen = new Map<string, number>();

  for (let index = start + 1; index < all.length; index++) {
    const lineNumber = index + 1;
    const raw = unquote(all[index]!).replace(/\s+$/, '');
    if (raw.trim() === SUGGESTION_END) {
      ended = true;
      break;
    }
    if (inNote) {
      noteLines.push(raw.replace(/^ {1,2}/, ''));
      continue;
    }
    if (raw.trim() === '') {
      last = undefined;
      continue;
    }
    if (raw.trimStart().startsWith('#')) continue;
    const indented = /^\s/.test(raw);
    const was = /^\s+was\s*:\s?(.*)$/.exec(raw);
    if (was) {
      const field = fields.at(-1);
      if (!field || last === undefined) {
        problems.push({ line: lineNumber, message: '"was:" must follow the field line it belongs to' });
        continue;
      }
      field.was = valueOf(was[1]!) ?? null;
      last = { append: (more) => (field.was = oneLine(`${field.was ?? ''} ${more}`)) };
      continue;
    }
    if (indented) {
      if (last) last.append(raw.trim());
      else
        problems.push({
          line: lineNumber,
          message: `indented line "${raw.trim().slice(0, 60)}" follows no field; write it as "field.path: value"`,
        });
      continue;
    }
    const match = fieldLine.exec(raw);
    if (!match) {
      problems.push({ line: lineNumber, message: `line "${raw.slice(0, 60)}" is not "field.path: value"` });
      last = undefined;
      continue;
    }
    const key = match[1]!;
    const rest = match[2]!;
    if (metaKeys.has(key)) {
      meta[key] = oneLine(rest);
      last = { append: (more) => (meta[key] = oneLine(`${meta[key]} ${more}`)) };
    } else if (key === 'source') {
      source = valueOf(rest);
      last = { append: (more) => (source = oneLine(`${source ?? ''}${more}`)) };
    } else if (key === 'relation') {
      const read = relationOf(rest);
      if (read === undefined)
        problems.push({
          line: lineNumber,
          message: `relation "${oneLine(rest)}" is not understood: write "service" (works at the service), "visitor", or leave it empty`,
        });
      else relation = read;
      last = undefined;
    } else if (key === 'note') {
      inNote = true;
      if (rest.trim() !== '') noteLines.push(rest.trim());
    } else {
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          line: lineNumber,
          message: `field "${key}" is given twice (first on line ${first}); keep one`,
        });
        last = undefined;
        continue;
      }
      seen.set(key, lineNumber);
      const field: SuggestionField = { path: key, value: valueOf(rest) };
      fields.push(field);
      last = { append: (more) => (field.value = oneLine(`${field.value ?? ''} ${more}`)) };
    }
  }
  if (!ended)
    problems.push({
      message: `the message has no end line "${SUGGESTION_END}": it may have been cut off; save the whole e-mail`,
    });
  const id = meta.id ?? '';
  if (id === '') problems.push({ message: 'the message has no "id:" line naming the entry' });
  else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    problems.push({ message: `id "${id}" is not an entry id (lower-case words joined by hyphens)` });
  if (meta.date && !/^\d{4}-\d{2}-\d{2}$/.test(meta.date))
    problems.push({ message: `date "${meta.date}" must be YYYY-MM-DD` });
  while (noteLines.length > 0 && noteLines.at(-1)!.trim() === '') noteLines.pop();
  const note = noteLines.join('\n').trim();
  if (problems.length > 0 && id === '') return { problems };
  const suggestion: Suggestion = {
    id,
    ...(meta.page ? { page: meta.page } : {}),
    ...(meta.language ? { language: meta.language } : {}),
    ...(meta.date ? { date: meta.date } : {}),
    fields,
    ...(source ? { source } : {}),
    relation,
    ...(note ? { note } : {}),
  };
  return { suggestion, problems };
}

/** The fields the writer changed: a new value that differs from the `was:` they saw (fields without `was:` are kept, to compare with the file). */
export function changedFields(fields: readonly SuggestionField[]): SuggestionField[] {
  return fields.filter((field) => field.was === undefined || (field.was ?? undefined) !== field.value);
}

/** A `mailto:` link with subject and body (RFC 6068: every character encoded, line breaks as CRLF). */
export function mailtoHref(address: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}
