/**
 * RFC 4180 CSV, both ways. Small enough to own (and test) rather than add a dependency: the site
 * parses its own geo tables at build and writes its exports, nothing more exotic.
 */

/** Parse CSV text into rows of fields. Handles quoted fields with separators, quotes ("") and newlines. */
export function parseCsv(text: string, separator = ','): string[][] {
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
    else if (char === separator) {
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
export function parseCsvRecords(text: string, separator = ','): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, separator);
  if (!header) return [];
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((column, index) => [column, row[index] ?? ''])));
}

/**
 * CSV injection (OWASP): a spreadsheet reads a cell that starts with =, +, -, @, a tab or a carriage
 * return as a formula, and the text of an entry can now come from outside (suggestions from visitors
 * and services). Such a text cell gets a leading apostrophe, which spreadsheets show as "text follows".
 * This includes a phone number in international form ("+32 471 …"), as OWASP advises: Excel would
 * otherwise compute "+32 471 91 94 90" or show #NAME?, and a rule that exempted numbers-looking cells
 * would be the hole an attacker aims at. The cost, stated on the open-data page: such a cell reads
 * "'+32 …" in a tool that does not hide the apostrophe. Numbers we compute (counts, years) are written
 * as numbers and cannot carry a formula.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quote a field when it holds the separator, a quote, or a line break; double the quotes inside. Text that a spreadsheet would run as a formula is neutralised first. */
export function csvField(value: string | number | boolean | null | undefined, separator = ','): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Serialise records to CSV with the given column order; CRLF line ends as RFC 4180 says. */
export function toCsv<T extends Record<string, unknown>>(
  columns: readonly (keyof T & string)[],
  records: readonly T[],
  separator = ',',
): string {
  const field = (value: unknown) => csvField(value as string | number | boolean | null | undefined, separator);
  const lines = [columns.map(field).join(separator)];
  for (const record of records) lines.push(columns.map((column) => field(record[column])).join(separator));
  return lines.join('\r\n') + '\r\n';
}

/**
 * The separator of the published CSV files. Excel opens a .csv with the list separator of the
 * computer's regional settings, and in Belgium (French and Dutch) and the Netherlands that is the
 * semicolon: with commas every row would land in one column.
 */
export const EXCEL_SEPARATOR = ';';

/**
 * CSV for people who double-click it: semicolon-separated, and a UTF-8 byte-order mark, without which
 * Excel reads the file as Windows-1252 and shows "LiÃ¨ge". Our own parser (parseCsv) skips the mark.
 */
export function excelCsv<T extends Record<string, unknown>>(
  columns: readonly (keyof T & string)[],
  records: readonly T[],
): string {
  return '\uFEFF' + toCsv(columns, records, EXCEL_SEPARATOR);
}
