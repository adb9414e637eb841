import type { Labels } from '../../schemas/vocabularies/labels.ts';

/**
 * Words people type that the labels do not contain ("hotline" for a telephone helpline), indexed by
 * the search on each entry page with the value (src/components/FinderFilters.astro), never shown.
 * Keyed by facet and vocabulary key, per UI language; add words, never facts.
 */
export const searchSynonyms: Readonly<Record<string, Readonly<Record<string, Labels>>>> = {
  method: {
    'helpline-phone': {
      nl: 'hotline telefoonlijn bellen telefoon',
      fr: 'hotline numéro téléphone appeler ligne',
      en: 'hotline phone line call telephone',
      de: 'hotline telefon anrufen beratungstelefon',
    },
    'email-chat': {
      nl: 'mail mailen chatten online',
      fr: 'courriel mail chatter en ligne',
      en: 'email mail chat online',
      de: 'mail e-mail chatten online',
    },
    'exit-programme': {
      nl: 'uitstap deradicalisering exit',
      fr: 'sortie déradicalisation exit',
      en: 'exit deradicalisation deradicalization disengagement',
      de: 'ausstieg deradikalisierung exit',
    },
    'psychosocial-therapeutic': {
      nl: 'psycholoog therapie',
      fr: 'psychologue thérapie',
      en: 'psychologist therapy counselling counseling',
      de: 'psychologe psychologin therapie',
    },
  },
  target: {
    mothers: { nl: 'moeder mama', fr: 'mère maman', en: 'mother mum mom', de: 'mutter mama' },
    fathers: { nl: 'vader papa', fr: 'père papa', en: 'father dad', de: 'vater papa' },
    parents: { nl: 'ouder gezin', fr: 'parent famille', en: 'parent family', de: 'elternteil familie' },
  },
};
