/** /data/hsds/services.json: the directory as Open Referral HSDS 3.0 services (compiled objects), in the API's Page shape. */
import { loadDirectory } from '../../../loaders/directory.ts';
import { exportMeta } from '../../../lib/exports/initiatives.ts';
import { municipalitiesByCode } from '../../../loaders/geo.ts';
import { hsdsPage, toHsdsService } from '../../../lib/exports/hsds.ts';
import { organizationIndex } from '../../../lib/exports/hsds-organizations.ts';
import { buildDate } from '../../../loaders/build-date.ts';
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
    ...(siteConfig.placeholders.correctionsEmail ? {} : { assurerEmail: siteConfig.correctionsEmail }),
  };
  const services = [...directory.entries]
    .sort((a, b) => a.data.id.localeCompare(b.data.id))
    .map((entry) => toHsdsService(entry, context));
  return new Response(JSON.stringify(hsdsPage(services, exportMeta(buildDate)), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
}
