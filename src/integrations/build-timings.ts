/**
 * How long each build phase takes, so `npm run bench` can report the build phase by phase. Every
 * post-build integration wraps its work in `timed()`, which logs the duration; when BUILD_TIMINGS_FILE
 * is set, each phase is also appended to that file as one JSON line `{"phase": …, "seconds": …, "cpu": …}`.
 * `buildTimings()` (first in the integration list) records Astro's own share: from config setup
 * (content validation, content sync, bundling, page rendering) to the first `astro:build:done` hook.
 *
 * `seconds` is wall time; `cpu` is the CPU seconds (user + system) the build spent in the phase, over
 * all its threads (zlib's pool) and the child processes reaped in it (Pagefind's indexer is reaped
 * just after its phase, so its CPU shows in the next one, the security headers). On a
 * machine shared with other work the wall time says more about the neighbours than about the build;
 * CPU seconds compare builds.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export interface PhaseTiming {
  phase: string;
  seconds: number;
  /** CPU seconds, user + system; undefined where the platform does not tell. */
  cpu?: number;
}

/** Clock ticks per second of /proc's counters: 100 on every Linux build Node runs on. */
const CLOCK_TICKS = 100;

/**
 * CPU seconds used so far: this process (all threads) plus its children that have ended and been
 * waited for (fields 16 and 17 of /proc/self/stat, Linux only; elsewhere only this process).
 */
export function cpuSecondsSoFar(): number {
  const { user, system } = process.cpuUsage();
  let children = 0;
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces), starting with field 3 (the state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    // Not Linux: this process only.
  }
  return (user + system) / 1e6 + (Number.isFinite(children) ? children : 0);
}

function record(logger: AstroIntegrationLogger, phase: string, seconds: number, cpu: number): void {
  logger.info(`${phase}: ${seconds.toFixed(1)} s (${cpu.toFixed(1)} s CPU)`);
  const file = process.env.BUILD_TIMINGS_FILE;
  if (file) appendFileSync(file, JSON.stringify({ phase, seconds, cpu } satisfies PhaseTiming) + '\n');
}

/** Runs one build phase and records its duration under `phase`. */
export async function timed<T>(logger: AstroIntegrationLogger, phase: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const startCpu = cpuSecondsSoFar();
  const result = await work();
  record(logger, phase, (performance.now() - start) / 1000, cpuSecondsSoFar() - startCpu);
  return result;
}

export function buildTimings(): AstroIntegration {
  let start = performance.now();
  let startCpu = cpuSecondsSoFar();
  return {
    name: 'family-support-atlas:build-timings',
    hooks: {
      'astro:config:setup': () => {
        start = performance.now();
        startCpu = cpuSecondsSoFar();
      },
      'astro:build:done': ({ logger }) =>
        record(logger, 'astro', (performance.now() - start) / 1000, cpuSecondsSoFar() - startCpu),
    },
  };
}
