/**
 * npm run check-links [-- --timeout 15000 --out reports --today YYYY-MM-DD]
 *
 * Fetches every web address the entries cite (website, organisation, sources, the source of each contact
 * detail; each address once) as an honest client naming the project, its site and its corrections address:
 * HEAD, then GET when HEAD is refused; a time limit; one retry; at most 4 requests at a time. Writes
 * reports/links-YYYY-MM-DD.json (shape: src/lib/links/link-report.ts) and .md: dead pages (4xx/5xx,
 * time-outs, refused connections, unknown domains) and redirects to another domain. The entries in it
 * join the re-check queue (`npm run recheck` reads the newest report through src/loaders/link-reports.ts).
 * Exit 0 when the report is written, whatever it found; 1 when it could not check.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildLinkReport,
  linkReportMarkdown,
  linksOf,
  linksToRecheck,
  type LinkedEntry,
  type LinkReport,
} from '../src/lib/links/link-report.ts';
import { checkLinks } from './link-check.ts';
import { linkReportName, reportsDirectory } from '../src/loaders/link-reports.ts';
import { siteConfig } from '../src/site.config.ts';

/** The User-Agent: who is asking, and where to write about it. */
export const linkCheckUserAgent = () =>
  `FamilySupportAtlas-LinkCheck/1.0 (+${siteConfig.siteUrl}; ${siteConfig.correctionsEmail})`;

export async function runLinkCheck(options: {
  entries: readonly LinkedEntry[];
  outDir: string;
  today: string;
  timeoutMs: number;
  retryDelayMs?: number;
  userAgent?: string;
  onDone?: (url: string) => void;
}): Promise<{ report: LinkReport; files: string[] }> {
  const links = linksOf(options.entries);
  const userAgent = options.userAgent ?? linkCheckUserAgent();
  const outcomes = await checkLinks([...links.keys()], {
    userAgent,
    timeoutMs: options.timeoutMs,
    concurrency: 4,
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
    ...(options.onDone ? { onDone: options.onDone } : {}),
  });
  const report = buildLinkReport(links, outcomes, {
    date: options.today,
    checkedAt: new Date().toISOString(),
    userAgent,
  });
  mkdirSync(options.outDir, { recursive: true });
  const files = [
    join(options.outDir, linkReportName(options.today, 'json')),
    join(options.outDir, linkReportName(options.today, 'md')),
  ];
  writeFileSync(files[0]!, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(files[1]!, linkReportMarkdown(report));
  return { report, files };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { timeout: { type: 'string', default: '15000' }, out: { type: 'string' }, today: { type: 'string' } },
  });
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100) {
    console.error('--timeout is in milliseconds, at least 100 (default 15000).');
    process.exit(1);
  }
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error('--today must be YYYY-MM-DD.');
    process.exit(1);
  }
  const { validateDirectory } = await import('../src/loaders/entry-files.ts');
  const { loadMunicipalities } = await import('../src/loaders/geo.ts');
  const { entries, problems } = validateDirectory(loadMunicipalities());
  if (problems.length > 0)
    console.warn(
      `${problems.length} entry problem(s): npm run validate lists them; checking the ${entries.length} valid entries.`,
    );
  const data = entries.map((entry) => entry.data);
  const total = linksOf(data).size;
  let done = 0;
  console.log(`Checking ${total} addresses as "${linkCheckUserAgent()}", at most 4 at a time…`);
  const { report, files } = await runLinkCheck({
    entries: data,
    outDir: values.out ?? reportsDirectory,
    today,
    timeoutMs,
    onDone: () => {
      done++;
      if (done % 25 === 0 || done === total) console.log(`  ${done}/${total}`);
    },
  });
  const queue = linksToRecheck(report);
  console.log(
    `${report.fine} fine, ${report.problems.filter((p) => p.kind === 'dead').length} dead, ${report.problems.filter((p) => p.kind === 'moved').length} moved to another domain; ${queue.length} entries join the re-check queue.`,
  );
  for (const item of queue.slice(0, 20)) console.log(`  ${item.id}: ${item.summary}`);
  if (queue.length > 20) console.log(`  … and ${queue.length - 20} more (see the report)`);
  console.log(`Written: ${files.map((file) => relative(process.cwd(), file)).join(', ')}`);
}
