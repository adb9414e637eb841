import { describe, expect, test } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { csvColumns, initiativesCsv, initiativesJson, initiativesJsonSchema } from '../../src/lib/exports.ts';
import { loadMunicipalities } from '../../src/lib/geo.ts';
import { validateDirectory } from '../../src/lib/validate.ts';

const projects = validateDirectory(loadMunicipalities()).entries.map((e) => e.data);
const exported = JSON.parse(initiativesJson(projects, new Date('2026-11-24T00:00:00Z'))) as { initiatives: Record<string, unknown>[] };
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(initiativesJsonSchema());

describe('open data exports', () => {
  test('the JSON Schema generated from the zod schema accepts the real export', () => {
    const ok = validate(exported);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(exported.initiatives).toHaveLength(projects.length);
  });
  test('the JSON Schema rejects an initiative with an unknown vocabulary value or an extra field', () => {
    const broken = structuredClone(exported);
    (broken.initiatives[0] as { country: string }).country = 'FR';
    expect(validate(broken)).toBe(false);
    const extra = structuredClone(exported);
    (extra.initiatives[0] as Record<string, unknown>).emial = 'x@example.be';
    expect(validate(extra)).toBe(false);
  });
  test('dates are exported as YYYY-MM-DD', () => {
    for (const i of exported.initiatives) expect(i.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  test('the CSV has a header and one row per initiative that parses back', () => {
    const rows = parseCsvRecords(initiativesCsv(projects));
    expect(rows).toHaveLength(projects.length);
    expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
    const lse = rows.find((r) => r.id === 'landelijk-steunpunt-extremisme');
    expect(lse?.phones).toBe('088 20 80 080');
    expect(lse?.coverageCodes).toBe('NL');
  });
});
