/**
 * Site-wide settings an operator may change. Everything here is read at build time.
 * SITE_URL sets the public address used for canonical links, the sitemap and QR codes.
 */
export const siteConfig = {
  /** Public address of the deployed site, without trailing slash. */
  siteUrl: (process.env.SITE_URL ?? 'https://familysupportatlas.example').replace(/\/$/, ''),
  /** Where "Report a correction" e-mails go (a mailto: link; nothing is sent by the site itself). */
  correctionsEmail: process.env.CORRECTIONS_EMAIL ?? 'corrections@familysupportatlas.example',
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
