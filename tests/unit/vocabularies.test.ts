import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { uiLanguages } from '../../src/schemas/languages.ts';
import * as placeAndKind from '../../src/schemas/vocabularies/place-and-kind.ts';
import * as practice from '../../src/schemas/vocabularies/practice.ts';
import * as accessAndContact from '../../src/schemas/vocabularies/access-and-contact.ts';
import * as evidenceAndVerification from '../../src/schemas/vocabularies/evidence-and-verification.ts';

const vocabularies = { ...placeAndKind, ...practice, ...accessAndContact, ...evidenceAndVerification };

const maps = Object.entries(vocabularies).filter(
  ([, value]) => typeof value === 'object' && value !== null && !Array.isArray(value),
) as [string, Record<string, Record<string, string>>][];

describe('vocabularies', () => {
  // The editor (src/lib/editor/decap-config.ts) and these tests import each vocabulary file by name: a new
  // file must be added there too, or its selects lose their labels.
  test('the vocabulary files are the four the editor and the tests import, beside labels.ts', () => {
    expect(readdirSync('src/schemas/vocabularies').sort()).toEqual([
      'access-and-contact.ts',
      'evidence-and-verification.ts',
      'labels.ts',
      'place-and-kind.ts',
      'practice.ts',
    ]);
  });
  test('there are vocabularies to check', () => {
    expect(maps.map(([name]) => name)).toEqual(
      expect.arrayContaining(['preventionLevels', 'workingMethods', 'targetGroups']),
    );
  });
  test.each(maps)('%s has a non-empty label in every UI language for every key', (_, vocabulary) => {
    for (const [key, labels] of Object.entries(vocabulary)) {
      for (const lang of uiLanguages) expect(labels[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
    }
  });
});

// The UI strings (src/i18n) are checked in tests/unit/i18n.test.ts.

describe('province names', () => {
  test('every province name in every language is covered by a cited source', async () => {
    const { provinceNames, provinceNameSources } = await import('../../src/lib/geo/province-names.ts');
    for (const [code, labels] of Object.entries(provinceNames)) {
      for (const lang of uiLanguages) {
        const cited = provinceNameSources.filter((s) => s.lang === lang && s.codes.includes(code));
        expect(cited.length, `${code} ${lang} "${labels[lang]}"`).toBeGreaterThan(0);
        for (const { sources } of cited)
          for (const s of sources) expect(s.seen, s.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
  test('the Belgian French names are Statbel’s (no French-of-France hyphen)', async () => {
    const { provinceName } = await import('../../src/lib/geo/province-names.ts');
    expect(provinceName('30000', 'fr')).toBe('Flandre occidentale');
    expect(provinceName('40000', 'fr')).toBe('Flandre orientale');
    expect(provinceName('PV27', 'fr')).toBe('Hollande-Septentrionale');
    expect(provinceName('PV21', 'en')).toBe('Friesland');
  });
});
