import type { Action } from './action';
import type { IsoDate } from './common';
import { daysBetween, formatDate, formatMonth, isRealDate, namesADay, namesAMonth } from './dates';

/** The date an action is due by: the revised date when there is one, else the original. */
export interface EffectiveDue {
  iso: IsoDate | null;
  /** The due date is the revised one. */
  revised: boolean;
  /**
   * The printed date is not one day: a date that does not exist, read as a data-quality flag says, or
   * an NHS financial year or quarter ("2024/25", "Q2 24/25"), read as its last day (due by its end,
   * as a month-only date is).
   */
  interpreted: boolean;
}

/** "2024/25", "24/25", "Q2 24/25", "Q2/3 24/25": the last day of that financial year or quarter. */
const FINANCIAL_PERIOD =
  /^(?:q([1-4])(?:\s*\/\s*([1-4]))?\s+)?(?:20)?(\d{2})\s*\/\s*(?:20)?(\d{2})$/i;
const QUARTER_ENDS = ['06-30', '09-30', '12-31', '03-31'];

function financialPeriodEnd(printed: string): IsoDate | null {
  const m = FINANCIAL_PERIOD.exec(printed.trim());
  if (!m) return null;
  const first = 2000 + Number(m[3]);
  if ((first + 1) % 100 !== Number(m[4])) return null;
  const quarter = Number(m[2] ?? m[1] ?? 4);
  return `${quarter === 4 ? first + 1 : first}-${QUARTER_ENDS[quarter - 1]!}`;
}

export function effectiveDue(
  action: Pick<Action, 'originalDue' | 'revisedDue' | 'dataQuality'>,
): EffectiveDue {
  if (action.revisedDue) return { iso: action.revisedDue.iso, revised: true, interpreted: false };
  if (!action.originalDue) return { iso: null, revised: false, interpreted: false };
  if (action.originalDue.iso)
    return { iso: action.originalDue.iso, revised: false, interpreted: false };
  const reading = action.dataQuality.find(
    (f) =>
      f.field === 'originalDue' &&
      f.kind === 'invalid-date' &&
      f.expected &&
      isRealDate(f.expected),
  );
  if (reading?.expected) return { iso: reading.expected, revised: false, interpreted: true };
  const periodEnd = financialPeriodEnd(action.originalDue.printed);
  return periodEnd
    ? { iso: periodEnd, revised: false, interpreted: true }
    : { iso: null, revised: false, interpreted: false };
}

/**
 * A printed due date as a board paper shows it: the day where the log names one ("31 May 2025"), the
 * month where it prints only a month ("April 26" is April 2026, not the 30 April it is counted from).
 */
export function shownAsPrinted(due: { printed: string; iso: IsoDate }): string {
  return !namesADay(due.printed) && namesAMonth(due.printed)
    ? formatMonth(due.iso)
    : formatDate(due.iso);
}

/** When an action falls due, as shown: its revised date, or its own as printed (above); null if none. */
export function dueShown(
  action: Pick<Action, 'originalDue' | 'revisedDue' | 'dataQuality'>,
): string | null {
  const due = effectiveDue(action);
  if (!due.iso) return null;
  const original = action.originalDue;
  if (action.revisedDue) return revisedShown(action.revisedDue);
  return !due.interpreted && original?.iso
    ? shownAsPrinted({ printed: original.printed, iso: original.iso })
    : formatDate(due.iso);
}

/** A revised date: as its log printed it (a month, when only a month), or the day set in Board Clerk. */
function revisedShown(revised: NonNullable<Action['revisedDue']>): string {
  return revised.printed
    ? shownAsPrinted({ printed: revised.printed, iso: revised.iso })
    : formatDate(revised.iso);
}

export function isOpen(action: Pick<Action, 'status'>): boolean {
  return action.status !== 'closed';
}

/**
 * Days past due (1 = due yesterday); null when not overdue, undated, closed, proposed for closure or
 * reported delivered: a proposal waits for the board secretary, not the owner (action logs show it as
 * delivered, awaiting approval), and an action its log reports delivered ("Group SEB Jan 26 -
 * approved") waits only to be put forward; neither is chased as overdue.
 */
export function daysOverdue(action: Action, today: IsoDate): number | null {
  if (action.status !== 'open' || action.deliveryStatus === 'delivered') return null;
  const due = effectiveDue(action).iso;
  if (!due) return null;
  const days = daysBetween(due, today);
  return days > 0 ? days : null;
}

/** Proposed for closure: the board secretary decides next. */
export function awaitsDecision(action: Pick<Action, 'status'>): boolean {
  return action.status === 'proposed-for-closure';
}

export function isOverdue(action: Action, today: IsoDate): boolean {
  return daysOverdue(action, today) !== null;
}

/** How far ahead "due soon" looks (the weekly digest). */
export const DUE_SOON_DAYS = 14;

/** Open and due within [from, to] inclusive. */
export function isDueBetween(action: Action, from: IsoDate, to: IsoDate): boolean {
  const due = effectiveDue(action).iso;
  return isOpen(action) && due !== null && due >= from && due <= to;
}

/**
 * How a list shows the due date: "due 30 September 2025, revised to 31 March 2026". The original date
 * always shows, as printed when it is not a real day.
 */
export function describeDue(
  action: Pick<Action, 'originalDue' | 'revisedDue' | 'dataQuality'>,
): string {
  const original = action.originalDue;
  const originalText = !original
    ? 'no due date given'
    : original.iso
      ? `due ${shownAsPrinted({ printed: original.printed, iso: original.iso })}`
      : `due ${original.printed}`;
  if (action.revisedDue) return `${originalText}, revised to ${revisedShown(action.revisedDue)}`;
  const due = effectiveDue(action);
  if (due.interpreted && due.iso) return `${originalText} (read as ${formatDate(due.iso)})`;
  return original?.iso ? `${originalText}${printedBeyondDate(action)}` : originalText;
}

/**
 * A due date printed with more than a date ("Group SEB Feb 26": where it goes, and when), as printed;
 * nothing for a plain date ("31/05/2026", "March 2026", "Q3 24/25").
 */
export function printedBeyondDate(action: Pick<Action, 'originalDue' | 'revisedDue'>): string {
  const printed = (action.revisedDue?.printed ?? action.originalDue?.printed ?? '').trim();
  const words = printed
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi, ' ')
    .replace(/\b(end|of|by|the|q[1-4])\b/gi, ' ')
    .match(/[a-z]{2,}/gi);
  return words ? ` (printed “${printed}”)` : '';
}
