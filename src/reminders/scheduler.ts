import type { ConversationRecord, BroadcastTarget } from '../domain/delivery';
import type { Logger } from '../log';
import type { BroadcastService } from './broadcastService';
import type { DeliveryEngine } from './deliveryEngine';

/**
 * The scheduler loop: every interval, queue this week's action chasers and the pre-meeting briefs once
 * they are due, then let the delivery engine claim and send whatever is due. Passes never overlap;
 * stop() waits for the current one.
 */
export interface ChaserRecipients {
  /** Where the overdue summary goes: the secretariat channel, or the secretaries' personal chats. */
  secretariat: BroadcastTarget[];
  /** Where the chasers' delivery report goes. */
  reportTo: ConversationRecord | null;
}

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> | null = null;
  /** The last week whose chasers were queued by this instance (the store stops duplicates anyway). */
  private chasedWeek: string | null = null;

  constructor(
    private readonly engine: DeliveryEngine,
    private readonly broadcasts: BroadcastService,
    private readonly recipients: () => Promise<ChaserRecipients>,
    private readonly options: { intervalMs: number; weeklyChasers: boolean },
    private readonly log: Logger,
    /** Queues the pre-meeting briefs that are due (none when briefs are not wired). */
    private readonly briefs: { queueDue(): Promise<unknown> } | null = null,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.pass(), this.options.intervalMs);
    this.timer.unref();
    void this.pass();
  }

  /** New work was queued ("send now", a closure proposal): run a pass now rather than at the next tick. */
  kick(): void {
    if (this.timer) void this.pass();
  }

  /** One pass; a pass already running is awaited instead of starting another. */
  pass(): Promise<void> {
    this.current ??= this.run().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  private async run(): Promise<void> {
    try {
      if (this.options.weeklyChasers) await this.chasers();
      await this.queueBriefs();
      await this.engine.tick();
    } catch (e) {
      this.log.error({ err: (e as Error).message }, 'scheduler pass failed; the next pass retries');
    }
  }

  /** A failure here must not hold up sending what is already queued. */
  private async queueBriefs(): Promise<void> {
    try {
      await this.briefs?.queueDue();
    } catch (e) {
      this.log.error({ err: (e as Error).message }, 'could not queue pre-meeting briefs');
    }
  }

  private async chasers(): Promise<void> {
    if (this.chasedWeek === this.broadcasts.currentWeek()) return;
    const { secretariat, reportTo } = await this.recipients();
    const { week, jobs } = await this.broadcasts.weeklyChasers(secretariat, reportTo);
    if (jobs === null) return; // not due yet this week
    this.chasedWeek = week;
    if (jobs.length)
      this.log.info({ week, jobs: jobs.map((j) => j.jobId) }, 'weekly chasers queued');
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.current;
    await this.engine.stop();
  }
}
