/**
 * Deutsch (issue 25): a German-speaking parent does in German what a French-speaking one can. From the
 * root page to help near Eupen, Sankt Vith or Liège (Lüttich), with and without JavaScript; an entry;
 * the search ("Eltern", German stemming); the filters; the printed family sheet; the quick exit. Words
 * come from src/i18n/de, places from the geo tables and the order of help from the ranking rule, so the
 * test holds when a keeper corrects the data. axe runs on every German page type in quality.spec.ts
 * (page-types.ts derives the German addresses from the language list).
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';
import { exactly, say } from './ui-strings.ts';
import { buildDirectory, placeFor } from '../../src/lib/directory/directory.ts';
import { placeHelp } from '../../src/lib/directory/start-here.ts';
import { facets } from '../../src/lib/finder/facets.ts';
import { distanceKm } from '../../src/lib/geo/nearest.ts';
import { municipalityName } from '../../src/lib/geo/municipality-name.ts';
import { routes } from '../../src/lib/routes.ts';
import { buildDate } from '../../src/loaders/build-date.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { loadMunicipalities, municipalitiesByCode } from '../../src/loaders/geo.ts';
import { languages } from '../../src/schemas/languages.ts';

const municipalities = loadMunicipalities();
const byCode = municipalitiesByCode();
const directory = buildDirectory(
  validateDirectory(municipalities).entries.map((e) => e.data),
  municipalities,
);
const named = (name: string) => municipalities.find((m) => m.nameDe === name || m.nameFr === name)!;
const eupen = named('Eupen');
const sanktVith = named('Sankt Vith');
const liege = named('Liège');
const page$ = (m: typeof eupen) => routes.municipality('de', m.slug.de);

/** The entries the ranking rule puts in a place's "start here", in order, on the build date. */
const startHereIds = (code: string) =>
  placeHelp(
    directory.servedBy.get(code) ?? [],
    placeFor(code, (c) => byCode.get(c)?.centroid, distanceKm),
    buildDate,
  ).startHere.map((o) => o.entry.data.id);

/** The entry ids of a page's "start here" lines, in order. */
async function startLines(page: Page, title: string): Promise<string[]> {
  const region = page.getByRole('region', { name: title, exact: true });
  await expect(region).toBeVisible();
  const hrefs = await region
    .getByRole('listitem')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('/').filter(Boolean).at(-1)!);
}

const results = (page: Page): Locator =>
  page
    .getByRole('list', { name: say('de', 'search.results') })
    .getByRole('listitem')
    .filter({ has: page.getByRole('article') });

test('from the root page, "Deutsch" leads to the German home page, in German', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: languages.de.name, exact: true }).click();
  await expect(page).toHaveURL(/\/de\/$/);
  // The document's language is an attribute of <html>, which has no role; Pagefind picks its stemmer from it.
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('de', 'home.title'));
  await expect(page.getByRole('link', { name: say('de', 'quickExit.label') })).toBeVisible();
  await expect(page.getByText(say('de', 'emergency.title')).first()).toBeVisible();
  await expect(page.getByRole('link', { name: '112' }).first()).toBeVisible();
});

const lookups = [
  { query: 'Eupen', place: eupen },
  { query: String(4700), place: eupen },
  { query: 'Sankt Vith', place: sanktVith },
  { query: 'St. Vith', place: sanktVith },
  { query: 'Lüttich', place: liege },
] as const;

test.describe('with JavaScript', () => {
  for (const { query, place } of lookups) {
    test(`"${query}" on the home page leads to the German page of ${place.nameFr}, named in German`, async ({
      page,
    }) => {
      await page.goto(routes.home('de'));
      // The island is interactive once its JavaScript-only location button shows.
      await expect(page.getByRole('button', { name: say('de', 'nearMe.locate') })).toBeVisible();
      const form = page.getByRole('search', { name: say('de', 'nearMe.label') });
      await form.getByRole('combobox', { name: say('de', 'nearMe.label') }).fill(query);
      await form.getByRole('button', { name: say('de', 'nearMe.submit') }).click();
      await expect(page).toHaveURL(new RegExp(`${page$(place)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        say('de', 'place.title', { name: municipalityName(place, 'de') }),
      );
    });
  }

  test('Eupen: "start here" follows the ranking rule, in the same order as on the French page', async ({ page }) => {
    const expected = startHereIds(eupen.code);
    expect(expected.length, 'Eupen has help to start with').toBeGreaterThan(0);
    await page.goto(page$(eupen));
    const german = await startLines(page, say('de', 'startHere.title'));
    expect(german).toEqual(expected);
    await page.goto(routes.municipality('fr', eupen.slug.fr));
    expect(await startLines(page, say('fr', 'startHere.title'))).toEqual(german);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // The host's rules (written by the build; scripts/serve.mjs here) answer the form before any page.
  for (const { query, place } of lookups) {
    test(`"${query}" typed on the German home page reaches ${page$(place)}`, async ({ page }) => {
      await page.goto(routes.home('de'));
      await page.getByRole('combobox', { name: say('de', 'nearMe.label') }).fill(query);
      await page.getByRole('button', { name: say('de', 'nearMe.submit') }).click();
      await expect(page).toHaveURL(new RegExp(`${page$(place)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        say('de', 'place.title', { name: municipalityName(place, 'de') }),
      );
    });
  }

  test('an entry page reads in German: name, contact, sources', async ({ page }) => {
    const id = startHereIds(eupen.code)[0]!;
    await page.goto(routes.initiative('de', id));
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: say('de', 'contact.title') })).toBeVisible();
    await expect(page.getByRole('region', { name: say('de', 'common.sources') }).getByRole('listitem')).not.toHaveCount(
      0,
    );
    // Nothing shown empty: the summary is there (in German, or marked as English while an entry lacks it).
    await expect(page.locator('p.lead')).not.toHaveText('');
  });
});

test('"Eltern" finds entries on the German list, from the German search index', async ({ page }) => {
  const indexes: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/') && /\.pf_(index|meta)$/.test(path)) indexes.push(path);
  });
  await page.goto(routes.section('de', 'initiatives'));
  await page.getByRole('searchbox', { name: say('de', 'search.label') }).fill('Eltern');
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Ergebnis/ })).toBeVisible();
  await expect(page).toHaveURL(/\?q=Eltern$/);
  expect(indexes.length).toBeGreaterThan(0);
  // Pagefind names each language's files after it: German pages load the German index only.
  for (const path of indexes) expect(path).toMatch(/[/.]de_[0-9a-f]+\./);
});

test('a filter narrows the German list and names the choice in German', async ({ page }) => {
  const parents = facets.target.vocabulary.parents!.de;
  await page.goto(routes.section('de', 'initiatives'));
  await page.getByText(say('de', 'search.filters'), { exact: true }).click();
  const box = page
    .getByRole('group', { name: say('de', 'facet.name.target') })
    .getByRole('checkbox', { name: new RegExp(`^${parents} \\(`) });
  await box.check();
  await expect(page).toHaveURL(/[?&]target=parents\b/);
  const count = Number(
    /\((\d+)\)/.exec((await box.textContent()) ?? (await box.getAttribute('aria-label')) ?? '')?.[1] ?? NaN,
  );
  const status = page.getByRole('status').filter({ hasText: /Ergebnis/ });
  await expect(status).toBeVisible();
  if (Number.isFinite(count))
    await expect(status).toHaveText(
      count === 1 ? say('de', 'search.count.one') : say('de', 'search.count.other', { count }),
    );
  await expect(results(page).first()).toBeVisible();
});

test('printed, the Eupen page is the family sheet in German: start here, 112, the address and a QR code', async ({
  page,
}) => {
  await page.goto(page$(eupen));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: say('de', 'startHere.title'), exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: say('de', 'entry.qrLabel') })).toBeVisible();
  // The sheet's footer line ends with the emergency number in German ("… · Jetzt in Gefahr: 112").
  const footerEnd = say('de', 'sheet.footer').split('{url}')[1]!;
  await expect(page.getByText(new RegExp(`${exactly(footerEnd).source.slice(1, -1)}$`))).toBeVisible();
  await expect(page.getByRole('navigation', { name: say('de', 'audience.label') })).toBeHidden();
});

test.describe('quick exit', () => {
  test.use({ externalAllowed: [languages.de.quickExitUrl] });

  test('"Schnell verlassen" leaves for the German weather page and Back does not return', async ({ page }) => {
    await page.goto(routes.home('de'));
    await page.goto(page$(eupen));
    await page.getByRole('link', { name: say('de', 'quickExit.label') }).click();
    await expect(page).toHaveURL(languages.de.quickExitUrl);
    await page.goBack();
    await expect(page).toHaveURL(/\/de\/$/);
  });
});

test('axe finds nothing on the German municipality page with its start-here block and the A–Z list', async ({
  page,
}) => {
  for (const path of [page$(eupen), routes.section('de', 'municipalities')]) {
    await page.goto(path);
    expect(await axeViolations(page), path).toEqual([]);
  }
});
