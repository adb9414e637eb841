import { describe, expect, test } from 'vitest';
import {
  addMonths,
  CONTACT_WINDOW_MONTHS,
  contactRoute,
  earliestDayOf,
  evidenceYear,
  helpKind,
  isConfirmedCurrent,
  isCurrentContact,
  isStale,
  lapsesOn,
  STATUS_WINDOW_MONTHS,
  staleSince,
  textIn,
} from '../../src/lib/directory/evidence.ts';
import type { VerificationMethod } from '../../src/schemas/vocabularies/evidence-and-verification.ts';
import type { Initiative } from '../../src/schemas/initiative.ts';
import { initiative as build } from '../support/builders.ts';

const today = new Date('2026-12-01T00:00:00Z');

/** An entry built through the schema, with the fields evidence.ts reads set as given. */
function initiative(
  over: {
    status?: Initiative['status']['value'];
    evidenceDate?: string;
    sourceDates?: string[];
    who?: Initiative['access']['whoMayContact'];
    kind?: Initiative['kind'];
    attribution?: 'confirmed' | 'probable' | 'title-only';
    verified?: { date: string; method: VerificationMethod };
  } = {},
): Initiative {
  return build({
    id: 'entry',
    fields: {
      verified: { date: over.verified?.date ?? '2026-11-24', method: over.verified?.method ?? 'public-sources' },
      kind: over.kind ?? 'service',
      status: {
        value: over.status ?? 'active',
        evidence: 'test',
        ...(over.evidenceDate ? { evidenceDate: over.evidenceDate } : {}),
      },
      ...(over.sourceDates
        ? { sources: over.sourceDates.map((date) => ({ title: 't', url: 'https://example.org/', date })) }
        : {}),
      access: { whoMayContact: over.who ?? ['parents'] },
      ...(over.attribution ? { mapping2018: { fiche: 'f', side: 'nl', attribution: over.attribution } } : {}),
    },
  });
}

describe('evidence: what the sources let us say today', () => {
  test('a call button needs a source or a check within CONTACT_WINDOW_MONTHS, and no re-verification flag', () => {
    const bySources = { verified: { date: new Date('2020-01-01'), method: 'public-sources' as const } };
    expect(isCurrentContact({ confirmed: 2025, verifyBeforePublishing: false }, bySources, today)).toBe(true);
    expect(isCurrentContact({ confirmed: 2024, verifyBeforePublishing: false }, bySources, today)).toBe(false);
    expect(isCurrentContact({ verifyBeforePublishing: false }, bySources, today)).toBe(false);
    expect(
      isCurrentContact({ confirmed: 2025, officialCurrentPage: true, verifyBeforePublishing: true }, bySources, today),
    ).toBe(false);
  });

  test('exactly N months ago still counts, one day more does not', () => {
    const at = new Date('2027-03-12T00:00:00Z');
    const checked = (date: string, method: VerificationMethod = 'service-confirmed') => ({
      verified: { date: new Date(date), method },
    });
    const detail = { verifyBeforePublishing: false };
    expect(CONTACT_WINDOW_MONTHS).toBe(24);
    expect(isCurrentContact(detail, checked('2025-03-12'), at)).toBe(true);
    expect(isCurrentContact(detail, checked('2025-03-11'), at)).toBe(false);
    expect(lapsesOn(new Date('2025-03-12'), CONTACT_WINDOW_MONTHS)).toEqual(new Date('2027-03-13'));
    expect(STATUS_WINDOW_MONTHS).toBe(36);
    expect(isStale(initiative({ evidenceDate: '2024-03-12' }), at)).toBe(false);
    expect(isStale(initiative({ evidenceDate: '2024-03-11' }), at)).toBe(true);
  });

  test('a year-only date counts as 1 January, a month as its first day: the earliest it can mean', () => {
    expect(earliestDayOf('2025')).toEqual(new Date('2025-01-01'));
    expect(earliestDayOf('2025-06')).toEqual(new Date('2025-06-01'));
    expect(earliestDayOf('26/08/2019')).toEqual(new Date('2019-08-26'));
    expect(earliestDayOf('around 2019')).toEqual(new Date('2019-01-01'));
    expect(earliestDayOf('undated')).toBeUndefined();
    const none = { verified: { date: new Date('2020-01-01'), method: 'public-sources' as const } };
    // A number a 2025 source prints is current through 1 January 2027, not a day longer.
    expect(isCurrentContact({ confirmed: 2025, verifyBeforePublishing: false }, none, new Date('2027-01-01'))).toBe(
      true,
    );
    expect(isCurrentContact({ confirmed: 2025, verifyBeforePublishing: false }, none, new Date('2027-01-02'))).toBe(
      false,
    );
  });

  test('an official current page counts as read on the verification date, whatever the method', () => {
    const page = { officialCurrentPage: true, verifyBeforePublishing: false };
    const read = { verified: { date: new Date('2026-11-24'), method: 'public-sources' as const } };
    expect(isCurrentContact(page, read, addMonths(new Date('2026-11-24'), 24))).toBe(true);
    expect(isCurrentContact(page, read, new Date('2028-11-25'))).toBe(false);
  });

  test('a check with the service or on its website refreshes status and contacts; public sources rest on their dates', () => {
    const old = { evidenceDate: '2018' };
    const at = new Date('2026-06-01');
    for (const method of ['service-confirmed', 'service-website'] as const) {
      const p = initiative({ ...old, verified: { date: '2026-03-12', method } });
      expect(isStale(p, at), method).toBe(false);
      expect(evidenceYear(p)).toBe(2026);
      expect(isCurrentContact({ confirmed: 2016, verifyBeforePublishing: false }, p, at), method).toBe(true);
      // A detail the dossier flagged stays off the call button until a keeper clears the flag.
      expect(isCurrentContact({ confirmed: 2016, verifyBeforePublishing: true }, p, at), method).toBe(false);
    }
    const bySources = initiative({ ...old, verified: { date: '2026-03-12', method: 'public-sources' } });
    expect(isStale(bySources, at)).toBe(true);
    expect(isCurrentContact({ confirmed: 2016, verifyBeforePublishing: false }, bySources, at)).toBe(false);
  });

  test('months are counted on the calendar: 31 March back one month is the end of February', () => {
    expect(addMonths(new Date('2027-03-31'), -1)).toEqual(new Date('2027-02-28'));
    expect(addMonths(new Date('2028-02-29'), -24)).toEqual(new Date('2026-02-28'));
  });

  test('evidence year: the status date first, else the newest dated source; undated is stale', () => {
    expect(evidenceYear(initiative({ evidenceDate: '2024-05-17', sourceDates: ['2018'] }))).toBe(2024);
    expect(evidenceYear(initiative({ sourceDates: ['2018-03', 'undated', '26/08/2019'] }))).toBe(2019);
    expect(isStale(initiative({ sourceDates: ['undated'] }), today)).toBe(true);
    expect(isStale(initiative({ evidenceDate: '2024' }), today)).toBe(false);
    expect(isStale(initiative({ evidenceDate: '2023-12' }), today)).toBe(false);
    expect(isStale(initiative({ evidenceDate: '2023-11' }), today)).toBe(true);
  });

  test('confirmed current: active, recent evidence and a confirmed tie', () => {
    expect(isConfirmedCurrent(initiative({ evidenceDate: '2025' }), today)).toBe(true);
    expect(isConfirmedCurrent(initiative({ status: 'unknown', evidenceDate: '2025' }), today)).toBe(false);
    expect(isConfirmedCurrent(initiative({ evidenceDate: '2018' }), today)).toBe(false);
    expect(isConfirmedCurrent(initiative({ evidenceDate: '2025', attribution: 'probable' }), today)).toBe(false);
  });

  test('who may contact: unknown is never read as families welcome', () => {
    expect(contactRoute(initiative({ who: [] }))).toBe('unknown');
    expect(contactRoute(initiative({ who: ['professionals'] }))).toBe('professionals');
    expect(contactRoute(initiative({ who: ['relatives', 'professionals'] }))).toBe('both');
    expect(contactRoute(initiative({ who: ['anyone'] }))).toBe('both');
    expect(contactRoute(initiative({ who: ['person-concerned'] }))).toBe('unknown');
  });

  test('three kinds of help, never added together', () => {
    expect(helpKind(initiative({ evidenceDate: '2025' }), today)).toBe('family');
    expect(helpKind(initiative({ evidenceDate: '2025', who: ['professionals'] }), today)).toBe('professional');
    expect(helpKind(initiative({ evidenceDate: '2025', kind: 'care-and-safety-house', who: ['anyone'] }), today)).toBe(
      'professional',
    );
    expect(helpKind(initiative({ evidenceDate: '2025', who: [] }), today)).toBe('unconfirmed');
    expect(helpKind(initiative({ status: 'unknown', evidenceDate: '2025' }), today)).toBe('unconfirmed');
    expect(helpKind(initiative({ evidenceDate: '2017' }), today)).toBe('unconfirmed');
    expect(helpKind(initiative({ status: 'ended', evidenceDate: '2025' }), today)).toBe('none');
    expect(helpKind(initiative({ kind: 'resource', evidenceDate: '2025' }), today)).toBe('none');
  });

  test('reader text: a localised value in the page language', () => {
    const label = { nl: 'Hulplijn', fr: 'Ligne d’écoute', en: 'Helpline' };
    expect(textIn(label, 'en')).toBe('Helpline');
    expect(textIn(label, 'fr')).toBe('Ligne d’écoute');
  });
});

describe('staleness notice', () => {
  test('"not confirmed since YEAR" for a current-looking entry on evidence older than STATUS_WINDOW_MONTHS', () => {
    expect(staleSince(initiative({ status: 'unknown', evidenceDate: '2018-03' }), today)).toBe(2018);
    expect(staleSince(initiative({ status: 'active', sourceDates: ['2016', 'undated'] }), today)).toBe(2016);
    expect(staleSince(initiative({ status: 'active', sourceDates: ['undated'] }), today)).toBe('undated');
  });
  test('no notice on recent evidence, nor for ended or merged entries (they say so already)', () => {
    expect(staleSince(initiative({ status: 'active', evidenceDate: '2024-05' }), today)).toBeUndefined();
    expect(staleSince(initiative({ status: 'active', evidenceDate: '2024' }), today)).toBeUndefined();
    expect(staleSince(initiative({ status: 'ended', evidenceDate: '2017' }), today)).toBeUndefined();
  });
});
