/**
 * The index page's finder: full-text search and facet filters on Pagefind's JS API, as a small
 * script rather than a React island. The page must stay under 40 KB of JavaScript before the first
 * query and React alone is ~60 KB; Pagefind's own code and index chunks load only when someone
 * searches or filters. Pagefind's default UI is AND-only, so the panel is our own: OR within a facet
 * (`any`), AND across facets, and each facet's counts come from a search without that facet's own
 * selection (counts tell what ticking one more box would give).
 *
 * State lives in the URL (src/lib/finder/finder-state.ts), so a worker can send a link and Back/Forward
 * restore it. Without JavaScript the server-rendered list and the static facet pages do the work.
 *
 * This file wires the page: the form, the URL and the events. The search run is finder-search.ts (and
 * finder-offers.ts), a result card finder-card.ts, Pagefind itself pagefind-client.ts.
 */
import {
  effectiveSort,
  emptyState,
  pagefindFilters,
  parseFinderParams,
  toFinderParams,
  type FinderState,
  type FinderStringKey,
} from '../lib/finder/finder-state.ts';
import { readPanel } from './filter-panel.ts';
import { finderSearch } from './finder-search.ts';
import { loadPagefind } from './pagefind-client.ts';
import { readStrings, textOf } from './strings.ts';

/**
 * The wait after a keystroke before searching. The first keystroke of a query searches sooner: the
 * first card then comes quickly, and the index chunks for the word are already loading meanwhile
 * (preload on every keystroke). Later keystrokes wait longer, so typing does not flicker the list.
 */
const FIRST_DEBOUNCE_MS = 100;
const DEBOUNCE_MS = 250;

function init(): void {
  const root = document.querySelector<HTMLElement>('[data-finder-root]');
  const form = root?.querySelector<HTMLFormElement>('form[data-finder]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const panel = root?.querySelector<HTMLDetailsElement>('[data-filter-panel]');
  const list = root?.querySelector<HTMLOListElement>('[data-finder-results]');
  const status = root?.querySelector<HTMLElement>('[data-finder-status]');
  const sortSelect = root?.querySelector<HTMLSelectElement>('#finder-sort');
  const blankCard = root?.querySelector<HTMLTemplateElement>('template[data-finder-card]');
  if (!root || !form || !input || !panel || !list || !status || !sortSelect || !blankCard) return;
  const text = textOf(readStrings<FinderStringKey>(root));
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const notice = $<HTMLElement>('[data-finder-notice]');

  // The panel's checkboxes are the vocabulary the browser knows: values and labels in this language.
  const filterPanel = readPanel(panel);
  const { facetBoxes, endedBox, known } = filterPanel;
  // Shown by CSS already (html.js); the attributes follow for consistency. The panel does what the facet links do.
  panel.hidden = false;
  $<HTMLElement>('[data-finder-sort]').hidden = false;

  let state: FinderState = emptyState();
  let timer: number | undefined;
  const search = finderSearch({ root, panel: filterPanel, text, apply });

  /** The state the controls show; the sort select counts only when it was the control just changed. */
  function readForm(sortChanged = false): FinderState {
    const next = filterPanel.read({
      ...emptyState(),
      q: input!.value,
      sort: state.sort,
      near: state.near,
      audience: state.audience,
    });
    if (sortChanged) {
      // The select shows the effective sort; only a choice that differs from the default is kept in the URL.
      const sort = sortSelect!.value as FinderState['sort'];
      next.sort = sort !== effectiveSort({ ...next, sort: undefined }) ? sort : undefined;
    }
    return next;
  }

  function writeForm(): void {
    input!.value = state.q;
    filterPanel.write(state);
    const nearest = sortSelect!.querySelector<HTMLOptionElement>('option[value="nearest"]')!;
    nearest.disabled = !state.near;
    nearest.hidden = !state.near;
    sortSelect!.querySelector<HTMLOptionElement>('option[value="relevance"]')!.disabled = !state.q.trim();
    sortSelect!.value = effectiveSort(state);
  }

  function pushUrl(mode: 'push' | 'replace'): void {
    const url = new URL(window.location.href);
    url.search = toFinderParams(state).toString();
    if (url.href === window.location.href) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function apply(next: FinderState, mode: 'push' | 'replace' | 'none'): void {
    state = next;
    writeForm();
    if (mode !== 'none') pushUrl(mode);
    void search.render(state);
  }

  function fromUrl(): void {
    const { state: parsed, ignored } = parseFinderParams(new URLSearchParams(window.location.search), known);
    notice.hidden = ignored.length === 0;
    notice.textContent = ignored.length > 0 ? text('search.ignored', { values: ignored.join(', ') }) : '';
    apply(parsed, 'none');
  }

  $<HTMLButtonElement>('[data-finder-clear-word]').addEventListener('click', () => {
    apply({ ...state, q: '' }, 'push');
    input.focus();
  });
  $<HTMLButtonElement>('[data-finder-clear-filters]').addEventListener('click', () => {
    apply(
      { ...emptyState(), q: state.q, ...(state.near ? { near: state.near } : {}), audience: state.audience },
      'push',
    );
    input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search.keepWord();
    window.clearTimeout(timer);
    apply(readForm(), 'push');
  });
  // Pagefind starts loading when someone reaches for the field, so it is ready or nearly by the first keystroke.
  for (const type of ['focus', 'pointerdown'])
    input.addEventListener(type, () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    search.keepWord();
    window.clearTimeout(timer);
    const next = readForm();
    const query = next.q.trim();
    if (query)
      void loadPagefind()
        .then((pf) => pf.preload(query, { filters: pagefindFilters(next) }))
        .catch(() => undefined);
    timer = window.setTimeout(() => apply(readForm(), 'replace'), state.q.trim() ? DEBOUNCE_MS : FIRST_DEBOUNCE_MS);
  });
  for (const box of [...facetBoxes, ...(endedBox ? [endedBox] : [])])
    box.addEventListener('change', () => apply(readForm(), 'push'));
  sortSelect.addEventListener('change', () => apply(readForm(true), 'push'));
  $<HTMLButtonElement>('[data-filter-clear]').addEventListener('click', () => {
    apply({ ...emptyState(), ...(state.near ? { near: state.near } : {}), audience: state.audience }, 'push');
    input.focus();
  });
  $<HTMLButtonElement>('[data-finder-place-remove]').addEventListener('click', () => {
    const { near: _near, ...rest } = state;
    apply({ ...rest, sort: rest.sort === 'nearest' ? undefined : rest.sort }, 'push');
    sortSelect.focus();
  });
  // Keyboard and screen-reader users land on the first new result, not on a button that then disappears.
  $<HTMLButtonElement>('[data-finder-more]').addEventListener('click', () => {
    void search.more().then((first) => first?.querySelector<HTMLAnchorElement>('[data-slot="link"]')?.focus());
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}

init();

// A module, not a global script: each page script keeps its names to itself.
export {};
