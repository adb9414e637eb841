import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// E2E_PORT, or a port the system says is free. Chosen once: the config is evaluated again in each
// worker, which inherits the variable set here.
process.env.E2E_PORT ??= execFileSync(
  process.execPath,
  [
    '-e',
    "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); })",
  ],
  { encoding: 'utf8' },
);
const port = Number(process.env.E2E_PORT);
const results = process.env.E2E_RESULTS ?? 'test-results';

// End-to-end tests run against the production build (dist/), served as a static site, in Debian's Chromium.
// The web server builds first when dist/ is missing or older than the sources (scripts/e2e-server.mjs).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two cores on these machines; locally Playwright picks its own default.
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  // Limits for a busy machine (two cores shared with other builds): a test waits on state (locators,
  // expect.poll), never on time, so a generous limit costs nothing when the machine is idle and keeps a
  // slow moment from failing a test. axe runs add their own time (fixtures.ts axeViolations).
  timeout: 90_000,
  expect: { timeout: 20_000 },
  outputDir: `${results}/artifacts`,
  reporter: [['list'], ['json', { outputFile: `${results}/e2e.json` }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      ...(chromiumPath() ? { executablePath: chromiumPath()! } : {}),
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `node scripts/e2e-server.mjs --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    // Room for a build on a fresh clone (about a minute alone, several when the machine is shared).
    timeout: 15 * 60_000,
    stdout: 'pipe',
  },
});
