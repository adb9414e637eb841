/**
 * Open-data exports of the directory, built once at build time: the full model as JSON (with a JSON
 * Schema generated from the zod schema, so the two cannot drift), and a flat CSV with one row per
 * initiative. Pure: give it the projects, get text back.
 */
import { z } from 'astro/zod';
import { toCsv } from './csv.ts';
import { projectSchema, type Project } from './schema.ts';

export const dataLicence = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Family Support Atlas, from the 2018 Family Support mapping (King Baudouin Foundation / FPS Home Affairs) and the public sources cited in each entry',
} as const;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** One project as plain JSON: dates as YYYY-MM-DD, everything else as validated. */
export function projectToJson(project: Project): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(project, (_key, value: unknown) => (value instanceof Date ? isoDate(value) : value)),
    // JSON.stringify already turned Dates into ISO strings; normalise them to dates only.
    (_key, value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value),
  ) as Record<string, unknown>;
}

export function initiativesJson(projects: readonly Project[], generated: Date): string {
  return JSON.stringify(
    {
      $schema: './initiatives.schema.json',
      licence: dataLicence,
      generated: isoDate(generated),
      sources: 'Each initiative lists its own sources and the date it was last verified against them.',
      initiatives: [...projects].sort((a, b) => a.id.localeCompare(b.id)).map(projectToJson),
    },
    null,
    2,
  );
}

/** JSON Schema of initiatives.json, generated from the zod schema (input side: what the data accepts). */
export function initiativesJsonSchema(): Record<string, unknown> {
  const item = z.toJSONSchema(projectSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete item.$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Family Support Atlas – initiatives',
    type: 'object',
    required: ['licence', 'generated', 'initiatives'],
    properties: {
      $schema: { type: 'string' },
      licence: { type: 'object' },
      generated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      sources: { type: 'string' },
      initiatives: { type: 'array', items: item },
    },
  };
}

export const csvColumns = [
  'id', 'name', 'organization', 'country', 'languageSide', 'region', 'coverageScope', 'coverageCodes', 'coverageBasis',
  'preventionLevels', 'workingMethods', 'targetGroups', 'languages', 'website', 'phones', 'email', 'status', 'successor',
  'mapping2018Fiche', 'mapping2018Side', 'confidence', 'summary_nl', 'summary_fr', 'summary_en', 'sources', 'lastVerified',
] as const;

/** Lists are joined with " | " in one column, so one initiative stays one row. */
export function initiativesCsv(projects: readonly Project[]): string {
  const join = (values: readonly string[]) => values.join(' | ');
  const rows = [...projects].sort((a, b) => a.id.localeCompare(b.id)).map((p) => ({
    id: p.id,
    name: p.name,
    organization: p.organization.name,
    country: p.country,
    languageSide: p.languageSide,
    region: p.region ?? '',
    coverageScope: p.coverage.scope,
    coverageCodes: join(p.coverage.codes),
    coverageBasis: p.coverage.basis ?? '',
    preventionLevels: join(p.preventionLevels.values),
    workingMethods: join(p.workingMethods.values),
    targetGroups: join(p.targetGroups.values),
    languages: join(p.languages),
    website: p.contact.website?.url ?? '',
    phones: join(p.contact.phones.map((ph) => ph.number)),
    email: p.contact.email?.address ?? '',
    status: p.status.value,
    successor: p.status.successor ?? '',
    mapping2018Fiche: p.mapping2018?.fiche ?? '',
    mapping2018Side: p.mapping2018?.side ?? '',
    confidence: p.confidence,
    summary_nl: p.summary.nl,
    summary_fr: p.summary.fr,
    summary_en: p.summary.en,
    sources: join(p.sources.map((s) => s.url ?? `seed ${s.seed}`)),
    lastVerified: isoDate(p.lastVerified),
  }));
  return toCsv(csvColumns, rows);
}

/**
 * schema.org JSON-LD for an entry page: the organisation and the service it offers, with only the
 * contact details the entry publishes. Search engines read it; browsers do not run it.
 */
export function structuredData(project: Project, pageUrl: string, lang: 'nl' | 'fr' | 'en'): Record<string, unknown> {
  const organization: Record<string, unknown> = { '@type': 'Organization', name: project.organization.name };
  if (project.organization.url) organization.url = project.organization.url;
  const service: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': pageUrl,
    name: project.name,
    description: project.summary[lang],
    url: pageUrl,
    provider: organization,
    areaServed: project.country === 'BE' ? 'Belgium' : 'Netherlands',
  };
  if (project.languages.length > 0) service.availableLanguage = project.languages;
  const phone = project.contact.phones[0];
  if (phone) service.telephone = phone.number;
  if (project.contact.email) service.email = project.contact.email.address;
  return service;
}
