/**
 * After the build: write .gz and .br copies of text files (HTML, JS, CSS, JSON, CSV, SVG, XML), so
 * the local server (sirv) and hosts that serve precompressed files send them compressed, as a
 * production host would. Benchmarks then measure what visitors really download.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const compressible = /\.(html|js|mjs|css|json|csv|svg|xml|txt)$/;
let files = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) walk(path);
    else if (compressible.test(name) && stat.size >= 1024) {
      const data = readFileSync(path);
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
      files++;
    }
  }
};
walk(outDir);
console.log(`precompress: ${files} files written as .gz and .br`);
