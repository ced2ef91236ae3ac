import assert from 'node:assert/strict';
import type { AgendaItem } from '../../src/domain';
import {
  agendaInputId,
  applyAgendaRows,
  blankRow,
  readAgendaRows,
  rowsOf,
  type AgendaRow,
} from '../../src/reminders/agendaEditor';

/** The agenda editor: add, remove, reorder, mark private, set leads; errors next to the field. */
const AGENDA: AgendaItem[] = [
  ['Standing Items', 'Apologies for absence', 'Verbal', 'Chair'],
  ['Standing Items', 'Declarations of interest', 'Verbal', 'Chair'],
  ['Governance and Assurance', 'Board Assurance Framework', 'Paper', 'Company Secretary'],
  ['Governance and Assurance', 'Freedom to Speak Up report', 'Presentation', null],
].map(([section, title, type, lead], i) => ({
  order: i + 1,
  section: section!,
  title: title!,
  type: type as AgendaItem['type'],
  lead: lead ?? null,
  part: 'public' as const,
  asRequired: i === 3,
}));

function titles(result: ReturnType<typeof applyAgendaRows>): string[] {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  return result.agenda.map((i) => `${i.order}. ${i.title}`);
}

describe('agenda editor rules', () => {
  it('keeps the agenda as it is when nothing changes', () => {
    const result = applyAgendaRows(AGENDA, rowsOf(AGENDA));
    assert.ok(result.ok);
    assert.deepEqual(result.agenda, AGENDA);
  });

  it('moves an item to the number it is given, before the item that had it', () => {
    const rows = rowsOf(AGENDA);
    rows[3]!.position = '2';
    assert.deepEqual(titles(applyAgendaRows(AGENDA, rows)), [
      '1. Apologies for absence',
      '2. Freedom to Speak Up report',
      '3. Declarations of interest',
      '4. Board Assurance Framework',
    ]);
  });

  it('removes, adds (into the section before it), marks private and sets leads', () => {
    const rows: AgendaRow[] = [...rowsOf(AGENDA), blankRow(5), blankRow(6)];
    rows[1]!.remove = true;
    rows[2]!.private = true;
    rows[3]!.lead = 'Freedom to Speak Up Guardian';
    rows[4] = { ...rows[4]!, title: 'Chief Executive appraisal', type: 'Paper', private: true };
    const result = applyAgendaRows(AGENDA, rows);
    assert.deepEqual(titles(result), [
      '1. Apologies for absence',
      '2. Board Assurance Framework',
      '3. Freedom to Speak Up report',
      '4. Chief Executive appraisal',
    ]);
    assert.ok(result.ok);
    const [, baf, ftsu, appraisal] = result.agenda;
    assert.equal(baf!.part, 'private');
    assert.equal(ftsu!.lead, 'Freedom to Speak Up Guardian');
    assert.equal(ftsu!.asRequired, true, 'what the form does not show is kept');
    assert.deepEqual(
      [appraisal!.section, appraisal!.type, appraisal!.part],
      ['Governance and Assurance', 'Paper', 'private'],
    );
  });

  it('says what is wrong next to the field', () => {
    const rows = rowsOf(AGENDA);
    rows[0]!.title = '';
    rows[1]!.position = 'second';
    rows[2]!.type = 'Video';
    const result = applyAgendaRows(AGENDA, rows);
    assert.ok(!result.ok);
    assert.match(
      result.errors[agendaInputId(0, 'title')]!,
      /Give the item a title, or tick Remove/,
    );
    assert.match(result.errors[agendaInputId(1, 'position')]!, /Enter the item’s number/);
    assert.match(result.errors[agendaInputId(2, 'type')]!, /Choose Verbal, Paper, Presentation/);
  });

  it('reads the rows a card sent, as text', () => {
    const raw = {
      [agendaInputId(0, 'position')]: '2',
      [agendaInputId(0, 'title')]: ' Apologies ',
      [agendaInputId(0, 'private')]: 'true',
      [agendaInputId(0, 'remove')]: 'false',
      [agendaInputId(1, 'title')]: { not: 'text' },
    };
    const rows = readAgendaRows(raw, 2);
    assert.deepEqual(rows[0], {
      position: '2',
      title: 'Apologies',
      section: '',
      type: '',
      lead: '',
      private: true,
      remove: false,
    });
    assert.equal(rows[1]!.title, '', 'anything but text is ignored');
  });
});
