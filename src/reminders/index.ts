import { randomUUID } from 'node:crypto';
import type { ReminderSchedule } from '../domain/reminderSchedule';
import type { Logger } from '../log';
import type { EventBus } from '../shared/events';
import type { ReferenceDataCache } from '../shared/referenceData';
import type { BroadcastStore, ConversationStore, GovernanceStore } from '../store/store';
import { BriefBroadcasts, type BriefSource } from './briefBroadcasts';
import { BroadcastService } from './broadcastService';
import { ClosureNotices } from './closureNotices';
import { BroadcastContent, type ClosureNoticeSource } from './content';
import { DeliveryEngine } from './deliveryEngine';
import { SecretaryDesk } from './desk';
import { InstallationService } from './installations';
import { MeetingService } from './meetingService';
import { RateLimits, teamsLimits } from './rateLimits';
import { Scheduler } from './scheduler';
import { secretariatChannel } from './secretariat';
import type { MessageSender } from './sender';

export type { SecretaryCommand } from './desk';
export type { SecretaryDesk } from './desk';
export type { InstallationService } from './installations';
export type { Scheduler } from './scheduler';
export type { DeskView, OutgoingView, RefusalView } from './views';
export { conversationRecordId } from './installations';
export type { BriefSource } from './briefBroadcasts';

export interface RemindersOptions {
  store: GovernanceStore & ConversationStore & BroadcastStore;
  referenceData: ReferenceDataCache;
  /** Closure proposals and decisions arrive here; the notices go out through the delivery engine. */
  events: EventBus;
  /** The progress card a closure notice carries (the progress feature's). */
  closureNotice: ClosureNoticeSource;
  /** Pre-meeting briefs: who gets one and what it says (the briefs feature's); none when absent. */
  briefs?: BriefSource;
  /** How messages reach Teams (the Bot Framework edge). */
  sender: MessageSender;
  schedule: ReminderSchedule;
  secretariatChannelId: string | null;
  intervalMs: number;
  weeklyChasers: boolean;
  /** Percent of Teams' per-app-per-tenant limit kept unused (default 20). */
  rateHeadroomPercent?: number;
  log: Logger;
  clock: () => Date;
}

/**
 * "Secretaries broadcast": where the app is installed, meetings, the secretary's desk, the delivery
 * engine and its scheduler, the closure notices that follow progress events, and the pre-meeting
 * briefs it sends for the briefs feature.
 */
export function createReminders(o: RemindersOptions) {
  const installations = new InstallationService(o.store, o.log, o.clock);
  const broadcasts = new BroadcastService(
    o.store,
    installations,
    o.referenceData,
    o.schedule,
    o.log,
    o.clock,
  );
  const secretariat = secretariatChannel(o.secretariatChannelId, broadcasts, o.log);
  const briefs = o.briefs
    ? new BriefBroadcasts({
        store: o.store,
        installations,
        referenceData: o.referenceData,
        source: o.briefs,
        schedule: o.schedule,
        // The delivery report goes to a secretary's chat, never to the secretariat channel.
        reportTo: async () => (await broadcasts.chaserRecipients(null)).reportTo,
        log: o.log,
        clock: o.clock,
      })
    : null;
  const content = new BroadcastContent(
    o.store,
    o.referenceData,
    o.closureNotice,
    o.clock,
    briefs && ((job, target) => briefs.render(job, target.personId)),
  );
  const engine = new DeliveryEngine(
    o.store,
    o.store,
    installations,
    o.sender,
    content,
    new RateLimits(teamsLimits(o.rateHeadroomPercent)),
    o.log,
    { instanceId: `${process.pid}-${randomUUID().slice(0, 8)}`, clock: o.clock },
  );
  const scheduler = new Scheduler(
    engine,
    broadcasts,
    async () => broadcasts.chaserRecipients(await secretariat()),
    { intervalMs: o.intervalMs, weeklyChasers: o.weeklyChasers },
    o.log,
    briefs,
  );
  // New work (a send now, a closure notice) runs a scheduler pass at once.
  const queued = () => scheduler.kick();
  const notices = new ClosureNotices({
    store: o.store,
    installations,
    referenceData: o.referenceData,
    secretariat,
    log: o.log,
    queued,
    clock: o.clock,
  });
  o.events.on('closure-proposed', (e) => notices.proposed(e));
  o.events.on('closure-decided', (e) => notices.decided(e));
  const desk = new SecretaryDesk({
    store: o.store,
    referenceData: o.referenceData,
    meetings: new MeetingService(o.store, o.referenceData, o.log, o.clock),
    broadcasts,
    content,
    schedule: o.schedule,
    secretariat,
    log: o.log,
    queued,
  });
  return { installations, desk, scheduler };
}

export type Reminders = ReturnType<typeof createReminders>;
