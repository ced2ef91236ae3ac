import type { FieldId } from './fields';
import { normaliseHeader } from './headers';
import type { SheetMapping } from './mapping';
import { cellText, isBlank, mergeAt, type CellValue, type Sheet } from './workbook';

/**
 * Walking a sheet's data rows under its mapping: blank rows and repeated header rows are passed over,
 * a row holding a single heading ("Actions – Leadership") starts a section, and a cell merged down over
 * several rows ("Area of development") counts for each of them.
 */

export interface DataRow {
  row: number;
  /** The section heading above this row, if the sheet has one. */
  section: string | null;
  /** The value of a mapped field in this row; null when the field is not mapped or the cell is empty. */
  value(field: FieldId): CellValue;
  text(field: FieldId): string;
  has(field: FieldId): boolean;
  column(field: FieldId): number | null;
}

export function dataCell(sheet: Sheet, row: number, column: number): CellValue {
  const direct = sheet.rows[row - 1]?.[column - 1] ?? null;
  if (direct !== null) return direct;
  const merge = mergeAt(sheet, row, column);
  // Only a block merged down the same column carries its value into this cell.
  if (!merge || merge.left !== column) return null;
  return sheet.rows[merge.top - 1]?.[merge.left - 1] ?? null;
}

export function dataRows(sheet: Sheet, mapping: SheetMapping): DataRow[] {
  const out: DataRow[] = [];
  let section = headingAbove(sheet, mapping);
  const headerCells = mapping.headerRows.map((r) =>
    (sheet.rows[r - 1] ?? []).map((v) => normaliseHeader(cellText(v))),
  );
  for (let r = mapping.firstDataRow; r <= sheet.rows.length; r++) {
    const raw = sheet.rows[r - 1] ?? [];
    const filled = raw
      .map((v, i) => ({ column: i + 1, value: v }))
      .filter((c) => !isBlank(c.value));
    if (filled.length === 0) continue;
    if (isRepeatedHeader(filled, headerCells)) continue;
    const heading = sectionHeading(sheet, r, filled, mapping);
    if (heading !== null) {
      section = heading;
      continue;
    }
    const at = r;
    const column = (field: FieldId) => mapping.columns[field] ?? null;
    const value = (field: FieldId): CellValue => {
      const c = column(field);
      return c === null ? null : dataCell(sheet, at, c);
    };
    out.push({
      row: r,
      section,
      value,
      text: (field) => cellText(value(field)),
      has: (field) => column(field) !== null,
      column,
    });
  }
  return out;
}

/** "Actions – Leadership" just above the table's header (but not the sheet's title on row 1). */
function headingAbove(sheet: Sheet, mapping: SheetMapping): string | null {
  for (let r = Math.min(...mapping.headerRows) - 1; r > 1; r--) {
    const filled = (sheet.rows[r - 1] ?? [])
      .map((v, i) => ({ column: i + 1, value: v }))
      .filter((c) => !isBlank(c.value));
    if (filled.length) return sectionHeading(sheet, r, filled, mapping);
  }
  return null;
}

function isRepeatedHeader(
  filled: { column: number; value: CellValue }[],
  headerCells: string[][],
): boolean {
  const same = filled.filter((c) =>
    headerCells.some(
      (h) => h[c.column - 1] && h[c.column - 1] === normaliseHeader(cellText(c.value)),
    ),
  ).length;
  return same >= 2 && same * 2 >= filled.length;
}

/** "Actions – Leadership" on a row of its own (or merged across the table) names a section. */
function sectionHeading(
  sheet: Sheet,
  row: number,
  filled: { column: number; value: CellValue }[],
  mapping: SheetMapping,
): string | null {
  if (filled.length !== 1) return null;
  const { column, value } = filled[0]!;
  const text = cellText(value);
  if (typeof value !== 'string') return null;
  const merge = mergeAt(sheet, row, column);
  const wide = merge !== null && merge.right > merge.left;
  const inTextColumn = column === mapping.columns.text || column === mapping.columns.title;
  const wordsOnly = /^[A-Za-z][A-Za-z &,:'’()–—-]*$/.test(text);
  if (!wide && (inTextColumn || !wordsOnly)) return null;
  return text.replace(/^actions?\s*[–—:-]\s*/i, '').trim() || null;
}
