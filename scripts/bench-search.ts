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
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page, Request } from '@playwright/test';
import { gzipBytes, isMainScript, kb, launchChromium, median, percentile, serveFolder } from './bench-helpers.ts';
import { perLanguage, uiLanguages, type UiLanguage } from '../src/schemas/languages.ts';
import { routes } from '../src/lib/routes.ts';

type Lang = UiLanguage;

/** 22 queries in the UI languages, each found in real entries (checked by the run: hits are reported). */
export const queries: readonly { lang: Lang; q: string }[] = [
  { lang: 'nl', q: 'Vilvoorde' },
  { lang: 'nl', q: 'moeders' },
  { lang: 'nl', q: 'ouders' },
  { lang: 'nl', q: 'jongeren' },
  { lang: 'nl', q: 'Exits' },
  { lang: 'nl', q: 'hulplijn' },
  { lang: 'nl', q: 'Veiligheidshuis' },
  { lang: 'nl', q: 'Molenbeek' },
  { lang: 'fr', q: 'Bruxelles' },
  { lang: 'fr', q: 'Liège' },
  { lang: 'fr', q: 'radicalisme' },
  { lang: 'fr', q: 'écoute' },
  { lang: 'fr', q: 'Verviers' },
  { lang: 'fr', q: 'Charleroi' },
  { lang: 'en', q: 'helpline' },
  { lang: 'en', q: 'school' },
  { lang: 'en', q: 'returnees' },
  { lang: 'en', q: 'mothers' },
  { lang: 'en', q: 'Amsterdam' },
  { lang: 'en', q: 'parents' },
  { lang: 'de', q: 'Eltern' },
  { lang: 'de', q: 'Eupen' },
];

export const indexPaths: Record<Lang, string> = perLanguage((lang) => routes.section(lang, 'initiatives'));
/** The finder waits this long after the first keystroke of a query before it searches (FIRST_DEBOUNCE_MS, src/scripts/finder.ts). */
export const finderDebounceMs = 100;

/** What a Pagefind request loads, from its URL: the finder's cost per query is mostly fragments. */
export function pagefindPart(url: string): 'fragment' | 'index' | 'filter' | 'other' | undefined {
  const path = new URL(url).pathname;
  if (!path.startsWith('/pagefind/')) return undefined;
  if (path.startsWith('/pagefind/fragment/')) return 'fragment';
  if (path.startsWith('/pagefind/index/')) return 'index';
  if (path.startsWith('/pagefind/filter/')) return 'filter';
  return 'other';
}

/** JavaScript inlined in an HTML page (Astro inlines small page scripts): raw and gzip bytes, JSON-LD excluded. */
export function inlineScriptBytes(html: string): { raw: number; gzip: number; scripts: number } {
  const bodies = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc=/.test(attributes ?? '') && !/application\/(ld\+)?json/.test(attributes ?? '')).map(([, , body]) => body ?? '');
  const joined = Buffer.from(bodies.join('\n'));
  return { raw: joined.length, gzip: bodies.length === 0 ? 0 : gzipBytes(joined), scripts: bodies.length };
}

/** The naive search, as run in the page: every initiative whose name, organisation, summaries or body contain the query. */
export function naiveMatches(initiatives: readonly Record<string, unknown>[], query: string): number {
  const q = query.toLowerCase();
  let count = 0;
  for (const item of initiatives) {
    const summary = (item.summary ?? {}) as Record<string, string>;
    const organization = (item.organization ?? {}) as { name?: string };
    const text = [item.name, item.alternateName, organization.name, ...uiLanguages.map((lang) => summary[lang]), item.body].filter((v) => typeof v === 'string').join('\n').toLowerCase();
    if (text.includes(q)) count++;
  }
  return count;
}

interface Network {
  /** Bytes (encoded, as on the wire incl. headers) of requests sent after `mark()`, by resource type. */
  bytesSinceMark: () => { total: number; body: number; byType: Record<string, number>; requests: number; fragments: number; encodings: string[] };
  /** Bytes of every request so far, by resource type. */
  bytesAll: () => Record<string, number>;
  mark: () => void;
  /** Resolve when no request has been in flight for `quietMs`. */
  idle: (quietMs?: number, timeoutMs?: number) => Promise<void>;
}

/**
 * Requests of a page, its workers included (Pagefind searches in a Web Worker, whose requests a CDP
 * session on the page does not see; Playwright attributes them to the page). Sizes are Playwright's
 * `request.sizes()`: encoded response body plus response headers, i.e. the bytes on the wire.
 */
function trackNetwork(page: Page): Network {
  const requests = new Map<Request, { type: string; url: string; afterMark: boolean; bytes?: number; body?: number; encoding?: string; done: boolean }>();
  let marked = false;
  let lastActivity = Date.now();
  page.on('request', (request) => {
    requests.set(request, { type: request.resourceType(), url: request.url(), afterMark: marked, done: false });
    lastActivity = Date.now();
  });
  page.on('requestfinished', async (request) => {
    const r = requests.get(request);
    try {
      const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
      if (r) Object.assign(r, { bytes: Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize), body: Math.max(0, sizes.responseBodySize), encoding: response?.headers()['content-encoding'] });
    } catch {
      /* the page closed meanwhile */
    }
    if (r) r.done = true;
    lastActivity = Date.now();
  });
  page.on('requestfailed', (request) => {
    const r = requests.get(request);
    if (r) r.done = true;
    lastActivity = Date.now();
  });
  const sum = (filter: (r: { afterMark: boolean }) => boolean) => {
    const byType: Record<string, number> = {};
    let total = 0;
    let body = 0;
    let count = 0;
    let fragments = 0;
    const encodings = new Set<string>();
    for (const r of requests.values()) {
      if (!filter(r) || r.bytes === undefined) continue;
      byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
      total += r.bytes;
      body += r.body ?? 0;
      count++;
      if (pagefindPart(r.url) === 'fragment') fragments++;
      if (r.encoding) encodings.add(r.encoding);
    }
    return { total, body, byType, requests: count, fragments, encodings: [...encodings] };
  };
  return {
    mark: () => {
      marked = true;
    },
    bytesSinceMark: () => sum((r) => r.afterMark),
    bytesAll: () => sum(() => true).byType,
    idle: async (quietMs = 400, timeoutMs = 15_000) => {
      const start = Date.now();
      while (Date.now() - start < timeoutMs) {
        const inFlight = [...requests.values()].some((r) => !r.done);
        if (!inFlight && Date.now() - lastActivity >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

interface Run {
  lang: Lang;
  q: string;
  ms: number | null;
  /** Bytes on the wire: encoded bodies + response headers. */
  bytes: number;
  /** Encoded bodies only. */
  bodyBytes: number;
  requests: number;
  /** Pagefind fragment requests (one per card shown). */
  fragments: number;
  /** Pagefind: cards shown; naive: matches. */
  hits: number;
  /** Pagefind: results found (the finder's status line), of which `hits` are shown. */
  results?: number;
}

/** A fresh page (new context: empty cache, no service worker) on the index page, network tracked. */
async function freshIndexPage(browser: Browser, baseUrl: string, lang: Lang) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // A new context starts with an empty HTTP cache; clear it anyway, in case Chromium shares one.
  const session = await context.newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  await session.detach();
  const network = trackNetwork(page);
  await page.goto(new URL(indexPaths[lang], baseUrl).href, { waitUntil: 'load' });
  await page.locator('#finder-q').waitFor();
  await network.idle(300);
  const loadMs = await page.evaluate(() => Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
  return { context, page, network, loadMs };
}

async function pagefindRun(browser: Browser, baseUrl: string, lang: Lang, q: string): Promise<Run & { pageJs: number; pageHtml: number; loadMs: number; encodings: string[] }> {
  const { context, page, network, loadMs } = await freshIndexPage(browser, baseUrl, lang);
  const before = network.bytesAll();
  const pageJs = before.script ?? 0;
  const pageHtml = before.document ?? 0;
  // In the page: remember when the input event fires, and the first animation frame after a result card appears.
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { input?: number; card?: number } };
    w.__bench = {};
    document.querySelector('#finder-q')!.addEventListener('input', (e) => (w.__bench.input ??= e.timeStamp), { capture: true });
    const list = document.querySelector('[data-finder-results]')!;
    const observer = new MutationObserver(() => {
      if (w.__bench.card === undefined && list.querySelector(':scope > li')) {
        observer.disconnect();
        requestAnimationFrame(() => (w.__bench.card = performance.now()));
      }
    });
    observer.observe(list, { childList: true });
  });
  network.mark();
  await page.locator('#finder-q').fill(q);
  let ms: number | null = null;
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: { card?: number } }).__bench.card !== undefined, undefined, { timeout: 15_000 });
    const t = await page.evaluate(() => (window as unknown as { __bench: { input: number; card: number } }).__bench);
    ms = Math.round(t.card - t.input);
  } catch {
    ms = null; // no result card: the query found nothing
  }
  await network.idle();
  const hits = await page.locator('[data-finder-results] > li').count();
  // "37 resultaten", "1 result", "Aucun résultat": the digits, or none.
  const results = Number(((await page.locator('[data-finder-status]').textContent()) ?? '').replace(/\D/g, '') || 0);
  const bytes = network.bytesSinceMark();
  await context.close();
  return { lang, q, ms, bytes: bytes.total, bodyBytes: bytes.body, requests: bytes.requests, fragments: bytes.fragments, hits, results, pageJs, pageHtml, loadMs, encodings: bytes.encodings };
}

async function naiveRun(browser: Browser, baseUrl: string, lang: Lang, q: string): Promise<Run> {
  const { context, page, network } = await freshIndexPage(browser, baseUrl, lang);
  network.mark();
  // Serialised into the page; same-origin fetch of the open-data export, then the same filter as naiveMatches.
  const result = await page.evaluate(async (query) => {
    const start = performance.now();
    const response = await fetch('/data/initiatives.json');
    const data = (await response.json()) as { initiatives: Record<string, unknown>[] };
    const needle = query.toLowerCase();
    const matches = data.initiatives.filter((item) => {
      const summary = (item.summary ?? {}) as Record<string, string>;
      const organization = (item.organization ?? {}) as { name?: string };
      return [item.name, item.alternateName, organization.name, ...uiLanguages.map((lang) => summary[lang]), item.body]
        .filter((v) => typeof v === 'string')
        .join('\n')
        .toLowerCase()
        .includes(needle);
    });
    return { ms: performance.now() - start, hits: matches.length };
  }, q);
  await network.idle();
  const bytes = network.bytesSinceMark();
  await context.close();
  return { lang, q, ms: Math.round(result.ms), bytes: bytes.total, bodyBytes: bytes.body, requests: bytes.requests, fragments: bytes.fragments, hits: result.hits };
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
  return { medianMs: median(times), p95Ms: percentile(times, 0.95), medianBytes: median(bytes), p95Bytes: percentile(bytes, 0.95), medianBodyBytes: median(runs.map((r) => r.bodyBytes)), medianRequests: median(runs.map((r) => r.requests)), medianFragments: median(runs.map((r) => r.fragments)), maxFragments: Math.max(0, ...runs.map((r) => r.fragments)) };
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
export async function measureSearch({ baseUrl, browser, outDir, label }: { baseUrl: string; browser: Browser; outDir: string; label: string }): Promise<SearchMeasurements> {
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
    indexLoadMs: { median: median(pagefindRuns.map((r) => r.loadMs)), p95: percentile(pagefindRuns.map((r) => r.loadMs), 0.95) },
    contentEncodings: [...new Set(pagefindRuns.flatMap((r) => r.encodings))],
    pagefind: { runs: pagefindRuns.map(({ pageJs: _js, pageHtml: _html, loadMs: _load, encodings: _enc, ...run }) => run), summary: pagefind, misses: pagefindRuns.filter((r) => r.ms === null).map((r) => r.q) },
    naive: { runs: naiveRuns, summary: naive, field: 'name, alternateName, organization.name, summary in every UI language (the export has no body)' },
    ratio: {
      bytes: round(naive.medianBytes / pagefind.medianBytes),
      time: round(naive.medianMs / pagefind.medianMs),
      timeWithoutDebounce: round(naive.medianMs / Math.max(1, pagefind.medianMs - finderDebounceMs)),
    },
  };
}

export function toMarkdown(builds: readonly SearchMeasurements[]): string {
  const lines: string[] = [
    `${queries.length} queries (${queries.map((x) => `${x.lang}: "${x.q}"`).join(', ')}), each on a fresh page (new browser context, cache cleared) of the index page of its language. ` +
      `Pagefind: time from the input event in \`#finder-q\` to the first painted result card, which includes the finder's ${finderDebounceMs} ms first-keystroke debounce; requests and bytes are the bytes on the wire (encoded body + headers, Playwright \`request.sizes()\`, Pagefind's worker included) of the requests made after typing. ` +
      `Naive: a script injected into the same page fetches \`/data/initiatives.json\` and filters it by lowercase substring; time from the start of the fetch to the filtered list.`,
    '',
    '| build | entries | engine | median time to first card | p95 time | median bytes | p95 bytes | median bytes, bodies only | median requests | fragment requests, median (max) | queries without a hit |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const m of builds) {
    lines.push(`| ${m.label} | ${m.entries} | Pagefind | ${m.pagefind.summary.medianMs} ms | ${m.pagefind.summary.p95Ms} ms | ${kb(m.pagefind.summary.medianBytes)} | ${kb(m.pagefind.summary.p95Bytes)} | ${kb(m.pagefind.summary.medianBodyBytes)} | ${m.pagefind.summary.medianRequests} | ${m.pagefind.summary.medianFragments} (${m.pagefind.summary.maxFragments}) | ${m.pagefind.misses.length === 0 ? 'none' : m.pagefind.misses.join(', ')} |`);
    lines.push(`| ${m.label} | ${m.entries} | naive (fetch the export + filter) | ${m.naive.summary.medianMs} ms | ${m.naive.summary.p95Ms} ms | ${kb(m.naive.summary.medianBytes)} | ${kb(m.naive.summary.p95Bytes)} | ${kb(m.naive.summary.medianBodyBytes)} | ${m.naive.summary.medianRequests} | – | ${m.naive.runs.filter((r) => r.hits === 0).map((r) => r.q).join(', ') || 'none'} |`);
  }
  lines.push('', '| build | naive / Pagefind, bytes | naive / Pagefind, time | naive / Pagefind, time without the debounce | JS files of the index page before a query (wire) | JS inlined in its HTML (gzip alone) | index page HTML gzip (nl / fr / en) | index page HTML on the wire | index page load event, median (p95) | export gzip | content-encoding seen |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const m of builds) {
    lines.push(`| ${m.label} | ${m.ratio.bytes} | ${m.ratio.time} | ${m.ratio.timeWithoutDebounce} | ${kb(m.pageJsBeforeQueryBytes)} | ${kb(m.inlineJs.gzip)} (${m.inlineJs.scripts} scripts) | ${kb(m.indexHtmlGzipBytes.nl)} / ${kb(m.indexHtmlGzipBytes.fr)} / ${kb(m.indexHtmlGzipBytes.en)} | ${kb(m.indexHtmlWireBytes)} | ${m.indexLoadMs.median} ms (${m.indexLoadMs.p95} ms) | ${kb(m.exportGzipBytes)} | ${m.contentEncodings.join(', ') || 'none'} |`);
  }
  if (builds.length > 1) {
    const [a, b] = [builds[0]!, builds[builds.length - 1]!];
    lines.push(
      '',
      `Index page (nl): ${kb(a.indexHtmlGzipBytes.nl)} gzip (${kb(a.indexHtmlRawBytes.nl)} raw) with ${a.entries} entries, ` +
        `${kb(b.indexHtmlGzipBytes.nl)} gzip (${kb(b.indexHtmlRawBytes.nl)} raw) with ${b.entries}: ×${(b.indexHtmlGzipBytes.nl / a.indexHtmlGzipBytes.nl).toFixed(2)} ` +
        `(${b.indexHtmlGzipBytes.nl / a.indexHtmlGzipBytes.nl < 1.25 ? 'it does not grow with the data: the server-rendered list is paginated' : 'it grows with the data'}). ` +
        `Pagefind's bytes per query grow ×${(b.pagefind.summary.medianBytes / a.pagefind.summary.medianBytes).toFixed(1)} (median), the naive export ×${(b.naive.summary.medianBytes / a.naive.summary.medianBytes).toFixed(1)}.`,
    );
  }
  lines.push('', '<details><summary>Per query</summary>', '', '| build | lang | query | Pagefind ms | Pagefind bytes | Pagefind requests | Pagefind fragments | Pagefind results (cards shown) | naive ms | naive bytes | naive matches |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const m of builds) {
    m.pagefind.runs.forEach((p, i) => {
      const n = m.naive.runs[i]!;
      lines.push(`| ${m.label} | ${p.lang} | ${p.q} | ${p.ms ?? 'no hit'} | ${kb(p.bytes)} | ${p.requests} | ${p.fragments} | ${p.results ?? '?'} (${p.hits}) | ${n.ms} | ${kb(n.bytes)} | ${n.hits} |`);
    });
  }
  lines.push('', '</details>');
  return lines.join('\n');
}

/** Entry point for scripts/bench.ts. `syntheticOutDir`: a build with synthetic entries, served here on another port. */
export async function bench({ baseUrl, browser, outDir, syntheticOutDir, syntheticPort = 4382 }: { baseUrl: string; browser: Browser; outDir: string; syntheticOutDir?: string | undefined; syntheticPort?: number }) {
  const builds = [await measureSearch({ baseUrl, browser, outDir, label: 'real entries' })];
  if (syntheticOutDir && existsSync(join(syntheticOutDir, 'index.html'))) {
    const server = await serveFolder(syntheticOutDir, syntheticPort);
    try {
      builds.push(await measureSearch({ baseUrl: server.baseUrl, browser, outDir: syntheticOutDir, label: 'synthetic' }));
    } finally {
      server.stop();
    }
  }
  return { title: 'Search (Pagefind) and a naive comparison', markdown: toMarkdown(builds), json: { queries, finderDebounceMs, builds } };
}

if (isMainScript(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env.ASTRO_OUT_DIR ?? 'dist' }, port: { type: 'string', default: '4383' }, 'synthetic-dir': { type: 'string' }, 'synthetic-port': { type: 'string', default: '4384' } } });
  const server = await serveFolder(values.dir, Number(values.port));
  const browser = await launchChromium();
  try {
    const result = await bench({ baseUrl: server.baseUrl, browser, outDir: values.dir, syntheticOutDir: values['synthetic-dir'], syntheticPort: Number(values['synthetic-port']) });
    console.log(`## ${result.title}\n\n${result.markdown}`);
  } finally {
    await browser.close();
    server.stop();
  }
}
