/**
 * The interactive map's model, kept pure and unit-tested: the shape of the prebuilt per-language map
 * data (/data/map/{lang}.json), facet filtering and the counts per municipality. Beside it, by job:
 * colours.ts (the colour of a municipality), help-groups.ts (a municipality's help by reach),
 * map-state.ts (URL ↔ state), municipality-at-point.ts (keyboard and location selection).
 * No Leaflet, no DOM, no Node: the island and the build import the same code.
 */
import type { Reach } from '../coverage/served-areas.ts';
import type { HelpKind } from '../directory/evidence.ts';
import type { PlaceNames } from '../geo/municipality-name.ts';
import { type RankFacts } from '../directory/offered-first.ts';

/**
 * The map's four layers, one per kind of help (src/lib/directory/evidence.ts): (a) `family`, the default and the
 * only one the colour classes and headline count by default; (b) `professional`, (c) `unconfirmed` and
 * (d) `general` (general lines, not specialised in radicalisation) are shown as their own layers, never added into (a).
 */
export type MapLayer = Exclude<HelpKind, 'none'>;
export const mapLayers: readonly MapLayer[] = ['family', 'professional', 'unconfirmed', 'general'];

export interface MapMunicipality extends PlaceNames {
  code: string;
  /** Name in the page language. */
  name: string;
  province: string;
  country: 'BE' | 'NL';
  population: number;
  /** Page of the municipality in the page language. */
  url: string;
  /** Label point (always inside the municipality): where its marker goes. */
  lat: number;
  lon: number;
  /** Centroid [lat, lon]: the point the ranking rule measures distances from (as the municipality pages do). */
  centroid: [number, number];
  /** BE: localities and former municipalities it includes, for the search field. */
  otherNames?: readonly string[];
}

export interface MapEntry {
  id: string;
  /** The name as the file's language shows it (src/lib/directory/initiative-name.ts shownName). */
  name: string;
  /** The entry's `name`, only when the shown one differs: the ranking rule's last step compares these, in every language alike. */
  properName?: string;
  url: string;
  /** Its kind of help on the build date: which layer it is drawn in. */
  help: MapLayer;
  reach: Reach;
  levels: string[];
  targets: string[];
  methods: string[];
  /** Indices (into MapData.municipalities) of the municipalities served. */
  served: number[];
  /** Indices of the municipalities where the initiative is based (its locations). */
  based: number[];
  /** Index of the municipality of its first location, the base the ranking rule measures distance to; absent when unknown. */
  base?: number;
  /** What the ranking rule reads of it (src/lib/directory/offered-first.ts rankFacts), so the panel orders as the pages do. */
  rank: RankFacts;
}

export interface FacetOption {
  key: string;
  label: string;
}

export interface MapData {
  lang: string;
  municipalities: MapMunicipality[];
  entries: MapEntry[];
  facets: { levels: FacetOption[]; targets: FacetOption[]; methods: FacetOption[] };
}

export interface MapFilters {
  /** Which kind of help is drawn and counted: (a) by default. */
  layer: MapLayer;
  /** Leave out country- and community-wide services, so real local gaps show. */
  localOnly: boolean;
  /** Within a facet any ticked value matches; across facets all must match; none ticked = no filter. */
  levels: readonly string[];
  targets: readonly string[];
  methods: readonly string[];
}

export const noFilters: MapFilters = { layer: 'family', localOnly: false, levels: [], targets: [], methods: [] };

const anyOf = (wanted: readonly string[], values: readonly string[]) =>
  wanted.length === 0 || wanted.some((w) => values.includes(w));

/** Drawn and counted on the map: of the chosen layer, and passing the other choices. */
export function entryMatches(entry: MapEntry, filters: MapFilters): boolean {
  return entry.help === filters.layer && matchesChoices(entry, filters);
}

/**
 * Passes the local-only switch and the facets, whatever its layer: what the panel lists (every kind of
 * help serving the municipality, each marked, as its page lists them; the layer only colours the map).
 */
export function matchesChoices(entry: MapEntry, filters: MapFilters): boolean {
  if (filters.localOnly && entry.reach === 'wide') return false;
  return (
    anyOf(filters.levels, entry.levels) &&
    anyOf(filters.targets, entry.targets) &&
    anyOf(filters.methods, entry.methods)
  );
}

/** How many of `entries` serve each municipality (index-aligned with the municipality list). */
export function servedCounts(entries: readonly MapEntry[], municipalityCount: number): number[] {
  const counts = new Array<number>(municipalityCount).fill(0);
  for (const entry of entries) for (const i of entry.served) if (i >= 0 && i < municipalityCount) counts[i]!++;
  return counts;
}

/** Initiatives based in each municipality that has any: [municipality index, count] (the map's markers). */
export function basedCounts(entries: readonly MapEntry[]): [number, number][] {
  const at = new Map<number, number>();
  for (const entry of entries) for (const i of entry.based) at.set(i, (at.get(i) ?? 0) + 1);
  return [...at];
}
