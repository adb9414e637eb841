/**
 * Vocabularies of evidence and verification: an entry's status, how well its sources support it, how it
 * was last verified, how it ties to the 2018 mapping and which seed documents it may cite.
 * Part of the closed vocabularies declared once in src/schemas/vocabularies/ (see labels.ts).
 */

import type { Vocabulary } from './labels.ts';

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

export type Status = keyof typeof statuses;
export type VerificationMethod = keyof typeof verificationMethods;
