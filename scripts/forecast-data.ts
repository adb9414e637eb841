/**
 * The entries and municipalities the freshness and re-check commands work on, read once from the
 * content and the geo table (the same loaders the build uses), refusing to go on when the content has
 * problems.
 */
import { buildDirectory, placeFor } from '../src/lib/directory/directory.ts';
import { loadMunicipalities, municipalitiesByCode } from '../src/loaders/geo.ts';
import { distanceKm } from '../src/lib/geo/nearest.ts';
import { validateDirectory } from '../src/loaders/entry-files.ts';
import type { ForecastPlace } from '../src/lib/directory/freshness.ts';

export function loadForecastData() {
  const municipalities = loadMunicipalities();
  const { entries, problems } = validateDirectory(municipalities);
  if (problems.length > 0) {
    console.error(`The content has ${problems.length} problem(s): run npm run validate and fix them first.`);
    process.exit(1);
  }
  const directory = buildDirectory(
    entries.map((e) => e.data),
    municipalities,
  );
  const byCode = municipalitiesByCode();
  const places: ForecastPlace[] = municipalities.map((m) => ({
    country: m.country,
    place: placeFor(m.code, (c) => byCode.get(c)?.centroid, distanceKm),
  }));
  return { directory, entries: directory.entries, places, files: entries };
}
