import { describe, expect, test } from 'vitest';
import {
  changedFields,
  formatSuggestion,
  parseSuggestion,
  SUGGESTION_END,
  SUGGESTION_HEADER,
  type Suggestion,
} from '../../src/lib/suggestions/message.ts';
import { suggestablePath } from '../../src/lib/suggestions/facts.ts';

const suggestion: Suggestion = {
  id: 'some-service',
  page: 'https://atlas.example/en/initiative/some-service/',
  language: 'en',
  date: '2026-12-06',
  fields: [
    { path: 'contact.phones.0.number', value: '088 20 80 081', was: '088 20 80 080', comment: 'Phone 1: Helpline' },
    { path: 'contact.email.address', value: undefined, was: 'info@example.nl' },
    { path: 'access.hours.en', value: 'Weekdays 9:00–17:00', was: null },
  ],
  source: 'https://www.example.nl/contact',
  relation: 'service',
  note: 'The number changed in January.\nSecond line.',
};

describe('suggestion message', () => {
  test('reads back what it writes', () => {
    const text = formatSuggestion(suggestion);
    expect(text.startsWith(`${SUGGESTION_HEADER}\nid: some-service\n`)).toBe(true);
    expect(text.trimEnd().endsWith(SUGGESTION_END)).toBe(true);
    const read = parseSuggestion(text);
    expect(read.problems).toEqual([]);
    const { comment: _comment, ...firstWithoutComment } = suggestion.fields[0]!;
    expect(read.suggestion).toEqual({ ...suggestion, fields: [firstWithoutComment, ...suggestion.fields.slice(1)] });
  });

  test('absent values are written as (none) and read back as absent', () => {
    const text = formatSuggestion(suggestion);
    expect(text).toContain('contact.email.address: (none)\n  was: info@example.nl');
    expect(text).toContain('access.hours.en: Weekdays 9:00–17:00\n  was: (none)');
  });

  test('tolerates a greeting, CRLF, mail quoting, a wrapped line and a signature', () => {
    const quoted = `Hello,\r\n\r\n${formatSuggestion(suggestion)
      .split('\n')
      .map((line) => `> ${line}`.trimEnd())
      .join('\r\n')}\r\n-- \r\nA. Person`;
    const wrapped = quoted.replace('Weekdays 9:00–17:00', 'Weekdays\r\n>   9:00–17:00');
    const read = parseSuggestion(wrapped);
    expect(read.problems).toEqual([]);
    expect(read.suggestion?.fields.map((f) => f.value)).toEqual(['088 20 80 081', undefined, 'Weekdays 9:00–17:00']);
    expect(read.suggestion?.note).toBe('The number changed in January.\nSecond line.');
  });

  test('changed fields are those whose value differs from what the writer saw', () => {
    const fields = [
      { path: 'a.b', value: 'x', was: 'x' },
      { path: 'a.c', value: 'y', was: 'x' },
      { path: 'a.d', value: undefined, was: null },
      { path: 'a.e', value: 'z' },
    ];
    expect(changedFields(fields).map((f) => f.path)).toEqual(['a.c', 'a.e']);
  });

  test('refuses text without the header, and names the line it cannot read', () => {
    expect(parseSuggestion('just some mail').problems[0]?.message).toMatch(/no suggestion found/);
    const bad = `${SUGGESTION_HEADER}\nid: some-service\n\nthis is not a field\ncontact.email.address: a@b.be\ncontact.email.address: c@d.be\nrelation: perhaps\n${SUGGESTION_END}\n`;
    const read = parseSuggestion(bad);
    expect(read.problems).toEqual([
      { line: 4, message: expect.stringMatching(/not "field.path: value"/) },
      { line: 6, message: expect.stringMatching(/given twice \(first on line 5\)/) },
      { line: 7, message: expect.stringMatching(/relation "perhaps" is not understood/) },
    ]);
  });

  test('a cut-off message or one without an id is a problem', () => {
    expect(parseSuggestion(`${SUGGESTION_HEADER}\nid: some-service\n`).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/no end line/),
    ]);
    expect(parseSuggestion(`${SUGGESTION_HEADER}\n${SUGGESTION_END}\n`).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/no "id:" line/),
    ]);
  });

  test('only the contact facts, hours and status are suggestable paths', () => {
    expect(suggestablePath('contact.phones.2.number')).toEqual({ field: 'phone-number', phone: 2 });
    expect(suggestablePath('contact.phones.0.label.fr')).toEqual({
      field: 'phone-text',
      phone: 0,
      text: 'label',
      lang: 'fr',
    });
    expect(suggestablePath('access.hours.nl')).toEqual({ field: 'hours', lang: 'nl' });
    for (const path of ['name', 'contact.phones.0.source', 'contact.phones.0.label.ar', 'summary.en', 'verified.date'])
      expect(suggestablePath(path)).toBeUndefined();
  });
});
