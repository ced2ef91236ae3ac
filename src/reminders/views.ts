import type { AgendaItemDraft } from '../domain';
import type { BriefView } from '../shared/briefViews';
import type { ActionView, MeetingView, MessageView, ProgressView } from '../shared/viewTypes';
import type { AgendaRow } from './agendaEditor';

/**
 * What the reminders feature shows, as plain data: what Board Clerk posts on its own (drawn by
 * cards/reminderCards.ts) and the secretary's desk (drawn by cards/secretaryCards.ts).
 */

export interface MeetingReminderView {
  kind: 'meeting-reminder';
  /** "One week to go", "Tomorrow", "Paper deadline reminder", "Reminder". */
  headline: string;
  meeting: MeetingView;
  /** Open actions on the body's action sheet due by the meeting. */
  mattersArising: ActionView[];
}

export interface ActionDigestView {
  kind: 'action-digest';
  personName: string;
  overdue: ActionView[];
  dueSoon: ActionView[];
  /** Proposed for closure: waiting for the board secretary, not the owner (never counted overdue). */
  awaitingDecision: ActionView[];
  /** "14 days": how far ahead "due soon" looks. */
  horizon: string;
}

export interface OwnerReach {
  /** The owner (a person, or a role nobody in the directory holds). */
  name: string;
  /** Why they got no digest: not linked to Teams, or no personal chat with Board Clerk. */
  reason: string;
  actions: number;
}

export interface OverdueSummaryView {
  kind: 'overdue-summary';
  asOf: string;
  overdue: ActionView[];
  /** Proposed for closure, waiting for a decision: listed apart from the overdue ones. */
  awaitingDecision: ActionView[];
  /** Owners the weekly digest could not reach, so the secretary can chase them another way. */
  unreachable: OwnerReach[];
}

export interface DeliveryReportRow {
  label: string;
  state: 'pending' | 'sending' | 'delivered' | 'retrying' | 'failed';
  detail: string | null;
}

export interface DeliveryReportView {
  kind: 'delivery-report';
  title: string;
  /** "Sent 23 November 2026 at 09:00", "Scheduled for …". */
  when: string;
  status: 'scheduled' | 'running' | 'completed' | 'cancelled';
  rows: DeliveryReportRow[];
}

/** Whatever Board Clerk posts on its own: a broadcast to one target, or a delivery report. */
export type OutgoingView =
  | MeetingReminderView
  | ActionDigestView
  | OverdueSummaryView
  | DeliveryReportView
  /** A closure notice: the action's progress card. */
  | ProgressView
  /** A member's pre-meeting brief (built by the briefs feature). */
  | BriefView
  | MessageView;

type Errors = Partial<Record<string, string>>;

/** Someone who is not a board secretary used a secretary's tool. */
export interface RefusalView {
  kind: 'refusal';
  /** "create or edit meetings". */
  what: string;
}

/** Secretary tools open in the secretary's personal chat, never where others can see them. */
export interface PersonalOnlyView {
  kind: 'personal-only';
  what: string;
  /** Whether the tool was also sent to the secretary's personal chat. */
  sentToPersonalChat: boolean;
}

/** "edit meeting": which meeting, next first; then its details or its agenda. */
export interface MeetingChoiceView {
  kind: 'meeting-choice';
  /** Upcoming meetings, the next first: "Group Trust Board (private), Thursday 28 January 2027 at 1.00pm". */
  meetings: Choice[];
  note: string | null;
  /** "Move the board to 8 April": the day chosen, carried to the form ("Thursday 8 April 2027"). */
  moveTo: { date: string; words: string } | null;
  /** "Add Estates sale update to the agenda": the item said, carried to the agenda editor. */
  item?: AgendaItemDraft | null;
}

export interface MeetingFormView {
  kind: 'meeting-form';
  meetingId: string | null;
  /** The etag of the meeting the form shows (edits): the save applies only to that version. */
  etag: string | null;
  /** After a stale save: the meeting as it stands now, shown above the form that keeps what was typed. */
  latest: MeetingView | null;
  bodies: string[];
  values: Partial<
    Record<
      | 'body'
      | 'date'
      | 'time'
      | 'part'
      | 'location'
      | 'joinUrl'
      | 'paperDeadlineDate'
      | 'paperDeadlineTime',
      string
    >
  >;
  errors: Errors;
  /** What the form already changed, not yet saved: "Moved to Thursday 8 April 2027 in this form…". */
  note: string | null;
}

/** A meeting's agenda, editable: add, remove, reorder, mark private, set leads. */
export interface AgendaFormView {
  kind: 'agenda-form';
  /** The meeting as stored (heading; after a stale save, the latest agenda). */
  meeting: MeetingView;
  etag: string;
  rows: AgendaRow[];
  errors: Errors;
  /** The editor was drawn again because the meeting changed after it was opened. */
  stale: boolean;
  /** "Filled in from your message…": the new row holds an item the secretary typed. */
  note?: string | null;
}

export interface MeetingSavedView {
  kind: 'meeting-saved';
  meeting: MeetingView;
  note: string;
}

export interface Choice {
  title: string;
  value: string;
}

export interface ComposeView {
  kind: 'compose';
  /** Carried by Preview and Send: a double-pressed or retried Send schedules once. */
  submissionId: string;
  meetings: Choice[];
  targets: Choice[];
  values: Partial<Record<'meetingId' | 'targets' | 'when' | 'atDate' | 'atTime', string>>;
  errors: Errors;
  /** "Group Trust Board: paper deadline 2 days before, one week before, day before, at 09:00". */
  scheduleDescription: string;
}

export interface PreviewView {
  kind: 'preview';
  /** The reminder as its recipients will see it (the shared version when any target is shared). */
  reminder: MeetingReminderView;
  /** Private-part items the shared version leaves out. */
  privateLeftOut: number;
  targets: string[];
  when: string;
  /** A chosen time that is not on a working day, said so the secretary can change it. */
  whenNote: string | null;
  /** True when a target is a channel or group chat: the version they see is shown. */
  sharedVersion: boolean;
  /** The composed values, carried by the Send and Change buttons. */
  values: Record<string, string>;
}

export interface BroadcastListItem {
  jobId: string;
  title: string;
  when: string;
  status: 'scheduled' | 'running' | 'completed' | 'cancelled';
  targets: number;
  /** Where it goes, in words: "Group Trust Board › Board papers; Yusuf Ali (personal chat)". */
  to: string;
  delivered: number | null;
  failed: number | null;
}

export interface BroadcastListView {
  kind: 'broadcast-list';
  items: BroadcastListItem[];
  note: string | null;
}

/** Who "chase overdue actions" would message, shown before anything is sent. */
export interface ChaseConfirmView {
  kind: 'chase-confirm';
  /** The action owners a digest reaches (linked, with Board Clerk in a personal chat). */
  owners: string[];
  /** Where the overdue summary goes ("Board Secretariat channel", "Alex Morgan (personal chat)"). */
  summaryTo: string | null;
  /** Carried by the Chase now button: pressed twice, it chases once. */
  submissionId: string;
}

/** What the secretary's desk answers. */
export type DeskView =
  | RefusalView
  | PersonalOnlyView
  | MeetingChoiceView
  | MeetingFormView
  | AgendaFormView
  | MeetingSavedView
  | ComposeView
  | PreviewView
  | BroadcastListView
  | ChaseConfirmView
  | MessageView;
