/** /data/hsds/services.json: the directory as Open Referral HSDS 3.0 services (compiled objects), in the API's Page shape. */
import { loadDirectory } from '../../../data/directory.ts';
import { exportMeta } from '../../../lib/exports.ts';
import { municipalitiesByCode } from '../../../lib/geo.ts';
import { hsdsPage, organizationIndex, toHsdsService } from '../../../lib/hsds.ts';
import { buildDate } from '../../../data/build-date.ts';
import { routes } from '../../../lib/routes.ts';
import { siteConfig } from '../../../site.config.ts';

export async function GET() {
  const { directory } = await loadDirectory();
  const context = {
    byCode: municipalitiesByCode(),
    pageUrl: (id: string) => new URL(routes.initiative('en', id), siteConfig.siteUrl).href,
    nameOf: (id: string) => directory.byId.get(id)?.data.name,
    today: buildDate,
    organizations: organizationIndex(directory.entries.map((e) => e.data)),
  };
  const services = [...directory.entries].sort((a, b) => a.data.id.localeCompare(b.data.id)).map((entry) => toHsdsService(entry, context));
  return new Response(JSON.stringify(hsdsPage(services, exportMeta(new Date())), null, 2), { headers: { 'Content-Type': 'application/json' } });
}
