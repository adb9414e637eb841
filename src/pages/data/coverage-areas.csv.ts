/** /data/coverage-areas.csv: the coverage report's table per country, region and province. */
import type { APIRoute } from 'astro';
import { loadCoverage } from '../../loaders/coverage-report.ts';
import { coverageAreasCsv } from '../../lib/coverage/coverage-csv.ts';

export const GET: APIRoute = async () => {
  const { areas } = await loadCoverage();
  return new Response(coverageAreasCsv(areas), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
