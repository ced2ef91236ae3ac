import { chmod, mkdir, open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import type { Logger } from '../log';
import { readLegacyJournal } from './legacyJournal';
import { type DamagedEntry, Quarantine, syncDirectory, writeDurably } from './quarantine';

/**
 * The embedded server's durable journal: an append-only log in DATA_DIR/store/journal.log.
 *
 * Every change is one line, `<crc32 hex> <json>\n`, appended in the order the changes were made. Writers
 * are grouped: while one batch is written and fdatasync'ed, the next writers queue, and their records go
 * out together in the next batch (group commit), so a hundred concurrent writes cost one fsync, not a
 * hundred. `append` resolves only once its record is on disk: an acknowledged write survives kill -9.
 *
 * If a batch cannot be written (disk full, I/O error), every change in it and after it is undone in
 * memory (newest first, through the undo each writer gave), their writers are told, the log is cut back
 * to its last good length, and health says so. If even that fails, the journal refuses writes until
 * restart rather than risk a log with a hole in it.
 *
 * On open the log is read back: a torn final line (a write cut short, never acknowledged) is ignored with
 * a log line; a damaged line anywhere else is kept in the quarantine and reported. The log is rewritten
 * as a snapshot of the live records (compaction) when it is new, damaged, torn or mostly superseded, and
 * again while running whenever it grows past `compactAtBytes` and twice its live size. A DATA_DIR in the
 * old one-file-per-document format is migrated into the log on first open.
 */

const Lsn = z.number().int().nonnegative();
const Name = z.string().min(1);

const DatabaseRecord = z.object({ t: z.literal('database'), lsn: Lsn, db: Name });
const ContainerRecord = z.object({
  t: z.literal('container'),
  lsn: Lsn,
  db: Name,
  definition: z.looseObject({ id: Name }),
});
const PutRecord = z.object({
  t: z.literal('put'),
  lsn: Lsn,
  db: Name,
  coll: Name,
  pk: z.unknown(),
  id: Name,
  doc: z.record(z.string(), z.unknown()),
});
const DeleteRecord = z.object({
  t: z.literal('delete'),
  lsn: Lsn,
  db: Name,
  coll: Name,
  pk: z.unknown(),
  id: Name,
});
export const JournalRecord = z.discriminatedUnion('t', [
  DatabaseRecord,
  ContainerRecord,
  PutRecord,
  DeleteRecord,
]);
export type JournalRecord = z.infer<typeof JournalRecord>;
/** First line of every log: its format, and the highest sequence number ever given (deletes included). */
const Header = z.object({
  t: z.literal('header'),
  format: z.literal(2),
  written: z.string(),
  lastLsn: Lsn,
});
const Line = z.union([Header, JournalRecord]);

export const LOG_FILE = 'journal.log';
const COMPACTING_FILE = 'journal.log.compacting';
const PRIVATE_DIR = 0o700;
/** Rewrite the log on open when it is this much larger than twice its live records. */
const STARTUP_SLACK_BYTES = 1 << 20;

/** Where a record lives: databases first, then containers, then documents, when a snapshot is written. */
function keyOf(r: JournalRecord): string {
  switch (r.t) {
    case 'database':
      return `0${JSON.stringify([r.db])}`;
    case 'container':
      return `1${JSON.stringify([r.db, r.definition.id])}`;
    default:
      return `2${JSON.stringify([r.db, r.coll, r.pk, r.id])}`;
  }
}

/** Databases (0) before containers (1) before documents (2); the sort is stable within each. */
function rank(key: string): number {
  return key.charCodeAt(0) - 48;
}

export function encodeLine(record: JournalRecord | z.infer<typeof Header>): string {
  const json = JSON.stringify(record);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

type Decoded =
  { ok: true; value: z.infer<typeof Line> } | { ok: false; reason: string; json: unknown };

function decodeLine(line: Buffer): Decoded {
  const sum = line.subarray(0, 8).toString('latin1');
  if (line.length < 10 || !/^[0-9a-f]{8}$/.test(sum) || line[8] !== 0x20)
    return { ok: false, reason: 'no checksum', json: null };
  const body = line.subarray(9);
  let json: unknown = null;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (e) {
    return { ok: false, reason: `unreadable JSON: ${(e as Error).message}`, json };
  }
  if (crc32(body) !== parseInt(sum, 16)) return { ok: false, reason: 'checksum mismatch', json };
  const parsed = Line.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      reason: `not a journal record: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      json,
    };
  return { ok: true, value: parsed.data };
}

/** As much of a damaged record's document identity as can still be read. */
function damagedKey(json: unknown): DamagedEntry['key'] {
  const o = json as Partial<Record<'db' | 'coll' | 'id' | 'pk', unknown>> | null;
  if (!o || typeof o !== 'object') return null;
  return typeof o.db === 'string' && typeof o.coll === 'string' && typeof o.id === 'string'
    ? { database: o.db, container: o.coll, partitionKey: o.pk, id: o.id }
    : null;
}

/** A write that did not reach the journal: it was undone and must not be acknowledged. */
export class JournalWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JournalWriteError';
  }
}

export interface JournalHealth {
  /** `write-failed`: the last batch failed and was undone; later writes are tried again. */
  state: 'ok' | 'write-failed' | 'read-only';
  reason?: string;
  since?: string;
}

export interface JournalOptions {
  /** DATA_DIR/store */
  dir: string;
  log: Logger;
  /** The old one-file-per-document journal to migrate, with the containers it belongs to. */
  legacy?: {
    dir: string;
    database: string;
    containers: readonly { id: string; partitionKeyPath: string }[];
  };
  /** Compact while running once the log is larger than this (and twice its live size). */
  compactAtBytes?: number;
}

export interface OpenedJournal {
  journal: Journal;
  /** The live records to load: databases, then containers, then documents. */
  records: JournalRecord[];
  lastLsn: number;
  /** Everything in the quarantine, from this open and earlier ones. */
  damaged: DamagedEntry[];
}

interface Pending {
  record: JournalRecord;
  line: Buffer;
  undo: () => void;
  resolve: () => void;
  reject: (e: Error) => void;
}

/** Where a live record's line is in the log: its first byte and its length, newline included. */
interface Span {
  at: number;
  bytes: number;
}

export class Journal {
  /**
   * The durable state: where each live record's line is in the log, by key. Only positions are kept:
   * the records themselves are in the server's memory already, and a compaction copies their lines
   * from the log it replaces (a copy of every line here cost as much memory as the data itself).
   */
  private readonly live = new Map<string, Span>();
  private liveBytes = 0;
  /** The highest sequence number on disk, kept in the snapshot header so it never goes back. */
  private lastLsn = 0;
  private size = 0;
  private handle: FileHandle | null = null;
  private pending: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private state: JournalHealth = { state: 'ok' };
  private nextCompaction: number;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private readonly log: Logger,
    private readonly compactAtBytes: number,
  ) {
    this.nextCompaction = compactAtBytes;
  }

  static async open(options: JournalOptions): Promise<OpenedJournal> {
    const { dir, log } = options;
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
    await chmod(dir, PRIVATE_DIR);
    const journal = new Journal(dir, log, options.compactAtBytes ?? 32 << 20);
    const quarantine = new Quarantine(path.join(dir, 'damaged'));
    const file = path.join(dir, LOG_FILE);
    const loaded = new Map<string, JournalRecord>();
    let lastLsn = 0;
    const apply = (record: JournalRecord, span: Span) => {
      lastLsn = Math.max(lastLsn, record.lsn);
      journal.remember(record, span);
      const key = keyOf(record);
      if (record.t === 'delete') loaded.delete(key);
      else loaded.set(key, record);
    };

    const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw e;
    });
    const legacy = options.legacy;
    const legacyExists = legacy ? await exists(legacy.dir) : false;
    let rewrite = bytes === null;
    // The lines the live records' spans point into, for a snapshot written while opening.
    let source = bytes ?? Buffer.alloc(0);
    if (bytes === null && legacy && legacyExists) {
      const { entries } = await readLegacyJournal(legacy.dir, legacy.database, quarantine, log);
      const lines: Buffer[] = [];
      let at = 0;
      const add = (r: JournalRecord) => {
        const line = Buffer.from(encodeLine(r), 'utf8');
        apply(r, { at, bytes: line.length });
        lines.push(line);
        at += line.length;
      };
      add({ t: 'database', lsn: lastLsn + 1, db: legacy.database });
      for (const c of legacy.containers)
        add({
          t: 'container',
          lsn: lastLsn + 1,
          db: legacy.database,
          definition: { id: c.id, partitionKey: { paths: [c.partitionKeyPath] } },
        });
      for (const e of entries)
        add({
          t: 'put',
          lsn: lastLsn + 1,
          db: legacy.database,
          coll: e.container,
          pk: e.partitionKey,
          id: e.id,
          doc: { ...e.document, id: e.id },
        });
      source = Buffer.concat(lines);
      log.warn(
        { documents: entries.length },
        'migrating the old one-file-per-document journal into the append-only log',
      );
    } else if (bytes !== null) {
      let offset = 0;
      let lineNo = 0;
      for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, offset)) {
        lineNo++;
        const line = bytes.subarray(offset, end);
        const span = { at: offset, bytes: end + 1 - offset };
        offset = end + 1;
        const decoded = decodeLine(line);
        if (decoded.ok) {
          if (decoded.value.t === 'header') lastLsn = Math.max(lastLsn, decoded.value.lastLsn);
          else apply(decoded.value, span);
          continue;
        }
        rewrite = true;
        const kept = await quarantine.keepRecord(line, {
          reason: decoded.reason,
          source: `${LOG_FILE} line ${lineNo}`,
          key: damagedKey(decoded.json),
        });
        log.error(
          { line: lineNo, keptAs: kept.keptAs, reason: decoded.reason, key: kept.key },
          'damaged journal record moved aside (kept, not loaded)',
        );
      }
      if (offset < bytes.length) {
        rewrite = true;
        log.warn(
          { bytes: bytes.length - offset, afterLine: lineNo },
          'ignoring a torn final journal record: a write cut short before it was acknowledged',
        );
      }
      if (bytes.length > 2 * journal.liveBytes + STARTUP_SLACK_BYTES) rewrite = true;
    }

    journal.lastLsn = lastLsn;
    if (rewrite) await journal.writeSnapshot(source);
    await chmod(file, 0o600);
    journal.handle = await open(file, 'r+');
    journal.size = (await journal.handle.stat()).size;
    if (legacy && legacyExists) {
      // Everything readable is now in the log (and anything damaged in the quarantine).
      await rm(legacy.dir, { recursive: true, force: true });
      log.info({ dir: legacy.dir }, 'old-format journal migrated and removed');
    }
    return {
      journal,
      records: [...loaded.values()].sort((a, b) => rank(keyOf(a)) - rank(keyOf(b))),
      lastLsn,
      damaged: await quarantine.list(),
    };
  }

  get writable(): boolean {
    return this.state.state !== 'read-only' && !this.closed;
  }

  health(): JournalHealth {
    return { ...this.state };
  }

  /**
   * Queues a record; resolves once it is durable. `undo` reverts the in-memory change the record
   * describes, and is called (newest first) if the record cannot be written.
   */
  append(record: JournalRecord, undo: () => void): Promise<void> {
    if (!this.writable) {
      undo();
      return Promise.reject(
        new JournalWriteError(this.state.reason ?? 'the journal is closed; nothing was saved'),
      );
    }
    return new Promise<void>((resolve, reject) => {
      this.pending.push({
        record,
        line: Buffer.from(encodeLine(record), 'utf8'),
        undo,
        resolve,
        reject,
      });
      // Start on the next turn of the event loop, so writers of this turn share the first fsync.
      this.flushing ??= new Promise<void>((done) =>
        setImmediate(() => void this.flush().then(done)),
      );
    });
  }

  /** Waits for every queued write, then closes the log. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    this.closed = true;
    await this.handle?.close();
    this.handle = null;
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length) {
        const batch = this.pending;
        this.pending = [];
        await this.commit(batch);
        if (this.size > this.nextCompaction && this.size > 2 * this.liveBytes) await this.compact();
      }
    } finally {
      this.flushing = null;
    }
  }

  private async commit(batch: Pending[]): Promise<void> {
    const bytes = Buffer.concat(batch.map((p) => p.line));
    try {
      await writeFully(this.handle!, bytes, this.size);
      await this.handle!.datasync();
    } catch (e) {
      await this.fail(batch, e);
      return;
    }
    for (const p of batch) {
      this.remember(p.record, { at: this.size, bytes: p.line.length });
      this.size += p.line.length;
    }
    if (this.state.state === 'write-failed') {
      this.log.warn({ since: this.state.since }, 'journal writes succeed again');
      this.state = { state: 'ok' };
    }
    for (const p of batch) p.resolve();
  }

  private async fail(batch: Pending[], error: unknown): Promise<void> {
    const failed = [...batch, ...this.pending];
    this.pending = [];
    for (let i = failed.length - 1; i >= 0; i--) {
      try {
        failed[i]!.undo();
      } catch (e) {
        this.log.error({ err: (e as Error).message }, 'could not undo an unsaved change');
      }
    }
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const reason = `a write could not be saved to the journal (${code}: ${(error as Error).message}); it was undone and refused`;
    const since = new Date().toISOString();
    try {
      // A partly written batch must not stay in the log: cut back to the last acknowledged byte.
      await this.handle!.truncate(this.size);
      await this.handle!.datasync();
      this.state = { state: 'write-failed', reason, since };
    } catch (e) {
      this.state = {
        state: 'read-only',
        reason: `${reason}; the journal could not be repaired (${(e as Error).message}), so writes are refused until restart`,
        since,
      };
    }
    this.log.error(
      { code, undone: failed.length, state: this.state.state },
      'journal write failed: changes undone and refused',
    );
    const err = new JournalWriteError(this.state.reason!, { cause: error });
    for (const p of failed) p.reject(err);
  }

  private async compact(): Promise<void> {
    const before = this.size;
    try {
      await this.writeSnapshot(await readFile(path.join(this.dir, LOG_FILE)));
      await this.handle?.close();
      this.handle = await open(path.join(this.dir, LOG_FILE), 'r+');
      this.nextCompaction = this.compactAtBytes;
      this.log.info({ before, after: this.size }, 'journal compacted');
    } catch (e) {
      // The old log is untouched; try again once it has grown by another threshold.
      this.nextCompaction = this.size + this.compactAtBytes;
      this.log.warn({ err: (e as Error).message }, 'journal compaction failed; will retry later');
    }
  }

  private remember(record: JournalRecord, span: Span): void {
    this.lastLsn = Math.max(this.lastLsn, record.lsn);
    const key = keyOf(record);
    const old = this.live.get(key);
    if (old !== undefined) this.liveBytes -= old.bytes;
    if (record.t === 'delete') this.live.delete(key);
    else {
      this.live.set(key, span);
      this.liveBytes += span.bytes;
    }
  }

  /**
   * Writes the live records as a new log and swaps it in atomically (rename). `source` holds the lines
   * the live spans point into (the log being replaced); the spans then point into the new log.
   */
  private async writeSnapshot(source: Buffer): Promise<void> {
    const temp = path.join(this.dir, COMPACTING_FILE);
    await rm(temp, { force: true });
    const header = Buffer.from(
      encodeLine({
        t: 'header',
        format: 2,
        written: new Date().toISOString(),
        lastLsn: this.lastLsn,
      }),
      'utf8',
    );
    const ordered = [...this.live.entries()].sort(([a], [b]) => rank(a) - rank(b));
    const moved: [string, Span][] = [];
    let at = header.length;
    const chunks: Buffer[] = [header];
    for (const [key, span] of ordered) {
      chunks.push(source.subarray(span.at, span.at + span.bytes));
      moved.push([key, { at, bytes: span.bytes }]);
      at += span.bytes;
    }
    const bytes = Buffer.concat(chunks, at);
    try {
      await writeDurably(temp, bytes);
      await rename(temp, path.join(this.dir, LOG_FILE));
      await syncDirectory(this.dir);
    } catch (e) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw e;
    }
    for (const [key, span] of moved) this.live.set(key, span);
    this.size = bytes.length;
  }
}

async function writeFully(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
