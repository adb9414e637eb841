/**
 * The re-check queue: which entries are due (lapsed, lapsing soon, or status unknown), in the order a
 * lapse would cost most, and to which address a keeper may write to ask the service. The costs and lapse
 * dates are freshness.ts's (the age rule of evidence.ts at later dates); this file only selects and words.
 *
 * Pure: the costs and "today" are passed in; scripts/recheck.ts writes the e-mails.
 */
import { isoDay, type LapseCost } from './freshness.ts';
import type { UiLanguage } from '../../schemas/languages.ts';
import type { Initiative } from '../../schemas/initiative.ts';

/** An entry whose status or call button lapses within this many days is asked now, not after it lapsed. */
export const LAPSING_WITHIN_DAYS = 90;

/** Why an entry is due. `on` is the first day it no longer counts (in the past: lapsed). */
export type DueReason =
  | { kind: 'status-unknown' }
  | { kind: 'status-undated' }
  | { kind: 'status'; on: Date }
  | { kind: 'call-button'; on: Date }
  /** The newest link check found a dead address or a move to another domain (`summary`: linksToRecheck's words). */
  | { kind: 'link'; summary: string };

export interface DueEntry {
  cost: LapseCost;
  reasons: DueReason[];
}

/**
 * Entries still offered whose status is unknown or undated, or whose status or call button lapses before
 * today + LAPSING_WITHIN_DAYS (already lapsed included), or whose id `linkProblems` names (the newest link
 * check's dead or moved addresses: `linksToRecheck` in src/lib/links/link-report.ts, id → summary). Ended and merged entries are not asked. The order
 * is lapseCosts's: call buttons lost first, then confirmed lines, then where it is shown, then reach.
 */
export function dueEntries(
  costs: readonly LapseCost[],
  today: Date,
  linkProblems: ReadonlyMap<string, string> = new Map(),
): DueEntry[] {
  const horizon = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + LAPSING_WITHIN_DAYS),
  );
  return costs.flatMap((cost) => {
    const p = cost.entry.data;
    const reasons: DueReason[] = [];
    if (p.status.value === 'unknown') reasons.push({ kind: 'status-unknown' });
    else if (cost.lapses.status === undefined) reasons.push({ kind: 'status-undated' });
    else if (cost.lapses.status <= horizon) reasons.push({ kind: 'status', on: cost.lapses.status });
    if (cost.lapses.callButton !== undefined && cost.lapses.callButton <= horizon)
      reasons.push({ kind: 'call-button', on: cost.lapses.callButton });
    const link = linkProblems.get(p.id);
    if (link !== undefined) reasons.push({ kind: 'link', summary: link });
    return reasons.length > 0 ? [{ cost, reasons }] : [];
  });
}

/** A reason in a keeper's words (English, for the queue and the index). */
export function describeReason(reason: DueReason, today: Date): string {
  if (reason.kind === 'status-unknown') return 'status unknown';
  if (reason.kind === 'status-undated') return 'no dated evidence for its status';
  if (reason.kind === 'link') return `link check: ${reason.summary}`;
  const what = reason.kind === 'status' ? 'status' : 'call button';
  return reason.on <= today ? `${what} lapsed on ${isoDay(reason.on)}` : `${what} lapses on ${isoDay(reason.on)}`;
}

/**
 * Words that make an address a function, not a person ("info@", "extremismes-violents@", "meldpunt.radicalisering@").
 * Only consulted when the local part is shaped like a person's name.
 */
const functionalWords = new Set([
  'info',
  'contact',
  'contacts',
  'mail',
  'office',
  'admin',
  'team',
  'service',
  'services',
  'dienst',
  'diensten',
  'secretariaat',
  'secretariat',
  'onthaal',
  'accueil',
  'receptie',
  'reception',
  'hulp',
  'aide',
  'help',
  'helpdesk',
  'support',
  'meldpunt',
  'loket',
  'guichet',
  'centrale',
  'preventie',
  'prevention',
  'radicalisering',
  'radicalisation',
  'radicalisme',
  'extremisme',
  'extremismes',
  'violents',
  'polarisatie',
  'polarisation',
  'veiligheid',
  'securite',
  'jeugd',
  'jeunesse',
  'familie',
  'famille',
  'families',
  'familles',
  'ouders',
  'parents',
  'welzijn',
  'gemeente',
  'commune',
  'stad',
  'ville',
  'steunpunt',
  'expertise',
  'advies',
  'conseil',
  'vragen',
  'questions',
  'zorg',
  'soins',
  'cel',
  'cellule',
  'onderwijs',
  'enseignement',
  'deradicalisering',
  'deradicalisation',
  'extremism',
  'preventiedienst',
  'hulplijn',
  'ecoute',
  'luisterlijn',
]);

/**
 * Whether an address looks like a person's (firstname.lastname@, j.peeters@, jan_peeters@): two or three
 * name-like parts joined by a dot, underscore or hyphen, none of them a word of a function. We never write
 * to such an address, and never publish one: a service is asked through its functional address only.
 */
export function looksPersonal(address: string): boolean {
  const local = address.split('@')[0]?.toLowerCase() ?? '';
  const parts = local.split(/[._-]/);
  if (parts.length < 2 || parts.length > 3 || !parts.every((part) => /^\p{L}+$/u.test(part))) return false;
  return !parts.some((part) => functionalWords.has(part));
}

/** Where a keeper asks the service: its functional e-mail address, or why not and how else to check. */
export type Recipient = { address: string } | { refused: string; instead: string };

export function recipientOf(initiative: Initiative): Recipient {
  const email = initiative.contact.email?.address;
  const other = [
    initiative.contact.website && `read the service's own website (${initiative.contact.website.url})`,
    initiative.contact.phones[0] && `call ${initiative.contact.phones[0].number}`,
    'search for a dated public source (municipal, government or press page) that names the service',
  ]
    .filter(Boolean)
    .join(', or ');
  if (email === undefined) return { refused: 'no e-mail address in the entry', instead: other };
  if (looksPersonal(email))
    return {
      refused: `${email} looks like a person's address (firstname.lastname@); we write only to a functional address`,
      instead: other,
    };
  return { address: email };
}

/** The language of the letter: the service's working language where the atlas has it (nl, fr), English otherwise. */
export function letterLanguage(initiative: Initiative): UiLanguage {
  return initiative.languageSide === 'nl' || initiative.languageSide === 'fr' ? initiative.languageSide : 'en';
}
