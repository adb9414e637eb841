/**
 * QR code of a page's address for the printed referral sheet, drawn at build time as one SVG path
 * (no script, no image request): byte mode, error correction level M (15 % of the symbol may be
 * damaged, which suits a sheet that is folded or photocopied), the smallest version that holds the
 * text, and the dark modules written as horizontal runs, which keeps the path a few KB.
 *
 * Why an encoder of our own: every municipality and entry page draws one (3,000+ a build), and
 * `qrcode-generator`, which the site used before, spent about 2 ms of CPU a page, mostly choosing the
 * mask (eight trial symbols scored through a bounds-checked call per module). This encoder follows
 * that library step for step (same version choice, padding, Reed–Solomon blocks, module placement and
 * mask-scoring rule, so the same symbol for the same text) on flat byte arrays, with what depends on
 * the version alone worked out once: about 0.3 ms a page. tests/unit/qr.test.ts checks it module for
 * module against the library (kept as a devDependency for that) and decodes what the page renders.
 */
import { escapeMarkup } from '../text.ts';

/** Quiet zone around the symbol, in modules: 4 is what the QR specification asks for. */
export const QUIET_ZONE = 4;

export interface QrSvg {
  /** QR version 1–40 (the smallest that holds the text at level M). */
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
 * Level M error-correction blocks per version (ISO/IEC 18004 table 9): groups of
 * [block count, codewords per block, data codewords per block].
 */
const BLOCKS_M: readonly (readonly number[])[] = [
  [1, 26, 16],
  [1, 44, 28],
  [1, 70, 44],
  [2, 50, 32],
  [2, 67, 43],
  [4, 43, 27],
  [4, 49, 31],
  [2, 60, 38, 2, 61, 39],
  [3, 58, 36, 2, 59, 37],
  [4, 69, 43, 1, 70, 44],
  [1, 80, 50, 4, 81, 51],
  [6, 58, 36, 2, 59, 37],
  [8, 59, 37, 1, 60, 38],
  [4, 64, 40, 5, 65, 41],
  [5, 65, 41, 5, 66, 42],
  [7, 73, 45, 3, 74, 46],
  [10, 74, 46, 1, 75, 47],
  [9, 69, 43, 4, 70, 44],
  [3, 70, 44, 11, 71, 45],
  [3, 67, 41, 13, 68, 42],
  [17, 68, 42],
  [17, 74, 46],
  [4, 75, 47, 14, 76, 48],
  [6, 73, 45, 14, 74, 46],
  [8, 75, 47, 13, 76, 48],
  [19, 74, 46, 4, 75, 47],
  [22, 73, 45, 3, 74, 46],
  [3, 73, 45, 23, 74, 46],
  [21, 73, 45, 7, 74, 46],
  [19, 75, 47, 10, 76, 48],
  [2, 74, 46, 29, 75, 47],
  [10, 74, 46, 23, 75, 47],
  [14, 74, 46, 21, 75, 47],
  [14, 74, 46, 23, 75, 47],
  [12, 75, 47, 26, 76, 48],
  [6, 75, 47, 34, 76, 48],
  [29, 74, 46, 14, 75, 47],
  [13, 74, 46, 32, 75, 47],
  [40, 75, 47, 7, 76, 48],
  [18, 75, 47, 31, 76, 48],
];

/** Centres of the alignment patterns per version (ISO/IEC 18004 annex E). */
const ALIGNMENT: readonly (readonly number[])[] = [
  [],
  [6, 18],
  [6, 22],
  [6, 26],
  [6, 30],
  [6, 34],
  [6, 22, 38],
  [6, 24, 42],
  [6, 26, 46],
  [6, 28, 50],
  [6, 30, 54],
  [6, 32, 58],
  [6, 34, 62],
  [6, 26, 46, 66],
  [6, 26, 48, 70],
  [6, 26, 50, 74],
  [6, 30, 54, 78],
  [6, 30, 56, 82],
  [6, 30, 58, 86],
  [6, 34, 62, 90],
  [6, 28, 50, 72, 94],
  [6, 26, 50, 74, 98],
  [6, 30, 54, 78, 102],
  [6, 28, 54, 80, 106],
  [6, 32, 58, 84, 110],
  [6, 30, 58, 86, 114],
  [6, 34, 62, 90, 118],
  [6, 26, 50, 74, 98, 122],
  [6, 30, 54, 78, 102, 126],
  [6, 26, 52, 78, 104, 130],
  [6, 30, 56, 82, 108, 134],
  [6, 34, 60, 86, 112, 138],
  [6, 30, 58, 86, 114, 142],
  [6, 34, 62, 90, 118, 146],
  [6, 30, 54, 78, 102, 126, 150],
  [6, 24, 50, 76, 102, 128, 154],
  [6, 28, 54, 80, 106, 132, 158],
  [6, 32, 58, 84, 110, 136, 162],
  [6, 26, 54, 82, 110, 138, 166],
  [6, 30, 58, 86, 114, 142, 170],
];

const blocksOf = (version: number) => {
  const groups = BLOCKS_M[version - 1]!;
  const blocks: { total: number; data: number }[] = [];
  for (let g = 0; g < groups.length; g += 3)
    for (let i = 0; i < groups[g]!; i++) blocks.push({ total: groups[g + 1]!, data: groups[g + 2]! });
  return blocks;
};
const dataCodewords = (version: number) => blocksOf(version).reduce((sum, b) => sum + b.data, 0);
/** Bits of a byte-mode segment: mode (4), character count (8 up to version 9, then 16), the bytes. */
const segmentBits = (bytes: number, version: number) => 4 + (version < 10 ? 8 : 16) + 8 * bytes;

// Galois field GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++, x = x & 0x80 ? (x << 1) ^ 0x11d : x << 1) {
  EXP[i] = x;
  LOG[x] = i;
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;

const generators = new Map<number, Uint8Array>();
/** Reed–Solomon generator polynomial of degree n, highest power first: (x − α⁰)…(x − αⁿ⁻¹). */
function generator(n: number): Uint8Array {
  let g = generators.get(n);
  if (g) return g;
  g = new Uint8Array(n + 1);
  g[0] = 1;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j > 0; j--) g[j] = g[j]! ^ (g[j - 1] ? EXP[LOG[g[j - 1]!]! + i]! : 0);
  }
  generators.set(n, g);
  return g;
}

/** The error-correction codewords of one block: the remainder of data·xⁿ divided by the generator. */
function correction(data: Uint8Array, n: number): Uint8Array {
  const g = generator(n);
  const remainder = new Uint8Array(n);
  for (const byte of data) {
    const factor = byte ^ remainder[0]!;
    remainder.copyWithin(0, 1);
    remainder[n - 1] = 0;
    if (factor) for (let j = 0; j < n; j++) remainder[j] = remainder[j]! ^ EXP[LOG[g[j + 1]!]! + LOG[factor]!]!;
  }
  return remainder;
}

/** All codewords in transmission order: data bits padded as the specification says, then interleaved blocks. */
function codewords(bytes: Uint8Array, version: number): Uint8Array {
  const capacity = dataCodewords(version);
  const data = new Uint8Array(capacity);
  let bit = 0;
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--, bit++)
      if ((value >>> i) & 1) data[bit >>> 3] = data[bit >>> 3]! | (0x80 >>> (bit & 7));
  };
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  if (bit + 4 <= capacity * 8) bit += 4; // terminator: four zero bits, when they fit
  for (let i = Math.ceil(bit / 8), pad = 0; i < capacity; i++, pad ^= 1) data[i] = pad ? 0x11 : 0xec;

  const blocks = blocksOf(version);
  const dataBlocks: Uint8Array[] = [];
  const ecBlocks: Uint8Array[] = [];
  let offset = 0;
  for (const block of blocks) {
    const slice = data.subarray(offset, offset + block.data);
    offset += block.data;
    dataBlocks.push(slice);
    ecBlocks.push(correction(slice, block.total - block.data));
  }
  const out = new Uint8Array(blocks.reduce((sum, b) => sum + b.total, 0));
  let index = 0;
  for (const group of [dataBlocks, ecBlocks]) {
    const longest = Math.max(...group.map((b) => b.length));
    for (let i = 0; i < longest; i++) for (const b of group) if (i < b.length) out[index++] = b[i]!;
  }
  return out;
}

/** BCH remainder of `value` by polynomial `poly`, for the format (15,5) and version (18,6) codes. */
function bch(value: number, poly: number, shift: number): number {
  const digits = (x: number) => 32 - Math.clz32(x);
  let d = value << shift;
  while (digits(d) >= digits(poly)) d ^= poly << (digits(d) - digits(poly));
  return (value << shift) | d;
}

const MASKS: readonly ((row: number, col: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/**
 * The function patterns (finders with separators, alignment, timing) with the format and version
 * areas reserved, and, for `final`, those areas filled in for `mask`. Returns dark (1) / light (0)
 * modules and which ones are taken.
 */
function functionPatterns(version: number, mask: number, final: boolean): { dark: Uint8Array; taken: Uint8Array } {
  const n = version * 4 + 17;
  const dark = new Uint8Array(n * n);
  const taken = new Uint8Array(n * n);
  const set = (row: number, col: number, on: boolean) => {
    dark[row * n + col] = on ? 1 : 0;
    taken[row * n + col] = 1;
  };
  for (const [row, col] of [
    [0, 0],
    [n - 7, 0],
    [0, n - 7],
  ] as const) {
    for (let r = -1; r <= 7; r++) {
      if (row + r < 0 || row + r >= n) continue;
      for (let c = -1; c <= 7; c++) {
        if (col + c < 0 || col + c >= n) continue;
        set(
          row + r,
          col + c,
          (r >= 0 && r <= 6 && (c === 0 || c === 6)) ||
            (c >= 0 && c <= 6 && (r === 0 || r === 6)) ||
            (r >= 2 && r <= 4 && c >= 2 && c <= 4),
        );
      }
    }
  }
  const centres = ALIGNMENT[version - 1]!;
  for (const row of centres) {
    for (const col of centres) {
      if (taken[row * n + col]) continue; // under a finder pattern
      for (let r = -2; r <= 2; r++)
        for (let c = -2; c <= 2; c++)
          set(row + r, col + c, r === -2 || r === 2 || c === -2 || c === 2 || (r === 0 && c === 0));
    }
  }
  for (let i = 8; i < n - 8; i++) {
    if (!taken[i * n + 6]) set(i, 6, i % 2 === 0);
    if (!taken[6 * n + i]) set(6, i, i % 2 === 0);
  }
  // Format: level M (00) and the mask, BCH-coded and XORed with 101010000010010.
  const format = bch(mask, 0b10100110111, 10) ^ 0b101010000010010;
  for (let i = 0; i < 15; i++) {
    const on = final && ((format >> i) & 1) === 1;
    set(i < 6 ? i : i < 8 ? i + 1 : n - 15 + i, 8, on);
    set(8, i < 8 ? n - i - 1 : i < 9 ? 15 - i : 14 - i, on);
  }
  set(n - 8, 8, final);
  if (version >= 7) {
    const bits = bch(version, 0b1111100100101, 12);
    for (let i = 0; i < 18; i++) {
      const on = final && ((bits >> i) & 1) === 1;
      set(Math.floor(i / 3), (i % 3) + n - 11, on);
      set((i % 3) + n - 11, Math.floor(i / 3), on);
    }
  }
  return { dark, taken };
}

/** Data modules in placement order: two-module columns from the right, upwards then downwards, skipping column 6. */
function placementOrder(taken: Uint8Array, n: number): Uint32Array {
  const order: number[] = [];
  let upwards = true;
  for (let col = n - 1; col > 0; col -= 2) {
    if (col === 6) col--;
    for (let k = 0; k < n; k++) {
      const row = upwards ? n - 1 - k : k;
      for (let c = 0; c < 2; c++) if (!taken[row * n + col - c]) order.push(row * n + col - c);
    }
    upwards = !upwards;
  }
  return Uint32Array.from(order);
}

/** Which modules mask `mask` flips (1), over the whole symbol. */
function maskGrid(mask: number, n: number): Uint8Array {
  const flip = MASKS[mask]!;
  const grid = new Uint8Array(n * n);
  for (let row = 0; row < n; row++) for (let col = 0; col < n; col++) grid[row * n + col] = flip(row, col) ? 1 : 0;
  return grid;
}

interface Layout {
  /** Function patterns with the format and version areas light, as the masks are scored. */
  trial: Uint8Array;
  /** Data module positions in placement order. */
  order: Uint32Array;
  /** Per mask: the modules it flips. */
  flips: Uint8Array[];
}

// Everything but the data depends on the version alone: worked out once per version, not once a page.
const layouts = new Map<number, Layout>();
function layoutOf(version: number): Layout {
  let layout = layouts.get(version);
  if (!layout) {
    const n = version * 4 + 17;
    const { dark, taken } = functionPatterns(version, 0, false);
    layout = {
      trial: dark,
      order: placementOrder(taken, n),
      flips: Array.from({ length: 8 }, (_, mask) => maskGrid(mask, n)),
    };
    layouts.set(version, layout);
  }
  return layout;
}

/** `base` with the data bits (one per byte, in placement order) written in and masked. */
function place(base: Uint8Array, order: Uint32Array, bits: Uint8Array, flips: Uint8Array): Uint8Array {
  const modules = base.slice();
  for (let k = 0; k < order.length; k++) {
    const at = order[k]!;
    modules[at] = bits[k]! ^ flips[at]!;
  }
  return modules;
}

/**
 * Penalty of a trial symbol; the lowest wins. This is qrcode-generator's scoring (kept so a URL gets
 * the same symbol as before): a module whose 8 neighbours are mostly its colour, 2×2 blocks of one
 * colour, finder-like 1:1:3:1:1 runs in rows and columns, and the distance of the dark share from 50 %.
 */
function penalty(m: Uint8Array, n: number): number {
  let lost = 0;
  // Dark modules in each 3-module row window, then in each 3×3 box; out-of-symbol neighbours count as
  // neither colour, so a border module has 5 neighbours and a corner 3.
  const across = new Uint8Array(n * n);
  for (let row = 0; row < n; row++) {
    const at = row * n;
    for (let col = 0; col < n; col++)
      across[at + col] = (col > 0 ? m[at + col - 1]! : 0) + m[at + col]! + (col < n - 1 ? m[at + col + 1]! : 0);
  }
  for (let row = 0; row < n; row++) {
    const rowsAround = (row > 0 ? 1 : 0) + 1 + (row < n - 1 ? 1 : 0);
    for (let col = 0; col < n; col++) {
      const at = row * n + col;
      const own = m[at]!;
      const darkAround = (row > 0 ? across[at - n]! : 0) + across[at]! + (row < n - 1 ? across[at + n]! : 0) - own;
      const neighbours = rowsAround * ((col > 0 ? 1 : 0) + 1 + (col < n - 1 ? 1 : 0)) - 1;
      const same = own ? darkAround : neighbours - darkAround;
      if (same > 5) lost += 3 + same - 5;
    }
  }
  for (let row = 0; row < n - 1; row++) {
    for (let col = 0; col < n - 1; col++) {
      const count = m[row * n + col]! + m[(row + 1) * n + col]! + m[row * n + col + 1]! + m[(row + 1) * n + col + 1]!;
      if (count === 0 || count === 4) lost += 3;
    }
  }
  // A run reads dark, light, dark, dark, dark, light, dark: in a row at step 1, in a column at step n.
  const finderLike = (at: number, step: number) =>
    m[at] === 1 &&
    m[at + step] === 0 &&
    m[at + 2 * step] === 1 &&
    m[at + 3 * step] === 1 &&
    m[at + 4 * step] === 1 &&
    m[at + 5 * step] === 0 &&
    m[at + 6 * step] === 1;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n - 6; b++) {
      if (finderLike(a * n + b, 1)) lost += 40;
      if (finderLike(b * n + a, n)) lost += 40;
    }
  }
  let darkCount = 0;
  for (let i = 0; i < m.length; i++) darkCount += m[i]!;
  const ratio = Math.abs((100 * darkCount) / n / n - 50) / 5;
  return lost + ratio * 10;
}

/** The smallest version (1–40) whose level M capacity holds `bytes` bytes, or undefined. */
function smallestVersion(bytes: number): number | undefined {
  for (let v = 1; v <= 40; v++) if (segmentBits(bytes, v) <= dataCodewords(v) * 8) return v;
  return undefined;
}

/** The symbol's modules, row by row (1 dark, 0 light), without the quiet zone. */
export function qrModules(text: string): { version: number; modules: number; dark: Uint8Array } {
  const bytes = new TextEncoder().encode(text);
  const version = smallestVersion(bytes.length);
  if (!version) throw new Error(`QR code: ${bytes.length} bytes do not fit in any version at level M`);
  const n = version * 4 + 17;
  const { trial, order, flips } = layoutOf(version);
  const data = codewords(bytes, version);
  // The remainder bits after the last codeword stay 0 (light before masking).
  const bits = new Uint8Array(order.length);
  for (let k = 0; k < Math.min(order.length, data.length * 8); k++) bits[k] = (data[k >>> 3]! >>> (7 - (k & 7))) & 1;
  let best = 0;
  let bestScore = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const score = penalty(place(trial, order, bits, flips[mask]!), n);
    if (score < bestScore) {
      bestScore = score;
      best = mask;
    }
  }
  return { version, modules: n, dark: place(functionPatterns(version, best, true).dark, order, bits, flips[best]!) };
}

/** QR code of `text` as SVG; `label` becomes the SVG's accessible name. */
export function qrSvg(text: string, label: string): QrSvg {
  const { version, modules, dark } = qrModules(text);
  const size = modules + 2 * QUIET_ZONE;
  let path = '';
  for (let row = 0; row < modules; row++) {
    for (let col = 0; col < modules;) {
      if (!dark[row * modules + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules && dark[row * modules + col]) col++;
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`;
    }
  }
  // Black on white whatever the colour scheme: scanners need the contrast and the quiet zone.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeMarkup(label)}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
  return { version, modules, size, path, svg };
}

/** Whether `text` fits in a QR code of `version` at level M (used by the tests to check minimality). */
export function fitsIn(text: string, version: number): boolean {
  return segmentBits(new TextEncoder().encode(text).length, version) <= dataCodewords(version) * 8;
}
