/**
 * Reader-visible text fields of the real entries come in Dutch, French and English. Read from the raw
 * frontmatter, not the parsed collection, so an entry the schema refuses still fails here with its field.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectSchema } from '../../src/schemas/entry.ts';
import { listEntryFiles, parseEntryFile, type EntryFile } from '../../src/loaders/entry-files.ts';
import { localisedText } from '../../src/schemas/fields.ts';
import type { UiLanguage } from '../../src/schemas/languages.ts';
/** The languages the entry schema asks of a reader text: every UI language once the entries carry it (src/schemas/fields.ts). */
const entryTextLanguages = Object.keys(localisedText('text', 1).shape) as UiLanguage[];


type Raw = Record<string, unknown>;
const files = listEntryFiles().map((path) => parseEntryFile(relative(process.cwd(), path), readFileSync(path, 'utf8')));
const entries = files.filter((f): f is EntryFile => 'frontmatter' in f);

/** Every reader-text field present in one entry, named by its path. */
function readerTexts(frontmatter: unknown): [string, unknown][] {
  const fm = frontmatter as Raw;
  const coverage = (fm.coverage ?? {}) as Raw;
  const access = (fm.access ?? {}) as Raw;
  const phones = (((fm.contact ?? {}) as Raw).phones ?? []) as Raw[];
  const organization = (fm.organization ?? {}) as Raw;
  const fields: [string, unknown][] = [
    ['shownName', fm.shownName],
    ['organization.description', organization.description],
    ['organization.note', organization.note],
    ['coverage.note', coverage.note],
    ['access.note', access.note],
    ['access.confidentiality', access.confidentiality],
    ['access.hours', access.hours],
    ...phones.flatMap((phone, i): [string, unknown][] => [[`contact.phones[${i}].label`, phone.label], [`contact.phones[${i}].hours`, phone.hours]]),
  ];
  return fields.filter(([, value]) => value !== undefined);
}

const all = entries.flatMap((e) => readerTexts(e.frontmatter).map(([field, value]) => ({ where: `${e.file} ${field}`, value })));
const localised = all.map(({ where, value }) => ({ where, text: value as { nl: string; fr: string; en: string } }));
const words = (s: string) => s.trim().split(/\s+/).length;

describe('reader text in the entries', () => {
  test('the entries are read (118 files) and carry reader text', () => {
    expect(entries.length).toBe(files.length);
    expect(entries.length).toBeGreaterThanOrEqual(118);
    expect(all.length).toBeGreaterThan(150);
  });

  test('every shown name, organisation description and note, coverage note, access note, confidentiality, hours and phone label is an object with a text in every language', () => {
    for (const { where, value } of all) {
      expect(typeof value, where).toBe('object');
      expect(Object.keys(value as object).sort(), where).toEqual([...entryTextLanguages].sort());
      for (const lang of entryTextLanguages) {
        const text = (value as Record<string, unknown>)[lang];
        expect(typeof text === 'string' && text.trim().length > 0, `${where} ${lang}`).toBe(true);
      }
    }
  });

  test('a text longer than a few words differs in each language (no copy left untranslated)', () => {
    for (const { where, text } of localised) {
      if (Math.max(words(text.nl), words(text.fr), words(text.en)) <= 4) continue;
      expect(text.fr, `${where}: fr is the Dutch text`).not.toBe(text.nl);
      expect(text.en, `${where}: en is the Dutch text`).not.toBe(text.nl);
      expect(text.en, `${where}: en is the French text`).not.toBe(text.fr);
    }
  });

  test('the Dutch texts use je, never the formal u or uw', () => {
    const formal = /(?<!\p{L})(u|uw|uzelf)(?!\p{L})/iu;
    for (const { where, text } of localised) expect(text.nl, where).not.toMatch(formal);
  });

  test('French texts put a space before ; : ? and !', () => {
    for (const { where, text } of localised) expect(text.fr, where).not.toMatch(/\S[;:?!](\s|$)/u);
  });
});

describe('the schema refuses reader text in one language', () => {
  const caprev = entries.find((e) => e.file.endsWith('caprev-fwb.md'))!;
  const withNote = (note: unknown) => {
    const fm = structuredClone(caprev.frontmatter) as Raw;
    fm.access = { ...(fm.access as Raw), note };
    return projectSchema.safeParse(fm);
  };

  test('the real entry passes as it is', () => expect(withNote({ nl: 'Voor ouders.', fr: 'Pour les parents.', en: 'For parents.' }).success).toBe(true));

  test('a plain string fails on its field, and the message asks for nl, fr and en', () => {
    const result = withNote('Pour les parents.');
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'access.note');
    expect(issue?.message).toMatch(/Dutch, French and English/);
    expect(issue?.message).toMatch(/nl:, fr: and en:/);
  });

  test('a missing language fails with that language named', () => {
    const result = withNote({ nl: 'Voor ouders.', fr: 'Pour les parents.' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('access.note.en');
  });
});
