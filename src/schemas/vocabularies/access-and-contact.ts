/**
 * Vocabularies of access and contact: who may get in touch, how, when, at what cost, in which language.
 * Part of the closed vocabularies declared once in src/schemas/vocabularies/ (see labels.ts).
 */

import type { Vocabulary } from './labels.ts';

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

export type Weekday = keyof typeof weekdays;
