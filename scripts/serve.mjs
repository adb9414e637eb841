/**
 * Serve the built site (dist/) on localhost and print its URL. Used by `npm start`, by the
 * end-to-end tests and by the benchmark. sirv sets correct types (incl. application/wasm for
 * Pagefind) and serves the precompressed files if present.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: process.env.ASTRO_OUT_DIR ?? 'dist' } } });
if (!existsSync(values.dir)) {
  console.error(`No built site in ${values.dir}/. Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const assets = sirv(values.dir, { dev: false, etag: true, gzip: true, brotli: true, extensions: ['html'] });
const server = createServer((req, res) => {
  // The same security headers a production host should send (see public/_headers).
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), interest-cohort=()');
  assets(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<!doctype html><html lang="en"><title>Not found</title><p>Page not found. <a href="/">Home</a></p></html>');
  });
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Family Support Atlas is served at http://localhost:${values.port}/`);
});
