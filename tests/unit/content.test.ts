/**
 * Truth-in-data checks over the real entries: sources, verification dates, summaries in three
 * languages, successors that lead to help still offered, coverage that resolves, and no contact detail that the research
 * dossiers do not state (tests/fixtures/dossier-contacts.json was extracted from them once).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { resolveCoverage } from '../../src/lib/coverage/served-areas.ts';
import { isStillOffered } from '../../src/lib/directory/evidence.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import type { Initiative } from '../../src/schemas/initiative.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { localisedText } from '../../src/schemas/fields.ts';
import type { UiLanguage } from '../../src/schemas/languages.ts';
/** The languages the entry schema asks of a reader text: every UI language once the entries carry it (src/schemas/fields.ts). */
const entryTextLanguages = Object.keys(localisedText('text', 1).shape) as UiLanguage[];

/**
 * Where a reader who follows "merged into …" links from an entry ends up: the last entry of the chain.
 * Whether every successor exists and the chain ends at all is a validation rule (src/loaders/entry-files.ts,
 * checked by "the collection is valid"); here the data is checked for what a family needs from it.
 */
function endOfSuccessors(initiative: Initiative, byId: ReadonlyMap<string, Initiative>): Initiative {
  let current = initiative;
  // At most one step per entry: a loop (refused by validation) must not hang this test.
  for (let steps = 0; steps < byId.size && current.status.successor && byId.has(current.status.successor); steps++)
    current = byId.get(current.status.successor)!;
  return current;
}

const municipalities = loadMunicipalities();
const { entries, problems } = validateDirectory(municipalities);
const initiatives = entries.map((e) => e.data);
const dossier = JSON.parse(readFileSync('tests/fixtures/dossier-contacts.json', 'utf8')) as {
  urls: string[];
  emails: string[];
  phones: string[];
};
const mapping = JSON.parse(readFileSync('tests/fixtures/mapping-2018-fiches.json', 'utf8')) as {
  fiches: { title: string; side: 'nl' | 'fr' }[];
};
const normaliseUrl = (url: string) =>
  url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '')
    .toLowerCase();
const dossierUrls = new Set(dossier.urls.map(normaliseUrl));

describe('content truth', () => {
  test('the collection is valid', () => expect(problems).toEqual([]));

  test('every entry has a source, a last-verified date and a summary in every language', () => {
    for (const p of initiatives) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(p.verified.date.getTime(), p.id).not.toBeNaN();
      for (const lang of entryTextLanguages)
        expect(
          (p.summary as Partial<Record<UiLanguage, string>>)[lang]?.length ?? 0,
          `${p.id} ${lang}`,
        ).toBeGreaterThan(20);
    }
  });

  test('no entry carries a phone, e-mail or web address that the dossiers do not state', () => {
    for (const p of initiatives) {
      for (const phone of p.contact.phones)
        expect(dossier.phones, `${p.id} phone ${phone.number}`).toContain(phone.number.replace(/\D/g, ''));
      if (p.contact.email) expect(dossier.emails, `${p.id} e-mail`).toContain(p.contact.email.address.toLowerCase());
      if (p.contact.website)
        expect(dossierUrls.has(normaliseUrl(p.contact.website.url)), `${p.id} website ${p.contact.website.url}`).toBe(
          true,
        );
    }
  });

  test('merged and ended entries: a merged one names its successor, and following successors from either ends at help still offered', () => {
    const byId = new Map(initiatives.map((p) => [p.id, p]));
    const merged = initiatives.filter((p) => p.status.value === 'merged');
    const ended = initiatives.filter((p) => p.status.value === 'ended');
    // The real data has both kinds; without them this test would check nothing.
    expect(merged.length).toBeGreaterThan(0);
    expect(ended.length).toBeGreaterThan(0);
    for (const p of merged) {
      expect(p.status.successor, `${p.id}: merged without a successor`).toBeDefined();
      expect(
        isStillOffered(endOfSuccessors(p, byId)),
        `${p.id}: its successors end at ${endOfSuccessors(p, byId).id}, which no longer offers help`,
      ).toBe(true);
    }
    // An ended entry may have no successor (the help simply stopped); when it names one, that leads to help.
    for (const p of ended.filter((x) => x.status.successor)) {
      expect(
        isStillOffered(endOfSuccessors(p, byId)),
        `${p.id}: its successors end at ${endOfSuccessors(p, byId).id}, which no longer offers help`,
      ).toBe(true);
    }
  });

  test('every coverage resolves to at least one municipality, except title-only records and houses without a list', () => {
    for (const p of initiatives) {
      if (p.mapping2018?.attribution === 'title-only' || p.coverage.basis === 'none') continue;
      expect(resolveCoverage(p.coverage, municipalities).length, p.id).toBeGreaterThan(0);
    }
  });

  test('2018 mapping fiches: each title is one of the 37 and appears at most once, on its side', () => {
    const known = new Map(mapping.fiches.map((f) => [f.title, f.side]));
    expect(mapping.fiches).toHaveLength(37);
    expect(mapping.fiches.filter((f) => f.side === 'nl')).toHaveLength(20);
    const seen = new Set<string>();
    for (const p of initiatives.filter((x) => x.mapping2018)) {
      const { fiche, side } = p.mapping2018!;
      expect(known.get(fiche), `${p.id}: "${fiche}" is not a 2018 fiche title`).toBe(side);
      expect(seen.has(fiche), `${p.id}: "${fiche}" appears twice`).toBe(false);
      seen.add(fiche);
    }
  });

  test('all 37 fiches of the 2018 mapping are present (20 nl, 17 fr), each exactly once', () => {
    const titles = initiatives
      .filter((p) => p.mapping2018)
      .map((p) => p.mapping2018!.fiche)
      .sort();
    expect(titles).toEqual(mapping.fiches.map((f) => f.title).sort());
    expect(initiatives.filter((p) => p.mapping2018?.side === 'nl')).toHaveLength(20);
    expect(initiatives.filter((p) => p.mapping2018?.side === 'fr')).toHaveLength(17);
  });

  test('title-only records say so and claim nothing else', () => {
    for (const p of initiatives.filter((x) => x.mapping2018?.attribution === 'title-only')) {
      expect(p.status.value, p.id).toBe('unknown');
      expect(p.contact.phones, p.id).toEqual([]);
      expect(p.contact.website, p.id).toBeUndefined();
      expect(p.coverage.scope, p.id).toBe('unknown');
    }
  });
});
