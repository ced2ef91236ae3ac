import {
  type Action,
  type Actor,
  DELIVERY_KEY_WORDS,
  type DeliveryKey,
  type FieldChange,
  type HistoryEntry,
} from './action';
import type { IsoDate } from './common';
import { effectiveDue } from './actionRules';
import { formatDate, isRealDate } from './dates';

/**
 * The rules of an action owner's progress update, as pure functions: what may change, what must be
 * given, and the history entry that records it. The original due date is never changed.
 */

export const NOTE_MAX_LENGTH = 2000;
export const REASON_MAX_LENGTH = 500;

export interface ProgressUpdate {
  note: string;
  deliveryStatus: DeliveryKey;
  /** A new revised due date, or null to leave the due date as it is. */
  revisedDue: IsoDate | null;
  revisedDueReason: string | null;
  proposeClosure: boolean;
  submissionId: string;
}

/** Problems with a submission, by field, in words for the person who typed it. */
export type FieldErrors = Partial<
  Record<'note' | 'deliveryStatus' | 'revisedDue' | 'revisedDueReason' | 'form', string>
>;

export function deliveryKeyWords(key: DeliveryKey | null): string {
  return key ? DELIVERY_KEY_WORDS[key] : 'Not yet reported';
}

/** Checks an update against the action as it stands; returns errors by field, empty when it may be saved. */
export function validateProgressUpdate(
  action: Action,
  update: ProgressUpdate,
  today: IsoDate,
): FieldErrors {
  const errors: FieldErrors = {};
  const note = update.note.trim();
  if (!note) errors.note = 'Add a progress note: what has happened since the last update.';
  else if (note.length > NOTE_MAX_LENGTH)
    errors.note = `Keep the note to ${NOTE_MAX_LENGTH} characters (it is ${note.length}).`;
  if (action.status === 'closed')
    errors.form = 'This action is closed. Ask the board secretary to reopen it if needed.';
  if (update.revisedDue !== null) {
    if (!isRealDate(update.revisedDue))
      errors.revisedDue = 'Enter a real date, for example 31 March 2026.';
    else if (update.revisedDue < today)
      errors.revisedDue = 'A revised due date cannot be in the past.';
    const moved = update.revisedDue !== effectiveDue(action).iso;
    const reason = update.revisedDueReason?.trim() ?? '';
    if (moved && !reason) errors.revisedDueReason = 'Say why the due date is moving.';
    else if (reason.length > REASON_MAX_LENGTH)
      errors.revisedDueReason = `Keep the reason to ${REASON_MAX_LENGTH} characters.`;
  }
  if (update.proposeClosure && update.deliveryStatus !== 'delivered')
    errors.deliveryStatus = 'Set the status to Delivered to propose the action for closure.';
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Whether this submission was already saved (Teams may retry an invoke). */
export function alreadyApplied(action: Action, submissionId: string): boolean {
  return action.history.some((h) => h.submissionId === submissionId);
}

/**
 * Why an update withdraws a proposal for closure, or null when it does not. A proposal stands only while
 * the action is delivered (NHS practice: the secretary closes what the owner says is done), so an owner
 * who, while it waits for the secretary, reports any status but Delivered or moves its due date takes
 * it back to Open; the history says so and the secretary has nothing left to decide.
 */
export function setbackOf(action: Action, update: ProgressUpdate): string | null {
  if (action.status !== 'proposed-for-closure') return null;
  const reasons: string[] = [];
  if (update.deliveryStatus !== 'delivered')
    reasons.push(`the owner reports ${DELIVERY_KEY_WORDS[update.deliveryStatus]}`);
  if (update.revisedDue !== null && update.revisedDue !== effectiveDue(action).iso)
    reasons.push(`the due date moves to ${formatDate(update.revisedDue)}`);
  return reasons.length ? reasons.join(' and ') : null;
}

/**
 * The action after the update: a progress note, the delivery status, a revised due date with its reason,
 * and a proposal for closure, with one history entry listing every field that changed from what to what.
 */
export function applyProgressUpdate(
  action: Action,
  update: ProgressUpdate,
  by: Actor,
  now: Date,
): Action {
  const at = now.toISOString();
  const changes: FieldChange[] = [];
  let next: Action = { ...action };

  if (update.deliveryStatus !== action.deliveryStatus) {
    changes.push({
      field: 'delivery status',
      from: action.deliveryStatus ? DELIVERY_KEY_WORDS[action.deliveryStatus] : null,
      to: DELIVERY_KEY_WORDS[update.deliveryStatus],
    });
    next.deliveryStatus = update.deliveryStatus;
  }
  if (update.revisedDue !== null && update.revisedDue !== effectiveDue(action).iso) {
    const from = effectiveDue(action).iso;
    changes.push({
      field: 'due date',
      from: from ? formatDate(from) : (action.originalDue?.printed ?? null),
      to: formatDate(update.revisedDue),
    });
    next.revisedDue = {
      iso: update.revisedDue,
      reason: update.revisedDueReason!.trim(),
      setBy: by,
      setAt: at,
    };
  }
  const proposes = update.proposeClosure && action.status === 'open';
  const withdraws = setbackOf(action, update) !== null;
  if (proposes) {
    changes.push({ field: 'status', from: 'Open', to: 'Proposed for closure' });
    next.status = 'proposed-for-closure';
  } else if (withdraws) {
    changes.push({ field: 'status', from: 'Proposed for closure', to: 'Open' });
    next.status = 'open';
  }
  const note = update.note.trim();
  next = {
    ...next,
    progress: [...action.progress, { at, by, note, deliveryStatus: update.deliveryStatus }],
    revision: action.revision + 1,
  };
  const entry: HistoryEntry = {
    at,
    by,
    event: proposes ? 'proposed-for-closure' : withdraws ? 'closure-withdrawn' : 'progress-update',
    changes,
    note,
    submissionId: update.submissionId,
  };
  next.history = [...action.history, entry];
  return next;
}

export type ClosureDecision =
  { approve: true; note: string | null } | { approve: false; reason: string };

/** The board secretary's decision on a proposed closure: approve closes it, return reopens it with a reason. */
export function validateClosureDecision(action: Action, decision: ClosureDecision): FieldErrors {
  if (action.status !== 'proposed-for-closure')
    return {
      form:
        action.status === 'closed'
          ? 'This action is already closed.'
          : 'This action is not proposed for closure.',
    };
  if (!decision.approve && !decision.reason.trim())
    return { form: 'Say why the action is being returned.' };
  return {};
}

export function applyClosureDecision(
  action: Action,
  decision: ClosureDecision,
  by: Actor,
  now: Date,
  today: IsoDate,
  submissionId: string,
): Action {
  const at = now.toISOString();
  if (decision.approve)
    return {
      ...action,
      status: 'closed',
      closure: {
        closedOn: { printed: formatDate(today), iso: today },
        approvedBy: by.name,
        note: decision.note ?? undefined,
      },
      revision: action.revision + 1,
      history: [
        ...action.history,
        {
          at,
          by,
          event: 'closure-approved',
          changes: [{ field: 'status', from: 'Proposed for closure', to: 'Closed' }],
          note: decision.note ?? undefined,
          submissionId,
        },
      ],
    };
  return {
    ...action,
    status: 'open',
    revision: action.revision + 1,
    history: [
      ...action.history,
      {
        at,
        by,
        event: 'closure-returned',
        changes: [{ field: 'status', from: 'Proposed for closure', to: 'Open' }],
        note: decision.reason.trim(),
        submissionId,
      },
    ],
  };
}

/** What the progress card's inputs sent, as text: nothing here is trusted yet. */
export interface ProgressForm {
  note: string;
  deliveryStatus: string | null;
  revisedDue: string | null;
  revisedDueReason: string | null;
  proposeClosure: boolean;
}

const DELIVERY_VALUES: readonly string[] = Object.keys(DELIVERY_KEY_WORDS);

/**
 * Reads the card's inputs into an update. Problems a person can fix (no status chosen, a date that is
 * not a date) come back as field errors so the card can show them next to the field.
 */
export function readProgressForm(
  form: ProgressForm,
  submissionId: string,
): { update: ProgressUpdate | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const status = form.deliveryStatus?.trim() ?? '';
  if (!DELIVERY_VALUES.includes(status))
    errors.deliveryStatus =
      'Choose a delivery status: Delivered, On track, Some issues or Not on track.';
  const revisedDue = form.revisedDue?.trim() || null;
  if (revisedDue !== null && !/^\d{4}-\d{2}-\d{2}$/.test(revisedDue))
    errors.revisedDue = 'Enter a real date, for example 31 March 2026.';
  if (hasErrors(errors)) return { update: null, errors };
  return {
    update: {
      note: form.note,
      deliveryStatus: status as DeliveryKey,
      revisedDue,
      revisedDueReason: form.revisedDueReason?.trim() || null,
      proposeClosure: form.proposeClosure,
      submissionId,
    },
    errors,
  };
}
