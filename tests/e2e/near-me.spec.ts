import { readFileSync, readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { facetKeys, facets } from '../../src/lib/finder/facets.ts';
import { buildDirectory } from '../../src/lib/directory/directory.ts';
import { isStillOffered } from '../../src/lib/directory/evidence.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { labelOf } from '../../src/schemas/vocabularies/labels.ts';

const municipalities = loadMunicipalities();
const directory = buildDirectory(
  validateDirectory(municipalities).entries.map((e) => e.data),
  municipalities,
);
/** The Dutch UI strings (the translator reads them through Vite, which the tests do not run). */
const nl: Record<string, string> = Object.assign(
  {},
  ...readdirSync('src/i18n/nl').map((f) => JSON.parse(readFileSync(`src/i18n/nl/${f}`, 'utf8'))),
);

/** The island is interactive once its JavaScript-only location button shows. */
async function ready(page: Page, locateLabel: string) {
  await expect(page.getByRole('button', { name: locateLabel })).toBeVisible();
}

test('a Belgian postcode leads to its municipality page, local help first', async ({ page }) => {
  await page.goto('/nl/');
  await ready(page, 'Gebruik mijn locatie');
  const form = page.getByRole('search', { name: 'Postcode of gemeente' });
  await form.getByRole('combobox', { name: 'Postcode of gemeente' }).fill('1800');
  await form.getByRole('button', { name: 'Toon hulp' }).click();
  await expect(page).toHaveURL(/\/nl\/gemeente\/vilvoorde\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp in Vilvoorde');
  // Initiative R's status is unknown: listed, marked, after "start here" (src/lib/directory/offered-first.ts).
  const unconfirmed = page.getByRole('region', { name: 'Gestopt of niet bevestigd' });
  await expect(unconfirmed.getByRole('link', { name: 'Project R' })).toBeVisible();
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Begin hier')).toBeLessThan(headings.indexOf('Gestopt of niet bevestigd'));
});

test('a Dutch postcode lists the Dutch national services and no Belgian ones', async ({ page }) => {
  await page.goto('/en/');
  await ready(page, 'Use my location');
  await page.getByRole('combobox', { name: 'Postcode or municipality' }).fill('1011 AB');
  await page.getByRole('button', { name: 'Show help' }).click();
  await expect(page).toHaveURL(/\/en\/municipality\/amsterdam\/$/);
  const start = page.getByRole('region', { name: 'Start here' });
  // Which Dutch services start depends on how recent their evidence is on the build date; that they are Dutch does not.
  const lines = start.getByRole('heading', { level: 3 }).getByRole('link');
  await expect(lines.first()).toBeVisible();
  const ids = (await lines.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map((href) =>
    href.split('/').filter(Boolean).at(-1)!,
  );
  for (const id of ids) expect(directory.byId.get(id)?.data.country, id).toBe('NL');
  await expect(page.getByRole('link', { name: /Opvoedingslijn|CAPREV|Project R/ })).toHaveCount(0);
});

test('a village or a municipality merged in 2025 leads to the municipality it is part of, which names it', async ({
  page,
}) => {
  await page.goto('/nl/');
  await ready(page, 'Gebruik mijn locatie');
  const form = page.getByRole('search', { name: 'Postcode of gemeente' });
  // Borsbeek joined Antwerpen on 1 January 2025 (Statbel crosswalk in src/data/geo).
  await form.getByRole('combobox', { name: 'Postcode of gemeente' }).fill('Borsbeek');
  await form.getByRole('button', { name: 'Toon hulp' }).click();
  await expect(page).toHaveURL(/\/nl\/gemeente\/antwerpen\/$/);
  await expect(page.getByText(/^Omvat ook .*Borsbeek/)).toBeVisible();

  // "Berchem" is both in Sint-Agatha-Berchem's name and a district of Antwerpen: both are offered, and the list says why Antwerpen is.
  await page.goto('/nl/');
  await ready(page, 'Gebruik mijn locatie');
  await form.getByRole('combobox', { name: 'Postcode of gemeente' }).fill('Berchem');
  await form.getByRole('button', { name: 'Toon hulp' }).click();
  await expect(form.getByRole('listitem').filter({ hasText: 'Sint-Agatha-Berchem' })).toBeVisible();
  await expect(
    form.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Antwerpen / Anvers' }) }),
  ).toContainText('met Berchem');
});

test('"Deurne", a town in Noord-Brabant and a district of Antwerpen, asks: Antwerpen first, with province and country', async ({
  page,
}) => {
  await page.goto('/nl/');
  await ready(page, 'Gebruik mijn locatie');
  const form = page.getByRole('search', { name: 'Postcode of gemeente' });
  await form.getByRole('combobox', { name: 'Postcode of gemeente' }).fill('Deurne');
  await form.getByRole('button', { name: 'Toon hulp' }).click();
  const items = form.getByRole('listitem');
  await expect(items.first()).toContainText('Antwerpen / Anvers (Antwerpen, België), met Deurne');
  await expect(items.filter({ hasText: 'Deurne (Noord-Brabant, Nederland)' })).toHaveCount(1);
  await expect(page).toHaveURL(/\/nl\/$/);
});

test('a German-speaking municipality found by its German name is titled by it on the French page, with its French name beside it', async ({
  page,
}) => {
  await page.goto('/fr/');
  await ready(page, 'Utiliser ma position');
  await page.getByRole('combobox', { name: 'Code postal ou commune' }).fill('Sankt Vith');
  await page.getByRole('button', { name: 'Voir l’aide' }).click();
  await expect(page).toHaveURL(/\/fr\/commune\/saint-vith\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De l’aide à Sankt Vith');
  await expect(page).toHaveTitle(/Sankt Vith/);
  await expect(page.getByText('Aussi appelée Saint-Vith.')).toBeVisible();
});

test('a postcode used in both countries asks which one is meant', async ({ page }) => {
  await page.goto('/fr/');
  await ready(page, 'Utiliser ma position');
  await page.getByRole('combobox', { name: 'Code postal ou commune' }).fill('1060');
  await page.getByRole('button', { name: 'Voir l’aide' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText('Plusieurs lieux correspondent');
  await expect(status.getByRole('listitem').filter({ hasText: 'Belgique' })).toHaveCount(1);
  await expect(status.getByRole('listitem').filter({ hasText: 'Pays-Bas' })).toHaveCount(1);
});

for (const [input, message] of [
  ['12', 'not a postcode we recognise'],
  ['0999', 'We do not know postcode 0999'],
  ['Atlantis', 'We found no municipality called “Atlantis”'],
] as const) {
  test(`bad input "${input}" gets a clear message and a way on`, async ({ page }) => {
    await page.goto('/en/');
    await ready(page, 'Use my location');
    await page.getByRole('combobox', { name: 'Postcode or municipality' }).fill(input);
    await page.getByRole('button', { name: 'Show help' }).click();
    const status = page.getByRole('status');
    await expect(status).toContainText(message);
    await status.getByRole('link', { name: 'Choose from all municipalities A–Z' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Municipalities A–Z');
  });
}

test.describe('use my location', () => {
  test.use({ geolocation: { latitude: 50.929, longitude: 4.43 }, permissions: ['geolocation'] });
  test('resolves the position locally to the municipality that contains it, sending nothing', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/nl/');
    await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await expect(page).toHaveURL(/\/nl\/gemeente\/vilvoorde\/$/);
    // The only data fetched is the site's own place table and boundaries, the latter only after the press; no position appears in any request.
    expect(requests.filter((p) => p.startsWith('/data/')).sort()).toEqual([
      '/data/map/geometry.json',
      '/data/places.json',
    ]);
    expect(requests.some((p) => /50\.9|4\.43/.test(p))).toBe(false);
  });

  test('the boundaries are not loaded until the button is pressed', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/nl/');
    await ready(page, 'Gebruik mijn locatie');
    await page.getByRole('combobox', { name: 'Postcode of gemeente' }).focus();
    await expect.poll(() => requests.includes('/data/places.json')).toBe(true);
    expect(requests).not.toContain('/data/map/geometry.json');
  });
});

// Antwerpen-Centraal and points in the districts of Hoboken, Wilrijk and Deurne: each nearer another
// municipality's centre point (tests/unit/place-at-position.test.ts), each inside Antwerpen.
for (const [where, latitude, longitude] of [
  ['Antwerpen-Centraal', 51.2172, 4.4211],
  ['Hoboken', 51.176, 4.348],
  ['Wilrijk', 51.1686, 4.3939],
  ['Deurne', 51.219, 4.465],
] as const) {
  test.describe(`use my location at ${where}`, () => {
    test.use({ geolocation: { latitude, longitude }, permissions: ['geolocation'] });
    test('leads to Antwerpen, which opens with a one-line confirmation, focused, and a way to change it', async ({
      page,
    }) => {
      await page.goto('/en/');
      await page.getByRole('button', { name: 'Use my location' }).click();
      await expect(page).toHaveURL(/\/en\/municipality\/antwerpen\/$/);
      const line = page.getByText('By your location: Antwerp. Not right?');
      await expect(line).toBeVisible();
      await expect(page.locator('[data-located]')).toBeFocused();
      // First on the page: before the heading.
      const [lineTop, headingTop] = await Promise.all([
        line.boundingBox(),
        page.getByRole('heading', { level: 1 }).boundingBox(),
      ]);
      expect(lineTop!.y).toBeLessThan(headingTop!.y);
      await page.getByRole('link', { name: 'Change', exact: true }).click();
      await expect(page).toHaveURL(/\/en\/#near-me-q$/);
    });
  });
}

test.describe('use my location at sea', () => {
  test.use({ geolocation: { latitude: 51.5, longitude: 3.0 }, permissions: ['geolocation'] });
  test('says honestly that the position is in no municipality, and which is nearest', async ({ page }) => {
    await page.goto('/fr/');
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await expect(page).toHaveURL(/\/fr\/commune\/[a-z-]+\/$/);
    await expect(
      page.getByText(
        /^Votre position ne se trouve dans aucune commune belge ou néerlandaise .* La plus proche est .*, à \d+ km\. Ce n’est pas le bon endroit \?$/,
      ),
    ).toBeVisible();
    // Reloading (or sharing) the address does not claim a location again.
    await page.reload();
    await expect(page.locator('[data-located]')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the municipality page lists its help, and a postcode typed on the home page reaches it', async ({ page }) => {
    await page.goto('/fr/commune/vilvorde/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('De l’aide à Vilvorde');
    await expect(page.getByRole('link', { name: 'Project R' })).toBeVisible();
    await page.goto('/fr/');
    await page.getByRole('combobox', { name: 'Code postal ou commune' }).fill('1800');
    await page.getByRole('button', { name: 'Voir l’aide' }).click();
    await expect(page).toHaveURL(/\/fr\/commune\/vilvorde\/$/);
  });

  // The host's rules (written by the build; scripts/serve.mjs here) answer the form before any page.
  for (const [lang, query, path] of [
    ['nl', '2018', '/nl/gemeente/antwerpen/'],
    ['nl', 'Antwerpen', '/nl/gemeente/antwerpen/'],
    ['nl', 'antwerpen', '/nl/gemeente/antwerpen/'],
    ['fr', '4000 Liège', '/fr/commune/liege/'],
    ['en', 'Sankt Vith', '/en/municipality/sankt-vith/'],
  ] as const) {
    test(`"${query}" typed on the ${lang} home page reaches ${path}`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.locator('#near-me-q').fill(query);
      await page.locator('#near-me-q').press('Enter');
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  test('"Deurne" asks which one: Antwerpen (the district) first, with province and country', async ({ page }) => {
    await page.goto('/nl/');
    await page.locator('#near-me-q').fill('Deurne');
    await page.locator('#near-me-q').press('Enter');
    await expect(page).toHaveURL(/\/nl\/gemeenten\/welke\/d\/#q-deurne$/);
    const section = page.getByRole('region', { name: 'Er is meer dan één “Deurne”. Welke bedoel je?' });
    const items = section.getByRole('listitem');
    await expect(items.first()).toContainText('Antwerpen');
    await expect(items.first()).toContainText('België');
    await expect(items.first()).toContainText('met Deurne');
    await expect(items.filter({ hasText: 'Noord-Brabant, Nederland' })).toHaveCount(1);
    await items.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/nl\/gemeente\/antwerpen\/$/);
  });

  test('"xyzzy" lands on the A–Z list, which says it could not look the word up and how to find the place', async ({
    page,
  }) => {
    await page.goto('/en/');
    await page.locator('#near-me-q').fill('xyzzy');
    await page.locator('#near-me-q').press('Enter');
    await expect(page).toHaveURL(/\/en\/municipalities\/\?q=xyzzy$/);
    await expect(page.getByText(/This page could not look it up/)).toBeVisible();
    // The postcodes beside each municipality make "find in page" work: 2018 stands beside Antwerp.
    await expect(
      page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Antwerp', exact: true }) }),
    ).toContainText('2018');
  });

  test('the finder says its search needs JavaScript, and does not promise results as you type', async ({ page }) => {
    await page.goto('/en/initiatives/?q=retour');
    await expect(page.getByText('This search needs JavaScript')).toBeVisible();
    await expect(page.getByText('Results appear as you type.')).toBeHidden();
  });
});

test('the A–Z list has every municipality once per country, and the Belgian ones merged in 2025 lead to their new municipality', async ({
  page,
}) => {
  await page.goto('/en/municipalities/');
  const belgium = page.getByRole('region', { name: /^Belgium \(565\)/ });
  const hrefs = await belgium
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')).filter((h) => h?.startsWith('/en/municipality/')));
  expect(new Set(hrefs).size).toBe(565);
  await expect(page.getByRole('region', { name: /^Netherlands/ }).getByRole('listitem')).toHaveCount(342);
  // Borsbeek was merged into Antwerpen on 1 January 2025 (Statbel crosswalk in src/data/geo).
  const borsbeek = belgium
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Borsbeek', exact: true }) });
  // English pages use the English name where English has one (src/data/geo/exonyms.csv); the address stays.
  await expect(borsbeek).toHaveText('Borsbeek (part of Antwerp since 2025)');
  await expect(borsbeek.getByRole('link')).toHaveAttribute('href', '/en/municipality/antwerpen/');
});

test('the finder facets apply on a municipality page: cards narrow, groups say so, the finder link keeps the filters', async ({
  page,
}) => {
  await page.goto('/nl/gemeente/vilvoorde/');
  // The place's help below "start here", by section; a card is an article. getByRole leaves hidden cards out,
  // so `cards` are the cards shown and `everyCard` all of them.
  const groups = page.getByRole('region', {
    name: /^(Meer hulp voor gezinnen|Voor professionals|Gestopt of niet bevestigd)$/,
  });
  const cards = groups.getByRole('article');
  const everyCard = groups.getByRole('article', { includeHidden: true });
  /** Entry ids of cards, from their name links. */
  const idsOf = async (list: Locator) =>
    (
      await list
        .getByRole('heading', { includeHidden: true })
        .getByRole('link', { includeHidden: true })
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    ).map((href) => href.split('/').filter(Boolean).at(-1)!);
  /** The ids of the hidden cards: every card's, less the shown ones. */
  const hiddenIds = async () => {
    const hidden = await idsOf(everyCard);
    for (const id of await idsOf(cards)) hidden.splice(hidden.indexOf(id), 1);
    return hidden;
  };
  const all = await cards.count();
  expect(all).toBeGreaterThan(2);
  // Cards hidden before any filter (a line shown in "start here" is not repeated below) stay hidden.
  const hiddenBefore = (await hiddenIds()).length;
  // Vilvoorde has one ended entry in the data (one card marked current:no in the built page, checked 2026-12-02): the case the total must leave out.
  expect(hiddenBefore).toBe(1);
  await page.getByText('Filters', { exact: true }).click();
  // A facet value that narrows here (count above zero, below all), read from the panel itself: each facet's
  // group of checkboxes, named "Label (count)", mapped back to the facet and value it stands for.
  const options: { facet: (typeof facetKeys)[number]; legend: string; value: string; label: string; count: number }[] =
    [];
  for (const facet of facetKeys) {
    const legend = nl[facets[facet].label]!;
    const group = page.getByRole('group', { name: legend, exact: true });
    if ((await group.count()) === 0) continue;
    for (const [, label, count] of (await group.ariaSnapshot()).matchAll(/- checkbox "(.+) \((\d+)\)"/g)) {
      const value = Object.keys(facets[facet].vocabulary).find(
        (key) => labelOf(facets[facet].vocabulary, key, 'nl') === label,
      );
      expect(value, `${legend}: ${label}`).toBeDefined();
      options.push({ facet, legend, value: value!, label: label!, count: Number(count) });
    }
  }
  expect(options.length).toBeGreaterThan(0);
  const option = options.find((o) => o.count > 0 && o.count < all)!;
  expect(option).toBeDefined();
  const expected = option.count;
  const hasOption = (id: string) => facets[option.facet].valuesOf(directory.byId.get(id)!).includes(option.value);
  await page
    .getByRole('group', { name: option.legend, exact: true })
    .getByRole('checkbox', { name: new RegExp(`^${option.label} \\(`) })
    .check();
  await expect(page).toHaveURL(new RegExp(`\\?${option.facet}=${option.value}$`));
  await expect(cards).toHaveCount(expected);
  for (const id of await idsOf(cards)) expect(hasOption(id), id).toBe(true);
  // …and none of the hidden ones has it: the filter hides exactly the non-matching cards.
  const hidden = await hiddenIds();
  expect(hidden).toHaveLength(hiddenBefore + all - expected);
  // (Ended entries in "Ended or not confirmed" are hidden before any filter; the filter is judged on the others.)
  for (const id of hidden) {
    if (isStillOffered(directory.byId.get(id)!.data)) expect(hasOption(id), id).toBe(false);
  }
  await expect(page.getByRole('checkbox', { name: /gestopt/ })).toHaveCount(0);
  // Out of the cards shown before the filter: the ended entries folded away are not counted.
  await expect(page.getByRole('status')).toHaveText(
    new RegExp(`^${expected} van ${all} diensten tonen deze keuzes\\.$`),
  );
  await expect(
    page.getByRole('link', { name: /Zoeken en filteren in alle hulp, dichtstbij Vilvoorde eerst/ }),
  ).toHaveAttribute('href', `/nl/initiatieven/?${option.facet}=${option.value}&near=23088`);
  await page.goBack();
  await expect(cards).toHaveCount(all);
});

test.describe('places found as people type them', () => {
  test('"Bergen" asks which one is meant, with province and country', async ({ page }) => {
    await page.goto('/en/');
    await ready(page, 'Use my location');
    await page.getByRole('combobox', { name: 'Postcode or municipality' }).fill('Bergen');
    await page.getByRole('button', { name: 'Show help' }).click();
    const status = page.getByRole('status');
    await expect(status).toContainText('There is more than one “Bergen”');
    await expect(status.getByRole('listitem')).toHaveCount(3);
    await expect(status.getByRole('listitem').filter({ hasText: '(Hainaut, Belgium)' })).toHaveCount(1);
    await expect(status.getByRole('listitem').filter({ hasText: '(North Holland, Netherlands)' })).toHaveCount(1);
    await expect(status.getByRole('listitem').filter({ hasText: '(Limburg, Netherlands)' })).toHaveCount(1);
    await expect(page).toHaveURL(/\/en\/$/);
    await status.getByRole('link', { name: 'Bergen (NH.)' }).click();
    await expect(page).toHaveURL(/\/en\/municipality\/bergen-nh\/$/);
  });

  test('"Bois-le-Duc" reaches \'s-Hertogenbosch in French', async ({ page }) => {
    await page.goto('/fr/');
    await ready(page, 'Utiliser ma position');
    await page.getByRole('combobox', { name: 'Code postal ou commune' }).fill('Bois-le-Duc');
    await page.getByRole('button', { name: 'Voir l’aide' }).click();
    await expect(page).toHaveURL(/\/fr\/commune\/s-hertogenbosch\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText("'s-Hertogenbosch");
  });

  test('"4000 Liège", a postcode with the name, reaches Liège', async ({ page }) => {
    await page.goto('/fr/');
    await ready(page, 'Utiliser ma position');
    await page.getByRole('combobox', { name: 'Code postal ou commune' }).fill('4000 Liège');
    await page.getByRole('button', { name: 'Voir l’aide' }).click();
    await expect(page).toHaveURL(/\/fr\/commune\/liege\/$/);
  });

  test('a typo, "Genck", is answered "Did you mean Genk?" in the live region, and the link goes on', async ({
    page,
  }) => {
    await page.goto('/en/');
    await ready(page, 'Use my location');
    await page.getByRole('combobox', { name: 'Postcode or municipality' }).fill('Genck');
    await page.getByRole('button', { name: 'Show help' }).click();
    const status = page.getByRole('status');
    await expect(status).toContainText('Did you mean Genk?');
    await status.getByRole('link', { name: 'Genk', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/municipality\/genk\/$/);
  });

  test('"Bruxelles" offers the 19 municipalities and the whole region', async ({ page }) => {
    await page.goto('/fr/');
    await ready(page, 'Utiliser ma position');
    await page.getByRole('combobox', { name: 'Code postal ou commune' }).fill('Bruxelles');
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await expect(status.getByRole('listitem')).toHaveCount(19);
    await expect(
      status.getByRole('link', { name: 'L’aide pour toute la Région de Bruxelles-Capitale' }),
    ).toHaveAttribute('href', '/fr/initiatives/?region=BE-BRU');
  });

  test('a query sent to the A–Z page before the script loaded is resolved there (Gand → Gent)', async ({ page }) => {
    await page.goto('/fr/communes/?q=Gand');
    await expect(page).toHaveURL(/\/fr\/commune\/gand\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('De l’aide à Gand');
  });
});

test.describe('the A–Z list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('has a letter index that jumps to each initial', async ({ page }) => {
    await page.goto('/en/municipalities/?q=Gandalf');
    const index = page.getByRole('navigation', { name: 'Jump to a letter: Netherlands' });
    await index.getByRole('link', { name: 'Z', exact: true }).click();
    await expect(page).toHaveURL(/#az-NL-Z$/);
    const heading = page
      .getByRole('region', { name: /^Netherlands/ })
      .getByRole('heading', { level: 3, name: 'Z', exact: true });
    await expect(heading).toBeInViewport();
    // 's-Gravenhage is filed under S, not under an apostrophe.
    const letters = await index.getByRole('link').allTextContents();
    expect(letters.length).toBeGreaterThan(15);
    for (const letter of letters) expect(letter).toMatch(/^[A-Z]$/);
  });
});
