/**
 * Astro-side loader for the guides (src/content/guides/{lang}/*.md): read once per build, sorted by their
 * `order`, and rendered through here, so pages never import astro:content themselves.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { UiLanguage } from '../schemas/languages.ts';

export type Guide = CollectionEntry<'guides'>;

let cached: Promise<Guide[]> | undefined;

/** Every guide in every language, in reading order. */
export function loadGuides(): Promise<Guide[]> {
  cached ??= getCollection('guides').then((guides) => guides.sort((a, b) => a.data.order - b.data.order));
  return cached;
}

/** The language a guide is written in: the folder it sits in. */
export const guideLanguage = (guide: Guide) => guide.id.split('/')[0] as UiLanguage;

/** The guides of one language, in reading order. */
export async function guidesIn(lang: UiLanguage): Promise<Guide[]> {
  return (await loadGuides()).filter((guide) => guideLanguage(guide) === lang);
}

/** A guide's body as a component. */
export const renderGuide = (guide: Guide) => render(guide);
