import type {
  Container,
  Database,
  ItemDefinition,
  SqlParameter,
  SqlQuerySpec,
} from '@azure/cosmos';
import { ErrorResponse } from '@azure/cosmos';
import { z } from 'zod';
import type { Action, GovernanceRecord, Minutes, Person, RecordKind } from '../domain';
import { GovernanceRecord as GovernanceRecordSchema } from '../domain';
import type { Logger } from '../log';
import {
  ALL_CONTAINERS,
  CONTAINERS,
  type ContainerName,
  containerForKind,
  SYSTEM_PARTITION,
} from './containers';
import {
  AlreadyExistsError,
  ConcurrencyConflictError,
  InvalidStoredDocumentError,
  NotFoundError,
  StoreUnavailableError,
} from './errors';
import type { ActionQuery, GovernanceStore, RecordOfKind, Stored } from './store';

/** Called after every acknowledged write, before the caller is told it succeeded (the embedded journal). */
export interface WriteObserver {
  written(container: ContainerName, partitionKey: string, id: string): Promise<void>;
}

const SystemFields = z.object({ _etag: z.string() });

/** Strips Cosmos system properties from a document. */
export function withoutSystemFields(doc: ItemDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_')) out[k] = v;
  return out;
}

function statusOf(e: unknown): number | undefined {
  return e instanceof ErrorResponse && e.code !== undefined ? Number(e.code) : undefined;
}

export class CosmosGovernanceStore implements GovernanceStore {
  private readonly containers: Record<ContainerName, Container>;

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
    private readonly observer?: WriteObserver,
  ) {
    this.containers = Object.fromEntries(
      ALL_CONTAINERS.map((c) => [c.id, database.container(c.id)]),
    ) as Record<ContainerName, Container>;
  }

  /** Creates the containers if they do not exist (idempotent; run on every start). */
  static async ensureContainers(database: Database): Promise<void> {
    for (const def of ALL_CONTAINERS)
      await database.containers.createIfNotExists({
        id: def.id,
        partitionKey: { paths: [def.partitionKeyPath] },
      });
  }

  container(name: ContainerName): Container {
    return this.containers[name];
  }

  async get<K extends RecordKind>(
    kind: K,
    organisationId: string,
    id: string,
  ): Promise<Stored<RecordOfKind<K>> | null> {
    const name = containerForKind(kind);
    const response = await this.call(() => this.containers[name].item(id, organisationId).read<ItemDefinition>());
    if (response.statusCode === 404 || !response.resource) return null;
    const stored = this.parse(name, response.resource);
    if (stored.value.kind !== kind) return null;
    return stored as Stored<RecordOfKind<K>>;
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
    const found = await this.query(containerForKind(kind), {
      query: `SELECT * FROM c WHERE ${where} ORDER BY c.id`,
      parameters,
    });
    return found.map((s) => s.value as RecordOfKind<K>);
  }

  async findPersonByAadObjectId(aadObjectId: string): Promise<Stored<Person> | null> {
    const found = await this.query('directory', {
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
    if (q.organisationId) {
      conditions.push('c.organisationId = @organisationId');
      parameters.push({ name: '@organisationId', value: q.organisationId });
    }
    if (q.logId) {
      conditions.push('c.logId = @logId');
      parameters.push({ name: '@logId', value: q.logId });
    }
    if (q.riskId) {
      conditions.push('c.riskId = @riskId');
      parameters.push({ name: '@riskId', value: q.riskId });
    }
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
    const found = await this.query('actions', {
      query: `SELECT * FROM c WHERE ${conditions.join(' AND ')} ORDER BY c.id`,
      parameters,
    });
    return found as Stored<Action>[];
  }

  async findMinutesByReference(reference: string): Promise<Minutes[]> {
    const found = await this.query('governance', {
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
    const name = containerForKind(record.kind);
    const valid = this.validate(record);
    try {
      const response = await this.containers[name].items.create(valid);
      return await this.acknowledge(name, valid, response.resource);
    } catch (e) {
      if (statusOf(e) === 409) throw new AlreadyExistsError(record.kind, record.id);
      throw this.unavailable(e);
    }
  }

  async replace<T extends GovernanceRecord>(record: T, etag: string): Promise<Stored<T>> {
    const name = containerForKind(record.kind);
    const valid = this.validate(record);
    try {
      const response = await this.containers[name]
        .item(valid.id, valid.organisationId)
        .replace(valid, { accessCondition: { type: 'IfMatch', condition: etag } });
      return await this.acknowledge(name, valid, response.resource);
    } catch (e) {
      const status = statusOf(e);
      if (status === 412) throw new ConcurrencyConflictError(record.kind, record.id);
      if (status === 404) throw new NotFoundError(record.kind, record.id);
      throw this.unavailable(e);
    }
  }

  async ping(): Promise<void> {
    await this.call(() => this.database.read());
  }

  /** Reads the store's own bookkeeping document (e.g. the seeded dataset's fingerprint). */
  async readSystemValue(id: string): Promise<unknown> {
    const response = await this.call(() =>
      this.containers.governance.item(id, SYSTEM_PARTITION).read(),
    );
    if (response.statusCode === 404 || !response.resource) return null;
    return (response.resource as { value?: unknown }).value ?? null;
  }

  async writeSystemValue(id: string, value: unknown): Promise<void> {
    const doc = { id, organisationId: SYSTEM_PARTITION, kind: '_system', value };
    await this.call(() => this.containers.governance.items.upsert(doc));
    await this.observer?.written('governance', SYSTEM_PARTITION, id);
  }

  private validate<T extends GovernanceRecord>(record: T): T {
    const parsed = GovernanceRecordSchema.safeParse(record);
    if (!parsed.success)
      throw new TypeError(
        `refusing to store an invalid ${record.kind} ${record.id}: ${parsed.error.issues
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`,
      );
    return parsed.data as T;
  }

  private async acknowledge<T extends GovernanceRecord>(
    name: ContainerName,
    record: T,
    resource: ItemDefinition | undefined,
  ): Promise<Stored<T>> {
    const etag = SystemFields.safeParse(resource);
    if (!etag.success)
      throw new StoreUnavailableError(`the store did not return an etag for ${record.id}`);
    await this.observer?.written(name, record.organisationId, record.id);
    return { value: record, etag: etag.data._etag };
  }

  private parse(name: ContainerName, doc: ItemDefinition): Stored<GovernanceRecord> {
    const etag = SystemFields.safeParse(doc);
    const parsed = GovernanceRecordSchema.safeParse(withoutSystemFields(doc));
    if (!parsed.success || !etag.success)
      throw new InvalidStoredDocumentError(
        name,
        String(doc.id),
        parsed.error
          ? parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
          : 'no etag',
      );
    return { value: parsed.data, etag: etag.data._etag };
  }

  /** Runs a parameterised query; documents that fail the schema are logged and left out, never altered. */
  private async query(
    name: ContainerName,
    spec: SqlQuerySpec,
  ): Promise<Stored<GovernanceRecord>[]> {
    const { resources } = await this.call(() =>
      this.containers[name].items.query<ItemDefinition>(spec).fetchAll(),
    );
    const out: Stored<GovernanceRecord>[] = [];
    for (const doc of resources) {
      try {
        out.push(this.parse(name, doc));
      } catch (e) {
        this.log.error(
          { container: name, id: doc.id, err: (e as Error).message },
          'skipping invalid stored document',
        );
      }
    }
    return out;
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw this.unavailable(e);
    }
  }

  private unavailable(e: unknown): Error {
    if (e instanceof TypeError || e instanceof StoreUnavailableError) return e;
    return new StoreUnavailableError(`the store failed: ${(e as Error).message ?? String(e)}`, {
      cause: e,
    });
  }
}

export { CONTAINERS };
