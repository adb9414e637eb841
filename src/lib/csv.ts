/**
 * RFC 4180 CSV, both ways. Small enough to own (and test) rather than add a dependency: the site
 * parses its own geo tables at build and writes its exports, nothing more exotic.
 */

/** Parse CSV text into rows of fields. Handles quoted fields with commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parse CSV with a header row into records keyed by column name. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((column, index) => [column, row[index] ?? ''])));
}

/** Quote a field when it holds a comma, quote, or line break; double the quotes inside. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Serialise records to CSV with the given column order; CRLF line ends as RFC 4180 says. */
export function toCsv<T extends Record<string, unknown>>(columns: readonly (keyof T & string)[], records: readonly T[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const record of records) {
    lines.push(columns.map((column) => csvField(record[column] as string | number | boolean | null | undefined)).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
