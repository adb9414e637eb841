/**
 * The newest link-check report in reports/ (written by `npm run check-links`), for the re-check queue:
 * `npm run recheck` adds the entries of `linksToRecheck(latestLinkReport())` (src/lib/links/link-report.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isLinkReport, type LinkReport } from '../lib/links/link-report.ts';

/** Where the reports are written: reports/ at the project root (not in git). */
export const reportsDirectory = resolve(process.cwd(), 'reports');

/** File name of the report of a day. */
export const linkReportName = (date: string, extension: 'json' | 'md') => `links-${date}.${extension}`;

/** The newest readable link report in `directory`, or undefined when there is none (the check has not been run). */
export function latestLinkReport(directory: string = reportsDirectory): LinkReport | undefined {
  if (!existsSync(directory)) return undefined;
  const names = readdirSync(directory)
    .filter((name) => /^links-\d{4}-\d{2}-\d{2}\.json$/.test(name))
    .sort()
    .reverse();
  for (const name of names) {
    try {
      const report: unknown = JSON.parse(readFileSync(join(directory, name), 'utf8'));
      if (isLinkReport(report)) return report;
    } catch {
      // An unreadable file is skipped: the next older report still tells something.
    }
  }
  return undefined;
}
