/**
 * Astro-side loader: reads the content collection once per build and hands the derived directory
 * (src/lib/directory/directory.ts) to every page. Pages import from here, never from astro:content directly.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildDirectory, placeFor, type Directory, type DirectoryEntry } from '../lib/directory/directory.ts';
import { loadMunicipalities, municipalitiesByCode } from './geo.ts';
import { buildDate } from './build-date.ts';
import { distanceKm } from '../lib/geo/nearest.ts';
import { aroundTheClock, offeredFirst, placeHelp, type Audience, type PlaceHelp } from '../lib/directory/offered-first.ts';

let cached: Promise<{ directory: Directory; collection: CollectionEntry<'projects'>[]; today: Date }> | undefined;


export function loadDirectory() {
  cached ??= getCollection('projects').then((collection) => ({
    collection,
    today: buildDate,
    directory: buildDirectory(collection.map((entry) => entry.data), loadMunicipalities()),
  }));
  return cached;
}

/** An entry's Markdown body as a component (the entry page renders it). */
export const renderEntry = (entry: CollectionEntry<'projects'>) => render(entry);

export interface PlaceRanking {
  help: PlaceHelp;
  /** Every entry serving the place in the rule's order, per reader (what /data/near/CODE.json lists). */
  ranked: Record<Audience, DirectoryEntry[]>;
  /** Current lines of the place's country that answer around the clock. */
  allDay: ReturnType<typeof aroundTheClock>;
}

// A place is ranked for its page in three languages and for its /data/near file: once a build, and only
// over the entries that serve it (directory.servedBy), not over every entry.
const rankings = new Map<string, Promise<PlaceRanking>>();
const allDayByCountry = new Map<string, ReturnType<typeof aroundTheClock>>();

/** The ranking rule (src/lib/directory/offered-first.ts) applied to one municipality, worked out once per build. */
export function loadPlaceRanking(code: string): Promise<PlaceRanking> {
  let ranking = rankings.get(code);
  if (!ranking) {
    ranking = loadDirectory().then(({ directory, today }) => {
      const byCode = municipalitiesByCode();
      const place = placeFor(code, (c) => byCode.get(c)?.centroid, distanceKm);
      const here = directory.servedBy.get(code) ?? [];
      const country = byCode.get(code)?.country ?? '';
      if (!allDayByCountry.has(country)) allDayByCountry.set(country, aroundTheClock(directory.entries, country, today));
      return {
        help: placeHelp(here, place, today),
        ranked: { family: offeredFirst(here, place, 'family', today), professional: offeredFirst(here, place, 'professional', today) },
        allDay: allDayByCountry.get(country)!,
      };
    });
    rankings.set(code, ranking);
  }
  return ranking;
}
