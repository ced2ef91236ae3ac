import { DateTime } from 'luxon';
import type { ActionStatus, AppetiteLevel, DeliveryKey, PrintedDate } from '../domain';
import { endOfMonth, isRealDate, parseNumericUkDate } from '../domain/dates';
import { cellText, type CellValue } from './workbook';

/**
 * Reading one cell's value as the domain needs it: dates as printed with the day they stand for,
 * scores, statuses, appetite levels, lists. Each reader says what it could not read, in words, and
 * never changes what was printed.
 */

export type DateReading =
  /** A day; a month alone stands for its last day (the board convention, "due by March 2026"). */
  | { kind: 'date'; date: PrintedDate }
  /** A quarter, a year or two months ("Q2 2025/26", "2024/25", "Dec 25 Feb 26"): no single day. */
  | { kind: 'period'; date: PrintedDate }
  /** Numbers that make no real day ("31/09/2025"). */
  | { kind: 'invalid'; date: PrintedDate; message: string }
  /** Text that is not a date at all ("TBC", "Ongoing"). */
  | { kind: 'unreadable'; date: PrintedDate; message: string }
  | { kind: 'empty' };

/** "29/01/2026", as UK papers print a day. */
export function ukDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function isoOfUtcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Excel stores days as serial numbers counted from 30 December 1899. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const PLAUSIBLE_SERIALS = { min: 25_000, max: 75_000 }; // 1968 to 2105

function fromSerial(serial: number): string {
  return isoOfUtcDate(new Date(EXCEL_EPOCH_UTC + Math.round(serial) * 86_400_000));
}

/** The month number of a month's name or abbreviation ("Jan", "Sept", "January"); null if not one. */
export function monthNumber(word: string): number | null {
  const w = word.replace(/\.$/, '');
  // ICU's en-GB abbreviation for September is "Sept" in some versions and "Sep" in others.
  const spellings = /^sept?$/i.test(w) ? ['Sep', 'Sept'] : [w];
  for (const spelling of spellings)
    for (const format of ['LLL', 'LLLL']) {
      const dt = DateTime.fromFormat(spelling, format, { locale: 'en-GB' });
      if (dt.isValid) return dt.month;
    }
  return null;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A quarter ("Q2 2025/26", "Q2/3 24/25"). */
const QUARTER = /\bQ[1-4](\s*[/&-]\s*[1-4])?\b/i;
/** A financial or calendar year ("2024/25", "24/25", "2025-26", "2026"). */
const FINANCIAL_YEAR = /^\s*((19|20)?\d{2}\s*[/-]\s*\d{2}|(19|20)\d{2})\s*$/;

export function readPrintedDate(value: CellValue): DateReading {
  if (value === null) return { kind: 'empty' };
  if (value instanceof Date) {
    const iso = isoOfUtcDate(value);
    return { kind: 'date', date: { printed: ukDate(iso), iso } };
  }
  if (typeof value === 'number') {
    if (
      Number.isFinite(value) &&
      value >= PLAUSIBLE_SERIALS.min &&
      value <= PLAUSIBLE_SERIALS.max
    ) {
      const iso = fromSerial(value);
      return { kind: 'date', date: { printed: ukDate(iso), iso } };
    }
  }
  const printed = cellText(value).replace(/\s*\n\s*/g, ' ');
  if (!printed) return { kind: 'empty' };

  const numeric = parseNumericUkDate(
    printed.replace(/^(\d{1,2})-(\d{1,2})-(\d{2,4})$/, '$1/$2/$3'),
  );
  if (numeric === 'invalid')
    return {
      kind: 'invalid',
      date: { printed, iso: null },
      message: `${printed} is not a real date`,
    };
  if (numeric) return { kind: 'date', date: { printed, iso: numeric } };

  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(printed);
  if (iso)
    return isRealDate(printed)
      ? { kind: 'date', date: { printed, iso: printed } }
      : { kind: 'invalid', date: { printed, iso: null }, message: `${printed} is not a real date` };

  // "29 Jan 26", "29th January 2026", "Thursday 29 January 2026"
  const dayMonthYear = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+'?(\d{4}|\d{2})\b/.exec(
    printed,
  );
  // ...but in "Dec 25 Feb 26" the 25 is a year: a month name comes before it.
  const before = dayMonthYear
    ? /([A-Za-z]+)\.?\s*$/.exec(printed.slice(0, dayMonthYear.index))?.[1]
    : undefined;
  if (dayMonthYear && !(before && monthNumber(before))) {
    const month = monthNumber(dayMonthYear[2]!);
    if (month) {
      const day = `${fullYear(dayMonthYear[3]!)}-${pad(month)}-${pad(Number(dayMonthYear[1]))}`;
      return isRealDate(day)
        ? { kind: 'date', date: { printed, iso: day } }
        : {
            kind: 'invalid',
            date: { printed, iso: null },
            message: `${printed} is not a real date`,
          };
    }
  }

  if (QUARTER.test(printed)) return { kind: 'period', date: { printed, iso: null } };

  // "Jan 26", "March 2026", "Group SEB Jan 26", "end of Jan 26"; two months is a period.
  const months: { year: number; month: number }[] = [];
  for (const m of printed.matchAll(/\b([A-Za-z]+\.?)\s*'?(\d{4}|\d{2})\b/g)) {
    const month = monthNumber(m[1]!);
    if (month) months.push({ year: fullYear(m[2]!), month });
  }
  if (months.length === 1) {
    const { year, month } = months[0]!;
    return { kind: 'date', date: { printed, iso: endOfMonth(`${year}-${pad(month)}-01`) } };
  }
  if (months.length > 1 || FINANCIAL_YEAR.test(printed))
    return { kind: 'period', date: { printed, iso: null } };
  if (typeof value === 'number')
    return {
      kind: 'unreadable',
      date: { printed, iso: null },
      message: `${printed} is not a date`,
    };
  return {
    kind: 'unreadable',
    date: { printed, iso: null },
    message: `"${printed}" is not a date`,
  };
}

/** A 1-5 rating on the 5x5 matrix. */
export type RatingReading =
  { ok: true; value: number } | { ok: false; message: string } | { ok: 'empty' };

export function readRating(value: CellValue, what: string): RatingReading {
  const text = cellText(value);
  if (!text) return { ok: 'empty' };
  const n = typeof value === 'number' ? value : /^\d+(\.0+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n))
    return { ok: false, message: `the ${what} "${text}" is not a whole number from 1 to 5` };
  if (n < 1 || n > 5)
    return { ok: false, message: `the ${what} ${n} is outside the 5 x 5 matrix (1 to 5)` };
  return { ok: true, value: n };
}

/** A score cell: "16", or "4 x 4 = 16", or "4x4" (consequence x likelihood, as BAFs print them). */
export interface ScoreCell {
  consequence: number | null;
  likelihood: number | null;
  combined: number | null;
}

export function readScoreCell(value: CellValue): ScoreCell | null {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0
      ? { consequence: null, likelihood: null, combined: value }
      : null;
  const text = cellText(value);
  if (!text) return null;
  const product = /^\(?\s*(\d+)\s*[xX×*]\s*(\d+)\s*\)?\s*(?:=\s*)?(\d+)?$/.exec(text);
  if (product)
    return {
      consequence: Number(product[1]),
      likelihood: Number(product[2]),
      combined: product[3] === undefined ? null : Number(product[3]),
    };
  if (/^\d+$/.test(text)) return { consequence: null, likelihood: null, combined: Number(text) };
  return null;
}

export interface StatusReading {
  status?: ActionStatus;
  deliveryStatus?: DeliveryKey | null;
  recognised: boolean;
}

const STATUS_PATTERNS: [RegExp, Omit<StatusReading, 'recognised'>][] = [
  [
    /\b(proposed? (for|to) clos\w*|recommend\w* (for )?clos\w*|for closure|closure proposed)\b/,
    { status: 'proposed-for-closure' },
  ],
  [/\b(closed?|complete[d]?|done|achieved|finished)\b/, { status: 'closed' }],
  [/\b(delivered|blue)\b/, { deliveryStatus: 'delivered' }],
  [/\b(not on track|off track|red|overdue|delayed|behind)\b/, { deliveryStatus: 'not-on-track' }],
  [/\b(some issues|amber|at risk|slipping)\b/, { deliveryStatus: 'some-issues' }],
  [/\b(on track|green|in progress|ongoing)\b/, { deliveryStatus: 'on-track' }],
  [/\b(not yet reported|not started|no update)\b/, { deliveryStatus: null }],
  [/\b(open|live|new)\b/, { status: 'open' }],
];

/** A status or RAG cell: "Closed", "Open", "Green", "On track", "Complete", "Proposed for closure". */
export function readStatus(value: CellValue): StatusReading {
  const text = cellText(value).toLowerCase();
  if (!text) return { recognised: true };
  const out: StatusReading = { recognised: false };
  for (const [pattern, reading] of STATUS_PATTERNS) {
    if (!pattern.test(text)) continue;
    if (reading.status !== undefined && out.status === undefined) out.status = reading.status;
    if (reading.deliveryStatus !== undefined && out.deliveryStatus === undefined)
      out.deliveryStatus = reading.deliveryStatus;
    out.recognised = true;
  }
  return out;
}

const APPETITE_WORDS: [RegExp, AppetiteLevel][] = [
  [/\b(none|averse|avoid|zero)\b/, 'none'],
  [/\b(minimal|low)\b/, 'minimal'],
  [/\b(cautious|moderate)\b/, 'cautious'],
  [/\bopen\b/, 'open'],
  [/\b(eager|seek|hungry|mature|high)\b/, 'eager'],
];

export interface AppetiteReading {
  level: AppetiteLevel | null;
  upperLimit: number | null;
}

/** "Open", "Cautious (12)", "Open - upper limit of tolerance 16". */
export function readAppetite(value: CellValue): AppetiteReading | null {
  const text = cellText(value).toLowerCase();
  if (!text) return null;
  const level = APPETITE_WORDS.find(([p]) => p.test(text))?.[1] ?? null;
  const limit = /\b(\d{1,2})\b/.exec(text);
  const upperLimit = limit && Number(limit[1]) <= 25 ? Number(limit[1]) : null;
  return level === null && upperLimit === null
    ? { level: null, upperLimit: null }
    : { level, upperLimit };
}

export type TrendReading = 'increasing' | 'decreasing' | 'unchanged' | null;

export function readTrend(value: CellValue): TrendReading {
  const text = cellText(value).toLowerCase();
  if (!text) return null;
  if (/[↑▲⬆]|\b(up|increas\w*|worse\w*|deteriorat\w*|higher)\b/.test(text)) return 'increasing';
  if (/[↓▼⬇]|\b(down|decreas\w*|improv\w*|lower|reduc\w*)\b/.test(text)) return 'decreasing';
  if (/[↔→◄►=]|^-+$|\b(static|unchanged|same|stable|no change|steady)\b/.test(text))
    return 'unchanged';
  return null;
}

/** A cell holding a list, one item a line, with bullets and numbering taken off. */
export function readList(value: CellValue): string[] {
  return cellText(value)
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[•·●▪◦*–-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/i, '').trim())
    .filter(Boolean);
}

/** Committee names in a cell, one a line or separated by semicolons. */
export function readNames(value: CellValue): string[] {
  return cellText(value)
    .split(/\n+|;/)
    .map((s) => s.trim())
    .filter(Boolean);
}
