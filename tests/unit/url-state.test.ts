import { describe, expect, test } from 'vitest';
import { audienceFromParams, audienceOf, listParam, setAudienceParam } from '../../src/lib/url-state.ts';
import { parseFinderParams } from '../../src/lib/finder/finder-state.ts';
import { mapStateFromParams } from '../../src/lib/map/map-state.ts';
import { type MapData } from '../../src/lib/map/model.ts';

const params = (query: string) => new URLSearchParams(query);
const known = new Set(['primary', 'secondary', 'tertiary']);

describe('list parameters', () => {
  test('repeated and comma-separated values both count, trimmed, each once, in the order given', () => {
    expect(listParam(params('level=tertiary, primary&level=primary&level=secondary'), 'level', known)).toEqual({
      values: ['tertiary', 'primary', 'secondary'],
      unknown: [],
    });
  });
  test('unknown values are set apart in order (repeats kept: a page reports what it was given); empty ones vanish', () => {
    expect(listParam(params('level=bogus,,primary&level=&level=bogus'), 'level', known)).toEqual({
      values: ['primary'],
      unknown: ['bogus', 'bogus'],
    });
  });
  test('no known set: every value is unknown; an absent parameter gives nothing', () => {
    expect(listParam(params('level=primary'), 'level', undefined)).toEqual({ values: [], unknown: ['primary'] });
    expect(listParam(params('q=x'), 'level', known)).toEqual({ values: [], unknown: [] });
  });
});

describe('the audience', () => {
  test('only for=professional is a worker; anything else, or nothing, is a family', () => {
    expect(audienceFromParams(params('for=professional'))).toBe('professional');
    expect(audienceFromParams(params('for=Professional'))).toBe('family');
    expect(audienceFromParams(params(''))).toBe('family');
    expect(audienceOf(undefined)).toBe('family');
  });
  test("written only for a worker, so a family's link stays plain", () => {
    const p = params('m=GM0363&for=professional');
    setAudienceParam(p, 'family');
    expect(p.toString()).toBe('m=GM0363');
    setAudienceParam(p, 'professional');
    expect(p.toString()).toBe('m=GM0363&for=professional');
  });
});

describe('one reading for the finder and the map', () => {
  test('the same query gives the same facet values and audience on both', () => {
    const query = params('level=tertiary,bogus&level=primary&for=professional');
    const map = mapStateFromParams(query, {
      municipalities: [] as MapData['municipalities'],
      facets: { levels: [...known].map((key) => ({ key, label: key })), targets: [], methods: [] },
    });
    const finder = parseFinderParams(query, { level: known }).state;
    expect(map.filters.levels).toEqual(['tertiary', 'primary']);
    expect(finder.filters.level).toEqual(map.filters.levels);
    expect(finder.audience).toBe('professional');
    expect(map.audience).toBe('professional');
  });
});
