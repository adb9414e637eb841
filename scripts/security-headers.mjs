/**
 * After the build: write the HTTP security headers for hosts that send them.
 *
 * Astro puts a per-page Content-Security-Policy in a <meta> tag, with a hash for each inline script
 * and style of that page. A header cannot differ per page on most static hosts, so this joins the
 * hashes of all pages into one policy — still hash-only, no 'unsafe-inline' — and adds what a
 * <meta> cannot carry (frame-ancestors). Writes:
 *   dist/_headers                        Netlify / Cloudflare Pages format
 *   dist/nginx-security-headers.conf     `include` it in an nginx server block (see deploy/nginx.conf.example)
 * The "not found" rule for the same hosts is not a header: public/_redirects (Netlify) and
 * deploy/nginx.conf.example send /nl/…, /fr/…, /en/… to that language's 404 page with status 404.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const directives = new Map();
for (const file of htmlFiles(outDir)) {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
  if (!match) continue;
  for (const part of match[1].split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const set = directives.get(name) ?? new Set();
    for (const source of sources) set.add(source);
    directives.set(name, set);
  }
}
if (directives.size === 0) {
  console.error(`security-headers: no CSP <meta> found in ${outDir}/; is security.csp enabled in astro.config.mjs?`);
  process.exit(1);
}
directives.set('frame-ancestors', new Set(["'none'"]));
const csp = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

export const headers = {
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

writeFileSync(join(outDir, '_headers'), `/*\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
writeFileSync(join(outDir, 'nginx-security-headers.conf'), Object.entries(headers).map(([k, v]) => `add_header ${k} "${v}" always;`).join('\n') + '\n');
console.log(`security-headers: one CSP for all pages (${[...directives.get('script-src') ?? []].length} script sources) written to ${outDir}/_headers and ${outDir}/nginx-security-headers.conf`);
