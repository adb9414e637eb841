/**
 * The search benchmark's network count (scripts/bench-search.ts): what each request of a page loads and
 * how many bytes it brings, its Pagefind worker's requests included.
 */
import type { Page, Request } from '@playwright/test';

/** What a Pagefind request loads, from its URL: the finder's cost per query is mostly fragments. */
export function pagefindPart(url: string): 'fragment' | 'index' | 'filter' | 'other' | undefined {
  const path = new URL(url).pathname;
  if (!path.startsWith('/pagefind/')) return undefined;
  if (path.startsWith('/pagefind/fragment/')) return 'fragment';
  if (path.startsWith('/pagefind/index/')) return 'index';
  if (path.startsWith('/pagefind/filter/')) return 'filter';
  return 'other';
}

export interface Network {
  /** Bytes (encoded, as on the wire incl. headers) of requests sent after `mark()`, by resource type. */
  bytesSinceMark: () => {
    total: number;
    body: number;
    byType: Record<string, number>;
    requests: number;
    fragments: number;
    encodings: string[];
  };
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
export function trackNetwork(page: Page): Network {
  const requests = new Map<
    Request,
    { type: string; url: string; afterMark: boolean; bytes?: number; body?: number; encoding?: string; done: boolean }
  >();
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
      if (r)
        Object.assign(r, {
          bytes: Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize),
          body: Math.max(0, sizes.responseBodySize),
          encoding: response?.headers()['content-encoding'],
        });
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
