import { describe, expect, test } from 'vitest';
import { EXCEL_SEPARATOR, parseCsvRecords } from '../../src/lib/csv.ts';
import { columnKey, csvTableKeys, csvTables, type CsvTable } from '../../src/lib/exports/columns.ts';
import { checkTable, type TableSchemaLike } from '../../src/lib/exports/table-check.ts';
import { csvColumns, dataPackage, initiativesCsv } from '../../src/lib/exports/initiatives.ts';
import { coverageByArea } from '../../src/lib/coverage/areas.ts';
import {
  coverageAreasCsv,
  coverageAreasCsvColumns,
  coverageCsv,
  coverageCsvColumns,
} from '../../src/lib/coverage/coverage-csv.ts';
import { municipalityCoverage } from '../../src/lib/coverage/municipality-coverage.ts';
import { buildDirectory } from '../../src/lib/directory/directory.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';
import { validateDirectory } from '../../src/loaders/entry-files.ts';
import { uiStrings, type UiKey } from '../../src/i18n/translate.ts';
import { labelOf } from '../../src/schemas/vocabularies/labels.ts';
import { regions } from '../../src/schemas/vocabularies/place-and-kind.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';

const municipalities = loadMunicipalities();
const entries = buildDirectory(
  validateDirectory(municipalities).entries.map((e) => e.data),
  municipalities,
).entries;
const today = new Date('2026-12-01T00:00:00Z');
const coverage = municipalityCoverage(entries, municipalities, today);
const pkg = dataPackage(today, 'https://example.org') as {
  resources: { path: string; schema?: TableSchemaLike; dialect?: { delimiter: string } }[];
};
const schemaOf = (table: CsvTable) => pkg.resources.find((r) => r.path === csvTables[table].path)!.schema!;

/** Each CSV as the build writes it, from today's data. */
const written: Record<CsvTable, string> = {
  initiatives: initiativesCsv(entries, today),
  coverage: coverageCsv(municipalities, coverage),
  coverageAreas: coverageAreasCsv(coverageByArea(municipalities, coverage)),
};

describe('Table Schemas of the CSV files', () => {
  test('every CSV resource of datapackage.json has a schema whose fields are the columns its writer writes, in order', () => {
    const csvResources = pkg.resources.filter((r) => r.path.endsWith('.csv'));
    expect(csvResources.map((r) => r.path).sort()).toEqual(csvTableKeys.map((t) => csvTables[t].path).sort());
    const writers: Record<CsvTable, readonly string[]> = {
      initiatives: csvColumns,
      coverage: coverageCsvColumns,
      coverageAreas: coverageAreasCsvColumns,
    };
    for (const table of csvTableKeys) {
      expect(
        schemaOf(table).fields.map((f) => f.name),
        table,
      ).toEqual([...writers[table]]);
      expect(
        written[table]
          .replace(/^\uFEFF/, '')
          .split('\r\n')[0]!
          .split(EXCEL_SEPARATOR),
        table,
      ).toEqual([...writers[table]]);
    }
  });

  test('every column has a description, type and, for a count, what it counts; in nl, fr and en', () => {
    for (const table of csvTableKeys) {
      for (const field of schemaOf(table).fields as {
        name: string;
        type: string;
        description?: string;
        unit?: string;
      }[]) {
        expect(field.description?.length, `${table}.${field.name}`).toBeGreaterThan(10);
        if (field.type === 'integer') expect(field.unit, `${table}.${field.name}`).toBeTruthy();
        for (const lang of uiLanguages) {
          const text = uiStrings[lang][columnKey(table, field.name) as UiKey];
          expect(text, `${lang}: ${table}.${field.name}`).toBeTruthy();
          if (lang !== 'en')
            expect(text, `${lang}: ${table}.${field.name} is still English`).not.toBe(
              uiStrings.en[columnKey(table, field.name) as UiKey],
            );
        }
      }
    }
  });

  test('coverage-areas.csv has a name column per UI language, following the language list', () => {
    expect(coverageAreasCsvColumns.filter((c) => c.startsWith('name_'))).toEqual(
      uiLanguages.map((lang) => `name_${lang}`),
    );
    const wallonia = parseCsvRecords(written.coverageAreas, EXCEL_SEPARATOR).find((r) => r.code === 'BE-WAL')!;
    for (const lang of uiLanguages) expect(wallonia[`name_${lang}`], lang).toBe(labelOf(regions, 'BE-WAL', lang));
  });

  test('each CSV the build writes fits its schema', () => {
    for (const table of csvTableKeys)
      expect(checkTable(schemaOf(table), written[table], EXCEL_SEPARATOR), table).toEqual([]);
  });
});

describe('checkTable', () => {
  const schema: TableSchemaLike = {
    fields: [
      { name: 'id', type: 'string', constraints: { required: true, unique: true, pattern: '[a-z]+' } },
      { name: 'count', type: 'integer', constraints: { required: true, minimum: 0 } },
      { name: 'stale', type: 'boolean' },
      { name: 'checked', type: 'date' },
      { name: 'country', type: 'string', constraints: { enum: ['BE', 'NL'] } },
    ],
    missingValues: [''],
    primaryKey: 'id',
  };
  const csv = (...rows: string[]) => ['id;count;stale;checked;country', ...rows].join('\r\n') + '\r\n';

  test('accepts a file that fits, empty optional cells included', () => {
    expect(checkTable(schema, '\uFEFF' + csv('abc;3;true;2026-11-24;BE', 'def;0;;;'), ';')).toEqual([]);
  });

  test('names each problem by row and column', () => {
    expect(
      checkTable(schema, csv('abc;3;true;2026-11-24;BE', 'abc;x;yes;2026-02-30;FR', ';-1;false;;NL', 'A1;2;;;'), ';'),
    ).toEqual([
      'row 3, id: "abc" appears twice, but must be unique',
      'row 3, count: "x" is not of type integer',
      'row 3, stale: "yes" is not of type boolean',
      'row 3, checked: "2026-02-30" is not of type date',
      'row 3, country: "FR" is not one of BE, NL',
      'row 4, id: empty, but required',
      'row 4, count: -1 is below the minimum 0',
      'row 5, id: "A1" does not match [a-z]+',
    ]);
  });

  test('a header that differs from the schema fails at once', () => {
    expect(checkTable(schema, 'id;count;stale;country;checked\r\n', ';')[0]).toMatch(
      /^header: expected id, count, stale, checked, country/,
    );
  });
});
