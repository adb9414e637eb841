/**
 * Coverage model: which municipalities an entry serves. Resolves every scope of the content model
 * (municipalities, arrondissement, province, region, community, country) to municipality codes
 * against the geo table, once, at build. Pure: give it the municipalities, get codes back.
 */
import type { Municipality } from '../geo/municipalities.ts';
import type { Initiative } from '../../schemas/initiative.ts';
import type { Region } from '../../schemas/vocabularies/place-and-kind.ts';

type Coverage = Initiative['coverage'];

/** How an entry reaches a municipality: used to group help as local, regional, or country/community-wide. */
export type Reach = 'local' | 'regional' | 'wide';

// Every code a coverage may name, built once per geo table: validation asks for each of 10,000 entries.
const knownCodesOf = new WeakMap<readonly Municipality[], ReadonlySet<string>>();
function knownCodes(municipalities: readonly Municipality[]): ReadonlySet<string> {
  let known = knownCodesOf.get(municipalities);
  if (!known) {
    const codes = new Set<string>();
    for (const m of municipalities) {
      codes.add(m.code);
      if (m.arrondissement) codes.add(`arr:${m.arrondissement}`);
      if (m.provinceCode) codes.add(`prov:${m.provinceCode}`);
      codes.add(`region:${m.region}`);
      for (const c of m.communities) codes.add(`community:${c}`);
      codes.add(`country:${m.country}`);
    }
    knownCodesOf.set(municipalities, (known = codes));
  }
  return known;
}

/** The codes of one scope that do not exist in the geo data (empty when all are known). */
export function unknownCoverageCodes(coverage: Coverage, municipalities: readonly Municipality[]): string[] {
  const known = knownCodes(municipalities);
  const key = (code: string): string => {
    switch (coverage.scope) {
      case 'municipalities':
        return code;
      case 'arrondissement':
        return `arr:${code}`;
      case 'province':
        return `prov:${code}`;
      case 'region':
        return `region:${code}`;
      case 'community':
        return `community:${code}`;
      case 'country':
        return `country:${code}`;
      case 'unknown':
        return code;
    }
  };
  return coverage.codes.filter((code) => !known.has(key(code)));
}

function matches(coverage: Coverage, m: Municipality): boolean {
  const codes = coverage.codes;
  switch (coverage.scope) {
    case 'municipalities':
      return codes.includes(m.code);
    case 'arrondissement':
      return m.arrondissement !== '' && codes.includes(m.arrondissement);
    case 'province':
      return m.provinceCode !== '' && codes.includes(m.provinceCode);
    case 'region':
      return codes.includes(m.region);
    case 'community':
      return m.communities.some((c) => codes.includes(c));
    case 'country':
      return codes.includes(m.country);
    case 'unknown':
      return false;
  }
}

/** Codes of every municipality the coverage reaches, in the order of the geo table. */
export function resolveCoverage(coverage: Coverage, municipalities: readonly Municipality[]): string[] {
  return municipalities.filter((m) => matches(coverage, m)).map((m) => m.code);
}

/** Local (a few municipalities), regional (arrondissement, province, region or a regional list) or wide (community, country). */
export function reachOf(coverage: Coverage, servedCount: number): Reach {
  if (coverage.scope === 'country' || coverage.scope === 'community') return 'wide';
  if (coverage.scope === 'municipalities') return servedCount <= 3 ? 'local' : 'regional';
  return 'regional';
}

/** The regions and provinces an entry serves, in the order of the geo table's first appearance. */
export interface ServedAreas {
  /** Regions (BE-VLG, BE-BRU, BE-WAL, NL) of the municipalities served. */
  regions: Region[];
  /** Province codes (NIS or CBS PV) of the municipalities served; Brussels has none. */
  provinces: string[];
}

const regionOrder: readonly Region[] = ['BE-VLG', 'BE-BRU', 'BE-WAL', 'NL'];

/**
 * Where an entry works, from what it serves rather than where it is based: the French Community's
 * CAPREV (seat in Brussels) serves Wallonia and Brussels; a Flemish community service serves Flanders
 * and Brussels. `served` are the codes resolveCoverage gave. An entry that serves no municipality
 * here (coverage unknown, or no published list) falls back to its seat as the sources state it, so it
 * is still findable under the one region we know of.
 */
export function servedAreas(
  served: readonly string[],
  byCode: ReadonlyMap<string, Municipality>,
  seat: { region?: Region | undefined; province?: string | undefined } = {},
): ServedAreas {
  const regions = new Set<Region>();
  const provinces = new Set<string>();
  for (const code of served) {
    const m = byCode.get(code);
    if (!m) continue;
    regions.add(m.region);
    if (m.provinceCode) provinces.add(m.provinceCode);
  }
  if (regions.size === 0) {
    if (seat.region) regions.add(seat.region);
    if (seat.province) provinces.add(seat.province);
  }
  return { regions: regionOrder.filter((r) => regions.has(r)), provinces: [...provinces].sort() };
}
