import type { Action, Actor, GovernanceRecord, RecordKind } from '../domain';
import { GovernanceRecord as GovernanceRecordSchema } from '../domain';
import type { Logger } from '../log';
import { inIdOrder, matchesActionQuery } from './actionQuery';
import { AlreadyExistsError, ConcurrencyConflictError, StoreUnavailableError } from './errors';
import {
  type BatchWrite,
  type ImportBatch,
  type ImportBatchChunk,
  type ImportDocument,
  importDocument,
  importIds,
  type ImportRecords,
  type ImportsInFlight,
} from './importRecords';
import type { ActionQuery, GovernanceStore, RecordOfKind, Stored } from './store';

/**
 * Applying an import all or nothing, on a store with no transactions across documents (the embedded
 * server has no transactional batch, and an import spans three containers).
 *
 * 1. **Stage**: the batch header (`staged`) and its writes, in chunks, are written to the import records.
 *    Nothing a reader sees has changed. Every write carries the etag its record was planned against;
 *    a record changed since the preview fails the check here and the batch is discarded (`stale`).
 * 2. **Commit**: one etag-conditional write turns the header `committed` (a discard of a crashed batch
 *    races it with its own conditional write, so exactly one wins), then the batch joins the in-flight
 *    list. From the commit on the import *is* applied: readers that go through `importAware` see the
 *    batch's records laid over the stored ones, so they see all of it at once.
 * 3. **Roll forward**: each record is written idempotently (already there: skipped; at its planned
 *    etag: replaced; missing: created). Writes by others to an organisation with a batch in flight wait
 *    for it (or are refused after a few seconds), so no owner's progress is overwritten. A record someone
 *    changed anyway (outside Board Clerk) is kept as they left it and listed.
 * 4. **Applied**: the header is marked `applied`, then the batch leaves the in-flight list.
 *
 * On start (`recover`), a committed batch is rolled forward and a staged one (a crash before the
 * commit) is discarded. The same batch id (the confirm button's submission id) applies once.
 */

export interface BatchMeta {
  batchId: string;
  organisationId: string;
  fileName: string;
  importedBy: Actor;
  summary: string;
}

export type ApplyOutcome =
  | { status: 'applied'; written: number; keptNewer: string[]; already: boolean }
  /** A record changed since the plan was made: nothing was written; plan again. */
  | { status: 'stale'; changed: string[] }
  /** Another instance is applying this batch now. */
  | { status: 'busy' };

/** Writes per chunk document: far under the 2 MB item limit for any record Board Clerk keeps. */
const CHUNK_WRITES = 50;
/**
 * A staged batch older than this is a crash (staging takes seconds, a 10,000-record import well under
 * a minute): discarded on start, or when its submission is confirmed again.
 */
const STALE_STAGED_MS = 2 * 60_000;
/**
 * Reads and writes in flight at once while staging and rolling forward: concurrent writes share the
 * embedded store's journal fsyncs (group commit), and Azure spreads them over its partitions.
 */
const RECORD_CONCURRENCY = 16;
const CHUNK_CONCURRENCY = 4;

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Runs `work` over the items, at most `limit` at a time; the first failure is thrown once all stop. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** How long a write to an organisation waits for an import in flight before it is refused. */
const GATE_WAIT_MS = 8_000;

type Key = string;
/** A record's identity across containers: kind, organisation and id. */
export const recordKey = (r: { kind: string; organisationId: string; id: string }): Key =>
  JSON.stringify([r.kind, r.organisationId, r.id]);
const keyOf = recordKey;

/** JSON with sorted keys: two parses of the same record compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

export class ImportBatches {
  /** Committed batches' records, by batch id (immutable once committed). */
  private readonly loaded = new Map<string, Promise<BatchWrite[]>>();
  private inFlightRead: Promise<ImportsInFlight['batches']> | null = null;
  /** Batches this process is rolling forward, so its own readers need not ask the store. */
  private readonly applying = new Map<string, Promise<ApplyOutcome>>();
  /** Committed batches still being written after the apply answered (`wait: false`). */
  private readonly rolling = new Map<string, Promise<ApplyOutcome>>();

  constructor(
    private readonly records: ImportRecords,
    private readonly store: GovernanceStore,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Stages, commits and rolls forward one batch; the same batch id applies once. */
  async apply(
    meta: BatchMeta,
    writes: readonly BatchWrite[],
    options: { wait?: boolean } = {},
  ): Promise<ApplyOutcome> {
    const running = this.applying.get(meta.batchId);
    if (running) return running;
    const work = this.applyOnce(meta, writes, options.wait ?? true);
    this.applying.set(meta.batchId, work);
    try {
      return await work;
    } finally {
      this.applying.delete(meta.batchId);
    }
  }

  private async applyOnce(
    meta: BatchMeta,
    writes: readonly BatchWrite[],
    wait: boolean,
  ): Promise<ApplyOutcome> {
    const headerId = importIds.batch(meta.batchId);
    let existing = await this.records.get(headerId);
    if (existing?.value.value.type === 'importBatch') {
      const header = existing.value.value;
      if (header.status === 'applied')
        return { status: 'applied', written: 0, keptNewer: header.keptNewer, already: true };
      if (header.status === 'committed')
        return this.rolling.get(meta.batchId) ?? this.rollForward(header);
      if (header.status === 'staged') {
        // Being staged elsewhere, or left by a crash: only an old one is taken over.
        if (!this.isStale(header)) return { status: 'busy' };
        existing = await this.discard(existing);
        if (!existing) return { status: 'busy' };
      }
    }
    const valid = writes.map((w) => ({
      record: GovernanceRecordSchema.parse(w.record),
      baseEtag: w.baseEtag,
    }));
    const now = this.clock().toISOString();
    const header: ImportBatch = {
      type: 'importBatch',
      ...meta,
      status: 'staged',
      chunks: Math.ceil(valid.length / CHUNK_WRITES),
      writes: valid.length,
      createdAt: now,
      keptNewer: [],
    };
    // A discarded attempt of the same submission is staged again over its old documents.
    let staged = existing
      ? await this.records.replace(importDocument(headerId, header), existing.etag)
      : await this.records.create(importDocument(headerId, header));
    await eachLimited(range(header.chunks), CHUNK_CONCURRENCY, async (i) => {
      const chunk: ImportBatchChunk = {
        type: 'importBatchChunk',
        batchId: meta.batchId,
        index: i,
        writes: valid.slice(i * CHUNK_WRITES, (i + 1) * CHUNK_WRITES),
      };
      const id = importIds.chunk(meta.batchId, i);
      const old = existing ? await this.records.get(id) : null;
      if (old) await this.records.replace(importDocument(id, chunk), old.etag);
      else await this.records.create(importDocument(id, chunk));
    });
    // Nothing may have moved since the plan: otherwise the preview the secretary confirmed is not
    // what would be written.
    const changed: string[] = [];
    await eachLimited(valid, RECORD_CONCURRENCY, async (w) => {
      const current = await this.store.get(w.record.kind, w.record.organisationId, w.record.id);
      if ((current?.etag ?? null) !== w.baseEtag) changed.push(w.record.id);
    });
    if (changed.length) {
      await this.records.replace(
        importDocument(headerId, { ...header, status: 'discarded', discardedAt: now }),
        staged.etag,
      );
      return { status: 'stale', changed };
    }
    const committed: ImportBatch = { ...header, status: 'committed', committedAt: now };
    try {
      staged = await this.records.replace(importDocument(headerId, committed), staged.etag);
    } catch (e) {
      // Recovery on another instance discarded it as a crash: nothing was written.
      if (e instanceof ConcurrencyConflictError) return { status: 'busy' };
      throw e;
    }
    this.loaded.set(meta.batchId, Promise.resolve(valid));
    // From here readers see the whole batch; nothing of it was written before this.
    await this.joinInFlight(committed);
    if (wait) return this.rollForward(committed);
    // Committed is applied for readers (they see the batch laid over the store): the writes can
    // finish after the answer; if the process stops first, the next start finishes them.
    const rolling = this.rollForward(committed);
    this.rolling.set(meta.batchId, rolling);
    rolling
      .catch((e: unknown) =>
        this.log.error(
          { batchId: meta.batchId, err: (e as Error).message },
          'import: writing a committed batch failed; it is finished on the next start',
        ),
      )
      .finally(() => this.rolling.delete(meta.batchId))
      .catch(() => undefined);
    return { status: 'applied', written: valid.length, keptNewer: [], already: false };
  }

  /** Writes a committed batch's records; safe to run again after a crash at any point. */
  private async rollForward(header: ImportBatch): Promise<ApplyOutcome> {
    await this.joinInFlight(header); // already there, unless a crash came between commit and join
    const writes = await this.writesOf(header);
    const keptNewer: string[] = [];
    let written = 0;
    await eachLimited(writes, RECORD_CONCURRENCY, async (w) => {
      const outcome = await this.writeOne(w);
      if (outcome === 'written') written++;
      if (outcome === 'kept') keptNewer.push(w.record.id);
    });
    const headerId = importIds.batch(header.batchId);
    const stored = await this.records.get(headerId);
    if (stored?.value.value.type === 'importBatch' && stored.value.value.status === 'committed')
      await this.records.replace(
        importDocument(headerId, {
          ...stored.value.value,
          status: 'applied',
          appliedAt: this.clock().toISOString(),
          keptNewer,
        }),
        stored.etag,
      );
    await this.leaveInFlight(header.batchId);
    if (keptNewer.length)
      this.log.warn(
        { batchId: header.batchId, records: keptNewer },
        'import: records changed during the apply were kept as they were',
      );
    this.log.info(
      { batchId: header.batchId, organisationId: header.organisationId, written },
      'import applied',
    );
    return { status: 'applied', written, keptNewer, already: false };
  }

  private async writeOne(w: BatchWrite): Promise<'written' | 'same' | 'kept'> {
    const { record } = w;
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await this.store.get(record.kind, record.organisationId, record.id);
      if (current && canonicalJson(current.value) === canonicalJson(record)) return 'same';
      try {
        if (!current) {
          if (w.baseEtag !== null) return 'kept';
          await this.store.create(record);
        } else {
          if (current.etag !== w.baseEtag) return 'kept';
          await this.store.replace(record, current.etag);
        }
        return 'written';
      } catch (e) {
        if (!(e instanceof AlreadyExistsError || e instanceof ConcurrencyConflictError)) throw e;
      }
    }
    return 'kept';
  }

  /** Waits for batches still being written (before the store closes). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.rolling.values()]);
  }

  /** On start: roll committed batches forward, discard staged ones left by a crash. */
  async recover(): Promise<{ rolledForward: number; discarded: number }> {
    let rolledForward = 0;
    let discarded = 0;
    for (const stored of await this.records.batches(['staged', 'committed'])) {
      const header = stored.value.value;
      if (header.type !== 'importBatch') continue;
      if (header.status === 'committed') {
        await this.rollForward(header);
        rolledForward++;
      } else if (this.isStale(header) && (await this.discard(stored))) discarded++;
    }
    // A batch applied just before a crash may still be listed as in flight.
    for (const entry of await this.inFlight()) {
      const header = (await this.records.get(importIds.batch(entry.batchId)))?.value.value;
      if (header?.type === 'importBatch' && header.status !== 'committed')
        await this.leaveInFlight(entry.batchId);
    }
    if (rolledForward || discarded)
      this.log.warn({ rolledForward, discarded }, 'imports recovered after a restart');
    return { rolledForward, discarded };
  }

  private isStale(header: ImportBatch): boolean {
    return this.clock().getTime() - Date.parse(header.createdAt) > STALE_STAGED_MS;
  }

  /**
   * Discards a staged batch (nothing of it was written). Conditional on its etag, as the commit is, so
   * of a late commit and a discard exactly one wins; null when the commit won.
   */
  private async discard(stored: Stored<ImportDocument>): Promise<Stored<ImportDocument> | null> {
    const header = stored.value.value;
    if (header.type !== 'importBatch') return null;
    try {
      return await this.records.replace(
        importDocument(stored.value.id, {
          ...header,
          status: 'discarded',
          discardedAt: this.clock().toISOString(),
        }),
        stored.etag,
      );
    } catch (e) {
      if (e instanceof ConcurrencyConflictError) return null;
      throw e;
    }
  }

  // The in-flight list: what readers lay over the store.

  /** The committed batches not yet fully written (one point read; concurrent callers share it). */
  inFlight(): Promise<ImportsInFlight['batches']> {
    this.inFlightRead ??= this.records
      .get(importIds.inFlight)
      .then((s) => (s?.value.value.type === 'importsInFlight' ? s.value.value.batches : []))
      .finally(() => {
        this.inFlightRead = null;
      });
    return this.inFlightRead;
  }

  /**
   * The in-flight list as readers lay it over what they read: here the store's (one point read);
   * a subclass may hold it (`src/shared/readModel/imports.ts`). Writes (and `gate`) read the store.
   */
  protected inFlightForReaders(): Promise<ImportsInFlight['batches']> {
    return this.inFlight();
  }

  /** Writes the in-flight list (`send`); a subclass holding it holds what was written. */
  protected async writeInFlight(send: () => Promise<Stored<ImportDocument>>): Promise<void> {
    await send();
  }

  /** Changes the in-flight list; a change that returns the same array writes nothing. */
  private async updateInFlight(
    change: (batches: ImportsInFlight['batches']) => ImportsInFlight['batches'],
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const stored = await this.records.get(importIds.inFlight);
      const before =
        stored?.value.value.type === 'importsInFlight' ? stored.value.value.batches : [];
      const after = change(before);
      if (after === before) return;
      const doc = importDocument(importIds.inFlight, { type: 'importsInFlight', batches: after });
      try {
        await this.writeInFlight(() =>
          stored ? this.records.replace(doc, stored.etag) : this.records.create(doc),
        );
        return;
      } catch (e) {
        const raced = e instanceof ConcurrencyConflictError || e instanceof AlreadyExistsError;
        if (!raced || attempt >= 10) throw e;
      }
    }
  }

  private joinInFlight(header: ImportBatch): Promise<void> {
    return this.updateInFlight((batches) =>
      batches.some((b) => b.batchId === header.batchId)
        ? batches
        : [...batches, { batchId: header.batchId, organisationId: header.organisationId }],
    );
  }

  private leaveInFlight(batchId: string): Promise<void> {
    return this.updateInFlight((batches) =>
      batches.some((b) => b.batchId === batchId)
        ? batches.filter((b) => b.batchId !== batchId)
        : batches,
    );
  }

  private writesOf(header: ImportBatch): Promise<BatchWrite[]> {
    let writes = this.loaded.get(header.batchId);
    if (!writes) {
      writes = (async () => {
        const out: BatchWrite[] = [];
        for (let i = 0; i < header.chunks; i++) {
          const chunk = (await this.records.get(importIds.chunk(header.batchId, i)))?.value.value;
          if (chunk?.type !== 'importBatchChunk')
            throw new StoreUnavailableError(
              `import batch ${header.batchId} is missing chunk ${i}; it cannot be applied`,
            );
          out.push(...chunk.writes);
        }
        return out;
      })();
      this.loaded.set(header.batchId, writes);
      writes.catch(() => this.loaded.delete(header.batchId));
    }
    return writes;
  }

  /** The records of batches in flight, for readers: empty when none (the usual case). */
  async overlay(): Promise<{ records: Map<Key, GovernanceRecord>; organisations: Set<string> }> {
    const batches = await this.inFlightForReaders();
    const records = new Map<Key, GovernanceRecord>();
    const organisations = new Set<string>();
    for (const b of batches) {
      const header = (await this.records.get(importIds.batch(b.batchId)))?.value.value;
      if (header?.type !== 'importBatch' || header.status !== 'committed') continue;
      organisations.add(b.organisationId);
      for (const w of await this.writesOf(header)) records.set(keyOf(w.record), w.record);
    }
    return { records, organisations };
  }

  /** Waits while an import is in flight for this organisation; refuses after a few seconds. */
  async gate(organisationId: string): Promise<void> {
    const until = Date.now() + GATE_WAIT_MS;
    while ((await this.inFlight()).some((b) => b.organisationId === organisationId)) {
      if (Date.now() > until)
        throw new StoreUnavailableError(
          'an import is being applied to this organisation; try again in a moment',
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Ids of records laid over the store have no etag yet: a write based on one is refused as a conflict. */
const OVERLAY_ETAG = 'import-in-flight';

/**
 * The store as readers must see it while an import is in flight: every governance read answers with
 * the committed batch's records laid over the stored ones (so a reader sees the whole import or none
 * of it), and writes to an organisation wait until its import is written. With nothing in flight (the
 * usual case) it costs one point read of the in-flight list per call.
 */
export function importAware<S extends GovernanceStore>(store: S, batches: ImportBatches): S {
  const get = async <K extends RecordKind>(
    kind: K,
    organisationId: string,
    id: string,
  ): Promise<Stored<RecordOfKind<K>> | null> => {
    const [stored, { records }] = await Promise.all([
      store.get(kind, organisationId, id),
      batches.overlay(),
    ]);
    const laid = records.get(keyOf({ kind, organisationId, id }));
    return laid ? { value: laid as RecordOfKind<K>, etag: OVERLAY_ETAG } : stored;
  };
  const list = async <K extends RecordKind>(
    kind: K,
    filter: { organisationId?: string } = {},
  ): Promise<RecordOfKind<K>[]> => {
    const [stored, { records }] = await Promise.all([store.list(kind, filter), batches.overlay()]);
    if (records.size === 0) return stored;
    const laid = [...records.values()].filter(
      (r): r is RecordOfKind<K> =>
        r.kind === kind && (!filter.organisationId || r.organisationId === filter.organisationId),
    );
    const byKey = new Map(stored.map((r) => [keyOf(r), r]));
    for (const r of laid) byKey.set(keyOf(r), r);
    return [...byKey.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };
  const findActions = async (q: ActionQuery): Promise<Stored<Action>[]> => {
    const [stored, { records }] = await Promise.all([store.findActions(q), batches.overlay()]);
    if (records.size === 0) return stored;
    const byKey = new Map(stored.map((s) => [keyOf(s.value), s]));
    const matches = matchesActionQuery(q);
    for (const r of records.values()) {
      if (r.kind !== 'action') continue;
      if (matches(r)) byKey.set(keyOf(r), { value: r, etag: OVERLAY_ETAG });
      else byKey.delete(keyOf(r));
    }
    return [...byKey.values()].sort(inIdOrder);
  };
  const create = async <T extends GovernanceRecord>(record: T): Promise<Stored<T>> => {
    await batches.gate(record.organisationId);
    return store.create(record);
  };
  const replace = async <T extends GovernanceRecord>(
    record: T,
    etag: string,
  ): Promise<Stored<T>> => {
    await batches.gate(record.organisationId);
    return store.replace(record, etag);
  };
  const overrides: Partial<GovernanceStore> = { get, list, findActions, create, replace };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (typeof property === 'string' && property in overrides)
        return overrides[property as keyof GovernanceStore];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
