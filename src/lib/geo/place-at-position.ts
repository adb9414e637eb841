/**
 * "Use my location": the municipality that contains a position, from the boundaries (the map's geometry,
 * /data/map/geometry.json, and its point-in-polygon test), not the nearest centre point: a centre says
 * little about a large or long municipality (Antwerpen-Centraal is nearer Mortsel's centre than
 * Antwerpen's). Only a position inside no municipality (at sea, abroad) falls back to the nearest one,
 * measured to its border, and says so. Pure: the shapes come in; no position ever leaves the browser.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geometryContains, type PolygonalGeometry } from '../map/municipality-at-point.ts';

/** One municipality's outline, with its bounding box to skip most outlines cheaply. */
export interface Shape {
  code: string;
  geometry: PolygonalGeometry;
  /** [west, south, east, north] in degrees. */
  box: [number, number, number, number];
}

export type PositionAnswer<P> =
  | { place: P; inside: true }
  /** In no municipality: the nearest one, `km` from its border. */
  | { place: P; inside: false; km: number };

function ringsOf(geometry: PolygonalGeometry): (readonly (readonly number[])[])[] {
  return geometry.type === 'Polygon'
    ? [...geometry.coordinates]
    : geometry.coordinates.flatMap((polygon) => [...polygon]);
}

/** The outlines of a TopoJSON object whose geometries' ids are municipality codes (the map's geometry file). */
export function shapesOf(topology: Topology, objectName = 'municipalities'): Shape[] {
  const collection = feature(topology, topology.objects[objectName] as GeometryCollection);
  const shapes: Shape[] = [];
  for (const f of collection.features) {
    const geometry = f.geometry as PolygonalGeometry | null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || f.id === undefined) continue;
    const box: Shape['box'] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of ringsOf(geometry)) {
      for (const [x, y] of ring as [number, number][]) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
    shapes.push({ code: String(f.id), geometry, box });
  }
  return shapes;
}

/** Kilometres per degree of latitude; a degree of longitude is this times cos(latitude). */
const KM_PER_DEGREE = 111.2;

/** Distance in km from a point to a shape's border, in a plane local to the point (exact enough for "nearest" across a few km). */
function distanceToBorderKm(shape: Shape, lon: number, lat: number): number {
  const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const ring of ringsOf(shape.geometry)) {
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1] as [number, number];
      const [x2, y2] = ring[i] as [number, number];
      const ax = (x1 - lon) * kx,
        ay = (y1 - lat) * KM_PER_DEGREE;
      const bx = (x2 - lon) * kx,
        by = (y2 - lat) * KM_PER_DEGREE;
      const dx = bx - ax,
        dy = by - ay;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/** The municipality containing `position`, else the nearest by its border (inside: false); undefined with no shapes. */
export function placeAtPosition<P extends { code: string }>(
  position: { lat: number; lon: number },
  places: readonly P[],
  shapes: readonly Shape[],
): PositionAnswer<P> | undefined {
  const byCode = new Map(places.map((p) => [p.code, p]));
  const { lat, lon } = position;
  for (const shape of shapes) {
    const [w, s, e, n] = shape.box;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    const place = byCode.get(shape.code);
    if (place && geometryContains(shape.geometry, lon, lat)) return { place, inside: true };
  }
  let nearest: { place: P; km: number } | undefined;
  for (const shape of shapes) {
    const place = byCode.get(shape.code);
    if (!place) continue;
    const km = distanceToBorderKm(shape, lon, lat);
    if (!nearest || km < nearest.km) nearest = { place, km };
  }
  return nearest && { place: nearest.place, inside: false, km: nearest.km };
}
