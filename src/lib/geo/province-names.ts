/**
 * Province names in the UI languages, by NIS (Belgium) or CBS PV (Netherlands) code. The geo
 * table gives each province only in its regional language ("Luik" is "Liège" there, "Noord-Holland"
 * has no French form); a French page says "Anvers" and "Hollande-Septentrionale", an English one
 * "Antwerp" and "North Holland". A name is a fact, so each one is cited below (`provinceNameSources`,
 * read 2 December 2026; also in src/data/geo/SOURCES.md). Where two sources spell a name differently,
 * the official statistics office (Statbel, CBS) wins for its own languages: Statbel writes
 * "Flandre occidentale" and "Flandre orientale" (no hyphen, lower case), as Belgian French does,
 * so the French forms of France ("Flandre-Occidentale") were corrected.
 */
import type { Labels } from '../../schemas/vocabularies/labels.ts';
import type { UiLanguage } from '../../schemas/languages.ts';

export const provinceNames: Readonly<Record<string, Labels>> = {
  '10000': { nl: 'Antwerpen', fr: 'Anvers', en: 'Antwerp', de: 'Antwerpen' },
  '20001': { nl: 'Vlaams-Brabant', fr: 'Brabant flamand', en: 'Flemish Brabant', de: 'Flämisch-Brabant' },
  '20002': { nl: 'Waals-Brabant', fr: 'Brabant wallon', en: 'Walloon Brabant', de: 'Wallonisch-Brabant' },
  '30000': { nl: 'West-Vlaanderen', fr: 'Flandre occidentale', en: 'West Flanders', de: 'Westflandern' },
  '40000': { nl: 'Oost-Vlaanderen', fr: 'Flandre orientale', en: 'East Flanders', de: 'Ostflandern' },
  '50000': { nl: 'Henegouwen', fr: 'Hainaut', en: 'Hainaut', de: 'Hennegau' },
  '60000': { nl: 'Luik', fr: 'Liège', en: 'Liège', de: 'Lüttich' },
  '70000': { nl: 'Limburg', fr: 'Limbourg', en: 'Limburg', de: 'Limburg' },
  '80000': { nl: 'Luxemburg', fr: 'Luxembourg', en: 'Luxembourg', de: 'Luxemburg' },
  '90000': { nl: 'Namen', fr: 'Namur', en: 'Namur', de: 'Namur' },
  PV20: { nl: 'Groningen', fr: 'Groningue', en: 'Groningen', de: 'Groningen' },
  PV21: { nl: 'Fryslân', fr: 'Frise', en: 'Friesland', de: 'Fryslân' },
  PV22: { nl: 'Drenthe', fr: 'Drenthe', en: 'Drenthe', de: 'Drenthe' },
  PV23: { nl: 'Overijssel', fr: 'Overijssel', en: 'Overijssel', de: 'Overijssel' },
  PV24: { nl: 'Flevoland', fr: 'Flevoland', en: 'Flevoland', de: 'Flevoland' },
  PV25: { nl: 'Gelderland', fr: 'Gueldre', en: 'Gelderland', de: 'Gelderland' },
  PV26: { nl: 'Utrecht', fr: 'Utrecht', en: 'Utrecht', de: 'Utrecht' },
  PV27: { nl: 'Noord-Holland', fr: 'Hollande-Septentrionale', en: 'North Holland', de: 'Noord-Holland' },
  PV28: { nl: 'Zuid-Holland', fr: 'Hollande-Méridionale', en: 'South Holland', de: 'Zuid-Holland' },
  PV29: { nl: 'Zeeland', fr: 'Zélande', en: 'Zeeland', de: 'Zeeland' },
  PV30: { nl: 'Noord-Brabant', fr: 'Brabant-Septentrional', en: 'North Brabant', de: 'Noord-Brabant' },
  PV31: { nl: 'Limburg', fr: 'Limbourg', en: 'Limburg', de: 'Limburg' },
};

export interface NameSource {
  title: string;
  url?: string;
  /** When we read it. */
  seen: string;
}

/** The ten Belgian provinces (NIS codes) and the twelve Dutch ones (CBS codes). */
const belgianProvinces = ['10000', '20001', '20002', '30000', '40000', '50000', '60000', '70000', '80000', '90000'];
const dutchProvinces = ['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31'];

/** Where each language's names come from: a source per country and language, and the provinces it prints. */
export const provinceNameSources: readonly {
  country: 'BE' | 'NL';
  lang: UiLanguage;
  codes: readonly string[];
  sources: readonly NameSource[];
}[] = [
  {
    country: 'BE',
    lang: 'nl',
    codes: belgianProvinces,
    sources: [
      {
        title:
          'Statbel, official province names (province_nl of src/data/geo/be-municipalities.topojson; see SOURCES.md)',
        seen: '2026-12-02',
      },
    ],
  },
  {
    country: 'BE',
    lang: 'fr',
    codes: belgianProvinces,
    sources: [
      {
        title:
          'Statbel, official province names (province_fr of src/data/geo/be-municipalities.topojson; see SOURCES.md)',
        seen: '2026-12-02',
      },
      {
        title: 'Simple English Wikipedia, “Provinces of Belgium” (French names of the five Flemish provinces)',
        url: 'http://simple.wikipedia.org/wiki/Provinces_of_Belgium',
        seen: '2026-12-02',
      },
    ],
  },
  {
    country: 'BE',
    lang: 'en',
    codes: ['10000', '20001', '30000', '40000', '70000'],
    sources: [
      {
        title:
          'Simple English Wikipedia, “Provinces of Belgium” (Antwerp, Limburg, Flemish Brabant, East Flanders, West Flanders)',
        url: 'http://simple.wikipedia.org/wiki/Provinces_of_Belgium',
        seen: '2026-12-02',
      },
    ],
  },
  {
    country: 'BE',
    lang: 'en',
    codes: ['20002', '50000', '60000', '80000', '90000'],
    sources: [
      {
        title: 'Wikipedia, “Provinces of Belgium” (copy on WikiMili: Walloon Brabant, Luxembourg, Antwerp)',
        url: 'https://wikimili.com/en/Provinces_of_Belgium',
        seen: '2026-12-02',
      },
      {
        title:
          'Dr. Smits, “De 10 provincies van België / The 10 Belgian provinces” (bilingual: Namur, Luxembourg, Liège, Hainaut)',
        url: 'http://drsmits.be/provincies.html',
        seen: '2026-12-02',
      },
      {
        title: 'World Heritage Encyclopedia, “Provinces of regions in Belgium” (Hainaut)',
        url: 'http://www.ebooklibrary.org/articles/eng/Provinces_of_regions_in_Belgium',
        seen: '2026-12-02',
      },
    ],
  },
  {
    country: 'BE',
    lang: 'de',
    codes: belgianProvinces,
    sources: [
      {
        title:
          'Simple English Wikipedia, “Provinces of Belgium” (German names: Antwerpen, Limburg, Flämisch-Brabant, Ostflandern, Westflandern)',
        url: 'http://simple.wikipedia.org/wiki/Provinces_of_Belgium',
        seen: '2026-12-06',
      },
      {
        title: 'Deutsches Welterbe, „Belgische Provinzen“ (Hennegau, Lüttich, Luxemburg, Namur, Wallonisch-Brabant)',
        url: 'https://deutsches-welterbe.de/welterbestaetten-weltweit/welterbestaetten-in-europa/mitgliedsstaaten-der-europaeischen-union/die-welterbestatten-in-belgien/belgische-provinzen/',
        seen: '2026-12-06',
      },
    ],
  },
  {
    country: 'NL',
    lang: 'nl',
    codes: dutchProvinces,
    sources: [
      {
        title: 'CBS, official province names (province_nl of src/data/geo/nl-municipalities.topojson; see SOURCES.md)',
        seen: '2026-12-02',
      },
    ],
  },
  {
    // No German source for the Dutch provinces was read yet: a German page gives CBS's official (Dutch) names.
    country: 'NL',
    lang: 'de',
    codes: dutchProvinces,
    sources: [
      {
        title: 'CBS, official province names (province_nl of src/data/geo/nl-municipalities.topojson; see SOURCES.md)',
        seen: '2026-12-02',
      },
    ],
  },
  {
    country: 'NL',
    lang: 'fr',
    codes: dutchProvinces,
    sources: [
      {
        title: 'Wikimini, « Province des Pays-Bas » (table of French and Dutch names)',
        url: 'https://fr.wikimini.org/wiki/Province_n%C3%A9erlandaise',
        seen: '2026-12-02',
      },
      {
        title:
          'Guichet du Savoir (Bibliothèque municipale de Lyon), « Pourquoi la Hollande s’appelle maintenant Pays-Bas ? » (the twelve provinces in French)',
        url: 'https://www.guichetdusavoir.org/question/voir/136570',
        seen: '2026-12-02',
      },
    ],
  },
  {
    country: 'NL',
    lang: 'en',
    codes: dutchProvinces,
    sources: [
      {
        title: 'NetherlandsGenWeb, “Provinces” (the twelve provinces in English)',
        url: 'http://www.rootsweb.ancestry.com/~nldwgw/provinces.html',
        seen: '2026-12-02',
      },
      {
        title: 'Wikipedia, “Provinces of the Netherlands” (copy on WikiMili)',
        url: 'https://wikimili.com/en/Provinces_of_the_Netherlands',
        seen: '2026-12-02',
      },
    ],
  },
];

/** The province's name in `lang`; the geo table's regional name (`fallback`) for a code not listed here. */
export function provinceName(code: string, lang: UiLanguage, fallback = ''): string {
  return provinceNames[code]?.[lang] ?? fallback;
}
