import { createHash, randomUUID } from 'node:crypto';
import type { Meeting, Person } from '../domain';
import { daysOverdue, DUE_SOON_DAYS, isDueBetween } from '../domain/actionRules';
import {
  addDays,
  formatDateTime,
  isoWeekOf,
  londonToday,
  londonToUtc,
  mondayOf,
} from '../domain/dates';
import type {
  BroadcastJob,
  BroadcastTarget,
  BroadcastType,
  ConversationRecord,
} from '../domain/delivery';
import { rolesHeldBy } from '../domain/permissions';
import {
  plannedReminders,
  reminderHeadline,
  type ReminderTiming,
  type ReminderKind,
  type ReminderSchedule,
} from '../domain/reminderSchedule';
import type { Logger } from '../log';
import type { ReferenceDataCache } from '../shared/referenceData';
import { AlreadyExistsError, ConcurrencyConflictError } from '../store/errors';
import type { BroadcastStore, ConversationStore, GovernanceStore } from '../store/store';
import type { InstallationService } from './installations';

/**
 * What board secretaries do with broadcasts: pick a meeting and where it goes, preview, send now or
 * schedule the default reminders; list and cancel; and the weekly chasers for action owners. Only board
 * secretaries may create or change broadcasts. Sending is the delivery engine's job.
 */

export type When = { kind: 'now' } | { kind: 'default' } | { kind: 'at'; at: string };

export interface TargetOption {
  target: BroadcastTarget;
}

export class NotASecretaryError extends Error {
  constructor() {
    super('Only a board secretary can schedule or send broadcasts.');
    this.name = 'NotASecretaryError';
  }
}

const REMINDER_TYPES: Record<ReminderKind, BroadcastType> = {
  'paper-deadline': 'paper-deadline',
  'week-before': 'meeting-reminder',
  'day-before': 'meeting-reminder',
};

export class BroadcastService {
  constructor(
    private readonly store: GovernanceStore & BroadcastStore & ConversationStore,
    private readonly installations: InstallationService,
    private readonly referenceData: ReferenceDataCache,
    private readonly schedule: ReminderSchedule,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private requireSecretary(person: Person | null): asserts person is Person {
    if (!person?.isBoardSecretary) throw new NotASecretaryError();
  }

  /** Every place a broadcast can go: installed group chats, every channel of installed teams, personal chats. */
  async targetOptions(tenantId?: string): Promise<TargetOption[]> {
    const data = await this.referenceData.get();
    const options: TargetOption[] = [];
    for (const c of await this.installations.installedConversations(tenantId)) {
      if (c.scope === 'team') {
        const channels = c.channels.length
          ? c.channels
          : [{ id: c.conversationId, name: 'General' }];
        for (const ch of channels)
          options.push({
            target: {
              key: `${c.id}/${ch.id}`,
              conversationRecordId: c.id,
              tenantId: c.tenantId,
              channelId: ch.id,
              kind: 'channel',
              label: `${c.teamName ?? 'Team'} › ${ch.name || 'General'}`,
            },
          });
      } else if (c.scope === 'groupChat') {
        options.push({
          target: {
            key: c.id,
            conversationRecordId: c.id,
            tenantId: c.tenantId,
            kind: 'groupChat',
            label: c.title ?? 'Group chat',
          },
        });
      } else {
        const person = data.people.find(
          (p) => p.aadObjectId && p.aadObjectId === c.userAadObjectId,
        );
        options.push({
          target: {
            key: c.id,
            conversationRecordId: c.id,
            tenantId: c.tenantId,
            kind: 'personal',
            label: person ? `${person.name} (personal chat)` : 'Personal chat',
            personId: person?.id,
          },
        });
      }
    }
    return options;
  }

  /**
   * Creates the broadcasts for a meeting: now, at a chosen time, or the default schedule. Each job's id
   * is derived from the card's submission id and what it asks for, so a retried or double-pressed Send
   * finds its jobs already there (`alreadyScheduled`) instead of creating them again; the same card
   * changed to ask for something else is a new send.
   */
  async scheduleMeeting(
    meeting: Meeting,
    targets: BroadcastTarget[],
    when: When,
    secretary: Person | null,
    reportTo: ConversationRecord | null,
    submissionId: string,
  ): Promise<{ jobs: BroadcastJob[]; alreadyScheduled: boolean }> {
    this.requireSecretary(secretary);
    if (targets.length === 0) throw new RangeError('Choose at least one chat or channel.');
    const now = this.clock();
    const plans: { kind: ReminderKind | 'now'; dueAt: string }[] =
      when.kind === 'now'
        ? [{ kind: 'now', dueAt: now.toISOString() }]
        : when.kind === 'at'
          ? [{ kind: 'now', dueAt: when.at }]
          : plannedReminders(meeting, this.schedule, now);
    if (plans.length === 0)
      throw new RangeError(
        'Every default reminder time for this meeting has passed; send it now instead.',
      );
    const jobs: BroadcastJob[] = [];
    let alreadyScheduled = false;
    const asked = [
      submissionId,
      meeting.id,
      ...targets.map((t) => t.key).sort(),
      when.kind === 'at' ? when.at : when.kind,
    ];
    for (const plan of plans) {
      const jobId = `bc-${createHash('sha256')
        .update(JSON.stringify([...asked, plan.kind]))
        .digest('hex')
        .slice(0, 32)}`;
      const schedule: ReminderTiming =
        plan.kind === 'now' ? (when.kind === 'at' ? 'custom' : 'now') : plan.kind;
      const job: BroadcastJob = {
        id: jobId,
        jobId,
        kind: 'broadcast',
        type: plan.kind === 'now' ? 'meeting-reminder' : REMINDER_TYPES[plan.kind],
        title: `${reminderHeadline(schedule, plan.dueAt, meeting.startsAt)}: ${meeting.title}`,
        organisationId: meeting.organisationId,
        meetingId: meeting.id,
        createdBy: { personId: secretary.id, name: secretary.name },
        createdAt: now.toISOString(),
        dueAt: plan.dueAt,
        schedule,
        targets,
        status: 'scheduled',
        lease: null,
        report: reportTo
          ? { conversationRecordId: reportTo.id, tenantId: reportTo.tenantId }
          : null,
      };
      try {
        jobs.push((await this.store.createBroadcast(job)).value);
      } catch (e) {
        const existing = e instanceof AlreadyExistsError && (await this.store.getBroadcast(jobId));
        if (!existing) throw e;
        alreadyScheduled = true;
        jobs.push(existing.value);
      }
    }
    this.log.info(
      {
        meetingId: meeting.id,
        jobs: jobs.map((j) => j.jobId),
        targets: targets.length,
        alreadyScheduled,
      },
      alreadyScheduled ? 'broadcasts already scheduled from this card' : 'broadcasts scheduled',
    );
    return { jobs, alreadyScheduled };
  }

  async list(organisationId?: string): Promise<BroadcastJob[]> {
    return (await this.store.listBroadcasts({ organisationId })).map((s) => s.value);
  }

  /**
   * A meeting moved (its day, time or paper deadline changed): its reminders still to go follow it.
   * Each default reminder is planned again from the new times, and one whose new time has passed is
   * cancelled; one at a time a secretary chose keeps its time. Every one is retitled with the meeting.
   */
  async followMovedMeeting(
    meeting: Meeting,
  ): Promise<{ moved: number; cancelled: number; kept: string[] }> {
    const plans = plannedReminders(meeting, this.schedule, this.clock());
    let moved = 0;
    let cancelled = 0;
    // A reminder set for a time of the secretary's own stays at it: said, so it is not forgotten.
    const kept: string[] = [];
    for (const listed of await this.store.listBroadcasts({
      organisationId: meeting.organisationId,
      meetingId: meeting.id,
    })) {
      // The job as listed; read again only when another instance changed it meanwhile.
      let stored: typeof listed | null = listed;
      // (Counted once, as the job first stands: a retry after a conflict does not count it again.)
      if (
        listed.value.schedule === 'custom' &&
        listed.value.status === 'scheduled' &&
        !listed.value.lease
      )
        kept.push(listed.value.dueAt);
      for (let attempt = 0; attempt < 3 && stored; attempt++) {
        // (One being sent, or sent, stays as it went.)
        if (stored.value.status !== 'scheduled' || stored.value.lease) break;
        const job = stored.value;
        const planned =
          job.schedule === 'now' || job.schedule === 'custom'
            ? job.dueAt
            : (plans.find((p) => p.kind === job.schedule)?.dueAt ?? null);
        const title = `${reminderHeadline(job.schedule, planned ?? job.dueAt, meeting.startsAt)}: ${meeting.title}`;
        if (planned === job.dueAt && title === job.title) break;
        try {
          await this.store.replaceBroadcast(
            planned ? { ...job, dueAt: planned, title } : { ...job, status: 'cancelled' },
            stored.etag,
          );
          if (!planned) cancelled++;
          else if (planned !== job.dueAt) moved++;
          break;
        } catch (e) {
          if (!(e instanceof ConcurrencyConflictError)) throw e;
          stored = await this.store.getBroadcast(job.jobId);
        }
      }
    }
    this.log.info(
      { meetingId: meeting.id, moved, cancelled, kept: kept.length },
      'reminders followed a moved meeting',
    );
    return { moved, cancelled, kept: kept.sort() };
  }

  async cancel(jobId: string, secretary: Person | null): Promise<BroadcastJob> {
    this.requireSecretary(secretary);
    for (let attempt = 0; attempt < 3; attempt++) {
      const stored = await this.store.getBroadcast(jobId);
      if (!stored) throw new RangeError('That broadcast no longer exists.');
      if (stored.value.status !== 'scheduled')
        throw new RangeError(`That broadcast is already ${stored.value.status}.`);
      try {
        return (
          await this.store.replaceBroadcast({ ...stored.value, status: 'cancelled' }, stored.etag)
        ).value;
      } catch (e) {
        if (!(e instanceof ConcurrencyConflictError)) throw e;
      }
    }
    throw new RangeError('That broadcast is changing; try again.');
  }

  /**
   * The weekly chasers, from Monday at 9.00am (Europe/London): a digest to each linked action owner with
   * an installed personal chat, and a summary of overdue actions (listing the owners who could not be
   * reached) to the secretariat. Each week's jobs have fixed ids, so several instances create them once.
   * `jobs` is null before this week's chasers are due; a week missed by a day is skipped.
   */
  async weeklyChasers(
    secretariat: BroadcastTarget[],
    reportTo: ConversationRecord | null,
  ): Promise<{ week: string; jobs: BroadcastJob[] | null }> {
    const now = this.clock();
    const today = londonToday(now);
    const monday = mondayOf(today);
    const dueAt = londonToUtc(monday, '09:00');
    const week = isoWeekOf(monday);
    if (now.toISOString() < dueAt) return { week, jobs: null };
    // A week whose Monday has passed unsent (the service was down, or first started later in the week)
    // is skipped: a Thursday "this week" digest would surprise people.
    if (now.toISOString() >= londonToUtc(addDays(monday, 1), '09:00')) return { week, jobs: [] };
    const jobs = await this.chasers(
      `-${week}`,
      dueAt,
      { name: 'Board Clerk (weekly chasers)' },
      secretariat,
      reportTo,
    );
    return { week, jobs };
  }

  /** This week's key ("2026-W48"), Monday to Sunday in Europe/London. */
  currentWeek(): string {
    return isoWeekOf(londonToday(this.clock()));
  }

  /** The chasers now, at a secretary's request. */
  async chaseNow(
    secretary: Person | null,
    secretariat: BroadcastTarget[],
    reportTo: ConversationRecord | null,
    /** The same id twice queues the chasers once (a button pressed twice). */
    submissionId: string = randomUUID(),
  ): Promise<BroadcastJob[]> {
    this.requireSecretary(secretary);
    return this.chasers(
      `-${submissionId}`,
      this.clock().toISOString(),
      { personId: secretary.id, name: secretary.name },
      secretariat,
      reportTo,
    );
  }

  /**
   * Who the weekly chasers report to: the overdue summary goes to the secretariat channel when there is
   * one, else to the board secretaries' personal chats; the delivery report to the first secretary's.
   */
  async chaserRecipients(
    secretariatChannel: BroadcastTarget | null,
  ): Promise<{ secretariat: BroadcastTarget[]; reportTo: ConversationRecord | null }> {
    const data = await this.referenceData.get();
    const secretaries = await this.installations.personalTargets(
      data.people.filter((p) => p.isBoardSecretary),
    );
    const first = secretaries[0];
    const reportTo = first
      ? ((await this.store.getConversation(first.tenantId, first.conversationRecordId))?.value ??
        null)
      : null;
    return { secretariat: secretariatChannel ? [secretariatChannel] : secretaries, reportTo };
  }

  /** The owners a digest can reach: linked, with an installed personal chat, and something to chase. */
  async digestTargets(): Promise<BroadcastTarget[]> {
    const today = londonToday(this.clock());
    const data = await this.referenceData.get();
    const actions = (
      await this.store.findActions({ statuses: ['open', 'proposed-for-closure'] })
    ).map((a) => a.value);
    const soon = addDays(today, DUE_SOON_DAYS);
    const owners: Person[] = [];
    for (const person of data.people) {
      if (!person.aadObjectId) continue;
      const held = new Set(rolesHeldBy(person, data.roles));
      // Only what the owner must act on: a proposal for closure waits for the secretary.
      const mine = actions.filter(
        (a) =>
          a.status === 'open' &&
          [...a.actionLeadRoleIds, ...a.taskLeadRoleIds].some((r) => held.has(r)) &&
          (daysOverdue(a, today) !== null || isDueBetween(a, today, soon)),
      );
      if (mine.length > 0) owners.push(person);
    }
    return this.installations.personalTargets(owners);
  }

  private async chasers(
    suffix: string,
    dueAt: string,
    createdBy: BroadcastJob['createdBy'],
    secretariat: BroadcastTarget[],
    reportTo: ConversationRecord | null,
  ): Promise<BroadcastJob[]> {
    const data = await this.referenceData.get();
    const created: BroadcastJob[] = [];
    const make = async (
      id: string,
      type: BroadcastType,
      title: string,
      targets: BroadcastTarget[],
    ) => {
      if (targets.length === 0) return;
      const job: BroadcastJob = {
        id,
        jobId: id,
        kind: 'broadcast',
        type,
        title,
        organisationId:
          data.organisations.find((o) => o.type === 'group')?.id ?? data.organisations[0]!.id,
        createdBy,
        createdAt: this.clock().toISOString(),
        dueAt,
        schedule: 'custom',
        targets,
        status: 'scheduled',
        lease: null,
        report: reportTo
          ? { conversationRecordId: reportTo.id, tenantId: reportTo.tenantId }
          : null,
      };
      try {
        created.push((await this.store.createBroadcast(job)).value);
      } catch (e) {
        if (!(e instanceof AlreadyExistsError)) throw e;
      }
    };
    await make(
      `digest${suffix}`,
      'action-digest',
      `Action digest (${formatDateTime(dueAt)})`,
      await this.digestTargets(),
    );
    await make(
      `overdue${suffix}`,
      'overdue-summary',
      `Overdue actions summary (${formatDateTime(dueAt)})`,
      secretariat,
    );
    return created;
  }
}
