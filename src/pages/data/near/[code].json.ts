/**
 * /data/near/CODE.json: the ids of every entry serving one municipality, in the order of the ranking
 * rule (src/lib/directory/offered-first.ts), for a family and for a professional. The finder loads it when a
 * place is chosen, so "nearest to" lists only services that serve the place, in the same order as the
 * municipality page. A few hundred bytes per place, loaded on demand.
 */
import { loadPlaceRanking } from '../../../loaders/directory.ts';
import { loadMunicipalities } from '../../../loaders/geo.ts';
import { audiences } from '../../../lib/url-state.ts';

export function getStaticPaths() {
  return loadMunicipalities().map((m) => ({ params: { code: m.code } }));
}

export async function GET({ params }: { params: { code: string } }) {
  const { ranked: order } = await loadPlaceRanking(params.code);
  const ranked = Object.fromEntries(audiences.map((a) => [a, order[a].map((e) => e.data.id)]));
  return new Response(JSON.stringify(ranked), { headers: { 'Content-Type': 'application/json' } });
}
