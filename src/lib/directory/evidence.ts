/**
 * What the sources let us say about an entry today: is it still offered, is that confirmed by recent
 * evidence, may its number be the call button, and which of the three kinds of help it counts as.
 * Every page, count, export and ranking asks here; nothing else decides what "current" means.
 *
 * Pure: "today" is passed in (the build passes the build date), so tests are fixed in time.
 */
import type { Initiative } from '../../schemas/initiative.ts';
import type { VerificationMethod } from '../../schemas/vocabularies/evidence-and-verification.ts';
import type { UiLanguage } from '../../schemas/languages.ts';

/**
 * The age rule: how long a date keeps a number or a status current, counted back from "today" (the build
 * date, or the date a forecast asks about). Written once, here and in ARCHITECTURE's decision table.
 *
 * - CONTACT_WINDOW_MONTHS: a number is the call button only when a source printed it, or a person confirmed
 *   it, within the last 24 months. 211 services re-verify every record yearly; 24 months is one yearly round
 *   plus a whole round's slack before a parent is handed a number nobody has seen in two years.
 * - STATUS_WINDOW_MONTHS: "current" (active on recent evidence) needs evidence within the last 36 months:
 *   the three-year notion of current status the site already used, now counted in months instead of years.
 *
 * How a date counts:
 * - A year-only source date ("2025", or `confirmed: 2025` on a contact) counts as 1 January of that year,
 *   a year-and-month one as the first of that month: the earliest day it can mean, so a date never makes
 *   evidence look younger than it may be. A 2025 source thus keeps its number current until 1 January 2027.
 * - A contact marked `officialCurrentPage` (the service's own page, live but undated) counts as read on the
 *   entry's verification date (`verified.date`): that is when a person last saw it there.
 * - A verification by `service-confirmed` or `service-website` vouches for the service as it is on that day,
 *   so its date refreshes both the status and every contact detail not flagged `verifyBeforePublishing`. A
 *   `public-sources` check only re-read the cited sources: status and contacts rest on those sources' dates.
 * - Exactly N months ago still counts; one day more does not.
 */
export const CONTACT_WINDOW_MONTHS = 24;
export const STATUS_WINDOW_MONTHS = 36;

/** Methods that vouch for the service as it is on the verification day (the others rest on source dates). */
const firstHandMethods: ReadonlySet<VerificationMethod> = new Set(['service-confirmed', 'service-website']);

/** What the rule reads of an entry's verification. */
export type Verification = Pick<Initiative['verified'], 'date' | 'method'>;

/** `date` moved by `months` (negative: back), the day clamped to the month's end (31 March − 1 month = 28/29 February). */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

const dayOf = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** Whether a date is no more than `months` before today (exactly `months` counts; one day more does not). */
export function isWithinMonths(date: Date, today: Date, months: number): boolean {
  return dayOf(date) >= dayOf(addMonths(today, -months));
}

/** The first day on which a date no longer counts under a window of `months`. */
export function lapsesOn(date: Date, months: number): Date {
  const last = addMonths(date, months);
  return new Date(dayOf(last) + 86_400_000);
}

/**
 * The earliest day a source date can mean: "2024-05-17" as is, "2024-05" the 1st of May, "2024" (or a
 * year anywhere in the text, "around 2019") 1 January; "26/08/2019" read day first. Undefined when undated.
 */
export function earliestDayOf(raw: string): Date | undefined {
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  const dayFirst = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/.exec(raw);
  const [year, month, day] = iso
    ? [iso[1], iso[2] ?? '1', iso[3] ?? '1']
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : [/\b(19|20)\d{2}\b/.exec(raw)?.[0], '1', '1'];
  return year === undefined ? undefined : new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

const newest = (dates: readonly (Date | undefined)[]): Date | undefined =>
  dates.reduce<Date | undefined>((a, b) => (b !== undefined && (a === undefined || b > a) ? b : a), undefined);

/** A contact detail as the rule reads it. */
export interface ContactEvidence {
  confirmed?: number | undefined;
  officialCurrentPage?: boolean;
  verifyBeforePublishing: boolean;
}

/** The newest day something vouches for this detail: its source's year, the official page read on verification, or a first-hand check. */
export function contactConfirmedOn(detail: ContactEvidence, verified: Verification): Date | undefined {
  return newest([
    detail.confirmed !== undefined ? new Date(Date.UTC(detail.confirmed, 0, 1)) : undefined,
    detail.officialCurrentPage ? verified.date : undefined,
    firstHandMethods.has(verified.method) ? verified.date : undefined,
  ]);
}

/**
 * A contact detail that may be offered as the main call-to-action (the call button, a tel: or mailto: link,
 * the exports' phone): vouched for within CONTACT_WINDOW_MONTHS and not flagged for re-verification.
 */
export function isCurrentContact(detail: ContactEvidence, entry: { verified: Verification }, today: Date): boolean {
  if (detail.verifyBeforePublishing) return false;
  const on = contactConfirmedOn(detail, entry.verified);
  return on !== undefined && isWithinMonths(on, today, CONTACT_WINDOW_MONTHS);
}

/** Whether the entry is still offering help as far as we know: not ended and not merged. Unknown stays in. */
export function isStillOffered(initiative: Initiative): boolean {
  return initiative.status.value !== 'ended' && initiative.status.value !== 'merged';
}

/**
 * Day of the newest evidence for the entry's status: status.evidenceDate, else its newest dated source;
 * a first-hand verification (service-confirmed, service-website) is evidence of its own day.
 */
export function statusEvidenceDate(initiative: Initiative): Date | undefined {
  const fromSources = initiative.status.evidenceDate
    ? earliestDayOf(initiative.status.evidenceDate)
    : newest(initiative.sources.map((s) => (s.date ? earliestDayOf(s.date) : undefined)));
  return newest([fromSources, firstHandMethods.has(initiative.verified.method) ? initiative.verified.date : undefined]);
}

/** Year of the newest evidence for the entry's status (what a page and the exports print). */
export function evidenceYear(initiative: Initiative): number | undefined {
  return statusEvidenceDate(initiative)?.getUTCFullYear();
}

/** Evidence older than STATUS_WINDOW_MONTHS (or undated): the page says "not confirmed since …". */
export function isStale(initiative: Initiative, today: Date): boolean {
  const date = statusEvidenceDate(initiative);
  return date === undefined || !isWithinMonths(date, today, STATUS_WINDOW_MONTHS);
}

/**
 * What a card or an entry page says about old evidence: the year of the newest evidence ("not
 * confirmed since 2018"), 'undated' when no source is dated, or undefined when the evidence is recent.
 * Ended and merged entries already say so, so they get no staleness notice.
 */
export function staleSince(initiative: Initiative, today: Date): number | 'undated' | undefined {
  if (!isStillOffered(initiative) || !isStale(initiative, today)) return undefined;
  return evidenceYear(initiative) ?? 'undated';
}

/** A tie to the organisation that the 2018 mapping does not confirm (probable, or title only). */
export function hasUnconfirmedTie(initiative: Initiative): boolean {
  const attribution = initiative.mapping2018?.attribution;
  return attribution === 'probable' || attribution === 'title-only';
}

/** Active, on evidence from the last STATUS_WINDOW_MONTHS months, and tied to a confirmed organisation. */
export function isConfirmedCurrent(initiative: Initiative, today: Date): boolean {
  return initiative.status.value === 'active' && !isStale(initiative, today) && !hasUnconfirmedTie(initiative);
}

/** Who may get in touch directly, from access.whoMayContact. Unknown is never read as "families welcome". */
export type ContactRoute = 'families' | 'professionals' | 'both' | 'unknown';

export function contactRoute(initiative: Initiative): ContactRoute {
  const who = new Set(initiative.access.whoMayContact);
  const families = who.has('parents') || who.has('relatives') || who.has('anyone');
  const professionals = who.has('professionals') || who.has('anyone');
  if (families && professionals) return 'both';
  if (families) return 'families';
  if (professionals) return 'professionals';
  return 'unknown';
}

/** Whether a family may contact the entry itself: a service, and its sources say families may call. */
export function familiesMayContact(initiative: Initiative): boolean {
  const route = contactRoute(initiative);
  return initiative.kind === 'service' && (route === 'families' || route === 'both');
}

/**
 * A general line (schema `remit: general`): a listening, violence or welfare line a family can turn to,
 * not a service specialised in radicalisation. Every page names it so, and it never counts as (a).
 */
export function isGeneralLine(initiative: Initiative): boolean {
  return initiative.remit === 'general';
}

/**
 * The kinds of help a municipality can have, never added together:
 * - `family`: current help specialised in radicalisation a family can contact (confirmed current, families may contact it);
 * - `general`: a current general line a family can contact (remit general): help to reach, never counted as (a);
 * - `professional`: confirmed current, but for professionals only (networks, case conferences, training);
 * - `unconfirmed`: status unknown, old evidence, an unconfirmed tie, or families' access unknown.
 * Ended and merged entries, and resources (a film, a toolkit), are not help in a place: `none`.
 */
export type HelpKind = 'family' | 'general' | 'professional' | 'unconfirmed' | 'none';

export function helpKind(initiative: Initiative, today: Date): HelpKind {
  if (!isStillOffered(initiative) || initiative.kind === 'resource') return 'none';
  if (!isConfirmedCurrent(initiative, today)) return 'unconfirmed';
  if (familiesMayContact(initiative)) return isGeneralLine(initiative) ? 'general' : 'family';
  if (initiative.kind !== 'service' || contactRoute(initiative) === 'professionals') return 'professional';
  return 'unconfirmed';
}

/** A reader text as the entries hold it: every UI language once the entries carry it (src/schemas/fields.ts), English always. */
export type TextInLanguages = Readonly<Partial<Record<UiLanguage, string>> & { en: string }>;

/**
 * Reader-facing text in `lang`. The schema requires every UI language; while a newly declared language's
 * texts are still being written into the entries, a missing one shows the English text (marked by
 * `textLanguage`), never an empty string.
 */
export function textIn(value: TextInLanguages, lang: UiLanguage): string {
  return value[lang] || value.en;
}

/** The language `textIn` shows for `lang`: `lang` itself, or English where the text is not there yet (the page marks it `lang="en"`). */
export function textLanguage(value: TextInLanguages, lang: UiLanguage): UiLanguage {
  return value[lang] ? lang : 'en';
}
