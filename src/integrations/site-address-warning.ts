/**
 * The last word of a build: if SITE_URL or CORRECTIONS_EMAIL was not set, say so loudly. The site
 * still builds (tests and local previews need no address), but a deployed copy would print QR codes
 * and canonical links to a placeholder domain and send corrections nowhere.
 *
 * `siteAddressWarning` is pure (tested in tests/unit/site-address.test.ts); the integration prints it
 * after every other build step but the build stamp.
 */
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../site.config.ts';

interface AddressState {
  siteUrl: string;
  correctionsEmail: string;
  placeholders: { siteUrl: boolean; correctionsEmail: boolean };
}

/** The warning lines, or undefined when both addresses were set. */
export function siteAddressWarning(config: AddressState): string | undefined {
  const missing: string[] = [];
  if (config.placeholders.siteUrl) {
    missing.push(
      `  SITE_URL is not set: this build uses ${config.siteUrl}, which leads nowhere.`,
      '    - QR codes on printed referral sheets open that placeholder address;',
      '    - canonical links, language alternates and sitemap.xml point search engines to it;',
      '    - the page address in a correction e-mail is wrong.',
    );
  }
  if (config.placeholders.correctionsEmail) {
    missing.push(
      `  CORRECTIONS_EMAIL is not set: "Suggest a change" writes to ${config.correctionsEmail}, which nobody reads.`,
    );
  }
  if (missing.length === 0) return undefined;
  const rule = '!'.repeat(78);
  return [
    rule,
    '  NOT READY TO DEPLOY: the site address is a placeholder.',
    '',
    ...missing,
    '',
    '  Fine for tests and a local preview. Before deploying, build with the real values, e.g.',
    '    SITE_URL=https://atlas.example.org CORRECTIONS_EMAIL=corrections@example.org npm run build',
    '  (see README, "Deploy").',
    rule,
  ].join('\n');
}

/** Astro integration: prints the warning as the build's last word (a warning, not a failure: `npm test` builds without an address). */
export function siteAddressCheck(): AstroIntegration {
  return {
    name: 'family-support-atlas:site-address',
    hooks: {
      'astro:build:done': () => {
        const warning = siteAddressWarning(siteConfig);
        if (warning) console.warn(`\n${warning}\n`);
        else console.log(`site address: ${siteConfig.siteUrl}; corrections go to ${siteConfig.correctionsEmail}`);
      },
    },
  };
}
