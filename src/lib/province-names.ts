/**
 * Province names in the three UI languages, by NIS (Belgium) or CBS PV (Netherlands) code. The geo
 * table gives each province only in its regional language ("Luik" is "Liège" there, "Noord-Holland"
 * has no French form); a French page says "Anvers" and "Hollande-Septentrionale", an English one
 * "Antwerp" and "North Holland". Conventional exonyms, not facts about the help.
 */
import type { Labels, UiLanguage } from './vocabularies.ts';

export const provinceNames: Readonly<Record<string, Labels>> = {
  '10000': { nl: 'Antwerpen', fr: 'Anvers', en: 'Antwerp' },
  '20001': { nl: 'Vlaams-Brabant', fr: 'Brabant flamand', en: 'Flemish Brabant' },
  '20002': { nl: 'Waals-Brabant', fr: 'Brabant wallon', en: 'Walloon Brabant' },
  '30000': { nl: 'West-Vlaanderen', fr: 'Flandre-Occidentale', en: 'West Flanders' },
  '40000': { nl: 'Oost-Vlaanderen', fr: 'Flandre-Orientale', en: 'East Flanders' },
  '50000': { nl: 'Henegouwen', fr: 'Hainaut', en: 'Hainaut' },
  '60000': { nl: 'Luik', fr: 'Liège', en: 'Liège' },
  '70000': { nl: 'Limburg', fr: 'Limbourg', en: 'Limburg' },
  '80000': { nl: 'Luxemburg', fr: 'Luxembourg', en: 'Luxembourg' },
  '90000': { nl: 'Namen', fr: 'Namur', en: 'Namur' },
  PV20: { nl: 'Groningen', fr: 'Groningue', en: 'Groningen' },
  PV21: { nl: 'Fryslân', fr: 'Frise', en: 'Friesland' },
  PV22: { nl: 'Drenthe', fr: 'Drenthe', en: 'Drenthe' },
  PV23: { nl: 'Overijssel', fr: 'Overijssel', en: 'Overijssel' },
  PV24: { nl: 'Flevoland', fr: 'Flevoland', en: 'Flevoland' },
  PV25: { nl: 'Gelderland', fr: 'Gueldre', en: 'Gelderland' },
  PV26: { nl: 'Utrecht', fr: 'Utrecht', en: 'Utrecht' },
  PV27: { nl: 'Noord-Holland', fr: 'Hollande-Septentrionale', en: 'North Holland' },
  PV28: { nl: 'Zuid-Holland', fr: 'Hollande-Méridionale', en: 'South Holland' },
  PV29: { nl: 'Zeeland', fr: 'Zélande', en: 'Zeeland' },
  PV30: { nl: 'Noord-Brabant', fr: 'Brabant-Septentrional', en: 'North Brabant' },
  PV31: { nl: 'Limburg', fr: 'Limbourg', en: 'Limburg' },
};

/** The province's name in `lang`; the geo table's regional name (`fallback`) for a code not listed here. */
export function provinceName(code: string, lang: UiLanguage, fallback = ''): string {
  return provinceNames[code]?.[lang] ?? fallback;
}
