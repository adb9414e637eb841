import { test, expect } from './fixtures.ts';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { everyPage } from './page-types.ts';
import { checkTable, type TableSchemaLike } from '../../src/lib/exports/table-check.ts';

test('every file linked from the open-data page downloads and parses, in each language', async ({ page, request }) => {
  for (const path of ['/nl/open-data/', '/fr/donnees-ouvertes/', '/en/open-data/']) {
    await page.goto(path);
    const links = page.getByRole('main').getByRole('link', { name: /\.(json|csv)$/ });
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(7);
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const text = await response.text();
      // Semicolon-separated, for Excel in Belgium (src/lib/csv.ts excelCsv).
      if (href.endsWith('.csv')) expect(parseCsvRecords(text, ';').length, href).toBeGreaterThan(0);
      else expect(() => JSON.parse(text), href).not.toThrow();
    }
  }
});

test('the exports agree with each other and state licence, date and sources', async ({ request }) => {
  const json = await (await request.get('/data/initiatives.json')).json();
  expect(json.licence.name).toBe('CC BY 4.0');
  expect(json.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(json.sources).toBeTruthy();
  const ids = json.initiatives.map((i: { id: string }) => i.id);
  expect(ids).toContain('landelijk-steunpunt-extremisme');
  const schema = await (await request.get('/data/initiatives.schema.json')).json();
  expect(Object.keys(schema.properties.initiatives.items.properties)).toContain('verified');
  const csv = parseCsvRecords(await (await request.get('/data/initiatives.csv')).text(), ';');
  expect(csv.map((r) => r.id)).toEqual(ids);
  const services = await (await request.get('/data/hsds/services.json')).json();
  expect(services.total_items).toBe(ids.length);
  expect(services.contents).toHaveLength(ids.length);
  expect(services.licence.name).toBe('CC BY 4.0');
  const organizations = await (await request.get('/data/hsds/organizations.json')).json();
  // One record per organisation: the set of organisations is the set the services link to (none for an unidentified one).
  const linked = [
    ...new Set(services.contents.map((s: { organization_id?: string }) => s.organization_id).filter(Boolean)),
  ].sort();
  expect(organizations.contents.map((o: { id: string }) => o.id).sort()).toEqual(linked);
  expect(organizations.contents.length).toBeLessThan(services.contents.length);
  const coverage = parseCsvRecords(await (await request.get('/data/coverage.csv')).text(), ';');
  expect(coverage.length).toBeGreaterThan(500);
  const pkg = await (await request.get('/data/datapackage.json')).json();
  for (const resource of pkg.resources)
    expect((await request.get(`/data/${resource.path}`)).status(), resource.path).toBe(200);
});

test('sitemap and robots exist, with language alternates', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/nl/gemeente/vilvoorde/</loc>');
  expect(sitemap).toContain('hreflang="fr" href="https://familysupportatlas.example/fr/commune/vilvorde/"');
  // Every page type in every language is listed (municipality, facet, entry and report pages included).
  const locs = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  // …except the "not found" pages and the "suggest a change" forms, which carry noindex and no canonical link.
  for (const { type, path } of everyPage) expect(locs.has(path), path).toBe(type !== 'notFound' && type !== 'suggest');
  const json = await (await request.get('/data/initiatives.json')).json();
  for (const { id } of json.initiatives as { id: string }[]) expect(locs.has(`/fr/initiative/${id}/`), id).toBe(true);
});

test('the data report counts unknowns and says what the 2018 comparison can confirm', async ({ page, request }) => {
  const json = await (await request.get('/data/initiatives.json')).json();
  type Entry = { region?: string; preventionLevels: { values: string[] }; mapping2018?: { side: string } };
  const entries = json.initiatives as Entry[];
  await page.goto('/en/data-report/');
  await expect(page.getByRole('heading', { level: 1, name: 'Data report' })).toBeVisible();
  const levels = page.getByRole('region', { name: 'By prevention level' });
  const unknownLevels = entries.filter((e) => e.preventionLevels.values.length === 0).length;
  await expect(
    levels
      .getByRole('row', { name: /Unknown \(not stated\)/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(String(unknownLevels));
  // Regions served (regionsServed in the export), not the seat: an entry is unknown only when it serves no region at all.
  const noRegion = entries.filter((e) => (e as { regionsServed?: string[] }).regionsServed?.length === 0).length;
  const regionUnknown = page
    .getByRole('region', { name: 'By region' })
    .getByRole('row', { name: /Unknown \(not stated\)/ });
  if (noRegion > 0) await expect(regionUnknown.getByRole('cell').first()).toHaveText(String(noRegion));
  else await expect(regionUnknown).toHaveCount(0);
  const guide = page.getByRole('region', { name: 'Checking the 2018 guide' });
  for (const [side, name] of [
    ['nl', 'Dutch'],
    ['fr', 'French'],
  ] as const) {
    const fiches = entries.filter((e) => e.mapping2018?.side === side).length;
    await expect(
      guide
        .getByRole('row', { name: new RegExp(name) })
        .getByRole('cell')
        .first(),
    ).toHaveText(String(fiches));
  }
  await expect(
    guide.getByText(/can neither confirm nor refute|is consistent with the guide|does not show the lean/),
  ).toBeVisible();
  // The quality lists are native disclosures with links to the entries.
  const quality = page.getByRole('region', { name: 'Data quality' });
  await quality.getByText('Show the entries').first().click();
  await expect(quality.getByRole('link').first()).toBeVisible();
});

test('the changes page lists entries newest first and links to them', async ({ page }) => {
  await page.goto('/nl/wijzigingen/');
  const items = page.getByRole('main').getByRole('listitem');
  expect(await items.count()).toBeGreaterThan(5);
  // Each item's newest date: the machine-readable value (datetime) of its <time> elements.
  const latest: string[] = [];
  for (const item of await items.all()) {
    latest.push(
      (await item.getByRole('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!)))
        .sort()
        .at(-1)!,
    );
  }
  expect(latest).toEqual([...latest].sort().reverse());
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/nl\/initiatief\/[a-z0-9-]+\/$/);
});

test('an entry page carries schema.org data for its service, without a CSP complaint', async ({ page }) => {
  await page.goto('/en/initiative/landelijk-steunpunt-extremisme/');
  // JSON-LD is a <script> for machines: nothing a person sees stands for it.
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data['@type']).toBe('Service');
  expect(data.name).toBe('Landelijk Steunpunt Extremisme (LSE)');
  expect(data.provider.name).toBe('Stichting Fier');
  // International form, so the number works from a foreign SIM (the page shows the national form).
  expect(data.telephone).toBe('+31 88 208 0080');
});

test('every entry page offers a change by e-mail, pre-filled with the entry id and page address, and the suggest page', async ({
  page,
}) => {
  await page.goto('/fr/initiative/caprev-fwb/');
  const href = await page
    .getByRole('link', { name: 'ou envoyer un e-mail avec ses coordonnées actuelles' })
    .getAttribute('href');
  expect(href).toMatch(/^mailto:/);
  const body = decodeURIComponent(href!.split('body=')[1]!);
  expect(body).toContain('id: caprev-fwb');
  expect(body).toContain('/fr/initiative/caprev-fwb/');
  await expect(page.getByRole('link', { name: 'Proposer une modification de cette fiche' })).toHaveAttribute(
    'href',
    '/fr/initiative/caprev-fwb/modification/',
  );
});

test('each published CSV fits the Table Schema datapackage.json gives it, and the open-data page explains every column in its language', async ({
  page,
  request,
}) => {
  const pkg = (await (await request.get('/data/datapackage.json')).json()) as {
    resources: {
      path: string;
      format: string;
      schema?: TableSchemaLike & { fields: { name: string; description: string }[] };
      dialect?: { delimiter: string };
    }[];
  };
  const csvs = pkg.resources.filter((r) => r.format === 'csv');
  expect(csvs.length).toBeGreaterThanOrEqual(3);
  for (const resource of csvs) {
    expect(resource.schema, resource.path).toBeTruthy();
    const text = await (await request.get(`/data/${resource.path}`)).text();
    expect(checkTable(resource.schema!, text, resource.dialect!.delimiter), resource.path).toEqual([]);
  }
  // The data dictionary: one table per CSV, a row per column with a description (never empty, never the key itself).
  for (const [path, lang] of [
    ['/nl/open-data/', 'nl'],
    ['/fr/donnees-ouvertes/', 'fr'],
    ['/en/open-data/', 'en'],
  ] as const) {
    await page.goto(path);
    for (const resource of csvs) {
      const table = page.getByRole('region', { name: resource.path }).getByRole('table');
      await expect(table, `${lang} ${resource.path}`).toBeVisible();
      const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
      expect(await rows.getByRole('rowheader').allTextContents(), `${lang} ${resource.path}`).toEqual(
        resource.schema!.fields.map((f) => f.name),
      );
      for (const description of await rows.evaluateAll((trs) =>
        trs.map((tr) => tr.lastElementChild?.textContent ?? ''),
      )) {
        expect(description.length).toBeGreaterThan(10);
        expect(description).not.toMatch(/^columns\./);
      }
    }
  }
});
