/**
 * Serve the built site (dist/) on localhost and print its URL. Used by `npm start`, by the
 * end-to-end tests and by the benchmark. sirv sets correct types (incl. application/wasm for
 * Pagefind) and serves the precompressed files if present (a PRECOMPRESS=1 build); otherwise text files
 * are compressed on the fly with the build's settings (src/integrations/precompress.ts) and kept in
 * memory, so the browser gets the bytes a production host would send either way.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { COMPRESSIBLE, compressed, MIN_BYTES } from '../src/integrations/precompress.ts';
import { placeQueryKey } from '../src/lib/geo/place-queries.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: process.env.ASTRO_OUT_DIR ?? 'dist' },
  },
});
if (!existsSync(values.dir)) {
  console.error(
    `No built site in ${values.dir}/. Run "npm run build" first (or "npm start", which builds and serves).`,
  );
  process.exit(1);
}
// Send the headers a production host would send (dist/_headers, written by the build), so the
// end-to-end tests also exercise the header CSP, not only the <meta> one. Rules apply in file order to
// the paths they match (`/*`, `/admin/*`); `! Name` drops a header an earlier rule set, as on Cloudflare Pages.
const headersFile = join(values.dir, '_headers');
const headerRules = [];
if (existsSync(headersFile)) {
  for (const line of readFileSync(headersFile, 'utf8').split('\n')) {
    if (/^\//.test(line)) headerRules.push({ pattern: line.trim(), set: [], drop: [] });
    else if (/^\s+!\s*\S/.test(line)) headerRules.at(-1)?.drop.push(line.trim().slice(1).trim());
    else if (/^\s+\S+:/.test(line)) {
      const [name, ...rest] = line.trim().split(':');
      headerRules.at(-1)?.set.push([name, rest.join(':').trim()]);
    }
  }
}
/** The headers of one path: every matching rule in order. */
function headersFor(url = '/') {
  const path = url.split('?')[0];
  const headers = new Map();
  for (const rule of headerRules) {
    const matches = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
    if (!matches) continue;
    for (const name of rule.drop) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) headers.set(name.toLowerCase(), [name, value]);
  }
  return [...headers.values()];
}
const assets = sirv(values.dir, { dev: false, etag: true, gzip: true, brotli: true, extensions: ['html'] });
/**
 * A wrong or old address gets the site's own "not found" page, with status 404: the page of the
 * language in the path (/nl/… → nl/404/index.html), else the multilingual 404.html. The languages are
 * the build's own: a first path segment with a 404 page of its own (so a new language needs no edit
 * here). The same rule is written for hosts by the build (src/integrations/place-query-rules.ts).
 */
function notFoundPage(url = '/') {
  const first = /^\/([a-z]{2})(\/|$)/.exec(url)?.[1];
  const own = first ? join(values.dir, first, '404', 'index.html') : undefined;
  const file = own && existsSync(own) ? own : join(values.dir, '404.html');
  return existsSync(file)
    ? readFileSync(file)
    : '<!doctype html><html lang="en"><title>Not found</title><p>Page not found. <a href="/">Home</a></p></html>';
}
// The home page's place form without JavaScript (?q= on the A–Z list): the rules the build wrote
// (src/integrations/place-query-rules.ts), the same ones as for Netlify and nginx. The query is folded
// as the rules' keys are, so case and accents do not matter here.
const placeQueriesFile = join(values.dir, 'place-queries.json');
const placeQueries = existsSync(placeQueriesFile) ? JSON.parse(readFileSync(placeQueriesFile, 'utf8')) : {};
/** The page a place query goes to, if a rule knows it. */
function placeQueryTarget(url = '/') {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  const q = searchParams.get('q');
  return q === null ? undefined : placeQueries[pathname]?.[placeQueryKey(q)];
}

/** Compressed bodies by encoding, path and ETag (size and modification time: a rebuilt file is a new key). */
const compressedBodies = new Map();

/**
 * sirv, with a text file the client accepts compressed and for which no precompressed copy exists sent
 * compressed: sirv's answer is held back (status, headers, body), then sent compressed.
 */
function serveCompressed(req, res, next) {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  const path = (req.url ?? '/').split('?')[0];
  if (!encoding || req.headers.range || (req.method !== 'GET' && req.method !== 'HEAD')) return assets(req, res, next);
  const { writeHead, write, end } = res;
  res.writeHead = (status, headers) => {
    res.writeHead = writeHead;
    const type = String(headers?.['Content-Type'] ?? res.getHeader('content-type') ?? '');
    const length = Number(headers?.['Content-Length'] ?? 0);
    const textual = COMPRESSIBLE.test(path) || /^(text\/|application\/(json|javascript|xml)|image\/svg)/.test(type);
    // Only a whole file sirv sends as it is (not a 304, not a precompressed copy) is held back.
    if (
      status !== 200 ||
      !textual ||
      length < MIN_BYTES ||
      res.getHeader('content-encoding') ||
      headers?.['Content-Encoding']
    )
      return writeHead.call(res, status, headers);
    const chunks = [];
    res.write = (chunk) => {
      chunks.push(Buffer.from(chunk));
      return true;
    };
    res.end = (chunk) => {
      if (chunk) chunks.push(Buffer.from(chunk));
      res.write = write;
      res.end = end;
      const key = `${encoding} ${path} ${headers?.ETag ?? ''}`;
      let pending = compressedBodies.get(key);
      if (!pending) compressedBodies.set(key, (pending = compressed(Buffer.concat(chunks), encoding)));
      pending.then(
        (data) => {
          writeHead.call(res, status, {
            ...headers,
            'Content-Encoding': encoding,
            'Content-Length': data.length,
            Vary: 'Accept-Encoding',
          });
          end.call(res, req.method === 'HEAD' ? undefined : data);
        },
        (error) => {
          compressedBodies.delete(key);
          res.destroy(error);
        },
      );
      return res;
    };
    return res;
  };
  return assets(req, res, next);
}

const server = createServer((req, res) => {
  for (const [name, value] of headersFor(req.url)) res.setHeader(name, value);
  const target = placeQueryTarget(req.url);
  if (target) {
    res.writeHead(302, { Location: target, 'Cache-Control': 'no-store' });
    return res.end();
  }
  serveCompressed(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : notFoundPage(req.url));
  });
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Family Support Atlas is served at http://localhost:${values.port}/`);
});
