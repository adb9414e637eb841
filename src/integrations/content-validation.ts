/**
 * Astro integration: validate every entry (and every lead) before the build starts, so a malformed entry fails the
 * build with one list naming each file, field and fix (the same check as `npm run validate`).
 */
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { readLeads } from '../data/leads.ts';
import { loadMunicipalities } from '../lib/geo.ts';
import { formatProblems, projectsDirectory, validateDirectory } from '../lib/validate.ts';

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
        const report = `${problems.length} problem(s) in ${relative(process.cwd(), projectsDirectory)} or src/data/leads:\n${formatProblems(problems)}`;
        if (command === 'build') throw new Error(report);
        logger.warn(report);
      },
    },
  };
}
