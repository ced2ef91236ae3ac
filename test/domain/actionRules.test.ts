import assert from 'node:assert/strict';
import {
  daysOverdue,
  describeDue,
  dueShown,
  effectiveDue,
  isDueBetween,
  isOverdue,
} from '../../src/domain/actionRules';
import { testAction } from '../helpers/fixtures';

describe('action due dates', () => {
  it('is overdue the day after its due date, and counts the days', () => {
    const a = testAction(1, { originalDue: { printed: '30/06/2025', iso: '2025-06-30' } });
    assert.equal(isOverdue(a, '2025-06-30'), false);
    assert.equal(daysOverdue(a, '2025-07-01'), 1);
    assert.equal(daysOverdue(a, '2025-07-31'), 31);
  });

  it('a closed action is never overdue', () => {
    const a = testAction(1, { status: 'closed' });
    assert.equal(isOverdue(a, '2030-01-01'), false);
  });

  it('an action proposed for closure waits for the secretary: it is not overdue', () => {
    const a = testAction(1, { status: 'proposed-for-closure', deliveryStatus: 'delivered' });
    assert.equal(daysOverdue(a, '2030-01-01'), null);
    assert.equal(isOverdue(testAction(1), '2030-01-01'), true, 'the same action open is');
  });

  it('an open action its log reports delivered is not chased as overdue', () => {
    const a = testAction(1, { deliveryStatus: 'delivered' });
    assert.equal(daysOverdue(a, '2030-01-01'), null);
    assert.equal(
      isOverdue(testAction(1, { deliveryStatus: 'some-issues' }), '2030-01-01'),
      true,
      'one with issues is',
    );
  });

  it('uses the revised date when there is one, and shows both', () => {
    const a = testAction(1, {
      originalDue: { printed: '30/09/2025', iso: '2025-09-30' },
      revisedDue: { iso: '2026-03-31', reason: 'Waiting for the audit', setBy: { name: 'Tester' } },
    });
    assert.deepEqual(effectiveDue(a), { iso: '2026-03-31', revised: true, interpreted: false });
    assert.equal(isOverdue(a, '2025-12-01'), false);
    assert.equal(describeDue(a), 'due 30 September 2025, revised to 31 March 2026');
  });

  it('shows a due date printed as a month as that month, not the last day it is counted from', () => {
    const month = testAction(1, { originalDue: { printed: 'April 26', iso: '2026-04-30' } });
    assert.equal(dueShown(month), 'April 2026');
    assert.equal(describeDue(month), 'due April 2026');
    assert.equal(daysOverdue(month, '2026-05-01'), 1, 'overdue once the month has ended');
    const routed = testAction(1, {
      originalDue: { printed: 'Group SEB Feb 26', iso: '2026-02-28' },
    });
    assert.equal(dueShown(routed), 'February 2026');
    const day = testAction(1, { originalDue: { printed: '31/05/2025', iso: '2025-05-31' } });
    assert.equal(dueShown(day), '31 May 2025');
    const revised = testAction(1, {
      originalDue: { printed: 'April 26', iso: '2026-04-30' },
      revisedDue: { iso: '2026-06-15', reason: 'Waiting for the audit', setBy: { name: 'Tester' } },
    });
    assert.equal(dueShown(revised), '15 June 2026');
    assert.equal(describeDue(revised), 'due April 2026, revised to 15 June 2026');
  });

  it('reads a date that does not exist through its data-quality flag, and says so', () => {
    const a = testAction(1, {
      originalDue: { printed: '31/06/2025', iso: null },
      dataQuality: [
        {
          kind: 'invalid-date',
          field: 'originalDue',
          printed: '31/06/2025',
          expected: '2025-06-30',
          message: 'x',
          detectedBy: 'transcriber',
        },
      ],
    });
    assert.deepEqual(effectiveDue(a), { iso: '2025-06-30', revised: false, interpreted: true });
    assert.equal(describeDue(a), 'due 31/06/2025 (read as 30 June 2025)');
    assert.equal(daysOverdue(a, '2025-07-02'), 2);
  });

  it('an action with no due date is never overdue', () => {
    const a = testAction(1, { originalDue: { printed: 'TBC', iso: null } });
    assert.equal(isOverdue(a, '2030-01-01'), false);
    assert.equal(describeDue(a), 'due TBC');
  });

  it('reads a financial year or quarter as due by its last day, and says so', () => {
    const due = (printed: string) =>
      effectiveDue(testAction(1, { originalDue: { printed, iso: null } })).iso;
    const year = testAction(1, { originalDue: { printed: '2024/25', iso: null } });
    assert.deepEqual(effectiveDue(year), { iso: '2025-03-31', revised: false, interpreted: true });
    assert.equal(describeDue(year), 'due 2024/25 (read as 31 March 2025)');
    assert.equal(isOverdue(year, '2025-03-31'), false);
    assert.equal(daysOverdue(year, '2025-04-01'), 1);
    assert.equal(due('24/25'), '2025-03-31');
    assert.equal(due('Q1 24/25'), '2024-06-30');
    assert.equal(due('Q3 24/25'), '2024-12-31');
    assert.equal(due('Q4 24/25'), '2025-03-31');
    assert.equal(due('Q2/3 24/25'), '2024-12-31');
    assert.equal(due('2024/26'), null, 'not one financial year');
    assert.equal(due('March 2023'), null);
  });

  it('finds open actions due within a period', () => {
    const a = testAction(1, { originalDue: { printed: '31/03/2026', iso: '2026-03-31' } });
    assert.equal(isDueBetween(a, '2026-03-01', '2026-03-31'), true);
    assert.equal(isDueBetween(a, '2026-04-01', '2026-04-30'), false);
  });
});
