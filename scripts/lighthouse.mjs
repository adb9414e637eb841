/**
 * Lighthouse against a served build, in Debian's Chromium (no browser download). Used by the
 * quality-gate test (accessibility, best practices, SEO: deterministic) and by the benchmark
 * (performance: reported, not asserted).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './chromium.mjs';

const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Scores (0–100) per category for each URL. `formFactor` mobile uses Lighthouse's default throttling. */
export async function lighthouseScores(urls, { categories = ['performance', 'accessibility', 'best-practices', 'seo'], formFactor = 'desktop' } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath() ?? undefined, chromeFlags: flags });
  /** @type {Record<string, Record<string, number> & { failedAudits: string[] }>} */
  const results = {};
  try {
    for (const url of urls) {
      const config = formFactor === 'desktop'
        ? { extends: 'lighthouse:default', settings: { formFactor: 'desktop', screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'simulate' } }
        : { extends: 'lighthouse:default' };
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
      const lhr = run?.lhr;
      results[url] = Object.fromEntries(categories.map((c) => [c, Math.round((lhr?.categories[c]?.score ?? 0) * 100)]));
      results[url].failedAudits = Object.values(lhr?.audits ?? {})
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
