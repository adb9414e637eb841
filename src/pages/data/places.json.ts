/**
 * /data/places.json: everything the near-me form needs to answer without asking any server:
 * municipality names (nl, fr, de) and, for Belgium, the localities and former municipalities each
 * includes, slugs per language, centroids, and both postcode tables.
 * Loaded on demand when the form is first used.
 */
import { loadMunicipalities, loadOtherNames, loadPostcodes } from '../../lib/geo.ts';

export function GET() {
  const otherNames = loadOtherNames();
  const places = loadMunicipalities().map((m) => ({
    code: m.code,
    country: m.country,
    nameNl: m.nameNl,
    nameFr: m.nameFr,
    nameDe: m.nameDe,
    population: m.population,
    region: m.region,
    slug: m.slug,
    lat: m.centroid.lat,
    lon: m.centroid.lon,
    ...(otherNames.has(m.code) ? { otherNames: otherNames.get(m.code)! } : {}),
  }));
  const postcodes: Record<'BE' | 'NL', Record<string, string[]>> = { BE: {}, NL: {} };
  for (const p of loadPostcodes()) postcodes[p.country][p.postcode] = p.alsoMunicipality ? [p.municipality, p.alsoMunicipality] : [p.municipality];
  return new Response(JSON.stringify({ places, postcodes }), { headers: { 'Content-Type': 'application/json' } });
}
