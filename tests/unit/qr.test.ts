/**
 * The QR encoder (src/lib/svg/qr.ts) module for module against an established encoder, and the SVG it draws.
 * The rendered component, read back by a scanner, is tests/build/qr.test.ts (it needs Astro's compiler).
 */
import { describe, expect, test } from 'vitest';
import qrcode from 'qrcode-generator';
import { fitsIn, qrModules, qrSvg } from '../../src/lib/svg/qr.ts';

const url = 'https://familysupportatlas.example/nl/initiatief/cocon-vilvoorde-project-r/';

describe('the encoder (src/lib/svg/qr.ts)', () => {
  /** The symbol qrcode-generator (a widely used encoder, a devDependency here) draws for `text` at level M. */
  function reference(text: string): string {
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    let rows = '';
    for (let r = 0; r < qr.getModuleCount(); r++)
      for (let c = 0; c < qr.getModuleCount(); c++) rows += qr.isDark(r, c) ? '1' : '0';
    return rows;
  }

  test('draws module for module the symbol of an established encoder, over lengths from version 1 to 13', () => {
    // Lengths cross version boundaries at level M (14/15 bytes: v1/v2; 84/85: v5/v6; 180/181: v9/v10,
    // where the count field grows to 16 bits; 287/288: v12/v13), and versions 7+ carry the version
    // information blocks.
    const lengths = [1, 14, 15, 26, 42, 62, 63, 75, 84, 85, 106, 122, 152, 180, 181, 213, 214, 251, 287, 288, 331];
    let checked = 0;
    for (const length of lengths) {
      const text = `${url}${'abcdefghijklmnopqrstuvwxyz0123456789/-'.repeat(10)}`.slice(0, length);
      const ours = qrModules(text);
      expect(Array.from(ours.dark).join(''), `${length} bytes`).toBe(reference(text));
      checked++;
    }
    expect(checked).toBe(lengths.length);
    // Capacities from the specification's table (byte mode, level M).
    expect([14, 15, 84, 85, 180, 181, 287, 288].map((l) => qrModules('x'.repeat(l)).version)).toEqual([
      1, 2, 5, 6, 9, 10, 12, 13,
    ]);
  });

  test('every real page address of the three languages gets the same symbol as the established encoder', () => {
    const addresses = [
      'nl/gemeente/vilvoorde/',
      'fr/commune/liege/',
      'en/municipality/s-hertogenbosch/',
      'nl/initiatief/cocon-vilvoorde-project-r/',
      'fr/initiative/caprev-centre-d-aide-et-de-prise-en-charge-de-toute-personne-concernee-par-les-radicalismes-et-extremismes-violents/',
    ].map((p) => `https://familysupportatlas.example/${p}`);
    for (const text of addresses) expect(Array.from(qrModules(text).dark).join(''), text).toBe(reference(text));
  });

  test('a text too long for version 40 is refused, not cut', () => {
    expect(() => qrModules('x'.repeat(2332))).toThrow(/do not fit/);
    expect(qrModules('x'.repeat(2331)).version).toBe(40);
  });
});

describe('qrSvg (the SVG of the symbol)', () => {
  test('the version is the smallest that holds the URL, and grows with its length', () => {
    // 75 bytes at level M: version 5 holds 84 bytes, version 4 only 62 (byte mode).
    const qr = qrSvg(url, 'QR');
    expect(url.length).toBe(75);
    expect(qr.version).toBe(5);
    expect(qr.modules).toBe(17 + 4 * qr.version);
    expect(fitsIn(url, qr.version)).toBe(true);
    expect(fitsIn(url, qr.version - 1)).toBe(false);
    expect(qrSvg(`${url}${'x'.repeat(40)}`, 'QR').version).toBe(7);
  });
});
