/**
 * CSV as spreadsheets write it (RFC 4180): fields separated by commas, quoted
 * when they hold a comma, a quote or a line break, quotes doubled; CRLF or LF
 * line ends, with or without a final one.
 *
 * @module
 */

/** Why a CSV text could not be read. */
export class CsvError extends Error {
  override name = 'CsvError';
}

/** The rows of a CSV text; a byte order mark at the start is skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let line = 1;
  let quoteOpenedOn = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; index < text.length; index++) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteOpenedOn = line;
    } else if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      line++;
      endRow();
    } else field += char;
  }
  if (quoted) {
    throw new CsvError(
      `a quoted field that starts on line ${quoteOpenedOn} is never closed: add the closing quote (")`,
    );
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
 * leading apostrophe, which spreadsheets show as text: story text is untrusted.
 * Plain numbers (`-43`, a year BCE) are left as they are.
 */
function defused(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(?:\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

/** Rows as CSV: CRLF line ends (as the template's own file), a final line end. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          const safe = defused(cell);
          return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
        })
        .join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}

/** A cell as written by {@link toCsv}, without the apostrophe that kept it from being a formula. */
export function undefused(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
