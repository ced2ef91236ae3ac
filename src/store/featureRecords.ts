import { createHash } from 'node:crypto';
import { z } from 'zod';
import { addDays, londonDateOf } from '../domain/dates';

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
}

/** A chat, or one thread of a channel, within its tenant. */
export interface ConversationRef {
  tenantId: string | null;
  threadKey: string;
}

const hash = (text: string, length: number) =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

const ExpiringRecord = z.object({ value: z.unknown(), expiresAt: z.iso.datetime() });

/** Shared between callers, so no caller can change it for the next. */
function deepFrozen<V>(value: V): V {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFrozen(v);
  }
  return value;
}

/** One value per conversation, forgotten after `ttlMs`. */
export class StoredConversationValues<T> {
  /**
   * What each stored record parsed to. A read model hands out the same frozen record until it changes,
   * so a conversation's subject is checked once, not at every question.
   */
  private readonly parsed = new WeakMap<object, { expiresAt: number; value: T | null } | null>();
  /** Record ids by conversation (a hash each): bounded, as conversations come and go. */
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly store: SystemValueStore,
    private readonly options: {
      /** Names the kind of value, so two features never share a record. */
      name: string;
      ttlMs: number;
      /** The feature's own check of what it stored; null for a value it no longer accepts. */
      parse: (value: unknown) => T | null;
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

  async recall(key: ConversationRef, now: Date): Promise<T | null> {
    const parsed = this.parse(await this.store.readSystemValue(this.id(key)));
    // A record from an older version, damaged, or expired: nothing, rather than something wrong.
    if (!parsed || parsed.expiresAt <= now.getTime()) return null;
    return parsed.value;
  }

  /**
   * Keeps the value for `ttlMs`. The same value, with more than half its time still to run, is not
   * written again: a run of follow-ups on one subject costs no store round trip.
   */
  async remember(key: ConversationRef, value: T, now: Date): Promise<void> {
    const held = ExpiringRecord.safeParse(await this.store.readSystemValue(this.id(key)));
    if (
      held.success &&
      Date.parse(held.data.expiresAt) - now.getTime() > this.options.ttlMs / 2 &&
      JSON.stringify(held.data.value) === JSON.stringify(value)
    )
      return;
    const expiresAt = now.getTime() + this.options.ttlMs;
    const record = { value, expiresAt: new Date(expiresAt).toISOString() };
    await this.store.writeSystemValue(this.id(key), record);
    // A read model holds this very record: the next recall need not check what was just written.
    this.parsed.set(record, { expiresAt, value: deepFrozen(value) });
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
