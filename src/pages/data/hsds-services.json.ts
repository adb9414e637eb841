/** /data/hsds-services.json: the directory as Open Referral HSDS 3.0 services (compiled objects). */
import { loadDirectory } from '../../data/directory.ts';
import { dataLicence } from '../../lib/exports.ts';
import { municipalitiesByCode } from '../../lib/geo.ts';
import { toHsdsService } from '../../lib/hsds.ts';
import { routes } from '../../lib/routes.ts';
import { siteConfig } from '../../site.config.ts';

export async function GET() {
  const { directory } = await loadDirectory();
  const byCode = municipalitiesByCode();
  const services = directory.entries.map((entry) => toHsdsService(entry, byCode, new URL(routes.initiative('en', entry.data.id), siteConfig.siteUrl).href));
  const body = { specification: 'Open Referral HSDS 3.0 (service_with_definitions)', licence: dataLicence, generated: new Date().toISOString().slice(0, 10), services };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
}
