/**
 * One URL per page type and language, for the quality gates (axe, reflow, no-JavaScript, privacy).
 * Extend this list when a page type is added; the gates then cover it in every declared language
 * (src/schemas/languages.ts): the addresses come from src/lib/routes.ts, and the few examples that
 * differ per language are typed per language, so a new language is asked for its own.
 */
import { routes } from '../../src/lib/routes.ts';
import { facetPath, type FacetKey } from '../../src/lib/finder/facets.ts';
import { perLanguage, type UiLanguage } from '../../src/schemas/languages.ts';

export const entryId = 'de-touter-hoedsaam';

/** A municipality page per language, from different parts of both countries. */
const municipalityExample: Record<UiLanguage, string> = { nl: 'vilvoorde', fr: 'liege', en: 'amsterdam', de: 'eupen' };
/** A guide per language (its localised slug). */
const guideExample: Record<UiLanguage, string> = {
  nl: 'preventieniveaus',
  fr: 'niveaux-de-prevention',
  en: 'prevention-levels',
  de: 'praeventionsebenen',
};
/** A facet page per language: facet and value. */
const facetExample: Record<UiLanguage, [FacetKey, string]> = {
  nl: ['level', 'tertiary'],
  fr: ['target', 'parents'],
  en: ['target', 'young-people'],
  de: ['target', 'parents'],
};

const each = (build: (lang: UiLanguage) => string) => perLanguage(build);

export const pageTypes = {
  home: each((l) => routes.home(l)),
  index: each((l) => routes.section(l, 'initiatives')),
  entry: each((l) => routes.initiative(l, entryId)),
  about: each((l) => routes.section(l, 'about')),
  privacy: each((l) => routes.section(l, 'privacy')),
  guides: each((l) => routes.section(l, 'guide')),
  guide: each((l) => `${routes.section(l, 'guide')}${guideExample[l]}/`),
  municipality: each((l) => routes.municipality(l, municipalityExample[l])),
  municipalities: each((l) => routes.section(l, 'municipalities')),
  // "Which one?" for the place form without JavaScript (Deurne's page: src/lib/geo/place-queries.ts).
  placeChoice: each((l) => routes.placeChoice(l, 'd')),
  map: each((l) => routes.section(l, 'map')),
  coverage: each((l) => routes.section(l, 'coverage')),
  dataReport: each((l) => routes.section(l, 'dataReport')),
  openData: each((l) => routes.section(l, 'openData')),
  changes: each((l) => routes.section(l, 'changes')),
  facet: each((l) => facetPath(...facetExample[l], l)),
  // An entry's "suggest a change" form (noindex: not in the sitemap).
  suggest: each((l) => routes.suggest(l, entryId)),
  safeBrowsing: each((l) => routes.section(l, 'safeBrowsing')),
  // A wrong address: the language's "not found" page (status 404).
  notFound: each((l) => `${routes.home(l)}this-page-does-not-exist/`),
};

export const everyPage = Object.entries(pageTypes).flatMap(([type, byLang]) =>
  Object.entries(byLang).map(([lang, path]) => ({ type, lang, path })),
);
