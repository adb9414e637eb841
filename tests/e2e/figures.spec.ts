/**
 * Issue 14, the code side: regions served, honest coverage, staleness shown, clean text. Expected
 * values are hand-checked against the content of 2026-12-01 (see each comment), never computed by the
 * functions under test; when the data developers' updates land, the lead re-checks the marked numbers.
 */
import { test, expect } from './fixtures.ts';
import { everyPage } from './page-types.ts';

test('filtering on Wallonia in French lists CAPREV (French Community, seated in Brussels)', async ({ page }) => {
  // Without JavaScript: the facet page.
  await page.goto('/fr/region/wallonie/');
  await expect(page.getByRole('link', { name: /CAPREV/ }).first()).toBeVisible();
  // With the finder's checkbox.
  await page.goto('/fr/initiatives/');
  await page.getByText('Filtres', { exact: true }).click();
  await page
    .getByRole('group', { name: 'Région ou pays' })
    .getByRole('checkbox', { name: /^Wallonie \(/ })
    .check();
  await expect(
    page
      .getByRole('list', { name: 'Résultats de la recherche' })
      .getByRole('listitem')
      .filter({ hasText: 'CAPREV' })
      .first(),
  ).toBeVisible();
});

test('the coverage report counts a municipality whose only help has unknown status as not covered by (a)', async ({
  page,
}) => {
  await page.goto('/en/coverage/');
  // Hand-checked on the 2026-12-01 data: in Flanders the family lines (Opvoedingslijn, Infolijn Islam …)
  // have status unknown or evidence older than three years, and the current Flemish services are for
  // professionals (contact point, expert pool, VVSG coaching, local cells). So no Flemish municipality
  // has help of kind (a), though every one is served by (b) and (c).
  const reading = page.getByRole('region', { name: 'What the figures say' });
  await expect(
    reading.getByText(
      'Flanders: 0 of 285 municipalities, home to 0% of the population, have local or regional help a family can contact.',
    ),
  ).toBeVisible();
  await expect(
    reading.getByText(
      'Flanders: 285 municipalities have help for professionals only and 285 have help that is not confirmed; neither is counted above.',
    ),
  ).toBeVisible();
  const antwerp = page.getByRole('row', { name: /^Antwerp\b/ });
  // Columns: municipalities 67 | (a) local 0 | 0% | (a) incl. country-wide 0 | without (a) 67 | … | (b) 67 | (c) 67.
  const cells = antwerp.getByRole('cell');
  await expect(cells.nth(0)).toHaveText('67');
  await expect(cells.nth(1)).toHaveText('0');
  await expect(cells.nth(3)).toHaveText('0');
  await expect(cells.nth(4)).toHaveText('67');
  await expect(cells.last()).toHaveText('67');
  // And Aartselaar (province of Antwerp) is listed among the municipalities without help a family can contact.
  const gaps = page.getByRole('region', { name: 'Municipalities without help a family can contact' });
  await expect(gaps.getByText(/\bAartselaar\b/).first()).toBeAttached();
});

test('the CSV files open in Belgian Excel: UTF-8 byte-order mark and semicolons, one column per kind', async ({
  request,
}) => {
  for (const path of ['/data/coverage.csv', '/data/coverage-areas.csv', '/data/initiatives.csv']) {
    const bytes = await (await request.get(path)).body();
    expect([...bytes.subarray(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
    const header = bytes.toString('utf8').slice(1).split('\r\n')[0]!;
    expect(header.split(';').length, path).toBeGreaterThan(5);
    expect(header, path).not.toContain(',');
  }
  const header = (await (await request.get('/data/coverage.csv')).text()).split('\r\n')[0]!;
  for (const column of ['family_help_all', 'professional_only_help', 'unconfirmed_help'])
    expect(header).toContain(column);
});

test('a search for "hulplijn" shows prose excerpts: no keyword lists, no glued labels, no repeated title', async ({
  page,
}) => {
  await page.goto('/nl/initiatieven/?q=hulplijn');
  const cards = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('article');
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    const title = (await card.getByRole('heading').innerText()).trim();
    // The card's first paragraph is "Organisation · Region"; the excerpt is among the paragraphs after it
    // (with the warnings, the phone and the languages, which none of the checks below can match either).
    const [meta, ...rest] = (await card.getByRole('paragraph').allInnerTexts()).map((text) => text.trim());
    const org = meta!.split(' · ')[0]!.trim();
    expect(rest.length, title).toBeGreaterThan(0);
    for (const excerpt of rest) {
      // The synonym lists of src/lib/finder/search-synonyms.ts, as they were indexed before.
      expect(excerpt, title).not.toMatch(/hotline telefoonlijn|telefoon ouder gezin|ouder gezin|mail mailen chatten/i);
      // Labels glued to their values ("PreventieniveauTertiaire preventie", "WerkvormTelefonische hulplijn").
      expect(excerpt, title).not.toMatch(/(Preventieniveau|Werkvorm|Doelgroep|Status|Betrouwbaarheid)\p{Lu}/u);
      // The page's name and its metadata line are not indexed text: no excerpt opens on "Name Organisation · Region".
      expect(excerpt, title).not.toContain(`${title} ${org}`);
      expect(excerpt.startsWith(`${org} ·`), title).toBe(false);
    }
  }
});

test('an entry on old evidence says so, in the reader’s language, on its page and its card', async ({ page }) => {
  // Hand-checked: the Opvoedingslijn's radicalisation task rests on evidence of February 2016 (Flanders dossier).
  await page.goto('/fr/initiative/opvoedingslijn-radicalisering/');
  await expect(page.getByRole('note').filter({ hasText: 'Non confirmé depuis 2016' })).toBeVisible();
  await page.goto('/en/initiative/opvoedingslijn-radicalisering/');
  await expect(page.getByRole('note').filter({ hasText: 'Not confirmed since 2016' })).toBeVisible();
  await page.goto('/nl/regio/vlaanderen/');
  await expect(
    page.getByRole('article').filter({ hasText: 'Opvoedingslijn' }).getByText('Niet bevestigd sinds 2016').first(),
  ).toBeVisible();
});

for (const { type, lang, path } of everyPage) {
  test(`no internal note or placeholder on the ${type} page (${lang})`, async ({ page }) => {
    await page.goto(path);
    // The whole page's text: no role stands for it.
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/stored copy|our dating|undated \(/i);
    // A lone "?" where a value should be ("last confirmed ?", "Status: ?", "(?)", a table cell holding only "?").
    expect(text).not.toMatch(/confirm\w*\s+\?|[:(]\s*\?\s*[)\n]|^\s*\?\s*$|(?:^|\t) *\? *(?:\t|$)/im);
  });
}

test('the data report lists the unverified leads in the reader’s language, with their source and no contact link', async ({
  page,
}) => {
  // Hand-checked: src/data/leads holds 3 Belgian and 3 Dutch leads (Menen, Zele, Ninove, Papendrecht, Oosterhout, Amsterdam).
  const cases = [
    {
      path: '/fr/rapport-donnees/',
      title: 'Pistes non vérifiées, hors du répertoire',
      badge: 'Piste non vérifiée',
      why: 'Une seule source ; il en faut une deuxième, indépendante.',
      place: 'Menin (Belgique)',
    },
    {
      path: '/nl/gegevensrapport/',
      title: 'Niet-gecontroleerde sporen, niet in de gids',
      badge: 'Niet-gecontroleerd spoor',
      why: 'Maar één bron; er is een tweede, onafhankelijke bron nodig.',
      place: 'Menen (België)',
    },
    {
      path: '/en/data-report/',
      title: 'Unverified leads, not in the directory',
      badge: 'Unverified lead',
      why: 'One source only; needs a second, independent one.',
      place: 'Menen (Belgium)',
    },
  ];
  for (const c of cases) {
    await page.goto(c.path);
    const section = page.getByRole('region', { name: c.title });
    await expect(section.getByRole('heading', { level: 3 })).toHaveCount(6);
    await expect(section.getByText(c.badge, { exact: true })).toHaveCount(6);
    await expect(section.getByText(c.why, { exact: true })).toHaveCount(4);
    await expect(section.getByText(c.place, { exact: true })).toBeVisible();
    await expect(section.getByRole('link', { name: /Gemeente Zele/ })).toHaveAttribute(
      'href',
      'https://www.zele.be/hoe-pakken-we-radicalisering-aan-in-zele',
    );
    const hrefs = await section
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => /^(tel|mailto):/.test(href))).toEqual([]);
  }
});
