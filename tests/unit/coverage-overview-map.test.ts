import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { CHOROPLETH_WIDTH, choroplethSvg } from '../../src/lib/svg/coverage-overview-map.ts';
import { loadMunicipalities, loadTopologies } from '../../src/loaders/geo.ts';
import { classOf, countClasses, markerRadius, MARKER_COLOUR } from '../../src/lib/map/colours.ts';

/** Two one-degree squares side by side, A (west) and B (east), sharing one border arc. */
const twoSquares = {
  type: 'Topology',
  arcs: [
    [
      [1, 50],
      [1, 51],
    ],
    [
      [1, 51],
      [0, 51],
      [0, 50],
      [1, 50],
    ],
    [
      [1, 50],
      [2, 50],
      [2, 51],
      [1, 51],
    ],
  ],
  objects: {
    municipalities: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'A', arcs: [[0, 1]] },
        { type: 'Polygon', id: 'B', arcs: [[2, -1]] },
      ],
    },
  },
} as unknown as Topology;

/** x coordinates of the absolute points of a path of "M x y l dx dy … [z]" parts. */
function xsOf(d: string): number[] {
  return [...d.matchAll(/M([^l]+)l([^zM]*)/g)].flatMap(([, start, steps]) => {
    const numbers = (s: string) => (s.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const [x] = numbers(start!);
    const xs = [x!];
    const deltas = numbers(steps!);
    for (let i = 0; i < deltas.length; i += 2) xs.push(xs.at(-1)! + deltas[i]!);
    return xs;
  });
}

const pathsOf = (svg: string) =>
  new Map([...svg.matchAll(/<path fill="(#[0-9a-f]{6})" d="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));

describe('choroplethSvg', () => {
  const counts: Record<string, number> = { A: 0, B: 3 };
  const picture = choroplethSvg([twoSquares], (code) => counts[code] ?? 0, [{ lon: 1.5, lat: 50.5, count: 2 }]);

  test('colours each municipality by the class of its count: one path per class, in the class colour', () => {
    const paths = pathsOf(picture.svg);
    expect([...paths.keys()].sort()).toEqual([classOf(0).colour, classOf(3).colour].sort());
    // A is the west half of the picture, B the east half.
    expect(Math.max(...xsOf(paths.get(classOf(0).colour)!))).toBeLessThanOrEqual(CHOROPLETH_WIDTH / 2 + 1);
    expect(Math.min(...xsOf(paths.get(classOf(3).colour)!))).toBeGreaterThanOrEqual(CHOROPLETH_WIDTH / 2 - 1);
    expect(picture.perClass).toEqual(countClasses.map((c) => (c === classOf(0) || c === classOf(3) ? 1 : 0)));
  });

  test('draws the borders as open lines, the shared one included, and a marker sized like the interactive map’s', () => {
    // The marker at 1.5°E is in the middle of B: 2 + 1.5 × (596 / 2) = 449.
    const border = /<path fill="none"[^>]* d="([^"]+)"/.exec(picture.svg)![1]!;
    expect(border).not.toContain('z');
    const xs = xsOf(border);
    expect(Math.min(...xs)).toBeLessThanOrEqual(3);
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(CHOROPLETH_WIDTH - 3);
    expect(xs).toContain(CHOROPLETH_WIDTH / 2);
    expect(picture.svg).toContain(`<g fill="${MARKER_COLOUR}"`);
    expect(picture.svg).toMatch(new RegExp(`<circle cx="449" cy="\\d+" r="${markerRadius(2)}"/>`));
  });

  test('is a standalone SVG document whose height follows the shape', () => {
    expect(picture.svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 600 \d+" width="600" height="\d+">/,
    );
    expect(picture.svg.endsWith('</svg>')).toBe(true);
    // One degree of longitude at 50.5°N is about 0.64 of a degree of latitude: the two squares are taller than half the width.
    expect(picture.height).toBeGreaterThan(CHOROPLETH_WIDTH / 2 / 0.64 - 10);
  });

  test('a code the counts do not know is drawn as no initiative, never guessed', () => {
    const unknown = choroplethSvg([twoSquares], () => 0, []);
    expect([...pathsOf(unknown.svg).keys()]).toEqual([classOf(0).colour]);
  });

  test('with the real geometry, every municipality is in exactly one class', () => {
    const { BE, NL } = loadTopologies();
    const real = choroplethSvg([BE, NL], () => 1, []);
    expect(real.perClass.reduce((a, b) => a + b, 0)).toBe(loadMunicipalities().length);
    expect(real.perClass[countClasses.indexOf(classOf(1))]).toBe(loadMunicipalities().length);
  });
});
