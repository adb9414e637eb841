/**
 * What the finder offers beside its results (src/scripts/finder-search.ts): a query that names a place
 * leads to that place; a search that finds nothing offers to drop the filter that narrows most, to
 * clear the word or the filters, and the helplines of the country in question.
 */
import {
  activeValues,
  emptyState,
  narrowestFilter,
  pagefindFilters,
  toFinderParams,
  withoutValue,
  type FinderState,
} from '../lib/finder/finder-state.ts';
import { municipalityName } from '../lib/geo/municipality-name.ts';
import { findMunicipalities, searchNames } from '../lib/geo/municipality-search.ts';
import { foldText } from '../lib/text.ts';
import { countryOfRegion, type Region } from '../schemas/vocabularies/place-and-kind.ts';
import { loadPlaces } from './fetch-once.ts';
import { pageLanguage, type FinderPage } from './finder-search.ts';
import type { Pagefind } from './pagefind-client.ts';

/** The municipality the query names exactly (one of its names), if any: such a word is a place, not a word to drop. */
export async function placeNamed(query: string | null) {
  const folded = foldText(query ?? '');
  if (folded.length < 2) return undefined;
  const found = findMunicipalities(
    folded,
    await loadPlaces()
      .then((file) => file.places)
      .catch(() => []),
    1,
  )[0];
  return found && searchNames(found).includes(folded) ? found : undefined;
}

/** A query that is a place name ("Genk", "Liège", "Den Haag"): offer its page and the services serving it. */
export async function offerPlace(
  { root, text }: FinderPage,
  state: FinderState,
  query: string | null,
  current: () => boolean,
): Promise<void> {
  const row = root.querySelector<HTMLElement>('[data-finder-placeq]')!;
  row.hidden = true;
  if (state.near) return;
  const found = await placeNamed(query);
  if (!current() || !found) return;
  const lang = pageLanguage(root);
  const name = municipalityName(found, lang);
  const link = (href: string, label: string) =>
    Object.assign(document.createElement('a'), { href, textContent: label });
  const serving = toFinderParams({ ...emptyState(), near: found.code, audience: state.audience });
  row.replaceChildren(
    `${text('finder.placeQuery', { query: query ?? '' })} `,
    link((root.dataset.placePath ?? '').replace('{slug}', found.slug[lang] ?? ''), text('finder.placePage', { name })),
    ' · ',
    link(`?${serving}`, text('finder.placeServing', { name })),
  );
  row.hidden = false;
}

/** Nothing found: offer to drop the filter that narrows most, and the helplines of the country in question. */
export async function showEmpty(
  { root, text, panel, apply }: FinderPage,
  pf: Pagefind,
  state: FinderState,
  query: string | null,
  current: () => boolean,
): Promise<void> {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const candidates = [];
  for (const { key, value } of activeValues(state)) {
    const count = (await pf.search(query, { filters: pagefindFilters(withoutValue(state, key, value)) })).results
      .length;
    candidates.push({ key, value, count });
  }
  if (!current()) return;
  $('[data-finder-clear-word]').hidden = !state.q.trim();
  $('[data-finder-clear-filters]').hidden = candidates.length === 0;
  const drop = narrowestFilter(candidates);
  const dropButton = $<HTMLButtonElement>('[data-finder-drop]');
  $('[data-finder-drop-row]').hidden = !drop;
  if (drop) {
    dropButton.textContent = text('search.drop', {
      label: panel.labels.get(`${drop.key}:${drop.value}`) ?? drop.value,
      count: drop.count,
    });
    dropButton.onclick = () => apply(withoutValue(state, drop.key, drop.value), 'push');
  }
  const chosen = new Set([
    ...(state.filters.country ?? []),
    ...(state.filters.region ?? []).map((r) => countryOfRegion(r as Region)),
  ]);
  for (const group of root.querySelectorAll<HTMLElement>('[data-helplines-country]')) {
    group.hidden = chosen.size > 0 && !chosen.has(group.dataset.helplinesCountry ?? '');
  }
  $('[data-finder-empty]').hidden = false;
}
