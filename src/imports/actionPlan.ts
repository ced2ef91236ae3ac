import { ACTION_STATUS_WORDS } from '../domain/action';
import {
  Action,
  type ActionLog,
  type Actor,
  type DataQualityFlag,
  type FieldChange,
  type HistoryEntry,
  type ProgressNote,
} from '../domain';
import { formatDate, londonDateOf } from '../domain/dates';
import { deliveryKeyWords } from '../domain/progressUpdate';
import type { ActionValues, ImportedAction } from './actionSheet';
import {
  provenanceOf,
  referenceKey,
  sameText,
  slug,
  sourceOf,
  uniqueId,
  type ImportRun,
} from './identity';
import { notImportable, problem, type ImportProblem } from './problems';

/**
 * The import plan for one action log: what the file would add and change, field by field, what is no
 * longer in it, and where owners have recorded progress in Teams since the last import (conflicts,
 * kept as Teams has them unless the secretary takes the file's values). Applying the plan means writing
 * `writes`; nothing else. The same file twice plans no writes.
 */

export interface ActionLogImport extends ImportRun {
  log: ActionLog;
  /** False when the caller made `log` for this import; it is then written with the actions. */
  logExists: boolean;
  existing: readonly Action[];
  imported: readonly ImportedAction[];
  /** Problems found reading the sheet: the plan lists them first, so the preview has them all. */
  problems?: readonly ImportProblem[];
  /** For BAF action logs: the risk id for a reference printed in the file ("GROUP BAF 1"). */
  riskIdFor?: (reference: string) => string | null;
  /** And back, for the preview: "GROUP BAF 1" for a risk id. */
  riskReferenceOf?: (riskId: string) => string | null;
  /** Action ids whose conflicts the secretary resolved by taking the file's values. */
  takeFileFor?: readonly string[];
}

/** One field that changes: how the preview card shows it. */
export interface FieldDiff {
  /** The action's field ("originalDue"). */
  field: string;
  /** Its name on the card ("Due date"). */
  label: string;
  before: string | null;
  after: string | null;
}

/** A field the file would change that an owner changed in Teams since the last import. */
export interface Conflict {
  actionId: string;
  reference: string;
  field: string;
  label: string;
  /** What Teams has now, who recorded it and when. */
  teams: { value: string | null; by: string; at: string };
  file: string | null;
  resolution: 'keep-teams' | 'take-file';
}

export interface PlannedAction {
  id: string;
  reference: string;
  sheet: string;
  row: number;
  changes: FieldDiff[];
  conflicts: Conflict[];
  /** The action as it will be stored. */
  record: Action;
}

export interface ActionLogPlan {
  logId: string;
  new: PlannedAction[];
  changed: PlannedAction[];
  unchanged: { id: string; reference: string }[];
  /** In the log but not in the file: listed, left as they are. */
  noLongerPresent: { id: string; reference: string; text: string; status: Action['status'] }[];
  conflicts: Conflict[];
  problems: ImportProblem[];
  /** The log as it will be stored (new sections from the file); null when it does not change. */
  log: ActionLog | null;
  /** What applying the plan writes: the log when new or changed, then new and changed actions. */
  writes: (ActionLog | Action)[];
}

interface FieldRule {
  field: string;
  label: string;
  /** The file's value for this field, or undefined when the file does not have it. */
  incoming(values: ActionValues, ctx: RuleContext): unknown;
  same(incoming: unknown, existing: Action, ctx: RuleContext): boolean;
  show(value: unknown, ctx: RuleContext): string | null;
  current(existing: Action): unknown;
  apply(action: Action, incoming: unknown, ctx: RuleContext): Action;
}

interface RuleContext {
  run: ImportRun;
  sectionIdFor(title: string): string;
  riskIdFor(reference: string): string | null;
  riskReferenceOf(riskId: string): string | null;
}

type Owner = NonNullable<ActionValues['owner']>;

const showDate = (d: { printed: string } | null | undefined) => d?.printed ?? null;

const RULES: readonly FieldRule[] = [
  {
    field: 'text',
    label: 'Action',
    incoming: (v) => v.text,
    same: (i, a) => sameText(i as string, a.text),
    show: (v) => (v as string | undefined) ?? null,
    current: (a) => a.text,
    apply: (a, i) => ({ ...a, text: i as string }),
  },
  ownerRule('owner', 'Action lead', 'printedActionLead', 'actionLeadRoleIds'),
  ownerRule('taskLead', 'Task lead', 'printedTaskLead', 'taskLeadRoleIds'),
  {
    field: 'originalDue',
    label: 'Due date',
    incoming: (v) => v.originalDue,
    same: (i, a) => sameText(showDate(i as Action['originalDue']), showDate(a.originalDue)),
    show: (v) => showDate(v as Action['originalDue']),
    current: (a) => a.originalDue,
    apply: (a, i) => ({ ...a, originalDue: (i as Action['originalDue']) ?? null }),
  },
  {
    field: 'revisedDue',
    label: 'Revised due date',
    incoming: (v) => v.revisedDue,
    same: (i, a) => {
      const r = i as ActionValues['revisedDue'];
      if (!r || !a.revisedDue) return !r && !a.revisedDue;
      return (
        r.iso === a.revisedDue.iso && (r.reason === null || sameText(r.reason, a.revisedDue.reason))
      );
    },
    show: (v) => {
      const r = v as ActionValues['revisedDue'] | Action['revisedDue'];
      return r ? `${formatDate(r.iso)}${r.reason ? ` (${r.reason})` : ''}` : null;
    },
    current: (a) => a.revisedDue,
    apply: (a, i, ctx) => {
      const r = i as ActionValues['revisedDue'];
      return {
        ...a,
        revisedDue: r
          ? {
              iso: r.iso,
              printed: r.printed,
              reason: r.reason ?? a.revisedDue?.reason ?? `Revised in ${ctx.run.fileName}`,
              setBy: ctx.run.importedBy,
              setAt: ctx.run.now.toISOString(),
            }
          : null,
      };
    },
  },
  {
    field: 'status',
    label: 'Status',
    incoming: (v) => v.status,
    same: (i, a) => i === a.status,
    show: (v) => (v ? ACTION_STATUS_WORDS[v as Action['status']] : null),
    current: (a) => a.status,
    apply: (a, i) => ({ ...a, status: i as Action['status'] }),
  },
  {
    field: 'deliveryStatus',
    label: 'Delivery status',
    incoming: (v) => v.deliveryStatus,
    same: (i, a) => (i ?? null) === a.deliveryStatus,
    show: (v) => deliveryKeyWords((v as Action['deliveryStatus']) ?? null),
    current: (a) => a.deliveryStatus,
    apply: (a, i) => ({ ...a, deliveryStatus: (i as Action['deliveryStatus']) ?? null }),
  },
  {
    field: 'progress',
    label: 'Progress update',
    // An empty progress cell never removes notes; a note the log already ends with is not added again.
    incoming: (v) => (v.progress ? v.progress : undefined),
    same: (i, a) => sameText((i as Progress).note, a.progress.at(-1)?.note),
    show: (v) => {
      const p = v as Progress | ProgressNote | undefined;
      if (!p) return null;
      const date =
        'date' in p ? p.date?.printed : p.at ? formatDate(londonDateOf(p.at)) : p.printedDate;
      return date ? `${p.note} (${date})` : p.note;
    },
    current: (a) => a.progress.at(-1),
    apply: (a, i, ctx) => {
      const p = i as Progress;
      const note: ProgressNote = {
        by: ctx.run.importedBy,
        note: p.note,
        deliveryStatus: a.deliveryStatus,
        ...(p.date ? { printedDate: p.date.printed } : {}),
      };
      return { ...a, progress: [...a.progress, note] };
    },
  },
  optionalText('area', 'Area', (v) => v.area),
  optionalText('committeeSignOff', 'Committee sign-off', (v) => v.committeeSignOff),
  optionalText('minuteReference', 'Minute reference', (v) => v.minuteReference),
  {
    field: 'sectionId',
    label: 'Section',
    incoming: (v, ctx) =>
      v.section === undefined ? undefined : v.section ? ctx.sectionIdFor(v.section) : null,
    same: (i, a) => (i ?? undefined) === a.sectionId,
    show: (v) => (v as string | null) ?? null,
    current: (a) => a.sectionId,
    apply: (a, i) => withOptional(a, 'sectionId', i as string | null),
  },
  {
    field: 'riskId',
    label: 'BAF risk',
    incoming: (v, ctx) =>
      v.riskReference === undefined
        ? undefined
        : v.riskReference
          ? ctx.riskIdFor(v.riskReference)
          : null,
    same: (i, a) => (i ?? undefined) === a.riskId,
    show: (v, ctx) => (v ? (ctx.riskReferenceOf(v as string) ?? (v as string)) : null),
    current: (a) => a.riskId,
    apply: (a, i) => withOptional(a, 'riskId', i as string | null),
  },
  {
    field: 'closure.closedOn',
    label: 'Date closed',
    incoming: (v) => v.closedOn,
    same: (i, a) => sameText(showDate(i as Action['originalDue']), showDate(a.closure?.closedOn)),
    show: (v) => showDate(v as Action['originalDue']),
    current: (a) => a.closure?.closedOn ?? null,
    apply: (a, i, ctx) => {
      const closedOn = i as Action['originalDue'];
      return {
        ...a,
        closure: closedOn
          ? {
              closedOn,
              approvedBy: a.closure?.approvedBy ?? `Recorded as closed in ${ctx.run.fileName}`,
              ...(a.closure?.note ? { note: a.closure.note } : {}),
            }
          : null,
      };
    },
  },
];

type Progress = NonNullable<ActionValues['progress']>;

function withOptional<
  K extends 'sectionId' | 'riskId' | 'area' | 'committeeSignOff' | 'minuteReference',
>(a: Action, key: K, value: string | null): Action {
  const next = { ...a };
  if (value) next[key] = value;
  else delete next[key];
  return next;
}

function optionalText(
  field: 'area' | 'committeeSignOff' | 'minuteReference',
  label: string,
  pick: (v: ActionValues) => string | null | undefined,
): FieldRule {
  return {
    field,
    label,
    incoming: pick,
    same: (i, a) => sameText(i as string | null, a[field]),
    show: (v) => (v as string | null | undefined) ?? null,
    current: (a) => a[field],
    apply: (a, i) => withOptional(a, field, i as string | null),
  };
}

/** The same owner: the same printed words, or different words for the same roles. */
function ownerRule(
  key: 'owner' | 'taskLead',
  label: string,
  printedField: 'printedActionLead' | 'printedTaskLead',
  idsField: 'actionLeadRoleIds' | 'taskLeadRoleIds',
): FieldRule {
  return {
    field: idsField,
    label,
    incoming: (v) => v[key],
    same: (i, a) => {
      const o = i as Owner;
      if (sameText(o.printed, a[printedField])) return true;
      const ids = new Set(o.roleIds);
      return (
        o.unresolved.length === 0 &&
        ids.size === a[idsField].length &&
        a[idsField].every((id) => ids.has(id))
      );
    },
    show: (v) => {
      const o = v as Owner | string | undefined;
      if (o === undefined) return null;
      if (typeof o === 'string') return o || null;
      if (!o.printed) return null;
      return o.unresolved.length
        ? `${o.printed} (not in the directory: ${o.unresolved.join(', ')})`
        : o.printed;
    },
    current: (a) => a[printedField] ?? '',
    apply: (a, i) => {
      const o = i as Owner;
      const next: Action = { ...a, [idsField]: o.roleIds };
      if (o.printed) next[printedField] = o.printed;
      else delete next[printedField];
      return next;
    },
  };
}

/** Which fields an owner's entry in Teams touched: these are the fields a file may not silently overwrite. */
function touchedInTeams(action: Action): Map<string, { by: string; at: string }> {
  const since = action.provenance?.importedAt ?? null;
  const touched = new Map<string, { by: string; at: string }>();
  const mark = (field: string, by: Actor, at: string) => touched.set(field, { by: by.name, at });
  for (const entry of action.history) {
    if (entry.event === 'imported' || (since !== null && entry.at <= since)) continue;
    for (const change of entry.changes) {
      const field = HISTORY_FIELDS[change.field];
      if (field) mark(field, entry.by, entry.at);
    }
    if (entry.event === 'progress-update' || entry.event === 'proposed-for-closure')
      mark('progress', entry.by, entry.at);
    if (entry.event !== 'progress-update' && entry.event !== 'edited')
      mark('status', entry.by, entry.at);
    if (entry.event === 'closure-approved') mark('closure.closedOn', entry.by, entry.at);
  }
  for (const note of action.progress)
    if (note.at && (since === null || note.at > since)) mark('progress', note.by, note.at);
  return touched;
}

/** History entries name fields in words (see applyProgressUpdate). */
const HISTORY_FIELDS: Record<string, string> = {
  'delivery status': 'deliveryStatus',
  'due date': 'revisedDue',
  status: 'status',
};

export function planActionLogImport(input: ActionLogImport): ActionLogPlan {
  const problems: ImportProblem[] = [...(input.problems ?? [])];
  const logBefore = input.log;
  let log = input.log;
  const sectionIdFor = (title: string): string => {
    const found = log.sections.find(
      (s) => sameText(s.title.toLowerCase(), title.toLowerCase()) || s.id === slug(title),
    );
    if (found) return found.id;
    const id = uniqueId(slug(title), new Set(log.sections.map((s) => s.id)));
    log = { ...log, sections: [...log.sections, { id, title }] };
    return id;
  };
  const ctx: RuleContext = {
    run: input,
    sectionIdFor,
    riskIdFor: (reference) => input.riskIdFor?.(reference) ?? null,
    riskReferenceOf: (riskId) => input.riskReferenceOf?.(riskId) ?? null,
  };
  const byReference = new Map(input.existing.map((a) => [referenceKey(a.reference), a]));
  const matched = new Set<string>();
  const takenIds = new Set(input.existing.map((a) => a.id));
  const takeFile = new Set(input.takeFileFor ?? []);
  const plan: ActionLogPlan = {
    logId: input.log.id,
    new: [],
    changed: [],
    unchanged: [],
    noLongerPresent: [],
    conflicts: [],
    problems,
    log: null,
    writes: [],
  };

  for (const incoming of input.imported) {
    if (incoming.values.riskReference && !ctx.riskIdFor(incoming.values.riskReference))
      problems.push(
        problem(
          'warning',
          { sheet: incoming.sheet, row: incoming.row, field: 'BAF risk' },
          `the register has no risk ${incoming.values.riskReference}; the action is imported without a link to a risk.`,
        ),
      );
    const existing = findExisting(incoming, byReference, input.existing, sectionIdFor);
    if (existing && matched.has(existing.id)) continue;
    const planned = existing
      ? planChange(existing, incoming, ctx, takeFile.has(existing.id))
      : planNew(incoming, input, ctx, takenIds);
    const parsed = Action.safeParse(planned.record);
    if (!parsed.success) {
      problems.push(
        notImportable(
          { sheet: incoming.sheet, row: incoming.row },
          `action ${incoming.reference}`,
          parsed.error,
        ),
      );
      continue;
    }
    planned.record = parsed.data;
    if (existing) {
      matched.add(existing.id);
      plan.conflicts.push(...planned.conflicts);
      if (planned.changes.length) plan.changed.push(planned);
      else plan.unchanged.push({ id: existing.id, reference: existing.reference });
    } else plan.new.push(planned);
  }
  plan.noLongerPresent = input.existing
    .filter((a) => !matched.has(a.id))
    .map((a) => ({ id: a.id, reference: a.reference, text: a.text, status: a.status }));
  const logChanged = log !== logBefore;
  plan.log = logChanged || !input.logExists ? log : null;
  for (const p of [...plan.new, ...plan.changed]) p.record = { ...p.record, logId: log.id };
  plan.writes = [
    ...(plan.log ? [plan.log] : []),
    ...plan.new.map((p) => p.record),
    ...plan.changed.map((p) => p.record),
  ];
  return plan;
}

function findExisting(
  incoming: ImportedAction,
  byReference: Map<string, Action>,
  existing: readonly Action[],
  sectionIdFor: (title: string) => string,
): Action | undefined {
  const direct = byReference.get(referenceKey(incoming.reference));
  if (direct) return direct;
  // A row numbered within a section ("1" under "Freedom to Speak Up") is that section's action 1,
  // whatever reference the log gave it ("Well-Led FTSU 1").
  const { section, number } = incoming.values;
  if (!section || !number) return undefined;
  const sectionId = sectionIdFor(section);
  return existing.find((a) => a.sectionId === sectionId && a.number === number);
}

function planChange(
  existing: Action,
  incoming: ImportedAction,
  ctx: RuleContext,
  takeFile: boolean,
): PlannedAction {
  const touched = touchedInTeams(existing);
  const changes: FieldDiff[] = [];
  const conflicts: Conflict[] = [];
  let record: Action = existing;
  for (const rule of RULES) {
    const value = rule.incoming(incoming.values, ctx);
    if (value === undefined || rule.same(value, existing, ctx)) continue;
    const diff: FieldDiff = {
      field: rule.field,
      label: rule.label,
      before: rule.show(rule.current(existing), ctx),
      after: rule.show(value, ctx),
    };
    const teams = touched.get(rule.field);
    if (teams) {
      conflicts.push({
        actionId: existing.id,
        reference: existing.reference,
        field: rule.field,
        label: rule.label,
        teams: { value: diff.before, by: teams.by, at: teams.at },
        file: diff.after,
        resolution: takeFile ? 'take-file' : 'keep-teams',
      });
      if (!takeFile) continue;
    }
    changes.push(diff);
    record = rule.apply(record, value, ctx);
  }
  const planned = (result: Action): PlannedAction => ({
    id: existing.id,
    reference: existing.reference,
    sheet: incoming.sheet,
    row: incoming.row,
    changes,
    conflicts,
    record: result,
  });
  if (changes.length === 0) return planned(existing);
  const entry: HistoryEntry = {
    at: ctx.run.now.toISOString(),
    by: ctx.run.importedBy,
    event: 'imported',
    changes: changes.map<FieldChange>((c) => ({
      field: c.label.toLowerCase(),
      from: c.before,
      to: c.after,
    })),
    note: `Imported from ${ctx.run.fileName}, sheet ${incoming.sheet}, row ${incoming.row}.`,
  };
  record = {
    ...record,
    dataQuality: mergeFlags(existing.dataQuality, incoming.flags),
    provenance: provenanceOf(ctx.run, incoming.sheet, incoming.row),
    source: sourceOf(ctx.run, incoming.sheet, incoming.row),
    history: [...existing.history, entry],
    revision: existing.revision + 1,
  };
  return planned(record);
}

function planNew(
  incoming: ImportedAction,
  input: ActionLogImport,
  ctx: RuleContext,
  takenIds: Set<string>,
): PlannedAction {
  const id = uniqueId(
    `act-${input.log.id.replace(/^log-/, '')}-${slug(incoming.reference)}`,
    takenIds,
  );
  let record: Action = {
    id,
    organisationId: input.log.organisationId,
    kind: 'action',
    logId: input.log.id,
    reference: incoming.reference,
    text: incoming.values.text ?? incoming.reference,
    actionLeadRoleIds: [],
    taskLeadRoleIds: [],
    originalDue: null,
    revisedDue: null,
    status: 'open',
    deliveryStatus: null,
    closure: null,
    progress: [],
    history: [],
    revision: 0,
    source: sourceOf(input, incoming.sheet, incoming.row),
    provenance: provenanceOf(input, incoming.sheet, incoming.row),
    dataQuality: incoming.flags,
    ...(incoming.values.number ? { number: incoming.values.number } : {}),
  };
  const changes: FieldDiff[] = [];
  for (const rule of RULES) {
    const value = rule.incoming(incoming.values, ctx);
    if (value === undefined) continue;
    record = rule.apply(record, value, ctx);
    const after = rule.show(value, ctx);
    if (after !== null) changes.push({ field: rule.field, label: rule.label, before: null, after });
  }
  record = {
    ...record,
    history: [
      {
        at: input.now.toISOString(),
        by: input.importedBy,
        event: 'imported',
        changes: [],
        note: `Imported from ${input.fileName}, sheet ${incoming.sheet}, row ${incoming.row}.`,
      },
    ],
  };
  return {
    id,
    reference: incoming.reference,
    sheet: incoming.sheet,
    row: incoming.row,
    changes,
    conflicts: [],
    record,
  };
}

/** Flags the file raises now replace the importer's earlier ones; a transcriber's flags stay. */
export function mergeFlags(
  existing: readonly DataQualityFlag[],
  fresh: readonly DataQualityFlag[],
): DataQualityFlag[] {
  const kept = existing.filter((f) => f.detectedBy !== 'importer');
  return [
    ...kept,
    ...fresh.filter((f) => !kept.some((k) => k.kind === f.kind && k.field === f.field)),
  ];
}
