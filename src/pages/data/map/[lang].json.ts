/** /data/map/{lang}.json: the coverage map's data for one language, built from the same content as the pages. */
import type { APIRoute } from 'astro';
import { buildDate } from '../../../data/build-date.ts';
import { loadDirectory } from '../../../data/directory.ts';
import { loadMunicipalities, loadOtherNames } from '../../../lib/geo.ts';
import { buildMapData } from '../../../lib/map-data.ts';
import { languagePaths } from '../../../lib/paths.ts';
import type { UiLanguage } from '../../../lib/vocabularies.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ props }) => {
  const { directory } = await loadDirectory();
  const data = buildMapData((props as { lang: UiLanguage }).lang, directory.entries, loadMunicipalities(), buildDate, loadOtherNames());
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
