/**
 * The editor's configuration (/admin/config.yml) must say what the content model says. The expected
 * fields are read here from the zod schema itself (its definitions: objects, optionals, defaults,
 * enums), not from the JSON Schema the generator uses, so a generator that drops or invents a field,
 * a vocabulary value or a required flag is caught.
 */
import { describe, expect, test } from 'vitest';
import { load } from 'js-yaml';
import { initiativeSchema } from '../../src/schemas/initiative.ts';
import * as placeAndKind from '../../src/schemas/vocabularies/place-and-kind.ts';
import * as practice from '../../src/schemas/vocabularies/practice.ts';
import * as accessAndContact from '../../src/schemas/vocabularies/access-and-contact.ts';
import * as evidenceAndVerification from '../../src/schemas/vocabularies/evidence-and-verification.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';
import { editorConfig, entryFolders } from '../../src/lib/editor/decap-config.ts';
import type { DecapField } from '../../src/lib/editor/decap-fields.ts';
import { entryFormat } from '../../src/lib/editor/frontmatter.ts';
import { adminCsp, adminPage, configYaml } from '../../src/integrations/editors-desk.ts';

// Every closed vocabulary: the files of src/schemas/vocabularies/ (vocabularies.test.ts checks the list is whole).
const vocabularies = { ...placeAndKind, ...practice, ...accessAndContact, ...evidenceAndVerification };

interface Expected {
  path: string;
  required: boolean;
  values?: string[];
  description?: string;
}

type Def = {
  type: string;
  innerType?: ZodLike;
  in?: ZodLike;
  element?: ZodLike;
  shape?: Record<string, ZodLike>;
  entries?: Record<string, string>;
};
interface ZodLike {
  _zod: { def: Def };
  description?: string;
}

/** Every field of the schema as a keeper fills it in: path, required or not, allowed values, description. */
function expectedFields(schema: ZodLike, path = '', required = true, description?: string): Expected[] {
  const def = schema._zod.def;
  const described = description ?? schema.description;
  switch (def.type) {
    case 'optional':
    case 'default':
      return expectedFields(def.innerType!, path, false, described);
    case 'pipe':
      return expectedFields(def.in!, path, required, described);
    case 'object':
      return [
        // A list item is not a field of its own: its fields are.
        ...(path && !path.endsWith('[]') ? [{ path, required, ...(described ? { description: described } : {}) }] : []),
        ...Object.entries(def.shape!).flatMap(([key, child]) =>
          expectedFields(child, path ? `${path}.${key}` : key, required),
        ),
      ];
    case 'array': {
      const element = def.element!._zod.def;
      if (element.type === 'enum')
        return [
          { path, required, values: Object.values(element.entries!), ...(described ? { description: described } : {}) },
        ];
      if (element.type === 'object') return [{ path, required }, ...expectedFields(def.element!, `${path}[]`, true)];
      return [{ path, required }];
    }
    case 'enum':
      return [
        { path, required, values: Object.values(def.entries!), ...(described ? { description: described } : {}) },
      ];
    default:
      return [{ path, required, ...(described ? { description: described } : {}) }];
  }
}

/** The configuration's fields by the same paths. */
function configFields(fields: readonly DecapField[], path = ''): Map<string, DecapField> {
  const found = new Map<string, DecapField>();
  for (const field of fields) {
    const at = path ? `${path}.${field.name}` : field.name;
    found.set(at, field);
    if (field.widget === 'object') for (const [p, f] of configFields(field.fields ?? [], at)) found.set(p, f);
    if (field.widget === 'list' && field.fields)
      for (const [p, f] of configFields(field.fields, `${at}[]`)) found.set(p, f);
  }
  return found;
}

/**
 * Whether every field up the path is required: Decap asks for a part of an optional object only when that
 * object is given. Inside a list item the chain starts again at the item (an item, once added, is given).
 */
function requiredAllTheWay(path: string, expected: Map<string, Expected>): boolean {
  const itemStart = path.lastIndexOf('[].');
  const base = itemStart === -1 ? '' : path.slice(0, itemStart + 2);
  const rest = (itemStart === -1 ? path : path.slice(itemStart + 3)).split('.');
  return rest.every((_, i) => {
    const at = [base, ...rest.slice(0, i + 1)].filter(Boolean).join('.');
    return expected.get(at)?.required ?? true;
  });
}

/** Where the configuration disagrees with the schema: one line per missing field, wrong required flag or vocabulary value. */
function disagreements(fields: readonly DecapField[]): string[] {
  const expected = expectedFields(initiativeSchema as unknown as ZodLike);
  const byPath = new Map(expected.map((e) => [e.path, e]));
  const found = configFields(fields);
  const problems: string[] = [];
  for (const field of expected) {
    const decap = found.get(field.path);
    if (!decap) {
      problems.push(`${field.path}: missing`);
      continue;
    }
    const required = requiredAllTheWay(field.path, byPath);
    if (decap.required !== required)
      problems.push(`${field.path}: required is ${decap.required}, the schema says ${required}`);
    if (field.values) {
      const offered = (decap.options ?? []).map((o) => o.value);
      for (const value of field.values)
        if (!offered.includes(value)) problems.push(`${field.path}: value ${value} not offered`);
      for (const value of offered)
        if (!field.values.includes(value)) problems.push(`${field.path}: value ${value} not in the schema`);
    }
    if (field.description && decap.hint !== field.description)
      problems.push(`${field.path}: hint is not the schema's description`);
  }
  for (const path of found.keys()) {
    if (!byPath.has(path) && path !== 'body' && !languageKey.test(path) && !path.endsWith('.value'))
      problems.push(`${path}: not in the schema`);
  }
  return problems;
}

/** A language inside a reader text (summary.nl), built from the language list so a language added there is covered. */
const languageKey = new RegExp(`\\.(${uiLanguages.join('|')})$`);

const deployed = editorConfig({ backend: { name: 'github', repo: 'owner/name', branch: 'main' } });

describe("the editors' desk configuration", () => {
  test('lists every field of the schema, with its required flag, its vocabulary values and its description', () => {
    for (const collection of deployed.collections) expect(disagreements(collection.fields)).toEqual([]);
  });

  test('a configuration that drifts from the schema is caught (a value dropped, a required flag flipped, a field lost)', () => {
    const fields = structuredClone(deployed.collections[0]!.fields);
    const country = fields.find((f) => f.name === 'country')!;
    country.options = country.options!.slice(1);
    fields.find((f) => f.name === 'confidence')!.required = false;
    const withoutSummary = fields.filter((f) => f.name !== 'summary');
    const found = disagreements(withoutSummary);
    expect(found).toContainEqual(expect.stringMatching(/^country: value \S+ not offered$/));
    expect(found).toContain('confidence: required is false, the schema says true');
    expect(found).toContain('summary: missing');
  });

  test('each vocabulary select shows the value with its Dutch, French and English labels', () => {
    const fields = configFields(deployed.collections[0]!.fields);
    const vocabularyMaps = (Object.values(vocabularies) as unknown[]).filter(
      (v): v is Record<string, Record<string, string>> => typeof v === 'object' && v !== null && !Array.isArray(v),
    );
    let checked = 0;
    for (const field of fields.values()) {
      if (field.widget !== 'select') continue;
      const values = field.options!.map((o) => o.value);
      const vocabulary = vocabularyMaps.find(
        (v) => Object.keys(v).length === values.length && values.every((value) => value in v),
      );
      if (!vocabulary) continue;
      for (const option of field.options!)
        for (const lang of uiLanguages) expect(option.label).toContain(vocabulary[option.value]![lang]);
      checked += 1;
    }
    // Most selects are vocabularies (country, region, kind, status, prevention levels…).
    expect(checked).toBeGreaterThan(10);
  });

  test('reader texts are one field per language side by side in one object (each UI language required), and lists are lists', () => {
    const fields = configFields(deployed.collections[0]!.fields);
    expect(fields.get('summary')).toMatchObject({ widget: 'object', required: true });
    expect(fields.get('summary')!.fields!.map((f) => [f.name, f.required])).toEqual(
      uiLanguages.map((lang) => [lang, true]),
    );
    expect(fields.get('contact.phones')).toMatchObject({ widget: 'list' });
    expect(fields.get('sources')).toMatchObject({ widget: 'list', required: true, min: 1 });
    expect(fields.get('contact.phones[].label')!.fields!.map((f) => f.name)).toEqual([...uiLanguages]);
  });

  test('a date the schema coerces is a calendar day in the editor; a source date stays free text', () => {
    const fields = configFields(deployed.collections[0]!.fields);
    const dates = [...fields].filter(([, f]) => f.widget === 'datetime').map(([path]) => path);
    expect(dates).toContain('sources[].accessed');
    for (const path of dates) expect(fields.get(path)).toMatchObject({ format: 'YYYY-MM-DD', time_format: false });
    expect(fields.get('sources[].date')!.widget).toBe('string');
    expect(fields.get('status.evidenceDate')!.widget).toBe('string');
  });

  test("every save goes through review: editorial workflow, both content folders, no deletion, the site's own file format", () => {
    expect(deployed.publish_mode).toBe('editorial_workflow');
    expect(deployed).not.toHaveProperty('local_backend');
    expect(deployed.collections.map((c) => c.folder)).toEqual(entryFolders.map((f) => f.folder));
    for (const collection of deployed.collections)
      expect(collection).toMatchObject({ format: entryFormat, extension: 'md', delete: false, identifier_field: 'id' });
  });

  test('config.yml is YAML Decap can read; the local variant alone names the local proxy', () => {
    const local = load(configYaml('http://localhost:4321/admin/api/v1')) as ReturnType<typeof editorConfig>;
    expect(local).toMatchObject({
      backend: { name: 'proxy' },
      local_backend: { url: 'http://localhost:4321/admin/api/v1' },
      publish_mode: 'editorial_workflow',
    });
    expect(load(configYaml())).not.toHaveProperty('local_backend');
  });

  test("the /admin/ page is noindex and loads only the editor's own script; its CSP allows no other origin for scripts", () => {
    const csp = adminCsp({ name: 'github', repo: 'o/r', branch: 'main' });
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval';/);
    expect(csp).toMatch(/connect-src 'self' https:\/\/api\.github\.com;/);
    expect(csp).toContain("frame-ancestors 'none'");
    const page = adminPage(csp);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect([...page.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual([
      '<script type="module" src="/admin/editor.js">',
    ]);
    expect(
      adminCsp({ name: 'forgejo', repo: 'o/r', branch: 'main', api_root: 'https://git.example.be/api/v1' }),
    ).toMatch(/connect-src 'self' https:\/\/git\.example\.be;/);
    // A self-managed GitLab signing in with PKCE: its API and its token endpoint, nothing else.
    expect(
      adminCsp({
        name: 'gitlab',
        repo: 'o/r',
        branch: 'main',
        api_root: 'https://gitlab.example.be/api/v4',
        base_url: 'https://gitlab.example.be',
        auth_type: 'pkce',
        app_id: 'x',
      }),
    ).toMatch(/connect-src 'self' https:\/\/gitlab\.example\.be;/);
  });
});
