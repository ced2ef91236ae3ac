import { createHash } from 'node:crypto';
import type {
  BroadcastJob,
  BroadcastTarget,
  ConversationRecord,
  Delivery,
} from '../domain/delivery';
import type { Logger } from '../log';
import { AlreadyExistsError, ConcurrencyConflictError } from '../store/errors';
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

/** Runs `work` over the items, at most `size` at a time. */
async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(work));
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

    await this.ensureDeliveries(job.value);
    const conversations = await this.destinations(job.value);
    const pending = (await this.broadcasts.listDeliveries(jobId)).filter((d) =>
      this.isDue(d.value),
    );
    this.log.info(
      { jobId, pending: pending.length, instance: this.o.instanceId },
      'broadcast pass started',
    );

    let lastReport = this.o.clock().getTime();
    await updateJob((j) => this.refreshReport(j));
    const queue = [...pending];
    const worker = async () => {
      for (let next = queue.shift(); next && !this.stopping; next = queue.shift()) {
        await updateJob((j) => this.renewLease(j));
        await this.deliver(job.value, next, conversations);
        if (this.o.clock().getTime() - lastReport >= this.o.reportEveryMs) {
          lastReport = this.o.clock().getTime();
          await updateJob((j) => this.refreshReport(j));
        }
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.o.concurrency, Math.max(1, queue.length)) }, worker),
    );
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

  /** One delivery record per target, created once (a second instance's create is refused). */
  private async ensureDeliveries(job: BroadcastJob): Promise<void> {
    const existing = new Set(
      (await this.broadcasts.listDeliveries(job.jobId)).map((d) => d.value.id),
    );
    const missing = job.targets.filter((t) => !existing.has(deliveryId(job.jobId, t)));
    await inBatches(missing, this.o.concurrency, async (target) => {
      try {
        await this.broadcasts.createDelivery({
          id: deliveryId(job.jobId, target),
          jobId: job.jobId,
          kind: 'delivery',
          target,
          status: 'pending',
          attempts: 0,
          permanent: false,
          updatedAt: this.now(),
        });
      } catch (e) {
        if (!(e instanceof AlreadyExistsError)) throw e;
      }
    });
  }

  private async destinations(job: BroadcastJob): Promise<Map<string, ConversationRecord>> {
    const refs = new Map<string, string>(); // record id -> tenant
    for (const t of job.targets) refs.set(t.conversationRecordId, t.tenantId);
    if (job.report) refs.set(job.report.conversationRecordId, job.report.tenantId);
    const out = new Map<string, ConversationRecord>();
    await inBatches([...refs], this.o.concurrency, async ([id, tenantId]) => {
      const found = await this.conversations.getConversation(tenantId, id);
      if (found) out.set(id, found.value);
    });
    return out;
  }

  /** Extends this instance's lease once half of it has run out. */
  private async renewLease(job: Stored<BroadcastJob>): Promise<Stored<BroadcastJob>> {
    const until = job.value.lease?.until;
    if (until && new Date(until).getTime() - this.o.clock().getTime() > this.o.leaseMs / 2)
      return job;
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
    conversations: Map<string, ConversationRecord>,
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
    const conversation = conversations.get(target.conversationRecordId);
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
      await this.limits.acquire(conversation.conversationId + (target.channelId ?? ''));
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
      await this.limits.acquire(conversation.conversationId);
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
