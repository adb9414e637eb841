/**
 * How old the data behind the coverage figures is: the entries' verification dates and how many come
 * from the 2018 mapping, and the geo table's boundary and population dates per country. Pure.
 */
import { parseCsvRecords } from '../csv.ts';
import { type DirectoryEntry } from '../directory/directory.ts';
import { countedEntries } from './municipality-coverage.ts';

export interface DataVintage {
  /** Entries that come from the 2018 Family Support mapping. */
  mapping2018: number;
  entries: number;
  /** Oldest and newest verification date (verified.date) among counted entries (ISO dates), if any. */
  verifiedFrom?: string;
  verifiedTo?: string;
  /** Boundary vintages per country, from the geo table (YYYY-MM-DD). */
  geo: { country: string; boundaries: string; population: string }[];
}

export function dataVintage(entries: readonly DirectoryEntry[], geo: DataVintage['geo']): DataVintage {
  const counted = countedEntries(entries);
  const dates = counted.map((e) => e.data.verified.date.toISOString().slice(0, 10)).sort();
  const vintage: DataVintage = {
    mapping2018: counted.filter((e) => e.data.mapping2018).length,
    entries: counted.length,
    geo,
  };
  if (dates.length > 0) {
    vintage.verifiedFrom = dates[0]!;
    vintage.verifiedTo = dates.at(-1)!;
  }
  return vintage;
}

/** Boundary and population dates per country, read from the geo table's own columns. */
export function geoVintageOf(municipalitiesCsv: string): DataVintage['geo'] {
  const byCountry = new Map<string, { boundaries: Set<string>; population: Set<string> }>();
  for (const row of parseCsvRecords(municipalitiesCsv)) {
    const country = row.country ?? '';
    const v = byCountry.get(country) ?? { boundaries: new Set<string>(), population: new Set<string>() };
    if (row.vintage) v.boundaries.add(row.vintage);
    if (row.population_date) v.population.add(row.population_date);
    byCountry.set(country, v);
  }
  return [...byCountry].map(([country, v]) => ({
    country,
    boundaries: [...v.boundaries].sort().join(', '),
    population: [...v.population].sort().join(', '),
  }));
}
