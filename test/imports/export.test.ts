import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import sinon from 'sinon';
import type { Action, ActionLog } from '../../src/domain';
import { applyProgressUpdate } from '../../src/domain/progressUpdate';
import { planActionLogImport } from '../../src/imports/actionPlan';
import { readActionSheet } from '../../src/imports/actionSheet';
import { exportActionLogs } from '../../src/imports/exportActions';
import { offeredAt } from '../../src/imports/exporting';
import { logForSheet } from '../../src/imports/identity';
import { mapWorkbook } from '../../src/imports/mapping';
import { readWorkbook } from '../../src/imports/read';
import { recordsOf, resolverFor } from '../fixtures/imports/dataset';

const now = new Date('2026-02-10T12:00:00.000Z');

async function bundledLogs() {
  const logs = await recordsOf('actionLog');
  const actions = await recordsOf('action');
  const roles = await recordsOf('role');
  const risks = await recordsOf('risk');
  return { logs, actions, roles, risks };
}

/** Exports the logs, reads the file back and plans its import into the same logs. */
async function roundTrip(logs: ActionLog[], actionsOf: (log: ActionLog) => Action[]) {
  const { roles, risks } = await bundledLogs();
  const bytes = await exportActionLogs(
    logs.map((log) => ({ log, actions: actionsOf(log) })),
    {
      roleName: (id) => roles.find((r) => r.id === id)?.code ?? null,
      riskReference: (id) => risks.find((r) => r.id === id)?.reference ?? null,
      generatedAt: now,
    },
  );
  const read = await readWorkbook(bytes, 'Action logs.xlsx');
  if (!read.ok) assert.fail(read.refusal.message);
  const mapping = mapWorkbook(read.workbook);
  assert.equal(mapping.ready, true, JSON.stringify(mapping.columnDecisions));
  const resolve = await resolverFor(
    ...new Set(logs.map((l) => l.organisationId)),
    'lpt-nhft-group',
  );
  return {
    bytes,
    plans: mapping.sheets.map((outcome) => {
      const log = logForSheet(outcome.sheet, logs);
      assert.ok(log, `no log for sheet ${outcome.sheet}`);
      const sheet = read.workbook.sheets.find((s) => s.name === outcome.sheet)!;
      const rows = readActionSheet(sheet, outcome.mapping!, {
        shortName: log.shortName,
        resolveOwner: resolve,
      });
      return planActionLogImport({
        log,
        logExists: true,
        existing: actionsOf(log),
        imported: rows.actions,
        riskIdFor: (ref) =>
          risks.find((r) => r.reference === ref && r.organisationId === log.organisationId)?.id ??
          null,
        fileName: 'Action logs.xlsx',
        importedBy: { name: 'Alex Morgan' },
        now,
        sourceDocumentId: 'src-import',
      });
    }),
  };
}

describe('imports: exporting action logs for the board pack', () => {
  it('round-trips every action of the bundled dataset: export then import changes nothing', async () => {
    const { logs, actions } = await bundledLogs();
    const { plans } = await roundTrip(logs, (log) => actions.filter((a) => a.logId === log.id));
    assert.equal(plans.length, logs.length, 'one sheet per log');
    for (const plan of plans) {
      const describe = JSON.stringify(
        {
          new: plan.new.map((p) => p.reference),
          changed: plan.changed.map((p) => [p.reference, p.changes]),
          gone: plan.noLongerPresent.map((p) => p.reference),
        },
        null,
        1,
      );
      assert.deepEqual(plan.writes, [], `${plan.logId}: ${describe}`);
      assert.equal(
        plan.unchanged.length,
        actions.filter((a) => a.logId === plan.logId).length,
        plan.logId,
      );
    }
  });

  it('notices when the stored log has moved on from the exported file', async () => {
    const { logs, actions } = await bundledLogs();
    const log = logs.find((l) => l.id === 'log-gtb-actions')!;
    const exported = actions.filter((a) => a.logId === log.id);
    const { bytes } = await roundTrip([log], () => exported);
    const read = await readWorkbook(bytes, 'GTB.xlsx');
    if (!read.ok) assert.fail(read.refusal.message);
    const outcome = mapWorkbook(read.workbook).sheets[0]!;
    const rows = readActionSheet(read.workbook.sheets[0]!, outcome.mapping!, {
      shortName: 'GTB',
      resolveOwner: () => null,
    });
    const stored = exported.map((a) =>
      a.reference === 'GTB/25/5' ? { ...a, status: 'open' as const, closure: null } : a,
    );
    const plan = planActionLogImport({
      log,
      logExists: true,
      existing: stored,
      imported: rows.actions,
      fileName: 'GTB.xlsx',
      importedBy: { name: 'Alex Morgan' },
      now,
      sourceDocumentId: 'src-import',
    });
    assert.deepEqual(
      plan.changed.map((p) => [
        p.reference,
        p.changes.map((c) => `${c.label}: ${c.before} -> ${c.after}`),
      ]),
      [['GTB/25/5', ['Status: Open -> Closed', 'Date closed: null -> 25 September 2025']]],
    );
  });

  it('round-trips progress, a revised date and a closure proposal recorded in Teams', async () => {
    const { logs, actions } = await bundledLogs();
    const log = logs.find((l) => l.id === 'log-well-led-2024')!;
    const updated = actions
      .filter((a) => a.logId === log.id)
      .map((a) =>
        a.reference === 'Well-Led FTSU 5'
          ? applyProgressUpdate(
              a,
              {
                note: 'Themes  triangulated\nat People Committee',
                deliveryStatus: 'some-issues',
                revisedDue: '2026-03-31',
                revisedDueReason: 'Data from the staff survey is late',
                proposeClosure: false,
                submissionId: 's1',
              },
              { name: 'Yusuf Ali' },
              new Date('2026-02-03T23:30:00.000Z'),
            )
          : a,
      );
    const { plans } = await roundTrip([log], () => updated);
    assert.deepEqual(plans[0]!.writes, []);
    assert.deepEqual(plans[0]!.conflicts, [], 'the file agrees with Teams');
  });

  it('writes one row per action with the status in words and colour, and real dates where the paper printed a day', async () => {
    const { logs, actions } = await bundledLogs();
    const log = logs.find((l) => l.id === 'log-well-led-2024')!;
    const mine = actions
      .filter((a) => a.logId === log.id)
      .map((a) =>
        a.reference === 'Well-Led FTSU 5'
          ? applyProgressUpdate(
              a,
              {
                note: 'On track',
                deliveryStatus: 'on-track',
                revisedDue: null,
                revisedDueReason: null,
                proposeClosure: false,
                submissionId: 's1',
              },
              { name: 'Yusuf Ali' },
              new Date('2026-02-03T10:00:00.000Z'),
            )
          : a,
      );
    const { bytes } = await roundTrip([log], () => mine);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    const ws = book.getWorksheet('Well-Led')!;
    const headers = (ws.getRow(3).values as unknown[]).slice(1);
    assert.deepEqual(headers, [
      'Ref',
      'Section',
      'Area',
      'Action',
      'Action lead',
      'Task lead',
      'Due date',
      'Status',
      'Delivery status',
      'Latest progress',
      'Progress date',
      'Committee sign off',
    ]);
    assert.equal(ws.rowCount, 3 + mine.length);
    const row = ws.getRow(3 + mine.findIndex((a) => a.reference === 'Well-Led FTSU 5') + 1);
    const cell = (h: string) => row.getCell(headers.indexOf(h) + 1);
    assert.equal(cell('Ref').value, 'Well-Led FTSU 5');
    assert.equal(cell('Section').value, 'Freedom to Speak Up');
    assert.equal(cell('Delivery status').value, 'On track');
    assert.deepEqual((cell('Delivery status').fill as ExcelJS.FillPattern).fgColor, {
      argb: 'FFC6EFCE',
    });
    assert.deepEqual(cell('Delivery status').font.color, { argb: 'FF006100' });
    assert.equal((cell('Due date').value as Date).toISOString(), '2025-09-30T00:00:00.000Z');
    assert.equal(cell('Due date').numFmt, 'dd/mm/yyyy');
    assert.equal((cell('Progress date').value as Date).toISOString(), '2026-02-03T00:00:00.000Z');
    const ten = ws.getRow(3 + mine.findIndex((a) => a.reference === 'Well-Led FTSU 10') + 1);
    assert.equal(
      ten.getCell(headers.indexOf('Due date') + 1).value,
      '31/06/2025',
      'a date that does not exist stays as printed',
    );
  });

  it('makes the accepted file from the offer time, so it is the size the consent card told Teams', async () => {
    const { logs, actions, roles, risks } = await bundledLogs();
    const make = (generatedAt: Date) =>
      exportActionLogs(
        logs.map((log) => ({ log, actions: actions.filter((a) => a.logId === log.id) })),
        {
          roleName: (id) => roles.find((r) => r.id === id)?.code ?? null,
          riskReference: (id) => risks.find((r) => r.id === id)?.reference ?? null,
          generatedAt,
        },
      );
    const offered = new Date('2026-12-03T13:56:01.000Z');
    const clock = sinon.useFakeTimers({ now: offered, toFake: ['Date'] });
    try {
      const atOffer = await make(offered);
      clock.setSystemTime(new Date('2026-12-03T13:58:47.000Z'));
      const accepted = offeredAt(offered.toISOString(), new Date());
      assert.equal(accepted.toISOString(), offered.toISOString());
      const atAccept = await make(accepted);
      assert.equal(atAccept.length, atOffer.length);
    } finally {
      clock.restore();
    }
  });

  it('trusts an offer time from the client only when it is from the last day', () => {
    const now = new Date('2026-12-03T14:00:00.000Z');
    const at = (v: unknown) => offeredAt(v, now).toISOString();
    assert.equal(at('2026-12-03T13:59:00.000Z'), '2026-12-03T13:59:00.000Z');
    assert.equal(at('2026-12-02T13:00:00.000Z'), now.toISOString(), 'older than a day');
    assert.equal(at('2026-12-03T15:00:00.000Z'), now.toISOString(), 'in the future');
    assert.equal(at('yesterday'), now.toISOString(), 'not a time');
    assert.equal(at(undefined), now.toISOString(), 'missing');
  });
});
