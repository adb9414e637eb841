/**
 * Astro-side cache of the map page's first picture (src/lib/svg/coverage-overview-map.ts): drawn once per
 * build from the directory and the municipality geometry, then used by the SVG endpoint
 * (/data/map/coverage.svg) and by the map page in each language (its size and legend counts).
 * The counts are the interactive map's opening state (no filters), computed by the same functions.
 */
import { choroplethSvg, type Choropleth } from '../lib/svg/coverage-overview-map.ts';
import { loadMunicipalities, loadTopologies } from './geo.ts';
import { buildMapData } from '../lib/map/map-data-file.ts';
import { basedCounts, entryMatches, noFilters, servedCounts } from '../lib/map/model.ts';
import { buildDate } from './build-date.ts';
import { loadDirectory } from './directory.ts';

/** Where the picture is served; the page and the endpoint agree through this constant. */
export const CHOROPLETH_URL = '/data/map/coverage.svg';

let drawn: Promise<Choropleth> | undefined;

export function loadChoropleth(): Promise<Choropleth> {
  drawn ??= (async () => {
    const { directory } = await loadDirectory();
    // The language only changes names and URLs, not who serves where.
    // The opening state: layer (a), help a family can contact, as the interactive map opens.
    const data = buildMapData('en', directory.entries, loadMunicipalities(), buildDate);
    const shown = data.entries.filter((e) => entryMatches(e, noFilters));
    const counts = servedCounts(shown, data.municipalities.length);
    const countByCode = new Map(data.municipalities.map((m, i) => [m.code, counts[i] ?? 0]));
    const markers = basedCounts(shown).map(([index, count]) => ({
      lon: data.municipalities[index]!.lon,
      lat: data.municipalities[index]!.lat,
      count,
    }));
    const { BE, NL } = loadTopologies();
    return choroplethSvg([BE, NL], (code) => countByCode.get(code) ?? 0, markers);
  })();
  return drawn;
}
