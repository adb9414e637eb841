/** /data/hsds/organizations.json: the organisations behind the services (one record each), as Open Referral HSDS 3.0 organizations in the API's Page shape. */
import { loadDirectory } from '../../../loaders/directory.ts';
import { exportMeta } from '../../../lib/exports/initiatives.ts';
import { hsdsPage } from '../../../lib/exports/hsds.ts';
import { toHsdsOrganizations } from '../../../lib/exports/hsds-organizations.ts';
import { buildDate } from '../../../loaders/build-date.ts';

export async function GET() {
  const { directory } = await loadDirectory();
  // One record per organisation, none for an organisation the sources do not identify.
  const organizations = toHsdsOrganizations(directory.entries.map((entry) => entry.data));
  return new Response(JSON.stringify(hsdsPage(organizations, exportMeta(buildDate)), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
}
