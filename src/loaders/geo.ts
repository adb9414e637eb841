/**
 * The one door to the geo files shipped in src/data/geo (Statbel and CBS, CC BY 4.0; see SOURCES.md there):
 * reads each table once per process and hands it to the pure parsers of src/lib/geo/municipalities.ts and
 * src/lib/geo/other-names.ts, then memoises what the site needs (municipalities with their exonyms, postcodes,
 * other names, topologies, the places file). Reads relative to the project root, so it works the same in the Astro
 * build, in Vitest and in the node scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Country } from '../schemas/vocabularies/place-and-kind.ts';
import { foreseenPlaceQueries, type PlaceQuery } from '../lib/geo/place-queries.ts';
import { geoVintageOf, type DataVintage } from '../lib/coverage/data-vintage.ts';
import {
  type Municipality,
  parseMunicipalities,
  type PostcodeEntry,
  parsePostcodes,
  type Exonym,
  parseExonyms,
  applyExonyms,
  type PlaceRecord,
  type PlacesFile,
} from '../lib/geo/municipalities.ts';
import { parseOtherNames, type FormerMunicipality, parseFormerMunicipalities } from '../lib/geo/other-names.ts';

const geoDirectory = join(process.cwd(), 'src', 'data', 'geo');

function readGeoFile(name: string): string {
  return readFileSync(join(geoDirectory, name), 'utf8');
}

let exonymsCache: Exonym[] | undefined;
/** The cited exonym table (src/data/geo/exonyms.csv, sources in SOURCES.md). */
export function loadExonyms(): Exonym[] {
  exonymsCache ??= parseExonyms(readGeoFile('exonyms.csv'));
  return exonymsCache;
}

/** Names that mean a whole region (the place lookup offers its municipalities or the region), by region code. */
export function regionNames(exonyms: readonly Exonym[] = loadExonyms()): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of exonyms) if (e.use === 'region') (out[e.code] ??= []).push(e.name);
  return out;
}

let municipalitiesCache: Municipality[] | undefined;
/** All 907 municipalities (565 BE of 2025, 342 NL of 2023–2025), parsed once, with their exonyms. */
export function loadMunicipalities(): Municipality[] {
  municipalitiesCache ??= applyExonyms(parseMunicipalities(readGeoFile('municipalities.csv')), loadExonyms());
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
  topologiesCache ??= {
    BE: JSON.parse(readTopology('BE')) as Topology,
    NL: JSON.parse(readTopology('NL')) as Topology,
  };
  return topologiesCache;
}

/** Everything the place lookup needs, derived once from the geo tables (served as /data/places.json). */
export function placesFile(): PlacesFile {
  const otherNames = loadOtherNames();
  const places = loadMunicipalities().map((m): PlaceRecord => ({
    code: m.code,
    country: m.country,
    nameNl: m.nameNl,
    nameFr: m.nameFr,
    nameDe: m.nameDe,
    ...(m.nameEn ? { nameEn: m.nameEn } : {}),
    ...(m.exonymDe ? { exonymDe: m.exonymDe } : {}),
    ...(m.aliases.length ? { aliases: m.aliases } : {}),
    province: m.province,
    population: m.population,
    region: m.region,
    slug: m.slug,
    lat: m.centroid.lat,
    lon: m.centroid.lon,
    ...(otherNames.has(m.code) ? { otherNames: otherNames.get(m.code)! } : {}),
  }));
  const postcodes: PlacesFile['postcodes'] = { BE: {}, NL: {} };
  for (const p of loadPostcodes())
    postcodes[p.country][p.postcode] = p.alsoMunicipality ? [p.municipality, p.alsoMunicipality] : [p.municipality];
  return { places, postcodes, regions: regionNames() };
}

let placeQueriesCache: PlaceQuery[] | undefined;
/** Every foreseeable place query answered (postcodes, names, "postcode name"), for the lookup without JavaScript. */
export function loadPlaceQueries(): PlaceQuery[] {
  placeQueriesCache ??= foreseenPlaceQueries(placesFile());
  return placeQueriesCache;
}

let vintageCache: DataVintage['geo'] | undefined;
/** Which boundary and population years the municipality table holds, per country (the coverage report states them). */
export function loadGeoVintage(): DataVintage['geo'] {
  vintageCache ??= geoVintageOf(readGeoFile('municipalities.csv'));
  return vintageCache;
}
