import type { Database, SqlParameter } from '@azure/cosmos';
import { z } from 'zod';
import { GovernanceRecord } from '../domain';
import { Actor } from '../domain/action';
import { Id, UtcTimestamp } from '../domain/common';
import type { Logger } from '../log';
import { DocumentCollection } from './collection';
import { SYSTEM_PARTITION } from './containers';
import type { Stored } from './store';

/**
 * The import's own records: remembered column mappings per organisation, open imports (sessions, with
 * the file), and the staged batches an import is applied through (see importBatches.ts). They live in the governance container as the store's
 * bookkeeping (`kind: "_system"`, partition `_system`), so governance queries, the change feed and the
 * read model never see them, and no container or deployment template changes.
 */

/** A batch's state: written (staged), made visible in one write (committed), then fully written (applied). */
export const BatchStatus = z.enum(['staged', 'committed', 'applied', 'discarded']);
export type BatchStatus = z.infer<typeof BatchStatus>;

/** One record the batch writes, and the etag it was planned against (null: it is created). */
export const BatchWrite = z.object({
  record: GovernanceRecord,
  baseEtag: z.string().min(1).nullable(),
});
export type BatchWrite = z.infer<typeof BatchWrite>;

export const ImportBatch = z.object({
  type: z.literal('importBatch'),
  batchId: Id,
  organisationId: Id,
  status: BatchStatus,
  /** How many chunk documents hold the writes (each well under Cosmos DB's 2 MB item limit). */
  chunks: z.number().int().nonnegative(),
  writes: z.number().int().nonnegative(),
  fileName: z.string().min(1).max(255),
  importedBy: Actor,
  /** What the import does, in words, for logs and the outcome card. */
  summary: z.string().max(2_000),
  createdAt: UtcTimestamp,
  committedAt: UtcTimestamp.optional(),
  appliedAt: UtcTimestamp.optional(),
  discardedAt: UtcTimestamp.optional(),
  /** Records someone else changed between the commit and their write, left as they were. */
  keptNewer: z.array(z.string()).default([]),
});
export type ImportBatch = z.infer<typeof ImportBatch>;

export const ImportBatchChunk = z.object({
  type: z.literal('importBatchChunk'),
  batchId: Id,
  index: z.number().int().nonnegative(),
  writes: z.array(BatchWrite),
});
export type ImportBatchChunk = z.infer<typeof ImportBatchChunk>;

/** The batches committed and not yet fully written: readers lay these over what is stored. */
export const ImportsInFlight = z.object({
  type: z.literal('importsInFlight'),
  batches: z.array(z.object({ batchId: Id, organisationId: Id })),
});
export type ImportsInFlight = z.infer<typeof ImportsInFlight>;

/** An organisation's confirmed column mappings, by header text (so columns may move between files). */
export const ImportMappings = z.object({
  type: z.literal('importMappings'),
  organisationId: Id,
  mappings: z
    .array(
      z.object({
        kind: z.enum(['action-log', 'risk-register']),
        headers: z.record(z.string(), z.string().max(500)),
      }),
    )
    .max(50),
  updatedAt: UtcTimestamp,
});
export type ImportMappings = z.infer<typeof ImportMappings>;

/**
 * An import between the file arriving and its confirm: the secretary's answers so far, kept in the
 * store so any instance can take the next step (App Service runs two, and Teams picks either).
 */
export const ImportSession = z.object({
  type: z.literal('importSession'),
  sessionId: Id,
  organisationId: Id,
  status: z.enum(['open', 'closed']),
  fileName: z.string().min(1).max(255),
  by: Actor,
  personId: Id.nullable(),
  choices: z.record(z.string(), z.record(z.string(), z.number().int().min(1).max(200).nullable())),
  kinds: z.record(z.string(), z.enum(['action-log', 'risk-register', 'skip'])),
  targets: z.record(
    z.string(),
    z.object({ log: z.string().max(200).optional(), date: z.string().max(40).optional() }),
  ),
  takeFileFor: z.array(Id).max(10_000),
  shown: z.string().nullable(),
  submissionId: z.string().min(8).max(100),
  /** The file itself, in chunks (base64), read again by an instance that does not hold it. */
  fileChunks: z.number().int().nonnegative(),
  createdAt: UtcTimestamp,
  updatedAt: UtcTimestamp,
});
export type ImportSession = z.infer<typeof ImportSession>;

export const ImportFileChunk = z.object({
  type: z.literal('importFileChunk'),
  sessionId: Id,
  index: z.number().int().nonnegative(),
  base64: z.string().max(1_500_000),
});
export type ImportFileChunk = z.infer<typeof ImportFileChunk>;

export const ImportValue = z.discriminatedUnion('type', [
  ImportBatch,
  ImportBatchChunk,
  ImportsInFlight,
  ImportMappings,
  ImportSession,
  ImportFileChunk,
]);
export type ImportValue = z.infer<typeof ImportValue>;

export const ImportDocument = z.object({
  id: Id,
  kind: z.literal('_system'),
  organisationId: z.literal(SYSTEM_PARTITION),
  value: ImportValue,
});
export type ImportDocument = z.infer<typeof ImportDocument>;

/** Document ids: one naming scheme, so nothing else in `_system` collides with them. */
export const importIds = {
  batch: (batchId: string) => `import-batch.${batchId}`,
  chunk: (batchId: string, index: number) => `import-batch.${batchId}.${index}`,
  inFlight: 'imports-in-flight',
  mappings: (organisationId: string) => `import-mappings.${organisationId}`,
  session: (sessionId: string) => `import-session.${sessionId}`,
  file: (sessionId: string, index: number) => `import-session.${sessionId}.${index}`,
};

export function importDocument(id: string, value: ImportValue): ImportDocument {
  return { id, kind: '_system', organisationId: SYSTEM_PARTITION, value };
}

/** The import records as both stores keep them; every replace is conditional on the etag read. */
export interface ImportRecords {
  get(id: string): Promise<Stored<ImportDocument> | null>;
  create(doc: ImportDocument): Promise<Stored<ImportDocument>>;
  replace(doc: ImportDocument, etag: string): Promise<Stored<ImportDocument>>;
  /** Batches in one of these states, by id. */
  batches(statuses: readonly BatchStatus[]): Promise<Stored<ImportDocument>[]>;
}

/** The import records over Cosmos DB (Azure or the embedded server). */
export function cosmosImportRecords(database: Database, log: Logger): ImportRecords {
  const docs = new DocumentCollection<ImportDocument>(
    'governance',
    database.container('governance'),
    ImportDocument,
    () => SYSTEM_PARTITION,
    log,
  );
  return {
    get: (id) => docs.get(SYSTEM_PARTITION, id),
    create: (doc) => docs.create(doc),
    replace: (doc, etag) => docs.replace(doc, etag),
    batches: (statuses) => {
      const parameters: SqlParameter[] = [
        { name: '@kind', value: '_system' },
        { name: '@type', value: 'importBatch' },
        { name: '@statuses', value: [...statuses] },
      ];
      return docs.query(
        {
          query:
            'SELECT * FROM c WHERE c.kind = @kind AND c["value"].type = @type AND ARRAY_CONTAINS(@statuses, c["value"].status) ORDER BY c.id',
          parameters,
        },
        SYSTEM_PARTITION,
      );
    },
  };
}
