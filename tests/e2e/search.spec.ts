import { test, expect } from './fixtures.ts';

const results = (page: import('@playwright/test').Page) => page.locator('[data-finder-results] li');

test('a word found only in one entry body finds that entry, and the URL keeps the query', async ({ page }) => {
  await page.goto('/nl/initiatieven/');
  // "boksclubs" appears only in the body of the PiM (Mechelen) entry.
  await page.getByRole('searchbox', { name: 'Zoek op woord, plaats of organisatie' }).fill('boksclubs');
  await expect(results(page).first()).toContainText('PiM');
  await expect(page.getByRole('status').filter({ hasText: /resulta/ })).toBeVisible();
  await expect(page).toHaveURL(/\?q=boksclubs$/);
  await expect(results(page).first().locator('mark')).toContainText(/boksclubs/i);
});

test('a shared URL restores the results; Back restores the previous query', async ({ page }) => {
  await page.goto('/en/initiatives/?q=Vilvoorde');
  await expect(page.getByRole('searchbox')).toHaveValue('Vilvoorde');
  await expect(results(page).filter({ hasText: 'Project R' })).toHaveCount(1);
  const search = page.getByRole('searchbox');
  await search.fill('CAPREV');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\?q=CAPREV$/);
  await expect(results(page).first()).toContainText('CAPREV');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=Vilvoorde$/);
  await expect(search).toHaveValue('Vilvoorde');
  await expect(results(page).filter({ hasText: 'Project R' })).toHaveCount(1);
});

test('no result says so and offers next steps; an odd 1,000-character query does not break the page', async ({ page }) => {
  await page.goto('/fr/initiatives/');
  const search = page.getByRole('searchbox');
  await search.fill('xylofoonkwartet');
  await expect(page.getByRole('status')).toHaveText('Aucun résultat');
  await expect(page.getByText('Rien ne correspond à tous ces choix.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aide pour tout le monde dans le pays' })).toBeVisible();
  await search.fill(`"'<>&%${'a'.repeat(1000)}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Aucun résultat|résultats/ })).toBeVisible();
});

test('if the search index cannot load, the page says so and the list still works', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/en/initiatives/?q=helpline');
  await expect(page.getByRole('status').filter({ hasText: 'Search could not load' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Landelijk Steunpunt Extremisme (LSE)' }).first()).toBeVisible();
});
