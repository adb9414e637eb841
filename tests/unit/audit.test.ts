import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blockingAdvisories } from '../../scripts/audit.mjs';

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

  test("the project's exceptions file is valid and each exception says why and when to look again", () => {
    expect(Array.isArray(project.exceptions)).toBe(true);
    for (const e of project.exceptions) {
      expect(e.advisory).toMatch(/^https:\/\//);
      expect(String(e.reason ?? '')).not.toBe('');
      expect(String(e.reviewBy ?? '')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
