import type { BroadcastJob, ConversationRecord, Delivery } from '../domain/delivery';
import type { ContainerName } from './containers';
import type { StoreHealth } from './health';
import type {
  Action,
  ActionStatus,
  GovernanceRecord,
  Minutes,
  Person,
  RecordKind,
} from '../domain';

/** A record with the etag it was read at; pass the etag back to update it. */
export interface Stored<T> {
  value: T;
  etag: string;
}

export type RecordOfKind<K extends RecordKind> = Extract<GovernanceRecord, { kind: K }>;

export interface ActionQuery {
  organisationId?: string;
  /** Actions led or task-led by any of these roles. */
  roleIds?: readonly string[];
  logId?: string;
  riskId?: string;
  statuses?: readonly ActionStatus[];
}

/** What a bulk create did: the records created, and the ids of those that already existed (left as they were). */
export interface BulkCreateResult<T> {
  created: Stored<T>[];
  alreadyExisted: string[];
}

/**
 * The one way the rest of Board Clerk reaches stored data. Implemented over Cosmos DB
 * (`CosmosGovernanceStore`, on Azure or the embedded server) and in memory (`MemoryStore`, for unit
 * tests), with the same behaviour (test/store/storeContract.ts); every update is conditional on the etag
 * it was read at.
 */
export interface GovernanceStore {
  get<K extends RecordKind>(
    kind: K,
    organisationId: string,
    id: string,
  ): Promise<Stored<RecordOfKind<K>> | null>;
  /** Every record of a kind, optionally within one organisation, ordered by id. */
  list<K extends RecordKind>(
    kind: K,
    filter?: { organisationId?: string },
  ): Promise<RecordOfKind<K>[]>;
  findPersonByAadObjectId(aadObjectId: string): Promise<Stored<Person> | null>;
  findActions(query: ActionQuery): Promise<Stored<Action>[]>;
  /** Minutes that record an item with this reference ("GTB/25/15"). */
  findMinutesByReference(reference: string): Promise<Minutes[]>;
  /** Creates a record; AlreadyExistsError when one with the same id exists. */
  create<T extends GovernanceRecord>(record: T): Promise<Stored<T>>;
  /** Replaces a record if it is unchanged since read at `etag`; ConcurrencyConflictError otherwise. */
  replace<T extends GovernanceRecord>(record: T, etag: string): Promise<Stored<T>>;
  /** Answers when the store is reachable; throws StoreUnavailableError otherwise. */
  ping(): Promise<void>;
}

/** Conversations the app is installed in (conversation references), partitioned by tenant. */
export interface ConversationStore {
  getConversation(tenantId: string, id: string): Promise<Stored<ConversationRecord> | null>;
  createConversation(record: ConversationRecord): Promise<Stored<ConversationRecord>>;
  replaceConversation(
    record: ConversationRecord,
    etag: string,
  ): Promise<Stored<ConversationRecord>>;
  listConversations(filter?: {
    tenantId?: string;
    status?: ConversationRecord['status'];
  }): Promise<Stored<ConversationRecord>[]>;
  /** The installed personal chat with a person, by their Teams id. */
  findPersonalConversation(aadObjectId: string): Promise<Stored<ConversationRecord> | null>;
}

/** Broadcasts and one delivery per target, partitioned by broadcast. */
export interface BroadcastStore {
  getBroadcast(jobId: string): Promise<Stored<BroadcastJob> | null>;
  createBroadcast(job: BroadcastJob): Promise<Stored<BroadcastJob>>;
  replaceBroadcast(job: BroadcastJob, etag: string): Promise<Stored<BroadcastJob>>;
  findDueBroadcasts(now: string): Promise<Stored<BroadcastJob>[]>;
  listBroadcasts(filter?: {
    organisationId?: string;
    meetingId?: string;
  }): Promise<Stored<BroadcastJob>[]>;
  listDeliveries(jobId: string): Promise<Stored<Delivery>[]>;
  createDelivery(delivery: Delivery): Promise<Stored<Delivery>>;
  /**
   * Creates many delivery records at once (one request per hundred on Cosmos DB, one journal fsync per
   * batch on the embedded store). Records that already exist are left as they were and listed in
   * `alreadyExisted`; any other failure throws once every record has been tried.
   */
  createDeliveries(deliveries: readonly Delivery[]): Promise<BulkCreateResult<Delivery>>;
  replaceDelivery(delivery: Delivery, etag: string): Promise<Stored<Delivery>>;
}

/** What each container holds. */
export interface ContainerDocuments {
  governance: GovernanceRecord;
  directory: GovernanceRecord;
  actions: GovernanceRecord;
  conversations: ConversationRecord;
  broadcasts: BroadcastJob | Delivery;
}

export interface Changes<C extends ContainerName> {
  /** Each changed document once, in its latest version, oldest change first. */
  documents: Stored<ContainerDocuments[C]>[];
  /** Pass back to read the changes after these. Opaque; valid across restarts of the store. */
  continuation: string;
}

/**
 * The change feed, for a read model kept current in each instance: the Cosmos DB change feed in
 * latest-version mode (the SDK's change-feed iterator, against Azure or the embedded store, which
 * implements it), or the memory store's equivalent.
 *
 * Deletes are not reported: latest-version mode does not report them, and Board Clerk deletes nothing.
 * Whatever starts deleting must write a tombstone instead (the record kept with `deleted: true` and a
 * Cosmos DB `ttl` long enough for every reader to see it), so readers learn of it through this feed.
 */
export interface ChangeFeed {
  /** Documents of `container` changed since `continuation` (null: from the beginning). */
  readChanges<C extends ContainerName>(
    container: C,
    continuation: string | null,
  ): Promise<Changes<C>>;
  /**
   * The store's bookkeeping values (`writeSystemValue`) changed since `continuation` (null: from the
   * beginning), each once in its latest version: features keep small records there (a conversation's
   * follow-up subject), which a read model answers from memory.
   */
  readSystemChanges(
    continuation: string | null,
  ): Promise<{ values: StoredSystemValue[]; continuation: string }>;
}

/** A bookkeeping value as the change feed gives it: its id, value and etag. */
export interface StoredSystemValue {
  id: string;
  value: unknown;
  etag: string;
}

/** The store's own bookkeeping (e.g. the fingerprint of the seeded dataset). */
export interface SystemValues {
  readSystemValue(id: string): Promise<unknown>;
  writeSystemValue(id: string, value: unknown): Promise<void>;
  /**
   * Sets several values, each as `writeSystemValue` (the last writer wins), in as few store requests
   * as the store allows: for records written often and in numbers (conversations' subjects).
   */
  writeSystemValues(values: readonly { id: string; value: unknown }[]): Promise<void>;
}

/**
 * Bookkeeping values with their etags, for a reader that holds them (the read model): it writes over the
 * etag it holds, with no read first.
 */
export interface ConditionalSystemValues {
  /** The value as stored, with its etag; null when none is stored. */
  readStoredSystemValue(id: string): Promise<StoredSystemValue | null>;
  /**
   * Writes a value only over `etag` (null: only if none is stored); the new etag. Otherwise
   * ConcurrencyConflictError (or AlreadyExistsError, or NotFoundError), and nothing is written.
   */
  replaceSystemValue(id: string, value: unknown, etag: string | null): Promise<string>;
  /**
   * Several such writes in as few store requests as the store allows, each judged on its own: per
   * write, the new etag, or 'conflict' (a version written meanwhile; nothing written for it).
   */
  replaceSystemValues(writes: readonly SystemValueWrite[]): Promise<SystemValueWritten[]>;
}

/** A conditional write of a bookkeeping value: over `etag`, or (null) only if none is stored. */
export interface SystemValueWrite {
  id: string;
  value: unknown;
  etag: string | null;
}

export type SystemValueWritten = { etag: string } | 'conflict';

export interface StoreStatus {
  /** Whether writes are saved, and damaged records kept aside; `unavailable` if it does not answer. */
  health(): Promise<StoreHealth>;
}

/** Everything the store offers, as both implementations provide it. */
export type BoardClerkStore = GovernanceStore &
  ConversationStore &
  BroadcastStore &
  ChangeFeed &
  SystemValues &
  ConditionalSystemValues &
  StoreStatus;
