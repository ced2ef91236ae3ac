import { randomUUID } from 'node:crypto';
import type {
  Action,
  ActionLog,
  Actor,
  GovernanceRecord,
  PrintedDate,
  Risk,
  RiskRegister,
} from '../domain';
import { formatDate, formatDateTime, londonToday } from '../domain/dates';
import type { Logger } from '../log';
import type { ReferenceData, ReferenceDataCache } from '../shared/referenceData';
import type { Request } from '../shared/request';
import type { MessageView } from '../shared/viewTypes';
import type { ImportBatches } from '../store/importBatches';
import { ConcurrencyConflictError } from '../store/errors';
import {
  importDocument,
  importIds,
  type ImportRecords,
  type ImportSession,
} from '../store/importRecords';
import type { BatchWrite } from '../store/importRecords';
import type { GovernanceStore } from '../store/store';
import { planActionLogImport, type ActionLogPlan } from './actionPlan';
import { readActionSheet } from './actionSheet';
import { FIELD_SPECS, KIND_LABEL, type FieldId, type ImportKind } from './fields';
import { importSourceDocument, logForSheet, referenceKey, slug } from './identity';
import {
  mapWorkbook,
  rememberMapping,
  type ColumnChoices,
  type SavedMapping,
  type WorkbookMapping,
} from './mapping';
import { directoryResolver, type OwnerResolver } from './owners';
import type { ImportProblem } from './problems';
import { DEFAULT_READ_LIMITS, readWorkbook } from './read';
import {
  nextVersionOf,
  planRegisterImport,
  type RegisterPlan,
  type VersionSpec,
} from './registerPlan';
import { readRiskSheet } from './riskSheet';
import { readPrintedDate } from './values';
import type {
  ImportMappingView,
  ImportOutcomeView,
  ImportPreviewView,
  MappingQuestion,
  PreviewPart,
  PreviewProblem,
} from './views';
import { columnLetter, type Workbook } from './workbook';

/**
 * Bringing a trust's own spreadsheet in, from Teams or the command line: a file becomes a session (the
 * workbook read once, kept in memory), the secretary answers the mapping card, sees the preview, and
 * confirms; the confirmed plan is applied all or nothing through the store's import batches.
 */

export interface ImportsOptions {
  /** Readers' view of the store (import-aware: an import in flight is seen whole or not at all). */
  store: GovernanceStore;
  records: ImportRecords;
  batches: ImportBatches;
  referenceData: ReferenceDataCache;
  log: Logger;
  clock: () => Date;
  /** Sessions kept at once (each holds one workbook); the oldest is dropped past this. */
  maxSessions?: number;
  /** How long a session lasts without a step. */
  sessionMs?: number;
  /**
   * Answer once the import is committed (readers see it whole from then) and finish writing it after
   * (in Teams, where a turn has seconds); the command line waits for the last write.
   */
  applyInBackground?: boolean;
}

/** The answers on the mapping card, as they come back. */
export type MappingAnswers = Record<string, unknown>;

interface SheetTarget {
  /** An action log id, or NEW_LOG. */
  log?: string;
  /** A register version's date as typed. */
  date?: string;
}

interface Session {
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
  submissionId: string;
  touchedAt: number;
  /** The stored session's etag; null for a command-line session, which is not stored. */
  etag: string | null;
}

const NEW_LOG = 'new';
/** How long an import stays open after its last step. */
const SESSION_MS = 2 * 60 * 60_000;
/** Base64 characters per stored chunk of the file: well under Cosmos DB's 2 MB item limit. */
const FILE_CHUNK = 1_000_000;
const NONE = 'none';

type Fetch = () => Promise<Uint8Array | { refusal: string }>;

/** What a sheet is planned as, with the etags the plan was made against. */
interface SheetPlan {
  sheet: string;
  kind: ImportKind;
  target: string;
  action?: ActionLogPlan;
  register?: RegisterPlan;
  /** Register versions only: the previous version's id. */
  previousRegisterId?: string | null;
  unresolved: string[];
}

interface Planned {
  sheets: SheetPlan[];
  writes: BatchWrite[];
  problems: ImportProblem[];
  mappings: SavedMapping[];
}

export function message(title: string, text: string, suggestions: string[] = []): MessageView {
  return { kind: 'message', title, text, suggestions };
}

const NOT_SECRETARY = message(
  'Only board secretaries can import',
  'Importing action logs and BAF registers is for the board secretaries. I have not opened the file. If the papers need updating, please send it to your board secretary.',
);

function keyOf(r: { kind: string; organisationId: string; id: string }): string {
  return JSON.stringify([r.kind, r.organisationId, r.id]);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

export class Imports {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly o: ImportsOptions) {}

  /** The organisation a request imports into: the installation's, or the secretary's own. */
  organisationOf(request: Request): string | null {
    return request.where.organisationId ?? request.who.person?.organisationId ?? null;
  }

  mayImport(request: Request): boolean {
    return request.who.isSecretary && request.where.kind === 'personal';
  }

  /**
   * A file sent to Board Clerk: refused before anything is downloaded unless a board secretary sent it
   * in a personal chat; otherwise downloaded (by the edge, within limits), read and mapped.
   */
  async receive(request: Request, fileName: string, fetch: Fetch) {
    if (!request.who.isSecretary) return NOT_SECRETARY;
    const organisationId = this.organisationOf(request);
    if (!organisationId)
      return message(
        'Which organisation is this for?',
        'Your directory entry names no organisation, and this installation has none configured (ORGANISATION_ID). Ask the digital team to set it.',
      );
    const got = await fetch();
    if ('refusal' in got) return message(`I could not read ${fileName}`, got.refusal);
    const read = await readWorkbook(got, fileName, DEFAULT_READ_LIMITS);
    if (!read.ok) return message(`I could not read ${fileName}`, read.refusal.message);
    const session = await this.open(request, organisationId, fileName, read.workbook, got);
    return this.mappingView(session, await this.remembered(organisationId), []);
  }

  /** The same, from the command line: the workbook read from disk (kept in this process only). */
  openFromWorkbook(
    organisationId: string,
    fileName: string,
    workbook: Workbook,
    by: Actor,
  ): string {
    const session = this.fresh(organisationId, fileName, workbook, by);
    this.keep(session);
    return session.id;
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
  private async open(
    request: Request,
    organisationId: string,
    fileName: string,
    workbook: Workbook,
    bytes: Uint8Array,
  ): Promise<Session> {
    const person = request.who.person;
    const by: Actor = person
      ? { personId: person.id, name: person.name }
      : { name: request.who.displayName ?? 'A board secretary' };
    const session = this.fresh(organisationId, fileName, workbook, by);
    const base64 = Buffer.from(bytes).toString('base64');
    const chunks = Math.ceil(base64.length / FILE_CHUNK);
    for (let i = 0; i < chunks; i++)
      await this.o.records.create(
        importDocument(importIds.file(session.id, i), {
          type: 'importFileChunk',
          sessionId: session.id,
          index: i,
          base64: base64.slice(i * FILE_CHUNK, (i + 1) * FILE_CHUNK),
        }),
      );
    const now = this.o.clock().toISOString();
    const stored = await this.o.records.create(
      importDocument(importIds.session(session.id), {
        ...this.stored(session),
        fileChunks: chunks,
        createdAt: now,
        updatedAt: now,
      }),
    );
    session.etag = stored.etag;
    this.keep(session);
    return session;
  }

  private stored(s: Session): Omit<ImportSession, 'fileChunks' | 'createdAt' | 'updatedAt'> {
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
  private async save(s: Session, status: 'open' | 'closed' = 'open'): Promise<void> {
    if (s.etag === null) return;
    for (let attempt = 0; ; attempt++) {
      const current = await this.o.records.get(importIds.session(s.id));
      const before = current?.value.value;
      if (!current || before?.type !== 'importSession') return;
      try {
        const saved = await this.o.records.replace(
          importDocument(importIds.session(s.id), {
            ...before,
            ...this.stored(s),
            status,
            updatedAt: this.o.clock().toISOString(),
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
    const max = this.o.maxSessions ?? 20;
    this.expire();
    while (this.sessions.size >= max) this.sessions.delete(this.sessions.keys().next().value!);
    this.sessions.set(session.id, session);
  }

  private expire(): void {
    const ttl = this.o.sessionMs ?? SESSION_MS;
    for (const [id, s] of this.sessions)
      if (Date.now() - s.touchedAt > ttl) this.sessions.delete(id);
  }

  /** A session this instance holds, or one another instance stored (its file read again). */
  private async session(request: Request | null, id: string): Promise<Session | MessageView> {
    this.expire();
    const cached = this.sessions.get(id);
    const s = cached ? await this.refresh(cached) : await this.load(id);
    if (!s)
      return message(
        'That import is no longer open',
        'Board Clerk keeps a file for two hours after its last step. Please send the file again.',
      );
    if (request && s.personId && request.who.person?.id !== s.personId)
      return message(
        'That import is someone else’s',
        'Only the secretary who sent the file can continue it.',
      );
    s.touchedAt = Date.now();
    return s;
  }

  /** A held session brought up to date with the stored one (another instance may have taken a step). */
  private async refresh(s: Session): Promise<Session | null> {
    if (s.etag === null) return s;
    const stored = await this.o.records.get(importIds.session(s.id));
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
    const stored = await this.o.records.get(importIds.session(id));
    const v = stored?.value.value;
    if (!stored || v?.type !== 'importSession' || v.status !== 'open') return null;
    const ttl = this.o.sessionMs ?? SESSION_MS;
    if (this.o.clock().getTime() - Date.parse(v.updatedAt) > ttl) return null;
    const parts: string[] = [];
    for (let i = 0; i < v.fileChunks; i++) {
      const chunk = (await this.o.records.get(importIds.file(id, i)))?.value.value;
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

  private async remembered(organisationId: string): Promise<SavedMapping[]> {
    const stored = await this.o.records.get(importIds.mappings(organisationId));
    const value = stored?.value.value;
    return value?.type === 'importMappings' ? value.mappings : [];
  }

  private async rememberAll(organisationId: string, mappings: SavedMapping[]): Promise<void> {
    const id = importIds.mappings(organisationId);
    for (let attempt = 0; attempt < 3; attempt++) {
      const stored = await this.o.records.get(id);
      const before =
        stored?.value.value.type === 'importMappings' ? stored.value.value.mappings : [];
      // The newest mapping of a kind with the same headers replaces the older one.
      const same = (a: SavedMapping, b: SavedMapping) =>
        a.kind === b.kind &&
        canonical(Object.values(a.headers).sort()) === canonical(Object.values(b.headers).sort());
      const kept = (before as SavedMapping[]).filter((m) => !mappings.some((n) => same(m, n)));
      const doc = importDocument(id, {
        type: 'importMappings',
        organisationId,
        mappings: [...mappings, ...kept].slice(0, 50).map((m) => ({
          kind: m.kind,
          headers: Object.fromEntries(
            Object.entries(m.headers).filter(
              (e): e is [string, string] => typeof e[1] === 'string',
            ),
          ),
        })),
        updatedAt: this.o.clock().toISOString(),
      });
      try {
        if (stored) await this.o.records.replace(doc, stored.etag);
        else await this.o.records.create(doc);
        return;
      } catch (e) {
        if (attempt === 2) throw e;
      }
    }
  }

  // The mapping card.

  private mapping(session: Session, remembered: SavedMapping[]): WorkbookMapping {
    return mapWorkbook(session.workbook, {
      remembered,
      choices: session.choices,
      kinds: session.kinds,
    });
  }

  private async mappingView(
    session: Session,
    remembered: SavedMapping[],
    errors: string[],
  ): Promise<ImportMappingView> {
    const mapped = this.mapping(session, remembered);
    const data = await this.o.referenceData.get();
    const logs = data.logs.filter((l) => l.organisationId === session.organisationId);
    const questions: MappingQuestion[] = [];
    const dates: ImportMappingView['dates'] = [];
    for (const d of mapped.sheetDecisions)
      questions.push({
        id: `kind|${d.sheet}`,
        sheet: d.sheet,
        label: `Sheet "${d.sheet}"`,
        question: d.question,
        required: true,
        options: d.options.map((k) => ({
          value: k,
          title: k === 'skip' ? 'Leave this sheet out' : KIND_LABEL[k],
        })),
        value: session.kinds[d.sheet] ?? '',
      });
    for (const d of mapped.columnDecisions)
      questions.push({
        id: `col|${d.sheet}|${d.field}`,
        sheet: d.sheet,
        label: `${d.label} (sheet "${d.sheet}")`,
        question: d.question,
        required: d.required,
        options: [
          ...d.options.map((o) => ({
            value: String(o.column),
            title: `${o.letter}: ${o.header}${o.examples.length ? ` (e.g. ${o.examples.slice(0, 2).join(', ')})` : ''}`,
          })),
          ...(d.allowNone ? [{ value: NONE, title: 'This file does not have it' }] : []),
        ],
        value: '',
      });
    const sheets = mapped.sheets.map((s) => {
      const recognised = s.mapping
        ? (Object.entries(s.mapping.columns) as [FieldId, number][]).map(([field, column]) => {
            const spec = FIELD_SPECS[s.mapping!.kind].find((f) => f.field === field);
            return `${columnLetter(column)} ${s.mapping!.headers[column] ?? ''} → ${spec?.label ?? field}`;
          })
        : [];
      if (s.status !== 'skipped' && s.kind === 'action-log') {
        const suggested =
          session.targets[s.sheet]?.log ?? logForSheet(s.sheet, logs)?.id ?? NEW_LOG;
        questions.push({
          id: `log|${s.sheet}`,
          sheet: s.sheet,
          label: `Which action log is sheet "${s.sheet}"?`,
          question: 'Board Clerk suggests the log whose name matches the sheet.',
          required: true,
          options: [
            ...logs.map((l) => ({ value: l.id, title: l.title })),
            { value: NEW_LOG, title: `A new action log called "${s.sheet}"` },
          ],
          value: suggested,
        });
      }
      if (s.status !== 'skipped' && s.kind === 'risk-register')
        dates.push({
          id: `date|${s.sheet}`,
          sheet: s.sheet,
          label: `Date of this BAF version (sheet "${s.sheet}"), as the cover prints it, e.g. March 2026`,
          value: session.targets[s.sheet]?.date ?? '',
        });
      return {
        sheet: s.sheet,
        what:
          s.status === 'skipped'
            ? `left out${s.note ? `: ${s.note}` : ''}`
            : s.kind
              ? KIND_LABEL[s.kind]
              : 'not recognised',
        recognised,
      };
    });
    if (mapped.blocked) errors = [...errors, mapped.blocked];
    return {
      kind: 'import-mapping',
      sessionId: session.id,
      fileName: session.fileName,
      sheets,
      questions,
      dates,
      errors,
    };
  }

  /** Reads the mapping card's answers into the session; problems in words. */
  private answer(session: Session, answers: MappingAnswers): string[] {
    const errors: string[] = [];
    for (const [id, raw] of Object.entries(answers)) {
      if (typeof raw !== 'string' && typeof raw !== 'number') continue;
      const value = String(raw).trim();
      const [what, sheet, field] = id.split('|');
      if (!sheet || !session.workbook.sheets.some((s) => s.name === sheet)) continue;
      if (what === 'kind' && ['action-log', 'risk-register', 'skip'].includes(value))
        session.kinds[sheet] = value as ImportKind | 'skip';
      else if (what === 'col' && field && value) {
        const column = value === NONE ? null : Number(value);
        if (column !== null && (!Number.isInteger(column) || column < 1 || column > 200)) continue;
        (session.choices[sheet] ??= {})[field as FieldId] = column;
      } else if (what === 'log' && value) (session.targets[sheet] ??= {}).log = value;
      else if (what === 'date') {
        (session.targets[sheet] ??= {}).date = value.slice(0, 40);
        if (
          value &&
          readPrintedDate(value).kind !== 'date' &&
          readPrintedDate(value).kind !== 'period'
        )
          errors.push(
            `"${value}" is not a date Board Clerk can read for sheet "${sheet}" (try "March 2026" or 31/03/2026).`,
          );
      }
    }
    return errors;
  }

  /** The mapping card answered: the preview, or the mapping card again with what is missing. */
  async preview(request: Request | null, sessionId: string, answers: MappingAnswers) {
    const session = await this.session(request, sessionId);
    if ('kind' in session) return session;
    const errors = this.answer(session, answers);
    await this.save(session);
    const remembered = await this.remembered(session.organisationId);
    const mapped = this.mapping(session, remembered);
    const missingDates = mapped.sheets
      .filter((s) => s.status !== 'skipped' && s.kind === 'risk-register')
      .filter((s) => !session.targets[s.sheet]?.date)
      .map((s) => `Say the date of the BAF version in sheet "${s.sheet}".`);
    if (!mapped.ready || errors.length || missingDates.length)
      return this.mappingView(session, remembered, [
        ...errors,
        ...missingDates,
        ...(mapped.ready ? [] : ['Some columns still need a choice.']),
      ]);
    return this.showPreview(session, mapped, null);
  }

  /** "Take the file's value" for one action's conflicts: the plan is made again. */
  async takeFile(request: Request | null, sessionId: string, actionId: string) {
    const session = await this.session(request, sessionId);
    if ('kind' in session) return session;
    session.takeFileFor.add(actionId);
    const mapped = this.mapping(session, await this.remembered(session.organisationId));
    return this.showPreview(session, mapped, null);
  }

  private async showPreview(session: Session, mapped: WorkbookMapping, banner: string | null) {
    const planned = await this.plan(session, mapped);
    const view = this.previewView(session, planned, banner);
    session.shown = fingerprint(view);
    await this.save(session);
    return view;
  }

  /**
   * Confirmed: the plan is made again from what is stored now; if it differs from the preview the
   * secretary saw, the new preview is shown instead. Otherwise it is applied as one batch.
   */
  async confirm(
    request: Request | null,
    sessionId: string,
    submissionId: string,
  ): Promise<ImportOutcomeView | ImportPreviewView | MessageView> {
    // A second press after the import was confirmed: the batch says what happened.
    const batch = (await this.o.records.get(importIds.batch(submissionId)))?.value.value;
    if (
      batch?.type === 'importBatch' &&
      (batch.status === 'applied' || batch.status === 'committed')
    )
      return outcome(
        batch.fileName,
        'That import was applied',
        'It was applied once; pressing Confirm again changes nothing.',
        null,
      );
    const s = await this.session(request, sessionId);
    if ('kind' in s) return s;
    if (submissionId !== s.submissionId)
      return message(
        'That preview is out of date',
        'Use the Confirm button on the latest preview card.',
      );
    const remembered = await this.remembered(s.organisationId);
    const mapped = this.mapping(s, remembered);
    const planned = await this.plan(s, mapped);
    const view = this.previewView(s, planned, null);
    if (view.blocked) return view;
    if (fingerprint(view) !== s.shown) {
      const fresh = this.previewView(
        s,
        planned,
        'Something changed in Board Clerk since this preview (an owner may have updated an action). Here is the preview again; confirm it if it is still right.',
      );
      s.shown = fingerprint(fresh);
      await this.save(s);
      return fresh;
    }
    const applied = await this.o.batches.apply(
      {
        batchId: s.submissionId,
        organisationId: s.organisationId,
        fileName: s.fileName,
        importedBy: s.by,
        summary: summaryOf(view).slice(0, 2_000),
      },
      planned.writes,
      { wait: !this.o.applyInBackground },
    );
    if (applied.status === 'stale') {
      const fresh = await this.showPreview(
        s,
        mapped,
        'A record changed while the import was being prepared. Nothing was written. Here is the preview again.',
      );
      return fresh;
    }
    if (applied.status === 'busy')
      return message(
        'That import is being applied',
        'Another press of Confirm is applying it now. Ask "what changed in the BAF" or open the action log in a minute.',
      );
    this.o.referenceData.invalidate();
    await this.rememberAll(s.organisationId, planned.mappings);
    await this.close(s);
    const register = planned.sheets.find((p) => p.register?.isNewVersion && p.previousRegisterId);
    const kept = applied.keptNewer.length
      ? ` ${applied.keptNewer.length} record(s) changed in Teams while it was applied were kept as they were.`
      : '';
    return outcome(
      s.fileName,
      applied.already ? 'That import was applied' : 'Imported',
      applied.already
        ? 'It was applied once; pressing Confirm again changes nothing.'
        : `${summaryOf(view)}${kept} Directors’ answers now come from it.`,
      register?.register ? { registerId: register.register.registerId, channels: [] } : null,
    );
  }

  async cancel(request: Request | null, sessionId: string): Promise<MessageView> {
    const s = await this.session(request, sessionId);
    if ('kind' in s) return s;
    await this.close(s);
    return message('Import cancelled', 'Nothing was changed. The file is forgotten.');
  }

  private async close(s: Session): Promise<void> {
    this.sessions.delete(s.id);
    await this.save(s, 'closed');
  }

  // Planning.

  private async plan(session: Session, mapped: WorkbookMapping): Promise<Planned> {
    const data = await this.o.referenceData.get();
    const org = session.organisationId;
    const roles = data.roles.filter((r) => r.organisationId === org);
    const people = data.people.filter((p) => p.organisationId === org);
    const resolve: OwnerResolver = directoryResolver(roles, people);
    const now = this.o.clock();
    const source = importSourceDocument(org, session.fileName, session.by, now);
    const run = {
      fileName: session.fileName,
      importedBy: session.by,
      now,
      sourceDocumentId: source.id,
    };
    const planned: Planned = { sheets: [], writes: [], problems: [], mappings: [] };
    const etags = new Map<string, string | null>();
    const records: GovernanceRecord[] = [];
    const risks = latestRisks(data, org);

    for (const outcome of mapped.sheets) {
      if (outcome.status !== 'ready' || !outcome.mapping || !outcome.kind) continue;
      const sheet = session.workbook.sheets.find((s) => s.name === outcome.sheet)!;
      planned.mappings.push(rememberMapping(outcome.mapping));
      if (outcome.kind === 'action-log') {
        const choice =
          session.targets[outcome.sheet]?.log ??
          logForSheet(
            outcome.sheet,
            data.logs.filter((l) => l.organisationId === org),
          )?.id ??
          NEW_LOG;
        const existingLog =
          choice === NEW_LOG ? null : await this.o.store.get('actionLog', org, choice);
        const log: ActionLog = existingLog?.value ?? newLog(org, outcome.sheet, source.id, data);
        if (existingLog) etags.set(keyOf(log), existingLog.etag);
        const stored = existingLog
          ? await this.o.store.findActions({ organisationId: org, logId: log.id })
          : [];
        for (const a of stored) etags.set(keyOf(a.value), a.etag);
        const rows = readActionSheet(sheet, outcome.mapping, {
          shortName: log.shortName,
          resolveOwner: resolve,
        });
        const plan = planActionLogImport({
          ...run,
          log,
          logExists: !!existingLog,
          existing: stored.map((a) => a.value),
          imported: rows.actions,
          problems: rows.problems,
          riskIdFor: (ref) =>
            risks.find((r) => referenceKey(r.reference) === referenceKey(ref))?.id ?? null,
          riskReferenceOf: (id) => data.risks.find((r) => r.id === id)?.reference ?? null,
          takeFileFor: [...session.takeFileFor],
        });
        records.push(...plan.writes);
        planned.problems.push(...plan.problems);
        planned.sheets.push({
          sheet: outcome.sheet,
          kind: 'action-log',
          target: existingLog
            ? `into the action log ${log.title}`
            : `as a new action log, ${log.title}`,
          action: plan,
          unresolved: rows.unresolvedOwners.map(
            (u) =>
              `${u.printed} (sheet "${outcome.sheet}", row${u.rows.length > 1 ? 's' : ''} ${u.rows.join(', ')})`,
          ),
        });
      } else {
        const typed = session.targets[outcome.sheet]?.date ?? '';
        const reading = readPrintedDate(typed);
        const date: PrintedDate =
          reading.kind === 'date' || reading.kind === 'period'
            ? { printed: typed.trim(), iso: reading.date.iso }
            : { printed: formatDate(londonToday(now)), iso: londonToday(now) };
        const registers = data.registers
          .filter((r) => r.organisationId === org)
          .sort((a, b) => (a.date.iso ?? '').localeCompare(b.date.iso ?? ''));
        const previous = registers.at(-1) ?? null;
        const rows = readRiskSheet(sheet, outcome.mapping, resolve);
        const version: VersionSpec = previous
          ? nextVersionOf(previous, date)
          : firstVersion(
              org,
              date,
              rows.risks.map((r) => r.reference),
              data,
            );
        const same =
          data.registers.find((r) => r.organisationId === org && r.id === version.id) ?? null;
        const sameStored = same ? await this.o.store.get('register', org, same.id) : null;
        if (sameStored) etags.set(keyOf(sameStored.value), sameStored.etag);
        const sameRisks: Risk[] = [];
        if (same)
          for (const r of data.risks.filter((x) => x.registerId === same.id)) {
            const got = await this.o.store.get('risk', org, r.id);
            if (got) {
              etags.set(keyOf(got.value), got.etag);
              sameRisks.push(got.value);
            }
          }
        const before =
          previous && previous.id !== version.id
            ? previous
            : (registers.filter((r) => r.id !== version.id).at(-1) ?? null);
        const plan = planRegisterImport({
          ...run,
          organisationId: org,
          existing: sameStored ? { register: sameStored.value, risks: sameRisks } : null,
          version,
          imported: rows.risks,
          problems: rows.problems,
          previous: before
            ? { register: before, risks: data.risks.filter((r) => r.registerId === before.id) }
            : null,
        });
        records.push(...plan.writes);
        planned.problems.push(...plan.problems);
        planned.sheets.push({
          sheet: outcome.sheet,
          kind: 'risk-register',
          target: plan.isNewVersion
            ? `as a new version of the BAF, ${plan.register.title}${before ? ` (the previous version, ${before.title}, is kept)` : ''}`
            : `into the BAF version ${plan.register.title}`,
          register: plan,
          previousRegisterId: before?.id ?? null,
          unresolved: rows.unresolvedOwners.map(
            (u) =>
              `${u.printed} (sheet "${outcome.sheet}", row${u.rows.length > 1 ? 's' : ''} ${u.rows.join(', ')})`,
          ),
        });
      }
    }
    if (records.length) {
      // The source the new records cite: written with them (once a day per file name).
      const storedSource = await this.o.store.get('source', org, source.id);
      records.unshift(storedSource?.value ?? source);
      if (storedSource) etags.set(keyOf(storedSource.value), storedSource.etag);
    }
    const seen = new Set<string>();
    for (const record of records) {
      const key = keyOf(record);
      if (seen.has(key)) continue;
      seen.add(key);
      planned.writes.push({ record, baseEtag: etags.get(key) ?? null });
    }
    // The source alone (the same file again) changes nothing.
    if (planned.writes.length === 1 && planned.writes[0]!.baseEtag !== null) planned.writes = [];
    return planned;
  }

  private previewView(
    session: Session,
    planned: Planned,
    banner: string | null,
  ): ImportPreviewView {
    const at = (sheet: string, row: number) => `sheet "${sheet}", row ${row}`;
    const parts: PreviewPart[] = planned.sheets.map((p) => {
      if (p.action) {
        const a = p.action;
        return {
          sheet: p.sheet,
          target: p.target,
          added: a.new.map((n) => ({
            reference: n.reference,
            text: n.record.text,
            at: at(n.sheet, n.row),
          })),
          changed: a.changed.map((c) => ({
            reference: c.reference,
            at: at(c.sheet, c.row),
            fields: c.changes.map(({ label, before, after }) => ({ label, before, after })),
          })),
          unchanged: a.unchanged.length,
          noLongerPresent: a.noLongerPresent.map((g) => ({
            reference: g.reference,
            text: g.text,
            at: g.status,
          })),
          conflicts: a.conflicts.map((c) => ({
            actionId: c.actionId,
            reference: c.reference,
            label: c.label,
            teams: c.teams.value,
            teamsBy: c.teams.by,
            teamsWhen: formatDateTime(c.teams.at),
            file: c.file,
            takesFile: c.resolution === 'take-file',
          })),
          whatChanged: null,
        };
      }
      const r = p.register!;
      return {
        sheet: p.sheet,
        target: p.target,
        added: r.new.map((n) => ({
          reference: n.reference,
          text: n.record.title,
          at: at(n.sheet, n.row),
        })),
        changed: r.changed.map((c) => ({
          reference: c.reference,
          at: at(c.sheet, c.row),
          fields: c.changes.map(({ label, before, after }) => ({ label, before, after })),
        })),
        unchanged: r.unchanged.length,
        noLongerPresent: r.noLongerPresent.map((g) => ({
          reference: g.reference,
          text: g.title,
          at: '',
        })),
        conflicts: [],
        whatChanged: r.whatChanged?.summary ?? null,
      };
    });
    const problems: PreviewProblem[] = planned.problems.map((pr) => ({
      severity: pr.severity === 'row-skipped' ? 'skipped' : pr.severity,
      where: [
        pr.sheet ? `sheet "${pr.sheet}"` : null,
        pr.row ? `row ${pr.row}` : null,
        pr.column ? `column ${pr.column}${pr.field ? ` (${pr.field})` : ''}` : pr.field,
      ]
        .filter(Boolean)
        .join(', '),
      text: pr.message,
    }));
    const blocking = planned.problems.filter((p) => p.severity === 'blocking');
    const nothing = planned.writes.length === 0;
    return {
      kind: 'import-preview',
      sessionId: session.id,
      submissionId: session.submissionId,
      fileName: session.fileName,
      parts,
      problems,
      unresolvedOwners: planned.sheets.flatMap((p) => p.unresolved),
      blocked: blocking.length
        ? `The file cannot be imported as it is: ${blocking.map((b) => b.message).join(' ')}`
        : planned.sheets.length === 0
          ? 'Nothing in the file can be imported.'
          : null,
      banner,
      nothingToDo: nothing,
    };
  }
}

function fingerprint(view: ImportPreviewView): string {
  return canonical({
    parts: view.parts,
    problems: view.problems,
    unresolved: view.unresolvedOwners,
  });
}

function summaryOf(view: ImportPreviewView): string {
  const n = (k: 'added' | 'changed' | 'noLongerPresent') =>
    view.parts.reduce((t, p) => t + p[k].length, 0);
  const conflicts = view.parts.reduce(
    (t, p) => t + p.conflicts.filter((c) => !c.takesFile).length,
    0,
  );
  return `${view.fileName}: ${n('added')} new, ${n('changed')} changed, ${n('noLongerPresent')} no longer in the file (kept)${conflicts ? `, ${conflicts} update(s) recorded in Teams kept` : ''}.`;
}

function outcome(
  fileName: string,
  title: string,
  text: string,
  whatChanged: ImportOutcomeView['whatChanged'],
): ImportOutcomeView {
  return { kind: 'import-outcome', fileName, title, text, whatChanged };
}

/** The newest register's risks: what a BAF action's risk reference points at. */
function latestRisks(data: ReferenceData, organisationId: string): Risk[] {
  const latest = data.registers
    .filter((r) => r.organisationId === organisationId)
    .sort((a, b) => (a.date.iso ?? '').localeCompare(b.date.iso ?? ''))
    .at(-1);
  return latest ? data.risks.filter((r) => r.registerId === latest.id) : [];
}

function newLog(
  organisationId: string,
  sheet: string,
  sourceId: string,
  data: ReferenceData,
): ActionLog {
  const taken = new Set(data.logs.map((l) => l.id));
  let id = `log-${slug(organisationId)}-${slug(sheet)}`.slice(0, 180);
  for (let n = 2; taken.has(id); n++)
    id = `log-${slug(organisationId)}-${slug(sheet)}-${n}`.slice(0, 180);
  return {
    id,
    organisationId,
    kind: 'actionLog',
    type: /baf/i.test(sheet)
      ? 'baf-action-log'
      : /well.?led|review/i.test(sheet)
        ? 'well-led-review'
        : 'minutes-action-sheet',
    title: sheet,
    shortName: sheet.replace(/\s*(action\s*(log|sheet|plan)|actions)\s*$/i, '').trim() || sheet,
    aliases: [],
    sections: [],
    notes: [],
    source: { documentId: sourceId, section: sheet },
    dataQuality: [],
  };
}

/** The first BAF an organisation imports: named from its references, appetite as the file gives it. */
function firstVersion(
  organisationId: string,
  date: PrintedDate,
  references: string[],
  data: ReferenceData,
): VersionSpec {
  const org = data.organisations.find((o) => o.id === organisationId);
  const prefix = /^(.*?)\s*\d+\s*$/.exec(references[0] ?? '')?.[1]?.trim() || 'BAF';
  const stamp = date.iso ? date.iso.slice(0, 7) : slug(date.printed);
  const name = `${org?.shortName ?? organisationId} BAF`;
  const register: Pick<RiskRegister, 'id' | 'title' | 'date' | 'referencePrefix' | 'appetite'> = {
    id: `reg-${slug(organisationId)}-${stamp}`,
    title: `${name} ${date.printed}`,
    date,
    referencePrefix: prefix,
    appetite: {
      statement: 'Not stated in the imported file; each risk’s appetite is as the file gives it.',
      bands: [],
      defaultLevel: 'cautious',
    },
  };
  return { ...register, aliases: [name] };
}

export type { Action };
