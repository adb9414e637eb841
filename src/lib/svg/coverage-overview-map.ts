/**
 * The map page's first picture: every municipality of both countries coloured by how many initiatives
 * serve it, drawn at build time as one standalone SVG file (/data/map/coverage.svg).
 *
 * Why: the interactive map (React + Leaflet + the geometry file) costs about a second of script before
 * anything can be seen, so the page shows this picture at once, also without JavaScript, and loads the
 * interactive map only when someone asks for it. The picture uses the same colour classes and counts as
 * the interactive map's opening state (no filters), so nothing changes colour when it takes over.
 *
 * Why this shape: one path per colour class (the municipalities of a class dissolved with
 * topojson-client's `merge`), one path for all borders (`mesh`: each shared border drawn once) and a
 * circle per place where initiatives are based; coordinates projected and rounded as for the entry
 * pages' thumbnails (src/lib/svg/entry-coverage-map.ts). About 60 KB before compression, a third of that gzipped.
 */
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  boundsOf,
  geometriesOf,
  outlineOf,
  pathOf,
  projectionFor,
  ringPath,
  type Polygons,
} from './entry-coverage-map.ts';
import { classOf, countClasses, markerRadius, MARKER_COLOUR, BORDER_COLOUR } from '../map/colours.ts';
import { escapeMarkup } from '../text.ts';

/** Width of the picture's viewBox; at about this many CSS pixels it is drawn 1:1. */
export const CHOROPLETH_WIDTH = 600;

export interface ChoroplethMarker {
  lon: number;
  lat: number;
  /** Initiatives based there: sets the circle's size, as on the interactive map. */
  count: number;
}

export interface Choropleth {
  width: number;
  height: number;
  /** The SVG document. */
  svg: string;
  /** Municipalities per colour class, in the order of `countClasses` (what the picture shows, for tests and alt text). */
  perClass: number[];
}

/**
 * Draws the choropleth of `topologies` (each with a GeometryCollection "municipalities" whose ids are
 * municipality codes). `countOf` gives the number of initiatives serving a code; codes it does not know
 * count 0 (shown as "no initiative", the truth of the data, not a guess).
 */
export function choroplethSvg(
  topologies: readonly Topology[],
  countOf: (code: string) => number,
  markers: readonly ChoroplethMarker[],
  { width = CHOROPLETH_WIDTH, title = '' }: { width?: number; title?: string } = {},
): Choropleth {
  const projection = projectionFor(boundsOf(topologies.flatMap((t) => outlineOf(t))), width);
  const perClass = countClasses.map(() => 0);
  const areas: Polygons[] = countClasses.map(() => []);
  const borders: string[] = [];
  for (const topology of topologies) {
    const geometries = geometriesOf(topology);
    const byClass = countClasses.map(() => [] as typeof geometries);
    for (const g of geometries) {
      const index = countClasses.indexOf(classOf(countOf(String(g.id ?? ''))));
      byClass[index]!.push(g);
      perClass[index]!++;
    }
    byClass.forEach((chosen, index) => {
      if (chosen.length > 0)
        areas[index]!.push(...(merge(topology, chosen as Parameters<typeof merge>[1]).coordinates as Polygons));
    });
    const lines = mesh(topology, topology.objects['municipalities'] as GeometryCollection).coordinates;
    borders.push(
      lines
        .map((line) =>
          ringPath(
            line.map(([lon, lat]) => projection.project(lon!, lat!)),
            false,
          ),
        )
        .join(''),
    );
  }
  // Scale the interactive map's pixel sizes to the picture (drawn about CHOROPLETH_WIDTH pixels wide).
  const k = width / CHOROPLETH_WIDTH;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${projection.width} ${projection.height}" width="${projection.width}" height="${projection.height}">`,
    title ? `<title>${escapeMarkup(title)}</title>` : '',
    ...areas.map((polygons, index) =>
      polygons.length > 0 ? `<path fill="${countClasses[index]!.colour}" d="${pathOf(polygons, projection)}"/>` : '',
    ),
    `<path fill="none" stroke="${BORDER_COLOUR}" stroke-width="${0.5 * k}" stroke-linejoin="round" d="${borders.join('')}"/>`,
    `<g fill="${MARKER_COLOUR}" stroke="#ffffff" stroke-width="${1.5 * k}">`,
    ...markers.map((m) => {
      const [cx, cy] = projection.project(m.lon, m.lat);
      return `<circle cx="${cx}" cy="${cy}" r="${markerRadius(m.count) * k}"/>`;
    }),
    '</g></svg>',
  ];
  return { width: projection.width, height: projection.height, svg: parts.join(''), perClass };
}
