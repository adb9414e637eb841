/** /data/initiatives.json: the full validated model, with licence, generation date and sources. */
import { buildDate } from '../../data/build-date.ts';
import { loadDirectory } from '../../data/directory.ts';
import { initiativesJson } from '../../lib/exports.ts';

export async function GET() {
  const { directory } = await loadDirectory();
  return new Response(initiativesJson(directory.entries, buildDate), { headers: { 'Content-Type': 'application/json' } });
}
