/**
 * Municipality name matching for the map's search field and the near-me finder: Dutch, French and
 * German official names plus a few well-known informal ones ("Den Bosch", "Den Haag"), then the other
 * names a municipality answers to (Belgian localities and municipalities merged in 2025: "Laken" finds
 * Brussel, "Borsbeek" finds Antwerpen), case and accents optional ("liege" finds Liège, "sint jans molenbeek" finds Sint-Jans-Molenbeek). Pure: runs
 * the same in the build, in Vitest and in the browser.
 */
import { foldText } from './text.ts';

/** The fields matching needs; the geo table's Municipality and the map's data both fit. */
export interface SearchableMunicipality {
  code: string;
  nameNl: string;
  nameFr?: string;
  nameDe?: string;
  /** Breaks ties between equally good matches: the larger municipality first. */
  population?: number;
  /** Localities and former municipalities now part of it (src/lib/geo.ts, loadOtherNames). */
  otherNames?: readonly string[];
}

/** A match through another name ranks after every match through an official name or alias. */
const OTHER_NAME_PENALTY = 5;

/**
 * Informal, English or historical names people type, by municipality code. Kept short on purpose:
 * only names in everyday use that neither official name contains.
 */
export const municipalityAliases: Readonly<Record<string, readonly string[]>> = {
  GM0796: ['Den Bosch'], // 's-Hertogenbosch
  GM0518: ['Den Haag', 'The Hague', 'La Haye'], // 's-Gravenhage
  '21004': ['Brussels', 'Brüssel'], // Brussel / Bruxelles (the city)
  '11002': ['Antwerp'],
  '44021': ['Ghent'],
  '62063': ['Lüttich'],
};

/** How well one folded name matches a folded query: lower is better, undefined is no match. */
function rank(name: string, query: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  if (name.includes(query)) return 3;
  // Spaces and hyphens optional: "sintjans" finds "sint jans molenbeek", "shertogenbosch" too.
  const compactName = name.replace(/ /g, '');
  const compactQuery = query.replace(/ /g, '');
  if (compactQuery.length >= 3 && compactName.includes(compactQuery)) return 4;
  return undefined;
}

/** Every name a municipality answers to, folded (official names first, then aliases). */
export function searchNames(m: SearchableMunicipality): string[] {
  const names = [m.nameNl, m.nameFr ?? '', m.nameDe ?? '', ...(municipalityAliases[m.code] ?? [])].filter(Boolean);
  // "Bergen (NH.)" also answers to plain "Bergen": the qualifier only tells same-named places apart.
  const unqualified = names.filter((n) => /\s*\(.*\)\s*$/.test(n)).map((n) => n.replace(/\s*\(.*\)\s*$/, ''));
  return [...new Set([...names, ...unqualified].map(foldText))];
}

/**
 * How well `m` matches a folded query: the best rank over its official names and aliases, else over
 * its other names (ranked after every official match), with the other name that matched. One rule for
 * the ranking and for the note that explains it.
 */
function bestMatch(m: SearchableMunicipality, folded: string): { score: number; via?: string } | undefined {
  let best: number | undefined;
  for (const name of searchNames(m)) {
    const r = rank(name, folded);
    if (r !== undefined && (best === undefined || r < best)) best = r;
  }
  if (best !== undefined) return { score: best };
  let other: { score: number; via: string } | undefined;
  for (const name of m.otherNames ?? []) {
    const r = rank(foldText(name), folded);
    if (r !== undefined && (!other || r + OTHER_NAME_PENALTY < other.score)) other = { score: r + OTHER_NAME_PENALTY, via: name };
  }
  return other;
}

/**
 * Municipalities whose names match `query`, best first: exact name, then name starting with the
 * query, then a word starting with it, then anywhere in the name. Ties go to the larger population,
 * then alphabetical order. An empty query matches nothing.
 */
export function findMunicipalities<M extends SearchableMunicipality>(query: string, municipalities: readonly M[], limit = 10): M[] {
  const folded = foldText(query);
  if (folded === '') return [];
  const scored: { m: M; score: number }[] = [];
  for (const m of municipalities) {
    const match = bestMatch(m, folded);
    if (match) scored.push({ m, score: match.score });
  }
  scored.sort((a, b) => a.score - b.score || (b.m.population ?? 0) - (a.m.population ?? 0) || a.m.nameNl.localeCompare(b.m.nameNl, 'nl'));
  return scored.slice(0, Math.max(0, limit)).map((s) => s.m);
}

/**
 * The other name through which `m` matched `query`, when none of its official names or aliases did:
 * shown next to the result ("Antwerpen, met Borsbeek") so the person sees why it was offered.
 */
export function matchedOtherName(m: SearchableMunicipality, query: string): string | undefined {
  const folded = foldText(query);
  return folded === '' ? undefined : bestMatch(m, folded)?.via;
}
