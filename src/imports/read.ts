import { StringDecoder } from 'node:string_decoder';
import { parseString } from '@fast-csv/parse';
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { excel, jszip } from './spreadsheetLibraries';
import type { CellRange, CellValue, Sheet, Workbook } from './workbook';

/**
 * Reading an uploaded .xlsx or .csv into plain sheets, within limits. Every check that can refuse a file
 * runs before the step that would use memory in proportion to it: the size in bytes, then one streamed
 * pass over the zip for its unpacked size (counted while inflating, so a zip cannot lie about it) and
 * its rows with values (counted with an XML parser, stopping at the limit), and only then ExcelJS's
 * full read that keeps merged cells. (ExcelJS's own streaming reader is not used: it fails at random
 * when a worksheet arrives before the workbook part, and spools sheets to temporary files.) Nothing
 * here throws: a file that cannot be read is refused in words.
 */

export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most rows with content over all sheets, besides a title and header (up to HEADER_ALLOWANCE rows). An action log or BAF has hundreds. */
  maxRows: number;
  /** Columns beyond this are not read (nothing maps there). */
  maxColumns: number;
  maxSheets: number;
  /** Largest total size of the workbook's unpacked parts: a guard against zip bombs. */
  maxUnzippedBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 10_000,
  maxColumns: 200,
  maxSheets: 50,
  maxUnzippedBytes: 100 * 1024 * 1024,
};

export type RefusalCode =
  | 'empty-file'
  | 'too-large'
  | 'unsupported-type'
  | 'unreadable'
  | 'too-many-rows'
  | 'too-many-sheets'
  | 'no-content';

/** Why a file was not read, in words for the person who sent it. */
export interface Refusal {
  code: RefusalCode;
  message: string;
}

export type ReadResult = { ok: true; workbook: Workbook } | { ok: false; refusal: Refusal };

/** Title, key and header rows a sheet may have on top of `maxRows` rows of data. */
const HEADER_ALLOWANCE = 25;

function refuse(code: RefusalCode, message: string): ReadResult {
  return { ok: false, refusal: { code, message } };
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

const count = new Intl.NumberFormat('en-GB');

/** The kind of file by its name and first bytes; null when it is neither .xlsx nor .csv. */
function formatOf(fileName: string, bytes: Uint8Array): 'xlsx' | 'csv' | 'xls' | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'csv') return 'csv';
  if (ext === 'xls') return 'xls';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  return null;
}

export async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ReadResult> {
  if (bytes.length === 0) return refuse('empty-file', `${fileName} is empty.`);
  if (bytes.length > limits.maxBytes)
    return refuse(
      'too-large',
      `${fileName} is ${megabytes(bytes.length)}; Board Clerk reads files up to ${megabytes(limits.maxBytes)}. Remove sheets it does not need, or save the action log or register on its own.`,
    );
  const format = formatOf(fileName, bytes);
  if (format === 'xls')
    return refuse(
      'unsupported-type',
      `${fileName} is an older Excel 97-2003 workbook. Open it in Excel and save it as an Excel Workbook (.xlsx), then send that.`,
    );
  if (format === null)
    return refuse(
      'unsupported-type',
      `Board Clerk reads Excel workbooks (.xlsx) and CSV files (.csv); ${fileName} is neither.`,
    );
  try {
    return format === 'csv'
      ? readCsv(bytes, fileName, limits)
      : await readXlsx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), fileName, limits);
  } catch {
    // Libraries throw on damaged input in many ways; none of them should reach the user as a crash.
    return refuse('unreadable', unreadable(fileName, format));
  }
}

function unreadable(fileName: string, format: 'xlsx' | 'csv'): string {
  return format === 'xlsx'
    ? `${fileName} could not be read as an Excel workbook: it may be damaged, password-protected or not really an .xlsx file. Open it in Excel, save it again as .xlsx, and send it again.`
    : `${fileName} could not be read as a CSV file. Save it from Excel as "CSV UTF-8 (Comma delimited)" and send it again.`;
}

function tooManyRows(fileName: string, limits: ReadLimits): string {
  return `${fileName} has more than ${count.format(limits.maxRows)} rows with content; Board Clerk reads up to ${count.format(limits.maxRows)}. An action log or register is usually far smaller: check that the file is the right one, or remove rows it does not need.`;
}

// ---------------------------------------------------------------------------------------------- xlsx

async function readXlsx(buffer: Buffer, fileName: string, limits: ReadLimits): Promise<ReadResult> {
  if (buffer[0] !== 0x50 || buffer[1] !== 0x4b)
    return refuse('unreadable', unreadable(fileName, 'xlsx'));
  const rowLimit = limits.maxRows + HEADER_ALLOWANCE;
  const inspected = await inspectZip(buffer, limits.maxUnzippedBytes, rowLimit);
  if (inspected === null) return refuse('unreadable', unreadable(fileName, 'xlsx'));
  if (inspected.unpacked > limits.maxUnzippedBytes)
    return refuse(
      'too-large',
      `${fileName} unpacks to more than ${megabytes(limits.maxUnzippedBytes)} of spreadsheet data; Board Clerk does not read files that large.`,
    );
  if (inspected.rows > rowLimit) return refuse('too-many-rows', tooManyRows(fileName, limits));

  const book = new (excel().Workbook)();
  // ExcelJS types its Buffer parameter against an older @types/node.
  await book.xlsx.load(buffer as unknown as Parameters<typeof book.xlsx.load>[0]);
  // A zip that is not a workbook loads as a workbook with no sheets.
  if (book.worksheets.length === 0) return refuse('unreadable', unreadable(fileName, 'xlsx'));
  const visible = book.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined);
  if (visible.length > limits.maxSheets)
    return refuse(
      'too-many-sheets',
      `${fileName} has ${visible.length} sheets; Board Clerk reads workbooks of up to ${limits.maxSheets}.`,
    );
  const sheets = visible.map((ws) => sheetFromWorksheet(ws, limits.maxColumns));
  if (!sheets.some((s) => s.rows.some((r) => r.some((v) => v !== null))))
    return refuse('no-content', `${fileName} has no cells with content.`);
  return { ok: true, workbook: { fileName, format: 'xlsx', sheets } };
}

interface ZipInspection {
  /** Bytes of all parts once inflated, counted no further than just past the cap. */
  unpacked: number;
  /** Worksheet rows with a value, counted no further than just past the limit. */
  rows: number;
}

/**
 * One pass over the zip, inflating each part as a stream and discarding it: its unpacked size (a zip
 * cannot lie about it this way) and the rows with values in its worksheets, read with an XML parser.
 * Stops as soon as either limit is passed; null when it is not a readable zip or its XML is broken.
 */
async function inspectZip(
  buffer: Buffer,
  maxUnpacked: number,
  rowLimit: number,
): Promise<ZipInspection | null> {
  let zip: JSZip;
  try {
    zip = await jszip().loadAsync(buffer);
  } catch {
    return null;
  }
  const seen: ZipInspection = { unpacked: 0, rows: 0 };
  const over = () => seen.unpacked > maxUnpacked || seen.rows > rowLimit;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const rows = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name) ? rowCounter(seen) : null;
    const ok = await new Promise<boolean>((resolve) => {
      const stream = entry.nodeStream('nodebuffer');
      const stop = (result: boolean) => {
        stream.pause();
        stream.removeAllListeners('data');
        resolve(result);
      };
      stream
        .on('data', (chunk: Buffer) => {
          seen.unpacked += chunk.length;
          try {
            rows?.write(chunk);
          } catch {
            return stop(false);
          }
          if (over()) stop(true);
        })
        .on('error', () => resolve(false))
        .on('end', () => {
          try {
            rows?.close();
            resolve(true);
          } catch {
            resolve(false);
          }
        });
    });
    if (!ok) return null;
    if (over()) break;
  }
  return seen;
}

/** Counts `<row>` elements that hold a value (`<v>` or inline `<is>`) into `seen.rows`. */
function rowCounter(seen: ZipInspection): { write(chunk: Buffer): void; close(): void } {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let inRow = false;
  let hasValue = false;
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (node) => {
    const name = local(node.name);
    if (name === 'row') {
      inRow = true;
      hasValue = false;
    } else if (inRow && (name === 'v' || name === 'is')) hasValue = true;
  });
  parser.on('closetag', (node) => {
    if (local(node.name) !== 'row') return;
    if (hasValue) seen.rows++;
    inRow = false;
  });
  return {
    write: (chunk) => void parser.write(decoder.write(chunk)),
    close: () => void parser.write(decoder.end()).close(),
  };
}

function sheetFromWorksheet(ws: ExcelJS.Worksheet, maxColumns: number): Sheet {
  const rows: CellValue[][] = [];
  ws.eachRow((row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell((cell, column) => {
      if (column > maxColumns || cell.type === excel().ValueType.Merge) return;
      values[column - 1] = plainValue(cell.value);
    });
    for (let i = 0; i < values.length; i++) values[i] ??= null;
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const merges: CellRange[] = [];
  for (const ref of ws.model.merges ?? []) {
    const range = parseRange(ref);
    if (range && range.left <= maxColumns) merges.push(range);
  }
  return { name: ws.name, rows, merges };
}

function parseRange(ref: string): CellRange | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  return {
    top: Number(m[2]),
    left: columnNumber(m[1]!),
    bottom: Number(m[4]),
    right: columnNumber(m[3]!),
  };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** ExcelJS's cell value (formula results, rich text, hyperlinks, errors) as a plain value. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('error' in value) return value.error;
    if ('result' in value) return plainValue(value.result ?? null);
    if ('hyperlink' in value && 'text' in value)
      return typeof value.text === 'string' ? value.text : plainValue(value.text);
    if ('formula' in value || 'sharedFormula' in value) return null;
  }
  return null;
}

// ----------------------------------------------------------------------------------------------- csv

function decodeCsv(bytes: Uint8Array): string {
  // Excel saves "CSV UTF-8" with a byte-order mark and plain "CSV" in Windows-1252.
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<ReadResult> {
  const text = decodeCsv(bytes);
  if (text.includes('\u0000'))
    return Promise.resolve(refuse('unreadable', unreadable(fileName, 'csv')));
  return new Promise((resolve) => {
    const rows: CellValue[][] = [];
    let withContent = 0;
    let settled = false;
    const settle = (result: ReadResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const stream = parseString<string[], string[]>(text, { maxRows: limits.maxRows * 10 + 1 });
    stream
      .on('error', () => settle(refuse('unreadable', unreadable(fileName, 'csv'))))
      .on('data', (row: string[]) => {
        const values = row.slice(0, limits.maxColumns).map((v) => (v.trim() === '' ? null : v));
        if (values.some((v) => v !== null)) withContent++;
        if (withContent > limits.maxRows + HEADER_ALLOWANCE || rows.length >= limits.maxRows * 10) {
          stream.destroy();
          settle(refuse('too-many-rows', tooManyRows(fileName, limits)));
          return;
        }
        rows.push(values);
      })
      .on('end', () => {
        if (withContent === 0)
          return settle(refuse('no-content', `${fileName} has no cells with content.`));
        const name = fileName.replace(/\.[^.]+$/, '') || 'CSV';
        settle({
          ok: true,
          workbook: { fileName, format: 'csv', sheets: [{ name, rows, merges: [] }] },
        });
      });
  });
}
