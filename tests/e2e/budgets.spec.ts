/**
 * Byte budgets, checked on every CI run (bytes are deterministic; timings live in `npm run bench`).
 * - entry pages ship no framework JavaScript (no island, no React);
 * - the home page ships no framework and at most 30 KB of JavaScript (10 KB gzip) before interaction;
 * - the index page ships at most 40 KB of compressed JavaScript before the first query;
 * - the map page ships no framework JavaScript until the user opens the interactive map;
 * - Leaflet loads only on the map page, and only then.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pageTypes } from './page-types.ts';
import { measurePage } from '../../scripts/page-weight.mjs';

async function javascriptBodies(page: Page, path: string): Promise<string[]> {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (/javascript/.test(response.headers()['content-type'] ?? '')) bodies.push(await response.text().catch(() => ''));
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  // Inline <script> elements: code, not content; no role or text stands for them.
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
  return [...bodies, ...inline];
}

test('an entry page ships no framework JavaScript', async ({ page }) => {
  const scripts = await javascriptBodies(page, pageTypes.entry.nl);
  // An <astro-island> is how a framework component ships: markup structure, not content.
  expect(await page.locator('astro-island').count()).toBe(0);
  expect(scripts.some((s) => /react|__SECRET_INTERNALS|createRoot/.test(s))).toBe(false);
  const weight = await measurePage(page, pageTypes.entry.nl);
  expect(weight.totals.js?.gzip ?? 0).toBeLessThanOrEqual(2_000);
});

test('the home page ships no framework and at most 30 KB of JavaScript (10 KB gzip) before interaction', async ({
  page,
}) => {
  const scripts = await javascriptBodies(page, pageTypes.home.nl);
  // An <astro-island> is how a framework component ships: markup structure, not content.
  expect(await page.locator('astro-island').count()).toBe(0);
  expect(scripts.some((s) => /__SECRET_INTERNALS|createRoot|react-dom/.test(s))).toBe(false);
  const weight = await measurePage(page, pageTypes.home.fr);
  expect(weight.totals.js?.raw ?? 0).toBeLessThanOrEqual(30 * 1024);
  expect(weight.totals.js?.gzip ?? 0).toBeLessThanOrEqual(10 * 1024);
});

test('the index page ships at most 40 KB of compressed JavaScript before the first query', async ({ page }) => {
  const weight = await measurePage(page, pageTypes.index.nl);
  expect(weight.totals.js?.gzip ?? 0).toBeLessThanOrEqual(40 * 1024);
});

for (const type of ['home', 'index', 'entry'] as const) {
  test(`Leaflet is not loaded on the ${type} page`, async ({ page }) => {
    const scripts = await javascriptBodies(page, pageTypes[type].en);
    expect(scripts.some((s) => s.includes('leaflet-container'))).toBe(false);
  });
}

test('the map page ships no framework JavaScript until the interactive map is opened, then Leaflet', async ({
  page,
}) => {
  const scripts = await javascriptBodies(page, pageTypes.map.en);
  expect(scripts.some((s) => /react|__SECRET_INTERNALS|createRoot|leaflet-container/.test(s))).toBe(false);
  const weight = await measurePage(page, pageTypes.map.en);
  expect(weight.totals.js?.gzip ?? 0).toBeLessThanOrEqual(3_000);
  await page.getByRole('button', { name: 'Open the interactive map' }).click();
  // Leaflet drew the map: its region and Leaflet's own zoom control.
  await expect(
    page.getByRole('region', { name: 'Map of the municipalities of Belgium and the Netherlands' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
});
