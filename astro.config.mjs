// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { buildStamp } from './src/integrations/build-stamp.ts';
import { buildTimings } from './src/integrations/build-timings.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { editorsDesk } from './src/integrations/editors-desk.ts';
import { intentDirective } from './src/integrations/intent-directive.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { placeQueryRulesFiles } from './src/integrations/place-query-rules.ts';
import { precompress } from './src/integrations/precompress.ts';
import { securityHeadersFiles } from './src/integrations/security-headers.ts';
import { siteAddressCheck } from './src/integrations/site-address-warning.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { uiStringTypes } from './src/integrations/ui-string-types.ts';
import { cspHashOf, handWrittenInlineScripts } from './src/lib/inline-scripts.ts';
import { siteConfig } from './src/site.config.ts';

// Static site: every page is HTML at build time; React islands only where interaction needs it.

export default defineConfig({
  site: siteConfig.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  // Separate output and cache folders let several builds run side by side (e.g. parallel work, benchmarks).
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // `astro build` gives the whole site: the post-build steps are integrations whose `astro:build:done`
  // hooks run in this order (each logs its duration). Precompression comes after the steps that write
  // files (it compresses what they wrote); buildStamp is last (it marks the build finished). A new
  // build-end step goes before precompress(), on its own line.
  integrations: [
    buildTimings(),
    contentValidation(),
    intentDirective(),
    uiStringTypes(),
    react(),
    pagefindIndex(),
    // Before the headers: they add the editor's own policy for /admin/.
    editorsDesk(),
    securityHeadersFiles(),
    placeQueryRulesFiles(),
    sitemap(),
    precompress(),
    siteAddressCheck(),
    buildStamp(),
  ],
  build: { format: 'directory', inlineStylesheets: 'always' },
  prefetch: false,
  // No syntax highlighting: Shiki writes inline styles that a strict CSP would have to allow.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  security: {
    // Astro hashes its own inline scripts and styles into a <meta> CSP; no 'unsafe-inline'.
    // Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    csp: {
      directives: [
        "default-src 'self'",
        // A map tile server is allowed only when an operator sets MAP_TILE_URL at build (off by default).
        `img-src 'self' data:${siteConfig.mapTileUrl ? ` ${(/^https:\/\/[^/]+/.exec(siteConfig.mapTileUrl)?.[0] ?? '').replace('{s}', '*')}` : ''}`,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
      // The layout's hand-written inline scripts (src/lib/inline-scripts.ts): hashed from the same text the page inlines.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: handWrittenInlineScripts.map(cspHashOf) },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
