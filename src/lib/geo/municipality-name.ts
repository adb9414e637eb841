/**
 * A municipality's name in a UI language: Dutch and French official names; English and German use their
 * own name where they have one (Antwerp, Brussels, The Hague; Lüttich, Brüssel, Den Haag:
 * src/data/geo/exonyms.csv, `display` rows), else the local official name. The nine municipalities of the German-speaking community are the exception: their
 * official name is the German one (Statbel's `name_de`, set only for them), so every language shows it
 * ("Sankt Vith" on the French page too, with "Saint-Vith" given beside it, see otherOfficialNames).
 * Pure and dependency-free, so the build (via geo.ts) and the browser scripts share it.
 */
import type { UiLanguage } from '../../schemas/languages.ts';

export interface NamedMunicipality {
  nameNl: string;
  nameFr: string;
  nameDe: string;
  /** English name where English has its own; absent elsewhere. */
  nameEn?: string | undefined;
  /** German name where German has its own for a place outside the German-speaking Community (Lüttich); absent elsewhere. */
  exonymDe?: string | undefined;
  region?: string | undefined;
}

/** The names a place is shown and found by, as the browser files (places.json, the map data) carry them. */
export interface PlaceNames {
  nameNl: string;
  nameFr: string;
  nameDe: string;
  /** English name where English has its own (exonyms.csv). */
  nameEn?: string;
  /** German name where German has its own (exonyms.csv): Lüttich, Brüssel. */
  exonymDe?: string;
  /** Other names people type for it (exonyms, former spellings), for search only. */
  aliases?: string[];
}

export function municipalityName(m: NamedMunicipality, lang: UiLanguage): string {
  if (m.nameDe) return m.nameDe;
  if (lang === 'nl') return m.nameNl;
  if (lang === 'fr') return m.nameFr || m.nameNl;
  const own = lang === 'en' ? m.nameEn : m.exonymDe;
  if (own) return own;
  return m.region === 'BE-WAL' || m.region === 'BE-BRU' ? m.nameFr || m.nameNl : m.nameNl;
}

/** The municipality's other official names, once each, beside the one shown in `lang` (Saint-Vith beside Sankt Vith, Elsene beside Ixelles). */
export function otherOfficialNames(m: NamedMunicipality, lang: UiLanguage): string[] {
  const shown = municipalityName(m, lang);
  return [...new Set([m.nameNl, m.nameFr, m.nameDe].filter((n) => n && n !== shown))];
}
