import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildDirectory } from '../../src/lib/directory/directory.ts';
import { exportMeta } from '../../src/lib/exports/initiatives.ts';
import { loadMunicipalities, municipalitiesByCode } from '../../src/loaders/geo.ts';
import { hsdsPage, toHsdsService } from '../../src/lib/exports/hsds.ts';
import { hsdsIds, uuidV5 } from '../../src/lib/exports/hsds-ids.ts';
import { organizationIndex, toHsdsOrganizations } from '../../src/lib/exports/hsds-organizations.ts';
import { phoneForms } from '../../src/lib/directory/phone.ts';
import { helpKind } from '../../src/lib/directory/evidence.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { isPlaceholderOrganization } from '../../src/lib/directory/organization.ts';

// The official HSDS 3.0 schemas (draft 2020-12), shipped in the repo with their CC BY-SA licence.
const schemaDir = 'tests/fixtures/hsds/schema';
const readSchema = (name: string) => JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// Table schemas refer to each other by file name ("$ref": "phone.json"): register each under that name.
for (const file of readdirSync(schemaDir))
  if (file.endsWith('.json') && file !== 'openapi.json') ajv.addSchema(readSchema(file), file);
const validator = (file: string) => ajv.getSchema(file)!;
const validateService = validator('service_with_definitions.json');
const openapi = readSchema('openapi.json') as { components: { schemas: { Page: Record<string, unknown> } } };
const validatePage = ajv.compile(openapi.components.schemas.Page);

const municipalities = loadMunicipalities();
const directory = buildDirectory(
  validateDirectory(municipalities).entries.map((e) => e.data),
  municipalities,
);
const context = {
  byCode: municipalitiesByCode(),
  pageUrl: (id: string) => `https://example.org/en/initiative/${id}/`,
  nameOf: (id: string) => directory.byId.get(id)?.data.name,
  today: new Date('2026-12-01T00:00:00Z'),
  organizations: organizationIndex(directory.entries.map((e) => e.data)),
};
const services = directory.entries.map((entry) => toHsdsService(entry, context));
const organizations = toHsdsOrganizations(directory.entries.map((e) => e.data));
const byEntry = (id: string) => services[directory.entries.findIndex((e) => e.data.id === id)]!;
const nested = (key: string) => services.flatMap((s) => s[key] as Record<string, unknown>[]);

describe('HSDS 3.0 export', () => {
  test('every entry validates against the official compiled service schema', () => {
    expect(services).toHaveLength(directory.entries.length);
    for (const service of services) {
      const ok = validateService(service);
      expect(validateService.errors ?? [], String(service.name)).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  test("assured_date and the method come from the verified block; assurer_email only with a real keepers' address", () => {
    const entry = directory.entries[0]!;
    const service = toHsdsService(entry, context);
    expect(service.assured_date).toBe(entry.data.verified.date.toISOString().slice(0, 10));
    expect(service).not.toHaveProperty('assurer_email');
    const method = (service.attributes as { link_type: string; value: string }[]).find(
      (a) => a.link_type === 'verificationMethod',
    );
    expect(method?.value).toBe(entry.data.verified.method);
    const assured = toHsdsService(entry, { ...context, assurerEmail: 'corrections@atlas.example.org' });
    expect(assured.assurer_email).toBe('corrections@atlas.example.org');
    expect(validateService(assured), JSON.stringify(validateService.errors)).toBe(true);
  });

  test('organizations, phones, languages, service areas and locations validate against their own table schemas', () => {
    const tables: [string, Record<string, unknown>[]][] = [
      ['organization.json', organizations],
      ['phone.json', nested('phones')],
      ['language.json', nested('languages')],
      ['service_area.json', nested('service_areas')],
      ['service_at_location.json', nested('service_at_locations')],
      ['location.json', nested('service_at_locations').map((sal) => sal.location as Record<string, unknown>)],
    ];
    for (const [file, records] of tables) {
      const validate = validator(file);
      for (const record of records) {
        const ok = validate(record);
        expect(validate.errors ?? [], `${file} ${JSON.stringify(record).slice(0, 80)}`).toEqual([]);
        expect(ok).toBe(true);
      }
    }
    // The real data exercises each table (so the loop above is not vacuous).
    expect(nested('phones').length).toBeGreaterThan(0);
    expect(nested('languages').length).toBeGreaterThan(0);
    expect(nested('service_areas').length).toBeGreaterThan(0);
    expect(nested('service_at_locations').length).toBeGreaterThan(0);
  });

  test('the files use the HSDS API Page shape and state licence, date and sources', () => {
    const page = hsdsPage(services, exportMeta(new Date('2026-11-24T00:00:00Z')));
    expect(validatePage(page)).toBe(true);
    expect(page).toMatchObject({
      total_items: services.length,
      size: services.length,
      total_pages: 1,
      first_page: true,
      last_page: true,
      empty: false,
      generated: '2026-11-24',
    });
    expect(page.licence).toMatchObject({ name: 'CC BY 4.0' });
    expect(String(page.sources)).toMatch(/sources/);
    expect(validatePage({ ...page, total_items: 'many' })).toBe(false);
  });

  test('the schemas really check: a service without a status, with a bad id or an unknown status fails', () => {
    const { status: _status, ...noStatus } = services[0]!;
    expect(validateService(noStatus)).toBe(false);
    expect(validateService({ ...services[0]!, id: 'not-a-uuid' })).toBe(false);
    expect(validateService({ ...services[0]!, status: 'unknown' })).toBe(false);
    expect(validator('organization.json')({ ...organizations[0]!, website: 'not a url' })).toBe(false);
  });

  test('UUIDs are RFC 4122 v5, distinct, and the same in every build', () => {
    expect(uuidV5('service:x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Known vector: the DNS namespace and "www.example.com" (Python's uuid.uuid5).
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    // Pinned (computed independently with Python's uuid.uuid5): ids already published must never change (namespace or derivation changes would break consumers).
    expect(hsdsIds.service('landelijk-steunpunt-extremisme')).toBe('68d659be-89e0-5891-9ade-8498f545721b');
    expect(hsdsIds.organization('landelijk-steunpunt-extremisme')).toBe('29d89db7-b033-5d62-8074-d27e90b02de3');
    // A second, independent export from the same content yields the same ids.
    const again = buildDirectory(
      validateDirectory(municipalities).entries.map((e) => e.data),
      municipalities,
    ).entries.map((e) => toHsdsService(e, context));
    expect(again.map((s) => s.id)).toEqual(services.map((s) => s.id));
    const all = [
      ...services.map((s) => s.id),
      ...organizations.map((o) => o.id),
      ...nested('phones').map((p) => p.id),
      ...nested('languages').map((l) => l.id),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  test('status: unknown is inactive with an alert, merged is defunct and names its successor', () => {
    const merged = directory.entries.find((e) => e.data.status.value === 'merged');
    expect(merged).toBeDefined();
    const service = byEntry(merged!.data.id);
    expect(service.status).toBe('defunct');
    expect(service.alert).toContain(directory.byId.get(merged!.data.status.successor!)!.data.name);
    const unknown = directory.entries.find((e) => e.data.status.value === 'unknown')!;
    expect(byEntry(unknown.data.id)).toMatchObject({
      status: 'inactive',
      alert: expect.stringMatching(/Status unknown/),
    });
  });

  test('only current contact details are exported (the call-button rule); older ones are announced, not copied', () => {
    const old = directory.entries.find((e) =>
      e.data.contact.phones.some((p) => p.verifyBeforePublishing || (p.confirmed ?? 9999) < 2020),
    );
    expect(old, 'the content has at least one flagged or pre-2020 phone').toBeDefined();
    const service = byEntry(old!.data.id);
    const exported = (service.phones as { number: string }[]).map((p) => p.number);
    for (const phone of old!.data.contact.phones) {
      const current = !phone.verifyBeforePublishing && (phone.confirmed ?? 9999) >= 2020;
      expect(exported.includes(phoneForms(phone.number, old!.data.country).international), phone.number).toBe(current);
    }
    expect(service.alert).toMatch(/older contact detail/);
    const lse = byEntry('landelijk-steunpunt-extremisme');
    expect((lse.phones as { number: string }[]).map((p) => p.number)).toContain('+31 88 208 0080');
  });

  test('one organization record per organisation, its services linked to it; no placeholder organisation', () => {
    const names = organizations.map((o) => String(o.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n === 'Stichting Fier Fryslân')).toHaveLength(1);
    for (const placeholder of ['Onbekend (niet geïdentificeerd)', 'Inconnue (non identifiée)'])
      expect(names).not.toContain(placeholder);
    const fier = organizations.find((o) => o.name === 'Stichting Fier Fryslân')!;
    const linked = services.filter((s) => s.organization_id === fier.id);
    expect(linked.length).toBe(
      directory.entries.filter((e) => e.data.organization.name === 'Stichting Fier Fryslân').length,
    );
    expect(linked.length).toBeGreaterThan(1);
    // Every organization_id a service names is a record of organizations.json.
    const ids = new Set(organizations.map((o) => o.id));
    for (const s of services)
      if (s.organization_id) expect(ids.has(s.organization_id as string), String(s.name)).toBe(true);
    // A service of an unidentified organisation has no organisation, and says so in its own description.
    const unknown = directory.entries.find((e) => isPlaceholderOrganization(e.data.organization.name ?? ''))!;
    expect(unknown, 'the content has a placeholder organisation').toBeDefined();
    const service = byEntry(unknown.data.id);
    expect(service.organization_id).toBeUndefined();
    expect(service.organization).toBeUndefined();
    expect(service.description).toMatch(/do not identify the organisation/);
  });

  test('an organisation record carries only the proper name; a description or a note goes to the service in English', () => {
    for (const o of organizations)
      expect(String(o.name), String(o.name)).not.toMatch(
        /\b(met|avec|with|probable|waarschijnlijk|elke|every|chaque)\b/i,
      );
    // No single organisation ("every Dutch municipality"): no record, and the service says who runs it.
    const every = byEntry('gemeente-contactpunt-radicalisering');
    expect(every.organization_id).toBeUndefined();
    expect(every.description).toMatch(/Run by: Every Dutch municipality\.$/);
    // A partner is a note: the record is De Touter vzw, shared by both its services, and the service names the partner.
    const houvast = byEntry('de-touter-houvast');
    expect((houvast.organization as { name: string }).name).toBe('De Touter vzw');
    expect(houvast.organization_id).toBe(byEntry('de-touter-hoedsaam').organization_id);
    expect(houvast.description).toMatch(/Run by: De Touter vzw, with the City of Antwerp\.$/);
  });

  test('url is the service’s own website; this site’s page, the kind of help and the evidence year are attributes', () => {
    const withSite = directory.entries.find((e) => e.data.contact.website)!;
    const service = byEntry(withSite.data.id);
    expect(service.url).toBe(withSite.data.contact.website!.url);
    const attributes = service.attributes as { link_type: string; value: string }[];
    expect(attributes.find((a) => a.link_type === 'atlasPage')?.value).toBe(
      `https://example.org/en/initiative/${withSite.data.id}/`,
    );
    for (const s of services) expect(String(s.url ?? '')).not.toMatch(/example\.org/);
    const lse = byEntry('landelijk-steunpunt-extremisme').attributes as { link_type: string; value: string }[];
    expect(lse.find((a) => a.link_type === 'helpKind')?.value).toBe(
      helpKind(directory.byId.get('landelijk-steunpunt-extremisme')!.data, context.today),
    );
    const old = services.find((s) =>
      (s.attributes as { link_type: string; value: string }[]).some(
        (a) => a.link_type === 'evidenceYear' && a.value === '2018',
      ),
    );
    expect(
      (old!.attributes as { link_type: string; value: string }[]).find((a) => a.link_type === 'helpKind')?.value,
    ).toBe('unconfirmed');
  });
});
