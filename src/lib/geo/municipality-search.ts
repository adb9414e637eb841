/**
 * Municipality name matching, shared by the place lookup (near-me, the A–Z page, the finder) and the
 * map's search field: Dutch, French and German official names, the English names and exonyms of
 * src/data/geo/exonyms.csv ("Bois-le-Duc", "The Hague", "Lüttich"), then the other names a municipality
 * answers to (Belgian localities and municipalities merged in 2025: "Laken" finds Brussel, "Borsbeek"
 * finds Antwerpen). Case, accents, hyphens and apostrophes are optional, and the usual abbreviations
 * are one word ("St-Niklaas", "St. Truiden", "Ste-Ode", "Saint-Gilles", "Sint-Gillis"). Typos get the
 * nearest names by edit distance (closestMunicipalities). Pure: runs the same in the build, in Vitest
 * and in the browser.
 */
import { distance } from 'fastest-levenshtein';
import { foldText } from '../text.ts';

/** The fields matching needs; the geo table's Municipality, places.json and the map's data all fit. */
export interface SearchableMunicipality {
  code: string;
  nameNl: string;
  nameFr?: string;
  nameDe?: string;
  /** English name where English has its own (exonyms.csv). */
  nameEn?: string | undefined;
  /** Names people type that no official name contains: exonyms and informal names (exonyms.csv). */
  aliases?: readonly string[] | undefined;
  /** Breaks ties between equally good matches: the larger municipality first. */
  population?: number;
  /** Localities and former municipalities now part of it (src/loaders/geo.ts, loadOtherNames). */
  otherNames?: readonly string[] | undefined;
}

/** Joins the Dutch and French forms of one locality in one other-name entry ("Laeken / Laken"). */
export const OTHER_NAME_VARIANTS = ' / ';

/** A match through another name ranks after every match through an official name or alias. */
export const OTHER_NAME_PENALTY = 5;

/**
 * The form names are compared in: folded (lower case, no accents, punctuation to spaces) and with
 * "saint", "sainte", "sint", "sankt", "st" and "ste" as one word, so "St-Niklaas" meets "Sint-Niklaas".
 */
export function searchKey(value: string): string {
  return foldText(value).replace(/\b(?:saint|sainte|sint|sankt|ste|st)\b/g, 'st');
}

/** How well one name key matches a query key: lower is better, undefined is no match. */
function rank(name: string, query: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  if (name.includes(query)) return 3;
  // Spaces and hyphens optional: "sintjans" finds "sint jans molenbeek", "shertogenbosch" too.
  const compactName = name.replace(/ /g, '');
  const compactQuery = query.replace(/ /g, '');
  if (compactName === compactQuery) return 0;
  if (compactQuery.length >= 3 && compactName.includes(compactQuery)) return 4;
  return undefined;
}

/** Every name a municipality answers to, as keys (official names first, then English and aliases). */
export function searchNames(m: SearchableMunicipality): string[] {
  const names = [m.nameNl, m.nameFr ?? '', m.nameDe ?? '', m.nameEn ?? '', ...(m.aliases ?? [])].filter(Boolean);
  // "Bergen (NH.)" also answers to plain "Bergen": the qualifier only tells same-named places apart.
  const unqualified = names.filter((n) => /\s*\(.*\)\s*$/.test(n)).map((n) => n.replace(/\s*\(.*\)\s*$/, ''));
  return [...new Set([...names, ...unqualified].map(searchKey))];
}

/** How a municipality matched: the score (lower is better) and, when through another name, that name. */
export interface NameMatch {
  score: number;
  via?: string;
}

/**
 * How well `m` matches a query key: the best rank over its official names and aliases, else over its
 * other names (ranked after every official match), with the other name that matched. One rule for the
 * ranking and for the note that explains it.
 */
export function bestMatch(m: SearchableMunicipality, key: string): NameMatch | undefined {
  let best: number | undefined;
  for (const name of searchNames(m)) {
    const r = rank(name, key);
    if (r !== undefined && (best === undefined || r < best)) best = r;
  }
  if (best !== undefined) return { score: best };
  let other: { score: number; via: string } | undefined;
  for (const name of (m.otherNames ?? []).flatMap((n) => n.split(OTHER_NAME_VARIANTS))) {
    const r = rank(searchKey(name), key);
    if (r !== undefined && (!other || r + OTHER_NAME_PENALTY < other.score))
      other = { score: r + OTHER_NAME_PENALTY, via: name };
  }
  return other;
}

/** Every municipality matching `query`, best first, with how it matched. */
export function rankMunicipalities<M extends SearchableMunicipality>(
  query: string,
  municipalities: readonly M[],
): { m: M; match: NameMatch }[] {
  const key = searchKey(query);
  if (key === '') return [];
  const scored: { m: M; match: NameMatch }[] = [];
  for (const m of municipalities) {
    const match = bestMatch(m, key);
    if (match) scored.push({ m, match });
  }
  return scored.sort(
    (a, b) =>
      a.match.score - b.match.score ||
      (b.m.population ?? 0) - (a.m.population ?? 0) ||
      a.m.nameNl.localeCompare(b.m.nameNl, 'nl'),
  );
}

/**
 * Municipalities whose names match `query`, best first: exact name, then name starting with the
 * query, then a word starting with it, then anywhere in the name. Ties go to the larger population,
 * then alphabetical order. An empty query matches nothing.
 */
export function findMunicipalities<M extends SearchableMunicipality>(
  query: string,
  municipalities: readonly M[],
  limit = 10,
): M[] {
  return rankMunicipalities(query, municipalities)
    .slice(0, Math.max(0, limit))
    .map((s) => s.m);
}

/**
 * The other name through which `m` matched `query`, when none of its official names or aliases did:
 * shown next to the result ("Antwerpen, met Borsbeek") so the person sees why it was offered.
 */
export function matchedOtherName(m: SearchableMunicipality, query: string): string | undefined {
  const key = searchKey(query);
  return key === '' ? undefined : bestMatch(m, key)?.via;
}

/** How many typing mistakes a query of this length may hold and still get a "Did you mean …?". */
function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 9 ? 2 : 3;
}

/**
 * "Did you mean …?" for a query that matches no name: the municipalities with a name (official,
 * English, alias or other name) within a few edits of it (Levenshtein distance, from fastest-levenshtein),
 * nearest first, then official names before other names, then the larger municipality. `name` is the
 * name that was close, as written in the data ("Genk" for "Genck"). Queries under 3 letters get none.
 */
export function closestMunicipalities<M extends SearchableMunicipality>(
  query: string,
  municipalities: readonly M[],
  limit = 3,
): { m: M; name: string; edits: number }[] {
  const key = searchKey(query);
  const compact = key.replace(/ /g, '');
  if (compact.length < 3) return [];
  const max = allowedEdits(compact.length);
  const found: { m: M; name: string; edits: number; other: boolean }[] = [];
  for (const m of municipalities) {
    let best: { name: string; edits: number; other: boolean } | undefined;
    const official = [m.nameNl, m.nameFr ?? '', m.nameDe ?? '', m.nameEn ?? '', ...(m.aliases ?? [])].filter(Boolean);
    for (const [names, other] of [
      [official, false],
      [(m.otherNames ?? []).flatMap((n) => n.split(OTHER_NAME_VARIANTS)), true],
    ] as const) {
      for (const name of names) {
        const nameKey = searchKey(name.replace(/\s*\(.*\)\s*$/, '')).replace(/ /g, '');
        if (Math.abs(nameKey.length - compact.length) > max) continue;
        const edits = distance(nameKey, compact);
        if (edits <= max && (!best || edits < best.edits)) best = { name, edits, other };
      }
    }
    if (best) found.push({ m, ...best });
  }
  found.sort(
    (a, b) => a.edits - b.edits || Number(a.other) - Number(b.other) || (b.m.population ?? 0) - (a.m.population ?? 0),
  );
  const nearest = found[0]?.edits;
  return found
    .filter((f) => f.edits === nearest)
    .slice(0, limit)
    .map(({ m, name, edits }) => ({ m, name, edits }));
}
