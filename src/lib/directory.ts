/**
 * The directory as pages and islands see it: every entry with the municipalities it serves and its
 * reach, derived once from the validated content and the geo table. Pure: no Astro, no I/O.
 */
import { reachOf, resolveCoverage, servedAreas, type Reach } from './coverage.ts';
import type { Municipality } from './geo.ts';
import { isCurrentContact, isStillOffered } from './evidence.ts';
import type { ContactPhone, Project } from './schema.ts';
import type { Region } from './vocabularies.ts';

export interface DirectoryEntry {
  data: Project;
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
}

export function buildDirectory(projects: readonly Project[], municipalities: readonly Municipality[]): Directory {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const entries = [...projects]
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
  return { entries, byId: new Map(entries.map((e) => [e.data.id, e])), servedBy };
}

/** The phone to offer as the main "call" button, if any is current (the rule is in evidence.ts). */
export function primaryPhone(project: Project): ContactPhone | undefined {
  return isStillOffered(project) ? project.contact.phones.find(isCurrentContact) : undefined;
}

const basedIn = (entry: DirectoryEntry, code: string) => entry.data.locations.some((l) => l.municipality === code);

export interface HelpGroups {
  local: DirectoryEntry[];
  regional: DirectoryEntry[];
  wide: DirectoryEntry[];
}

/**
 * The help that serves one municipality, grouped by reach (in the municipality, in the region or
 * province, for the whole community or country), each group nearest first: distance from the
 * municipality's centroid to where the entry is based (entries with no known base come last).
 * Ended and merged entries are left out: their successors are listed instead.
 */
export function helpFor(
  directory: Directory,
  code: string,
  centroidOf: (code: string) => { lat: number; lon: number } | undefined,
  distance: (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => number,
): HelpGroups {
  const origin = centroidOf(code);
  const entries = (directory.servedBy.get(code) ?? []).filter((e) => isStillOffered(e.data));
  const position = (e: DirectoryEntry) => {
    const base = e.data.locations[0]?.municipality;
    return base ? centroidOf(base) : undefined;
  };
  const sorted = origin
    ? [...entries].sort((a, b) => {
        const pa = position(a);
        const pb = position(b);
        return (pa ? distance(origin, pa) : Infinity) - (pb ? distance(origin, pb) : Infinity) || a.data.name.localeCompare(b.data.name);
      })
    : entries;
  return {
    // Help based in the municipality is local there, even when it also serves a wider area.
    local: sorted.filter((e) => e.reach === 'local' || basedIn(e, code)),
    regional: sorted.filter((e) => e.reach === 'regional' && !basedIn(e, code)),
    wide: sorted.filter((e) => e.reach === 'wide' && !basedIn(e, code)),
  };
}
