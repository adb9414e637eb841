/**
 * A municipality's name in a UI language: Dutch and French official names; English uses the English
 * name where English has one (Antwerp, Brussels, The Hague: src/data/geo/exonyms.csv), else the local
 * official name. Pure and dependency-free, so the build (via geo.ts) and the browser scripts share it.
 */
import type { UiLanguage } from '../../schemas/vocabularies.ts';

export interface NamedMunicipality {
  nameNl: string;
  nameFr: string;
  nameDe: string;
  /** English name where English has its own; absent elsewhere. */
  nameEn?: string | undefined;
  region?: string | undefined;
}

/** The names a place is shown and found by, as the browser files (places.json, the map data) carry them. */
export interface PlaceNames {
  nameNl: string;
  nameFr: string;
  nameDe: string;
  /** English name where English has its own (exonyms.csv). */
  nameEn?: string;
  /** Other names people type for it (exonyms, former spellings), for search only. */
  aliases?: string[];
}

export function municipalityName(m: NamedMunicipality, lang: UiLanguage): string {
  if (lang === 'nl') return m.nameNl;
  if (lang === 'fr') return m.nameFr || m.nameNl;
  if (m.nameEn) return m.nameEn;
  if (m.nameDe) return m.nameDe;
  return m.region === 'BE-WAL' || m.region === 'BE-BRU' ? m.nameFr || m.nameNl : m.nameNl;
}
