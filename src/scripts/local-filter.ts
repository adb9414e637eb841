/**
 * The finder's facets on a municipality page (the page "help near me" leads to): the same panel and
 * the same URL parameters as the index (src/lib/finder-state.ts), applied to the cards already on the
 * page, so no index is loaded. Each card carries its facet values in data-filters. A link carries the
 * chosen filters to the full finder, nearest to this municipality first.
 */
import { filterKeys, matchesFilters, parseFilterTokens, parseFinderParams, toFinderParams, type FilterKey, type FinderState, type KnownValues } from '../lib/finder-state.ts';

function init(): void {
  const root = document.querySelector<HTMLElement>('[data-local-filter]');
  const panel = root?.querySelector<HTMLDetailsElement>('[data-filter-panel]');
  const status = root?.querySelector<HTMLElement>('[data-local-filter-status]');
  const finderLink = root?.querySelector<HTMLAnchorElement>('[data-finder-link]');
  if (!root || !panel || !status || !finderLink) return;
  const boxes = [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const endedBox = boxes.find((b) => b.name === 'ended');
  const facetBoxes = boxes.filter((b) => b !== endedBox);
  // Ended entries are never listed on a municipality page (their successors are); the toggle has nothing to show.
  endedBox?.closest('label')?.remove();
  const known: KnownValues = {};
  for (const box of facetBoxes) known[box.name as FilterKey] = new Set([...(known[box.name as FilterKey] ?? []), box.value]);
  const cards = [...document.querySelectorAll<HTMLElement>('[data-local-group] article[data-filters]')].map((card) => ({
    item: card.closest('li')!,
    values: parseFilterTokens(card.dataset.filters ?? ''),
  }));
  const baseFinder = new URL(finderLink.href);
  const near = baseFinder.searchParams.get('near');
  const format = new Intl.NumberFormat(root.dataset.locale);
  panel.hidden = false;

  function stateFromBoxes(): FinderState {
    const state: FinderState = { q: '', filters: {}, ended: false };
    for (const box of facetBoxes) if (box.checked) (state.filters[box.name as FilterKey] ??= []).push(box.value);
    return state;
  }

  function apply(state: FinderState): void {
    for (const box of facetBoxes) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
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
    for (const key of filterKeys) {
      const others: FinderState = { ...state, filters: { ...state.filters, [key]: [] } };
      for (const box of facetBoxes.filter((b) => b.name === key)) {
        const count = cards.filter((c) => matchesFilters(c.values, others) && (c.values[key] ?? []).includes(box.value)).length;
        box.closest('label')!.querySelector('[data-count]')!.textContent = format.format(count);
      }
    }
    const narrowed = filterKeys.some((key) => (state.filters[key]?.length ?? 0) > 0);
    status!.textContent = narrowed ? (root!.dataset.template ?? '').replace('{shown}', format.format(shown)).replace('{total}', format.format(cards.length)) : '';
    if (narrowed) panel!.open = true;
    const finder = toFinderParams({ ...state, near: near ?? undefined });
    finderLink!.href = `${baseFinder.pathname}?${finder.toString()}`;
  }

  function fromUrl(): void {
    apply(parseFinderParams(new URLSearchParams(window.location.search), known).state);
  }

  for (const box of facetBoxes) {
    box.addEventListener('change', () => {
      const state = stateFromBoxes();
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
