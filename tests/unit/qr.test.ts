import { describe, expect, test } from 'vitest';
import { fitsIn, QUIET_ZONE, qrSvg } from '../../src/lib/qr.ts';

const url = 'https://familysupportatlas.example/nl/initiatief/cocon-vilvoorde-project-r/';

/** Dark modules as a set of "row,col" read back from the run-length path. */
function darkModules(path: string): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) dark.add(`${Number(y) - QUIET_ZONE},${Number(x) - QUIET_ZONE + i}`);
  }
  return dark;
}

describe('qrSvg', () => {
  test('the same input gives the same SVG', () => {
    expect(qrSvg(url, 'QR').svg).toBe(qrSvg(url, 'QR').svg);
    expect(qrSvg(url, 'QR').svg).not.toBe(qrSvg(url.replace('cocon', 'coco'), 'QR').svg);
  });

  test('the module count matches the version (17 + 4 × version) and the viewBox adds the quiet zone', () => {
    const qr = qrSvg(url, 'QR');
    expect(qr.modules).toBe(17 + 4 * qr.version);
    expect(qr.size).toBe(qr.modules + 2 * QUIET_ZONE);
    expect(qr.svg).toContain(`viewBox="0 0 ${qr.size} ${qr.size}"`);
  });

  test('the version is the smallest that holds the URL, and grows with its length', () => {
    // 75 bytes at level M: version 5 holds 84 bytes, version 4 only 62 (byte mode).
    const qr = qrSvg(url, 'QR');
    expect(url.length).toBe(75);
    expect(qr.version).toBe(5);
    expect(fitsIn(url, qr.version)).toBe(true);
    expect(fitsIn(url, qr.version - 1)).toBe(false);
    expect(qrSvg('https://familysupportatlas.example/', 'QR').version).toBe(3);
    expect(qrSvg(`${url}${'x'.repeat(40)}`, 'QR').version).toBe(7);
  });

  test('draws the three finder patterns (7 × 7 dark ring with a 3 × 3 dark centre) in the corners', () => {
    const qr = qrSvg(url, 'QR');
    const dark = darkModules(qr.path);
    const n = qr.modules;
    for (const [top, left] of [[0, 0], [0, n - 7], [n - 7, 0]] as const) {
      for (let r = 0; r < 7; r++) {
        for (let c = 0; c < 7; c++) {
          const ring = r === 0 || r === 6 || c === 0 || c === 6;
          const centre = r >= 2 && r <= 4 && c >= 2 && c <= 4;
          expect(dark.has(`${top + r},${left + c}`), `finder at ${top},${left} module ${r},${c}`).toBe(ring || centre);
        }
      }
    }
  });

  test('is black on white with an escaped accessible name', () => {
    const { svg } = qrSvg(url, 'QR code: "link" <to> this page');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="QR code: &quot;link&quot; &lt;to> this page"/);
    expect(svg).toContain('fill="#fff"');
    expect(svg).toContain('fill="#000"');
    expect(svg).not.toContain('style=');
  });
});
