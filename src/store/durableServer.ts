import Account from '@vercel/cosmosdb-server/lib/account';
import type Documents from '@vercel/cosmosdb-server/lib/account/documents';
import batchDocuments from '@vercel/cosmosdb-server/lib/handler/batch-documents';
import createCollection from '@vercel/cosmosdb-server/lib/handler/create-collection';
import createDatabase from '@vercel/cosmosdb-server/lib/handler/create-database';
import createDocument from '@vercel/cosmosdb-server/lib/handler/create-document';
import createUserDefinedFunction from '@vercel/cosmosdb-server/lib/handler/create-user-defined-function';
import deleteCollection from '@vercel/cosmosdb-server/lib/handler/delete-collection';
import deleteDatabase from '@vercel/cosmosdb-server/lib/handler/delete-database';
import deleteDocument from '@vercel/cosmosdb-server/lib/handler/delete-document';
import deleteUserDefinedFunction from '@vercel/cosmosdb-server/lib/handler/delete-user-defined-function';
import patchDocument from '@vercel/cosmosdb-server/lib/handler/patch-document';
import readDocuments from '@vercel/cosmosdb-server/lib/handler/read-documents';
import replaceCollection from '@vercel/cosmosdb-server/lib/handler/replace-collection';
import replaceDocument from '@vercel/cosmosdb-server/lib/handler/replace-document';
import replaceUserDefinedFunction from '@vercel/cosmosdb-server/lib/handler/replace-user-defined-function';
import upsertDocument from '@vercel/cosmosdb-server/lib/handler/upsert-document';
import upsertUserDefinedFunction from '@vercel/cosmosdb-server/lib/handler/upsert-user-defined-function';
import routes from '@vercel/cosmosdb-server/lib/routes';
import { parsePartitionKey } from '@vercel/cosmosdb-server/lib/utils/get-partition-from-header';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Logger } from '../log';
import { withoutSystemFields } from './collection';
import { ALL_CONTAINERS } from './containers';
import { lockDataDir } from './dataDirLock';
import { STORE_HEALTH_PATH, type StoreHealth } from './health';
import { Journal, type JournalRecord } from './journal';
import type { DamagedEntry } from './quarantine';

/**
 * The durable embedded store: the Cosmos DB-compatible server of `@vercel/cosmosdb-server` (its account,
 * routes and query engine, in memory), served over plain HTTP on loopback, with three things added:
 *
 * - **Durability.** Every document, database and container change is appended to the journal
 *   (`journal.ts`) and the HTTP answer waits until it is on disk. A change the journal cannot save is
 *   undone in memory and answered 503, so nothing unsaved ever looks saved.
 * - **A change feed.** The package answers every change-feed read with "not modified". Here each
 *   document change gets a log sequence number (`_lsn`), and a change-feed read (`A-IM: Incremental
 *   feed`, continuation in `If-None-Match`) returns the documents changed since, oldest first, latest
 *   version only, as Azure Cosmos DB does; the SDK's own change-feed iterator works against it.
 * - **Health** at `GET /board-clerk/health`: whether writes are being saved, and damaged journal records
 *   kept aside.
 *
 * It runs in the bot's process (`npm start`) or as its own process shared by several bot instances
 * (`npm run store`). Deleting databases or containers, and user-defined functions, are refused: Board
 * Clerk uses neither, and they are not journalled.
 */

export interface DurableServerOptions {
  dataDir: string;
  log: Logger;
  /** The database an old one-file-per-document journal in DATA_DIR/cosmos belongs to (COSMOS_DATABASE). */
  legacyDatabase: string;
  /** Loopback by default; the store has no authentication of its own. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  compactAtBytes?: number;
}

export interface DurableServer {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  port: number;
  health(): StoreHealth;
  /** Stops taking requests, waits for queued journal writes, releases DATA_DIR. */
  stop(): Promise<void>;
}

/** A stored document as the package keeps it (system fields included). */
interface StoredDocument {
  id: string;
  _etag?: string;
  _ts?: number;
  _lsn?: number;
  _rid?: string;
  _self?: string;
  [field: string]: unknown;
}

type Params = Record<string, string>;
type Handler = (
  account: Account,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  params: Params,
) => unknown;

const DOCUMENT_WRITES = new Set<unknown>([
  createDocument,
  upsertDocument,
  replaceDocument,
  deleteDocument,
  patchDocument,
  batchDocuments,
]);
const REFUSED = new Set<unknown>([
  deleteDatabase,
  deleteCollection,
  replaceCollection,
  createUserDefinedFunction,
  replaceUserDefinedFunction,
  upsertUserDefinedFunction,
  deleteUserDefinedFunction,
]);

const QUERY_METRICS =
  'totalExecutionTimeInMs=0.00;queryCompileTimeInMs=0.00;queryLogicalPlanBuildTimeInMs=0.00;queryPhysicalPlanBuildTimeInMs=0.00;queryOptimizationTimeInMs=0.00;VMExecutionTimeInMs=0.00;indexLookupTimeInMs=0.00;documentLoadTimeInMs=0.00;systemFunctionExecuteTimeInMs=0.00;userFunctionExecuteTimeInMs=0.00;retrievedDocumentCount=0;retrievedDocumentSize=0;outputDocumentCount=1;outputDocumentSize=0;writeOutputTimeInMs=0.00;indexUtilizationRatio=0.00';

/**
 * The journal writes a request made, so its answer can wait for them. While an AsyncLocalStorage is
 * enabled, Node 20 runs promise hooks on every promise in the process (about a sixth of the CPU of a
 * question, with the store in the bot's process): it is switched off whenever no write is being
 * handled, so answering questions, which write nothing, runs without them.
 */
const requestWrites = new AsyncLocalStorage<Promise<void>[]>();
let writesHandled = 0;

async function handledWriting<T>(
  commits: Promise<void>[],
  handle: () => T | Promise<T>,
): Promise<T> {
  writesHandled += 1;
  try {
    return await requestWrites.run(commits, handle);
  } finally {
    writesHandled -= 1;
    if (writesHandled === 0) requestWrites.disable();
  }
}
const instrumented = new WeakSet<Documents>();

export async function startDurableServer(options: DurableServerOptions): Promise<DurableServer> {
  const unlock = await lockDataDir(options.dataDir);
  let journal: Journal | undefined;
  try {
    const opened = await Journal.open({
      dir: path.join(options.dataDir, 'store'),
      log: options.log,
      legacy: {
        dir: path.join(options.dataDir, 'cosmos'),
        database: options.legacyDatabase,
        containers: ALL_CONTAINERS,
      },
      compactAtBytes: options.compactAtBytes,
    });
    journal = opened.journal;
    const store = new DurableCosmos(
      opened.journal,
      opened.lastLsn,
      opened.damaged,
      path.join(options.dataDir, 'store', 'damaged'),
      options.log,
    );
    store.load(opened.records);
    const server = http.createServer(
      { keepAlive: true },
      (req, res) => void store.handle(req, res),
    );
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
    const { address, port } = server.address() as AddressInfo;
    const endpoint = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
    store.describeEndpoint(endpoint);
    options.log.info(
      { endpoint, documents: opened.records.length, damaged: opened.damaged.length },
      'durable embedded store listening',
    );
    let stopping: Promise<void> | undefined;
    return {
      endpoint,
      port,
      health: () => store.health(),
      stop: () =>
        (stopping ??= (async () => {
          const closed = new Promise<void>((resolve) => server.close(() => resolve()));
          await opened.journal.close();
          server.closeAllConnections();
          await closed;
          await unlock();
        })()),
    };
  } catch (e) {
    await journal?.close();
    await unlock();
    throw e;
  }
}

class DurableCosmos {
  private readonly account = new Account('127.0.0.1', 0);

  constructor(
    private readonly journal: Journal,
    private lsn: number,
    private readonly damaged: DamagedEntry[],
    private readonly quarantineDir: string,
    private readonly log: Logger,
  ) {}

  /** Loads the journal's live records into the in-memory account, keeping etags and sequence numbers. */
  load(records: readonly JournalRecord[]): void {
    for (const r of records) {
      if (r.t === 'database') this.account.databases.create({ id: r.db });
      else if (r.t === 'container')
        this.account.database(r.db).collections.create({ ...r.definition });
      else if (r.t === 'put') {
        const collection = this.account.database(r.db).collection(r.coll);
        if (!collection.read())
          throw new Error(
            `the journal holds document ${r.id} of container ${r.db}/${r.coll}, which it does not define`,
          );
        const created = collection.documents.create({ ...r.doc, id: r.id }) as StoredDocument;
        if (typeof r.doc._etag === 'string') created._etag = r.doc._etag;
        if (typeof r.doc._ts === 'number') created._ts = r.doc._ts;
      }
    }
  }

  describeEndpoint(endpoint: string): void {
    const about = this.account.read() as unknown as Record<string, unknown>;
    const location = [{ name: 'Local', databaseAccountEndpoint: `${endpoint}/` }];
    about.writableLocations = location;
    about.readableLocations = location;
  }

  health(): StoreHealth {
    const journal = this.journal.health();
    const reasons: string[] = [];
    if (journal.state !== 'ok' && journal.reason) reasons.push(journal.reason);
    if (this.damaged.length)
      reasons.push(
        `${this.damaged.length} damaged journal record(s) are kept aside in ${this.quarantineDir} and were not loaded; restore what matters, then remove them to clear this`,
      );
    return {
      status: reasons.length ? 'degraded' : 'ok',
      writable: journal.state !== 'read-only',
      reasons,
      damaged: this.damaged,
    };
  }

  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      if (req.method === 'GET' && pathOf(req) === STORE_HEALTH_PATH) {
        res.statusCode = 200;
        return send(req, res, this.health());
      }
      const route = routes(req) as [Params, Handler] | undefined;
      if (!route) {
        res.statusCode = 400;
        return send(req, res, { message: 'no route' });
      }
      const [params, handler] = route;
      if (REFUSED.has(handler)) {
        res.statusCode = 405;
        return send(req, res, {
          code: 'MethodNotAllowed',
          message: 'not supported by the durable embedded store',
        });
      }
      if (handler === readDocuments && req.headers['a-im'])
        return send(req, res, this.changeFeed(req, res, params));
      const journalled =
        DOCUMENT_WRITES.has(handler) || handler === createDatabase || handler === createCollection;
      if (!journalled) return send(req, res, await handler(this.account, req, res, params));
      if (!this.journal.writable) {
        res.statusCode = 503;
        return send(req, res, {
          code: 'ServiceUnavailable',
          message: this.journal.health().reason ?? 'the store refuses writes',
        });
      }
      if (params.collId) this.instrument(params.dbId!, params.collId);
      const commits: Promise<void>[] = [];
      let body = await handledWriting(commits, () => handler(this.account, req, res, params));
      if (res.statusCode === 201 && handler === createDatabase)
        commits.push(this.journalDatabase(body as StoredDocument));
      if (res.statusCode === 201 && handler === createCollection)
        commits.push(this.journalContainer(params.dbId!, body as StoredDocument));
      const failed = (await Promise.allSettled(commits)).find((r) => r.status === 'rejected');
      if (failed) {
        res.statusCode = 503;
        body = { code: 'ServiceUnavailable', message: (failed.reason as Error).message };
      }
      return send(req, res, body);
    } catch (e) {
      this.log.error({ err: (e as Error).message, url: req.url }, 'embedded store request failed');
      if (!res.headersSent) {
        res.statusCode = 500;
        send(req, res, { message: (e as Error).message });
      } else res.end();
    }
  }

  /**
   * Latest-version change feed for one container: documents with a sequence number above the one in
   * If-None-Match (none: from the beginning; `*`: from now), oldest change first. The ETag of the answer
   * is the continuation; 304 when nothing changed.
   */
  private changeFeed(req: http.IncomingMessage, res: http.ServerResponse, params: Params): unknown {
    const collection = this.account.database(params.dbId!).collection(params.collId!);
    const about = collection.read() as StoredDocument | undefined;
    if (!about) {
      res.statusCode = 404;
      return {};
    }
    const since = header(req, 'if-none-match');
    const from = since === undefined ? 0 : since === '*' ? this.lsn : Number(since);
    if (!Number.isSafeInteger(from) || from < 0) {
      res.statusCode = 400;
      return { code: 'BadRequest', message: `invalid change feed continuation ${since}` };
    }
    const partitionHeader = header(req, 'x-ms-documentdb-partitionkey');
    const partition: unknown =
      partitionHeader === undefined ? undefined : parsePartitionKey(partitionHeader, undefined);
    const modifiedSince = header(req, 'if-modified-since');
    const fromTs = modifiedSince === undefined ? 0 : Date.parse(modifiedSince) / 1000;
    const max = Number(header(req, 'x-ms-max-item-count') ?? -1);
    const documents = collection.documents;
    let changed = [...documents._data.values()]
      .map((item) => item.read() as StoredDocument)
      .filter(
        (d) =>
          (d._lsn ?? 0) > from &&
          (d._ts ?? 0) >= fromTs &&
          (partition === undefined || documents._getPartition(d) === partition),
      )
      .sort((a, b) => (a._lsn ?? 0) - (b._lsn ?? 0));
    if (max > 0) changed = changed.slice(0, max);
    const last = changed.at(-1);
    res.setHeader('etag', String(last?._lsn ?? from));
    if (!last) {
      res.statusCode = 304;
      return undefined;
    }
    res.statusCode = 200;
    res.setHeader('x-ms-item-count', String(changed.length));
    return { _rid: about._rid, Documents: changed, _count: changed.length };
  }

  /**
   * Journals every change to a container's documents as it is made (in memory, synchronously), with
   * the undo that reverts it; the request that made it waits for the journal before it answers.
   */
  private instrument(dbId: string, collId: string): void {
    const database = this.account.database(dbId);
    const collection = database.collection(collId);
    const about = collection.read() as StoredDocument | undefined;
    const documents = collection.documents;
    if (!about || instrumented.has(documents)) return;
    instrumented.add(documents);
    const db = (database.read() as StoredDocument).id;
    const coll = about.id;
    const create = documents.create.bind(documents);
    const replace = documents.replace.bind(documents);
    const remove = documents.delete.bind(documents);
    const current = (id: string, partition: unknown) =>
      (documents._item('/id', id, partition).read() as StoredDocument | undefined) ?? null;
    /** Puts back what was there before a change (nothing, for a create). */
    const restore = (id: string, partition: unknown, before: StoredDocument | null) => () => {
      if (current(id, partition)) remove(id, partition);
      if (before) documents._set(before as Parameters<Documents['_set']>[0]);
    };
    let replacing = 0;
    documents.create = (data) => {
      const after = create(data) as StoredDocument;
      const partition: unknown = documents._getPartition(after);
      this.journalPut(db, coll, partition, after, restore(after.id, partition, null));
      return after as ReturnType<Documents['create']>;
    };
    documents.replace = (data, original) => {
      const partition: unknown = documents._getPartition(data);
      const before = current(data.id as string, partition);
      replacing++;
      let after: StoredDocument;
      try {
        after = replace(data, original);
      } finally {
        replacing--;
      }
      this.journalPut(db, coll, partition, after, restore(after.id, partition, before));
      return after as ReturnType<Documents['replace']>;
    };
    documents.delete = (id, partition) => {
      const before = current(id, partition);
      remove(id, partition);
      // A replace deletes the old version before setting the new one: that is one change, not two.
      if (replacing || !before) return;
      this.track(
        this.journal.append(
          { t: 'delete', lsn: ++this.lsn, db, coll, pk: partition, id },
          restore(id, partition, before),
        ),
      );
    };
  }

  private journalPut(
    db: string,
    coll: string,
    partition: unknown,
    after: StoredDocument,
    undo: () => void,
  ): void {
    after._lsn = ++this.lsn;
    // The resource id and link are the server's own and are given anew on load.
    const { _rid, _self, ...doc } = after;
    this.track(
      this.journal.append(
        { t: 'put', lsn: after._lsn, db, coll, pk: partition, id: after.id, doc },
        undo,
      ),
    );
  }

  private journalDatabase(created: StoredDocument): Promise<void> {
    const id = created.id;
    return this.journal.append({ t: 'database', lsn: ++this.lsn, db: id }, () =>
      this.account.databases.delete(id, id),
    );
  }

  private journalContainer(dbId: string, created: StoredDocument): Promise<void> {
    const database = this.account.database(dbId);
    const definition = withoutSystemFields(created) as { id: string };
    return this.journal.append(
      {
        t: 'container',
        lsn: ++this.lsn,
        db: (database.read() as StoredDocument).id,
        definition,
      },
      () => database.collections.delete(definition.id, definition.id),
    );
  }

  /** Makes the current request wait for this journal write. */
  private track(commit: Promise<void>): void {
    const commits = requestWrites.getStore();
    if (commits) commits.push(commit);
    else
      commit.catch((e: unknown) =>
        this.log.error({ err: (e as Error).message }, 'journal write outside a request failed'),
      );
  }
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function pathOf(req: http.IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://store').pathname.replace(/^\/\//, '/').replace(/\/+$/, '');
}

/** Answers as the package does (same headers), always keeping the connection alive. */
function send(req: http.IncomingMessage, res: http.ServerResponse, body: unknown): void {
  const object = body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  if (object && res.statusCode > 399 && !object.message) object.message = '';
  if (object && typeof object._etag === 'string' && !res.hasHeader('etag'))
    res.setHeader('etag', object._etag);
  res.setHeader('content-type', 'application/json');
  res.setHeader('content-location', `http://${req.headers.host}${req.url}`);
  res.setHeader('connection', 'keep-alive');
  res.setHeader('x-ms-activity-id', randomUUID());
  res.setHeader('x-ms-request-charge', '1');
  if (req.headers['x-ms-documentdb-populatequerymetrics'])
    res.setHeader('x-ms-documentdb-query-metrics', QUERY_METRICS);
  res.end(body === undefined ? '' : JSON.stringify(body));
}
