/** Which municipality a point lies in (keyboard selection and "my location" on the map): point-in-polygon. */
type Ring = readonly (readonly number[])[];

export type PolygonalGeometry =
  | { type: 'Polygon'; coordinates: readonly Ring[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

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
  return polygons.some((rings) =>
    rings.reduce((inside, ring) => (ringContains(ring, lon, lat) ? !inside : inside), false),
  );
}
