/**
 * Astro integration: index the built pages with Pagefind (its Node API, bundle in dist/pagefind/), so
 * `astro build` alone gives a site whose search works.
 *
 * Only the entry pages are read: they are the only pages with `data-pagefind-body`, and Pagefind then
 * ignores every other page anyway, but reading and parsing the other ~2,900 HTML files (municipality
 * pages above all) was most of this step's time. The build fails if a change of route leaves the glob matching
 * nothing (the e2e search tests then catch a partial match).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { timed } from './build-timings.ts';
import { segments } from '../lib/routes.ts';
import { uiLanguages } from '../schemas/vocabularies.ts';

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
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
            if (added.page_count === 0) throw new Error(`Pagefind found no entry page under ${site} matching ${entryPages}`);
            const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
            if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
            logger.info(`${added.page_count} pages indexed into ${join(site, 'pagefind')}`);
          } finally {
            await close();
          }
        });
      },
    },
  };
}
