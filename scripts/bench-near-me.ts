/**
 * Near-me benchmark (called by scripts/bench.ts): bytes the form needs before it can answer
 * (the near-me script + the place table, gzip), time from submit to the municipality page in
 * Chromium on localhost (median and max of 7), and the size of the municipality pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { folderStats, gzipBytes, kb } from './bench-helpers.ts';
import { measurePage } from './page-weight.mjs';

export async function bench({ baseUrl, browser, outDir }: { baseUrl: string; browser: Browser; outDir: string }) {
  const page = await browser.newPage();
  const weight = await measurePage(page, `${baseUrl}/nl/`, {
    afterLoad: async (p: import('@playwright/test').Page) => {
      await p.getByRole('button', { name: 'Gebruik mijn locatie' }).waitFor();
      await p.getByRole('combobox', { name: 'Postcode of gemeente' }).focus();
    },
  });
  const formJs = weight.files.filter((f) => f.kind === 'js').reduce((sum, f) => sum + f.gzip, 0);
  // The table is fetched on first use (focus or submit); its wire size is its gzip size.
  const table = gzipBytes(readFileSync(join(outDir, 'data', 'places.json')));
  const timings: number[] = [];
  for (let i = 0; i < 7; i++) {
    await page.goto(`${baseUrl}/nl/`);
    await page.getByRole('button', { name: 'Gebruik mijn locatie' }).waitFor();
    await page.getByRole('combobox', { name: 'Postcode of gemeente' }).fill(i % 2 ? '1800' : '1011 AB');
    const start = Date.now();
    await page.getByRole('button', { name: 'Toon hulp' }).click();
    await page.waitForURL(/\/nl\/gemeente\/[^/]+\/$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    timings.push(Date.now() - start);
  }
  await page.close();
  timings.sort((a, b) => a - b);
  const pages = folderStats(join(outDir, 'nl', 'gemeente'));
  const json = {
    formJavaScriptGzipBytes: formJs,
    placeTableGzipBytes: table,
    submitToResultsMs: { median: timings[3], max: timings[6], runs: timings.length },
    municipalityPagesNl: pages,
  };
  const markdown = [
    '| measure | value |',
    '| --- | --- |',
    `| JavaScript the form loads (gzip) | ${kb(formJs)} |`,
    `| postcode and name table, loaded on first use (gzip) | ${kb(table)} |`,
    `| submit to municipality page, median of 7 (max) | ${timings[3]} ms (${timings[6]} ms) |`,
    `| municipality pages, one language | ${pages.files} files, ${(pages.bytes / 1024 / 1024).toFixed(1)} MB |`,
  ].join('\n');
  return { title: 'Help near me', markdown, json };
}
