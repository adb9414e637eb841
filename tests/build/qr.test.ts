/**
 * The referral sheet's QR code as the page renders it (src/components/ReferralQr.astro, rendered with
 * Astro's container API), read back by a QR decoder (jsQR) as a phone would: the test fails if the
 * component draws something no scanner can read, or another address than the page's.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import ReferralQr from '../../src/components/ReferralQr.astro';
import { uiStrings } from '../../src/i18n/translate.ts';
import { QUIET_ZONE } from '../../src/lib/svg/qr.ts';
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
