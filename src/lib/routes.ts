/**
 * Every URL of the site, built in one place. Path segments are localised (/nl/initiatief/…,
 * /fr/initiative/…), so pages pass their alternates to the layout and the language switch keeps the
 * visitor on the same page.
 */
import type { UiLanguage } from '../schemas/vocabularies.ts';

export const segments = {
  initiatives: { nl: 'initiatieven', fr: 'initiatives', en: 'initiatives' },
  initiative: { nl: 'initiatief', fr: 'initiative', en: 'initiative' },
  municipality: { nl: 'gemeente', fr: 'commune', en: 'municipality' },
  municipalities: { nl: 'gemeenten', fr: 'communes', en: 'municipalities' },
  map: { nl: 'kaart', fr: 'carte', en: 'map' },
  coverage: { nl: 'dekking', fr: 'couverture', en: 'coverage' },
  about: { nl: 'over-de-gegevens', fr: 'a-propos-des-donnees', en: 'about-the-data' },
  privacy: { nl: 'privacy', fr: 'vie-privee', en: 'privacy' },
  safeBrowsing: { nl: 'veilig-surfen', fr: 'naviguer-discretement', en: 'browse-safely' },
  openData: { nl: 'open-data', fr: 'donnees-ouvertes', en: 'open-data' },
  changes: { nl: 'wijzigingen', fr: 'modifications', en: 'changes' },
  guide: { nl: 'uitleg', fr: 'guide', en: 'guide' },
  dataReport: { nl: 'gegevensrapport', fr: 'rapport-donnees', en: 'data-report' },
  /** Below an entry's address: the page where a visitor or the service suggests a change to it. */
  suggest: { nl: 'wijziging', fr: 'modification', en: 'suggest' },
} as const satisfies Record<string, Record<UiLanguage, string>>;

export type Section = keyof typeof segments;

/** The "which one?" pages of the place lookup without JavaScript, under the A–Z list (/nl/gemeenten/welke/d/). */
export const placeChoiceSegment = { nl: 'welke', fr: 'laquelle', en: 'which' } as const satisfies Record<UiLanguage, string>;

export const routes = {
  home: (lang: UiLanguage) => `/${lang}/`,
  section: (lang: UiLanguage, section: Section) => `/${lang}/${segments[section][lang]}/`,
  initiative: (lang: UiLanguage, id: string) => `/${lang}/${segments.initiative[lang]}/${id}/`,
  suggest: (lang: UiLanguage, id: string) => `/${lang}/${segments.initiative[lang]}/${id}/${segments.suggest[lang]}/`,
  municipality: (lang: UiLanguage, slug: string) => `/${lang}/${segments.municipality[lang]}/${slug}/`,
  placeChoice: (lang: UiLanguage, group: string) => `/${lang}/${segments.municipalities[lang]}/${placeChoiceSegment[lang]}/${group}/`,
};

/** The same page in every language, for hreflang links and the language switch. */
export function alternatesOf(build: (lang: UiLanguage) => string): Record<UiLanguage, string> {
  return { nl: build('nl'), fr: build('fr'), en: build('en') };
}
