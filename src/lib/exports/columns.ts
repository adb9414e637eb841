/**
 * The columns of every published CSV file, declared once: name, Table Schema type, unit and constraints
 * (column-spec.ts says how; the coverage tables also say how each value is read). The CSV writers take
 * their column order from here (initiatives.ts, coverage/coverage-csv.ts), the Data Package's
 * Table Schemas are generated from here (datapackage.json), and the open-data page's data dictionary lists
 * the same columns with the same descriptions, so a column cannot be named or explained twice.
 *
 * Descriptions are reader text in every UI language: `columns.<table>.<column>` in src/i18n/<lang>/columns.json
 * (the Table Schema uses the English one). Types follow Frictionless Table Schema
 * (https://specs.frictionlessdata.io/table-schema/); an empty cell is a missing value.
 */
import {
  countries,
  coverageBases,
  coverageScopes,
  initiativeKinds,
  languageSides,
  regions,
  remits,
} from '../../schemas/vocabularies/place-and-kind.ts';
import { confidences, statuses, verificationMethods } from '../../schemas/vocabularies/evidence-and-verification.ts';
import { coverageAreasColumns, coverageColumns } from '../coverage/coverage-csv.ts';
import { col, keys, type ColumnSpec, type FieldConstraints } from './column-spec.ts';
import { uiLanguages, type UiLanguage } from '../../schemas/languages.ts';

/** One text column per UI language (`summary_nl`, `summary_fr` …, in the order of src/schemas/languages.ts): a new language gets its columns. */
const perLanguageCols = <const P extends string>(prefix: P, extra: Omit<ColumnSpec, 'name' | 'type'> = {}) =>
  uiLanguages.map((lang) => col(`${prefix}_${lang}` as `${P}_${UiLanguage}`, 'string', extra));

/** The cells of `perLanguageCols(prefix)`: `value(lang)` for every UI language, under the same column names. */
export function perLanguageCells<P extends string>(
  prefix: P,
  value: (lang: UiLanguage) => string,
): Record<`${P}_${UiLanguage}`, string> {
  return Object.fromEntries(uiLanguages.map((lang) => [`${prefix}_${lang}`, value(lang)])) as Record<
    `${P}_${UiLanguage}`,
    string
  >;
}

/** The three CSV files: their path under /data/ and their columns in the order they are written. */
export const csvTables = {
  initiatives: {
    path: 'initiatives.csv',
    columns: [
      col('id', 'string', { constraints: { required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } }),
      col('name', 'string', { constraints: { required: true } }),
      col('organization', 'string'),
      col('country', 'string', { constraints: { required: true, enum: keys(countries) } }),
      col('languageSide', 'string', { constraints: { required: true, enum: keys(languageSides) } }),
      col('region', 'string', { constraints: { enum: keys(regions) } }),
      col('coverageScope', 'string', { constraints: { required: true, enum: keys(coverageScopes) } }),
      col('coverageCodes', 'string', { list: true }),
      col('coverageBasis', 'string', { constraints: { enum: keys(coverageBases) } }),
      col('preventionLevels', 'string', { list: true }),
      col('workingMethods', 'string', { list: true }),
      col('targetGroups', 'string', { list: true }),
      col('languages', 'string', { list: true }),
      col('website', 'string'),
      col('phones', 'string', { list: true }),
      col('email', 'string'),
      col('status', 'string', { constraints: { required: true, enum: keys(statuses) } }),
      col('successor', 'string'),
      col('mapping2018Fiche', 'string'),
      col('mapping2018Side', 'string'),
      col('confidence', 'string', { constraints: { required: true, enum: keys(confidences) } }),
      ...perLanguageCols('summary', { constraints: { required: true } }),
      col('sources', 'string', { list: true, constraints: { required: true } }),
      col('verifiedDate', 'date', { constraints: { required: true } }),
      col('verifiedMethod', 'string', { constraints: { required: true, enum: keys(verificationMethods) } }),
      col('kind', 'string', { constraints: { required: true, enum: keys(initiativeKinds) } }),
      col('helpKind', 'string', {
        constraints: { required: true, enum: ['family', 'professional', 'unconfirmed', 'general', 'none'] },
      }),
      col('evidenceYear', 'integer', { unit: 'year' }),
      col('evidenceStale', 'boolean', { constraints: { required: true } }),
      col('regionsServed', 'string', { list: true }),
      ...perLanguageCols('organization'),
      ...perLanguageCols('name', { constraints: { required: true } }),
      col('remit', 'string', { constraints: { required: true, enum: keys(remits) } }),
    ],
  },
  // Declared with how each value is read, beside their writers (coverage/coverage-csv.ts).
  coverage: { path: 'coverage.csv', columns: coverageColumns },
  coverageAreas: { path: 'coverage-areas.csv', columns: coverageAreasColumns },
} as const;

export type CsvTable = keyof typeof csvTables;
export const csvTableKeys = Object.keys(csvTables) as CsvTable[];

/** The column names of a table, in order, as a tuple of literal names (the CSV writers' row type checks against it). */
export type ColumnNames<T extends CsvTable> = {
  [K in keyof (typeof csvTables)[T]['columns']]: (typeof csvTables)[T]['columns'][K] extends ColumnSpec<infer N>
    ? N
    : never;
};
export const columnNames = <T extends CsvTable>(table: T): ColumnNames<T> =>
  csvTables[table].columns.map((c) => c.name) as unknown as ColumnNames<T>;

/** The i18n key of a column's description (src/i18n/<lang>/columns.json). */
export const columnKey = (table: CsvTable, column: string) => `columns.${table}.${column}` as const;

/**
 * A Frictionless Table Schema for one table, with each field's description from `describe` (the English
 * strings for datapackage.json). `unit` is a custom property (the spec allows them); missing values are
 * empty cells.
 */
export function tableSchema(table: CsvTable, describe: (key: string) => string): Record<string, unknown> {
  const spec = csvTables[table];
  const unique = spec.columns.filter((c) => (c.constraints as FieldConstraints | undefined)?.unique);
  return {
    fields: spec.columns.map((c: ColumnSpec) => ({
      name: c.name,
      type: c.type,
      ...(c.type === 'date' ? { format: 'default' } : {}),
      description: describe(columnKey(table, c.name)) + (c.list ? ` ${describe('columns.list')}` : ''),
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c.constraints
        ? { constraints: { ...c.constraints, ...(c.constraints.enum ? { enum: [...c.constraints.enum] } : {}) } }
        : {}),
    })),
    missingValues: [''],
    ...(unique.length === 1 ? { primaryKey: unique[0]!.name } : {}),
  };
}
