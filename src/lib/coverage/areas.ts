/**
 * Coverage per area and the gaps, from the per-municipality counts (municipality-coverage.ts, whose header
 * says what the kinds (a)–(d) are): per country, region and province the municipalities and the share of
 * the population reached; the largest gap; the municipalities no help a family can contact serves; the
 * Dutch municipalities no Zorg- en Veiligheidshuis covers. Pure.
 */
import { type DirectoryEntry } from '../directory/directory.ts';
import type { Municipality } from '../geo/municipalities.ts';
import { countryOfRegion, type Country, type Region } from '../../schemas/vocabularies/place-and-kind.ts';
import type { PreventionLevel } from '../../schemas/vocabularies/practice.ts';
import {
  countedEntries,
  isZorgEnVeiligheidshuis,
  levelKeys,
  reportTargetGroupKeys,
  type MunicipalityCoverage,
  type ReportTargetGroup,
} from './municipality-coverage.ts';

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
  /** (a) local or regional, per prevention level and per group of target groups. */
  levels: Record<PreventionLevel, Share>;
  targetGroups: Record<ReportTargetGroup, Share>;
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

function summarise(
  kind: AreaSummary['kind'],
  code: string,
  region: Region,
  name: string,
  members: readonly { m: Municipality; c: MunicipalityCoverage }[],
): AreaSummary {
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
    levels: Object.fromEntries(levelKeys.map((l) => [l, share((c) => c.localLevels[l] > 0)])) as Record<
      PreventionLevel,
      Share
    >,
    targetGroups: Object.fromEntries(
      reportTargetGroupKeys.map((g) => [g, share((c) => c.localTargetGroups[g] > 0)]),
    ) as Record<ReportTargetGroup, Share>,
  };
}

/**
 * Grouped by country and region: each country, then (Belgium) each region, then its provinces
 * (Brussels has none), in a fixed order: Belgium (Flanders, Brussels, Wallonia), the Netherlands. The
 * Netherlands is one region here, so it has a country row and its provinces, no separate region row.
 */
export function coverageByArea(
  municipalities: readonly Municipality[],
  coverage: readonly MunicipalityCoverage[],
): AreaSummary[] {
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

export function zvhSummary(
  entries: readonly DirectoryEntry[],
  municipalities: readonly Municipality[],
  coverage: readonly MunicipalityCoverage[],
): ZvhSummary {
  const zvh = countedEntries(entries).filter((e) => isZorgEnVeiligheidshuis(e.data));
  const dutch = new Set(municipalities.filter((m) => m.country === 'NL').map((m) => m.code));
  return {
    entries: zvh,
    withoutList: zvh.filter((e) => e.served.length === 0),
    uncovered: coverage.filter((c) => dutch.has(c.code) && c.zvh === 0).map((c) => c.code),
  };
}
