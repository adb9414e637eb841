/**
 * The counts beside each facet value in the finder's filter panel. Split from finder-search.ts.
 * A facet with a value chosen counts as if its own choice were not made (one more search without it),
 * so its other values say what choosing them instead would find; every other facet counts the run's results.
 */
import { filterKeys, type FilterKey, type FinderState } from '../lib/finder/finder-state.ts';
import type { Panel } from './filter-panel.ts';
import { searchWith, type Pagefind, type PagefindResponse } from './pagefind-client.ts';

export async function facetCounts(
  panel: Panel,
  locale: string,
  pf: Pagefind,
  state: FinderState,
  main: PagefindResponse,
  query: string | null,
): Promise<void> {
  const counts: Partial<Record<FilterKey, Record<string, number> | undefined>> = {};
  for (const key of filterKeys) {
    const selected = (state.filters[key]?.length ?? 0) > 0;
    counts[key] = selected ? (await searchWith(pf, query, state, key)).filters[key] : main.filters[key];
  }
  panel.setCounts((key, value) => counts[key]?.[value] ?? 0, new Intl.NumberFormat(locale));
}
