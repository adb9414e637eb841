/**
 * Site-wide settings an operator may change. Everything here is read at build time.
 * SITE_URL sets the public address used for canonical links, the sitemap, QR codes and the page
 * address in correction e-mails; CORRECTIONS_EMAIL where those e-mails go. Unset, both fall back to
 * placeholders on the reserved .example domain, which lead nowhere: the build then ends with a
 * warning (src/integrations/site-address-warning.ts), so a deployed site never carries them unnoticed.
 */
import { languages, perLanguage } from './schemas/languages.ts';

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
  quickExitUrl: perLanguage((lang) => languages[lang].quickExitUrl),
  /**
   * Optional background tile layer for the map. Off by default: a tile server is a third party that
   * would learn what a visitor looks at. Set MAP_TILE_URL at build time to enable it knowingly.
   */
  mapTileUrl: process.env.MAP_TILE_URL ?? '',
  /** Attribution the tile provider requires (HTML allowed), shown on the map when MAP_TILE_URL is set. */
  mapTileAttribution: process.env.MAP_TILE_ATTRIBUTION ?? '',
  /**
   * The editors' desk (/admin/, EDITING.md): which Git host the web editor saves to. Read at build into
   * /admin/config.yml and the /admin/ CSP. None of these is a secret: the editor signs each keeper in
   * with the Git host's own OAuth, and no token is ever in the repository or the build.
   * EDITOR_BACKEND: github (default), gitlab or forgejo (Forgejo, and Gitea through Forgejo's API);
   * EDITOR_REPO: owner/name; EDITOR_BRANCH: the branch the site is built from (main);
   * EDITOR_API_ROOT: the host's API, required for forgejo (https://git.example.be/api/v1);
   * EDITOR_AUTH_URL: the OAuth server GitHub needs (base_url), EDITOR_APP_ID: the OAuth application id
   * (GitLab and Forgejo sign in with PKCE, without a server); EDITOR_OPEN_AUTHORING=true lets people
   * without write access propose changes from a fork (GitHub and Forgejo only).
   */
  editor: {
    backend: {
      name: fromEnv('EDITOR_BACKEND') ?? 'github',
      repo: fromEnv('EDITOR_REPO') ?? 'OWNER/family-support-atlas',
      branch: fromEnv('EDITOR_BRANCH') ?? 'main',
      ...(fromEnv('EDITOR_API_ROOT') ? { api_root: fromEnv('EDITOR_API_ROOT') } : {}),
      ...(fromEnv('EDITOR_AUTH_URL') ? { base_url: fromEnv('EDITOR_AUTH_URL') } : {}),
      ...(fromEnv('EDITOR_APP_ID') ? { app_id: fromEnv('EDITOR_APP_ID'), auth_type: 'pkce' } : {}),
      ...(fromEnv('EDITOR_OPEN_AUTHORING') === 'true' ? { open_authoring: true } : {}),
    } as {
      name: string;
      repo: string;
      branch: string;
      api_root?: string;
      base_url?: string;
      app_id?: string;
      auth_type?: string;
      open_authoring?: boolean;
    },
  },
} as const;
