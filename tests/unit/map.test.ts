import { describe, expect, test } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { reachOf, resolveCoverage } from '../../src/lib/coverage/served-areas.ts';
import { coverageByArea, gapBreakdown, onlyWideServed, unserved, zvhSummary } from '../../src/lib/coverage/areas.ts';
import { coverageAreasCsv, coverageCsv } from '../../src/lib/coverage/coverage-csv.ts';
import { isZorgEnVeiligheidshuis, municipalityCoverage } from '../../src/lib/coverage/municipality-coverage.ts';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { buildDirectory } from '../../src/lib/directory/directory.ts';
import { loadMunicipalities, readTopology } from '../../src/loaders/geo.ts';
import { buildMapData } from '../../src/lib/map/map-data-file.ts';
import { mergeTopologies } from '../../src/lib/map/geometry-file.ts';
import { classLabel, classOf, countClasses } from '../../src/lib/map/colours.ts';
import {
  entryMatches,
  noFilters,
  servedCounts,
  type MapData,
  type MapEntry,
  type MapLayer,
} from '../../src/lib/map/model.ts';
import { geometryContains, type PolygonalGeometry } from '../../src/lib/map/municipality-at-point.ts';
import { helpAt } from '../../src/lib/map/help-groups.ts';
import { mapStateFromParams, mapStateToParams } from '../../src/lib/map/map-state.ts';
import { distanceKm } from '../../src/lib/geo/nearest.ts';
import { offeredFirst, type RankFacts } from '../../src/lib/directory/offered-first.ts';
import { placeFor } from '../../src/lib/directory/directory.ts';
import type { Initiative, InitiativeInput } from '../../src/schemas/initiative.ts';
import { initiative as build } from '../support/builders.ts';

const municipalities = loadMunicipalities();
const today = new Date('2026-12-01T00:00:00Z');
const dutch = municipalities.filter((m) => m.country === 'NL');

/** An initiative through the schema for the pure functions: a current family service unless `over` says otherwise. */
function initiative(id: string, over: Partial<InitiativeInput> & Pick<InitiativeInput, 'coverage'>): Initiative {
  return build({
    id,
    fields: {
      name: id,
      organization: { name: `${id} org` },
      access: { whoMayContact: ['parents'], referral: 'self', cost: 'unknown', channels: [], anonymous: 'unknown' },
      status: { value: 'active', evidence: 'test', evidenceDate: '2025-06' },
      sources: [{ title: 't', seed: '002' }],
      verified: { date: '2026-01-01', method: 'public-sources' },
      ...over,
    },
  });
}

describe('coverage resolution: the scopes the map needs beyond the foundation tests', () => {
  test('the German-speaking Community is its 9 municipalities, all in Wallonia', () => {
    const served = resolveCoverage({ scope: 'community', codes: ['de'] }, municipalities);
    expect(served).toHaveLength(9);
    expect(served).toContain('63023'); // Eupen
    expect(served.every((code) => municipalities.find((m) => m.code === code)?.region === 'BE-WAL')).toBe(true);
  });
  test('a Dutch province (PV27 Noord-Holland) covers only Dutch municipalities of that province', () => {
    const served = resolveCoverage({ scope: 'province', codes: ['PV27'] }, municipalities);
    expect(served).toContain('GM0363'); // Amsterdam
    expect(served).toHaveLength(dutch.filter((m) => m.provinceCode === 'PV27').length);
    expect(served.every((code) => code.startsWith('GM'))).toBe(true);
  });
  test('a Zorg- en Veiligheidshuis region is its list of municipalities', () => {
    expect(
      resolveCoverage(
        { scope: 'municipalities', codes: ['GM0796', 'GM0855', 'GM1721'], basis: 'listed' },
        municipalities,
      ),
    ).toEqual(['GM0796', 'GM0855', 'GM1721']);
  });
  test('a regional service without a published list serves no municipality', () => {
    expect(resolveCoverage({ scope: 'municipalities', codes: [], basis: 'none' }, municipalities)).toEqual([]);
  });
  test('the whole of Belgium is its 565 municipalities', () => {
    expect(resolveCoverage({ scope: 'country', codes: ['BE'] }, municipalities)).toHaveLength(565);
  });
  test('reach: country and community are wide, up to three listed municipalities local', () => {
    expect(reachOf({ scope: 'community', codes: ['vl'] }, 319)).toBe('wide');
    expect(reachOf({ scope: 'country', codes: ['NL'] }, 342)).toBe('wide');
    expect(reachOf({ scope: 'municipalities', codes: ['23088'] }, 1)).toBe('local');
    expect(reachOf({ scope: 'municipalities', codes: [] }, 12)).toBe('regional');
    expect(reachOf({ scope: 'province', codes: ['PV27'] }, 44)).toBe('regional');
  });
});

describe('map geometry', () => {
  const merged = mergeTopologies([
    JSON.parse(readTopology('BE')) as Topology,
    JSON.parse(readTopology('NL')) as Topology,
  ]);
  const collection = feature(merged, merged.objects.municipalities as GeometryCollection);
  test('one topology with one feature per municipality, ids = codes, no properties', () => {
    const ids = collection.features.map((f) => String(f.id));
    expect(new Set(ids)).toEqual(new Set(municipalities.map((m) => m.code)));
    expect(ids).toHaveLength(municipalities.length);
    expect(
      collection.features.every((f) => f.properties === null || Object.keys(f.properties ?? {}).length === 0),
    ).toBe(true);
  });
  test('each municipality contains its label point after the merge and re-quantisation', () => {
    const byId = new Map(collection.features.map((f) => [String(f.id), f.geometry as PolygonalGeometry]));
    const misses = municipalities
      .filter((m) => !geometryContains(byId.get(m.code), m.label.lon, m.label.lat))
      .map((m) => m.code);
    expect(misses).toEqual([]);
    // and not a neighbour's: Vilvoorde's label point is not in Brussels
    expect(
      geometryContains(
        byId.get('21004'),
        municipalities.find((m) => m.code === '23088')!.label.lon,
        municipalities.find((m) => m.code === '23088')!.label.lat,
      ),
    ).toBe(false);
  });
  test('is smaller than the two source files together', () => {
    expect(JSON.stringify(merged).length).toBeLessThan(readTopology('BE').length + readTopology('NL').length);
  });
});

/** The ranking facts of an entry that is as good as can be (current, contactable by all, a contact route), with changes. */
const facts = (over: Partial<RankFacts> = {}): RankFacts => ({
  stillOffered: true,
  familyMayContact: true,
  professionalMayContact: true,
  confirmedCurrent: true,
  unconfirmedTie: false,
  madeForProfessionals: false,
  currentContactRoute: true,
  general: false,
  reachable: true,
  aroundTheClock: false,
  currentPhone: true,
  ...over,
});

describe('map model', () => {
  const entry = (id: string, over: Partial<MapEntry>): MapEntry => ({
    id,
    name: id,
    url: `/x/${id}/`,
    help: 'family',
    reach: 'regional',
    levels: [],
    targets: [],
    methods: [],
    served: [],
    based: [],
    rank: facts(),
    ...over,
  });
  const entries = [
    entry('a', { reach: 'local', levels: ['primary'], targets: ['parents'], served: [0], based: [0] }),
    entry('b', {
      reach: 'regional',
      levels: ['secondary'],
      targets: ['young-people'],
      methods: ['duo-support'],
      served: [0, 1, 2],
      based: [1],
    }),
    entry('c', { reach: 'wide', levels: ['primary', 'tertiary'], targets: ['parents'], served: [0, 1, 2, 3] }),
  ];
  const matching = (filters: Partial<typeof noFilters>) =>
    entries.filter((e) => entryMatches(e, { ...noFilters, ...filters })).map((e) => e.id);
  test('filters: local-only drops wide services; within a facet any, across facets all', () => {
    expect(matching({})).toEqual(['a', 'b', 'c']);
    expect(matching({ localOnly: true })).toEqual(['a', 'b']);
    expect(matching({ levels: ['primary', 'secondary'] })).toEqual(['a', 'b', 'c']);
    expect(matching({ levels: ['primary'], targets: ['parents'] })).toEqual(['a', 'c']);
    expect(matching({ levels: ['primary'], localOnly: true })).toEqual(['a']);
    expect(matching({ methods: ['duo-support'] })).toEqual(['b']);
    expect(matching({ levels: ['tertiary'], targets: ['young-people'] })).toEqual([]);
  });
  test('counts per municipality', () => {
    expect(servedCounts(entries, 5)).toEqual([3, 2, 2, 1, 0]);
    expect(
      servedCounts(
        entries.filter((e) => e.reach !== 'wide'),
        5,
      ),
    ).toEqual([2, 1, 1, 0, 0]);
  });
  test('colour classes cover every count once, from 0 upwards, with distinct colours', () => {
    expect(classOf(0)).toBe(countClasses[0]);
    expect(classOf(4).min).toBe(3);
    expect(classOf(250)).toBe(countClasses.at(-1));
    expect(countClasses.map(classLabel)).toEqual(['0', '1', '2', '3–4', '5–9', '10+']);
    expect(new Set(countClasses.map((c) => c.colour)).size).toBe(countClasses.length);
    for (let n = 0; n < 30; n++) expect(countClasses.filter((c) => n >= c.min && n <= c.max)).toHaveLength(1);
  });
  test("help at a municipality: only what serves it, in the ranking rule's order for each reader", () => {
    // Four places: 0 and 2 are 11 km apart, 3 is 111 km north of 0 (centroids on one meridian).
    const at = (lat: number) => ({ centroid: [lat, 4] as [number, number] }) as MapData['municipalities'][number];
    const data = { municipalities: [at(50), at(52), at(50.1), at(51)] };
    const family = { familyMayContact: true, professionalMayContact: false };
    const help = [
      entry('zvh', {
        help: 'professional',
        reach: 'regional',
        served: [0, 3],
        rank: facts({ familyMayContact: false, professionalMayContact: true, madeForProfessionals: true }),
      }),
      entry('lse', {
        reach: 'wide',
        served: [0, 1, 2, 3],
        rank: facts({ familyMayContact: true, professionalMayContact: true }),
      }),
      entry('near', { served: [0, 3], based: [2], base: 2, rank: facts(family) }),
      entry('far', { served: [0, 3], based: [3], base: 3, rank: facts(family) }),
      entry('probable', { help: 'unconfirmed', served: [0, 3], rank: facts({ ...family, unconfirmedTie: true }) }),
      entry('unknown-status', {
        help: 'unconfirmed',
        reach: 'local',
        served: [0, 3],
        based: [0],
        base: 0,
        rank: facts({ ...family, confirmedCurrent: false }),
      }),
      entry('ended', {
        reach: 'local',
        served: [0, 3],
        rank: facts({ stillOffered: false, professionalMayContact: true, madeForProfessionals: true }),
      }),
      entry('elsewhere', { reach: 'local', served: [1], rank: facts(family) }),
    ];
    const ids = (index: number, audience: 'family' | 'professional') =>
      helpAt(data, help, index, audience).map((e) => e.id);
    // A family: what it may contact first, by offer tier (a specialised line whose status is not confirmed is still
    // offered, labelled; one only probably tied to its organisation never is); regional before wide, nearer first; ended last.
    expect(ids(0, 'family')).toEqual(['near', 'far', 'lse', 'unknown-status', 'probable', 'zvh', 'ended']);
    // A worker: what professionals may contact, made for them first; then the same steps.
    expect(ids(0, 'professional')).toEqual(['zvh', 'lse', 'near', 'far', 'probable', 'unknown-status', 'ended']);
    // Based in the place counts as local there: 'far' is based in 3.
    expect(ids(3, 'family')).toEqual(['far', 'near', 'lse', 'unknown-status', 'probable', 'zvh', 'ended']);
    expect(ids(1, 'family')).toEqual(['elsewhere', 'lse']);
    expect(helpAt(data, help, 4, 'family')).toEqual([]);
  });
  test('for a family the panel opens with what the municipality page\'s "start here" offers: one specialised line, the best general line, one not confirmed', () => {
    const data = { municipalities: [{ centroid: [50, 4] as [number, number] } as MapData['municipalities'][number]] };
    const help = [
      entry('school-line', { reach: 'wide', served: [0], rank: facts() }),
      entry('general-a', { reach: 'wide', served: [0], rank: facts({ general: true, aroundTheClock: true }) }),
      entry('general-b', { reach: 'wide', served: [0], rank: facts({ general: true }) }),
      entry('lapsed-national', {
        help: 'unconfirmed',
        reach: 'wide',
        served: [0],
        rank: facts({ confirmedCurrent: false }),
      }),
    ];
    expect(helpAt(data, help, 0, 'family').map((e) => e.id)).toEqual([
      'school-line',
      'general-a',
      'lapsed-national',
      'general-b',
    ]);
    // Two specialised lines are enough: the rest follows in the rule's order.
    const two = [...help, entry('second-line', { reach: 'wide', served: [0], rank: facts() })];
    expect(helpAt(data, two, 0, 'family').map((e) => e.id)).toEqual([
      'school-line',
      'second-line',
      'general-a',
      'general-b',
      'lapsed-national',
    ]);
  });
  test('point in polygon honours holes and multipolygons', () => {
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ];
    const polygon: PolygonalGeometry = { type: 'Polygon', coordinates: [square, hole] };
    expect(geometryContains(polygon, 2, 2)).toBe(true);
    expect(geometryContains(polygon, 5, 5)).toBe(false);
    expect(geometryContains(polygon, 11, 5)).toBe(false);
    const multi: PolygonalGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [square],
        [
          [
            [20, 20],
            [30, 20],
            [30, 30],
            [20, 20],
          ],
        ],
      ],
    };
    expect(geometryContains(multi, 28, 22)).toBe(true);
  });
});

describe('coverage report', () => {
  const initiatives = [
    initiative('local-vilvoorde', {
      locations: [{ municipality: '23088', confidential: false }],
      coverage: { scope: 'municipalities', codes: ['23088'] },
      preventionLevels: { values: ['secondary'], inferred: false },
      targetGroups: { values: ['mothers'], inferred: false },
    }),
    initiative('flemish-line', {
      coverage: { scope: 'community', codes: ['vl'] },
      preventionLevels: { values: ['primary'], inferred: false },
    }),
    initiative('ended-local', {
      coverage: { scope: 'municipalities', codes: ['11002'] },
      status: { value: 'ended', evidence: 'test' },
    }),
    initiative('zvh-a', {
      country: 'NL',
      region: 'NL',
      kind: 'care-and-safety-house',
      name: 'Zorg- en Veiligheidshuis Test',
      coverage: { scope: 'municipalities', codes: ['GM0796', 'GM0855'], basis: 'listed' },
    }),
    initiative('zvh-nolist', {
      country: 'NL',
      region: 'NL',
      kind: 'care-and-safety-house',
      name: 'Veiligheidshuis Nergens',
      coverage: { scope: 'municipalities', codes: [], basis: 'none' },
    }),
    initiative('zvh-network', {
      country: 'NL',
      region: 'NL',
      kind: 'professional-network',
      name: 'Landelijk netwerk Zorg- en Veiligheidshuizen',
      coverage: { scope: 'country', codes: ['NL'] },
    }),
  ];
  const directory = buildDirectory(initiatives, municipalities);
  const coverage = municipalityCoverage(directory.entries, municipalities, today);
  const at = (code: string) => coverage.find((c) => c.code === code)!;
  test('counts current entries by reach, level and audience; ended ones do not count', () => {
    expect(at('23088')).toMatchObject({
      all: 2,
      localRegional: 1,
      wide: 1,
      levels: { primary: 1, secondary: 1, tertiary: 0 },
      localLevels: { primary: 0, secondary: 1, tertiary: 0 },
      localTargetGroups: { parents: 1, 'young-people': 0, professionals: 0 },
    });
    expect(at('11002')).toMatchObject({ all: 1, localRegional: 0, wide: 1 });
    expect(at('62063')).toMatchObject({ all: 0 });
  });
  test('Zorg- en Veiligheidshuis: entries of that kind count, the national network does not; uncovered Dutch municipalities are listed', () => {
    expect(initiatives.filter(isZorgEnVeiligheidshuis).map((p) => p.id)).toEqual(['zvh-a', 'zvh-nolist']);
    const zvh = zvhSummary(directory.entries, municipalities, coverage);
    expect(zvh.entries.map((e) => e.data.id).sort()).toEqual(['zvh-a', 'zvh-nolist']);
    expect(zvh.withoutList.map((e) => e.data.id)).toEqual(['zvh-nolist']);
    expect(zvh.uncovered).toHaveLength(dutch.length - 2);
    expect(zvh.uncovered).not.toContain('GM0796');
  });
  test('areas: grouped by country, then region, then province; municipalities and population with local help', () => {
    const areas = coverageByArea(municipalities, coverage);
    expect(areas.filter((a) => a.kind === 'country').map((a) => a.code)).toEqual(['BE', 'NL']);
    expect(areas.filter((a) => a.kind === 'region').map((a) => a.code)).toEqual(['BE-VLG', 'BE-BRU', 'BE-WAL']);
    // Belgium's rows come before the Netherlands', each region's provinces right after it.
    const order = areas.map((a) => a.code);
    expect(order.indexOf('BE')).toBe(0);
    expect(order.indexOf('NL')).toBeGreaterThan(order.indexOf('90000'));
    expect(order.indexOf('20001')).toBeGreaterThan(order.indexOf('BE-VLG'));
    expect(order.indexOf('20001')).toBeLessThan(order.indexOf('BE-BRU'));
    const flanders = areas.find((a) => a.code === 'BE-VLG')!;
    const vilvoorde = municipalities.find((m) => m.code === '23088')!;
    expect(flanders.local).toEqual({ municipalities: 1, population: vilvoorde.population });
    expect(flanders.levels.secondary.municipalities).toBe(1);
    expect(flanders.levels.primary.municipalities).toBe(0); // the primary service is community-wide
    expect(flanders.targetGroups.parents.municipalities).toBe(1); // mothers count as parents
    const vlaamsBrabant = areas.find((a) => a.code === '20001')!;
    expect(vlaamsBrabant.municipalities).toBe(municipalities.filter((m) => m.provinceCode === '20001').length);
    // The Dutch test entries are a care-and-safety house and a professional network: (b), not (a).
    const nl = areas.find((a) => a.code === 'NL')!;
    expect(nl.local.municipalities).toBe(0);
    expect(nl.professional.municipalities).toBe(dutch.length);
    expect(nl.gaps.municipalities).toBe(dutch.length);
    const provinceTotal = areas
      .filter((a) => a.kind === 'province' && a.region === 'BE-VLG')
      .reduce((s, a) => s + a.municipalities, 0);
    expect(provinceTotal).toBe(flanders.municipalities);
  });
  test('municipalities served only by wide services', () => {
    const only = onlyWideServed(coverage);
    expect(only).toContain('11002');
    expect(only).not.toContain('23088');
    expect(only).not.toContain('62063');
  });
  test('the CSV has a header and one row per municipality', () => {
    const text = coverageCsv(municipalities, coverage);
    // Excel in Belgian French or Dutch: a UTF-8 byte-order mark and semicolons.
    expect(text.startsWith('\uFEFFcountry;code;name_nl;')).toBe(true);
    const rows = parseCsvRecords(text, ';');
    expect(rows).toHaveLength(municipalities.length);
    expect(new Set(rows.map((r) => r.code)).size).toBe(municipalities.length);
    expect(rows.find((r) => r.code === '23088')).toMatchObject({
      name_nl: 'Vilvoorde',
      family_help_all: '2',
      family_help_local_regional: '1',
      zorg_en_veiligheidshuis: '',
      family_help_based_here: '1',
    });
    expect(rows.find((r) => r.code === '62063')).toMatchObject({
      name_fr: 'Liège',
      family_help_all: '0',
      family_help_based_here: '0',
    });
    expect(rows.find((r) => r.code === 'GM0796')).toMatchObject({
      zorg_en_veiligheidshuis: '1',
      family_help_all: '0',
      professional_only_help: '2',
    });
  });
  test('map data: current entries only, served and based as indices, facets only of used values', () => {
    const data = buildMapData('fr', directory.entries, municipalities, today);
    expect(data.municipalities).toHaveLength(municipalities.length);
    expect(data.entries.map((e) => e.id)).not.toContain('ended-local');
    const local = data.entries.find((e) => e.id === 'local-vilvoorde')!;
    expect(local.served.map((i) => data.municipalities[i]!.code)).toEqual(['23088']);
    expect(local.url).toBe('/fr/initiative/local-vilvoorde/');
    expect(data.municipalities.find((m) => m.code === '62063')!.name).toBe('Liège');
    expect(data.facets.levels.map((f) => f.key)).toEqual(['primary', 'secondary']);
  });
});

describe('three kinds of help, never added together', () => {
  // Liège (62063) and Namur (92094): each served by hand-built entries of one kind only.
  const initiatives = [
    initiative('family-liege', {
      coverage: { scope: 'municipalities', codes: ['62063'] },
      locations: [{ municipality: '62063', confidential: false }],
    }),
    initiative('unknown-liege', {
      coverage: { scope: 'municipalities', codes: ['62063', '92094'] },
      status: { value: 'unknown', evidence: 'old fiche', evidenceDate: '2018' },
    }),
    initiative('old-active-namur', {
      coverage: { scope: 'municipalities', codes: ['92094'] },
      status: { value: 'active', evidence: 'a 2018 guide', evidenceDate: '2018-03' },
    }),
    initiative('tentative-tie-namur', {
      coverage: { scope: 'municipalities', codes: ['92094'] },
      mapping2018: { fiche: 'x', side: 'fr', attribution: 'probable' },
    }),
    initiative('network-namur', {
      kind: 'professional-network',
      coverage: { scope: 'municipalities', codes: ['92094'] },
      access: {
        whoMayContact: ['professionals'],
        referral: 'via-professional',
        cost: 'unknown',
        channels: [],
        anonymous: 'unknown',
      },
    }),
    initiative('ended-namur', {
      coverage: { scope: 'municipalities', codes: ['92094'] },
      status: { value: 'ended', evidence: 'closed', evidenceDate: '2024' },
    }),
    initiative('film-namur', { kind: 'resource', coverage: { scope: 'municipalities', codes: ['92094'] } }),
  ];
  const directory = buildDirectory(initiatives, municipalities);
  const coverage = municipalityCoverage(directory.entries, municipalities, today);
  const at = (code: string) => coverage.find((c) => c.code === code)!;

  test('per municipality: (a) counts only current help a family can contact; (b) and (c) apart', () => {
    expect(at('62063')).toMatchObject({ all: 1, localRegional: 1, professional: 0, unconfirmed: 1, based: 1 });
    // Namur: unknown status, 2018 evidence and a probable tie are (c); the network is (b); ended and a film count nowhere.
    expect(at('92094')).toMatchObject({ all: 0, localRegional: 0, wide: 0, professional: 1, unconfirmed: 3, based: 0 });
  });
  test('a municipality whose only help has unknown status is a gap for (a)', () => {
    const onlyUnknown = municipalityCoverage(
      buildDirectory([initiatives[1]!], municipalities).entries,
      municipalities,
      today,
    );
    expect(unserved(onlyUnknown)).toContain('62063');
    const liege = coverageByArea(municipalities, onlyUnknown).find((a) => a.code === '60000')!;
    expect(liege.local.municipalities).toBe(0);
    expect(liege.unconfirmed.municipalities).toBe(1);
    expect(liege.gaps.municipalities).toBe(liege.municipalities);
  });
  test('the gaps are broken down by what else they have', () => {
    const gaps = gapBreakdown(coverage);
    expect(gaps.both).toBe(1); // Namur
    expect(gaps.professionalOnly + gaps.unconfirmedOnly).toBe(0);
    expect(gaps.nothing).toBe(municipalities.length - 2);
  });
  test("the map panel lists a municipality's help in its page's order (the one ranking rule), for both readers", () => {
    const data = buildMapData('en', directory.entries, municipalities, today);
    const byCode = new Map(municipalities.map((m) => [m.code, m]));
    for (const code of ['62063', '92094']) {
      const place = placeFor(code, (c) => byCode.get(c)?.centroid, distanceKm);
      const index = data.municipalities.findIndex((m) => m.code === code);
      for (const audience of ['family', 'professional'] as const) {
        const page = offeredFirst(directory.entries, place, audience, today)
          .map((e) => e.data.id)
          .filter((id) => data.entries.some((e) => e.id === id));
        expect(helpAt(data, data.entries, index, audience).map((e) => e.id)).toEqual(page);
      }
    }
    // Fixed, read from the fixtures: in Namur the network comes first for a worker, last for a family.
    const namur = data.municipalities.findIndex((m) => m.code === '92094');
    expect(helpAt(data, data.entries, namur, 'professional')[0]?.id).toBe('network-namur');
    expect(helpAt(data, data.entries, namur, 'family').at(-1)?.id).toBe('network-namur');
  });
  test('the map draws one layer per kind; the default layer is (a)', () => {
    const data = buildMapData('en', directory.entries, municipalities, today);
    const ids = (layer: MapLayer) =>
      data.entries
        .filter((e) => entryMatches(e, { ...noFilters, layer }))
        .map((e) => e.id)
        .sort();
    expect(ids('family')).toEqual(['family-liege']);
    expect(ids('professional')).toEqual(['network-namur']);
    expect(ids('unconfirmed')).toEqual(['old-active-namur', 'tentative-tie-namur', 'unknown-liege']);
    expect(data.entries.map((e) => e.id)).not.toContain('film-namur');
    const namur = data.municipalities.findIndex((m) => m.code === '92094');
    expect(
      servedCounts(
        data.entries.filter((e) => entryMatches(e, noFilters)),
        data.municipalities.length,
      )[namur],
    ).toBe(0);
  });
  test('the area CSV is grouped by country and region, one column per kind', () => {
    const rows = parseCsvRecords(coverageAreasCsv(coverageByArea(municipalities, coverage)), ';');
    expect(rows[0]).toMatchObject({ level: 'country', code: 'BE', name_fr: 'Belgique' });
    expect(rows.find((r) => r.code === '60000')).toMatchObject({
      level: 'province',
      region: 'BE-WAL',
      name_nl: 'Luik',
      name_en: 'Liège',
      family_local_regional_municipalities: '1',
      unconfirmed_municipalities: '1',
      professional_only_municipalities: '0',
    });
    expect(rows.find((r) => r.code === '90000')).toMatchObject({
      family_local_regional_municipalities: '0',
      professional_only_municipalities: '1',
      unconfirmed_municipalities: '1',
    });
  });
  test('map layer in the URL: absent means (a); unknown values fall back to (a)', () => {
    const data = { municipalities: [] as MapData['municipalities'], facets: { levels: [], targets: [], methods: [] } };
    expect(mapStateFromParams(new URLSearchParams('layer=unconfirmed'), data).filters.layer).toBe('unconfirmed');
    expect(mapStateFromParams(new URLSearchParams('layer=all'), data).filters.layer).toBe('family');
    expect(
      mapStateToParams(
        { filters: { ...noFilters, layer: 'professional' }, selected: null, audience: 'family' },
        data,
      ).toString(),
    ).toBe('layer=professional');
  });
});

describe('map state in the URL', () => {
  const data = {
    municipalities: [{ code: '23088' }, { code: 'GM0363' }] as MapData['municipalities'],
    facets: {
      levels: [
        { key: 'primary', label: 'P' },
        { key: 'tertiary', label: 'T' },
      ],
      targets: [{ key: 'parents', label: 'Parents' }],
      methods: [],
    },
  };

  test('reads known facet values (repeated or comma-separated), local=1 and a municipality code; drops the rest', () => {
    const state = mapStateFromParams(
      new URLSearchParams('level=tertiary,bogus&level=primary&target=parents&method=x&local=1&m=GM0363'),
      data,
    );
    expect(state).toEqual({
      filters: { layer: 'family', localOnly: true, levels: ['tertiary', 'primary'], targets: ['parents'], methods: [] },
      selected: 1,
      audience: 'family',
    });
    expect(mapStateFromParams(new URLSearchParams('m=99999&local=yes&for=pro'), data)).toEqual({
      filters: noFilters,
      selected: null,
      audience: 'family',
    });
  });

  test('the audience: for=professional, as on the municipality pages and in the finder', () => {
    expect(mapStateFromParams(new URLSearchParams('for=professional&m=GM0363'), data)).toMatchObject({
      selected: 1,
      audience: 'professional',
    });
    expect(mapStateToParams({ filters: noFilters, selected: 1, audience: 'professional' }, data).toString()).toBe(
      'm=GM0363&for=professional',
    );
  });

  test('writes the canonical form, which reads back to the same state', () => {
    const state = {
      filters: { layer: 'family' as const, localOnly: true, levels: ['primary', 'tertiary'], targets: [], methods: [] },
      selected: 0,
      audience: 'family' as const,
    };
    const params = mapStateToParams(state, data);
    expect(params.toString()).toBe('level=primary&level=tertiary&local=1&m=23088');
    expect(mapStateFromParams(params, data)).toEqual(state);
    expect(mapStateToParams({ filters: noFilters, selected: null, audience: 'family' }, data).toString()).toBe('');
  });
});
