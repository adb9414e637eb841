import { describe, expect, test } from 'vitest';
import * as vocabularies from '../../src/lib/vocabularies.ts';
import { uiStrings } from '../../src/lib/i18n.ts';

const { uiLanguages } = vocabularies;
const maps = Object.entries(vocabularies).filter(([, value]) => typeof value === 'object' && value !== null && !Array.isArray(value)) as [string, Record<string, Record<string, string>>][];

describe('vocabularies', () => {
  test('there are vocabularies to check', () => {
    expect(maps.map(([name]) => name)).toEqual(expect.arrayContaining(['preventionLevels', 'workingMethods', 'targetGroups']));
  });
  test.each(maps)('%s has a non-empty label in nl, fr and en for every key', (_, vocabulary) => {
    for (const [key, labels] of Object.entries(vocabulary)) {
      for (const lang of uiLanguages) expect(labels[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
    }
  });
});

describe('UI strings', () => {
  const reference = Object.keys(uiStrings.en).sort();
  test('English has strings', () => expect(reference.length).toBeGreaterThan(20));
  test.each(['nl', 'fr'] as const)('%s has exactly the English keys, none empty', (lang) => {
    expect(Object.keys(uiStrings[lang]).sort()).toEqual(reference);
    for (const key of reference) expect(uiStrings[lang][key]?.trim(), key).toBeTruthy();
  });
  test.each(['nl', 'fr'] as const)('%s keeps every {placeholder} of English', (lang) => {
    for (const key of reference) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(uiStrings[lang][key] ?? ''), key).toEqual(placeholders(uiStrings.en[key] ?? ''));
    }
  });
});
