import { createHash } from 'node:crypto';
import { z } from 'zod';
import { addDays, londonDateOf } from '../domain/dates';
import { deepFrozen } from '../domain/deepFrozen';

/**
 * Two small records a feature keeps between messages, in the store so that every instance sees them and
 * they survive restarts: a value per conversation that expires (the questions feature's follow-up
 * subject), and a bounded log of texts (the questions Board Clerk could not answer: text and time only,
 * never who asked). Both live in the store's own bookkeeping values (`readSystemValue` /
 * `writeSystemValue`: etag-checked writes in the governance container's system partition, left out of
 * the change feed), so no container or governance schema changes. Ids are hashes: no tenant or
 * conversation id is stored in clear. What a value is, the feature says (`parse`): this module only
 * keeps it.
 */
export interface SystemValueStore {
  readSystemValue(id: string): Promise<unknown>;
  writeSystemValue(id: string, value: unknown): Promise<void>;
  writeSystemValues(values: readonly { id: string; value: unknown }[]): Promise<void>;
}

/** A chat, or one thread of a channel, within its tenant. */
export interface ConversationRef {
  tenantId: string | null;
  threadKey: string;
}

const hash = (text: string, length: number) =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

const ExpiringRecord = z.object({ value: z.unknown(), expiresAt: z.iso.datetime() });
type ExpiringRecord = z.infer<typeof ExpiringRecord>;

/** The least time between two writes of unsaved values: under load, one request carries many. */
const WRITE_GAP_MS = 250;
/** The longest wait before trying again while the store is failing. */
const MOST_RETRY_MS = 30_000;
/** The most values waiting to be written (the oldest are dropped while the store is down). */
const MOST_UNSAVED = 10_000;

/** One value per conversation, forgotten after `ttlMs`. */
export class StoredConversationValues<T> {
  /**
   * What each stored record parsed to. A read model hands out the same frozen record until it changes,
   * so a conversation's subject is checked once, not at every question.
   */
  private readonly parsed = new WeakMap<object, { expiresAt: number; value: T | null } | null>();
  /** Record ids by conversation (a hash each): bounded, as conversations come and go. */
  private readonly ids = new Map<string, string>();
  /**
   * Values remembered and not yet in the store, by record id. A reply does not wait for its subject to
   * be stored: values are written together, at most every `WRITE_GAP_MS`, so under load one store
   * request carries many (a follow-up typed on another instance arrives well after that).
   */
  private readonly unsaved = new Map<string, ExpiringRecord>();
  private writing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastWriteAt = 0;
  private failures = 0;

  constructor(
    private readonly store: SystemValueStore,
    private readonly options: {
      /** Names the kind of value, so two features never share a record. */
      name: string;
      ttlMs: number;
      /** The feature's own check of what it stored; null for a value it no longer accepts. */
      parse: (value: unknown) => T | null;
      /** Told when values could not be written (they are tried again). */
      onWriteFailed?: (e: Error) => void;
    },
  ) {}

  private id(key: ConversationRef): string {
    const conversation = `${key.tenantId ?? '-'}|${key.threadKey}`;
    let id = this.ids.get(conversation);
    if (id === undefined) {
      if (this.ids.size >= 10_000) this.ids.clear();
      id = `${this.options.name}-${hash(conversation, 40)}`;
      this.ids.set(conversation, id);
    }
    return id;
  }

  private parse(stored: unknown): { expiresAt: number; value: T | null } | null {
    const held = typeof stored === 'object' && stored !== null && Object.isFrozen(stored);
    if (held && this.parsed.has(stored)) return this.parsed.get(stored)!;
    const record = ExpiringRecord.safeParse(stored);
    const parsed = record.success
      ? {
          expiresAt: Date.parse(record.data.expiresAt),
          value: this.options.parse(record.data.value),
        }
      : null;
    if (held) this.parsed.set(stored, parsed && { ...parsed, value: deepFrozen(parsed.value) });
    return held ? this.parsed.get(stored)! : parsed;
  }

  /**
   * The latest record for a conversation: one not yet saved, unless another instance has stored a
   * later one since (then ours is dropped, never written over it).
   */
  private async latest(id: string): Promise<unknown> {
    const stored = await this.store.readSystemValue(id);
    const mine = this.unsaved.get(id);
    if (!mine) return stored;
    const theirs = this.parse(stored);
    if (!theirs || theirs.expiresAt <= this.parse(mine)!.expiresAt) return mine;
    this.unsaved.delete(id);
    return stored;
  }

  async recall(key: ConversationRef, now: Date): Promise<T | null> {
    const parsed = this.parse(await this.latest(this.id(key)));
    // A record from an older version, damaged, or expired: nothing, rather than something wrong.
    if (!parsed || parsed.expiresAt <= now.getTime()) return null;
    return parsed.value;
  }

  /**
   * Keeps the value for `ttlMs`, in the store soon after (see `unsaved`). The same value (the very
   * value recalled, handed back), with more than half its time still to run, is not written again: a
   * run of follow-ups on one subject costs no store round trip. (Comparing values as JSON cost 4% of
   * the CPU of a question once a value held several subjects.)
   */
  async remember(key: ConversationRef, value: T, now: Date): Promise<void> {
    const id = this.id(key);
    const held = this.parse(await this.latest(id));
    if (held && held.expiresAt - now.getTime() > this.options.ttlMs / 2 && held.value === value)
      return;
    const expiresAt = now.getTime() + this.options.ttlMs;
    const record = deepFrozen({ value, expiresAt: new Date(expiresAt).toISOString() });
    this.unsaved.delete(id); // to the back: the oldest are first to go when too many wait
    this.unsaved.set(id, record);
    if (this.unsaved.size > MOST_UNSAVED) this.unsaved.delete(this.unsaved.keys().next().value!);
    // A read model holds this very record once written: the next recall need not check it again.
    this.parsed.set(record, { expiresAt, value: deepFrozen(value) });
    this.schedule();
  }

  /** Writes what is waiting now (or as soon as the write in flight ends); resolves when written. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.writing) await this.writing;
    if (this.unsaved.size) await this.write();
  }

  private schedule(): void {
    if (this.timer || this.writing) return;
    const gap = Math.min(MOST_RETRY_MS, WRITE_GAP_MS * 2 ** this.failures);
    const wait = Math.max(0, this.lastWriteAt + gap - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write().catch(() => undefined);
    }, wait);
    this.timer.unref();
  }

  private write(): Promise<void> {
    this.lastWriteAt = Date.now();
    this.writing = this.writeUnsaved().finally(() => {
      this.writing = null;
      if (this.unsaved.size) this.schedule();
    });
    return this.writing;
  }

  private async writeUnsaved(): Promise<void> {
    const batch: [string, ExpiringRecord][] = [];
    for (const id of [...this.unsaved.keys()]) {
      const record = await this.latest(id).catch(() => this.unsaved.get(id));
      if (record === this.unsaved.get(id)) batch.push([id, record as ExpiringRecord]);
    }
    if (!batch.length) return;
    await this.store.writeSystemValues(batch.map(([id, value]) => ({ id, value }))).then(
      () => {
        this.failures = 0;
        // Written unless remembered again meanwhile (then the newer value waits its turn).
        for (const [id, record] of batch)
          if (this.unsaved.get(id) === record) this.unsaved.delete(id);
      },
      (e: unknown) => {
        this.failures++;
        this.options.onWriteFailed?.(e as Error);
        throw e;
      },
    );
  }
}

export interface TextLogLimits {
  name: string;
  retentionDays: number;
  perDay: number;
  maxLength: number;
}

/**
 * A log of short texts per tenant, one record per day of the retention window, reused in turn (day
 * number modulo the window): a day's record is emptied when its slot comes round again, so nothing older
 * than the window is kept and nothing needs deleting.
 */
export class StoredTextLog {
  private readonly DayRecord;

  constructor(
    private readonly store: SystemValueStore,
    private readonly limits: TextLogLimits,
  ) {
    this.DayRecord = z.object({
      day: z.iso.date(),
      entries: z
        .array(z.object({ text: z.string().max(limits.maxLength), at: z.iso.datetime() }))
        .max(limits.perDay),
    });
  }

  private slotId(tenantId: string | null, day: string): string {
    const slot =
      Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000) % this.limits.retentionDays;
    return `${this.limits.name}-${hash(tenantId ?? '-', 24)}-${slot}`;
  }

  private async readDay(
    tenantId: string | null,
    day: string,
  ): Promise<{ day: string; entries: { text: string; at: string }[] }> {
    const parsed = this.DayRecord.safeParse(
      await this.store.readSystemValue(this.slotId(tenantId, day)),
    );
    return parsed.success && parsed.data.day === day ? parsed.data : { day, entries: [] };
  }

  async record(tenantId: string | null, text: string, now: Date): Promise<void> {
    const day = londonDateOf(now);
    const entry = { text: text.slice(0, this.limits.maxLength), at: now.toISOString() };
    const kept = (r: { entries: { text: string; at: string }[] }) =>
      r.entries.some((e) => e.at === entry.at && e.text === entry.text);
    // Another instance may write the same day between our read and write: write, read back, and add
    // the entry again if it was lost (a few tries, then give up: the log is a convenience).
    for (let attempt = 0; attempt < 3; attempt++) {
      const record = await this.readDay(tenantId, day);
      if (kept(record) || record.entries.length >= this.limits.perDay) return;
      await this.store.writeSystemValue(this.slotId(tenantId, day), {
        day,
        entries: [...record.entries, entry],
      });
      if (kept(await this.readDay(tenantId, day))) return;
    }
  }

  /** The texts recorded since `from`, oldest first. */
  async since(
    tenantId: string | null,
    from: Date,
    now: Date,
  ): Promise<{ text: string; at: string }[]> {
    const last = londonDateOf(now);
    const out: { text: string; at: string }[] = [];
    // Nothing older than the retention window, even if its day's record has not been reused yet.
    const oldest = Math.max(
      from.getTime(),
      now.getTime() - (this.limits.retentionDays - 1) * 86_400_000,
    );
    from = new Date(oldest);
    let day = londonDateOf(from);
    for (let n = 0; day <= last && n <= this.limits.retentionDays; n++, day = addDays(day, 1))
      out.push(
        ...(await this.readDay(tenantId, day)).entries.filter(
          (e) => Date.parse(e.at) >= from.getTime(),
        ),
      );
    return out;
  }
}
