/**
 * Every closed vocabulary of the directory, declared once: key -> labels in every UI language (src/schemas/languages.ts; `tsc` asks a new language for its labels).
 * The zod enums in `entry.ts`, the Pagefind filter keys, the facet pages and the exports all derive
 * from these maps, so a label and a filter can never drift apart. Keys are language-neutral and
 * stable: they appear in URLs and open data, so renaming one is a breaking change.
 *
 * Working methods and target groups were derived from the 2018 Family Support guide (seed 002) and the
 * research dossiers, merged where two words meant the same practice.
 */

import type { UiLanguage } from './languages.ts';

export type Labels = Readonly<Record<UiLanguage, string>>;
export type Vocabulary = Readonly<Record<string, Labels>>;

/** Keys of a vocabulary as a non-empty tuple, the shape `z.enum` wants. */
export function keysOf<V extends Vocabulary>(vocabulary: V): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}

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

/** The three prevention levels of the guide (seed 002): general population, groups at risk, people already involved. */
export const preventionLevels = {
  primary: { nl: 'Primaire preventie', fr: 'Prévention primaire', en: 'Primary prevention', de: 'Primäre Prävention' },
  secondary: {
    nl: 'Secundaire preventie',
    fr: 'Prévention secondaire',
    en: 'Secondary prevention',
    de: 'Sekundäre Prävention',
  },
  tertiary: {
    nl: 'Tertiaire preventie',
    fr: 'Prévention tertiaire',
    en: 'Tertiary prevention',
    de: 'Tertiäre Prävention',
  },
} as const satisfies Vocabulary;

export const workingMethods = {
  'individual-support': {
    nl: 'Individuele begeleiding',
    fr: 'Accompagnement individuel',
    en: 'Individual support',
    de: 'Einzelbegleitung',
  },
  'family-support': {
    nl: 'Gezinsondersteuning',
    fr: 'Soutien aux familles',
    en: 'Family support',
    de: 'Unterstützung der Familie',
  },
  'duo-support': { nl: 'Duobegeleiding', fr: 'Accompagnement en duo', en: 'Duo support', de: 'Begleitung zu zweit' },
  'group-sessions': { nl: 'Groepssessies', fr: 'Séances de groupe', en: 'Group sessions', de: 'Gruppensitzungen' },
  'peer-group': {
    nl: 'Lotgenotengroep',
    fr: 'Groupe de pairs',
    en: 'Peer group',
    de: 'Gruppe mit anderen Betroffenen',
  },
  'helpline-phone': {
    nl: 'Telefonische hulplijn',
    fr: 'Ligne d’écoute téléphonique',
    en: 'Telephone helpline',
    de: 'Beratungstelefon',
  },
  'email-chat': { nl: 'E-mail of chat', fr: 'E-mail ou chat', en: 'E-mail or chat', de: 'E-Mail oder Chat' },
  'advice-consultation': {
    nl: 'Advies en consultatie',
    fr: 'Conseil et consultation',
    en: 'Advice and consultation',
    de: 'Rat und Beratung',
  },
  'training-professionals': {
    nl: 'Vorming voor professionals',
    fr: 'Formation des professionnels',
    en: 'Training for professionals',
    de: 'Weiterbildung für Fachleute',
  },
  awareness: { nl: 'Sensibilisering', fr: 'Sensibilisation', en: 'Awareness raising', de: 'Sensibilisierung' },
  'theatre-video': { nl: 'Theater en video', fr: 'Théâtre et vidéo', en: 'Theatre and video', de: 'Theater und Video' },
  coordination: {
    nl: 'Coördinatie en ketenaanpak',
    fr: 'Coordination et approche en réseau',
    en: 'Coordination and chain approach',
    de: 'Koordination und vernetzte Zusammenarbeit',
  },
  'pedagogical-tools': {
    nl: 'Pedagogische instrumenten',
    fr: 'Outils pédagogiques',
    en: 'Pedagogical tools',
    de: 'Pädagogische Hilfsmittel',
  },
  'psychosocial-therapeutic': {
    nl: 'Psychosociale of therapeutische hulp',
    fr: 'Aide psychosociale ou thérapeutique',
    en: 'Psychosocial or therapeutic help',
    de: 'Psychosoziale oder therapeutische Hilfe',
  },
  'exit-programme': {
    nl: 'Exit- en re-integratiebegeleiding',
    fr: 'Désengagement et réinsertion',
    en: 'Exit and re-integration support',
    de: 'Begleitung beim Ausstieg und bei der Wiedereingliederung',
  },
  'theological-guidance': {
    nl: 'Theologische begeleiding',
    fr: 'Accompagnement théologique',
    en: 'Theological guidance',
    de: 'Theologische Begleitung',
  },
  mediation: { nl: 'Bemiddeling', fr: 'Médiation', en: 'Mediation', de: 'Mediation' },
  'reporting-point': { nl: 'Meldpunt', fr: 'Point de signalement', en: 'Reporting point', de: 'Meldestelle' },
  'knowledge-centre': {
    nl: 'Kennis en expertise',
    fr: 'Centre de connaissances',
    en: 'Knowledge and expertise',
    de: 'Wissen und Fachkenntnis',
  },
} as const satisfies Vocabulary;

export const targetGroups = {
  parents: { nl: 'Ouders', fr: 'Parents', en: 'Parents', de: 'Eltern' },
  mothers: { nl: 'Moeders', fr: 'Mères', en: 'Mothers', de: 'Mütter' },
  fathers: { nl: 'Vaders', fr: 'Pères', en: 'Fathers', de: 'Väter' },
  siblings: { nl: 'Broers en zussen', fr: 'Frères et sœurs', en: 'Siblings', de: 'Geschwister' },
  'wider-family': {
    nl: 'Familie en naasten',
    fr: 'Famille élargie et proches',
    en: 'Wider family and relatives',
    de: 'Familie und Angehörige',
  },
  'young-people': { nl: 'Jongeren', fr: 'Jeunes', en: 'Young people', de: 'Junge Menschen' },
  children: { nl: 'Kinderen', fr: 'Enfants', en: 'Children', de: 'Kinder' },
  'person-concerned': {
    nl: 'Geradicaliseerde personen',
    fr: 'Personnes radicalisées',
    en: 'People who are radicalised',
    de: 'Radikalisierte Menschen',
  },
  returnees: {
    nl: 'Terugkeerders en hun families',
    fr: 'Personnes de retour et leurs familles',
    en: 'Returnees and their families',
    de: 'Rückkehrer und ihre Familien',
  },
  professionals: {
    nl: 'Eerstelijnsprofessionals',
    fr: 'Professionnels de première ligne',
    en: 'Front-line professionals',
    de: 'Fachkräfte der ersten Linie',
  },
  schools: { nl: 'Scholen', fr: 'Écoles', en: 'Schools', de: 'Schulen' },
  municipalities: { nl: 'Gemeenten', fr: 'Communes', en: 'Municipalities', de: 'Gemeinden' },
  communities: {
    nl: 'Gemeenschappen en verenigingen',
    fr: 'Communautés et associations',
    en: 'Communities and associations',
    de: 'Gemeinschaften und Vereinigungen',
  },
  'general-public': { nl: 'Breed publiek', fr: 'Grand public', en: 'General public', de: 'Breite Öffentlichkeit' },
} as const satisfies Vocabulary;

/** Languages a service works in (ISO 639-1 where one exists). */
export const serviceLanguages = {
  nl: { nl: 'Nederlands', fr: 'néerlandais', en: 'Dutch', de: 'Niederländisch' },
  fr: { nl: 'Frans', fr: 'français', en: 'French', de: 'Französisch' },
  de: { nl: 'Duits', fr: 'allemand', en: 'German', de: 'Deutsch' },
  en: { nl: 'Engels', fr: 'anglais', en: 'English', de: 'Englisch' },
  ar: { nl: 'Arabisch', fr: 'arabe', en: 'Arabic', de: 'Arabisch' },
  tr: { nl: 'Turks', fr: 'turc', en: 'Turkish', de: 'Türkisch' },
  ber: { nl: 'Berbers (Tamazight)', fr: 'berbère (tamazight)', en: 'Berber (Tamazight)', de: 'Berberisch (Tamazight)' },
  ru: { nl: 'Russisch', fr: 'russe', en: 'Russian', de: 'Russisch' },
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

export const statuses = {
  active: { nl: 'Actief', fr: 'Actif', en: 'Active', de: 'Aktiv' },
  ended: { nl: 'Gestopt', fr: 'Terminé', en: 'Ended', de: 'Beendet' },
  merged: {
    nl: 'Opgegaan in een andere dienst',
    fr: 'Intégré à un autre service',
    en: 'Merged into another service',
    de: 'In einem anderen Dienst aufgegangen',
  },
  unknown: { nl: 'Status onbekend', fr: 'Statut inconnu', en: 'Status unknown', de: 'Status unbekannt' },
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

/** Days of the week for structured opening hours (schema.org and HSDS use the same two-letter codes). */
export const weekdays = {
  mo: { nl: 'maandag', fr: 'lundi', en: 'Monday', de: 'Montag' },
  tu: { nl: 'dinsdag', fr: 'mardi', en: 'Tuesday', de: 'Dienstag' },
  we: { nl: 'woensdag', fr: 'mercredi', en: 'Wednesday', de: 'Mittwoch' },
  th: { nl: 'donderdag', fr: 'jeudi', en: 'Thursday', de: 'Donnerstag' },
  fr: { nl: 'vrijdag', fr: 'vendredi', en: 'Friday', de: 'Freitag' },
  sa: { nl: 'zaterdag', fr: 'samedi', en: 'Saturday', de: 'Samstag' },
  su: { nl: 'zondag', fr: 'dimanche', en: 'Sunday', de: 'Sonntag' },
} as const satisfies Vocabulary;

/** Who may get in touch directly: the first question a worried family asks. */
export const contactAudiences = {
  parents: { nl: 'Ouders', fr: 'Parents', en: 'Parents', de: 'Eltern' },
  relatives: { nl: 'Familie en naasten', fr: 'Proches', en: 'Relatives and friends', de: 'Angehörige und Freunde' },
  professionals: { nl: 'Professionals', fr: 'Professionnels', en: 'Professionals', de: 'Fachleute' },
  'person-concerned': {
    nl: 'De betrokkene zelf',
    fr: 'La personne concernée',
    en: 'The person concerned',
    de: 'Die betroffene Person selbst',
  },
  anyone: { nl: 'Iedereen', fr: 'Tout le monde', en: 'Anyone', de: 'Alle' },
} as const satisfies Vocabulary;

export const referralRoutes = {
  self: {
    nl: 'Je kunt zelf contact opnemen',
    fr: 'Contact direct possible',
    en: 'You can contact them yourself',
    de: 'Sie können sich selbst melden',
  },
  partly: {
    nl: 'Zelf contact voor advies; begeleiding via gemeente of professional',
    fr: 'Contact direct pour un conseil ; accompagnement via la commune ou un professionnel',
    en: 'Direct contact for advice; support via the municipality or a professional',
    de: 'Direkter Kontakt für einen Rat; Begleitung über die Gemeinde oder eine Fachkraft',
  },
  'via-professional': {
    nl: 'Alleen via een professional',
    fr: 'Uniquement via un professionnel',
    en: 'Only via a professional',
    de: 'Nur über eine Fachkraft',
  },
  'via-municipality': {
    nl: 'Alleen via de gemeente',
    fr: 'Uniquement via la commune',
    en: 'Only via the municipality',
    de: 'Nur über die Gemeinde',
  },
  unknown: { nl: 'Onbekend', fr: 'Inconnu', en: 'Unknown', de: 'Unbekannt' },
} as const satisfies Vocabulary;

export const costs = {
  free: { nl: 'Gratis', fr: 'Gratuit', en: 'Free', de: 'Kostenlos' },
  paid: { nl: 'Betalend', fr: 'Payant', en: 'Paid', de: 'Kostenpflichtig' },
  unknown: { nl: 'Onbekend', fr: 'Inconnu', en: 'Unknown', de: 'Unbekannt' },
} as const satisfies Vocabulary;

/**
 * What a worried family asks first, as finder filters derived from `access` (see facets.ts):
 * may I call them myself, is it free, can the first contact be anonymous.
 */
export const accessOptions = {
  'self-referral': {
    nl: 'Zelf contact opnemen kan',
    fr: 'Contact direct possible',
    en: 'You can contact them yourself',
    de: 'Sie können sich selbst melden',
  },
  free: { nl: 'Gratis', fr: 'Gratuit', en: 'Free', de: 'Kostenlos' },
  anonymous: {
    nl: 'Eerste contact kan anoniem',
    fr: 'Premier contact anonyme possible',
    en: 'First contact can be anonymous',
    de: 'Erster Kontakt auch ohne Namen möglich',
  },
} as const satisfies Vocabulary;

export const channels = {
  phone: { nl: 'Telefoon', fr: 'Téléphone', en: 'Phone', de: 'Telefon' },
  'email-chat': { nl: 'E-mail of chat', fr: 'E-mail ou chat', en: 'E-mail or chat', de: 'E-Mail oder Chat' },
  'in-person': {
    nl: 'Gesprek ter plaatse',
    fr: 'Rendez-vous sur place',
    en: 'In person',
    de: 'Persönliches Gespräch vor Ort',
  },
  'home-visits': { nl: 'Huisbezoek', fr: 'Visite à domicile', en: 'Home visits', de: 'Hausbesuch' },
  'online-form': { nl: 'Online formulier', fr: 'Formulaire en ligne', en: 'Online form', de: 'Online-Formular' },
} as const satisfies Vocabulary;

export const yesNoUnknown = {
  yes: { nl: 'Ja', fr: 'Oui', en: 'Yes', de: 'Ja' },
  no: { nl: 'Nee', fr: 'Non', en: 'No', de: 'Nein' },
  unknown: { nl: 'Onbekend', fr: 'Inconnu', en: 'Unknown', de: 'Unbekannt' },
} as const satisfies Vocabulary;

/** How firmly a 2018 mapping fiche is tied to an organisation (research dossier `in_mapping_2018`/confidence). */
export const mappingAttributions = {
  confirmed: {
    nl: 'Organisatie bevestigd',
    fr: 'Organisation confirmée',
    en: 'Organisation confirmed',
    de: 'Organisation bestätigt',
  },
  probable: {
    nl: 'Organisatie waarschijnlijk (niet bevestigd)',
    fr: 'Organisation probable (non confirmée)',
    en: 'Organisation probable (not confirmed)',
    de: 'Organisation wahrscheinlich (nicht bestätigt)',
  },
  'title-only': {
    nl: 'Alleen de titel is bekend – details niet geverifieerd',
    fr: 'Seul le titre est connu – détails non vérifiés',
    en: 'Only the title is known – details not verified',
    de: 'Nur der Titel ist bekannt – Angaben nicht geprüft',
  },
} as const satisfies Vocabulary;

export const confidences = {
  high: { nl: 'Hoog', fr: 'Élevée', en: 'High', de: 'Hoch' },
  medium: { nl: 'Gemiddeld', fr: 'Moyenne', en: 'Medium', de: 'Mittel' },
  low: { nl: 'Laag', fr: 'Faible', en: 'Low', de: 'Niedrig' },
} as const satisfies Vocabulary;

/**
 * How an entry was last verified (HSDS `assurer` says who assured it): by the service itself (a reply to
 * the re-check e-mail, a phone call), on the service's own current website, or against public sources
 * (government pages, reports, press). The first two refresh both the status and the contacts on their
 * date; public sources only vouch for what the sources themselves print (see evidence.ts).
 */
export const verificationMethods = {
  'service-confirmed': {
    nl: 'Bevestigd door de dienst',
    fr: 'Confirmé par le service',
    en: 'Confirmed by the service',
    de: 'Vom Dienst bestätigt',
  },
  'service-website': {
    nl: 'Nagekeken op de eigen website van de dienst',
    fr: 'Vérifié sur le site web du service',
    en: 'Checked on the service’s own website',
    de: 'Auf der eigenen Internetseite des Dienstes geprüft',
  },
  'public-sources': {
    nl: 'Nagekeken aan de hand van openbare bronnen',
    fr: 'Vérifié à partir de sources publiques',
    en: 'Checked against public sources',
    de: 'Anhand öffentlicher Quellen geprüft',
  },
} as const satisfies Vocabulary;

/** The seed documents of the project (the project's shared seed folder, not part of this repository), cited as `seed: '002'` in an entry's sources. */
export const seedDocuments = {
  '000': {
    nl: 'Rijksoverheid: Familiesteunpunt Radicalisering en Exits (2015)',
    fr: 'Gouvernement néerlandais : Familiesteunpunt Radicalisering et Exits (2015)',
    en: 'Dutch government: Familiesteunpunt Radicalisering and Exits (2015)',
    de: 'Niederländische Regierung: Familiesteunpunt Radicalisering und Exits (2015)',
  },
  '001': {
    nl: 'Krantenartikel over de resultaten van het Familiesteunpunt (2017)',
    fr: 'Article de presse sur les résultats du Familiesteunpunt (2017)',
    en: 'Newspaper article on the Familiesteunpunt’s results (2017)',
    de: 'Zeitungsartikel über die Ergebnisse des Familiesteunpunt (2017)',
  },
  '002': {
    nl: 'Family Support. Gezinsondersteuning bij gewelddadige radicalisering: een inspiratiegids (2018)',
    fr: 'Family Support. Soutien aux familles confrontées à la radicalisation violente : guide d’inspiration (2018)',
    en: 'Family Support. Supporting families confronted with violent radicalisation: an inspiration guide (2018)',
    de: 'Family Support. Unterstützung von Familien bei gewaltbereiter Radikalisierung: ein Inspirationsleitfaden (2018)',
  },
  '003': {
    nl: 'Radicalisering: wie doet wat?',
    fr: 'Radicalisation : qui fait quoi ?',
    en: 'Radicalisation: who does what?',
    de: 'Radikalisierung: Wer macht was?',
  },
  '004': {
    nl: 'VNG-factsheet over de rol van gemeenten (2015)',
    fr: 'Fiche VNG sur le rôle des communes (2015)',
    en: 'VNG factsheet on the municipal role (2015)',
    de: 'Merkblatt der VNG zur Rolle der Gemeinden (2015)',
  },
} as const satisfies Vocabulary;

export type PreventionLevel = keyof typeof preventionLevels;
export type WorkingMethod = keyof typeof workingMethods;
export type TargetGroup = keyof typeof targetGroups;
export type Region = keyof typeof regions;
export type Country = keyof typeof countries;

/** The country a region lies in: the Netherlands is one region of its own, the three others are Belgium's. */
export const countryOfRegion = (region: Region): Country => (region === 'NL' ? 'NL' : 'BE');
export type CoverageScope = keyof typeof coverageScopes;
export type Status = keyof typeof statuses;
export type InitiativeKind = keyof typeof initiativeKinds;
export type Remit = keyof typeof remits;
export type Weekday = keyof typeof weekdays;
export type VerificationMethod = keyof typeof verificationMethods;

/** Label of `key` in `vocabulary` for `lang`; falls back to the key so a missing label is visible, never blank. */
export function labelOf<V extends Vocabulary>(vocabulary: V, key: string, lang: UiLanguage): string {
  return vocabulary[key]?.[lang] ?? key;
}
