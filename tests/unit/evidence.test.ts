import { describe, expect, test } from 'vitest';
import { contactRoute, evidenceYear, helpKind, isConfirmedCurrent, isCurrentContact, isStale, staleSince, textIn } from '../../src/lib/directory/evidence.ts';
import type { Project } from '../../src/schemas/entry.ts';

const today = new Date('2026-12-01T00:00:00Z');

/** A project with only the fields evidence.ts reads. */
function project(over: {
  status?: Project['status']['value'];
  evidenceDate?: string;
  sourceDates?: string[];
  who?: Project['access']['whoMayContact'];
  kind?: Project['kind'];
  attribution?: 'confirmed' | 'probable' | 'title-only';
} = {}): Project {
  return {
    kind: over.kind ?? 'service',
    status: { value: over.status ?? 'active', evidence: 'test', ...(over.evidenceDate ? { evidenceDate: over.evidenceDate } : {}) },
    sources: (over.sourceDates ?? []).map((date) => ({ title: 't', url: 'https://example.org/', date })),
    access: { whoMayContact: over.who ?? ['parents'] },
    ...(over.attribution ? { mapping2018: { fiche: 'f', side: 'nl', attribution: over.attribution } } : {}),
  } as unknown as Project;
}

describe('evidence: what the sources let us say today', () => {
  test('a call button needs a source from 2021 or later, or an official current page, and no re-verification flag', () => {
    expect(isCurrentContact({ confirmed: 2021, verifyBeforePublishing: false })).toBe(true);
    expect(isCurrentContact({ confirmed: 2020, verifyBeforePublishing: false })).toBe(false);
    expect(isCurrentContact({ verifyBeforePublishing: false })).toBe(false);
    expect(isCurrentContact({ officialCurrentPage: true, verifyBeforePublishing: false })).toBe(true);
    expect(isCurrentContact({ confirmed: 2025, officialCurrentPage: true, verifyBeforePublishing: true })).toBe(false);
  });

  test('evidence year: the status date first, else the newest dated source; undated is stale', () => {
    expect(evidenceYear(project({ evidenceDate: '2024-05-17', sourceDates: ['2018'] }))).toBe(2024);
    expect(evidenceYear(project({ sourceDates: ['2018-03', 'undated', '26/08/2019'] }))).toBe(2019);
    expect(isStale(project({ sourceDates: ['undated'] }), today)).toBe(true);
    expect(isStale(project({ evidenceDate: '2023' }), today)).toBe(false);
    expect(isStale(project({ evidenceDate: '2022' }), today)).toBe(true);
  });

  test('confirmed current: active, recent evidence and a confirmed tie', () => {
    expect(isConfirmedCurrent(project({ evidenceDate: '2025' }), today)).toBe(true);
    expect(isConfirmedCurrent(project({ status: 'unknown', evidenceDate: '2025' }), today)).toBe(false);
    expect(isConfirmedCurrent(project({ evidenceDate: '2018' }), today)).toBe(false);
    expect(isConfirmedCurrent(project({ evidenceDate: '2025', attribution: 'probable' }), today)).toBe(false);
  });

  test('who may contact: unknown is never read as families welcome', () => {
    expect(contactRoute(project({ who: [] }))).toBe('unknown');
    expect(contactRoute(project({ who: ['professionals'] }))).toBe('professionals');
    expect(contactRoute(project({ who: ['relatives', 'professionals'] }))).toBe('both');
    expect(contactRoute(project({ who: ['anyone'] }))).toBe('both');
    expect(contactRoute(project({ who: ['person-concerned'] }))).toBe('unknown');
  });

  test('three kinds of help, never added together', () => {
    expect(helpKind(project({ evidenceDate: '2025' }), today)).toBe('family');
    expect(helpKind(project({ evidenceDate: '2025', who: ['professionals'] }), today)).toBe('professional');
    expect(helpKind(project({ evidenceDate: '2025', kind: 'care-and-safety-house', who: ['anyone'] }), today)).toBe('professional');
    expect(helpKind(project({ evidenceDate: '2025', who: [] }), today)).toBe('unconfirmed');
    expect(helpKind(project({ status: 'unknown', evidenceDate: '2025' }), today)).toBe('unconfirmed');
    expect(helpKind(project({ evidenceDate: '2017' }), today)).toBe('unconfirmed');
    expect(helpKind(project({ status: 'ended', evidenceDate: '2025' }), today)).toBe('none');
    expect(helpKind(project({ kind: 'resource', evidenceDate: '2025' }), today)).toBe('none');
  });

  test('reader text: a localised value in the page language', () => {
    const label = { nl: 'Hulplijn', fr: 'Ligne d’écoute', en: 'Helpline' };
    expect(textIn(label, 'en')).toBe('Helpline');
    expect(textIn(label, 'fr')).toBe('Ligne d’écoute');
  });
});

describe('staleness notice', () => {
  test('"not confirmed since YEAR" for a current-looking entry on evidence older than three years', () => {
    expect(staleSince(project({ status: 'unknown', evidenceDate: '2018-03' }), today)).toBe(2018);
    expect(staleSince(project({ status: 'active', sourceDates: ['2016', 'undated'] }), today)).toBe(2016);
    expect(staleSince(project({ status: 'active', sourceDates: ['undated'] }), today)).toBe('undated');
  });
  test('no notice on recent evidence, nor for ended or merged entries (they say so already)', () => {
    expect(staleSince(project({ status: 'active', evidenceDate: '2024-05' }), today)).toBeUndefined();
    expect(staleSince(project({ status: 'active', evidenceDate: '2023' }), today)).toBeUndefined();
    expect(staleSince(project({ status: 'ended', evidenceDate: '2017' }), today)).toBeUndefined();
  });
});
