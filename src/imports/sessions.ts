import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain';
import { ConcurrencyConflictError } from '../store/errors';
import {
  importDocument,
  importIds,
  type ImportRecords,
  type ImportSession,
} from '../store/importRecords';
import type { ImportKind } from './fields';
import type { ColumnChoices } from './mapping';
import { DEFAULT_READ_LIMITS, readWorkbook } from './read';
import type { Workbook } from './workbook';

/**
 * Open imports: a file between its arrival and the secretary's confirm, with their answers so far. A
 * file from Teams is stored with its session (the file itself in chunks), so either App Service
 * instance can take the next step; the instance that holds the workbook keeps it in memory. A session
 * closes on confirm or cancel, or two hours after its last step.
 */

export interface SheetTarget {
  /** An action log id, or "new". */
  log?: string;
  /** A register version's date as typed. */
  date?: string;
}

export interface Session {
  id: string;
  organisationId: string;
  fileName: string;
  workbook: Workbook;
  personId: string | null;
  by: Actor;
  choices: ColumnChoices;
  kinds: Record<string, ImportKind | 'skip'>;
  targets: Record<string, SheetTarget>;
  takeFileFor: Set<string>;
  /** The preview the secretary saw, to tell whether a confirm still applies to it. */
  shown: string | null;
  /** The idempotency key of the apply: the batch id. */
  submissionId: string;
  touchedAt: number;
  /** The stored session's etag; null for a command-line session, which is not stored. */
  etag: string | null;
}

/** Base64 characters per stored chunk of the file: well under Cosmos DB's 2 MB item limit. */
const FILE_CHUNK = 1_000_000;

export class ImportSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly records: ImportRecords,
    private readonly clock: () => Date,
    /** How long a session stays open after its last step. */
    private readonly sessionMs = 2 * 60 * 60_000,
    /** Sessions held in memory at once (each holds one workbook); the oldest is dropped past this. */
    private readonly maxSessions = 20,
  ) {}

  /** A session kept in this process only (the command line). */
  inMemory(organisationId: string, fileName: string, workbook: Workbook, by: Actor): Session {
    const session = this.fresh(organisationId, fileName, workbook, by);
    this.keep(session);
    return session;
  }

  private fresh(organisationId: string, fileName: string, workbook: Workbook, by: Actor): Session {
    return {
      id: randomUUID(),
      organisationId,
      fileName,
      workbook,
      personId: by.personId ?? null,
      by,
      choices: {},
      kinds: {},
      targets: {},
      takeFileFor: new Set(),
      shown: null,
      submissionId: randomUUID(),
      touchedAt: Date.now(),
      etag: null,
    };
  }

  /** A file from Teams: the session and the file are stored, so any instance can take the next step. */
  async stored(
    organisationId: string,
    fileName: string,
    workbook: Workbook,
    bytes: Uint8Array,
    by: Actor,
  ): Promise<Session> {
    const session = this.fresh(organisationId, fileName, workbook, by);
    const base64 = Buffer.from(bytes).toString('base64');
    const chunks = Math.ceil(base64.length / FILE_CHUNK);
    for (let i = 0; i < chunks; i++)
      await this.records.create(
        importDocument(importIds.file(session.id, i), {
          type: 'importFileChunk',
          sessionId: session.id,
          index: i,
          base64: base64.slice(i * FILE_CHUNK, (i + 1) * FILE_CHUNK),
        }),
      );
    const now = this.clock().toISOString();
    const stored = await this.records.create(
      importDocument(importIds.session(session.id), {
        ...this.document(session),
        fileChunks: chunks,
        createdAt: now,
        updatedAt: now,
      }),
    );
    session.etag = stored.etag;
    this.keep(session);
    return session;
  }

  private document(s: Session): Omit<ImportSession, 'fileChunks' | 'createdAt' | 'updatedAt'> {
    return {
      type: 'importSession',
      sessionId: s.id,
      organisationId: s.organisationId,
      status: 'open',
      fileName: s.fileName,
      by: s.by,
      personId: s.personId,
      choices: s.choices,
      kinds: s.kinds,
      targets: s.targets,
      takeFileFor: [...s.takeFileFor],
      shown: s.shown,
      submissionId: s.submissionId,
    };
  }

  /** Keeps the secretary's answers so far (the last step wins: one secretary drives a session). */
  async save(s: Session, status: 'open' | 'closed' = 'open'): Promise<void> {
    if (s.etag === null) return;
    for (let attempt = 0; ; attempt++) {
      const current = await this.records.get(importIds.session(s.id));
      const before = current?.value.value;
      if (!current || before?.type !== 'importSession') return;
      try {
        const saved = await this.records.replace(
          importDocument(importIds.session(s.id), {
            ...before,
            ...this.document(s),
            status,
            updatedAt: this.clock().toISOString(),
          }),
          current.etag,
        );
        s.etag = saved.etag;
        return;
      } catch (e) {
        if (!(e instanceof ConcurrencyConflictError) || attempt === 2) throw e;
      }
    }
  }

  private keep(session: Session): void {
    this.expire();
    while (this.sessions.size >= this.maxSessions)
      this.sessions.delete(this.sessions.keys().next().value!);
    this.sessions.set(session.id, session);
  }

  private expire(): void {
    for (const [id, s] of this.sessions)
      if (Date.now() - s.touchedAt > this.sessionMs) this.sessions.delete(id);
  }

  /** A session this instance holds, or one another instance stored (its file read again). */
  async get(id: string): Promise<Session | null> {
    this.expire();
    const cached = this.sessions.get(id);
    const s = cached ? await this.refresh(cached) : await this.load(id);
    if (s) s.touchedAt = Date.now();
    return s;
  }

  /** A held session brought up to date with the stored one (another instance may have taken a step). */
  private async refresh(s: Session): Promise<Session | null> {
    if (s.etag === null) return s;
    const stored = await this.records.get(importIds.session(s.id));
    const v = stored?.value.value;
    if (!stored || v?.type !== 'importSession' || v.status !== 'open') {
      this.sessions.delete(s.id);
      return null;
    }
    if (stored.etag === s.etag) return s;
    Object.assign(s, {
      choices: v.choices,
      kinds: v.kinds,
      targets: v.targets,
      takeFileFor: new Set(v.takeFileFor),
      shown: v.shown,
      etag: stored.etag,
    });
    return s;
  }

  private async load(id: string): Promise<Session | null> {
    const stored = await this.records.get(importIds.session(id));
    const v = stored?.value.value;
    if (!stored || v?.type !== 'importSession' || v.status !== 'open') return null;
    if (this.clock().getTime() - Date.parse(v.updatedAt) > this.sessionMs) return null;
    const parts: string[] = [];
    for (let i = 0; i < v.fileChunks; i++) {
      const chunk = (await this.records.get(importIds.file(id, i)))?.value.value;
      if (chunk?.type !== 'importFileChunk') return null;
      parts.push(chunk.base64);
    }
    const read = await readWorkbook(
      Buffer.from(parts.join(''), 'base64'),
      v.fileName,
      DEFAULT_READ_LIMITS,
    );
    if (!read.ok) return null;
    const session: Session = {
      id,
      organisationId: v.organisationId,
      fileName: v.fileName,
      workbook: read.workbook,
      personId: v.personId,
      by: v.by,
      choices: v.choices,
      kinds: v.kinds,
      targets: v.targets,
      takeFileFor: new Set(v.takeFileFor),
      shown: v.shown,
      submissionId: v.submissionId,
      touchedAt: Date.now(),
      etag: stored.etag,
    };
    this.keep(session);
    return session;
  }

  async close(s: Session): Promise<void> {
    this.sessions.delete(s.id);
    await this.save(s, 'closed');
  }
}
