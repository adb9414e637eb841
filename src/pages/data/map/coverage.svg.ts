/**
 * /data/map/coverage.svg: the map page's first picture, every municipality coloured by the number of
 * initiatives serving it, with the places where initiatives are based (src/loaders/coverage-overview-map.ts).
 * One file for all languages: it holds no words (the page gives its text alternative and legend).
 */
import type { APIRoute } from 'astro';
import { loadChoropleth } from '../../../loaders/coverage-overview-map.ts';

export const GET: APIRoute = async () => {
  const { svg } = await loadChoropleth();
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
