import type {
  ChangeFeedPullModelIterator,
  Container,
  ItemDefinition,
  OperationInput,
  SqlQuerySpec,
} from '@azure/cosmos';
import { ChangeFeedStartFrom, ErrorResponse, StatusCodes } from '@azure/cosmos';
import type { z } from 'zod';
import type { Logger } from '../log';
import type { ContainerName } from './containers';
import {
  AlreadyExistsError,
  ConcurrencyConflictError,
  InvalidStoredDocumentError,
  NotFoundError,
  StoreUnavailableError,
} from './errors';
import { parseStored, validForStore } from './schemas';
import type { BulkCreateResult, Stored } from './store';

/** Strips Cosmos system properties (`_etag`, `_ts`, ...) from a document. */
export function withoutSystemFields(doc: ItemDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_')) out[k] = v;
  return out;
}

export function statusOf(e: unknown): number | undefined {
  return e instanceof ErrorResponse && e.code !== undefined ? Number(e.code) : undefined;
}

/** Documents per change-feed page. */
const FEED_PAGE = 1_000;

/** Operations per bulk request (the service's limit), and requests in flight at once. */
const BULK_SIZE = 100;
const BULK_CONCURRENCY = 4;

/**
 * One Cosmos container holding documents of one schema: parameterised queries, schema checks on the
 * way in and out, etag-conditional replaces with typed errors, bulk creates and the change feed. Every
 * container the store uses goes through this class.
 */
export class DocumentCollection<T extends { id: string; kind: string }> {
  constructor(
    readonly name: ContainerName,
    private readonly container: Container,
    private readonly schema: z.ZodType<T>,
    private readonly partitionKeyOf: (doc: T) => string,
    private readonly log: Logger,
  ) {}

  async get(partitionKey: string, id: string): Promise<Stored<T> | null> {
    const response = await this.call(() =>
      this.container.item(id, partitionKey).read<ItemDefinition>(),
    );
    if (response.statusCode === 404 || !response.resource) return null;
    return this.parse(response.resource);
  }

  /**
   * Runs a parameterised query; documents that fail the schema are logged and left out, never altered.
   * `partitionKey` only routes the query on Azure: the embedded server ignores it, so a query meant to
   * stay inside a partition must also filter on the partition key itself.
   */
  async query(spec: SqlQuerySpec, partitionKey?: string): Promise<Stored<T>[]> {
    const { resources } = await this.call(() =>
      this.container.items
        .query<ItemDefinition>(spec, partitionKey === undefined ? {} : { partitionKey })
        .fetchAll(),
    );
    return this.parseAll(resources);
  }

  /**
   * Creates many documents; those that already exist are reported, not changed. Uses the SDK's `bulk`
   * (100 operations a request, non-atomic, results per operation): its successor
   * `executeBulkOperations` waits a fixed second for partial batches, longer than the whole job takes on
   * the embedded store. Throttled operations (429) are tried again.
   */
  async createMany(docs: readonly T[]): Promise<BulkCreateResult<T>> {
    const valid = docs.map((d) => this.validate(d));
    const created: Stored<T>[] = [];
    const alreadyExisted: string[] = [];
    const failures: string[] = [];
    let todo = valid;
    for (let attempt = 1; todo.length; attempt++) {
      const throttled: T[] = [];
      const chunks: T[][] = [];
      for (let i = 0; i < todo.length; i += BULK_SIZE) chunks.push(todo.slice(i, i + BULK_SIZE));
      for (let i = 0; i < chunks.length; i += BULK_CONCURRENCY)
        await Promise.all(
          chunks.slice(i, i + BULK_CONCURRENCY).map(async (chunk) => {
            const operations: OperationInput[] = chunk.map((d) => ({
              operationType: 'Create',
              partitionKey: this.partitionKeyOf(d),
              resourceBody: d,
            }));
            const results = await this.call(() =>
              this.container.items.bulk(operations, { continueOnError: true }),
            );
            chunk.forEach((doc, j) => {
              const r = results[j];
              if (r?.statusCode === StatusCodes.Created && r.eTag)
                created.push({ value: doc, etag: r.eTag });
              else if (r?.statusCode === StatusCodes.Conflict) alreadyExisted.push(doc.id);
              else if (r?.statusCode === StatusCodes.TooManyRequests && attempt < 6)
                throttled.push(doc);
              else failures.push(`${doc.id}: ${r?.statusCode ?? 'no answer'}`);
            });
          }),
        );
      todo = throttled;
      if (todo.length) await new Promise((r) => setTimeout(r, 100 * attempt));
    }
    if (failures.length)
      throw new StoreUnavailableError(
        `the store did not create ${failures.length} of ${docs.length} ${this.name} documents (${failures.slice(0, 3).join('; ')})`,
      );
    return { created, alreadyExisted };
  }

  /**
   * Conditional writes of several documents in one bulk request per 100: each is created (etag null:
   * only if none is stored) or replaced over its etag, judged on its own. Per write, the new etag, or
   * 'conflict' when it was refused for a version written meanwhile (nothing written). Throttled writes
   * are tried again; any other failure throws StoreUnavailableError.
   */
  async writeMany(
    writes: readonly { doc: T; etag: string | null }[],
  ): Promise<({ etag: string } | 'conflict')[]> {
    const out = new Array<{ etag: string } | 'conflict'>(writes.length);
    let todo = writes.map((w, i) => ({ doc: this.validate(w.doc), etag: w.etag, i }));
    for (let attempt = 1; todo.length; attempt++) {
      const throttled: typeof todo = [];
      for (let start = 0; start < todo.length; start += BULK_SIZE) {
        const chunk = todo.slice(start, start + BULK_SIZE);
        const operations: OperationInput[] = chunk.map(({ doc, etag }) =>
          etag === null
            ? { operationType: 'Create', partitionKey: this.partitionKeyOf(doc), resourceBody: doc }
            : {
                operationType: 'Replace',
                id: doc.id,
                partitionKey: this.partitionKeyOf(doc),
                resourceBody: doc,
                ifMatch: etag,
              },
        );
        const results = await this.call(() =>
          this.container.items.bulk(operations, { continueOnError: true }),
        );
        chunk.forEach((w, j) => {
          const r = results[j];
          const status = r?.statusCode;
          if ((status === StatusCodes.Created || status === StatusCodes.Ok) && r?.eTag)
            out[w.i] = { etag: r.eTag };
          else if (status === 409 || status === 412 || status === 404) out[w.i] = 'conflict';
          else if (status === StatusCodes.TooManyRequests && attempt < 6) throttled.push(w);
          else
            throw new StoreUnavailableError(
              `the store did not write ${this.name} document ${w.doc.id} (${status ?? 'no answer'})`,
            );
        });
      }
      todo = throttled;
      if (todo.length) await new Promise((r) => setTimeout(r, 100 * attempt));
    }
    return out;
  }

  /** Change-feed iterators by the continuation they stand at, so a poll does not set one up again. */
  private readonly feeds = new Map<string, ChangeFeedPullModelIterator<ItemDefinition>>();

  /**
   * The latest-version change feed: documents changed since `continuation` (null: the beginning),
   * each once in its latest version, oldest change first; `include` picks which documents to parse.
   * A poll from the continuation the last read returned reuses its iterator: a new one reads the
   * container's definition first (one more request on every poll).
   */
  async changes(
    continuation: string | null,
    include: (doc: ItemDefinition) => boolean = () => true,
  ): Promise<{ documents: Stored<T>[]; continuation: string }> {
    const kept = continuation === null ? undefined : this.feeds.get(continuation);
    if (kept) this.feeds.delete(continuation!);
    const iterator =
      kept ??
      this.container.items.getChangeFeedIterator<ItemDefinition>({
        // Pages of a bounded size: reading a container from the beginning is not one huge answer.
        maxItemCount: FEED_PAGE,
        changeFeedStartFrom: continuation
          ? ChangeFeedStartFrom.Continuation(continuation)
          : ChangeFeedStartFrom.Beginning(),
      });
    const changed: ItemDefinition[] = [];
    let next = continuation ?? '';
    for (;;) {
      const page = await this.call(() => iterator.readNext());
      next = page.continuationToken ?? next;
      if (page.statusCode === StatusCodes.NotModified) break;
      changed.push(...page.result);
    }
    this.feeds.set(next, iterator);
    // A few readers at most (the read model, a full re-read): keep the latest iterators only.
    for (const key of this.feeds.keys()) if (this.feeds.size > 4) this.feeds.delete(key);
    return { documents: this.parseAll(changed.filter(include)), continuation: next };
  }

  async create(doc: T): Promise<Stored<T>> {
    const valid = this.validate(doc);
    try {
      const response = await this.container.items.create(valid);
      return this.acknowledge(valid, response.resource);
    } catch (e) {
      if (statusOf(e) === 409) throw new AlreadyExistsError(doc.kind, doc.id);
      throw this.unavailable(e);
    }
  }

  /** Replaces a document if it is unchanged since read at `etag`. */
  async replace(doc: T, etag: string): Promise<Stored<T>> {
    const valid = this.validate(doc);
    try {
      const response = await this.container
        .item(valid.id, this.partitionKeyOf(valid))
        .replace(valid, { accessCondition: { type: 'IfMatch', condition: etag } });
      return this.acknowledge(valid, response.resource);
    } catch (e) {
      const status = statusOf(e);
      if (status === 412) throw new ConcurrencyConflictError(doc.kind, doc.id);
      if (status === 404) throw new NotFoundError(doc.kind, doc.id);
      throw this.unavailable(e);
    }
  }

  private validate(doc: T): T {
    return validForStore(this.schema, doc);
  }

  private acknowledge(doc: T, resource: ItemDefinition | undefined): Stored<T> {
    const etag = typeof resource?._etag === 'string' ? resource._etag : null;
    if (!etag) throw new StoreUnavailableError(`the store did not return an etag for ${doc.id}`);
    return { value: doc, etag };
  }

  private parseAll(docs: readonly ItemDefinition[]): Stored<T>[] {
    const out: Stored<T>[] = [];
    for (const doc of docs) {
      try {
        out.push(this.parse(doc));
      } catch (e) {
        this.log.error(
          { container: this.name, id: doc.id, err: (e as Error).message },
          'skipping invalid stored document',
        );
      }
    }
    return out;
  }

  private parse(doc: ItemDefinition): Stored<T> {
    const etag = typeof doc._etag === 'string' ? doc._etag : null;
    const parsed = parseStored(this.schema, withoutSystemFields(doc));
    if (!parsed.ok) throw new InvalidStoredDocumentError(this.name, String(doc.id), parsed.problem);
    if (!etag) throw new InvalidStoredDocumentError(this.name, String(doc.id), 'no etag');
    return { value: parsed.value, etag };
  }

  private async call<R>(fn: () => Promise<R>): Promise<R> {
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
