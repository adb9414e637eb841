/** /data/initiatives.csv: one row per initiative, lists joined with " | ". */
import { loadDirectory } from '../../data/directory.ts';
import { initiativesCsv } from '../../lib/exports.ts';

export async function GET() {
  const { directory } = await loadDirectory();
  return new Response(initiativesCsv(directory.entries.map((e) => e.data)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
