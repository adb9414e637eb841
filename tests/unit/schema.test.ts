import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import {
  listEntryFiles,
  parseEntryFile,
  validateDirectory,
  validateEntries,
  type EntryFile,
  type Problem,
} from '../../src/loaders/entry-files.ts';

const fixtures = join(process.cwd(), 'tests', 'fixtures', 'entries');
const municipalities = loadMunicipalities();

function validateFixture(...names: string[]) {
  const files = names.map((name) => {
    const path = join(fixtures, `${name}.md`);
    return parseEntryFile(relative(process.cwd(), path), readFileSync(path, 'utf8'));
  });
  return validateEntries(files, municipalities);
}

/** The valid fixture under another id, with its status replaced: for rules that need several entries. */
function variant(id: string, status: string): EntryFile {
  const text = readFileSync(join(fixtures, 'valid-entry.md'), 'utf8')
    .replace('id: valid-entry', `id: ${id}`)
    .replace(/^status:\n(?: {2}.*\n)+/m, `status:\n${status}  evidence: fixture\n`);
  const parsed = parseEntryFile(`fixtures/${id}.md`, text);
  if ('message' in parsed) throw new Error(parsed.message);
  return parsed;
}

function only(problems: Problem[]): Problem {
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('content schema', () => {
  test('every real entry in src/content/initiatives is valid', () => {
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
    expect(problem.message).toMatch(
      /"0470 12 34 5" (has too few digits for a Belgian number|is not a valid Belgian number).*check the digits against the source/,
    );
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

  test('a summary without its Dutch text names the missing language and the fix', () => {
    const problem = only(validateFixture('missing-nl-summary').problems);
    expect(problem.file).toContain('missing-nl-summary.md');
    expect(problem.field).toBe('summary.nl');
    expect(problem.message).toMatch(/Dutch \(nl\) is missing: add the Dutch text/);
  });

  test('a successor that is not the id of any entry names the field and the fix', () => {
    const problem = only(validateFixture('bad-successor').problems);
    expect(problem.file).toContain('bad-successor.md');
    expect(problem.field).toBe('status.successor');
    expect(problem.message).toMatch(/^successor "no-such-entry" is not the id of any entry; use the file name/);
  });

  test('a successor that exists passes; one that is the entry itself or loops back is refused', () => {
    const merged = (successor: string) => `  value: merged\n  successor: ${successor}\n`;
    const active = '  value: active\n';
    expect(validateEntries([variant('a', merged('b')), variant('b', active)], municipalities).problems).toEqual([]);
    expect(validateEntries([variant('a', merged('a'))], municipalities).problems).toEqual([
      {
        file: 'fixtures/a.md',
        field: 'status.successor',
        message:
          'an entry cannot be its own successor; name the entry that continues this work, or leave successor out',
      },
    ]);
    const loop = validateEntries(
      [variant('a', merged('b')), variant('b', merged('c')), variant('c', merged('b'))],
      municipalities,
    ).problems;
    expect(loop.map((p) => `${p.file} ${p.field}: ${p.message.split(';')[0]}`)).toEqual([
      'fixtures/a.md status.successor: successors loop (a → b → c → b)',
      'fixtures/b.md status.successor: successors loop (b → c → b)',
      'fixtures/c.md status.successor: successors loop (c → b → c)',
    ]);
  });

  test('a merged entry without a successor is refused by the schema', () => {
    const problems = validateEntries([variant('a', '  value: merged\n')], municipalities).problems;
    expect(problems).toEqual([
      { file: 'fixtures/a.md', field: 'status.successor', message: 'a merged entry needs the id of its successor' },
    ]);
  });

  test('an unquoted full date in a text field is read as Astro reads it (a date) and the fix says to quote it', () => {
    const problem = only(validateFixture('unquoted-source-date').problems);
    expect(problem.field).toBe('sources[1].date');
    expect(problem.message).toBe('date is text: put the date in quotes, e.g. "2018-03-14"');
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

  test('broken YAML is reported with its line, not thrown', () => {
    const parsed = parseEntryFile('x.md', '---\nid: x\nname: [unclosed\n---\nbody');
    expect(parsed).toEqual({
      file: 'x.md',
      field: '(frontmatter)',
      message: 'YAML cannot be read: unexpected end of the stream within a flow collection (line 4 of the frontmatter)',
    });
  });

  test('a file without frontmatter is one problem, not a list of missing fields', () => {
    expect(parseEntryFile('x.md', '# Only a body\n')).toEqual({
      file: 'x.md',
      field: '(file)',
      message: 'the file must start with YAML frontmatter between two lines of ---',
    });
  });
});

describe('verified: when and how an entry was last verified', () => {
  const valid = readFileSync(join(fixtures, 'valid-entry.md'), 'utf8');
  const withVerified = (block: string) => {
    const parsed = parseEntryFile('fixtures/valid-entry.md', valid.replace(/^verified:\n(?: {2}.*\n)+/m, block));
    if ('message' in parsed) throw new Error(parsed.message);
    return validateEntries([parsed], municipalities);
  };
  const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

  test('a check with the service, with its note, is accepted and read as a date and a method', () => {
    const { entries, problems } = withVerified(
      `verified:\n  date: 2026-03-12\n  method: service-confirmed\n  note: reply from the service's info address\n`,
    );
    expect(problems).toEqual([]);
    expect(entries[0]!.data.verified).toEqual({
      date: new Date('2026-03-12'),
      method: 'service-confirmed',
      note: "reply from the service's info address",
    });
  });

  test('an unknown method lists the methods', () => {
    const problem = only(withVerified('verified:\n  date: 2026-03-12\n  method: phoned\n').problems);
    expect(problem.field).toBe('verified.method');
    expect(problem.message).toMatch(/use one of: service-confirmed, service-website, public-sources/);
  });

  test('a date in the future is refused with the fix; today is accepted', () => {
    const problem = only(withVerified(`verified:\n  date: ${isoDay(3)}\n  method: public-sources\n`).problems);
    expect(problem.field).toBe('verified.date');
    expect(problem.message).toMatch(/in the future: give the day the entry was actually checked/);
    expect(withVerified(`verified:\n  date: ${isoDay(0)}\n  method: public-sources\n`).problems).toEqual([]);
  });

  test('the old bare lastVerified is one problem that names the codemod', () => {
    const problem = only(withVerified('lastVerified: 2026-11-24\n').problems);
    expect(problem.field).toBe('lastVerified');
    expect(problem.message).toMatch(/scripts\/codemods\/verified\.ts/);
  });
});
