import type { Container, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import { ErrorResponse } from '@azure/cosmos';
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
import type { Stored } from './store';

/** Called after every acknowledged write, before the caller is told it succeeded (the embedded journal). */
export interface WriteObserver {
  written(container: ContainerName, partitionKey: string, id: string): Promise<void>;
}

/** Strips Cosmos system properties (`_etag`, `_ts`, ...) from a document. */
export function withoutSystemFields(doc: ItemDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_')) out[k] = v;
  return out;
}

export function statusOf(e: unknown): number | undefined {
  return e instanceof ErrorResponse && e.code !== undefined ? Number(e.code) : undefined;
}

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

/**
 * One Cosmos container holding documents of one schema: parameterised queries, schema checks on the
 * way in and out, etag-conditional replaces with typed errors, and the write observer. Every container
 * the store uses goes through this class.
 */
export class DocumentCollection<T extends { id: string; kind: string }> {
  constructor(
    readonly name: ContainerName,
    private readonly container: Container,
    private readonly schema: z.ZodType<T>,
    private readonly partitionKeyOf: (doc: T) => string,
    private readonly log: Logger,
    private readonly observer?: WriteObserver,
  ) {}

  async get(partitionKey: string, id: string): Promise<Stored<T> | null> {
    const response = await this.call(() =>
      this.container.item(id, partitionKey).read<ItemDefinition>(),
    );
    if (response.statusCode === 404 || !response.resource) return null;
    return this.parse(response.resource);
  }

  /** Runs a parameterised query; documents that fail the schema are logged and left out, never altered. */
  async query(spec: SqlQuerySpec, partitionKey?: string): Promise<Stored<T>[]> {
    const { resources } = await this.call(() =>
      this.container.items
        .query<ItemDefinition>(spec, partitionKey === undefined ? {} : { partitionKey })
        .fetchAll(),
    );
    const out: Stored<T>[] = [];
    for (const doc of resources) {
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

  async create(doc: T): Promise<Stored<T>> {
    const valid = this.validate(doc);
    try {
      const response = await this.container.items.create(valid);
      return await this.acknowledge(valid, response.resource);
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
      return await this.acknowledge(valid, response.resource);
    } catch (e) {
      const status = statusOf(e);
      if (status === 412) throw new ConcurrencyConflictError(doc.kind, doc.id);
      if (status === 404) throw new NotFoundError(doc.kind, doc.id);
      throw this.unavailable(e);
    }
  }

  private validate(doc: T): T {
    const parsed = this.schema.safeParse(doc);
    if (!parsed.success)
      throw new TypeError(
        `refusing to store an invalid ${doc.kind} ${doc.id}: ${issues(parsed.error)}`,
      );
    return parsed.data;
  }

  private async acknowledge(doc: T, resource: ItemDefinition | undefined): Promise<Stored<T>> {
    const etag = typeof resource?._etag === 'string' ? resource._etag : null;
    if (!etag) throw new StoreUnavailableError(`the store did not return an etag for ${doc.id}`);
    await this.observer?.written(this.name, this.partitionKeyOf(doc), doc.id);
    return { value: doc, etag };
  }

  private parse(doc: ItemDefinition): Stored<T> {
    const etag = typeof doc._etag === 'string' ? doc._etag : null;
    const parsed = this.schema.safeParse(withoutSystemFields(doc));
    if (!parsed.success)
      throw new InvalidStoredDocumentError(this.name, String(doc.id), issues(parsed.error));
    if (!etag) throw new InvalidStoredDocumentError(this.name, String(doc.id), 'no etag');
    return { value: parsed.data, etag };
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
