import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_READ_LIMITS, readWorkbook, type ReadResult } from '../../src/imports/read';
import { cellAt } from '../../src/imports/workbook';
import { csvBytes, xlsxBytes } from '../fixtures/imports/spreadsheet';

function refusal(result: ReadResult) {
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.refusal;
}
function workbook(result: ReadResult) {
  if (!result.ok) assert.fail(`refused: ${result.refusal.message}`);
  return result.workbook;
}

describe('imports: reading a file', () => {
  it('reads every visible sheet of an .xlsx with its values, dates, formula results and merges', async () => {
    const bytes = await xlsxBytes([
      {
        name: 'BAF',
        rows: [
          ['Ref', 'Current', null, null],
          [null, 'C', 'L', 'Score'],
          ['BAF 1', 4, 4, { formula: 'B3*C3', result: 16 } as unknown as number],
          ['BAF 2', 3, 4, 12],
          ['Reviewed', new Date(Date.UTC(2026, 0, 29)), null, null],
        ],
        merges: ['B1:D1', 'A1:A2'],
      },
      { name: 'Workings', rows: [['secret']], state: 'hidden' },
    ]);
    const book = workbook(await readWorkbook(bytes, 'baf.xlsx'));
    assert.deepEqual(
      book.sheets.map((s) => s.name),
      ['BAF'],
    );
    const sheet = book.sheets[0]!;
    assert.equal(cellAt(sheet, 1, 3), 'Current', 'a merged header applies across its block');
    assert.equal(cellAt(sheet, 2, 1), 'Ref');
    assert.equal(cellAt(sheet, 3, 4), 16, 'the formula result is read');
    assert.equal((cellAt(sheet, 5, 2) as Date).toISOString(), '2026-01-29T00:00:00.000Z');
    assert.deepEqual(
      sheet.merges.find((m) => m.left === 2),
      { top: 1, left: 2, bottom: 1, right: 4 },
    );
  });

  it('reads a UTF-8 CSV with a byte-order mark and a Windows-1252 CSV, keeping dates as printed', async () => {
    const rows = [
      ['Ref', 'Action', 'Owner', 'Due'],
      ['GTB/25/3', 'Review the £2m plan, "urgently"', 'Chloé Dubois', '29/01/2026'],
    ];
    for (const encoding of ['utf-8-bom', 'windows-1252'] as const) {
      const book = workbook(await readWorkbook(csvBytes(rows, encoding), 'actions.csv'));
      assert.equal(book.format, 'csv');
      assert.equal(book.sheets[0]!.name, 'actions');
      assert.deepEqual(book.sheets[0]!.rows[1], rows[1], encoding);
    }
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = Buffer.alloc(DEFAULT_READ_LIMITS.maxBytes + 1);
    big.write('PK');
    const r = refusal(await readWorkbook(big, 'board pack.xlsx'));
    assert.equal(r.code, 'too-large');
    assert.match(r.message, /board pack\.xlsx is 20 MB; Board Clerk reads files up to 20 MB/);
  });

  it('refuses damaged, mislabelled and unsupported files in words, without throwing', async () => {
    const good = await xlsxBytes([{ name: 'A', rows: [['Ref'], ['1']] }]);
    const cases: [Uint8Array, string, string][] = [
      [Buffer.from('this is not a spreadsheet'), 'log.xlsx', 'unreadable'],
      [good.subarray(0, Math.floor(good.length / 2)), 'truncated.xlsx', 'unreadable'],
      [Buffer.from('PK\u0003\u0004garbage'), 'zip.xlsx', 'unreadable'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'old.xls', 'unsupported-type'],
      [Buffer.from('%PDF-1.7'), 'minutes.pdf', 'unsupported-type'],
      [Buffer.alloc(0), 'empty.csv', 'empty-file'],
      [Buffer.from('a,b\u0000c'), 'binary.csv', 'unreadable'],
      [Buffer.from(' , ,\r\n,,'), 'blank.csv', 'no-content'],
    ];
    for (const [bytes, name, code] of cases) {
      const r = refusal(await readWorkbook(bytes, name));
      assert.equal(r.code, code, name);
      assert.match(r.message, new RegExp(name.replace('.', '\\.')), name);
    }
  });

  it('refuses a zip that is not a workbook, and a workbook whose sheet XML is broken', async () => {
    const plainZip = new JSZip();
    plainZip.file('readme.txt', 'hello');
    const broken = await JSZip.loadAsync(await xlsxBytes([{ name: 'A', rows: [['Ref'], ['1']] }]));
    broken.file(
      'xl/worksheets/sheet1.xml',
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0',
    );
    for (const [zip, name] of [
      [plainZip, 'photos.xlsx'],
      [broken, 'broken.xlsx'],
    ] as const) {
      const bytes = await zip.generateAsync({ type: 'nodebuffer' });
      const r = refusal(await readWorkbook(bytes, name));
      assert.equal(r.code, 'unreadable', name);
      assert.match(r.message, /could not be read as an Excel workbook/);
    }
  });

  it('refuses a CSV of 100,000 rows, stopping at the limit', async () => {
    const lines = ['Ref,Action,Owner,Due'];
    for (let i = 1; i <= 100_000; i++) lines.push(`A${i},Do thing ${i},DoCA,31/03/2026`);
    const r = refusal(await readWorkbook(Buffer.from(lines.join('\n')), 'huge.csv'));
    assert.equal(r.code, 'too-many-rows');
    assert.match(r.message, /more than 10,000 rows/);
  });

  it('refuses an .xlsx with more rows than the limit (besides a title and header), counting them as a stream', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Actions');
    for (let i = 1; i <= 1_026; i++) ws.addRow([`A${i}`, `Action ${i}`]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const r = refusal(
      await readWorkbook(bytes, 'long.xlsx', { ...DEFAULT_READ_LIMITS, maxRows: 1_000 }),
    );
    assert.equal(r.code, 'too-many-rows');
    assert.ok(
      workbook(await readWorkbook(bytes, 'long.xlsx', { ...DEFAULT_READ_LIMITS, maxRows: 1_001 })),
    );
  });

  it('refuses a zip bomb: a small file that unpacks past the limit', async () => {
    const good = await JSZip.loadAsync(await xlsxBytes([{ name: 'A', rows: [['Ref']] }]));
    good.file('xl/padding.xml', ' '.repeat(3 * 1024 * 1024));
    const bytes = await good.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    assert.ok(bytes.length < 100_000, 'the file itself is small');
    const r = refusal(
      await readWorkbook(bytes, 'bomb.xlsx', {
        ...DEFAULT_READ_LIMITS,
        maxUnzippedBytes: 2 * 1024 * 1024,
      }),
    );
    assert.equal(r.code, 'too-large');
    assert.match(r.message, /unpacks to more than 2 MB/);
  });
});
