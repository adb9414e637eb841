/** npm run freshness as a keeper types it: a process, its exit code and its message. */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

describe('freshness: the age rule run at later dates', () => {
  test('npm run freshness refuses a bad --at with the fix and a non-zero exit', () => {
    const node = process.execPath;
    const bad = spawnSync(node, ['scripts/freshness.ts', '--at', '2027-13-01'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not a day of the calendar.*\n.*--at YYYY-MM-DD/);
    const missing = spawnSync(node, ['scripts/freshness.ts', '--at'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--at needs a date/);
  });
});
