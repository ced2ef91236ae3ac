import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS as HOLIDAYS } from '../../src/domain/bankHolidays';
import { isRealDate } from '../../src/domain/dates';
import {
  bankHolidayCoverageWarning,
  isWorkingDay,
  notWorkingBecause,
  sendTimeForBrief,
  workingDaysBefore,
} from '../../src/domain/workingDays';

describe('working days', () => {
  it('lists eight bank holidays a year, each a real weekday, for every year it covers', () => {
    const dates = HOLIDAYS.days.map((d) => d.date);
    assert.deepEqual(dates, [...new Set(dates)].sort(), 'in order, no date twice');
    for (const date of dates) {
      assert.ok(isRealDate(date), date);
      assert.ok(DateTime.fromISO(date).weekday <= 5, `${date} is a weekday (substitutes included)`);
    }
    for (let year = HOLIDAYS.firstYear; year <= HOLIDAYS.lastYear; year++)
      assert.equal(dates.filter((d) => d.startsWith(`${year}-`)).length, 8, String(year));
    assert.equal(dates.length, 8 * (HOLIDAYS.lastYear - HOLIDAYS.firstYear + 1));
  });

  it('does not work weekends or bank holidays, substitute days included', () => {
    assert.equal(isWorkingDay('2026-01-10'), false, 'Saturday');
    assert.equal(isWorkingDay('2026-01-11'), false, 'Sunday');
    assert.equal(isWorkingDay('2026-04-06'), false, 'Easter Monday');
    assert.equal(isWorkingDay('2026-12-28'), false, 'Boxing Day (substitute day)');
    assert.equal(isWorkingDay('2026-04-07'), true, 'the Tuesday after Easter');
    assert.equal(isWorkingDay('2026-12-26'), false, 'Boxing Day itself is a Saturday');
  });

  it('says why a day is not a working day: a weekend, or the bank holiday by name', () => {
    assert.equal(notWorkingBecause('2026-01-10'), 'a weekend');
    assert.match(notWorkingBecause('2026-04-06') ?? '', /Easter Monday/);
    assert.equal(notWorkingBecause('2026-04-07'), null);
  });

  it('counts back over weekends', () => {
    assert.equal(workingDaysBefore('2026-01-12', 1), '2026-01-09', 'Monday → Friday');
    assert.equal(workingDaysBefore('2026-01-12', 3), '2026-01-07');
    assert.equal(workingDaysBefore('2026-01-12', 0), '2026-01-12', 'zero is the day itself');
    assert.equal(workingDaysBefore('2026-01-11', 1), '2026-01-09', 'from a Sunday');
  });

  it('counts back over Christmas and New Year', () => {
    // 25 Dec 2026 Fri, 28 Dec Mon (Boxing Day substitute), 1 Jan 2027 Fri.
    assert.equal(workingDaysBefore('2027-01-07', 5), '2026-12-30');
    assert.equal(workingDaysBefore('2027-01-07', 7), '2026-12-24');
    // Christmas 2027 falls on a weekend: both substitutes, 27 and 28 December.
    assert.equal(workingDaysBefore('2027-12-29', 1), '2027-12-24');
  });

  it('counts back over Easter', () => {
    // Good Friday 3 April 2026, Easter Monday 6 April.
    assert.equal(workingDaysBefore('2026-04-09', 2), '2026-04-07');
    assert.equal(workingDaysBefore('2026-04-09', 3), '2026-04-02');
    assert.equal(workingDaysBefore('2026-04-09', 4), '2026-04-01');
  });

  it('refuses a date that does not exist or a count that is not a whole number', () => {
    assert.throws(() => workingDaysBefore('2026-02-30', 1), /expected a date as YYYY-MM-DD/);
    assert.throws(() => workingDaysBefore('2026-02-03', -1), /whole number of working days/);
    assert.throws(() => workingDaysBefore('2026-02-03', 1.5), /whole number of working days/);
  });

  describe('when a brief is sent', () => {
    const at = (meetingStartUtc: string, workingDays: number, time: string): string =>
      sendTimeForBrief(meetingStartUtc, { workingDaysBefore: workingDays, at: time }).toISOString();

    it('uses BST before the October change for a meeting in GMT after it', () => {
      // Clocks go back on Sunday 25 October 2026; the meeting is Tuesday 27 October, 10am GMT.
      assert.equal(at('2026-10-27T10:00:00Z', 2, '08:00'), '2026-10-23T07:00:00.000Z');
    });

    it('uses GMT before the March change for a meeting in BST after it', () => {
      // Clocks go forward on Sunday 29 March 2026; the meeting is Tuesday 31 March, 10am BST.
      assert.equal(at('2026-03-31T09:00:00Z', 2, '08:00'), '2026-03-27T08:00:00.000Z');
    });

    it('skips Easter and crosses the March change together', () => {
      // Good Friday 26 March 2027, clocks forward Sunday 28 March, Easter Monday 29 March; the
      // meeting is Thursday 1 April at 2pm BST.
      assert.equal(at('2027-04-01T13:00:00Z', 3, '09:00'), '2027-03-25T09:00:00.000Z');
    });

    it('counts from the meeting’s day in London, not in UTC', () => {
      // 00:30 BST on Wednesday 1 July 2026 is still Tuesday 30 June in UTC.
      assert.equal(at('2026-06-30T23:30:00Z', 1, '09:00'), '2026-06-30T08:00:00.000Z');
    });

    it('refuses a time that is not HH:MM or a negative count', () => {
      assert.throws(() => at('2026-10-27T10:00:00Z', 2, '9am'), /expected a time as HH:MM/);
      assert.throws(() => at('2026-10-27T10:00:00Z', -1, '09:00'), /too_small|>=0/);
    });
  });

  describe('coverage of the bank holiday data', () => {
    it('says nothing while every year is covered', () => {
      assert.equal(bankHolidayCoverageWarning('2026-12-01', '2027-12-01'), null);
    });

    it('warns, naming the year and where to get it, when a year is not covered', () => {
      assert.equal(
        bankHolidayCoverageWarning('2028-06-01', '2029-06-01'),
        'Bank holidays in England and Wales are known for 2024 to 2028 only, so working days in 2029 skip weekends alone: add their bank holidays from https://www.gov.uk/bank-holidays.json to src/domain/bankHolidays.ts',
      );
      assert.match(bankHolidayCoverageWarning('2023-12-01', '2024-01-10') ?? '', / in 2023 skip/);
    });

    it('skips weekends only in a year it does not cover', () => {
      // 1 January 2029 (a Monday) will be a bank holiday, but 2029 is not in the data yet.
      assert.equal(workingDaysBefore('2029-01-02', 1), '2029-01-01');
    });
  });
});
