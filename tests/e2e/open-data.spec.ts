import { test, expect } from './fixtures.ts';

test('the open-data page links files that download and parse', async ({ page, request }) => {
  await page.goto('/en/open-data/');
  const links = page.getByRole('main').getByRole('link', { name: /\.(json|csv)$/ });
  await expect(links).toHaveCount(5);
  const hsds = await (await request.get('/data/hsds-services.json')).json();
  expect(hsds.services.length).toBeGreaterThan(80);
  const json = await (await request.get('/data/initiatives.json')).json();
  expect(json.licence.name).toBe('CC BY 4.0');
  expect(json.initiatives.length).toBeGreaterThan(80);
  expect(json.initiatives.some((i: { id: string }) => i.id === 'landelijk-steunpunt-extremisme')).toBe(true);
  const schema = await (await request.get('/data/initiatives.schema.json')).json();
  expect(schema.properties.initiatives.items.properties.id).toBeTruthy();
  const csv = await (await request.get('/data/initiatives.csv')).text();
  expect(csv.split('\r\n')[0]).toMatch(/^id,name,organization,/);
  expect(csv.trim().split('\r\n')).toHaveLength(json.initiatives.length + 1);
});

test('sitemap and robots exist, with language alternates', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/nl/gemeente/vilvoorde/</loc>');
  expect(sitemap).toContain('hreflang="fr" href="https://familysupportatlas.example/fr/commune/vilvorde/"');
});

test('an entry page carries schema.org data for its service, without a CSP complaint', async ({ page }) => {
  await page.goto('/en/initiative/landelijk-steunpunt-extremisme/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data['@type']).toBe('Service');
  expect(data.name).toBe('Landelijk Steunpunt Extremisme (LSE)');
  expect(data.provider.name).toBe('Stichting Fier');
  expect(data.telephone).toBe('088 20 80 080');
});

test('every entry page offers a correction by e-mail, pre-filled with the entry id and page address', async ({ page }) => {
  await page.goto('/fr/initiative/caprev-fwb/');
  const href = await page.getByRole('link', { name: 'Signaler une correction pour cette fiche' }).getAttribute('href');
  expect(href).toMatch(/^mailto:/);
  const body = decodeURIComponent(href!.split('body=')[1]!);
  expect(body).toContain('id: caprev-fwb');
  expect(body).toContain('/fr/initiative/caprev-fwb/');
});
