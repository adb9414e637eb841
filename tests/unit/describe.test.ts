import { describe, expect, test } from 'vitest';
import { resolveCoverage } from '../../src/lib/coverage/served-areas.ts';
import { describeCoverage } from '../../src/lib/directory/describe.ts';
import { loadMunicipalities, municipalitiesByCode } from '../../src/loaders/geo.ts';
import { initiative } from '../support/builders.ts';

const municipalities = loadMunicipalities();
const byCode = municipalitiesByCode();

describe('coverage in words', () => {
  test('an arrondissement is named, not numbered, with its number of municipalities', () => {
    const halle = initiative({ id: 'halle', fields: { coverage: { scope: 'arrondissement', codes: ['23000'] } } });
    const served = resolveCoverage(halle.coverage, municipalities);
    expect(describeCoverage(halle, served, byCode, 'nl')).toBe(
      `arrondissement Halle-Vilvoorde (${served.length} gemeenten)`,
    );
    expect(describeCoverage(halle, served, byCode, 'fr')).toBe(
      `arrondissement Hal-Vilvorde (${served.length} communes)`,
    );
  });
  test('a few municipalities are named; a whole country is said in words', () => {
    expect(
      describeCoverage(
        initiative({ id: 'vilvoorde', fields: { coverage: { scope: 'municipalities', codes: ['23088'] } } }),
        ['23088'],
        byCode,
        'fr',
      ),
    ).toBe('Vilvorde');
    expect(
      describeCoverage(
        initiative({
          id: 'netherlands',
          fields: { country: 'NL', region: 'NL', coverage: { scope: 'country', codes: ['NL'] } },
        }),
        [],
        byCode,
        'nl',
      ),
    ).toBe('heel Nederland');
  });
  test("a province is named in the reader's language, not the geo table's regional one", () => {
    const liege = initiative({
      id: 'liege',
      fields: { region: 'BE-WAL', coverage: { scope: 'province', codes: ['60000'] } },
    });
    expect(describeCoverage(liege, [], byCode, 'nl')).toContain('Luik');
    expect(describeCoverage(liege, [], byCode, 'fr')).toContain('Liège');
    const northHolland = initiative({
      id: 'north-holland',
      fields: { country: 'NL', region: 'NL', coverage: { scope: 'province', codes: ['PV27'] } },
    });
    expect(describeCoverage(northHolland, [], byCode, 'en')).toContain('North Holland');
    expect(describeCoverage(northHolland, [], byCode, 'en')).not.toContain('Noord');
  });
});

describe("near-me's answer names the province in the page's language", () => {
  test("either official form of a province leads to the page language's name", async () => {
    const { placeAnswerContext } = await import('../../src/lib/geo/place-answer-context.ts');
    expect(placeAnswerContext('nl').provinces['Liège']).toBe('Luik');
    expect(placeAnswerContext('en').provinces['Noord-Holland']).toBe('North Holland');
    expect(placeAnswerContext('fr').provinces['Vlaams-Brabant']).toBe('Brabant flamand');
    // Every province as the geo table writes it is covered.
    for (const m of municipalities)
      if (m.province) expect(placeAnswerContext('en').provinces[m.province], m.province).toBeDefined();
  });
});

describe('the organisation a reader sees', () => {
  test('the placeholder the entries write is shown in the page language; a real name is kept', async () => {
    const { shownOrganization } = await import('../../src/lib/directory/describe.ts');
    expect(shownOrganization({ organization: { name: 'Onbekend (niet geïdentificeerd)' } }, 'fr')).toBe(
      'Organisation non identifiée',
    );
    expect(shownOrganization({ organization: { name: 'Inconnue (non identifiée)' } }, 'en')).toBe(
      'Organisation not identified',
    );
    expect(shownOrganization({ organization: { name: 'De Touter vzw' } }, 'en')).toBe('De Touter vzw');
  });
  test('a note follows the proper name after a comma, and a description stands for the name, both in the page language', async () => {
    const { shownOrganization } = await import('../../src/lib/directory/describe.ts');
    const touter = {
      organization: {
        name: 'De Touter vzw',
        note: {
          nl: 'met de Stad Antwerpen',
          fr: 'avec la Ville d’Anvers',
          en: 'with the City of Antwerp',
          de: 'mit der Stadt Antwerpen',
        },
      },
    };
    expect(shownOrganization(touter, 'en')).toBe('De Touter vzw, with the City of Antwerp');
    expect(shownOrganization(touter, 'fr')).toBe('De Touter vzw, avec la Ville d’Anvers');
    expect(shownOrganization(touter, 'de')).toBe('De Touter vzw, mit der Stadt Antwerpen');
    const every = {
      organization: {
        description: {
          nl: 'Elke Nederlandse gemeente',
          fr: 'Chaque commune néerlandaise',
          en: 'Every Dutch municipality',
          de: 'Jede niederländische Gemeinde',
        },
      },
    };
    expect(shownOrganization(every, 'en')).toBe('Every Dutch municipality');
    expect(shownOrganization(every, 'nl')).toBe('Elke Nederlandse gemeente');
  });
});
