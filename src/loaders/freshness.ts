/**
 * The freshness forecast of the data report page (src/lib/directory/freshness.ts on the build date),
 * worked out once per build for all the languages.
 */
import { placeFor } from '../lib/directory/directory.ts';
import { forecast, type ForecastPlace, type ForecastRow } from '../lib/directory/freshness.ts';
import { distanceKm } from '../lib/geo/nearest.ts';
import { loadDirectory } from './directory.ts';
import { loadMunicipalities, municipalitiesByCode } from './geo.ts';

let cached: Promise<ForecastRow[]> | undefined;

export function loadFreshnessForecast(): Promise<ForecastRow[]> {
  cached ??= loadDirectory().then(({ directory, today }) => {
    const byCode = municipalitiesByCode();
    const places: ForecastPlace[] = loadMunicipalities().map((m) => ({
      country: m.country,
      place: placeFor(m.code, (c) => byCode.get(c)?.centroid, distanceKm),
    }));
    return forecast(directory.entries, places, today);
  });
  return cached;
}
