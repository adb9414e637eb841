/**
 * The three tiers of "start here" (src/lib/directory/offered-first.ts offerTier, start-here.ts placeHelp):
 * synthetic entries parsed through the real schema, so the rule is pinned, not this year's data. The last block
 * applies the rule's promises to the computed outcome of every municipality, whatever the content says today.
 */
import { describe, expect, test } from 'vitest';
import { active, directoryEntry, phone, type SyntheticEntry } from '../support/builders.ts';
import { hasContactRoute, offerTier, rankFacts, type Place } from '../../src/lib/directory/offered-first.ts';
import { placeHelp, startHereOutcome } from '../../src/lib/directory/start-here.ts';
import { offerStatus } from '../../src/lib/directory/offer-status.ts';
import { buildDirectory, placeFor } from '../../src/lib/directory/directory.ts';
import { loadMunicipalities, municipalitiesByCode } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { distanceKm } from '../../src/lib/geo/nearest.ts';
import { initiativeSchema } from '../../src/schemas/initiative.ts';
import { coverageByArea, largestGap } from '../../src/lib/coverage/areas.ts';
import { municipalityCoverage } from '../../src/lib/coverage/municipality-coverage.ts';
import { largestGapSentence } from '../../src/lib/map/page-content.ts';

const today = new Date('2026-12-01T00:00:00Z');
const HERE = '11002';
const place: Place = { code: HERE, distanceTo: () => undefined };

const families = {
  whoMayContact: ['parents', 'relatives'],
  referral: 'self',
  cost: 'unknown',
  channels: ['phone'],
  anonymous: 'unknown',
};
const currentPhone = { phones: [phone({ confirmed: 2025 })] };
const oldPhone = { phones: [phone({ confirmed: 2016, verifyBeforePublishing: true })] };

/** A family service: current status and a current phone unless told otherwise. */
const service = (id: string, fields: Record<string, unknown> = {}, over: Partial<SyntheticEntry> = {}) =>
  directoryEntry({
    id,
    fields: { access: families, status: active('2025-06'), contact: currentPhone, ...fields },
    ...over,
  });

const tierOf = (e: ReturnType<typeof service>) => offerTier(rankFacts(e.data, today));

describe('remit in the schema', () => {
  test('defaults to specialised; general is accepted; anything else fails naming the allowed values', () => {
    expect(service('plain-service').data.remit).toBe('specialised');
    expect(service('general-line', { remit: 'general' }).data.remit).toBe('general');
    expect(() => service('typo-line', { remit: 'generic' })).toThrow(
      /remit: unknown remit; use one of: specialised, general/,
    );
    expect(initiativeSchema.shape.remit.description).toMatch(/general/);
  });
});

describe('offer tiers', () => {
  test('1: current specialised service with a current contact; 2: the same for a general line; 3: specialised, status or contact not confirmed', () => {
    expect(tierOf(service('specialised'))).toBe(1);
    expect(tierOf(service('general', { remit: 'general' }))).toBe(2);
    expect(tierOf(service('old-number', { contact: oldPhone }))).toBe(3);
    expect(
      tierOf(
        service('unknown-status', {
          status: { value: 'unknown', evidence: 'synthetic', evidenceDate: '2016' },
          contact: oldPhone,
        }),
      ),
    ).toBe(3);
    // A current website is a current contact too (a general line may have no phone at all).
    expect(
      tierOf(
        service('website-only', {
          remit: 'general',
          contact: {
            phones: [],
            website: { url: 'https://example.org', officialCurrentPage: true, source: 'https://example.org' },
          },
        }),
      ),
    ).toBe(2);
  });

  test('never offered: no way to reach it, a general line not confirmed, a family may not contact it, ended, or a probable tie', () => {
    expect(tierOf(service('no-contact', { contact: { phones: [] } }))).toBeUndefined();
    expect(tierOf(service('old-general', { remit: 'general', contact: oldPhone }))).toBeUndefined();
    expect(tierOf(service('stale-general', { remit: 'general', status: active('2019') }))).toBeUndefined();
    expect(tierOf(service('pros-only', { access: { ...families, whoMayContact: ['professionals'] } }))).toBeUndefined();
    expect(
      tierOf(service('ended', { status: { value: 'ended', evidence: 'synthetic', evidenceDate: '2024' } })),
    ).toBeUndefined();
    expect(
      tierOf(service('tie-not-sure', { mapping2018: { fiche: 'f', side: 'nl', attribution: 'probable' } })),
    ).toBeUndefined();
  });
});

describe('start here', () => {
  const specialised = service('b-specialised');
  const general = [
    service('g-line-one', { remit: 'general' }),
    service('g-line-two', { remit: 'general' }),
    service('g-line-three', { remit: 'general' }),
  ];
  const unconfirmed = [service('u-one', { contact: oldPhone }), service('u-two', { contact: oldPhone })];
  const offered = (entries: ReturnType<typeof service>[]) =>
    placeHelp(entries, place, today).startHere.map((o) => `${o.tier} ${o.entry.data.id}`);

  test('one specialised service first, then the best general line and one place for a specialised line not confirmed', () => {
    const help = placeHelp([...general, specialised, ...unconfirmed], place, today);
    const firstGeneral = offered(general)[0];
    expect(help.startHere.map((o) => `${o.tier} ${o.entry.data.id}`)).toEqual([
      '1 b-specialised',
      firstGeneral,
      '3 u-one',
    ]);
    // The other general lines go to "more help for families", labelled by their own kind.
    expect(help.moreForFamilies.map((e) => e.data.id)).toEqual(
      expect.arrayContaining(general.map((e) => e.data.id).filter((id) => `2 ${id}` !== firstGeneral)),
    );
    expect(startHereOutcome(help, today)).toBe('phone');
  });

  test('two specialised services are enough: nothing else in start here', () => {
    const second = service('c-specialised');
    expect(offered([...general, specialised, second, ...unconfirmed])).toEqual(['1 b-specialised', '1 c-specialised']);
  });

  test('no specialised service: general lines first, keeping one place for a specialised line not confirmed', () => {
    expect(offered([...unconfirmed, ...general])).toEqual(['2 g-line-one', '2 g-line-three', '3 u-one']);
    expect(startHereOutcome(placeHelp([...unconfirmed, ...general], place, today), today)).toBe('general');
  });

  test('no general line either: up to two specialised lines not confirmed', () => {
    expect(offered(unconfirmed)).toEqual(['3 u-one', '3 u-two']);
    expect(startHereOutcome(placeHelp(unconfirmed, place, today), today)).toBe('fallback');
  });

  test('a line answering day and night comes before one with set hours, within a tier', () => {
    const allWeek = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];
    const lines = [
      service('a-office-hours', { remit: 'general' }),
      service('z-day-and-night', {
        remit: 'general',
        contact: { phones: [phone({ confirmed: 2025, openingHours: allWeek })] },
      }),
    ];
    expect(offered(lines)).toEqual(['2 z-day-and-night', '2 a-office-hours']);
  });

  test('whatever the mix, start here never offers an entry without a way to reach it, and never leaves a general line out for an unconfirmed one', () => {
    const pool = [
      specialised,
      ...general,
      ...unconfirmed,
      service('no-contact', { contact: { phones: [] } }),
      service('old-general', { remit: 'general', contact: oldPhone }),
    ];
    // Every subset of the pool (2^9 places).
    for (let mask = 0; mask < 1 << pool.length; mask++) {
      const here = pool.filter((_, i) => mask & (1 << i));
      const help = placeHelp(here, place, today);
      for (const offer of help.startHere) expect(hasContactRoute(offer.entry.data), offer.entry.data.id).toBe(true);
      const hasGeneral = here.some((e) => tierOf(e) === 2);
      if (hasGeneral) expect(['phone', 'no-phone', 'general']).toContain(startHereOutcome(help, today));
    }
  });
});

describe('one sentence per offer: its status and the age of its contact, from one set of facts', () => {
  test('a current service with an old number is current in status and not in contact (never "confirmed" as a whole)', () => {
    const status = offerStatus(service('eupen-like', { contact: oldPhone }).data, today)!;
    expect(status).toMatchObject({
      statusCurrent: true,
      statusYear: 2025,
      detail: 'phone',
      detailCurrent: false,
      detailYear: 2016,
    });
  });
  test('leads with a current detail when there is one, and says when a page of the service itself gives it', () => {
    const website = { url: 'https://example.org', officialCurrentPage: true, source: 'https://example.org' };
    const status = offerStatus(service('site', { contact: { ...oldPhone, website } }).data, today)!;
    expect(status).toMatchObject({
      detail: 'website',
      detailCurrent: true,
      detailOnOwnPage: true,
      detailYear: undefined,
    });
    expect(offerStatus(service('none', { contact: { phones: [] } }).data, today)).toBeUndefined();
  });
});

describe('the rule over every municipality, as computed from the content', () => {
  const municipalities = loadMunicipalities();
  const directory = buildDirectory(
    validateDirectory(municipalities).entries.map((e) => e.data),
    municipalities,
  );
  const byCode = municipalitiesByCode();
  const now = new Date();
  const outcomes = municipalities.map((m) => {
    const here = directory.servedBy.get(m.code) ?? [];
    const help = placeHelp(
      here,
      placeFor(m.code, (c) => byCode.get(c)?.centroid, distanceKm),
      now,
    );
    return { m, here, help, outcome: startHereOutcome(help, now) };
  });

  test('no Belgian municipality is left with only an unconfirmed line (or nothing) while a confirmed general line serves it', () => {
    const left = outcomes.filter(
      ({ m, here, outcome }) =>
        m.country === 'BE' &&
        (outcome === 'fallback' || outcome === 'none') &&
        here.some((e) => offerTier(rankFacts(e.data, now)) === 2),
    );
    expect(left.map(({ m }) => m.code)).toEqual([]);
  });

  test('no start-here offer anywhere is an entry without a way to reach it', () => {
    const unreachable = outcomes.flatMap(({ m, help }) =>
      help.startHere.filter((o) => !hasContactRoute(o.entry.data)).map((o) => `${m.code} ${o.entry.data.id}`),
    );
    expect(unreachable).toEqual([]);
  });
});

describe('the largest gap, said in words for a policy maker', () => {
  const municipalities = loadMunicipalities();
  // Synthetic: a current specialised line everywhere except one region; a current general line in that region.
  const specialisedElsewhere = (region: string) =>
    buildDirectory(
      [
        service('specialised-line', {
          coverage: { scope: 'region', codes: ['BE-BRU', 'BE-WAL'].filter((r) => r !== region) },
        }).data,
        service('specialised-nl', {
          country: 'NL',
          region: 'NL',
          province: 'PV27',
          coverage: { scope: 'country', codes: ['NL'] },
          contact: { phones: [phone({ number: '010 123 4567', confirmed: 2025 })] },
        }).data,
        service('general-line', { remit: 'general', coverage: { scope: 'region', codes: [region] } }).data,
      ],
      municipalities,
    ).entries;

  test('names the area where most people have no confirmed specialised line, with its population computed, and says only general lines serve it', () => {
    const entries = specialisedElsewhere('BE-VLG');
    const coverage = municipalityCoverage(entries, municipalities, today);
    const areas = coverageByArea(municipalities, coverage);
    const gap = largestGap(areas)!;
    const flanders = municipalities.filter((m) => m.region === 'BE-VLG');
    expect(gap.code).toBe('BE-VLG');
    expect(gap.gaps.population).toBe(flanders.reduce((sum, m) => sum + m.population, 0));
    expect(gap.gapsWithGeneral.municipalities).toBe(flanders.length);
    const sentence = largestGapSentence('en', areas)!;
    expect(sentence).toContain(
      `Flanders: none of its ${flanders.length.toLocaleString('en')} municipalities (${gap.gaps.population.toLocaleString('en')} inhabitants)`,
    );
    expect(sentence).toMatch(/general ones, not specialised in radicalisation/);
    // Every language says it, with its own number format.
    expect(largestGapSentence('fr', areas)).toContain('Flandre');
    expect(largestGapSentence('nl', areas)).toContain('Vlaanderen');
  });

  test('no gap, no sentence', () => {
    const entries = buildDirectory(
      [
        service('everywhere', { coverage: { scope: 'country', codes: ['BE'] } }).data,
        service('everywhere-nl', {
          country: 'NL',
          region: 'NL',
          province: 'PV27',
          coverage: { scope: 'country', codes: ['NL'] },
          contact: { phones: [phone({ number: '010 123 4567', confirmed: 2025 })] },
        }).data,
      ],
      municipalities,
    ).entries;
    expect(
      largestGapSentence('en', coverageByArea(municipalities, municipalityCoverage(entries, municipalities, today))),
    ).toBeUndefined();
  });
});
