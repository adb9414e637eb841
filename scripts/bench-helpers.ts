/**
 * What every benchmark script needs (scripts/bench.ts and the feature benchmarks bench-*.ts): the
 * statistics they quote, how sizes are written, a folder's size, serving a built folder, and Chromium.
 * One copy, so two benchmarks cannot compute "median" or "p95" differently.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/** Median; the mean of the two middle values for an even count; 0 for none. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? 0
    : (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

/** Nearest-rank percentile (p in 0..1): the smallest value with at least p of the values at or below it; 0 for none. */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
};

/** Bytes as the result tables write them: "12.3 KB" (1 KB = 1,024 bytes). */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Size on the wire of a text served with gzip, at the level a careful host uses (9). */
export const gzipBytes = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

/** Files and bytes in a folder and its subfolders (0 and 0 when it does not exist). */
export function folderStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else {
        files++;
        bytes += stat.size;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes };
}

/**
 * Serves the built folder `dir` with the project's own server (scripts/serve.mjs) on `port`, and
 * resolves once it answers: sirv indexes the whole folder first, seconds for a 30,000-page build.
 */
export async function serveFolder(
  dir: string,
  port: number,
  timeoutMs = 120_000,
): Promise<{ baseUrl: string; stop: () => void }> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', dir], {
    stdio: 'ignore',
  });
  const baseUrl = `http://localhost:${port}`;
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(`${baseUrl}/`)).ok) return { baseUrl, stop: () => server.kill() };
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error(`no server at ${baseUrl} after ${timeoutMs / 1000} s`);
}

/** Chromium as the benchmarks run it: the system's binary when there is one, no background traffic. */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: chromiumArgs,
  });
}

/** Whether the module at `moduleUrl` is the script node was started with (a benchmark run on its own). */
export const isMainScript = (moduleUrl: string): boolean =>
  Boolean(process.argv[1]) && moduleUrl === new URL(`file://${process.argv[1]}`).href;
