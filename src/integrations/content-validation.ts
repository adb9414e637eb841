/**
 * Astro integration: validate every entry (and every lead) before the content is loaded, so a malformed entry fails
 * `astro build` and `astro sync` with one list naming each file, field and fix. It runs the same function as
 * `npm run validate` (src/loaders/entry-files.ts), with Astro's frontmatter parser and the collection's schema, so
 * the two cannot disagree; Astro's own loader alone would stop at the first bad entry and cannot see
 * successors or geo codes. In `astro dev` (and `astro preview`) the list is a warning, so the server keeps
 * running while an editor fixes the entry.
 */
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { readLeads } from '../loaders/leads.ts';
import { loadMunicipalities } from '../loaders/geo.ts';
import { formatProblems, initiativesDirectory, validateDirectory } from '../loaders/entry-files.ts';

export function contentValidation(): AstroIntegration {
  return {
    name: 'family-support-atlas:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { entries, problems } = validateDirectory(loadMunicipalities());
        // Leads are listed on the data report: a malformed one fails the build the same way.
        const { leads, problems: leadProblems } = readLeads();
        problems.push(...leadProblems);
        if (problems.length === 0) {
          logger.info(`${entries.length} entries and ${leads.length} leads valid`);
          return;
        }
        const report = `${problems.length} problem(s) in ${relative(process.cwd(), initiativesDirectory)} or src/data/leads:\n${formatProblems(problems)}`;
        if (command === 'build' || command === 'sync') throw new Error(report);
        logger.warn(report);
      },
    },
  };
}
