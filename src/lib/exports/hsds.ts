/**
 * Open Referral HSDS 3.0 export: each entry as a compiled `service` (with its organization, service
 * areas, phones, languages, locations and attributes), and one `organization` per organisation the
 * sources name, its services linked to it, wrapped in the HSDS API's `Page` shape so a consumer can read
 * the files as it would read /services and /organizations. Ids are UUID v5 derived from entry ids, so
 * they are stable across builds (hsds-ids.ts); the organisations are hsds-organizations.ts's, the
 * services and the Page wrapper this file's. Validated in the tests against the official schemas shipped in
 * tests/fixtures/hsds (CC BY-SA 4.0). Pure: entries in, plain objects out.
 *
 * What the export says is what the site says: `url` is the service's own website (this site's page is
 * an attribute), the kind of help and the year of the newest evidence are attributes (evidence.ts
 * decides both), and an organisation the sources do not identify is not invented as a record.
 */
import type { DirectoryEntry } from '../directory/directory.ts';
import { CONTACT_WINDOW_MONTHS, evidenceYear, helpKind, isCurrentContact, textIn } from '../directory/evidence.ts';
import type { Municipality } from '../geo/municipalities.ts';
import { phoneForms } from '../directory/phone.ts';
import { organizationInWords } from '../directory/organization.ts';
import type { Initiative } from '../../schemas/initiative.ts';
import { costs, referralRoutes, serviceLanguages } from '../../schemas/vocabularies/access-and-contact.ts';
import { targetGroups } from '../../schemas/vocabularies/practice.ts';
import { municipalityName } from '../geo/municipality-name.ts';
import { hsdsIds, uuidV5 } from './hsds-ids.ts';
import { toHsdsOrganization, type OrganizationIndex } from './hsds-organizations.ts';

/** Fixed taxonomy terms of this directory's attributes (ids derived once, stable). */
const attributeTerms = {
  atlasPage: {
    name: 'Family Support Atlas page',
    description: 'The page about this service on the Family Support Atlas, with its sources.',
  },
  helpKind: {
    name: 'Kind of help (Family Support Atlas)',
    description:
      'family: current help specialised in radicalisation a family can contact; general: a current general line a family can contact, not specialised in radicalisation; professional: current, for professionals only; unconfirmed: status unknown, evidence older than three years, or an unconfirmed tie; none: ended, merged or a resource.',
  },
  verificationMethod: {
    name: 'How the record was last verified (Family Support Atlas)',
    description:
      'service-confirmed: the service confirmed it; service-website: checked on the service’s own website; public-sources: checked against the public sources cited on the atlas page. The date is assured_date.',
  },
  evidenceYear: {
    name: 'Year of the newest evidence',
    description: 'Year of the newest source confirming the service’s status; absent when no source is dated.',
  },
} as const;

function attribute(serviceId: string, key: keyof typeof attributeTerms, value: string): Record<string, unknown> {
  const termId = uuidV5(`taxonomy_term:${key}`);
  return {
    id: uuidV5(`attribute:${serviceId}:${key}`),
    link_id: serviceId,
    link_type: key,
    link_entity: 'service',
    taxonomy_term_id: termId,
    value,
    taxonomy_term: { id: termId, ...attributeTerms[key] },
  };
}

/**
 * HSDS has no "unknown" status: an entry whose status is unknown is exported as inactive with an
 * alert saying so; ended and merged entries are defunct (the alert names the successor).
 */
function hsdsStatus(
  initiative: Initiative,
  nameOf: (id: string) => string | undefined,
): { status: string; alert?: string } {
  switch (initiative.status.value) {
    case 'active':
      return { status: 'active' };
    case 'ended':
      return { status: 'defunct', alert: `Ended: ${initiative.status.evidence}` };
    case 'merged': {
      const successor = initiative.status.successor;
      const name = successor ? nameOf(successor) : undefined;
      return {
        status: 'defunct',
        alert: `Merged into ${name ?? successor ?? 'another service'}${successor ? ` (service id ${hsdsIds.service(successor)})` : ''}.`,
      };
    }
    case 'unknown':
      return {
        status: 'inactive',
        alert: 'Status unknown: the sources give no recent evidence that this service still runs.',
      };
  }
}

/** The service's HSDS description: the English summary, and who runs it when the organisation record cannot say it all. */
function serviceDescription(p: Initiative, hasRecord: boolean): string {
  const { description, note } = p.organization;
  if (description || (hasRecord && note))
    return `${p.summary.en} Run by: ${organizationInWords(p.organization, 'en', '')}.`;
  if (!hasRecord) return `${p.summary.en} The sources do not identify the organisation that runs it.`;
  return p.summary.en;
}

const sentence = (parts: readonly string[]) => (parts.length > 0 ? parts.join(' ') : undefined);

export interface HsdsContext {
  byCode: ReadonlyMap<string, Municipality>;
  /** Build date: the kind of help depends on how old the evidence is. */
  today: Date;
  /** The organisations (organizationIndex over all entries); without it each entry is its own. */
  organizations?: OrganizationIndex;
  /** Absolute URL of the entry's page on the atlas. */
  pageUrl: (entryId: string) => string;
  /** Name of another entry, to name a successor. */
  nameOf?: (entryId: string) => string | undefined;
  /**
   * The keepers' functional address (CORRECTIONS_EMAIL), as HSDS `assurer_email`: the keepers assure every
   * record, whoever answered them. Left out while the address is the placeholder nobody reads.
   */
  assurerEmail?: string;
}
/**
 * The entry as a compiled HSDS `service`. Only contact details current enough to act on (vouched for within
 * CONTACT_WINDOW_MONTHS of the build date and not flagged for re-verification: evidence.ts) are exported, the same rule that
 * decides the call button on the site; older ones stay in initiatives.json with their year.
 */
export function toHsdsService(entry: DirectoryEntry, context: HsdsContext): Record<string, unknown> {
  const p = entry.data;
  const id = hsdsIds.service(p.id);
  const organization = toHsdsOrganization(p, context.organizations);
  const { status, alert } = hsdsStatus(p, context.nameOf ?? (() => undefined));
  const year = evidenceYear(p);
  const current = (detail: Parameters<typeof isCurrentContact>[0]) => isCurrentContact(detail, p, context.today);
  const phones = p.contact.phones.filter(current);
  const heldBack = p.contact.phones.length - phones.length + (p.contact.email && !current(p.contact.email) ? 1 : 0);
  const alerts = [
    alert,
    heldBack > 0
      ? `${heldBack} older contact detail(s) not exported here: not confirmed by a source or a check of the last ${CONTACT_WINDOW_MONTHS} months, or awaiting re-verification (see initiatives.json).`
      : undefined,
  ].filter(Boolean);
  const service: Record<string, unknown> = {
    id,
    ...(organization ? { organization_id: organization.id } : {}),
    name: p.name,
    // No organisation record for an unidentified one, nor for "every Dutch municipality": the service says so
    // in its own description. A note about the organisation ("with Arktos vzw") is about this service, so it is here too.
    description: serviceDescription(p, organization !== undefined),
    // The service's own website; this site's page is the atlasPage attribute.
    ...(p.contact.website ? { url: p.contact.website.url } : {}),
    status,
    assured_date: p.verified.date.toISOString().slice(0, 10),
    ...(context.assurerEmail ? { assurer_email: context.assurerEmail } : {}),
    ...(organization ? { organization } : {}),
    attributes: [
      attribute(id, 'atlasPage', context.pageUrl(p.id)),
      attribute(id, 'helpKind', helpKind(p, context.today)),
      attribute(id, 'verificationMethod', p.verified.method),
      ...(year !== undefined ? [attribute(id, 'evidenceYear', String(year))] : []),
    ],
    phones: phones.map((phone, index) => {
      const description = sentence(
        [
          phone.label ? `${textIn(phone.label, 'en')}.` : '',
          phone.hours ? `Hours: ${textIn(phone.hours, 'en')}.` : '',
        ].filter(Boolean),
      );
      return {
        id: uuidV5(`phone:${p.id}:${index}`),
        service_id: id,
        number: phoneForms(phone.number, p.country).international,
        ...(description ? { description } : {}),
      };
    }),
    languages: p.languages.map((code) => ({
      id: uuidV5(`language:${p.id}:${code}`),
      service_id: id,
      name: serviceLanguages[code].en,
      // HSDS wants ISO 639-1 or 639-3; "ber" (Berber languages) is a collective code, so it goes by name only.
      ...(code.length === 2 ? { code } : {}),
    })),
    service_areas:
      entry.served.length > 0
        ? [
            {
              id: uuidV5(`service_area:${p.id}`),
              service_id: id,
              name: `${entry.served.length} ${entry.served.length === 1 ? 'municipality' : 'municipalities'} (${p.coverage.scope}: ${p.coverage.codes.join(', ')})`,
              extent_type: 'text',
              extent: entry.served
                .map((code) => {
                  const m = context.byCode.get(code);
                  return m ? `${code} ${municipalityName(m, 'en')}` : code;
                })
                .join('; '),
            },
          ]
        : [],
    service_at_locations: p.locations.map((location, index) => {
      const m = context.byCode.get(location.municipality);
      return {
        id: uuidV5(`service_at_location:${p.id}:${index}`),
        service_id: id,
        location: {
          id: uuidV5(`location:${p.id}:${index}`),
          location_type: 'physical',
          ...(organization ? { organization_id: organization.id } : {}),
          name: m ? municipalityName(m, 'en') : location.municipality,
          description:
            'Municipality where the service is based; coordinates are the municipality centroid, not an address.',
          external_identifier: location.municipality,
          external_identifier_type: p.country === 'BE' ? 'NIS municipality code (Statbel)' : 'CBS municipality code',
          ...(m ? { latitude: m.centroid.lat, longitude: m.centroid.lon } : {}),
        },
      };
    }),
  };
  if (p.alternateName) service.alternate_name = p.alternateName;
  if (p.contact.email && current(p.contact.email)) service.email = p.contact.email.address;
  if (alerts.length > 0) service.alert = alerts.join(' ');
  if (p.access.cost !== 'unknown') service.fees_description = costs[p.access.cost].en;
  if (p.access.referral !== 'unknown') service.application_process = `${referralRoutes[p.access.referral].en}.`;
  if (p.targetGroups.values.length > 0) {
    service.eligibility_description = `For: ${p.targetGroups.values.map((g) => targetGroups[g].en.toLowerCase()).join(', ')}${p.targetGroups.inferred ? ' (our reading of the sources)' : ''}.`;
  }
  return service;
}

export interface ExportMeta {
  licence: { name: string; url: string; attribution: string };
  generated: string;
  sources: string;
}

/** The HSDS API's Page object around a complete list (one page), with the export's licence, date and sources. */
export function hsdsPage(contents: readonly Record<string, unknown>[], meta: ExportMeta): Record<string, unknown> {
  return {
    specification: 'Open Referral Human Services Data Specification (HSDS) 3.0',
    ...meta,
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
