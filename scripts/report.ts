/**
 * npm run report: print the data report (counts with unknowns, the 2018 comparison by language
 * side, the ten oldest current-looking entries to verify next, data-quality lists, the unverified leads) and write it to reports/data-quality.md and reports/data-quality.json.
 * The same counting (src/lib/data-report.ts) makes the data-report page of the site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildDirectory } from '../src/lib/directory/directory.ts';
import { loadMunicipalities } from '../src/loaders/geo.ts';
import { loadLeads } from '../src/loaders/leads.ts';
import englishReportStrings from '../src/i18n/en/data-report.json' with { type: 'json' };
import { buildReport, leadsToMarkdown, reportToMarkdown, verdictKeys } from '../src/lib/data-report.ts';
import { formatProblems, validateDirectory } from '../src/loaders/entry-files.ts';

const { entries, problems } = validateDirectory(loadMunicipalities());
if (problems.length > 0) {
  console.error(`The content has problems; fix them first (npm run validate):\n${formatProblems(problems)}`);
  process.exit(1);
}
const today = new Date();
const report = buildReport(
  buildDirectory(
    entries.map((e) => e.data),
    loadMunicipalities(),
  ).entries,
  today,
);
const leads = loadLeads();
const markdown = `${reportToMarkdown(report, today, englishReportStrings[verdictKeys[report.mapping2018.check.verdict]])}\n\n${leadsToMarkdown(leads)}`;
mkdirSync('reports', { recursive: true });
writeFileSync('reports/data-quality.md', markdown + '\n');
writeFileSync('reports/data-quality.json', JSON.stringify({ ...report, leads }, null, 2) + '\n');
console.log(markdown);
console.log('\nWritten to reports/data-quality.md and reports/data-quality.json');
