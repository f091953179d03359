/**
 * CSV for spreadsheets (RFC 4180): CRLF line ends, a cell quoted when it holds a comma, a quote or a line
 * break, quotes doubled. UTF-8 with a byte order mark, or Excel reads it as ANSI and garbles ‘curly’ quotes.
 * Course text is user input: a cell starting with = + - @ (or a tab / carriage return) would run as a formula
 * in Excel or LibreOffice, so it gets a leading apostrophe (OWASP "CSV injection").
 */
export type CsvCell = string | number | null;

const BOM = "\uFEFF";

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) || /^\s+[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as one CSV text, byte order mark first. */
export function csv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
