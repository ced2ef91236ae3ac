import { DateTime } from 'luxon';
import { type BankHolidays, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bankHolidays';
import type { IsoDate } from './common';
import { addDays, isRealDate, londonDateOf, londonToUtc } from './dates';
import { BriefTiming } from './reminderSchedule';

export { BriefTiming };

/**
 * Working days as a board office counts them: Monday to Friday in Europe/London, less the bank
 * holidays of England and Wales. Used to send things "N working days before" a meeting.
 */

function checkedDate(date: IsoDate): DateTime {
  if (!isRealDate(date)) throw new RangeError(`expected a date as YYYY-MM-DD, got ${date}`);
  return DateTime.fromISO(date);
}

/** False on Saturdays, Sundays and bank holidays. */
export function isWorkingDay(
  date: IsoDate,
  holidays: BankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): boolean {
  return checkedDate(date).weekday <= 5 && !holidays.days.some((day) => day.date === date);
}

/** Why a day is not a working day ("a weekend", "Good Friday"), or null when it is one. */
export function notWorkingBecause(
  date: IsoDate,
  holidays: BankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): string | null {
  if (isWorkingDay(date, holidays)) return null;
  return holidays.days.find((day) => day.date === date)?.title ?? 'a weekend';
}

/**
 * The day `n` working days before `date` (which does not count itself): 1 working day before Monday
 * 12 January 2026 is Friday 9 January; 0 is `date` itself.
 */
export function workingDaysBefore(
  date: IsoDate,
  n: number,
  holidays: BankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): IsoDate {
  checkedDate(date);
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`expected a whole number of working days, got ${n}`);
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, -1);
    if (isWorkingDay(day, holidays)) left--;
  }
  return day;
}

/**
 * The UTC instant a meeting's brief is sent: `timing.workingDaysBefore` working days before the
 * meeting's day in Europe/London, at `timing.at` UK time on that day (GMT or BST, whichever is in force
 * then, not at the meeting).
 */
export function sendTimeForBrief(
  meetingStartUtc: Date | string,
  timing: BriefTiming,
  holidays: BankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): Date {
  const { workingDaysBefore: n, at } = BriefTiming.parse(timing);
  const sendDay = workingDaysBefore(londonDateOf(meetingStartUtc), n, holidays);
  return new Date(londonToUtc(sendDay, at));
}

/**
 * A sentence for the log when some year from `from` to `to` has no bank holiday data (working days
 * there skip weekends only), or null when every year is covered.
 */
export function bankHolidayCoverageWarning(
  from: IsoDate,
  to: IsoDate,
  holidays: BankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): string | null {
  const missing: number[] = [];
  for (let year = checkedDate(from).year; year <= checkedDate(to).year; year++)
    if (year < holidays.firstYear || year > holidays.lastYear) missing.push(year);
  if (!missing.length) return null;
  return `Bank holidays in ${holidays.region} are known for ${holidays.firstYear} to ${holidays.lastYear} only, so working days in ${missing.join(', ')} skip weekends alone: add their bank holidays from ${holidays.source} to src/domain/bankHolidays.ts`;
}
