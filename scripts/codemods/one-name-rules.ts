/**
 * The rules of `one-name.ts` (ARCHITECTURE.md, "Words: one name per thing"), as pure functions of a
 * file's path and text so they can be unit-tested. one-name: keep-file (this file spells the old names).
 *
 * Three kinds of rule, each by pattern so a use added by any branch is caught:
 * - moves: a path pattern and its new path;
 * - paths and names in any text (code, comments, docs): a moved file's path, the content collection's
 *   name where Astro's API names it;
 * - identifiers, only in code (never inside a string or a comment, so no text shown to a reader changes;
 *   in Markdown only inside `backticks`): `Project` → `Initiative`, `project`/`projects` → `initiative`/
 *   `initiatives`, and any identifier built on them (`projectSchema`, `ProjectInput`, `isProject` …),
 *   plus a short table of exact names.
 */

/** How often each rename was made in this run ("old → new" → count), for the script's summary. */
export const tally = new Map<string, number>();
const count = (from: string, to: string) => {
  if (from !== to) tally.set(`${from} → ${to}`, (tally.get(`${from} → ${to}`) ?? 0) + 1);
  return to;
};

/** What the scanner could not read (the file is then left partly unchanged), for the script's summary. */
export const warnings: string[] = [];

/** Old path pattern → new path (applied to repository-relative paths). */
export const moves: [RegExp, string][] = [
  [/^src\/content\/projects\//, 'src/content/initiatives/'],
  [/^src\/schemas\/entry\.ts$/, 'src/schemas/initiative.ts'],
  [/^(.*\/)?service-name((?:\.test)?\.ts)$/, '$1initiative-name$2'],
];

/** Path and collection-name replacements, applied to the whole text of every file in scope. */
const textRules: [RegExp, string][] = [
  [/src\/content\/projects\b/g, 'src/content/initiatives'],
  [/(['"])content\1(\s*,\s*)(['"])projects\3/g, '$1content$1$2$3initiatives$3'],
  [/\bschemas\/entry\.ts\b/g, 'schemas/initiative.ts'],
  [/(?<![\w-])service-name((?:\.test)?\.ts)\b/g, 'initiative-name$1'],
  [/\b(getCollection|getEntry|getEntries|reference)\((\s*)(['"])projects\3/g, '$1($2$3initiatives$3'],
  [/\bCollectionEntry<(['"])projects\1>/g, 'CollectionEntry<$1initiatives$1>'],
];

/** A relative import of the moved schema from inside src/schemas/, and the bare file name in docs and comments. */
const localTextRules = (path: string): [RegExp, string][] =>
  path.startsWith('src/schemas/')
    ? [[/(['"])\.\/entry\.ts\1/g, '$1./initiative.ts$1']]
    : [[/`entry\.ts`/g, '`initiative.ts`']];

/** Exact identifier renames (names the general Project → Initiative pattern does not reach). */
const exactNames: Record<string, string> = {
  entryKinds: 'initiativeKinds',
  EntryKind: 'InitiativeKind',
  serviceNameProblem: 'initiativeNameProblem',
  ServiceNameFields: 'InitiativeNameFields',
  // The coverage report's breakdown is a report group; "audience" stays the reader (url-state.ts).
  reportAudiences: 'reportGroups',
  ReportAudience: 'ReportGroup',
  audienceKeys: 'reportGroupKeys',
  localAudiences: 'localReportGroups',
  zeroAudiences: 'zeroReportGroups',
  audiencesOf: 'reportGroupsOf',
};

/** Names that only look like the old word: `projectR` holds the initiative called "Project R". */
const keptNames = new Set(['projectR', 'ProjectR']);

/** In a file about report groups (and not about the reader's audience), these short names are report groups too. */
const reportGroupNames: Record<string, string> = { audiences: 'groups', audienceLabel: 'groupLabel' };
const aboutReportGroups = (text: string) =>
  /\b(ReportAudience|reportAudiences|audienceKeys|ReportGroup|reportGroups|reportGroupKeys)\b/.test(text) &&
  !/url-state(\.ts)?['"]/.test(text);

/** The new name of an identifier, or the same name. `projection`, `projected` and the like are left alone. */
export function renamedIdentifier(name: string, reportGroups = false): string {
  if (Object.hasOwn(exactNames, name)) return exactNames[name]!;
  if (reportGroups && Object.hasOwn(reportGroupNames, name)) return reportGroupNames[name]!;
  if (keptNames.has(name)) return name;
  return name.replace(/(^project|(?<=^|[a-z0-9_$])Project)(?=s?(?:[A-Z0-9_$]|$))/g, (word) =>
    word[0] === 'P' ? 'Initiative' : 'initiative',
  );
}

type Part = { code: boolean; text: string };

/**
 * Split TypeScript/JavaScript into code and not-code (comments, strings, regular expressions, the text of
 * template literals; `${…}` inside a template is code again). Good enough for this repository's sources:
 * JSX text in .tsx is taken as code, which is safe while the components say words through t().
 */
export function splitCode(text: string, start = 0, untilBrace = false): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let code = '';
  let depth = 0;
  let i = start;
  const flush = () => {
    if (code) parts.push({ code: true, text: code });
    code = '';
  };
  const other = (to: number) => {
    flush();
    parts.push({ code: false, text: text.slice(i, to) });
    i = to;
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') other(lineEnd(text, i));
    else if (c === '/' && next === '*')
      other(text.indexOf('*/', i + 2) === -1 ? text.length : text.indexOf('*/', i + 2) + 2);
    else if (c === "'" || c === '"') other(stringEnd(text, i, c));
    else if (c === '/' && regexMayStart(textBefore(parts) + code)) other(regexEnd(text, i));
    else if (c === '`') {
      let j = i + 1;
      flush();
      let chunk = '`';
      while (j < text.length && text[j] !== '`') {
        if (text[j] === '\\') {
          chunk += text.slice(j, j + 2);
          j += 2;
          continue;
        }
        if (text[j] === '$' && text[j + 1] === '{') {
          parts.push({ code: false, text: chunk + '${' });
          const inner = splitCode(text, j + 2, true);
          parts.push(...inner.parts);
          chunk = '}';
          j = inner.end + 1;
          continue;
        }
        chunk += text[j];
        j++;
      }
      parts.push({ code: false, text: chunk + '`' });
      i = j + 1;
    } else {
      if (untilBrace && c === '{') depth++;
      if (untilBrace && c === '}' && depth-- === 0) {
        flush();
        return { parts, end: i };
      }
      code += c;
      i++;
    }
  }
  flush();
  return { parts, end: i };
}

const lineEnd = (text: string, i: number) => (text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i));
const textBefore = (parts: Part[]) => parts.at(-1)?.text ?? '';

function stringEnd(text: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < text.length && text[j] !== quote && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** A slash starts a regular expression after an operator, a bracket, a comma or `return`, not after a value. */
const regexMayStart = (before: string) => /(^|[(,=:[!&|?{;+\-*%~^]|=>|\breturn|\btypeof)\s*$/.test(before);

function regexEnd(text: string, i: number): number {
  let j = i + 1;
  let inClass = false;
  while (j < text.length && text[j] !== '\n') {
    if (text[j] === '\\') j++;
    else if (text[j] === '[') inClass = true;
    else if (text[j] === ']') inClass = false;
    else if (text[j] === '/' && !inClass) break;
    j++;
  }
  while (/[a-z]/.test(text[j + 1] ?? '')) j++;
  return j + 1;
}

/** Rename the identifiers of one stretch of code; `project` as a projection's method (`.project(`, `project: (`) stays. */
function renameInCode(code: string, reportGroups: boolean): string {
  return code.replace(/(?<![\w$])[A-Za-z_$][\w$]*/g, (name, at: number) => {
    const after = code.slice(at + name.length);
    if (name === 'project' && (/^\s*:\s*\(/.test(after) || (code[at - 1] === '.' && /^\s*\(/.test(after)))) return name;
    // A report's figures by group, wherever they are read: `.audiences.parents`, `.audiences['young-people']`
    // (the string is another part, so the code ends at the bracket; a reader's `audiences` is a list, never indexed by a string).
    if (name === 'audiences' && code[at - 1] === '.' && /^\s*(\.(parents|professionals)\b|\[\s*$)/.test(after))
      return count(name, 'groups');
    return count(name, renamedIdentifier(name, reportGroups));
  });
}

/** Comments may name types and exported functions: rename identifiers with a capital or a suffix, not the bare word "project". */
const renameInComment = (text: string) =>
  text.replace(/(?<![\w$/.-])(?:[A-Za-z_$][\w$]*)(?![\w$])/g, (name) =>
    /^projects?$/.test(name) ? name : /[A-Z]|^project\w/.test(name) ? count(name, renamedIdentifier(name)) : name,
  );

function renameScript(text: string, reportGroups: boolean): string {
  return splitCode(text)
    .parts.map((p) =>
      p.code ? renameInCode(p.text, reportGroups) : /^(\/\/|\/\*)/.test(p.text) ? renameInComment(p.text) : p.text,
    )
    .join('');
}

/**
 * An .astro file: the frontmatter is code; in the template, `{…}` expressions, `name={` attributes and the
 * body of a <script> are; text, HTML comments and <style> are not.
 */
function renameAstro(path: string, text: string, reportGroups: boolean): string {
  const fence = /^---\n[\s\S]*?\n---\n/.exec(text);
  const head = fence ? renameScript(fence[0], reportGroups) : '';
  let body = text.slice(fence ? fence[0].length : 0);
  let out = '';
  let tag: string | undefined; // inside the opening tag of a <script> or <style>
  for (;;) {
    const at = body.search(tag ? /[{>]/ : /\{|<!--|<(script|style)\b/);
    if (at === -1) break;
    if (body.startsWith('<!--', at)) {
      const close = body.indexOf('-->', at);
      out += body.slice(0, close === -1 ? body.length : close + 3);
      body = close === -1 ? '' : body.slice(close + 3);
    } else if (body[at] === '<') {
      tag = /^<(script|style)/.exec(body.slice(at))![1];
      out += body.slice(0, at + tag!.length + 1);
      body = body.slice(at + tag!.length + 1);
    } else if (body[at] === '>') {
      // A self-closing <script … /> has no body.
      const close = body[at - 1] === '/' ? at + 1 : body.indexOf(`</${tag}`, at);
      const inner = body.slice(at + 1, close === -1 ? at + 1 : close);
      out += body.slice(0, at + 1) + (tag === 'script' ? renameScript(inner, reportGroups) : inner);
      body = body.slice(close === -1 ? at + 1 : close);
      tag = undefined;
    } else {
      out += body.slice(0, at + 1).replace(/(?<=\s)projects?(?==\{$)/, (n) => count(n, renamedIdentifier(n)));
      const { parts, end } = splitCode(body, at + 1, true);
      if (end >= body.length) {
        // No closing brace found: the scanner lost its way; leave the rest as it is and say so.
        warnings.push(
          `${path}: an expression near "${body.slice(at, at + 40).replace(/\n/g, ' ')}" was not understood; left unchanged`,
        );
        return head + out + body;
      }
      out += parts.map((p) => (p.code ? renameInCode(p.text, reportGroups) : p.text)).join('') + '}';
      body = body.slice(end + 1);
    }
  }
  return head + out + body;
}

export type Kind = 'script' | 'astro' | 'markdown' | 'text';

export const kindOf = (path: string): Kind =>
  /\.(ts|tsx|mts|mjs|js)$/.test(path)
    ? 'script'
    : path.endsWith('.astro')
      ? 'astro'
      : path.endsWith('.md')
        ? 'markdown'
        : 'text';

/** The file's text after every rule; the same text when nothing applies. `one-name: keep` spares a line. */
export function renameText(path: string, text: string): string {
  if (text.includes('one-name: keep-file')) return text;
  const kept: string[] = [];
  // Lines marked to keep are set aside and put back untouched.
  const marked = text.replace(/^.*one-name: keep(?!-).*$/gm, (line) => `\u0000${kept.push(line) - 1}\u0000`);
  let out = marked;
  for (const [pattern, to] of [...textRules, ...localTextRules(path)]) {
    out = out.replace(pattern, (...match) =>
      count(match[0] as string, (match[0] as string).replace(new RegExp(pattern.source), to)),
    );
  }
  const reportGroups = aboutReportGroups(out);
  const kind = kindOf(path);
  if (kind === 'script') out = renameScript(out, reportGroups && !path.includes('codemods/'));
  else if (kind === 'astro') out = renameAstro(path, out, reportGroups);
  else if (kind === 'markdown') out = out.replace(/`[^`\n]+`/g, (span) => renameInComment(span));
  // NUL brackets the placeholders of kept lines: a character no source file contains.
  // eslint-disable-next-line no-control-regex
  return out.replace(/\u0000(\d+)\u0000/g, (_m, n: string) => kept[Number(n)]!);
}
