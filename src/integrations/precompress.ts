/**
 * Astro integration, last of the post-build steps: write .gz and .br copies of text files (HTML, JS,
 * CSS, JSON, CSV, SVG, XML, TXT) of 1 KB or more, so the local server (sirv) and hosts that serve
 * precompressed files (nginx gzip_static / brotli_static) send them compressed, as a production host
 * would, and the benchmarks measure what visitors really download.
 *
 * Incremental: each compressed copy is kept in a cache (Astro's cacheDir/precompress/, by default
 * node_modules/.astro/precompress/) under the SHA-256 of the file and the settings, so a file whose
 * bytes did not change since an earlier build is copied, not compressed again.
 *
 * Compression runs on zlib's thread pool (async API), a few files at a time, so every core works.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { timed } from './build-timings.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export const COMPRESSIBLE = /\.(html|js|mjs|css|json|csv|svg|xml|txt)$/;
/** Below this size the header overhead eats the gain; such files are served as they are. */
export const MIN_BYTES = 1024;

/**
 * brotli 5 and gzip 6, chosen by measurement (scripts/bench-compression.ts on the real build: 3,254
 * files, 111 MB raw, 2 shared cores; CPU seconds over all threads):
 *   gzip 6    7.49 MB   2.0 s        brotli 5    6.65 MB    3.9 s
 *   gzip 9    7.45 MB   2.3 s        brotli 9    6.99 MB   49.4 s
 *                                    brotli 11   6.61 MB  123.7 s
 * brotli 11 saves 0.6 % over brotli 5 for 30 times the CPU; brotli 9 is both larger and 13 times
 * slower than 5 on these pages (mostly repeated inline CSS and markup, which brotli 5 already finds).
 * gzip is only the fallback for clients without brotli: level 9 saves 0.5 % for 15 % more time.
 */
export const QUALITY = { brotli: 5, gzip: 6 } as const;

// Two files with the same bytes (the same hash) can be written at the same moment: each write gets its
// own temporary name, and the last rename wins with identical content.
let writeCount = 0;
async function cacheWrite(path: string, data: Buffer): Promise<void> {
  const temporary = `${path}.${process.pid}.${writeCount++}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

export interface CompressStats {
  files: number;
  compressed: number;
  reused: number;
}

export async function precompressFolder(outDir: string, cacheDir: string, quality: { brotli: number; gzip: number } = QUALITY): Promise<CompressStats> {
  const names = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  const settings = `br${quality.brotli}-gz${quality.gzip}`;
  await mkdir(cacheDir, { recursive: true });
  const stats: CompressStats = { files: 0, compressed: 0, reused: 0 };
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const path = names[next++]!;
      const data = await readFile(path);
      if (data.length < MIN_BYTES) continue;
      stats.files++;
      const key = join(cacheDir, `${createHash('sha256').update(data).digest('hex')}-${settings}`);
      try {
        await Promise.all([copyFile(`${key}.br`, `${path}.br`), copyFile(`${key}.gz`, `${path}.gz`)]);
        stats.reused++;
        continue;
      } catch {
        // Not in the cache (or only half there): compress.
      }
      const [gz, br] = await Promise.all([
        gzipAsync(data, { level: quality.gzip }),
        brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality.brotli, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      ]);
      await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
      // Into the cache through a rename, so a build killed halfway never leaves a truncated copy to reuse.
      await Promise.all([cacheWrite(`${key}.gz`, gz), cacheWrite(`${key}.br`, br)]);
      stats.compressed++;
    }
  };
  // Twice the cores: while one file waits for the disk, another is compressed.
  await Promise.all(Array.from({ length: 4 }, worker));
  return stats;
}

export function precompress(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'family-support-atlas:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'precompress');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await timed(logger, 'precompression', () => precompressFolder(fileURLToPath(dir), cacheDir));
        logger.info(`${stats.files} files as .gz and .br: ${stats.compressed} compressed, ${stats.reused} unchanged since an earlier build (from the cache)`);
      },
    },
  };
}
