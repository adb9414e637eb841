/**
 * Reader-visible text fields of the real entries come in every UI language (uiLanguages), and may carry a
 * prepared one (German) before the site shows it. Read from the raw frontmatter, not the parsed collection,
 * so an entry the schema refuses still fails here with its field.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { initiativeSchema } from '../../src/schemas/initiative.ts';
import { uiLanguages, type UiLanguage } from '../../src/schemas/languages.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import {
  formatProblems,
  listEntryFiles,
  parseEntryFile,
  validateEntries,
  type EntryFile,
} from '../../src/loaders/entry-files.ts';

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
    ['summary', fm.summary],
    ['shownName', fm.shownName],
    ['organization.description', organization.description],
    ['organization.note', organization.note],
    ['coverage.note', coverage.note],
    ['access.note', access.note],
    ['access.confidentiality', access.confidentiality],
    ['access.hours', access.hours],
    ...phones.flatMap((phone, i): [string, unknown][] => [
      [`contact.phones[${i}].label`, phone.label],
      [`contact.phones[${i}].hours`, phone.hours],
    ]),
  ];
  return fields.filter(([, value]) => value !== undefined);
}

const all = entries.flatMap((e) =>
  readerTexts(e.frontmatter).map(([field, value]) => ({ where: `${e.file} ${field}`, value })),
);
const localised = all.map(({ where, value }) => ({
  where,
  text: value as Record<UiLanguage, string | undefined> & Record<(typeof uiLanguages)[number], string>,
}));
const words = (s: string) => s.trim().split(/\s+/).length;

describe('reader text in the entries', () => {
  test('the entries are read (118 files) and carry reader text', () => {
    expect(entries.length).toBe(files.length);
    expect(entries.length).toBeGreaterThanOrEqual(118);
    expect(all.length).toBeGreaterThan(150);
  });

  test('every summary, shown name, organisation description and note, coverage note, access note, confidentiality, hours and phone label has a non-empty text in every UI language, and no key but a language', () => {
    for (const { where, value } of all) {
      expect(typeof value, where).toBe('object');
      for (const key of Object.keys(value as object)) expect(uiLanguages, `${where}: key ${key}`).toContain(key);
      for (const lang of uiLanguages) {
        const text = (value as Record<string, unknown>)[lang];
        expect(typeof text === 'string' && text.trim().length > 0, `${where} ${lang}`).toBe(true);
      }
    }
  });

  test('a text longer than a few words differs in each language (no copy left untranslated)', () => {
    for (const { where, text } of localised) {
      const given = uiLanguages.filter((lang) => text[lang] !== undefined);
      if (Math.max(...given.map((lang) => words(text[lang]!))) <= 4) continue;
      for (const [i, a] of given.entries())
        for (const b of given.slice(i + 1)) expect(text[b], `${where}: ${b} is the ${a} text`).not.toBe(text[a]);
    }
  });

  test('the Dutch texts use je, never the formal u or uw', () => {
    const formal = /(?<!\p{L})(u|uw|uzelf)(?!\p{L})/iu;
    for (const { where, text } of localised) expect(text.nl, where).not.toMatch(formal);
  });

  test('German texts, where given, say Sie, never du, and quote with „…“', () => {
    const informal = /(?<!\p{L})(du|dich|dein|deine|deinen|deiner|euch|euer|eure)(?!\p{L})/iu;
    for (const { where, text } of localised) {
      if (text.de === undefined) continue;
      // A quoted title keeps its own language („Retissons du lien“).
      expect(text.de.replace(/„[^“]*“/g, ''), where).not.toMatch(informal);
      expect(text.de, `${where}: straight quotes`).not.toMatch(/"/);
      expect((text.de.match(/„/g) ?? []).length, `${where}: each „ closes with “`).toBe(
        (text.de.match(/“/g) ?? []).length,
      );
    }
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
    return initiativeSchema.safeParse(fm);
  };

  /** A note with a text in each of `languages`. */
  const noteIn = (languages: readonly string[]) =>
    Object.fromEntries(languages.map((lang) => [lang, `For parents (${lang}).`]));

  test('a note in every UI language passes, and one without the last declared language fails', () => {
    expect(withNote(noteIn(uiLanguages)).success).toBe(true);
    expect(withNote(noteIn(uiLanguages.slice(0, -1))).success).toBe(false);
  });

  test('a key that is not a language is refused', () =>
    expect(withNote({ ...noteIn(uiLanguages), xx: 'typo' }).success).toBe(false));

  test('a plain string fails on its field, and the message asks for every UI language', () => {
    const result = withNote('Pour les parents.');
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'access.note');
    for (const lang of uiLanguages) expect(issue?.message).toContain(`${lang}:`);
    expect(issue?.message).toMatch(/English/);
  });

  test('a missing language fails with that language named', () => {
    const result = withNote(noteIn(uiLanguages.slice(0, -1)));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(`access.note.${uiLanguages.at(-1)}`);
  });
});

describe('npm run validate names the file, the field and the fix when a language is missing', () => {
  const municipalities = loadMunicipalities();
  const caprev = entries.find((e) => e.file.endsWith('caprev-fwb.md'))!;

  // Each declared language in turn, so the rule holds for German once it is declared, with no edit here.
  test.each(uiLanguages)('summary without %s', (lang) => {
    const frontmatter = structuredClone(caprev.frontmatter) as Raw;
    delete (frontmatter.summary as Raw)[lang];
    const { problems } = validateEntries([{ ...caprev, frontmatter }], municipalities);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: caprev.file, field: `summary.${lang}` });
    expect(problems[0]!.message).toMatch(
      new RegExp(`\\(${lang}\\) is missing: add the \\w+ text on a line "${lang}: …"`),
    );
    expect(formatProblems(problems)).toContain(`${caprev.file}: summary.${lang}: `);
  });

  test('the message names the language in words', () => {
    const frontmatter = structuredClone(caprev.frontmatter) as Raw;
    delete (frontmatter.summary as Raw).fr;
    const { problems } = validateEntries([{ ...caprev, frontmatter }], municipalities);
    expect(problems[0]!.message).toMatch(/^summary in French \(fr\) is missing: add the French text/);
  });
});
