/**
 * What the coverage map computes in the browser, kept pure and unit-tested: the shape of the prebuilt
 * per-language map data (/data/map/{lang}.json), facet filtering, counts per municipality, the colour
 * classes of the legend, the order of a municipality's help in the panel (the one ranking rule of
 * src/lib/offered-first.ts, applied to the facts the data carries), point-in-polygon for keyboard
 * selection, and the map's URL state. No Leaflet, no DOM, no Node: the island and the build import the same code.
 */
import type { Reach } from './coverage.ts';
import type { HelpKind } from './evidence.ts';
import { distanceKm } from './near-me.ts';
import { inRankOrder, rankKeyOf, type RankFacts } from './offered-first.ts';
import { audienceFromParams, listParam, setAudienceParam, type Audience } from './url-state.ts';

/**
 * The map's three layers, one per kind of help (src/lib/evidence.ts): (a) `family`, the default and the
 * only one the colour classes and headline count by default; (b) `professional` and (c) `unconfirmed`
 * are shown as their own layers, never added into (a).
 */
export type MapLayer = Exclude<HelpKind, 'none'>;
export const mapLayers: readonly MapLayer[] = ['family', 'professional', 'unconfirmed'];

export interface MapMunicipality {
  code: string;
  /** Name in the page language. */
  name: string;
  nameNl: string;
  nameFr: string;
  nameDe: string;
  /** English name and the exonyms people type (exonyms.csv), for the search field. */
  nameEn?: string;
  aliases?: string[];
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
  name: string;
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
  /** What the ranking rule reads of it (src/lib/offered-first.ts rankFacts), so the panel orders as the pages do. */
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

const anyOf = (wanted: readonly string[], values: readonly string[]) => wanted.length === 0 || wanted.some((w) => values.includes(w));

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
  return anyOf(filters.levels, entry.levels) && anyOf(filters.targets, entry.targets) && anyOf(filters.methods, entry.methods);
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

/** Marker of a place where initiatives are based: colour and radius (pixels) by how many. */
export const MARKER_COLOUR = '#b35806';
export const markerRadius = (count: number) => Math.min(4 + count * 1.5, 10);
/** Municipality borders. */
export const BORDER_COLOUR = '#5b6670';

export interface CountClass {
  min: number;
  /** Inclusive; Infinity for the open top class. */
  max: number;
  colour: string;
}

/**
 * Six classes of ColorBrewer's YlGnBu, a sequential palette that stays readable for the common forms
 * of colour blindness and in greyscale print; 0 (no help) is the lightest.
 */
export const countClasses: readonly CountClass[] = [
  { min: 0, max: 0, colour: '#ffffcc' },
  { min: 1, max: 1, colour: '#c7e9b4' },
  { min: 2, max: 2, colour: '#7fcdbb' },
  { min: 3, max: 4, colour: '#41b6c4' },
  { min: 5, max: 9, colour: '#2c7fb8' },
  { min: 10, max: Infinity, colour: '#253494' },
];

export function classOf(count: number): CountClass {
  return countClasses.find((c) => count >= c.min && count <= c.max) ?? countClasses[0]!;
}

/** Legend text of a class: "0", "1", "3–4", "10+". */
export function classLabel(c: CountClass): string {
  if (c.max === Infinity) return `${c.min}+`;
  return c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
}

/**
 * The initiatives among `entries` that serve municipality `index`, in the order of the one ranking rule
 * for `audience` (src/lib/offered-first.ts): the same order as that municipality's page.
 */
export function helpAt(data: Pick<MapData, 'municipalities'>, entries: readonly MapEntry[], index: number, audience: Audience): MapEntry[] {
  const place = data.municipalities[index];
  const point = (m: MapMunicipality | undefined) => (m ? { lat: m.centroid[0], lon: m.centroid[1] } : undefined);
  const origin = point(place);
  const distance = (e: MapEntry) => {
    const base = e.base === undefined ? undefined : point(data.municipalities[e.base]);
    return origin && base ? distanceKm(origin, base) : undefined;
  };
  return inRankOrder(
    entries.filter((e) => e.served.includes(index)),
    (e) => rankKeyOf({ facts: e.rank, reach: e.reach, basedHere: e.based.includes(index), distance: distance(e) }, audience),
    (e) => e.name,
  );
}

type Ring = readonly (readonly number[])[];
export type PolygonalGeometry = { type: 'Polygon'; coordinates: readonly Ring[] } | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

function ringContains(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether [lon, lat] lies inside a GeoJSON (Multi)Polygon, holes excluded (even-odd rule). */
export function geometryContains(geometry: PolygonalGeometry | null | undefined, lon: number, lat: number): boolean {
  if (!geometry) return false;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => rings.reduce((inside, ring) => (ringContains(ring, lon, lat) ? !inside : inside), false));
}

/**
 * The interactive map's state in the page URL, so a worker can share "the map of tertiary prevention,
 * local help only, with Vilvoorde selected": `?level=tertiary&local=1&m=23088`. Facet parameters are
 * the finder's (level, target, method; repeated or comma-separated); `local=1` hides country- and
 * community-wide services; `layer` is professional or unconfirmed (absent: help families can contact);
 * `m` is a municipality code; `for=professional` orders the panel for someone who works with families
 * (the municipality pages' and the finder's parameter). Unknown values are dropped; how a list and the
 * audience read is src/lib/url-state.ts's, shared with the finder.
 */
export const mapParamNames = ['level', 'target', 'method', 'local', 'layer', 'm', 'for'] as const;

export interface MapUrlState {
  filters: MapFilters;
  /** Index into MapData.municipalities, or null. */
  selected: number | null;
  /** Whose order the panel lists the help in. */
  audience: Audience;
}

export function mapStateFromParams(params: URLSearchParams, data: Pick<MapData, 'facets' | 'municipalities'>): MapUrlState {
  const known = (options: readonly FacetOption[], name: string) => listParam(params, name, new Set(options.map((o) => o.key))).values;
  const code = params.get('m')?.trim();
  const selected = code ? data.municipalities.findIndex((m) => m.code === code) : -1;
  const layer = params.get('layer');
  return {
    filters: {
      layer: mapLayers.includes(layer as MapLayer) ? (layer as MapLayer) : 'family',
      localOnly: params.get('local') === '1',
      levels: known(data.facets.levels, 'level'),
      targets: known(data.facets.targets, 'target'),
      methods: known(data.facets.methods, 'method'),
    },
    selected: selected >= 0 ? selected : null,
    audience: audienceFromParams(params),
  };
}

/** The canonical query string of a map state (defaults left out): the inverse of mapStateFromParams. */
export function mapStateToParams(state: MapUrlState, data: Pick<MapData, 'municipalities'>): URLSearchParams {
  const params = new URLSearchParams();
  for (const value of state.filters.levels) params.append('level', value);
  for (const value of state.filters.targets) params.append('target', value);
  for (const value of state.filters.methods) params.append('method', value);
  if (state.filters.localOnly) params.set('local', '1');
  if (state.filters.layer !== 'family') params.set('layer', state.filters.layer);
  const m = state.selected !== null ? data.municipalities[state.selected] : undefined;
  if (m) params.set('m', m.code);
  setAudienceParam(params, state.audience);
  return params;
}
