/**
 * The editors' commands as an editor runs them: the scaffold makes a file the validator accepts; a broken
 * entry fails `npm run validate` and `astro build` alike, each naming the same files, fields and fixes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const node = process.execPath;

describe('editorial commands', () => {
  test('npm run new scaffolds an entry that validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fsa-new-'));
    execFileSync(
      node,
      [
        'scripts/new-entry.ts',
        '--name',
        'Test hulplijn',
        '--country',
        'BE',
        '--region',
        'BE-VLG',
        '--side',
        'nl',
        '--dir',
        dir,
      ],
      { encoding: 'utf8' },
    );
    expect(readdirSync(join(dir, 'be'))).toEqual(['test-hulplijn.md']);
    const result = spawnSync(node, ['scripts/validate.ts', dir], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/All 1 entries are valid/);
    expect(result.status).toBe(0);
  });
  test('the scaffold refuses to overwrite and asks for what is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fsa-new-'));
    const first = spawnSync(node, ['scripts/new-entry.ts', '--name', 'X', '--country', 'NL', '--dir', dir], {
      encoding: 'utf8',
    });
    expect(first.status).toBe(0);
    const again = spawnSync(node, ['scripts/new-entry.ts', '--name', 'X', '--country', 'NL', '--dir', dir], {
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const missing = spawnSync(node, ['scripts/new-entry.ts', '--country', 'BE'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/--name is required/);
  });
  test('on the same entry folder (CONTENT_DIR), npm run validate and astro build refuse the same problems, naming file, field and fix', () => {
    // Build output and cache go to a temporary folder, so a failing build cannot touch dist/.
    const scratch = mkdtempSync(join(tmpdir(), 'fsa-build-'));
    const env = {
      ...process.env,
      CONTENT_DIR: 'tests/fixtures/entries',
      ASTRO_OUT_DIR: join(scratch, 'dist'),
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
    };
    const validate = spawnSync(node, ['scripts/validate.ts'], { encoding: 'utf8', env });
    const build = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8', env });
    const problemLines = (output: string) =>
      output
        .split('\n')
        .filter((line) => /^\s+tests\/fixtures\/entries\/\S+\.md: /.test(line))
        .map((line) => line.trim());
    const expected = [
      'tests/fixtures/entries/bad-successor.md: status.successor: successor "no-such-entry" is not the id of any entry; use the file name (without .md) of the entry that continues this work',
      'tests/fixtures/entries/unknown-municipality.md: coverage.codes: code "99999" does not exist in the geo data for scope "municipalities"; use a code from src/data/geo/municipalities.csv',
      'tests/fixtures/entries/missing-nl-summary.md: summary.nl: summary in Dutch (nl) is missing: add the Dutch text on a line "nl: …", indented like the other languages',
      'tests/fixtures/entries/bad-phone.md: contact.phones[0].number: phone must contain only digits, spaces and ( ) . / - , optionally starting with +, e.g. "+32 470 12 34 56" or "088 20 80 080"',
    ];
    expect(validate.status).toBe(1);
    expect(problemLines(validate.stderr)).toEqual(expect.arrayContaining(expected));
    expect(build.status).not.toBe(0);
    expect(problemLines(build.stdout + build.stderr)).toEqual(problemLines(validate.stderr));
    expect(readdirSync(scratch)).not.toContain('dist');
  }, 120_000);

  test("astro build and astro sync fail on problems that only the whole collection and the geo table can show, which Astro's own loader accepts", () => {
    const scratch = mkdtempSync(join(tmpdir(), 'fsa-build-'));
    const entries = join(scratch, 'entries');
    mkdirSync(entries);
    for (const name of ['bad-successor.md', 'unknown-municipality.md'])
      copyFileSync(join('tests/fixtures/entries', name), join(entries, name));
    const env = {
      ...process.env,
      CONTENT_DIR: entries,
      ASTRO_OUT_DIR: join(scratch, 'dist'),
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
    };
    const build = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8', env });
    const output = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    expect(output).toMatch(
      /bad-successor\.md: status\.successor: successor "no-such-entry" is not the id of any entry/,
    );
    expect(output).toMatch(/unknown-municipality\.md: coverage\.codes: code "99999" does not exist in the geo data/);
    expect(readdirSync(scratch)).not.toContain('dist');
    // astro sync (also run by npm run typecheck) refuses them too.
    const sync = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'sync'], { encoding: 'utf8', env });
    expect(sync.status).not.toBe(0);
    expect(sync.stdout + sync.stderr).toMatch(/bad-successor\.md: status\.successor: successor "no-such-entry"/);
  }, 180_000);

  test('npm run validate exits non-zero naming the file and the field of a broken entry', () => {
    const result = spawnSync(node, ['scripts/validate.ts', 'tests/fixtures/entries'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /tests\/fixtures\/entries\/bad-phone\.md: contact\.phones\[0\]\.number: phone must contain only digits/,
    );
    expect(result.stderr).toMatch(/missing-name\.md: name: required field is missing/);
  });
});
