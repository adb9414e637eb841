/**
 * Keyboard-only journeys (issue #7): reach the search, apply a facet, open an entry, use quick exit,
 * and pick a municipality on the map, without a mouse, with a visible focus indicator at each stop.
 */
import { test, expect } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

/** Press Tab until `target` has focus (at most `max` presses), then check the focus is visible. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await expectVisibleFocus(target);
}

async function expectVisibleFocus(target: Locator): Promise<void> {
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      outline: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      shadow: s.boxShadow,
      focusVisible: el.matches(':focus-visible'),
    };
  });
  expect(style.focusVisible, 'focus comes from the keyboard').toBe(true);
  expect(
    (style.outline !== 'none' && style.width >= 2) || style.shadow !== 'none',
    `visible focus indicator: ${JSON.stringify(style)}`,
  ).toBe(true);
}

test.describe('keyboard journey', () => {
  test.use({ externalAllowed: ['https://www.meteo.be/'] });

  test('search, apply a facet, open an entry and leave with quick exit, without a mouse', async ({ page }) => {
    await page.goto('/en/initiatives/');
    const search = page.getByRole('searchbox', { name: 'Search by word, place or organisation' });
    await tabTo(page, search);
    await page.keyboard.type('parents');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results$/);
    const before = Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')![1]);

    // The filter panel's disclosure, by its text (a <summary> has no role to find it by); open, its facet groups show.
    const summary = page.getByText('Filters', { exact: true });
    const levels = page.getByRole('group', { name: 'Prevention level', includeHidden: true });
    await expect(levels).toBeHidden();
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    await expect(levels).toBeVisible();
    const tertiary = levels.getByRole('checkbox', { name: /^Tertiary prevention \(/ });
    await tabTo(page, tertiary);
    await page.keyboard.press('Space');
    await expect(tertiary).toBeChecked();
    await expect(page).toHaveURL(/level=tertiary/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results?$/);
    const after = Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')![1]);
    expect(after).toBeLessThan(before);

    const firstResult = page
      .getByRole('list', { name: 'Search results' })
      .getByRole('article')
      .first()
      .getByRole('heading')
      .getByRole('link');
    const name = (await firstResult.textContent())!;
    await tabTo(page, firstResult, 200);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

    const exit = page.getByRole('link', { name: 'Quick exit' });
    await page.keyboard.press('Tab'); // first stop: skip link; quick exit follows in the header
    await tabTo(page, exit, 10);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('https://www.meteo.be/en');
  });

  test('pick a municipality on the map with the keyboard and reach its help', async ({ page }) => {
    await page.goto('/en/map/');
    const start = page.getByRole('button', { name: 'Open the interactive map' });
    await tabTo(page, start);
    await page.keyboard.press('Enter');
    // The interactive map replaces the picture and takes the focus to its municipality search.
    const search = page.getByRole('searchbox', { name: 'Find a municipality' });
    await expect(search).toBeFocused();
    await expectVisibleFocus(search);
    await page.keyboard.type('Vilvoorde');
    const suggestion = page.getByRole('button', { name: /^Vilvoorde/ }).first();
    await tabTo(page, suggestion, 10);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Vilvoorde' });
    await expect(panel).toBeVisible();
    const link = panel.getByRole('link').first();
    await tabTo(page, link, 20);
    const href = await link.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });
});
