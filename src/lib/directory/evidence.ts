/**
 * What the sources let us say about an entry today: is it still offered, is that confirmed by recent
 * evidence, may its number be the call button, and which of the three kinds of help it counts as.
 * Every page, count, export and ranking asks here; nothing else decides what "current" means.
 *
 * Pure: "today" is passed in (the build passes the build date), so tests are fixed in time.
 */
import type { Project, ReaderText } from '../../schemas/entry.ts';
import type { UiLanguage } from '../../schemas/vocabularies.ts';

/** Evidence older than this many years is "old": shown as "not confirmed since YEAR", never counted as current. */
export const STALE_AFTER_YEARS = 3;

/**
 * A number may be the call button only when a source from this year or later (or the service's own
 * current page, recorded with the year it was read) prints it.
 */
export const CURRENT_CONTACT_YEAR = 2021;

/** A contact detail that may be offered as the main call-to-action. */
export function isCurrentContact(detail: { confirmed?: number | undefined; officialCurrentPage?: boolean; verifyBeforePublishing: boolean }): boolean {
  if (detail.verifyBeforePublishing) return false;
  return (detail.confirmed !== undefined && detail.confirmed >= CURRENT_CONTACT_YEAR) || detail.officialCurrentPage === true;
}

/** Whether the entry is still offering help as far as we know: not ended and not merged. Unknown stays in. */
export function isStillOffered(project: Project): boolean {
  return project.status.value !== 'ended' && project.status.value !== 'merged';
}

/** Year of the newest evidence for the entry's status (status.evidenceDate), else of its newest dated source. */
export function evidenceYear(project: Project): number | undefined {
  const fromStatus = project.status.evidenceDate ? Number(project.status.evidenceDate.slice(0, 4)) : undefined;
  if (fromStatus) return fromStatus;
  const years = project.sources
    .map((s) => /\b(19|20)\d{2}\b/.exec(s.date ?? '')?.[0])
    .filter((y): y is string => Boolean(y))
    .map(Number);
  return years.length ? Math.max(...years) : undefined;
}

/** Evidence older than STALE_AFTER_YEARS (or undated): the page says "not confirmed since …". */
export function isStale(project: Project, today: Date): boolean {
  const year = evidenceYear(project);
  return year === undefined || today.getUTCFullYear() - year > STALE_AFTER_YEARS;
}

/**
 * What a card or an entry page says about old evidence: the year of the newest evidence ("not
 * confirmed since 2018"), 'undated' when no source is dated, or undefined when the evidence is recent.
 * Ended and merged entries already say so, so they get no staleness notice.
 */
export function staleSince(project: Project, today: Date): number | 'undated' | undefined {
  if (!isStillOffered(project) || !isStale(project, today)) return undefined;
  return evidenceYear(project) ?? 'undated';
}

/** A tie to the organisation that the 2018 mapping does not confirm (probable, or title only). */
export function hasUnconfirmedTie(project: Project): boolean {
  const attribution = project.mapping2018?.attribution;
  return attribution === 'probable' || attribution === 'title-only';
}

/** Active, on evidence from the last STALE_AFTER_YEARS years, and tied to a confirmed organisation. */
export function isConfirmedCurrent(project: Project, today: Date): boolean {
  return project.status.value === 'active' && !isStale(project, today) && !hasUnconfirmedTie(project);
}

/** Who may get in touch directly, from access.whoMayContact. Unknown is never read as "families welcome". */
export type ContactRoute = 'families' | 'professionals' | 'both' | 'unknown';

export function contactRoute(project: Project): ContactRoute {
  const who = new Set(project.access.whoMayContact);
  const families = who.has('parents') || who.has('relatives') || who.has('anyone');
  const professionals = who.has('professionals') || who.has('anyone');
  if (families && professionals) return 'both';
  if (families) return 'families';
  if (professionals) return 'professionals';
  return 'unknown';
}

/** Whether a family may contact the entry itself: a service, and its sources say families may call. */
export function familiesMayContact(project: Project): boolean {
  const route = contactRoute(project);
  return project.kind === 'service' && (route === 'families' || route === 'both');
}

/**
 * A general line (schema `remit: general`): a listening, violence or welfare line a family can turn to,
 * not a service specialised in radicalisation. Every page names it so, and it never counts as (a).
 */
export function isGeneralLine(project: Project): boolean {
  return project.remit === 'general';
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

export function helpKind(project: Project, today: Date): HelpKind {
  if (!isStillOffered(project) || project.kind === 'resource') return 'none';
  if (!isConfirmedCurrent(project, today)) return 'unconfirmed';
  if (familiesMayContact(project)) return isGeneralLine(project) ? 'general' : 'family';
  if (project.kind !== 'service' || contactRoute(project) === 'professionals') return 'professional';
  return 'unconfirmed';
}

/** Reader-facing text in `lang` (the schema requires all three languages). */
export function textIn(value: ReaderText, lang: UiLanguage): string {
  return value[lang];
}
