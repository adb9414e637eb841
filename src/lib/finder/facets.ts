/**
 * The directory's facets (prevention level, working method, target group, region) with localised,
 * unique URL slugs, derived from the vocabularies. One static page per facet value and language
 * (/nl/preventie/tertiair/, /fr/public-cible/parents/) makes filtering work with links alone.
 */
import { isStillOffered } from '../directory/evidence.ts';
import type { UiKey } from '../../i18n/translate.ts';
import type { Initiative } from '../../schemas/initiative.ts';
import { slugify } from '../text.ts';
import type { Region } from '../../schemas/vocabularies/place-and-kind.ts';
import { accessOptions, serviceLanguages } from '../../schemas/vocabularies/access-and-contact.ts';
import { countries, regions } from '../../schemas/vocabularies/place-and-kind.ts';
import { labelOf, type Labels, type Vocabulary } from '../../schemas/vocabularies/labels.ts';
import { preventionLevels, targetGroups, workingMethods } from '../../schemas/vocabularies/practice.ts';
import { type UiLanguage } from '../../schemas/languages.ts';

/** What a facet reads: the entry and the regions it serves (a DirectoryEntry is one). */
export interface FacetSubject {
  data: Initiative;
  regions: readonly Region[];
}

/** A facet: its URL segment per language, the UI string that names it (src/i18n/…/facet.json), its vocabulary and how an entry's values are read. */
interface FacetDefinition {
  segment: Labels;
  label: UiKey;
  vocabulary: Vocabulary;
  valuesOf: (subject: FacetSubject) => readonly string[];
}

export const facets = {
  level: {
    segment: { nl: 'preventie', fr: 'prevention', en: 'prevention', de: 'praevention' },
    label: 'facet.name.level',
    vocabulary: preventionLevels as Vocabulary,
    valuesOf: ({ data: p }: FacetSubject): readonly string[] => p.preventionLevels.values,
  },
  method: {
    segment: { nl: 'werkvorm', fr: 'methode', en: 'method', de: 'arbeitsweise' },
    label: 'facet.name.method',
    vocabulary: workingMethods as Vocabulary,
    valuesOf: ({ data: p }: FacetSubject): readonly string[] => p.workingMethods.values,
  },
  target: {
    segment: { nl: 'doelgroep', fr: 'public-cible', en: 'target-group', de: 'zielgruppe' },
    label: 'facet.name.target',
    vocabulary: targetGroups as Vocabulary,
    valuesOf: ({ data: p }: FacetSubject): readonly string[] => p.targetGroups.values,
  },
  region: {
    segment: { nl: 'regio', fr: 'region', en: 'region', de: 'region' },
    label: 'facet.name.region',
    vocabulary: regions as Vocabulary,
    // The regions the entry serves (src/lib/coverage/served-areas.ts servedAreas), not its seat: CAPREV is under Wallonia too.
    valuesOf: (e: FacetSubject): readonly string[] => e.regions,
  },
  country: {
    segment: { nl: 'land', fr: 'pays', en: 'country', de: 'land' },
    label: 'facet.name.country',
    vocabulary: countries as Vocabulary,
    valuesOf: ({ data: p }: FacetSubject): readonly string[] => [p.country],
  },
  language: {
    segment: { nl: 'taal', fr: 'langue', en: 'language', de: 'sprache' },
    label: 'facet.name.language',
    vocabulary: serviceLanguages as Vocabulary,
    valuesOf: ({ data: p }: FacetSubject): readonly string[] => p.languages,
  },
  access: {
    segment: { nl: 'toegang', fr: 'acces', en: 'access', de: 'zugang' },
    label: 'facet.name.access',
    vocabulary: accessOptions as Vocabulary,
    valuesOf: ({ data: p }: FacetSubject): readonly string[] => [
      // "partly" = direct contact for advice, support via a professional: a parent may still call.
      ...(p.access.referral === 'self' || p.access.referral === 'partly' ? ['self-referral'] : []),
      ...(p.access.cost === 'free' ? ['free'] : []),
      ...(p.access.anonymous === 'yes' ? ['anonymous'] : []),
    ],
  },
} as const satisfies Record<string, FacetDefinition>;

export type FacetKey = keyof typeof facets;
export const facetKeys = Object.keys(facets) as FacetKey[];

/** Short forms for the prevention levels, so the URL reads /nl/preventie/tertiair/ rather than repeating "preventie". */
const levelSlugs: Record<string, Record<UiLanguage, string>> = {
  primary: { nl: 'primair', fr: 'primaire', en: 'primary', de: 'primaer' },
  secondary: { nl: 'secundair', fr: 'secondaire', en: 'secondary', de: 'sekundaer' },
  tertiary: { nl: 'tertiair', fr: 'tertiaire', en: 'tertiary', de: 'tertiaer' },
};

export function valueSlug(facet: FacetKey, key: string, lang: UiLanguage): string {
  if (facet === 'level') return levelSlugs[key]?.[lang] ?? key;
  return slugify(labelOf(facets[facet].vocabulary, key, lang));
}

export function facetPath(facet: FacetKey, key: string, lang: UiLanguage): string {
  return `/${lang}/${facets[facet].segment[lang]}/${valueSlug(facet, key, lang)}/`;
}

// Which entries of a list have each facet value, built once per list. Pages ask for every value's
// count over the same list (the index pages, each facet page), and build that list afresh, so the
// list is recognised by its ids in order rather than by identity; the same array object is recognised
// at once (joining 10,000 ids for each of a page's 70 counts was a second per 300 index pages).
const facetIndexes = new Map<string, Map<string, number[]>>();
const facetIndexOfList = new WeakMap<readonly FacetSubject[], Map<string, number[]>>();
function facetIndex(entries: readonly FacetSubject[]): Map<string, number[]> {
  const known = facetIndexOfList.get(entries);
  if (known) return known;
  const signature = entries.map((e) => e.data.id).join('\n');
  let index = facetIndexes.get(signature);
  if (!index) {
    index = new Map();
    for (let i = 0; i < entries.length; i++) {
      for (const facet of facetKeys) {
        for (const value of facets[facet].valuesOf(entries[i]!)) {
          const key = `${facet}:${value}`;
          const list = index.get(key) ?? [];
          if (list.at(-1) !== i) list.push(i);
          index.set(key, list);
        }
      }
    }
    if (facetIndexes.size >= 8) facetIndexes.clear();
    facetIndexes.set(signature, index);
  }
  facetIndexOfList.set(entries, index);
  return index;
}

/** Entries having `key` for `facet`, in list order. */
export function entriesWith<T extends FacetSubject>(entries: readonly T[], facet: FacetKey, key: string): T[] {
  return (facetIndex(entries).get(`${facet}:${key}`) ?? []).map((i) => entries[i]!);
}

/**
 * The Pagefind filters of an entry page, under language-neutral keys (facet key -> vocabulary keys),
 * so a shared finder link and its counts survive a language switch. `current` (yes/no) lets the
 * finder hide ended and merged entries by default.
 */
const filtersByEntry = new WeakMap<FacetSubject, Record<FacetKey | 'current', string[]>>();
/** (Memoised per entry: every list card and entry page asks; callers only read it.) */
export function finderFiltersOf(entry: FacetSubject): Record<FacetKey | 'current', string[]> {
  const known = filtersByEntry.get(entry);
  if (known) return known;
  const filters = Object.fromEntries(facetKeys.map((facet) => [facet, [...facets[facet].valuesOf(entry)]])) as Record<
    FacetKey | 'current',
    string[]
  >;
  filters.current = [isStillOffered(entry.data) ? 'yes' : 'no'];
  filtersByEntry.set(entry, filters);
  return filters;
}

/**
 * Per facet, every value some entry of the list has, with how many still-offered entries have it
 * (ended ones count 0 but keep their option, so they can be shown on request). Memoised per list: the
 * facet panel is on every index page (about 300 at 10,000 entries, all over the same list).
 */
const optionCountsOf = new WeakMap<readonly FacetSubject[], Record<FacetKey, Map<string, number>>>();
export function facetOptionCounts(entries: readonly FacetSubject[]): Record<FacetKey, Map<string, number>> {
  let counts = optionCountsOf.get(entries);
  if (!counts) {
    const current = entries.map((e) => isStillOffered(e.data));
    counts = Object.fromEntries(
      facetKeys.map((facet) => {
        const byValue = new Map<string, number>();
        entries.forEach((e, i) => {
          for (const key of new Set(facets[facet].valuesOf(e)))
            byValue.set(key, (byValue.get(key) ?? 0) + (current[i] ? 1 : 0));
        });
        return [facet, byValue];
      }),
    ) as Record<FacetKey, Map<string, number>>;
    optionCountsOf.set(entries, counts);
  }
  return counts;
}
