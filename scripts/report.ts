/**
 * npm run report: print the data report (counts with unknowns, the 2018 comparison by language
 * side, data-quality lists) and write it to reports/data-report.md and reports/data-report.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadMunicipalities } from '../src/lib/geo.ts';
import { buildReport, reportToMarkdown } from '../src/lib/report.ts';
import { formatProblems, validateDirectory } from '../src/lib/validate.ts';

const { entries, problems } = validateDirectory(loadMunicipalities());
if (problems.length > 0) {
  console.error(`The content has problems; fix them first (npm run validate):\n${formatProblems(problems)}`);
  process.exit(1);
}
const report = buildReport(entries.map((e) => e.data));
const markdown = reportToMarkdown(report);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/data-report.md', markdown);
writeFileSync('reports/data-report.json', JSON.stringify(report, null, 2) + '\n');
console.log(markdown);
console.log('Written to reports/data-report.md and reports/data-report.json');
