import type { Meeting, Person } from '../domain';
import { addDays, formatDate, londonDateOf, londonToday } from '../domain/dates';
import type { BroadcastJob, ConversationRecord } from '../domain/delivery';
import { briefTimingFor, type ReminderSchedule } from '../domain/reminderSchedule';
import { bankHolidayCoverageWarning, sendTimeForBrief } from '../domain/workingDays';
import type { Logger } from '../log';
import type { BriefView } from '../shared/briefViews';
import type { ReferenceDataCache } from '../shared/referenceData';
import { AlreadyExistsError } from '../store/errors';
import type { BroadcastStore } from '../store/store';
import type { InstallationService } from './installations';

/**
 * The pre-meeting brief, sent by Board Clerk on its own: once a meeting's brief is due (N working days
 * before it, per meeting body, see `briefTimingFor`), the scheduler queues one `brief` broadcast for the
 * meeting to the personal chat of every member who attends it and has not said "stop briefs", with
 * its delivery report to a board secretary. What each member's brief says, and who attends, is the
 * briefs feature's business: it is handed in as a `BriefSource` (wired in app.ts).
 *
 * The job id is derived from the meeting and its day, so several instances create it once, a restart
 * does not send it again, and a meeting moved to another day gets a brief for the new day. A brief due
 * while the service was down goes when it is back, if the meeting has not started.
 */
export interface BriefSource {
  /** Who gets the meeting's brief: its attendees who want briefs. */
  recipients(meeting: Meeting): Promise<Person[]>;
  /** The brief one person gets. */
  brief(
    meeting: { meetingId: string; organisationId: string },
    personId: string,
    now: Date,
  ): Promise<BriefView>;
}

/** When nobody attending could be reached, look again after this long (someone may add the app). */
const RECHECK_MS = 60 * 60 * 1000;

export function briefJobId(meeting: Pick<Meeting, 'id' | 'startsAt'>): string {
  return `brief-${meeting.id}-${londonDateOf(meeting.startsAt)}`;
}

export class BriefBroadcasts {
  /** Job ids this instance knows are queued, and when to look again at meetings nobody could get. */
  private readonly settled = new Map<string, number>();

  constructor(
    private readonly o: {
      store: BroadcastStore;
      installations: InstallationService;
      referenceData: ReferenceDataCache;
      source: BriefSource;
      schedule: ReminderSchedule;
      /** Where the delivery report goes: a board secretary's personal chat. */
      reportTo: () => Promise<ConversationRecord | null>;
      log: Logger;
      clock: () => Date;
    },
  ) {
    // Working days in a year without bank holiday data skip weekends only: say so at start.
    const today = londonToday(o.clock());
    const warning = bankHolidayCoverageWarning(today, addDays(today, 366));
    if (warning) o.log.warn(warning);
  }

  /** Queues every brief now due; returns the jobs this pass created. */
  async queueDue(): Promise<BroadcastJob[]> {
    const now = this.o.clock();
    const data = await this.o.referenceData.get();
    const created: BroadcastJob[] = [];
    for (const meeting of data.meetings) {
      if (meeting.startsAt <= now.toISOString()) continue;
      const timing = briefTimingFor(meeting.body, this.o.schedule);
      if (!timing) continue;
      const dueAt = sendTimeForBrief(meeting.startsAt, timing);
      if (dueAt > now) continue;
      const jobId = briefJobId(meeting);
      if ((this.settled.get(jobId) ?? 0) > now.getTime()) continue;
      if (await this.o.store.getBroadcast(jobId)) {
        this.settled.set(jobId, Infinity);
        continue;
      }
      const job = await this.queue(meeting, jobId, dueAt, now);
      if (job) created.push(job);
    }
    return created;
  }

  private async queue(
    meeting: Meeting,
    jobId: string,
    dueAt: Date,
    now: Date,
  ): Promise<BroadcastJob | null> {
    const { log } = this.o;
    const targets = await this.o.installations.personalTargets(
      await this.o.source.recipients(meeting),
    );
    if (!targets.length) {
      log.info({ meetingId: meeting.id }, 'no member attending can be sent a brief');
      this.settled.set(jobId, now.getTime() + RECHECK_MS);
      return null;
    }
    const reportTo = await this.o.reportTo();
    const job: BroadcastJob = {
      id: jobId,
      jobId,
      kind: 'broadcast',
      type: 'brief',
      title: `Brief: ${meeting.body}, ${formatDate(londonDateOf(meeting.startsAt))}`,
      organisationId: meeting.organisationId,
      meetingId: meeting.id,
      createdBy: { name: 'Board Clerk (pre-meeting briefs)' },
      createdAt: now.toISOString(),
      dueAt: dueAt.toISOString(),
      schedule: 'custom',
      targets,
      status: 'scheduled',
      lease: null,
      report: reportTo ? { conversationRecordId: reportTo.id, tenantId: reportTo.tenantId } : null,
    };
    this.settled.set(jobId, Infinity);
    try {
      const stored = (await this.o.store.createBroadcast(job)).value;
      log.info({ meetingId: meeting.id, jobId, targets: targets.length }, 'brief queued');
      return stored;
    } catch (e) {
      // Another instance queued it first.
      if (e instanceof AlreadyExistsError) return null;
      this.settled.delete(jobId);
      throw e;
    }
  }

  /** The brief a target of a `brief` job gets. */
  async render(job: BroadcastJob, personId: string | undefined): Promise<BriefView> {
    if (!job.meetingId || !personId)
      throw new Error(`broadcast ${job.jobId}: a brief needs a meeting and a person`);
    return this.o.source.brief(
      { meetingId: job.meetingId, organisationId: job.organisationId },
      personId,
      this.o.clock(),
    );
  }
}
