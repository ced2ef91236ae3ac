import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { IsoDate } from '../domain';
import { addDays, BOARD_TIME_ZONE, formatDate, formatMonth } from '../domain/dates';
import { NUMBER_WORDS } from './lexicon';
import type { Period } from './question';

/**
 * Finds the period a question talks about ("this week", "due by end of March", "closed in December
 * 2025", "Q4 24/25") in Europe/London. chrono-node reads the date expressions; this module decides the
 * span (a day, a week, a month, an NHS financial quarter) and the direction ("by", "since").
 */

export interface FoundPeriod {
  period: Period;
  /** The words that gave it, so callers can remove them before reading the rest. */
  text: string;
}

function iso(dt: DateTime): IsoDate {
  return dt.toISODate() as IsoDate;
}

function span(from: DateTime, to: DateTime, label: string): Period {
  const start = iso(from);
  const end = iso(to);
  // One calendar month is said as a board paper says it ("jan" is "January 2026"), its days need no saying.
  if (from.day === 1 && to.hasSame(from, 'month') && to.day === to.daysInMonth)
    return { from: start, to: end, label: formatMonth(start) };
  const range = start === end ? formatDate(start) : `${formatDate(start)} to ${formatDate(end)}`;
  // Month names as a board paper writes them, whatever was typed ("march 2025" is "March 2025").
  const written = label.replace(
    /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/g,
    (m) => m[0]!.toUpperCase() + m.slice(1),
  );
  return { from: start, to: end, label: `${written} (${range})` };
}

/** NHS financial quarters: Q1 is April-June. "Q4 24/25" is January-March 2025. */
function financialQuarter(q: number, startYear: number): [DateTime, DateTime] {
  const first = DateTime.fromObject(
    { year: startYear, month: 4, day: 1 },
    { zone: BOARD_TIME_ZONE },
  ).plus({
    months: (q - 1) * 3,
  });
  return [first, first.plus({ months: 3 }).minus({ days: 1 })];
}

function financialYearStart(now: DateTime): number {
  return now.month >= 4 ? now.year : now.year - 1;
}

const RELATIVE =
  /\b(this|current|next|last|previous|past)\s+(week|month|quarter|year|financial year)\b/i;
const QUARTER = /\bq([1-4])(?:\s*(?:of\s*)?(\d{2}|\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?)?\b/i;
/** A half year: "H1 2026", "h2 25/26", "the first half of 2026", "second half of this year". */
const HALF =
  /\b(?:h([12])|(first|second|1st|2nd) half)(?:\s+(?:of\s+)?(?:the\s+)?(?:(\d{2}|\d{4})\s*[/-]\s*(\d{2}|\d{4})|((?:19|20)\d{2})|(this|last|next) year|year))?\b/i;
const NEXT_FEW_MONTHS = /\b(?:in\s+)?(?:the\s+)?next\s+(couple of|few)\s+months\b/i;
/** A week named by its first day: "w/c 26 Jan", "week commencing 26 January", "the week of the 25th". */
const WEEK_OF =
  /\b(?:w\/c|w\.c\.?|wc|week (?:commencing|beginning|starting)|(?:the )?week of)\s+(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?(?:\s+[a-z]+)?(?:\s+\d{2,4})?)/i;
const DUE_SOON = /\b(due soon|coming up|upcoming|next (?:few|couple of) (?:weeks|days))\b/i;
/**
 * From today on, with no end: "my next deadline" is the soonest still to come, however far off, and
 * "not the ones already gone" leaves out only the past.
 */
const STILL_TO_COME =
  /\b(next (?:(?!papers?\b)[a-z&]+ ){0,3}?(?:deadline|due date|one due|action due)|due next(?!\s+(?:week|month|quarter|year|financial|fortnight|few|couple|spring|summer|autumn|fall|winter|\d|one|two|three|four|five|six|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))|(?:still|yet) to (?:come|fall due)|not (?:the ones? )?(?:already )?(?:gone|passed|past)|from (?:now|today) on(?:wards)?|going forward|(?:deadline|due date)s? (?:is |are |comes |falls )?next(?: up)?|next up|(?:days|weeks|long) (?:till|until|to|before) (?:my |the |our )?next (?:[a-z]+ ){0,3}?(?:is |s )?(?:actually )?due)\b/i;

function relativePeriod(text: string, now: DateTime): FoundPeriod | null {
  const m = RELATIVE.exec(text);
  if (!m) return null;
  const which = m[1]!.toLowerCase();
  const unit = m[2]!.toLowerCase();
  const shift =
    which === 'next' ? 1 : which === 'last' || which === 'previous' || which === 'past' ? -1 : 0;
  let from: DateTime;
  let to: DateTime;
  if (unit === 'quarter') {
    const fy = financialYearStart(now);
    const q = Math.floor(((now.month + 8) % 12) / 3) + 1 + shift;
    const year = fy + Math.floor((q - 1) / 4);
    [from, to] = financialQuarter(((q - 1 + 4) % 4) + 1, year);
  } else if (unit === 'financial year') {
    const fy = financialYearStart(now) + shift;
    from = DateTime.fromObject({ year: fy, month: 4, day: 1 }, { zone: BOARD_TIME_ZONE });
    to = from.plus({ years: 1 }).minus({ days: 1 });
  } else {
    const u = unit as 'week' | 'month' | 'year';
    from = now.plus({ [`${u}s`]: shift }).startOf(u);
    to = from.endOf(u);
  }
  return { period: span(from, to, m[0].toLowerCase()), text: m[0] };
}

/** Counts people type in spans ("the next two weeks", "a fortnight"). */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  ...NUMBER_WORDS,
  a: 1,
  an: 1,
  fourteen: 14,
  thirty: 30,
};

/** "the next 14 days", "within 3 weeks", "over the coming fortnight", "the last 6 months": a span. */
const SPAN =
  /\b(?:(?:in|within|over|during|for)\s+)?(?:the\s+)?(?:(next|coming|following|past|last|previous)\s+)?(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty)\s+(days?|weeks?|fortnights?|months?|years?)\b/i;

function spanPeriod(text: string, now: DateTime): FoundPeriod | null {
  const m = SPAN.exec(text);
  if (!m) return null;
  const direction = m[1]?.toLowerCase();
  // A number of days with no "next" or "within" is not a span ("52 week waiters", "2 hour response").
  if (!direction && !/^\s*(within|over|during|for)\b/i.test(m[0])) return null;
  const count = COUNT_WORDS[m[2]!.toLowerCase()] ?? Number(m[2]);
  const unit = m[3]!.toLowerCase().replace(/s$/, '');
  const amount =
    unit === 'fortnight'
      ? { days: 14 * count }
      : ({ [`${unit}s`]: count } as Record<string, number>);
  const today = now.startOf('day');
  const past = direction === 'past' || direction === 'last' || direction === 'previous';
  const [from, to] = past ? [today.minus(amount), today] : [today, today.plus(amount)];
  const words = m[0].trim().toLowerCase();
  return { period: span(from, to, words), text: m[0] };
}

/** Seasons as the Met Office counts them: the month each begins (winter runs into the next year). */
const SEASON_STARTS: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

/**
 * A season: "last autumn", "this spring", "the autumn last year", "spring the year before last",
 * "summer 2024", "three autumns ago", "since last autumn", "by the summer". A bare season counts only
 * after a word of time ("in the autumn"), so "the summer sitrep" names no period.
 */
const SEASON =
  /\b(?:(by|before|until|till|since|after)\s+)?(?:(in|over|during|through)\s+)?(?:(this|last|next|previous|past|the)\s+)?(?:(\d|one|two|three|four|five|six)\s+)?(spring|summer|autumn|fall|winter)s?\b(?:\s+(?:of\s+)?(last year|this year|next year|the year before last|the year after next|(?:19|20)\d{2})\b)?(?:\s+(ago)\b)?/i;

const SEASONS = new RegExp(SEASON.source, 'gi');

function seasonPeriod(text: string, now: DateTime, tense: 'future' | 'past'): FoundPeriod | null {
  // Of two ("last spring? spring 2025 i mean"), the one given a year is the one meant.
  const said = [...text.matchAll(SEASONS)];
  const m = said.find((s) => s[6]) ?? said[0];
  if (!m) return null;
  const [whole, direction, preposition, which, count, name, year, ago] = m;
  const start = SEASON_STARTS[name!.toLowerCase()]!;
  const startIn = (y: number) =>
    DateTime.fromObject({ year: y, month: start, day: 1 }, { zone: BOARD_TIME_ZONE }).startOf(
      'day',
    );
  const endOf = (from: DateTime) => from.plus({ months: 3 }).minus({ days: 1 });
  // The season now under way, or the last one begun.
  let current = startIn(now.year);
  if (current > now) current = startIn(now.year - 1);
  const within = now <= endOf(current).endOf('day');
  const lastOne = within ? startIn(current.year - 1) : current;
  // The current season is the last to have begun, so the next begins a year after it.
  const nextOne = startIn(current.year + 1);
  const relation = which?.toLowerCase();
  const years: Record<string, number> = {
    'last year': now.year - 1,
    'this year': now.year,
    'next year': now.year + 1,
    'the year before last': now.year - 2,
    'the year after next': now.year + 2,
  };
  let from: DateTime;
  if (year) from = startIn(years[year.toLowerCase()] ?? Number(year));
  else if (ago) {
    const n = COUNT_WORDS[count?.toLowerCase() ?? ''] ?? Number(count ?? 1);
    from = startIn(lastOne.year - (n - 1));
  } else if (count) return null;
  else if (relation === 'last' || relation === 'previous' || relation === 'past') from = lastOne;
  else if (relation === 'next') from = nextOne;
  else if (relation === 'this') from = startIn(now.year);
  else if (!preposition && !direction) return null;
  else from = tense === 'past' ? (within ? current : lastOne) : within ? current : nextOne;
  const to = endOf(from);
  const label = `${name!.toLowerCase() === 'fall' ? 'autumn' : name!.toLowerCase()} ${from.year}${start === 12 ? `/${String(from.year + 1).slice(2)}` : ''}`;
  const how = direction?.toLowerCase();
  if (how === 'by' || how === 'until' || how === 'till')
    return { period: { from: null, to: iso(to), label: `by ${formatDate(iso(to))}` }, text: whole };
  // "Before the summer": before it is well under way (the summer break), so by the end of its first
  // month; a strict reading would leave out the actions due on 30 June that people mean.
  if (how === 'before') {
    const day = iso(from.endOf('month'));
    return { period: { from: null, to: day, label: `by ${formatDate(day)}` }, text: whole };
  }
  if (how === 'since' || how === 'after')
    return {
      period: { from: iso(from), to: null, label: `since ${formatDate(iso(from))}` },
      text: whole,
    };
  return { period: span(from, to, label), text: whole };
}

/** NHS financial years as printed: "2025/26", "25/26", "FY25-26", "financial year 2025/26". */
const FINANCIAL_YEAR =
  /(?<![a-z]\s*\/\s*)\b(?:fy\s*|financial year\s+)?(?:20)?(\d{2})\s*[/-]\s*(?:20)?(\d{2})\b/i;

function financialYearPeriod(text: string): FoundPeriod | null {
  const m = FINANCIAL_YEAR.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  if (Number(m[2]) !== (first + 1) % 100) return null;
  const start = 2000 + first;
  const from = DateTime.fromObject({ year: start, month: 4, day: 1 }, { zone: BOARD_TIME_ZONE });
  const to = from.plus({ years: 1 }).minus({ days: 1 });
  return {
    period: span(from, to, `${start}/${String(start + 1).slice(2)}`),
    text: m[0],
  };
}

/**
 * A calendar year said alone: "due back in 2024", "closed during 2025", "by 2026". Not a record's year
 * ("the 2024 action plan", "in 2024/25").
 */
const CALENDAR_YEAR =
  /\b(in|during|throughout|over|across|for|by|before|since|(?:not\s+)?(?:due\s+)?(?:till|until|til)|due|(?:(?:runs?|running|goes|going|go|stretch\w*|spill\w*|continu\w*|carr\w* on)\s+)?into)\s+(?:the\s+(?:calendar\s+)?year\s+)?((?:19|20)\d{2})\b(?!\s*[/-]\s*\d)(?!\s+(?:action|plan|review|baf|register|strategy|report|accounts|annual|audit|survey|minutes|papers?|pack|board|meeting)\b)/i;

function calendarYearPeriod(text: string): FoundPeriod | null {
  const m = CALENDAR_YEAR.exec(text);
  if (!m) return null;
  const year = Number(m[2]);
  const from = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: BOARD_TIME_ZONE });
  const to = from.endOf('year');
  const said = m[1]!.toLowerCase();
  const whole = m[0].slice(m[1]!.length).trim();
  if (said === 'by' || said === 'before') {
    const end = said === 'by' ? to : from.minus({ days: 1 });
    return {
      period: { from: null, to: iso(end), label: `by ${formatDate(iso(end))}` },
      text: whole,
    };
  }
  if (said === 'since')
    return {
      period: { from: iso(from), to: null, label: `since ${formatDate(iso(from))}` },
      text: whole,
    };
  // "Which of my actions runs into 2027?", "isn't due till 2027": due in that year or later.
  if (said.endsWith('into') || /\b(till|until|til)$/.test(said))
    return {
      period: { from: iso(from), to: null, label: `from ${formatDate(iso(from))}` },
      text: m[0].trim(),
    };
  return { period: span(from, to, String(year)), text: whole };
}

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** A month as typed, in full or short ("september", "sept"), as a pattern's group. */
export const MONTH_WORD =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';

/** Every month named, wherever it stands ("closed in nov", "the September points"): to leave out. */
export const MONTH_NAMES = new RegExp(`\\b${MONTH_WORD}\\b`, 'g');

/**
 * A month named on its own, as people name meetings: "the May meeting", "the sept board". "May" and
 * "March" are months only where a month fits ("the may meeting", "in may"), not as verbs.
 */
const MONTH_ALONE = new RegExp(
  `\\b(?:(the|in|of|for|at|from|since|until|till|by|during|last|next|this|early|late|mid|end of)\\s+)?${MONTH_WORD}\\b(?:\\s+(meeting|board|minutes|agenda|committee|session|papers?|one))?`,
  'i',
);

/** Two months named without a year, side by side: "nov v dec", "november and december", "oct-dec", "nov/dec". */
const MONTH_PAIR = new RegExp(
  `\\b${MONTH_WORD}\\s*(?:and|or|to|v|vs|versus|-|–|\\/|&|\\+|plus|through|till|until|into)\\s*${MONTH_WORD}\\b`,
  'i',
);

/** Months named alone, without a year ("sept", "nov v dec", "in october and november"). */
export function monthsWithoutYear(text: string): boolean {
  return new RegExp(
    `^(?:in |by |for |during )?(?:${MONTH_PAIR.source.replace(/^\\b|\\b$/g, '')}|${MONTH_WORD})$`,
    'i',
  ).test(text.trim());
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.toLowerCase().slice(0, 3) as (typeof MONTHS)[number]) + 1;
}

/**
 * Both months, and what lies between them, when neither has a day or year beside it ("nov v dec
 * split"): the second is the coming one (the last, in the past tense), the first the one before it.
 */
function monthPair(text: string, now: DateTime, tense: 'future' | 'past'): FoundPeriod | null {
  const pair = MONTH_PAIR.exec(text);
  if (!pair || /\d\s*$/.test(text.slice(0, pair.index))) return null;
  // "Jul-Sep 2025": the year is the pair's; any other number after it is a date of its own.
  const after = text.slice(pair.index + pair[0].length);
  const year = /^\s*,?\s*((?:19|20)\d{2})\b/.exec(after);
  if (!year && /^\s*\d/.test(after)) return null;
  let end = now.set({ month: monthIndex(pair[2]!), day: 1 }).endOf('month');
  if (year) end = end.set({ year: Number(year[1]) }).endOf('month');
  else if (tense === 'past' && end.startOf('month') > now) end = end.minus({ years: 1 });
  else if (tense === 'future' && end < now) end = end.plus({ years: 1 });
  let from = end.set({ month: monthIndex(pair[1]!), day: 1 }).startOf('day');
  if (from > end) from = from.minus({ years: 1 });
  return {
    period: span(from, end, `${from.toFormat('LLLL')} to ${end.toFormat('LLLL')}`),
    text: year ? pair[0] + year[0] : pair[0],
  };
}

function monthAlone(text: string, now: DateTime, tense: 'future' | 'past'): FoundPeriod | null {
  const m = MONTH_ALONE.exec(text);
  if (!m) return null;
  const name = m[2]!.toLowerCase();
  if ((name === 'may' || name === 'march' || name === 'mar') && !m[1] && !m[3]) return null;
  const month = MONTHS.indexOf(name.slice(0, 3) as (typeof MONTHS)[number]) + 1;
  let from = now.set({ month, day: 1 }).startOf('day');
  if (tense === 'past' && from > now) from = from.minus({ years: 1 });
  if (tense === 'future' && from.endOf('month') < now) from = from.plus({ years: 1 });
  return { period: span(from, from.endOf('month'), name), text: m[0] };
}

/**
 * A half year. Given one year ("H1 2026", "the first half of 2026") or said of a year ("of this year"):
 * January to June or July to December. Given a financial year ("H1 25/26"), or bare as the NHS says
 * it ("H2"): April to September or October to March.
 */
function halfPeriod(text: string, now: DateTime): FoundPeriod | null {
  const m = HALF.exec(text);
  if (!m) return null;
  const second = m[1] === '2' || /^(second|2nd)$/i.test(m[2] ?? '');
  // "The first half" alone, with no year, is no period ("the first half of the meeting").
  if (m[2] && !m[3] && !m[5] && !m[6] && !/\byear\b/i.test(m[0])) return null;
  const name = `H${second ? 2 : 1}`;
  const calendarYear = m[5]
    ? Number(m[5])
    : m[6]
      ? now.year + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[6].toLowerCase()]!
      : /\byear\b/i.test(m[0]) && !m[3]
        ? now.year
        : null;
  // A financial year named ("H1 25/26"), or none at all ("H2"), is April to September or October to March.
  const financialYear =
    calendarYear === null
      ? m[3]
        ? Number(m[3]) < 100
          ? 2000 + Number(m[3])
          : Number(m[3])
        : financialYearStart(now)
      : null;
  const from = DateTime.fromObject(
    financialYear === null
      ? { year: calendarYear!, month: second ? 7 : 1, day: 1 }
      : { year: financialYear, month: second ? 10 : 4, day: 1 },
    { zone: BOARD_TIME_ZONE },
  );
  const label =
    financialYear === null
      ? `${name} ${calendarYear}`
      : `${name} ${financialYear}/${String(financialYear + 1).slice(2)}`;
  return { period: span(from, from.plus({ months: 5 }).endOf('month'), label), text: m[0] };
}

function quarterPeriod(text: string, now: DateTime): FoundPeriod | null {
  const m = QUARTER.exec(text);
  if (!m) return null;
  const q = Number(m[1]);
  const yearOf = (y: string) => (Number(y) < 100 ? 2000 + Number(y) : Number(y));
  // One year ("Q3 2025") is a calendar quarter: a financial year is always written with two.
  if (m[2] && !m[3]) {
    const from = DateTime.fromObject(
      { year: yearOf(m[2]), month: 3 * q - 2, day: 1 },
      { zone: BOARD_TIME_ZONE },
    );
    return {
      period: span(from, from.plus({ months: 2 }).endOf('month'), `Q${q} ${from.year}`),
      text: m[0],
    };
  }
  const startYear = m[2] ? yearOf(m[2]) : financialYearStart(now);
  const [from, to] = financialQuarter(q, startYear);
  return {
    period: span(from, to, `Q${q} ${startYear}/${String(startYear + 1).slice(2)}`),
    text: m[0],
  };
}

/**
 * Reads the period in `text`, relative to `now`; null when it names none. A month named without a year
 * ("in January") is the coming one, or with `tense: 'past'` (closed, resolved) the last one.
 */
/** The last text chrono read: a question is read for both tenses, and chrono is the costly part. */
let last: { text: string; at: number; results: chrono.ParsedResult[] } | null = null;

function parsed(text: string, now: Date): chrono.ParsedResult[] {
  if (last?.text !== text || last.at !== now.getTime())
    last = {
      text,
      at: now.getTime(),
      results: chrono.en.GB.parse(text, { instant: now, timezone: BOARD_TIME_ZONE }),
    };
  return last.results;
}

/** The first clock time said ("at 10am", "1.30pm", "14:00") as "HH:MM" on the UK clock, or null. */
export function clockTimeIn(text: string, now: Date): string | null {
  const timed = parsed(text, now).find((r) => r.start.isCertain('hour'));
  if (!timed) return null;
  const [hour, minute] = [timed.start.get('hour') ?? 0, timed.start.get('minute') ?? 0];
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Days people name by what they are: "before Christmas", "by year end" (the NHS year ends in March). */
const NAMED_DAYS: readonly [RegExp, string][] = [
  [/\b(christmas( day)?|xmas)\b/gi, '25 December'],
  [/\bnew year('?s day)?\b/gi, '1 January'],
  [/\b((financial|nhs) year end|year end|end of the (financial|nhs) year)\b/gi, '31 March'],
  [/\bend of the year\b/gi, '31 December'],
];

/** The same days, each found once (not globally) in what was typed. */
const NAMED_DAYS_ONCE = NAMED_DAYS.map(
  ([pattern, day]) => [new RegExp(pattern.source, 'i'), day] as const,
);

export function findPeriod(
  typed: string,
  now: Date,
  tense: 'future' | 'past' = 'future',
): FoundPeriod | null {
  const found = periodIn(typed, now, tense);
  if (!found) return null;
  // The words as typed ("before christmas", not "before 25 December"), so they are not read as a topic.
  let text = found.text;
  for (const [pattern, day] of NAMED_DAYS_ONCE) {
    const named = text.includes(day) ? pattern.exec(typed) : null;
    if (named) text = text.replace(day, named[0]);
  }
  return { ...found, text };
}

function periodIn(
  typed: string,
  now: Date,
  tense: 'future' | 'past' = 'future',
): FoundPeriod | null {
  // Units as people shorten them: "this yr", "next 2 wks", "past 3 mths".
  let text = typed.replace(/\b(yr|wk|mth)(s?)\b/gi, (_, unit: string, s: string) => {
    const whole = { yr: 'year', wk: 'week', mth: 'month' }[unit.toLowerCase()];
    return `${whole}${s}`;
  });
  for (const [pattern, day] of NAMED_DAYS) text = text.replace(pattern, day);
  // "Still sat at 16": a score where it sits, not Saturday at four o'clock.
  text = text.replace(/\b(still|is|was|s|been|currently|just|it|one) sat at\b/gi, '$1 set to');
  const here = DateTime.fromJSDate(now).setZone(BOARD_TIME_ZONE);
  // "W/c 26 Jan", "the week commencing 26 January", "week of the 25th": that day and the six after.
  const week = WEEK_OF.exec(text);
  const day = week ? periodIn(week[1]!, now, tense) : null;
  if (week && day?.period.from && day.period.from === day.period.to) {
    const from = day.period.from;
    return {
      period: { from, to: addDays(from, 6), label: `the week of ${formatDate(from)}` },
      text: `${week[0].slice(0, week[0].length - week[1]!.length)}${day.text}`.trim(),
    };
  }
  const toCome = STILL_TO_COME.exec(text);
  if (toCome) {
    const today = iso(here.startOf('day'));
    return {
      period: { from: today, to: null, label: `from ${formatDate(today)}` },
      text: toCome[0],
    };
  }
  // "In the next couple of months", "the next few months": from today, two or three months on.
  const months = NEXT_FEW_MONTHS.exec(text);
  if (months) {
    const n = /few/i.test(months[1]!) ? 3 : 2;
    return {
      period: span(here.startOf('day'), here.plus({ months: n }), `in the next ${n} months`),
      text: months[0],
    };
  }
  const relative =
    seasonPeriod(text, here, tense) ??
    halfPeriod(text, here) ??
    spanPeriod(text, here) ??
    relativePeriod(text, here) ??
    quarterPeriod(text, here) ??
    financialYearPeriod(text) ??
    calendarYearPeriod(text);
  if (relative) return relative;
  // "Coming up", "due soon": the next two weeks, unless a span is said with it ("coming up this week").
  if (DUE_SOON.test(text)) {
    const m = DUE_SOON.exec(text)!;
    return {
      period: span(here.startOf('day'), here.plus({ days: 14 }), 'in the next two weeks'),
      text: m[0],
    };
  }

  const pair = monthPair(text, here, tense);
  if (pair) return pair;
  const found = parsed(text, now);
  if (found.length === 0) return monthAlone(text, here, tense);
  // Two dates in different parts of a question ("due by Feb 2026, and which were closed in
  // November?") are two questions' dates, not a span: the first one asked about.
  // (Nor are two dates with words between them and nothing joining them: "the Sept board signed off
  // the April minutes" is the September meeting's, not September to April; "10 in November and three
  // in December" spans both.)
  const between =
    found.length > 1 ? text.slice(found[0]!.index + found[0]!.text.length, found[1]!.index) : '';
  const apart =
    found.length > 1 &&
    (/[,;?]|\b(which|what|who|when|and (?:which|what|who|when))\b/.test(between) ||
      (between.trim().split(/\s+/).length >= 3 &&
        !/\b(and|to|till|until|through)\b/i.test(between)));
  // (The first asked about: "ahead of Thursday" is when the asker needs it, not a date asked.)
  const ownTiming = (t: string) =>
    /^(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:today|tomorrow|tonight)$/i.test(
      t.trim().replace(/[,.;:!?]+$/, ''),
    );
  const results = apart ? [found.find((f) => !ownTiming(f.text)) ?? found[0]!] : found;
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const whole = text.slice(first.index, last.index + last.text.length);
  const before = text.slice(0, first.index).toLowerCase();

  const lastComponent = last.end ?? last.start;
  let [startFrom, startTo] = extent(first.start, here);
  const [, endTo] = extent(lastComponent, here);
  // "between November and December 2025": the first month takes the year the last one names.
  if (
    !first.start.isCertain('year') &&
    lastComponent !== first.start &&
    lastComponent.isCertain('year')
  ) {
    const year = lastComponent.get('year')!;
    startFrom = startFrom.set({ year });
    startTo = startTo.set({ year });
    if (startFrom > endTo)
      [startFrom, startTo] = [startFrom.minus({ years: 1 }), startTo.minus({ years: 1 })];
  } else if (tense === 'past' && !first.start.isCertain('year') && startFrom > here) {
    [startFrom, startTo] = [startFrom.minus({ years: 1 }), startTo.minus({ years: 1 })];
  }
  const label = whole.trim();

  if (results.length > 1 || first.end || /\bbetween\s*$|\bfrom\s*$/.test(before))
    return { period: span(startFrom, endTo, `between ${label}`), text: whole };
  if (/\b(by|before|until|till|up to|no later than)\s+(the\s+)?(end\s+of\s+)?$/.test(before))
    return {
      period: { from: null, to: iso(startTo), label: `by ${formatDate(iso(startTo))}` },
      text: whole,
    };
  if (/\b(since|after|from)\s+$/.test(before))
    return {
      period: {
        from: iso(startFrom),
        to: null,
        label: `${startFrom < here.startOf('day') ? 'since' : 'from'} ${formatDate(iso(startFrom))}`,
      },
      text: whole,
    };
  return { period: span(startFrom, startTo, label), text: whole };
}

/** The span a chrono component covers: a day, or a whole month or year when no day was given. */
function extent(component: chrono.ParsedComponents, _here: DateTime): [DateTime, DateTime] {
  const at = DateTime.fromJSDate(component.date()).setZone(BOARD_TIME_ZONE);
  if (component.isCertain('day')) return [at.startOf('day'), at.startOf('day')];
  if (component.isCertain('month')) return [at.startOf('month'), at.endOf('month')];
  if (component.isCertain('year')) return [at.startOf('year'), at.endOf('year')];
  // "today", "tomorrow": chrono gives a day.
  return [at.startOf('day'), at.startOf('day')];
}
