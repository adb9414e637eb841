import type { DirectoryEntry } from './directory.ts';
import { helpKind } from './evidence.ts';
import type { PlaceHelp } from './start-here.ts';
import type { Initiative } from '../../schemas/initiative.ts';

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
