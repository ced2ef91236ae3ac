/**
 * A spreadsheet as plain data: what every other import module reads. Produced by `readWorkbook` from
 * an .xlsx or .csv file; tests build it directly too.
 */

/** A cell as read: text, a number, a true/false, a date cell (UTC midnight of the date shown), or empty. */
export type CellValue = string | number | boolean | Date | null;

/** A merged block of cells, 1-based and inclusive, as Excel numbers rows and columns. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** rows[0] is spreadsheet row 1; rows[r][0] is column A. A merged block's value is in its top-left cell only. */
  rows: CellValue[][];
  merges: CellRange[];
}

export interface Workbook {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: Sheet[];
}

/** "A" for 1, "AA" for 27: how Excel names a column. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The value shown in a cell, following a merged block to its top-left cell. */
export function cellAt(sheet: Sheet, row: number, column: number): CellValue {
  const direct = sheet.rows[row - 1]?.[column - 1] ?? null;
  if (direct !== null) return direct;
  const merge = mergeAt(sheet, row, column);
  return merge ? (sheet.rows[merge.top - 1]?.[merge.left - 1] ?? null) : null;
}

export function mergeAt(sheet: Sheet, row: number, column: number): CellRange | null {
  return (
    sheet.merges.find(
      (m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right,
    ) ?? null
  );
}

/** A cell's text as a person reads it: trimmed, with runs of spaces collapsed; '' for an empty cell. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

export function isBlank(value: CellValue): boolean {
  return cellText(value) === '';
}

/** Number of columns in use in a sheet. */
export function widthOf(sheet: Sheet): number {
  let width = 0;
  for (const row of sheet.rows) {
    for (let c = row.length; c > width; c--)
      if (!isBlank(row[c - 1] ?? null)) {
        width = c;
        break;
      }
  }
  for (const m of sheet.merges) width = Math.max(width, m.right);
  return width;
}
