import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  daysBetween,
  formatDate,
  formatDateTime,
  isClockTime,
  isoWeekOf,
  londonToday,
  londonToUtc,
  mondayOf,
  monthInWords,
  namesAMonth,
  parseNumericUkDate,
  withDatesInWords,
  periodEnd,
  printedDayOrMonthEnd,
  printedMonth,
} from '../../src/domain/dates';

describe('dates', () => {
  it('says a month printed short with its year in words, and nothing else', () => {
    assert.equal(monthInWords('Jan 26'), 'January 2026');
    assert.equal(monthInWords('Sept 2025'), 'September 2025');
    assert.equal(monthInWords('Group SEB Jan 26'), null, 'more than a month');
    assert.equal(monthInWords('31 May 2025'), null, 'a day');
    assert.equal(namesAMonth('Group SEB Feb 26'), true);
    assert.equal(namesAMonth('Group SEB'), false);
  });

  it('formats like a UK board paper', () => {
    assert.equal(formatDate('2026-01-29'), '29 January 2026');
    assert.equal(formatDate('2025-06-01'), '1 June 2025');
  });

  it('shows UTC instants in Europe/London, across BST and GMT', () => {
    assert.equal(formatDateTime('2025-09-25T14:00:00.000Z'), '25 September 2025 at 3.00pm');
    assert.equal(formatDateTime('2026-01-29T15:00:00.000Z'), '29 January 2026 at 3.00pm');
    assert.equal(formatDateTime('2026-01-29T09:30:00.000Z'), '29 January 2026 at 9.30am');
  });

  it('converts London wall-clock times to UTC', () => {
    assert.equal(londonToUtc('2025-09-25', '15:00'), '2025-09-25T14:00:00.000Z');
    assert.equal(londonToUtc('2026-01-29', '15:00'), '2026-01-29T15:00:00.000Z');
  });

  it("takes today's date in London, not UTC", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    assert.equal(londonToday(new Date('2025-06-30T23:30:00Z')), '2025-07-01');
    assert.equal(londonToday(new Date('2025-12-31T23:30:00Z')), '2025-12-31');
  });

  it('reads numeric UK dates and rejects days that do not exist', () => {
    assert.equal(parseNumericUkDate('31/10/2025'), '2025-10-31');
    assert.equal(parseNumericUkDate('1.12.25'), '2025-12-01');
    assert.equal(parseNumericUkDate('15.1.2026'), '2026-01-15');
    assert.equal(parseNumericUkDate('31/06/2025'), 'invalid');
    assert.equal(parseNumericUkDate('29/02/2025'), 'invalid');
    assert.equal(parseNumericUkDate('March 26'), null);
  });

  it('counts days between dates', () => {
    assert.equal(daysBetween('2025-06-30', '2025-07-01'), 1);
    assert.equal(daysBetween('2025-10-25', '2025-10-27'), 2); // across the clocks going back
  });

  it('reads a month a paper names in words', () => {
    assert.equal(printedMonth('December 2025'), '2025-12');
    assert.equal(printedMonth('Closed by March 2026 (Board)'), '2026-03');
    assert.equal(printedMonth('Sept 2025'), null);
    assert.equal(printedMonth('ongoing'), null);
  });

  it('reads the day a paper prints, or the end of the month it names', () => {
    assert.equal(printedDayOrMonthEnd('Group SEB 10 February 2026'), '2026-02-10');
    assert.equal(printedDayOrMonthEnd('May 2026'), '2026-05-31');
    assert.equal(printedDayOrMonthEnd('31 June 2026'), '2026-06-30'); // no such day: its month's end
    assert.equal(printedDayOrMonthEnd('Foundation Trust Private Board'), null);
  });

  it('finds the Monday and ISO week of a date, across a year end', () => {
    assert.equal(mondayOf('2026-11-23'), '2026-11-23'); // a Monday
    assert.equal(mondayOf('2026-11-29'), '2026-11-23'); // the Sunday after
    assert.equal(isoWeekOf('2026-11-23'), '2026-W48');
    assert.equal(mondayOf('2027-01-01'), '2026-12-28');
    assert.equal(isoWeekOf('2027-01-01'), '2026-W53');
  });

  it('accepts 24-hour clock times only', () => {
    for (const ok of ['9:00', '09:00', '23:59']) assert.ok(isClockTime(ok), ok);
    for (const bad of ['24:00', '9am', '9.00', '12:60', '']) assert.ok(!isClockTime(bad), bad);
  });

  it('ends a printed period on its last day: NHS financial quarters and years, months', () => {
    assert.equal(periodEnd('Q1 2024/25'), '2024-06-30');
    assert.equal(periodEnd('Q2 2024/25'), '2024-09-30');
    assert.equal(periodEnd('Q4 2024/25'), '2025-03-31');
    assert.equal(periodEnd('2024/25'), '2025-03-31');
    assert.equal(periodEnd('February 2024'), '2024-02-29');
    assert.equal(periodEnd('soon'), null);
  });
  it('formats, counts days and finds London dates as luxon does, every day of four years and across each clock change', () => {
    const start = DateTime.fromISO('2024-01-01', { zone: 'Europe/London' });
    for (let i = 0; i < 4 * 366; i++) {
      const day = start.plus({ days: i });
      const iso = day.toISODate()!;
      assert.equal(formatDate(iso), day.toFormat('d MMMM yyyy'));
      assert.equal(
        daysBetween('2025-03-30', iso),
        Math.round(day.diff(start.set({ year: 2025, month: 3, day: 30 }), 'days').days),
      );
      for (const hour of [0, 1, 2, 12, 23]) {
        const instant = day.toUTC().set({ hour }).toISO()!;
        assert.equal(
          londonToday(new Date(instant)),
          DateTime.fromISO(instant, { zone: 'utc' }).setZone('Europe/London').toISODate(),
          instant,
        );
      }
    }
    assert.equal(formatDate('2025-02-30'), 'Invalid DateTime', 'not a real day: as before');
    assert.ok(Number.isNaN(daysBetween('2025-02-30', '2025-03-01')));
  });
  it('gives a quoted numeric date in words beside it, and leaves a day that does not exist alone', () => {
    assert.equal(
      withDatesInWords('First round table held 12/04/24 with agreement'),
      'First round table held 12/04/24 (12 April 2024) with agreement',
    );
    assert.equal(withDatesInWords('due 31/06/2025'), 'due 31/06/2025');
    assert.equal(withDatesInWords('ratio 3/4/2025/26'), 'ratio 3/4/2025/26');
  });
});
