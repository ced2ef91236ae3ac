import { z } from 'zod';
import { Id, IsoDate, PrintedDate, RecordBase, SourceRef, UtcTimestamp } from './common';

export const AgendaItemType = z.enum(['Verbal', 'Paper', 'Presentation']);

/**
 * An agenda item as a secretary said it in a message ("add Estates sale update to the private agenda,
 * paper, led by the CFO"): it fills the agenda editor's new row, and nothing is saved until they save.
 */
export const AgendaItemDraft = z.object({
  title: z.string().trim().min(1).max(300),
  type: AgendaItemType.optional(),
  lead: z.string().trim().min(1).max(120).optional(),
  private: z.boolean().optional(),
});
export type AgendaItemDraft = z.infer<typeof AgendaItemDraft>;

export const AgendaItem = z.object({
  order: z.number().int().positive(),
  /** Workplan section ("Standing Items", "Governance and Assurance"). */
  section: z.string().min(1),
  title: z.string().min(1),
  type: AgendaItemType.nullable(),
  /** Lead as the workplan prints it ("Every meeting/Chair" gives lead "Chair"). */
  lead: z.string().nullable(),
  /** Items for the private part are never posted to a channel. */
  part: z.enum(['public', 'private']).default('public'),
  /** "As required" items are on the plan but not certain to be taken. */
  asRequired: z.boolean().default(false),
  /** For a meeting held: the minute that records the item ("GTB/25/9"). */
  minuteReference: z.string().optional(),
  /** The workplan item this is, when the minutes give it another title ("Apologies/Welcome"). */
  workplanTitle: z.string().optional(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** A meeting of a board or committee. Times are stored in UTC and shown in Europe/London. */
export const Meeting = RecordBase.extend({
  kind: z.literal('meeting'),
  /** The body that meets: "Group Trust Board", "Joint People and Culture Committee". */
  body: z.string().min(1),
  title: z.string().min(1),
  startsAt: UtcTimestamp,
  /** How the paper prints the date and time. */
  printedDate: z.string().min(1),
  part: z.enum(['public', 'private']),
  location: z.string().min(1),
  joinUrl: z.url().optional(),
  paperDeadline: UtcTimestamp.optional(),
  /** "Inaugural meeting". */
  note: z.string().optional(),
  /** What the meeting takes: for a meeting held, what its minutes record. */
  agenda: z.array(AgendaItem).default([]),
  /**
   * The workplan's agenda for the date, kept when the minutes record a different one; items the workplan
   * plans that the minutes do not record are flagged.
   */
  plannedAgenda: z.array(AgendaItem).optional(),
  minutesId: Id.optional(),
  workplanId: Id.optional(),
  source: SourceRef,
});
export type Meeting = z.infer<typeof Meeting>;

export const WorkplanItem = z.object({
  section: z.string().min(1),
  title: z.string().min(1),
  type: AgendaItemType.nullable(),
  /** The "Frequency/Lead" cell as printed. */
  frequencyLead: z.string().nullable(),
  frequency: z.string().nullable(),
  lead: z.string().nullable(),
  /** Per meeting date (YYYY-MM-DD): "X" (planned), "As required", or absent when blank. */
  plannedFor: z.record(IsoDate, z.enum(['X', 'As required'])).default({}),
});
export type WorkplanItem = z.infer<typeof WorkplanItem>;

export const Workplan = RecordBase.extend({
  kind: z.literal('workplan'),
  body: z.string().min(1),
  title: z.string().min(1),
  meetingDates: z.array(z.object({ date: IsoDate, printed: z.string().min(1) })),
  items: z.array(WorkplanItem),
  source: SourceRef,
});
export type Workplan = z.infer<typeof Workplan>;

export const MinuteItem = z.object({
  /** "GTB/25/15". */
  reference: z.string().regex(/^[A-Z]+\/\d{2}\/\d+$/, 'expected a minute reference like GTB/25/15'),
  title: z.string().min(1),
  /** A short account of the discussion, from the minutes. */
  summary: z.string().min(1),
  /** The resolution as printed (after "RESOLVED:"), or null where none was recorded. */
  resolution: z.string().nullable(),
  /** Actions the item closed or raised, by reference. */
  actionReferences: z.array(z.string()).default([]),
  /** The item's paragraphs as printed (the summary above shortens them). */
  printedText: z.array(z.string().min(1)).optional(),
});
export type MinuteItem = z.infer<typeof MinuteItem>;

export const Attendee = z.object({ name: z.string().min(1), role: z.string().min(1) });

export const Minutes = RecordBase.extend({
  kind: z.literal('minutes'),
  meetingId: Id,
  body: z.string().min(1),
  title: z.string().min(1),
  heldOn: IsoDate,
  printedHeading: z.string().min(1),
  present: z.array(Attendee).default([]),
  inAttendance: z.array(Attendee).default([]),
  apologies: z.array(Attendee).default([]),
  items: z.array(MinuteItem).min(1),
  /** "Close – date of next public meeting: ..." as printed. */
  nextMeeting: PrintedDate.optional(),
  /** The meeting at which these minutes were approved, if known. */
  approvedAt: z.string().optional(),
  source: SourceRef,
});
export type Minutes = z.infer<typeof Minutes>;
export type MeetingStartsAt = z.infer<typeof UtcTimestamp>;
