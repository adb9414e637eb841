/**
 * Search benchmark, against a built site. Called by `npm run bench` (scripts/bench.ts imports `bench`),
 * or on its own: `node scripts/bench-search.ts [--dir dist] [--port 4382] [--synthetic-dir dist-synth]`
 * (serves the folders itself).
 *
 * For 20 fixed queries in Dutch, French and English that match real entries, each on a fresh page
 * (new browser context, HTTP cache cleared) of the index page of the query's language:
 *   - Pagefind (the site's search, src/scripts/finder.ts): fill the search box `#finder-q` and measure
 *     the time from the input event to the first result card `[data-finder-results] > li` painted
 *     (it includes the finder's first-keystroke debounce; Playwright's `fill` focuses the field just
 *     before typing, so the finder's load-on-focus gets no real head start here), the requests and the
 *     bytes transferred after typing (Playwright `request.sizes()`, encoded body + headers, worker
 *     requests included: Pagefind's JS, WebAssembly, index, filter and fragment chunks), and among
 *     them the fragment requests (one per card shown) and the number of results the status line gives;
 *   - naive: a script injected into the same page fetches /data/initiatives.json (the open-data export)
 *     and filters it by a lowercase substring match; same clock, same byte count.
 * Also the JavaScript the index page loads before the first query, and the HTML size of the index page.
 * With a synthetic build (many more entries) the same measurements run against it on another port.
 * Only `#finder-q` and `[data-finder-results] > li` of the finder's markup are relied on.
 * Timings are reported, never asserted: the machine is shared and noisy.
 * One job per file: the queries and one run each (bench-search-runs.ts), the network count
 * (bench-search-network.ts), the Markdown report (bench-search-report.ts); here the summary and the entry point.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { gzipBytes, isMainScript, launchChromium, median, percentile, serveFolder } from './bench-helpers.ts';
import { toMarkdown } from './bench-search-report.ts';
import {
  finderDebounceMs,
  indexPaths,
  naiveRun,
  pagefindRun,
  queries,
  type Lang,
  type Run,
} from './bench-search-runs.ts';
import { perLanguage } from '../src/schemas/languages.ts';

/** JavaScript inlined in an HTML page (Astro inlines small page scripts): raw and gzip bytes, JSON-LD excluded. */
export function inlineScriptBytes(html: string): { raw: number; gzip: number; scripts: number } {
  const bodies = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes ?? '') && !/application\/(ld\+)?json/.test(attributes ?? ''))
    .map(([, , body]) => body ?? '');
  const joined = Buffer.from(bodies.join('\n'));
  return { raw: joined.length, gzip: bodies.length === 0 ? 0 : gzipBytes(joined), scripts: bodies.length };
}

interface Summary {
  medianMs: number;
  p95Ms: number;
  medianBytes: number;
  p95Bytes: number;
  medianBodyBytes: number;
  medianRequests: number;
  medianFragments: number;
  maxFragments: number;
}
const summarise = (runs: readonly Run[]): Summary => {
  const times = runs.map((r) => r.ms).filter((ms): ms is number => ms !== null);
  const bytes = runs.map((r) => r.bytes);
  return {
    medianMs: median(times),
    p95Ms: percentile(times, 0.95),
    medianBytes: median(bytes),
    p95Bytes: percentile(bytes, 0.95),
    medianBodyBytes: median(runs.map((r) => r.bodyBytes)),
    medianRequests: median(runs.map((r) => r.requests)),
    medianFragments: median(runs.map((r) => r.fragments)),
    maxFragments: Math.max(0, ...runs.map((r) => r.fragments)),
  };
};

export interface SearchMeasurements {
  label: string;
  entries: number;
  indexHtmlGzipBytes: Record<Lang, number>;
  indexHtmlRawBytes: Record<Lang, number>;
  exportGzipBytes: number;
  pageJsBeforeQueryBytes: number;
  inlineJs: { raw: number; gzip: number; scripts: number };
  /** The index page's HTML as transferred (median over the runs; languages mixed). */
  indexHtmlWireBytes: number;
  /** Navigation start to load event of the index page, median over the Pagefind runs. */
  indexLoadMs: { median: number; p95: number };
  contentEncodings: string[];
  pagefind: { runs: Run[]; summary: Summary; misses: string[] };
  naive: { runs: Run[]; summary: Summary; field: string };
  ratio: { bytes: number; time: number; timeWithoutDebounce: number };
}

/** Every measurement against a site served at `baseUrl` from the folder `outDir`. */
export async function measureSearch({
  baseUrl,
  browser,
  outDir,
  label,
}: {
  baseUrl: string;
  browser: Browser;
  outDir: string;
  label: string;
}): Promise<SearchMeasurements> {
  const htmlOf = (lang: Lang) => readFileSync(join(outDir, indexPaths[lang], 'index.html'));
  const exported = readFileSync(join(outDir, 'data', 'initiatives.json'));
  const entries = (JSON.parse(exported.toString('utf8')) as { initiatives: unknown[] }).initiatives.length;

  const pagefindRuns: (Run & { pageJs: number; pageHtml: number; loadMs: number; encodings: string[] })[] = [];
  const naiveRuns: Run[] = [];
  for (const { lang, q } of queries) {
    pagefindRuns.push(await pagefindRun(browser, baseUrl, lang, q));
    naiveRuns.push(await naiveRun(browser, baseUrl, lang, q));
  }
  const pagefind = summarise(pagefindRuns);
  const naive = summarise(naiveRuns);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    label,
    entries,
    indexHtmlGzipBytes: perLanguage((lang) => gzipBytes(htmlOf(lang))),
    indexHtmlRawBytes: perLanguage((lang) => htmlOf(lang).length),
    exportGzipBytes: gzipBytes(exported),
    pageJsBeforeQueryBytes: median(pagefindRuns.map((r) => r.pageJs)),
    inlineJs: inlineScriptBytes(htmlOf('nl').toString('utf8')),
    indexHtmlWireBytes: median(pagefindRuns.map((r) => r.pageHtml)),
    indexLoadMs: {
      median: median(pagefindRuns.map((r) => r.loadMs)),
      p95: percentile(
        pagefindRuns.map((r) => r.loadMs),
        0.95,
      ),
    },
    contentEncodings: [...new Set(pagefindRuns.flatMap((r) => r.encodings))],
    pagefind: {
      runs: pagefindRuns.map(({ pageJs: _js, pageHtml: _html, loadMs: _load, encodings: _enc, ...run }) => run),
      summary: pagefind,
      misses: pagefindRuns.filter((r) => r.ms === null).map((r) => r.q),
    },
    naive: {
      runs: naiveRuns,
      summary: naive,
      field: 'name, alternateName, organization.name, summary in every UI language (the export has no body)',
    },
    ratio: {
      bytes: round(naive.medianBytes / pagefind.medianBytes),
      time: round(naive.medianMs / pagefind.medianMs),
      timeWithoutDebounce: round(naive.medianMs / Math.max(1, pagefind.medianMs - finderDebounceMs)),
    },
  };
}

/** Entry point for scripts/bench.ts. `syntheticOutDir`: a build with synthetic entries, served here on another port. */
export async function bench({
  baseUrl,
  browser,
  outDir,
  syntheticOutDir,
  syntheticPort = 4382,
}: {
  baseUrl: string;
  browser: Browser;
  outDir: string;
  syntheticOutDir?: string | undefined;
  syntheticPort?: number;
}) {
  const builds = [await measureSearch({ baseUrl, browser, outDir, label: 'real entries' })];
  if (syntheticOutDir && existsSync(join(syntheticOutDir, 'index.html'))) {
    const server = await serveFolder(syntheticOutDir, syntheticPort);
    try {
      builds.push(
        await measureSearch({ baseUrl: server.baseUrl, browser, outDir: syntheticOutDir, label: 'synthetic' }),
      );
    } finally {
      server.stop();
    }
  }
  return {
    title: 'Search (Pagefind) and a naive comparison',
    markdown: toMarkdown(builds),
    json: { queries, finderDebounceMs, builds },
  };
}

if (isMainScript(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: process.env.ASTRO_OUT_DIR ?? 'dist' },
      port: { type: 'string', default: '4383' },
      'synthetic-dir': { type: 'string' },
      'synthetic-port': { type: 'string', default: '4384' },
    },
  });
  const server = await serveFolder(values.dir, Number(values.port));
  const browser = await launchChromium();
  try {
    const result = await bench({
      baseUrl: server.baseUrl,
      browser,
      outDir: values.dir,
      syntheticOutDir: values['synthetic-dir'],
      syntheticPort: Number(values['synthetic-port']),
    });
    console.log(`## ${result.title}\n\n${result.markdown}`);
  } finally {
    await browser.close();
    server.stop();
  }
}
