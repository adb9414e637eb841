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
 */
import {
  activeValues, effectiveSort, emptyState, filterKeys, formatCount, isNarrowed, narrowestFilter, pagefindFilters, parseFinderParams,
  toFinderParams, withoutValue, type FilterKey, type FinderState, type FinderStringKey, type PagefindFilters,
} from '../lib/finder/finder-state.ts';
import { municipalityName } from '../lib/geo/municipality-name.ts';
import { findMunicipalities, searchNames } from '../lib/geo/municipality-search.ts';
import { foldText } from '../lib/text.ts';
import { countryOfRegion, type Region, type UiLanguage } from '../schemas/vocabularies.ts';
import { fetchOnce, loadPlaces } from './fetch-once.ts';
import { readPanel } from './filter-panel.ts';
import { readStrings, textOf } from './strings.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  /** Pagefind's sections of the page: one per heading with an id (`anchor`), and the part before the first heading. */
  sub_results?: { excerpt: string; anchor?: { id: string } }[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult { id: string; data: () => Promise<PagefindData> }
interface PagefindResponse { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  init: () => Promise<void>;
  preload: (query: string, options?: { filters?: PagefindFilters }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse>;
}

/**
 * Results shown at once, and so fragments loaded per query (Pagefind loads one per result shown):
 * about what a screen holds; "Show more results" loads the next ones.
 */
const PAGE = 10;
/**
 * The wait after a keystroke before searching. The first keystroke of a query searches sooner: the
 * first card then comes quickly, and the index chunks for the word are already loading meanwhile
 * (preload on every keystroke). Later keystrokes wait longer, so typing does not flicker the list.
 */
const FIRST_DEBOUNCE_MS = 100;
const DEBOUNCE_MS = 250;

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind's code, WebAssembly and entry file; started when the search field is first touched, not on page load. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.init();
    return pf;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

// filters() loads every filter chunk once; without it a search only counts the facets it filters on.
// Loaded after the first results are shown, so the counts never delay them.
let allFilters: Promise<unknown> | undefined;
function loadAllFilters(pf: Pagefind): Promise<unknown> {
  allFilters ??= pf.filters();
  allFilters.catch(() => (allFilters = undefined));
  return allFilters;
}

// The ranking rule's order of the entries serving one place (src/lib/directory/offered-first.ts, /data/near/CODE.json).
// `pages`: per language, each listed entry's Pagefind page id (src/integrations/pagefind-index.ts adds it).
type PlaceRanking = Record<'family' | 'professional', string[]> & { pages: Record<string, Record<string, string>> };
const loadRanking = (code: string) => fetchOnce<PlaceRanking>(`/data/near/${encodeURIComponent(code)}.json`);

function init(): void {
  const root = document.querySelector<HTMLElement>('[data-finder-root]');
  const form = root?.querySelector<HTMLFormElement>('form[data-finder]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const panel = root?.querySelector<HTMLDetailsElement>('[data-filter-panel]');
  const list = root?.querySelector<HTMLOListElement>('[data-finder-results]');
  const status = root?.querySelector<HTMLElement>('[data-finder-status]');
  const sortSelect = root?.querySelector<HTMLSelectElement>('#finder-sort');
  if (!root || !form || !input || !panel || !list || !status || !sortSelect) return;
  const text = textOf(readStrings<FinderStringKey>(root));
  const lang = (root.dataset.lang ?? 'nl') as UiLanguage;
  const locale = root.dataset.locale ?? 'en';
  const placePath = root.dataset.placePath ?? '';
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const notice = $<HTMLElement>('[data-finder-notice]');
  const moreRow = $<HTMLElement>('[data-finder-more-row]');
  const empty = $<HTMLElement>('[data-finder-empty]');
  const dropRow = $<HTMLElement>('[data-finder-drop-row]');
  const dropButton = $<HTMLButtonElement>('[data-finder-drop]');
  const clearWord = $<HTMLButtonElement>('[data-finder-clear-word]');
  const clearFilters = $<HTMLButtonElement>('[data-finder-clear-filters]');
  const placeRow = $<HTMLElement>('[data-finder-place]');
  const sortRow = $<HTMLElement>('[data-finder-sort]');
  const fullList = document.querySelector<HTMLElement>('[data-finder-full]');
  const blankCard = root.querySelector<HTMLTemplateElement>('template[data-finder-card]');
  if (!blankCard) return;

  // The panel's checkboxes are the vocabulary the browser knows: values and labels in this language.
  const filterPanel = readPanel(panel);
  const { facetBoxes, endedBox, known, labels } = filterPanel;
  // Shown by CSS already (html.js); the attributes follow for consistency. The panel does what the facet links do.
  panel.hidden = false;
  sortRow.hidden = false;

  let state: FinderState = emptyState();
  let shown: PagefindResult[] = [];
  let shownCount = 0;
  let timer: number | undefined;
  let run = 0;
  /**
   * The search word the page was opened with (a shared link, the language switch) is checked once: a
   * word of another language ("retour" on the English page) that finds nothing with the filters, while
   * the filters alone do, is dropped with a one-line notice, so the link still shows what it was for.
   */
  let checkOpeningWord = true;

  /** The state the controls show; the sort select counts only when it was the control just changed. */
  function readForm(sortChanged = false): FinderState {
    const next = filterPanel.read({ ...emptyState(), q: input!.value, sort: state.sort, near: state.near, audience: state.audience });
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

  /**
   * A result card: a clone of the blank card InitiativeCard.astro renders, its slots filled from the
   * entry's Pagefind record (metadata written by FinderFilters.astro), the parts with no value removed.
   */
  function card(item: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    li.append(blankCard!.content.cloneNode(true));
    const slot = (name: string) => li.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
    const fill = (name: string, value: string | undefined) => {
      slot(name).textContent = value ?? '';
    };
    const link = slot('link') as HTMLAnchorElement;
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    fill('org', item.meta.org);
    fill('where', item.meta.where);
    const stopped = item.filters.current?.includes('no') ?? false;
    fill('status', stopped ? item.meta.status : undefined);
    fill('successor', stopped ? item.meta.successor : undefined);
    fill('stale', item.meta.stale);
    // The summary, in the page's language, always. Below it, where the word was found in the body, when the body
    // is in this language: Pagefind's sub-result of a body section (one per heading with an id; the part before the
    // first heading is the summary itself, so it has no anchor) whose excerpt marks the word. Pagefind escapes the
    // excerpt and puts <mark> around the matched words. A word found only in metadata (name, places, search
    // words, a body in another language: see the entry page) has no such excerpt, and the card shows none.
    fill('summary', item.meta.summary);
    const inBody = state.q.trim() ? item.sub_results?.find((sub) => sub.anchor && sub.excerpt.includes('<mark>')) : undefined;
    if (inBody) slot('excerpt').innerHTML = inBody.excerpt;
    // Only a current number has a meta (FinderFilters.astro), so only it gets a call link.
    const phone = slot('phone') as HTMLAnchorElement;
    if (item.meta.tel && item.meta.phone) {
      phone.href = `tel:${item.meta.tel}`;
      phone.textContent = item.meta.phone;
    }
    const badge = slot('badge');
    badge.replaceWith(...(item.meta.badges ?? '').split(' | ').filter(Boolean).map((label) => Object.assign(badge.cloneNode(), { textContent: label })));
    const languages = slot('languages');
    const named = (item.filters.language ?? []).map((v) => labels.get(`language:${v}`) ?? v);
    languages.textContent = named.length > 0 ? named.join(', ') : (languages.dataset.unknown ?? '');
    for (const flagged of li.querySelectorAll<HTMLElement>('[data-card-flag]')) {
      if (!item.meta[flagged.dataset.cardFlag ?? '']) flagged.remove();
    }
    for (const part of li.querySelectorAll<HTMLElement>('[data-card-part]:not([data-card-flag])')) {
      if (!part.textContent?.trim() || [...part.querySelectorAll('[data-slot]')].every((s) => !s.textContent?.trim())) part.remove();
    }
    return li;
  }

  /** The next page of cards: fragments requested together, each card shown as soon as it and those before it arrive. */
  async function showMore(mine: number): Promise<HTMLLIElement | undefined> {
    const next = shown.slice(shownCount, shownCount + PAGE);
    shownCount += next.length;
    let first: HTMLLIElement | undefined;
    for (const pending of next.map((r) => r.data())) {
      const item = await pending;
      if (mine !== run) return undefined;
      const li = card(item);
      first ??= li;
      list!.append(li);
    }
    moreRow.hidden = shownCount >= shown.length;
    return first;
  }

  async function order(results: PagefindResult[]): Promise<PagefindResult[]> {
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

  async function resolvePlace(): Promise<void> {
    const row = $<HTMLElement>('[data-finder-place-text]');
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

  async function countsFor(pf: Pagefind, main: PagefindResponse, query: string | null): Promise<void> {
    const counts: Partial<Record<FilterKey, Record<string, number> | undefined>> = {};
    for (const key of filterKeys) {
      const selected = (state.filters[key]?.length ?? 0) > 0;
      counts[key] = selected ? (await pf.search(query, { filters: pagefindFilters(state, key) })).filters[key] : main.filters[key];
    }
    filterPanel.setCounts((key, value) => counts[key]?.[value] ?? 0, new Intl.NumberFormat(locale));
  }

  async function render(): Promise<void> {
    const mine = ++run;
    list!.replaceChildren();
    moreRow.hidden = true;
    empty.hidden = true;
    const narrowed = isNarrowed(state) || state.near !== undefined;
    if (fullList) fullList.hidden = narrowed;
    await resolvePlace();
    if (mine !== run) return;
    if (!narrowed && !pagefind) {
      status!.textContent = '';
      return;
    }
    if (narrowed) status!.textContent = text('search.loading');
    const query = state.q.trim() || null;
    try {
      const pf = await loadPagefind();
      const sort = effectiveSort(state) === 'name' ? { sort: { name: 'asc' as const } } : {};
      const main = await pf.search(query, { filters: pagefindFilters(state), ...sort });
      if (mine !== run) return;
      if (checkOpeningWord) {
        checkOpeningWord = false;
        // A word that finds nothing in this language is dropped (a search shared across languages), unless it is
        // a place's name: then the place is offered below instead.
        if (query && main.results.length === 0 && !(await placeNamed(query)) && (await pf.search(null, { filters: pagefindFilters(state) })).results.length > 0) {
          if (mine !== run) return;
          notice.textContent = [notice.hidden ? '' : notice.textContent, text('search.wordDropped', { word: query.slice(0, 60) })].filter(Boolean).join(' ');
          notice.hidden = false;
          apply({ ...state, q: '' }, 'replace');
          return;
        }
      }
      if (narrowed) {
        shown = await order(main.results);
        shownCount = 0;
        if (mine !== run) return;
        await showMore(mine);
        if (mine !== run) return;
        status!.textContent = formatCount({ zero: text('search.count.zero'), one: text('search.count.one'), many: text('search.count.other') }, shown.length, locale);
        void offerPlace(query, mine);
      } else {
        status!.textContent = '';
      }
      // Then the counts beside each facet value (all filter chunks, once), and the empty state's suggestion.
      await loadAllFilters(pf);
      if (mine !== run) return;
      await countsFor(pf, await pf.search(query, { filters: pagefindFilters(state) }), query);
      if (mine !== run) return;
      if (narrowed && shown.length === 0) await showEmpty(pf, query, mine);
    } catch {
      if (mine !== run) return;
      status!.textContent = text('search.failed');
      if (fullList) fullList.hidden = false; // the static list and facet pages still work
      document.documentElement.classList.add('finder-failed');
    }
  }

  /** A query that is a place name ("Genk", "Liège", "Den Haag"): offer its page and the services serving it. */
  /** The municipality the query names exactly (one of its names), if any: such a word is a place, not a word to drop. */
  async function placeNamed(query: string | null) {
    const folded = foldText(query ?? '');
    if (folded.length < 2) return undefined;
    const found = findMunicipalities(folded, await loadPlaces().then((file) => file.places).catch(() => []), 1)[0];
    return found && searchNames(found).includes(folded) ? found : undefined;
  }

  async function offerPlace(query: string | null, mine: number): Promise<void> {
    const row = $<HTMLElement>('[data-finder-placeq]');
    row.hidden = true;
    if (state.near) return;
    const found = await placeNamed(query);
    if (mine !== run || !found) return;
    const name = municipalityName(found, lang);
    const link = (href: string, label: string) => Object.assign(document.createElement('a'), { href, textContent: label });
    const serving = toFinderParams({ ...emptyState(), near: found.code, audience: state.audience });
    row.replaceChildren(`${text('finder.placeQuery', { query: query ?? '' })} `, link(placePath.replace('{slug}', found.slug[lang] ?? ''), text('finder.placePage', { name })), ' · ', link(`?${serving}`, text('finder.placeServing', { name })));
    row.hidden = false;
  }

  /** Nothing found: offer to drop the filter that narrows most, and the helplines of the country in question. */
  async function showEmpty(pf: Pagefind, query: string | null, mine: number): Promise<void> {
    const candidates = [];
    for (const { key, value } of activeValues(state)) {
      const count = (await pf.search(query, { filters: pagefindFilters(withoutValue(state, key, value)) })).results.length;
      candidates.push({ key, value, count });
    }
    if (mine !== run) return;
    clearWord.hidden = !state.q.trim();
    clearFilters.hidden = candidates.length === 0;
    const drop = narrowestFilter(candidates);
    dropRow.hidden = !drop;
    if (drop) {
      dropButton.textContent = text('search.drop', { label: labels.get(`${drop.key}:${drop.value}`) ?? drop.value, count: drop.count });
      dropButton.onclick = () => apply(withoutValue(state, drop.key, drop.value), 'push');
    }
    const chosen = new Set([...(state.filters.country ?? []), ...(state.filters.region ?? []).map((r) => countryOfRegion(r as Region))]);
    for (const group of root!.querySelectorAll<HTMLElement>('[data-helplines-country]')) {
      group.hidden = chosen.size > 0 && !chosen.has(group.dataset.helplinesCountry ?? '');
    }
    empty.hidden = false;
  }

  function apply(next: FinderState, mode: 'push' | 'replace' | 'none'): void {
    state = next;
    writeForm();
    if (mode !== 'none') pushUrl(mode);
    void render();
  }

  function fromUrl(): void {
    const { state: parsed, ignored } = parseFinderParams(new URLSearchParams(window.location.search), known);
    notice.hidden = ignored.length === 0;
    notice.textContent = ignored.length > 0 ? text('search.ignored', { values: ignored.join(', ') }) : '';
    apply(parsed, 'none');
  }

  clearWord.addEventListener('click', () => {
    apply({ ...state, q: '' }, 'push');
    input.focus();
  });
  clearFilters.addEventListener('click', () => {
    apply({ ...emptyState(), q: state.q, ...(state.near ? { near: state.near } : {}), audience: state.audience }, 'push');
    input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    checkOpeningWord = false;
    window.clearTimeout(timer);
    apply(readForm(), 'push');
  });
  // Pagefind starts loading when someone reaches for the field, so it is ready or nearly by the first keystroke.
  for (const type of ['focus', 'pointerdown']) input.addEventListener(type, () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    checkOpeningWord = false;
    window.clearTimeout(timer);
    const next = readForm();
    const query = next.q.trim();
    if (query) void loadPagefind().then((pf) => pf.preload(query, { filters: pagefindFilters(next) })).catch(() => undefined);
    timer = window.setTimeout(() => apply(readForm(), 'replace'), state.q.trim() ? DEBOUNCE_MS : FIRST_DEBOUNCE_MS);
  });
  for (const box of [...facetBoxes, ...(endedBox ? [endedBox] : [])]) box.addEventListener('change', () => apply(readForm(), 'push'));
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
  // One page at a time: a second click while one loads would interleave the two pages' cards.
  let loadingMore = false;
  $<HTMLButtonElement>('[data-finder-more]').addEventListener('click', () => {
    if (loadingMore) return;
    loadingMore = true;
    void showMore(run)
      .then((first) => first?.querySelector<HTMLAnchorElement>('[data-slot="link"]')?.focus())
      .finally(() => (loadingMore = false));
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}

init();

// A module, not a global script: each page script keeps its names to itself.
export {};
