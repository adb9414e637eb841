/**
 * The one door to the geo data shipped in src/data/geo (Statbel and CBS, CC BY 4.0; see SOURCES.md there).
 * Parses the tables once and derives what the site needs: regions, communities, arrondissements,
 * slugs per language, postcode lookups. Reads files relative to the project root, so it works the
 * same in the Astro build, in Vitest and in the node scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from './csv.ts';
import { municipalityName } from './municipality-name.ts';
import type { Topology } from 'topojson-specification';
import { foldText, slugify } from './text.ts';
import type { Country, Region, UiLanguage } from './vocabularies.ts';

export const geoDirectory = join(process.cwd(), 'src', 'data', 'geo');

export type Community = 'vl' | 'fr' | 'de';

export interface Municipality {
  country: Country;
  code: string;
  nameNl: string;
  nameFr: string;
  nameDe: string;
  /** Province name in the regional language; empty for Brussels. */
  province: string;
  /** NIS province code (BE) or CBS PV code (NL); empty for Brussels. */
  provinceCode: string;
  region: Region;
  /** Belgian NIS arrondissement code (first two digits + 000); empty for NL. */
  arrondissement: string;
  /** Communities whose community-wide services reach this municipality (Brussels: both vl and fr). */
  communities: Community[];
  population: number;
  centroid: { lat: number; lon: number };
  label: { lat: number; lon: number };
  /** URL slug per UI language, unique within the language. */
  slug: Record<UiLanguage, string>;
}

const regionFromCsv: Record<string, Region> = { Flanders: 'BE-VLG', Brussels: 'BE-BRU', Wallonia: 'BE-WAL' };

function communitiesOf(region: Region, csvCommunity: string): Community[] {
  if (region === 'BE-VLG') return ['vl'];
  if (region === 'BE-BRU') return ['vl', 'fr'];
  if (region === 'BE-WAL') return csvCommunity === 'de' ? ['de'] : ['fr'];
  return [];
}

/** Re-exported: the rule lives in a module without file access, so browser scripts can share it. */
export { municipalityName };

export function parseMunicipalities(csvText: string): Municipality[] {
  const rows = parseCsvRecords(csvText);
  const municipalities: Municipality[] = rows.map((row) => {
    const country = row.country === 'NL' ? 'NL' : 'BE';
    const region: Region = country === 'NL' ? 'NL' : (regionFromCsv[row.region ?? ''] ?? 'BE-VLG');
    const base = {
      nameNl: row.name_nl ?? '',
      nameFr: row.name_fr ?? '',
      nameDe: row.name_de ?? '',
      region,
    };
    return {
      country,
      code: row.code ?? '',
      ...base,
      province: row.province ?? '',
      provinceCode: row.province_code ?? '',
      arrondissement: country === 'BE' ? `${(row.code ?? '').slice(0, 2)}000` : '',
      communities: communitiesOf(region, row.community ?? ''),
      population: Number(row.population ?? 0),
      centroid: { lat: Number(row.centroid_lat), lon: Number(row.centroid_lon) },
      label: { lat: Number(row.label_lat), lon: Number(row.label_lon) },
      slug: { nl: '', fr: '', en: '' },
    } satisfies Municipality;
  });
  // Slugs per language. A name used twice gets the country as suffix ("bergen-be", "bergen-nl"); if
  // that is still ambiguous (French "Saint-Nicolas" is both 62093 and Sint-Niklaas), the province.
  for (const lang of ['nl', 'fr', 'en'] as const) {
    const base = (m: Municipality) => slugify(municipalityName(m, lang));
    const count = (key: (m: Municipality) => string) => {
      const counts = new Map<string, number>();
      for (const m of municipalities) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
      return counts;
    };
    const withCountry = (m: Municipality) => `${base(m)}-${m.country.toLowerCase()}`;
    const baseCounts = count(base);
    const countryCounts = count(withCountry);
    for (const m of municipalities) {
      if ((baseCounts.get(base(m)) ?? 0) === 1) m.slug[lang] = base(m);
      else if ((countryCounts.get(withCountry(m)) ?? 0) === 1) m.slug[lang] = withCountry(m);
      else m.slug[lang] = `${base(m)}-${slugify(m.province || m.code)}`;
    }
  }
  return municipalities;
}

export interface PostcodeEntry {
  country: Country;
  postcode: string;
  municipality: string;
  /** NL only: runner-up municipality when the PC4 area is split (< 90 % in one). */
  alsoMunicipality?: string;
  /** BE only: bpost localities (deelgemeenten) under this postcode. */
  localities?: string[];
}

export function parsePostcodes(beCsv: string, nlCsv: string): PostcodeEntry[] {
  const be = parseCsvRecords(beCsv).map((row): PostcodeEntry => ({
    country: 'BE',
    postcode: row.postcode ?? '',
    municipality: row.municipality_code ?? '',
    localities: (row.localities ?? '').split(';').map((s) => s.trim()).filter(Boolean),
  }));
  const nl = parseCsvRecords(nlCsv).map((row): PostcodeEntry => {
    const entry: PostcodeEntry = { country: 'NL', postcode: row.postcode ?? '', municipality: row.municipality_code ?? '' };
    if (row.other_municipality_code) entry.alsoMunicipality = row.other_municipality_code;
    return entry;
  });
  return [...be, ...nl];
}

function readGeoFile(name: string): string {
  return readFileSync(join(geoDirectory, name), 'utf8');
}

let municipalitiesCache: Municipality[] | undefined;
/** All 907 municipalities (565 BE of 2025, 342 NL of 2023–2025), parsed once. */
export function loadMunicipalities(): Municipality[] {
  municipalitiesCache ??= parseMunicipalities(readGeoFile('municipalities.csv'));
  return municipalitiesCache;
}

let byCodeCache: Map<string, Municipality> | undefined;
export function municipalitiesByCode(): Map<string, Municipality> {
  byCodeCache ??= new Map(loadMunicipalities().map((m) => [m.code, m]));
  return byCodeCache;
}

let postcodesCache: PostcodeEntry[] | undefined;
export function loadPostcodes(): PostcodeEntry[] {
  postcodesCache ??= parsePostcodes(readGeoFile('be-postcodes.csv'), readGeoFile('nl-postcodes.csv'));
  return postcodesCache;
}

/**
 * Other names a Belgian municipality answers to, by 2025 NIS code: its bpost localities (the villages
 * and former municipalities people still say they live in: "Laken", "Borgerhout") and the names of the
 * municipalities merged into it on 1 January 2025 ("Borsbeek" is now part of Antwerpen). Names equal
 * to one of the municipality's own official names are left out. The Dutch data has no such list.
 */
export function parseOtherNames(municipalities: readonly Municipality[], postcodes: readonly PostcodeEntry[], crosswalkCsv: string): Map<string, string[]> {
  const official = new Map(municipalities.map((m) => [m.code, new Set([m.nameNl, m.nameFr, m.nameDe].filter(Boolean).map(foldText))]));
  const names = new Map<string, Map<string, string>>();
  const add = (code: string, name: string) => {
    const own = official.get(code);
    const folded = foldText(name);
    if (!own || folded === '' || own.has(folded)) return;
    if (!names.has(code)) names.set(code, new Map());
    if (!names.get(code)!.has(folded)) names.get(code)!.set(folded, name);
  };
  for (const p of postcodes) if (p.country === 'BE') for (const locality of p.localities ?? []) add(p.municipality, locality);
  for (const former of parseFormerMunicipalities(crosswalkCsv)) for (const name of [former.nameNl, former.nameFr]) add(former.code, name);
  return new Map([...names].map(([code, byFolded]) => [code, [...byFolded.values()].sort((a, b) => a.localeCompare(b, 'nl'))]));
}

/** A Belgian municipality of 2019–2024 that was merged into another on 1 January 2025. */
export interface FormerMunicipality {
  nameNl: string;
  nameFr: string;
  /** The 2025 municipality it is now part of. */
  code: string;
}

/** The municipalities merged away on 1 January 2025, from Statbel's 2019–2024 → 2025 crosswalk. */
export function parseFormerMunicipalities(crosswalkCsv: string): FormerMunicipality[] {
  return parseCsvRecords(crosswalkCsv)
    .filter((row) => row.code_2025 && row.code_2019_2024 !== row.code_2025)
    .map((row) => ({ nameNl: row.name_nl_2019_2024 ?? '', nameFr: row.name_fr_2019_2024 ?? '', code: row.code_2025 ?? '' }));
}

let formerCache: FormerMunicipality[] | undefined;
/** Former municipalities whose name is gone: those merged into a municipality of another name (Borsbeek into Antwerpen, not Tielt into the new Tielt). */
export function loadFormerMunicipalities(): FormerMunicipality[] {
  const byCode = municipalitiesByCode();
  formerCache ??= parseFormerMunicipalities(readGeoFile('be-nis-2019-2025.csv')).filter((f) => {
    const now = byCode.get(f.code);
    return now !== undefined && ![now.nameNl, now.nameFr, now.nameDe].includes(f.nameNl);
  });
  return formerCache;
}

let otherNamesCache: Map<string, string[]> | undefined;
/** Other names by municipality code (see parseOtherNames); a municipality without any is absent. */
export function loadOtherNames(): Map<string, string[]> {
  otherNamesCache ??= parseOtherNames(loadMunicipalities(), loadPostcodes(), readGeoFile('be-nis-2019-2025.csv'));
  return otherNamesCache;
}

/** Raw TopoJSON text of one country's municipality boundaries. */
export function readTopology(country: Country): string {
  return readGeoFile(country === 'BE' ? 'be-municipalities.topojson' : 'nl-municipalities.topojson');
}

let topologiesCache: Record<Country, Topology> | undefined;
/** Both countries' municipality topologies, parsed once per process (the entry pages' maps share them). */
export function loadTopologies(): Record<Country, Topology> {
  topologiesCache ??= { BE: JSON.parse(readTopology('BE')) as Topology, NL: JSON.parse(readTopology('NL')) as Topology };
  return topologiesCache;
}
