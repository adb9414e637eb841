/**
 * Map benchmark, against a built site. Called by `npm run bench` (scripts/bench.ts imports `bench`),
 * or on its own: `node scripts/bench-map.ts [--dir dist] [--port 4398]` (serves the folder itself).
 *
 * Reports:
 *   - geometry bytes over the wire: raw, gzip -9 and brotli -11 of /data/map/geometry.json (target <= 400 KB
 *     compressed for both countries), and of each language's map data file;
 *   - bytes of the map page by kind as loaded in Chromium (JavaScript, CSS, JSON, HTML, images), gzip,
 *     as opened (the static picture) and after "Open the interactive map" (React, Leaflet, geometry);
 *   - time to the first picture (navigation start -> the static coverage picture decoded), median of runs;
 *   - time from pressing "Open the interactive map" to the painted map (canvas drawn and the count
 *     announced), median of runs;
 *   - frame times while dragging the map (median and 95th percentile), as a smoothness check.
 * Timings are reported, never asserted: the machine is shared and noisy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { gzipBytes, isMainScript, kb, launchChromium, median, percentile, serveFolder } from './bench-helpers.ts';
import { measurePage } from './page-weight.mjs';
import { uiLanguages } from '../src/schemas/languages.ts';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function compressedSizes(body: Buffer | string): Sizes {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    raw: buffer.length,
    gzip: gzipBytes(buffer),
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const mapPath = '/nl/kaart/';
const geometryTarget = 400 * 1024;

export interface MapMeasurements {
  geometry: Sizes & { withinTarget: boolean; target: number };
  data: Record<string, Sizes>;
  page: Record<string, { raw: number; gzip: number; files: number }>;
  pageOpened: Record<string, { raw: number; gzip: number; files: number }>;
  firstPictureMs: number[];
  firstPictureMedianMs: number;
  firstMapMs: number[];
  firstMapMedianMs: number;
  dragFrameMs: { median: number; p95: number; frames: number };
}

/** Every measurement of the map, against a site served at `baseUrl` from the folder `outDir`. */
export async function measureMap({
  baseUrl,
  browser,
  outDir,
  runs = 5,
}: {
  baseUrl: string;
  browser: Browser;
  outDir: string;
  runs?: number;
}): Promise<MapMeasurements> {
  const geometry = compressedSizes(readFileSync(join(outDir, 'data', 'map', 'geometry.json')));
  const data = Object.fromEntries(
    uiLanguages.map((lang) => [lang, compressedSizes(readFileSync(join(outDir, 'data', 'map', `${lang}.json`)))]),
  );

  const weightPage = await browser.newPage();
  const weight = await measurePage(weightPage, new URL(mapPath, baseUrl).href);
  await weightPage.close();
  const openedPage = await browser.newPage();
  const opened = await measurePage(openedPage, new URL(mapPath, baseUrl).href, {
    afterLoad: async (p: import('@playwright/test').Page) => {
      await p.locator('[data-intent-start].button').click();
      await p.locator('.leaflet-overlay-pane canvas').waitFor({ timeout: 20_000 });
    },
  });
  await openedPage.close();

  const firstPictureMs: number[] = [];
  const firstMapMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL(mapPath, baseUrl).href);
    const picture = await page.waitForFunction(
      () => {
        const img = document.querySelector<HTMLImageElement>('.coverage-map-preview img');
        return img && img.complete && img.naturalWidth > 0 ? performance.now() : false;
      },
      undefined,
      { timeout: 20_000, polling: 'raf' },
    );
    firstPictureMs.push(Math.round((await picture.jsonValue()) as number));
    await page.waitForLoadState('networkidle');
    // Press the button from inside the page so the start time is the page's own clock.
    const pressedAt = await page.evaluate(() => {
      const at = performance.now();
      document.querySelector<HTMLButtonElement>('[data-intent-start].button')!.click();
      return at;
    });
    const ms = await page.waitForFunction(
      () => {
        const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
        const status = document.querySelector('.coverage-map__status')?.textContent ?? '';
        return canvas && canvas.width > 0 && status !== '' ? performance.now() : false;
      },
      undefined,
      { timeout: 20_000, polling: 'raf' },
    );
    firstMapMs.push(Math.round(((await ms.jsonValue()) as number) - pressedAt));
    await context.close();
  }

  // Drag the map for about a second and record the interval between animation frames.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(mapPath, baseUrl).href);
  await page.locator('[data-intent-start].button').click();
  const map = page.locator('.coverage-map__leaflet');
  await page.locator('.leaflet-overlay-pane canvas').waitFor();
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] };
    w.__frames = [];
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__frames.length < 400) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let step = 0; step < 60; step++)
    await page.mouse.move(cx + Math.sin(step / 6) * 200, cy + Math.cos(step / 6) * 120, { steps: 2 });
  await page.mouse.up();
  const frames = (await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames)).slice(1);
  await context.close();

  return {
    geometry: {
      ...geometry,
      withinTarget: Math.max(geometry.gzip, geometry.brotli) <= geometryTarget,
      target: geometryTarget,
    },
    data,
    page: weight.totals as MapMeasurements['page'],
    pageOpened: opened.totals as MapMeasurements['pageOpened'],
    firstPictureMs,
    firstPictureMedianMs: median(firstPictureMs),
    firstMapMs,
    firstMapMedianMs: median(firstMapMs),
    dragFrameMs: {
      median: Math.round(median(frames) * 10) / 10,
      p95: Math.round(percentile(frames, 0.95) * 10) / 10,
      frames: frames.length,
    },
  };
}

export function toMarkdown(m: MapMeasurements): string {
  const lines = [
    '| file | raw | gzip | brotli |',
    '| --- | --- | --- | --- |',
    `| geometry (BE + NL, 907 municipalities) | ${kb(m.geometry.raw)} | ${kb(m.geometry.gzip)} | ${kb(m.geometry.brotli)} |`,
    ...Object.entries(m.data).map(
      ([lang, s]) => `| map data (${lang}) | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`,
    ),
    '',
    `Geometry target: <= ${kb(m.geometry.target)} compressed: ${m.geometry.withinTarget ? 'met' : 'NOT met'}.`,
    '',
    `Map page (${mapPath}) as loaded in Chromium, gzip: ${Object.entries(m.page)
      .map(([kind, t]) => `${kind} ${kb(t.gzip)} (${t.files} files)`)
      .join(', ')}.`,
    '',
    `After "Open the interactive map", in total: ${Object.entries(m.pageOpened)
      .map(([kind, t]) => `${kind} ${kb(t.gzip)} (${t.files} files)`)
      .join(', ')}.`,
    '',
    `Time to the first picture (navigation start to the static coverage picture decoded), ${m.firstPictureMs.length} runs: median ${m.firstPictureMedianMs} ms (${m.firstPictureMs.join(', ')} ms).`,
    '',
    `Time from pressing "Open the interactive map" to the painted map (canvas drawn and counts announced), ${m.firstMapMs.length} runs: median ${m.firstMapMedianMs} ms (${m.firstMapMs.join(', ')} ms).`,
    '',
    `Frame interval while dragging the map (${m.dragFrameMs.frames} frames): median ${m.dragFrameMs.median} ms, 95th percentile ${m.dragFrameMs.p95} ms.`,
  ];
  return lines.join('\n');
}

/** Entry point for scripts/bench.ts. */
export async function bench({ baseUrl, browser, outDir }: { baseUrl: string; browser: Browser; outDir: string }) {
  const json = await measureMap({ baseUrl, browser, outDir });
  return { title: 'Map', markdown: toMarkdown(json), json };
}

if (isMainScript(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: process.env.ASTRO_OUT_DIR ?? 'dist' },
      port: { type: 'string', default: '4398' },
    },
  });
  const server = await serveFolder(values.dir, Number(values.port));
  const browser = await launchChromium();
  try {
    const result = await bench({ baseUrl: server.baseUrl, browser, outDir: values.dir });
    console.log(`## ${result.title}\n\n${result.markdown}`);
  } finally {
    await browser.close();
    server.stop();
  }
}
