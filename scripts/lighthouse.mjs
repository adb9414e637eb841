/**
 * Lighthouse against a served build, in Debian's Chromium (no browser download). Used by the
 * quality-gate test (accessibility, best practices, SEO: deterministic) and by the benchmark
 * (performance: reported, not asserted).
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const flags = ['--headless=new', ...chromiumArgs];

/** Scores (0–100) per category for each URL: `desktop` is Lighthouse's desktop preset, `mobile` its default (mobile) settings. */
export async function lighthouseScores(
  urls,
  { categories = ['performance', 'accessibility', 'best-practices', 'seo'], formFactor = 'desktop' } = {},
) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath() ?? undefined, chromeFlags: flags });
  /** @type {Record<string, Record<string, number> & { failedAudits: string[] }>} */
  const results = {};
  try {
    for (const url of urls) {
      // Lighthouse's own desktop preset (desktop screen, scoring thresholds AND its desktop throttling:
      // 40 ms RTT, 10 Mbps, no CPU slowdown). Before, only the form factor and screen were set, so pages
      // were scored against desktop thresholds while simulated on mobile throttling (150 ms RTT, 4x CPU).
      const config = formFactor === 'desktop' ? desktopConfig : { extends: 'lighthouse:default' };
      const run = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
        config,
      );
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
