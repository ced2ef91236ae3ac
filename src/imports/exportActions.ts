import { ACTION_STATUS_WORDS } from '../domain/action';
import type ExcelJS from 'exceljs';
import type { Action, ActionLog, DeliveryKey, PrintedDate } from '../domain';
import { formatDate, londonDateOf } from '../domain/dates';
import { deliveryKeyWords } from '../domain/progressUpdate';
import { excel } from './spreadsheetLibraries';
import { ukDate } from './values';

/**
 * Action logs to an .xlsx for the board pack: one sheet per log, one row per action, status in words
 * and in colour. The columns are ones the import reads, and dates are written as the paper printed
 * them, so importing the exported file into the same logs changes nothing.
 */

export interface ExportedLog {
  log: ActionLog;
  actions: readonly Action[];
}

export interface ExportOptions {
  /** The code or title to print for a role when an action has no printed owner ("DoCA"). */
  roleName: (roleId: string) => string | null;
  /** The risk reference for a BAF action's risk ("GROUP BAF 1"). */
  riskReference?: (riskId: string) => string | null;
  generatedAt: Date;
}

interface Column {
  header: string;
  width: number;
  /** Optional columns appear only on sheets whose log uses them. */
  used?: (a: Action) => boolean;
  value: (a: Action, log: ActionLog, o: ExportOptions) => ExcelJS.CellValue;
  style?: (a: Action) => Partial<ExcelJS.Style> | null;
}

/** Fills with text dark enough to read on them (and to print in black and white). */
const DELIVERY_COLOURS: Record<DeliveryKey, { fill: string; font: string }> = {
  delivered: { fill: 'FFBDD7EE', font: 'FF1F3864' },
  'on-track': { fill: 'FFC6EFCE', font: 'FF006100' },
  'some-issues': { fill: 'FFFFEB9C', font: 'FF7F4F00' },
  'not-on-track': { fill: 'FFFFC7CE', font: 'FF9C0006' },
};

function fill(argb: string, font: string): Partial<ExcelJS.Style> {
  return {
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } },
    font: { color: { argb: font }, bold: true },
  };
}

/** A printed date: a real date cell when the paper printed the day as dd/mm/yyyy, else the text itself. */
function dateCell(date: PrintedDate | null | undefined): ExcelJS.CellValue {
  if (!date) return null;
  if (date.iso && date.printed === ukDate(date.iso)) return new Date(`${date.iso}T00:00:00.000Z`);
  return date.printed;
}

function owners(printed: string | undefined, ids: readonly string[], o: ExportOptions): string {
  return printed ?? ids.map((id) => o.roleName(id) ?? id).join('/');
}

const COLUMNS: readonly Column[] = [
  { header: 'Ref', width: 22, value: (a) => a.reference },
  {
    header: 'Minute ref',
    width: 14,
    used: (a) => !!a.minuteReference,
    value: (a) => a.minuteReference ?? null,
  },
  {
    header: 'BAF risk',
    width: 14,
    used: (a) => !!a.riskId,
    value: (a, _l, o) => (a.riskId ? (o.riskReference?.(a.riskId) ?? a.riskId) : null),
  },
  {
    header: 'Section',
    width: 18,
    used: (a) => !!a.sectionId,
    value: (a, log) => log.sections.find((s) => s.id === a.sectionId)?.title ?? a.sectionId ?? null,
  },
  { header: 'Area', width: 26, used: (a) => !!a.area, value: (a) => a.area ?? null },
  { header: 'Action', width: 60, value: (a) => a.text },
  {
    header: 'Action lead',
    width: 20,
    value: (a, _l, o) => owners(a.printedActionLead, a.actionLeadRoleIds, o),
  },
  {
    header: 'Task lead',
    width: 20,
    used: (a) => !!a.printedTaskLead || a.taskLeadRoleIds.length > 0,
    value: (a, _l, o) => owners(a.printedTaskLead, a.taskLeadRoleIds, o),
  },
  { header: 'Due date', width: 14, value: (a) => dateCell(a.originalDue) },
  {
    header: 'Revised due date',
    width: 14,
    used: (a) => !!a.revisedDue,
    value: (a) =>
      a.revisedDue
        ? dateCell({
            printed: a.revisedDue.printed ?? ukDate(a.revisedDue.iso),
            iso: a.revisedDue.iso,
          })
        : null,
  },
  {
    header: 'Reason for revision',
    width: 30,
    used: (a) => !!a.revisedDue,
    value: (a) => a.revisedDue?.reason ?? null,
  },
  {
    header: 'Status',
    width: 14,
    value: (a) => ACTION_STATUS_WORDS[a.status],
    style: (a) => (a.status === 'closed' ? fill('FFD9D9D9', 'FF262626') : null),
  },
  {
    header: 'Delivery status',
    width: 16,
    // A closed action with no report is simply closed: nothing to say in the RAG column.
    value: (a) =>
      a.deliveryStatus === null && a.status === 'closed'
        ? null
        : deliveryKeyWords(a.deliveryStatus),
    style: (a) =>
      a.deliveryStatus
        ? fill(DELIVERY_COLOURS[a.deliveryStatus].fill, DELIVERY_COLOURS[a.deliveryStatus].font)
        : null,
  },
  { header: 'Latest progress', width: 50, value: (a) => a.progress.at(-1)?.note ?? null },
  {
    header: 'Progress date',
    width: 14,
    value: (a) => {
      const note = a.progress.at(-1);
      if (!note) return null;
      if (note.at) return new Date(`${londonDateOf(note.at)}T00:00:00.000Z`);
      return note.printedDate ?? null;
    },
  },
  {
    header: 'Committee sign off',
    width: 20,
    used: (a) => !!a.committeeSignOff,
    value: (a) => a.committeeSignOff ?? null,
  },
  {
    header: 'Date closed',
    width: 14,
    used: (a) => !!a.closure,
    value: (a) => dateCell(a.closure?.closedOn),
  },
];

/** Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ]. */
function sheetName(log: ActionLog, taken: Set<string>): string {
  const base = log.shortName.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Actions';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

export async function exportActionLogs(
  logs: readonly ExportedLog[],
  options: ExportOptions,
): Promise<Buffer> {
  const book = new (excel().Workbook)();
  book.creator = 'Board Clerk';
  book.created = options.generatedAt;
  book.modified = options.generatedAt;
  const taken = new Set<string>();
  for (const { log, actions } of logs) {
    const ws = book.addWorksheet(sheetName(log, taken), {
      views: [{ state: 'frozen', ySplit: 3 }],
      pageSetup: {
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        paperSize: 9,
      },
    });
    const columns = COLUMNS.filter((c) => !c.used || actions.some(c.used));
    ws.getCell(1, 1).value =
      `${log.title}: exported from Board Clerk on ${formatDate(londonDateOf(options.generatedAt))}`;
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    const header = ws.getRow(3);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF005EB8' } };
      cell.alignment = { vertical: 'middle', wrapText: true };
      ws.getColumn(i + 1).width = c.width;
    });
    actions.forEach((action, r) => {
      const row = ws.getRow(4 + r);
      columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        cell.value = c.value(action, log, options);
        cell.alignment = { vertical: 'top', wrapText: true };
        if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
        const style = c.style?.(action);
        if (style) Object.assign(cell, style);
      });
    });
    ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: columns.length } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
