/**
 * node scripts/codemods/german.ts [drafts.yaml] [file or folder …]: write the German (`de`) reader texts
 * drafted for issue 25 into each entry, keeping every other byte of the file.
 *
 *   summary:                           summary:
 *     nl: Adviespunt …                   nl: Adviespunt …
 *     fr: Point de conseil …    ──>      fr: Point de conseil …
 *     en: A counselling point …          en: A counselling point …
 *                                        de: Eine Beratungsstelle …
 *
 * The drafts are keyed by entry id and field path (`contact.phones.0.label`). Each `de:` line goes right
 * after the field's `en:` line, at its indent, quoted as `en` is (or in double quotes when the text cannot
 * stand unquoted). A field that already has `de` is left alone, so running it twice changes nothing. It
 * reports what does not match: an entry or a localised field the drafts lack, a draft for a field the entry
 * does not have. It never writes a text that is not in the drafts. Defaults to the drafts file and the
 * entries. The German drafts were merged (issue 25) and the file removed; the script stays for
 * corrections drafted the same way, and its test pins the rules.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isScalar, parse, parseDocument, Scalar } from 'yaml';
import { load } from 'js-yaml';
import { uiLanguages } from '../../src/schemas/languages.ts';

const defaultDrafts = 'i18n-drafts/entries-de.yaml';
const defaults = ['src/content/initiatives'];
const lang = 'de';
/** The languages an entry had before German, in their order (also once de is in uiLanguages). */
const earlierLanguages = uiLanguages.filter((other) => other !== (lang as string));
/** The language after which `de` goes: the last of them (en). */
const previous = earlierLanguages[earlierLanguages.length - 1];

type Path = (string | number)[];
/** Drafts of one entry: field path ("access.note") → German text. */
export type EntryDrafts = Readonly<Record<string, string>>;

const toPath = (field: string): Path => field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
const fieldOfPath = (path: Path) => path.join('.');

function getIn(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined,
    value,
  );
}

/** Every localised text in parsed frontmatter (an object with a string for each language but German), by path. */
export function localisedPaths(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  if (!Array.isArray(value) && earlierLanguages.every((l) => typeof (value as Record<string, unknown>)[l] === 'string'))
    return [path];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => localisedPaths(child, [...path, key]));
}

/** Whether `de: text` reads back as the same text, both for Astro (js-yaml) and for the editor (yaml). */
function readsBackPlain(text: string): boolean {
  const line = `${lang}: ${text}`;
  try {
    return (load(line) as Record<string, unknown>)?.[lang] === text && parse(line)?.[lang] === text;
  } catch {
    return false;
  }
}

/** `text` as a YAML scalar in the style of its neighbour, or double-quoted when plain would change it. */
function quoted(text: string, style: Scalar['type']): string {
  if (style === Scalar.QUOTE_SINGLE) return `'${text.replaceAll("'", "''")}'`;
  if (style === Scalar.PLAIN && !text.includes('\n')) {
    if (readsBackPlain(text)) return text;
  }
  return JSON.stringify(text);
}

export interface Merge {
  text: string;
  added: string[];
  kept: string[];
  /** Localised fields of the entry with no draft. */
  lacking: string[];
  /** Drafted fields the entry does not have. */
  unknown: string[];
}

/** The entry's file text with a `de:` line for each drafted field; only the frontmatter is read. */
export function mergeGerman(text: string, drafts: EntryDrafts): Merge {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  if (!text.startsWith(`---${newline}`)) throw new Error('no frontmatter');
  const end = text.indexOf(`${newline}---`, 3);
  if (end === -1) throw new Error('frontmatter is not closed by ---');
  const frontmatter = text.slice(0, end + newline.length);
  const doc = parseDocument(frontmatter.slice(3 + newline.length));
  if (doc.errors.length > 0) throw new Error(`YAML cannot be read: ${doc.errors[0]!.message}`);
  const offset = 3 + newline.length;
  const data = doc.toJS() as unknown;
  const localised = localisedPaths(data).map(fieldOfPath);
  const result: Merge = {
    text,
    added: [],
    kept: [],
    lacking: localised.filter(
      (f) => drafts[f] === undefined && (getIn(data, toPath(f)) as Record<string, unknown>)[lang] === undefined,
    ),
    unknown: [],
  };
  const inserts: { at: number; line: string }[] = [];
  for (const [field, german] of Object.entries(drafts)) {
    const path = toPath(field);
    const node = doc.getIn(path, true);
    if (!isMap(node) || !localised.includes(field)) {
      result.unknown.push(field);
      continue;
    }
    if (node.has(lang)) {
      result.kept.push(field);
      continue;
    }
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === previous);
    if (!pair || !isScalar(pair.value) || !pair.value.range || !isScalar(pair.key) || !pair.key.range)
      throw new Error(`${field}: no "${previous}:" line to put "${lang}:" after`);
    const keyStart = pair.key.range[0] + offset;
    const indent = text.slice(text.lastIndexOf('\n', keyStart) + 1, keyStart);
    if (indent.trim() !== '')
      throw new Error(`${field}: "${previous}:" is not on a line of its own; add "${lang}:" by hand`);
    const lineEnd = text.indexOf(newline, pair.value.range[1] + offset);
    inserts.push({ at: lineEnd, line: `${newline}${indent}${lang}: ${quoted(german.trim(), pair.value.type)}` });
    result.added.push(field);
  }
  let merged = text;
  for (const { at, line } of inserts.sort((a, b) => b.at - a.at))
    merged = merged.slice(0, at) + line + merged.slice(at);
  result.text = merged;
  checkMerge(text, merged, drafts, result.added);
  return result;
}

/** The merge added exactly the drafted `de` texts and changed nothing else a reader of the file sees. */
function checkMerge(before: string, after: string, drafts: EntryDrafts, added: readonly string[]): void {
  const read = (text: string) => load(text.split(/\r?\n---/)[0]!.replace(/^---\r?\n/, '')) as Record<string, unknown>;
  const old = read(before);
  const merged = read(after);
  for (const field of added) {
    const value = getIn(merged, toPath(field)) as Record<string, unknown>;
    if (value?.[lang] !== drafts[field]!.trim())
      throw new Error(`${field}: the merged ${lang} text does not read back as drafted`);
    delete value[lang];
  }
  if (JSON.stringify(merged) !== JSON.stringify(old))
    throw new Error('the merge changed another field; nothing written');
}

function markdownFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith('.md') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => markdownFiles(join(path, name)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const draftsFile = args[0]?.endsWith('.yaml') ? args.shift()! : defaultDrafts;
  const drafts = (parse(readFileSync(draftsFile, 'utf8')) ?? {}) as Record<string, EntryDrafts>;
  const targets = args.length > 0 ? args : defaults;
  const seen = new Set<string>();
  let changed = 0;
  let fields = 0;
  for (const file of targets.flatMap(markdownFiles)) {
    const id = basename(file, '.md');
    seen.add(id);
    const ownDrafts = drafts[id];
    try {
      const merge = mergeGerman(readFileSync(file, 'utf8'), ownDrafts ?? {});
      if (ownDrafts === undefined) console.error(`${file}: no drafts for this entry`);
      for (const field of merge.lacking)
        console.error(`${file}: ${field}: no German draft; translate the entry's own text by hand`);
      for (const field of merge.unknown)
        console.error(`${file}: ${field}: drafted, but the entry has no such localised field`);
      if (merge.added.length === 0) continue;
      writeFileSync(file, merge.text);
      changed++;
      fields += merge.added.length;
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
  for (const id of Object.keys(drafts).filter((id) => !seen.has(id)))
    console.error(`${draftsFile}: ${id}: drafted, but no entry has this id`);
  console.log(`${fields} German text(s) written into ${changed} file(s).`);
}
