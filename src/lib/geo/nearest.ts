/**
 * "Help near me", in the browser and at build: distances and the nearest centre point. What a person types is
 * answered by src/lib/geo/place-lookup.ts (one lookup for near-me, the A–Z page, the map and the finder).
 * Pure and small: it ships in the near-me script, and no position ever leaves the browser.
 */
/** A place with a centroid; the near-me island's places also carry names for findMunicipalities. */
export interface Place {
  code: string;
  lat: number;
  lon: number;
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The place whose centroid is nearest to a position. Not what "use my location" takes: a centre says
 * little about a large municipality (src/lib/geo/place-at-position.ts takes the one containing the point).
 */
export function nearestPlace<P extends Place>(
  position: { lat: number; lon: number },
  places: readonly P[],
): P | undefined {
  let best: P | undefined;
  let bestDistance = Infinity;
  for (const place of places) {
    const d = distanceKm(position, place);
    if (d < bestDistance) {
      best = place;
      bestDistance = d;
    }
  }
  return best;
}

/** Sort items by distance from an origin; items without a position go last, in their given order. */
export function byDistance<T>(
  items: readonly T[],
  origin: { lat: number; lon: number },
  positionOf: (item: T) => { lat: number; lon: number } | undefined,
): T[] {
  return items
    .map((item, index) => ({ item, index, d: positionOf(item) ? distanceKm(origin, positionOf(item)!) : Infinity }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .map((x) => x.item);
}
