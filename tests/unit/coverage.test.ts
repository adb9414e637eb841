import { describe, expect, test } from 'vitest';
import { resolveCoverage, unknownCoverageCodes } from '../../src/lib/coverage.ts';
import { loadMunicipalities } from '../../src/lib/geo.ts';

const municipalities = loadMunicipalities();
const codes = (scope: 'municipalities' | 'arrondissement' | 'province' | 'region' | 'community' | 'country', ...list: string[]) =>
  resolveCoverage({ scope, codes: list }, municipalities);
const brussels = municipalities.filter((m) => m.region === 'BE-BRU').map((m) => m.code);
const wallonia = municipalities.filter((m) => m.region === 'BE-WAL').map((m) => m.code);
const dutch = municipalities.filter((m) => m.country === 'NL').map((m) => m.code);

describe('geo data', () => {
  test('has 565 Belgian and 342 Dutch municipalities, 19 in Brussels, 9 German-speaking', () => {
    expect(municipalities.filter((m) => m.country === 'BE')).toHaveLength(565);
    expect(dutch).toHaveLength(342);
    expect(brussels).toHaveLength(19);
    expect(municipalities.filter((m) => m.communities.includes('de'))).toHaveLength(9);
  });
  test('slugs are unique per language', () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const slugs = municipalities.map((m) => m.slug[lang]);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });
});

describe('coverage resolution', () => {
  test('listed municipalities resolve to exactly those', () => {
    expect(codes('municipalities', '23088', 'GM0363')).toEqual(['23088', 'GM0363']);
  });
  test('an arrondissement covers exactly its municipalities (Halle-Vilvoorde, 23000)', () => {
    const served = codes('arrondissement', '23000');
    expect(served).toContain('23088'); // Vilvoorde
    expect(served.every((code) => code.startsWith('23'))).toBe(true);
    expect(served).toHaveLength(municipalities.filter((m) => m.code.startsWith('23')).length);
  });
  test('a province covers its municipalities and none elsewhere', () => {
    const served = codes('province', '60000');
    expect(served).toContain('62063'); // Liège
    expect(served.every((code) => /^6/.test(code))).toBe(true);
  });
  test('the Flemish Community covers Flanders and the 19 Brussels municipalities, none in Wallonia', () => {
    const served = codes('community', 'vl');
    for (const code of brussels) expect(served).toContain(code);
    for (const code of wallonia) expect(served).not.toContain(code);
    expect(served).toHaveLength(municipalities.filter((m) => m.region === 'BE-VLG').length + 19);
  });
  test('the Wallonia-Brussels Federation excludes the German-speaking area', () => {
    const served = codes('community', 'fr');
    expect(served).toContain('21004');
    expect(served).not.toContain('63023'); // Eupen
    expect(served).toHaveLength(wallonia.length - 9 + 19);
  });
  test('a Dutch national service covers every Dutch municipality and no Belgian one', () => {
    const served = codes('country', 'NL');
    expect(served).toEqual(dutch);
  });
  test('a region covers only that region', () => {
    expect(codes('region', 'BE-BRU')).toEqual(brussels);
  });
  test('unknown codes are reported per scope', () => {
    expect(unknownCoverageCodes({ scope: 'municipalities', codes: ['23088', '99999'] }, municipalities)).toEqual(['99999']);
    expect(unknownCoverageCodes({ scope: 'province', codes: ['PV27', 'PV99'] }, municipalities)).toEqual(['PV99']);
    expect(unknownCoverageCodes({ scope: 'arrondissement', codes: ['23000', '29000'] }, municipalities)).toEqual(['29000']);
  });
});
