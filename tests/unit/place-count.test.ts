/**
 * A municipality page says "N services serve {name}" and the map panel for the same place counts the help
 * serving it: both come from one rule (countsAsServing in serving.ts), checked here on today's data for
 * every municipality, so a keeper's correction can never make them disagree again.
 */
import { describe, expect, test } from 'vitest';
import { buildDirectory, placeFor } from '../../src/lib/directory/directory.ts';
import { countsAsServing, servingOf } from '../../src/lib/directory/serving.ts';
import { placeHelp } from '../../src/lib/directory/start-here.ts';
import { buildMapData } from '../../src/lib/map/map-data-file.ts';
import { helpAt } from '../../src/lib/map/help-groups.ts';
import { distanceKm } from '../../src/lib/geo/nearest.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';

const municipalities = loadMunicipalities();
const entries = buildDirectory(
  validateDirectory(municipalities).entries.map((e) => e.data),
  municipalities,
).entries;
const today = new Date('2026-12-01T00:00:00Z');
const centroids = new Map(municipalities.map((m) => [m.code, m.centroid]));

describe('help serving a place: the page and the map count alike', () => {
  test("for every municipality, the page's count is the map panel's, entry for entry", () => {
    const map = buildMapData('en', entries, municipalities, today);
    let withHelp = 0;
    municipalities.forEach((m) => {
      const help = placeHelp(
        entries,
        placeFor(m.code, (code) => centroids.get(code), distanceKm),
        today,
      );
      const onPage = servingOf(help, today)
        .map((e) => e.data.id)
        .sort();
      const onMap = helpAt(
        map,
        map.entries,
        map.municipalities.findIndex((x) => x.code === m.code),
        'family',
      )
        .map((e) => e.id)
        .sort();
      expect(onPage, m.code).toEqual(onMap);
      if (onPage.length > 0) withHelp++;
    });
    expect(withHelp).toBeGreaterThan(100);
  });

  test('ended, merged and resources are listed on the page but never counted as serving it', () => {
    const notServing = entries.filter((e) => !countsAsServing(e.data, today));
    expect(notServing.length).toBeGreaterThan(0);
    for (const e of notServing)
      expect(['ended', 'merged'].includes(e.data.status.value) || e.data.kind === 'resource', e.data.id).toBe(true);
  });
});
