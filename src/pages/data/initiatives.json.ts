/** /data/initiatives.json: the full validated model, with licence, generation date and sources. */
import { loadDirectory } from '../../data/directory.ts';
import { initiativesJson } from '../../lib/exports.ts';

export async function GET() {
  const { directory } = await loadDirectory();
  return new Response(initiativesJson(directory.entries.map((e) => e.data), new Date()), { headers: { 'Content-Type': 'application/json' } });
}
