import { test, expect } from './fixtures.ts';

test('the open-data page links files that download and parse', async ({ page, request }) => {
  await page.goto('/en/open-data/');
  const links = page.getByRole('main').getByRole('link', { name: /\.(json|csv)$/ });
  await expect(links).toHaveCount(4);
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
