import { describe, expect, test } from 'vitest';
import { COVERAGE_SVG_WIDTH, coverageSvg, projectionFor, ringPath } from '../../src/lib/svg/entry-coverage-map.ts';
import { loadMunicipalities, loadTopologies } from '../../src/loaders/geo.ts';

const municipalities = loadMunicipalities();
const topologies = loadTopologies();
const halleVilvoorde = municipalities.filter((m) => m.arrondissement === '23000').map((m) => m.code);

/** Absolute points of every ring of a path written as "M x y l dx dy … z". */
function ringsOf(d: string): [number, number][][] {
  return [...d.matchAll(/M([^l]+)l([^z]*)z/g)].map(([, start, steps]) => {
    const numbers = (s: string) => (s.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const [x, y] = numbers(start!);
    const points: [number, number][] = [[x!, y!]];
    const deltas = numbers(steps!);
    for (let i = 0; i < deltas.length; i += 2)
      points.push([points.at(-1)![0] + deltas[i]!, points.at(-1)![1] + deltas[i + 1]!]);
    return points;
  });
}

describe('ringPath', () => {
  test('writes an absolute start and relative steps, dropping repeated and collinear points and the closing point', () => {
    expect(
      ringPath([
        [0, 0],
        [0, 0],
        [5, 0],
        [10, 0],
        [10, 10],
        [10, 10],
        [0, 10],
        [0, 0],
      ]),
    ).toBe('M0 0l10 0 0 10-10 0z');
  });
  test('keeps a point where the line turns back on itself', () => {
    expect(
      ringPath([
        [0, 0],
        [10, 0],
        [5, 0],
        [5, 5],
      ]),
    ).toBe('M0 0l10 0-5 0 0 5z');
  });
  test('leaves out a ring that collapses at this scale', () => {
    expect(
      ringPath([
        [3, 3],
        [3, 3],
        [4, 3],
        [3, 3],
      ]),
    ).toBe('');
  });
});

describe('projectionFor', () => {
  test('is COVERAGE_SVG_WIDTH wide and scales longitudes by cos(mean latitude)', () => {
    // One degree by one degree around 60°N: cos 60° = 0.5, so twice as high as wide (plus the margins).
    const p = projectionFor({ minLon: 0, maxLon: 1, minLat: 59.5, maxLat: 60.5 });
    expect(p.width).toBe(COVERAGE_SVG_WIDTH);
    expect(p.height).toBeGreaterThan(2 * (COVERAGE_SVG_WIDTH - 4) - 5);
    expect(p.height).toBeLessThan(2 * COVERAGE_SVG_WIDTH + 5);
    expect(p.project(0, 60.5)).toEqual([2, 2]);
  });
});

describe('coverageSvg', () => {
  test('every municipality of the geo table is drawable (its code is a geometry id in its country’s topology)', () => {
    const ids = new Set(
      Object.values(topologies).flatMap((t) =>
        (t.objects['municipalities'] as { geometries: { id?: string | number }[] }).geometries.map((g) => String(g.id)),
      ),
    );
    expect(municipalities.filter((m) => !ids.has(m.code)).map((m) => m.code)).toEqual([]);
  });

  test('an arrondissement: Belgium alone, one outline path and one served path, integer points inside the viewBox', () => {
    const map = coverageSvg(topologies, halleVilvoorde)!;
    expect(map.countries).toEqual(['BE']);
    expect(map.width).toBe(300);
    expect(map.height).toBeGreaterThan(200);
    expect(map.full).toBe(false);
    for (const d of [map.outline, map.served]) {
      expect(d).toMatch(/^M\d+ \d+l[-\d ]+z(M\d+ \d+l[-\d ]+z)*$/);
      for (const ring of ringsOf(d)) {
        for (const [x, y] of ring) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(map.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(map.height);
        }
      }
      // No step of zero length: duplicates were dropped.
      for (const ring of ringsOf(d)) ring.slice(1).forEach(([x, y], i) => expect([x, y]).not.toEqual(ring[i]));
    }
    // Merged: the arrondissement's 33 municipalities dissolve into a few rings, not 35.
    expect(ringsOf(map.served).length).toBeLessThan(5);
    expect(map.served.length).toBeLessThan(map.outline.length);
    expect(map.marker).toBeUndefined();
  });

  test('small: the whole of Belgium under 3 KB of path, both countries under 12 KB', () => {
    const belgium = coverageSvg(
      topologies,
      municipalities.filter((m) => m.country === 'BE').map((m) => m.code),
    )!;
    expect(belgium.full).toBe(true);
    expect(belgium.served).toBe(belgium.outline);
    expect(belgium.outline.length).toBeLessThan(3_000);
    const both = coverageSvg(
      topologies,
      municipalities.map((m) => m.code),
    )!;
    expect(both.countries).toEqual(['BE', 'NL']);
    expect(both.outline.length).toBeLessThan(12_000);
  });

  test('an entry serving both countries gets a map of both; one serving the Netherlands only, of the Netherlands', () => {
    expect(coverageSvg(topologies, ['23088', 'GM0363'])!.countries).toEqual(['BE', 'NL']);
    const amsterdam = coverageSvg(topologies, ['GM0363'])!;
    expect(amsterdam.countries).toEqual(['NL']);
    expect(amsterdam.height).toBeGreaterThan(amsterdam.width);
  });

  test('a single small municipality gets a circle around it so it can be found', () => {
    const map = coverageSvg(topologies, ['23088'])!;
    expect(map.marker).toBeDefined();
    expect(map.marker!.cx).toBeGreaterThan(0);
    expect(map.marker!.cx).toBeLessThan(map.width);
  });

  test('nothing served, or only unknown codes: no map', () => {
    expect(coverageSvg(topologies, [])).toBeUndefined();
    expect(coverageSvg(topologies, ['99999'])).toBeUndefined();
  });

  test('deterministic: the same input draws the same paths', () => {
    expect(coverageSvg(topologies, halleVilvoorde)).toEqual(coverageSvg(topologies, [...halleVilvoorde].reverse()));
  });
});
