import type { BroadcastJob, ConversationRecord, Delivery } from '../domain/delivery';
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

/**
 * The one way the rest of Board Clerk reaches stored data. Implemented over Cosmos DB
 * (`CosmosGovernanceStore`); every update is conditional on the etag it was read at.
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
  replaceDelivery(delivery: Delivery, etag: string): Promise<Stored<Delivery>>;
}
