/** The editors' commands as an editor runs them: the scaffold makes a file the validator accepts; a broken entry fails validate. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const node = process.execPath;

describe('editorial commands', () => {
  test('npm run new scaffolds an entry that validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fsa-new-'));
    execFileSync(node, ['scripts/new-entry.ts', '--name', 'Test hulplijn', '--country', 'BE', '--region', 'BE-VLG', '--side', 'nl', '--dir', dir], { encoding: 'utf8' });
    expect(readdirSync(join(dir, 'be'))).toEqual(['test-hulplijn.md']);
    const result = spawnSync(node, ['scripts/validate.ts', dir], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/All 1 entries are valid/);
    expect(result.status).toBe(0);
  });
  test('the scaffold refuses to overwrite and asks for what is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fsa-new-'));
    const first = spawnSync(node, ['scripts/new-entry.ts', '--name', 'X', '--country', 'NL', '--dir', dir], { encoding: 'utf8' });
    expect(first.status).toBe(0);
    const again = spawnSync(node, ['scripts/new-entry.ts', '--name', 'X', '--country', 'NL', '--dir', dir], { encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const missing = spawnSync(node, ['scripts/new-entry.ts', '--country', 'BE'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/--name is required/);
  });
  test('npm run validate exits non-zero naming the file and the field of a broken entry', () => {
    const result = spawnSync(node, ['scripts/validate.ts', 'tests/fixtures/entries'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/tests\/fixtures\/entries\/bad-phone\.md: contact\.phones\[0\]\.number: phone must contain only digits/);
    expect(result.stderr).toMatch(/missing-name\.md: name: required field is missing/);
  });
});
