import { describe, expect, test } from 'vitest';
import { csvField, parseCsv, parseCsvRecords, toCsv } from '../../src/lib/csv.ts';

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
      { name: 'Sint-Jans-Molenbeek, "Molenbeek"', note: 'line one\r\nline two', other: 'العربية · Ελληνικά · ‘quotes’' },
      { name: 'Liège', note: '', other: 'x' },
    ];
    const text = toCsv(['name', 'note', 'other'], records);
    expect(parseCsvRecords(text)).toEqual(records);
  });
  test('parses the shipped geo table header', () => {
    const rows = parseCsv('a,b\n1,"2,3"\n');
    expect(rows).toEqual([['a', 'b'], ['1', '2,3']]);
  });
});
