/**
 * The referral sheet's QR code as the page renders it (src/components/ReferralQr.astro, rendered with
 * Astro's container API), read back by a QR decoder (jsQR) as a phone would: the test fails if the
 * component draws something no scanner can read, or another address than the page's.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import qrcode from 'qrcode-generator';
import ReferralQr from '../../src/components/ReferralQr.astro';
import { uiStrings } from '../../src/i18n/translate.ts';
import { fitsIn, QUIET_ZONE, qrModules, qrSvg } from '../../src/lib/svg/qr.ts';
import { uiLanguages, type UiLanguage } from '../../src/schemas/languages.ts';

const url = 'https://familysupportatlas.example/nl/initiatief/cocon-vilvoorde-project-r/';

async function render(pageUrl: string, lang: UiLanguage = 'nl'): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(ReferralQr, { props: { url: pageUrl, lang } });
}

/** The rendered <svg>: its side (viewBox) and the dark modules read back from the path's horizontal runs. */
function readSvg(html: string): { size: number; dark: Set<string>; svg: string } {
  const svg = /<svg[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1] ?? 0);
  const d = /<path[^>]*\sd="([^"]*)"/.exec(svg)?.[1] ?? '';
  const dark = new Set<string>();
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) dark.add(`${Number(y)},${Number(x) + i}`);
  }
  return { size, dark, svg };
}

/** Rasterise the modules (white background, as the SVG's <rect>) and decode them. */
function decode({ size, dark }: { size: number; dark: Set<string> }): string | undefined {
  const scale = 4;
  const side = size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      if (!dark.has(`${Math.floor(y / scale)},${Math.floor(x / scale)}`)) continue;
      const i = (y * side + x) * 4;
      pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
    }
  }
  return jsQR(pixels, side, side)?.data;
}

describe('the referral sheet QR code (ReferralQr.astro)', () => {
  test('a scanner reads the page address from the rendered SVG', async () => {
    const rendered = readSvg(await render(url));
    expect(rendered.dark.size).toBeGreaterThan(100);
    expect(decode(rendered)).toBe(url);
  });

  test('another address gives another, equally readable code', async () => {
    const other = url.replace('cocon', 'coco');
    const rendered = readSvg(await render(other));
    expect(decode(rendered)).toBe(other);
    expect(rendered.dark).not.toEqual(readSvg(await render(url)).dark);
  });

  test('has the quiet zone the specification asks for: no dark module within 4 modules of the edge', async () => {
    const { size, dark } = readSvg(await render(url));
    for (const key of dark) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      expect(Math.min(row, col, size - 1 - row, size - 1 - col), key).toBeGreaterThanOrEqual(QUIET_ZONE);
    }
  });

  test('is black on white, named in the page language, with the address also in text', async () => {
    for (const lang of uiLanguages) {
      const html = await render(url, lang);
      const { svg } = readSvg(html);
      expect(svg).toContain('role="img"');
      expect(svg).toContain(`aria-label="${uiStrings[lang]['entry.qrLabel']}"`);
      expect(svg).toMatch(/<rect [^>]*fill="#fff"/);
      expect(svg).toMatch(/<path [^>]*fill="#000"/);
      expect(svg).not.toContain('style=');
      expect(html).toContain(`>${url}</p>`);
    }
  });
});

describe('the encoder (src/lib/svg/qr.ts)', () => {
  /** The symbol qrcode-generator (a widely used encoder, a devDependency here) draws for `text` at level M. */
  function reference(text: string): string {
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    let rows = '';
    for (let r = 0; r < qr.getModuleCount(); r++) for (let c = 0; c < qr.getModuleCount(); c++) rows += qr.isDark(r, c) ? '1' : '0';
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
    expect([14, 15, 84, 85, 180, 181, 287, 288].map((l) => qrModules('x'.repeat(l)).version)).toEqual([1, 2, 5, 6, 9, 10, 12, 13]);
  });

  test('every real page address of the three languages gets the same symbol as the established encoder', () => {
    const addresses = ['nl/gemeente/vilvoorde/', 'fr/commune/liege/', 'en/municipality/s-hertogenbosch/', 'nl/initiatief/cocon-vilvoorde-project-r/', 'fr/initiative/caprev-centre-d-aide-et-de-prise-en-charge-de-toute-personne-concernee-par-les-radicalismes-et-extremismes-violents/']
      .map((p) => `https://familysupportatlas.example/${p}`);
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
