import assert from 'node:assert/strict';
import { readActionSheet } from '../../src/imports/actionSheet';
import { mapWorkbook } from '../../src/imports/mapping';
import { readWorkbook } from '../../src/imports/read';
import type { Workbook } from '../../src/imports/workbook';
import { mattersArising, ukDatesCsv, wellLedPlan } from '../fixtures/imports/layouts';
import { resolverFor } from '../fixtures/imports/dataset';

async function readSheet(
  bytes: Buffer,
  fileName: string,
  sheet: string,
  shortName: string,
  orgs: string[],
) {
  const r = await readWorkbook(bytes, fileName);
  if (!r.ok) assert.fail(r.refusal.message);
  const workbook: Workbook = r.workbook;
  const outcome = mapWorkbook(workbook).sheets.find((s) => s.sheet === sheet)!;
  assert.equal(outcome.status, 'ready');
  return readActionSheet(
    workbook.sheets.find((s) => s.name === sheet)!,
    outcome.mapping!,
    {
      shortName,
      resolveOwner: await resolverFor(...orgs),
    },
  );
}

describe('imports: reading an action log row by row', () => {
  it('reads the well-led plan: sections from headings, merged areas, owners by code, the OCR slip "Dol"', async () => {
    const result = await readSheet(await wellLedPlan(), 'plan.xlsx', 'Action plan', 'Well-Led', [
      'well-led-trust',
    ]);
    assert.deepEqual(
      result.actions.map((a) => a.reference),
      [
        'Well-Led Leadership 1',
        'Well-Led Leadership 2',
        'Well-Led Leadership 3',
        'Well-Led Freedom to Speak Up 5',
        'Well-Led Freedom to Speak Up 10',
        'Well-Led Freedom to Speak Up 11',
        'Well-Led Freedom to Speak Up 12',
      ],
    );
    const [first, second] = result.actions;
    assert.equal(
      second!.values.area,
      'Unitary Board development',
      'a cell merged down counts for each row',
    );
    assert.deepEqual(first!.values.owner, {
      printed: 'Chair and ACE/DCE',
      roleIds: ['role-wlt-chair', 'role-wlt-ace', 'role-wlt-dce'],
      unresolved: [],
    });
    assert.equal(first!.values.section, 'Leadership');
    assert.equal(first!.values.number, 1);
    assert.deepEqual(first!.values.originalDue, { printed: '31/10/2025', iso: '2025-10-31' });
    const twelve = result.actions[6]!;
    assert.deepEqual(twelve.values.taskLead?.roleIds, ['role-wlt-doi', 'role-wlt-ddsp']);
    assert.deepEqual(twelve.values.originalDue, { printed: 'March 26', iso: '2026-03-31' });

    const ten = result.actions[4]!;
    assert.deepEqual(ten.values.originalDue, { printed: '31/06/2025', iso: null });
    assert.equal(ten.flags[0]!.kind, 'invalid-date');
    assert.deepEqual(
      result.problems.map((p) => `${p.severity}: ${p.message}`),
      [
        'flagged: Sheet "Action plan", row 12, column F (Due date): 31/06/2025 is not a real date. Imported as printed, with no day and a data-quality flag.',
      ],
    );
  });

  it('reads a matters-arising sheet: minute numbers as references, statuses, unknown owners listed', async () => {
    const result = await readSheet(await mattersArising(), 'gtb.xlsx', 'Action log', 'GTB', [
      'lpt-nhft-group',
    ]);
    const byRef = new Map(result.actions.map((a) => [a.reference, a]));
    assert.deepEqual([...byRef.keys()], ['GTB/25/14', 'GTB/25/15', 'GTB/25/17', 'GTB/25/18']);
    const a14 = byRef.get('GTB/25/14')!.values;
    assert.equal(a14.minuteReference, 'GTB/25/14');
    assert.deepEqual(
      a14.originalDue,
      { printed: '29/01/2026', iso: '2026-01-29' },
      'a real date cell',
    );
    assert.equal(a14.status, 'open');
    assert.equal(a14.progress, null);
    assert.equal(byRef.get('GTB/25/15')!.values.status, 'closed');
    assert.deepEqual(byRef.get('GTB/25/15')!.values.progress, {
      note: 'Published on the intranet, 12 January 2026',
      date: null,
    });
    assert.equal(byRef.get('GTB/25/17')!.values.deliveryStatus, 'on-track');
    assert.equal(byRef.get('GTB/25/17')!.values.status, 'open');
    assert.deepEqual(result.unresolvedOwners, [{ printed: 'Head of Estates', rows: [7] }]);
    const messages = result.problems.map((p) => p.message);
    assert.ok(
      messages.includes(
        'Sheet "Action log", row 7, column C (Owner (action lead)): nobody in the directory holds "Head of Estates". Imported with the owner as printed; map the role to a person so they are reminded.',
      ),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => /row 7, column D \(Due date\): 31\/09\/2025 is not a real date/.test(m)),
    );
  });

  it('reads a CSV with every UK date form, flags what the file gets wrong and renames a duplicate reference', async () => {
    const result = await readSheet(ukDatesCsv(), 'actions.csv', 'actions', 'Board', [
      'well-led-trust',
    ]);
    const due = result.actions.map((a) => [
      a.reference,
      a.values.originalDue?.printed,
      a.values.originalDue?.iso,
    ]);
    assert.deepEqual(due, [
      ['A1', '29/01/2026', '2026-01-29'],
      ['A2', '29 Jan 26', '2026-01-29'],
      ['A3', 'Jan 26', '2026-01-31'],
      ['A4', 'Q2 2025/26', null],
      ['A5', '31/09/2025', null],
      ['A6', '46112', null],
      ['A7', 'TBC', null],
      ['A1 (2)', '29/01/2026', '2026-01-29'],
    ]);
    const a2 = result.actions[1]!.values;
    assert.deepEqual(a2.revisedDue, { printed: '31/03/2026', iso: '2026-03-31', reason: null });
    assert.deepEqual(a2.progress, {
      note: 'Date moved to fit the board calendar',
      date: { printed: '2026-01-15', iso: '2026-01-15' },
    });
    assert.equal(result.actions[2]!.values.deliveryStatus, 'delivered');
    assert.equal(result.actions[3]!.values.deliveryStatus, 'not-on-track');
    assert.deepEqual(
      result.actions[6]!.values.owner?.roleIds,
      ['role-wlt-doca'],
      "a person's name stands for their roles",
    );
    const dup = result.actions[7]!;
    assert.equal(dup.flags[0]!.kind, 'inconsistent-record');
    const messages = result.problems.map((p) => p.message);
    for (const expected of [
      'Sheet "actions", row 6, column D (Due date): 31/09/2025 is not a real date. Imported as printed, with no day and a data-quality flag.',
      'Sheet "actions", row 8, column D (Due date): "TBC" is not a date. Imported as printed, with no day and a data-quality flag.',
      'Sheet "actions", row 9, column A (Reference): the reference A1 is also used on row 2. Imported as A1 (2) with a data-quality flag; give it its own reference in the file.',
    ])
      assert.ok(messages.includes(expected), `missing: ${expected}\n${messages.join('\n')}`);
  });
});
