import type { Action, GovernanceRecord, Minutes, Person, RecordKind } from '../../domain';
import type { BroadcastJob, ConversationRecord, Delivery } from '../../domain/delivery';
import type { Logger } from '../../log';
import { containerForKind, type ContainerName } from '../../store/containers';
import type { StoreHealth } from '../../store/health';
import type {
  ActionQuery,
  BoardClerkStore,
  BulkCreateResult,
  Changes,
  RecordOfKind,
  Stored,
  StoredSystemValue,
  SystemValueWrite,
  SystemValueWritten,
} from '../../store/store';
import type { ReadModel } from './readModel';
import type { DocumentRef } from './records';

function governanceRef(kind: RecordKind, organisationId: string, id: string): DocumentRef {
  return { container: containerForKind(kind), partitionKey: organisationId, id, kind };
}

function conversationRef(tenantId: string, id: string): DocumentRef {
  return { container: 'conversations', partitionKey: tenantId, id, kind: 'conversation' };
}

/**
 * The store as features use it, with the read model in front: governance records, actions and
 * conversations are read from memory; writes go to the store (etag-checked) and are held at once;
 * broadcasts and their deliveries, the change feed, the store's bookkeeping and its health go straight to
 * the store (leases need the store's own answer).
 */
export class ReadModelStore implements BoardClerkStore {
  constructor(
    private readonly model: ReadModel,
    private readonly store: BoardClerkStore,
    private readonly log: Logger,
  ) {}

  // Governance records, from memory.

  async get<K extends RecordKind>(
    kind: K,
    organisationId: string,
    id: string,
  ): Promise<Stored<RecordOfKind<K>> | null> {
    const found = await this.model.read(governanceRef(kind, organisationId, id));
    return found && found.value.kind === kind ? (found as Stored<RecordOfKind<K>>) : null;
  }

  list<K extends RecordKind>(
    kind: K,
    filter: { organisationId?: string } = {},
  ): Promise<RecordOfKind<K>[]> {
    return Promise.resolve([
      ...this.model.records.list<RecordOfKind<K>>(kind, filter.organisationId),
    ]);
  }

  findPersonByAadObjectId(aadObjectId: string): Promise<Stored<Person> | null> {
    const found = this.model.records.peopleWith(aadObjectId.toLowerCase());
    if (found.length > 1)
      this.log.warn(
        { aadObjectId, matches: found.length },
        'several people share one Teams identity; using the first',
      );
    return Promise.resolve(found[0] ?? null);
  }

  findActions(query: ActionQuery): Promise<Stored<Action>[]> {
    return Promise.resolve(this.model.records.actions(query));
  }

  findMinutesByReference(reference: string): Promise<Minutes[]> {
    return Promise.resolve(this.model.records.minutesWith(reference.toUpperCase()));
  }

  create<T extends GovernanceRecord>(record: T): Promise<Stored<T>> {
    return this.model.write(governanceRef(record.kind, record.organisationId, record.id), () =>
      this.store.create(record),
    );
  }

  replace<T extends GovernanceRecord>(record: T, etag: string): Promise<Stored<T>> {
    return this.model.write(governanceRef(record.kind, record.organisationId, record.id), () =>
      this.store.replace(record, etag),
    );
  }

  ping(): Promise<void> {
    return this.store.ping();
  }

  health(): Promise<StoreHealth> {
    return this.store.health();
  }

  // Conversations, from memory.

  getConversation(tenantId: string, id: string): Promise<Stored<ConversationRecord> | null> {
    return this.model.read<ConversationRecord>(conversationRef(tenantId, id));
  }

  createConversation(record: ConversationRecord): Promise<Stored<ConversationRecord>> {
    return this.model.write(conversationRef(record.tenantId, record.id), () =>
      this.store.createConversation(record),
    );
  }

  replaceConversation(
    record: ConversationRecord,
    etag: string,
  ): Promise<Stored<ConversationRecord>> {
    return this.model.write(conversationRef(record.tenantId, record.id), () =>
      this.store.replaceConversation(record, etag),
    );
  }

  listConversations(
    filter: { tenantId?: string; status?: ConversationRecord['status'] } = {},
  ): Promise<Stored<ConversationRecord>[]> {
    return Promise.resolve(this.model.records.conversations(filter));
  }

  findPersonalConversation(aadObjectId: string): Promise<Stored<ConversationRecord> | null> {
    return Promise.resolve(this.model.records.personalConversation(aadObjectId.toLowerCase()));
  }

  // Broadcasts and deliveries, the change feed and the store's bookkeeping: the store's own answers.

  getBroadcast(jobId: string): Promise<Stored<BroadcastJob> | null> {
    return this.store.getBroadcast(jobId);
  }

  createBroadcast(job: BroadcastJob): Promise<Stored<BroadcastJob>> {
    return this.store.createBroadcast(job);
  }

  replaceBroadcast(job: BroadcastJob, etag: string): Promise<Stored<BroadcastJob>> {
    return this.store.replaceBroadcast(job, etag);
  }

  findDueBroadcasts(now: string): Promise<Stored<BroadcastJob>[]> {
    return this.store.findDueBroadcasts(now);
  }

  listBroadcasts(filter?: {
    organisationId?: string;
    meetingId?: string;
  }): Promise<Stored<BroadcastJob>[]> {
    return this.store.listBroadcasts(filter);
  }

  listDeliveries(jobId: string): Promise<Stored<Delivery>[]> {
    return this.store.listDeliveries(jobId);
  }

  createDelivery(delivery: Delivery): Promise<Stored<Delivery>> {
    return this.store.createDelivery(delivery);
  }

  createDeliveries(deliveries: readonly Delivery[]): Promise<BulkCreateResult<Delivery>> {
    return this.store.createDeliveries(deliveries);
  }

  replaceDelivery(delivery: Delivery, etag: string): Promise<Stored<Delivery>> {
    return this.store.replaceDelivery(delivery, etag);
  }

  readChanges<C extends ContainerName>(
    container: C,
    continuation: string | null,
  ): Promise<Changes<C>> {
    return this.store.readChanges(container, continuation);
  }

  // The store's bookkeeping values (features' small records: a conversation's follow-up subject), from
  // memory; writes go to the store and are held at once.

  readSystemValue(id: string): Promise<unknown> {
    return this.model.systemValue(id);
  }

  /** Over the etag held: one store request, not a read and a write. */
  writeSystemValue(id: string, value: unknown): Promise<void> {
    return this.model.writeSystemValue(id, value, (etag) =>
      this.store.replaceSystemValue(id, value, etag),
    );
  }

  /** Over the etags held: one store request per hundred values. */
  writeSystemValues(values: readonly { id: string; value: unknown }[]): Promise<void> {
    return this.model.writeSystemValues(values, (writes) => this.store.replaceSystemValues(writes));
  }

  readStoredSystemValue(id: string): Promise<StoredSystemValue | null> {
    return this.model.storedSystemValue(id);
  }

  async replaceSystemValues(writes: readonly SystemValueWrite[]): Promise<SystemValueWritten[]> {
    const sent = this.store.replaceSystemValues(writes);
    await this.model.holdSystemWrites(writes, sent);
    return sent;
  }

  async replaceSystemValue(id: string, value: unknown, etag: string | null): Promise<string> {
    let saved = '';
    await this.model.holdSystemWrite(id, async () => {
      saved = await this.store.replaceSystemValue(id, value, etag);
      return { id, value, etag: saved };
    });
    return saved;
  }

  readSystemChanges(
    continuation: string | null,
  ): Promise<{ values: StoredSystemValue[]; continuation: string }> {
    return this.store.readSystemChanges(continuation);
  }
}
