import { describe, expect, test } from 'vitest';
import { csvField, excelCsv, parseCsv, parseCsvRecords, toCsv } from '../../src/lib/csv.ts';

describe('CSV', () => {
  test('quotes fields with commas, quotes and newlines', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Nuenen, Gerwen en Nederwetten')).toBe('"Nuenen, Gerwen en Nederwetten"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });
  test('round-trips awkward values, including non-Latin text', () => {
    const records = [
      {
        name: 'Sint-Jans-Molenbeek, "Molenbeek"',
        note: 'line one\r\nline two',
        other: 'العربية · Ελληνικά · ‘quotes’',
      },
      { name: 'Liège', note: '', other: 'x' },
    ];
    const text = toCsv(['name', 'note', 'other'], records);
    expect(parseCsvRecords(text)).toEqual(records);
  });
  test('parses the shipped geo table header', () => {
    const rows = parseCsv('a,b\n1,"2,3"\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['1', '2,3'],
    ]);
  });
  test('a text cell a spreadsheet would run as a formula starts with an apostrophe (OWASP CSV injection)', () => {
    for (const attack of [
      '=HYPERLINK("http://evil.example","click")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
    ]) {
      expect(parseCsv(csvField(attack))[0]![0]).toBe(`'${attack}`.replace(/\r/, '\r'));
    }
    // A phone number in international form too: Excel would compute it otherwise.
    expect(csvField('+32 471 91 94 90')).toBe("'+32 471 91 94 90");
    // Not a formula: a sign inside the text, a national number, our own numbers.
    expect(csvField('Sint-Jans-Molenbeek')).toBe('Sint-Jans-Molenbeek');
    expect(csvField('078 15 00 10')).toBe('078 15 00 10');
    expect(csvField(-3)).toBe('-3');
    const records = parseCsvRecords(excelCsv(['name', 'note'], [{ name: '=1+1', note: 'a; "b"' }]), ';');
    expect(records).toEqual([{ name: "'=1+1", note: 'a; "b"' }]);
  });
});
