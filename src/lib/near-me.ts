/**
 * "Help near me", in the browser and at build: parse what a person types (a Belgian or Dutch
 * postcode, or a municipality name), and order places by distance. Name matching itself is
 * src/lib/municipality-search.ts, shared with the map. Pure and small: it ships in the near-me island,
 * and nothing typed ever leaves the browser.
 */
export type PostcodeQuery =
  | { kind: 'postcode'; digits: string; country: 'BE' | 'NL' | 'either' }
  | { kind: 'name'; text: string }
  | { kind: 'invalid'; reason: 'empty' | 'postcode-format' };

/**
 * "1800" -> either country; "1011 AB" / "1011ab" -> NL; "B-1800" / "BE 1800" -> BE; "12" or "ABCDE" -> invalid.
 * Anything with letters that is not a Dutch postcode is treated as a name.
 */
export function parseQuery(input: string): PostcodeQuery {
  const text = input.trim().slice(0, 100);
  if (text === '') return { kind: 'invalid', reason: 'empty' };
  const compact = text.replace(/[\s.-]/g, '').toUpperCase();
  if (/^\d{4}[A-Z]{2}$/.test(compact)) return { kind: 'postcode', digits: compact.slice(0, 4), country: 'NL' };
  if (/^(B|BE)\d{4}$/.test(compact)) return { kind: 'postcode', digits: compact.replace(/^BE?/, ''), country: 'BE' };
  if (/^(NL)\d{4}([A-Z]{2})?$/.test(compact)) return { kind: 'postcode', digits: compact.slice(2, 6), country: 'NL' };
  if (/^\d{4}$/.test(compact)) return { kind: 'postcode', digits: compact, country: 'either' };
  if (/^\d+$/.test(compact) || !/[A-Za-zÀ-ÿ]{2,}/.test(text)) return { kind: 'invalid', reason: 'postcode-format' };
  return { kind: 'name', text };
}

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

/** The place whose centroid is nearest to a position (for "use my location"). */
export function nearestPlace<P extends Place>(position: { lat: number; lon: number }, places: readonly P[]): P | undefined {
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
export function byDistance<T>(items: readonly T[], origin: { lat: number; lon: number }, positionOf: (item: T) => { lat: number; lon: number } | undefined): T[] {
  return items
    .map((item, index) => ({ item, index, d: positionOf(item) ? distanceKm(origin, positionOf(item)!) : Infinity }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .map((x) => x.item);
}
