/**
 * "Related help" on an entry page: other services a worker could also refer the family to. Pure.
 *
 * A candidate must still be offering help (isStillOffered: ended and merged entries are left out, their
 * successors are listed on their own), share at least one target group or prevention level with the
 * entry, and work in the same place: an overlapping served area, or the same region or country.
 * Score = shared target groups + shared prevention levels + 1 if the served areas overlap + 1 if
 * the region is the same, so a nearby service for the same people comes first; ties by name.
 */
import { type DirectoryEntry } from './directory.ts';
import { isStillOffered } from './evidence.ts';

export const RELATED_LIMIT = 4;

export interface Related {
  entry: DirectoryEntry;
  score: number;
}

const sharedCount = (a: readonly string[], b: readonly string[]) => a.filter((value) => b.includes(value)).length;

// Built once per entry and reused by every page and language: the directory can hold 10,000 entries,
// and every entry page compares itself with all of them.
const servedSets = new WeakMap<DirectoryEntry, ReadonlySet<string>>();
function servedSet(entry: DirectoryEntry): ReadonlySet<string> {
  let set = servedSets.get(entry);
  if (!set) servedSets.set(entry, (set = new Set(entry.served)));
  return set;
}

function overlaps(a: DirectoryEntry, b: DirectoryEntry): boolean {
  if (a.served.length === 0 || b.served.length === 0) return false;
  const [small, large] = a.served.length <= b.served.length ? [a.served, servedSet(b)] : [b.served, servedSet(a)];
  return small.some((code) => large.has(code));
}

const collator = new Intl.Collator('nl');
// Keyed by the candidate list, then the entry: pages pass the same directory list every time.
const cache = new WeakMap<readonly DirectoryEntry[], WeakMap<DirectoryEntry, Related[]>>();

/** Up to `limit` related current entries, best first, never the entry itself. Memoised per entry (the three languages share it). */
export function relatedEntries(entry: DirectoryEntry, entries: readonly DirectoryEntry[], limit = RELATED_LIMIT): Related[] {
  let forList = cache.get(entries);
  if (!forList) cache.set(entries, (forList = new WeakMap()));
  const cached = limit === RELATED_LIMIT ? forList.get(entry) : undefined;
  if (cached) return cached;
  const self = entry.data;
  const best: Related[] = [];
  const better = (a: Related, b: Related) => b.score - a.score || collator.compare(a.entry.data.name, b.entry.data.name);
  for (const other of entries) {
    if (other.data.id === self.id || !isStillOffered(other.data)) continue;
    const shared = sharedCount(self.targetGroups.values, other.data.targetGroups.values) + sharedCount(self.preventionLevels.values, other.data.preventionLevels.values);
    if (shared === 0) continue;
    const sameRegion = self.region !== undefined && self.region === other.data.region;
    // The cheap tests first: only a candidate from another country needs the area comparison to qualify.
    const areaOverlap = overlaps(entry, other);
    if (!areaOverlap && !sameRegion && self.country !== other.data.country) continue;
    const candidate = { entry: other, score: shared + (areaOverlap ? 1 : 0) + (sameRegion ? 1 : 0) };
    // Keep the best `limit` so far (insertion into a short sorted list), not a sort of every candidate.
    if (best.length < limit || better(candidate, best[best.length - 1]!) < 0) {
      best.push(candidate);
      best.sort(better);
      if (best.length > limit) best.pop();
    }
  }
  if (limit === RELATED_LIMIT) forList.set(entry, best);
  return best;
}

/** The first sentence of a summary, for a one-line description in a list (the whole text if it has one). */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s+\p{Lu}|$)/su.exec(text.trim());
  return match ? match[0] : text.trim();
}
