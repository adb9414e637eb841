/**
 * Map and coverage (issue 4): the page opens with a static picture of the coverage and loads the
 * interactive map only when asked; the map selects municipalities and lists the initiatives that serve
 * them, the table is the complete no-JavaScript equivalent, the CSV downloads, the page survives a
 * blocked geometry or script request, and axe passes on the map and report pages. Expectations come
 * from the built data.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';
import { coverageCsvColumns } from '../../src/lib/coverage-report.ts';
import { parseCsv, parseCsvRecords } from '../../src/lib/csv.ts';
import { loadMunicipalities, municipalityName } from '../../src/lib/geo.ts';
import { classOf, entryMatches, helpAt, noFilters, servedCounts, type MapData, type MapLayer } from '../../src/lib/map-model.ts';

const municipalities = loadMunicipalities();
const mapPaths = { nl: '/nl/kaart/', fr: '/fr/carte/', en: '/en/map/' } as const;
const reportPaths = { nl: '/nl/dekking/', fr: '/fr/couverture/', en: '/en/coverage/' } as const;
const coconFile = 'src/content/projects/be/cocon-vilvoorde-project-r.md';

/** The map data, with the entries of one layer (by default (a), help families can contact: the map's opening layer). */
async function mapData(page: Page, lang: string, layer: MapLayer = 'family'): Promise<MapData> {
  const response = await page.request.get(`/data/map/${lang}.json`);
  expect(response.ok()).toBe(true);
  const data = (await response.json()) as MapData;
  return { ...data, entries: data.entries.filter((e) => e.help === layer) };
}

/** The status line the map must announce for a set of shown initiatives. */
function statusFor(data: MapData, shown: MapData['entries']): string {
  const served = servedCounts(shown, data.municipalities.length).filter((c) => c > 0).length;
  const n = new Intl.NumberFormat('nl-BE');
  return `${n.format(served)} van de ${n.format(data.municipalities.length)} gemeenten hebben hulp die een gezin zelf kan contacteren, van de ${n.format(shown.length)} getoonde actuele diensten.`;
}

const startButton = /^(Open de interactieve kaart|Ouvrir la carte interactive|Open the interactive map)$/;

/** The table is in a closed <details> (it was most of the page's layout cost): open it as a user would. */
async function openTable(page: Page) {
  await page.getByText(/^(Toon de tabel van alle|Afficher le tableau des|Show the table of all)/).click();
}

async function openMap(page: Page, path: string = mapPaths.nl) {
  await page.goto(path);
  await page.getByRole('button', { name: startButton }).click();
  await expect(page.getByRole('region', { name: /Kaart van de gemeenten|Carte des communes|Map of the municipalities/ })).toBeVisible();
}

test('the page opens with a picture of the coverage; React, Leaflet and the geometry load only when asked', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(mapPaths.en, { waitUntil: 'networkidle' });
  const picture = page.getByRole('img', { name: /^Map of Belgium and the Netherlands: each municipality coloured/ });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByText('Help families can contact in the municipality')).toBeVisible();
  expect(requested.filter((p) => p.startsWith('/_astro/') || p === '/data/map/geometry.json')).toEqual([]);

  // The picture's colours are the classes of the interactive map's opening counts, computed here from the map data.
  const data = await mapData(page, 'en');
  const counts = servedCounts(data.entries, data.municipalities.length);
  const expectedFills = new Set(counts.map((c) => classOf(c).colour));
  const svg = await (await page.request.get('/data/map/coverage.svg')).text();
  const fills = new Set([...svg.matchAll(/<path fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]));
  expect(fills).toEqual(expectedFills);
  expect([...svg.matchAll(/<circle /g)]).toHaveLength(new Set(data.entries.flatMap((e) => e.based)).size);

  await page.getByRole('button', { name: 'Open the interactive map' }).click();
  await expect(page.getByRole('region', { name: 'Map of the municipalities of Belgium and the Netherlands' })).toBeVisible();
  await expect(picture).toHaveCount(0);
  expect(requested.filter((p) => p === '/data/map/geometry.json')).toHaveLength(1);
});

async function searchAndPick(page: Page, query: string, name: string) {
  await page.getByRole('searchbox', { name: 'Zoek een gemeente' }).fill(query);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
}

test('selecting Vilvoorde (search, then click on the map) lists the initiatives that serve it, grouped, with links', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  // Vilvoorde has no confirmed help a family can contact in today's data: its help is in layer (c).
  await openMap(page);
  await page.getByRole('radio', { name: '(c) Niet bevestigd' }).check();
  await expect(page).toHaveURL(/layer=unconfirmed/);
  const data = await mapData(page, 'nl', 'unconfirmed');
  const index = data.municipalities.findIndex((m) => m.code === '23088');
  const help = helpAt(data.entries, index);
  const expected = [...new Set([...help.local, ...help.regional, ...help.wide])];
  expect(expected.length, 'the data has initiatives serving Vilvoorde').toBeGreaterThan(0);
  if (existsSync(coconFile)) expect(expected.map((e) => e.id)).toContain('cocon-vilvoorde-project-r');

  await searchAndPick(page, 'vilvorde', 'Vilvoorde');
  const panel = page.getByRole('complementary', { name: 'Vilvoorde' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Vilvoorde' })).toBeFocused();
  for (const entry of expected) await expect(panel.getByRole('link', { name: entry.name, exact: true }).first()).toHaveAttribute('href', entry.url);
  if (help.wide.length > 0) await expect(panel.getByRole('heading', { name: /Heel het land of de hele gemeenschap/ })).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Alle hulp in Vilvoorde' })).toHaveAttribute('href', data.municipalities[index]!.url);

  // Close the panel, then click the middle of the map (the search centred it on Vilvoorde).
  await panel.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('complementary', { name: 'Vilvoorde' })).toHaveCount(0);
  const box = (await page.getByRole('region', { name: /Kaart van de gemeenten/ }).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('complementary', { name: 'Vilvoorde' })).toBeVisible();
  // The hover label is plain text (Leaflet would write a string as HTML).
  await expect(page.locator('.leaflet-tooltip')).toHaveText(new RegExp(`^Vilvoorde: ${expected.length}$`));
  expect(await page.locator('.leaflet-tooltip span').count()).toBe(1);
  // The geometry is fetched once; Leaflet's default marker images are never requested.
  expect(requested.filter((p) => p === '/data/map/geometry.json')).toHaveLength(1);
  expect(requested.filter((p) => /marker-icon|marker-shadow/.test(p))).toEqual([]);
});

test('the keyboard selects the municipality under the centre cross, and the choice is announced', async ({ page }) => {
  await openMap(page);
  await searchAndPick(page, 'Luik', 'Luik');
  await page.getByRole('complementary', { name: 'Luik' }).getByRole('button', { name: 'Sluiten' }).click();
  const map = page.getByRole('region', { name: /Kaart van de gemeenten/ });
  await map.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Luik' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Luik gekozen\. Getoonde initiatieven die er werken: \d+\./ })).toBeAttached();
  // The polygons and markers are drawn on one canvas: no Tab stop per municipality or marker.
  expect(await page.locator('.leaflet-interactive[tabindex], .leaflet-marker-icon').count()).toBe(0);
});

test('search accepts French and informal names and says when nothing matches', async ({ page }) => {
  await openMap(page);
  const search = page.getByRole('searchbox', { name: 'Zoek een gemeente' });
  await search.fill('Molenbeek-Saint-Jean');
  await expect(page.getByRole('button', { name: /^Sint-Jans-Molenbeek/ })).toBeVisible();
  await search.fill('Den Bosch');
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: "'s-Hertogenbosch" })).toBeVisible();
  // A bpost locality finds its municipality, which says why it was offered.
  await search.fill('Laken');
  await expect(page.getByRole('button', { name: /^Brussel.*met Laken$/ })).toBeVisible();
  await search.fill('Xyzzyville');
  await search.press('Enter');
  await expect(page.getByText('Geen gemeente gevonden voor “Xyzzyville”.')).toBeVisible();
});

test('the status announces the counts, and the local-only switch and facets recolour the map', async ({ page }) => {
  await openMap(page);
  const data = await mapData(page, 'nl');
  const status = page.locator('.coverage-map__status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(statusFor(data, data.entries));

  await page.getByRole('radio', { name: /Alleen lokaal of regionaal/ }).check();
  const local = data.entries.filter((e) => entryMatches(e, { ...noFilters, localOnly: true }));
  await expect(status).toHaveText(statusFor(data, local));

  const level = data.facets.levels[0];
  if (level) {
    await page.getByText('Filter op preventieniveau, doelgroep of werkwijze').click();
    await page.getByRole('group', { name: 'Preventieniveau' }).getByRole('checkbox', { name: level.label }).check();
    const filtered = data.entries.filter((e) => entryMatches(e, { ...noFilters, localOnly: true, levels: [level.key] }));
    await expect(status).toHaveText(statusFor(data, filtered));
  }
});

test('a shared link opens the interactive map with its filters and municipality, and the URL follows the choices', async ({ page }) => {
  await page.goto(mapPaths.nl);
  const data = await mapData(page, 'nl');
  const level = data.facets.levels[0]!;
  await page.goto(`${mapPaths.nl}?level=${level.key}&local=1&m=23088`);
  // No button press: the link is the request.
  await expect(page.getByRole('region', { name: /Kaart van de gemeenten/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Alleen lokaal of regionaal/ })).toBeChecked();
  const filtered = data.entries.filter((e) => entryMatches(e, { ...noFilters, localOnly: true, levels: [level.key] }));
  await expect(page.locator('.coverage-map__status')).toHaveText(statusFor(data, filtered));
  await expect(page.getByRole('complementary', { name: 'Vilvoorde' })).toBeVisible();

  await page.getByRole('radio', { name: 'Alle initiatieven' }).check();
  await expect(page).toHaveURL(new RegExp(`\\?level=${level.key}&m=23088$`));
  await page.getByRole('complementary', { name: 'Vilvoorde' }).getByRole('button', { name: 'Sluiten' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?level=${level.key}$`));
});

test('a municipality page links to the map with that municipality selected; the report links to the local-only map', async ({ page }) => {
  await page.goto('/nl/gemeente/vilvoorde/');
  await page.getByRole('link', { name: 'Bekijk Vilvoorde op de kaart' }).click();
  await expect(page.getByRole('complementary', { name: 'Vilvoorde' })).toBeVisible();
  await page.goto(reportPaths.nl);
  await page.getByRole('link', { name: 'Kaart met alleen lokale en regionale hulp' }).click();
  await expect(page.getByRole('radio', { name: /Alleen lokaal of regionaal/ })).toBeChecked();
});

test('the table lists every municipality once and sorts by population', async ({ page }) => {
  await page.goto(mapPaths.en);
  await openTable(page);
  const table = page.getByRole('table', { name: /municipalities with the number of initiatives/ });
  const rows = table.locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(municipalities.length);
  const links = await table.locator('tbody').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(links).size).toBe(municipalities.length);

  // Where initiatives are based (the markers) is in the table too.
  const data = await mapData(page, 'en');
  const vilvoorde = data.municipalities.findIndex((m) => m.code === '23088');
  const basedInVilvoorde = data.entries.filter((e) => e.based.includes(vilvoorde)).length;
  // "(a) Based here" comes before the (b) and (c) columns.
  await expect(table.getByRole('row', { name: /^Vilvoorde / }).getByRole('cell').nth(-3)).toHaveText(String(basedInVilvoorde));

  const population = table.getByRole('columnheader', { name: /^Population/ });
  await population.getByRole('button').click();
  await expect(population).toHaveAttribute('aria-sort', 'ascending');
  const byPopulation = [...municipalities].sort((a, b) => a.population - b.population);
  await expect(rows.first().getByRole('rowheader')).toHaveText(municipalityName(byPopulation[0]!, 'en'));
  await population.getByRole('button').click();
  await expect(population).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first().getByRole('rowheader')).toHaveText(municipalityName(byPopulation.at(-1)!, 'en'));
  await expect(population.getByRole('button')).toHaveAccessibleName(/sorted descending/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the map page shows the picture and the full table, and says what needs JavaScript', async ({ page }) => {
    await page.goto(mapPaths.fr);
    await expect(page.getByRole('img', { name: /^Carte de la Belgique et des Pays-Bas/ })).toBeVisible();
    await expect(page.getByText(/^Zoomer, filtrer et choisir une commune sur la carte nécessitent JavaScript\./)).toBeVisible();
    await expect(page.getByRole('button', { name: startButton })).toBeHidden();
    await page.getByRole('link', { name: /Passer la carte/ }).click();
    const table = page.getByRole('table', { name: /communes avec le nombre/ });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody').getByRole('row')).toHaveCount(municipalities.length);
  });
});

test('with the geometry request blocked, the page says so, keeps the picture, and the table and search still work', async ({ page }) => {
  await page.route('**/data/map/geometry.json', (route) => route.abort());
  await page.goto(mapPaths.nl);
  await page.getByRole('button', { name: startButton }).click();
  await expect(page.getByRole('alert')).toHaveText(/De kaart kon niet worden geladen/);
  await expect(page.getByRole('img', { name: /^Kaart van België en Nederland/ })).toBeVisible();
  await expect(page.getByRole('button', { name: startButton })).toHaveCount(0);
  await openTable(page);
  const table = page.getByRole('table', { name: /gemeenten met het aantal initiatieven/ });
  await expect(table.locator('tbody').getByRole('row')).toHaveCount(municipalities.length);
  const all = table.getByRole('columnheader', { name: /^\(a\) Gezinnen kunnen contacteren/ });
  await all.getByRole('button').click();
  await expect(all).toHaveAttribute('aria-sort', 'ascending');
  await searchAndPick(page, 'Vilvoorde', 'Vilvoorde');
  await expect(page.getByRole('complementary', { name: 'Vilvoorde' })).toBeVisible();
});

test('with the map’s script blocked, the start button says so, the picture stays, and a second press works once the network is back', async ({ page }) => {
  await page.route('**/_astro/**', (route) => route.abort());
  await page.goto(mapPaths.en);
  await page.getByRole('button', { name: 'Open the interactive map' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The interactive map could not be loaded. Try again, or use the table below.' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Map of Belgium and the Netherlands/ })).toBeVisible();
  // Once the network is back, the same button tries again.
  await page.unroute('**/_astro/**');
  await page.getByRole('button', { name: 'Open the interactive map' }).click();
  await expect(page.getByRole('region', { name: 'Map of the municipalities of Belgium and the Netherlands' })).toBeVisible();
});

test('the coverage CSV downloads with a header and one row per municipality', async ({ page }) => {
  await page.goto(reportPaths.en);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Figures per municipality \(CSV/ }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(parseCsv(text, ';')[0]).toEqual([...coverageCsvColumns]);
  const records = parseCsvRecords(text, ';');
  expect(records).toHaveLength(municipalities.length);
  expect(new Set(records.map((r) => r.code))).toEqual(new Set(municipalities.map((m) => m.code)));
});

test('the report shows the figures, the municipalities served only by wide services, the ZVH gaps and the data vintage', async ({ page }) => {
  await page.goto(reportPaths.nl);
  const table = page.getByRole('table', { name: /Gemeenten en bevolking met hulp van elke soort/ });
  for (const area of ['België', 'Vlaanderen', 'Brussels Hoofdstedelijk Gewest', 'Wallonië', 'Nederland', 'Vlaams-Brabant', 'Luik', 'Noord-Holland']) {
    await expect(table.getByRole('rowheader', { name: area, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Wat de cijfers zeggen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nederlandse gemeenten zonder Zorg- en Veiligheidshuis in de gegevens' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Over deze cijfers' })).toContainText('Family Support-mapping van 2018');
  await expect(page.getByRole('region', { name: 'Over deze cijfers' })).toContainText('Statbel en CBS');
});

for (const lang of ['nl', 'fr', 'en'] as const) {
  test(`axe finds no violation on the map page (${lang}), with a municipality selected`, async ({ page }) => {
    test.setTimeout(120_000); // axe walks the 907-row table twice
    await page.goto(mapPaths[lang]);
    await openTable(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: startButton }).click();
    await expect(page.locator('.coverage-map__status')).not.toBeEmpty();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('searchbox').fill('Vilvoorde');
    await page.getByRole('button', { name: /^(Vilvoorde|Vilvorde)/ }).first().click();
    await expect(page.getByRole('complementary', { name: /^(Vilvoorde|Vilvorde)/ }).getByRole('heading', { level: 2 })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });
  test(`axe finds no violation on the coverage report (${lang})`, async ({ page }) => {
    await page.goto(reportPaths[lang]);
    expect(await axeViolations(page)).toEqual([]);
  });
}
