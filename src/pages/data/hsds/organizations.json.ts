/** /data/hsds/organizations.json: the organisations behind the services, as Open Referral HSDS 3.0 organizations in the API's Page shape. */
import { loadDirectory } from '../../../data/directory.ts';
import { exportMeta } from '../../../lib/exports.ts';
import { hsdsPage, toHsdsOrganization } from '../../../lib/hsds.ts';

export async function GET() {
  const { directory } = await loadDirectory();
  const organizations = directory.entries.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id)).map(toHsdsOrganization);
  return new Response(JSON.stringify(hsdsPage(organizations, exportMeta(new Date())), null, 2), { headers: { 'Content-Type': 'application/json' } });
}
