/**
 * Open Referral HSDS 3.0 export: each entry as a compiled `service` object with its organization,
 * service areas, phones, languages and locations. Ids are UUID v5 derived from the entry id, so they
 * are stable across builds. Validated against the official schemas in src/data/hsds (CC BY-SA 4.0).
 */
import { createHash } from 'node:crypto';
import type { DirectoryEntry } from './directory.ts';
import { municipalityName, type Municipality } from './geo.ts';
import type { Project } from './schema.ts';
import { serviceLanguages } from './vocabularies.ts';

/** Fixed namespace of this directory's HSDS ids (a random v4 chosen once; never change it). */
export const HSDS_NAMESPACE = '5f0b8f2e-3c4d-4e9a-9b7a-2d6c1e8f4a10';

/** RFC 4122 UUID version 5 (SHA-1, name-based). */
export function uuidV5(name: string, namespace: string = HSDS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(Buffer.concat([ns, Buffer.from(name, 'utf8')])).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** HSDS has no "unknown" status: an entry whose status is unknown is exported as inactive with an alert saying so. */
function hsdsStatus(project: Project): { status: string; alert?: string } {
  switch (project.status.value) {
    case 'active':
      return { status: 'active' };
    case 'ended':
    case 'merged':
      return { status: 'defunct' };
    case 'unknown':
      return { status: 'inactive', alert: 'Status unknown: the sources give no recent evidence that this service still runs.' };
  }
}

export function toHsdsService(entry: DirectoryEntry, byCode: ReadonlyMap<string, Municipality>, pageUrl: string): Record<string, unknown> {
  const p = entry.data;
  const id = uuidV5(`service:${p.id}`);
  const organizationId = uuidV5(`organization:${p.id}`);
  const { status, alert } = hsdsStatus(p);
  const organization: Record<string, unknown> = { id: organizationId, name: p.organization.name, description: p.summary.en };
  if (p.organization.url) organization.website = p.organization.url;
  const service: Record<string, unknown> = {
    id,
    organization_id: organizationId,
    name: p.name,
    description: p.summary.en,
    url: pageUrl,
    status,
    assured_date: p.lastVerified.toISOString().slice(0, 10),
    organization,
    phones: p.contact.phones.map((phone, index) => ({
      id: uuidV5(`phone:${p.id}:${index}`),
      service_id: id,
      number: phone.number,
      ...(phone.label ? { description: phone.label } : {}),
    })),
    languages: p.languages.map((code) => ({ id: uuidV5(`language:${p.id}:${code}`), service_id: id, name: serviceLanguages[code].en, code })),
    service_areas: entry.served.length > 0
      ? [{ id: uuidV5(`service_area:${p.id}`), service_id: id, name: `${entry.served.length} municipalities`, description: entry.served.map((code) => `${code} ${byCode.get(code) ? municipalityName(byCode.get(code)!, 'en') : ''}`.trim()).join('; ') }]
      : [],
    service_at_locations: p.locations.map((location, index) => {
      const m = byCode.get(location.municipality);
      return {
        id: uuidV5(`service_at_location:${p.id}:${index}`),
        service_id: id,
        location: {
          id: uuidV5(`location:${p.id}:${index}`),
          location_type: 'physical',
          name: m ? municipalityName(m, 'en') : location.municipality,
          description: 'Municipality where the service is based; coordinates are the municipality centroid, not an address.',
          ...(m ? { latitude: m.centroid.lat, longitude: m.centroid.lon } : {}),
        },
      };
    }),
  };
  if (p.contact.email) service.email = p.contact.email.address;
  if (alert) service.alert = alert;
  if (p.alternateName) service.alternate_name = p.alternateName;
  return service;
}
