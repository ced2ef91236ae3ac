import assert from 'node:assert/strict';
import type { Action, ActionLog } from '../../src/domain';
import { applyProgressUpdate } from '../../src/domain/progressUpdate';
import { planActionLogImport, type ActionLogImport } from '../../src/imports/actionPlan';
import { readActionSheet, type ImportedAction } from '../../src/imports/actionSheet';
import { mapWorkbook } from '../../src/imports/mapping';
import { readWorkbook } from '../../src/imports/read';
import { logWithActions, resolverFor } from '../fixtures/imports/dataset';
import { wellLedPlan } from '../fixtures/imports/layouts';

const secretary = { personId: 'person-alex', name: 'Alex Morgan' };
const importedAt = new Date('2026-02-02T10:00:00.000Z');

async function wellLedRows(bytes?: Buffer): Promise<ImportedAction[]> {
  const r = await readWorkbook(bytes ?? (await wellLedPlan()), 'Well-led plan.xlsx');
  if (!r.ok) assert.fail(r.refusal.message);
  const outcome = mapWorkbook(r.workbook).sheets.find((s) => s.sheet === 'Action plan')!;
  return readActionSheet(
    r.workbook.sheets.find((s) => s.name === 'Action plan')!,
    outcome.mapping!,
    {
      shortName: 'Well-Led',
      resolveOwner: await resolverFor('well-led-trust'),
    },
  ).actions;
}

function input(
  log: ActionLog,
  existing: Action[],
  imported: ImportedAction[],
  now = importedAt,
): ActionLogImport {
  return {
    log,
    logExists: true,
    existing,
    imported,
    fileName: 'Well-led plan.xlsx',
    importedBy: secretary,
    now,
    sourceDocumentId: 'src-import-well-led-plan-xlsx-2026-02-02',
  };
}

/** The log after writing a plan: as the store would hold it. */
function applied(existing: Action[], writes: { kind: string; id: string }[]): Action[] {
  const byId = new Map(existing.map((a) => [a.id, a]));
  for (const w of writes) if (w.kind === 'action') byId.set(w.id, w as Action);
  return [...byId.values()];
}

describe('imports: the plan for an action log', () => {
  it('shows new, changed field by field, unchanged and no longer present actions, with provenance', async () => {
    const { log, actions } = await logWithActions('log-well-led-2024');
    const plan = planActionLogImport({
      ...input(log, actions, await wellLedRows()),
      problems: [
        {
          severity: 'flagged',
          sheet: 'Action plan',
          row: 12,
          column: 'F',
          field: 'Due date',
          message: 'from reading',
        },
      ],
    });
    assert.deepEqual(
      plan.problems.map((p) => p.message),
      ['from reading'],
      "the sheet's problems lead the preview",
    );

    assert.deepEqual(
      plan.new.map((p) => [p.id, p.reference]),
      [['act-well-led-2024-well-led-freedom-to-speak-up-12', 'Well-Led Freedom to Speak Up 12']],
    );
    const added = plan.new[0]!.record;
    assert.equal(
      added.sectionId,
      'ftsu',
      'the heading "Freedom to Speak Up" is the log\'s FTSU section',
    );
    assert.equal(added.number, 12);
    assert.deepEqual(added.actionLeadRoleIds, ['role-wlt-doi']);
    assert.deepEqual(added.provenance, {
      fileName: 'Well-led plan.xlsx',
      sheet: 'Action plan',
      row: 14,
      importedBy: secretary,
      importedAt: '2026-02-02T10:00:00.000Z',
    });
    assert.equal(added.history[0]!.event, 'imported');

    const changed = new Map(plan.changed.map((p) => [p.reference, p]));
    assert.deepEqual(
      [...changed.keys()],
      [
        'Well-Led Leadership 1',
        'Well-Led Leadership 2',
        'Well-Led Leadership 3',
        'Well-Led FTSU 5',
        'Well-Led FTSU 10',
        'Well-Led FTSU 11',
      ],
    );
    assert.deepEqual(changed.get('Well-Led Leadership 3')!.changes, [
      {
        field: 'text',
        label: 'Action',
        before:
          'The Chair and NEDs should agree the schedule of regular NED group catch-ups, given the context of new NED member appointments over the next few months.',
        after: 'The Chair and NEDs should agree the schedule of regular NED group catch-ups.',
      },
      {
        field: 'progress',
        label: 'Progress update',
        before: null,
        after: 'Schedule agreed for 2025/26',
      },
    ]);
    const l3 = changed.get('Well-Led Leadership 3')!.record;
    assert.equal(l3.progress.at(-1)!.note, 'Schedule agreed for 2025/26');
    assert.equal(l3.revision, 1);
    assert.equal(l3.provenance!.row, 7);
    assert.deepEqual(
      l3.history.at(-1)!.changes.map((c) => c.field),
      ['action', 'progress update'],
    );

    assert.equal(plan.noLongerPresent.length, 33 - 6, 'the rest of the plan is not in this file');
    assert.ok(plan.noLongerPresent.some((a) => a.reference === 'Well-Led Improvement 1'));
    assert.deepEqual(plan.conflicts, []);
    assert.equal(plan.log, null, 'no new section');
    assert.equal(plan.writes.length, 7);
  });

  it('is idempotent: the same file again plans no change', async () => {
    const { log, actions } = await logWithActions('log-well-led-2024');
    const rows = await wellLedRows();
    const first = planActionLogImport(input(log, actions, rows));
    const after = applied(actions, first.writes);
    const second = planActionLogImport(
      input(log, after, rows, new Date('2026-02-03T10:00:00.000Z')),
    );
    assert.deepEqual(second.new, []);
    assert.deepEqual(second.changed, []);
    assert.deepEqual(second.writes, []);
    assert.equal(second.unchanged.length, 7);
  });

  it('shows progress an owner recorded in Teams since the import as a conflict, and keeps it unless told', async () => {
    const { log, actions } = await logWithActions('log-well-led-2024');
    const rows = await wellLedRows();
    const first = planActionLogImport(input(log, actions, rows));
    let after = applied(actions, first.writes);
    // Yusuf Ali (DoCA) updates FTSU 5 in Teams the day after the import.
    after = after.map((a) =>
      a.reference === 'Well-Led FTSU 5'
        ? applyProgressUpdate(
            a,
            {
              note: 'Themes triangulated at People Committee',
              deliveryStatus: 'on-track',
              revisedDue: null,
              revisedDueReason: null,
              proposeClosure: false,
              submissionId: 's1',
            },
            { personId: 'person-yusuf', name: 'Yusuf Ali' },
            new Date('2026-02-03T09:00:00.000Z'),
          )
        : a,
    );
    // The secretary imports an older copy of the plan that still has FTSU 5's earlier note and no RAG.
    const older = rows.map((r) =>
      r.reference === 'Well-Led Freedom to Speak Up 5'
        ? {
            ...r,
            values: {
              ...r.values,
              progress: { note: 'Not started', date: null },
              deliveryStatus: null,
              text: 'Triangulate FTSU themes (revised wording).',
            },
          }
        : r,
    );
    const plan = planActionLogImport(
      input(log, after, older, new Date('2026-02-04T10:00:00.000Z')),
    );
    const ftsu5 = plan.changed.find((p) => p.reference === 'Well-Led FTSU 5')!;
    assert.deepEqual(
      plan.conflicts.map((c) => [
        c.reference,
        c.label,
        c.teams.value,
        c.teams.by,
        c.file,
        c.resolution,
      ]),
      [
        [
          'Well-Led FTSU 5',
          'Delivery status',
          'On track',
          'Yusuf Ali',
          'Not yet reported',
          'keep-teams',
        ],
        [
          'Well-Led FTSU 5',
          'Progress update',
          'Themes triangulated at People Committee (3 February 2026)',
          'Yusuf Ali',
          'Not started',
          'keep-teams',
        ],
      ],
    );
    assert.deepEqual(
      ftsu5.changes.map((c) => c.label),
      ['Action'],
      'only the field Teams did not touch changes',
    );
    assert.equal(ftsu5.record.deliveryStatus, 'on-track');
    assert.equal(ftsu5.record.progress.at(-1)!.note, 'Themes triangulated at People Committee');

    const taken = planActionLogImport({
      ...input(log, after, older, new Date('2026-02-04T10:00:00.000Z')),
      takeFileFor: [ftsu5.id],
    });
    const record = taken.changed.find((p) => p.id === ftsu5.id)!.record;
    assert.equal(record.deliveryStatus, null);
    assert.equal(record.progress.at(-1)!.note, 'Not started');
    assert.ok(taken.conflicts.every((c) => c.resolution === 'take-file'));
  });

  it('adds a section the log does not have yet and writes the log with it', async () => {
    const { log, actions } = await logWithActions('log-well-led-2024');
    const rows = (await wellLedRows()).map((r) =>
      r.reference === 'Well-Led Freedom to Speak Up 12'
        ? {
            ...r,
            reference: 'Well-Led Culture 1',
            values: { ...r.values, section: 'Culture', number: 1 },
          }
        : r,
    );
    const plan = planActionLogImport(input(log, actions, rows));
    assert.deepEqual(plan.log?.sections.at(-1), { id: 'culture', title: 'Culture' });
    assert.equal(plan.writes[0], plan.log);
    assert.equal(plan.new[0]!.record.sectionId, 'culture');
  });
});
