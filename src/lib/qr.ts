/**
 * QR code of a page's address for the printed referral sheet, drawn at build time as one SVG path
 * (no script, no image request). Encoding is done by `qrcode-generator` (MIT, no dependencies); this
 * wrapper picks the smallest version that holds the text and writes the dark modules as horizontal
 * runs, which keeps the path a few KB.
 */
import qrcode from 'qrcode-generator';
import { escapeMarkup } from './text.ts';

export type ErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** Quiet zone around the symbol, in modules: 4 is what the QR specification asks for. */
export const QUIET_ZONE = 4;

export interface QrSvg {
  /** QR version 1–40 (the smallest that holds the text at this error correction level). */
  version: number;
  /** Modules per side, without the quiet zone: 17 + 4 × version. */
  modules: number;
  /** Side of the viewBox, quiet zone included. */
  size: number;
  /** `d` of the dark modules, one subpath per horizontal run. */
  path: string;
  /** The complete <svg> element, for tests and non-Astro callers. */
  svg: string;
}

/**
 * QR code of `text` as SVG. Level M (15 % of the symbol may be damaged) suits a printed sheet that is
 * folded or photocopied. `label` becomes the SVG's accessible name.
 */
export function qrSvg(text: string, label: string, level: ErrorCorrection = 'M'): QrSvg {
  const qr = qrcode(0, level); // 0: the library picks the smallest version that fits.
  qr.addData(text, 'Byte');
  qr.make();
  const modules = qr.getModuleCount();
  const size = modules + 2 * QUIET_ZONE;
  let path = '';
  for (let row = 0; row < modules; row++) {
    for (let col = 0; col < modules; ) {
      if (!qr.isDark(row, col)) { col++; continue; }
      const start = col;
      while (col < modules && qr.isDark(row, col)) col++;
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`;
    }
  }
  // Black on white whatever the colour scheme: scanners need the contrast and the quiet zone.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeMarkup(label)}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
  return { version: (modules - 17) / 4, modules, size, path, svg };
}

/** Whether `text` fits in a QR code of `version` at `level` (used by the tests to check minimality). */
export function fitsIn(text: string, version: number, level: ErrorCorrection = 'M'): boolean {
  try {
    const qr = qrcode(version as Parameters<typeof qrcode>[0], level);
    qr.addData(text, 'Byte');
    qr.make();
    return true;
  } catch {
    return false;
  }
}
