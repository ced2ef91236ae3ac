/**
 * How long reading an uploaded spreadsheet takes and how much memory it holds, at the import's limits
 * (npm run bench:import). Prints figures; asserts nothing.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { planActionLogImport } from '../src/imports/actionPlan';
import { readActionSheet } from '../src/imports/actionSheet';
import { mapWorkbook } from '../src/imports/mapping';
import { readWorkbook } from '../src/imports/read';

async function actionLog(file: string, rows: number): Promise<Buffer> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = book.addWorksheet('Actions');
  ws.addRow(['Ref', 'Action', 'Owner', 'Due date', 'Status', 'Progress update']).commit();
  for (let i = 1; i <= rows; i++)
    ws.addRow([
      `A${i}`,
      `Action ${i}: review the board's assurance on item ${i} and report back`,
      'DoCA',
      new Date(Date.UTC(2026, i % 12, 1 + (i % 27))),
      i % 3 ? 'Open' : 'Closed',
      `Progress note for action ${i}`,
    ]).commit();
  ws.commit();
  await book.commit();
  return readFile(file);
}

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const mb = (n: number) => `${Math.round(n / 1e6)} MB`;

async function measure(label: string, run: () => Promise<string>): Promise<void> {
  global.gc?.();
  peak = process.memoryUsage().rss;
  const before = peak;
  const t = performance.now();
  const outcome = await run();
  console.log(
    `${label}: ${Math.round(performance.now() - t)} ms, peak RSS ${mb(peak)} (+${mb(peak - before)}): ${outcome}`,
  );
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-import-'));
  try {
    const big = await actionLog(path.join(dir, 'big.xlsx'), 100_000);
    const normal = await actionLog(path.join(dir, 'normal.xlsx'), 10_000);
    console.log(`files: 100,000 rows ${mb(big.length)}, 10,000 rows ${mb(normal.length)}`);
    await measure('100,000-row .xlsx', async () => {
      const r = await readWorkbook(big, 'big.xlsx');
      return r.ok ? 'read' : `refused (${r.refusal.code})`;
    });
    await measure('100,000-row .csv', async () => {
      const lines = ['Ref,Action,Owner,Due'];
      for (let i = 1; i <= 100_000; i++) lines.push(`A${i},Action ${i},DoCA,31/03/2026`);
      const r = await readWorkbook(Buffer.from(lines.join('\n')), 'big.csv');
      return r.ok ? 'read' : `refused (${r.refusal.code})`;
    });
    await measure('21 MB file', async () => {
      const r = await readWorkbook(Buffer.alloc(21 * 1024 * 1024), 'huge.xlsx');
      return r.ok ? 'read' : `refused (${r.refusal.code})`;
    });
    await measure('10,000-row .xlsx read, mapped, validated and planned', async () => {
      const r = await readWorkbook(normal, 'normal.xlsx');
      if (!r.ok) return `refused: ${r.refusal.message}`;
      const mapping = mapWorkbook(r.workbook);
      const outcome = mapping.sheets[0]!;
      const rows = readActionSheet(r.workbook.sheets[0]!, outcome.mapping!, {
        shortName: 'Board',
        resolveOwner: () => ['role-doca'],
      });
      const log = {
        id: 'log-bench',
        organisationId: 'org',
        kind: 'actionLog' as const,
        type: 'minutes-action-sheet' as const,
        title: 'Bench',
        shortName: 'Board',
        aliases: [],
        sections: [],
        notes: [],
        source: { documentId: 'src', section: 'x' },
        dataQuality: [],
      };
      const plan = planActionLogImport({
        log,
        logExists: false,
        existing: [],
        imported: rows.actions,
        fileName: 'normal.xlsx',
        importedBy: { name: 'Bench' },
        now: new Date(),
        sourceDocumentId: 'src',
      });
      return `${plan.new.length} new actions, ${rows.problems.length} problems`;
    });
  } finally {
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
