/**
 * The small coverage map of an entry page, drawn at build time as two SVG paths (no JavaScript, no
 * request): the outline of the country (or both countries) and the area the entry serves.
 *
 * Why this shape: a page ships every byte of an inline SVG, so the map is kept to what a 300-unit
 * wide thumbnail can show. Each layer is ONE path, dissolved with topojson-client's `merge` (shared
 * inner borders disappear), projected equirectangularly with longitudes scaled by cos(mean
 * latitude) (good enough at the scale of Belgium and the Netherlands), rounded to whole units, and
 * written as relative moves with duplicate and collinear points dropped: lossless on the rounded
 * grid, and a few KB before gzip.
 */
import { merge } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Country } from '../../schemas/vocabularies/place-and-kind.ts';

/** Width of the viewBox; the height follows from the countries' shape. */
export const COVERAGE_SVG_WIDTH = 300;
/** Margin inside the viewBox so the outline's stroke is not clipped. */
const PAD = 2;

export type CountryTopologies = Partial<Record<Country, Topology>>;

export interface CoverageSvg {
  width: number;
  height: number;
  /** Countries drawn, in the order given. */
  countries: Country[];
  /** `d` of the merged outline of the countries. */
  outline: string;
  /** `d` of the merged served area. */
  served: string;
  /** True when the served area is every municipality of the countries drawn (the outline is then redundant). */
  full: boolean;
  /** A circle around a served area too small to see at this scale (a few units across), else undefined. */
  marker: { cx: number; cy: number; r: number } | undefined;
}

/**
 * Served areas narrower and lower than this many units (about 15 km) get a circle around them, so a
 * single municipality can be found on the thumbnail.
 */
export const SMALL_AREA = 16;
const MARKER_RADIUS = 12;

type Ring = number[][];
export type Polygons = Ring[][];

export function geometriesOf(topology: Topology): GeometryObject[] {
  const collection = topology.objects['municipalities'] as GeometryCollection | undefined;
  if (!collection || collection.type !== 'GeometryCollection')
    throw new Error('topology has no GeometryCollection "municipalities"');
  return collection.geometries;
}

const idOf = (g: GeometryObject) => String(g.id ?? '');

// Merged outlines per topology object: the outline is the same on every page, so it is dissolved once
// per build (WeakMap: keyed by the topology itself, the function stays pure).
const outlines = new WeakMap<Topology, Polygons>();
export function outlineOf(topology: Topology): Polygons {
  let polygons = outlines.get(topology);
  if (!polygons) {
    polygons = merge(topology, geometriesOf(topology) as Parameters<typeof merge>[1]).coordinates as Polygons;
    outlines.set(topology, polygons);
  }
  return polygons;
}

/** Numbers joined with spaces, except before a minus sign (SVG path grammar allows "1-2"). */
function joinNumbers(numbers: readonly number[]): string {
  let out = '';
  numbers.forEach((n, i) => {
    out += (i > 0 && n >= 0 ? ' ' : '') + String(n);
  });
  return out;
}

/**
 * One ring as a path fragment: absolute move to the first point, then relative line steps. Points that
 * round to the previous one, and points on a straight line between their neighbours, are dropped.
 * Rings that collapse to fewer than three points (tiny enclaves at this scale) are left out.
 */
export function ringPath(points: readonly (readonly [number, number])[], closed = true): string {
  const kept: [number, number][] = [];
  for (const [x, y] of points) {
    const last = kept.at(-1);
    if (last && last[0] === x && last[1] === y) continue;
    // Collinear with the two previous kept points and going the same way: replace the middle one.
    const before = kept.at(-2);
    if (last && before) {
      const cross = (last[0] - before[0]) * (y - last[1]) - (last[1] - before[1]) * (x - last[0]);
      const dot = (last[0] - before[0]) * (x - last[0]) + (last[1] - before[1]) * (y - last[1]);
      if (cross === 0 && dot > 0) {
        kept[kept.length - 1] = [x, y];
        continue;
      }
    }
    kept.push([x, y]);
  }
  // A closed ring repeats its first point; "z" closes it. An open line (a border) keeps both ends.
  if (closed) while (kept.length > 1 && kept.at(-1)![0] === kept[0]![0] && kept.at(-1)![1] === kept[0]![1]) kept.pop();
  if (kept.length < (closed ? 3 : 2)) return '';
  const steps: number[] = [];
  for (let i = 1; i < kept.length; i++) steps.push(kept[i]![0] - kept[i - 1]![0], kept[i]![1] - kept[i - 1]![1]);
  return `M${joinNumbers(kept[0]!)}l${joinNumbers(steps)}${closed ? 'z' : ''}`;
}

export interface Projection {
  width: number;
  height: number;
  project: (lon: number, lat: number) => [number, number];
}

/** Equirectangular projection of a lon/lat box into `width` units, x scaled by cos(mean latitude). */
export function projectionFor(
  bounds: { minLon: number; maxLon: number; minLat: number; maxLat: number },
  width = COVERAGE_SVG_WIDTH,
): Projection {
  const k = Math.cos((((bounds.minLat + bounds.maxLat) / 2) * Math.PI) / 180);
  const scale = (width - 2 * PAD) / ((bounds.maxLon - bounds.minLon) * k);
  const height = Math.ceil((bounds.maxLat - bounds.minLat) * scale) + 2 * PAD;
  return {
    width,
    height,
    project: (lon, lat) => [
      Math.round(PAD + (lon - bounds.minLon) * k * scale),
      Math.round(PAD + (bounds.maxLat - lat) * scale),
    ],
  };
}

export function boundsOf(polygons: Polygons) {
  const b = { minLon: Infinity, maxLon: -Infinity, minLat: Infinity, maxLat: -Infinity };
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [lon, lat] of ring) {
        if (lon! < b.minLon) b.minLon = lon!;
        if (lon! > b.maxLon) b.maxLon = lon!;
        if (lat! < b.minLat) b.minLat = lat!;
        if (lat! > b.maxLat) b.maxLat = lat!;
      }
  return b;
}

export function pathOf(polygons: Polygons, projection: Projection): string {
  return polygons
    .flatMap((polygon) => polygon.map((ring) => ringPath(ring.map(([lon, lat]) => projection.project(lon!, lat!)))))
    .join('');
}

/**
 * The coverage map of a set of served municipality codes. The countries drawn are those whose
 * topology holds at least one served code (so an entry serving both countries gets both). Returns
 * undefined when no served code is in any topology: the page then says the area is unknown.
 */
export function coverageSvg(
  topologies: CountryTopologies,
  served: Iterable<string>,
  width = COVERAGE_SVG_WIDTH,
): CoverageSvg | undefined {
  const wanted = new Set(served);
  const layers = (Object.entries(topologies) as [Country, Topology][])
    .map(([country, topology]) => {
      const all = geometriesOf(topology);
      const chosen = all.filter((g) => wanted.has(idOf(g)));
      return { country, topology, chosen, full: chosen.length === all.length };
    })
    .filter((layer) => layer.chosen.length > 0);
  if (layers.length === 0) return undefined;

  const outline = layers.flatMap((layer) => outlineOf(layer.topology));
  const area = layers.flatMap((layer) =>
    layer.full
      ? outlineOf(layer.topology)
      : (merge(layer.topology, layer.chosen as Parameters<typeof merge>[1]).coordinates as Polygons),
  );
  const projection = projectionFor(boundsOf(outline), width);
  const box = boundsOf(area);
  const [x0, y0] = projection.project(box.minLon, box.maxLat);
  const [x1, y1] = projection.project(box.maxLon, box.minLat);
  const small = x1 - x0 < SMALL_AREA && y1 - y0 < SMALL_AREA;
  return {
    width: projection.width,
    height: projection.height,
    countries: layers.map((layer) => layer.country),
    outline: pathOf(outline, projection),
    served: pathOf(area, projection),
    full: layers.every((layer) => layer.full),
    marker: small ? { cx: Math.round((x0 + x1) / 2), cy: Math.round((y0 + y1) / 2), r: MARKER_RADIUS } : undefined,
  };
}
