/**
 * How the web editor reads and writes an entry file (Markdown with YAML frontmatter), registered in Decap
 * as the `atlas-frontmatter` format (src/scripts/admin/editor.ts).
 *
 * Decap's own frontmatter format writes YAML 1.2, where 2023-07-12 is plain text; the site reads YAML the
 * way Astro does (js-yaml, where an unquoted 2023-07-12 is a date). A source's `date` that the file quoted
 * ('2023-07-12') would come back unquoted and then fail the schema ("date is text"). So:
 * - reading uses js-yaml 5's default, the YAML 1.2 core schema: no date type, so a day stays the text
 *   "2023-07-12", which is what the editor's date widgets and text fields expect;
 * - writing uses js-yaml 5's default dump schema, which quotes any text that a YAML 1.1 or 1.2 reader
 *   would take for a date, a number or a boolean. Fields the schema coerces to a date accept the quoted
 *   day as well (`lastVerified: '2026-11-24'`).
 * Empty values the editor leaves behind (an untouched optional text, an optional object with no part
 * filled in) are dropped: the schema refuses empty text everywhere, and an absent optional field is what
 * a person writing the file by hand would leave.
 */
import { COLLECTION_STYLE, dump, load, visit } from 'js-yaml';

/** Name under which the editor registers this format; the generated configuration names it for every collection. */
export const entryFormat = 'atlas-frontmatter';

export type EntryData = Record<string, unknown> & { body?: string };

/** Frontmatter and Markdown body of an entry file, as the editor holds them (the body under `body`). */
export function readEntryFile(text: string): EntryData {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { body: text };
  const data = (load(match[1]!) ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('the frontmatter must be a YAML mapping');
  return { ...data, body: match[2]!.replace(/^\r?\n/, '') };
}

/** Drops what means "not given": empty text, null, and objects left with nothing in them. Lists stay (an empty list is "none known"). */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((item) => item !== undefined);
  if (value !== null && typeof value === 'object') {
    const kept = Object.entries(value).flatMap(([key, child]) => {
      const cleaned = withoutEmpty(child);
      return cleaned === undefined ? [] : [[key, cleaned] as const];
    });
    return kept.length === 0 ? undefined : Object.fromEntries(kept);
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/**
 * The entry file for `data`: top-level keys in `keyOrder` (the editor's field order, which is the schema's),
 * any other key after them in the order it came, then the body.
 */
export function writeEntryFile(data: EntryData, keyOrder: readonly string[] = []): string {
  const { body = '', ...frontmatter } = data;
  const cleaned = (withoutEmpty(frontmatter) ?? {}) as Record<string, unknown>;
  const rank = (key: string) => {
    const index = keyOrder.indexOf(key);
    return index === -1 ? keyOrder.length : index;
  };
  const ordered = Object.fromEntries(Object.entries(cleaned).sort(([a], [b]) => rank(a) - rank(b)));
  const yaml = dump(ordered, {
    lineWidth: -1,
    noRefs: true,
    indent: 2,
    // Lists of plain values on one line (`days: [mo, tu]`, `codes: ['44021']`), as the entries are written by hand.
    transform: (documents) =>
      visit(documents, (node) => {
        if (node.kind === 'sequence' && node.items.length > 0 && node.items.every((item) => item.kind === 'scalar'))
          node.style = COLLECTION_STYLE.FLOW;
      }),
  });
  const text = typeof body === 'string' ? body.trim() : '';
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}
