/**
 * Site-wide settings an operator may change. Everything here is read at build time.
 * SITE_URL sets the public address used for canonical links, the sitemap, QR codes and the page
 * address in correction e-mails; CORRECTIONS_EMAIL where those e-mails go. Unset, both fall back to
 * placeholders on the reserved .example domain, which lead nowhere: the build then ends with a
 * warning (scripts/site-address-warning.ts), so a deployed site never carries them unnoticed.
 */
const placeholderSiteUrl = 'https://familysupportatlas.example';
const placeholderCorrectionsEmail = 'corrections@familysupportatlas.example';
/** An empty variable (SITE_URL= in a CI form) counts as unset. */
const fromEnv = (name: string): string | undefined => process.env[name]?.trim() || undefined;

export const siteConfig = {
  /** Public address of the deployed site, without trailing slash. */
  siteUrl: (fromEnv('SITE_URL') ?? placeholderSiteUrl).replace(/\/$/, ''),
  /** Where "Suggest a change" e-mails go (a mailto: link; nothing is sent by the site itself); named in the link check's User-Agent. */
  correctionsEmail: fromEnv('CORRECTIONS_EMAIL') ?? placeholderCorrectionsEmail,
  /** Which of the two are still the placeholders (the variable was not set for this build). */
  placeholders: {
    siteUrl: fromEnv('SITE_URL') === undefined,
    correctionsEmail: fromEnv('CORRECTIONS_EMAIL') === undefined,
  },
  /**
   * Quick exit target per language: a neutral, common page (the Belgian weather service). The exit
   * replaces the current history entry, so Back does not come back here.
   */
  quickExitUrl: {
    nl: 'https://www.meteo.be/nl',
    fr: 'https://www.meteo.be/fr',
    en: 'https://www.meteo.be/en',
  },
  /**
   * Optional background tile layer for the map. Off by default: a tile server is a third party that
   * would learn what a visitor looks at. Set MAP_TILE_URL at build time to enable it knowingly.
   */
  mapTileUrl: process.env.MAP_TILE_URL ?? '',
  /** Attribution the tile provider requires (HTML allowed), shown on the map when MAP_TILE_URL is set. */
  mapTileAttribution: process.env.MAP_TILE_ATTRIBUTION ?? '',
} as const;
