import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { facetKeys, facets, finderFiltersOf } from '../../src/lib/finder/facets.ts';
import { buildDirectory } from '../../src/lib/directory/directory.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import {
  activeValues,
  effectiveSort,
  filterKeys,
  filterTokens,
  formatCount,
  isNarrowed,
  matchesFilters,
  narrowestFilter,
  pagefindFilters,
  parseFilterTokens,
  parseFinderParams,
  toFinderParams,
  withoutValue,
  type KnownValues,
} from '../../src/lib/finder/finder-state.ts';
import { initiativeSchema } from '../../src/schemas/initiative.ts';
import { parseEntryFile } from '../../src/loaders/entry-files.ts';

const known: KnownValues = Object.fromEntries(facetKeys.map((f) => [f, new Set(Object.keys(facets[f].vocabulary))]));
const parse = (query: string) => parseFinderParams(new URLSearchParams(query), known);

describe('finder state <-> URL', () => {
  test('the finder filters are exactly the facets (one vocabulary, declared once)', () => {
    expect([...filterKeys]).toEqual(facetKeys);
  });

  test('round-trip: parse(toParams(state)) gives the state back, in canonical order', () => {
    const { state, ignored } = parse(
      'target=parents&q=%20moeders%20&level=tertiary&level=primary&sort=name&ended=1&near=23088',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      q: 'moeders',
      filters: { level: ['tertiary', 'primary'], target: ['parents'] },
      sort: 'name',
      ended: true,
      near: '23088',
    });
    const params = toFinderParams(state);
    expect(params.toString()).toBe(
      'q=moeders&level=tertiary&level=primary&target=parents&sort=name&ended=1&near=23088',
    );
    expect(parse(params.toString()).state).toEqual(state);
  });

  test('comma-separated values are accepted too, duplicates collapse', () => {
    expect(parse('level=primary,tertiary&level=primary').state.filters).toEqual({ level: ['primary', 'tertiary'] });
  });

  test('unknown facet values are ignored and reported; unknown sort and bad place are dropped', () => {
    const { state, ignored } = parse('level=quaternary&target=parents&sort=random&near=<script>');
    expect(state.filters).toEqual({ target: ['parents'] });
    expect(ignored).toEqual(['level=quaternary']);
    expect(state.sort).toBeUndefined();
    expect(state.near).toBeUndefined();
  });

  test('a 1,000-character query is cut to 200 characters, quotes and symbols kept as text', () => {
    const long = `"${'ab<>&'.repeat(200)}`;
    const { state } = parse(`q=${encodeURIComponent(long)}`);
    expect(state.q).toHaveLength(200);
    expect(state.q.startsWith('"ab<>&')).toBe(true);
  });

  test('empty state: no parameters at all', () => {
    expect(toFinderParams(parse('').state).toString()).toBe('');
    expect(isNarrowed(parse('').state)).toBe(false);
    expect(isNarrowed(parse('ended=1').state)).toBe(false);
    expect(isNarrowed(parse('region=NL').state)).toBe(true);
  });
});

describe('finder filters', () => {
  test('OR within a facet, AND across facets, ended entries hidden by default', () => {
    const { state } = parse('level=primary&level=tertiary&region=NL');
    expect(pagefindFilters(state)).toEqual({
      level: { any: ['primary', 'tertiary'] },
      region: { any: ['NL'] },
      current: 'yes',
    });
    expect(pagefindFilters({ ...state, ended: true })).toEqual({
      level: { any: ['primary', 'tertiary'] },
      region: { any: ['NL'] },
    });
    expect(pagefindFilters(state, 'level')).toEqual({ region: { any: ['NL'] }, current: 'yes' });
  });

  test('matchesFilters applies the same rule to cards already on a page', () => {
    const card = parseFilterTokens(
      filterTokens({ level: ['tertiary'], target: ['parents', 'mothers'], current: ['yes'] }),
    );
    expect(matchesFilters(card, parse('target=mothers&target=fathers').state)).toBe(true);
    expect(matchesFilters(card, parse('target=fathers').state)).toBe(false);
    expect(matchesFilters(card, parse('target=parents&level=primary').state)).toBe(false);
    const ended = { ...card, current: ['no'] };
    expect(matchesFilters(ended, parse('').state)).toBe(false);
    expect(matchesFilters(ended, parse('ended=1').state)).toBe(true);
  });

  test('the filters of a real entry use the vocabulary keys', () => {
    const file = join(process.cwd(), 'tests', 'fixtures', 'entries', 'valid-entry.md');
    const parsed = parseEntryFile(file, readFileSync(file, 'utf8'));
    if (!('frontmatter' in parsed)) throw new Error(parsed.message);
    const initiative = initiativeSchema.parse(parsed.frontmatter);
    const [entry] = buildDirectory([initiative], loadMunicipalities()).entries;
    expect(finderFiltersOf(entry!)).toEqual({
      level: ['secondary', 'tertiary'],
      method: ['group-sessions', 'peer-group', 'family-support'],
      target: ['parents', 'wider-family'],
      region: ['BE-VLG'],
      country: ['BE'],
      language: [],
      access: [],
      current: ['yes'],
    });
  });

  test('the narrowest filter is the one whose removal brings back the most results', () => {
    expect(
      narrowestFilter([
        { v: 'a', count: 3 },
        { v: 'b', count: 9 },
        { v: 'c', count: 0 },
      ])?.v,
    ).toBe('b');
    expect(narrowestFilter([{ v: 'a', count: 0 }])).toBeUndefined();
  });

  test('withoutValue and activeValues', () => {
    const { state } = parse('level=primary&level=tertiary&target=parents');
    expect(activeValues(state)).toEqual([
      { key: 'level', value: 'primary' },
      { key: 'level', value: 'tertiary' },
      { key: 'target', value: 'parents' },
    ]);
    expect(withoutValue(withoutValue(state, 'level', 'primary'), 'level', 'tertiary').filters).toEqual({
      target: ['parents'],
    });
  });

  test('sort: relevance with a query, name without, nearest only with a place', () => {
    expect(effectiveSort(parse('q=x').state)).toBe('relevance');
    expect(effectiveSort(parse('').state)).toBe('name');
    expect(effectiveSort(parse('sort=nearest').state)).toBe('name');
    expect(effectiveSort(parse('sort=nearest&near=23088').state)).toBe('nearest');
    expect(effectiveSort(parse('q=x&sort=name').state)).toBe('name');
  });
});

describe('count formatting', () => {
  const templates = { zero: 'No result', one: '1 result', many: '{count} results' };
  test('zero, one, many, with the locale’s digit grouping', () => {
    expect(formatCount(templates, 0, 'en')).toBe('No result');
    expect(formatCount(templates, 1, 'en')).toBe('1 result');
    expect(formatCount(templates, 12, 'en')).toBe('12 results');
    expect(formatCount(templates, 10000, 'en')).toBe('10,000 results');
    expect(formatCount({ ...templates, many: '{count} résultats' }, 10000, 'fr')).toMatch(/^10\s000 résultats$/u);
  });
});

describe('finder state: the audience', () => {
  test('for=professional survives a round trip through the URL; anything else is a family (left out)', () => {
    const { state } = parseFinderParams(new URLSearchParams('near=GM0363&for=professional'), {});
    expect(state.audience).toBe('professional');
    expect(toFinderParams(state).toString()).toBe('near=GM0363&for=professional');
    expect(parseFinderParams(new URLSearchParams('for=pro'), {}).state.audience).toBeUndefined();
    expect(toFinderParams(parseFinderParams(new URLSearchParams('for=family'), {}).state).toString()).toBe('');
  });
});
