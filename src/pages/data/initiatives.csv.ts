/** /data/initiatives.csv: one row per initiative, lists joined with " | ". */
import { buildDate } from '../../data/build-date.ts';
import { loadDirectory } from '../../data/directory.ts';
import { initiativesCsv } from '../../lib/exports.ts';

export async function GET() {
  const { directory } = await loadDirectory();
  return new Response(initiativesCsv(directory.entries, buildDate), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
