import { z } from 'zod';
import { Id, IsoDate, PrintedDate, RecordBase, SourceRef, UtcTimestamp } from './common';
import { Provenance } from './provenance';

/** A log that actions belong to: a well-led review plan, a minutes action sheet, a BAF action log. */
export const ActionLog = RecordBase.extend({
  kind: z.literal('actionLog'),
  type: z.enum(['well-led-review', 'minutes-action-sheet', 'baf-action-log']),
  title: z.string().min(1),
  /** Prefix used in action references ("Well-Led", "GTB", "Group BAF"). */
  shortName: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** Sections in the order the source prints them. */
  sections: z.array(z.object({ id: Id, title: z.string().min(1) })).default([]),
  /** For a minutes action sheet or BAF action log: the meeting or register it belongs to. */
  meetingId: Id.optional(),
  registerId: Id.optional(),
  /** Notes the source prints about the log as a whole ("No actions identified"). */
  notes: z.array(z.string()).default([]),
  source: SourceRef,
});
export type ActionLog = z.infer<typeof ActionLog>;

/**
 * The NHS delivery key an owner reports progress in (stored as `deliveryStatus` on actions and
 * progress notes): in words wherever it is shown.
 */
export const DeliveryKey = z.enum(['delivered', 'on-track', 'some-issues', 'not-on-track']);
export type DeliveryKey = z.infer<typeof DeliveryKey>;

export const DELIVERY_KEY_WORDS: Record<DeliveryKey, string> = {
  delivered: 'Delivered',
  'on-track': 'On track',
  'some-issues': 'Some issues',
  'not-on-track': 'Not on track',
};

/** Where an action stands in its life: open, proposed for closure, closed. */
export const ActionStatus = z.enum(['open', 'proposed-for-closure', 'closed']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const ACTION_STATUS_WORDS: Record<ActionStatus, string> = {
  open: 'Open',
  'proposed-for-closure': 'Proposed for closure',
  closed: 'Closed',
};

/** Who did something: a person in the directory, or the import of a paper. */
export const Actor = z.object({
  personId: Id.optional(),
  name: z.string().min(1),
});
export type Actor = z.infer<typeof Actor>;

export const ProgressNote = z.object({
  /** When it was written: a timestamp for updates made in Board Clerk. */
  at: UtcTimestamp.optional(),
  /** As printed, for notes transcribed from a paper ("Feb 2025"). */
  printedDate: z.string().optional(),
  by: Actor,
  note: z.string().min(1),
  deliveryStatus: DeliveryKey.nullable().default(null),
  /**
   * Transcribed from a public board paper (the register's own "complete"): as public as the paper.
   * Every other note (written in Board Clerk, or imported from the trust's own log) is the board's
   * working note, private to board members.
   */
  published: z.boolean().optional(),
});
export type ProgressNote = z.infer<typeof ProgressNote>;

export const FieldChange = z.object({
  field: z.string().min(1),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type FieldChange = z.infer<typeof FieldChange>;

/** One entry in an action's history: every change is kept, with who and when. */
export const HistoryEntry = z.object({
  at: UtcTimestamp,
  by: Actor,
  event: z.enum([
    'imported',
    'progress-update',
    'proposed-for-closure',
    'closure-approved',
    'closure-returned',
    /** The owner reported a setback while the action waited for the secretary: open again. */
    'closure-withdrawn',
    'edited',
  ]),
  changes: z.array(FieldChange).default([]),
  note: z.string().optional(),
  /** Idempotency key of the submission that made the change, so a retried invoke is not applied twice. */
  submissionId: z.string().max(200).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const RevisedDue = z.object({
  iso: IsoDate,
  printed: z.string().optional(),
  reason: z.string().min(1),
  setBy: Actor,
  setAt: UtcTimestamp.optional(),
});
export type RevisedDue = z.infer<typeof RevisedDue>;

/**
 * Whether the reason a due date moved is private, as a progress note is: set in Board Clerk (by an
 * owner's update or an import, which stamp when) rather than printed in a public paper.
 */
export function revisionReasonPrivate(revised: RevisedDue): boolean {
  return revised.setAt !== undefined;
}

export const Closure = z.object({
  /** The date it closed, or the period when only a month is printed. */
  closedOn: PrintedDate,
  approvedBy: z.string().min(1),
  note: z.string().optional(),
});
export type Closure = z.infer<typeof Closure>;

/**
 * A closure put forward but not yet approved: who supported it and when, and who must still approve it
 * ("supported by Group SEB in November 2025 ahead of approval by the Group Trust Board").
 */
export const ClosureProposal = z.object({
  /** Who supported or proposed the closure, as the paper names them. */
  supportedBy: z.string().min(1),
  /** When, as printed ("November 2025"). */
  supportedOn: PrintedDate,
  /** Who must still approve the closure ("Group Trust Board"). */
  awaitingApprovalBy: z.string().min(1),
  /** The meeting asked to approve it, when the paper says. */
  decisionMeetingId: Id.optional(),
  note: z.string().optional(),
});
export type ClosureProposal = z.infer<typeof ClosureProposal>;

/** An action that cannot be done before another one: "Divisional leads to sit on this sub-cabinet". */
export const ActionDependency = z.object({
  actionId: Id,
  /** What the other action creates that this one needs, in the plan's words ("the FTSU sub-cabinet"). */
  needs: z.string().min(1),
});
export type ActionDependency = z.infer<typeof ActionDependency>;

export const Action = RecordBase.extend({
  kind: z.literal('action'),
  logId: Id,
  /** How people refer to it: "Well-Led FTSU 5", "GTB/25/2", "Group BAF 3 action 2". */
  reference: z.string().min(1),
  /** Section id within the log ("ftsu") and its number there, as printed. */
  sectionId: Id.optional(),
  number: z.number().int().positive().optional(),
  /** "Area of development" in the well-led plan, or the cause/effect of a BAF risk. */
  area: z.string().optional(),
  text: z.string().min(1),
  /** A heading the paper prints over a group of actions ("Cultural work to address civil unrest and wider including;"). */
  printedHeading: z.string().optional(),
  actionLeadRoleIds: z.array(Id).default([]),
  taskLeadRoleIds: z.array(Id).default([]),
  printedActionLead: z.string().optional(),
  printedTaskLead: z.string().optional(),
  /** The original due date as printed; never overwritten. */
  originalDue: PrintedDate.nullable(),
  revisedDue: RevisedDue.nullable().default(null),
  status: ActionStatus,
  deliveryStatus: DeliveryKey.nullable().default(null),
  committeeSignOff: z.string().optional(),
  closure: Closure.nullable().default(null),
  /** For an action proposed for closure from a paper: who supported it, and what remains to approve. */
  closureProposal: ClosureProposal.optional(),
  /** Actions this one needs done first; an action due before them is flagged. */
  dependsOn: z.array(ActionDependency).optional(),
  /** Links: the BAF risk the action mitigates, the minute that raised it. */
  riskId: Id.optional(),
  minuteReference: z.string().optional(),
  progress: z.array(ProgressNote).default([]),
  history: z.array(HistoryEntry).default([]),
  /** Increments on every saved change; cards carry it so a stale card is noticed. */
  revision: z.number().int().nonnegative().default(0),
  source: SourceRef,
  provenance: Provenance.optional(),
});
export type Action = z.infer<typeof Action>;
