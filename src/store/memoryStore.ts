import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Action, Minutes, Person, RecordKind } from '../domain';
import type { BroadcastJob, Delivery } from '../domain/delivery';
import { silentLogger, type Logger } from '../log';
import { inIdOrder, matchesActionQuery } from './actionQuery';
import { containerForKind, type ContainerName, SYSTEM_PARTITION } from './containers';
import {
  AlreadyExistsError,
  ConcurrencyConflictError,
  InvalidStoredDocumentError,
  lostARace,
  NotFoundError,
  StoreUnavailableError,
} from './errors';
import { HEALTHY, type StoreHealth } from './health';
import { ImportDocument, type ImportRecords } from './importRecords';
import {
  BroadcastDocument,
  ConversationRecord,
  GovernanceRecord,
  parseStored,
  SystemDocument,
  validForStore,
} from './schemas';
import type {
  ActionQuery,
  BoardClerkStore,
  BulkCreateResult,
  Changes,
  ContainerDocuments,
  RecordOfKind,
  Stored,
  StoredSystemValue,
  SystemValueWrite,
  SystemValueWritten,
} from './store';

/**
 * The store in memory, for unit tests of features: the same contract as the Cosmos store (the same
 * schemas in and out, etags that change on every write, the same typed errors, filters and ordering;
 * test/store/storeContract.ts runs against both), with no server to start. Documents are kept as JSON,
 * so nothing a caller holds can change what is stored.
 */

interface Entry {
  json: string;
  etag: string;
  /** Order of the last change, for the change feed. */
  lsn: number;
}

type AnyDocument = ContainerDocuments[ContainerName] | SystemDocument;

const SCHEMAS: Record<ContainerName, z.ZodType<AnyDocument>> = {
  governance: GovernanceRecord.or(SystemDocument),
  directory: GovernanceRecord,
  actions: GovernanceRecord,
  conversations: ConversationRecord,
  broadcasts: BroadcastDocument,
};

function partitionKeyOf(container: ContainerName, doc: Record<string, unknown>): string {
  const field =
    container === 'conversations'
      ? 'tenantId'
      : container === 'broadcasts'
        ? 'jobId'
        : 'organisationId';
  return String(doc[field]);
}

/** Cosmos DB orders strings by code unit, as JavaScript compares them. */
function byField<T>(field: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = field(a);
    const y = field(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

export interface MemoryStoreOptions {
  log?: Logger;
  /** What `health()` reports while the store answers (default: ok). */
  health?: () => StoreHealth;
}

export class MemoryStore implements BoardClerkStore {
  private readonly containers = new Map<ContainerName, Map<string, Entry>>();
  private lsn = 0;
  private readonly log: Logger;
  private readonly status: () => StoreHealth;
  /** When set, every call fails as if the store could not be reached. */
  unavailable: string | null = null;

  constructor(options: MemoryStoreOptions = {}) {
    this.log = options.log ?? silentLogger;
    this.status = options.health ?? (() => HEALTHY);
  }

  /** Puts a document in as it is, unchecked: for tests of how stored documents that break the schema are handled. */
  putUnchecked(container: ContainerName, doc: Record<string, unknown> & { id: string }): void {
    this.write(container, partitionKeyOf(container, doc), doc.id, doc);
  }

  // Internals: one map per container, keyed by partition key and id (ids are unique per partition).

  private docs(container: ContainerName): Map<string, Entry> {
    let docs = this.containers.get(container);
    if (!docs) this.containers.set(container, (docs = new Map<string, Entry>()));
    return docs;
  }

  private available(): void {
    if (this.unavailable) throw new StoreUnavailableError(`the store failed: ${this.unavailable}`);
  }

  private write(container: ContainerName, pk: string, id: string, doc: unknown): string {
    const etag = randomUUID();
    this.docs(container).set(JSON.stringify([pk, id]), {
      json: JSON.stringify(doc),
      etag,
      lsn: ++this.lsn,
    });
    return etag;
  }

  private parse<T extends AnyDocument>(container: ContainerName, entry: Entry): Stored<T> {
    const doc = JSON.parse(entry.json) as { id?: unknown };
    const parsed = parseStored(SCHEMAS[container], doc);
    if (!parsed.ok) throw new InvalidStoredDocumentError(container, String(doc.id), parsed.problem);
    return { value: parsed.value as T, etag: entry.etag };
  }

  /** Every valid document of a container that passes `where`; invalid ones are logged and left out. */
  private select<T extends AnyDocument>(
    container: ContainerName,
    where: (doc: T) => boolean,
  ): Stored<T>[] {
    this.available();
    const out: Stored<T>[] = [];
    for (const entry of this.docs(container).values()) {
      let stored: Stored<T>;
      try {
        stored = this.parse<T>(container, entry);
      } catch (e) {
        this.log.error(
          { container, err: (e as Error).message },
          'skipping invalid stored document',
        );
        continue;
      }
      if (where(stored.value)) out.push(stored);
    }
    return out;
  }

  private getDoc<T extends AnyDocument>(
    container: ContainerName,
    pk: string,
    id: string,
  ): Stored<T> | null {
    this.available();
    const entry = this.docs(container).get(JSON.stringify([pk, id]));
    return entry ? this.parse<T>(container, entry) : null;
  }

  private createDoc<T extends AnyDocument>(container: ContainerName, doc: T): Stored<T> {
    const valid = validForStore(SCHEMAS[container] as z.ZodType<T>, doc);
    this.available();
    const pk = partitionKeyOf(container, valid);
    if (this.docs(container).has(JSON.stringify([pk, valid.id])))
      throw new AlreadyExistsError(valid.kind, valid.id);
    return { value: valid, etag: this.write(container, pk, valid.id, valid) };
  }

  private replaceDoc<T extends AnyDocument>(
    container: ContainerName,
    doc: T,
    etag: string,
  ): Stored<T> {
    const valid = validForStore(SCHEMAS[container] as z.ZodType<T>, doc);
    this.available();
    const pk = partitionKeyOf(container, valid);
    const current = this.docs(container).get(JSON.stringify([pk, valid.id]));
    if (!current) throw new NotFoundError(valid.kind, valid.id);
    if (current.etag !== etag) throw new ConcurrencyConflictError(valid.kind, valid.id);
    return { value: valid, etag: this.write(container, pk, valid.id, valid) };
  }

  // Governance records.

  get<K extends RecordKind>(
    kind: K,
    organisationId: string,
    id: string,
  ): Promise<Stored<RecordOfKind<K>> | null> {
    return this.answer(() => {
      const found = this.getDoc<AnyDocument>(containerForKind(kind), organisationId, id);
      return found && found.value.kind === kind ? (found as Stored<RecordOfKind<K>>) : null;
    });
  }

  list<K extends RecordKind>(
    kind: K,
    filter: { organisationId?: string } = {},
  ): Promise<RecordOfKind<K>[]> {
    return this.answer(() =>
      this.select<RecordOfKind<K>>(
        containerForKind(kind),
        (d) =>
          d.kind === kind && (!filter.organisationId || d.organisationId === filter.organisationId),
      )
        .sort(byField((s) => s.value.id))
        .map((s) => s.value),
    );
  }

  findPersonByAadObjectId(aadObjectId: string): Promise<Stored<Person> | null> {
    return this.answer(() => {
      const aad = aadObjectId.toLowerCase();
      const found = this.select<Person>(
        'directory',
        (d) => d.kind === 'person' && d.aadObjectId === aad,
      );
      if (found.length > 1)
        this.log.warn(
          { aadObjectId, matches: found.length },
          'several people share one Teams identity; using the first',
        );
      return found[0] ?? null;
    });
  }

  findActions(q: ActionQuery): Promise<Stored<Action>[]> {
    return this.answer(() => {
      const matches = matchesActionQuery(q);
      return this.select<Action>('actions', (a) => a.kind === 'action' && matches(a)).sort(
        inIdOrder,
      );
    });
  }

  findMinutesByReference(reference: string): Promise<Minutes[]> {
    return this.answer(() => {
      const ref = reference.toUpperCase();
      return this.select<Minutes>(
        'governance',
        (m) => m.kind === 'minutes' && m.items.some((i) => i.reference.toUpperCase() === ref),
      ).map((s) => s.value);
    });
  }

  create<T extends GovernanceRecordType>(record: T): Promise<Stored<T>> {
    return this.answer(() => this.createDoc(containerForKind(record.kind), record));
  }

  replace<T extends GovernanceRecordType>(record: T, etag: string): Promise<Stored<T>> {
    return this.answer(() => this.replaceDoc(containerForKind(record.kind), record, etag));
  }

  ping(): Promise<void> {
    return this.answer(() => this.available());
  }

  health(): Promise<StoreHealth> {
    return Promise.resolve(
      this.unavailable
        ? { status: 'unavailable', writable: false, reasons: [this.unavailable], damaged: [] }
        : this.status(),
    );
  }

  // The store's own bookkeeping.

  readSystemValue(id: string): Promise<unknown> {
    return this.answer(
      () => this.getDoc<SystemDocument>('governance', SYSTEM_PARTITION, id)?.value.value ?? null,
    );
  }

  writeSystemValue(id: string, value: unknown): Promise<void> {
    return this.answer(() => {
      const doc: SystemDocument = { id, kind: '_system', organisationId: SYSTEM_PARTITION, value };
      const existing = this.getDoc<SystemDocument>('governance', SYSTEM_PARTITION, id);
      if (existing) this.replaceDoc('governance', doc, existing.etag);
      else this.createDoc('governance', doc);
    });
  }

  async writeSystemValues(values: readonly { id: string; value: unknown }[]): Promise<void> {
    for (const { id, value } of values) await this.writeSystemValue(id, value);
  }

  readStoredSystemValue(id: string): Promise<StoredSystemValue | null> {
    return this.answer(() => {
      const found = this.getDoc<SystemDocument>('governance', SYSTEM_PARTITION, id);
      return found ? { id, value: found.value.value, etag: found.etag } : null;
    });
  }

  replaceSystemValue(id: string, value: unknown, etag: string | null): Promise<string> {
    return this.answer(() => {
      const doc: SystemDocument = { id, kind: '_system', organisationId: SYSTEM_PARTITION, value };
      const saved =
        etag === null
          ? this.createDoc('governance', doc)
          : this.replaceDoc('governance', doc, etag);
      return saved.etag;
    });
  }

  async replaceSystemValues(writes: readonly SystemValueWrite[]): Promise<SystemValueWritten[]> {
    const out: SystemValueWritten[] = [];
    for (const { id, value, etag } of writes)
      out.push(
        await this.replaceSystemValue(id, value, etag).then(
          (saved) => ({ etag: saved }),
          (e: unknown) => {
            if (lostARace(e)) return 'conflict' as const;
            throw e;
          },
        ),
      );
    return out;
  }

  /** The import's records (mappings, staged batches), kept as the store's bookkeeping like on Cosmos DB. */
  importRecords(): ImportRecords {
    const parse = (s: Stored<SystemDocument> | null): Stored<ImportDocument> | null => {
      if (!s) return null;
      const parsed = parseStored(ImportDocument, s.value);
      if (!parsed.ok)
        throw new InvalidStoredDocumentError('governance', s.value.id, parsed.problem);
      return { value: parsed.value, etag: s.etag };
    };
    const checked = (doc: ImportDocument) => validForStore(ImportDocument, doc);
    return {
      get: (id) =>
        this.answer(() => parse(this.getDoc<SystemDocument>('governance', SYSTEM_PARTITION, id))),
      create: (doc) => this.answer(() => parse(this.createDoc('governance', checked(doc)))!),
      replace: (doc, etag) =>
        this.answer(() => parse(this.replaceDoc('governance', checked(doc), etag))!),
      batches: (statuses) =>
        this.answer(() =>
          this.select<SystemDocument>('governance', (d) => d.kind === '_system')
            .map((s) => {
              const parsed = parseStored(ImportDocument, s.value);
              return parsed.ok ? { value: parsed.value, etag: s.etag } : null;
            })
            .filter(
              (s): s is Stored<ImportDocument> =>
                s !== null &&
                s.value.value.type === 'importBatch' &&
                statuses.includes(s.value.value.status),
            )
            .sort(byField((s) => s.value.id)),
        ),
    };
  }

  // The change feed.

  readChanges<C extends ContainerName>(
    container: C,
    continuation: string | null,
  ): Promise<Changes<C>> {
    return this.answer(() => {
      this.available();
      const from = continuation === null ? 0 : Number(continuation);
      if (!Number.isSafeInteger(from) || from < 0)
        throw new StoreUnavailableError(`the store failed: invalid continuation ${continuation}`);
      const changed = [...this.docs(container).values()]
        .filter((e) => e.lsn > from)
        .sort((a, b) => a.lsn - b.lsn);
      const documents: Stored<ContainerDocuments[C]>[] = [];
      for (const entry of changed) {
        try {
          const stored = this.parse<AnyDocument>(container, entry);
          if (stored.value.kind !== '_system')
            documents.push(stored as Stored<ContainerDocuments[C]>);
        } catch (e) {
          this.log.error(
            { container, err: (e as Error).message },
            'skipping invalid stored document',
          );
        }
      }
      return { documents, continuation: String(changed.at(-1)?.lsn ?? from) };
    });
  }

  readSystemChanges(
    continuation: string | null,
  ): Promise<{ values: StoredSystemValue[]; continuation: string }> {
    return this.answer(() => {
      this.available();
      const from = continuation === null ? 0 : Number(continuation);
      if (!Number.isSafeInteger(from) || from < 0)
        throw new StoreUnavailableError(`the store failed: invalid continuation ${continuation}`);
      const changed = [...this.docs('governance').values()]
        .filter((e) => e.lsn > from)
        .sort((a, b) => a.lsn - b.lsn);
      const values: StoredSystemValue[] = [];
      for (const entry of changed) {
        const doc = JSON.parse(entry.json) as { kind?: unknown };
        if (doc.kind !== '_system') continue;
        const stored = this.parse<SystemDocument>('governance', entry);
        values.push({ id: stored.value.id, value: stored.value.value, etag: stored.etag });
      }
      return { values, continuation: String(changed.at(-1)?.lsn ?? from) };
    });
  }

  // Conversations the app is installed in.

  getConversation(tenantId: string, id: string): Promise<Stored<ConversationRecord> | null> {
    return this.answer(() => this.getDoc<ConversationRecord>('conversations', tenantId, id));
  }

  createConversation(record: ConversationRecord): Promise<Stored<ConversationRecord>> {
    return this.answer(() => this.createDoc('conversations', record));
  }

  replaceConversation(
    record: ConversationRecord,
    etag: string,
  ): Promise<Stored<ConversationRecord>> {
    return this.answer(() => this.replaceDoc('conversations', record, etag));
  }

  listConversations(
    filter: { tenantId?: string; status?: ConversationRecord['status'] } = {},
  ): Promise<Stored<ConversationRecord>[]> {
    return this.answer(() =>
      this.select<ConversationRecord>(
        'conversations',
        (c) =>
          c.kind === 'conversation' &&
          (!filter.tenantId || c.tenantId === filter.tenantId) &&
          (!filter.status || c.status === filter.status),
      ).sort(byField((s) => s.value.id)),
    );
  }

  findPersonalConversation(aadObjectId: string): Promise<Stored<ConversationRecord> | null> {
    return this.answer(() => {
      const aad = aadObjectId.toLowerCase();
      return (
        this.select<ConversationRecord>(
          'conversations',
          (c) =>
            c.kind === 'conversation' &&
            c.scope === 'personal' &&
            c.userAadObjectId === aad &&
            c.status === 'installed',
        )[0] ?? null
      );
    });
  }

  // Broadcasts and their deliveries.

  getBroadcast(jobId: string): Promise<Stored<BroadcastJob> | null> {
    return this.answer(() => {
      const found = this.getDoc<BroadcastDocument>('broadcasts', jobId, jobId);
      return found && found.value.kind === 'broadcast' ? (found as Stored<BroadcastJob>) : null;
    });
  }

  createBroadcast(job: BroadcastJob): Promise<Stored<BroadcastJob>> {
    return this.answer(() => this.createDoc('broadcasts', job));
  }

  replaceBroadcast(job: BroadcastJob, etag: string): Promise<Stored<BroadcastJob>> {
    return this.answer(() => this.replaceDoc('broadcasts', job, etag));
  }

  findDueBroadcasts(now: string): Promise<Stored<BroadcastJob>[]> {
    return this.answer(() =>
      this.select<BroadcastJob>(
        'broadcasts',
        (j) =>
          j.kind === 'broadcast' &&
          (j.status === 'scheduled' || j.status === 'running') &&
          j.dueAt <= now &&
          (!j.lease || j.lease.until < now),
      ).sort(byField((s) => s.value.dueAt)),
    );
  }

  listBroadcasts(
    filter: { organisationId?: string; meetingId?: string } = {},
  ): Promise<Stored<BroadcastJob>[]> {
    return this.answer(() =>
      this.select<BroadcastJob>(
        'broadcasts',
        (j) =>
          j.kind === 'broadcast' &&
          (!filter.organisationId || j.organisationId === filter.organisationId) &&
          (!filter.meetingId || j.meetingId === filter.meetingId),
      ).sort(byField((s) => s.value.dueAt)),
    );
  }

  listDeliveries(jobId: string): Promise<Stored<Delivery>[]> {
    return this.answer(() =>
      this.select<Delivery>('broadcasts', (d) => d.kind === 'delivery' && d.jobId === jobId).sort(
        byField((s) => s.value.id),
      ),
    );
  }

  createDelivery(delivery: Delivery): Promise<Stored<Delivery>> {
    return this.answer(() => this.createDoc('broadcasts', delivery));
  }

  createDeliveries(deliveries: readonly Delivery[]): Promise<BulkCreateResult<Delivery>> {
    return this.answer(() => {
      const valid = deliveries.map((d) => validForStore(BroadcastDocument, d) as Delivery);
      const result: BulkCreateResult<Delivery> = { created: [], alreadyExisted: [] };
      for (const d of valid) {
        try {
          result.created.push(this.createDoc('broadcasts', d));
        } catch (e) {
          if (!(e instanceof AlreadyExistsError)) throw e;
          result.alreadyExisted.push(d.id);
        }
      }
      return result;
    });
  }

  replaceDelivery(delivery: Delivery, etag: string): Promise<Stored<Delivery>> {
    return this.answer(() => this.replaceDoc('broadcasts', delivery, etag));
  }

  /** Answers asynchronously, as a real store does, with failures as rejections. */
  private answer<T>(work: () => T): Promise<T> {
    return new Promise<void>((resolve) => setImmediate(resolve)).then(work);
  }
}

type GovernanceRecordType = z.infer<typeof GovernanceRecord>;
