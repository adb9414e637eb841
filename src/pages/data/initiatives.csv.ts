/** /data/initiatives.csv: one row per initiative, lists joined with " | ". */
import { buildDate } from '../../loaders/build-date.ts';
import { loadDirectory } from '../../loaders/directory.ts';
import { initiativesCsv } from '../../lib/exports/initiatives.ts';

export async function GET() {
  const { directory } = await loadDirectory();
  return new Response(initiativesCsv(directory.entries, buildDate), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
