/** /data/map/geometry.json: both countries' municipality boundaries as one compact TopoJSON (see src/lib/map/geometry-file.ts). */
import type { APIRoute } from 'astro';
import type { Topology } from 'topojson-specification';
import { readTopology } from '../../../loaders/geo.ts';
import { mergeTopologies } from '../../../lib/map/geometry-file.ts';

export const GET: APIRoute = () => {
  const topology = mergeTopologies([
    JSON.parse(readTopology('BE')) as Topology,
    JSON.parse(readTopology('NL')) as Topology,
  ]);
  return new Response(JSON.stringify(topology), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
