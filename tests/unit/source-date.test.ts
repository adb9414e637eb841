import { describe, expect, test } from 'vitest';
import { describeSourceDate, parseSourceDate } from '../../src/lib/directory/source-date.ts';
import { translator } from '../../src/i18n/translate.ts';

describe('source dates are read, then rendered in the page language', () => {
  test('the forms the entries use', () => {
    expect(parseSourceDate('2018-03')).toMatchObject({
      date: '2018-03',
      undated: false,
      archived: false,
      refersTo: [],
    });
    expect(parseSourceDate('undated')).toMatchObject({ undated: true, archived: false });
    expect(parseSourceDate('undated (stored copy; mentions plan 2019-2022)')).toMatchObject({
      undated: true,
      archived: true,
      refersTo: ['2019–2022'],
    });
    expect(parseSourceDate('undated page (reports on 2020 and 2021)')).toMatchObject({
      undated: true,
      refersTo: ['2020', '2021'],
    });
    expect(parseSourceDate('2019-04 (our dating)')).toMatchObject({ date: '2019-04', datedByUs: true });
    expect(parseSourceDate('c. 2020')).toMatchObject({ circa: '2020' });
  });
  test('no English note reaches a French or Dutch page', () => {
    for (const lang of ['fr', 'nl'] as const) {
      const t = translator(lang);
      const list = (items: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
      for (const raw of [
        'undated (stored copy; 2019 figures)',
        '2019-04 (our dating)',
        'undated',
        'c. 2020',
        'undated page (reports on 2020 and 2021)',
      ]) {
        const shown = describeSourceDate(raw, t, list);
        expect(shown, raw).not.toMatch(/stored copy|our dating|undated|figures|reports|mentions|\?/);
        expect(shown.length).toBeGreaterThan(0);
      }
    }
    const fr = describeSourceDate('undated (stored copy; mentions 2017)', translator('fr'), (i) => i.join(', '));
    expect(fr).toBe('non daté, copie archivée, mentionne 2017');
  });
});

import { formatDate } from '../../src/i18n/translate.ts';
test('French dates write the first of the month as "1er"', () => {
  expect(formatDate(new Date('2026-01-01T00:00:00Z'), 'fr')).toBe('1er janvier 2026');
  expect(formatDate(new Date('2026-01-11T00:00:00Z'), 'fr')).toBe('11 janvier 2026');
  expect(formatDate(new Date('2026-01-01T00:00:00Z'), 'nl')).toBe('1 januari 2026');
});
