/**
 * Astro integration: index the built pages with Pagefind (its Node API, bundle in dist/pagefind/), so
 * `astro build` alone gives a site whose search works.
 *
 * Only the entry pages are read: they are the only pages with `data-pagefind-body`, and Pagefind then
 * ignores every other page anyway, but reading and parsing the other ~2,900 HTML files (municipality
 * pages above all) was most of this step's time. The build fails if a change of route leaves the glob matching
 * nothing (the e2e search tests then catch a partial match).
 *
 * Then each /data/near/CODE.json learns the Pagefind page id of every entry it lists, per language. The
 * finder's "serving this place" view keeps only the results that serve the place and orders them by the
 * ranking rule; with the ids it does so from the search results alone, instead of fetching one fragment
 * per result (up to 118 requests before the first card at today's size).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { timed } from './build-timings.ts';
import { routes, segments } from '../lib/routes.ts';
import { uiLanguages } from '../schemas/languages.ts';
import { audiences, type Audience } from '../lib/url-state.ts';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'family-support-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await timed(logger, 'pagefind', async () => {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          try {
            const entryPages = `{${uiLanguages.map((lang) => `${lang}/${segments.initiative[lang]}`).join(',')}}/*/index.html`;
            const added = await index.addDirectory({ path: site, glob: entryPages });
            if (added.errors.length > 0)
              throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
            if (added.page_count === 0)
              throw new Error(`Pagefind found no entry page under ${site} matching ${entryPages}`);
            const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
            if (written.errors.length > 0)
              throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
            logger.info(`${added.page_count} pages indexed into ${join(site, 'pagefind')}`);
            const linked = linkNearFiles(site);
            logger.info(`${linked} place ranking files linked to the search index`);
          } finally {
            await close();
          }
        });
      },
    },
  };
}

/**
 * A fragment is gzip of "pagefind_dcd" followed by the page's JSON; its file name without the extension
 * ("en_0a11d23") is the id that the search results report as `result.id`.
 */
function pageIdsByUrl(site: string): Map<string, string> {
  const folder = join(site, 'pagefind', 'fragment');
  const byUrl = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    const id = /^(.+)\.pf_fragment$/.exec(name)?.[1];
    if (!id) continue;
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
    if (typeof fragment.url === 'string') byUrl.set(fragment.url, id);
    // A fragment group (several pages in one file) maps each page id to its fragment.
    else {
      for (const [page, inner] of Object.entries(fragment as Record<string, { url?: unknown }>)) {
        if (typeof inner?.url === 'string') byUrl.set(inner.url, page);
      }
    }
  }
  if (byUrl.size === 0)
    throw new Error(`no Pagefind fragment readable in ${folder}: has Pagefind's bundle format changed?`);
  return byUrl;
}

/** Adds `pages: { lang: { entryId: pagefindId } }` to every /data/near file; returns how many it wrote. */
function linkNearFiles(site: string): number {
  const byUrl = pageIdsByUrl(site);
  const folder = join(site, 'data', 'near');
  let written = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
    const path = join(folder, name);
    const ranking = JSON.parse(readFileSync(path, 'utf8')) as Record<Audience, string[]>;
    const ids = [...new Set(audiences.flatMap((a) => ranking[a]))];
    const pages = Object.fromEntries(
      uiLanguages.map((lang) => [
        lang,
        Object.fromEntries(
          ids.flatMap((id) => {
            const page = byUrl.get(routes.initiative(lang, id));
            // Every entry has a page in every language, and every entry page is indexed: a gap is a bug here.
            if (!page) throw new Error(`${name}: entry ${id} has no search page in ${lang}`);
            return [[id, page]];
          }),
        ),
      ]),
    );
    writeFileSync(path, JSON.stringify({ ...ranking, pages }));
    written += 1;
  }
  return written;
}
