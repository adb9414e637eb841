/**
 * Astro integration, last of the post-build steps, **only when PRECOMPRESS=1** (a deploy to a host that
 * serves precompressed files, e.g. nginx `gzip_static on; brotli_static on;`): write .gz and .br copies
 * of text files (HTML, JS, CSS, JSON, CSV, SVG, XML, TXT) of 1 KB or more.
 *
 * Why not on every build (measured on the real build, 2 shared cores; CPU seconds over all threads):
 * the 3,676 files are 179 MB raw, and compressing them costs about 9 CPU seconds (brotli 5: 6.0, gzip 6:
 * 3.3) plus 14,700 small files written (two copies and their cache entries): 30 s of wall time on this
 * machine, a quarter of the whole build; at 2,097 entries 102 s, and it grows with every page. The hosts the README names
 * compress by themselves (Netlify, Cloudflare Pages; the nginx example has `gzip on`), and the local
 * server (scripts/serve.mjs, used by the tests and benchmarks) compresses on the fly with the same
 * settings (`compressed()` below) and keeps the result in memory, so visitors, tests and benchmarks get
 * the same bytes either way. A deploy that wants precompressed files builds with PRECOMPRESS=1.
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
 * brotli 5 and gzip 6, chosen by measurement (scripts/bench-compression.ts on the real build of
 * December 2026: 3,676 files, 179.4 MB raw, 2 shared cores; CPU seconds over all threads):
 *   gzip 4    12.72 MB   2.3 s       brotli 4   12.28 MB   3.2 s
 *   gzip 6    11.91 MB   3.3 s       brotli 5   10.34 MB   6.0 s
 *   gzip 9    10.75 MB   3.6 s       brotli 6   10.92 MB   7.3 s
 * (an earlier run on 111 MB: brotli 9 6.99 MB in 49 s, brotli 11 6.61 MB in 124 s, against brotli 5
 * 6.65 MB in 3.9 s). brotli 5 is the smallest short of 11, which saves under 1 % for 30 times the CPU;
 * 4 and 6 are both larger (the pages are mostly repeated inline CSS and markup, which 5's window finds).
 * gzip is only the fallback for clients without brotli, so its cheaper level 6 is kept.
 */
export const QUALITY = { brotli: 5, gzip: 6 } as const;

export type Encoding = 'br' | 'gzip';

/** One compressed copy, with the settings above (also used by the local server, on the fly). */
export function compressed(
  data: Buffer,
  encoding: Encoding,
  quality: { brotli: number; gzip: number } = QUALITY,
): Promise<Buffer> {
  return encoding === 'gzip'
    ? gzipAsync(data, { level: quality.gzip })
    : brotliAsync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: quality.brotli, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      });
}

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

export async function precompressFolder(
  outDir: string,
  cacheDir: string,
  quality: { brotli: number; gzip: number } = QUALITY,
): Promise<CompressStats> {
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
      const [gz, br] = await Promise.all([compressed(data, 'gzip', quality), compressed(data, 'br', quality)]);
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

/** Whether this build writes precompressed copies: PRECOMPRESS=1 (see the top of this file for why not always). */
export function precompressWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PRECOMPRESS === '1' || env.PRECOMPRESS === 'true';
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
        if (!precompressWanted()) {
          logger.info(
            'no .gz/.br copies written (hosts and the local server compress on the fly; PRECOMPRESS=1 writes them)',
          );
          return;
        }
        const stats = await timed(logger, 'precompression', () => precompressFolder(fileURLToPath(dir), cacheDir));
        logger.info(
          `${stats.files} files as .gz and .br: ${stats.compressed} compressed, ${stats.reused} unchanged since an earlier build (from the cache)`,
        );
      },
    },
  };
}
