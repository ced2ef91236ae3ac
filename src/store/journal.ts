import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../log';
import type { ContainerName } from './containers';

/**
 * The embedded Cosmos DB server keeps data in memory only. This journal keeps a copy of every document
 * on disk under DATA_DIR, one file per document, so an acknowledged write survives `kill -9`: each file
 * is written to a temporary name, fsynced, renamed over the old one, and the directory fsynced, before
 * the write is acknowledged. On start the files are loaded back into the server.
 *
 * `sync` copies the document's *current* state from the server (or removes the file when the document is
 * gone), serialised per document, so concurrent writes to one document can never leave an older copy on
 * disk than the server holds.
 */
export interface DocumentSource {
  read(
    container: ContainerName,
    partitionKey: string,
    id: string,
  ): Promise<Record<string, unknown> | null>;
}

const JournalEntry = z.object({
  format: z.literal(1),
  container: z.string(),
  partitionKey: z.string(),
  id: z.string(),
  document: z.record(z.string(), z.unknown()),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export class DocumentJournal {
  private readonly queues = new Map<string, Promise<void>>();
  private pending = new Set<Promise<void>>();

  constructor(
    private readonly dir: string,
    private readonly log: Logger,
  ) {}

  private fileFor(container: string, partitionKey: string, id: string): string {
    const name = createHash('sha256')
      .update(`${partitionKey}\u0000${id}`)
      .digest('hex')
      .slice(0, 40);
    return path.join(this.dir, container, `${name}.json`);
  }

  /** Copies one document's current state from `source` to disk; resolves once it is durable. */
  sync(
    source: DocumentSource,
    container: ContainerName,
    partitionKey: string,
    id: string,
  ): Promise<void> {
    const key = `${container}\u0000${partitionKey}\u0000${id}`;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const doc = await source.read(container, partitionKey, id);
        const file = this.fileFor(container, partitionKey, id);
        if (doc)
          await this.writeAtomically(file, {
            format: 1,
            container,
            partitionKey,
            id,
            document: doc,
          });
        else await rm(file, { force: true });
      });
    this.queues.set(key, next);
    this.pending.add(next);
    void next
      .finally(() => {
        this.pending.delete(next);
        if (this.queues.get(key) === next) this.queues.delete(key);
      })
      .catch(() => undefined);
    return next;
  }

  /** Waits for every sync in flight (graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /** Every journalled document; unreadable files are reported and skipped, never deleted. */
  async readAll(): Promise<JournalEntry[]> {
    const out: JournalEntry[] = [];
    let containers: string[];
    try {
      containers = await readdir(this.dir);
    } catch {
      return out;
    }
    for (const container of containers) {
      const folder = path.join(this.dir, container);
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        continue;
      }
      // A temporary file is a write that was never acknowledged: the process died before the rename.
      for (const stale of names.filter((f) => f.endsWith('.tmp')))
        await rm(path.join(folder, stale), { force: true });
      const files = names.filter((f) => f.endsWith('.json'));
      for (const file of files) {
        try {
          const entry = JournalEntry.parse(
            JSON.parse(await readFile(path.join(folder, file), 'utf8')),
          );
          out.push(entry);
        } catch (e) {
          this.log.error(
            { file: path.join(container, file), err: (e as Error).message },
            'unreadable journal file skipped',
          );
        }
      }
    }
    return out;
  }

  private async writeAtomically(file: string, entry: JournalEntry): Promise<void> {
    const folder = path.dirname(file);
    await mkdir(folder, { recursive: true });
    const temp = `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(JSON.stringify(entry));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    const dirHandle = await open(folder, 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  }
}
