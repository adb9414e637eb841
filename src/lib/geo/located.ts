/**
 * How near-me tells a municipality page that it was reached by "use my location", so the page opens with
 * a one-line confirmation ("Antwerpen — not right? Change"): a fragment, which never reaches a server
 * and which the page removes once shown (a shared link does not claim the next reader's location).
 * `#located`: the position lies in this municipality; `#located-near-KM`: in none, this is the nearest,
 * KM kilometres from its border (at sea, abroad, or on a border the two countries' maps draw apart).
 */
export const LOCATED_INSIDE = 'located';
export const LOCATED_NEAREST = 'located-near';

export type Located = { inside: true } | { inside: false; km: number };

/** Reads a page's fragment ("#located", "#located-near-3"); anything else is not a location. */
export function parseLocated(hash: string): Located | undefined {
  const fragment = hash.replace(/^#/, '');
  if (fragment === LOCATED_INSIDE) return { inside: true };
  const near = new RegExp(`^${LOCATED_NEAREST}-(\\d{1,4})$`).exec(fragment);
  return near ? { inside: false, km: Number(near[1]) } : undefined;
}
