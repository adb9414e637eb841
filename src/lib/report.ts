/**
 * Data report: what the directory holds, with the unknowns counted rather than hidden. Used by
 * `npm run report` and by the data-report page. Pure: give it the projects, get numbers back.
 */
import type { Project } from './schema.ts';
import { preventionLevels, targetGroups, workingMethods } from './vocabularies.ts';

export type Counts = Record<string, number>;

function countBy(projects: readonly Project[], keysOf: (p: Project) => readonly string[], unknownLabel = 'unknown'): Counts {
  const counts: Counts = {};
  for (const p of projects) {
    const keys = keysOf(p);
    for (const key of keys.length > 0 ? keys : [unknownLabel]) counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export interface LevelComparison {
  side: 'nl' | 'fr';
  fiches: number;
  withKnownLevel: number;
  inferredLevels: number;
  /** Fiches naming each level (a fiche can name several). */
  byLevel: Record<keyof typeof preventionLevels, number>;
}

export interface DataReport {
  total: number;
  byCountry: Counts;
  byLanguageSide: Counts;
  byRegion: Counts;
  byStatus: Counts;
  byLevel: Counts;
  byMethod: Counts;
  byTargetGroup: Counts;
  mapping2018: { total: number; byAttribution: Counts; comparison: LevelComparison[] };
  quality: {
    withoutPhoneOrEmail: string[];
    verifiedOverAYearAgo: string[];
    statusUnknown: string[];
    inferredLevels: string[];
  };
}

export function buildReport(projects: readonly Project[], today: Date = new Date()): DataReport {
  const yearAgo = new Date(today);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const mapping = projects.filter((p) => p.mapping2018);
  const comparison = (['nl', 'fr'] as const).map((side): LevelComparison => {
    const fiches = mapping.filter((p) => p.mapping2018!.side === side);
    const byLevel = { primary: 0, secondary: 0, tertiary: 0 };
    for (const p of fiches) for (const level of p.preventionLevels.values) byLevel[level]++;
    return {
      side,
      fiches: fiches.length,
      withKnownLevel: fiches.filter((p) => p.preventionLevels.values.length > 0).length,
      inferredLevels: fiches.filter((p) => p.preventionLevels.values.length > 0 && p.preventionLevels.inferred).length,
      byLevel,
    };
  });
  const ids = (list: readonly Project[]) => list.map((p) => p.id).sort();
  return {
    total: projects.length,
    byCountry: countBy(projects, (p) => [p.country]),
    byLanguageSide: countBy(projects, (p) => [p.languageSide]),
    byRegion: countBy(projects, (p) => (p.region ? [p.region] : [])),
    byStatus: countBy(projects, (p) => [p.status.value]),
    byLevel: countBy(projects, (p) => p.preventionLevels.values),
    byMethod: countBy(projects, (p) => p.workingMethods.values),
    byTargetGroup: countBy(projects, (p) => p.targetGroups.values),
    mapping2018: { total: mapping.length, byAttribution: countBy(mapping, (p) => [p.mapping2018!.attribution]), comparison },
    quality: {
      withoutPhoneOrEmail: ids(projects.filter((p) => p.contact.phones.length === 0 && !p.contact.email)),
      verifiedOverAYearAgo: ids(projects.filter((p) => p.lastVerified < yearAgo)),
      statusUnknown: ids(projects.filter((p) => p.status.value === 'unknown')),
      inferredLevels: ids(projects.filter((p) => p.preventionLevels.inferred && p.preventionLevels.values.length > 0)),
    },
  };
}

/** The vocabularies whose counts the report lists, in display order. */
export const reportVocabularies = { preventionLevels, workingMethods, targetGroups };

/** Plain-text rendering for `npm run report`. */
export function reportToMarkdown(report: DataReport): string {
  const table = (title: string, counts: Counts) => [`## ${title}`, '', '| value | entries |', '| --- | --- |', ...Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `| ${k} | ${v} |`), ''];
  const lines = [`# Data report`, '', `${report.total} entries.`, ''];
  lines.push(...table('By country', report.byCountry), ...table('By language side', report.byLanguageSide), ...table('By region', report.byRegion), ...table('By status', report.byStatus));
  lines.push(...table('By prevention level (an entry can have several; "unknown" = none stated)', report.byLevel), ...table('By working method', report.byMethod), ...table('By target group', report.byTargetGroup));
  lines.push('## The 2018 mapping by language side', '', '| side | fiches | with a known level | of which inferred | primary | secondary | tertiary |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const c of report.mapping2018.comparison) lines.push(`| ${c.side} | ${c.fiches} | ${c.withKnownLevel} | ${c.inferredLevels} | ${c.byLevel.primary} | ${c.byLevel.secondary} | ${c.byLevel.tertiary} |`);
  lines.push('', '## Data quality', '');
  lines.push(`- Without phone or e-mail (${report.quality.withoutPhoneOrEmail.length}): ${report.quality.withoutPhoneOrEmail.join(', ') || 'none'}`);
  lines.push(`- Last verified more than 12 months ago (${report.quality.verifiedOverAYearAgo.length}): ${report.quality.verifiedOverAYearAgo.join(', ') || 'none'}`);
  lines.push(`- Status unknown (${report.quality.statusUnknown.length}): ${report.quality.statusUnknown.join(', ') || 'none'}`);
  lines.push(`- Prevention levels inferred, not stated (${report.quality.inferredLevels.length}): ${report.quality.inferredLevels.join(', ') || 'none'}`, '');
  return lines.join('\n');
}
