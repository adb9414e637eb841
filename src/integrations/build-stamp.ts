/**
 * Astro integration, last in the list: when every build step has finished, write
 * <cacheDir>/last-build.json with the output folder and the time the build started. The end-to-end
 * server (scripts/e2e-server.mjs) rebuilds only when that stamp is missing, names another folder, or
 * an input changed after that time, so `npm test` (which builds first) builds once, and
 * `npm run test:e2e` on a fresh clone builds by itself. A failed build writes no stamp.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const STAMP_FILE = 'last-build.json';

export function buildStamp(): AstroIntegration {
  const startedAt = Date.now();
  let cacheDir = '';
  return {
    name: 'family-support-atlas:build-stamp',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir }) => {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(
          join(cacheDir, STAMP_FILE),
          JSON.stringify({ outDir: resolve(fileURLToPath(dir)), startedAt, finishedAt: Date.now() }) + '\n',
        );
      },
    },
  };
}
