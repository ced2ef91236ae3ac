import type { Logger } from '../../log';
import {
  ConcurrencyConflictError,
  InvalidStoredDocumentError,
  lostARace,
  StoreUnavailableError,
} from '../../store/errors';
import type {
  BoardClerkStore,
  Stored,
  StoredSystemValue,
  SystemValueWrite,
  SystemValueWritten,
} from '../../store/store';
import {
  type DocumentRef,
  FOLLOWED,
  type Followed,
  type FollowedDocument,
  partitionKeyOf,
  Records,
} from './records';
import { deepFrozen } from '../../domain/deepFrozen';

/**
 * The read model: every governance record, action and conversation in memory (`Records`), kept current
 * from the store's change feed, so questions are answered without a store round trip.
 *
 * - **Other instances' changes** arrive through the feed, read every `pollMs` (a change made elsewhere
 *   is seen here within about half a second).
 * - **This instance's writes** go to the store, etag-checked as always, and are held here as soon as the
 *   store acknowledges them: the next read sees them.
 * - **Races** between the two (the feed delivering a version from before or after one of our writes)
 *   are settled by reading that one document from the store again: a version is only ever replaced by
 *   one known to be at least as new.
 * - **Deletes** are not in the change feed. A write refused because the record is gone, a point read
 *   that finds nothing, and a full re-read of every container every `resyncMs` drop what the store no
 *   longer holds (deleted outside Board Clerk, e.g. in the Azure portal).
 * - **An unreachable store** leaves the model answering from memory; `status()` says it is stale and
 *   since when, and writes fail with StoreUnavailableError saying nothing was saved.
 */

/** What the read model needs of the store. */
export type ReadModelSource = Pick<
  BoardClerkStore,
  'readChanges' | 'get' | 'getConversation' | 'readSystemChanges' | 'readStoredSystemValue'
>;

export interface ReadModelOptions {
  log: Logger;
  /** How often the change feed is read (ms). */
  pollMs?: number;
  /** How often every followed container is read in full, to drop what was deleted (ms). */
  resyncMs?: number;
  /** How long without a successful read of the feed before the model reports itself stale (ms). */
  staleAfterMs?: number;
  now?: () => number;
}

/**
 * `current`: as of the last complete read of the change feed (ISO time). `stale`: no complete read for
 * a while; answers are as of `since`, and `reason` is the last failure to read the feed.
 */
export type ReadModelStatus =
  { state: 'current'; asOf: string } | { state: 'stale'; since: string; reason?: string };

export const DEFAULT_POLL_MS = 400;

function fullKey(ref: Pick<DocumentRef, 'container' | 'partitionKey' | 'id'>): string {
  return `${ref.container}\u0000${ref.partitionKey}\u0000${ref.id}`;
}

export function refOf(container: Followed, doc: FollowedDocument): DocumentRef {
  return { container, partitionKey: partitionKeyOf(doc), id: doc.id, kind: doc.kind };
}

export class ReadModel {
  readonly records = new Records();
  private readonly continuations = new Map<Followed, string>();
  /** The store's bookkeeping values (features' small records), followed like the containers. */
  private readonly system = new SystemValuesHeld();
  private systemContinuation: string | null = null;
  /** Own writes sent and not yet answered, per document. */
  private readonly writing = new Map<string, number>();
  /** Own writes held here and not yet seen in the feed: the etag the store gave them. */
  private readonly unconfirmed = new Map<string, string>();
  /** Documents whose held version is in doubt: read again from the store after the next feed read. */
  private readonly doubtful = new Map<string, DocumentRef>();
  private readonly pollMs: number;
  private readonly resyncMs: number;
  private readonly staleAfterMs: number;
  private readonly now: () => number;
  private readonly log: Logger;
  private currentAt: number;
  private lastResync: number;
  private failure: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private cycle: Promise<void> | null = null;
  private stopped = false;

  private constructor(
    private readonly source: ReadModelSource,
    options: ReadModelOptions,
  ) {
    this.log = options.log;
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.resyncMs = options.resyncMs ?? 10 * 60_000;
    this.staleAfterMs = options.staleAfterMs ?? Math.max(2_000, 4 * this.pollMs);
    this.now = options.now ?? Date.now;
    this.currentAt = this.now();
    this.lastResync = this.currentAt;
  }

  /** Loads every followed container from the store, then follows the change feed. */
  static async open(source: ReadModelSource, options: ReadModelOptions): Promise<ReadModel> {
    const model = new ReadModel(source, options);
    const started = model.now();
    await model.readFeed();
    model.currentAt = started;
    let documents = 0;
    for (const c of FOLLOWED) for (const _ of model.records.entries(c)) documents++;
    model.log.info({ documents, ms: model.now() - started }, 'read model loaded');
    model.schedule();
    return model;
  }

  status(): ReadModelStatus {
    const at = new Date(this.currentAt).toISOString();
    if (this.now() - this.currentAt <= this.staleAfterMs) return { state: 'current', asOf: at };
    return { state: 'stale', since: at, ...(this.failure ? { reason: this.failure } : {}) };
  }

  /** Stops following the feed (waits for a read in progress). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.cycle;
  }

  /** Reads the feed now, rather than at the next interval (tests, and the benchmark's warm-up). */
  catchUp(): Promise<void> {
    this.cycle ??= this.poll().finally(() => {
      this.cycle = null;
    });
    return this.cycle;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.catchUp().then(() => this.schedule());
    }, this.pollMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    const started = this.now();
    try {
      await this.readFeed();
      await this.settleDoubts();
      if (started - this.lastResync >= this.resyncMs) {
        await this.resync();
        this.lastResync = started;
      }
      if (this.failure)
        this.log.info(
          { staleForMs: started - this.currentAt },
          'read model current again: the store answers',
        );
      this.failure = null;
      this.currentAt = started;
    } catch (e) {
      const reason = (e as Error).message;
      if (!this.failure)
        this.log.warn(
          { err: reason },
          'read model cannot read the change feed: answering from memory until the store answers',
        );
      this.failure = reason;
    }
  }

  /**
   * Reads what changed in every followed container, then in the bookkeeping values. In that order: the
   * import in-flight list (a bookkeeping value) is joined before an import writes its records, so a
   * record of an import seen here comes with the list that says its import is in flight.
   */
  private async readFeed(): Promise<void> {
    const changes = await Promise.all(
      FOLLOWED.map(
        async (c) =>
          [c, await this.source.readChanges(c, this.continuations.get(c) ?? null)] as const,
      ),
    );
    const system = await this.source.readSystemChanges(this.systemContinuation);
    for (const [container, { documents, continuation }] of changes) {
      for (const doc of documents) this.fromFeed(container, doc);
      this.continuations.set(container, continuation);
    }
    for (const v of system.values) this.system.fromFeed(v);
    this.systemContinuation = system.continuation;
  }

  /** A bookkeeping value: as held, or (not held) as the store has it. */
  async systemValue(id: string): Promise<unknown> {
    if (this.system.holds(id)) return this.system.value(id);
    return (await this.rereadSystem(id))?.value ?? null;
  }

  /** A bookkeeping value with its etag: as held, or (not held) as the store has it. */
  async storedSystemValue(id: string): Promise<StoredSystemValue | null> {
    if (!this.system.holds(id)) return this.rereadSystem(id);
    const etag = this.system.etag(id);
    return etag === null ? null : { id, value: this.system.value(id), etag };
  }

  private rereadSystem(id: string): Promise<StoredSystemValue | null> {
    return this.system.reread(id, () => this.source.readStoredSystemValue(id));
  }

  /**
   * Writes a bookkeeping value over the etag held (no read first) and holds it at once. Another
   * instance's write in between is a conflict: the value is read again and written over it (the last
   * writer wins, as with the store's own `writeSystemValue`).
   */
  async writeSystemValue(
    id: string,
    value: unknown,
    replace: (etag: string | null) => Promise<string>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      // Not held: most likely never written (a new conversation); if it is, the create is refused.
      const etag = this.system.etag(id);
      try {
        return await this.system.write(
          id,
          async () => ({ id, value, etag: await replace(etag) }),
          etag,
        );
      } catch (e) {
        if (!lostARace(e) || attempt === 3) throw e;
        await this.rereadSystem(id).catch(() => undefined);
      }
    }
  }

  /**
   * Writes several bookkeeping values over the etags held, together (`replaceMany`: one store request
   * per hundred), and holds each at once. As `writeSystemValue`, a value another instance wrote in
   * between is read again and written over (the last writer wins).
   */
  async writeSystemValues(
    values: readonly { id: string; value: unknown }[],
    replaceMany: (writes: SystemValueWrite[]) => Promise<SystemValueWritten[]>,
  ): Promise<void> {
    let todo = values;
    for (let attempt = 1; todo.length; attempt++) {
      const writes = todo.map(({ id, value }) => ({ id, value, etag: this.system.etag(id) }));
      const outcomes = await this.holdSystemWrites(writes, replaceMany(writes), true);
      const failed = outcomes.find(
        (o): o is PromiseRejectedResult =>
          o.status === 'rejected' && !(o.reason instanceof ConcurrencyConflictError),
      );
      if (failed) throw failed.reason;
      const raced = todo.filter((_, i) => outcomes[i]!.status === 'rejected');
      if (raced.length && attempt === 3)
        throw new ConcurrencyConflictError('system value', raced[0]!.id);
      await Promise.all(raced.map(({ id }) => this.rereadSystem(id).catch(() => undefined)));
      todo = raced;
    }
  }

  /**
   * Holds several bookkeeping values written together (`sent`: the store's answer for each, in order),
   * each as the store answers it; a refused one rejects with ConcurrencyConflictError. `over`: the
   * writes were conditional on the etags given (see `SystemValuesHeld.write`).
   */
  holdSystemWrites(
    writes: readonly SystemValueWrite[],
    sent: Promise<SystemValueWritten[]>,
    over = false,
  ): Promise<PromiseSettledResult<void>[]> {
    sent.catch(() => undefined); // each write below reports it
    return Promise.allSettled(
      writes.map((w, i) =>
        this.system.write(
          w.id,
          async () => {
            const written = (await sent)[i];
            if (written === undefined || written === 'conflict')
              throw new ConcurrencyConflictError('system value', w.id);
            return { id: w.id, value: w.value, etag: written.etag };
          },
          over ? w.etag : undefined,
        ),
      ),
    );
  }

  /** Holds a bookkeeping value written by `send` (a write made its own way: the import in-flight list). */
  holdSystemWrite(id: string, send: () => Promise<StoredSystemValue>): Promise<void> {
    return this.system.write(id, send);
  }

  /** A version from the feed (or a full re-read): held, unless it may be older than one of our writes. */
  private fromFeed(container: Followed, stored: Stored<FollowedDocument>): void {
    const ref = refOf(container, stored.value);
    const key = fullKey(ref);
    // A write of ours in flight will compare what it finds when the store answers.
    if (this.writing.has(key)) return this.records.put(container, stored);
    const ours = this.unconfirmed.get(key);
    if (ours === undefined) return this.records.put(container, stored);
    if (ours === stored.etag) {
      this.unconfirmed.delete(key);
      return;
    }
    // Older than our write (read before it) or newer (someone wrote after us): the store decides.
    this.doubtful.set(key, ref);
  }

  /**
   * Sends a write to the store and holds its result at once. A conflict, a duplicate or a missing
   * record means what is held is out of date: it is read again before the error reaches the caller,
   * so a retry starts from the store's version.
   */
  async write<T extends FollowedDocument>(
    ref: DocumentRef,
    send: () => Promise<Stored<T>>,
  ): Promise<Stored<T>> {
    const key = fullKey(ref);
    const seqBefore = this.records.row(ref)?.seq ?? 0;
    this.writing.set(key, (this.writing.get(key) ?? 0) + 1);
    let saved: Stored<T>;
    try {
      saved = await send();
    } catch (e) {
      this.written(key);
      // Whatever happened, the store has the last word: read this record again at the next round.
      this.doubtful.set(key, ref);
      if (lostARace(e)) await this.reread(ref).catch(() => undefined);
      if (e instanceof StoreUnavailableError)
        throw new StoreUnavailableError(
          `nothing was saved: the store could not be reached (${e.message})`,
          { cause: e },
        );
      throw e;
    }
    this.written(key);
    const held = this.records.row(ref);
    // The feed brought another version while we wrote: which is newer, only the store can say.
    if (held && held.seq !== seqBefore && held.stored.etag !== saved.etag)
      this.doubtful.set(key, ref);
    this.records.put(ref.container, saved);
    this.unconfirmed.set(key, saved.etag);
    return saved;
  }

  private written(key: string): void {
    const n = (this.writing.get(key) ?? 1) - 1;
    if (n > 0) this.writing.set(key, n);
    else this.writing.delete(key);
  }

  /**
   * A document's held version, or (not held) the store's: one another instance created a moment ago is
   * found at once. With the store unreachable, what is held is the answer.
   */
  async read<T extends FollowedDocument>(ref: DocumentRef): Promise<Stored<T> | null> {
    const held = this.records.row(ref);
    if (held) return held.stored as Stored<T>;
    try {
      return (await this.reread(ref, { strict: true })) as Stored<T> | null;
    } catch (e) {
      if (e instanceof StoreUnavailableError) return null;
      throw e;
    }
  }

  /**
   * Reads one document from the store and holds that version, unless what is held changed meanwhile
   * (then it stays in doubt for the next round). What the store answers is at least as new as anything
   * held before the read began, even with a write of ours still in flight (that write compares when it
   * is answered). `strict`: a stored document that breaks the schema is reported (as the store reports
   * it) rather than treated as gone.
   */
  private async reread(
    ref: DocumentRef,
    options: { strict?: boolean } = {},
  ): Promise<Stored<FollowedDocument> | null> {
    const key = fullKey(ref);
    const seqBefore = this.records.row(ref)?.seq ?? 0;
    let found: Stored<FollowedDocument> | null;
    try {
      found =
        ref.kind === 'conversation'
          ? await this.source.getConversation(ref.partitionKey, ref.id)
          : await this.source.get(ref.kind, ref.partitionKey, ref.id);
    } catch (e) {
      if (!(e instanceof InvalidStoredDocumentError)) throw e;
      if (options.strict) throw e;
      found = null;
    }
    if ((this.records.row(ref)?.seq ?? 0) !== seqBefore) {
      this.doubtful.set(key, ref);
      return found;
    }
    this.unconfirmed.delete(key);
    this.doubtful.delete(key);
    if (found) this.records.put(ref.container, found);
    else {
      const held = this.records.row(ref);
      if (held) this.records.remove(ref.container, this.records.keyOf(held.stored.value));
    }
    return found;
  }

  private async settleDoubts(): Promise<void> {
    for (const id of this.system.doubts()) await this.rereadSystem(id);
    const doubts = [...this.doubtful.values()];
    this.doubtful.clear();
    for (const [i, ref] of doubts.entries()) {
      try {
        await this.reread(ref);
      } catch (e) {
        for (const r of doubts.slice(i)) this.doubtful.set(fullKey(r), r);
        throw e;
      }
    }
  }

  /**
   * Reads every followed container in full: versions not yet held are taken as from the feed, and what
   * is held but no longer stored (and untouched since the read began) is dropped.
   */
  private async resync(): Promise<void> {
    let dropped = 0;
    for (const container of FOLLOWED) {
      const seqBefore = this.records.sequence;
      const { documents } = await this.source.readChanges(container, null);
      const present = new Set<string>();
      for (const doc of documents) {
        present.add(this.records.keyOf(doc.value));
        this.fromFeed(container, doc);
      }
      const gone = [...this.records.entries(container)].filter(
        ([key, row]) =>
          !present.has(key) &&
          row.seq <= seqBefore &&
          !this.writing.has(fullKey(refOf(container, row.stored.value))),
      );
      for (const [key, row] of gone) {
        this.unconfirmed.delete(fullKey(refOf(container, row.stored.value)));
        this.records.remove(container, key);
      }
      dropped += gone.length;
    }
    if (dropped) this.log.info({ dropped }, 'read model dropped records the store no longer holds');
  }
}

/**
 * The store's bookkeeping values as held, with the same rules as documents: an own write is held at
 * once, and a feed version that may be older than it (or newer) is settled by reading the store; each
 * is held with its etag, so an own write needs no read first. Only values this instance has read or
 * written are held (the rest of the bookkeeping, such as staged imports, is not its business): the
 * first read of one asks the store, the feed keeps it current.
 */
class SystemValuesHeld {
  private readonly held = new Map<string, { value: unknown; etag: string | null; seq: number }>();
  private readonly writing = new Map<string, number>();
  /** Own writes held here and not yet seen in the feed: the etag the store gave them. */
  private readonly unconfirmed = new Map<string, string>();
  /** The etag of the version each such write replaced. */
  private readonly replaced = new Map<string, string>();
  private readonly doubtful = new Set<string>();
  private seq = 0;

  holds(id: string): boolean {
    return this.held.has(id);
  }

  value(id: string): unknown {
    return this.held.get(id)?.value ?? null;
  }

  /** The held version's etag; null when the store holds none. */
  etag(id: string): string | null {
    return this.held.get(id)?.etag ?? null;
  }

  private hold(id: string, value: unknown, etag: string | null): void {
    this.held.set(id, { value: deepFrozen(value), etag, seq: ++this.seq });
  }

  fromFeed({ id, value, etag }: StoredSystemValue): void {
    if (!this.held.has(id) && !this.writing.has(id)) return;
    if (this.writing.has(id)) return this.hold(id, value, etag);
    const ours = this.unconfirmed.get(id);
    if (ours === undefined) return this.hold(id, value, etag);
    if (ours === etag) {
      this.unconfirmed.delete(id);
      this.replaced.delete(id);
      return;
    }
    // The version our write replaced, read by the feed before the write: older, nothing to check.
    if (etag === this.replaced.get(id)) return;
    this.doubtful.add(id);
  }

  /**
   * Sends a write and holds what the store answers. `over`: the etag the write was conditional on, so a
   * feed version with it is known to be older than ours (no need to ask the store which is newer).
   */
  async write(
    id: string,
    send: () => Promise<StoredSystemValue>,
    over?: string | null,
  ): Promise<void> {
    const seqBefore = this.held.get(id)?.seq ?? 0;
    this.writing.set(id, (this.writing.get(id) ?? 0) + 1);
    let saved: StoredSystemValue;
    try {
      saved = await send();
    } catch (e) {
      this.doubtful.add(id);
      if (e instanceof StoreUnavailableError)
        throw new StoreUnavailableError(
          `nothing was saved: the store could not be reached (${e.message})`,
          { cause: e },
        );
      throw e;
    } finally {
      const n = (this.writing.get(id) ?? 1) - 1;
      if (n > 0) this.writing.set(id, n);
      else this.writing.delete(id);
    }
    const held = this.held.get(id);
    if (held && held.seq !== seqBefore && held.etag !== saved.etag && held.etag !== over)
      this.doubtful.add(id);
    this.hold(id, saved.value, saved.etag);
    this.unconfirmed.set(id, saved.etag);
    if (typeof over === 'string') this.replaced.set(id, over);
    else this.replaced.delete(id);
  }

  /** The ids in doubt, forgotten as doubts (they are read again now). */
  doubts(): string[] {
    const ids = [...this.doubtful];
    this.doubtful.clear();
    return ids;
  }

  /** Reads a value from the store and holds it, unless a write or the feed changed it meanwhile. */
  async reread(
    id: string,
    read: () => Promise<StoredSystemValue | null>,
  ): Promise<StoredSystemValue | null> {
    const seqBefore = this.held.get(id)?.seq ?? 0;
    let found: StoredSystemValue | null;
    try {
      found = await read();
    } catch (e) {
      this.doubtful.add(id);
      if (e instanceof StoreUnavailableError)
        return this.held.has(id) ? { id, value: this.value(id), etag: this.etag(id) ?? '' } : null;
      throw e;
    }
    if ((this.held.get(id)?.seq ?? 0) !== seqBefore) {
      this.doubtful.add(id);
      return found;
    }
    this.unconfirmed.delete(id);
    this.replaced.delete(id);
    // Nothing stored is held as such too: a value written elsewhere later arrives through the feed.
    this.hold(id, found?.value ?? null, found?.etag ?? null);
    return found;
  }
}
