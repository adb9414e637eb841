/**
 * Astro integration: index the built pages with Pagefind (its Node API, same defaults as
 * `pagefind --site dist`: every HTML file, bundle in dist/pagefind/), so `astro build` alone gives a
 * site whose search works.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { timed } from './build-timings.ts';

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
            const added = await index.addDirectory({ path: site });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
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
