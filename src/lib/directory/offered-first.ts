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
 * What "current" means is evidence.ts's; this file only orders. Which of the ordered entries "start here"
 * offers, and the sections of a municipality page, are start-here.ts's; what counts as serving a place is
 * serving.ts's.
 */
import type { DirectoryEntry } from './directory.ts';
import {
  contactRoute,
  familiesMayContact,
  hasUnconfirmedTie,
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
/** A line that answers around the clock, every day (structured hours 00:00–24:00 on all seven days). */
export function answersAroundTheClock(phone: ContactPhone): boolean {
  const days = new Set(
    phone.openingHours.filter((p) => p.opens === '00:00' && p.closes === '24:00').flatMap((p) => p.days),
  );
  return days.size === 7;
}
