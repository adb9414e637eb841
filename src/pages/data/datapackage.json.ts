/** /data/datapackage.json: a Frictionless Data Package stating licence, date and sources of every export (the CSVs cannot say it themselves). */
import { dataPackage } from '../../lib/exports/initiatives.ts';
import { siteConfig } from '../../site.config.ts';

export function GET() {
  return new Response(JSON.stringify(dataPackage(new Date(), siteConfig.siteUrl), null, 2), { headers: { 'Content-Type': 'application/json' } });
}
