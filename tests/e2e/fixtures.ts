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
    async ({ page, baseURL, externalAllowed, javaScriptEnabled }, use) => {
      const origin = new URL(baseURL!).origin;
      const guard: Guard = { external: [], cspViolations: [] };
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin)
          return route.continue();
        if (externalAllowed.some((allowed) => url.startsWith(allowed))) {
          return route.fulfill({
            status: 200,
            contentType: 'text/html',
            body: '<!doctype html><title>Weather</title><p>Weather</p>',
          });
        }
        guard.external.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
          guard.cspViolations.push(message.text());
      });
      // The page's own securitypolicyviolation events too: console reports can arrive after teardown starts.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await use(guard);
      // Let queued violation events and console messages land (one macrotask in the page, then a CDP round-trip).
      // (Without JavaScript no timer runs in the page, and no script can trip the CSP either.)
      const reported = !javaScriptEnabled
        ? []
        : await page
            .evaluate(
              () =>
                new Promise<string[]>((resolve) =>
                  setTimeout(
                    () => resolve((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
                    0,
                  ),
                ),
            )
            .catch(() => [] as string[]);
      guard.cspViolations.push(...reported.filter((r) => !guard.cspViolations.includes(r)));
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

/**
 * One axe run over the page (WCAG 2.0/2.1/2.2 A and AA, and best practices when asked). axe walks every node:
 * the map page's 907-row table took over 30 s on a loaded 2-core machine, so each run adds two minutes to the
 * test's limit rather than letting a busy machine fail an accessible page.
 */
export async function axeResults(page: Page, { bestPractice = false } = {}) {
  test.info().setTimeout(test.info().timeout + 120_000);
  return new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', ...(bestPractice ? ['best-practice'] : [])])
    .analyze();
}

/** axe with the WCAG 2.0/2.1/2.2 A and AA rules; returns violations of the given impacts. */
export async function axeViolations(
  page: Page,
  impacts: readonly string[] = ['minor', 'moderate', 'serious', 'critical'],
) {
  const results = await axeResults(page);
  return results.violations
    .filter((v) => impacts.includes(v.impact ?? ''))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

export { expect };
