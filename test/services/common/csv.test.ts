import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../../services/common/csv.js';

describe('parseCsvRows (RFC 4180)', () => {
  it('splits fields, honours quotes, doubled quotes and newlines inside quotes, and numbers rows by their first line', () => {
    const rows = parseCsvRows('id,text\r\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n4,last');
    expect(rows).toEqual([
      { line: 1, fields: ['id', 'text'] },
      { line: 2, fields: ['1', 'a, b'] },
      { line: 3, fields: ['2', 'say "hi"'] },
      { line: 4, fields: ['3', 'two\nlines'] },
      { line: 6, fields: ['4', 'last'] },
    ]);
  });

  it('keeps empty fields and lines, and a file without a final newline', () => {
    expect(parseCsvRows('a,,c\n\nx')).toEqual([{ line: 1, fields: ['a', '', 'c'] }, { line: 2, fields: [''] }, { line: 3, fields: ['x'] }]);
    expect(parseCsvRows('')).toEqual([]);
  });
});
