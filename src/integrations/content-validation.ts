/**
 * Astro integration: validate every entry before the build starts, so a malformed entry fails the
 * build with one list naming each file, field and fix (the same check as `npm run validate`).
 */
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { loadMunicipalities } from '../lib/geo.ts';
import { formatProblems, projectsDirectory, validateDirectory } from '../lib/validate.ts';

export function contentValidation(): AstroIntegration {
  return {
    name: 'family-support-atlas:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { entries, problems } = validateDirectory(loadMunicipalities());
        if (problems.length === 0) {
          logger.info(`${entries.length} entries valid`);
          return;
        }
        const report = `${problems.length} problem(s) in ${relative(process.cwd(), projectsDirectory)}:\n${formatProblems(problems)}`;
        if (command === 'build') throw new Error(report);
        logger.warn(report);
      },
    },
  };
}
