import { describe, expect, test } from 'vitest';

// German UI strings are drafted in i18n-drafts/de/ (outside src/i18n, so the translator does not load them
// before German is wired in as a UI language). This test keeps the drafts in step with English until then:
// when an English key is added, renamed or gets a new placeholder, it fails here and names the key.
const english = filesByName(import.meta.glob<Record<string, string>>('../../src/i18n/en/*.json', { eager: true, import: 'default' }));
const german = filesByName(import.meta.glob<Record<string, string>>('../../i18n-drafts/de/*.json', { eager: true, import: 'default' }));

function filesByName(files: Record<string, Record<string, string>>): Map<string, Record<string, string>> {
  return new Map(Object.entries(files).map(([path, strings]) => [path.split('/').at(-1)!, strings]));
}
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
const allGerman = () => [...german].flatMap(([file, strings]) => Object.entries(strings).map(([key, text]) => ({ file, key, text })));

describe('German drafts of the UI strings', () => {
  test('there is one draft for every English file, and no other', () => {
    expect(english.size).toBeGreaterThan(3);
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test.each([...english.keys()])('%s: exactly the keys of English', (file) => {
    const missing = Object.keys(english.get(file)!).filter((key) => !(key in (german.get(file) ?? {})));
    const extra = Object.keys(german.get(file) ?? {}).filter((key) => !(key in english.get(file)!));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test.each([...english.keys()])('%s: every {placeholder} of English, none more', (file) => {
    const en = english.get(file)!;
    const de = german.get(file) ?? {};
    for (const key of Object.keys(en)) if (key in de) expect(placeholders(de[key]!), `${file}: ${key}`).toEqual(placeholders(en[key]!));
  });

  test('no draft is empty', () => {
    for (const { file, key, text } of allGerman()) expect(text.trim(), `${file}: ${key}`).not.toBe('');
  });

  test('a plural text has its one and other forms (the plural mechanism of src/i18n/translate.ts)', () => {
    const keys = new Set(allGerman().map(({ key }) => key));
    for (const key of keys) {
      const form = /\.(zero|one|other)$/.exec(key)?.[1];
      if (!form) continue;
      const base = key.slice(0, -form.length - 1);
      expect(keys.has(`${base}.one`) && keys.has(`${base}.other`), base).toBe(true);
    }
  });

  // One register, as East Belgian public services write: the reader is "Sie", never "du" or "ihr".
  const informal = /(?<!\p{L})(du|dich|dir|dein\p{L}*|euch|euer|eure\p{L}*)(?!\p{L})/iu;
  test('German speaks to the reader with Sie, never du', () => {
    for (const { file, key, text } of allGerman()) expect(text, `${file}: ${key}`).not.toMatch(informal);
  });

  // German quotation marks are „…“: an English pair (“…” or "…") is a leak from the English text.
  const quotesAreGerman = (text: string) => !/[”"]/u.test(text) && (text.match(/„/gu) ?? []).length === (text.match(/“/gu) ?? []).length;
  test('German quotes are „…“, not English ones', () => {
    for (const { file, key, text } of allGerman()) expect(quotesAreGerman(text), `${file}: ${key}: ${text}`).toBe(true);
  });

  test('the rules catch what they are for', () => {
    expect('Kannst du anrufen?').toMatch(informal);
    expect('Deine Gemeinde').toMatch(informal);
    expect('Können Sie anrufen? Ihre Gemeinde, durch die Tür').not.toMatch(informal);
    expect(quotesAreGerman('den Link “Korrektur”')).toBe(false);
    expect(quotesAreGerman('den Link "Korrektur"')).toBe(false);
    expect(quotesAreGerman('den Link „Korrektur“, Listen mit „ | “')).toBe(true);
    expect(placeholders('{b} von {a}')).toEqual(['{a}', '{b}']);
  });
});
