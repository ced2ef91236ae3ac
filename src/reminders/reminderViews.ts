import type { ActionView, MeetingView } from '../shared/viewTypes';

/** What broadcast cards show, as plain data (drawn by cards/reminderCards.ts). */

export interface MeetingReminderView {
  /** "One week to go", "Tomorrow", "Paper deadline reminder", "Reminder". */
  headline: string;
  meeting: MeetingView;
  /** Open actions on the body's action sheet due by the meeting. */
  mattersArising: ActionView[];
  /** Private-part items left out because the card goes to a channel. */
  privateItemsHidden: number;
  /** The card goes to a channel: nothing from the private part. */
  channel: boolean;
}

export interface ActionDigestView {
  personName: string;
  overdue: ActionView[];
  dueSoon: ActionView[];
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
  asOf: string;
  overdue: ActionView[];
  /** Owners the weekly digest could not reach, so the secretary can chase them another way. */
  unreachable: OwnerReach[];
}

export interface DeliveryReportRow {
  label: string;
  state: 'pending' | 'sending' | 'delivered' | 'retrying' | 'failed';
  detail: string | null;
}

export interface DeliveryReportView {
  title: string;
  /** "Sent 23 November 2026 at 09:00", "Scheduled for …". */
  when: string;
  status: 'scheduled' | 'running' | 'completed' | 'cancelled';
  rows: DeliveryReportRow[];
}
