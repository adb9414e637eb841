/**
 * Astro-side cache of the entry pages' coverage maps: the TopoJSON is parsed once per build
 * (src/loaders/geo.ts) and each served area is drawn once, then reused by the page in each language.
 */
import { coverageSvg, type CoverageSvg } from '../lib/svg/entry-coverage-map.ts';
import { loadTopologies } from './geo.ts';

const drawn = new Map<string, CoverageSvg | undefined>();

export function coverageMapFor(served: readonly string[]): CoverageSvg | undefined {
  const key = [...served].sort().join(',');
  if (!drawn.has(key)) drawn.set(key, coverageSvg(loadTopologies(), served));
  return drawn.get(key);
}
