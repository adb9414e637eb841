/** /data/datapackage.json: a Frictionless Data Package stating licence, date and sources of every export (the CSVs cannot say it themselves). */
import { dataPackage } from '../../lib/exports/initiatives.ts';
import { siteConfig } from '../../site.config.ts';
import { buildDate } from '../../loaders/build-date.ts';

export function GET() {
  return new Response(JSON.stringify(dataPackage(buildDate, siteConfig.siteUrl), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
}
