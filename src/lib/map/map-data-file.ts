/**
 * Builds the map's data file for one language (/data/map/{lang}.json) from the directory and the geo
 * table: municipalities (names, province, population, link, label point) and the initiatives still
 * offered, each with its kind of help on `today` (reach, facets, served and base municipalities as
 * indices) and the facts the ranking rule reads, so the panel lists them in the municipality page's order. Derived from the same content as the pages, never from search results. Pure.
 */
import { helpKind } from '../directory/evidence.ts';
import { rankFacts } from '../directory/offered-first.ts';
import { countsAsServing } from '../directory/serving.ts';
import { shownName } from '../directory/initiative-name.ts';
import type { DirectoryEntry } from '../directory/directory.ts';
import type { Municipality } from '../geo/municipalities.ts';
import type { FacetOption, MapData, MapEntry, MapLayer, MapMunicipality } from './model.ts';
import { provinceName } from '../geo/province-names.ts';
import { routes } from '../routes.ts';
import { labelOf, type Vocabulary } from '../../schemas/vocabularies/labels.ts';
import { preventionLevels, targetGroups, workingMethods } from '../../schemas/vocabularies/practice.ts';
import { type UiLanguage } from '../../schemas/languages.ts';
import { municipalityName } from '../geo/municipality-name.ts';

/** Facet options in vocabulary order, only the values some current entry has (no empty toggles). */
function facetOptions(vocabulary: Vocabulary, used: ReadonlySet<string>, lang: UiLanguage): FacetOption[] {
  return Object.keys(vocabulary)
    .filter((key) => used.has(key))
    .map((key) => ({ key, label: labelOf(vocabulary, key, lang) }));
}

export function buildMapData(
  lang: UiLanguage,
  entries: readonly DirectoryEntry[],
  municipalities: readonly Municipality[],
  today: Date,
  otherNames: ReadonlyMap<string, readonly string[]> = new Map(),
): MapData {
  const indexOf = new Map(municipalities.map((m, i) => [m.code, i]));
  const mapMunicipalities: MapMunicipality[] = municipalities.map((m) => ({
    code: m.code,
    name: municipalityName(m, lang),
    nameNl: m.nameNl,
    nameFr: m.nameFr,
    nameDe: m.nameDe,
    ...(m.nameEn ? { nameEn: m.nameEn } : {}),
    ...(m.exonymDe ? { exonymDe: m.exonymDe } : {}),
    ...(m.aliases.length ? { aliases: m.aliases } : {}),
    province: provinceName(m.provinceCode, lang, m.province),
    country: m.country,
    population: m.population,
    url: routes.municipality(lang, m.slug[lang]),
    lat: m.label.lat,
    lon: m.label.lon,
    centroid: [m.centroid.lat, m.centroid.lon],
    ...(otherNames.has(m.code) ? { otherNames: otherNames.get(m.code)! } : {}),
  }));
  // The base the ranking rule measures distance to: the first location (src/lib/directory/directory.ts placeFor).
  const baseOf = (e: DirectoryEntry) => {
    const base = indexOf.get(e.data.locations[0]?.municipality ?? '');
    return base === undefined ? {} : { base };
  };
  // What serves a place, by the rule the municipality pages count with (countsAsServing): not ended, merged or a resource.
  const counted = entries
    .filter((e) => countsAsServing(e.data, today))
    .map((e) => ({ e, help: helpKind(e.data, today) as MapLayer }));
  const mapEntries: MapEntry[] = counted.map(({ e, help }) => ({
    id: e.data.id,
    help,
    name: shownName(e.data, lang),
    ...(shownName(e.data, lang) !== e.data.name ? { properName: e.data.name } : {}),
    url: routes.initiative(lang, e.data.id),
    reach: e.reach,
    levels: [...e.data.preventionLevels.values],
    targets: [...e.data.targetGroups.values],
    methods: [...e.data.workingMethods.values],
    served: e.served.map((code) => indexOf.get(code)).filter((i): i is number => i !== undefined),
    based: [
      ...new Set(e.data.locations.map((l) => indexOf.get(l.municipality)).filter((i): i is number => i !== undefined)),
    ],
    ...baseOf(e),
    rank: rankFacts(e.data, today),
  }));
  const used = (pick: (e: MapEntry) => string[]) => new Set(mapEntries.flatMap(pick));
  return {
    lang,
    municipalities: mapMunicipalities,
    entries: mapEntries,
    facets: {
      levels: facetOptions(
        preventionLevels,
        used((e) => e.levels),
        lang,
      ),
      targets: facetOptions(
        targetGroups,
        used((e) => e.targets),
        lang,
      ),
      methods: facetOptions(
        workingMethods,
        used((e) => e.methods),
        lang,
      ),
    },
  };
}
