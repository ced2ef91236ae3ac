import { createHash } from 'node:crypto';
import type {
  BroadcastJob,
  BroadcastTarget,
  ConversationRecord,
  Delivery,
} from '../domain/delivery';
import type { Logger } from '../log';
import { ConcurrencyConflictError } from '../store/errors';
import type { BroadcastStore, ConversationStore, Stored } from '../store/store';
import type { InstallationService } from './installations';
import type { RateLimits } from './rateLimits';
import { type Destination, type MessageSender, SendError } from './sender';
import type { OutgoingView } from './views';

/**
 * Sends broadcasts: claims due jobs with optimistic concurrency (two instances never send the same
 * job), sends one delivery per target within Teams rate limits, retries 429s after Retry-After and
 * 5xx/timeouts with jittered exponential backoff, gives up on 403/404 for good, and keeps every state
 * change in the store so a restart resumes where it stopped. The secretary's report card is updated in
 * place as it goes.
 *
 * Delivery is at least once in one narrow case: if the process dies after Teams accepted a message but
 * before the delivery was recorded (milliseconds), the resumed run sends that one target again.
 */

export interface EngineContent {
  /** The message one target receives. */
  render(job: BroadcastJob, target: BroadcastTarget): Promise<OutgoingView>;
  /** The secretary's delivery report. */
  report(job: BroadcastJob, deliveries: Delivery[]): OutgoingView;
}

export interface EngineOptions {
  /** Names this instance in leases. */
  instanceId: string;
  leaseMs?: number;
  maxAttempts?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Longest Retry-After waited for in-process; longer ones are left for a later pass. */
  maxInlineWaitMs?: number;
  /** Deliveries sent at once within one broadcast. */
  concurrency?: number;
  /** How often the report card is refreshed while a broadcast runs. */
  reportEveryMs?: number;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const FINAL: ReadonlySet<Delivery['status']> = new Set(['delivered', 'failed']);

/** Delivery records created in the first bulk request (small: sending starts when it is stored). */
const FIRST_BATCH = 25;
/** Then records per bulk request while sending runs. */
const BATCH = 250;

/** Deliveries waiting to be sent, filled as their records are created; workers wait for more until closed. */
class Pending {
  private readonly items: Stored<Delivery>[];
  private readonly ids = new Set<string>();
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  constructor(items: Stored<Delivery>[]) {
    this.items = [...items];
    for (const d of items) this.ids.add(d.value.id);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  push(items: readonly Stored<Delivery>[]): void {
    for (const d of items) {
      this.items.push(d);
      this.ids.add(d.value.id);
    }
    this.wake();
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  /** The next delivery; null once every record is created and queued, and the queue is empty. */
  async next(): Promise<Stored<Delivery> | null> {
    for (;;) {
      const item = this.items.shift();
      if (item) return item;
      if (this.closed) return null;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

export function deliveryId(jobId: string, target: BroadcastTarget): string {
  return `${jobId}.${createHash('sha256').update(target.key).digest('hex').slice(0, 24)}`;
}

export class DeliveryEngine {
  private stopping = false;
  private readonly running = new Set<Promise<unknown>>();
  private readonly o: Required<EngineOptions>;

  constructor(
    private readonly broadcasts: BroadcastStore,
    private readonly conversations: ConversationStore,
    private readonly installations: InstallationService,
    private readonly sender: MessageSender,
    private readonly content: EngineContent,
    private readonly limits: RateLimits,
    private readonly log: Logger,
    options: EngineOptions,
  ) {
    this.o = {
      leaseMs: 60_000,
      maxAttempts: 6,
      baseBackoffMs: 1_000,
      maxBackoffMs: 60_000,
      maxInlineWaitMs: 30_000,
      concurrency: 8,
      reportEveryMs: 2_000,
      clock: () => new Date(),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      random: Math.random,
      ...options,
    };
  }

  private now(): string {
    return this.o.clock().toISOString();
  }

  private later(ms: number): string {
    return new Date(this.o.clock().getTime() + ms).toISOString();
  }

  /** One scheduler pass: claim and run every due broadcast. Resolves when the pass is done. */
  async tick(): Promise<void> {
    if (this.stopping) return;
    const due = await this.broadcasts.findDueBroadcasts(this.now());
    for (const job of due) {
      if (this.stopping) break;
      const claimed = await this.claim(job);
      if (!claimed) continue;
      const run = this.run(claimed).catch((e: unknown) =>
        this.log.error(
          { jobId: job.value.jobId, err: (e as Error).message },
          'broadcast pass failed; it will be retried',
        ),
      );
      this.running.add(run);
      await run;
      this.running.delete(run);
    }
  }

  /** Stops taking new work; in-flight sends finish and are recorded; leases are released. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  /** Takes the lease on a job with its etag: only one instance can win. */
  private async claim(job: Stored<BroadcastJob>): Promise<Stored<BroadcastJob> | null> {
    try {
      return await this.broadcasts.replaceBroadcast(
        {
          ...job.value,
          status: 'running',
          lease: { owner: this.o.instanceId, until: this.later(this.o.leaseMs) },
        },
        job.etag,
      );
    } catch (e) {
      if (e instanceof ConcurrencyConflictError) return null;
      throw e;
    }
  }

  private async run(claimed: Stored<BroadcastJob>): Promise<void> {
    const jobId = claimed.value.jobId;
    // Lease renewals and report updates both write the job: one at a time, always from the latest.
    let job = claimed;
    let jobWrites = Promise.resolve();
    const updateJob = (change: (j: Stored<BroadcastJob>) => Promise<Stored<BroadcastJob>>) =>
      (jobWrites = jobWrites.then(async () => {
        job = await change(job);
      }));
    // The report is refreshed alongside sending; a failed job write surfaces when the pass awaits them.
    const refreshReportSoon = () =>
      void updateJob((j) => this.refreshReport(j)).catch(() => undefined);

    // Sending starts with the first few records; the rest are created meanwhile.
    const existing = await this.broadcasts.listDeliveries(jobId);
    const pending = new Pending(existing.filter((d) => this.isDue(d.value)));
    const known = new Set(existing.map((d) => d.value.id));
    const creating = this.createDeliveries(
      job.value,
      job.value.targets.filter((t) => !known.has(deliveryId(jobId, t))),
      pending,
    ).finally(() => pending.close());
    creating.catch(() => undefined); // awaited once sending is done
    const conversation = this.conversationsOf();
    this.log.info(
      {
        jobId,
        existing: existing.length,
        targets: job.value.targets.length,
        instance: this.o.instanceId,
      },
      'broadcast pass started',
    );

    let lastReport = this.o.clock().getTime();
    refreshReportSoon();
    const worker = async () => {
      for (let next = await pending.next(); next && !this.stopping; next = await pending.next()) {
        if (this.leaseRunningOut(job)) await updateJob((j) => this.renewLease(j));
        await this.deliver(job.value, next, await conversation(next.value.target));
        if (this.o.clock().getTime() - lastReport >= this.o.reportEveryMs) {
          lastReport = this.o.clock().getTime();
          refreshReportSoon();
        }
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.o.concurrency, job.value.targets.length || 1) }, worker),
    );
    await creating;
    await jobWrites;

    const all = (await this.broadcasts.listDeliveries(jobId)).map((d) => d.value);
    const open = all.filter((d) => !FINAL.has(d.status));
    const done = open.length === 0;
    const nextDue = open.map((d) => d.nextAttemptAt ?? this.now()).sort()[0];
    job = await this.broadcasts.replaceBroadcast(
      {
        ...job.value,
        status: done ? 'completed' : 'running',
        dueAt: done ? job.value.dueAt : (nextDue ?? this.now()),
        lease: null,
        completedAt: done ? this.now() : undefined,
      },
      job.etag,
    );
    await this.refreshReport(job);
    this.log.info(
      {
        jobId,
        delivered: all.filter((d) => d.status === 'delivered').length,
        failed: all.filter((d) => d.status === 'failed').length,
        open: open.length,
      },
      done ? 'broadcast completed' : 'broadcast pass ended; retries pending',
    );
  }

  private isDue(d: Delivery): boolean {
    if (FINAL.has(d.status)) return false;
    return d.status !== 'retrying' || !d.nextAttemptAt || d.nextAttemptAt <= this.now();
  }

  /**
   * One delivery record per target, created in bulk: a small first batch so the first message goes at
   * once, then larger ones while sending runs. Each batch joins the queue as soon as it is stored.
   * Records another instance created meanwhile (a create is refused once one exists) are read back.
   */
  private async createDeliveries(
    job: BroadcastJob,
    targets: readonly BroadcastTarget[],
    pending: Pending,
  ): Promise<void> {
    let raced = false;
    for (let i = 0, size = FIRST_BATCH; i < targets.length; i += size, size = BATCH) {
      const { created, alreadyExisted } = await this.broadcasts.createDeliveries(
        targets.slice(i, i + size).map((target) => ({
          id: deliveryId(job.jobId, target),
          jobId: job.jobId,
          kind: 'delivery' as const,
          target,
          status: 'pending' as const,
          attempts: 0,
          permanent: false,
          updatedAt: this.now(),
        })),
      );
      pending.push(created);
      raced ||= alreadyExisted.length > 0;
    }
    if (raced)
      pending.push(
        (await this.broadcasts.listDeliveries(job.jobId)).filter(
          (d) => this.isDue(d.value) && !pending.has(d.value.id),
        ),
      );
  }

  /** Each target's conversation, read once per pass when its first delivery needs it. */
  private conversationsOf(): (target: BroadcastTarget) => Promise<ConversationRecord | null> {
    const found = new Map<string, Promise<ConversationRecord | null>>();
    return (target) => {
      let conversation = found.get(target.conversationRecordId);
      if (!conversation) {
        conversation = this.conversations
          .getConversation(target.tenantId, target.conversationRecordId)
          .then((c) => c?.value ?? null);
        found.set(target.conversationRecordId, conversation);
      }
      return conversation;
    };
  }

  private leaseRunningOut(job: Stored<BroadcastJob>): boolean {
    const until = job.value.lease?.until;
    return !until || new Date(until).getTime() - this.o.clock().getTime() <= this.o.leaseMs / 2;
  }

  /** Extends this instance's lease once half of it has run out. */
  private async renewLease(job: Stored<BroadcastJob>): Promise<Stored<BroadcastJob>> {
    if (!this.leaseRunningOut(job)) return job;
    return this.broadcasts.replaceBroadcast(
      { ...job.value, lease: { owner: this.o.instanceId, until: this.later(this.o.leaseMs) } },
      job.etag,
    );
  }

  private backoff(attempt: number): number {
    const exp = Math.min(this.o.maxBackoffMs, this.o.baseBackoffMs * 2 ** (attempt - 1));
    return Math.round(exp / 2 + (this.o.random() * exp) / 2);
  }

  /** Sends one delivery, retrying in-process while waits are short; records every state change. */
  private async deliver(
    job: BroadcastJob,
    stored: Stored<Delivery>,
    conversation: ConversationRecord | null,
  ): Promise<void> {
    let current: Stored<Delivery> | null = stored;
    const record = async (patch: Partial<Delivery>): Promise<boolean> => {
      try {
        current = await this.broadcasts.replaceDelivery(
          { ...current!.value, ...patch, updatedAt: this.now() },
          current!.etag,
        );
        return true;
      } catch (e) {
        if (e instanceof ConcurrencyConflictError) return false;
        throw e;
      }
    };
    const target = stored.value.target;
    if (!conversation || conversation.status !== 'installed') {
      await record({
        status: 'failed',
        permanent: true,
        lastError: !conversation
          ? 'Board Clerk is not installed there any more.'
          : conversation.status === 'removed'
            ? 'The app was removed from this conversation.'
            : (conversation.unreachableReason ?? 'Teams refused earlier deliveries here.'),
      });
      return;
    }
    // A person's own chat may show private business only when the directory knows them.
    const destination: Destination = {
      conversation,
      channelId: target.channelId,
      boardMember: target.kind === 'personal' && !!target.personId,
    };
    let message: OutgoingView;
    try {
      message = await this.content.render(job, target);
    } catch (e) {
      // What it was about is gone (a deleted meeting or action): retrying cannot help.
      await record({
        status: 'failed',
        permanent: true,
        lastError: `The message could not be prepared: ${(e as Error).message}`,
      });
      return;
    }

    let throttles = 0;
    while (!this.stopping) {
      // Another instance may hold this delivery; the etag decides.
      if (!(await record({ status: 'sending', nextAttemptAt: undefined }))) return;
      await this.limits.acquire(
        conversation.conversationId + (target.channelId ?? ''),
        conversation.tenantId,
      );
      try {
        const { activityId } = await this.sender.send(destination, message);
        await record({
          status: 'delivered',
          activityId,
          deliveredAt: this.now(),
          lastError: undefined,
        });
        return;
      } catch (e) {
        const failure =
          e instanceof SendError ? e : new SendError('transient', (e as Error).message);
        if (failure.failure === 'permanent') {
          const reason =
            failure.status === 403
              ? 'Teams refused (403): the app is blocked or was removed.'
              : 'The conversation no longer exists (404).';
          await record({ status: 'failed', permanent: true, lastError: reason });
          await this.installations.markUnreachable(conversation.tenantId, conversation.id, reason);
          return;
        }
        // Throttling is Teams asking us to wait, not a failure: it does not use up attempts.
        const throttled = failure.failure === 'throttled';
        const attempts = current.value.attempts + (throttled ? 0 : 1);
        if (!throttled && attempts >= this.o.maxAttempts) {
          await record({
            status: 'failed',
            attempts,
            lastError: `Gave up after ${attempts} attempts: ${failure.message}`,
          });
          return;
        }
        const wait = throttled
          ? (failure.retryAfterMs ?? this.backoff(++throttles))
          : this.backoff(attempts);
        await record({
          status: 'retrying',
          attempts,
          nextAttemptAt: this.later(wait),
          lastError: throttled
            ? `Throttled by Teams (429); retrying after ${Math.max(1, Math.ceil(wait / 1000))}s.`
            : `${failure.message}; retrying.`,
        });
        if (wait > this.o.maxInlineWaitMs) return; // a later pass picks it up when due
        await this.o.sleep(wait);
      }
    }
  }

  /** Posts the report card to the secretary the first time, then updates that same message. */
  private async refreshReport(job: Stored<BroadcastJob>): Promise<Stored<BroadcastJob>> {
    const report = job.value.report;
    if (!report) return job;
    const conversation = (
      await this.conversations.getConversation(report.tenantId, report.conversationRecordId)
    )?.value;
    if (!conversation || conversation.status !== 'installed') return job;
    const deliveries = (await this.broadcasts.listDeliveries(job.value.jobId)).map((d) => d.value);
    const card = this.content.report(job.value, deliveries);
    try {
      await this.limits.acquire(conversation.conversationId, conversation.tenantId);
      if (report.activityId) {
        await this.sender.update({ conversation, boardMember: false }, report.activityId, card);
        return job;
      }
      const { activityId } = await this.sender.send({ conversation, boardMember: false }, card);
      for (let attempt = 0; attempt < 3; attempt++) {
        const fresh = attempt === 0 ? job : (await this.broadcasts.getBroadcast(job.value.jobId))!;
        try {
          return await this.broadcasts.replaceBroadcast(
            { ...fresh.value, report: { ...report, activityId } },
            fresh.etag,
          );
        } catch (e) {
          if (!(e instanceof ConcurrencyConflictError)) throw e;
        }
      }
      return job;
    } catch (e) {
      this.log.warn(
        { jobId: job.value.jobId, err: (e as Error).message },
        'could not update the delivery report',
      );
      return job;
    }
  }
}
