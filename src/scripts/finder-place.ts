/**
 * The finder's chosen place (`near`): the line that names it above the results, and the results
 * narrowed to the entries that serve it, in the ranking rule's order. Split from finder-search.ts,
 * which calls both on every run.
 */
import { effectiveSort, type FinderState, type FinderStringKey } from '../lib/finder/finder-state.ts';
import { municipalityName } from '../lib/geo/municipality-name.ts';
import type { FormatValues } from '../lib/format.ts';
import type { UiLanguage } from '../schemas/languages.ts';
import { loadPlaces } from './fetch-once.ts';
import { loadRanking, type PagefindResult } from './pagefind-client.ts';

export async function nearOrder(
  lang: UiLanguage,
  state: FinderState,
  results: PagefindResult[],
): Promise<PagefindResult[]> {
  if (!state.near) return results;
  // Near a place: only the entries that serve it, "nearest" in the ranking rule's order (not raw
  // distance). The place's file names each serving entry's search page, so no fragment is fetched here.
  const ranking = await loadRanking(state.near);
  const pages = ranking.pages[lang] ?? {};
  const rankOfPage = new Map(ranking[state.audience ?? 'family'].map((id, at) => [pages[id], at]));
  const kept = results.filter((r) => rankOfPage.has(r.id));
  if (effectiveSort(state) === 'nearest') kept.sort((a, b) => rankOfPage.get(a.id)! - rankOfPage.get(b.id)!);
  return kept;
}

/** Names the chosen place in its row (`row` holds the text), or hides the row when there is none. */
export async function showPlace(
  placeRow: HTMLElement,
  row: HTMLElement,
  lang: UiLanguage,
  state: FinderState,
  text: (key: FinderStringKey, values?: FormatValues) => string,
): Promise<void> {
  if (!state.near) {
    placeRow.hidden = true;
    return;
  }
  try {
    const place = (await loadPlaces()).places.find((p) => p.code === state.near);
    if (!place) throw new Error('unknown place');
    row.textContent = text('search.near', { place: municipalityName(place, lang) });
  } catch {
    row.textContent = text('search.placeFailed');
  }
  placeRow.hidden = false;
}
