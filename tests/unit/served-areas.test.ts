import { describe, expect, test } from 'vitest';
import { resolveCoverage, servedAreas, unknownCoverageCodes } from '../../src/lib/coverage/served-areas.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';

const municipalities = loadMunicipalities();
const codes = (
  scope: 'municipalities' | 'arrondissement' | 'province' | 'region' | 'community' | 'country',
  ...list: string[]
) => resolveCoverage({ scope, codes: list }, municipalities);
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
    for (const lang of uiLanguages) {
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
    expect(unknownCoverageCodes({ scope: 'municipalities', codes: ['23088', '99999'] }, municipalities)).toEqual([
      '99999',
    ]);
    expect(unknownCoverageCodes({ scope: 'province', codes: ['PV27', 'PV99'] }, municipalities)).toEqual(['PV99']);
    expect(unknownCoverageCodes({ scope: 'arrondissement', codes: ['23000', '29000'] }, municipalities)).toEqual([
      '29000',
    ]);
  });
});

describe('regions served, not the seat', () => {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const areasOf = (scope: Parameters<typeof codes>[0], list: string[], seat = {}) =>
    servedAreas(codes(scope, ...list), byCode, seat);

  test('a French Community service seated in Brussels (CAPREV) serves Brussels and Wallonia, not Flanders', () => {
    const areas = areasOf('community', ['fr'], { region: 'BE-BRU' });
    expect(areas.regions).toEqual(['BE-BRU', 'BE-WAL']);
    // Walloon provinces only (NIS 20002 Walloon Brabant, 50000 Hainaut, 60000 Liège, 80000 Luxembourg, 90000 Namur).
    expect(areas.provinces).toEqual(['20002', '50000', '60000', '80000', '90000']);
  });
  test('a Flemish Community service serves Flanders and Brussels', () => {
    expect(areasOf('community', ['vl'], { region: 'BE-VLG' }).regions).toEqual(['BE-VLG', 'BE-BRU']);
  });
  test('the German-speaking Community lies in Wallonia, province of Liège', () => {
    expect(areasOf('community', ['de'])).toEqual({ regions: ['BE-WAL'], provinces: ['60000'] });
  });
  test('a Brussels municipality list serves Brussels only, with no province', () => {
    expect(areasOf('municipalities', ['21004', '21015'], { region: 'BE-VLG', province: '20001' })).toEqual({
      regions: ['BE-BRU'],
      provinces: [],
    });
  });
  test('a list across the language border gives both regions (Vilvoorde and Brussels)', () => {
    expect(areasOf('municipalities', ['23088', '21004']).regions).toEqual(['BE-VLG', 'BE-BRU']);
  });
  test('an entry serving no municipality here falls back to its seat', () => {
    expect(servedAreas([], byCode, { region: 'BE-WAL', province: '60000' })).toEqual({
      regions: ['BE-WAL'],
      provinces: ['60000'],
    });
    expect(servedAreas([], byCode, {})).toEqual({ regions: [], provinces: [] });
  });
});
