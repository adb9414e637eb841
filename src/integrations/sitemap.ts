/**
 * Astro integration: after the build, sitemap.xml with language alternates, and robots.txt pointing
 * to it. Built from the pages themselves (their canonical and hreflang links), so every page type,
 * including the ~2,700 municipality pages and any page added later, is listed without a route table
 * to keep in sync.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { timed } from './build-timings.ts';
import { readPageHeads, type PageHead } from './page-heads.ts';
import { escapeMarkup } from '../lib/text.ts';

/** sitemap.xml for the pages that have a canonical link (one `<url>` each, sorted, with their hreflang alternates). */
export function sitemapXml(pages: readonly PageHead[]): { xml: string; count: number; origin: string } {
  const urls = pages.flatMap((page) => (page.canonical ? [{ loc: page.canonical, alternates: page.alternates }] : []));
  urls.sort((a, b) => a.loc.localeCompare(b.loc));
  const body = urls
    .map(
      ({ loc, alternates }) =>
        `  <url><loc>${escapeMarkup(loc)}</loc>${alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${escapeMarkup(a.lang)}" href="${escapeMarkup(a.href)}"/>`).join('')}</url>`,
    )
    .join('\n');
  return {
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`,
    count: urls.length,
    origin: urls[0] ? new URL(urls[0].loc).origin : '',
  };
}

export function sitemap(): AstroIntegration {
  return {
    name: 'family-support-atlas:sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await timed(logger, 'sitemap', async () => {
          // Only directory pages (…/index.html) are pages a visitor reaches; 404.html and the like are not listed.
          const pages = (await readPageHeads(outDir)).filter(
            (page) => page.file === 'index.html' || page.file.endsWith('/index.html'),
          );
          const { xml, count, origin } = sitemapXml(pages);
          await writeFile(join(outDir, 'sitemap.xml'), xml);
          await writeFile(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
          logger.info(`${count} pages written to sitemap.xml; robots.txt points to it`);
        });
      },
    },
  };
}
