/**
 * Astro-side loader: reads the content collection once per build and hands the derived directory
 * (src/lib/directory/directory.ts) to every page. Pages import from here, never from astro:content directly.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildDirectory, placeFor, type Directory, type DirectoryEntry } from '../lib/directory/directory.ts';
import { loadMunicipalities, municipalitiesByCode } from './geo.ts';
import { buildDate } from './build-date.ts';
import { distanceKm } from '../lib/geo/nearest.ts';
import { offeredFirst } from '../lib/directory/offered-first.ts';
import { aroundTheClock, placeHelp, type PlaceHelp } from '../lib/directory/start-here.ts';
import { byShownName, nameSortKeys } from '../lib/directory/initiative-name.ts';
import type { UiLanguage } from '../schemas/languages.ts';
import type { Audience } from '../lib/url-state.ts';

let cached: Promise<{ directory: Directory; collection: CollectionEntry<'initiatives'>[]; today: Date }> | undefined;

export function loadDirectory() {
  cached ??= getCollection('initiatives').then((collection) => ({
    collection,
    today: buildDate,
    directory: buildDirectory(
      collection.map((entry) => entry.data),
      loadMunicipalities(),
    ),
  }));
  return cached;
}

// The index pages (one per 100 entries) and every facet page of a language list entries by name: sorted once a language.
const nameOrders = new Map<UiLanguage, Promise<Pick<Directory, 'offered' | 'stopped'>>>();

/**
 * The entries still offered and the stopped ones, each in the alphabetical order of the names a reader
 * of `lang` sees (src/lib/directory/initiative-name.ts), worked out once per build and language.
 */
export function loadNameOrder(lang: UiLanguage): Promise<Pick<Directory, 'offered' | 'stopped'>> {
  let order = nameOrders.get(lang);
  if (!order) {
    order = loadDirectory().then(({ directory }) => ({
      offered: byShownName(directory.offered, lang, (e) => e.data),
      stopped: byShownName(directory.stopped, lang, (e) => e.data),
    }));
    nameOrders.set(lang, order);
  }
  return order;
}

const sortKeys = new Map<UiLanguage, Promise<Map<string, string>>>();
/** Each entry's place in the name order of `lang` (initiative-name.ts nameSortKeys), worked out once per build and language. */
export function loadNameSortKeys(lang: UiLanguage): Promise<Map<string, string>> {
  let keys = sortKeys.get(lang);
  if (!keys) {
    keys = loadDirectory().then(({ directory }) =>
      nameSortKeys(
        directory.entries.map((e) => e.data),
        lang,
      ),
    );
    sortKeys.set(lang, keys);
  }
  return keys;
}

/** An entry's Markdown body as a component (the entry page renders it). */
export const renderEntry = (entry: CollectionEntry<'initiatives'>) => render(entry);

export interface PlaceRanking {
  help: PlaceHelp;
  /** Every entry serving the place in the rule's order, per reader (what /data/near/CODE.json lists). */
  ranked: Record<Audience, DirectoryEntry[]>;
  /** Current lines serving the place that answer around the clock. */
  allDay: ReturnType<typeof aroundTheClock>;
}

// A place is ranked for its page in each language and for its /data/near file: once a build, and only
// over the entries that serve it (directory.servedBy), not over every entry.
const rankings = new Map<string, Promise<PlaceRanking>>();

/** The ranking rule (src/lib/directory/offered-first.ts) applied to one municipality, worked out once per build. */
export function loadPlaceRanking(code: string): Promise<PlaceRanking> {
  let ranking = rankings.get(code);
  if (!ranking) {
    ranking = loadDirectory().then(({ directory, today }) => {
      const byCode = municipalitiesByCode();
      const place = placeFor(code, (c) => byCode.get(c)?.centroid, distanceKm);
      const here = directory.servedBy.get(code) ?? [];
      const country = byCode.get(code)?.country ?? '';
      return {
        help: placeHelp(here, place, today),
        ranked: {
          family: offeredFirst(here, place, 'family', today),
          professional: offeredFirst(here, place, 'professional', today),
        },
        // Only lines that serve the place: a Flemish listening line is no answer at night in Liège.
        allDay: aroundTheClock(here, country, today),
      };
    });
    rankings.set(code, ranking);
  }
  return ranking;
}
