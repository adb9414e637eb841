/** npm run confirm as a keeper runs it: a process on a temporary copy of the entries, then npm run validate on the result. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

describe('npm run confirm on a temporary copy of the entries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'confirm-'));
  cpSync('src/content/initiatives', dir, { recursive: true });
  const file = join(dir, 'be', 'caprev-fwb.md');
  const before = readFileSync(file, 'utf8');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/confirm.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir },
    });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a bad request exits non-zero and leaves the file as it was', () => {
    const result = run('caprev-fwb', '--method', 'service-confirmed', '--date', '2999-01-01');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/in the future/);
    expect(result.stderr).toMatch(/needs --note/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test('a good one rewrites only the verified block, and the entry stays valid', () => {
    const day = new Date().toISOString().slice(0, 10);
    const result = run(
      'caprev-fwb',
      '--method',
      'service-confirmed',
      '--date',
      day,
      '--note',
      'reply to the re-check e-mail from the functional address',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const after = readFileSync(file, 'utf8');
    const strip = (text: string) => text.replace(/^verified:\n(?: {2}.*\n)+/m, '');
    expect(strip(after)).toBe(strip(before));
    expect(after).toContain(
      `verified:\n  date: ${day}\n  method: service-confirmed\n  note: reply to the re-check e-mail from the functional address\n---`,
    );
    const check = spawnSync(process.execPath, ['scripts/validate.ts', dir], { encoding: 'utf8' });
    expect(check.status).toBe(0);
  });
});
