import type { CosmosClient, Database, ItemDefinition, SqlParameter } from '@azure/cosmos';
import type { Action, GovernanceRecord, Minutes, Person, RecordKind } from '../domain';
import type { BroadcastJob, Delivery } from '../domain/delivery';
import type { Logger } from '../log';
import { inIdOrder } from './actionQuery';
import { DocumentCollection, statusOf } from './collection';
import {
  ALL_CONTAINERS,
  containerForKind,
  type ContainerName,
  GOVERNANCE_CONTAINERS,
  type GovernanceContainerName,
  SYSTEM_PARTITION,
} from './containers';
import { lostARace, StoreUnavailableError } from './errors';
import { HEALTHY, type StoreHealth } from './health';
import { cosmosImportRecords, type ImportRecords } from './importRecords';
import {
  BroadcastDocument,
  ConversationRecord,
  GovernanceRecord as GovernanceRecordSchema,
  SystemDocument,
} from './schemas';
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
} from './store';

/** The store over Cosmos DB (Azure, or the embedded server): every container goes through here. */
export class CosmosGovernanceStore implements BoardClerkStore {
  private readonly governance: Record<
    GovernanceContainerName,
    DocumentCollection<GovernanceRecord>
  >;
  private readonly system: DocumentCollection<SystemDocument>;
  private readonly conversationDocs: DocumentCollection<ConversationRecord>;
  private readonly broadcastDocs: DocumentCollection<BroadcastDocument>;

  /**
   * `status` reports what a ping cannot: the durable embedded store's journal and quarantine (nothing
   * to add on Azure).
   */
  constructor(
    private readonly database: Database,
    private readonly log: Logger,
    private readonly status: () => Promise<StoreHealth> = () => Promise.resolve(HEALTHY),
  ) {
    this.governance = Object.fromEntries(
      GOVERNANCE_CONTAINERS.map((name) => [
        name,
        new DocumentCollection<GovernanceRecord>(
          name,
          database.container(name),
          GovernanceRecordSchema,
          (d) => d.organisationId,
          log,
        ),
      ]),
    ) as Record<GovernanceContainerName, DocumentCollection<GovernanceRecord>>;
    this.system = new DocumentCollection(
      'governance',
      database.container('governance'),
      SystemDocument,
      (d) => d.organisationId,
      log,
    );
    this.conversationDocs = new DocumentCollection(
      'conversations',
      database.container('conversations'),
      ConversationRecord,
      (d) => d.tenantId,
      log,
    );
    this.broadcastDocs = new DocumentCollection(
      'broadcasts',
      database.container('broadcasts'),
      BroadcastDocument,
      (d) => d.jobId,
      log,
    );
  }

  /** Creates the database if it does not exist; safe when several instances start at once. */
  static async ensureDatabase(client: CosmosClient, id: string): Promise<Database> {
    try {
      return (await client.databases.createIfNotExists({ id })).database;
    } catch (e) {
      if (statusOf(e) !== 409) throw e;
      return client.database(id);
    }
  }

  /**
   * Creates the containers if they do not exist (idempotent; run on every start). Signed in with a
   * managed identity, the data plane may not create containers (403): then they must already exist,
   * created by the deployment templates, and this checks that they do.
   */
  static async ensureContainers(database: Database): Promise<void> {
    for (const def of ALL_CONTAINERS) {
      try {
        await database.containers.createIfNotExists({
          id: def.id,
          partitionKey: { paths: [def.partitionKeyPath] },
        });
      } catch (e) {
        // 409: another instance starting at the same moment created it between our read and create.
        if (statusOf(e) !== 403 && statusOf(e) !== 409) throw e;
        const { resource } = await database.container(def.id).read();
        const path = resource?.partitionKey?.paths?.[0];
        if (!resource)
          throw new StoreUnavailableError(
            `container ${def.id} does not exist; deploy the infrastructure templates first`,
          );
        if (path !== def.partitionKeyPath)
          throw new StoreUnavailableError(
            `container ${def.id} is partitioned by ${path}, but Board Clerk expects ${def.partitionKeyPath}`,
          );
      }
    }
  }

  private collectionFor(kind: RecordKind): DocumentCollection<GovernanceRecord> {
    return this.governance[containerForKind(kind)];
  }

  // Governance records.

  async get<K extends RecordKind>(
    kind: K,
    organisationId: string,
    id: string,
  ): Promise<Stored<RecordOfKind<K>> | null> {
    const stored = await this.collectionFor(kind).get(organisationId, id);
    return stored && stored.value.kind === kind ? (stored as Stored<RecordOfKind<K>>) : null;
  }

  async list<K extends RecordKind>(
    kind: K,
    filter: { organisationId?: string } = {},
  ): Promise<RecordOfKind<K>[]> {
    const parameters: SqlParameter[] = [{ name: '@kind', value: kind }];
    let where = 'c.kind = @kind';
    if (filter.organisationId) {
      where += ' AND c.organisationId = @organisationId';
      parameters.push({ name: '@organisationId', value: filter.organisationId });
    }
    const found = await this.collectionFor(kind).query({
      query: `SELECT * FROM c WHERE ${where} ORDER BY c.id`,
      parameters,
    });
    return found.map((s) => s.value as RecordOfKind<K>);
  }

  async findPersonByAadObjectId(aadObjectId: string): Promise<Stored<Person> | null> {
    const found = await this.governance.directory.query({
      query: 'SELECT * FROM c WHERE c.kind = @kind AND c.aadObjectId = @aad',
      parameters: [
        { name: '@kind', value: 'person' },
        { name: '@aad', value: aadObjectId.toLowerCase() },
      ],
    });
    if (found.length > 1)
      this.log.warn(
        { aadObjectId, matches: found.length },
        'several people share one Teams identity; using the first',
      );
    return (found[0] as Stored<Person> | undefined) ?? null;
  }

  async findActions(q: ActionQuery): Promise<Stored<Action>[]> {
    const conditions = ['c.kind = @kind'];
    const parameters: SqlParameter[] = [{ name: '@kind', value: 'action' }];
    const equal = (field: string, value: string | undefined) => {
      if (value === undefined) return;
      conditions.push(`c.${field} = @${field}`);
      parameters.push({ name: `@${field}`, value });
    };
    equal('organisationId', q.organisationId);
    equal('logId', q.logId);
    equal('riskId', q.riskId);
    if (q.statuses) {
      conditions.push('ARRAY_CONTAINS(@statuses, c.status)');
      parameters.push({ name: '@statuses', value: [...q.statuses] });
    }
    if (q.roleIds) {
      if (q.roleIds.length === 0) return [];
      conditions.push(
        '(EXISTS(SELECT VALUE r FROM r IN c.actionLeadRoleIds WHERE ARRAY_CONTAINS(@roles, r))' +
          ' OR EXISTS(SELECT VALUE r FROM r IN c.taskLeadRoleIds WHERE ARRAY_CONTAINS(@roles, r)))',
      );
      parameters.push({ name: '@roles', value: [...q.roleIds] });
    }
    const found = (await this.governance.actions.query({
      query: `SELECT * FROM c WHERE ${conditions.join(' AND ')}`,
      parameters,
    })) as Stored<Action>[];
    return found.sort(inIdOrder);
  }

  async findMinutesByReference(reference: string): Promise<Minutes[]> {
    const found = await this.governance.governance.query({
      query:
        'SELECT * FROM c WHERE c.kind = @kind AND EXISTS(SELECT VALUE i FROM i IN c.items WHERE UPPER(i.reference) = @ref)',
      parameters: [
        { name: '@kind', value: 'minutes' },
        { name: '@ref', value: reference.toUpperCase() },
      ],
    });
    return found.map((s) => s.value as Minutes);
  }

  async create<T extends GovernanceRecord>(record: T): Promise<Stored<T>> {
    return (await this.collectionFor(record.kind).create(record)) as Stored<T>;
  }

  async replace<T extends GovernanceRecord>(record: T, etag: string): Promise<Stored<T>> {
    return (await this.collectionFor(record.kind).replace(record, etag)) as Stored<T>;
  }

  async ping(): Promise<void> {
    try {
      await this.database.read();
    } catch (e) {
      throw new StoreUnavailableError(`the store failed: ${(e as Error).message}`, { cause: e });
    }
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.ping();
    } catch (e) {
      return {
        status: 'unavailable',
        writable: false,
        reasons: [(e as Error).message],
        damaged: [],
      };
    }
    try {
      return await this.status();
    } catch (e) {
      return {
        status: 'degraded',
        writable: true,
        reasons: [`the store answers, but its health could not be read: ${(e as Error).message}`],
        damaged: [],
      };
    }
  }

  // The store's own bookkeeping.

  async readSystemValue(id: string): Promise<unknown> {
    return (await this.system.get(SYSTEM_PARTITION, id))?.value.value ?? null;
  }

  /** Sets a value; several instances may race to write it (each seeding on start): the last one wins. */
  async writeSystemValue(id: string, value: unknown): Promise<void> {
    const doc: SystemDocument = { id, kind: '_system', organisationId: SYSTEM_PARTITION, value };
    for (let attempt = 1; ; attempt++) {
      const existing = await this.system.get(SYSTEM_PARTITION, id);
      try {
        if (existing) await this.system.replace(doc, existing.etag);
        else await this.system.create(doc);
        return;
      } catch (e) {
        if (!lostARace(e) || attempt === 3) throw e;
      }
    }
  }

  async writeSystemValues(values: readonly { id: string; value: unknown }[]): Promise<void> {
    for (const { id, value } of values) await this.writeSystemValue(id, value);
  }

  async readStoredSystemValue(id: string): Promise<StoredSystemValue | null> {
    const found = await this.system.get(SYSTEM_PARTITION, id);
    return found ? { id, value: found.value.value, etag: found.etag } : null;
  }

  async replaceSystemValue(id: string, value: unknown, etag: string | null): Promise<string> {
    const doc: SystemDocument = { id, kind: '_system', organisationId: SYSTEM_PARTITION, value };
    const saved =
      etag === null ? await this.system.create(doc) : await this.system.replace(doc, etag);
    return saved.etag;
  }

  async replaceSystemValues(writes: readonly SystemValueWrite[]): Promise<SystemValueWritten[]> {
    return this.system.writeMany(
      writes.map(({ id, value, etag }) => ({
        doc: { id, kind: '_system', organisationId: SYSTEM_PARTITION, value },
        etag,
      })),
    );
  }

  /** The import's records (mappings, staged batches): see importRecords.ts. */
  importRecords(): ImportRecords {
    return cosmosImportRecords(this.database, this.log);
  }

  // The change feed.

  async readChanges<C extends ContainerName>(
    container: C,
    continuation: string | null,
  ): Promise<Changes<C>> {
    // The governance container also holds the store's bookkeeping, which is nobody's business.
    const notSystem = (doc: ItemDefinition) => doc.kind !== '_system';
    const name: ContainerName = container;
    const changes =
      name === 'conversations'
        ? await this.conversationDocs.changes(continuation)
        : name === 'broadcasts'
          ? await this.broadcastDocs.changes(continuation)
          : await this.governance[name].changes(continuation, notSystem);
    return changes as Changes<C>;
  }

  async readSystemChanges(
    continuation: string | null,
  ): Promise<{ values: StoredSystemValue[]; continuation: string }> {
    const changes = await this.system.changes(continuation, (doc) => doc.kind === '_system');
    return {
      values: changes.documents.map((d) => ({
        id: d.value.id,
        value: d.value.value,
        etag: d.etag,
      })),
      continuation: changes.continuation,
    };
  }

  // Conversations the app is installed in.

  getConversation(tenantId: string, id: string): Promise<Stored<ConversationRecord> | null> {
    return this.conversationDocs.get(tenantId, id);
  }

  createConversation(record: ConversationRecord): Promise<Stored<ConversationRecord>> {
    return this.conversationDocs.create(record);
  }

  replaceConversation(
    record: ConversationRecord,
    etag: string,
  ): Promise<Stored<ConversationRecord>> {
    return this.conversationDocs.replace(record, etag);
  }

  async listConversations(
    filter: { tenantId?: string; status?: ConversationRecord['status'] } = {},
  ): Promise<Stored<ConversationRecord>[]> {
    const conditions = ['c.kind = @kind'];
    const parameters: SqlParameter[] = [{ name: '@kind', value: 'conversation' }];
    // The tenant is a boundary: filter on it in the query itself, not only as a partition hint.
    if (filter.tenantId) {
      conditions.push('c.tenantId = @tenantId');
      parameters.push({ name: '@tenantId', value: filter.tenantId });
    }
    if (filter.status) {
      conditions.push('c.status = @status');
      parameters.push({ name: '@status', value: filter.status });
    }
    return this.conversationDocs.query(
      { query: `SELECT * FROM c WHERE ${conditions.join(' AND ')} ORDER BY c.id`, parameters },
      filter.tenantId,
    );
  }

  async findPersonalConversation(aadObjectId: string): Promise<Stored<ConversationRecord> | null> {
    const found = await this.conversationDocs.query({
      query:
        'SELECT * FROM c WHERE c.kind = @kind AND c.scope = @scope AND c.userAadObjectId = @aad AND c.status = @status',
      parameters: [
        { name: '@kind', value: 'conversation' },
        { name: '@scope', value: 'personal' },
        { name: '@aad', value: aadObjectId.toLowerCase() },
        { name: '@status', value: 'installed' },
      ],
    });
    return found[0] ?? null;
  }

  // Broadcasts and their deliveries.

  async getBroadcast(jobId: string): Promise<Stored<BroadcastJob> | null> {
    const found = await this.broadcastDocs.get(jobId, jobId);
    return found && found.value.kind === 'broadcast' ? (found as Stored<BroadcastJob>) : null;
  }

  async createBroadcast(job: BroadcastJob): Promise<Stored<BroadcastJob>> {
    return (await this.broadcastDocs.create(job)) as Stored<BroadcastJob>;
  }

  async replaceBroadcast(job: BroadcastJob, etag: string): Promise<Stored<BroadcastJob>> {
    return (await this.broadcastDocs.replace(job, etag)) as Stored<BroadcastJob>;
  }

  /** Broadcasts due by `now` and not held by a live lease: the scheduler's work list. */
  async findDueBroadcasts(now: string): Promise<Stored<BroadcastJob>[]> {
    return (await this.broadcastDocs.query({
      query:
        'SELECT * FROM c WHERE c.kind = @kind AND ARRAY_CONTAINS(@statuses, c.status) AND c.dueAt <= @now AND (IS_NULL(c.lease) OR NOT IS_DEFINED(c.lease) OR c.lease.until < @now) ORDER BY c.dueAt',
      parameters: [
        { name: '@kind', value: 'broadcast' },
        { name: '@statuses', value: ['scheduled', 'running'] },
        { name: '@now', value: now },
      ],
    })) as Stored<BroadcastJob>[];
  }

  async listBroadcasts(
    filter: { organisationId?: string; meetingId?: string } = {},
  ): Promise<Stored<BroadcastJob>[]> {
    const conditions = ['c.kind = @kind'];
    const parameters: SqlParameter[] = [{ name: '@kind', value: 'broadcast' }];
    if (filter.organisationId) {
      conditions.push('c.organisationId = @organisationId');
      parameters.push({ name: '@organisationId', value: filter.organisationId });
    }
    if (filter.meetingId) {
      conditions.push('c.meetingId = @meetingId');
      parameters.push({ name: '@meetingId', value: filter.meetingId });
    }
    return (await this.broadcastDocs.query({
      query: `SELECT * FROM c WHERE ${conditions.join(' AND ')} ORDER BY c.dueAt`,
      parameters,
    })) as Stored<BroadcastJob>[];
  }

  async listDeliveries(jobId: string): Promise<Stored<Delivery>[]> {
    return (await this.broadcastDocs.query(
      {
        query: 'SELECT * FROM c WHERE c.kind = @kind AND c.jobId = @jobId ORDER BY c.id',
        parameters: [
          { name: '@kind', value: 'delivery' },
          { name: '@jobId', value: jobId },
        ],
      },
      jobId,
    )) as Stored<Delivery>[];
  }

  async createDelivery(delivery: Delivery): Promise<Stored<Delivery>> {
    return (await this.broadcastDocs.create(delivery)) as Stored<Delivery>;
  }

  async createDeliveries(deliveries: readonly Delivery[]): Promise<BulkCreateResult<Delivery>> {
    return (await this.broadcastDocs.createMany(deliveries)) as BulkCreateResult<Delivery>;
  }

  async replaceDelivery(delivery: Delivery, etag: string): Promise<Stored<Delivery>> {
    return (await this.broadcastDocs.replace(delivery, etag)) as Stored<Delivery>;
  }
}
