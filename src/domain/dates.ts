import { DateTime } from 'luxon';
import type { IsoDate } from './common';

/** Board Clerk stores UTC and shows dates in the UK, as a board paper prints them. */
export const BOARD_TIME_ZONE = 'Europe/London';

function isoToLocal(iso: IsoDate): DateTime {
  return DateTime.fromISO(iso, { zone: BOARD_TIME_ZONE });
}

/** The months as a UK board paper writes them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A value made once per key, in a memo bounded (cleared when full) so it cannot grow without end. */
const MOST_REMEMBERED = 10_000;
function remembered<K, V>(memo: Map<K, V>, key: K, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    if (memo.size >= MOST_REMEMBERED) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/**
 * A real calendar date as year, month and day, or null for anything else. Lists format and compare
 * hundreds of dates per answer: these are plain arithmetic (a date is a day, in any time zone), with
 * luxon kept for everything else.
 */
type CalendarDate = { year: number; month: number; day: number; n: number };

/** The same few hundred dates (due dates, meeting days) are read over and over: each once. */
const calendarDates = new Map<string, CalendarDate | null>();

function calendarDate(iso: string): CalendarDate | null {
  return remembered(calendarDates, iso, () => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return null;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(year, month - 1, day);
    return new Date(t).getUTCDate() === day && month >= 1 && month <= 12
      ? Object.freeze({ year, month, day, n: t / 86_400_000 })
      : null;
  });
}

/**
 * London dates by UTC hour (London is a whole number of hours from UTC, so its date only changes on
 * the hour), and board-paper times by instant: the papers hold a few hundred instants, read in every
 * answer that lists actions or meetings.
 */
const londonDays = new Map<number, IsoDate>();
const boardTimes = new Map<string, string>();

const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'];

/** Year, month and day in London of an instant, from a formatter made once. */
const LONDON_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: BOARD_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** True when `iso` is a real calendar date (not 31 June). */
export function isRealDate(iso: string): boolean {
  return calendarDate(iso) !== null;
}

/** True for a 24-hour clock time as a form sends it: "9:00", "15:30". */
export function isClockTime(value: string): boolean {
  return /^([01]?\d|2[0-3]):[0-5]\d$/.test(value);
}

/** "29 January 2026". */
export function formatDate(iso: IsoDate): string {
  const date = calendarDate(iso);
  if (date) return `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
  return isoToLocal(iso).toFormat('d MMMM yyyy');
}

/** The month of a date as a board paper writes it: "January 2026". */
export function formatMonth(iso: IsoDate): string {
  return formatDate(iso).replace(/^\d+\s+/, '');
}

/** "Thursday 29 January 2026". */
export function formatDateWithWeekday(iso: IsoDate): string {
  const date = calendarDate(iso);
  // Day 0 of the epoch (1 January 1970) was a Thursday.
  if (date) return `${WEEKDAYS[((date.n % 7) + 7) % 7]} ${formatDate(iso)}`;
  return isoToLocal(iso).toFormat('cccc d MMMM yyyy');
}

/** "3.00pm", "10.30am", as UK board papers print times. */
export function formatTime(utc: string): string {
  return remembered(boardTimes, utc, () => {
    const t = DateTime.fromISO(utc, { zone: 'utc' }).setZone(BOARD_TIME_ZONE);
    return `${t.toFormat('h.mm')}${t.hour < 12 ? 'am' : 'pm'}`;
  });
}

/** "29 January 2026 at 3.00pm" in Europe/London for a UTC instant. */
export function formatDateTime(utc: string): string {
  return `${formatDate(londonDateOf(utc))} at ${formatTime(utc)}`;
}

/** The Europe/London wall-clock time of a UTC instant, as a form shows it: "15:00". */
export function londonClockTime(utc: string): string {
  return DateTime.fromISO(utc, { zone: 'utc' }).setZone(BOARD_TIME_ZONE).toFormat('HH:mm');
}

/** The Europe/London calendar date of a UTC instant. */
export function londonDateOf(utc: string | Date): IsoDate {
  // A Date, or an ISO instant in UTC ("…Z"), is read with the cached formatter.
  const instant =
    utc instanceof Date ? utc : /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(utc) ? new Date(utc) : null;
  if (instant && !Number.isNaN(instant.getTime())) {
    return remembered(londonDays, Math.floor(instant.getTime() / 3_600_000), () => {
      const parts = LONDON_DAY.formatToParts(instant);
      const part = (type: string) => parts.find((p) => p.type === type)!.value;
      return `${part('year')}-${part('month')}-${part('day')}`;
    });
  }
  const dt =
    typeof utc === 'string' ? DateTime.fromISO(utc, { zone: 'utc' }) : DateTime.fromJSDate(utc);
  return dt.setZone(BOARD_TIME_ZONE).toISODate() as IsoDate;
}

/** Today's date in Europe/London. */
export function londonToday(now: Date): IsoDate {
  return londonDateOf(now);
}

/** The UTC instant of a Europe/London wall-clock date and time ("15:00"), across BST and GMT. */
export function londonToUtc(iso: IsoDate, time: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`expected a time as HH:MM, got ${time}`);
  const dt = DateTime.fromISO(iso, { zone: BOARD_TIME_ZONE }).set({
    hour: Number(m[1]),
    minute: Number(m[2]),
  });
  if (!dt.isValid) throw new RangeError(`not a valid date and time: ${iso} ${time}`);
  return dt.toUTC().toISO({ suppressMilliseconds: false });
}

/** Whether a date as printed names a day ("9 May 24", "15.1.2026", "31/05/2025"), not only a month. */
export function namesADay(printed: string): boolean {
  return /\b\d{1,2}(st|nd|rd|th)?\s+[A-Za-z]{3,}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(printed);
}

/** A month and its year as papers print them: "April 26", "Group SEB Feb 26", "Sept 2025". */
const PRINTED_MONTH =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*['’]?(\d{2}(?:\d{2})?)\b/i;

/** Whether a date as printed names a month of a year ("April 26", "Group SEB Feb 26", "March 2026"). */
export function namesAMonth(printed: string): boolean {
  return PRINTED_MONTH.test(printed);
}

/** A month printed with its year and nothing else ("Jan 26", "Sept 2025"), in words: "January 2026". */
export function monthInWords(printed: string): string | null {
  const m = PRINTED_MONTH.exec(printed);
  if (!m || printed.trim() !== m[0]) return null;
  const i = MONTHS.findIndex((month) => month.toLowerCase().startsWith(m[1]!.toLowerCase()));
  const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  return `${MONTHS[i]} ${year}`;
}

/** The month a paper names in words ("December 2025", "by March 2026"), as "2025-12"; null if none. */
export function printedMonth(printed: string): string | null {
  const m = /([A-Za-z]+)\s+(\d{4})/.exec(printed);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  return month ? `${m[2]}-${String(month).padStart(2, '0')}` : null;
}

/** 1 to 12 for a month's full English name in any case ("march"), else null. */
function monthNumber(name: string): number | null {
  const i = MONTHS.findIndex((month) => month.toLowerCase() === name.toLowerCase());
  return i < 0 ? null : i + 1;
}

/**
 * The day a paper prints ("Group SEB 10 February 2026"), or the last day of the month it names ("May
 * 2026"); null when it names neither.
 */
export function printedDayOrMonthEnd(printed: string): IsoDate | null {
  const day = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(printed);
  const month = day ? monthNumber(day[2]!) : null;
  if (day && month) {
    const iso = `${day[3]}-${String(month).padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
    if (isRealDate(iso)) return iso;
  }
  const printedAsMonth = printedMonth(printed);
  return printedAsMonth ? endOfMonth(`${printedAsMonth}-01`) : null;
}

/**
 * The last day of a period as board papers print it: a financial-year quarter ("Q2 2024/25" ends 30
 * September 2024), a financial year ("2024/25" ends 31 March 2025) or a month ("March 2025"). Null when
 * the text is none of these.
 */
export function periodEnd(printed: string): IsoDate | null {
  const quarter = /^Q([1-4])\s+(\d{4})\/\d{2}$/i.exec(printed.trim());
  if (quarter) {
    // NHS financial years start in April: Q1 is April to June, Q4 January to March of the next year.
    const start = DateTime.fromObject({ year: Number(quarter[2]), month: 4, day: 1 }).plus({
      months: 3 * (Number(quarter[1]) - 1),
    });
    return start.plus({ months: 3 }).minus({ days: 1 }).toISODate();
  }
  const year = /^(\d{4})\/\d{2}$/.exec(printed.trim());
  if (year) return `${Number(year[1]) + 1}-03-31`;
  const printedAsMonth = printedMonth(printed);
  return printedAsMonth ? endOfMonth(`${printedAsMonth}-01`) : null;
}

/** The Monday of the (Monday to Sunday) week a date falls in. */
export function mondayOf(iso: IsoDate): IsoDate {
  return isoToLocal(iso).startOf('week').toISODate() as IsoDate;
}

/** The ISO week a date falls in: "2026-W48". */
export function isoWeekOf(iso: IsoDate): string {
  return isoToLocal(iso).toFormat("kkkk-'W'WW");
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [a, b] = [calendarDate(from), calendarDate(to)];
  if (a && b) return b.n - a.n;
  return Math.round(isoToLocal(to).diff(isoToLocal(from), 'days').days);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoToLocal(iso).plus({ days }).toISODate() as IsoDate;
}

/** A day moved as far as another moved: a paper deadline when its meeting moves from `from` to `to`. */
export function movedAsFar(day: IsoDate, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(day, daysBetween(from, to));
}

/** Last day of the month of `iso`. */
export function endOfMonth(iso: IsoDate): IsoDate {
  return isoToLocal(iso).endOf('month').toISODate() as IsoDate;
}

/**
 * Reads a numeric UK date as papers print it ("31/10/2025", "1.12.25", "15.1.2026"). Returns the ISO
 * date (YYYY-MM-DD), or `'invalid'` when the numbers do not make a real date (31/06/2025), or null when the text is not
 * a numeric date at all.
 */
export function parseNumericUkDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const iso = `${year}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : 'invalid';
}

/**
 * Quoted text with each numeric date it prints followed by that date in words: "held 12/04/24 (12
 * April 2024)". The paper's own text is kept; the words save a reader decoding a two-digit year.
 */
export function withDatesInWords(text: string): string {
  return text.replace(
    /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?![\d/])/g,
    (printed: string) => {
      const iso = parseNumericUkDate(printed);
      return iso && iso !== 'invalid' ? `${printed} (${formatDate(iso)})` : printed;
    },
  );
}
