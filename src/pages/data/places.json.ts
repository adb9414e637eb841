/**
 * /data/places.json: everything the place lookup needs to answer without asking any server (see
 * PlacesFile in src/lib/geo/municipalities.ts): names in every language with exonyms, localities and former
 * municipalities, province, slugs per language, centroids, both postcode tables, region names.
 * Loaded on demand when a place field is first used.
 */
import { placesFile } from '../../loaders/geo.ts';

export function GET() {
  return new Response(JSON.stringify(placesFile()), { headers: { 'Content-Type': 'application/json' } });
}
