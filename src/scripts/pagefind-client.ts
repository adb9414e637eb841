/**
 * The finder's Pagefind client: the part of Pagefind's JS API it uses, typed; Pagefind itself loaded on
 * demand (never on page load: the index page must stay small before the first query); and the
 * place ranking files the finder orders results by near a place.
 */
import { pagefindFilters, type FinderState, type FilterKey, type PagefindFilters } from '../lib/finder/finder-state.ts';
import { fetchOnce } from './fetch-once.ts';

export interface PagefindData {
  url: string;
  excerpt: string;
  /** Pagefind's sections of the page: one per heading with an id (`anchor`), and the part before the first heading. */
  sub_results?: { excerpt: string; anchor?: { id: string } }[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  init: () => Promise<void>;
  preload: (query: string, options?: { filters?: PagefindFilters }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindResponse>;
}

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind's code, WebAssembly and entry file; started when the search field is first touched, not on page load. */
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.init();
    return pf;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Whether Pagefind has been asked for (a page with nothing to search leaves it unloaded until then). */
export const pagefindStarted = () => pagefind !== undefined;

// filters() loads every filter chunk once; without it a search only counts the facets it filters on.
// The finder asks after the first results are shown, so the counts never delay them.
let allFilters: Promise<unknown> | undefined;
export function loadAllFilters(pf: Pagefind): Promise<unknown> {
  allFilters ??= pf.filters();
  allFilters.catch(() => (allFilters = undefined));
  return allFilters;
}

/** A search with the state's filters, all of them or all but `except`'s (src/lib/finder/finder-state.ts). */
export const searchWith = (pf: Pagefind, query: string | null, state: FinderState, except?: FilterKey) =>
  pf.search(query, { filters: pagefindFilters(state, except) });

// The ranking rule's order of the entries serving one place (src/lib/directory/offered-first.ts, /data/near/CODE.json).
// `pages`: per language, each listed entry's Pagefind page id (src/integrations/pagefind-index.ts adds it).
export type PlaceRanking = Record<'family' | 'professional', string[]> & {
  pages: Record<string, Record<string, string>>;
};
export const loadRanking = (code: string) => fetchOnce<PlaceRanking>(`/data/near/${encodeURIComponent(code)}.json`);
