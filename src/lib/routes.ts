/**
 * Every URL of the site, built in one place. Path segments are localised (/nl/initiatief/…,
 * /fr/initiative/…), so pages pass their alternates to the layout and the language switch keeps the
 * visitor on the same page.
 */
import { perLanguage, type UiLanguage } from '../schemas/languages.ts';

export const segments = {
  initiatives: { nl: 'initiatieven', fr: 'initiatives', en: 'initiatives', de: 'initiativen' },
  initiative: { nl: 'initiatief', fr: 'initiative', en: 'initiative', de: 'initiative' },
  municipality: { nl: 'gemeente', fr: 'commune', en: 'municipality', de: 'gemeinde' },
  municipalities: { nl: 'gemeenten', fr: 'communes', en: 'municipalities', de: 'gemeinden' },
  map: { nl: 'kaart', fr: 'carte', en: 'map', de: 'karte' },
  coverage: { nl: 'dekking', fr: 'couverture', en: 'coverage', de: 'abdeckung' },
  about: { nl: 'over-de-gegevens', fr: 'a-propos-des-donnees', en: 'about-the-data', de: 'ueber-die-daten' },
  privacy: { nl: 'privacy', fr: 'vie-privee', en: 'privacy', de: 'datenschutz' },
  safeBrowsing: { nl: 'veilig-surfen', fr: 'naviguer-discretement', en: 'browse-safely', de: 'sicher-surfen' },
  openData: { nl: 'open-data', fr: 'donnees-ouvertes', en: 'open-data', de: 'offene-daten' },
  changes: { nl: 'wijzigingen', fr: 'modifications', en: 'changes', de: 'aenderungen' },
  guide: { nl: 'uitleg', fr: 'guide', en: 'guide', de: 'erklaerungen' },
  dataReport: { nl: 'gegevensrapport', fr: 'rapport-donnees', en: 'data-report', de: 'datenbericht' },
  /** Below an entry's address: the page where a visitor or the service suggests a change to it. */
  suggest: { nl: 'wijziging', fr: 'modification', en: 'suggest', de: 'aenderung' },
} as const satisfies Record<string, Record<UiLanguage, string>>;

export type Section = keyof typeof segments;

/** The "which one?" pages of the place lookup without JavaScript, under the A–Z list (/nl/gemeenten/welke/d/). */
export const placeChoiceSegment = { nl: 'welke', fr: 'laquelle', en: 'which', de: 'welche' } as const satisfies Record<
  UiLanguage,
  string
>;

export const routes = {
  home: (lang: UiLanguage) => `/${lang}/`,
  section: (lang: UiLanguage, section: Section) => `/${lang}/${segments[section][lang]}/`,
  initiative: (lang: UiLanguage, id: string) => `/${lang}/${segments.initiative[lang]}/${id}/`,
  suggest: (lang: UiLanguage, id: string) => `/${lang}/${segments.initiative[lang]}/${id}/${segments.suggest[lang]}/`,
  municipality: (lang: UiLanguage, slug: string) => `/${lang}/${segments.municipality[lang]}/${slug}/`,
  placeChoice: (lang: UiLanguage, group: string) =>
    `/${lang}/${segments.municipalities[lang]}/${placeChoiceSegment[lang]}/${group}/`,
};

/** The same page in every language, for hreflang links and the language switch. */
export function alternatesOf(build: (lang: UiLanguage) => string): Record<UiLanguage, string> {
  return perLanguage(build);
}
