import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { buildDirectory } from '../../src/lib/directory.ts';
import { loadMunicipalities, municipalitiesByCode } from '../../src/lib/geo.ts';
import { toHsdsService, uuidV5 } from '../../src/lib/hsds.ts';
import { validateDirectory } from '../../src/lib/validate.ts';

// The official compiled HSDS 3.0 service schema, shipped in the repo with its CC BY-SA licence.
const schema = JSON.parse(readFileSync('src/data/hsds/schema/service_with_definitions.json', 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validateService = ajv.compile(schema);
const directory = buildDirectory(validateDirectory(loadMunicipalities()).entries.map((e) => e.data), loadMunicipalities());
const byCode = municipalitiesByCode();
const services = directory.entries.map((entry) => toHsdsService(entry, byCode, `https://example.org/en/initiative/${entry.data.id}/`));

describe('HSDS 3.0 export', () => {
  test('every entry validates against the official service schema', () => {
    for (const service of services) {
      const ok = validateService(service);
      expect(validateService.errors ?? [], String(service.name)).toEqual([]);
      expect(ok).toBe(true);
    }
  });
  test('the schema really checks: a service without a status or with a bad id fails', () => {
    const { status: _status, ...noStatus } = services[0]!;
    expect(validateService(noStatus)).toBe(false);
    expect(validateService({ ...services[0]!, id: 'not-a-uuid' })).toBe(false);
  });
  test('UUIDs are RFC 4122 v5, stable and distinct', () => {
    expect(uuidV5('service:x')).toBe(uuidV5('service:x'));
    expect(uuidV5('service:x')).not.toBe(uuidV5('service:y'));
    expect(uuidV5('service:x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Known vector: the DNS namespace and "www.example.com" (Python's uuid.uuid5).
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    const ids = services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test('unknown status is exported as inactive with an alert, merged as defunct', () => {
    const lse = services.find((s) => s.name === 'Familiesteunpunt Radicalisering');
    expect(lse?.status).toBe('defunct');
    const unknown = services.find((s) => s.alert);
    expect(unknown?.status).toBe('inactive');
  });
});
