/**
 * Reads the leads files (src/data/leads/be.yaml, nl.yaml) from disk and validates them with
 * src/schemas/lead.ts. Used by the build's content check, the data-report page and `npm run report`,
 * so a malformed lead fails all three with the same file-and-field message.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { parseLeads, type Lead, type LeadProblem } from '../schemas/lead.ts';

export const leadFiles = ['be.yaml', 'nl.yaml'].map((name) => join(process.cwd(), 'src', 'data', 'leads', name));

/** Every lead of both countries, Belgium first, in file order; problems name file and field. */
export function readLeads(files: readonly string[] = leadFiles): { leads: Lead[]; problems: LeadProblem[] } {
  const leads: Lead[] = [];
  const problems: LeadProblem[] = [];
  for (const path of files) {
    const file = relative(process.cwd(), path);
    let data: unknown;
    try {
      data = loadYaml(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({
        file,
        field: '(file)',
        message: `YAML cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      });
      continue;
    }
    const result = parseLeads(file, data);
    leads.push(...result.leads);
    problems.push(...result.problems);
  }
  return { leads, problems };
}

/** The leads, or an error listing every problem: for pages and scripts, which cannot go on without them. */
export function loadLeads(files: readonly string[] = leadFiles): Lead[] {
  const { leads, problems } = readLeads(files);
  if (problems.length > 0)
    throw new Error(
      `${problems.length} problem(s) in the leads files:\n${problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n')}`,
    );
  return leads;
}
