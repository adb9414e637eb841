import { describe, expect, test } from 'vitest';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { findMunicipalities } from '../../src/lib/geo/municipality-search.ts';
import { byDistance, distanceKm, nearestPlace } from '../../src/lib/geo/nearest.ts';
import { lookupPlace, parsePlaceQuery } from '../../src/lib/geo/place-lookup.ts';

const places = loadMunicipalities().map((m) => ({
  code: m.code,
  nameNl: m.nameNl,
  nameFr: m.nameFr,
  nameDe: m.nameDe,
  aliases: m.aliases,
  population: m.population,
  lat: m.centroid.lat,
  lon: m.centroid.lon,
}));
const top = (text: string) => findMunicipalities(text, places, 3)[0]?.code;

describe('postcode parsing', () => {
  test.each([
    ['1800', { postcode: { digits: '1800', country: 'either' }, name: '' }],
    [' 1011 AB ', { postcode: { digits: '1011', country: 'NL' }, name: '' }],
    ['1011ab', { postcode: { digits: '1011', country: 'NL' }, name: '' }],
    ['B-1800', { postcode: { digits: '1800', country: 'BE' }, name: '' }],
    ['BE 1000', { postcode: { digits: '1000', country: 'BE' }, name: '' }],
    ['NL-1011', { postcode: { digits: '1011', country: 'NL' }, name: '' }],
  ])('%s', (input, expected) => expect(parsePlaceQuery(input)).toEqual(expected));
  test('impossible postcodes and empty input are kind "not found" answers, names are names', () => {
    const data = { places: [], postcodes: { BE: {}, NL: {} } };
    expect(lookupPlace('12', data)).toMatchObject({ kind: 'not-found', reason: 'postcode-format' });
    expect(lookupPlace('123456', data)).toMatchObject({ kind: 'not-found', reason: 'postcode-format' });
    expect(lookupPlace('   ', data)).toMatchObject({ kind: 'not-found', reason: 'empty' });
    expect(lookupPlace('!!!', data)).toMatchObject({ kind: 'not-found', reason: 'postcode-format' });
    expect(parsePlaceQuery('Liège')).toEqual({ name: 'Liège' });
  });
  test('a very long input is cut, not choked on', () => {
    expect(parsePlaceQuery('a'.repeat(1000)).name.length).toBe(100);
  });
});

describe('near-me name lookup (shared with the map), in Dutch and French, accents optional', () => {
  test('Luik and Liège and liege are the same place', () => {
    expect(top('Luik')).toBe('62063');
    expect(top('Liège')).toBe('62063');
    expect(top('liege')).toBe('62063');
  });
  test('Sint-Jans-Molenbeek and Molenbeek-Saint-Jean', () => {
    expect(top('Sint-Jans-Molenbeek')).toBe('21012');
    expect(top('molenbeek saint jean')).toBe('21012');
  });
  test("Den Bosch and 's-Hertogenbosch", () => {
    expect(top('Den Bosch')).toBe('GM0796');
    expect(top("'s-Hertogenbosch")).toBe('GM0796');
  });
  test('Vilvorde (French) finds Vilvoorde', () => expect(top('Vilvorde')).toBe('23088'));
  test('an unknown name finds nothing', () => expect(findMunicipalities('Atlantis', places)).toEqual([]));
});

describe('distances', () => {
  test('Brussels to Antwerp is about 40 km', () => {
    expect(distanceKm({ lat: 50.85, lon: 4.35 }, { lat: 51.22, lon: 4.4 })).toBeGreaterThan(38);
    expect(distanceKm({ lat: 50.85, lon: 4.35 }, { lat: 51.22, lon: 4.4 })).toBeLessThan(45);
  });
  test('the nearest centroid to a point in Vilvoorde is Vilvoorde', () => {
    expect(nearestPlace({ lat: 50.928, lon: 4.429 }, places)?.code).toBe('23088');
  });
  test('byDistance orders nearest first and puts unknown positions last', () => {
    const items = [
      { id: 'far', p: { lat: 52.37, lon: 4.9 } },
      { id: 'none', p: undefined },
      { id: 'near', p: { lat: 50.93, lon: 4.43 } },
    ];
    expect(byDistance(items, { lat: 50.9, lon: 4.4 }, (i) => i.p).map((i) => i.id)).toEqual(['near', 'far', 'none']);
  });
});
