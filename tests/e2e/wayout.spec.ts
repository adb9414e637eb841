/**
 * No dead ends and state that travels (issue 15): the not-found pages, the language switch that keeps
 * the query and the municipality, the copy-link control, and tel: links that work on a foreign SIM.
 */
import { test, expect, axeViolations } from './fixtures.ts';

const notFound = [
  {
    lang: 'nl',
    path: '/nl/dit-adres-bestaat-niet/',
    title: 'Deze pagina bestaat niet',
    exit: 'Snel weg',
    field: 'Je gemeente of postcode',
    az: '/nl/gemeenten/',
  },
  {
    lang: 'fr',
    path: '/fr/initiative/cette-adresse-n-existe-pas/',
    title: 'Cette page n’existe pas',
    exit: 'Quitter vite',
    field: 'Votre commune ou code postal',
    az: '/fr/communes/',
  },
  {
    lang: 'en',
    path: '/en/old/address',
    title: 'This page does not exist',
    exit: 'Quick exit',
    field: 'Your municipality or postcode',
    az: '/en/municipalities/',
  },
] as const;

test.describe('a wrong address is not a dead end', () => {
  for (const page404 of notFound) {
    test(`${page404.lang}: status 404, in ${page404.lang}, with quick exit, 112, a place field and a way on`, async ({
      page,
    }) => {
      const response = await page.goto(page404.path);
      expect(response?.status()).toBe(404);
      // The document's language is an attribute of <html>, which has no role.
      await expect(page.locator('html')).toHaveAttribute('lang', page404.lang);
      await expect(page.getByRole('heading', { level: 1, name: page404.title })).toBeVisible();
      await expect(page.getByRole('link', { name: page404.exit, exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: '112' }).first()).toHaveAttribute('href', 'tel:112');
      await expect(page.getByRole('link', { name: /A (tot|à|to) Z/ })).toHaveAttribute('href', page404.az);
      // The place field is a plain form to the A–Z list: it works before (or without) any script, the
      // host's rule (here scripts/serve.mjs) taking "Gent" on to its page.
      await page.getByRole('searchbox', { name: page404.field }).fill('Gent');
      await page.getByRole('searchbox', { name: page404.field }).press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${page404.lang}/(gemeente|commune|municipality)/(gent|gand)/$`));
    });
  }

  test('outside the three languages: status 404 and the page offers all three', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    for (const { lang, title, field } of notFound) {
      const section = page.getByRole('region', { name: title });
      await expect(section).toHaveAttribute('lang', lang);
      await expect(section.getByRole('heading', { level: 2, name: title })).toBeVisible();
      await expect(section.getByRole('searchbox', { name: field })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: /Snel weg · Quitter vite · Quick exit/ })).toBeVisible();
    await expect(page.getByRole('link', { name: '112' }).first()).toHaveAttribute('href', 'tel:112');
  });

  for (const path of ['/', '/no-such-page/']) {
    test(`trilingual root ${path}: axe finds no WCAG A/AA violation`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the root page has the quick exit and the emergency numbers', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('link', { name: /Quick exit/ })).toBeVisible();
    await expect(page.getByRole('link', { name: '112' }).first()).toHaveAttribute('href', 'tel:112');
  });
});

test.describe('the language switch keeps what was set up', () => {
  test('the finder keeps its filters in the other language', async ({ page }) => {
    await page.goto('/nl/initiatieven/?level=tertiary');
    await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/initiatives\/\?(.*&)?level=tertiary/);
    // The document's language is an attribute of <html>, which has no role.
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('the map keeps its selected municipality', async ({ page }) => {
    await page.goto('/en/map/?m=GM0363');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
    await expect(page).toHaveURL(/\/nl\/kaart\/\?(.*&)?m=GM0363/);
  });

  test('a municipality page goes to the same municipality, with its filters', async ({ page }) => {
    await page.goto('/nl/gemeente/antwerpen/?level=tertiary');
    await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/commune\/anvers\/\?(.*&)?level=tertiary/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Anvers');
  });
});

test.describe('copy link', () => {
  test('copies the address with its query and says so to screen readers', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    // Headless Chromium on Linux has no share sheet; where one exists the same button opens it instead.
    await page.goto('/en/initiatives/?level=tertiary');
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    test.skip(hasShare, 'this browser shares instead of copying');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const announcement = page.getByText('The link to this page has been copied.');
    await expect(announcement).toBeVisible();
    await expect(announcement).toHaveAttribute('aria-live', 'polite');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(page.url()).toContain('level=tertiary');
  });

  test('is on the map and the municipality pages, and hidden without JavaScript', async ({ page, browser }) => {
    for (const path of ['/nl/kaart/', '/fr/commune/anvers/']) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: /Link kopiëren|Copier le lien/ })).toBeVisible();
    }
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(new URL('/en/map/', page.url()).href);
    await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(plain.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await noJs.close();
  });
});

test.describe('phone numbers work on a foreign SIM', () => {
  test('every tel: link on every entry page with a phone is international or a short number', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const { initiatives } = (await (await request.get('/data/initiatives.json')).json()) as {
      initiatives: { id: string; contact: { phones: unknown[] } }[];
    };
    const withPhones = initiatives.filter((entry) => entry.contact.phones.length > 0);
    expect(withPhones.length, 'entries with a phone').toBeGreaterThan(5);
    for (const { id } of withPhones) {
      await page.goto(`/en/initiative/${id}/`);
      const hrefs = (
        await page.getByRole('link').evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''))
      ).filter((h) => h.startsWith('tel:'));
      // The emergency numbers (3) and at least one number of the entry itself.
      expect(hrefs.length, id).toBeGreaterThan(3);
      for (const href of hrefs) expect(href, id).toMatch(/^tel:(\+3[12]\d{6,12}|1\d{2,5})$/);
    }
    // The national form stays the visible text.
    await page.goto('/en/initiative/landelijk-steunpunt-extremisme/');
    await expect(page.getByRole('link', { name: '088 20 80 080' }).first()).toHaveAttribute('href', 'tel:+31882080080');
  });
});
