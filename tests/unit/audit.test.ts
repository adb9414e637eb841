import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blockingAdvisories, exceptionProblems } from '../../scripts/audit.mjs';

const report = JSON.parse(readFileSync(new URL('../fixtures/npm-audit-report.json', import.meta.url), 'utf8'));
const project = JSON.parse(readFileSync(new URL('../../security/audit-exceptions.json', import.meta.url), 'utf8'));
const blocking = (exceptions: { advisory: string }[]) => blockingAdvisories(report, exceptions) as string[];

describe('the audit gate (npm run audit)', () => {
  test('fails on high and critical advisories, naming each, and ignores moderate ones', () => {
    const lines = blocking([]);
    expect(lines).toHaveLength(3);
    expect(lines).toContain('example-critical (critical): https://github.com/advisories/GHSA-xxxx-critical');
    expect(lines).toContain('example-parent (high): via example-critical');
    expect(lines.join('\n')).not.toContain('example-moderate');
  });

  test('a documented exception lets exactly that advisory pass', () => {
    const lines = blocking([{ advisory: 'https://github.com/advisories/GHSA-xxxx-excepted' }]);
    expect(lines.join('\n')).not.toContain('example-excepted');
    expect(lines).toHaveLength(2);
  });

  test("the project's exceptions file is valid today", () => {
    expect(exceptionProblems(project, new Date().toISOString().slice(0, 10))).toEqual([]);
  });

  test('an exception without a reason, with a bad URL or date, or past its review date is refused', () => {
    const good = { advisory: 'https://github.com/advisories/GHSA-xxxx-excepted', reason: 'only used at build time', reviewBy: '2027-01-31' };
    expect(exceptionProblems({ exceptions: [good] }, '2026-12-01')).toEqual([]);
    expect(exceptionProblems({ exceptions: [{ ...good, reason: ' ' }] }, '2026-12-01')).toEqual([expect.stringContaining('"reason"')]);
    expect(exceptionProblems({ exceptions: [{ ...good, advisory: 'GHSA-xxxx' }] }, '2026-12-01')).toEqual([expect.stringContaining('"advisory"')]);
    expect(exceptionProblems({ exceptions: [{ ...good, reviewBy: '31/01/2027' }] }, '2026-12-01')).toEqual([expect.stringContaining('"reviewBy"')]);
    expect(exceptionProblems({ exceptions: [good] }, '2027-02-01')).toEqual([expect.stringContaining('has passed')]);
    expect(exceptionProblems({}, '2026-12-01')).toEqual(['"exceptions" must be a list']);
  });
});
