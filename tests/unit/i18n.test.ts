import { describe, expect, test } from 'vitest';
import { format, plural } from '../../src/lib/format.ts';
import { pluralize, translator, uiStrings, type UiKey } from '../../src/i18n/translate.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';

// Each language's files, as the loader sees them: language -> file name -> strings.
const files = import.meta.glob<Record<string, string>>('../../src/i18n/*/*.json', { eager: true, import: 'default' });
const byLanguage = new Map<string, Map<string, Record<string, string>>>();
for (const [path, strings] of Object.entries(files)) {
  const [lang, file] = path.split('/').slice(-2) as [string, string];
  if (!byLanguage.has(lang)) byLanguage.set(lang, new Map());
  byLanguage.get(lang)!.set(file, strings);
}
const english = byLanguage.get('en')!;
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('UI strings', () => {
  test('the folders are exactly the three UI languages', () => {
    expect([...byLanguage.keys()].sort()).toEqual([...uiLanguages].sort());
  });
  test('English has strings in several files', () => {
    expect(english.size).toBeGreaterThan(3);
    expect(Object.keys(uiStrings.en).length).toBeGreaterThan(20);
  });
  test.each(['nl', 'fr'] as const)('%s has the same files as English, each with exactly its keys', (lang) => {
    const own = byLanguage.get(lang)!;
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [file, strings] of english)
      expect(Object.keys(own.get(file) ?? {}).sort(), `${lang}/${file}`).toEqual(Object.keys(strings).sort());
  });
  test.each(uiLanguages)('%s: no key in two files (the loader would keep only one) and none empty', (lang) => {
    const seen = new Map<string, string>();
    for (const [file, strings] of byLanguage.get(lang)!) {
      for (const [key, text] of Object.entries(strings)) {
        expect(seen.get(key), `${key} in ${file} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, file);
        expect(text.trim(), `${lang}/${file}: ${key}`).not.toBe('');
      }
    }
  });
  test.each(['nl', 'fr'] as const)('%s keeps every {placeholder} of English', (lang) => {
    for (const key of Object.keys(uiStrings.en) as UiKey[]) {
      expect(placeholders(uiStrings[lang][key] ?? ''), key).toEqual(placeholders(uiStrings.en[key]));
    }
  });
  test('a key that is not in the English files does not type-check', () => {
    const t = translator('en');
    // @ts-expect-error: 'common.noSuchKey' is not a UiKey (tsc fails if this line compiles).
    expect(t('common.noSuchKey')).toBe('common.noSuchKey');
  });
});

describe('register and typography of the UI strings', () => {
  // A punctuation mark quoted as itself, "(;)", is not a sentence mark; clock times (9:00) have no space.
  const sentenceMark = /[^\s(][;:?!](?=\s|$|[»”’)])/u;
  test('French puts a space (or a narrow no-break space) before ; : ? and !', () => {
    for (const [file, strings] of byLanguage.get('fr')!) {
      for (const [key, text] of Object.entries(strings))
        expect(text.replace(/https?:\/\/\S+/g, '').replace(/\{\w+\}/g, 'X'), `fr/${file}: ${key}`).not.toMatch(
          sentenceMark,
        );
    }
  });
  test('the rule catches a missing space and accepts the French forms', () => {
    expect('Horaires: lundi').toMatch(sentenceMark);
    expect('Vraiment?').toMatch(sentenceMark);
    expect('Horaires : lundi').not.toMatch(sentenceMark);
    expect('Vraiment\u202f?').not.toMatch(sentenceMark);
    expect('le point-virgule (;) comme séparateur').not.toMatch(sentenceMark);
  });
  test('Dutch speaks to the reader with je, never u or uw (the register of src/i18n/nl)', () => {
    const formal = /(?<!\p{L})(u|uw|uzelf)(?!\p{L})/iu;
    for (const [file, strings] of byLanguage.get('nl')!) {
      for (const [key, text] of Object.entries(strings)) expect(text, `nl/${file}: ${key}`).not.toMatch(formal);
    }
  });
});

describe('format and plural', () => {
  test('format fills named placeholders and leaves unknown ones for a second pass', () => {
    expect(format('{shown} of {total}', { shown: 3, total: 12 })).toBe('3 of 12');
    expect(format('{shown} of {total}', { shown: 3 })).toBe('3 of {total}');
    expect(format('since {year}', { year: 2024 })).toBe('since 2024');
  });
  test("plural follows each language's rules: French counts 0 and 1 as singular, English only 1", () => {
    const templates = { one: '{count} thing', other: '{count} things' };
    expect(plural(templates, 1, 'en')).toBe('1 thing');
    expect(plural(templates, 0, 'en')).toBe('0 things');
    expect(plural(templates, 0, 'fr-BE')).toBe('0 thing');
    expect(plural({ ...templates, zero: 'nothing' }, 0, 'fr-BE')).toBe('nothing');
    expect(plural(templates, 1234, 'nl-BE')).toBe('1.234 things');
  });
  test('pluralize picks the form of the language by the count', () => {
    expect(pluralize('en', 'search.count', 0)).toBe('No results');
    expect(pluralize('en', 'search.count', 1)).toBe('1 result');
    expect(pluralize('nl', 'search.count', 2)).toBe('2 resultaten');
    expect(pluralize('fr', 'entry.municipalitiesServed', 1)).toBe('1 commune desservie');
    expect(pluralize('fr', 'entry.municipalitiesServed', 1234)).toMatch(/^1\s234 communes desservies$/u);
    expect(pluralize('nl', 'place.lead', 1, { name: 'Vilvoorde' })).toBe('1 dienst bedient Vilvoorde.');
  });
  test('every text with a count has its one and other forms, in every language', () => {
    for (const lang of uiLanguages) {
      const keys = new Set(Object.keys(uiStrings[lang]));
      for (const key of keys) {
        const form = /\.(zero|one|other)$/.exec(key)?.[1];
        if (!form) continue;
        const base = key.slice(0, -form.length - 1);
        expect(keys.has(`${base}.one`) && keys.has(`${base}.other`), `${lang}: ${base}`).toBe(true);
      }
    }
  });
  test('a count followed by what it counts ("{count} municipalities") is a plural key, so "1 municipalities" cannot be shown', () => {
    // "{count}" directly before a word: a noun or adjective that agrees with the count ("1 actifs").
    // Counts written as "label: {count}" need no plural form and are not caught.
    const countedNoun = /\{count\} \p{L}/u;
    const single = Object.keys(uiStrings.en).filter(
      (k) => countedNoun.test(uiStrings.en[k as UiKey]) && !/\.(zero|one|other)$/.test(k),
    );
    // Totals that are never 1: the whole directory (about 100 entries), all 907 municipalities and their CSV
    // rows, a region's municipalities (Brussels has the fewest, 19), the 37 fiches of the 2018 mapping.
    const neverOne = [
      'index.lead',
      'dataReport.lead',
      'about.mapping',
      'map.tableCaption',
      'map.tableOpen',
      'map.report.download',
      'coverage.downloadAreas',
      'place.region',
      'dataReport.comparisonCaption',
    ];
    expect(single.sort()).toEqual(neverOne.sort());
  });
});
