/**
 * The entry page's build-time extras: the coverage map (inline SVG), related initiatives, and the
 * print layout as a one-page A4 referral sheet with a QR code to the page.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { routes } from '../../src/lib/routes.ts';
import { perLanguage } from '../../src/schemas/languages.ts';

/** Initiative R of Cocon-Vilvoorde: the arrondissement Halle-Vilvoorde, a small served area. */
const local = perLanguage((lang) => routes.initiative(lang, 'cocon-vilvoorde-project-r'));
const projectR = validateDirectory(loadMunicipalities())
  .entries.map((e) => e.data)
  .find((p) => p.id === 'cocon-vilvoorde-project-r')!;
/** The first heading of Initiative R's description (its Markdown body), shown on screen, not in print. */
const bodyHeading = /^## (.+)$/m.exec(
  readFileSync('src/content/initiatives/be/cocon-vilvoorde-project-r.md', 'utf8'),
)![1]!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A title-only record of the 2018 mapping: nothing is known about where it works. */
const unknownArea = '/en/initiative/intensieve-ondersteuning-aan-moeders/';

test.describe('coverage map', () => {
  test('an entry with local coverage shows an SVG map named for the entry, with a served-area path', async ({
    page,
  }) => {
    await page.goto(local.en);
    const map = page.getByRole('img', { name: 'Map: area served by Project R' });
    await expect(map).toBeVisible();
    expect(await map.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');
    // Inside the "where" section, next to the list of municipalities (the text equivalent).
    await expect(page.getByRole('region', { name: 'Where it works' }).getByRole('img')).toHaveCount(1);
    // SVG paths have no role: the served area and the land around it are told apart by their classes.
    const served = map.locator('path.coverage-svg__served');
    await expect(served).toHaveCount(1);
    expect((await served.getAttribute('d'))!.length).toBeGreaterThan(20);
    await expect(map.locator('path.coverage-svg__land')).toHaveCount(1);
  });

  test('the map name is translated', async ({ page }) => {
    await page.goto(local.nl);
    await expect(page.getByRole('img', { name: 'Kaart: werkgebied van Project R' })).toBeVisible();
    await page.goto(local.fr);
    await expect(page.getByRole('img', { name: 'Carte : zone desservie par Project R' })).toBeVisible();
  });

  test('with unknown coverage there is no map but a sentence saying so', async ({ page }) => {
    await page.goto(unknownArea);
    const where = page.getByRole('region', { name: 'Where it works' });
    await expect(where).toBeVisible();
    await expect(where.getByRole('img', { includeHidden: true })).toHaveCount(0);
    await expect(page.getByText('The area this initiative serves is not known, so no map is shown.')).toBeVisible();
  });
});

test.describe('related initiatives', () => {
  for (const path of [local.nl, local.fr, '/en/initiative/landelijk-steunpunt-extremisme/']) {
    test(`${path} lists 1 to 4 other entries, not itself`, async ({ page }) => {
      await page.goto(path);
      const section = page.getByRole('region', { name: /^(Verwante hulp|Aides similaires|Related help)$/ });
      await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
      const links = section.getByRole('listitem').getByRole('link');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(4);
      const own = new URL(page.url()).pathname;
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect(href).not.toBe(own);
        expect(href).toMatch(/^\/(nl\/initiatief|fr\/initiative|en\/initiative)\/[a-z0-9-]+\/$/);
      }
      // Every link leads to a built page.
      const first = await links.first().getAttribute('href');
      expect((await page.request.get(first!)).status()).toBe(200);
    });
  }
});

test.describe('print: a one-page A4 referral sheet', () => {
  test('hides the header, quick exit, navigation, footer, map, body and related help; shows the QR code', async ({
    page,
  }) => {
    await page.goto(local.en);
    // On screen the QR code is not shown; the hint about printing is.
    const qr = page.getByRole('img', { name: 'QR code: the link to this page', includeHidden: true });
    await expect(qr).toBeAttached();
    await expect(qr).toBeHidden();
    await expect(page.getByText('Printing this page gives a one-page A4 referral sheet')).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    // Hidden ones included in the search (includeHidden), so that each must be there, and hidden.
    const hidden = { includeHidden: true } as const;
    for (const [what, element] of [
      ['header', page.getByRole('banner', hidden)],
      ['quick exit', page.getByRole('link', { name: 'Quick exit', ...hidden })],
      ['navigation', page.getByRole('navigation', { name: 'Main', ...hidden })],
      ['language switch', page.getByRole('navigation', { name: 'Language', ...hidden })],
      ['footer', page.getByRole('contentinfo', hidden)],
      ['emergency numbers', page.getByRole('complementary', { name: 'In danger now?', ...hidden })],
      ['map', page.getByRole('img', { name: 'Map: area served by Project R', ...hidden })],
      ['body', page.getByRole('heading', { name: bodyHeading, ...hidden })],
      ['body', page.getByText('The description below is in the language the service works in.')],
      ['related help', page.getByRole('region', { name: 'Related help', ...hidden })],
      ['sources', page.getByRole('region', { name: 'Sources' }).getByRole('list', hidden)],
    ] as const) {
      await expect(element.first(), what).toBeAttached();
      await expect(element.first(), what).toBeHidden();
    }
    await expect(page.getByText('Printing this page gives a one-page A4 referral sheet')).toBeHidden();
    await expect(qr).toBeVisible();
    // The code's modules are one SVG path, which has no role.
    await expect(qr.locator('path')).toHaveAttribute('d', /^M\d+ \d+h\d+v1h-\d+z/);
    // The canonical address is printed in text under the code, and is what the code encodes.
    // <link rel="canonical"> is in the head: no role or text stands for it.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(page.getByText(canonical!, { exact: true })).toBeVisible();
    // Kept: name, organisation, summary, contact, access facts, last-checked date.
    for (const [what, kept] of [
      ['name', page.getByRole('heading', { level: 1, name: projectR.name })],
      ['organisation', page.getByText(new RegExp(`^${escape(projectR.organization.name!)} · `))],
      ['summary', page.getByText(projectR.summary.en, { exact: true })],
      ['contact', page.getByRole('heading', { name: 'Contact', exact: true })],
      ['access', page.getByRole('heading', { name: 'Getting help', exact: true })],
      ['last checked', page.getByRole('region', { name: 'Sources' }).getByRole('time')],
    ] as const) {
      await expect(kept, what).toBeVisible();
    }
  });

  const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

  test('the page counter sees several pages in a long document (guards the one-page checks below)', async ({
    page,
  }) => {
    await page.goto('/nl/gemeenten/');
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
  });

  // caprev-fwb is the longest entry (largest Markdown file and tallest printed sheet);
  // noord-nederland-beleid-radicalisering the largest page (a long list of municipalities).
  for (const path of [
    '/nl/initiatief/caprev-fwb/',
    local.en,
    '/fr/initiative/landelijk-steunpunt-extremisme/',
    '/fr/initiative/noord-nederland-beleid-radicalisering/',
  ]) {
    test(`${path} prints on exactly one A4 page`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      // Page objects, not the /Pages tree node.
      expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    });
  }
});

test('a number no current source confirms is text, never a link: the two disputed ESS numbers', async ({ page }) => {
  await page.goto('/en/initiative/expertise-unit-sociale-stabiliteit/');
  const contact = page.getByRole('region', { name: 'Contact' });
  for (const number of ['070 333 4558', '070 333 4555']) {
    await expect(contact.getByText(number, { exact: true })).toBeVisible();
    await expect(contact.getByRole('link', { name: number })).toHaveCount(0);
  }
  await expect(contact.getByRole('link', { name: /^Call/ })).toHaveCount(0);
});

test.describe('the organisation in the page language', () => {
  type Page = import('@playwright/test').Page;
  // The line under the H1 that a reader sees: "organisation · region · language side".
  const org = (page: Page, text: string) => page.getByRole('main').getByText(new RegExp(`^${escape(text)} · `));
  // A card of the server-rendered list ("All help" / "Toute l’aide" / "Alle hulp"), by its heading.
  const staticCard = (page: Page, list: string, name: string) =>
    page
      .getByRole('list', { name: list, exact: true })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name, exact: true }) });

  test('a partner is a note in the page language after the proper name, on the entry page and its card', async ({
    page,
  }) => {
    await page.goto('/en/initiative/de-touter-houvast/');
    await expect(org(page, 'De Touter vzw, with the City of Antwerp')).toBeVisible();
    await page.goto('/fr/initiative/de-touter-houvast/');
    await expect(org(page, 'De Touter vzw, avec la Ville d’Anvers')).toBeVisible();
    await page.goto('/nl/initiatief/de-touter-houvast/');
    await expect(org(page, 'De Touter vzw, met de Stad Antwerpen')).toBeVisible();
    await page.goto('/en/initiatives/');
    const card = staticCard(page, 'All help', 'Houvast');
    await expect(card.getByText('De Touter vzw, with the City of Antwerp', { exact: true })).toBeVisible();
    // A confirmed organisation carries no "probable" flag.
    await expect(card.getByText('Organisation probable (not confirmed)')).toHaveCount(0);
  });

  test('with no single organisation, who runs it is said in the page language', async ({ page }) => {
    await page.goto('/en/initiative/gemeente-contactpunt-radicalisering/');
    await expect(org(page, 'Every Dutch municipality')).toBeVisible();
    await page.goto('/fr/initiative/gemeente-contactpunt-radicalisering/');
    await expect(org(page, 'Chaque commune néerlandaise')).toBeVisible();
  });

  test('a probable tie is the notice in the page language, not a French note in the name', async ({ page }) => {
    await page.goto('/en/initiative/le-figuier-asbl/');
    await expect(org(page, 'Le Figuier ASBL')).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'is probable, not confirmed by a source' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('lien probable');
  });

  test('a probable tie is flagged on the cards too: the static list and the search result', async ({ page }) => {
    // Hand-checked: src/content/initiatives/be/le-figuier-asbl.md has mapping2018.attribution: probable.
    for (const [path, list, results, flag] of [
      ['/en/initiatives/', 'All help', 'Search results', 'Organisation probable (not confirmed)'],
      ['/fr/initiatives/', 'Toute l’aide', 'Résultats de la recherche', 'Organisation probable (non confirmée)'],
    ] as const) {
      await page.goto(path);
      await expect(staticCard(page, list, 'Le Figuier ASBL').getByText(flag, { exact: true })).toBeVisible();
      await page.getByRole('searchbox').fill('Figuier');
      const found = page
        .getByRole('list', { name: results, exact: true })
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: 'Le Figuier ASBL', exact: true }) });
      await expect(found.getByText(flag, { exact: true })).toBeVisible();
    }
  });
});

test.describe('the service name in the page language', () => {
  // Hand-checked in src/content/initiatives/nl/utrecht-radicalisering.md: name (Dutch label) and shownName.
  const utrecht = {
    nl: {
      path: '/nl/initiatief/utrecht-radicalisering/',
      finder: '/nl/initiatieven/',
      list: 'Alle hulp',
      results: 'Zoekresultaten',
      name: 'Gemeente Utrecht – zorgen om radicalisering',
    },
    fr: {
      path: '/fr/initiative/utrecht-radicalisering/',
      finder: '/fr/initiatives/',
      list: 'Toute l’aide',
      results: 'Résultats de la recherche',
      name: 'Commune d’Utrecht – inquiétudes liées à la radicalisation',
    },
    en: {
      path: '/en/initiative/utrecht-radicalisering/',
      finder: '/en/initiatives/',
      list: 'All help',
      results: 'Search results',
      name: 'Utrecht municipality – concerns about radicalisation',
    },
  } as const;

  for (const [lang, { path, finder, list, results, name }] of Object.entries(utrecht)) {
    test(`a description is shown translated (${lang}): page title, H1 and the finder's result card`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page).toHaveTitle(new RegExp(`^${escape(name)} · `));
      // JSON-LD is for machines: no role or text stands for it.
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as {
        name: string;
      };
      expect(jsonLd.name).toBe(name);
      // The static list of the finder page (no script needed) shows the same name…
      await page.goto(finder);
      await expect(
        page
          .getByRole('list', { name: list, exact: true })
          .getByRole('heading')
          .getByRole('link', { name, exact: true }),
      ).toHaveAttribute('href', path);
      // …and so does the finder's card, filled from the Pagefind record, whose title is the page's H1.
      await page.getByRole('searchbox').fill('Utrecht');
      const found = page
        .getByRole('list', { name: results, exact: true })
        .getByRole('heading')
        .getByRole('link', { name, exact: true });
      await expect(found).toHaveAttribute('href', path);
    });
  }

  test('a former name is not in the name, and no editorial note is left on the English page', async ({ page }) => {
    await page.goto('/en/initiative/exits-forsa/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exits');
    await page.goto('/en/initiative/prevention-radicalisation-violente-anderlecht/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prevention of violent radicalisation');
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('lien probable');
  });
});
