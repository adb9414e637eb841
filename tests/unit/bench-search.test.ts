import { describe, expect, test } from 'vitest';
import { uiLanguages } from '../../src/schemas/languages.ts';
import { inlineScriptBytes } from '../../scripts/bench-search.ts';
import { pagefindPart } from '../../scripts/bench-search-network.ts';
import { naiveMatches, queries } from '../../scripts/bench-search-runs.ts';

describe('search benchmark helpers', () => {
  test('queries in every UI language', () => {
    expect(queries.length).toBeGreaterThanOrEqual(2 * uiLanguages.length);
    expect(new Set(queries.map((q) => q.lang))).toEqual(new Set(uiLanguages));
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
    const html =
      '<script type="module">let a = 1;</script><script src="/x.js"></script><script type="application/ld+json">{}</script>';
    expect(inlineScriptBytes(html)).toMatchObject({ raw: 'let a = 1;'.length, scripts: 1 });
  });

  test('Pagefind requests are told apart by what they load; other requests are not Pagefind', () => {
    expect(pagefindPart('http://localhost:4321/pagefind/fragment/nl_11e3fb4.pf_fragment')).toBe('fragment');
    expect(pagefindPart('http://localhost:4321/pagefind/index/nl_8a1b2c3.pf_index')).toBe('index');
    expect(pagefindPart('http://localhost:4321/pagefind/filter/nl_162e9ee.pf_filter')).toBe('filter');
    expect(pagefindPart('http://localhost:4321/pagefind/wasm.nl.pagefind')).toBe('other');
    expect(pagefindPart('http://localhost:4321/data/initiatives.json')).toBeUndefined();
    expect(pagefindPart('http://localhost:4321/nl/initiatief/pagefind/fragment/x/')).toBeUndefined();
  });
});
