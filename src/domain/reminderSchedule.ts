import { z } from 'zod';
import type { IsoDate } from './common';
import { addDays, daysBetween, formatDateWithWeekday, londonDateOf, londonToUtc } from './dates';
import type { Meeting } from './meeting';
import { isWorkingDay } from './workingDays';

/**
 * When reminders go out for a meeting, as Europe/London wall-clock times: by default a paper-deadline
 * reminder two days before the deadline, one a week before the meeting and one the day before, each at
 * 9.00am (each on the working day before, when its own is a weekend or bank holiday). Configurable
 * per meeting body (REMINDER_SCHEDULE). Times are converted to UTC with the daylight-saving rules of
 * the day concerned.
 */
export const ScheduleRule = z.object({
  daysBefore: z.number().int().min(0).max(60),
  at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM'),
});
export type ScheduleRule = z.infer<typeof ScheduleRule>;

/**
 * When a pre-meeting brief goes: N working days before the meeting's day (weekends and bank holidays
 * of England and Wales skipped, see workingDays.ts), at a UK wall-clock time.
 */
export const BriefTiming = z.object({
  workingDaysBefore: z.number().int().min(0).max(20),
  at: ScheduleRule.shape.at,
});
export type BriefTiming = z.infer<typeof BriefTiming>;

export const BodySchedule = z.object({
  paperDeadline: ScheduleRule.nullable().optional(),
  weekBefore: ScheduleRule.nullable().optional(),
  dayBefore: ScheduleRule.nullable().optional(),
  /** The pre-meeting brief to each member; null turns briefs off for the body. */
  brief: BriefTiming.nullable().optional(),
});
export type BodySchedule = z.infer<typeof BodySchedule>;

/** Per meeting body ("Group Trust Board"), with "*" for every body not named. */
export const ReminderSchedule = z.record(z.string().min(1), BodySchedule);
export type ReminderSchedule = z.infer<typeof ReminderSchedule>;

export const DEFAULT_SCHEDULE: Required<{
  [K in Exclude<keyof BodySchedule, 'brief'>]: ScheduleRule | null;
}> = {
  paperDeadline: { daysBefore: 2, at: '09:00' },
  weekBefore: { daysBefore: 7, at: '09:00' },
  dayBefore: { daysBefore: 1, at: '09:00' },
};

export type ReminderKind = 'paper-deadline' | 'week-before' | 'day-before';

/** How a broadcast was scheduled: one of the default reminders, now, or at a time a secretary chose. */
export type ReminderTiming = ReminderKind | 'now' | 'custom';

/** The headline a reminder card and its broadcast carry, by how it was scheduled. */
export const REMINDER_HEADLINES: Record<ReminderTiming, string> = {
  now: 'Reminder',
  custom: 'Reminder',
  'paper-deadline': 'Paper deadline reminder',
  'week-before': 'One week to go',
  'day-before': 'Tomorrow',
};

/**
 * A reminder's headline: "Tomorrow" on the day before the meeting; a day-before reminder moved back
 * off a weekend says the meeting's day instead ("On Monday 15 March 2027"); a week-before one moved
 * back off a bank holiday says how long is left ("11 days to go").
 */
export function reminderHeadline(timing: ReminderTiming, dueAt: string, startsAt: string): string {
  const day = londonDateOf(startsAt);
  const left = daysBetween(londonDateOf(dueAt), day);
  if (timing === 'week-before')
    return left === 7 ? REMINDER_HEADLINES[timing] : `${left} days to go`;
  if (timing !== 'day-before') return REMINDER_HEADLINES[timing];
  return left === 1 ? REMINDER_HEADLINES[timing] : `On ${formatDateWithWeekday(day)}`;
}

export interface PlannedReminder {
  kind: ReminderKind;
  /** UTC instant to send. */
  dueAt: string;
}

/**
 * Days before a paper deadline or a meeting that fall on a weekend or bank holiday move back to the
 * working day before: papers are written, and read, in working hours.
 */
function onAWorkingDay(date: IsoDate, rule: ScheduleRule): string {
  let day = addDays(date, -rule.daysBefore);
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return londonToUtc(day, rule.at);
}

/** The reminders a meeting gets under the schedule, skipping those already in the past. */
export function plannedReminders(
  meeting: Pick<Meeting, 'body' | 'startsAt' | 'paperDeadline'>,
  schedule: ReminderSchedule,
  now: Date,
): PlannedReminder[] {
  const rules = {
    ...DEFAULT_SCHEDULE,
    ...(schedule['*'] ?? {}),
    ...(schedule[meeting.body] ?? {}),
  };
  const meetingDate = londonDateOf(meeting.startsAt);
  const out: PlannedReminder[] = [];
  if (rules.paperDeadline && meeting.paperDeadline)
    out.push({
      kind: 'paper-deadline',
      dueAt: onAWorkingDay(londonDateOf(meeting.paperDeadline), rules.paperDeadline),
    });
  if (rules.weekBefore)
    out.push({ kind: 'week-before', dueAt: onAWorkingDay(meetingDate, rules.weekBefore) });
  if (rules.dayBefore)
    out.push({ kind: 'day-before', dueAt: onAWorkingDay(meetingDate, rules.dayBefore) });
  const nowIso = now.toISOString();
  return out.filter((r) => r.dueAt > nowIso && r.dueAt < meeting.startsAt);
}

/** Briefs go, unless the schedule says otherwise, three working days before a board meeting at 9am. */
export const DEFAULT_BRIEF_TIMING: BriefTiming = { workingDaysBefore: 3, at: '09:00' };

/**
 * A board (Group Trust Board, Trust Board, Board of Directors), not a committee: who attends a board is
 * known from the directory, who sits on a committee is not.
 */
export function isBoardBody(body: string): boolean {
  return /\bboard\b/i.test(body);
}

/**
 * When a body's meetings get a brief: the body's own `brief` rule, else the `"*"` rule, else the
 * default for a board and none for a committee. Null: no brief.
 */
export function briefTimingFor(body: string, schedule: ReminderSchedule): BriefTiming | null {
  const own = schedule[body]?.brief;
  if (own !== undefined) return own;
  const every = schedule['*']?.brief;
  if (every !== undefined) return every;
  return isBoardBody(body) ? DEFAULT_BRIEF_TIMING : null;
}
