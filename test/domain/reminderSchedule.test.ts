import assert from 'node:assert/strict';
import { plannedReminders, reminderHeadline } from '../../src/domain/reminderSchedule';

const NOW = new Date('2026-12-07T10:00:00Z');

function planned(startsAt: string, paperDeadline: string) {
  return Object.fromEntries(
    plannedReminders({ body: 'Group Trust Board', startsAt, paperDeadline }, {}, NOW).map((r) => [
      r.kind,
      r.dueAt,
    ]),
  );
}

describe('default reminder times', () => {
  it('moves a paper-deadline reminder that falls on a weekend back to the Friday before', () => {
    // Deadline Tuesday 19 January 2027: two days before is Sunday 17th, so Friday 15th at 9.00am.
    const at = planned('2027-01-28T15:00:00.000Z', '2027-01-19T17:00:00.000Z');
    assert.equal(at['paper-deadline'], '2027-01-15T09:00:00.000Z');
    assert.equal(at['week-before'], '2027-01-21T09:00:00.000Z');
    assert.equal(at['day-before'], '2027-01-27T09:00:00.000Z');
  });

  it('skips bank holidays as well as weekends, and keeps a working day as it is', () => {
    // Deadline Wednesday 30 December 2026: Monday 28th is a bank holiday, Friday 25th Christmas Day.
    const christmas = planned('2027-01-07T15:00:00.000Z', '2026-12-30T17:00:00.000Z');
    assert.equal(christmas['paper-deadline'], '2026-12-24T09:00:00.000Z');
    // Deadline Thursday 21 January 2027: Tuesday 19th, a working day, at 9.00am.
    const weekday = planned('2027-01-28T15:00:00.000Z', '2027-01-21T17:00:00.000Z');
    assert.equal(weekday['paper-deadline'], '2027-01-19T09:00:00.000Z');
  });

  it('sends the day-before reminder of a Monday meeting on the Friday, headed with the day', () => {
    // Meeting Monday 15 March 2027: the day before is Sunday 14th, so Friday 12th at 9.00am.
    const at = planned('2027-03-15T15:00:00.000Z', '2027-03-08T17:00:00.000Z');
    assert.equal(at['day-before'], '2027-03-12T09:00:00.000Z');
    assert.equal(
      reminderHeadline('day-before', at['day-before'], '2027-03-15T15:00:00.000Z'),
      'On Monday 15 March 2027',
    );
    // (A Thursday meeting's is the Wednesday, and says "Tomorrow".)
    const thursday = planned('2027-01-28T15:00:00.000Z', '2027-01-19T17:00:00.000Z');
    assert.equal(
      reminderHeadline('day-before', thursday['day-before']!, '2027-01-28T15:00:00.000Z'),
      'Tomorrow',
    );
  });

  it('heads a week-before reminder moved off a bank holiday with the days left, not "one week"', () => {
    // Meeting Monday 4 January 2027: a week before is bank holiday Monday 28 December, so Thursday 24th.
    const at = planned('2027-01-04T10:00:00.000Z', '2026-12-21T17:00:00.000Z');
    assert.equal(at['week-before'], '2026-12-24T09:00:00.000Z');
    assert.equal(
      reminderHeadline('week-before', at['week-before'], '2027-01-04T10:00:00.000Z'),
      '11 days to go',
    );
    const thursday = planned('2027-01-28T15:00:00.000Z', '2027-01-19T17:00:00.000Z');
    assert.equal(
      reminderHeadline('week-before', thursday['week-before']!, '2027-01-28T15:00:00.000Z'),
      'One week to go',
    );
  });
});
