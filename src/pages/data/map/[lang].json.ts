/** /data/map/{lang}.json: the coverage map's data for one language, built from the same content as the pages. */
import type { APIRoute } from 'astro';
import { buildDate } from '../../../loaders/build-date.ts';
import { loadDirectory } from '../../../loaders/directory.ts';
import { loadMunicipalities, loadOtherNames } from '../../../loaders/geo.ts';
import { buildMapData } from '../../../lib/map/map-data-file.ts';
import { languagePaths } from '../../../lib/static-paths.ts';
import type { UiLanguage } from '../../../schemas/languages.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ props }) => {
  const { directory } = await loadDirectory();
  const data = buildMapData(
    (props as { lang: UiLanguage }).lang,
    directory.entries,
    loadMunicipalities(),
    buildDate,
    loadOtherNames(),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
