import { describe, expect, test } from 'vitest';
import { loadFormerMunicipalities, loadMunicipalities, loadOtherNames } from '../../src/loaders/geo.ts';
import { findMunicipalities, matchedOtherName } from '../../src/lib/geo/municipality-search.ts';

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
    const list = [
      { code: 'A', nameNl: 'Aalst', nameFr: 'Alost' },
      { code: 'B', nameNl: 'Brugge', nameFr: 'Bruges' },
    ];
    expect(findMunicipalities('alost', list).map((m) => m.code)).toEqual(['A']);
  });
});

describe('other names: Belgian localities and municipalities merged in 2025', () => {
  const otherNames = loadOtherNames();
  const withOtherNames = municipalities.map((m) => ({
    ...m,
    ...(otherNames.has(m.code) ? { otherNames: otherNames.get(m.code)! } : {}),
  }));
  const find = (query: string, limit = 5) => findMunicipalities(query, withOtherNames, limit);
  const byCode = new Map(withOtherNames.map((m) => [m.code, m]));

  test('a municipality merged in 2025 finds the municipality it is now part of', () => {
    // Borsbeek (11007) joined Antwerpen (11002) on 1 January 2025, per the Statbel crosswalk in src/data/geo.
    expect(find('Borsbeek').map((m) => m.code)).toEqual(['11002']);
    expect(matchedOtherName(byCode.get('11002')!, 'Borsbeek')).toBe('Borsbeek');
  });

  test('a bpost locality finds its municipality, in either language', () => {
    expect(find('Laken')[0]?.code).toBe('21004');
    expect(find('Laeken')[0]?.code).toBe('21004');
  });

  test('official names rank before other names, and the note is only for matches through another name', () => {
    // "Berchem" is part of Sint-Agatha-Berchem's official name and a district of Antwerpen.
    const codes = find('Berchem').map((m) => m.code);
    expect(codes.indexOf('21003')).toBeGreaterThanOrEqual(0);
    expect(codes.indexOf('11002')).toBeGreaterThan(codes.indexOf('21003'));
    expect(matchedOtherName(byCode.get('21003')!, 'Berchem')).toBeUndefined();
    expect(matchedOtherName(byCode.get('11002')!, 'Berchem')).toBe('Berchem');
  });

  test('the former municipalities are the crosswalk rows whose code changed, each pointing to an existing 2025 municipality', () => {
    const former = loadFormerMunicipalities();
    expect(former).toContainEqual({ nameNl: 'Borsbeek', nameFr: 'Borsbeek', code: '11002' });
    for (const f of former) {
      expect(byCode.get(f.code)?.country).toBe('BE');
      expect(otherNames.get(f.code)).toContain(f.nameNl);
    }
  });

  test('other names never repeat an official name, and Dutch municipalities have none', () => {
    for (const [code, names] of otherNames) {
      const m = byCode.get(code)!;
      expect(m.country).toBe('BE');
      for (const name of names) expect([m.nameNl, m.nameFr, m.nameDe]).not.toContain(name);
    }
    expect(otherNames.get('11002')).not.toContain('Antwerpen');
  });
});
