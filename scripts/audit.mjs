/**
 * npm run audit: the security gate on runtime dependencies (issue #7). Runs `npm audit --omit=dev
 * --json` and fails on any high or critical advisory that is not a documented exception in
 * security/audit-exceptions.json (each with the advisory, the reason and a review date).
 *
 * When the registry's audit endpoint cannot be reached (this build farm's proxy answers 405 to its
 * POST), the audit cannot say anything: the script says so loudly and exits 0, so the rest of the
 * test run still counts; `--strict` makes that a failure for a machine that should reach it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The high or critical advisories of an `npm audit --json` report (format 2, npm 7+) that no
 * documented exception covers, one line each. A vulnerability reached only through another package
 * (its `via` lists names, not advisories) is reported too: its own entry says which advisory.
 * @param {{ vulnerabilities?: Record<string, { severity: string; via: (string | { url?: string; source?: number })[] }> }} report
 * @param {{ advisory: string }[]} exceptions
 * @returns {string[]}
 */
export function blockingAdvisories(report, exceptions) {
  const excepted = new Set(exceptions.map((e) => e.advisory));
  const blocking = [];
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities ?? {})) {
    if (vulnerability.severity !== 'high' && vulnerability.severity !== 'critical') continue;
    const advisories = vulnerability.via.filter((v) => typeof v === 'object').map((v) => v.url ?? v.source);
    if (advisories.length > 0 && advisories.every((a) => excepted.has(String(a)))) continue;
    blocking.push(
      `${name} (${vulnerability.severity}): ${advisories.join(', ') || 'via ' + vulnerability.via.join(', ')}`,
    );
  }
  return blocking;
}

/**
 * What is wrong with the documented exceptions, one line each: each needs the advisory's https URL, a
 * reason, and a review date (YYYY-MM-DD) not yet past on `today`; an expired exception no longer
 * counts until someone looks again and moves the date.
 * @param {unknown} file the parsed security/audit-exceptions.json
 * @param {string} today YYYY-MM-DD
 * @returns {string[]}
 */
export function exceptionProblems(file, today) {
  const exceptions = /** @type {{ exceptions?: unknown }} */ (file)?.exceptions;
  if (!Array.isArray(exceptions)) return ['"exceptions" must be a list'];
  return exceptions.flatMap((e, i) => {
    const name = `exception ${i + 1}${typeof e?.advisory === 'string' ? ` (${e.advisory})` : ''}`;
    const problems = [];
    if (typeof e?.advisory !== 'string' || !/^https:\/\/\S+$/.test(e.advisory))
      problems.push(`${name}: "advisory" must be the advisory's https URL`);
    if (typeof e?.reason !== 'string' || e.reason.trim() === '')
      problems.push(`${name}: "reason" must say why it does not apply to this site`);
    if (
      typeof e?.reviewBy !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(e.reviewBy) ||
      Number.isNaN(Date.parse(e.reviewBy))
    )
      problems.push(`${name}: "reviewBy" must be a date, YYYY-MM-DD`);
    else if (e.reviewBy < today)
      problems.push(`${name}: review date ${e.reviewBy} has passed; look again and move it, or remove the exception`);
    return problems;
  });
}

function main() {
  const strict = process.argv.includes('--strict');
  const file = JSON.parse(readFileSync(new URL('../security/audit-exceptions.json', import.meta.url), 'utf8'));
  const invalid = exceptionProblems(file, new Date().toISOString().slice(0, 10));
  if (invalid.length > 0) {
    console.error(`audit: security/audit-exceptions.json:\n  ${invalid.join('\n  ')}`);
    process.exit(1);
  }
  const exceptions = file.exceptions;
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  let report;
  try {
    report = JSON.parse(run.stdout || '{}');
  } catch {
    report = {};
  }

  if (!report.vulnerabilities) {
    const reason = report.message ?? report.error?.summary ?? (run.stderr || 'no answer').split('\n')[0];
    console.warn(`audit: NOT RUN: the npm audit endpoint could not be reached (${reason}).`);
    console.warn(
      'audit: run `npm run audit -- --strict` on a machine that reaches registry.npmjs.org before a release; the last manual check is security/advisory-review.md.',
    );
    process.exit(strict ? 1 : 0);
  }

  const blocking = blockingAdvisories(report, exceptions);
  const total = report.metadata?.vulnerabilities ?? {};
  console.log(`audit: runtime dependencies: ${JSON.stringify(total)}; documented exceptions: ${exceptions.length}`);
  if (blocking.length > 0) {
    console.error(`audit: high or critical advisories without a documented exception:\n  ${blocking.join('\n  ')}`);
    process.exit(1);
  }
  console.log('audit: no high or critical advisory in runtime dependencies.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
