/**
 * "Help near me", in the browser and at build: parse what a person types (a Belgian or Dutch
 * postcode, or a municipality name in Dutch or French, accents optional), resolve it to
 * municipalities, and order places by distance. Pure and small: it ships in the near-me island,
 * and nothing typed ever leaves the browser.
 */
import { foldText } from './text.ts';

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

export interface Place {
  code: string;
  country: 'BE' | 'NL';
  /** Names people may type (Dutch, French, German, aliases). */
  names: string[];
  lat: number;
  lon: number;
}

/** Informal names people use that are not official names. */
export const nameAliases: Record<string, string> = {
  'den bosch': 's hertogenbosch',
  'the hague': 's gravenhage',
  'den haag': 's gravenhage',
  'la haye': 's gravenhage',
  bruxelles: 'brussel',
  brussels: 'brussel',
};

/** Places whose names match `text`: exact folded matches first, then prefix, then contains. */
export function findPlaces<P extends Place>(text: string, places: readonly P[], limit = 8): P[] {
  let query = foldText(text);
  query = nameAliases[query] ?? query;
  if (query.length < 2) return [];
  const score = (place: P): number => {
    const names = place.names.map(foldText);
    if (names.includes(query)) return 0;
    if (names.some((n) => n.startsWith(query))) return 1;
    if (names.some((n) => n.split(' ').some((word) => word.startsWith(query)))) return 2;
    if (names.some((n) => n.includes(query))) return 3;
    return 9;
  };
  return places
    .map((place) => ({ place, s: score(place) }))
    .filter((x) => x.s < 9)
    .sort((a, b) => a.s - b.s || a.place.names[0]!.localeCompare(b.place.names[0]!))
    .slice(0, limit)
    .map((x) => x.place);
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
