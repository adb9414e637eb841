/**
 * The organisations of the HSDS export: one `organization` record per organisation the sources name (by
 * proper name), its services linked to it; an organisation the sources do not identify is not invented.
 */
import { properOrganizationName } from '../directory/organization.ts';
import type { Initiative } from '../../schemas/initiative.ts';
import { hsdsIds } from './hsds-ids.ts';

/** Entries grouped by organisation: same name (case, spacing and accents aside) is one organisation. */
const organizationKey = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export interface OrganizationIndex {
  /** The HSDS organization id of an entry, or undefined when the sources do not identify it. */
  idOf(entryId: string): string | undefined;
}

/**
 * The organisation of each entry as one record per organisation. Its id is that of the first of its
 * entries by id (hsdsIds.organization), so an organisation with one service keeps the id published
 * before organisations were merged.
 */
export function organizationIndex(
  initiatives: readonly Initiative[],
): OrganizationIndex & { groups: Map<string, Initiative[]> } {
  const groups = new Map<string, Initiative[]>();
  for (const p of [...initiatives].sort((a, b) => a.id.localeCompare(b.id))) {
    const name = properOrganizationName(p.organization);
    if (name === undefined) continue;
    const key = organizationKey(name);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const byEntry = new Map<string, string>();
  for (const members of groups.values()) {
    const id = hsdsIds.organization(members[0]!.id);
    for (const p of members) byEntry.set(p.id, id);
  }
  return { groups, idOf: (entryId) => byEntry.get(entryId) };
}

/**
 * One HSDS `organization` per organisation named in the sources, by proper name: placeholders and
 * entries run by no single organisation ("every Dutch municipality") get no record.
 */
export function toHsdsOrganizations(initiatives: readonly Initiative[]): Record<string, unknown>[] {
  const index = organizationIndex(initiatives);
  return [...index.groups.values()]
    .map((members) => {
      const first = members[0]!;
      const website = members.map((p) => p.organization.url).find(Boolean);
      const names = members.map((p) => `“${p.name}”`);
      return {
        id: index.idOf(first.id)!,
        name: properOrganizationName(first.organization)!,
        description: `Organisation that runs ${names.length === 1 ? names[0] : `${names.length} services: ${names.join(', ')}`}, as named in the sources of the Family Support Atlas.`,
        ...(website ? { website } : {}),
      } as Record<string, unknown>;
    })
    .sort((a, b) => String(a.name).localeCompare(String(b.name), 'nl'));
}
/**
 * The entry's organization as an HSDS `organization` (its proper name only), or undefined when the
 * sources do not identify it or no single organisation runs the service.
 */
export function toHsdsOrganization(
  initiative: Initiative,
  index?: OrganizationIndex,
): Record<string, unknown> | undefined {
  const name = properOrganizationName(initiative.organization);
  if (name === undefined) return undefined;
  const organization: Record<string, unknown> = {
    id: index?.idOf(initiative.id) ?? hsdsIds.organization(initiative.id),
    name,
    description: `Organisation that runs “${initiative.name}”, as named in the sources of the Family Support Atlas.`,
  };
  if (initiative.organization.url) organization.website = initiative.organization.url;
  return organization;
}
