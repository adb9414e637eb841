/**
 * "Related help" on an entry page: other services a worker could also refer the family to. Pure.
 *
 * A candidate must still be offering help (isCurrent: ended and merged entries are left out, their
 * successors are listed on their own), share at least one target group or prevention level with the
 * entry, and work in the same place: an overlapping served area, or the same region or country.
 * Score = shared target groups + shared prevention levels + 1 if the served areas overlap + 1 if
 * the region is the same, so a nearby service for the same people comes first; ties by name.
 */
import { isCurrent, type DirectoryEntry } from './directory.ts';

export const RELATED_LIMIT = 4;

export interface Related {
  entry: DirectoryEntry;
  score: number;
}

const sharedCount = (a: readonly string[], b: readonly string[]) => a.filter((value) => b.includes(value)).length;

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [small, large] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return small.some((code) => large.has(code));
}

/** Up to `limit` related current entries, best first, never the entry itself. */
export function relatedEntries(entry: DirectoryEntry, entries: readonly DirectoryEntry[], limit = RELATED_LIMIT): Related[] {
  const self = entry.data;
  return entries
    .filter((other) => other.data.id !== self.id && isCurrent(other.data))
    .flatMap((other): Related[] => {
      const shared = sharedCount(self.targetGroups.values, other.data.targetGroups.values) + sharedCount(self.preventionLevels.values, other.data.preventionLevels.values);
      if (shared === 0) return [];
      const areaOverlap = overlaps(entry.served, other.served);
      const sameRegion = self.region !== undefined && self.region === other.data.region;
      if (!areaOverlap && !sameRegion && self.country !== other.data.country) return [];
      return [{ entry: other, score: shared + (areaOverlap ? 1 : 0) + (sameRegion ? 1 : 0) }];
    })
    .sort((a, b) => b.score - a.score || a.entry.data.name.localeCompare(b.entry.data.name, 'nl'))
    .slice(0, limit);
}

/** The first sentence of a summary, for a one-line description in a list (the whole text if it has one). */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s+\p{Lu}|$)/su.exec(text.trim());
  return match ? match[0] : text.trim();
}
