/**
 * How a CSV column is declared: name, Frictionless Table Schema type, unit and constraints, and, for a
 * table whose writer reads its rows through the declaration, how a row gives the column's value. The
 * tables themselves are listed in columns.ts; a column's description key follows from its table and name
 * (`columnKey`), so a column is named once.
 */
import { excelCsv } from '../csv.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';
/** What a number counts, for the dictionary and the schema (Table Schema has no unit property; it is a custom one, as the spec allows). */
export type FieldUnit = 'initiatives' | 'municipalities' | 'inhabitants' | 'year';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  enum?: readonly string[];
  pattern?: string;
}

export interface ColumnSpec<N extends string = string> {
  name: N;
  type: FieldType;
  unit?: FieldUnit;
  constraints?: FieldConstraints;
  /** Several values joined with " | " in one cell (the JSON export has them as lists). */
  list?: boolean;
}

/** What a cell holds before it is written; an empty string is a missing value. */
export type Cell = string | number | boolean;

/** A column that also says how to read its value from a row of type R. */
export interface ValueColumn<R, N extends string = string> extends ColumnSpec<N> {
  value: (row: R) => Cell;
}

type Extra = Omit<ColumnSpec, 'name' | 'type'>;

export const col = <const N extends string>(name: N, type: FieldType, extra: Extra = {}): ColumnSpec<N> => ({
  name,
  type,
  ...extra,
});

/** A column with its value, for rows of type R: `valueColumn<Row>()('code', 'string', (r) => r.code)`. */
export const valueColumn =
  <R>() =>
  <const N extends string>(
    name: N,
    type: FieldType,
    value: (row: R) => Cell,
    extra: Extra = {},
  ): ValueColumn<R, N> => ({ ...col(name, type, extra), value });

/** The keys of a vocabulary, for an `enum` constraint. */
export const keys = (vocabulary: Record<string, unknown>) => Object.keys(vocabulary);

/** A count that is always there and never negative. */
export const count = (unit: FieldUnit) => ({ unit, constraints: { required: true, minimum: 0 } });

/** Write rows through their column table, header first, Excel-friendly (csv.ts excelCsv). */
export function tableCsv<R>(columns: readonly ValueColumn<R>[], rows: readonly R[]): string {
  const records = rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, c.value(row)])));
  return excelCsv(
    columns.map((c) => c.name),
    records,
  );
}
