/**
 * Astro-side loader for the coverage figures (src/lib/coverage/: municipality-coverage.ts, areas.ts,
 * data-vintage.ts), computed once per build and
 * shared by the map page, the coverage report and the CSV endpoint.
 */
import { municipalityCoverage } from '../lib/coverage/municipality-coverage.ts';
import { coverageByArea, gapBreakdown, onlyWideServed, unserved, zvhSummary } from '../lib/coverage/areas.ts';
import { dataVintage } from '../lib/coverage/data-vintage.ts';
import { loadGeoVintage, loadMunicipalities } from './geo.ts';
import { buildDate } from './build-date.ts';
import { loadDirectory } from './directory.ts';

async function compute() {
  const { directory } = await loadDirectory();
  const municipalities = loadMunicipalities();
  const coverage = municipalityCoverage(directory.entries, municipalities, buildDate);
  return {
    directory,
    municipalities,
    coverage,
    areas: coverageByArea(municipalities, coverage),
    onlyWide: onlyWideServed(coverage),
    unserved: unserved(coverage),
    gaps: gapBreakdown(coverage),
    buildDate,
    zvh: zvhSummary(directory.entries, municipalities, coverage),
    vintage: dataVintage(directory.entries, loadGeoVintage()),
  };
}

let cached: ReturnType<typeof compute> | undefined;
export function loadCoverage() {
  cached ??= compute();
  return cached;
}
