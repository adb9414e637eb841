import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMunicipalities } from '../../src/lib/geo.ts';
import { listEntryFiles, parseEntryFile, validateDirectory, validateEntries, type Problem } from '../../src/lib/validate.ts';

const fixtures = join(process.cwd(), 'tests', 'fixtures', 'entries');
const municipalities = loadMunicipalities();

function validateFixture(...names: string[]) {
  const files = names.map((name) => {
    const path = join(fixtures, `${name}.md`);
    return parseEntryFile(relative(process.cwd(), path), readFileSync(path, 'utf8'));
  });
  return validateEntries(files, municipalities);
}

function only(problems: Problem[]): Problem {
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('content schema', () => {
  test('every real entry in src/content/projects is valid', () => {
    const { entries, problems } = validateDirectory(municipalities);
    expect(problems).toEqual([]);
    expect(entries.length).toBe(listEntryFiles().length);
    expect(entries.length).toBeGreaterThan(0);
  });

  test('a valid fixture passes', () => {
    const { entries, problems } = validateFixture('valid-entry');
    expect(problems).toEqual([]);
    expect(entries[0]?.data.name).toBe('Hoedsaam');
  });

  test('a missing required field names the file and the field', () => {
    const problem = only(validateFixture('missing-name').problems);
    expect(problem.file).toContain('missing-name.md');
    expect(problem.field).toBe('name');
    expect(problem.message).toMatch(/missing/);
  });

  test('an unknown vocabulary value lists the allowed values', () => {
    const problem = only(validateFixture('unknown-method').problems);
    expect(problem.field).toBe('workingMethods.values[1]');
    expect(problem.message).toMatch(/unknown working method; use one of: .*family-support/);
  });

  test('a phone number the entry country does not have is refused, naming the field and the fix', () => {
    const problem = only(validateFixture('bad-phone-digits').problems);
    expect(problem.file).toContain('bad-phone-digits.md');
    expect(problem.field).toBe('contact.phones[0].number');
    expect(problem.message).toMatch(/"0470 12 34 5" (has too few digits for a Belgian number|is not a valid Belgian number).*check the digits against the source/);
  });

  test('a malformed phone number is refused with an example', () => {
    const problem = only(validateFixture('bad-phone').problems);
    expect(problem.field).toBe('contact.phones[0].number');
    expect(problem.message).toMatch(/phone must contain only digits/);
  });

  test('a web address without a scheme is refused', () => {
    const problem = only(validateFixture('bad-url').problems);
    expect(problem.field).toBe('contact.website.url');
    expect(problem.message).toMatch(/https?:\/\//);
  });

  test('an unknown municipality code fails against the geo data', () => {
    const problem = only(validateFixture('unknown-municipality').problems);
    expect(problem.field).toBe('coverage.codes');
    expect(problem.message).toMatch(/"99999" does not exist in the geo data/);
  });

  test('a misspelt field is an unknown key, not silently dropped', () => {
    const problem = only(validateFixture('unknown-key').problems);
    expect(problem.message).toMatch(/unknown field\(s\) "emial"/);
  });

  test('raw HTML in the body is refused', () => {
    const problem = only(validateFixture('raw-html').problems);
    expect(problem.field).toBe('(body)');
    expect(problem.message).toMatch(/raw HTML/);
  });

  test('a duplicate id names both files', () => {
    const problem = only(validateFixture('valid-entry', 'duplicate/valid-entry').problems);
    expect(problem.field).toBe('id');
    expect(problem.message).toMatch(/duplicate id "valid-entry", also used by .*valid-entry\.md/);
  });

  test('broken YAML is reported, not thrown', () => {
    const parsed = parseEntryFile('x.md', '---\nname: [unclosed\n---\nbody');
    expect('message' in parsed && parsed.message).toMatch(/YAML cannot be read/);
  });
});
