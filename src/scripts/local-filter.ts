/**
 * The finder's facets on a municipality page (the page "help near me" leads to): the same panel and
 * the same URL parameters as the index (src/lib/finder/finder-state.ts), applied to the cards already on the
 * page, so no index is loaded. Each card carries its facet values in data-filters. A link carries the
 * chosen filters to the full finder, nearest to this municipality first.
 */
import {
  isNarrowed,
  matchesFilters,
  parseFilterTokens,
  parseFinderParams,
  toFinderParams,
  type FinderState,
} from '../lib/finder/finder-state.ts';
import { readPanel } from './filter-panel.ts';
import { format } from '../lib/format.ts';

function init(): void {
  const root = document.querySelector<HTMLElement>('[data-local-filter]');
  const panel = root?.querySelector<HTMLDetailsElement>('[data-filter-panel]');
  const status = root?.querySelector<HTMLElement>('[data-local-filter-status]');
  const finderLink = root?.querySelector<HTMLAnchorElement>('[data-finder-link]');
  if (!root || !panel || !status || !finderLink) return;
  const filterPanel = readPanel(panel);
  const { facetBoxes, known } = filterPanel;
  const cards = [...document.querySelectorAll<HTMLElement>('[data-local-group] article[data-filters]')].map((card) => ({
    item: card.closest('li')!,
    values: parseFilterTokens(card.dataset.filters ?? ''),
  }));
  const baseFinder = new URL(finderLink.href);
  const near = baseFinder.searchParams.get('near');
  const numbers = new Intl.NumberFormat(root.dataset.locale);
  panel.hidden = false;

  function apply(state: FinderState): void {
    filterPanel.write(state);
    let shown = 0;
    for (const card of cards) {
      const match = matchesFilters(card.values, state);
      card.item.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-local-group]')) {
      const empty = group.querySelector<HTMLElement>('[data-local-group-empty]');
      if (empty) empty.hidden = [...group.querySelectorAll('li')].some((li) => !li.hidden);
    }
    // Counts: what ticking one more box gives, with the other facets' choices applied (OR within a facet).
    filterPanel.setCounts((key, value) => {
      const others: FinderState = { ...state, filters: { ...state.filters, [key]: [] } };
      return cards.filter((c) => matchesFilters(c.values, others) && (c.values[key] ?? []).includes(value)).length;
    }, numbers);
    const narrowed = isNarrowed(state);
    // Out of the cards the filter is judged on: those shown with no facet ticked (ended entries stay folded away and never count).
    const total = cards.filter((c) => matchesFilters(c.values, { ...state, filters: {} })).length;
    status!.textContent = narrowed
      ? format(root!.dataset.template ?? '', { shown: numbers.format(shown), total: numbers.format(total) })
      : '';
    const finder = toFinderParams({ ...state, near: near ?? undefined });
    finderLink!.href = `${baseFinder.pathname}?${finder.toString()}`;
  }

  function fromUrl(): void {
    apply(parseFinderParams(new URLSearchParams(window.location.search), known).state);
  }

  for (const box of facetBoxes) {
    box.addEventListener('change', () => {
      const audience = parseFinderParams(new URLSearchParams(window.location.search), known).state.audience;
      const state = filterPanel.read({ q: '', filters: {}, ended: false, ...(audience ? { audience } : {}) });
      const url = new URL(window.location.href);
      url.search = toFinderParams(state).toString();
      history.pushState(null, '', url);
      apply(state);
    });
  }
  panel.querySelector('[data-filter-clear]')?.addEventListener('click', () => {
    history.pushState(null, '', window.location.pathname);
    apply({ q: '', filters: {}, ended: false });
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}

init();

export {};
