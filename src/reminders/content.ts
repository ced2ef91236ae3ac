import type { Action, Meeting } from '../domain';
import {
  awaitsDecision,
  daysOverdue,
  DUE_SOON_DAYS,
  effectiveDue,
  isDueBetween,
  isOpen,
} from '../domain/actionRules';
import { addDays, formatDate, formatDateTime, londonDateOf, londonToday } from '../domain/dates';
import type { BroadcastJob, BroadcastTarget, Delivery } from '../domain/delivery';
import { ownersOf, rolesHeldBy } from '../domain/permissions';
import { reminderHeadline } from '../domain/reminderSchedule';
import type { BriefView } from '../shared/briefViews';
import type { ReferenceData, ReferenceDataCache } from '../shared/referenceData';
import type { ProgressView } from '../shared/viewTypes';
import { actionView, meetingView } from '../shared/views';
import type { ConversationStore, GovernanceStore } from '../store/store';
import type {
  ActionDigestView,
  DeliveryReportView,
  MeetingReminderView,
  OutgoingView,
  OverdueSummaryView,
  OwnerReach,
} from './views';

/** The progress card a closure notice carries, from the progress feature (wired in app.ts). */
export type ClosureNoticeSource = (
  ref: { actionId: string; organisationId: string },
  audience: 'secretaries' | 'owners',
  now: Date,
) => Promise<ProgressView | null>;

/** The pre-meeting brief one target of a `brief` broadcast gets (see briefBroadcasts.ts). */
export type BriefContent = (job: BroadcastJob, target: BroadcastTarget) => Promise<BriefView>;

/**
 * Who among an action list's owners the weekly digest cannot reach, and why: a role nobody holds, a
 * person not linked to Teams, or a person without a personal chat with Board Clerk.
 */
export async function unreachableOwners(
  data: ReferenceData,
  actions: readonly Action[],
  conversations: ConversationStore,
): Promise<OwnerReach[]> {
  const reach = new Map<string, OwnerReach>();
  const note = (name: string, reason: string) => {
    const r = reach.get(name) ?? { name, reason, actions: 0 };
    r.actions++;
    reach.set(name, r);
  };
  const chats = new Map<string, boolean>();
  for (const action of actions) {
    const owners = ownersOf(action, data.people, data.roles);
    if (owners.length === 0) {
      const roles = [...action.actionLeadRoleIds, ...action.taskLeadRoleIds]
        .map((id) => {
          const role = data.roles.find((r) => r.id === id);
          return role
            ? role.code === role.title
              ? role.code
              : `${role.title} (${role.code})`
            : id;
        })
        .join(', ');
      note(roles || 'No lead recorded', 'nobody in the directory holds this role');
      continue;
    }
    for (const person of owners) {
      if (!person.aadObjectId) {
        note(person.name, 'not linked to a Teams account');
        continue;
      }
      if (!chats.has(person.aadObjectId))
        chats.set(
          person.aadObjectId,
          (await conversations.findPersonalConversation(person.aadObjectId))?.value.status ===
            'installed',
        );
      if (!chats.get(person.aadObjectId))
        note(person.name, 'has not added Board Clerk in a personal chat');
    }
  }
  return [...reach.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * What each broadcast type shows one target, from the store as it is when sent: a view, drawn and made
 * safe for its audience by the outbox at the edge.
 */
export class BroadcastContent {
  constructor(
    private readonly store: GovernanceStore & ConversationStore,
    private readonly referenceData: ReferenceDataCache,
    private readonly closureNotice: ClosureNoticeSource,
    private readonly clock: () => Date = () => new Date(),
    private readonly brief: BriefContent | null = null,
  ) {}

  async render(job: BroadcastJob, target: BroadcastTarget): Promise<OutgoingView> {
    const data = await this.referenceData.get();
    const now = this.clock();
    const today = londonToday(now);
    switch (job.type) {
      case 'meeting-reminder':
      case 'paper-deadline':
        return this.meetingReminder(job, now);
      case 'action-digest':
        return this.digest(data, target, today);
      case 'overdue-summary':
        return this.overdueSummary(data, today);
      case 'closure-approval':
      case 'closure-decision': {
        const view = job.action
          ? await this.closureNotice(
              job.action,
              job.type === 'closure-approval' ? 'secretaries' : 'owners',
              now,
            )
          : null;
        if (!view) throw new Error(`broadcast ${job.jobId}: its action no longer exists`);
        return view;
      }
      case 'brief':
        if (!this.brief) throw new Error(`broadcast ${job.jobId}: briefs are not wired`);
        return this.brief(job, target);
    }
  }

  /** A meeting reminder in full: the outbox leaves the private part out where others may see it. */
  async meetingReminder(job: BroadcastJob, now: Date): Promise<MeetingReminderView> {
    const data = await this.referenceData.get();
    const meeting =
      (job.meetingId
        ? (await this.store.get('meeting', job.organisationId, job.meetingId))?.value
        : undefined) ?? data.meetings.find((m) => m.id === job.meetingId);
    if (!meeting) throw new Error(`broadcast ${job.jobId}: its meeting no longer exists`);
    return {
      kind: 'meeting-reminder',
      headline: reminderHeadline(job.schedule, job.dueAt, meeting.startsAt),
      meeting: meetingView(data, meeting),
      mattersArising: await this.mattersArising(data, meeting, londonToday(now)),
    };
  }

  /** Open actions on the body's action sheets due by the meeting date. */
  private async mattersArising(data: ReferenceData, meeting: Meeting, today: string) {
    const meetingDate = londonDateOf(meeting.startsAt);
    const sheetIds = data.logs
      .filter(
        (l) =>
          l.type === 'minutes-action-sheet' &&
          data.meetings.some((m) => m.id === l.meetingId && m.body === meeting.body),
      )
      .map((l) => l.id);
    const actions: Action[] = [];
    for (const logId of sheetIds)
      for (const a of await this.store.findActions({
        logId,
        statuses: ['open', 'proposed-for-closure'],
      }))
        actions.push(a.value);
    return actions
      .filter((a) => {
        const due = effectiveDue(a).iso;
        return isOpen(a) && due !== null && due <= meetingDate;
      })
      .map((a) => actionView(data, a, today, false));
  }

  private async digest(
    data: ReferenceData,
    target: BroadcastTarget,
    today: string,
  ): Promise<ActionDigestView> {
    const person = data.people.find((p) => p.id === target.personId);
    if (!person) throw new Error(`digest for ${target.label}: that person is not in the directory`);
    const held = new Set(rolesHeldBy(person, data.roles));
    const mine = (
      await this.store.findActions({
        roleIds: [...held],
        statuses: ['open', 'proposed-for-closure'],
      })
    ).map((a) => a.value);
    const soon = addDays(today, DUE_SOON_DAYS);
    const view = (a: Action) => actionView(data, a, today, true);
    return {
      kind: 'action-digest',
      personName: person.name,
      overdue: mine
        .filter((a) => daysOverdue(a, today) !== null)
        .map(view)
        .sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0)),
      dueSoon: mine.filter((a) => a.status === 'open' && isDueBetween(a, today, soon)).map(view),
      awaitingDecision: mine.filter(awaitsDecision).map(view),
      horizon: `${DUE_SOON_DAYS} days`,
    };
  }

  private async overdueSummary(data: ReferenceData, today: string): Promise<OverdueSummaryView> {
    const current = (
      await this.store.findActions({ statuses: ['open', 'proposed-for-closure'] })
    ).map((a) => a.value);
    const overdue = current.filter((a) => daysOverdue(a, today) !== null);
    return {
      kind: 'overdue-summary',
      asOf: formatDate(today),
      overdue: overdue
        .map((a) => actionView(data, a, today, false))
        .sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0)),
      awaitingDecision: current
        .filter(awaitsDecision)
        .map((a) => actionView(data, a, today, false)),
      unreachable: await unreachableOwners(data, overdue, this.store),
    };
  }

  report(job: BroadcastJob, deliveries: Delivery[]): DeliveryReportView {
    const byKey = new Map(deliveries.map((d) => [d.target.key, d]));
    return {
      kind: 'delivery-report',
      title: job.title,
      when:
        job.status === 'scheduled'
          ? `Scheduled for ${formatDateTime(job.dueAt)}`
          : `Sent from ${formatDateTime(job.dueAt)}`,
      status: job.status,
      rows: job.targets.map((t) => {
        const d = byKey.get(t.key);
        return {
          label: t.label,
          state: d?.status ?? 'pending',
          detail: d?.lastError ?? null,
        };
      }),
    };
  }
}
