import assert from 'node:assert/strict';
import { mapWorkbook, rememberMapping, type SheetOutcome } from '../../src/imports/mapping';
import { readWorkbook } from '../../src/imports/read';
import type { Workbook } from '../../src/imports/workbook';
import {
  bafRegister,
  datixExport,
  mattersArising,
  ukDatesCsv,
  wellLedPlan,
} from '../fixtures/imports/layouts';

async function book(bytes: Buffer, name: string): Promise<Workbook> {
  const r = await readWorkbook(bytes, name);
  if (!r.ok) assert.fail(r.refusal.message);
  return r.workbook;
}

function sheet(outcomes: SheetOutcome[], name: string): SheetOutcome {
  const s = outcomes.find((o) => o.sheet === name);
  assert.ok(s, `no sheet ${name}`);
  return s;
}

function headersOf(o: SheetOutcome): Record<string, string> {
  const m = o.mapping!;
  return Object.fromEntries(Object.entries(m.columns).map(([f, c]) => [f, m.headers[c]!]));
}

describe('imports: recognising sheets and columns', () => {
  it('reads a matters-arising sheet under its title rows, by the headers minutes use', async () => {
    const mapping = mapWorkbook(await book(await mattersArising(), 'GTB actions.xlsx'));
    assert.equal(mapping.ready, true);
    const s = sheet(mapping.sheets, 'Action log');
    assert.equal(s.kind, 'action-log');
    assert.deepEqual(s.mapping!.headerRows, [4]);
    assert.deepEqual(headersOf(s), {
      reference: 'Minute no.',
      text: 'Action/ issue',
      owner: 'Lead',
      due: 'Due date',
      status: 'Status',
      progress: 'Evidence',
    });
  });

  it('reads the well-led plan past its key sheet, with section headings and task leads', async () => {
    const mapping = mapWorkbook(await book(await wellLedPlan(), 'Well-led plan.xlsx'));
    assert.equal(sheet(mapping.sheets, 'Key').status, 'skipped');
    const s = sheet(mapping.sheets, 'Action plan');
    assert.equal(s.status, 'ready');
    assert.deepEqual(headersOf(s), {
      reference: 'No.',
      text: 'Action',
      owner: 'Action Lead',
      taskLead: 'Task Lead(s)',
      due: 'Delivery Date',
      progress: 'Progress Update',
      area: 'Area of Development',
      committee: 'Committee sign off',
    });
  });

  it('reads a BAF whose header is two merged rows ("Current" over C | L | Score) and its actions sheet', async () => {
    const mapping = mapWorkbook(await book(await bafRegister(), 'Group BAF.xlsx'));
    assert.equal(mapping.ready, true);
    const baf = sheet(mapping.sheets, 'Group BAF');
    assert.equal(baf.kind, 'risk-register');
    assert.deepEqual(baf.mapping!.headerRows, [1, 2]);
    const h = headersOf(baf);
    assert.equal(h['current.consequence'], 'Current C');
    assert.equal(h['current.likelihood'], 'Current L');
    assert.equal(h['current.score'], 'Current Score');
    assert.equal(h['initial.score'], 'Initial Score');
    assert.equal(h['target.likelihood'], 'Target L');
    assert.equal(h.assurance2, 'Sources of assurance 2nd line');
    assert.equal(h.lead, 'Exec lead');
    assert.equal(h.appetite, 'Risk appetite');
    assert.equal(h.controlGaps, 'Gaps in control');
    const actions = sheet(mapping.sheets, 'BAF actions');
    assert.equal(actions.kind, 'action-log');
    assert.equal(headersOf(actions).riskReference, 'Risk ref');
    assert.equal(headersOf(actions).reference, 'Action no');
  });

  it('asks which column is the risk when a Datix export has both Title and Description, and accepts the answer', async () => {
    const workbook = await book(await datixExport(), 'datix.xlsx');
    const first = mapWorkbook(workbook);
    assert.equal(first.ready, false);
    assert.equal(first.columnDecisions.length, 1);
    const decision = first.columnDecisions[0]!;
    assert.equal(decision.field, 'title');
    assert.equal(decision.reason, 'ambiguous');
    assert.deepEqual(
      decision.options.map((o) => `${o.letter}: ${o.header} (${o.examples[0]})`),
      ['B: Title (Waiting times)', 'C: Description (Patients wait longer than 18 weeks for…)'],
    );
    assert.match(decision.question, /several columns could be the risk \(title or description\)/);
    const s = sheet(first.sheets, 'Risk register export');
    assert.equal(headersOf(s)['current.score'], 'Rating (current)');
    assert.equal(headersOf(s)['initial.consequence'], 'Consequence (initial)');
    assert.equal(headersOf(s).lead, undefined, '"Handler" is no synonym');

    const answered = mapWorkbook(workbook, {
      choices: { 'Risk register export': { title: 2, lead: 4 } },
    });
    assert.equal(answered.ready, true);
    assert.equal(headersOf(sheet(answered.sheets, 'Risk register export')).lead, 'Handler');

    // Remembered for the organisation: next time the same headers map without asking.
    const saved = rememberMapping(sheet(answered.sheets, 'Risk register export').mapping!);
    const next = mapWorkbook(workbook, { remembered: [saved] });
    assert.equal(next.ready, true);
    assert.equal(headersOf(sheet(next.sheets, 'Risk register export')).title, 'Title');
    assert.equal(headersOf(sheet(next.sheets, 'Risk register export')).lead, 'Handler');
  });

  it('asks for a required column it cannot find, listing every column with examples', () => {
    const workbook: Workbook = {
      fileName: 'log.xlsx',
      format: 'xlsx',
      sheets: [
        {
          name: 'Log',
          rows: [
            ['Ref', 'Action', 'Who', 'When by'],
            ['L1', 'Do it', 'DoCA', '31/03/2026'],
          ],
          merges: [],
        },
      ],
    };
    const first = mapWorkbook(workbook);
    assert.equal(first.ready, false);
    const decision = first.columnDecisions.find((d) => d.field === 'due');
    assert.ok(decision);
    assert.equal(decision.reason, 'not-found');
    assert.deepEqual(
      decision.options.map((o) => [o.letter, o.header, o.mappedTo]),
      [
        ['A', 'Ref', 'Reference'],
        ['B', 'Action', 'Action'],
        ['C', 'Who', 'Owner (action lead)'],
        ['D', 'When by', null],
      ],
    );
    assert.equal(mapWorkbook(workbook, { choices: { Log: { due: 4 } } }).ready, true);
  });

  it('blocks a file with no recognisable sheet and offers to say what each sheet holds', () => {
    const workbook: Workbook = {
      fileName: 'notes.xlsx',
      format: 'xlsx',
      sheets: [{ name: 'Notes', rows: [['Meeting notes'], ['Apologies', 'None']], merges: [] }],
    };
    const mapping = mapWorkbook(workbook);
    assert.equal(mapping.ready, false);
    assert.match(mapping.blocked!, /No sheet in notes\.xlsx has the columns of an action log/);
    assert.deepEqual(mapping.sheetDecisions[0]!.options, ['action-log', 'risk-register', 'skip']);
    const forced = mapWorkbook(workbook, { kinds: { Notes: 'action-log' } });
    assert.equal(forced.blocked, null);
    assert.ok(
      forced.columnDecisions.some((d) => d.field === 'reference' && d.reason === 'not-found'),
    );
  });

  it('reads a CSV action log whose headers are Owner, Due, RAG and Latest update', async () => {
    const mapping = mapWorkbook(await book(ukDatesCsv(), 'actions.csv'));
    assert.equal(mapping.ready, true);
    assert.deepEqual(headersOf(mapping.sheets[0]!), {
      reference: 'Ref',
      text: 'Action',
      owner: 'Owner',
      due: 'Due',
      revisedDue: 'Revised date',
      deliveryStatus: 'RAG',
      progress: 'Latest update',
      progressDate: 'Update date',
    });
  });

  it('reads a register that scores once (no stage in the headers) as the current score', () => {
    const workbook: Workbook = {
      fileName: 'risks.csv',
      format: 'csv',
      sheets: [
        {
          name: 'risks',
          rows: [
            ['Risk ID', 'Risk description', 'Initial score', 'Consequence', 'Likelihood', 'C x L'],
            ['R1', 'Flooding', '5 x 4 = 20', 4, 3, 12],
          ],
          merges: [],
        },
      ],
    };
    const mapping = mapWorkbook(workbook);
    assert.equal(mapping.ready, true);
    assert.deepEqual(headersOf(mapping.sheets[0]!), {
      reference: 'Risk ID',
      title: 'Risk description',
      'initial.score': 'Initial score',
      'current.consequence': 'Consequence',
      'current.likelihood': 'Likelihood',
      'current.score': 'C x L',
    });
  });
});
