/**
 * Coverage figures for the map's table, the policy report and the coverage CSV: per municipality,
 * how many current initiatives serve it (all, local or regional, country- or community-wide; per
 * prevention level and target audience), and per region and province the municipalities and the
 * share of the population with at least one local or regional initiative. Pure: derived once at build
 * from the directory and the geo table.
 *
 * Counted: entries that are current (not ended, not merged) and whose coverage resolves to
 * municipalities. An entry of unknown coverage, or with no published list, serves no municipality here.
 */
import { parseCsvRecords, toCsv } from './csv.ts';
import { type DirectoryEntry } from './directory.ts';
import { isStillOffered } from './evidence.ts';
import type { Municipality } from './geo.ts';
import type { Project } from './schema.ts';
import { keysOf, preventionLevels, type PreventionLevel, type Region, type TargetGroup } from './vocabularies.ts';

export const levelKeys = keysOf(preventionLevels) as PreventionLevel[];

/** The three audiences the report breaks figures down by, and the target groups each takes in. */
export const reportAudiences = {
  parents: ['parents', 'mothers', 'fathers'],
  'young-people': ['young-people'],
  professionals: ['professionals'],
} as const satisfies Record<string, readonly TargetGroup[]>;
export type ReportAudience = keyof typeof reportAudiences;
export const audienceKeys = Object.keys(reportAudiences) as ReportAudience[];

export interface MunicipalityCoverage {
  code: string;
  /** Current initiatives serving the municipality, any reach. */
  all: number;
  /** Of which local or regional (not country- or community-wide). */
  localRegional: number;
  /** Of which country- or community-wide. */
  wide: number;
  /** All current initiatives per prevention level (an entry with no stated level counts in none). */
  levels: Record<PreventionLevel, number>;
  /** Local or regional initiatives per prevention level. */
  localLevels: Record<PreventionLevel, number>;
  /** Local or regional initiatives per audience. */
  localAudiences: Record<ReportAudience, number>;
  /** Zorg- en Veiligheidshuis entries serving it (Dutch municipalities only; 0 in Belgium). */
  zvh: number;
  /** Current initiatives based in the municipality (their locations; the map's markers). */
  based: number;
}

/**
 * Whether an entry is a (Zorg- en) Veiligheidshuis: the entry says so in its `kind`. The 30 houses each
 * serve a region of municipalities; the report shows the Dutch municipalities none of them covers.
 */
export function isZorgEnVeiligheidshuis(project: Project): boolean {
  return project.kind === 'care-and-safety-house';
}

const zeroLevels = (): Record<PreventionLevel, number> => ({ primary: 0, secondary: 0, tertiary: 0 });
const zeroAudiences = (): Record<ReportAudience, number> => ({ parents: 0, 'young-people': 0, professionals: 0 });

/** Entries that count as offer: current ones. */
export function countedEntries(entries: readonly DirectoryEntry[]): DirectoryEntry[] {
  return entries.filter((e) => isStillOffered(e.data));
}

export function audiencesOf(project: Project): ReportAudience[] {
  return audienceKeys.filter((a) => (reportAudiences[a] as readonly string[]).some((g) => project.targetGroups.values.includes(g as TargetGroup)));
}

/** Per-municipality counts, in the order of the geo table. */
export function municipalityCoverage(entries: readonly DirectoryEntry[], municipalities: readonly Municipality[]): MunicipalityCoverage[] {
  const byCode = new Map<string, MunicipalityCoverage>(
    municipalities.map((m) => [m.code, { code: m.code, all: 0, localRegional: 0, wide: 0, levels: zeroLevels(), localLevels: zeroLevels(), localAudiences: zeroAudiences(), zvh: 0, based: 0 }]),
  );
  for (const entry of countedEntries(entries)) {
    const wide = entry.reach === 'wide';
    const levels = entry.data.preventionLevels.values;
    const audiences = audiencesOf(entry.data);
    const zvh = isZorgEnVeiligheidshuis(entry.data);
    for (const code of entry.served) {
      const c = byCode.get(code);
      if (!c) continue;
      c.all++;
      if (wide) c.wide++;
      else c.localRegional++;
      for (const level of levels) {
        c.levels[level]++;
        if (!wide) c.localLevels[level]++;
      }
      if (!wide) for (const a of audiences) c.localAudiences[a]++;
      if (zvh) c.zvh++;
    }
    for (const code of new Set(entry.data.locations.map((l) => l.municipality))) {
      const c = byCode.get(code);
      if (c) c.based++;
    }
  }
  return municipalities.map((m) => byCode.get(m.code)!);
}

export interface Share {
  municipalities: number;
  population: number;
}

export interface AreaSummary {
  kind: 'region' | 'province';
  /** Region key (BE-VLG, BE-BRU, BE-WAL, NL) or province code (20001, PV27…). */
  code: string;
  region: Region;
  /** Province name in the regional language; empty for a region (label it from the vocabulary). */
  name: string;
  municipalities: number;
  population: number;
  /** With at least one local or regional initiative. */
  local: Share;
  /** With at least one local or regional initiative, per prevention level and audience. */
  levels: Record<PreventionLevel, Share>;
  audiences: Record<ReportAudience, Share>;
}

const regionOrder: Region[] = ['BE-VLG', 'BE-BRU', 'BE-WAL', 'NL'];

function summarise(kind: AreaSummary['kind'], code: string, region: Region, name: string, members: readonly { m: Municipality; c: MunicipalityCoverage }[]): AreaSummary {
  const share = (test: (c: MunicipalityCoverage) => boolean): Share => {
    const hit = members.filter(({ c }) => test(c));
    return { municipalities: hit.length, population: hit.reduce((sum, { m }) => sum + m.population, 0) };
  };
  return {
    kind,
    code,
    region,
    name,
    municipalities: members.length,
    population: members.reduce((sum, { m }) => sum + m.population, 0),
    local: share((c) => c.localRegional > 0),
    levels: Object.fromEntries(levelKeys.map((l) => [l, share((c) => c.localLevels[l] > 0)])) as Record<PreventionLevel, Share>,
    audiences: Object.fromEntries(audienceKeys.map((a) => [a, share((c) => c.localAudiences[a] > 0)])) as Record<ReportAudience, Share>,
  };
}

/** Each region followed by its provinces (Brussels has none), in a fixed order: Flanders, Brussels, Wallonia, the Netherlands. */
export function coverageByArea(municipalities: readonly Municipality[], coverage: readonly MunicipalityCoverage[]): AreaSummary[] {
  const byCode = new Map(coverage.map((c) => [c.code, c]));
  const rows = municipalities.map((m) => ({ m, c: byCode.get(m.code)! }));
  const areas: AreaSummary[] = [];
  for (const region of regionOrder) {
    const inRegion = rows.filter(({ m }) => m.region === region);
    if (inRegion.length === 0) continue;
    areas.push(summarise('region', region, region, '', inRegion));
    const provinceCodes = [...new Set(inRegion.map(({ m }) => m.provinceCode).filter(Boolean))].sort();
    for (const code of provinceCodes) {
      const members = inRegion.filter(({ m }) => m.provinceCode === code);
      areas.push(summarise('province', code, region, members[0]!.m.province, members));
    }
  }
  return areas;
}

/** Municipalities reached only by country- or community-wide services (none local or regional). */
export function onlyWideServed(coverage: readonly MunicipalityCoverage[]): string[] {
  return coverage.filter((c) => c.wide > 0 && c.localRegional === 0).map((c) => c.code);
}

/** Municipalities no current initiative serves at all. */
export function unserved(coverage: readonly MunicipalityCoverage[]): string[] {
  return coverage.filter((c) => c.all === 0).map((c) => c.code);
}

export interface ZvhSummary {
  /** Current Zorg- en Veiligheidshuis entries. */
  entries: DirectoryEntry[];
  /** Of which without a published list of municipalities (serve none here). */
  withoutList: DirectoryEntry[];
  /** Dutch municipalities no Zorg- en Veiligheidshuis entry covers. */
  uncovered: string[];
}

export function zvhSummary(entries: readonly DirectoryEntry[], municipalities: readonly Municipality[], coverage: readonly MunicipalityCoverage[]): ZvhSummary {
  const zvh = countedEntries(entries).filter((e) => isZorgEnVeiligheidshuis(e.data));
  const dutch = new Set(municipalities.filter((m) => m.country === 'NL').map((m) => m.code));
  return {
    entries: zvh,
    withoutList: zvh.filter((e) => e.served.length === 0),
    uncovered: coverage.filter((c) => dutch.has(c.code) && c.zvh === 0).map((c) => c.code),
  };
}

export const coverageCsvColumns = [
  'country', 'code', 'name_nl', 'name_fr', 'name_de', 'province_code', 'province', 'region', 'population',
  'initiatives_all', 'initiatives_local_regional', 'initiatives_wide',
  'primary_all', 'secondary_all', 'tertiary_all',
  'primary_local_regional', 'secondary_local_regional', 'tertiary_local_regional',
  'parents_local_regional', 'young_people_local_regional', 'professionals_local_regional',
  'zorg_en_veiligheidshuis', 'initiatives_based_here',
] as const;

/** One row per municipality with its counts (RFC 4180, header first). */
export function coverageCsv(municipalities: readonly Municipality[], coverage: readonly MunicipalityCoverage[]): string {
  const byCode = new Map(coverage.map((c) => [c.code, c]));
  const records = municipalities.map((m) => {
    const c = byCode.get(m.code)!;
    return {
      country: m.country,
      code: m.code,
      name_nl: m.nameNl,
      name_fr: m.nameFr,
      name_de: m.nameDe,
      province_code: m.provinceCode,
      province: m.province,
      region: m.region,
      population: m.population,
      initiatives_all: c.all,
      initiatives_local_regional: c.localRegional,
      initiatives_wide: c.wide,
      primary_all: c.levels.primary,
      secondary_all: c.levels.secondary,
      tertiary_all: c.levels.tertiary,
      primary_local_regional: c.localLevels.primary,
      secondary_local_regional: c.localLevels.secondary,
      tertiary_local_regional: c.localLevels.tertiary,
      parents_local_regional: c.localAudiences.parents,
      young_people_local_regional: c.localAudiences['young-people'],
      professionals_local_regional: c.localAudiences.professionals,
      // Empty for Belgium: the Zorg- en Veiligheidshuis is a Dutch institution.
      zorg_en_veiligheidshuis: m.country === 'NL' ? c.zvh : '',
      initiatives_based_here: c.based,
    };
  });
  return toCsv(coverageCsvColumns, records);
}

export interface DataVintage {
  /** Entries that come from the 2018 Family Support mapping. */
  mapping2018: number;
  entries: number;
  /** Oldest and newest lastVerified among counted entries (ISO dates), if any. */
  verifiedFrom?: string;
  verifiedTo?: string;
  /** Boundary vintages per country, from the geo table (YYYY-MM-DD). */
  geo: { country: string; boundaries: string; population: string }[];
}

export function dataVintage(entries: readonly DirectoryEntry[], geo: DataVintage['geo']): DataVintage {
  const counted = countedEntries(entries);
  const dates = counted.map((e) => e.data.lastVerified.toISOString().slice(0, 10)).sort();
  const vintage: DataVintage = { mapping2018: counted.filter((e) => e.data.mapping2018).length, entries: counted.length, geo };
  if (dates.length > 0) {
    vintage.verifiedFrom = dates[0]!;
    vintage.verifiedTo = dates.at(-1)!;
  }
  return vintage;
}

/** Boundary and population dates per country, read from the geo table's own columns. */
export function geoVintageOf(municipalitiesCsv: string): DataVintage['geo'] {
  const byCountry = new Map<string, { boundaries: Set<string>; population: Set<string> }>();
  for (const row of parseCsvRecords(municipalitiesCsv)) {
    const country = row.country ?? '';
    const v = byCountry.get(country) ?? { boundaries: new Set<string>(), population: new Set<string>() };
    if (row.vintage) v.boundaries.add(row.vintage);
    if (row.population_date) v.population.add(row.population_date);
    byCountry.set(country, v);
  }
  return [...byCountry].map(([country, v]) => ({ country, boundaries: [...v.boundaries].sort().join(', '), population: [...v.population].sort().join(', ') }));
}
