/**
 * The finder's facet filters on Pagefind (issue #3): each facet narrows, OR within a facet, AND across
 * facets, the count shown equals the cards shown and the data, the URL carries the state, and an empty
 * result offers a way on. Expected sets are computed from the content, never written in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, axeResults } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { facets } from '../../src/lib/finder/facets.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { distanceKm } from '../../src/lib/geo/nearest.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { buildDirectory, placeFor } from '../../src/lib/directory/directory.ts';
import { offeredFirst } from '../../src/lib/directory/offered-first.ts';

const municipalities = loadMunicipalities();
const initiatives = validateDirectory(municipalities).entries.map((e) => e.data);
type P = (typeof initiatives)[number];
// The region facet reads the regions an entry serves (its directory entry), not its seat.
const entryOf = new Map(buildDirectory(initiatives, municipalities).entries.map((e) => [e.data.id, e]));
const isStillOffered = (p: P) => p.status.value !== 'ended' && p.status.value !== 'merged';
const current = initiatives.filter(isStillOffered);
const has = (facet: keyof typeof facets, value: string) => (p: P) =>
  facets[facet].valuesOf(entryOf.get(p.id)!).includes(value);

/** Entry ids of the result cards, after loading every page of results. */
async function resultIds(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: 'Meer resultaten tonen' });
  // Press it whenever it shows until it hides itself (every result shown). A press while a page loads is ignored by
  // the finder, so this waits on the button's state, not on time; the ids are checked after.
  await expect
    .poll(
      async () => {
        if (await more.isVisible()) await more.dispatchEvent('click');
        return more.isVisible();
      },
      { timeout: 60_000 },
    )
    .toBe(false);
  // The name link of each card (a card may also carry a tel: link to its current number).
  const hrefs = await resultItems(page)
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.split('/').filter(Boolean).pop()!).sort();
}

async function expectResults(page: Page, expected: P[]): Promise<void> {
  const ids = expected.map((p) => p.id).sort();
  const label = ids.length === 1 ? '1 resultaat' : `${ids.length} resultaten`;
  await expect(page.getByRole('status')).toHaveText(ids.length === 0 ? 'Geen resultaten' : label);
  expect(await resultIds(page)).toEqual(ids);
}

/** The result cards: the items of the results list (each holds one card; a card's badges are a list of their own). */
const resultItems = (page: Page) =>
  page
    .getByRole('list', { name: /^(Zoekresultaten|Résultats de la recherche|Search results)$/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('article') });
/** The filter panel's disclosure, by its summary's text (a <summary> has no role to find it by). */
const filtersSummary = (page: Page) => page.getByText(/^(Filters|Filtres)\b/);
/** A facet's group of checkboxes in the panel, hidden ones included: shown only while the panel is open. */
const facetGroup = (page: Page, name: string) => page.getByRole('group', { name, exact: true, includeHidden: true });

const box = (page: Page, group: string, name: string) =>
  page.getByRole('group', { name: group }).getByRole('checkbox', { name: new RegExp(`^${name} \\(`) });

test('each facet narrows, OR within a facet, AND across facets; the count shown equals the cards shown', async ({
  page,
}) => {
  await page.goto('/nl/initiatieven/');
  await page.getByText('Filters', { exact: true }).click();
  await box(page, 'Preventieniveau', 'Tertiaire preventie').check();
  const tertiary = current.filter(has('level', 'tertiary'));
  await expectResults(page, tertiary);
  await expect(page).toHaveURL(/\?level=tertiary$/);

  // The counts beside another facet follow the selection: Nederland among the tertiary entries.
  const tertiaryNl = tertiary.filter(has('region', 'NL'));
  await expect(box(page, 'Gewest of land', 'Nederland')).toHaveAccessibleName(`Nederland (${tertiaryNl.length})`);
  await box(page, 'Gewest of land', 'Nederland').check();
  await expectResults(page, tertiaryNl);
  expect(tertiaryNl.length).toBeLessThan(tertiary.length);

  // OR within a facet: adding primary prevention widens the level, still AND with the region.
  await box(page, 'Preventieniveau', 'Primaire preventie').check();
  await expectResults(
    page,
    current.filter((p) => (has('level', 'tertiary')(p) || has('level', 'primary')(p)) && has('region', 'NL')(p)),
  );

  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page).toHaveURL(/\/nl\/initiatieven\/$/);
  await expect(resultItems(page)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Alle hulp' })).toBeVisible();
});

for (const [facet, value, group, label] of [
  ['method', 'helpline-phone', 'Werkvorm', 'Telefonische hulplijn'],
  ['target', 'mothers', 'Doelgroep', 'Moeders'],
  ['country', 'BE', 'Land', 'België'],
  ['language', 'fr', 'Taal van de hulp', 'Frans'],
  ['access', 'free', 'Toegang', 'Gratis'],
] as const) {
  test(`the ${facet} facet narrows to exactly the entries with ${value}`, async ({ page }) => {
    await page.goto('/nl/initiatieven/');
    await page.getByText('Filters', { exact: true }).click();
    const expected = current.filter(has(facet, value));
    expect(expected.length).toBeGreaterThan(0);
    await expect(box(page, group, label)).toHaveAccessibleName(`${label} (${expected.length})`);
    await box(page, group, label).check();
    await expectResults(page, expected);
  });
}

test('a shared URL restores query and facets in any language; Back restores the previous state', async ({ page }) => {
  const expected = current.filter((p) => has('target', 'parents')(p) && has('region', 'BE-VLG')(p));
  await page.goto('/nl/initiatieven/?target=parents&region=BE-VLG');
  // The panel stays closed so the results are in view; its summary names the choices.
  await expect(facetGroup(page, 'Doelgroep')).toBeAttached();
  await expect(facetGroup(page, 'Doelgroep')).toBeHidden();
  await expect(filtersSummary(page)).toHaveText('Filters (2 actief) – Ouders, Vlaanderen');
  await filtersSummary(page).click();
  await expect(box(page, 'Doelgroep', 'Ouders')).toBeChecked();
  await expectResults(page, expected);
  await box(page, 'Gewest of land', 'Vlaanderen').uncheck();
  await expectResults(page, current.filter(has('target', 'parents')));
  await page.goBack();
  await expect(page).toHaveURL(/\?target=parents&region=BE-VLG$/);
  await expect(box(page, 'Gewest of land', 'Vlaanderen')).toBeChecked();
  await expectResults(page, expected);
  // The same link in French: values are language-neutral, labels translated.
  await page.goto('/fr/initiatives/?target=parents&region=BE-VLG');
  await expect(filtersSummary(page)).toHaveText('Filtres (2 actifs) – Parents, Flandre');
  await expect(page.getByRole('status')).toHaveText(`${expected.length} résultats`);
  // One choice: the French adjective agrees with the count ("1 actif", not "1 actifs").
  await page.goto('/fr/initiatives/?target=parents');
  await expect(page.getByText('Filtres (1 actif) – Parents', { exact: true })).toBeVisible();
});

test('an unknown facet value in the URL is ignored with a short notice', async ({ page }) => {
  await page.goto('/en/initiatives/?level=quaternary&target=mothers');
  await expect(page.getByText('This link contained a filter we do not know (level=quaternary)')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`${current.filter(has('target', 'mothers')).length} results`);
});

test('nothing found: offers to drop the narrowest filter and lists the helplines for everyone', async ({ page }) => {
  // Two values that each match something but never together, found in the data.
  const values = (['language', 'target', 'method'] as const).flatMap((f) =>
    Object.keys(facets[f].vocabulary).map((v) => [f, v] as const),
  );
  const pair = values
    .flatMap((a) => values.filter((b) => b[0] !== a[0]).map((b) => [a, b] as const))
    .find(
      ([a, b]) =>
        current.some(has(...a)) && current.some(has(...b)) && !current.some((p) => has(...a)(p) && has(...b)(p)),
    );
  expect(pair).toBeDefined();
  const [[f1, v1], [f2, v2]] = pair!;
  await page.goto(`/nl/initiatieven/?${f1}=${v1}&${f2}=${v2}`);
  await expect(page.getByRole('status')).toHaveText('Geen resultaten');
  await expect(page.getByText('Niets komt overeen met al deze keuzes.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hulp voor iedereen in het land' })).toBeVisible();
  // The helplines, one list per country named by its country.
  await expect(
    page
      .getByRole('list', { name: /^(België|Nederland)$/ })
      .getByRole('link')
      .first(),
  ).toBeVisible();
  const drop = page.getByRole('button', { name: /^Filter “.+” weglaten \(\d+\)$/ });
  await drop.click();
  await expect(page.getByRole('status')).toHaveText(/^\d+ resultaten?$/);
  expect((await resultIds(page)).length).toBeGreaterThan(0);
});

test('ended initiatives are hidden by default and findable with the toggle, marked, with their successor', async ({
  page,
}) => {
  const ended = initiatives.find((p) => p.status.value === 'merged' && p.status.successor);
  test.skip(!ended, 'no merged entry in the data');
  await page.goto(`/nl/initiatieven/?q=${encodeURIComponent(ended!.name)}`);
  await expect(page.getByRole('status')).toHaveText(/resulta/);
  expect(await resultIds(page)).not.toContain(ended!.id);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: /Toon ook initiatieven die gestopt zijn/ }).check();
  await expect(page).toHaveURL(/ended=1/);
  await expect.poll(() => resultIds(page)).toContain(ended!.id);
  const successor = initiatives.find((p) => p.id === ended!.status.successor)!;
  const card = resultItems(page).filter({
    has: page.getByRole('heading').getByRole('link', { name: ended!.name, exact: true }),
  });
  await expect(card.getByRole('heading').getByRole('link')).toHaveAttribute('href', `/nl/initiatief/${ended!.id}/`);
  await expect(card).toContainText(`Verder gezet door ${successor.name}`);
});

test('a chosen place lists only the help serving it, in the ranking rule’s order (src/lib/directory/offered-first.ts)', async ({
  page,
}) => {
  const vilvoorde = municipalities.find((m) => m.nameNl === 'Vilvoorde')!;
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const directory = buildDirectory(initiatives, municipalities);
  const ranked = offeredFirst(
    directory.entries,
    placeFor(vilvoorde.code, (c) => byCode.get(c)?.centroid, distanceKm),
    'family',
    new Date(),
  );
  const first = ranked.find((e) => isStillOffered(e.data) && has('target', 'parents')(e.data))!;
  await page.goto(`/nl/initiatieven/?target=parents&near=${vilvoorde.code}`);
  await expect(page.getByText('Dichtstbij Vilvoorde eerst')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sorteren op' })).toHaveValue('nearest');
  await expect(resultItems(page).first().getByRole('heading').getByRole('link')).toHaveAttribute(
    'href',
    `/nl/initiatief/${first.data.id}/`,
  );
});

test('axe: no violations on the index with the filters open and results shown', async ({ page }) => {
  await page.goto('/en/initiatives/?level=tertiary&q=parents');
  await filtersSummary(page).click();
  await expect(facetGroup(page, 'Prevention level')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/results?$/);
  const results = await axeResults(page, { bestPractice: true });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('"hotline" finds the telephone helplines in English, though no label says hotline, and the card shows the summary', async ({
  page,
}) => {
  await page.goto('/en/initiatives/?q=hotline');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?$/);
  const helplines = current.filter(has('method', 'helpline-phone')).map((p) => p.id);
  // The entry links only: a card may also carry a tel: link to its current number.
  const ids = await resultItems(page)
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).pop()!));
  expect(ids.length).toBeGreaterThan(0);
  // A result that is not a helpline must say "hotline" itself (e.g. a cited source's title).
  for (const id of ids) {
    if (helplines.includes(id)) continue;
    const file = ['be', 'nl'].map((c) => `src/content/initiatives/${c}/${id}.md`).find((f) => existsSync(f))!;
    expect(readFileSync(file, 'utf8'), id).toMatch(/hotline/i);
  }
  expect(ids.filter((id) => helplines.includes(id)).length).toBeGreaterThan(ids.length / 2);
  await expect(resultItems(page).first()).not.toContainText('phone line call telephone');
});

test('a French search opened in English keeps its filters; a word that finds nothing there is dropped with a one-line notice', async ({
  page,
}) => {
  const filters = 'level=secondary&level=tertiary&target=parents&region=BE-BRU';
  await page.goto(`/fr/initiatives/?q=retour&${filters}`);
  await expect(page.getByRole('status')).toHaveText(/résultat/);
  await page
    .getByRole('navigation', { name: /langue/i })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page).toHaveURL(/\/en\/initiatives\//);
  // The filters always carry over (language-neutral values).
  for (const part of filters.split('&')) expect(new URL(page.url()).search).toContain(part);
  const expected = current.filter(
    (p) =>
      (has('level', 'secondary')(p) || has('level', 'tertiary')(p)) &&
      has('target', 'parents')(p) &&
      has('region', 'BE-BRU')(p),
  );
  const status = page.getByRole('status');
  await expect(status).toHaveText(/results?$/);
  if (new URL(page.url()).searchParams.has('q')) {
    // Kept: the word still finds something in English.
    await expect(status).not.toHaveText('No results');
  } else {
    // Dropped, said in one line, and the filters alone show their results.
    await expect(
      page.getByText(
        '“retour” finds nothing in English with these filters, so the search word was removed; the filters are kept.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(status).toHaveText(expected.length === 1 ? '1 result' : `${expected.length} results`);
  }
});

test('nothing found: the word and all filters can be cleared too', async ({ page }) => {
  await page.goto('/en/initiatives/?target=parents');
  await expect(page.getByRole('status')).toHaveText(/results?$/);
  // Typed here (not opened with the link), the word stays: the person sees that it found nothing.
  await page.getByRole('searchbox').fill('zzzqqq');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.getByRole('status')).toHaveText('No results');
  await expect(page.getByRole('button', { name: 'Clear all filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear the search word' }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page).toHaveURL(/target=parents/);
  await expect(page.getByRole('status')).toHaveText(`${current.filter(has('target', 'parents')).length} results`);
});
