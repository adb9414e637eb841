import { describe, expect, test } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { helpKind, isCurrentContact, isStale } from '../../src/lib/directory/evidence.ts';
import {
  csvColumns,
  dataPackage,
  initiativesCsv,
  initiativesJson,
  initiativesJsonSchema,
  openDataFiles,
  structuredData,
} from '../../src/lib/exports/initiatives.ts';
import { buildDirectory } from '../../src/lib/directory/directory.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { phoneForms } from '../../src/lib/directory/phone.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';

const initiatives = validateDirectory(loadMunicipalities()).entries.map((e) => e.data);
const entries = buildDirectory(initiatives, loadMunicipalities()).entries;
const today = new Date('2026-12-01T00:00:00Z');
const exported = JSON.parse(initiativesJson(entries, new Date('2026-11-24T00:00:00Z'), today)) as {
  initiatives: Record<string, unknown>[];
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(initiativesJsonSchema());

describe('open data exports', () => {
  test('the JSON Schema generated from the zod schema accepts the real export', () => {
    const ok = validate(exported);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(exported.initiatives).toHaveLength(initiatives.length);
  });
  test('the JSON Schema rejects an initiative with an unknown vocabulary value or an extra field', () => {
    const broken = structuredClone(exported);
    (broken.initiatives[0] as { country: string }).country = 'FR';
    expect(validate(broken)).toBe(false);
    const extra = structuredClone(exported);
    (extra.initiatives[0] as Record<string, unknown>).emial = 'x@example.be';
    expect(validate(extra)).toBe(false);
  });
  test('each initiative carries its kind of help and the year of its evidence, as the site derives them', () => {
    const byId = new Map(exported.initiatives.map((i) => [i.id as string, i]));
    // What the rule says on the export's date, not what this year's data happens to be.
    const lse = initiatives.find((p) => p.id === 'landelijk-steunpunt-extremisme')!;
    expect(byId.get('landelijk-steunpunt-extremisme')).toMatchObject({
      helpKind: helpKind(lse, today),
      evidenceStale: isStale(lse, today),
      regionsServed: ['NL'],
    });
    const old = exported.initiatives.find(
      (i) =>
        i.evidenceYear === 2018 &&
        (i.status as { value: string }).value !== 'ended' &&
        (i.status as { value: string }).value !== 'merged',
    );
    expect(old).toMatchObject({ helpKind: 'unconfirmed', evidenceStale: true });
  });
  test('dates are exported as YYYY-MM-DD', () => {
    for (const i of exported.initiatives) expect((i.verified as { date: string }).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  test('the CSV has a header and one row per initiative that parses back', () => {
    const text = initiativesCsv(entries, today);
    expect(text.startsWith('\uFEFFid;name;')).toBe(true);
    const rows = parseCsvRecords(text, ';');
    expect(rows).toHaveLength(initiatives.length);
    expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
    // Compared with the entry itself, not with this year's number, so a keeper's correction never fails here.
    const lse = rows.find((r) => r.id === 'landelijk-steunpunt-extremisme');
    const lseData = initiatives.find((p) => p.id === 'landelijk-steunpunt-extremisme')!;
    expect(lse?.phones).toBe(lseData.contact.phones.map((ph) => ph.number).join(' | '));
    expect(lse?.coverageCodes).toBe(lseData.coverage.codes.join(' | '));
    expect(lse).toMatchObject({
      helpKind: helpKind(lseData, today),
      regionsServed: 'NL',
      evidenceStale: String(isStale(lseData, today)),
    });
    expect(rows.find((r) => r.id === 'caprev-fwb')?.regionsServed).toBe('BE-BRU | BE-WAL');
  });
  test('the export states its licence, generation date and sources', () => {
    const whole = JSON.parse(initiativesJson(entries, new Date('2026-11-24T12:00:00Z'))) as Record<string, unknown>;
    expect(whole).toMatchObject({ generated: '2026-11-24', licence: { name: 'CC BY 4.0' } });
    expect(String(whole.sources)).toMatch(/sources/);
  });
  test('the data package describes every data file the open-data page lists, with licence, date and sources', () => {
    const pkg = dataPackage(new Date('2026-11-24T00:00:00Z'), 'https://example.org') as {
      created: string;
      licenses: unknown[];
      resources: { path: string; licenses: unknown[]; sources: unknown[] }[];
    };
    expect(pkg.created).toBe('2026-11-24');
    const described = pkg.resources.map((r) => `/data/${r.path}`);
    const listed = openDataFiles
      .map((f) => f.path)
      .filter((p) => !p.endsWith('schema.json') && !p.endsWith('datapackage.json'));
    expect(described.sort()).toEqual([...listed].sort());
    for (const r of pkg.resources) {
      expect(r.licenses.length).toBeGreaterThan(0);
      expect(r.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('schema.org structured data', () => {
  test('carries only current contact details, like the call button', () => {
    const old = initiatives.find(
      (p) =>
        p.contact.phones.length > 0 &&
        !isCurrentContact(p.contact.phones[0]!, p, today) &&
        p.status.value !== 'ended' &&
        p.status.value !== 'merged',
    );
    expect(old, 'the content has an entry whose first phone is old or flagged').toBeDefined();
    const data = structuredData(old!, 'https://example.org/x/', 'en', today);
    const current = old!.contact.phones.find((ph) => isCurrentContact(ph, old!, today));
    expect(data.telephone).toBe(current && phoneForms(current.number, old!.country).international);
  });
  test('names a few served municipalities, otherwise the country', () => {
    const lse = initiatives.find((p) => p.id === 'landelijk-steunpunt-extremisme')!;
    const call = lse.contact.phones.find((ph) => isCurrentContact(ph, lse, today));
    expect(call, 'a country-wide entry with a current number').toBeDefined();
    expect(structuredData(lse, 'https://example.org/x/', 'en', today)).toMatchObject({
      '@type': 'Service',
      telephone: phoneForms(call!.number, lse.country).international,
      areaServed: { '@type': 'Country', name: 'Netherlands' },
      provider: { '@type': 'Organization' },
    });
    expect(structuredData(lse, 'https://example.org/x/', 'en', today, ['Vilvoorde']).areaServed).toEqual([
      { '@type': 'AdministrativeArea', name: 'Vilvoorde' },
    ]);
  });
  test('an ended or merged entry offers no phone to call', () => {
    const lse = initiatives.find((p) => p.id === 'landelijk-steunpunt-extremisme')!;
    expect(structuredData(lse, 'https://example.org/x/', 'en', today).telephone).toBeDefined();
    const ended = { ...lse, status: { ...lse.status, value: 'ended' as const } };
    expect(structuredData(ended, 'https://example.org/x/', 'en', today).telephone).toBeUndefined();
    expect(structuredData(ended, 'https://example.org/x/', 'en', today).email).toBeUndefined();
  });
});
