import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { buildDirectory } from '../../src/lib/directory/directory.ts';
import { uiStrings } from '../../src/i18n/translate.ts';
import {
  buildReport,
  checkGuideObservation,
  reportToMarkdown,
  verdictKeys,
  type LevelComparison,
} from '../../src/lib/data-report.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';

const initiatives = validateDirectory(loadMunicipalities()).entries.map((e) => e.data);
const directory = buildDirectory(initiatives, loadMunicipalities());
const today = new Date('2026-11-24T00:00:00Z');
const report = buildReport(directory.entries, today);
const fiches = (
  JSON.parse(readFileSync('tests/fixtures/mapping-2018-fiches.json', 'utf8')) as { fiches: { side: 'nl' | 'fr' }[] }
).fiches;
const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

describe('data report', () => {
  test('counts add up, unknowns included', () => {
    expect(sum(report.byCountry)).toBe(initiatives.length);
    expect(sum(report.byStatus)).toBe(initiatives.length);
    // Regions served: an entry counts in every region it serves (CAPREV in Brussels and Wallonia), so the sum can exceed the total.
    expect(sum(report.byRegion)).toBe(directory.entries.reduce((n, e) => n + Math.max(e.regions.length, 1), 0));
    expect(sum(report.byRegion)).toBeGreaterThan(initiatives.length);
    expect(report.byRegion.unknown ?? 0).toBe(directory.entries.filter((e) => e.regions.length === 0).length);
    // Every entry is counted at least once per multi-valued facet: as its values or as unknown.
    expect(sum(report.byLevel)).toBeGreaterThanOrEqual(initiatives.length);
    expect(report.byLevel.unknown).toBe(initiatives.filter((p) => p.preventionLevels.values.length === 0).length);
    expect(report.byTargetGroup.unknown ?? 0).toBe(
      initiatives.filter((p) => p.targetGroups.values.length === 0).length,
    );
  });

  test('inferred values are counted apart, never more than the total for a value', () => {
    const inferredPrimary = initiatives.filter(
      (p) => p.preventionLevels.inferred && p.preventionLevels.values.includes('primary'),
    ).length;
    expect(report.inferred.byLevel.primary ?? 0).toBe(inferredPrimary);
    for (const [facet, inferred] of [
      ['byLevel', report.inferred.byLevel],
      ['byMethod', report.inferred.byMethod],
      ['byTargetGroup', report.inferred.byTargetGroup],
    ] as const) {
      for (const [key, n] of Object.entries(inferred))
        expect(n, `${facet} ${key}`).toBeLessThanOrEqual(report[facet][key]!);
      expect(inferred.unknown).toBeUndefined();
    }
  });

  test('the 2018 comparison covers every fiche of the mapping, by side', () => {
    expect(report.mapping2018.total).toBe(fiches.length);
    const bySide = (side: 'nl' | 'fr') => fiches.filter((f) => f.side === side).length;
    expect(report.mapping2018.comparison.map((c) => [c.side, c.fiches])).toEqual([
      ['nl', bySide('nl')],
      ['fr', bySide('fr')],
    ]);
    for (const c of report.mapping2018.comparison) {
      expect(c.withKnownLevel).toBeLessThanOrEqual(c.fiches);
      expect(c.stated + c.inferredLevels).toBe(c.withKnownLevel);
      for (const level of ['primary', 'secondary', 'tertiary'] as const)
        expect(c.statedByLevel[level]).toBeLessThanOrEqual(c.byLevel[level]);
    }
  });

  test('quality lists: no phone or e-mail, verified over a year ago, status unknown, scaffold placeholders', () => {
    const yearAgo = new Date('2025-11-24T00:00:00Z');
    expect(report.quality.verifiedOverAYearAgo).toEqual(
      initiatives
        .filter((p) => p.verified.date < yearAgo)
        .map((p) => p.id)
        .sort(),
    );
    expect(buildReport(directory.entries, new Date('2100-01-01T00:00:00Z')).quality.verifiedOverAYearAgo).toHaveLength(
      initiatives.length,
    );
    expect(report.quality.statusUnknown).toEqual(
      initiatives
        .filter((p) => p.status.value === 'unknown')
        .map((p) => p.id)
        .sort(),
    );
    const lse = initiatives.find((p) => p.id === 'landelijk-steunpunt-extremisme')!;
    expect(lse.contact.phones.length).toBeGreaterThan(0);
    expect(report.quality.withoutPhoneOrEmail).not.toContain('landelijk-steunpunt-extremisme');
    const silent = { ...lse, id: 'silent', contact: { phones: [] } };
    expect(buildReport([{ data: silent, regions: [] }], today).quality.withoutPhoneOrEmail).toEqual(['silent']);
    expect(report.quality.placeholders).toEqual([]);
    const scaffolded = { ...lse, id: 'scaffolded', summary: { ...lse.summary, en: 'TODO – one to three sentences.' } };
    expect(
      buildReport(
        [lse, scaffolded].map((data) => ({ data, regions: [] })),
        today,
      ).quality.placeholders,
    ).toEqual(['scaffolded']);
  });

  test('the markdown report lists every count table and the verdict in words', () => {
    const markdown = reportToMarkdown(report, today, uiStrings.en[verdictKeys[report.mapping2018.check.verdict]]);
    for (const title of [
      'By country',
      'By language side',
      'By region',
      'By prevention level',
      'By working method',
      'By target group',
      'Data quality',
    ])
      expect(markdown).toContain(`## ${title}`);
    expect(markdown).toMatch(/\| unknown \| \d+ \|/);
    expect(markdown).toMatch(
      /can neither confirm nor refute|consistent with the guide’s observation|does not show the lean/,
    );
  });
});

describe('checking the guide’s observation', () => {
  const side = (s: 'nl' | 'fr', fiches: number, stated: number, primary: number, later: number): LevelComparison => ({
    side: s,
    fiches,
    stated,
    withKnownLevel: stated,
    inferredLevels: 0,
    byLevel: { primary, secondary: later, tertiary: 0 },
    statedByLevel: { primary, secondary: later, tertiary: 0 },
    statedLater: later,
  });
  test('too few stated levels on one side: insufficient, whatever the shares', () => {
    expect(checkGuideObservation([side('nl', 20, 6, 0, 6), side('fr', 17, 17, 17, 0)]).verdict).toBe('insufficient');
  });
  test('French side more primary and Dutch side more secondary/tertiary: consistent', () => {
    const check = checkGuideObservation([side('nl', 20, 10, 2, 9), side('fr', 10, 8, 7, 2)]);
    expect(check).toEqual({ verdict: 'consistent', primaryShare: { nl: 20, fr: 88 }, laterShare: { nl: 90, fr: 25 } });
  });
  test('the reverse lean: not consistent', () => {
    expect(checkGuideObservation([side('nl', 20, 10, 9, 2), side('fr', 10, 8, 2, 7)]).verdict).toBe('not-consistent');
  });
  test('the real data gets a verdict that matches how many levels a source states', () => {
    const enough = report.mapping2018.comparison.every((c) => c.stated * 2 >= c.fiches);
    expect(report.mapping2018.check.verdict === 'insufficient').toBe(!enough);
  });
});

describe('age of evidence', () => {
  test('entries are listed oldest evidence first, undated first of all, every entry once', () => {
    expect(report.evidenceAge).toHaveLength(initiatives.length);
    const years = report.evidenceAge.map((e) => e.year ?? -1);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });
  test('the ten to verify next are the oldest still-offered entries', () => {
    expect(report.verifyNext).toHaveLength(10);
    for (const e of report.verifyNext) expect(e.stillOffered).toBe(true);
    const oldestStill = report.evidenceAge.filter((e) => e.stillOffered);
    expect(report.verifyNext.map((e) => e.id)).toEqual(oldestStill.slice(0, 10).map((e) => e.id));
    // No ended or merged entry is older than the tenth but left out by mistake: the list stops at the tenth still-offered one.
    const last = report.verifyNext.at(-1)!;
    expect(oldestStill.slice(10).every((e) => (e.year ?? -1) >= (last.year ?? -1))).toBe(true);
    expect(reportToMarkdown(report, today, '')).toContain(`1. ${report.verifyNext[0]!.id} (newest evidence:`);
  });
});
