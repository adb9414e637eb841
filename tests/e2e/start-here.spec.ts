/**
 * "Start here" (issue 13): the right help first, for a family and for a worker. The expectations are
 * derived from the content and the one ranking rule (src/lib/directory/offered-first.ts, src/lib/directory/evidence.ts),
 * never hard-coded lists, so they hold when the 2026 data lands.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';
import { buildDirectory, placeFor, primaryPhone } from '../../src/lib/directory/directory.ts';
import { placeHelp } from '../../src/lib/directory/start-here.ts';
import { distanceKm } from '../../src/lib/geo/nearest.ts';
import { buildDate } from '../../src/loaders/build-date.ts';
import { phoneForms } from '../../src/lib/directory/phone.ts';
import { contactRoute, isStillOffered } from '../../src/lib/directory/evidence.ts';
import { loadMunicipalities, municipalitiesByCode } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { routes } from '../../src/lib/routes.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';
import { say } from './ui-strings.ts';

const municipalities = loadMunicipalities();
const directory = buildDirectory(
  validateDirectory(municipalities).entries.map((e) => e.data),
  municipalities,
);
const byCode = municipalitiesByCode();
/** What the rule shows in a place's "start here" on the build date: its offers in order, and whether the best is a current specialised service (tier 1). */
function ruleLines(code: string) {
  const help = placeHelp(
    directory.servedBy.get(code) ?? [],
    placeFor(code, (c) => byCode.get(c)?.centroid, distanceKm),
    buildDate,
  );
  return { confirmed: help.startHere[0]?.tier === 1, lines: help.startHere.map((o) => o.entry) };
}
const AMSTERDAM = 'GM0363';
const LIEGE = '62063';

/** Per UI language: the Liège and Amsterdam pages and the words the page shows (src/i18n/<lang>), so every declared language is covered. */
const langs = uiLanguages.map((lang) => ({
  lang,
  liege: routes.municipality(lang, byCode.get(LIEGE)!.slug[lang]),
  amsterdam: routes.municipality(lang, byCode.get(AMSTERDAM)!.slug[lang]),
  start: say(lang, 'startHere.title'),
  // The call button's words around the number: "Bel {number}", "{number} anrufen".
  call: say(lang, 'contact.call'),
  quickExit: say(lang, 'quickExit.label'),
  emergency: say(lang, 'emergency.title'),
  pro: say(lang, 'startHere.forProfessionals'),
  switchPro: say(lang, 'audience.professional'),
  place: say(lang, 'nearMe.label'),
  worries: say(lang, 'worries.title'),
}));

/** The entry id a link to an entry page leads to (its last path segment). */
const idOf = (href: string) => href.split('/').filter(Boolean).at(-1)!;
const hrefsOf = (links: Locator) => links.evaluateAll((list) => list.map((a) => a.getAttribute('href') ?? ''));
/** A call button: "Bel 088 20 80 080", "Appeler le 0800 111 72", "Call …" (contact.call). */
const callButton = (call: string) => {
  const [before, after] = call.split('{number}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${before}\\+?\\d.*${after}$`);
};

/** The entry ids of the "start here" lines (the items of its list, by their name link), in order, and every call button's href by entry. */
async function startLines(page: Page, l: (typeof langs)[number]) {
  const region = page.getByRole('region', { name: l.start, exact: true });
  await expect(region).toBeVisible();
  const calls: { id: string; href: string }[] = [];
  const ids: string[] = [];
  for (const line of await region.getByRole('listitem').all()) {
    const id = idOf((await hrefsOf(line.getByRole('heading').getByRole('link')))[0]!);
    ids.push(id);
    for (const href of await hrefsOf(line.getByRole('link', { name: callButton(l.call) }))) calls.push({ id, href });
  }
  return { ids, calls };
}

/** Every call button is for a number the call-button rule accepts (evidence.ts: isCurrentContact on the build date). */
function expectCallButtonsPassTheRule(calls: { id: string; href: string }[]) {
  for (const { id, href } of calls) {
    const phone = primaryPhone(directory.byId.get(id)!.data, buildDate);
    expect(phone, `${id} has a call button without a current number`).toBeDefined();
    const data = directory.byId.get(id)!.data;
    // Dialled in international form, so it works on a foreign SIM too.
    expect(href).toMatch(/^tel:\+3[12]\d{6,10}$/);
    expect(href).toBe(phoneForms(phone!.number, data.country).tel);
  }
}

for (const l of langs) {
  test(`${l.lang}: Liège offers CAPREV among the first three, every call button passes the call-button rule`, async ({
    page,
  }) => {
    await page.goto(l.liege);
    const { ids, calls } = await startLines(page, l);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(3);
    expect(ids).toContain('caprev-fwb');
    expectCallButtonsPassTheRule(calls);
    // CAPREV's number is on the line (a tel: link), as a call button only once a current source prints it.
    const caprevName = directory.byId.get('caprev-fwb')!.data.name;
    const caprev = page
      .getByRole('region', { name: l.start, exact: true })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading').getByRole('link', { name: caprevName, exact: true }) });
    const dial = caprev.getByRole('link', { name: /\d/ }).first();
    await expect(dial).toBeVisible();
    await expect(dial).toHaveAttribute('href', /^tel:/);
    await expect(caprev.getByRole('link', { name: callButton(l.call) })).toHaveCount(
      primaryPhone(directory.byId.get('caprev-fwb')!.data, buildDate) ? 1 : 0,
    );
  });

  test(`${l.lang}: Amsterdam offers the lines the ranking rule puts first, and no professionals-only network`, async ({
    page,
  }) => {
    await page.goto(l.amsterdam);
    const { ids, calls } = await startLines(page, l);
    // Which services those are depends on how recent their evidence is on the build date: asked of the rule, not pinned.
    expect(ids).toEqual(ruleLines(AMSTERDAM).lines.map((e) => e.data.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(3);
    for (const id of ids) {
      const data = directory.byId.get(id)!.data;
      expect(data.kind, id).toBe('service');
      expect(contactRoute(data), id).not.toBe('professionals');
    }
    expectCallButtonsPassTheRule(calls);
    for (const id of ids)
      expect(
        calls.some((c) => c.id === id),
        id,
      ).toBe(primaryPhone(directory.byId.get(id)!.data, buildDate) !== undefined);
  });
}

/** The h2 headings of the page's main content (the place's help sections), in reading (DOM) order. */
const sectionOrder = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();

test('the audience switch puts the professional routes first and survives a shared link', async ({ page, browser }) => {
  await page.goto('/nl/gemeente/amsterdam/');
  expect((await sectionOrder(page))[0]).toBe('Begin hier');
  await page
    .getByRole('navigation', { name: 'Wie ben je?' })
    .getByRole('link', { name: 'Ik werk met gezinnen' })
    .click();
  await expect(page).toHaveURL(/\?for=professional/);
  await expect.poll(async () => (await sectionOrder(page))[0]).toBe('Voor professionals');
  await expect(page.getByRole('link', { name: 'Ik werk met gezinnen' })).toHaveAttribute('aria-current', 'true');
  // A colleague opens the same link: same order, no cookie or storage involved.
  const other = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await other.goto(page.url());
  await expect.poll(async () => (await sectionOrder(other))[0]).toBe('Voor professionals');
  expect(await other.context().cookies()).toEqual([]);
  await other.close();
  // Back to a parent's view.
  await page.getByRole('link', { name: 'Ik ben ouder of familie' }).click();
  await expect.poll(async () => (await sectionOrder(page))[0]).toBe('Begin hier');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the audience switch still moves the professional section first', async ({ page }) => {
    await page.goto('/en/municipality/amsterdam/');
    await page.getByRole('link', { name: 'I work with families' }).click();
    const pro = await page.getByRole('heading', { name: 'For professionals', level: 2 }).boundingBox();
    const start = await page.getByRole('heading', { name: 'Start here', level: 2 }).boundingBox();
    expect(pro!.y).toBeLessThan(start!.y);
  });

  for (const l of langs) {
    test(`${l.lang}: the home's questions are links to the right views`, async ({ page }) => {
      await page.goto(`/${l.lang}/`);
      const worries = page.getByRole('region', { name: l.worries });
      const links = worries.getByRole('link');
      await expect(links).toHaveCount(5);
      await expect(links.nth(0)).toHaveAttribute('href', 'tel:112');
      // "My child": the place field on the same page.
      await links.nth(1).click();
      await expect(page.getByRole('combobox', { name: l.place })).toBeVisible();
      // Conflict zone or prison, grief, "I work with families": static pages that list services.
      for (const i of [2, 3, 4]) {
        await page.goto(`/${l.lang}/`);
        await page.getByRole('region', { name: l.worries }).getByRole('link').nth(i).click();
        await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
      }
    });
  }
});

for (const l of langs) {
  test(`${l.lang}: on a 390×844 phone the first screen holds the place field, the start of "what worries you", the quick exit and 112`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${l.lang}/`);
    const inView = async (box: { y: number; height: number } | null) =>
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await inView(await page.getByRole('combobox', { name: l.place }).boundingBox());
    await inView(await page.getByRole('heading', { name: l.worries }).boundingBox());
    await inView(await page.getByRole('link', { name: l.quickExit }).boundingBox());
    const emergency112 = page
      .getByRole('complementary', { name: l.emergency })
      .getByRole('link', { name: '112', exact: true })
      .first();
    await expect(emergency112).toHaveAttribute('href', 'tel:112');
    await inView(await emergency112.boundingBox());
  });
}

for (const l of langs) {
  test(`${l.lang}: on a 390×844 phone a municipality page's first call button is on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, code] of [
      [l.liege, LIEGE],
      [l.amsterdam, AMSTERDAM],
    ] as const) {
      const rule = ruleLines(code);
      if (!rule.lines.some((e) => primaryPhone(e.data, buildDate))) continue;
      await page.goto(path);
      const call = page
        .getByRole('region', { name: l.start, exact: true })
        .getByRole('link', { name: callButton(l.call) })
        .first();
      await expect(call, path).toHaveAttribute('href', /^tel:\+/);
      // On the first screen when the line is confirmed current. A wider line that no recent source
      // confirms comes after the notice that says so (the notice first, on purpose), so it may sit lower.
      if (!rule.confirmed) continue;
      const box = await call.boundingBox();
      expect(box, path).not.toBeNull();
      expect(box!.y + box!.height, path).toBeLessThanOrEqual(844);
    }
  });
}

test('"nearest to" a place lists only services that serve it, in the ranking rule’s order, fetching only the shown cards', async ({
  page,
}) => {
  for (const code of ['62063', 'GM0363']) {
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(request.url());
    });
    await page.goto(`/en/initiatives/?near=${code}`);
    const ranking = (await (await page.request.get(`/data/near/${code}.json`)).json()) as { family: string[] };
    // Ended entries are hidden by default (the finder's current:yes filter); the rest, in the file's order.
    const expected = ranking.family.filter((id) => isStillOffered(directory.byId.get(id)!.data));
    await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toHaveText(`${expected.length} results`);
    const results = page
      .getByRole('list', { name: 'Search results' })
      .getByRole('heading', { level: 3 })
      .getByRole('link');
    await expect(results).toHaveCount(Math.min(10, expected.length));
    const ids = (await hrefsOf(results)).map(idOf);
    for (const id of ids) expect(directory.byId.get(id)!.served, `${id} does not serve ${code}`).toContain(code);
    expect(ids).toEqual(expected.slice(0, 10));
    await page.waitForLoadState('networkidle');
    // One fragment per card on screen; before, one per search result (all 118 entries here) to find out which serve the place.
    expect(fragments.length, code).toBeLessThanOrEqual(10);
    page.removeAllListeners('request');
  }
});

test('a query that is a place name offers that place’s page and the services serving it', async ({ page }) => {
  await page.goto('/en/initiatives/?q=Genk');
  const offer = page.getByText('“Genk” is a place.');
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('link', { name: 'Help in Genk' })).toHaveAttribute('href', '/en/municipality/genk/');
  await offer.getByRole('link', { name: 'Services serving Genk' }).click();
  await expect(page).toHaveURL(/near=71016/);
});

test('axe passes on municipality pages with the start-here block', async ({ page }) => {
  for (const path of ['/fr/commune/liege/', '/en/municipality/amsterdam/']) {
    await page.goto(path);
    await expect(page.getByRole('region', { name: /^(Commencez ici|Start here)$/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('printed, a municipality page is the family sheet: start here, 112, the site’s address and a QR code, no filters', async ({
  page,
}) => {
  await page.goto('/en/municipality/amsterdam/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Help for families in Amsterdam')).toBeVisible();
  const start = page.getByRole('region', { name: 'Start here', exact: true });
  await expect(start).toBeVisible();
  const first = ruleLines(AMSTERDAM).lines[0]!.data;
  const phone = primaryPhone(first, buildDate);
  expect(phone, "Amsterdam's first line has a number to print").toBeDefined();
  await expect(start.getByRole('listitem').first()).toContainText(phoneForms(phone!.number, first.country).national);
  // The form for callers abroad only when the number's range takes calls from abroad (never +31 900 …).
  const abroad = phone!.fromAbroad ?? phoneForms(phone!.number, first.country).abroad;
  if (abroad) await expect(start.getByRole('listitem').first()).toContainText(abroad);
  await expect(page.getByRole('img', { name: 'QR code: the link to this page' })).toBeVisible();
  await expect(page.getByText(/ · In danger now: 112$/)).toBeVisible();
  // The filter panel's disclosure (a <summary> has no role to find it by): on the page, hidden in print.
  const filters = page.getByText('Filters', { exact: true });
  await expect(filters).toBeAttached();
  await expect(filters).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Who are you?' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'For professionals' })).toBeHidden();
  // An entry sheet prints no empty "Sources" heading.
  await page.goto('/en/initiative/caprev-fwb/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeHidden();
  await expect(page.getByText(/ · In danger now: 112$/)).toBeVisible();
});
