/**
 * What a municipality, a postcode, an exonym and a place record are, and how the geo tables of
 * src/data/geo are parsed into them (the other names a municipality answers to are other-names.ts's).
 * Pure: the text comes in as a string; reading the files (once per build) is src/loaders/geo.ts.
 */
import { parseCsvRecords } from '../csv.ts';
import { municipalityName, type PlaceNames } from './municipality-name.ts';
import { slugify } from '../text.ts';
import type { Country, Region } from '../../schemas/vocabularies/place-and-kind.ts';
import type { UiLanguage } from '../../schemas/languages.ts';
import { isUiLanguage, perLanguage, uiLanguages } from '../../schemas/languages.ts';

export type Community = 'vl' | 'fr' | 'de';

export interface Municipality {
  country: Country;
  code: string;
  nameNl: string;
  nameFr: string;
  nameDe: string;
  /** English name where English has its own (Antwerp, Brussels, The Hague; exonyms.csv), else absent. */
  nameEn?: string;
  /** German display name (exonyms.csv), where German has its own. */
  exonymDe?: string;
  /** Other names people type that no official name contains (Den Bosch, Bois-le-Duc, Lüttich; exonyms.csv). */
  aliases: string[];
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
      aliases: [],
      slug: perLanguage(() => ''),
    } satisfies Municipality;
  });
  // Slugs per language. A name used twice gets the country as suffix ("bergen-be", "bergen-nl"); if
  // that is still ambiguous (French "Saint-Nicolas" is both 62093 and Sint-Niklaas), the province.
  // Slugs come from the official names only (never from the English display name), so addresses stay put.
  for (const lang of uiLanguages) {
    // The French addresses of the German-speaking municipalities were made from their French names
    // (/fr/commune/saint-vith/) before pages showed the German one; they stay, so links keep working.
    const base = (m: Municipality) =>
      slugify(
        lang === 'fr'
          ? m.nameFr || m.nameNl
          : municipalityName({ nameNl: m.nameNl, nameFr: m.nameFr, nameDe: m.nameDe, region: m.region }, lang),
      );
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
    localities: (row.localities ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  }));
  const nl = parseCsvRecords(nlCsv).map((row): PostcodeEntry => {
    const entry: PostcodeEntry = {
      country: 'NL',
      postcode: row.postcode ?? '',
      municipality: row.municipality_code ?? '',
    };
    if (row.other_municipality_code) entry.alsoMunicipality = row.other_municipality_code;
    return entry;
  });
  return [...be, ...nl];
}

/** One row of exonyms.csv: a name in another language, what it is used for, and who prints it. */
export interface Exonym {
  /** A municipality code, or a region code (BE-BRU) for a name that means the whole region. */
  code: string;
  name: string;
  language: UiLanguage;
  /** display: the name shown on English or German pages; search: typed, not shown; region: names a whole region. */
  use: 'display' | 'search' | 'region';
  source: string;
}

export function parseExonyms(csvText: string): Exonym[] {
  return parseCsvRecords(csvText).map((row, i) => {
    const use = row.use as Exonym['use'];
    const language = row.language as Exonym['language'];
    if (
      !row.code ||
      !row.name ||
      !['display', 'search', 'region'].includes(use) ||
      !isUiLanguage(language) ||
      !row.source
    ) {
      throw new Error(
        `src/data/geo/exonyms.csv row ${i + 2}: needs code, name, language (${uiLanguages.join('|')}), use (display|search|region) and source`,
      );
    }
    return { code: row.code, name: row.name, language, use, source: row.source };
  });
}

/** Gives each municipality its English and German display names and the other names people type, from the exonym table. */
export function applyExonyms(municipalities: Municipality[], exonyms: readonly Exonym[]): Municipality[] {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  for (const e of exonyms) {
    const m = byCode.get(e.code);
    if (!m) {
      if (e.use !== 'region')
        throw new Error(`src/data/geo/exonyms.csv: no municipality has code ${e.code} (for "${e.name}")`);
      continue;
    }
    if (e.use === 'display' && e.language === 'en') m.nameEn = e.name;
    if (e.use === 'display' && e.language === 'de') m.exonymDe = e.name;
    if (!m.aliases.includes(e.name)) m.aliases.push(e.name);
  }
  return municipalities;
}
/** One municipality as /data/places.json ships it to near-me, the A–Z page's resolver and the finder. */
export interface PlaceRecord extends PlaceNames {
  code: string;
  country: Country;
  province: string;
  population: number;
  region: Region;
  slug: Record<UiLanguage, string>;
  lat: number;
  lon: number;
  /** Belgian localities and former municipalities it includes ("Laken", "Borsbeek"). */
  otherNames?: string[];
}

/** The shape of /data/places.json: places, both postcode tables, and the names that mean a whole region. */
export interface PlacesFile {
  places: PlaceRecord[];
  postcodes: Record<Country, Record<string, string[]>>;
  regions: Record<string, string[]>;
}
