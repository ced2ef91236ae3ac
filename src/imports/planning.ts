import type { ActionLog, GovernanceRecord, PrintedDate, Risk, RiskRegister } from '../domain';
import { formatDate, londonToday } from '../domain/dates';
import type { ReferenceData, ReferenceDataCache } from '../shared/referenceData';
import { recordKey as keyOf } from '../store/importBatches';
import type { BatchWrite } from '../store/importRecords';
import type { GovernanceStore } from '../store/store';
import { planActionLogImport, type ActionLogPlan } from './actionPlan';
import { readActionSheet } from './actionSheet';
import type { ImportKind } from './fields';
import { importSourceDocument, logForSheet, referenceKey, slug } from './identity';
import { rememberMapping, type SavedMapping, type WorkbookMapping } from './mapping';
import { directoryResolver, type OwnerResolver } from './owners';
import type { ImportProblem } from './problems';
import {
  nextVersionOf,
  planRegisterImport,
  type RegisterPlan,
  type VersionSpec,
} from './registerPlan';
import { readRiskSheet } from './riskSheet';
import type { Session } from './sessions';
import { readPrintedDate } from './values';

/**
 * An open import planned against what is stored now: per ready sheet, the action log or register
 * version it goes into and the core's plan, and every record to write with the etag it was planned
 * against (null: created). The source document the records cite is written with them.
 */

export const NEW_LOG = 'new';

export interface PlanningDeps {
  store: GovernanceStore;
  referenceData: ReferenceDataCache;
  clock: () => Date;
}

/** What a sheet is planned as. */
export interface SheetPlan {
  sheet: string;
  kind: ImportKind;
  /** In words: "into the action log Group Trust Board actions". */
  target: string;
  action?: ActionLogPlan;
  register?: RegisterPlan;
  /** Register versions only: the previous version's id. */
  previousRegisterId?: string | null;
  /** Owners the directory does not know: "CEO (sheet "Actions", rows 4, 7)". */
  unresolved: string[];
}

export interface Planned {
  sheets: SheetPlan[];
  writes: BatchWrite[];
  problems: ImportProblem[];
  /** The sheets' mappings, remembered for the organisation once the import is applied. */
  mappings: SavedMapping[];
}

export async function planImport(
  deps: PlanningDeps,
  session: Session,
  mapped: WorkbookMapping,
): Promise<Planned> {
  const data = await deps.referenceData.get();
  const org = session.organisationId;
  const roles = data.roles.filter((r) => r.organisationId === org);
  const people = data.people.filter((p) => p.organisationId === org);
  const resolve: OwnerResolver = directoryResolver(roles, people);
  const now = deps.clock();
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
        choice === NEW_LOG ? null : await deps.store.get('actionLog', org, choice);
      const log: ActionLog = existingLog?.value ?? newLog(org, outcome.sheet, source.id, data);
      if (existingLog) etags.set(keyOf(log), existingLog.etag);
      const stored = existingLog
        ? await deps.store.findActions({ organisationId: org, logId: log.id })
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
      const sameStored = same ? await deps.store.get('register', org, same.id) : null;
      if (sameStored) etags.set(keyOf(sameStored.value), sameStored.etag);
      const sameRisks: Risk[] = [];
      if (same)
        for (const r of data.risks.filter((x) => x.registerId === same.id)) {
          const got = await deps.store.get('risk', org, r.id);
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
    const storedSource = await deps.store.get('source', org, source.id);
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
  return planned;
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
