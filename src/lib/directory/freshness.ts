/**
 * What lapses when nobody re-checks: the age rule of evidence.ts run at later dates. Nothing here decides
 * what "current" means; it only asks evidence.ts and start-here.ts on another day, so the forecast, the
 * re-check queue and the site can never disagree.
 *
 * Pure: entries, places and "today" are passed in (the scripts load them; the data report page passes the
 * build date).
 */
import type { DirectoryEntry } from './directory.ts';
import {
  addMonths,
  CONTACT_WINDOW_MONTHS,
  contactConfirmedOn,
  helpKind,
  isStillOffered,
  lapsesOn,
  STATUS_WINDOW_MONTHS,
  statusEvidenceDate,
} from './evidence.ts';
import { primaryPhone } from './directory.ts';
import type { Place } from './offered-first.ts';
import { placeHelp, startHereOutcome, type StartHereOutcome } from './start-here.ts';

/** A municipality as the forecast needs it: its country and how the ranking rule sees it. */
export interface ForecastPlace {
  country: string;
  place: Place;
}

export type OutcomeCounts = Record<StartHereOutcome, number>;

/** The months ahead the forecast looks at: today, then half a year, a year and two years without a re-check. */
export const FORECAST_MONTHS = [0, 6, 12, 24] as const;

const emptyCounts = (): OutcomeCounts => ({ phone: 0, 'no-phone': 0, general: 0, fallback: 0, none: 0 });

/** Entries serving each municipality, so each place only ranks its own (the rule filters by served anyway). */
function servingIndex(entries: readonly DirectoryEntry[]): Map<string, DirectoryEntry[]> {
  const index = new Map<string, DirectoryEntry[]>();
  for (const entry of entries)
    for (const code of entry.served) (index.get(code) ?? index.set(code, []).get(code)!).push(entry);
  return index;
}

/** The start-here outcome of one place on a day. */
function outcomeAt(serving: readonly DirectoryEntry[], place: Place, day: Date): StartHereOutcome {
  return startHereOutcome(placeHelp(serving, place, day), day);
}

/** Start-here outcomes per country on one day (what `npm run start-here` prints). */
export function outcomesByCountry(
  entries: readonly DirectoryEntry[],
  places: readonly ForecastPlace[],
  day: Date,
): Record<string, OutcomeCounts> {
  const index = servingIndex(entries);
  const counts: Record<string, OutcomeCounts> = {};
  for (const { country, place } of places)
    (counts[country] ??= emptyCounts())[outcomeAt(index.get(place.code) ?? [], place, day)]++;
  return counts;
}

export interface ForecastRow {
  months: number;
  date: Date;
  byCountry: Record<string, OutcomeCounts>;
}

/** The outcomes today and after each number of months, if nothing is re-checked in between. */
export function forecast(
  entries: readonly DirectoryEntry[],
  places: readonly ForecastPlace[],
  today: Date,
  months: readonly number[] = FORECAST_MONTHS,
): ForecastRow[] {
  return months.map((m) => {
    const date = addMonths(today, m);
    return { months: m, date, byCountry: outcomesByCountry(entries, places, date) };
  });
}

/** When the rule stops counting an entry, if nobody re-checks it: its status, and its last possible call button. */
export interface Lapses {
  /** First day the status is no longer current evidence (undefined: never was, e.g. undated). */
  status?: Date;
  /** First day no phone of the entry can be the call button any more (undefined: none ever could). */
  callButton?: Date;
}

export function lapsesOf(entry: DirectoryEntry): Lapses {
  const p = entry.data;
  const statusDate = statusEvidenceDate(p);
  const phoneLapses = p.contact.phones
    .filter((phone) => !phone.verifyBeforePublishing)
    .map((phone) => contactConfirmedOn(phone, p.verified))
    .filter((d): d is Date => d !== undefined)
    .map((d) => lapsesOn(d, CONTACT_WINDOW_MONTHS));
  const lapses: Lapses = {};
  if (statusDate) lapses.status = lapsesOn(statusDate, STATUS_WINDOW_MONTHS);
  if (phoneLapses.length > 0) lapses.callButton = new Date(Math.max(...phoneLapses.map((d) => d.getTime())));
  return lapses;
}

/**
 * The entry as if nothing vouched for it any more: no dated source, no first-hand check, no contact
 * confirmed. The rule then treats it as a lapsed entry, which is what the cost of a lapse asks about.
 */
export function asLapsed(entry: DirectoryEntry): DirectoryEntry {
  const p = entry.data;
  const { evidenceDate: _dropped, ...status } = p.status;
  const unvouched = <T extends { confirmed?: number | undefined; officialCurrentPage: boolean }>(detail: T): T => ({
    ...detail,
    confirmed: undefined,
    officialCurrentPage: false,
  });
  return {
    ...entry,
    data: {
      ...p,
      status,
      sources: p.sources.map((s) => ({ ...s, date: 'undated' })),
      verified: { ...p.verified, method: 'public-sources' },
      contact: {
        ...p.contact,
        phones: p.contact.phones.map(unvouched),
        ...(p.contact.email ? { email: unvouched(p.contact.email) } : {}),
        ...(p.contact.website ? { website: unvouched(p.contact.website) } : {}),
      },
    },
  };
}

/** What one entry's lapse would cost on a day: the municipalities that would lose their call button, or their confirmed line. */
export interface LapseCost {
  entry: DirectoryEntry;
  /** Municipalities whose start here would no longer have a call button. */
  callButtons: number;
  /** Municipalities whose start here would no longer have a confirmed current family service at all. */
  confirmedLines: number;
  /** Municipalities whose start here shows this entry today (with its call button: `withCall`), lost or not. */
  shownIn: number;
  withCall: number;
  /**
   * For an entry that has already lapsed (or whose number has): the municipalities that would gain a call
   * button, or a confirmed line, if the service confirmed it today. What a re-check can win back.
   */
  regainCalls: number;
  regainLines: number;
  lapses: Lapses;
}

/** The entry as if the service had confirmed it on `day` (a first-hand check refreshes status and contacts). */
export function asConfirmed(entry: DirectoryEntry, day: Date): DirectoryEntry {
  return { ...entry, data: { ...entry.data, verified: { date: day, method: 'service-confirmed' } } };
}

const hasLine = (o: StartHereOutcome) => o === 'phone' || o === 'no-phone';

/**
 * The cost of a lapse for every entry still offered, most costly first: municipalities that would lose
 * their call button (or, for an entry already lapsed, would win one back if it were confirmed), then their
 * confirmed line likewise, then (where other services would still cover the place) those whose start here
 * shows the entry with its call button, then shows it at all, then reach.
 */
export function lapseCosts(
  entries: readonly DirectoryEntry[],
  places: readonly ForecastPlace[],
  day: Date,
): LapseCost[] {
  const index = servingIndex(entries);
  const byCode = new Map(places.map((p) => [p.place.code, p.place]));
  const before = new Map<string, StartHereOutcome>();
  const shown = new Map<DirectoryEntry, { lines: number; calls: number; codes: string[] }>();
  for (const [code, place] of byCode) {
    const help = placeHelp(index.get(code) ?? [], place, day);
    before.set(code, startHereOutcome(help, day));
    for (const { entry: e } of help.startHere) {
      const count = shown.get(e) ?? shown.set(e, { lines: 0, calls: 0, codes: [] }).get(e)!;
      count.lines++;
      count.codes.push(code);
      if (primaryPhone(e.data, day)) count.calls++;
    }
  }
  const costs = entries
    .filter((e) => isStillOffered(e.data))
    .map((entry): LapseCost => {
      let callButtons = 0;
      let confirmedLines = 0;
      const lapsed = asLapsed(entry);
      // Lapsing an entry can only change a start here that shows it.
      for (const code of shown.get(entry)?.codes ?? []) {
        const place = byCode.get(code);
        const was = before.get(code);
        // Only a place with a confirmed line can lose one.
        if (!place || was === undefined || !hasLine(was)) continue;
        const after = outcomeAt(
          (index.get(code) ?? []).map((e) => (e === entry ? lapsed : e)),
          place,
          day,
        );
        if (was === 'phone' && after !== 'phone') callButtons++;
        if (!hasLine(after)) confirmedLines++;
      }
      // What confirming it would win back, where the place has no call button yet. A confirmation cannot
      // turn an unknown status active, nor a professionals-only service into a family line, so those are skipped.
      let regainCalls = 0;
      let regainLines = 0;
      if (helpKind(asConfirmed(entry, day).data, day) === 'family') {
        const confirmed = asConfirmed(entry, day);
        for (const code of entry.served) {
          const place = byCode.get(code);
          const was = before.get(code);
          if (!place || was === undefined || was === 'phone') continue;
          const after = outcomeAt(
            (index.get(code) ?? []).map((e) => (e === entry ? confirmed : e)),
            place,
            day,
          );
          if (after === 'phone') regainCalls++;
          if (!hasLine(was) && hasLine(after)) regainLines++;
        }
      }
      return {
        entry,
        callButtons,
        confirmedLines,
        shownIn: shown.get(entry)?.lines ?? 0,
        withCall: shown.get(entry)?.calls ?? 0,
        regainCalls,
        regainLines,
        lapses: lapsesOf(entry),
      };
    });
  const calls = (c: LapseCost) => Math.max(c.callButtons, c.regainCalls);
  const lines = (c: LapseCost) => Math.max(c.confirmedLines, c.regainLines);
  return costs.sort(
    (a, b) =>
      calls(b) - calls(a) ||
      lines(b) - lines(a) ||
      b.withCall - a.withCall ||
      b.shownIn - a.shownIn ||
      b.entry.served.length - a.entry.served.length ||
      a.entry.data.id.localeCompare(b.entry.data.id),
  );
}

/** A date as YYYY-MM-DD (UTC). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A date a person typed on the command line: YYYY-MM-DD and a real calendar day, or the reason it is not.
 * Shared by the freshness, re-check and confirm commands so they refuse alike.
 */
export function parseDay(text: string): { date: Date } | { problem: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return { problem: `"${text}" is not a date: write it as YYYY-MM-DD, e.g. 2027-03-12` };
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (isoDay(date) !== text.trim())
    return { problem: `"${text}" is not a day of the calendar (month 01–12, day within the month), e.g. 2027-03-12` };
  return { date };
}
