import { describe, expect, test } from 'vitest';
import type { DirectoryEntry } from '../../src/lib/directory/directory.ts';
import { offeredFirst, type Place } from '../../src/lib/directory/offered-first.ts';
import { aroundTheClock, placeHelp, startHereOutcome } from '../../src/lib/directory/start-here.ts';
import type { Initiative } from '../../src/schemas/initiative.ts';
import { directoryEntry, phone } from '../support/builders.ts';
import { audienceOf } from '../../src/lib/url-state.ts';

const today = new Date('2026-12-01T00:00:00Z');
const HERE = '11002';

interface Over {
  id: string;
  served?: string[];
  reach?: DirectoryEntry['reach'];
  status?: Initiative['status']['value'];
  evidenceDate?: string;
  who?: Initiative['access']['whoMayContact'];
  kind?: Initiative['kind'];
  attribution?: 'confirmed' | 'probable' | 'title-only';
  phone?: { confirmed?: number; openingHours?: { days: string[]; opens: string; closes: string }[] };
  base?: string;
  country?: 'BE' | 'NL';
  channels?: string[];
}

/** A directory entry built through the schema; defaults: a current family service serving HERE country-wide, no phone. */
function entry(o: Over): DirectoryEntry {
  const country = o.country ?? 'BE';
  return directoryEntry({
    id: o.id,
    fields: {
      kind: o.kind ?? 'service',
      country,
      region: country === 'NL' ? 'NL' : 'BE-VLG',
      status: {
        value: o.status ?? 'active',
        evidence: 'test',
        evidenceDate: o.evidenceDate ?? '2025',
        ...(o.status === 'merged' ? { successor: 'successor' } : {}),
      },
      access: { whoMayContact: o.who ?? ['parents', 'professionals'], channels: o.channels ?? [] },
      contact: {
        phones: o.phone ? [phone({ ...(country === 'NL' ? { number: '010 123 45 67' } : {}), ...o.phone })] : [],
      },
      locations: o.base ? [{ municipality: o.base }] : [],
      ...(o.attribution ? { mapping2018: { fiche: 'f', side: 'nl', attribution: o.attribution } } : {}),
    },
    served: o.served ?? [HERE],
    reach: o.reach ?? 'wide',
  });
}

// Bases in two other municipalities, 2 and 40 km away as the place sees them.
const NEAR = '11001';
const FAR = '21004';
const km: Record<string, number> = { [NEAR]: 2, [FAR]: 40 };
const place: Place = {
  code: HERE,
  distanceTo: (e) => (e.data.locations[0] ? km[e.data.locations[0].municipality] : undefined),
};
const ids = (list: readonly DirectoryEntry[]) => list.map((e) => e.data.id);
const rank = (entries: DirectoryEntry[], audience: 'family' | 'professional' = 'family') =>
  ids(offeredFirst(entries, place, audience, today));

describe('offered first: the one ranking rule', () => {
  test('only entries that serve the place', () => {
    expect(rank([entry({ id: 'elsewhere', served: ['GM0363'], reach: 'local' }), entry({ id: 'here' })])).toEqual([
      'here',
    ]);
  });

  test('an empty result when nothing serves the place', () => {
    expect(rank([entry({ id: 'elsewhere', served: ['GM0363'] })])).toEqual([]);
    const help = placeHelp([], place, today);
    expect(help).toEqual({ startHere: [], moreForFamilies: [], forProfessionals: [], endedOrUnconfirmed: [] });
    expect(startHereOutcome(help, today)).toBe('none');
  });

  test('a family first sees what a family may contact; a professional first sees what is made for professionals', () => {
    const entries = [
      entry({ id: 'network', kind: 'care-and-safety-house', who: ['professionals'], reach: 'local' }),
      entry({ id: 'family-line' }),
    ];
    expect(rank(entries, 'family')).toEqual(['family-line', 'network']);
    expect(rank(entries, 'professional')).toEqual(['network', 'family-line']);
  });

  test('unknown access is never read as families welcome', () => {
    expect(rank([entry({ id: 'unknown-access', who: [], reach: 'local' }), entry({ id: 'parents-welcome' })])).toEqual([
      'parents-welcome',
      'unknown-access',
    ]);
  });

  test('confirmed current before unknown status or old evidence, ended and merged last', () => {
    const entries = [
      entry({ id: 'ended', status: 'ended', reach: 'local', phone: { confirmed: 2025 } }),
      entry({ id: 'unknown', status: 'unknown', reach: 'local' }),
      entry({ id: 'old', evidenceDate: '2018', reach: 'local' }),
      entry({ id: 'merged', status: 'merged', reach: 'local' }),
      entry({ id: 'current' }),
    ];
    const order = rank(entries);
    expect(order[0]).toBe('current');
    expect(order.slice(-2).sort()).toEqual(['ended', 'merged']);
  });

  test('a probable or title-only tie is never first', () => {
    const entries = [
      entry({
        id: 'a-weak-tie',
        status: 'unknown',
        attribution: 'probable',
        reach: 'local',
        phone: { confirmed: 2025 },
      }),
      entry({ id: 'confirmed-tie', status: 'unknown' }),
    ];
    expect(rank(entries)).toEqual(['confirmed-tie', 'a-weak-tie']);
  });

  test('a current contact route first; an old number is still a way to reach it; no contact at all comes last', () => {
    const entries = [
      entry({ id: 'no-contact', reach: 'local' }),
      entry({ id: 'old-phone', reach: 'local', phone: { confirmed: 2017 } }),
      entry({ id: 'current-phone', phone: { confirmed: 2025 } }),
    ];
    expect(rank(entries)).toEqual(['current-phone', 'old-phone', 'no-contact']);
  });

  test('local before regional before community or country, then nearer, then name', () => {
    const entries = [
      entry({ id: 'national' }),
      entry({ id: 'regional', reach: 'regional' }),
      entry({ id: 'b-local-far', reach: 'local', base: FAR }),
      entry({ id: 'z-local-near', reach: 'local', base: NEAR }),
      entry({ id: 'a-local-no-base', reach: 'local' }),
      entry({ id: 'based-here', reach: 'wide', base: HERE }),
    ];
    expect(rank(entries)).toEqual([
      'z-local-near',
      'b-local-far',
      'a-local-no-base',
      'based-here',
      'regional',
      'national',
    ]);
  });

  test('ties are broken by name, whatever the input order', () => {
    const a = [entry({ id: 'beta' }), entry({ id: 'alpha' })];
    expect(rank(a)).toEqual(['alpha', 'beta']);
    expect(rank([...a].reverse())).toEqual(['alpha', 'beta']);
  });

  test('start here: at most three current family services; the rest under "more help"; professionals and the unconfirmed apart', () => {
    const entries = [
      ...['a', 'b', 'c', 'd'].map((id) => entry({ id, phone: { confirmed: 2025 } })),
      entry({ id: 'pro', kind: 'professional-network', who: ['professionals'] }),
      entry({ id: 'unknown', status: 'unknown' }),
      entry({ id: 'ended', status: 'ended' }),
    ];
    const help = placeHelp(entries, place, today);
    expect(ids(help.startHere.map((o) => o.entry))).toEqual(['a', 'b', 'c']);
    expect(help.startHere.map((o) => o.tier)).toEqual([1, 1, 1]);
    expect(ids(help.moreForFamilies)).toEqual(['d']);
    expect(ids(help.forProfessionals)).toEqual(['pro']);
    expect(ids(help.endedOrUnconfirmed)).toEqual(['unknown', 'ended']);
    expect(startHereOutcome(help, today)).toBe('phone');
  });

  test('no current specialised service: a specialised line whose details are not confirmed, never one without a way to reach it or a professionals-only one', () => {
    const entries = [
      entry({ id: 'local-unknown', status: 'unknown', reach: 'local' }),
      entry({ id: 'community-line', status: 'unknown', phone: { confirmed: 2017 } }),
      entry({ id: 'pro-only', who: ['professionals'], status: 'unknown', phone: { confirmed: 2024 } }),
    ];
    const help = placeHelp(entries, place, today);
    expect(help.startHere.map((o) => [o.entry.data.id, o.tier])).toEqual([['community-line', 3]]);
    expect(ids(help.endedOrUnconfirmed)).not.toContain('community-line');
    expect(ids(help.endedOrUnconfirmed)).toContain('local-unknown');
    expect(startHereOutcome(help, today)).toBe('fallback');
  });

  test('around the clock: only a current number with structured hours covering every day, in that country', () => {
    const allWeek = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];
    const entries = [
      entry({ id: 'be-24h', phone: { confirmed: 2025, openingHours: allWeek } }),
      entry({ id: 'nl-24h', country: 'NL', phone: { confirmed: 2025, openingHours: allWeek } }),
      entry({
        id: 'weekdays',
        phone: {
          confirmed: 2025,
          openingHours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '00:00', closes: '24:00' }],
        },
      }),
      entry({ id: 'old-24h', phone: { confirmed: 2018, openingHours: allWeek } }),
    ];
    expect(aroundTheClock(entries, 'BE', today).map((x) => x.entry.data.id)).toEqual(['be-24h']);
  });

  test('the URL value: only "professional" switches the audience', () => {
    expect(audienceOf('professional')).toBe('professional');
    expect(audienceOf(null)).toBe('family');
    expect(audienceOf('pro')).toBe('family');
  });
});
