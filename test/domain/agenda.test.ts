import assert from 'node:assert/strict';
import { loadDataset } from '../../src/dataset/bundled';
import { agendaForMeeting, agendaFromWorkplan } from '../../src/domain/agenda';
import type { Workplan } from '../../src/domain/meeting';

describe('an agenda filled from the workplan', () => {
  let workplan: Workplan;
  before(async () => {
    const dataset = await loadDataset();
    workplan = dataset.records.find((r): r is Workplan => r.kind === 'workplan')!;
  });

  const titles = (date: string) => agendaFromWorkplan(workplan, date).map((i) => i.title);

  it('is what the workplan plans for a date it covers', () => {
    const january = agendaFromWorkplan(workplan, '2026-01-29');
    assert.equal(january.length, 13);
    assert.equal(january.find((i) => /East Midlands/.test(i.title))?.asRequired, true);
  });

  it('is what it plans for every meeting, for a date it does not cover (its ticks, not its words)', () => {
    const later = titles('2027-01-28');
    assert.deepEqual(later, titles('2026-01-29'));
    assert.ok(later.includes('Group and System Finance update'));
    assert.ok(later.some((t) => t.startsWith('THRIVE Strategy Update')));
    // "Every meeting" is printed beside it, but no meeting is ticked.
    assert.ok(!later.includes('Group Board Annual Effectiveness and Terms of Reference'));
    assert.equal(
      agendaFromWorkplan(workplan, '2027-01-28').find((i) => /East Midlands/.test(i.title))
        ?.asRequired,
      true,
    );
  });

  it('is nothing without a workplan', () => {
    assert.deepEqual(agendaFromWorkplan(null, '2027-01-28'), []);
  });

  it("gives a private meeting only the opening items, none of the public workplan's business", () => {
    const items = agendaForMeeting(workplan, '2027-01-28', 'private');
    assert.deepEqual(
      items.map((i) => [i.order, i.title, i.part]),
      [
        [1, 'Apologies/Welcome', 'private'],
        [2, items[1]!.title, 'private'],
        [3, 'Minutes of Previous Meeting', 'private'],
        [4, 'Matters Arising (Action Log)', 'private'],
      ],
    );
    assert.match(items[1]!.title, /^Declarations of Interest/);
    assert.deepEqual(
      agendaForMeeting(workplan, '2027-01-28', 'public'),
      agendaFromWorkplan(workplan, '2027-01-28'),
    );
  });
});
