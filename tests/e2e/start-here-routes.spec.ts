/**
 * Build-level walk over every municipality page in every language (907 × 3 pages of dist/, which the e2e
 * server builds when missing or stale): "start here" never offers a service without a way to reach it, and
 * each offer says what kind of line it is and carries its one status sentence. Read from the HTML files,
 * not through a browser, so 2,700 pages take seconds; the expectations come from the content and the one
 * ranking rule (offered-first.ts), never from a list of this year's services.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { buildDirectory } from '../../src/lib/directory/directory.ts';
import { hasContactRoute } from '../../src/lib/directory/offered-first.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { routes } from '../../src/lib/routes.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';

const dist = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const municipalities = loadMunicipalities();
const directory = buildDirectory(
  validateDirectory(municipalities).entries.map((e) => e.data),
  municipalities,
);

/** The "start here" section of a built page, and its offers (each an article with the entry's id and tier). */
function offersOf(html: string) {
  const section = /<section id="start-here"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const offers = [
    ...section.matchAll(
      /<article class="start-line" data-entry-id="([^"]+)" data-tier="([123])">([\s\S]*?)<\/article>/g,
    ),
  ].map((m) => ({ id: m[1]!, tier: m[2]!, body: m[3]! }));
  return { section, offers };
}

test('every municipality page in every language: no start-here offer without a contact route, each labelled with its tier and status', () => {
  let pages = 0;
  let offered = 0;
  const problems: string[] = [];
  for (const lang of uiLanguages) {
    for (const m of municipalities) {
      const path = routes.municipality(lang, m.slug[lang]);
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const { section, offers } = offersOf(html);
      pages++;
      if (section === '') problems.push(`${path}: no start-here section`);
      for (const offer of offers) {
        offered++;
        const entry = directory.byId.get(offer.id);
        if (!entry) problems.push(`${path}: offers unknown entry ${offer.id}`);
        else if (!hasContactRoute(entry.data))
          problems.push(`${path}: offers ${offer.id}, which has no phone, e-mail or website`);
        // On the page: a number, an e-mail address or a website, whatever its age.
        if (!/class="start-line__(number|route)"/.test(offer.body))
          problems.push(`${path}: ${offer.id} shows no way to reach it`);
        if (!/class="start-line__tier[^"]*"/.test(offer.body))
          problems.push(`${path}: ${offer.id} does not say what kind of line it is`);
        if (!/data-offer-status/.test(offer.body)) problems.push(`${path}: ${offer.id} has no status sentence`);
      }
    }
  }
  expect(pages).toBe(municipalities.length * uiLanguages.length);
  // The walk saw offers at all (an empty site would pass every check above).
  expect(offered).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
