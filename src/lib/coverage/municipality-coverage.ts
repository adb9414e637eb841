/**
 * Coverage per municipality, for the map's table, the policy report and the coverage CSV: how much help
 * of each kind serves it on the build date. Pure: derived once at build from the directory, the geo table
 * and the build date. The figures per area and the gaps are in areas.ts, the CSV files in coverage-csv.ts.
 *
 * The kinds of help (src/lib/directory/evidence.ts helpKind) are never added together:
 * (a) `family` — confirmed current help a family can contact. Every headline figure, the map's colour
 *     classes, the per-level and per-target-group figures and the "gaps" count (a) only;
 * (b) `professional` — confirmed current, for professionals only (networks, case conferences);
 * (c) `unconfirmed` — still offered as far as we know, but status unknown, evidence old, an
 *     unconfirmed tie, or families' access unknown.
 * (d) `general` — a current general line a family can contact (a listening or violence line, remit
 *     general): help to reach, but not specialised in radicalisation, so a municipality it alone serves
 *     is still a gap.
 * (b), (c) and (d) are separate counts and columns. Ended, merged and resources count nowhere.
 * An entry of unknown coverage, or with no published list, serves no municipality here.
 */
import { type DirectoryEntry } from '../directory/directory.ts';
import { helpKind, isStillOffered } from '../directory/evidence.ts';
import type { Municipality } from '../geo/municipalities.ts';
import type { Initiative } from '../../schemas/initiative.ts';
import { keysOf } from '../../schemas/vocabularies/labels.ts';
import { preventionLevels, type PreventionLevel, type TargetGroup } from '../../schemas/vocabularies/practice.ts';

export const levelKeys = keysOf(preventionLevels) as PreventionLevel[];

/**
 * The three groups of the entries' target groups (`targetGroups`) the report breaks figures down by, and
 * the target groups each takes in. (Not the reader's "audience", family or professional: url-state.ts.)
 */
export const reportTargetGroups = {
  parents: ['parents', 'mothers', 'fathers'],
  'young-people': ['young-people'],
  professionals: ['professionals'],
} as const satisfies Record<string, readonly TargetGroup[]>;
export type ReportTargetGroup = keyof typeof reportTargetGroups;
export const reportTargetGroupKeys = Object.keys(reportTargetGroups) as ReportTargetGroup[];

export interface MunicipalityCoverage {
  code: string;
  /** (a) Help a family can contact serving the municipality, any reach. */
  all: number;
  /** (a) Of which local or regional (not country- or community-wide). */
  localRegional: number;
  /** (a) Of which country- or community-wide. */
  wide: number;
  /** (a) per prevention level (an entry with no stated level counts in none). */
  levels: Record<PreventionLevel, number>;
  /** (a) local or regional, per prevention level. */
  localLevels: Record<PreventionLevel, number>;
  /** (a) local or regional, per group of target groups. */
  localTargetGroups: Record<ReportTargetGroup, number>;
  /** (b) Confirmed current help for professionals only, any reach. Never added into (a). */
  professional: number;
  /** (c) Still offered as far as we know, but unconfirmed (unknown status, old evidence, unconfirmed tie). */
  unconfirmed: number;
  /** (d) Current general lines a family can contact (not specialised in radicalisation). Never added into (a). */
  general: number;
  /** Zorg- en Veiligheidshuis entries still offered serving it (Dutch municipalities only; 0 in Belgium). */
  zvh: number;
  /** (a) Help a family can contact based in the municipality (the map's markers). */
  based: number;
}

/**
 * Whether an entry is a (Zorg- en) Veiligheidshuis: the entry says so in its `kind`. The 30 houses each
 * serve a region of municipalities; the report shows the Dutch municipalities none of them covers.
 */
export function isZorgEnVeiligheidshuis(initiative: Initiative): boolean {
  return initiative.kind === 'care-and-safety-house';
}

const zeroLevels = (): Record<PreventionLevel, number> => ({ primary: 0, secondary: 0, tertiary: 0 });
const zeroTargetGroups = (): Record<ReportTargetGroup, number> => ({ parents: 0, 'young-people': 0, professionals: 0 });

/** Entries still offered as far as we know (not ended, not merged), whatever their kind of help. */
export function countedEntries(entries: readonly DirectoryEntry[]): DirectoryEntry[] {
  return entries.filter((e) => isStillOffered(e.data));
}

/** The report's groups an entry's target groups fall in (mothers count as parents). */
export function reportTargetGroupsOf(initiative: Initiative): ReportTargetGroup[] {
  return reportTargetGroupKeys.filter((g) =>
    (reportTargetGroups[g] as readonly string[]).some((t) => initiative.targetGroups.values.includes(t as TargetGroup)),
  );
}

/** Per-municipality counts on `today` (the build date), in the order of the geo table. */
export function municipalityCoverage(
  entries: readonly DirectoryEntry[],
  municipalities: readonly Municipality[],
  today: Date,
): MunicipalityCoverage[] {
  const byCode = new Map<string, MunicipalityCoverage>(
    municipalities.map((m) => [
      m.code,
      {
        code: m.code,
        all: 0,
        localRegional: 0,
        wide: 0,
        levels: zeroLevels(),
        localLevels: zeroLevels(),
        localTargetGroups: zeroTargetGroups(),
        professional: 0,
        unconfirmed: 0,
        general: 0,
        zvh: 0,
        based: 0,
      },
    ]),
  );
  for (const entry of countedEntries(entries)) {
    const kind = helpKind(entry.data, today);
    if (isZorgEnVeiligheidshuis(entry.data))
      for (const code of entry.served) if (byCode.has(code)) byCode.get(code)!.zvh++;
    if (kind === 'professional' || kind === 'unconfirmed' || kind === 'general') {
      for (const code of entry.served) {
        const c = byCode.get(code);
        if (c) c[kind]++;
      }
      continue;
    }
    if (kind !== 'family') continue;
    const wide = entry.reach === 'wide';
    const levels = entry.data.preventionLevels.values;
    const groups = reportTargetGroupsOf(entry.data);
    for (const code of entry.served) {
      const c = byCode.get(code);
      if (!c) continue;
      c.all++;
      if (wide) c.wide++;
      else c.localRegional++;
      for (const level of levels) {
        c.levels[level]++;
        if (!wide) c.localLevels[level]++;
      }
      if (!wide) for (const g of groups) c.localTargetGroups[g]++;
    }
    for (const code of new Set(entry.data.locations.map((l) => l.municipality))) {
      const c = byCode.get(code);
      if (c) c.based++;
    }
  }
  return municipalities.map((m) => byCode.get(m.code)!);
}
