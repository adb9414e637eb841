/** The map panel's list for one municipality: the help serving it, in the one ranking rule's order. */
import { distanceKm } from '../geo/nearest.ts';
import { inRankOrder, rankKeyOf } from '../directory/offered-first.ts';
import { startHerePicks } from '../directory/start-here.ts';
import { type Audience } from '../url-state.ts';
import type { MapMunicipality, MapEntry, MapData } from './model.ts';

/**
 * The initiatives among `entries` that serve municipality `index`, in the order of the one ranking rule
 * for `audience` (src/lib/directory/offered-first.ts): the same order as that municipality's page, whose
 * "start here" offers (startHerePicks) come first for a family.
 */
export function helpAt(
  data: Pick<MapData, 'municipalities'>,
  entries: readonly MapEntry[],
  index: number,
  audience: Audience,
): MapEntry[] {
  const place = data.municipalities[index];
  const point = (m: MapMunicipality | undefined) => (m ? { lat: m.centroid[0], lon: m.centroid[1] } : undefined);
  const origin = point(place);
  const distance = (e: MapEntry) => {
    const base = e.base === undefined ? undefined : point(data.municipalities[e.base]);
    return origin && base ? distanceKm(origin, base) : undefined;
  };
  const ranked = inRankOrder(
    entries.filter((e) => e.served.includes(index)),
    (e) =>
      rankKeyOf({ facts: e.rank, reach: e.reach, basedHere: e.based.includes(index), distance: distance(e) }, audience),
    // The ranking rule's tie-break is the entry's own name, the same in every language (not the shown one).
    (e) => e.properName ?? e.name,
  );
  if (audience !== 'family') return ranked;
  // For a family, what the municipality page's "start here" offers comes first, as there.
  const first = startHerePicks(ranked, (e) => e.rank).map((p) => p.item);
  return [...first, ...ranked.filter((e) => !first.includes(e))];
}
