/**
 * Astro integration: after the build, write the rules that let the home page's place form work without
 * JavaScript on each documented host (README, "Deploy"). The form sends `?q=` to the A–Z list; a static
 * host cannot read the query, so each rule maps one exact value to a page (src/lib/geo/place-queries.ts):
 *   dist/place-queries.json        read by scripts/serve.mjs (`npm start`, `npm run preview`, the e2e tests)
 *   dist/_redirects                Netlify: the rules are added before the "not found" rules of public/_redirects
 *   dist/nginx-place-queries.conf  nginx: a `map`, included at http level (see deploy/nginx.conf.example)
 *   dist/nginx-languages.conf      nginx: per language, the A–Z list's rule and the "not found" page, included in the server block
 * and, in dist/_redirects, each language's "not found" rule after the rest.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { timed } from './build-timings.ts';
import { loadPlaceQueries } from '../loaders/geo.ts';
import { languageHostRules, placeQueryRules } from '../lib/geo/place-queries.ts';

export function placeQueryRulesFiles(): AstroIntegration {
  return {
    name: 'family-support-atlas:place-query-rules',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await timed(logger, 'place query rules', async () => {
          const { table, netlify, nginx } = placeQueryRules(loadPlaceQueries());
          await writeFile(join(outDir, 'place-queries.json'), JSON.stringify(table));
          const redirects = join(outDir, '_redirects');
          const existing = await readFile(redirects, 'utf8').catch(() => '');
          const header =
            '# The home page\'s place form without JavaScript: each postcode and place name typed goes to its page\n# (or to the "which one?" page), written by the build (src/integrations/place-query-rules.ts).\n';
          const languages = languageHostRules();
          const notFound =
            '# A wrong or old address gets the "not found" page of its language, with status 404 (one line per language).\n';
          await writeFile(
            redirects,
            `${header}${netlify.join('\n')}\n\n${existing}${notFound}${languages.netlify.join('\n')}\n`,
          );
          const map = `# Written by the build (src/integrations/place-query-rules.ts): the home page's place form without JavaScript.\n# Include at http level; see deploy/nginx.conf.example.\nmap "$uri?$arg_q" $place_query_target {\n    default "";\n${nginx.join('\n')}\n}\n`;
          await writeFile(join(outDir, 'nginx-place-queries.conf'), map);
          const locations = `# Written by the build (src/integrations/place-query-rules.ts): per language, the A–Z list's place form and the "not found" page.\n# Include inside the server block; see deploy/nginx.conf.example.\n${languages.nginx.join('\n')}\n`;
          await writeFile(join(outDir, 'nginx-languages.conf'), locations);
          logger.info(
            `${Object.values(table)[0] ? Object.keys(Object.values(table)[0]!).length : 0} queries per language: ${netlify.length} Netlify rules, ${nginx.length} nginx map lines`,
          );
        });
      },
    },
  };
}
