/**
 * The search benchmark's runs (scripts/bench-search.ts): the fixed queries, and one measured query on a
 * fresh index page, through Pagefind (the site's finder) or through the naive filter of the open-data export.
 */
import type { Browser } from '@playwright/test';
import { trackNetwork } from './bench-search-network.ts';
import { perLanguage, uiLanguages, type UiLanguage } from '../src/schemas/languages.ts';
import { routes } from '../src/lib/routes.ts';

export type Lang = UiLanguage;

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

/** The naive search, as run in the page: every initiative whose name, organisation, summaries or body contain the query. */
export function naiveMatches(initiatives: readonly Record<string, unknown>[], query: string): number {
  const q = query.toLowerCase();
  let count = 0;
  for (const item of initiatives) {
    const summary = (item.summary ?? {}) as Record<string, string>;
    const organization = (item.organization ?? {}) as { name?: string };
    const text = [
      item.name,
      item.alternateName,
      organization.name,
      ...uiLanguages.map((lang) => summary[lang]),
      item.body,
    ]
      .filter((v) => typeof v === 'string')
      .join('\n')
      .toLowerCase();
    if (text.includes(q)) count++;
  }
  return count;
}

export interface Run {
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
  const loadMs = await page.evaluate(() =>
    Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd),
  );
  return { context, page, network, loadMs };
}

export async function pagefindRun(
  browser: Browser,
  baseUrl: string,
  lang: Lang,
  q: string,
): Promise<Run & { pageJs: number; pageHtml: number; loadMs: number; encodings: string[] }> {
  const { context, page, network, loadMs } = await freshIndexPage(browser, baseUrl, lang);
  const before = network.bytesAll();
  const pageJs = before.script ?? 0;
  const pageHtml = before.document ?? 0;
  // In the page: remember when the input event fires, and the first animation frame after a result card appears.
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { input?: number; card?: number } };
    w.__bench = {};
    document
      .querySelector('#finder-q')!
      .addEventListener('input', (e) => (w.__bench.input ??= e.timeStamp), { capture: true });
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
  let ms: number | null;
  try {
    await page.waitForFunction(
      () => (window as unknown as { __bench: { card?: number } }).__bench.card !== undefined,
      undefined,
      { timeout: 15_000 },
    );
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
  return {
    lang,
    q,
    ms,
    bytes: bytes.total,
    bodyBytes: bytes.body,
    requests: bytes.requests,
    fragments: bytes.fragments,
    hits,
    results,
    pageJs,
    pageHtml,
    loadMs,
    encodings: bytes.encodings,
  };
}

export async function naiveRun(browser: Browser, baseUrl: string, lang: Lang, q: string): Promise<Run> {
  const { context, page, network } = await freshIndexPage(browser, baseUrl, lang);
  network.mark();
  // Serialised into the page (so the language list goes in as an argument: the page has no imports); same-origin
  // fetch of the open-data export, then the same filter as naiveMatches.
  const result = await page.evaluate(
    async ({ query, languages }) => {
      const start = performance.now();
      const response = await fetch('/data/initiatives.json');
      const data = (await response.json()) as { initiatives: Record<string, unknown>[] };
      const needle = query.toLowerCase();
      const matches = data.initiatives.filter((item) => {
        const summary = (item.summary ?? {}) as Record<string, string>;
        const organization = (item.organization ?? {}) as { name?: string };
        return [item.name, item.alternateName, organization.name, ...languages.map((lang) => summary[lang]), item.body]
          .filter((v) => typeof v === 'string')
          .join('\n')
          .toLowerCase()
          .includes(needle);
      });
      return { ms: performance.now() - start, hits: matches.length };
    },
    { query: q, languages: [...uiLanguages] },
  );
  await network.idle();
  const bytes = network.bytesSinceMark();
  await context.close();
  return {
    lang,
    q,
    ms: Math.round(result.ms),
    bytes: bytes.total,
    bodyBytes: bytes.body,
    requests: bytes.requests,
    fragments: bytes.fragments,
    hits: result.hits,
  };
}
