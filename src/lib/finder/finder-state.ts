/**
 * The finder's state (query, facet values, sort, ended entries shown or not, a chosen place) and its
 * URL form. Pure and dependency-free: it ships in the index page's script and the municipality page's
 * filter script, so it must stay tiny; the vocabularies (labels) stay on the server and reach the
 * browser as the rendered filter panel. `tests/unit/finder-state.test.ts` checks that `filterKeys`
 * equals the facet keys of src/lib/finder/facets.ts.
 *
 * How a list parameter and the audience read from a URL is src/lib/url-state.ts's (shared with the map).
 *
 * URL form: the one a plain GET form produces, `?q=ouders&level=primary&level=tertiary&sort=name`,
 * with language-neutral values, so a link keeps its meaning after a language switch.
 */
import { plural } from '../format.ts';
import { audienceFromParams, listParam, setAudienceParam } from '../url-state.ts';
import type { UiKey } from '../../i18n/translate.ts';

/** The UI strings the finder script shows: SearchForm.astro gives exactly these (src/scripts/strings.ts). */
export const finderStringKeys = [
  'search.loading',
  'search.failed',
  'search.ignored',
  'search.drop',
  'search.near',
  'search.placeFailed',
  'search.wordDropped',
  'search.count.zero',
  'search.count.one',
  'search.count.other',
  // A query that is a place name offers that place's page and the services serving it.
  'finder.placeQuery',
  'finder.placePage',
  'finder.placeServing',
] as const satisfies readonly UiKey[];
export type FinderStringKey = (typeof finderStringKeys)[number];

export const filterKeys = ['level', 'method', 'target', 'region', 'country', 'language', 'access'] as const;
export type FilterKey = (typeof filterKeys)[number];

export const sortOrders = ['relevance', 'name', 'nearest'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface FinderState {
  q: string;
  /** Selected values per facet: OR within a facet, AND across facets. */
  filters: Partial<Record<FilterKey, string[]>>;
  /** Explicit sort, or undefined for the default (relevance with a query, name without). */
  sort?: SortOrder | undefined;
  /** Show ended and merged initiatives too (hidden by default). */
  ended: boolean;
  /** Municipality code chosen with "help near me", for nearest-first sorting. */
  near?: string | undefined;
  /** `for=professional`: the reader works with families (src/lib/directory/offered-first.ts); absent means a family. */
  audience?: 'professional' | undefined;
}

export type KnownValues = Partial<Record<FilterKey, ReadonlySet<string>>>;

export const MAX_QUERY = 200;
const municipalityCode = /^[A-Z0-9]{2,4}-?[A-Z0-9]{2,8}$/i;

export const emptyState = (): FinderState => ({ q: '', filters: {}, ended: false });

/**
 * Read the state from a query string. Facet values not in `known` are dropped and reported in
 * `ignored` (as `key=value`), so the page can say so instead of silently showing everything.
 */
export function parseFinderParams(
  params: URLSearchParams,
  known: KnownValues,
): { state: FinderState; ignored: string[] } {
  const state = emptyState();
  const ignored: string[] = [];
  state.q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY);
  for (const key of filterKeys) {
    const { values, unknown } = listParam(params, key, known[key]);
    ignored.push(...unknown.map((value) => `${key}=${value.slice(0, 40)}`));
    if (values.length > 0) state.filters[key] = values;
  }
  const sort = params.get('sort');
  if (sort && (sortOrders as readonly string[]).includes(sort)) state.sort = sort as SortOrder;
  state.ended = params.get('ended') === '1';
  const near = params.get('near')?.trim();
  if (near && municipalityCode.test(near)) state.near = near;
  if (audienceFromParams(params) === 'professional') state.audience = 'professional';
  return { state, ignored };
}

/** The canonical query string of a state (stable order, defaults left out). */
export function toFinderParams(state: FinderState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim().slice(0, MAX_QUERY));
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  if (state.ended) params.set('ended', '1');
  if (state.near) params.set('near', state.near);
  setAudienceParam(params, state.audience ?? 'family');
  return params;
}

/** Whether the state asks for a result list rather than the full server-rendered directory. */
export function isNarrowed(state: FinderState): boolean {
  return state.q.trim() !== '' || filterKeys.some((key) => (state.filters[key]?.length ?? 0) > 0);
}

/** The sort in effect: nearest needs a place, relevance needs a query. */
export function effectiveSort(state: FinderState): SortOrder {
  if (state.sort === 'nearest' && state.near) return 'nearest';
  if (state.sort === 'name') return 'name';
  return state.q.trim() ? 'relevance' : state.near ? 'nearest' : 'name';
}

export type PagefindFilters = Record<string, { any: string[] } | string>;

/** Pagefind's filter object: `any` (OR) within a facet, facets combined with AND; ended entries hidden unless asked. */
export function pagefindFilters(state: FinderState, except?: FilterKey): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of filterKeys) {
    const values = state.filters[key];
    if (key !== except && values && values.length > 0) filters[key] = { any: [...values] };
  }
  if (!state.ended) filters.current = 'yes';
  return filters;
}

/** The same state without one facet value (for "remove this filter" and the empty state's suggestion). */
export function withoutValue(state: FinderState, key: FilterKey, value: string): FinderState {
  const rest = (state.filters[key] ?? []).filter((v) => v !== value);
  const filters = { ...state.filters };
  if (rest.length > 0) filters[key] = rest;
  else delete filters[key];
  return { ...state, filters };
}

/** Every selected facet value, in facet order. */
export function activeValues(state: FinderState): { key: FilterKey; value: string }[] {
  return filterKeys.flatMap((key) => (state.filters[key] ?? []).map((value) => ({ key, value })));
}

/**
 * The filter to suggest dropping when nothing matches: the one whose removal brings back the most
 * results (ties: the last one chosen, usually the one that emptied the list).
 */
export function narrowestFilter<T extends { count: number }>(candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const candidate of candidates)
    if (candidate.count > 0 && (!best || candidate.count >= best.count)) best = candidate;
  return best;
}

/**
 * Whether an item with these facet values (`key -> values`, plus `current: ['yes'|'no']`) passes the
 * state's filters: the rule Pagefind applies, for lists already on the page (municipality pages).
 */
export function matchesFilters(values: Readonly<Record<string, readonly string[]>>, state: FinderState): boolean {
  if (!state.ended && !(values.current ?? ['yes']).includes('yes')) return false;
  return filterKeys.every((key) => {
    const wanted = state.filters[key];
    return !wanted || wanted.length === 0 || wanted.some((v) => (values[key] ?? []).includes(v));
  });
}

/** `level:tertiary target:parents current:yes` (the data-filters attribute of a card) -> key -> values. */
export function parseFilterTokens(tokens: string): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const token of tokens.split(/\s+/)) {
    const colon = token.indexOf(':');
    if (colon <= 0) continue;
    (values[token.slice(0, colon)] ??= []).push(token.slice(colon + 1));
  }
  return values;
}

/** The inverse of parseFilterTokens, for the server side. */
export function filterTokens(values: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(values)
    .flatMap(([key, list]) => list.map((v) => `${key}:${v}`))
    .join(' ');
}

/** "{count}" templates chosen by count: zero for 0, then one or many by the locale's plural rules (src/lib/format.ts). */
export function formatCount(
  templates: { zero: string; one: string; many: string },
  count: number,
  locale: string,
): string {
  return plural({ zero: templates.zero, one: templates.one, other: templates.many }, count, locale);
}
