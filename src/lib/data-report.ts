/**
 * Data report: what the directory holds, with the unknowns counted rather than hidden. Used by
 * `npm run report` and by the data-report page. Pure: give it the initiatives, get numbers back.
 */
import { evidenceYear, helpKind, isStillOffered, type HelpKind } from './directory/evidence.ts';
import { leadReasons, type Lead } from '../schemas/lead.ts';
// A type only: this module also runs under plain Node (npm run report), where the UI strings are not loaded.
import type { UiKey } from '../i18n/translate.ts';
import type { Initiative } from '../schemas/initiative.ts';
import { labelOf } from '../schemas/vocabularies/labels.ts';
import { preventionLevels } from '../schemas/vocabularies/practice.ts';
import type { Region } from '../schemas/vocabularies/place-and-kind.ts';

export type Counts = Record<string, number>;

function countBy<T>(initiatives: readonly T[], keysOf: (p: T) => readonly string[], unknownLabel = 'unknown'): Counts {
  const counts: Counts = {};
  for (const p of initiatives) {
    const keys = keysOf(p);
    for (const key of keys.length > 0 ? keys : [unknownLabel]) counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

type Level = keyof typeof preventionLevels;

/** Per value, the entries whose values for this facet are marked inferred. */
function countInferred(
  initiatives: readonly Initiative[],
  facet: (p: Initiative) => { values: readonly string[]; inferred: boolean },
): Counts {
  return countBy(
    initiatives.filter((p) => facet(p).inferred && facet(p).values.length > 0),
    (p) => facet(p).values,
  );
}

export interface LevelComparison {
  side: 'nl' | 'fr';
  fiches: number;
  withKnownLevel: number;
  inferredLevels: number;
  /** Fiches naming each level (a fiche can name several), inferred levels included. */
  byLevel: Record<Level, number>;
  /** Fiches whose level a source states (not our inference). */
  stated: number;
  /** Of those, fiches naming each level. */
  statedByLevel: Record<Level, number>;
  /** Of those, fiches naming secondary or tertiary prevention (counted once). */
  statedLater: number;
}

/**
 * What the 2018 mapping can say about the guide's observation (French-language projects lean to
 * primary prevention, Dutch-language ones to secondary and tertiary), on the levels a source states:
 * - insufficient: on either side, fewer than half of the fiches have a stated level;
 * - consistent: the French side names primary more often, and the Dutch side secondary or tertiary more often;
 * - not-consistent: otherwise.
 */
export interface GuideCheck {
  verdict: 'insufficient' | 'consistent' | 'not-consistent';
  /** Share (0–100, rounded) of fiches with a stated level that name primary / secondary or tertiary, per side; undefined without any stated level. */
  primaryShare: Record<'nl' | 'fr', number | undefined>;
  laterShare: Record<'nl' | 'fr', number | undefined>;
}

export function checkGuideObservation(comparison: readonly LevelComparison[]): GuideCheck {
  const side = (s: 'nl' | 'fr') => comparison.find((c) => c.side === s)!;
  const share = (c: LevelComparison, count: (c: LevelComparison) => number) =>
    c.stated > 0 ? Math.round((100 * count(c)) / c.stated) : undefined;
  const primary = (c: LevelComparison) => c.statedByLevel.primary;
  const later = (c: LevelComparison) => c.statedLater;
  const nl = side('nl');
  const fr = side('fr');
  const primaryShare = { nl: share(nl, primary), fr: share(fr, primary) };
  const laterShare = { nl: share(nl, later), fr: share(fr, later) };
  const enough = [nl, fr].every((c) => c.fiches > 0 && c.stated * 2 >= c.fiches);
  if (!enough) return { verdict: 'insufficient', primaryShare, laterShare };
  const consistent = primaryShare.fr! > primaryShare.nl! && laterShare.nl! > laterShare.fr!;
  return { verdict: consistent ? 'consistent' : 'not-consistent', primaryShare, laterShare };
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
  /** Per value, how many of the counts above are our reading of the sources rather than stated by them. */
  inferred: { byLevel: Counts; byMethod: Counts; byTargetGroup: Counts };
  mapping2018: { total: number; byAttribution: Counts; comparison: LevelComparison[]; check: GuideCheck };
  /** Every entry by the age of its newest evidence, oldest first (undated first of all). */
  evidenceAge: EvidenceAge[];
  /** The ten oldest entries that still look current (not ended, not merged): the list to verify next. */
  verifyNext: EvidenceAge[];
  quality: {
    withoutPhoneOrEmail: string[];
    verifiedOverAYearAgo: string[];
    statusUnknown: string[];
    inferredLevels: string[];
    /** Entries still holding a scaffold placeholder ("TODO", from `npm run new`). */
    placeholders: string[];
  };
}

export interface EvidenceAge {
  id: string;
  /** Year of the newest evidence (evidence.ts evidenceYear); null when no source is dated. */
  year: number | null;
  helpKind: HelpKind;
  stillOffered: boolean;
}

/** How many entries `npm run report` and the data report name as the ones to verify next. */
export const VERIFY_NEXT = 10;

/** Entries by age of evidence, oldest first; undated ones count as oldest (nothing confirms them). */
export function byEvidenceAge(initiatives: readonly Initiative[], today: Date): EvidenceAge[] {
  return initiatives
    .map((p) => ({
      id: p.id,
      year: evidenceYear(p) ?? null,
      helpKind: helpKind(p, today),
      stillOffered: isStillOffered(p),
    }))
    .sort((a, b) => (a.year ?? -Infinity) - (b.year ?? -Infinity) || a.id.localeCompare(b.id));
}

/** What the report reads: the entry and the regions it serves (a DirectoryEntry is one). */
export interface ReportSubject {
  data: Initiative;
  regions: readonly Region[];
}

export function buildReport(entries: readonly ReportSubject[], today: Date): DataReport {
  const initiatives = entries.map((e) => e.data);
  const evidenceAge = byEvidenceAge(initiatives, today);
  const yearAgo = new Date(today);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const mapping = initiatives.filter((p) => p.mapping2018);
  const comparison = (['nl', 'fr'] as const).map((side): LevelComparison => {
    const fiches = mapping.filter((p) => p.mapping2018!.side === side);
    const byLevel = { primary: 0, secondary: 0, tertiary: 0 };
    const statedByLevel = { primary: 0, secondary: 0, tertiary: 0 };
    for (const p of fiches) for (const level of p.preventionLevels.values) byLevel[level]++;
    const stated = fiches.filter((p) => p.preventionLevels.values.length > 0 && !p.preventionLevels.inferred);
    for (const p of stated) for (const level of p.preventionLevels.values) statedByLevel[level]++;
    return {
      side,
      fiches: fiches.length,
      withKnownLevel: fiches.filter((p) => p.preventionLevels.values.length > 0).length,
      inferredLevels: fiches.filter((p) => p.preventionLevels.values.length > 0 && p.preventionLevels.inferred).length,
      byLevel,
      stated: stated.length,
      statedByLevel,
      statedLater: stated.filter((p) => p.preventionLevels.values.some((level) => level !== 'primary')).length,
    };
  });
  const ids = (list: readonly Initiative[]) => list.map((p) => p.id).sort();
  return {
    total: initiatives.length,
    byCountry: countBy(initiatives, (p) => [p.country]),
    byLanguageSide: countBy(initiatives, (p) => [p.languageSide]),
    // The regions an entry serves (coverage/served-areas.ts servedAreas), so CAPREV counts in Wallonia and Brussels.
    byRegion: countBy(entries, (e) => e.regions),
    byStatus: countBy(initiatives, (p) => [p.status.value]),
    byLevel: countBy(initiatives, (p) => p.preventionLevels.values),
    byMethod: countBy(initiatives, (p) => p.workingMethods.values),
    byTargetGroup: countBy(initiatives, (p) => p.targetGroups.values),
    inferred: {
      byLevel: countInferred(initiatives, (p) => p.preventionLevels),
      byMethod: countInferred(initiatives, (p) => p.workingMethods),
      byTargetGroup: countInferred(initiatives, (p) => p.targetGroups),
    },
    evidenceAge,
    verifyNext: evidenceAge.filter((e) => e.stillOffered).slice(0, VERIFY_NEXT),
    mapping2018: {
      total: mapping.length,
      byAttribution: countBy(mapping, (p) => [p.mapping2018!.attribution]),
      comparison,
      check: checkGuideObservation(comparison),
    },
    quality: {
      withoutPhoneOrEmail: ids(initiatives.filter((p) => p.contact.phones.length === 0 && !p.contact.email)),
      verifiedOverAYearAgo: ids(initiatives.filter((p) => p.verified.date < yearAgo)),
      statusUnknown: ids(initiatives.filter((p) => p.status.value === 'unknown')),
      inferredLevels: ids(
        initiatives.filter((p) => p.preventionLevels.inferred && p.preventionLevels.values.length > 0),
      ),
      placeholders: ids(initiatives.filter((p) => /\bTODO\b/.test(JSON.stringify(p)))),
    },
  };
}

/** The UI string that says each verdict in words (src/i18n/…/data-report.json): the data-report page and `npm run report` say it alike. */
export const verdictKeys = {
  insufficient: 'dataReport.verdict.insufficient',
  consistent: 'dataReport.verdict.consistent',
  'not-consistent': 'dataReport.verdict.notConsistent',
} as const satisfies Record<GuideCheck['verdict'], UiKey>;

/**
 * Plain-text rendering for `npm run report` (for editors, in English). `verdict` is the verdict in
 * words, the UI string of `verdictKeys` (this module runs under plain Node, without the UI strings).
 */
export function reportToMarkdown(report: DataReport, today: Date, verdict: string): string {
  const sorted = (counts: Counts) => Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const table = (title: string, counts: Counts, inferred?: Counts) => [
    `## ${title}`,
    '',
    inferred ? '| value | entries | of which inferred |' : '| value | entries |',
    inferred ? '| --- | --- | --- |' : '| --- | --- |',
    ...sorted(counts).map(([k, v]) => (inferred ? `| ${k} | ${v} | ${inferred[k] ?? 0} |` : `| ${k} | ${v} |`)),
    '',
  ];
  const list = (title: string, ids: readonly string[]) => [
    `### ${title} (${ids.length})`,
    '',
    ...(ids.length > 0 ? ids.map((id) => `- ${id}`) : ['none']),
    '',
  ];
  const share = (n: number | undefined) => (n === undefined ? 'n/a' : `${n}%`);
  const { check } = report.mapping2018;
  return [
    '# Data report',
    '',
    `${report.total} entries, ${today.toISOString().slice(0, 10)}. "unknown" counts entries for which no source gives a value; an entry can have several levels, methods and target groups.`,
    '',
    ...table('By country', report.byCountry),
    ...table('By language side', report.byLanguageSide),
    ...table('By region', report.byRegion),
    ...table('By status', report.byStatus),
    ...table('By prevention level', report.byLevel, report.inferred.byLevel),
    ...table('By working method', report.byMethod, report.inferred.byMethod),
    ...table('By target group', report.byTargetGroup, report.inferred.byTargetGroup),
    '## The 2018 mapping by language side',
    '',
    'The 2018 guide observed that French-language projects lean to primary prevention and Dutch-language projects to secondary and tertiary prevention.',
    '',
    '| side | fiches | with a level | of which inferred | stated by a source | primary (all / stated) | secondary (all / stated) | tertiary (all / stated) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.mapping2018.comparison.map(
      (c) =>
        `| ${c.side} | ${c.fiches} | ${c.withKnownLevel} | ${c.inferredLevels} | ${c.stated} | ${c.byLevel.primary} / ${c.statedByLevel.primary} | ${c.byLevel.secondary} / ${c.statedByLevel.secondary} | ${c.byLevel.tertiary} / ${c.statedByLevel.tertiary} |`,
    ),
    '',
    `Of the fiches with a stated level, primary prevention: fr ${share(check.primaryShare.fr)}, nl ${share(check.primaryShare.nl)}; secondary or tertiary: fr ${share(check.laterShare.fr)}, nl ${share(check.laterShare.nl)}.`,
    '',
    verdict,
    '',
    `## To verify next: the ${VERIFY_NEXT} oldest entries that still look current`,
    '',
    ...report.verifyNext.map(
      (e, i) => `${i + 1}. ${e.id} (newest evidence: ${e.year ?? 'undated'}; counted as ${e.helpKind})`,
    ),
    '',
    '## Data quality',
    '',
    ...list('Without phone or e-mail', report.quality.withoutPhoneOrEmail),
    ...list('Last verified more than 12 months ago', report.quality.verifiedOverAYearAgo),
    ...list('Status unknown', report.quality.statusUnknown),
    ...list('Prevention levels inferred, not stated', report.quality.inferredLevels),
    ...list('Scaffold placeholders (TODO) left', report.quality.placeholders),
  ].join('\n');
}

/**
 * The unverified leads (src/data/leads) as a Markdown section for `npm run report`: what the next
 * verifier should look for. Names, places, why each is not an entry and its sources; never a contact.
 */
export function leadsToMarkdown(leads: readonly Lead[]): string {
  return [
    `## Unverified leads, not entries (${leads.length})`,
    '',
    'Named by one source, or by none from 2021 or later. Not help to contact; no contact details are kept. Each needs a second, independent source before it becomes an entry.',
    '',
    ...(leads.length === 0
      ? ['none', '']
      : leads
          .flatMap((lead) => [
            `- **${lead.name}** (${lead.place}, ${lead.country}; confidence ${lead.confidence}): ${labelOf(leadReasons, lead.reason, 'en')}`,
            `  ${lead.known.en}`,
            ...lead.sources.map(
              (s) => `  Source: ${s.title}, ${s.url} (${s.date}; read ${s.accessed.toISOString().slice(0, 10)})`,
            ),
          ])
          .concat('')),
  ].join('\n');
}
