/**
 * Coverage figures for the map's table, the policy report and the coverage CSV: per municipality,
 * how much help of each of the three kinds serves it, and per country, region and province the
 * municipalities and the share of the population reached. Pure: derived once at build from the
 * directory, the geo table and the build date.
 *
 * The three kinds (src/lib/directory/evidence.ts helpKind) are never added together:
 * (a) `family` — confirmed current help a family can contact. Every headline figure, the map's colour
 *     classes, the per-level and per-audience figures and the "gaps" count (a) only;
 * (b) `professional` — confirmed current, for professionals only (networks, case conferences);
 * (c) `unconfirmed` — still offered as far as we know, but status unknown, evidence old, an
 *     unconfirmed tie, or families' access unknown.
 * (d) `general` — a current general line a family can contact (a listening or violence line, remit
 *     general): help to reach, but not specialised in radicalisation, so a municipality it alone serves
 *     is still a gap.
 * (b), (c) and (d) are separate counts and columns. Ended, merged and resources count nowhere.
 * An entry of unknown coverage, or with no published list, serves no municipality here.
 */
import { columnNames, perLanguageCells } from '../exports/columns.ts';
import { excelCsv, parseCsvRecords } from '../csv.ts';
import { type DirectoryEntry } from '../directory/directory.ts';
import { helpKind, isStillOffered } from '../directory/evidence.ts';
import type { Municipality } from '../geo/municipalities.ts';
import type { Project } from '../../schemas/entry.ts';
import { provinceName } from '../geo/province-names.ts';
import { countries, countryOfRegion, keysOf, labelOf, preventionLevels, regions, type Country, type PreventionLevel, type Region, type TargetGroup, type UiLanguage } from '../../schemas/vocabularies.ts';

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
  /** (a) Help a family can contact serving the municipality, any reach. */
  all: number;
  /** (a) Of which local or regional (not country- or community-wide). */
  localRegional: number;
  /** (a) Of which country- or community-wide. */
  wide: number;
  /** (a) per prevention level (an entry with no stated level counts in none). */
  levels: Record<PreventionLevel, number>;
  /** (a) local or regional, per prevention level. */
  localLevels: Record<PreventionLevel, number>;
  /** (a) local or regional, per audience. */
  localAudiences: Record<ReportAudience, number>;
  /** (b) Confirmed current help for professionals only, any reach. Never added into (a). */
  professional: number;
  /** (c) Still offered as far as we know, but unconfirmed (unknown status, old evidence, unconfirmed tie). */
  unconfirmed: number;
  /** (d) Current general lines a family can contact (not specialised in radicalisation). Never added into (a). */
  general: number;
  /** Zorg- en Veiligheidshuis entries still offered serving it (Dutch municipalities only; 0 in Belgium). */
  zvh: number;
  /** (a) Help a family can contact based in the municipality (the map's markers). */
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

/** Entries still offered as far as we know (not ended, not merged), whatever their kind of help. */
export function countedEntries(entries: readonly DirectoryEntry[]): DirectoryEntry[] {
  return entries.filter((e) => isStillOffered(e.data));
}

export function audiencesOf(project: Project): ReportAudience[] {
  return audienceKeys.filter((a) => (reportAudiences[a] as readonly string[]).some((g) => project.targetGroups.values.includes(g as TargetGroup)));
}

/** Per-municipality counts on `today` (the build date), in the order of the geo table. */
export function municipalityCoverage(entries: readonly DirectoryEntry[], municipalities: readonly Municipality[], today: Date): MunicipalityCoverage[] {
  const byCode = new Map<string, MunicipalityCoverage>(
    municipalities.map((m) => [m.code, { code: m.code, all: 0, localRegional: 0, wide: 0, levels: zeroLevels(), localLevels: zeroLevels(), localAudiences: zeroAudiences(), professional: 0, unconfirmed: 0, general: 0, zvh: 0, based: 0 }]),
  );
  for (const entry of countedEntries(entries)) {
    const kind = helpKind(entry.data, today);
    if (isZorgEnVeiligheidshuis(entry.data)) for (const code of entry.served) if (byCode.has(code)) byCode.get(code)!.zvh++;
    if (kind === 'professional' || kind === 'unconfirmed' || kind === 'general') {
      for (const code of entry.served) {
        const c = byCode.get(code);
        if (c) c[kind]++;
      }
      continue;
    }
    if (kind !== 'family') continue;
    const wide = entry.reach === 'wide';
    const levels = entry.data.preventionLevels.values;
    const audiences = audiencesOf(entry.data);
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
  kind: 'country' | 'region' | 'province';
  /** Country (BE, NL), region key (BE-VLG, BE-BRU, BE-WAL) or province code (20001, PV27…). */
  code: string;
  country: Country;
  /** The region of a region or province row; a country row has the country's first region. */
  region: Region;
  /** Province name in the regional language; empty for a region (label it from the vocabulary). */
  name: string;
  municipalities: number;
  population: number;
  /** (a) With at least one local or regional help a family can contact: the headline. */
  local: Share;
  /** (a) With any help a family can contact, including country- and community-wide services. */
  family: Share;
  /** (a) local or regional, per prevention level and audience. */
  levels: Record<PreventionLevel, Share>;
  audiences: Record<ReportAudience, Share>;
  /** (b) With confirmed current help for professionals only (any reach); not part of (a). */
  professional: Share;
  /** (c) With help whose status or tie is unconfirmed (any reach); not part of (a). */
  unconfirmed: Share;
  /** (d) With a current general line a family can contact (any reach); not part of (a). */
  general: Share;
  /** With no specialised help a family can contact at all: the gaps (a general line may still serve them). */
  gaps: Share;
  /** Of the gaps, those a current general line serves: where a family reaches only a general line. */
  gapsWithGeneral: Share;
}

const regionOrder: Region[] = ['BE-VLG', 'BE-BRU', 'BE-WAL', 'NL'];
const countryOrder: Country[] = ['BE', 'NL'];

function summarise(kind: AreaSummary['kind'], code: string, region: Region, name: string, members: readonly { m: Municipality; c: MunicipalityCoverage }[]): AreaSummary {
  const share = (test: (c: MunicipalityCoverage) => boolean): Share => {
    const hit = members.filter(({ c }) => test(c));
    return { municipalities: hit.length, population: hit.reduce((sum, { m }) => sum + m.population, 0) };
  };
  return {
    kind,
    code,
    country: countryOfRegion(region),
    region,
    name,
    municipalities: members.length,
    population: members.reduce((sum, { m }) => sum + m.population, 0),
    local: share((c) => c.localRegional > 0),
    family: share((c) => c.all > 0),
    professional: share((c) => c.professional > 0),
    unconfirmed: share((c) => c.unconfirmed > 0),
    general: share((c) => c.general > 0),
    gaps: share((c) => c.all === 0),
    gapsWithGeneral: share((c) => c.all === 0 && c.general > 0),
    levels: Object.fromEntries(levelKeys.map((l) => [l, share((c) => c.localLevels[l] > 0)])) as Record<PreventionLevel, Share>,
    audiences: Object.fromEntries(audienceKeys.map((a) => [a, share((c) => c.localAudiences[a] > 0)])) as Record<ReportAudience, Share>,
  };
}

/**
 * Grouped by country and region: each country, then (Belgium) each region, then its provinces
 * (Brussels has none), in a fixed order: Belgium (Flanders, Brussels, Wallonia), the Netherlands. The
 * Netherlands is one region here, so it has a country row and its provinces, no separate region row.
 */
export function coverageByArea(municipalities: readonly Municipality[], coverage: readonly MunicipalityCoverage[]): AreaSummary[] {
  const byCode = new Map(coverage.map((c) => [c.code, c]));
  const rows = municipalities.map((m) => ({ m, c: byCode.get(m.code)! }));
  const areas: AreaSummary[] = [];
  for (const country of countryOrder) {
    const inCountry = rows.filter(({ m }) => m.country === country);
    if (inCountry.length === 0) continue;
    areas.push(summarise('country', country, inCountry[0]!.m.region, '', inCountry));
    for (const region of regionOrder) {
      const inRegion = inCountry.filter(({ m }) => m.region === region);
      if (inRegion.length === 0) continue;
      if (region !== 'NL') areas.push(summarise('region', region, region, '', inRegion));
      const provinceCodes = [...new Set(inRegion.map(({ m }) => m.provinceCode).filter(Boolean))].sort();
      for (const code of provinceCodes) {
        const members = inRegion.filter(({ m }) => m.provinceCode === code);
        areas.push(summarise('province', code, region, members[0]!.m.province, members));
      }
    }
  }
  return areas;
}

/** The areas policy is made for: each Belgian region, and the Netherlands as a whole. */
export function headlineAreas(areas: readonly AreaSummary[]): AreaSummary[] {
  return areas.filter((a) => a.kind === 'region' || (a.kind === 'country' && a.code === 'NL'));
}

/**
 * The largest gap: of the areas policy is made for (each Belgian region, the Netherlands), the one where
 * most people live in municipalities with no confirmed specialised help a family can contact (general lines
 * do not close a gap). Undefined when there is no gap at all.
 */
export function largestGap(areas: readonly AreaSummary[]): AreaSummary | undefined {
  const top = [...headlineAreas(areas)].sort((a, b) => b.gaps.population - a.gaps.population)[0];
  return top && top.gaps.municipalities > 0 ? top : undefined;
}

/** Municipalities whose only help a family can contact is country- or community-wide (none local or regional). */
export function onlyWideServed(coverage: readonly MunicipalityCoverage[]): string[] {
  return coverage.filter((c) => c.wide > 0 && c.localRegional === 0).map((c) => c.code);
}

/** The gaps: municipalities with no help a family can contact (a), whatever (b) or (c) they have. */
export function unserved(coverage: readonly MunicipalityCoverage[]): string[] {
  return coverage.filter((c) => c.all === 0).map((c) => c.code);
}

/** Of the gaps, how many have only (b) help for professionals, only (c) unconfirmed help, both, or nothing listed. */
export interface GapBreakdown {
  professionalOnly: number;
  unconfirmedOnly: number;
  both: number;
  nothing: number;
}

export function gapBreakdown(coverage: readonly MunicipalityCoverage[]): GapBreakdown {
  const gaps = coverage.filter((c) => c.all === 0);
  return {
    professionalOnly: gaps.filter((c) => c.professional > 0 && c.unconfirmed === 0).length,
    unconfirmedOnly: gaps.filter((c) => c.unconfirmed > 0 && c.professional === 0).length,
    both: gaps.filter((c) => c.professional > 0 && c.unconfirmed > 0).length,
    nothing: gaps.filter((c) => c.professional === 0 && c.unconfirmed === 0).length,
  };
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

/** Declared with their types and descriptions in exports/columns.ts. */
export const coverageCsvColumns = columnNames('coverage');

/** One row per municipality with its counts of each kind (header first; Excel-friendly, see excelCsv). */
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
      family_help_all: c.all,
      family_help_local_regional: c.localRegional,
      family_help_wide: c.wide,
      family_primary_all: c.levels.primary,
      family_secondary_all: c.levels.secondary,
      family_tertiary_all: c.levels.tertiary,
      family_primary_local_regional: c.localLevels.primary,
      family_secondary_local_regional: c.localLevels.secondary,
      family_tertiary_local_regional: c.localLevels.tertiary,
      family_parents_local_regional: c.localAudiences.parents,
      family_young_people_local_regional: c.localAudiences['young-people'],
      family_professionals_local_regional: c.localAudiences.professionals,
      family_help_based_here: c.based,
      professional_only_help: c.professional,
      unconfirmed_help: c.unconfirmed,
      // Empty for Belgium: the Zorg- en Veiligheidshuis is a Dutch institution.
      zorg_en_veiligheidshuis: m.country === 'NL' ? c.zvh : '',
      general_line_help: c.general,
    };
  });
  return excelCsv(coverageCsvColumns, records);
}

/** Declared with their types and descriptions in exports/columns.ts. */
export const coverageAreasCsvColumns = columnNames('coverageAreas');

/** The report's per-country, per-region and per-province table as CSV, in the table's order. */
export function coverageAreasCsv(areas: readonly AreaSummary[]): string {
  const nameIn = (a: AreaSummary, lang: UiLanguage) =>
    a.kind === 'country' ? labelOf(countries, a.code, lang) : a.kind === 'region' ? labelOf(regions, a.code, lang) : provinceName(a.code, lang, a.name);
  const records = areas.map((a) => ({
    level: a.kind,
    country: a.country,
    region: a.kind === 'country' ? '' : a.region,
    code: a.code,
    ...perLanguageCells('name', (lang) => nameIn(a, lang)),
    municipalities: a.municipalities,
    population: a.population,
    family_local_regional_municipalities: a.local.municipalities,
    family_local_regional_population: a.local.population,
    family_any_municipalities: a.family.municipalities,
    family_any_population: a.family.population,
    gap_municipalities: a.gaps.municipalities,
    gap_population: a.gaps.population,
    professional_only_municipalities: a.professional.municipalities,
    unconfirmed_municipalities: a.unconfirmed.municipalities,
    family_primary_population: a.levels.primary.population,
    family_secondary_population: a.levels.secondary.population,
    family_tertiary_population: a.levels.tertiary.population,
    family_parents_population: a.audiences.parents.population,
    family_young_people_population: a.audiences['young-people'].population,
    family_professionals_population: a.audiences.professionals.population,
    general_line_municipalities: a.general.municipalities,
    gap_with_general_line_municipalities: a.gapsWithGeneral.municipalities,
    gap_with_general_line_population: a.gapsWithGeneral.population,
  }));
  return excelCsv(coverageAreasCsvColumns, records);
}

export interface DataVintage {
  /** Entries that come from the 2018 Family Support mapping. */
  mapping2018: number;
  entries: number;
  /** Oldest and newest verification date (verified.date) among counted entries (ISO dates), if any. */
  verifiedFrom?: string;
  verifiedTo?: string;
  /** Boundary vintages per country, from the geo table (YYYY-MM-DD). */
  geo: { country: string; boundaries: string; population: string }[];
}

export function dataVintage(entries: readonly DirectoryEntry[], geo: DataVintage['geo']): DataVintage {
  const counted = countedEntries(entries);
  const dates = counted.map((e) => e.data.verified.date.toISOString().slice(0, 10)).sort();
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
