import { describe, expect, test } from 'vitest';
import type { DirectoryEntry } from '../../src/lib/directory/directory.ts';
import {
  asLapsed,
  forecast,
  lapseCosts,
  lapsesOf,
  outcomesByCountry,
  parseDay,
  type ForecastPlace,
} from '../../src/lib/directory/freshness.ts';
import type { VerificationMethod } from '../../src/schemas/vocabularies/evidence-and-verification.ts';
import { directoryEntry, phone } from '../support/builders.ts';

const HERE = '11002';
const THERE = '11001';
const places: ForecastPlace[] = [HERE, THERE].map((code) => ({
  country: 'BE',
  place: { code, distanceTo: () => undefined },
}));

/** A family service serving `served`, verified on `verified` by `method`, with one phone vouched for as given. */
function entry(
  id: string,
  o: {
    served?: string[];
    verified?: string;
    method?: VerificationMethod;
    evidenceDate?: string;
    phone?: { confirmed?: number; officialCurrentPage?: boolean } | null;
  } = {},
): DirectoryEntry {
  return directoryEntry({
    id,
    fields: {
      status: { value: 'active', evidence: 'test', ...(o.evidenceDate ? { evidenceDate: o.evidenceDate } : {}) },
      verified: { date: o.verified ?? '2026-03-12', method: o.method ?? 'service-confirmed' },
      access: { whoMayContact: ['parents'], channels: [] },
      contact: { phones: o.phone === null ? [] : [phone(o.phone ?? {})] },
    },
    served: o.served ?? [HERE],
    reach: 'local',
  });
}

describe('freshness: the age rule run at later dates', () => {
  test('a service confirmed by the service keeps its call button for 24 months and its status for 36, then lapses', () => {
    const entries = [entry('line')];
    const rows = forecast(entries, places, new Date('2026-03-12'), [0, 24, 25, 36, 37]);
    expect(rows.map((r) => r.date.toISOString().slice(0, 10))).toEqual([
      '2026-03-12',
      '2028-03-12',
      '2028-04-12',
      '2029-03-12',
      '2029-04-12',
    ]);
    // Once the number lapses the line is still offered, as a specialised line whose contact is not confirmed
    // (tier 3 of offered-first.ts), and stays so when its status lapses too: it can still be reached.
    expect(rows.map((r) => r.byCountry.BE)).toEqual([
      { phone: 1, 'no-phone': 0, general: 0, fallback: 0, none: 1 },
      { phone: 1, 'no-phone': 0, general: 0, fallback: 0, none: 1 },
      { phone: 0, 'no-phone': 0, general: 0, fallback: 1, none: 1 },
      { phone: 0, 'no-phone': 0, general: 0, fallback: 1, none: 1 },
      { phone: 0, 'no-phone': 0, general: 0, fallback: 1, none: 1 },
    ]);
  });

  test('lapse dates: the day after the window ends; a public-sources check leaves them on the sources', () => {
    expect(lapsesOf(entry('line'))).toEqual({ status: new Date('2029-03-13'), callButton: new Date('2028-03-13') });
    const bySources = entry('old', { method: 'public-sources', evidenceDate: '2024-06', phone: { confirmed: 2025 } });
    expect(lapsesOf(bySources)).toEqual({ status: new Date('2027-06-02'), callButton: new Date('2027-01-02') });
    expect(lapsesOf(entry('no-phone', { method: 'public-sources', phone: null }))).toEqual({});
  });

  test('a lapsed copy has nothing vouching for it, and the original is untouched', () => {
    const original = entry('line', { phone: { confirmed: 2026, officialCurrentPage: true } });
    const lapsed = asLapsed(original);
    expect(outcomesByCountry([lapsed], places, new Date('2026-03-12')).BE).toEqual({
      phone: 0,
      'no-phone': 0,
      general: 0,
      fallback: 1,
      none: 1,
    });
    expect(original.data.contact.phones[0]).toMatchObject({ confirmed: 2026, officialCurrentPage: true });
  });

  test('the cost of a lapse: a sole line costs its places; a line another service also covers costs nothing but is still shown', () => {
    const sole = entry('sole', { served: [THERE] });
    const a = entry('a-shared');
    const b = entry('b-shared');
    const costs = lapseCosts([a, b, sole], places, new Date('2026-03-12'));
    expect(costs.map((c) => [c.entry.data.id, c.callButtons, c.confirmedLines, c.shownIn, c.withCall])).toEqual([
      ['sole', 1, 1, 1, 1],
      ['a-shared', 0, 0, 1, 1],
      ['b-shared', 0, 0, 1, 1],
    ]);
  });

  test('a typed date must be a real calendar day in YYYY-MM-DD', () => {
    expect(parseDay('2027-12-06')).toEqual({ date: new Date('2027-12-06') });
    expect(parseDay('06/12/2027')).toEqual({ problem: expect.stringMatching(/write it as YYYY-MM-DD/) });
    expect(parseDay('2027-02-30')).toEqual({ problem: expect.stringMatching(/not a day of the calendar/) });
  });
});
