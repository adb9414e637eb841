/**
 * What "start here" offers a family in one place, and the sections of a municipality page (and its family
 * sheet), composed from the one ranking rule (offered-first.ts): at most START_HERE_MAX offers by tier, the
 * lines that answer day and night, and how a place fares (the start-here report and the freshness forecast).
 * Pure: "today" and distances are passed in.
 */
import type { DirectoryEntry } from './directory.ts';
import { primaryPhone } from './directory.ts';
import { helpKind, isCurrentContact } from './evidence.ts';
import {
  answersAroundTheClock,
  offeredFirst,
  offerTier,
  rankFacts,
  type OfferTier,
  type Place,
  type RankFacts,
} from './offered-first.ts';
import type { ContactPhone } from '../../schemas/initiative.ts';

/** At most this many services in "start here": a frightened parent needs one number, not a list. */
export const START_HERE_MAX = 3;

/** One service "start here" offers, with its tier (offerTier): the page labels each by it. */
export interface Offer {
  entry: DirectoryEntry;
  tier: OfferTier;
}

export interface PlaceHelp {
  /**
   * What "start here" offers, best first, at most START_HERE_MAX: only tier-1 services when two or more serve
   * the place; otherwise the tier-1 service if any, then general lines (tier 2), keeping one place for the best
   * specialised line whose status or contact is not confirmed (tier 3), or up to two of those when neither a
   * tier-1 service nor a general line serves the place.
   */
  startHere: Offer[];
  /** The other current family-facing services (specialised or general). */
  moreForFamilies: DirectoryEntry[];
  /** Current help for professionals only (networks, case conferences, expertise, training), in the professional order. */
  forProfessionals: DirectoryEntry[];
  /** Status unknown, old evidence, an unconfirmed tie, ended or merged: findable, marked, last. */
  endedOrUnconfirmed: DirectoryEntry[];
}
/**
 * Which of `ranked` (already in the rule's order) "start here" offers, with their tiers, at most START_HERE_MAX.
 * One composition for the municipality page, its family sheet and the map's panel (which has no content, only
 * each entry's RankFacts): two or more confirmed specialised services are enough on their own. With one or none,
 * a parent also gets the best general line (it answers when the specialised one does not) and one place for the
 * best specialised line that is not confirmed, labelled so: a national family service whose evidence lapsed
 * (the Dutch LSE) must not vanish behind a school line and two crime-reporting lines. With neither tier 1 nor 2,
 * up to two of those.
 */
export function startHerePicks<T>(
  ranked: readonly T[],
  factsOf: (item: T) => RankFacts,
): { item: T; tier: OfferTier }[] {
  const tiered = ranked.flatMap((item) => {
    const tier = offerTier(factsOf(item));
    return tier === undefined ? [] : [{ item, tier }];
  });
  const ofTier = (tier: OfferTier) => tiered.filter((o) => o.tier === tier);
  const [specialised, general, unconfirmed] = [ofTier(1), ofTier(2), ofTier(3)];
  const enoughSpecialised = specialised.length >= 2;
  const unconfirmedShown = enoughSpecialised
    ? []
    : unconfirmed.slice(0, specialised.length + general.length > 0 ? 1 : 2);
  const confirmed = enoughSpecialised ? specialised : [...specialised, ...general];
  return [...confirmed.slice(0, START_HERE_MAX - unconfirmedShown.length), ...unconfirmedShown];
}

/** The sections of a municipality page (and its family sheet), each in the rule's order. */
export function placeHelp(entries: readonly DirectoryEntry[], place: Place, today: Date): PlaceHelp {
  const family = offeredFirst(entries, place, 'family', today);
  const kindOf = (e: DirectoryEntry) => helpKind(e.data, today);
  const startHere: Offer[] = startHerePicks(family, (e) => rankFacts(e.data, today)).map(({ item, tier }) => ({
    entry: item,
    tier,
  }));
  const shown = new Set(startHere.map((o) => o.entry));
  return {
    startHere,
    moreForFamilies: family.filter((e) => !shown.has(e) && (kindOf(e) === 'family' || kindOf(e) === 'general')),
    forProfessionals: offeredFirst(entries, place, 'professional', today).filter((e) => kindOf(e) === 'professional'),
    endedOrUnconfirmed: family.filter((e) => !shown.has(e) && (kindOf(e) === 'unconfirmed' || kindOf(e) === 'none')),
  };
}
/**
 * Current services (specialised or general) with a current number that answers around the clock, among
 * `entries` (the page passes those serving the place) of one country: what to call when nothing else is open.
 */
export function aroundTheClock(
  entries: readonly DirectoryEntry[],
  country: string,
  today: Date,
): { entry: DirectoryEntry; phone: ContactPhone }[] {
  return entries.flatMap((entry) => {
    const p = entry.data;
    const kind = helpKind(p, today);
    if (p.country !== country || (kind !== 'family' && kind !== 'general')) return [];
    const phone = p.contact.phones.find((ph) => isCurrentContact(ph, p, today) && answersAroundTheClock(ph));
    return phone ? [{ entry, phone }] : [];
  });
}

/**
 * How a place fares: a current specialised service with a current phone (`phone`), one with only another
 * current contact (`no-phone`), a current general line as the best offer (`general`), only a specialised
 * line whose status or contact is not confirmed (`fallback`), or nothing to offer (`none`).
 */
export type StartHereOutcome = 'phone' | 'no-phone' | 'general' | 'fallback' | 'none';
export const startHereOutcomes: readonly StartHereOutcome[] = ['phone', 'no-phone', 'general', 'fallback', 'none'];

export function startHereOutcome(help: PlaceHelp, today: Date): StartHereOutcome {
  const best = help.startHere[0]?.tier;
  if (best === 1)
    return help.startHere.some((o) => o.tier === 1 && primaryPhone(o.entry.data, today)) ? 'phone' : 'no-phone';
  if (best === 2) return 'general';
  return best === 3 ? 'fallback' : 'none';
}
