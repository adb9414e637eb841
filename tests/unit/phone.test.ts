import { describe, expect, test } from 'vitest';
import { phoneForms, phoneProblem, telHref } from '../../src/lib/directory/phone.ts';

describe('phone numbers: dialled internationally, shown nationally', () => {
  test.each([
    // [as written, country, tel:, shown]
    ['088 20 80 080', 'NL', 'tel:+31882080080', '088 20 80 080'], // Dutch company number
    ['06-81893529', 'NL', 'tel:+31681893529', '06-81893529'], // Dutch mobile
    ['030 - 285 66 16', 'NL', 'tel:+31302856616', '030 - 285 66 16'], // Dutch landline
    ['0492 326800', 'NL', 'tel:+31492326800', '0492 326800'],
    ['0800-2000', 'NL', 'tel:+318002000', '0800-2000'], // Dutch free number
    ['0900-8844', 'NL', 'tel:+319008844', '0900-8844'],
    ['078 15 00 10', 'BE', 'tel:+3278150010', '078 15 00 10'], // Belgian zonal number
    ['0800 111 72', 'BE', 'tel:+3280011172', '0800 111 72'], // Belgian free number
    ['+32 471 91 94 90', 'BE', 'tel:+32471919490', '0471 91 94 90'], // Belgian mobile, written internationally
    ['012 34 56 78', 'BE', 'tel:+3212345678', '012 34 56 78'], // Belgian landline
    ['0032 471 91 94 90', 'BE', 'tel:+32471919490', '0471 91 94 90'], // 00 instead of +
    ['+31 (0)30 670 60 01', 'NL', 'tel:+31306706001', '030 670 6001'], // the (0) some sources print is dropped
  ] as const)('%s (%s) dials %s and shows %s', (written, country, tel, shown) => {
    expect(phoneProblem(written, country)).toBeUndefined();
    expect(telHref(written, country)).toBe(tel);
    expect(phoneForms(written, country)).toMatchObject({ tel, national: shown, short: false });
  });

  test('the country decides the plan of a national number', () => {
    expect(telHref('0800 11 403', 'BE')).toBe('tel:+3280011403');
    expect(telHref('070 - 333 45 58', 'NL')).toBe('tel:+31703334558');
    expect(phoneForms('070 - 333 45 58', 'NL').international).toBe('+31 70 333 4558');
  });

  test.each([
    ['112', 'BE', 'tel:112'],
    ['112', 'NL', 'tel:112'],
    ['101', 'BE', 'tel:101'],
    ['116 000', 'BE', 'tel:116000'],
    ['1712', 'BE', 'tel:1712'],
    ['14 079', 'NL', 'tel:14079'], // Dutch municipal number: 14 + area code, only inside the Netherlands
  ] as const)('short number %s (%s) stays as dialled', (written, country, tel) => {
    expect(phoneProblem(written, country)).toBeUndefined();
    expect(phoneForms(written, country)).toEqual({ tel, national: written, international: written, short: true });
  });

  test.each([
    ['call us on 02 123', 'BE', /not a phone number/],
    ['0470 12 34 5', 'BE', /not a valid Belgian number|too few digits/], // a mobile with a digit missing
    ['06-8189352', 'NL', /too few digits for a Dutch number|not a valid Dutch number/],
    ['088 20 80 080 1', 'NL', /too many digits for a Dutch number|not a valid Dutch number/],
    ['+99 123 456 789', 'BE', /unknown country code/],
    ['8820 80 080', 'NL', /neither a national number/],
  ] as const)('%s (%s) is refused with a reason', (written, country, reason) => {
    const problem = phoneProblem(written, country);
    expect(problem).toMatch(reason);
    expect(problem).toContain(written);
  });
});

describe('what a caller abroad may dial', () => {
  test('a geographic or mobile number has its international form', () => {
    expect(phoneForms('+32 471 91 94 90', 'BE').abroad).toBe('+32 471 91 94 90');
    expect(phoneForms('088 20 80 080', 'NL').abroad).toBe('+31 88 208 0080');
  });
  test('a short code, a paid 0900, a free 0800 and a Belgian 078 number have none: only a number a source prints for callers abroad', () => {
    for (const [number, country] of [
      ['106', 'BE'],
      ['1712', 'BE'],
      ['0900-8844', 'NL'],
      ['0800-2000', 'NL'],
      ['0800 111 72', 'BE'],
      ['078 15 00 10', 'BE'],
    ] as const) {
      expect(phoneForms(number, country).abroad, number).toBeUndefined();
    }
  });
});
