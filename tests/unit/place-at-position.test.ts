import { describe, expect, test } from 'vitest';
import { loadMunicipalities, loadTopologies } from '../../src/loaders/geo.ts';
import { parseLocated } from '../../src/lib/geo/located.ts';
import { nearestPlace } from '../../src/lib/geo/nearest.ts';
import { placeAtPosition, shapesOf } from '../../src/lib/geo/place-at-position.ts';
import { mergeTopologies } from '../../src/lib/map/geometry-file.ts';

// The real boundaries, merged exactly as the map's /data/map/geometry.json is (the file the browser loads).
const topologies = loadTopologies();
const shapes = shapesOf(mergeTopologies([topologies.BE, topologies.NL]));
const municipalities = loadMunicipalities();
const places = municipalities.map((m) => ({ code: m.code, lat: m.centroid.lat, lon: m.centroid.lon }));
const codeOf = (name: string) => municipalities.find((m) => m.nameNl === name)!.code;
const at = (lat: number, lon: number) => placeAtPosition({ lat, lon }, places, shapes);

describe('use my location: the municipality that contains the point', () => {
  // Antwerpen-Centraal (from the issue), and points in the districts of Hoboken (Kioskplaats), Wilrijk
  // (Bist) and Deurne (district house): all in the municipality of Antwerpen, each nearer the centre
  // point of a neighbour, which the old nearest-centre rule gave (Mortsel, Hemiksem, Edegem, Wijnegem).
  const antwerp: [string, number, number, string][] = [
    ['Antwerpen-Centraal', 51.2172, 4.4211, 'Mortsel'],
    ['Hoboken', 51.176, 4.348, 'Hemiksem'],
    ['Wilrijk', 51.1686, 4.3939, 'Edegem'],
    ['Deurne', 51.219, 4.465, 'Wijnegem'],
  ];
  test.each(antwerp)(
    '%s is in Antwerpen, not in the municipality with the nearest centre',
    (_, lat, lon, nearestCentre) => {
      expect(at(lat, lon)).toMatchObject({ inside: true, place: { code: codeOf('Antwerpen') } });
      // The trap this avoids is real at this point.
      expect(nearestPlace({ lat, lon }, places)?.code).toBe(codeOf(nearestCentre));
    },
  );

  test('every municipality’s label point (always inside it, see src/data/geo/SOURCES.md) is found in that municipality, on both sides of every border', () => {
    const wrong = municipalities.filter((m) => {
      const found = at(m.label.lat, m.label.lon);
      return !found?.inside || found.place.code !== m.code;
    });
    expect(municipalities.length).toBeGreaterThan(900);
    expect(wrong.map((m) => m.nameNl)).toEqual([]);
  });

  test('the Baarle enclaves: Baarle-Hertog (BE) and Baarle-Nassau (NL), inside each other', () => {
    for (const name of ['Baarle-Hertog', 'Baarle-Nassau']) {
      const m = municipalities.find((x) => x.nameNl === name)!;
      expect(at(m.label.lat, m.label.lon)).toMatchObject({ inside: true, place: { code: m.code } });
    }
  });

  test('a point in no municipality (the North Sea, northern France) gets the nearest one by its border, and says it is outside', () => {
    const sea = at(51.5, 3.0);
    expect(sea?.inside).toBe(false);
    const france = at(50.63, 3.06); // Lille
    expect(france?.inside).toBe(false);
    if (france?.inside !== false || sea?.inside !== false) return;
    // Lille is about 10–15 km from the Belgian border; the answer is a Belgian municipality that near.
    expect(france.km).toBeGreaterThan(5);
    expect(france.km).toBeLessThan(20);
    expect(municipalities.find((m) => m.code === france.place.code)?.country).toBe('BE');
    expect(sea.km).toBeGreaterThan(0);
  });
});

describe('the fragment that tells a page it was reached by location', () => {
  test('reads #located and #located-near-KM, and nothing else', () => {
    expect(parseLocated('#located')).toEqual({ inside: true });
    expect(parseLocated('#located-near-12')).toEqual({ inside: false, km: 12 });
    expect(parseLocated('#start-here')).toBeUndefined();
    expect(parseLocated('#located-near-<b>')).toBeUndefined();
    expect(parseLocated('')).toBeUndefined();
  });
});
