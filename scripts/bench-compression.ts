/**
 * node scripts/bench-compression.ts [--dir dist] : how many bytes each precompression setting saves
 * and what it costs, on the files the build precompresses (src/integrations/precompress.ts). Prints
 * one row per setting: output bytes, bytes saved against the next cheaper setting, CPU seconds (all
 * threads) and wall seconds. Used to choose QUALITY in precompress.ts; rerun when the output changes a lot.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE, MIN_BYTES } from '../src/integrations/precompress.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env.ASTRO_OUT_DIR ?? 'dist' } } });
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const names = (await readdir(values.dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
  .map((e) => join(e.parentPath, e.name));
const files = (await Promise.all(names.map((name) => readFile(name)))).filter((data) => data.length >= MIN_BYTES);
const raw = files.reduce((sum, f) => sum + f.length, 0);
console.log(`${files.length} files, ${(raw / 1e6).toFixed(1)} MB raw`);

const settings: [string, (data: Buffer) => Promise<Buffer>][] = [
  ['gzip 6', (d) => gzipAsync(d, { level: 6 })],
  ['gzip 9', (d) => gzipAsync(d, { level: 9 })],
  ['gzip 4', (d) => gzipAsync(d, { level: 4 })],
  [
    'brotli 4',
    (d) =>
      brotliAsync(d, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: d.length } }),
  ],
  [
    'brotli 5',
    (d) =>
      brotliAsync(d, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: d.length } }),
  ],
  [
    'brotli 6',
    (d) =>
      brotliAsync(d, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: d.length } }),
  ],
  [
    'brotli 9',
    (d) =>
      brotliAsync(d, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: d.length } }),
  ],
  [
    'brotli 11',
    (d) =>
      brotliAsync(d, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: d.length },
      }),
  ],
];

console.log('| setting | output MB | % of raw | CPU s | wall s |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, compress] of settings) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let bytes = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < files.length) bytes += (await compress(files[next++]!)).length;
    }),
  );
  const used = process.cpuUsage(cpu);
  console.log(
    `| ${name} | ${(bytes / 1e6).toFixed(2)} | ${((bytes / raw) * 100).toFixed(1)} % | ${((used.user + used.system) / 1e6).toFixed(1)} | ${((performance.now() - start) / 1000).toFixed(1)} |`,
  );
}
