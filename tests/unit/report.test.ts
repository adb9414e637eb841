import { describe, expect, test } from 'vitest';
import { loadMunicipalities } from '../../src/lib/geo.ts';
import { buildReport } from '../../src/lib/report.ts';
import { validateDirectory } from '../../src/lib/validate.ts';

const projects = validateDirectory(loadMunicipalities()).entries.map((e) => e.data);
const report = buildReport(projects, new Date('2026-11-24T00:00:00Z'));

describe('data report', () => {
  test('counts add up, unknowns included', () => {
    const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(sum(report.byCountry)).toBe(projects.length);
    expect(sum(report.byStatus)).toBe(projects.length);
    // Every entry is counted at least once per multi-valued facet: as its values or as unknown.
    expect(sum(report.byLevel)).toBeGreaterThanOrEqual(projects.length);
    expect(report.byLevel.unknown).toBe(projects.filter((p) => p.preventionLevels.values.length === 0).length);
  });
  test('the 2018 comparison covers the 37 fiches by side', () => {
    expect(report.mapping2018.total).toBe(37);
    expect(report.mapping2018.comparison.map((c) => [c.side, c.fiches])).toEqual([['nl', 20], ['fr', 17]]);
    for (const c of report.mapping2018.comparison) expect(c.withKnownLevel).toBeLessThanOrEqual(c.fiches);
  });
  test('quality lists find entries verified over a year ago', () => {
    const later = buildReport(projects, new Date('2028-01-01T00:00:00Z'));
    expect(later.quality.verifiedOverAYearAgo.length).toBe(projects.length);
    expect(report.quality.verifiedOverAYearAgo).toEqual([]);
  });
});
