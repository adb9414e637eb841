/**
 * Bytes a page makes the browser load, by kind (html, css, js, json, wasm, other), raw and gzip-
 * compressed, measured in Chromium on a served build. Shared by the budget test and the benchmark.
 */
import { gzipSync } from 'node:zlib';

function kindOf(url, contentType = '') {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  if (contentType.includes('wasm') || url.endsWith('.wasm')) return 'wasm';
  if (contentType.includes('json') || url.endsWith('.json')) return 'json';
  if (contentType.startsWith('image/') || /\.(svg|png|jpe?g|webp|avif|ico)(\?|$)/.test(url)) return 'image';
  return 'other';
}

/** Load `url` in a Playwright page and sum the bytes of every response until the network is idle. */
export async function measurePage(page, url, { afterLoad } = {}) {
  /** @type {{ url: string; kind: string; raw: number; gzip: number }[]} */
  const responses = [];
  const onResponse = async (response) => {
    try {
      const body = await response.body();
      responses.push({
        url: response.url(),
        kind: kindOf(response.url(), response.headers()['content-type']),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      });
    } catch {
      /* redirects and aborted requests have no body */
    }
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  if (afterLoad) await afterLoad(page);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  /** @type {Record<string, { raw: number; gzip: number; files: number }>} */
  const totals = {};
  for (const r of responses) {
    totals[r.kind] ??= { raw: 0, gzip: 0, files: 0 };
    totals[r.kind].raw += r.raw;
    totals[r.kind].gzip += r.gzip;
    totals[r.kind].files += 1;
  }
  return { url, totals, files: responses.map((r) => ({ url: r.url, kind: r.kind, gzip: r.gzip })) };
}
