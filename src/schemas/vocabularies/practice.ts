/**
 * Vocabularies of practice: what a service does (working methods), for whom (target groups) and at which
 * prevention level. Part of the closed vocabularies declared once in src/schemas/vocabularies/ (see labels.ts).
 *
 * Working methods and target groups were derived from the 2018 Family Support guide (seed 002) and the
 * research dossiers, merged where two words meant the same practice.
 */

import type { Vocabulary } from './labels.ts';

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

export type PreventionLevel = keyof typeof preventionLevels;
export type WorkingMethod = keyof typeof workingMethods;
export type TargetGroup = keyof typeof targetGroups;
