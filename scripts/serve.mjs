/**
 * Serve the built site (dist/) on localhost and print its URL. Used by `npm start`, by the
 * end-to-end tests and by the benchmark. sirv sets correct types (incl. application/wasm for
 * Pagefind) and serves the precompressed files if present.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: process.env.ASTRO_OUT_DIR ?? 'dist' } } });
if (!existsSync(values.dir)) {
  console.error(`No built site in ${values.dir}/. Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
// Send the headers a production host would send (dist/_headers, written by the build), so the
// end-to-end tests also exercise the header CSP, not only the <meta> one.
const headersFile = join(values.dir, '_headers');
const siteHeaders = existsSync(headersFile)
  ? readFileSync(headersFile, 'utf8').split('\n').filter((line) => /^\s+\S+:/.test(line)).map((line) => {
      const [name, ...rest] = line.trim().split(':');
      return [name, rest.join(':').trim()];
    })
  : [];
const assets = sirv(values.dir, { dev: false, etag: true, gzip: true, brotli: true, extensions: ['html'] });
/**
 * A wrong or old address gets the site's own "not found" page, with status 404: the page of the
 * language in the path (/nl/… → nl/404/index.html), else the trilingual 404.html. The same rule is
 * written for hosts in deploy/ and the README.
 */
function notFoundPage(url = '/') {
  const lang = /^\/(nl|fr|en)(\/|$)/.exec(url)?.[1];
  const file = lang ? join(values.dir, lang, '404', 'index.html') : join(values.dir, '404.html');
  return existsSync(file) ? readFileSync(file) : '<!doctype html><html lang="en"><title>Not found</title><p>Page not found. <a href="/">Home</a></p></html>';
}
const server = createServer((req, res) => {
  for (const [name, value] of siteHeaders) res.setHeader(name, value);
  assets(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : notFoundPage(req.url));
  });
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Family Support Atlas is served at http://localhost:${values.port}/`);
});
