/**
 * Small things people notice: the navigation on a phone, buttons that look like buttons, a filter toggle that
 * looks pressable, the map's keyboard order, one alphabetical order, and the family view of a municipality page.
 */
import { test, expect } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

const phone = { width: 390, height: 844 };

for (const path of ['/nl/', '/fr/initiatives/', '/en/map/']) {
  test(`on a 390×844 phone every item of the main navigation is on screen (${path})`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto(path);
    const links = page.getByRole('navigation', { name: /^(Hoofdmenu|Menu principal|Main)$/ }).getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      await expect(link).toBeInViewport({ ratio: 1 });
      const box = (await link.boundingBox())!;
      expect(box.x + box.width, (await link.textContent()) ?? '').toBeLessThanOrEqual(phone.width);
    }
  });
}

/** The computed look of a button, and of a bare <button> the browser styles itself in the same page. */
async function looks(button: Locator): Promise<{ own: Record<string, string>; browser: Record<string, string> }> {
  return button.evaluate((el) => {
    const pick = (style: CSSStyleDeclaration) => ({
      background: style.backgroundColor,
      border: style.borderTopStyle + ' ' + style.borderTopColor,
      radius: style.borderTopLeftRadius,
      minHeight: style.minHeight,
    });
    const bare = document.createElement('button');
    el.parentElement!.append(bare);
    const browser = pick(getComputedStyle(bare));
    bare.remove();
    return { own: pick(getComputedStyle(el)), browser };
  });
}

test("\"Copy link\" and the not-found page's button have the site's button style, not the browser's", async ({
  page,
}) => {
  await page.goto('/nl/initiatieven/');
  const copy = page.getByRole('button', { name: 'Link kopiëren' });
  await expect(copy).toBeVisible();
  const siteButton = await looks(page.getByRole('button', { name: 'Zoek', exact: true }));
  const copyLooks = await looks(copy);
  expect(copyLooks.own).not.toEqual(copyLooks.browser);
  expect(copyLooks.own.radius).toBe(siteButton.own.radius);
  expect(copyLooks.own.minHeight).toBe(siteButton.own.minHeight);

  await page.goto('/nl/dit-adres-bestaat-niet/');
  const submit = page.getByRole('main').getByRole('button');
  await expect(submit).toBeVisible();
  const submitLooks = await looks(submit);
  expect(submitLooks.own).not.toEqual(submitLooks.browser);
  expect(submitLooks.own.background).toBe(siteButton.own.background);
});

test("the finder's filter toggle looks pressable: link-coloured, with a chevron that turns when it opens", async ({
  page,
}) => {
  await page.goto('/en/initiatives/');
  const toggle = page.getByText(/^Filters\b/);
  await expect(toggle).toBeVisible();
  const look = () =>
    toggle.evaluate((el) => {
      const before = getComputedStyle(el, '::before');
      return {
        colour: getComputedStyle(el).color,
        text: getComputedStyle(document.body).color,
        cursor: getComputedStyle(el).cursor,
        chevron: before.content !== 'none' && parseFloat(before.width) > 0,
        turn: before.transform,
      };
    });
  const closed = await look();
  expect(closed.chevron).toBe(true);
  expect(closed.colour).not.toBe(closed.text);
  expect(closed.cursor).toBe('pointer');
  await toggle.click();
  await expect.poll(async () => (await look()).turn).not.toBe(closed.turn);
});

test("the map's controls are read by the keyboard one column at a time, never back to the left", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/map/');
  await page.getByRole('button', { name: 'Open the interactive map' }).click();
  const parent = page.getByRole('link', { name: 'I am a parent or relative' });
  await expect(parent).toBeVisible();
  await parent.focus();
  const boxes: { name: string; x: number; y: number }[] = [];
  // From the first control to the map itself, as a keyboard user goes.
  for (let i = 0; i < 15; i++) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      // The grid cell the control sits in: its column is where the eye reads it.
      let cell: HTMLElement = el;
      while (cell.parentElement && getComputedStyle(cell.parentElement).display !== 'grid') cell = cell.parentElement;
      const box = cell.getBoundingClientRect();
      return {
        name: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 30),
        x: box.x,
        y: box.y + scrollY,
        map: el.classList.contains('leaflet-container'),
      };
    });
    if (focused.map) break;
    boxes.push(focused);
    await page.keyboard.press('Tab');
  }
  expect(boxes.length).toBeGreaterThanOrEqual(5);
  for (let i = 1; i < boxes.length; i++) {
    const [a, b] = [boxes[i - 1]!, boxes[i]!];
    // In the same column, or on to the next one to the right: never back to a column on the left.
    expect(b.x, `${a.name} → ${b.name}`).toBeGreaterThanOrEqual(a.x);
  }
});

/** The names of the result cards, or of the listed cards, in the order shown. */
const names = (list: Locator) =>
  list.getByRole('article', { includeHidden: true }).getByRole('heading', { includeHidden: true }).allTextContents();

test('"Name (A–Z)" is one order: the list on load and the list after filtering put each name in the same place', async ({
  page,
}) => {
  await page.goto('/fr/initiatives/?region=BE-BRU&sort=name');
  await expect(page.getByRole('status')).toHaveText(/^\d+ résultats?$/);
  const results = page.getByRole('list', { name: 'Résultats de la recherche' });
  await expect(results.getByRole('article').first()).toBeVisible();
  const filtered = (await names(results)).map((n) => n.trim());
  const loaded = (await names(page.getByRole('list', { name: 'Toute l’aide', includeHidden: true }))).map((n) =>
    n.trim(),
  );
  const inBoth = filtered.filter((n) => loaded.includes(n));
  expect(inBoth.length).toBeGreaterThan(3);
  expect(inBoth).toEqual(loaded.filter((n) => inBoth.includes(n)));
  // A name in quotation marks or guillemets is sorted by its first letter, in both lists.
  const quoted = loaded.find((n) => /^[«“"]/.test(n));
  if (quoted) {
    const initial = (n: string) => n.replace(/^[«“"\s]+/, '')[0]!;
    const at = loaded.indexOf(quoted);
    if (at > 0)
      expect(
        initial(loaded[at - 1]!).localeCompare(initial(quoted), 'fr', { sensitivity: 'base' }),
      ).toBeLessThanOrEqual(0);
    if (at < loaded.length - 1)
      expect(
        initial(loaded[at + 1]!).localeCompare(initial(quoted), 'fr', { sensitivity: 'base' }),
      ).toBeGreaterThanOrEqual(0);
  }
});

async function sectionOrder(page: Page): Promise<string[]> {
  return page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
}

test('a municipality page for a family lists the help a family can contact, even unconfirmed, before help for professionals only', async ({
  page,
}) => {
  await page.goto('/nl/gemeente/antwerpen/');
  const family = await sectionOrder(page);
  const pro = family.indexOf('Voor professionals');
  expect(pro).toBeGreaterThan(-1);
  for (const section of ['Begin hier', 'Meer hulp voor gezinnen', 'Gestopt of niet bevestigd']) {
    if (family.includes(section)) expect(family.indexOf(section), section).toBeLessThan(pro);
  }
  // A worker's view still puts the professionals' section first.
  await page.goto('/nl/gemeente/antwerpen/?for=professional');
  await expect
    .poll(async () => (await sectionOrder(page)).indexOf('Voor professionals'))
    .toBeLessThan((await sectionOrder(page)).indexOf('Gestopt of niet bevestigd'));
});
