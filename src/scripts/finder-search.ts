/**
 * The finder's search run: a state (query, filters, sort, place) in, the result cards, the count,
 * the facet counts and the empty state out. Each run supersedes the one before: whatever an older
 * run finishes after a newer one started is dropped, so a slow answer never writes over a newer one.
 * The wiring (src/scripts/finder.ts) calls `render` for every new state and `more` for "Show more results".
 * The place's row and order live in finder-place.ts, the facet counts in finder-facets.ts.
 */
import {
  effectiveSort,
  formatCount,
  isNarrowed,
  pagefindFilters,
  type FinderState,
  type FinderStringKey,
} from '../lib/finder/finder-state.ts';
import type { UiLanguage } from '../schemas/languages.ts';
import { cardFields, fillCard } from './finder-card.ts';
import { facetCounts } from './finder-facets.ts';
import { offerPlace, placeNamed, showEmpty } from './finder-offers.ts';
import { nearOrder, showPlace } from './finder-place.ts';
import type { Panel } from './filter-panel.ts';
import { loadAllFilters, loadPagefind, pagefindStarted, searchWith, type PagefindResult } from './pagefind-client.ts';
import type { FormatValues } from '../lib/format.ts';

/**
 * Results shown at once, and so fragments loaded per query (Pagefind loads one per result shown):
 * about what a screen holds; "Show more results" loads the next ones.
 */
const PAGE = 10;

/**
 * What the search run needs from the page beyond its own elements under `root` (the finder's
 * markup, SearchForm.astro, with the language, its locale and the place page's path as data attributes).
 */
export interface FinderPage {
  root: HTMLElement;
  panel: Panel;
  text: (key: FinderStringKey, values?: FormatValues) => string;
  /** Show a new state (the wiring writes the form and the URL, then renders it). */
  apply: (next: FinderState, mode: 'push' | 'replace') => void;
}

/** The page's language, as SearchForm.astro writes it. */
export const pageLanguage = (root: HTMLElement) => (root.dataset.lang ?? 'nl') as UiLanguage;

/** The results of one run and how many of them are shown; `loading` while "Show more results" fetches the next ones. */
interface Shown {
  state: FinderState;
  results: PagefindResult[];
  count: number;
  loading?: boolean;
}

export function finderSearch(page: FinderPage) {
  const { root, panel, text, apply } = page;
  const lang = pageLanguage(root);
  const locale = root.dataset.locale ?? 'en';
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const blankCard = $<HTMLTemplateElement>('template[data-finder-card]');
  const list = $<HTMLOListElement>('[data-finder-results]');
  const status = $<HTMLElement>('[data-finder-status]');
  const notice = $<HTMLElement>('[data-finder-notice]');
  const moreRow = $<HTMLElement>('[data-finder-more-row]');
  const empty = $<HTMLElement>('[data-finder-empty]');
  const placeRow = $<HTMLElement>('[data-finder-place]');
  const fullList = document.querySelector<HTMLElement>('[data-finder-full]');
  let run = 0;
  /**
   * The results the cards on screen belong to; none while a run is under way. "Show more results" pages
   * through these only, so a click while a newer search runs cannot add a card of the older one.
   */
  let shown: Shown | undefined;
  /**
   * The search word the page was opened with (a shared link, the language switch) is checked once: a
   * word of another language ("retour" on the English page) that finds nothing with the filters, while
   * the filters alone do, is dropped with a one-line notice, so the link still shows what it was for.
   */
  let checkOpeningWord = true;

  /** The next page of `of`'s cards: fragments requested together, each card shown as soon as it and those before it arrive. */
  async function showMore(of: Shown): Promise<HTMLLIElement | undefined> {
    const next = of.results.slice(of.count, of.count + PAGE);
    of.count += next.length;
    let first: HTMLLIElement | undefined;
    for (const pending of next.map((r) => r.data())) {
      const item = await pending;
      if (of !== shown) return undefined;
      const li = fillCard(blankCard, cardFields(item, of.state.q, panel.labels));
      first ??= li;
      list.append(li);
    }
    moreRow.hidden = of.count >= of.results.length;
    return first;
  }

  async function render(state: FinderState): Promise<void> {
    const mine = ++run;
    const current = () => mine === run;
    shown = undefined;
    list.replaceChildren();
    moreRow.hidden = true;
    empty.hidden = true;
    const narrowed = isNarrowed(state) || state.near !== undefined;
    if (fullList) fullList.hidden = narrowed;
    await showPlace(placeRow, $<HTMLElement>('[data-finder-place-text]'), lang, state, text);
    if (!current()) return;
    if (!narrowed && !pagefindStarted()) {
      status.textContent = '';
      return;
    }
    if (narrowed) status.textContent = text('search.loading');
    const query = state.q.trim() || null;
    try {
      const pf = await loadPagefind();
      const sort = effectiveSort(state) === 'name' ? { sort: { name: 'asc' as const } } : {};
      const main = await pf.search(query, { filters: pagefindFilters(state), ...sort });
      if (!current()) return;
      if (checkOpeningWord) {
        checkOpeningWord = false;
        // A word that finds nothing in this language is dropped (a search shared across languages), unless it is
        // a place's name: then the place is offered below instead.
        if (
          query &&
          main.results.length === 0 &&
          !(await placeNamed(query)) &&
          (await searchWith(pf, null, state)).results.length > 0
        ) {
          if (!current()) return;
          notice.textContent = [
            notice.hidden ? '' : notice.textContent,
            text('search.wordDropped', { word: query.slice(0, 60) }),
          ]
            .filter(Boolean)
            .join(' ');
          notice.hidden = false;
          apply({ ...state, q: '' }, 'replace');
          return;
        }
      }
      let found = 0;
      if (narrowed) {
        const results = await nearOrder(lang, state, main.results);
        if (!current()) return;
        shown = { state, results, count: 0 };
        found = results.length;
        await showMore(shown);
        if (!current()) return;
        status.textContent = formatCount(
          { zero: text('search.count.zero'), one: text('search.count.one'), many: text('search.count.other') },
          found,
          locale,
        );
        void offerPlace(page, state, query, current);
      } else {
        status.textContent = '';
      }
      // Then the counts beside each facet value (all filter chunks, once), and the empty state's suggestion.
      await loadAllFilters(pf);
      if (!current()) return;
      await facetCounts(panel, locale, pf, state, await searchWith(pf, query, state), query);
      if (!current()) return;
      if (narrowed && found === 0) await showEmpty(page, pf, state, query, current);
    } catch {
      if (!current()) return;
      status.textContent = text('search.failed');
      if (fullList) fullList.hidden = false; // the static list and facet pages still work
      document.documentElement.classList.add('finder-failed');
    }
  }

  return {
    render,
    /** "Show more results": the next page of the results on screen; nothing while a search runs or a page loads. */
    more(): Promise<HTMLLIElement | undefined> {
      const of = shown;
      if (!of || of.loading) return Promise.resolve(undefined);
      of.loading = true;
      return showMore(of).finally(() => (of.loading = false));
    },
    /** The word was typed here, not opened with a link: it stays even when it finds nothing. */
    keepWord: () => (checkOpeningWord = false),
  };
}
