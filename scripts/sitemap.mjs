/**
 * After the build: sitemap.xml with language alternates, and robots.txt pointing to it. Built from
 * the pages themselves (their canonical and hreflang links), so every page type, including the
 * ~2,700 municipality pages and any page added later, is listed without a route table to keep in sync.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name === 'index.html' ? [path] : [];
  });
}

const urls = [];
let site = '';
for (const file of htmlFiles(outDir)) {
  const html = readFileSync(file, 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) continue;
  site ||= new URL(canonical).origin;
  const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({ lang: m[1], href: m[2] }));
  urls.push({ loc: canonical, alternates });
}
urls.sort((a, b) => a.loc.localeCompare(b.loc));
const body = urls
  .map(({ loc, alternates }) => `  <url><loc>${escape(loc)}</loc>${alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${escape(a.lang)}" href="${escape(a.href)}"/>`).join('')}</url>`)
  .join('\n');
writeFileSync(join(outDir, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`);
writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`);
console.log(`sitemap: ${urls.length} pages written to ${outDir}/sitemap.xml; robots.txt points to it`);
