import { describe, expect, test } from 'vitest';
import {
  loadExonyms,
  loadFormerMunicipalities,
  loadMunicipalities,
  loadPostcodes,
  placesFile,
} from '../../src/loaders/geo.ts';
import { searchKey } from '../../src/lib/geo/municipality-search.ts';
import type { PlaceRecord } from '../../src/lib/geo/municipalities.ts';
import { usualCapitals } from '../../src/lib/geo/other-names.ts';
import { municipalityName, otherOfficialNames } from '../../src/lib/geo/municipality-name.ts';
import { slugify } from '../../src/lib/text.ts';
import { lookupPlace, parsePlaceQuery, type PlaceAnswer } from '../../src/lib/geo/place-lookup.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';

const data = placesFile();
const lookup = (q: string) => lookupPlace(q, data);
/** The answer in a short, readable form: where it goes, or what it offers (by municipality code). */
function summary(answer: PlaceAnswer<PlaceRecord>): string {
  switch (answer.kind) {
    case 'found':
      return `found ${answer.place.code}`;
    case 'choose':
      return `choose(${answer.reason}) ${answer.options
        .map((o) => o.place.code)
        .sort()
        .join(' ')}`;
    case 'did-you-mean':
      return `did-you-mean ${answer.options.map((o) => o.name).join(' ')}`;
    case 'not-found':
      return `not-found(${answer.reason})`;
  }
}

// Codes are Statbel NIS (Belgium) and CBS GM (Netherlands) codes from src/data/geo/municipalities.csv, checked by hand.
const table: [string, string][] = [
  // Ambiguous names ask: the same name in both countries, or for two municipalities.
  ['Bergen', 'choose(same-name) 53053 GM0373 GM0893'],
  ['Zwijndrecht', 'choose(same-name) 46030 GM0642'],
  ['Saint-Nicolas', 'choose(same-name) 46021 62093'],
  // Exonyms and names in four languages.
  ['Bois-le-Duc', 'found GM0796'], // fr
  ['La Haye', 'found GM0518'], // fr
  ['The Hague', 'found GM0518'], // en
  ['Den Haag', 'found GM0518'], // nl
  ['Anvers', 'found 11002'], // fr
  ['Antwerp', 'found 11002'], // en
  ['Gand', 'found 44021'],
  ['Ghent', 'found 44021'],
  ['Malines', 'found 12025'],
  ['Mecheln', 'found 12025'], // de
  ['Louvain', 'found 24062'],
  ['Löwen', 'found 24062'], // de
  ['Courtrai', 'found 34022'],
  ['Luik', 'found 62063'], // nl
  ['Lüttich', 'found 62063'], // de
  ['Mons', 'found 53053'],
  // Postcode and name, in either order; the postcode alone as before.
  ['4000 Liège', 'found 62063'],
  // A name starting with two letters is not a Dutch postcode's letters ("7070 LE").
  ['7070 Le Roeulx', 'found 55035'],
  ['5080 La Bruyère', 'found 92141'],
  ['8647 Lo-Reninge', 'found 32030'],
  ['Hasselt 3500', 'found 71072'],
  ['3511 AB Utrecht', 'found GM0344'],
  ['Utrecht 3511AB', 'found GM0344'],
  ['B-1800', 'found 23088'],
  ['1060', 'choose(postcode) 21013 GM0363'],
  // Abbreviations, hyphens, apostrophes and accents optional.
  ['St-Niklaas', 'found 46021'],
  ['St. Truiden', 'found 71053'],
  ['Sint Truiden', 'found 71053'],
  ['Ste-Ode', 'found 82038'],
  ["'s-Hertogenbosch", 'found GM0796'],
  ['s Hertogenbosch', 'found GM0796'],
  ['shertogenbosch', 'found GM0796'],
  ['Den Bosch', 'found GM0796'],
  ['liege', 'found 62063'],
  // Localities and merged municipalities.
  ['Laken', 'found 21004'],
  ['Borsbeek', 'found 11002'],
  ['Aalst', 'choose(same-name) 41002 71053'], // also a village of Sint-Truiden
  ['Deurne', 'choose(same-name) 11002 24020 GM0762'], // a district of Antwerpen, a village of Diest, a town in Noord-Brabant
  // Typos: "Did you mean …?"
  ['Amsterdm', 'did-you-mean Amsterdam'],
  ['Genck', 'did-you-mean Genk'],
  ['Antwerpn', 'did-you-mean Antwerpen'],
  // Nonsense and bad numbers: a kind "not found".
  ['Xyzzyville', 'not-found(unknown-name)'],
  ['12', 'not-found(postcode-format)'],
  ['0999', 'not-found(unknown-postcode)'],
  ['   ', 'not-found(empty)'],
];

describe('lookupPlace on a table of inputs', () => {
  test.each(table)('%s → %s', (input, expected) => {
    expect(summary(lookup(input))).toBe(expected);
  });
});

describe('lookupPlace details', () => {
  test('Brussels in any language offers the 19 municipalities, the City of Brussels first, and names the region', () => {
    for (const q of ['Brussels', 'Bruxelles', 'Brussel', 'Brüssel']) {
      const answer = lookup(q);
      expect(answer.kind).toBe('choose');
      if (answer.kind !== 'choose') continue;
      expect(answer.reason).toBe('region');
      expect(answer.region).toBe('BE-BRU');
      expect(answer.options).toHaveLength(19);
      expect(answer.options[0]?.place.code).toBe('21004');
    }
    // A postcode still goes straight to the municipality.
    expect(summary(lookup('1000 Brussel'))).toBe('found 21004');
  });

  test('a choice says why a municipality is offered when it was through a former name', () => {
    const answer = lookup('Zwijndrecht');
    expect(answer.kind === 'choose' && answer.options.find((o) => o.place.code === '46030')?.via).toBe('Zwijndrecht');
  });

  test('a postcode and a name that disagree offer both rather than guessing', () => {
    expect(summary(lookup('1000 Antwerpen'))).toBe('choose(several) 11002 21004');
  });

  test('parsePlaceQuery separates postcode and name and keeps a Dutch postcode from eating a name', () => {
    expect(parsePlaceQuery('3500 Hasselt')).toEqual({
      postcode: { digits: '3500', country: 'either' },
      name: 'Hasselt',
    });
    expect(parsePlaceQuery('4000 LG')).toEqual({ postcode: { digits: '4000', country: 'NL' }, name: '' });
    expect(parsePlaceQuery('NL-3511 AB')).toEqual({ postcode: { digits: '3511', country: 'NL' }, name: '' });
    expect(parsePlaceQuery('BE 4000 Liège')).toEqual({ postcode: { digits: '4000', country: 'BE' }, name: 'Liège' });
  });
});

/**
 * Every name that is a municipality's official name and also a part of another municipality (a bpost
 * locality: district, village, former municipality; or a municipality merged in 2025), computed from the
 * geo tables themselves: the official names of municipalities.csv, the localities of be-postcodes.csv
 * and the 2019–2024 crosswalk. Each maps to the municipality codes that bear it, either way.
 */
function namesOfPartsAndMunicipalities(): Map<string, { name: string; codes: Set<string> }> {
  const official = new Map<string, Set<string>>();
  for (const m of loadMunicipalities()) {
    for (const n of [m.nameNl, m.nameFr, m.nameDe].filter(Boolean)) {
      // "Bergen (NH.)" is called "Bergen": the qualifier only tells the two apart in writing.
      const key = searchKey(n.replace(/\s*\(.*\)\s*$/, ''));
      official.set(key, (official.get(key) ?? new Set()).add(m.code));
    }
  }
  const parts: { name: string; code: string }[] = [
    ...loadPostcodes()
      .filter((p) => p.country === 'BE')
      .flatMap((p) => (p.localities ?? []).map((name) => ({ name, code: p.municipality }))),
    ...loadFormerMunicipalities().flatMap((f) => [f.nameNl, f.nameFr].map((name) => ({ name, code: f.code }))),
  ];
  const out = new Map<string, { name: string; codes: Set<string> }>();
  for (const part of parts) {
    const key = searchKey(part.name);
    const bearers = official.get(key);
    if (!bearers || (bearers.size === 1 && bearers.has(part.code))) continue;
    const entry = out.get(key) ?? { name: part.name, codes: new Set(bearers) };
    entry.codes.add(part.code);
    out.set(key, entry);
  }
  return out;
}

describe('a name that is a municipality and a part of another one always asks', () => {
  const names = [...namesOfPartsAndMunicipalities().values()];

  test('the data holds such names (Deurne, Aalst, Zwijndrecht among them), so the next test can fail', () => {
    expect(names.length).toBeGreaterThan(10);
    expect(names.map((n) => searchKey(n.name))).toEqual(expect.arrayContaining(['deurne', 'aalst', 'zwijndrecht']));
  });

  test.each(names.map((n) => [n.name, [...n.codes].sort()] as const))(
    '%s asks, offering every municipality of that name or with a part of it',
    (name, codes) => {
      const answer = lookup(name);
      expect(answer.kind).toBe('choose');
      if (answer.kind !== 'choose') return;
      expect(answer.options.map((o) => o.place.code)).toEqual(expect.arrayContaining([...codes]));
      // The larger municipality first.
      const populations = answer.options.map((o) => o.place.population);
      expect(populations).toEqual([...populations].sort((a, b) => b - a));
    },
  );
});

describe('English display names and locality capitals', () => {
  test('English pages show English names where English has them, the local name elsewhere', () => {
    const byCode = new Map(data.places.map((p) => [p.code, p]));
    expect(municipalityName(byCode.get('11002')!, 'en')).toBe('Antwerp');
    expect(municipalityName(byCode.get('21004')!, 'en')).toBe('Brussels');
    expect(municipalityName(byCode.get('GM0518')!, 'en')).toBe('The Hague');
    expect(municipalityName(byCode.get('62063')!, 'en')).toBe('Liège');
    expect(municipalityName(byCode.get('11002')!, 'nl')).toBe('Antwerpen');
    // Addresses do not move: the English slug still comes from the official name.
    expect(byCode.get('11002')!.slug.en).toBe('antwerpen');
  });

  test('a German-speaking municipality is named by its official German name in every language, and keeps its addresses', () => {
    // The German-speaking community's municipalities: the ones municipalities.csv gives a German name.
    const german = loadMunicipalities().filter((m) => m.nameDe !== '');
    expect(german.length).toBeGreaterThan(0);
    for (const m of german) {
      for (const lang of uiLanguages) expect(municipalityName(m, lang)).toBe(m.nameDe);
      expect(otherOfficialNames(m, 'fr')).toEqual(m.nameFr === m.nameDe ? [] : [m.nameFr]);
      expect(m.slug.fr).toBe(slugify(m.nameFr));
      // Found by the German name, it goes to that municipality.
      expect(summary(lookup(m.nameDe))).toMatch(new RegExp(`^found ${m.code}$|${m.code}`));
    }
    expect(
      municipalityName(
        german.find((m) => m.code === '63067')!,
        'fr',
      ),
    ).toBe('Sankt Vith');
  });

  test('a German page names a place by its German exonym where a display row gives one, else by its official name; both find it', () => {
    const byCode = new Map(loadMunicipalities().map((m) => [m.code, m]));
    const germanDisplay = loadExonyms().filter((e) => e.language === 'de' && e.use === 'display');
    expect(germanDisplay.length).toBeGreaterThan(0);
    for (const e of germanDisplay) {
      const m = byCode.get(e.code)!;
      expect(municipalityName(m, 'de'), e.name).toBe(e.name);
      // The other languages keep their own names, and the address its official slug.
      expect(municipalityName(m, 'nl')).toBe(m.nameNl);
      expect(m.slug.de).toBe(
        slugify(m.nameDe || (m.region === 'BE-VLG' || m.country === 'NL' ? m.nameNl : m.nameFr || m.nameNl)),
      );
      expect(summary(lookup(e.name))).toMatch(new RegExp(m.code));
    }
    // No display row: the local official name, as on English pages.
    const noExonym = loadMunicipalities().find((m) => m.region === 'BE-WAL' && !m.nameDe && !m.exonymDe && m.nameFr)!;
    expect(municipalityName(noExonym, 'de')).toBe(noExonym.nameFr);
    // "St. Vith", as people write it, is Sankt Vith.
    expect(summary(lookup('St. Vith'))).toBe(
      `found ${loadMunicipalities().find((m) => m.nameDe === 'Sankt Vith')!.code}`,
    );
  });

  test('every exonym row names its source', () => {
    for (const e of loadExonyms()) expect(e.source.length).toBeGreaterThan(10);
  });

  test('locality names get their usual capitals', () => {
    expect(usualCapitals('Jupille-Sur-Meuse')).toBe('Jupille-sur-Meuse');
    expect(usualCapitals('Beveren-Aan-De-Ijzer')).toBe('Beveren-aan-de-IJzer');
    expect(usualCapitals('Heist-Op-Den-Berg')).toBe('Heist-op-den-Berg');
    expect(usualCapitals('Le Roeulx')).toBe('Le Roeulx');
    expect(data.places.find((p) => p.code === '62063')?.otherNames).toContain('Jupille-sur-Meuse');
  });

  test('other names are shown once: one entry for the two forms of a village, none for a spelling of the own name', () => {
    const other = (code: string) => data.places.find((p) => p.code === code)?.otherNames ?? [];
    expect(other('21004')).toContain('Laeken / Laken');
    expect(other('21004')).not.toContain('Laken');
    // bpost writes "Sint-Joost-Ten-Noode"; the official name is Sint-Joost-ten-Node.
    expect(other('21014')).toEqual([]);
    // Both forms still find the place.
    expect(summary(lookup('Laeken'))).toBe('found 21004');
    expect(summary(lookup('Laken'))).toBe('found 21004');
  });
});
