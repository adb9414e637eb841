import { describe, expect, test } from 'vitest';
import * as vocabularies from '../../src/lib/vocabularies.ts';

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

// The UI strings (src/i18n) are checked in tests/unit/i18n.test.ts.
