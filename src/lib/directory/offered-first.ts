/**
 * Which help to offer first, for one place and one reader: the ONE ranking rule behind the "start here"
 * block of a municipality page, its printed family sheet, the finder's "nearest to" order and the
 * per-place ranking file the finder loads (/data/near/CODE.json), and the map's panel (through the facts
 * each entry carries in /data/map/{lang}.json, see rankFacts). Pure: "today" and distances are passed in.
 *
 * The rule, in order (each step only breaks the ties of the steps before it):
 *  1. only entries that serve the place;
 *  2. ended and merged entries last (still listed, marked, never among the first);
 *  3. entries the reader can contact directly first (a family: a service whose sources say families may
 *     call; a professional: anything professionals may contact);
 *  4. for a family, the offer tier (offerTier): (1) a current specialised service with a current contact,
 *     (2) a current general line with a current contact (labelled general), (3) a specialised line whose
 *     status or contact is not confirmed (labelled so), then the rest; "start here" offers only tiers 1–3,
 *     and never an entry with no way at all to reach it (no phone, e-mail or website);
 *  5. confirmed current (active on recent evidence, confirmed organisation) before unknown;
 *  6. a probable or title-only tie to the organisation after a confirmed one;
 *  7. for professionals: networks, case conferences, expertise and training made for them first, and
 *     specialised help before a general line;
 *  8. a current contact route (phone, e-mail, website) before an old one, and an old one before none;
 *  9. for a family, a current phone before only another current route, and a line that answers day and
 *     night before one with set hours;
 * 10. local, then regional, then community- or country-wide;
 * 11. nearer first (distance from the place to where the entry is based; unknown base last);
 * 12. name (the entry's own `name`, the same in every language, not the translated shownName: one order for the three pages of a place and the map).
 * What "current" means is evidence.ts's; this file only orders.
 */
import type { DirectoryEntry } from './directory.ts';
import { primaryPhone } from './directory.ts';
import {
  contactRoute,
  familiesMayContact,
  hasUnconfirmedTie,
  helpKind,
  isConfirmedCurrent,
  isCurrentContact,
  isGeneralLine,
  isStillOffered,
} from './evidence.ts';
import type { Reach } from '../coverage/served-areas.ts';
import type { ContactPhone, Initiative } from '../../schemas/initiative.ts';
import type { Audience } from '../url-state.ts';

/** Whether this reader may get in touch with the entry directly. A resource is never "help to call". */
export function audienceMayContact(initiative: Initiative, audience: Audience): boolean {
  if (audience === 'family') return familiesMayContact(initiative);
  const route = contactRoute(initiative);
  return initiative.kind !== 'resource' && (route === 'professionals' || route === 'both');
}

/** Made for professionals: a network, a care-and-safety house, or a service only professionals may call. */
export function madeForProfessionals(initiative: Initiative): boolean {
  return (
    initiative.kind === 'professional-network' ||
    initiative.kind === 'care-and-safety-house' ||
    contactRoute(initiative) === 'professionals'
  );
}

/** A phone, an e-mail address or a website that a current source prints (the call-button rule, evidence.ts). */
export function hasCurrentContactRoute(initiative: Initiative, today: Date): boolean {
  const { phones, email, website } = initiative.contact;
  const current = (detail: Parameters<typeof isCurrentContact>[0]) => isCurrentContact(detail, initiative, today);
  return phones.some(current) || (email !== undefined && current(email)) || (website !== undefined && current(website));
}

/** Any way at all to reach the entry, however old its source: a phone, an e-mail address or a website. */
export function hasContactRoute(initiative: Initiative): boolean {
  const { phones, email, website } = initiative.contact;
  return phones.length > 0 || email !== undefined || website !== undefined;
}

/** 0 local (or based in the place), 1 regional, 2 community- or country-wide. */
export function reachRank(entry: DirectoryEntry, code: string): 0 | 1 | 2 {
  return reachRankOf(
    entry.reach,
    entry.data.locations.some((l) => l.municipality === code),
  );
}

function reachRankOf(reach: Reach, basedHere: boolean): 0 | 1 | 2 {
  if (reach === 'local' || basedHere) return 0;
  return reach === 'regional' ? 1 : 2;
}

export interface Place {
  code: string;
  /** Distance in km from the place to where the entry is based; undefined when its base is unknown. */
  distanceTo: (entry: DirectoryEntry) => number | undefined;
}

/**
 * What the rule reads of an entry that does not depend on the place: derived once from the content
 * (rankFacts), so a browser that has no content (the map's panel, from /data/map/{lang}.json) applies
 * the same rule (rankKeyOf) instead of an order of its own.
 */
export interface RankFacts {
  stillOffered: boolean;
  familyMayContact: boolean;
  professionalMayContact: boolean;
  confirmedCurrent: boolean;
  /** The tie to the organisation is probable or title-only. */
  unconfirmedTie: boolean;
  madeForProfessionals: boolean;
  currentContactRoute: boolean;
  /** A general line (remit general), not specialised in radicalisation. */
  general: boolean;
  /** Some phone, e-mail or website, current or not: without one, "start here" never offers it. */
  reachable: boolean;
  /** A current number that answers day and night, every day. */
  aroundTheClock: boolean;
  /** A current phone number (a frightened parent's first way in), not only an e-mail address or a website. */
  currentPhone: boolean;
}

export function rankFacts(initiative: Initiative, today: Date): RankFacts {
  return {
    stillOffered: isStillOffered(initiative),
    familyMayContact: audienceMayContact(initiative, 'family'),
    professionalMayContact: audienceMayContact(initiative, 'professional'),
    confirmedCurrent: isConfirmedCurrent(initiative, today),
    unconfirmedTie: hasUnconfirmedTie(initiative),
    madeForProfessionals: madeForProfessionals(initiative),
    currentContactRoute: hasCurrentContactRoute(initiative, today),
    general: isGeneralLine(initiative),
    reachable: hasContactRoute(initiative),
    aroundTheClock: initiative.contact.phones.some(
      (ph) => isCurrentContact(ph, initiative, today) && answersAroundTheClock(ph),
    ),
    currentPhone: initiative.contact.phones.some((ph) => isCurrentContact(ph, initiative, today)),
  };
}

/**
 * The three tiers "start here" offers a family, or undefined for an entry it never offers:
 *  1 a current specialised service with a current contact;
 *  2 a current general line with a current contact (shown as general, not specialised in radicalisation);
 *  3 a specialised line a family may contact whose status or contact is not confirmed (shown as such).
 * Never an entry with no way to reach it, one a family may not contact, an ended or merged one, or one
 * whose tie to the organisation is only probable.
 */
export type OfferTier = 1 | 2 | 3;

export function offerTier(f: RankFacts): OfferTier | undefined {
  if (!f.stillOffered || !f.familyMayContact || !f.reachable || f.unconfirmedTie) return undefined;
  if (f.confirmedCurrent && f.currentContactRoute) return f.general ? 2 : 1;
  return f.general ? undefined : 3;
}

/** An entry as seen from one place: its facts, its reach, whether it is based there and how far its base is. */
export interface RankedAt {
  facts: RankFacts;
  reach: Reach;
  basedHere: boolean;
  /** km; undefined when the entry's base is unknown (last). */
  distance: number | undefined;
}

const bit = (condition: boolean) => (condition ? 0 : 1);

/** The sort key of the rule (steps 2–11 of the comment at the top): compare element by element, then by name. */
export function rankKeyOf(at: RankedAt, audience: Audience): number[] {
  const f = at.facts;
  const family = audience === 'family';
  return [
    bit(f.stillOffered),
    bit(family ? f.familyMayContact : f.professionalMayContact),
    family ? (offerTier(f) ?? 4) : 0,
    bit(f.confirmedCurrent),
    bit(!f.unconfirmedTie),
    family ? 0 : bit(f.madeForProfessionals),
    family ? 0 : bit(!f.general),
    bit(f.currentContactRoute),
    bit(f.reachable),
    family ? bit(f.currentPhone) : 0,
    family ? bit(f.aroundTheClock) : 0,
    reachRankOf(at.reach, at.basedHere),
    at.distance ?? Number.POSITIVE_INFINITY,
  ];
}

/** The sort key of one entry for a place and reader. */
export function rankKey(entry: DirectoryEntry, place: Place, audience: Audience, today: Date): number[] {
  return rankKeyOf(
    {
      facts: rankFacts(entry.data, today),
      reach: entry.reach,
      basedHere: entry.data.locations.some((l) => l.municipality === place.code),
      distance: place.distanceTo(entry),
    },
    audience,
  );
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number) ? -1 : 1;
  return 0;
}

/** Items (already only those serving the place) in the rule's order, given each one's key and name (step 10). */
export function inRankOrder<T>(items: readonly T[], keyOf: (item: T) => number[], nameOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => compareKeys(a.key, b.key) || nameOf(a.item).localeCompare(nameOf(b.item), 'nl'))
    .map((x) => x.item);
}

/** Every entry serving the place, in the rule's order (ended and merged ones last). */
export function offeredFirst(
  entries: readonly DirectoryEntry[],
  place: Place,
  audience: Audience,
  today: Date,
): DirectoryEntry[] {
  return inRankOrder(
    entries.filter((e) => e.served.includes(place.code)),
    (e) => rankKey(e, place, audience, today),
    (e) => e.data.name,
  );
}

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
 * Whether an entry counts as help serving a place: anything but ended, merged or a resource (a film, a
 * toolkit), which helpKind calls 'none'. The one rule behind "15 services serve Antwerpen" on a municipality
 * page and the map panel's count for the same place (src/lib/map/map-data-file.ts keeps only these). The page
 * still lists the others, last and marked, so they stay findable; they are not counted as serving it.
 */
export function countsAsServing(initiative: Initiative, today: Date): boolean {
  return helpKind(initiative, today) !== 'none';
}

/** Of the help listed on a municipality page, what serves the place (countsAsServing), in the page's order. */
export function servingOf(help: PlaceHelp, today: Date): DirectoryEntry[] {
  return [
    ...help.startHere.map((o) => o.entry),
    ...help.moreForFamilies,
    ...help.forProfessionals,
    ...help.endedOrUnconfirmed,
  ].filter((e) => countsAsServing(e.data, today));
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

/** A line that answers around the clock, every day (structured hours 00:00–24:00 on all seven days). */
export function answersAroundTheClock(phone: ContactPhone): boolean {
  const days = new Set(
    phone.openingHours.filter((p) => p.opens === '00:00' && p.closes === '24:00').flatMap((p) => p.days),
  );
  return days.size === 7;
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
