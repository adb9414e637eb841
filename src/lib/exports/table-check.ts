/**
 * Checks a CSV file against its Frictionless Table Schema: the header names the fields in order, and each
 * cell has the field's type (string, integer, number, boolean, date) and meets its constraints (required,
 * unique, minimum, enum, pattern). Small enough to own: the Table Schema libraries on npm are unmaintained
 * and pull in an HTTP client; this covers what our schemas use (columns.ts), and fails on anything else.
 */
import { parseCsv } from '../csv.ts';

interface SchemaField {
  name: string;
  type: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; enum?: string[]; pattern?: string };
}
export interface TableSchemaLike {
  fields: SchemaField[];
  missingValues?: string[];
  primaryKey?: string | string[];
}

const typeChecks: Record<string, (cell: string) => boolean> = {
  string: () => true,
  integer: (cell) => /^-?\d+$/.test(cell),
  number: (cell) => /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(cell),
  // Table Schema's default true and false values.
  boolean: (cell) => ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0'].includes(cell),
  date: (cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell),
};
const numeric = (type: string) => type === 'integer' || type === 'number';

/** Every problem found, as "row N, column: what is wrong" (row 1 is the header); empty when the file fits its schema. */
export function checkTable(schema: TableSchemaLike, csv: string, separator: string): string[] {
  const problems: string[] = [];
  const [header, ...rows] = parseCsv(csv, separator);
  const names = schema.fields.map((f) => f.name);
  if (!header || header.join('\u0000') !== names.join('\u0000')) {
    return [`header: expected ${names.join(', ')}; found ${(header ?? []).join(', ')}`];
  }
  for (const field of schema.fields) {
    if (!typeChecks[field.type])
      problems.push(`schema: field ${field.name} has type ${field.type}, which this check does not know`);
  }
  const missing = new Set(schema.missingValues ?? ['']);
  const primaryKey = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);
  const seen = new Map<string, Set<string>>(
    schema.fields.filter((f) => f.constraints?.unique || primaryKey.includes(f.name)).map((f) => [f.name, new Set()]),
  );
  rows.forEach((row, index) => {
    const line = index + 2;
    if (row.length === 1 && row[0] === '') return; // a blank line at the end
    if (row.length !== names.length) problems.push(`row ${line}: ${row.length} cells, expected ${names.length}`);
    schema.fields.forEach((field, column) => {
      const cell = row[column] ?? '';
      const c = field.constraints ?? {};
      const where = `row ${line}, ${field.name}`;
      if (missing.has(cell)) {
        if (c.required || primaryKey.includes(field.name)) problems.push(`${where}: empty, but required`);
        return;
      }
      if (!typeChecks[field.type]?.(cell)) {
        problems.push(`${where}: "${cell}" is not of type ${field.type}`);
        return;
      }
      if (c.minimum !== undefined && numeric(field.type) && Number(cell) < c.minimum)
        problems.push(`${where}: ${cell} is below the minimum ${c.minimum}`);
      if (c.enum && !c.enum.includes(cell)) problems.push(`${where}: "${cell}" is not one of ${c.enum.join(', ')}`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell))
        problems.push(`${where}: "${cell}" does not match ${c.pattern}`);
      const values = seen.get(field.name);
      if (values) {
        if (values.has(cell)) problems.push(`${where}: "${cell}" appears twice, but must be unique`);
        values.add(cell);
      }
    });
  });
  return problems;
}
