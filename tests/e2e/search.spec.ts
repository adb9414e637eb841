import { test, expect } from './fixtures.ts';

import type { Locator, Page } from '@playwright/test';

/** The results list, by its name in the page's language. */
const resultsList = (page: Page) =>
  page.getByRole('list', { name: /^(Zoekresultaten|Résultats de la recherche|Search results)$/ });
/** The result cards: the items of the results list (each holds one card; a card's badges are a list of their own). */
const results = (page: Page) =>
  resultsList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('article') });

test('a word found only in one entry body finds that entry, and the URL keeps the query', async ({ page }) => {
  await page.goto('/nl/initiatieven/');
  // "boksclubs" appears only in the body of the PiM (Mechelen) entry.
  await page.getByRole('searchbox', { name: 'Zoek op woord, plaats of organisatie' }).fill('boksclubs');
  await expect(results(page).first()).toContainText('PiM');
  await expect(page.getByRole('status').filter({ hasText: /resulta/ })).toBeVisible();
  await expect(page).toHaveURL(/\?q=boksclubs$/);
  // The highlighted word: role "mark" (ARIA 1.3, <mark>), which Playwright's role engine knows and its types do not yet.
  await expect(
    results(page)
      .first()
      .getByRole('mark' as Parameters<Page['getByRole']>[0])
      .first(),
  ).toContainText(/boksclubs/i);
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

test('no result says so and offers next steps; an odd 1,000-character query does not break the page', async ({
  page,
}) => {
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

test('a query loads fragments only for the cards on screen; "show more" works from the keyboard and moves focus to the new results', async ({
  page,
}) => {
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(request.url());
  });
  await page.goto('/nl/initiatieven/');
  // "ouders" (parents) is in dozens of entries: far more than one screen of cards.
  await page.getByRole('searchbox', { name: 'Zoek op woord, plaats of organisatie' }).fill('ouders');
  const status = page.getByRole('status').filter({ hasText: /resultaten$/ });
  await expect(status).toBeVisible();
  const total = Number((await status.textContent())!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(20);
  const cards = results(page);
  await expect(cards).toHaveCount(10);
  // Facet counts and the rest come later and load no fragment: wait for the page to settle first.
  await page.waitForLoadState('networkidle');
  expect(fragments.length).toBeLessThanOrEqual(10);

  const more = page.getByRole('button', { name: 'Meer resultaten tonen' });
  await cards.nth(9).getByRole('heading').getByRole('link').focus();
  // Tab from the last card's links reaches the button; Enter shows the next ten.
  for (let i = 0; i < 3 && !(await more.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cards).toHaveCount(20);
  await expect(cards.nth(10).getByRole('heading').getByRole('link')).toBeFocused();
  expect(fragments.length).toBeLessThanOrEqual(20);
});

test('a result card says what the server-rendered card of the same entry says, call link included', async ({
  page,
}) => {
  // The telephone helplines: most carry a current number, so call links are compared too.
  await page.goto('/nl/initiatieven/?method=helpline-phone');
  await expect(page.getByRole('status')).toHaveText(/^\d+ resultaten?$/);
  const cards = results(page).getByRole('article');
  await expect(cards.first()).toBeVisible();
  const normalised = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  const hrefs = (links: Locator) => links.evaluateAll((list) => list.map((a) => a.getAttribute('href') ?? ''));
  /** A card's name and entry id (its name link), its text, and where its call link (a link to a tel: address), if any, dials. */
  const read = async (card: Locator) => ({
    name: (await card.getByRole('heading', { includeHidden: true }).textContent())!.trim(),
    id: (await hrefs(card.getByRole('heading', { includeHidden: true }).getByRole('link', { includeHidden: true })))[0]!
      .split('/')
      .filter(Boolean)
      .pop()!,
    text: await card.textContent(),
    tel: (await hrefs(card.getByRole('link', { includeHidden: true }))).find((href) => href.startsWith('tel:')) ?? null,
  });
  const shown = [];
  for (const card of await cards.all()) shown.push(await read(card));
  expect(shown.length).toBeGreaterThan(1);
  // The full list below ("Alle hulp", hidden while results are shown) is paginated: compare the entries it
  // has on this page (CAPREV among them), found by their name.
  const fullList = page.getByRole('list', { name: 'Alle hulp', includeHidden: true });
  await expect(fullList).toBeAttached();
  const compared: string[] = [];
  for (const card of shown) {
    const { name } = card;
    const full = fullList.getByRole('article', { includeHidden: true }).filter({
      has: page
        .getByRole('heading', { includeHidden: true })
        .getByRole('link', { name, exact: true, includeHidden: true }),
    });
    if ((await full.count()) === 0) continue;
    const other = await read(full);
    expect(other.id, name).toBe(card.id);
    expect(normalised(card.text), card.id).toBe(normalised(other.text));
    expect(card.tel, card.id).toBe(other.tel);
    compared.push(card.id);
  }
  expect(compared).toContain('caprev-fwb');
  expect(compared.length).toBeGreaterThan(1);
  // CAPREV's free number (0800 111 72) is current in its entry: its card offers the call.
  expect(shown.find((c) => c.id === 'caprev-fwb')?.tel).toBe('tel:+3280011172');
});

/** What a card says in prose: its summary and, when shown, the excerpt of the body where the word matched (the paragraph with a mark). */
async function cardProse(card: Locator): Promise<{ summary: string; excerpt: string | null }> {
  const paragraphs = card.getByRole('paragraph');
  const excerpt = paragraphs.filter({ has: card.page().getByRole('mark' as Parameters<Page['getByRole']>[0]) });
  return {
    summary: ((await card.evaluate((c) => c.querySelector('[data-slot="summary"]')?.textContent)) ?? '').trim(),
    excerpt: (await excerpt.count()) > 0 ? (await excerpt.first().textContent())!.trim() : null,
  };
}

// Words that only a Dutch sentence has, never a French one: an excerpt with one of them is Dutch text.
const DUTCH_WORDS = /\b(het|een|naar|voor|wordt|werd|zijn|niet|bij|ook|uit|gezinnen|jongeren)\b/i;
// What labels and place lists of an entry page read like, in any of the three languages.
const LABEL_START =
  /^…?\s*(Où|Waar|Where|Werkgebied|Zone desservie|Area served|Obtenir de l’aide|Hulp krijgen|Getting help|Sources|Bronnen)\b|\d+\s+(communes desservies|gemeenten bediend|municipalities served)/i;

test('French "Syrie": each card reads in French, its summary first, and an excerpt only from French prose where the word is', async ({
  page,
}) => {
  await page.goto('/fr/initiatives/?q=Syrie');
  await expect(page.getByRole('status')).toHaveText(/^\d+ résultats?$/);
  const cards = results(page).getByRole('article');
  await expect(cards.first()).toBeVisible();
  const prose = [];
  for (const card of await cards.all()) prose.push(await cardProse(card));
  expect(prose.length).toBeGreaterThan(1);
  for (const { summary, excerpt } of prose) {
    // Every card shows its French summary (the entry page's own lead), never an excerpt in its place.
    expect(summary).not.toBe('');
    expect(summary).not.toMatch(DUTCH_WORDS);
    if (excerpt === null) continue;
    expect(excerpt).not.toMatch(DUTCH_WORDS);
    expect(excerpt).not.toMatch(LABEL_START);
    expect(excerpt).toMatch(/syri/i);
  }
  // The entries whose body is in Dutch are still found by it (their body is searchable, never quoted): at least one card has no excerpt.
  expect(prose.some((p) => p.excerpt === null)).toBe(true);
});

test('a place name: the cards of the help serving it show each its own summary, never the list of places', async ({
  page,
}) => {
  await page.goto('/fr/initiatives/?q=Molenbeek');
  await expect(page.getByRole('status')).toHaveText(/^\d+ résultats?$/);
  const cards = results(page).getByRole('article');
  await expect(cards.first()).toBeVisible();
  const prose = [];
  for (const card of await cards.all()) prose.push(await cardProse(card));
  expect(prose.length).toBeGreaterThan(2);
  const texts = prose.map((p) => `${p.summary} ${p.excerpt ?? ''}`);
  expect(new Set(texts).size, 'no two cards read the same').toBe(texts.length);
  for (const { excerpt } of prose) {
    if (excerpt === null) continue;
    expect(excerpt).not.toMatch(LABEL_START);
    // A list of places reads "Anderlecht. Auderghem. Berchem-Sainte-Agathe.": three names in a row.
    expect(excerpt).not.toMatch(/(\b[A-Z][\p{L}-]+\.\s+){3}/u);
  }
});
