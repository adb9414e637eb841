import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blockingAdvisories, exceptionProblems } from '../../scripts/audit.mjs';

const report = JSON.parse(readFileSync(new URL('../fixtures/npm-audit-report.json', import.meta.url), 'utf8'));
const initiative = JSON.parse(readFileSync(new URL('../../security/audit-exceptions.json', import.meta.url), 'utf8'));
const blocking = (exceptions: { advisory: string }[]) => blockingAdvisories(report, exceptions) as string[];

describe('the audit gate (npm run audit)', () => {
  const critical = 'example-critical (critical): https://github.com/advisories/GHSA-xxxx-critical';
  const parent = 'example-parent (high): via example-critical';
  const excepted = 'example-excepted (high): https://github.com/advisories/GHSA-xxxx-excepted';
  const partly =
    'example-partly-excepted (high): https://github.com/advisories/GHSA-xxxx-excepted, https://github.com/advisories/GHSA-xxxx-second';

  test('fails on every high and critical advisory, naming each (one reached only through another package too), and ignores moderate ones', () => {
    expect(blocking([])).toEqual([critical, parent, excepted, partly]);
  });

  test('a documented exception lets exactly that advisory pass, not a package that also has another one', () => {
    expect(blocking([{ advisory: 'https://github.com/advisories/GHSA-xxxx-excepted' }])).toEqual([
      critical,
      parent,
      partly,
    ]);
    expect(
      blocking([
        { advisory: 'https://github.com/advisories/GHSA-xxxx-excepted' },
        { advisory: 'https://github.com/advisories/GHSA-xxxx-second' },
      ]),
    ).toEqual([critical, parent]);
  });

  test('an exception for a moderate advisory or for an unrelated one changes nothing', () => {
    expect(
      blocking([
        { advisory: 'https://github.com/advisories/GHSA-xxxx-moderate' },
        { advisory: 'https://github.com/advisories/GHSA-yyyy-other' },
      ]),
    ).toEqual([critical, parent, excepted, partly]);
  });

  test('a report without vulnerabilities blocks nothing', () => {
    expect(blockingAdvisories({ vulnerabilities: {} }, [])).toEqual([]);
  });

  test("the project's exceptions file is valid today", () => {
    expect(exceptionProblems(initiative, new Date().toISOString().slice(0, 10))).toEqual([]);
  });

  test('an exception without a reason, with a bad URL or date, or past its review date is refused', () => {
    const good = {
      advisory: 'https://github.com/advisories/GHSA-xxxx-excepted',
      reason: 'only used at build time',
      reviewBy: '2027-01-31',
    };
    expect(exceptionProblems({ exceptions: [good] }, '2026-12-01')).toEqual([]);
    expect(exceptionProblems({ exceptions: [{ ...good, reason: ' ' }] }, '2026-12-01')).toEqual([
      expect.stringContaining('"reason"'),
    ]);
    expect(exceptionProblems({ exceptions: [{ ...good, advisory: 'GHSA-xxxx' }] }, '2026-12-01')).toEqual([
      expect.stringContaining('"advisory"'),
    ]);
    expect(exceptionProblems({ exceptions: [{ ...good, reviewBy: '31/01/2027' }] }, '2026-12-01')).toEqual([
      expect.stringContaining('"reviewBy"'),
    ]);
    expect(exceptionProblems({ exceptions: [good] }, '2027-02-01')).toEqual([expect.stringContaining('has passed')]);
    expect(exceptionProblems({}, '2026-12-01')).toEqual(['"exceptions" must be a list']);
  });
});
