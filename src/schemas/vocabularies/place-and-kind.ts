/**
 * Vocabularies of place and kind: where an initiative is (country, region, language side, community),
 * how far its coverage reaches, what kind of entry it is and whether it is specialised or a general line.
 * Part of the closed vocabularies declared once in src/schemas/vocabularies/ (see labels.ts).
 */

import type { Vocabulary } from './labels.ts';

export const countries = {
  BE: { nl: 'België', fr: 'Belgique', en: 'Belgium', de: 'Belgien' },
  NL: { nl: 'Nederland', fr: 'Pays-Bas', en: 'Netherlands', de: 'Niederlande' },
} as const satisfies Vocabulary;

/** The language side of the Belgian 2018 mapping (and the language community an entry belongs to). */
export const languageSides = {
  nl: { nl: 'Nederlandstalig', fr: 'néerlandophone', en: 'Dutch-language', de: 'niederländischsprachig' },
  fr: { nl: 'Franstalig', fr: 'francophone', en: 'French-language', de: 'französischsprachig' },
  de: { nl: 'Duitstalig', fr: 'germanophone', en: 'German-language', de: 'deutschsprachig' },
} as const satisfies Vocabulary;

export const regions = {
  'BE-VLG': { nl: 'Vlaanderen', fr: 'Flandre', en: 'Flanders', de: 'Flandern' },
  'BE-BRU': {
    nl: 'Brussels Hoofdstedelijk Gewest',
    fr: 'Région de Bruxelles-Capitale',
    en: 'Brussels-Capital Region',
    de: 'Region Brüssel-Hauptstadt',
  },
  'BE-WAL': { nl: 'Wallonië', fr: 'Wallonie', en: 'Wallonia', de: 'Wallonien' },
  NL: { nl: 'Nederland', fr: 'Pays-Bas', en: 'Netherlands', de: 'Niederlande' },
} as const satisfies Vocabulary;

/** Belgian communities: who is served by a community-wide (education, youth, welfare) service. */
export const communities = {
  vl: { nl: 'Vlaamse Gemeenschap', fr: 'Communauté flamande', en: 'Flemish Community', de: 'Flämische Gemeinschaft' },
  fr: {
    nl: 'Federatie Wallonië-Brussel',
    fr: 'Fédération Wallonie-Bruxelles',
    en: 'French Community (Wallonia-Brussels Federation)',
    de: 'Französische Gemeinschaft (Föderation Wallonie-Brüssel)',
  },
  de: {
    nl: 'Duitstalige Gemeenschap',
    fr: 'Communauté germanophone',
    en: 'German-speaking Community',
    de: 'Deutschsprachige Gemeinschaft',
  },
} as const satisfies Vocabulary;

/** How far an entry's coverage reaches; the codes that go with each scope are checked against the geo data. */
export const coverageScopes = {
  municipalities: { nl: 'Gemeenten', fr: 'Communes', en: 'Municipalities', de: 'Gemeinden' },
  arrondissement: { nl: 'Arrondissement', fr: 'Arrondissement', en: 'Arrondissement', de: 'Bezirk' },
  province: { nl: 'Provincie', fr: 'Province', en: 'Province', de: 'Provinz' },
  region: { nl: 'Gewest', fr: 'Région', en: 'Region', de: 'Region' },
  community: { nl: 'Gemeenschap', fr: 'Communauté', en: 'Community', de: 'Gemeinschaft' },
  country: { nl: 'Heel het land', fr: 'Tout le pays', en: 'Whole country', de: 'Das ganze Land' },
  unknown: { nl: 'Onbekend', fr: 'Inconnue', en: 'Unknown', de: 'Unbekannt' },
} as const satisfies Vocabulary;

/** Where a municipality list comes from (Zorg- en Veiligheidshuizen and other regional services). */
export const coverageBases = {
  listed: {
    nl: 'Gemeenten bij naam genoemd door een bron',
    fr: 'Communes nommées par une source',
    en: 'Municipalities named by a source',
    de: 'Von einer Quelle namentlich genannte Gemeinden',
  },
  'region-all-stated': {
    nl: 'Alle gemeenten van de regio, volgens een bron',
    fr: 'Toutes les communes de la région, selon une source',
    en: 'All municipalities of the region, per source',
    de: 'Alle Gemeinden der Region, laut einer Quelle',
  },
  'region-named': {
    nl: 'Afgeleid uit de naam van de regio',
    fr: 'Déduit du nom de la région',
    en: 'Inferred from the region’s name',
    de: 'Aus dem Namen der Region abgeleitet',
  },
  partial: {
    nl: 'Slechts een deel van de gemeenten is bekend',
    fr: 'Seule une partie des communes est connue',
    en: 'Only some municipalities are known',
    de: 'Nur ein Teil der Gemeinden ist bekannt',
  },
  none: {
    nl: 'Geen lijst van gemeenten gevonden',
    fr: 'Aucune liste de communes trouvée',
    en: 'No list of municipalities found',
    de: 'Keine Liste der Gemeinden gefunden',
  },
} as const satisfies Vocabulary;

/**
 * What an entry is, so a resource is never offered as help to call and a network for professionals is
 * never offered to a family as a front door.
 */
export const initiativeKinds = {
  service: {
    nl: 'Dienst die je kunt contacteren',
    fr: 'Service que l’on peut contacter',
    en: 'Service you can contact',
    de: 'Dienst, an den Sie sich wenden können',
  },
  'professional-network': {
    nl: 'Netwerk of programma voor professionals',
    fr: 'Réseau ou programme pour professionnels',
    en: 'Network or programme for professionals',
    de: 'Netzwerk oder Programm für Fachleute',
  },
  'care-and-safety-house': {
    nl: 'Zorg- en Veiligheidshuis (netwerk voor professionals)',
    fr: 'Zorg- en Veiligheidshuis (réseau pour professionnels)',
    en: 'Care and safety house (network for professionals)',
    de: 'Zorg- en Veiligheidshuis (Netzwerk für Fachleute)',
  },
  resource: {
    nl: 'Hulpmiddel (film, toolkit, vorming)',
    fr: 'Ressource (film, outil, formation)',
    en: 'Resource (film, toolkit, training)',
    de: 'Hilfsmittel (Film, Materialsammlung, Weiterbildung)',
  },
} as const satisfies Vocabulary;

/**
 * What the service is for: made for questions about radicalisation (`specialised`), or a general line a
 * family can also turn to (a listening line, a violence and abuse line, general welfare), which the site
 * always names as general so no parent mistakes it for a radicalisation service.
 */
export const remits = {
  specialised: {
    nl: 'Gespecialiseerd in radicalisering',
    fr: 'Spécialisé en radicalisation',
    en: 'Specialised in radicalisation',
    de: 'Auf Radikalisierung spezialisiert',
  },
  general: {
    nl: 'Algemene hulplijn – niet gespecialiseerd in radicalisering',
    fr: 'Ligne d’aide générale – pas spécialisée en radicalisation',
    en: 'General helpline – not specialised in radicalisation',
    de: 'Allgemeines Hilfetelefon – nicht auf Radikalisierung spezialisiert',
  },
} as const satisfies Vocabulary;

export type Region = keyof typeof regions;
export type Country = keyof typeof countries;

/** The country a region lies in: the Netherlands is one region of its own, the three others are Belgium's. */
export const countryOfRegion = (region: Region): Country => (region === 'NL' ? 'NL' : 'BE');
export type CoverageScope = keyof typeof coverageScopes;
export type InitiativeKind = keyof typeof initiativeKinds;
export type Remit = keyof typeof remits;
