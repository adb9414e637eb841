/**
 * The end-to-end tests' web server (playwright.config.ts): builds the site when the build is missing
 * or older than its inputs, then serves it (scripts/serve.mjs) on --port.
 *
 * "Older" is judged from the stamp the last successful build wrote (src/integrations/build-stamp.ts):
 * a build is reused when it was made into the same folder and no input (src/, public/, the content
 * folder, astro.config.mjs, package-lock.json) was modified after it started. So `npm test`, which
 * builds first, does not build twice, and a fresh clone builds once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// Accepts --port here; serve.mjs, imported below, reads it from the same argv.
parseArgs({ options: { port: { type: 'string', default: process.env.E2E_PORT ?? '4329' } } });
const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
// Same default as astro.config.mjs's cacheDir.
const cacheDir = resolve(process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro');

function newestChange(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const path of paths) visit(path);
  return newest;
}

/** Why the build must be made again, or undefined when the existing one is current. */
function staleBecause() {
  const stampFile = join(cacheDir, 'last-build.json');
  if (!existsSync(join(outDir, 'index.html')) || !existsSync(stampFile)) return `no finished build in ${outDir}`;
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  if (stamp.outDir !== outDir) return `the last build went to ${stamp.outDir}`;
  const inputs = [
    'src',
    'public',
    'astro.config.mjs',
    'package-lock.json',
    ...(process.env.CONTENT_DIR ? [process.env.CONTENT_DIR] : []),
  ];
  if (newestChange(inputs) > stamp.startedAt) return 'sources changed since the last build';
  return undefined;
}

const reason = staleBecause();
if (reason) {
  console.log(`e2e: building the site (${reason})…`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('e2e: the build failed; see above.');
    process.exit(1);
  }
}
await import('./serve.mjs').catch((error) => {
  console.error(error);
  process.exit(1);
});
