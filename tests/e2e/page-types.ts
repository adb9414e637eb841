/**
 * One URL per page type and language, for the quality gates (axe, reflow, no-JavaScript, privacy).
 * Extend this list when a page type is added; the gates then cover it in all three languages.
 */
export const entryId = 'de-touter-hoedsaam';

export const pageTypes = {
  home: { nl: '/nl/', fr: '/fr/', en: '/en/' },
  index: { nl: '/nl/initiatieven/', fr: '/fr/initiatives/', en: '/en/initiatives/' },
  entry: { nl: `/nl/initiatief/${entryId}/`, fr: `/fr/initiative/${entryId}/`, en: `/en/initiative/${entryId}/` },
  about: { nl: '/nl/over-de-gegevens/', fr: '/fr/a-propos-des-donnees/', en: '/en/about-the-data/' },
  privacy: { nl: '/nl/privacy/', fr: '/fr/vie-privee/', en: '/en/privacy/' },
  guides: { nl: '/nl/uitleg/', fr: '/fr/guide/', en: '/en/guide/' },
  guide: { nl: '/nl/uitleg/preventieniveaus/', fr: '/fr/guide/niveaux-de-prevention/', en: '/en/guide/prevention-levels/' },
  municipality: { nl: '/nl/gemeente/vilvoorde/', fr: '/fr/commune/liege/', en: '/en/municipality/amsterdam/' },
  municipalities: { nl: '/nl/gemeenten/', fr: '/fr/communes/', en: '/en/municipalities/' },
  // "Which one?" for the place form without JavaScript (Deurne's page: src/lib/geo/place-queries.ts).
  placeChoice: { nl: '/nl/gemeenten/welke/d/', fr: '/fr/communes/laquelle/d/', en: '/en/municipalities/which/d/' },
  map: { nl: '/nl/kaart/', fr: '/fr/carte/', en: '/en/map/' },
  coverage: { nl: '/nl/dekking/', fr: '/fr/couverture/', en: '/en/coverage/' },
  dataReport: { nl: '/nl/gegevensrapport/', fr: '/fr/rapport-donnees/', en: '/en/data-report/' },
  openData: { nl: '/nl/open-data/', fr: '/fr/donnees-ouvertes/', en: '/en/open-data/' },
  changes: { nl: '/nl/wijzigingen/', fr: '/fr/modifications/', en: '/en/changes/' },
  facet: { nl: '/nl/preventie/tertiair/', fr: '/fr/public-cible/parents/', en: '/en/target-group/young-people/' },
  // An entry's "suggest a change" form (noindex: not in the sitemap).
  suggest: { nl: `/nl/initiatief/${entryId}/wijziging/`, fr: `/fr/initiative/${entryId}/modification/`, en: `/en/initiative/${entryId}/suggest/` },
  safeBrowsing: { nl: '/nl/veilig-surfen/', fr: '/fr/naviguer-discretement/', en: '/en/browse-safely/' },
  // A wrong address: the language's "not found" page (status 404).
  notFound: { nl: '/nl/bestaat-niet/', fr: '/fr/n-existe-pas/', en: '/en/does-not-exist/' },
} as const;

export const everyPage = Object.entries(pageTypes).flatMap(([type, byLang]) =>
  Object.entries(byLang).map(([lang, path]) => ({ type, lang, path })),
);
