/**
 * Astro integration: after the build, write the HTTP security headers for hosts that send them.
 *
 * Astro puts a per-page Content-Security-Policy in a <meta> tag, with a hash for each inline script
 * and style of that page. A header cannot differ per page on most static hosts, so this joins the
 * hashes of all pages into one policy — still hash-only, no 'unsafe-inline' — and adds what a
 * <meta> cannot carry (frame-ancestors). Writes:
 *   dist/_headers                        Netlify / Cloudflare Pages format (also sent by scripts/serve.mjs)
 *   dist/nginx-security-headers.conf     `include` it in an nginx server block (see deploy/nginx.conf.example)
 *   dist/nginx-admin-headers.conf        the same for `location /admin/`, with the editor's own policy
 *
 * The editors' desk (/admin/, src/integrations/editors-desk.ts) needs sources no public page may have
 * ('unsafe-eval', inline styles): its page is left out of the joined policy and gets its own rule. In
 * _headers that rule first detaches the site-wide policy (`! Content-Security-Policy`, Cloudflare Pages
 * syntax): two policies would both apply, and the stricter one would stop the editor.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { timed } from './build-timings.ts';
import { readPageHeads } from './page-heads.ts';
import { adminCsp, adminFolder } from './editors-desk.ts';

/** One policy holding every source of every page's CSP <meta>, directive by directive, plus frame-ancestors 'none'. */
export function mergedCsp(policies: readonly string[]): string | undefined {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  if (directives.size === 0) return undefined;
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/** The headers of /admin/: the editor's own policy, never indexed, the rest as on every page. */
export function adminHeaders(): Record<string, string> {
  // The OAuth sign-in of GitHub opens the Git host in a pop-up that answers this page: 'same-origin' would cut that link.
  return {
    ...securityHeaders(adminCsp()),
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'X-Robots-Tag': 'noindex, nofollow',
  };
}

export function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'family-support-atlas:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await timed(logger, 'security headers', async () => {
          const publicPages = (await readPageHeads(outDir)).filter((page) => !page.file.startsWith(`${adminFolder}/`));
          const csp = mergedCsp(publicPages.flatMap((page) => (page.csp ? [page.csp] : [])));
          if (!csp) throw new Error(`No CSP <meta> found in ${outDir}; is security.csp enabled in astro.config.mjs?`);
          const headers = Object.entries(securityHeaders(csp));
          const admin = Object.entries(adminHeaders());
          await writeFile(
            join(outDir, '_headers'),
            `/*\n${headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n\n/${adminFolder}/*\n  ! Content-Security-Policy\n${admin.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`,
          );
          await writeFile(
            join(outDir, 'nginx-security-headers.conf'),
            headers.map(([k, v]) => `add_header ${k} "${v}" always;`).join('\n') + '\n',
          );
          // nginx drops inherited add_header lines in a location that has its own: this file repeats them all.
          await writeFile(
            join(outDir, 'nginx-admin-headers.conf'),
            admin.map(([k, v]) => `add_header ${k} "${v}" always;`).join('\n') + '\n',
          );
          const scripts = /script-src ([^;]*)/.exec(csp)?.[1]?.split(' ').length ?? 0;
          logger.info(
            `one CSP for all pages (${scripts} script sources) written to _headers and nginx-security-headers.conf`,
          );
        });
      },
    },
  };
}
