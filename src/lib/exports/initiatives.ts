/**
 * Open-data exports of the directory, built once at build time: the full model as JSON (with a JSON
 * Schema generated from the zod schema, so the two cannot drift), and a flat CSV with one row per
 * initiative. Pure: give it the initiatives, get text back.
 */
import { z } from 'astro/zod';
import { EXCEL_SEPARATOR, excelCsv } from '../csv.ts';
import { columnNames, csvTables, perLanguageCells, tableSchema, type CsvTable } from './columns.ts';
import { translator, type UiKey } from '../../i18n/translate.ts';
import type { DirectoryEntry } from '../directory/directory.ts';
import { evidenceYear, helpKind, isCurrentContact, isStale, isStillOffered, textIn } from '../directory/evidence.ts';
import { phoneForms } from '../directory/phone.ts';
import { shownOrganization } from '../directory/describe.ts';
import type { UiLanguage } from '../../schemas/languages.ts';
import { properOrganizationName } from '../directory/organization.ts';
import { shownName } from '../directory/initiative-name.ts';
import { initiativeSchema, type Initiative } from '../../schemas/initiative.ts';

export const dataLicence = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution:
    'Family Support Atlas, from the 2018 Family Support mapping (King Baudouin Foundation / FPS Home Affairs) and the public sources cited in each entry',
} as const;

export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export const exportSources =
  'Each initiative lists its own sources and the date it was last verified against them; municipality boundaries and codes: Statbel and CBS / Kadaster (CC BY 4.0).';

/** What every export states about itself: licence, the date it was generated, and its sources. */
export function exportMeta(generated: Date) {
  return { licence: dataLicence, generated: isoDate(generated), sources: exportSources };
}

/** The files of the open-data page, in the order it lists them (paths are site-absolute). */
export const openDataFiles = [
  { path: '/data/initiatives.json', format: 'json', key: 'json' },
  { path: '/data/initiatives.schema.json', format: 'json', key: 'schema' },
  { path: '/data/initiatives.csv', format: 'csv', key: 'csv' },
  { path: '/data/coverage.csv', format: 'csv', key: 'coverage' },
  { path: '/data/coverage-areas.csv', format: 'csv', key: 'coverageAreas' },
  { path: '/data/hsds/services.json', format: 'json', key: 'hsdsServices' },
  { path: '/data/hsds/organizations.json', format: 'json', key: 'hsdsOrganizations' },
  { path: '/data/datapackage.json', format: 'json', key: 'datapackage' },
] as const;

/** How the CSV files are written (Frictionless CSV dialect): semicolons, for Excel in Belgium. */
const csvDialect = { delimiter: EXCEL_SEPARATOR, header: true, lineTerminator: '\r\n' };

/**
 * A Frictionless Data Package describing the exports: the CSV files cannot carry their own licence,
 * date and sources, so this file states them for every resource.
 */
export function dataPackage(generated: Date, siteUrl: string): Record<string, unknown> {
  const meta = exportMeta(generated);
  const resource = (path: string, name: string, title: string, extra: Record<string, unknown> = {}) => ({
    name,
    path: path.replace(/^\/data\//, ''),
    title,
    licenses: [{ name: 'CC-BY-4.0', path: dataLicence.url, title: dataLicence.name }],
    sources: [{ title: meta.sources }],
    ...extra,
  });
  // Each CSV with its Table Schema (columns.ts), described in English.
  const english = translator('en');
  const csvResource = (table: CsvTable, name: string, title: string) =>
    resource(`/data/${csvTables[table].path}`, name, title, {
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      dialect: csvDialect,
      schema: tableSchema(table, (key) => english(key as UiKey)),
    });
  return {
    name: 'family-support-atlas',
    title: 'Family Support Atlas: help for families confronted with violent radicalisation (Belgium, Netherlands)',
    homepage: siteUrl,
    created: meta.generated,
    licenses: [{ name: 'CC-BY-4.0', path: dataLicence.url, title: dataLicence.name }],
    contributors: [{ title: dataLicence.attribution, role: 'author' }],
    sources: [{ title: meta.sources }],
    resources: [
      resource('/data/initiatives.json', 'initiatives-json', 'Every initiative with all its fields', {
        format: 'json',
        mediatype: 'application/json',
        schema: 'initiatives.schema.json',
      }),
      csvResource('initiatives', 'initiatives-csv', 'One row per initiative; lists joined with " | "'),
      csvResource('coverage', 'coverage-csv', 'One row per municipality with the help of each kind that serves it'),
      csvResource('coverageAreas', 'coverage-areas-csv', 'The coverage report per country, region and province'),
      resource('/data/hsds/services.json', 'hsds-services', 'Open Referral HSDS 3.0 services (compiled, one page)', {
        format: 'json',
        mediatype: 'application/json',
      }),
      resource(
        '/data/hsds/organizations.json',
        'hsds-organizations',
        'Open Referral HSDS 3.0 organizations (one page)',
        { format: 'json', mediatype: 'application/json' },
      ),
    ],
  };
}

/** One initiative as plain JSON: dates as YYYY-MM-DD, everything else as validated. */
export function initiativeToJson(initiative: Initiative): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(initiative, (_key, value: unknown) => (value instanceof Date ? isoDate(value) : value)),
    // JSON.stringify already turned Dates into ISO strings; normalise them to dates only.
    (_key, value: unknown) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value,
  ) as Record<string, unknown>;
}

/**
 * What the site derives from an entry and every export carries next to it (the rules are in
 * directory/evidence.ts and coverage/served-areas.ts): its kind of help on the build date, the year of its newest evidence,
 * whether that evidence is old, and the regions it serves.
 */
export function derivedOf(entry: DirectoryEntry, today: Date) {
  const year = evidenceYear(entry.data);
  return {
    helpKind: helpKind(entry.data, today),
    ...(year !== undefined ? { evidenceYear: year } : {}),
    evidenceStale: isStale(entry.data, today),
    regionsServed: [...entry.regions],
  };
}

const derivedJsonSchema = {
  helpKind: {
    enum: ['family', 'general', 'professional', 'unconfirmed', 'none'],
    description:
      'Derived: family = current help specialised in radicalisation a family can contact; general = a current general line a family can contact (remit general: not specialised in radicalisation); professional = current, for professionals only; unconfirmed = status unknown, evidence older than three years or an unconfirmed tie; none = ended, merged or a resource.',
  },
  evidenceYear: {
    type: 'integer',
    description:
      'Derived: year of the newest evidence for the status (status.evidenceDate, else the newest dated source).',
  },
  evidenceStale: {
    type: 'boolean',
    description: 'Derived: the newest evidence is more than three years old, or undated.',
  },
  regionsServed: {
    type: 'array',
    items: { enum: ['BE-VLG', 'BE-BRU', 'BE-WAL', 'NL'] },
    description: 'Derived: regions of the municipalities the entry serves (its seat when none resolves).',
  },
};

export function initiativesJson(entries: readonly DirectoryEntry[], generated: Date, today: Date = generated): string {
  return JSON.stringify(
    {
      $schema: './initiatives.schema.json',
      ...exportMeta(generated),
      initiatives: [...entries]
        .sort((a, b) => a.data.id.localeCompare(b.data.id))
        .map((e) => ({ ...initiativeToJson(e.data), ...derivedOf(e, today) })),
    },
    null,
    2,
  );
}

/** JSON Schema of initiatives.json, generated from the zod schema (input side: what the data accepts). */
export function initiativesJsonSchema(): Record<string, unknown> {
  const item = z.toJSONSchema(initiativeSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete item.$schema;
  item.properties = { ...(item.properties as Record<string, unknown>), ...derivedJsonSchema };
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

/** The columns of initiatives.csv, in order: declared with their types and descriptions in columns.ts. */
export const csvColumns = columnNames('initiatives');

/** Lists are joined with " | " in one column, so one initiative stays one row. Excel-friendly (excelCsv). */
export function initiativesCsv(entries: readonly DirectoryEntry[], today: Date): string {
  const join = (values: readonly string[]) => values.join(' | ');
  const rows = [...entries]
    .sort((a, b) => a.data.id.localeCompare(b.data.id))
    .map((entry) => {
      const p = entry.data;
      const derived = derivedOf(entry, today);
      return {
        id: p.id,
        name: p.name,
        // The proper name only (empty when no single organisation runs it); organization_<lang> is as each page shows it.
        organization: p.organization.name ?? '',
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
        ...perLanguageCells('summary', (lang) => textIn(p.summary, lang)),
        sources: join(p.sources.map((s) => s.url ?? `seed ${s.seed}`)),
        verifiedDate: isoDate(p.verified.date),
        verifiedMethod: p.verified.method,
        kind: p.kind,
        helpKind: derived.helpKind,
        evidenceYear: derived.evidenceYear ?? '',
        evidenceStale: derived.evidenceStale,
        regionsServed: join(derived.regionsServed),
        ...perLanguageCells('organization', (lang) => shownOrganization(p, lang)),
        // name is the entry's own name (HSDS service.name); name_<lang> is as each page shows it (shownName).
        ...perLanguageCells('name', (lang) => shownName(p, lang)),
        remit: p.remit,
      };
    });
  return excelCsv(csvColumns, rows);
}

/**
 * schema.org JSON-LD for an entry page: the organisation and the service it offers. Search engines
 * turn a telephone here into a call button, so only current details go in (the site's call-button
 * rule in evidence.ts: isCurrentContact), and none for an
 * entry that has ended or merged. Browsers do not run it.
 */
export function structuredData(
  initiative: Initiative,
  pageUrl: string,
  lang: UiLanguage,
  today: Date,
  servedNames: readonly string[] = [],
): Record<string, unknown> {
  // The provider only when the sources name one organisation (its proper name), never a placeholder or a description.
  const providerName = properOrganizationName(initiative.organization);
  const organization: Record<string, unknown> | undefined = providerName
    ? { '@type': 'Organization', name: providerName }
    : undefined;
  if (organization && initiative.organization.url) organization.url = initiative.organization.url;
  const service: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': pageUrl,
    // The name the page shows (its H1); the entry's own name and its other name, when they differ, as alternateName.
    name: shownName(initiative, lang),
    description: textIn(initiative.summary, lang),
    url: pageUrl,
    ...(organization ? { provider: organization } : {}),
  };
  const alternateNames = [initiative.name, initiative.alternateName].filter(
    (n): n is string => n !== undefined && n !== service.name,
  );
  if (alternateNames.length > 0)
    service.alternateName = alternateNames.length === 1 ? alternateNames[0] : alternateNames;
  // A handful of municipalities are named; a wider or unresolved reach is stated as the country.
  const country = { '@type': 'Country', name: initiative.country === 'BE' ? 'Belgium' : 'Netherlands' };
  service.areaServed =
    servedNames.length > 0 && servedNames.length <= 25
      ? servedNames.map((name) => ({ '@type': 'AdministrativeArea', name }))
      : country;
  if (initiative.languages.length > 0) service.availableLanguage = initiative.languages;
  const stopped = !isStillOffered(initiative);
  const phone = stopped ? undefined : initiative.contact.phones.find((ph) => isCurrentContact(ph, initiative, today));
  // International form: a search engine shows it to people anywhere (a short number stays as written).
  if (phone) service.telephone = phoneForms(phone.number, initiative.country).international;
  if (!stopped && initiative.contact.email && isCurrentContact(initiative.contact.email, initiative, today))
    service.email = initiative.contact.email.address;
  return service;
}
