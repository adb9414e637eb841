import { describe, expect, test } from 'vitest';
import { loadMunicipalities } from '../../src/lib/geo.ts';
import { findMunicipalities } from '../../src/lib/municipality-search.ts';

const municipalities = loadMunicipalities();
const first = (query: string) => findMunicipalities(query, municipalities, 1)[0]?.code;

describe('findMunicipalities', () => {
  test('finds Liège by its Dutch and French names, accents optional', () => {
    expect(first('Luik')).toBe('62063');
    expect(first('Liège')).toBe('62063');
    expect(first('liege')).toBe('62063');
    expect(first('LIEGE')).toBe('62063');
  });
  test('finds Molenbeek by both official names and by a fragment', () => {
    expect(first('Sint-Jans-Molenbeek')).toBe('21012');
    expect(first('Molenbeek-Saint-Jean')).toBe('21012');
    expect(first('sint jans molenbeek')).toBe('21012');
    expect(first('molenbeek')).toBe('21012');
  });
  test("finds 's-Hertogenbosch by its official and informal names", () => {
    expect(first("'s-Hertogenbosch")).toBe('GM0796');
    expect(first('s-hertogenbosch')).toBe('GM0796');
    expect(first('Den Bosch')).toBe('GM0796');
    expect(first('hertogenbosch')).toBe('GM0796');
  });
  test('finds The Hague and the German names of the German-speaking municipalities', () => {
    expect(first('Den Haag')).toBe('GM0518');
    expect(first('Sankt Vith')).toBe(municipalities.find((m) => m.nameDe === 'Sankt Vith')?.code);
  });
  test('an exact name comes before names that merely start with the query', () => {
    const results = findMunicipalities('Zwijndrecht', municipalities, 5).map((m) => m.nameNl);
    expect(results).toEqual(['Zwijndrecht', 'Beveren-Kruibeke-Zwijndrecht']);
  });
  test('equally good matches go to the larger municipality first; "Bergen (NH.)" answers to plain "Bergen"', () => {
    const results = findMunicipalities('Bergen', municipalities, 10).filter((m) => /^Bergen( \(|$)/.test(m.nameNl));
    expect(results.map((m) => m.code).sort()).toEqual(['53053', 'GM0373', 'GM0893']);
    const populations = results.map((m) => m.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });
  test('respects the limit, and an empty or unknown query finds nothing', () => {
    expect(findMunicipalities('a', municipalities, 7)).toHaveLength(7);
    expect(findMunicipalities('', municipalities, 5)).toEqual([]);
    expect(findMunicipalities('   ', municipalities, 5)).toEqual([]);
    expect(findMunicipalities('Xyzzyville', municipalities, 5)).toEqual([]);
  });
  test('works on any list with the same fields (e.g. the map data)', () => {
    const list = [{ code: 'A', nameNl: 'Aalst', nameFr: 'Alost' }, { code: 'B', nameNl: 'Brugge', nameFr: 'Bruges' }];
    expect(findMunicipalities('alost', list).map((m) => m.code)).toEqual(['A']);
  });
});
