/**
 * Quality gates over every page type in every language: accessibility (axe, all impacts; reflow at
 * 320 px), privacy (no cookie or storage; the fixture also fails on other origins and CSP
 * violations), robustness without JavaScript, and Lighthouse's deterministic categories.
 */
import { test, expect, expectNoStorage, axeViolations } from './fixtures.ts';
import { everyPage, pageTypes } from './page-types.ts';
import { lighthouseScores } from '../../scripts/lighthouse.mjs';

for (const { type, lang, path } of everyPage) {
  test(`${type} (${lang}): axe finds no WCAG A/AA violation, nothing is stored`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoStorage(page);
  });
}

test.describe('reflow at 320 CSS px (= 1280 px at 400 %, covers 200 % zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const { type, path } of everyPage.filter((p) => p.lang === 'fr')) {
    test(`${type} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('home, index and entry are readable and linked', async ({ page }) => {
    await page.goto(pageTypes.home.nl);
    await page.getByRole('link', { name: 'Bekijk alle hulp' }).click();
    await expect(page).toHaveURL(/\/nl\/initiatieven\/$/);
    await page.getByRole('link', { name: 'Hoedsaam' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hoedsaam' })).toBeVisible();
    // The quick exit still works as a plain link.
    await expect(page.getByRole('link', { name: 'Snel weg' })).toHaveAttribute('href', /^https:\/\/www\.meteo\.be\//);
  });
});

test.describe('keyboard', () => {
  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto(pageTypes.index.en);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('quick exit is reachable with Tab and shows a visible focus', async ({ page }) => {
    await page.goto(pageTypes.home.en);
    const exit = page.getByRole('link', { name: 'Quick exit' });
    for (let i = 0; i < 5 && !(await exit.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(exit).toBeFocused();
    const outline = await exit.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test('Lighthouse: accessibility, best practices and SEO score 100 on home, index, entry and map', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const urls = [pageTypes.home.nl, pageTypes.index.fr, pageTypes.entry.en, pageTypes.map.nl].map(
    (p) => new URL(p, baseURL).href,
  );
  const scores = await lighthouseScores(urls, { categories: ['accessibility', 'best-practices', 'seo'] });
  for (const url of urls) {
    const { failedAudits, ...categories } = scores[url]!;
    expect({ url, ...categories, failedAudits }).toEqual({
      url,
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
      failedAudits: [],
    });
  }
});
