import { describe, expect, test } from 'vitest';
import { inlineScriptBytes, naiveMatches, queries } from '../../scripts/bench-search.ts';

describe('search benchmark helpers', () => {
  test('20 queries in the three languages', () => {
    expect(queries).toHaveLength(20);
    expect(new Set(queries.map((q) => q.lang))).toEqual(new Set(['nl', 'fr', 'en']));
  });

  test('the naive filter is a lowercase substring match over name, organisation and summaries', () => {
    const items = [
      { name: 'Hulplijn', organization: { name: 'X' }, summary: { nl: 'a', fr: 'b', en: 'c' } },
      { name: 'Y', organization: { name: 'Z' }, summary: { nl: 'voor ouders', fr: 'pour parents', en: 'for parents' } },
    ];
    expect(naiveMatches(items, 'hulplijn')).toBe(1);
    expect(naiveMatches(items, 'PARENTS')).toBe(1);
    expect(naiveMatches(items, 'Liège')).toBe(0);
  });

  test('inline scripts are counted, JSON-LD and external scripts are not', () => {
    const html = '<script type="module">let a = 1;</script><script src="/x.js"></script><script type="application/ld+json">{}</script>';
    expect(inlineScriptBytes(html)).toMatchObject({ raw: 'let a = 1;'.length, scripts: 1 });
  });
});
