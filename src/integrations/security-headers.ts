/**
 * Astro integration: after the build, write the HTTP security headers for hosts that send them.
 *
 * Astro puts a per-page Content-Security-Policy in a <meta> tag, with a hash for each inline script
 * and style of that page. A header cannot differ per page on most static hosts, so this joins the
 * hashes of all pages into one policy — still hash-only, no 'unsafe-inline' — and adds what a
 * <meta> cannot carry (frame-ancestors). Writes:
 *   dist/_headers                        Netlify / Cloudflare Pages format (also sent by scripts/serve.mjs)
 *   dist/nginx-security-headers.conf     `include` it in an nginx server block (see deploy/nginx.conf.example)
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { timed } from './build-timings.ts';
import { readPageHeads } from './page-heads.ts';

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

export function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'family-support-atlas:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await timed(logger, 'security headers', async () => {
          const csp = mergedCsp((await readPageHeads(outDir)).flatMap((page) => (page.csp ? [page.csp] : [])));
          if (!csp) throw new Error(`No CSP <meta> found in ${outDir}; is security.csp enabled in astro.config.mjs?`);
          const headers = Object.entries(securityHeaders(csp));
          await writeFile(join(outDir, '_headers'), `/*\n${headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
          await writeFile(join(outDir, 'nginx-security-headers.conf'), headers.map(([k, v]) => `add_header ${k} "${v}" always;`).join('\n') + '\n');
          const scripts = /script-src ([^;]*)/.exec(csp)?.[1]?.split(' ').length ?? 0;
          logger.info(`one CSP for all pages (${scripts} script sources) written to _headers and nginx-security-headers.conf`);
        });
      },
    },
  };
}
