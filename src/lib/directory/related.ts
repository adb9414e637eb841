/**
 * "Related help" on an entry page: other services a worker could also refer the family to. Pure.
 *
 * A candidate must be current (evidence.ts isConfirmedCurrent on the build date: active on recent evidence,
 * with a confirmed organisation; ended, merged and unconfirmed entries are left out, so a worker is never
 * pointed from a live service to one nobody has seen running for years), share at least one target group or prevention level with the
 * entry, and work in the same place: an overlapping served area, or the same region or country.
 * Score = shared target groups + shared prevention levels + 1 if the served areas overlap + 1 if
 * the region is the same, so a nearby service for the same people comes first; ties by name.
 */
import { type DirectoryEntry } from './directory.ts';
import { isConfirmedCurrent } from './evidence.ts';

export const RELATED_LIMIT = 4;

export interface Related {
  entry: DirectoryEntry;
  score: number;
}

// Every entry page compares its entry with all others (10,000 at the benchmark's size, so 10^8
// comparisons), so the list is turned once into flat arrays: target groups and prevention levels as bit
// masks (a shared count is a popcount), region and country as small numbers, the name as its rank in
// the list's alphabetical order (ties break on a number, not a collator call), served areas as sets.
interface Prepared {
  offered: Uint8Array;
  groups: Int32Array;
  levels: Int32Array;
  region: Int32Array;
  country: Int32Array;
  nameRank: Int32Array;
  served: (ReadonlySet<string> | undefined)[];
  indexOf: Map<DirectoryEntry, number>;
}

function bitsFor(values: readonly string[], bits: Map<string, number>): number {
  let mask = 0;
  for (const value of values) {
    let bit = bits.get(value);
    if (bit === undefined) bits.set(value, (bit = bits.size));
    // More than 31 values cannot happen with today's vocabularies (14 target groups, 3 levels).
    if (bit > 30) throw new Error(`related: vocabulary too large for a bit mask (${value})`);
    mask |= 1 << bit;
  }
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const collator = new Intl.Collator('nl');

// Per list, per day (one build has one "today"; tests may ask for others).
const preparedLists = new WeakMap<readonly DirectoryEntry[], Map<number, Prepared>>();
function prepare(entries: readonly DirectoryEntry[], today: Date): Prepared {
  let byDay = preparedLists.get(entries);
  if (!byDay) preparedLists.set(entries, (byDay = new Map()));
  let prepared = byDay.get(today.getTime());
  if (prepared) return prepared;
  const n = entries.length;
  const groupBits = new Map<string, number>();
  const levelBits = new Map<string, number>();
  const ids = new Map<string, number>();
  const idOf = (value: string | undefined) => {
    if (value === undefined) return -1;
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  };
  prepared = {
    offered: new Uint8Array(n),
    groups: new Int32Array(n),
    levels: new Int32Array(n),
    region: new Int32Array(n),
    country: new Int32Array(n),
    nameRank: new Int32Array(n),
    served: new Array(n),
    indexOf: new Map(),
  };
  entries.forEach((e, i) => {
    prepared!.offered[i] = isConfirmedCurrent(e.data, today) ? 1 : 0;
    prepared!.groups[i] = bitsFor(e.data.targetGroups.values, groupBits);
    prepared!.levels[i] = bitsFor(e.data.preventionLevels.values, levelBits);
    prepared!.region[i] = idOf(e.data.region);
    prepared!.country[i] = idOf(`country:${e.data.country}`);
    prepared!.served[i] = e.served.length > 0 ? new Set(e.served) : undefined;
    prepared!.indexOf.set(e, i);
  });
  const byName = entries
    .map((_, i) => i)
    .sort((a, b) => collator.compare(entries[a]!.data.name, entries[b]!.data.name));
  byName.forEach((i, rank) => (prepared!.nameRank[i] = rank));
  byDay.set(today.getTime(), prepared);
  return prepared;
}

/** Whether two served areas share a municipality, walking the smaller one. */
function overlaps(
  a: readonly string[],
  aSet: ReadonlySet<string> | undefined,
  b: readonly string[],
  bSet: ReadonlySet<string> | undefined,
): boolean {
  if (!aSet || !bSet) return false;
  const [small, large] = a.length <= b.length ? [a, bSet] : [b, aSet];
  for (const code of small) if (large.has(code)) return true;
  return false;
}

// Keyed by the candidate list and the day, then the entry: pages pass the same directory list every time.
const cache = new WeakMap<readonly DirectoryEntry[], Map<number, WeakMap<DirectoryEntry, Related[]>>>();

/** Up to `limit` related current entries on `today`, best first, never the entry itself. Memoised per entry (the languages share it). */
export function relatedEntries(
  entry: DirectoryEntry,
  entries: readonly DirectoryEntry[],
  today: Date,
  limit = RELATED_LIMIT,
): Related[] {
  let byDay = cache.get(entries);
  if (!byDay) cache.set(entries, (byDay = new Map()));
  let forList = byDay.get(today.getTime());
  if (!forList) byDay.set(today.getTime(), (forList = new WeakMap()));
  const cached = limit === RELATED_LIMIT ? forList.get(entry) : undefined;
  if (cached) return cached;
  const list = prepare(entries, today);
  const own = list.indexOf.get(entry);
  const best =
    own === undefined ? relatedOutside(entry, entries, list, limit) : relatedInside(own, entries, list, limit);
  if (limit === RELATED_LIMIT) forList.set(entry, best);
  return best;
}

/** Keeps the best `limit` so far (insertion into a short sorted list), not a sort of every candidate. */
function keep(
  best: { i: number; score: number }[],
  candidate: { i: number; score: number },
  limit: number,
  nameRank: Int32Array,
): void {
  const better = (a: { i: number; score: number }, b: { i: number; score: number }) =>
    b.score - a.score || nameRank[a.i]! - nameRank[b.i]!;
  if (best.length < limit || better(candidate, best[best.length - 1]!) < 0) {
    best.push(candidate);
    best.sort(better);
    if (best.length > limit) best.pop();
  }
}

// The usual case, an entry of the list: typed arrays only, and a candidate whose best possible score
// (shared values + 1 for an overlap + 1 for the region) cannot beat the current fourth skips the area
// comparison, the one costly test.
function relatedInside(own: number, entries: readonly DirectoryEntry[], list: Prepared, limit: number): Related[] {
  const { offered, groups, levels, region, country, served, nameRank } = list;
  const ownGroups = groups[own]!;
  const ownLevels = levels[own]!;
  const ownRegion = region[own]!;
  const ownCountry = country[own]!;
  const ownServed = served[own];
  const ownCodes = entries[own]!.served;
  const best: { i: number; score: number }[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (!offered[i] || i === own) continue;
    const shared = popcount(ownGroups & groups[i]!) + popcount(ownLevels & levels[i]!);
    if (shared === 0) continue;
    const sameRegion = ownRegion !== -1 && ownRegion === region[i] ? 1 : 0;
    if (best.length === limit) {
      const worst = best[limit - 1]!;
      const ceiling = shared + 1 + sameRegion;
      if (ceiling < worst.score || (ceiling === worst.score && nameRank[i]! > nameRank[worst.i]!)) continue;
    }
    const areaOverlap = overlaps(ownCodes, ownServed, entries[i]!.served, served[i]);
    if (!areaOverlap && !sameRegion && ownCountry !== country[i]) continue;
    keep(best, { i, score: shared + (areaOverlap ? 1 : 0) + sameRegion }, limit, nameRank);
  }
  return best.map(({ i, score }) => ({ entry: entries[i]!, score }));
}

/** An entry outside the list (a preview, a test): compared value by value, by the same rule. */
function relatedOutside(
  entry: DirectoryEntry,
  entries: readonly DirectoryEntry[],
  list: Prepared,
  limit: number,
): Related[] {
  const self = entry.data;
  const ownServed = entry.served.length > 0 ? new Set(entry.served) : undefined;
  const best: { i: number; score: number }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const other = entries[i]!;
    if (!list.offered[i] || other.data.id === self.id) continue;
    const shared =
      self.targetGroups.values.filter((v) => other.data.targetGroups.values.includes(v)).length +
      self.preventionLevels.values.filter((v) => other.data.preventionLevels.values.includes(v)).length;
    if (shared === 0) continue;
    const sameRegion = self.region !== undefined && self.region === other.data.region;
    const areaOverlap = overlaps(entry.served, ownServed, other.served, list.served[i]);
    if (!areaOverlap && !sameRegion && self.country !== other.data.country) continue;
    keep(best, { i, score: shared + (areaOverlap ? 1 : 0) + (sameRegion ? 1 : 0) }, limit, list.nameRank);
  }
  return best.map(({ i, score }) => ({ entry: entries[i]!, score }));
}

/** The first sentence of a summary, for a one-line description in a list (the whole text if it has one). */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s+\p{Lu}|$)/su.exec(text.trim());
  return match ? match[0] : text.trim();
}
