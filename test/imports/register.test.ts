import assert from 'node:assert/strict';
import { planActionLogImport } from '../../src/imports/actionPlan';
import { readActionSheet } from '../../src/imports/actionSheet';
import { mapWorkbook, type SheetMapping } from '../../src/imports/mapping';
import { readWorkbook } from '../../src/imports/read';
import {
  inlineRiskActions,
  nextVersionOf,
  planRegisterImport,
  type RegisterImport,
} from '../../src/imports/registerPlan';
import { readRiskSheet } from '../../src/imports/riskSheet';
import { compareRegisterVersions, scoreHistory } from '../../src/imports/versions';
import type { Workbook } from '../../src/imports/workbook';
import { logWithActions, registerWithRisks, resolverFor } from '../fixtures/imports/dataset';
import { bafRegister, datixExport } from '../fixtures/imports/layouts';

const secretary = { name: 'Alex Morgan' };
const now = new Date('2026-03-27T09:00:00.000Z');
const march = { printed: 'March 2026', iso: '2026-03-26' };

async function mapped(bytes: Buffer, name: string, choices = {}) {
  const r = await readWorkbook(bytes, name);
  if (!r.ok) assert.fail(r.refusal.message);
  const workbook: Workbook = r.workbook;
  const mapping = mapWorkbook(workbook, { choices });
  assert.equal(mapping.ready, true);
  const sheet = (name: string) => ({
    sheet: workbook.sheets.find((s) => s.name === name)!,
    mapping: mapping.sheets.find((s) => s.sheet === name)!.mapping as SheetMapping,
  });
  return sheet;
}

async function groupBafImport(bytes: Buffer): Promise<RegisterImport> {
  const sheet = await mapped(bytes, 'Group BAF March 2026.xlsx');
  const { sheet: baf, mapping } = sheet('Group BAF');
  const read = readRiskSheet(baf, mapping, await resolverFor('lpt-nhft-group'));
  const previous = await registerWithRisks('reg-group-baf-2026-01');
  const { actions } = await logWithActions('log-group-baf-actions');
  return {
    organisationId: 'lpt-nhft-group',
    existing: null,
    version: nextVersionOf(previous.register, march),
    imported: read.risks,
    previous: { ...previous, actions },
    fileName: 'Group BAF March 2026.xlsx',
    importedBy: secretary,
    now,
    sourceDocumentId: 'src-import-group-baf-march-2026-xlsx-2026-03-27',
  };
}

describe('imports: risk register versions', () => {
  it('imports a BAF with merged headers as a new version beside the last, saying what changed', async () => {
    const input = await groupBafImport(await bafRegister({ current: { 'GROUP BAF 1': [4, 5] } }));
    const plan = planRegisterImport(input);
    assert.equal(plan.isNewVersion, true);
    assert.equal(plan.register.id, 'reg-group-baf-2026-03');
    assert.equal(plan.register.title, 'Group BAF March 2026');
    assert.deepEqual(plan.register.appetite, input.previous!.register.appetite);
    assert.deepEqual(
      plan.new.map((p) => [
        p.id,
        p.record.reference,
        p.record.scores.current.consequence * p.record.scores.current.likelihood,
      ]),
      [
        ['risk-group-baf-2026-03-group-baf-1', 'GROUP BAF 1', 20],
        ['risk-group-baf-2026-03-group-baf-2', 'GROUP BAF 2', 8],
        ['risk-group-baf-2026-03-group-baf-3', 'GROUP BAF 3', 12],
        ['risk-group-baf-2026-03-group-baf-4', 'GROUP BAF 4', 12],
      ],
    );
    const one = plan.new[0]!.record;
    assert.deepEqual(one.appetite, { level: 'open', upperLimit: 16 });
    assert.deepEqual(one.oversightCommittees, ['Finance and Performance Committee']);
    assert.deepEqual(one.causes[0]!.controls, [
      'Group digital plan',
      'Digital prioritisation process',
    ]);
    assert.deepEqual(one.causes[0]!.assurances.secondLine, ['Finance and Performance Committee']);
    assert.deepEqual(one.trend, { printed: '↔', direction: 'unchanged' });
    assert.deepEqual(plan.new[0]!.lead?.roleIds, ['role-grp-chief-information-officer']);
    assert.equal(one.provenance!.row, 3);

    const three = plan.new[2]!.record;
    assert.equal(three.dataQuality[0]!.kind, 'combined-not-product');
    assert.ok(
      plan.problems.some(
        (p) =>
          p.severity === 'flagged' &&
          /^Sheet "Group BAF", row 5, column J \(Current score\): GROUP BAF 3 prints a current score of 4 x 3 = 16; 4 x 3 is 12\./.test(
            p.message,
          ),
      ),
      plan.problems.map((p) => p.message).join('\n'),
    );

    const changes = plan.whatChanged!;
    assert.deepEqual(
      changes.scoreMoves.map((m) => m.sentence),
      ['GROUP BAF 1 current score up from 16 (4 x 4) to 20 (4 x 5)'],
    );
    assert.deepEqual(
      changes.closedRisks.map((r) => r.reference),
      ['GROUP BAF 5', 'GROUP BAF DRAFT'],
    );
    assert.deepEqual(changes.newRisks, []);
    assert.deepEqual(changes.appetiteChanges, []);
    assert.match(
      changes.summary,
      /^Group BAF March 2026 against Group BAF January 2026: current score up for GROUP BAF 1; no longer on the register: GROUP BAF 5, GROUP BAF DRAFT/,
    );
    assert.equal(plan.writes[0], plan.register);
    assert.equal(plan.writes.length, 5);
  });

  it('re-importing the same version changes nothing; a changed score shows field by field', async () => {
    const input = await groupBafImport(await bafRegister());
    const first = planRegisterImport(input);
    const stored = { register: first.register, risks: first.new.map((p) => p.record) };
    const again = planRegisterImport({
      ...input,
      existing: stored,
      now: new Date('2026-03-28T09:00:00.000Z'),
    });
    assert.deepEqual(again.writes, []);
    assert.equal(again.unchanged.length, 4);

    const edited = await groupBafImport(
      await bafRegister({ current: { 'GROUP BAF 2': [4, 3] }, drop: ['GROUP BAF 4'] }),
    );
    const plan = planRegisterImport({ ...edited, existing: stored });
    assert.deepEqual(
      plan.changed.map((p) => [p.reference, p.changes]),
      [
        [
          'GROUP BAF 2',
          [
            {
              field: 'scores.current',
              label: 'Current score',
              before: '4 x 2 = 8',
              after: '4 x 3 = 12',
            },
          ],
        ],
      ],
    );
    assert.deepEqual(
      plan.noLongerPresent.map((r) => r.reference),
      ['GROUP BAF 4'],
    );
  });

  it("links the BAF actions sheet to the new version's risks", async () => {
    const bytes = await bafRegister();
    const register = planRegisterImport(await groupBafImport(bytes));
    const sheet = await mapped(bytes, 'Group BAF March 2026.xlsx');
    const { sheet: actionsSheet, mapping } = sheet('BAF actions');
    const read = readActionSheet(actionsSheet, mapping, {
      shortName: 'Group BAF',
      resolveOwner: await resolverFor('lpt-nhft-group'),
    });
    const { log, actions } = await logWithActions('log-group-baf-actions');
    const riskIds = new Map(register.new.map((p) => [p.record.reference, p.id]));
    const previousRisks = (await registerWithRisks('reg-group-baf-2026-01')).risks;
    const plan = planActionLogImport({
      log,
      logExists: true,
      existing: actions,
      imported: read.actions,
      riskIdFor: (ref) => riskIds.get(ref) ?? null,
      riskReferenceOf: (id) =>
        [...register.new, ...previousRisks].find((r) => r.id === id)?.reference ?? null,
      fileName: 'Group BAF March 2026.xlsx',
      importedBy: secretary,
      now,
      sourceDocumentId: 'src-import',
    });
    const byRef = new Map([...plan.new, ...plan.changed].map((p) => [p.reference, p.record]));
    // The file's "GROUP BAF 1" / "2" is the log's "Group BAF 1 action 2": it moves to the new version's risk.
    const two = plan.changed.find((p) => p.reference === 'Group BAF 1 action 2')!;
    assert.equal(two.record.riskId, 'risk-group-baf-2026-03-group-baf-1');
    assert.deepEqual(
      two.changes.map((c) => [c.label, c.before, c.after]),
      [
        [
          'Action',
          'Gap analysis of capacity to deliver plan',
          'Electronic patient record convergence business case',
        ],
        ['Due date', 'Feb 26', 'March 26'],
        ['BAF risk', 'GROUP BAF 1', 'GROUP BAF 1'],
      ],
    );
    assert.ok(byRef.has('Group BAF 2 action 1'));
  });

  it('reads a Datix export once the secretary picks the title column: a rating outside 1 to 5 skips the row', async () => {
    const sheet = await mapped(await datixExport(), 'datix.xlsx', {
      'Risk register export': { title: 2, lead: 4 },
    });
    const { sheet: s, mapping } = sheet('Risk register export');
    const read = readRiskSheet(s, mapping, await resolverFor('lpt'));
    assert.deepEqual(
      read.risks.map((r) => r.reference),
      ['2301', '2302'],
    );
    assert.equal(read.risks[1]!.values.scores.target, null);
    assert.deepEqual(
      read.risks[1]!.values.lastUpdated,
      { printed: '30/11/2025', iso: '2025-11-30' },
      'an Excel serial date',
    );
    assert.ok(
      read.problems.some(
        (p) =>
          p.message ===
          'Sheet "Risk register export", row 4, column I (Current consequence (C)): the current consequence 6 is outside the 5 x 5 matrix (1 to 5).',
      ),
      read.problems.map((p) => p.message).join('\n'),
    );
    assert.deepEqual(read.risks[0]!.values.lead?.roleIds, ['role-lpt-medical-director']);
  });

  it('shows how a risk moved across versions, oldest first', async () => {
    const previous = await registerWithRisks('reg-group-baf-2026-01');
    const plan = planRegisterImport(
      await groupBafImport(await bafRegister({ current: { 'GROUP BAF 1': [4, 5] } })),
    );
    const versions = [{ register: plan.register, risks: plan.new.map((p) => p.record) }, previous];
    const history = scoreHistory(versions, 'group baf 1')!;
    assert.deepEqual(
      history.points.map((p) => [p.date, p.current.text, p.band, p.tolerance]),
      [
        ['January 2026', '4 x 4 = 16', 'Extreme', 'at'],
        ['March 2026', '4 x 5 = 20', 'Extreme', 'above'],
      ],
    );
    assert.equal(history.summary, 'GROUP BAF 1: 16 (January 2026), 20 (March 2026).');
    assert.equal(scoreHistory(versions, 'BAF 99'), null);
    const same = compareRegisterVersions(previous, previous);
    assert.match(same.summary, /no changes/);
  });

  it("reads actions listed in a register's Actions column as numbered BAF actions", () => {
    const workbook: Workbook = {
      fileName: 'baf.csv',
      format: 'csv',
      sheets: [
        {
          name: 'baf',
          rows: [
            ['Risk ref', 'Risk', 'Current C', 'Current L', 'Initial C', 'Initial L', 'Actions'],
            [
              'BAF 1',
              'Access to services',
              4,
              4,
              5,
              5,
              '1. Recovery plan\n2. Waiting list validation',
            ],
          ],
          merges: [],
        },
      ],
    };
    const outcome = mapWorkbook(workbook).sheets[0]!;
    assert.equal(outcome.status, 'ready');
    const read = readRiskSheet(workbook.sheets[0]!, outcome.mapping!, () => null);
    assert.deepEqual(
      inlineRiskActions(read.risks).map((a) => [
        a.reference,
        a.values.text,
        a.values.riskReference,
      ]),
      [
        ['BAF 1 action 1', 'Recovery plan', 'BAF 1'],
        ['BAF 1 action 2', 'Waiting list validation', 'BAF 1'],
      ],
    );
    assert.equal(read.risks[0]!.values.scores.target, null);
  });
});
