import type { Actor } from '../domain';
import type { Logger } from '../log';
import type { ReferenceDataCache } from '../shared/referenceData';
import type { Request } from '../shared/request';
import type { MessageView } from '../shared/viewTypes';
import { canonicalJson, type ImportBatches } from '../store/importBatches';
import { importDocument, importIds, type ImportRecords } from '../store/importRecords';
import type { GovernanceStore } from '../store/store';
import { FIELD_SPECS, KIND_LABEL, type FieldId, type ImportKind } from './fields';
import { logForSheet } from './identity';
import { mapWorkbook, type SavedMapping, type WorkbookMapping } from './mapping';
import { NEW_LOG, planImport } from './planning';
import { fingerprint, previewView, summaryOf } from './preview';
import { DEFAULT_READ_LIMITS, readWorkbook } from './read';
import { ImportSessions, type Session } from './sessions';
import { readPrintedDate } from './values';
import type {
  ImportMappingView,
  ImportOutcomeView,
  ImportPreviewView,
  MappingQuestion,
} from './views';
import { columnLetter, type Workbook } from './workbook';

/**
 * Bringing a trust's own spreadsheet in, from Teams or the command line: a file becomes an open import
 * (sessions.ts), the secretary answers the mapping card, sees the preview (planning.ts, preview.ts) and
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
  /**
   * Answer once the import is committed (readers see it whole from then) and finish writing it after
   * (in Teams, where a turn has seconds); the command line waits for the last write.
   */
  applyInBackground?: boolean;
}

/** The answers on the mapping card, as they come back. */
export type MappingAnswers = Record<string, unknown>;

/** "This file does not have it", on a column's choice set. */
const NONE = 'none';

type Fetch = () => Promise<Uint8Array | { refusal: string }>;

export function message(title: string, text: string, suggestions: string[] = []): MessageView {
  return { kind: 'message', title, text, suggestions };
}

const NOT_SECRETARY = message(
  'Only board secretaries can import',
  'Importing action logs and BAF registers is for the board secretaries. I have not opened the file. If the papers need updating, please send it to your board secretary.',
);

export class Imports {
  private readonly sessions: ImportSessions;

  constructor(private readonly o: ImportsOptions) {
    this.sessions = new ImportSessions(o.records, o.clock);
  }

  /** The organisation a request imports into: the installation's, or the secretary's own. */
  organisationOf(request: Request): string | null {
    return request.where.organisationId ?? request.who.person?.organisationId ?? null;
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
    const person = request.who.person;
    const by: Actor = person
      ? { personId: person.id, name: person.name }
      : { name: request.who.displayName ?? 'A board secretary' };
    const session = await this.sessions.stored(organisationId, fileName, read.workbook, got, by);
    return this.mappingView(session, await this.remembered(organisationId), []);
  }

  /** The same, from the command line: the workbook read from disk (kept in this process only). */
  openFromWorkbook(
    organisationId: string,
    fileName: string,
    workbook: Workbook,
    by: Actor,
  ): string {
    return this.sessions.inMemory(organisationId, fileName, workbook, by).id;
  }

  /** The open import, if it is still open and this person's. */
  private async session(request: Request | null, id: string): Promise<Session | MessageView> {
    const s = await this.sessions.get(id);
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
    return s;
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
        canonicalJson(Object.values(a.headers).sort()) ===
          canonicalJson(Object.values(b.headers).sort());
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
    await this.sessions.save(session);
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
    const planned = await planImport(this.o, session, mapped);
    const view = previewView(session, planned, banner);
    session.shown = fingerprint(view);
    await this.sessions.save(session);
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
    const planned = await planImport(this.o, s, mapped);
    const view = previewView(s, planned, null);
    if (view.blocked) return view;
    if (fingerprint(view) !== s.shown) {
      const fresh = previewView(
        s,
        planned,
        'Something changed in Board Clerk since this preview (an owner may have updated an action). Here is the preview again; confirm it if it is still right.',
      );
      s.shown = fingerprint(fresh);
      await this.sessions.save(s);
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
    await this.sessions.close(s);
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
    await this.sessions.close(s);
    return message('Import cancelled', 'Nothing was changed. The file is forgotten.');
  }
}

function outcome(
  fileName: string,
  title: string,
  text: string,
  whatChanged: ImportOutcomeView['whatChanged'],
): ImportOutcomeView {
  return { kind: 'import-outcome', fileName, title, text, whatChanged };
}
