/** /data/initiatives.json: the full validated model, with licence, generation date and sources. */
import { buildDate } from '../../loaders/build-date.ts';
import { loadDirectory } from '../../loaders/directory.ts';
import { initiativesJson } from '../../lib/exports/initiatives.ts';

export async function GET() {
  const { directory } = await loadDirectory();
  return new Response(initiativesJson(directory.entries, buildDate), {
    headers: { 'Content-Type': 'application/json' },
  });
}
