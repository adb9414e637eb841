import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4329);
const results = process.env.E2E_RESULTS ?? 'test-results';

// End-to-end tests run against the production build (dist/), served as a static site, in Debian's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two cores on these machines; locally Playwright picks its own default.
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  timeout: 30_000,
  outputDir: `${results}/artifacts`,
  reporter: [['list'], ['json', { outputFile: `${results}/e2e.json` }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      ...(chromiumPath() ? { executablePath: chromiumPath()! } : {}),
      // Chromium's background services would try to reach Google; this machine's network refuses them.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
