/**
 * The map's geometry file, built once: the Belgian and Dutch municipality TopoJSON files of
 * src/data/geo merged into one topology (one request), with every property dropped except the id
 * (= municipality code; names and counts come from the per-language map data), re-quantised on a
 * common grid. TopoJSON rather than GeoJSON because shared borders are stored once and coordinates
 * are small delta-encoded integers: about a third of the GeoJSON size after gzip, decoded in the
 * browser by topojson-client (a few KB).
 */
import { quantize, transform as transformer } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** Grid steps across the two countries' extent: 1e5 keeps the source precision (about 3-4 m). */
export const DEFAULT_QUANTISATION = 1e5;

type AnyGeometry = GeometryObject & { arcs?: unknown; id?: string | number; properties?: unknown };

function shiftArcs(arcs: unknown, offset: number): unknown {
  if (typeof arcs === 'number') return arcs >= 0 ? arcs + offset : ~(~arcs + offset);
  return (arcs as unknown[]).map((a) => shiftArcs(a, offset));
}

/** Absolute (dequantised) arcs of a topology. */
function absoluteArcs(topology: Topology): number[][][] {
  const t = transformer(topology.transform ?? null);
  // The transformer restarts its delta decoding at the first point of each arc (index false).
  return topology.arcs.map((arc) => arc.map((point, i) => t(point, i > 0) as number[]));
}

/**
 * Merge topologies whose object `objectName` is a GeometryCollection into one topology with a single
 * collection of that name; ids kept, properties dropped; quantised to `quantisation` steps.
 */
export function mergeTopologies(
  topologies: readonly Topology[],
  objectName = 'municipalities',
  quantisation = DEFAULT_QUANTISATION,
): Topology {
  const arcs: number[][][] = [];
  const geometries: AnyGeometry[] = [];
  for (const topology of topologies) {
    const collection = topology.objects[objectName] as GeometryCollection | undefined;
    if (!collection || collection.type !== 'GeometryCollection')
      throw new Error(`topology has no GeometryCollection "${objectName}"`);
    const offset = arcs.length;
    arcs.push(...absoluteArcs(topology));
    for (const geometry of collection.geometries as AnyGeometry[]) {
      const { properties: _dropped, ...rest } = geometry;
      const copy = { ...rest } as AnyGeometry;
      if ('arcs' in geometry) copy.arcs = shiftArcs(geometry.arcs, offset);
      geometries.push(copy);
    }
  }
  const merged = {
    type: 'Topology',
    arcs,
    objects: { [objectName]: { type: 'GeometryCollection', geometries } },
  } as unknown as Parameters<typeof quantize>[0];
  return quantize(merged, quantisation) as Topology;
}
