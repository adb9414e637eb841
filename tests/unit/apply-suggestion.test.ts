/**
 * npm run apply-suggestion on temporary copies of a fixture entry: what it refuses (naming the field and the
 * fix), what it writes, and that the rest of the file stays as the editor wrote it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { applySuggestionFile } from '../../scripts/apply-suggestion.ts';
import {
  formatSuggestion,
  SUGGESTION_END,
  SUGGESTION_HEADER,
  type Suggestion,
} from '../../src/lib/suggestions/message.ts';
import { lineDiff } from '../../src/lib/suggestions/diff.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { uiLanguages, type UiLanguage } from '../../src/schemas/languages.ts';

let dir: string;
let entryFile: string;
const today = '2026-12-06';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'apply-suggestion-'));
  mkdirSync(join(dir, 'be'));
  entryFile = join(dir, 'be', 'valid-entry.md');
  copyFileSync('tests/fixtures/entries/valid-entry.md', entryFile);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function message(suggestion: Partial<Suggestion> & Pick<Suggestion, 'fields'>): string {
  const file = join(dir, `message-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, formatSuggestion({ id: 'valid-entry', relation: 'visitor', ...suggestion }));
  return file;
}

const run = (file: string, write = false) => applySuggestionFile({ file, write, directory: dir, today });

/** A new line's label in every UI language (typed, so a new language is asked for its word). */
const reception: Record<UiLanguage, string> = { nl: 'Onthaal', fr: 'Accueil', en: 'Reception', de: 'Empfang' };
const newPhone = (number: string) => [
  { path: 'contact.phones.0.number', value: number, was: null },
  ...uiLanguages.map((lang) => ({ path: `contact.phones.0.label.${lang}`, value: reception[lang], was: null })),
];

describe('apply-suggestion', () => {
  test('a malformed phone number fails the dry run, naming the field and the expected form; nothing is written', async () => {
    const before = readFileSync(entryFile, 'utf8');
    const result = await run(message({ fields: newPhone('03 218 8') }), false);
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(
      /contact\.phones\.0\.number: "03 218 8" has too few digits for a Belgian number; check the digits against the source, e\.g\./,
    );
    expect(readFileSync(entryFile, 'utf8')).toBe(before);
  });

  test('a valid new number is written only with --yes, marked verifyBeforePublishing, sourced to the suggestion; the rest of the file is untouched', async () => {
    const before = readFileSync(entryFile, 'utf8');
    const file = message({ fields: newPhone('03 218 80 80'), source: 'https://www.example.be/contact' });
    const dry = await run(file, false);
    expect(dry.exitCode).toBe(0);
    expect(dry.output).toContain('contact.phones.0.number: (none) → "03 218 80 80"');
    expect(dry.output).toMatch(
      /verifyBeforePublishing: true: the site shows it as unconfirmed, never as the call button/,
    );
    expect(readFileSync(entryFile, 'utf8')).toBe(before);

    const written = await run(file, true);
    expect(written.exitCode, written.output).toBe(0);
    const after = readFileSync(entryFile, 'utf8');
    // Only the phones line changed: the empty flow list became a block list with the one phone.
    expect(
      lineDiff(before, after, { context: 0 })
        .split('\n')
        .filter((line) => /^[-+] /.test(line)),
    ).toEqual([
      '-   phones: []',
      '+   phones:',
      '+     - number: 03 218 80 80',
      '+       label:',
      ...uiLanguages.map((lang) => `+         ${lang}: ${reception[lang]}`),
      '+       source: https://www.example.be/contact',
      '+       verifyBeforePublishing: true',
    ]);
    expect(validateDirectory(loadMunicipalities(), dir).problems).toEqual([]);
  });

  test('a changed number loses what said the old one was current', async () => {
    await run(message({ fields: newPhone('03 218 80 80'), source: 'https://www.example.be/contact' }), true);
    // As if a keeper had confirmed it since.
    writeFileSync(
      entryFile,
      readFileSync(entryFile, 'utf8').replace(
        '      verifyBeforePublishing: true\n',
        '      officialCurrentPage: true\n',
      ),
    );
    const result = await run(
      message({ fields: [{ path: 'contact.phones.0.number', value: '03 218 80 81', was: '03 218 80 80' }] }),
      true,
    );
    expect(result.exitCode, result.output).toBe(0);
    const after = readFileSync(entryFile, 'utf8');
    expect(after).toContain('    - number: 03 218 80 81\n');
    expect(after).not.toContain('officialCurrentPage');
    expect(after).toContain(
      '      source: suggestion of 2026-12-06 (no source given)\n      verifyBeforePublishing: true\n',
    );
  });

  test('a message that changes nothing says so and exits 0', async () => {
    const result = await run(
      message({
        fields: [
          { path: 'contact.website.url', value: 'http://www.detouter.be', was: 'http://www.detouter.be' },
          { path: 'status.value', value: 'unknown', was: 'unknown' },
        ],
      }),
      true,
    );
    expect(result.exitCode).toBe(0);
    expect(result.output).toMatch(/changes nothing/);
  });

  test('the entry changed since the suggestion was written: refused, not reverted', async () => {
    const result = await run(
      message({
        fields: [{ path: 'contact.website.url', value: 'https://new.example.be/', was: 'https://old.example.be/' }],
      }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(/contact\.website\.url: the entry changed since the suggestion was written/);
  });

  test('unknown id, unknown field and garbage are refused with what is wrong', async () => {
    const unknownId = join(dir, 'unknown-id.txt');
    writeFileSync(unknownId, formatSuggestion({ id: 'no-such-entry', relation: 'unknown', fields: [] }));
    expect(await run(unknownId)).toMatchObject({
      exitCode: 1,
      output: expect.stringMatching(/No entry has the id "no-such-entry"/),
    });

    const unknownField = await run(message({ fields: [{ path: 'summary.en', value: 'Something else' }] }));
    expect(unknownField.exitCode).toBe(1);
    expect(unknownField.output).toMatch(
      /summary\.en: a suggestion cannot change "summary\.en"; it may name only contact\.website\.url/,
    );

    const garbage = join(dir, 'garbage.txt');
    writeFileSync(garbage, 'Dear editors, the number is wrong.\n');
    expect(await run(garbage)).toMatchObject({ exitCode: 1, output: expect.stringMatching(/no suggestion found/) });

    const broken = join(dir, 'broken.txt');
    writeFileSync(broken, `${SUGGESTION_HEADER}\nid: valid-entry\nthe website is wrong\n${SUGGESTION_END}\n`);
    expect(await run(broken)).toMatchObject({
      exitCode: 1,
      output: expect.stringMatching(/line 3: line "the website is wrong" is not "field\.path: value"/),
    });
  });

  test('a source that is not a web address is refused (it may become a link)', async () => {
    const result = await run(
      message({
        fields: [{ path: 'contact.website.url', value: 'https://www.detouter.be/', was: 'http://www.detouter.be' }],
        source: 'javascript:alert(1)',
      }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(/source: "javascript:alert\(1\)" is not a web address/);
  });

  test('a new text shown to readers needs every UI language', async () => {
    const result = await run(
      message({ fields: [{ path: 'access.hours.en', value: 'Weekdays 9:00 to 17:00', was: null }] }),
    );
    expect(result.exitCode).toBe(1);
    const missing = uiLanguages
      .filter((lang) => lang !== 'en')
      .map((lang) => `"access\\.hours\\.${lang}: …"`)
      .join(' and ');
    expect(result.output).toMatch(
      new RegExp(`access\\.hours\\.en: this text is new and is shown in ${uiLanguages.join(', ')}: add ${missing}`),
    );
  });

  test('a status change rests on the suggestion only until a keeper records evidence', async () => {
    const result = await run(
      message({
        fields: [{ path: 'status.value', value: 'ended', was: 'unknown' }],
        relation: 'service',
        source: 'https://www.example.be/news',
      }),
      true,
    );
    expect(result.exitCode, result.output).toBe(0);
    const after = readFileSync(entryFile, 'utf8');
    expect(after).toMatch(
      /status:\n {2}value: ended\n {2}evidence: "Suggestion of 2026-12-06 from someone who works at the service, citing https:\/\/www\.example\.be\/news; not yet checked by a keeper\. Before: De Touter/,
    );
    expect(result.output).toMatch(/write in status\.evidence and status\.evidenceDate what it rests on/);
  });

  test('reads a saved .eml with a quoted-printable body, quoted by the mail program', async () => {
    const body = formatSuggestion({
      id: 'valid-entry',
      relation: 'visitor',
      fields: [{ path: 'contact.website.url', value: 'https://www.detouter.be/', was: 'http://www.detouter.be' }],
      note: 'Het adres is veranderd – zie hun nieuwe site.',
    })
      .split('\n')
      .map((line) => `> ${line}`.trimEnd())
      .join('\r\n');
    const qp = Buffer.from(body, 'utf8')
      .toString('latin1')
      .replace(/[^\r\n\x20-\x3c\x3e-\x7e]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    const eml = join(dir, 'mail.eml');
    writeFileSync(
      eml,
      `From: Someone <someone@example.org>\r\nSubject: Re: suggestion\r\nDate: Sat, 5 Dec 2026 18:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nOn Friday you wrote:\r\n${qp}\r\n`,
    );
    const result = await run(eml);
    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toContain('contact.website.url: "http://www.detouter.be" → "https://www.detouter.be/"');
    expect(result.output).toContain('note: Het adres is veranderd – zie hun nieuwe site.');
    expect(result.output).toContain('written: 2026-12-05');
  });
});

describe('saved mails', () => {
  test('a multipart mail with a base64 text part is read from that part', async () => {
    const { suggestionText } = await import('../../src/lib/suggestions/mail-text.ts');
    const body = formatSuggestion({
      id: 'valid-entry',
      relation: 'service',
      fields: [{ path: 'status.value', value: 'ended', was: 'unknown' }],
      note: 'Stopgezet in 2026 – zie de website.',
    });
    const eml = [
      'From: someone@example.org',
      'Subject: suggestion',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(body, 'utf8').toString('base64').replace(/.{76}/g, '$&\n'),
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>HTML part</p>',
      '--b1--',
      '',
    ].join('\r\n');
    const { text } = await suggestionText(eml);
    expect(text.replace(/\r\n/g, '\n')).toBe(body);
  });
});

describe('the no-JavaScript e-mail of every entry', () => {
  test('reads back as "changes nothing" in every language, and stays a short link', async () => {
    const { currentDetailsMailto } = await import('../../src/lib/suggestions/facts.ts');
    const { parseSuggestion } = await import('../../src/lib/suggestions/message.ts');
    const { planSuggestion } = await import('../../src/lib/suggestions/apply.ts');
    const { entries } = validateDirectory(loadMunicipalities());
    // The real instructions and phone comments, the longest part of the link after the facts.
    const words = (lang: string) =>
      JSON.parse(readFileSync(`src/i18n/${lang}/suggest.json`, 'utf8')) as Record<string, string>;
    let longest = 0;
    for (const { file, data } of entries) {
      const frontmatter = /^---\n([\s\S]*?\n)---/.exec(readFileSync(file, 'utf8'))![1]!;
      for (const lang of uiLanguages) {
        const href = currentDetailsMailto(data, lang, {
          address: 'corrections@familysupportatlas.example',
          pageUrl: `https://familysupportatlas.example/${lang}/initiative/${data.id}/`,
          subject: words(lang)['suggest.subject']!.replace('{id}', data.id),
          intro: words(lang)['suggest.mailIntro']!,
          phoneComment: (n) => words(lang)['suggest.phone']!.replace('{position}', String(n)),
        });
        longest = Math.max(longest, href.length);
        const read = parseSuggestion(decodeURIComponent(new URL(href).searchParams.get('body')!));
        expect(read.problems, `${data.id} (${lang})`).toEqual([]);
        const plan = planSuggestion(frontmatter, read.suggestion!, today);
        expect({ id: data.id, lang, changes: plan.changes, problems: plan.problems }).toEqual({
          id: data.id,
          lang,
          changes: [],
          problems: [],
        });
      }
    }
    // A budget for the entry page's weight. Some older mail programs cut a mailto: link near 2,000 characters: the
    // e-mail then lacks its end line, and apply-suggestion refuses it as cut off rather than apply half of it.
    expect(longest).toBeLessThan(4000);
    // Every entry in three languages: a few seconds, more on a shared machine.
  }, 60_000);
});
