/**
 * How long each build phase takes, so `npm run bench` can report the build phase by phase. Every
 * post-build integration wraps its work in `timed()`, which logs the duration; when BUILD_TIMINGS_FILE
 * is set, each phase is also appended to that file as one JSON line `{"phase": …, "seconds": …}`.
 * `buildTimings()` (first in the integration list) records Astro's own share: from config setup
 * (content validation, content sync, bundling, page rendering) to the first `astro:build:done` hook.
 */
import { appendFileSync } from 'node:fs';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export interface PhaseTiming {
  phase: string;
  seconds: number;
}

function record(logger: AstroIntegrationLogger, phase: string, seconds: number): void {
  logger.info(`${phase}: ${seconds.toFixed(1)} s`);
  const file = process.env.BUILD_TIMINGS_FILE;
  if (file) appendFileSync(file, JSON.stringify({ phase, seconds } satisfies PhaseTiming) + '\n');
}

/** Runs one build phase and records its duration under `phase`. */
export async function timed<T>(logger: AstroIntegrationLogger, phase: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  record(logger, phase, (performance.now() - start) / 1000);
  return result;
}

export function buildTimings(): AstroIntegration {
  let start = performance.now();
  return {
    name: 'family-support-atlas:build-timings',
    hooks: {
      'astro:config:setup': () => {
        start = performance.now();
      },
      'astro:build:done': ({ logger }) => record(logger, 'astro', (performance.now() - start) / 1000),
    },
  };
}
