/**
 * "Show more results" and a newer search running at the same time (src/scripts/finder-search.ts): the
 * cards added are always the next ones of the search on screen, never those of an older search. The
 * place's ranking file is held back by the test, so a search near a place stays under way exactly as
 * long as the test needs; nothing waits on time. Expected cards come from a fresh page, never written in.
 */
import { test, expect } from './fixtures.ts';
import type { Page, Request, Route } from '@playwright/test';
import { facets } from '../../src/lib/finder/facets.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { buildDirectory } from '../../src/lib/directory/directory.ts';

const municipalities = loadMunicipalities();
const place = municipalities.find((m) => m.nameNl === 'Vilvoorde')!;
const entries = buildDirectory(
  validateDirectory(municipalities).entries.map((e) => e.data),
  municipalities,
).entries.filter((e) => e.data.status.value !== 'ended' && e.data.status.value !== 'merged');
// The audience value with the most current entries: a filter with more than one page of results.
const target = Object.keys(facets.target.vocabulary)
  .map((value) => ({ value, count: entries.filter((e) => facets.target.valuesOf(e).includes(value)).length }))
  .sort((a, b) => b.count - a.count)[0]!;
const filtered = `/nl/initiatieven/?target=${target.value}`;
const nearPlace = `${filtered}&near=${place.code}`;

const cards = (page: Page) =>
  page
    .getByRole('list', { name: 'Zoekresultaten' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('article') });
const ids = (page: Page) =>
  cards(page)
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
const more = (page: Page) => page.getByRole('button', { name: 'Meer resultaten tonen' });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ resultaten?$|^Geen resultaten$/ });

/** Hold the place's ranking file until `release()`; `requested` settles when the page asked for it. */
async function holdRanking(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(`**/data/near/${place.code}.json`, async (route: Route) => {
    requested();
    await released;
    await route.continue();
  });
  return { requested: asked, release };
}

/** The first new card's link, focused once "show more" has added its whole page. */
const eleventh = (page: Page) => cards(page).nth(10).getByRole('heading').getByRole('link');

/** The cards a fresh page of `path` shows, and after one press of "show more" when asked. */
async function freshCards(page: Page, path: string, showMore = false): Promise<string[]> {
  await page.goto(path);
  await expect(count(page)).toBeVisible();
  if (showMore) {
    await more(page).click();
    await expect(eleventh(page)).toBeFocused();
  }
  return ids(page);
}

test.beforeAll(() => {
  expect(target.count, 'a filter with more than one page of results').toBeGreaterThan(10);
});

test('a place removed while its search runs: "show more" adds the next results of the new search, not the old place’s', async ({
  page,
}) => {
  const ranking = await holdRanking(page);
  await page.goto(nearPlace);
  await ranking.requested;
  await expect(page.getByText('Dichtstbij Vilvoorde eerst')).toBeVisible();
  // The search near the place waits on its ranking; the newer search, without the place, shows its first page.
  await page.getByRole('button', { name: 'Plaats wissen' }).click();
  await expect(page).toHaveURL(filtered);
  await expect(cards(page)).toHaveCount(10);
  // Now the older search gets its ranking and finishes, after the newer one: it must change nothing.
  const answered = page.waitForResponse((response) => response.url().endsWith(`/data/near/${place.code}.json`));
  ranking.release();
  await (await answered).finished();
  // One task in the page after the answer: the older search has read it before the next press.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await more(page).click();
  await expect(eleventh(page)).toBeFocused();
  const shown = await ids(page);
  expect(shown).toEqual(await freshCards(page, filtered, true));
});

test('"show more" pressed while a newer search runs adds nothing of the older search', async ({ page }) => {
  let fragmentsInFlight = 0;
  const isFragment = (request: Request) => new URL(request.url()).pathname.startsWith('/pagefind/fragment/');
  page.on('request', (request) => void (isFragment(request) && fragmentsInFlight++));
  const settled = (request: Request) => void (isFragment(request) && fragmentsInFlight--);
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  const ranking = await holdRanking(page);
  await page.goto(nearPlace);
  await ranking.requested;
  await page.getByRole('button', { name: 'Plaats wissen' }).click();
  await expect(cards(page)).toHaveCount(10);
  await expect(more(page)).toBeVisible();
  // Back to the place: the newer search waits on the same ranking file, its list still empty.
  await page.goBack();
  await expect(page).toHaveURL(nearPlace);
  await expect(page.getByText('Dichtstbij Vilvoorde eerst')).toBeVisible();
  await expect(cards(page)).toHaveCount(0);
  // A press that reaches the button as the search starts (a key pressed before the browser moves focus
  // off the hidden button): the button is hidden by then, so the event is sent to it directly.
  await page.getByRole('button', { name: 'Meer resultaten tonen', includeHidden: true }).dispatchEvent('click');
  ranking.release();
  await expect(count(page)).toBeVisible();
  // Every card requested so far (an older search's included) has arrived before the list is read.
  await expect.poll(() => fragmentsInFlight).toBe(0);
  const shown = await ids(page);
  expect(shown).toEqual(await freshCards(page, nearPlace));
});
