import { describe, expect, test } from 'vitest';
import { resolveCoverage } from '../../src/lib/coverage/served-areas.ts';
import { describeCoverage } from '../../src/lib/directory/describe.ts';
import { loadMunicipalities, municipalitiesByCode } from '../../src/loaders/geo.ts';
import type { Project } from '../../src/schemas/entry.ts';

const municipalities = loadMunicipalities();
const byCode = municipalitiesByCode();

describe('coverage in words', () => {
  test('an arrondissement is named, not numbered, with its number of municipalities', () => {
    const coverage = { scope: 'arrondissement', codes: ['23000'] } as Project['coverage'];
    const served = resolveCoverage(coverage, municipalities);
    const project = { coverage } as Project;
    expect(describeCoverage(project, served, byCode, 'nl')).toBe(`arrondissement Halle-Vilvoorde (${served.length} gemeenten)`);
    expect(describeCoverage(project, served, byCode, 'fr')).toBe(`arrondissement Hal-Vilvorde (${served.length} communes)`);
  });
  test('a few municipalities are named; a whole country is said in words', () => {
    expect(describeCoverage({ coverage: { scope: 'municipalities', codes: ['23088'] } } as Project, ['23088'], byCode, 'fr')).toBe('Vilvorde');
    expect(describeCoverage({ coverage: { scope: 'country', codes: ['NL'] } } as Project, [], byCode, 'nl')).toBe('heel Nederland');
  });
  test("a province is named in the reader's language, not the geo table's regional one", () => {
    const liege = { coverage: { scope: 'province', codes: ['60000'] } } as Project;
    expect(describeCoverage(liege, [], byCode, 'nl')).toContain('Luik');
    expect(describeCoverage(liege, [], byCode, 'fr')).toContain('Liège');
    const northHolland = { coverage: { scope: 'province', codes: ['PV27'] } } as Project;
    expect(describeCoverage(northHolland, [], byCode, 'en')).toContain('North Holland');
    expect(describeCoverage(northHolland, [], byCode, 'en')).not.toContain('Noord');
  });
});

describe("near-me's answer names the province in the page's language", () => {
  test('either official form of a province leads to the page language\'s name', async () => {
    const { placeAnswerContext } = await import('../../src/lib/geo/place-answer-context.ts');
    expect(placeAnswerContext('nl').provinces['Liège']).toBe('Luik');
    expect(placeAnswerContext('en').provinces['Noord-Holland']).toBe('North Holland');
    expect(placeAnswerContext('fr').provinces['Vlaams-Brabant']).toBe('Brabant flamand');
    // Every province as the geo table writes it is covered.
    for (const m of municipalities) if (m.province) expect(placeAnswerContext('en').provinces[m.province], m.province).toBeDefined();
  });
});

describe('the organisation a reader sees', () => {
  test('the placeholder the entries write is shown in the page language; a real name is kept', async () => {
    const { shownOrganizationName } = await import('../../src/lib/directory/describe.ts');
    expect(shownOrganizationName('Onbekend (niet geïdentificeerd)', 'Organisation non identifiée')).toBe('Organisation non identifiée');
    expect(shownOrganizationName('Inconnue (non identifiée)', 'Organisation not identified')).toBe('Organisation not identified');
    expect(shownOrganizationName('De Touter vzw', 'Organisation not identified')).toBe('De Touter vzw');
  });
});
