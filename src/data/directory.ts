/**
 * Astro-side loader: reads the content collection once per build and hands the derived directory
 * (src/lib/directory.ts) to every page. Pages import from here, never from astro:content directly.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDirectory, type Directory } from '../lib/directory.ts';
import { loadMunicipalities } from '../lib/geo.ts';

let cached: Promise<{ directory: Directory; collection: CollectionEntry<'projects'>[]; today: Date }> | undefined;

/** The build date: what "current" is measured against (src/lib/evidence.ts takes it as a parameter). */
const buildDate = new Date();

export function loadDirectory() {
  cached ??= getCollection('projects').then((collection) => ({
    collection,
    today: buildDate,
    directory: buildDirectory(collection.map((entry) => entry.data), loadMunicipalities()),
  }));
  return cached;
}
