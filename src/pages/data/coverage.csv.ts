/** /data/coverage.csv: one row per municipality with its coverage counts (shared with the open-data page). */
import type { APIRoute } from 'astro';
import { loadCoverage } from '../../loaders/coverage-report.ts';
import { coverageCsv } from '../../lib/coverage/coverage-csv.ts';

export const GET: APIRoute = async () => {
  const { municipalities, coverage } = await loadCoverage();
  return new Response(coverageCsv(municipalities, coverage), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
