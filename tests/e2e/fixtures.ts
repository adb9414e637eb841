/**
 * Shared Playwright fixture: every test fails if the page requests anything outside the site's own
 * origin, writes a cookie or storage entry, or reports a Content-Security-Policy violation.
 * `externalAllowed` lets one test (quick exit) follow a deliberate navigation away, which is
 * answered locally, never sent.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

interface Guard {
  external: string[];
  cspViolations: string[];
}

export const test = base.extend<{ externalAllowed: string[]; guard: Guard }>({
  externalAllowed: [[], { option: true }],
  guard: [
    async ({ page, baseURL, externalAllowed }, use) => {
      const origin = new URL(baseURL!).origin;
      const guard: Guard = { external: [], cspViolations: [] };
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
        if (externalAllowed.some((allowed) => url.startsWith(allowed))) {
          return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' });
        }
        guard.external.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) guard.cspViolations.push(message.text());
      });
      await use(guard);
      // One round-trip to the page: CDP delivers in order, so console messages (CSP reports) sent before it are in.
      await page.evaluate(() => 0).catch(() => undefined);
      expect(guard.external, 'requests to other origins').toEqual([]);
      expect(guard.cspViolations, 'CSP violations').toEqual([]);
      const cookies = await page.context().cookies();
      expect(cookies, 'cookies').toEqual([]);
    },
    { auto: true },
  ],
});

/** No storage written by the site on the current page. */
export async function expectNoStorage(page: Page) {
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(stored).toEqual({ local: 0, session: 0 });
}

/** axe with the WCAG 2.0/2.1/2.2 A and AA rules; returns violations of the given impacts. */
export async function axeViolations(page: Page, impacts: readonly string[] = ['minor', 'moderate', 'serious', 'critical']) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => impacts.includes(v.impact ?? ''))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

export { expect };
