/**
 * The link check against a local HTTP server the test starts on 127.0.0.1 (never the internet): a page that
 * is there, a 404, a redirect to another domain (localhost), one that never answers, a refused connection,
 * a server that refuses HEAD, and one that fails once. The report files and what they send to the re-check
 * queue are read back.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLink } from '../../scripts/link-check.ts';
import { runLinkCheck } from '../../scripts/check-links.ts';
import { isLinkReport, linksToRecheck, type LinkedEntry } from '../../src/lib/links/link-report.ts';
import { latestLinkReport } from '../../src/loaders/link-reports.ts';

let server: Server;
let base: string;
let refusedBase: string;
const requests: { method: string; path: string; userAgent: string | undefined }[] = [];
let flaky = 0;
const hanging: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', userAgent: req.headers['user-agent'] });
    const port = (server.address() as AddressInfo).port;
    switch (req.url) {
      case '/ok':
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>here</p>');
      case '/missing':
        return res.writeHead(404).end('gone');
      case '/moved-away':
        // Another host name for the same machine: to the checker, another domain.
        return res.writeHead(301, { location: `http://localhost:${port}/ok` }).end();
      case '/moved-here':
        return res.writeHead(302, { location: '/ok' }).end();
      case '/no-head':
        if (req.method === 'HEAD') return res.writeHead(405).end();
        return res.writeHead(200).end('fine with GET');
      case '/flaky':
        flaky++;
        return flaky <= 2 ? res.writeHead(503).end() : res.writeHead(200).end('back');
      case '/slow':
        hanging.push(req); // never answered
        return;
      default:
        return res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free and is closed again: connecting to it is refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  refusedBase = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(async () => {
  for (const req of hanging) req.socket.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const options = {
  userAgent: 'FamilySupportAtlas-LinkCheck/1.0 (+https://atlas.example; corrections@atlas.example)',
  timeoutMs: 1500,
  retryDelayMs: 10,
};

describe('checking one address', () => {
  test('a page that is there is fine, and the request names the project', async () => {
    expect(await checkLink(`${base}/ok`, options)).toEqual({ kind: 'fine', status: 200, finalUrl: `${base}/ok` });
    expect(requests.find((r) => r.path === '/ok')?.userAgent).toBe(options.userAgent);
  });

  test('a 404 is dead; it is asked with HEAD, then GET, and not retried', async () => {
    const before = requests.filter((r) => r.path === '/missing').length;
    expect(await checkLink(`${base}/missing`, options)).toMatchObject({
      kind: 'dead',
      reason: 'http',
      status: 404,
      detail: 'HTTP 404 Not Found',
    });
    expect(
      requests
        .filter((r) => r.path === '/missing')
        .slice(before)
        .map((r) => r.method),
    ).toEqual(['HEAD', 'GET']);
  });

  test('a redirect to another domain is reported with where it leads; one on the same site is fine', async () => {
    const port = new URL(base).port;
    expect(await checkLink(`${base}/moved-away`, options)).toMatchObject({
      kind: 'moved',
      reason: 'off-domain',
      finalUrl: `http://localhost:${port}/ok`,
    });
    expect(await checkLink(`${base}/moved-here`, options)).toEqual({
      kind: 'fine',
      status: 200,
      finalUrl: `${base}/ok`,
    });
  });

  test('HEAD refused (405), GET answers: fine', async () => {
    expect(await checkLink(`${base}/no-head`, options)).toMatchObject({ kind: 'fine', status: 200 });
    expect(requests.filter((r) => r.path === '/no-head').map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  test('a page that never answers times out, after one retry', async () => {
    const before = requests.filter((r) => r.path === '/slow').length;
    // A short limit here: only this address is asked, and it never answers.
    expect(await checkLink(`${base}/slow`, { ...options, timeoutMs: 300 })).toMatchObject({
      kind: 'dead',
      reason: 'timeout',
    });
    // HEAD and GET, twice.
    expect(requests.filter((r) => r.path === '/slow').length - before).toBe(4);
  });

  test('a refused connection is dead', async () => {
    expect(await checkLink(`${refusedBase}/anything`, options)).toMatchObject({ kind: 'dead', reason: 'refused' });
  });

  test('a server error that passes is retried once and then fine', async () => {
    expect(await checkLink(`${base}/flaky`, options)).toMatchObject({ kind: 'fine', status: 200 });
  });
});

describe('the report', () => {
  test('is written as JSON and Markdown for the day, and sends the entries with dead or moved links to the re-check queue', async () => {
    const out = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      const entries: LinkedEntry[] = [
        {
          id: 'alive',
          organization: {},
          contact: { website: { url: `${base}/ok`, source: `${base}/no-head` }, phones: [] },
          sources: [{ url: `${base}/ok` }],
        },
        {
          id: 'gone',
          organization: {},
          contact: { phones: [] },
          sources: [{ url: `${base}/ok` }, { url: `${base}/missing` }],
        },
        {
          id: 'moved',
          organization: {},
          contact: { website: { url: `${base}/moved-away`, source: 'seed 002' }, phones: [] },
          sources: [{ url: `${refusedBase}/x` }],
        },
      ];
      const { report, files } = await runLinkCheck({
        entries,
        outDir: out,
        today: '2026-12-06',
        timeoutMs: 1500,
        retryDelayMs: 10,
        userAgent: options.userAgent,
      });
      expect(files.map((file) => file.slice(out.length + 1))).toEqual(['links-2026-12-06.json', 'links-2026-12-06.md']);
      expect(report.checked).toBe(5);
      expect(report.fine).toBe(2);

      const read = latestLinkReport(out);
      expect(isLinkReport(read)).toBe(true);
      const queue = linksToRecheck(read!);
      expect(queue.map((item) => item.id)).toEqual(['moved', 'gone']);
      expect(queue[0]!.links.map((link) => [link.field, link.kind, link.reason])).toEqual([
        ['contact.website.url', 'moved', 'off-domain'],
        ['sources.0.url', 'dead', 'refused'],
      ]);
      expect(queue[1]!.summary).toBe('sources.1.url dead (HTTP 404 Not Found)');

      const markdown = readFileSync(files[1]!, 'utf8');
      expect(markdown).toContain(
        '5 addresses checked: 2 fine, 2 dead, 1 moved to another domain. 2 entries join the re-check queue',
      );
      expect(markdown).toContain(`| gone | sources.1.url | ${base}/missing | HTTP 404 Not Found |`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
