/**
 * The directory as pages and islands see it: every entry with the municipalities it serves and its
 * reach, derived once from the validated content and the geo table. Pure: no Astro, no I/O.
 */
import { reachOf, resolveCoverage, servedAreas, type Reach } from '../coverage/served-areas.ts';
import type { Municipality } from '../geo/municipalities.ts';
import { isCurrentContact, isStillOffered } from './evidence.ts';
import type { ContactPhone, Initiative } from '../../schemas/initiative.ts';
import type { Region } from '../../schemas/vocabularies/place-and-kind.ts';

export interface DirectoryEntry {
  data: Initiative;
  /** Codes of the municipalities this entry serves. */
  served: string[];
  reach: Reach;
  /** Regions and provinces served (from `served`, not the seat): facets, counts and reports use these. */
  regions: Region[];
  provinces: string[];
}

export interface Directory {
  entries: DirectoryEntry[];
  byId: Map<string, DirectoryEntry>;
  /** Municipality code -> entries serving it. */
  servedBy: Map<string, DirectoryEntry[]>;
  /** The entries still offering help (isStillOffered), then the ended and merged ones: each in directory order, split once. */
  offered: DirectoryEntry[];
  stopped: DirectoryEntry[];
}

export function buildDirectory(initiatives: readonly Initiative[], municipalities: readonly Municipality[]): Directory {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const entries = [...initiatives]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((data): DirectoryEntry => {
      const served = resolveCoverage(data.coverage, municipalities);
      return { data, served, reach: reachOf(data.coverage, served.length), ...servedAreas(served, byCode, data) };
    });
  const servedBy = new Map<string, DirectoryEntry[]>();
  for (const entry of entries) {
    for (const code of entry.served) {
      const list = servedBy.get(code) ?? [];
      list.push(entry);
      servedBy.set(code, list);
    }
  }
  const offered = entries.filter((e) => isStillOffered(e.data));
  const stopped = entries.filter((e) => !isStillOffered(e.data));
  return { entries, byId: new Map(entries.map((e) => [e.data.id, e])), servedBy, offered, stopped };
}

/** The phone to offer as the main "call" button, if any is current (the rule is in evidence.ts). */
export function primaryPhone(initiative: Initiative, today: Date): ContactPhone | undefined {
  return isStillOffered(initiative)
    ? initiative.contact.phones.find((phone) => isCurrentContact(phone, initiative, today))
    : undefined;
}

/**
 * A municipality as the ranking rule (offered-first.ts) sees it: its code and the distance from its
 * centroid to where an entry is based (its first location; undefined when no base is known).
 */
export function placeFor(
  code: string,
  centroidOf: (code: string) => { lat: number; lon: number } | undefined,
  distance: (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => number,
): { code: string; distanceTo: (entry: DirectoryEntry) => number | undefined } {
  const origin = centroidOf(code);
  return {
    code,
    distanceTo: (entry) => {
      const base = entry.data.locations[0]?.municipality;
      const position = base ? centroidOf(base) : undefined;
      return origin && position ? distance(origin, position) : undefined;
    },
  };
}
