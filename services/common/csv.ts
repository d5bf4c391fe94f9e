export interface CsvRow {
  /** 1-based line where the row starts (for error messages that name file:line). */
  readonly line: number;
  readonly fields: string[];
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes; CRLF or LF. */
export function parseCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push({ line: start, fields: row });
      row = [];
      field = '';
      start = ++line;
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push({ line: start, fields: row });
  }
  return rows;
}
