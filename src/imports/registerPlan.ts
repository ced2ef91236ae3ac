import {
  Risk,
  RiskRegister,
  type DataQualityFlag,
  type PrintedDate,
  type RiskFactor,
} from '../domain';
import {
  checkCombinedScores,
  checkMissingTarget,
  checkPrintedDates,
  checkQuotedScores,
} from '../domain/dataQuality';
import type { FieldDiff } from './actionPlan';
import { mergeFlags } from './actionPlan';
import type { ImportedAction } from './actionSheet';
import type { RiskField } from './fields';
import { provenanceOf, referenceKey, slug, sourceOf, uniqueId, type ImportRun } from './identity';
import type { OwnerReading } from './owners';
import { notImportable, problem, type ImportProblem } from './problems';
import type { ImportedRisk } from './riskSheet';
import {
  compareRegisterVersions,
  scoreText,
  type RegisterVersion,
  type VersionChanges,
} from './versions';

/**
 * The import plan for a risk register version. A file is a version of the BAF: importing it creates
 * the version beside the earlier ones (which are kept) and says what changed since the last; importing
 * the same version again compares risk by risk and, for the same file, changes nothing.
 */

/** The register version a file becomes, when it is not yet stored. */
export type VersionSpec = Pick<
  RiskRegister,
  'id' | 'title' | 'date' | 'referencePrefix' | 'appetite'
> &
  Partial<Pick<RiskRegister, 'aliases' | 'banding' | 'notes'>>;

export interface RegisterImport extends ImportRun {
  organisationId: string;
  /** The version as stored, when this file is a re-import of it; null for a new version. */
  existing: { register: RiskRegister; risks: readonly Risk[] } | null;
  version: VersionSpec;
  imported: readonly ImportedRisk[];
  /** Problems found reading the sheet: the plan lists them first, so the preview has them all. */
  problems?: readonly ImportProblem[];
  /** The latest earlier version, to say what changed since. */
  previous?: RegisterVersion | null;
}

export interface PlannedRisk {
  id: string;
  reference: string;
  sheet: string;
  row: number;
  changes: FieldDiff[];
  record: Risk;
  /** The lead as the file names it (the risk schema has no lead field yet; the card shows it). */
  lead: OwnerReading | null;
}

export interface RegisterPlan {
  registerId: string;
  isNewVersion: boolean;
  register: RiskRegister;
  new: PlannedRisk[];
  changed: PlannedRisk[];
  unchanged: { id: string; reference: string }[];
  noLongerPresent: { id: string; reference: string; title: string }[];
  problems: ImportProblem[];
  /** Against the previous version: null when there is none. */
  whatChanged: VersionChanges | null;
  writes: (RiskRegister | Risk)[];
}

/** What a flat register leaves out; the schema needs a value, the card shows this. */
export const NOT_STATED = 'Not stated in the imported file';

/** A later version of a register, for a file dated `date`: same prefix and appetite, a new id. */
export function nextVersionOf(
  previous: RiskRegister,
  date: PrintedDate,
  title?: string,
): VersionSpec {
  const base = previous.id.replace(/-\d{4}(-\d{2})?(-\d{2})?$/, '');
  const stamp = date.iso ? date.iso.slice(0, 7) : slug(date.printed);
  return {
    id: `${base}-${stamp}`,
    title:
      title ??
      `${previous.title.replace(/\s+\S+\s+\d{4}$|\s+\d{4}\/\d{2}$/, '')} ${date.printed}`.trim(),
    date,
    referencePrefix: previous.referencePrefix,
    appetite: previous.appetite,
    aliases: previous.aliases,
    ...(previous.banding ? { banding: previous.banding } : {}),
  };
}

/** "GREAT OUTCOMES We will improve access" -> "GREAT OUTCOMES": the aim in capitals, as BAFs print it. */
function aimOf(link: string): string {
  const caps = /^((?:THRIVE:\s*)?[A-Z][A-Z&' -]+[A-Z])\b/.exec(link)?.[1];
  return (caps ?? link).replace(/^THRIVE:\s*/, '').trim();
}

function factors(imported: ImportedRisk): { causes: RiskFactor[]; effects: RiskFactor[] } {
  const v = imported.values;
  const hasDetail =
    v.controls.length ||
    v.controlGaps.length ||
    v.assuranceGaps.length ||
    v.progress.length ||
    v.assurances.firstLine.length ||
    v.assurances.secondLine.length ||
    v.assurances.thirdLine.length;
  const causes: RiskFactor[] =
    hasDetail || v.cause
      ? [
          {
            kind: 'cause',
            title: v.cause ?? 'All causes (as listed in the file)',
            controls: v.controls,
            controlGaps: v.controlGaps,
            assurances: v.assurances,
            assuranceGaps: v.assuranceGaps,
            progress: v.progress,
          },
        ]
      : [];
  const effects: RiskFactor[] = v.effect
    ? [
        {
          kind: 'effect',
          title: v.effect,
          controls: [],
          controlGaps: [],
          assurances: { firstLine: [], secondLine: [], thirdLine: [] },
          assuranceGaps: [],
          progress: [],
        },
      ]
    : [];
  return { causes, effects };
}

/** The risk as the file gives it; fields the file has no column for keep the stored version's values. */
function buildRisk(
  imported: ImportedRisk,
  registerId: string,
  input: RegisterImport,
  id: string,
  before: Risk | null,
): Risk {
  const v = imported.values;
  const has = (f: RiskField) => imported.columns[f] !== undefined;
  const keep = <T>(field: RiskField | RiskField[], fresh: T, old: T | undefined): T =>
    before && !(Array.isArray(field) ? field.some(has) : has(field)) && old !== undefined
      ? old
      : fresh;
  const committees = v.committees.length ? v.committees : [NOT_STATED];
  const link = v.strategicLink ?? NOT_STATED;
  const { causes, effects } = factors(imported);
  const detailFields: RiskField[] = [
    'controls',
    'controlGaps',
    'assurances',
    'assurance1',
    'assurance2',
    'assurance3',
    'assuranceGaps',
    'progress',
    'cause',
    'effect',
  ];
  const risk: Risk = {
    id,
    organisationId: input.organisationId,
    kind: 'risk',
    registerId,
    reference: imported.reference,
    number: v.number,
    status: before?.status ?? 'approved',
    title: v.title,
    keywords: before?.keywords ?? [],
    strategicLink: keep('strategicLink', link, before?.strategicLink),
    strategicAim: keep('strategicLink', aimOf(link), before?.strategicAim),
    governance: keep('committee', v.committees.join(', ') || NOT_STATED, before?.governance),
    oversightCommittees: keep('committee', committees, before?.oversightCommittees),
    context: keep('context', v.context, before?.context),
    scores: v.scores,
    trend: keep('trend', v.trend, before?.trend),
    causes: keep(detailFields, causes, before?.causes),
    effects: keep(detailFields, effects, before?.effects),
    source: sourceOf(input, imported.sheet, imported.row),
    provenance: provenanceOf(input, imported.sheet, imported.row),
    dataQuality: [],
  };
  const section = keep('section', v.section ?? undefined, before?.section);
  if (section) risk.section = section;
  const appetite = keep('appetite', v.appetite ?? undefined, before?.appetite);
  if (appetite) risk.appetite = appetite;
  const included = keep('included', v.included ?? undefined, before?.included);
  if (included) risk.included = included;
  const lastUpdated = keep('lastUpdated', v.lastUpdated ?? undefined, before?.lastUpdated);
  if (lastUpdated) risk.lastUpdated = lastUpdated;
  return risk;
}

/** How the card shows each part of a risk, for the field-by-field comparison. */
const RISK_VIEW: { field: string; label: string; show: (r: Risk) => string | null }[] = [
  { field: 'title', label: 'Risk', show: (r) => r.title },
  { field: 'scores.initial', label: 'Initial score', show: (r) => scoreShown(r.scores.initial) },
  { field: 'scores.current', label: 'Current score', show: (r) => scoreShown(r.scores.current) },
  {
    field: 'scores.target',
    label: 'Target score',
    show: (r) => (r.scores.target ? scoreShown(r.scores.target) : null),
  },
  {
    field: 'appetite',
    label: 'Risk appetite',
    show: (r) =>
      r.appetite
        ? `${r.appetite.level}${r.appetite.upperLimit !== undefined ? ` (${r.appetite.upperLimit})` : ''}`
        : null,
  },
  {
    field: 'oversightCommittees',
    label: 'Committee',
    show: (r) => r.oversightCommittees.join('; '),
  },
  { field: 'strategicLink', label: 'Strategic objective', show: (r) => r.strategicLink },
  { field: 'section', label: 'Section', show: (r) => r.section ?? null },
  { field: 'trend', label: 'Trend', show: (r) => r.trend.printed },
  { field: 'context', label: 'Context', show: (r) => r.context || null },
  { field: 'controls', label: 'Controls', show: (r) => lines(r, (f) => f.controls) },
  { field: 'controlGaps', label: 'Gaps in control', show: (r) => lines(r, (f) => f.controlGaps) },
  {
    field: 'assurances',
    label: 'Sources of assurance',
    show: (r) =>
      lines(r, (f) => [
        ...f.assurances.firstLine,
        ...f.assurances.secondLine,
        ...f.assurances.thirdLine,
      ]),
  },
  {
    field: 'assuranceGaps',
    label: 'Gaps in assurance',
    show: (r) => lines(r, (f) => f.assuranceGaps),
  },
  { field: 'included', label: 'Date added', show: (r) => r.included?.printed ?? null },
  { field: 'lastUpdated', label: 'Last updated', show: (r) => r.lastUpdated?.printed ?? null },
];

function scoreShown(s: Risk['scores']['current']): string {
  const t = scoreText(s);
  return s.printedCombined !== null && s.printedCombined !== t.score
    ? `${t.text} (printed ${s.printedCombined})`
    : t.text;
}

function lines(r: Risk, pick: (f: RiskFactor) => string[]): string | null {
  const all = [...r.causes, ...r.effects].flatMap(pick);
  return all.length ? all.join('; ') : null;
}

function diffRisks(before: Risk, after: Risk): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const view of RISK_VIEW) {
    const b = view.show(before);
    const a = view.show(after);
    if ((b ?? '').replace(/\s+/g, ' ').trim() !== (a ?? '').replace(/\s+/g, ' ').trim())
      out.push({ field: view.field, label: view.label, before: b, after: a });
  }
  return out;
}

/** Which column a data-quality flag's field came from, so the problem can name it. */
function columnFor(imported: ImportedRisk, field: string): number | null {
  const stage = /^scores\.(initial|current|target)$/.exec(field)?.[1];
  const c = imported.columns;
  if (stage)
    return c[`${stage}.score` as RiskField] ?? c[`${stage}.consequence` as RiskField] ?? null;
  return c[field as RiskField] ?? null;
}

export function planRegisterImport(input: RegisterImport): RegisterPlan {
  const problems: ImportProblem[] = [...(input.problems ?? [])];
  const isNewVersion = input.existing === null;
  const register: RiskRegister =
    input.existing?.register ??
    RiskRegister.parse({
      ...input.version,
      organisationId: input.organisationId,
      kind: 'register',
      summary: [],
      source: { documentId: input.sourceDocumentId, section: input.fileName },
      provenance: provenanceOf(
        input,
        input.imported[0]?.sheet ?? input.fileName,
        input.imported[0]?.row ?? 1,
      ),
    });
  const existing = new Map(
    (input.existing?.risks ?? []).map((r) => [referenceKey(r.reference), r]),
  );
  const takenIds = new Set([...existing.values()].map((r) => r.id));
  const plan: RegisterPlan = {
    registerId: register.id,
    isNewVersion,
    register,
    new: [],
    changed: [],
    unchanged: [],
    noLongerPresent: [],
    problems,
    whatChanged: null,
    writes: [],
  };
  const matched = new Set<string>();
  const versionRisks: Risk[] = [];
  const base = register.id.replace(/^reg-/, '');
  for (const imported of input.imported) {
    const before = existing.get(referenceKey(imported.reference)) ?? null;
    const id = before?.id ?? uniqueId(`risk-${base}-${slug(imported.reference)}`, takenIds);
    let record = buildRisk(imported, register.id, input, id, before);
    const flags = [
      ...checkCombinedScores(record),
      ...checkMissingTarget(record),
      ...checkQuotedScores(record),
      ...checkPrintedDates(record),
    ];
    for (const f of flags)
      problems.push(
        problem(
          'flagged',
          {
            sheet: imported.sheet,
            row: imported.row,
            column: columnFor(imported, f.field),
            field: RISK_VIEW.find((v) => v.field === f.field)?.label ?? f.field,
          },
          `${f.message} Imported as printed, with a data-quality flag.`,
        ),
      );
    const parsed = Risk.safeParse({
      ...record,
      dataQuality: before ? mergeFlags(before.dataQuality, flags) : flags,
    });
    if (!parsed.success) {
      problems.push(
        notImportable(
          { sheet: imported.sheet, row: imported.row },
          `risk ${imported.reference}`,
          parsed.error,
        ),
      );
      continue;
    }
    record = parsed.data;
    const planned: PlannedRisk = {
      id,
      reference: imported.reference,
      sheet: imported.sheet,
      row: imported.row,
      changes: [],
      record,
      lead: imported.values.lead,
    };
    if (!before) {
      plan.new.push(planned);
      versionRisks.push(record);
      continue;
    }
    matched.add(before.id);
    planned.changes = diffRisks(before, record);
    if (planned.changes.length) plan.changed.push(planned);
    else {
      planned.record = before;
      plan.unchanged.push({ id, reference: before.reference });
    }
    versionRisks.push(planned.record);
  }
  plan.noLongerPresent = [...existing.values()]
    .filter((r) => !matched.has(r.id))
    .map((r) => ({ id: r.id, reference: r.reference, title: r.title }));
  if (input.previous)
    plan.whatChanged = compareRegisterVersions(input.previous, { register, risks: versionRisks });
  plan.writes = [
    ...(isNewVersion ? [register] : []),
    ...plan.new.map((p) => p.record),
    ...plan.changed.map((p) => p.record),
  ];
  return plan;
}

/**
 * A register whose rows carry an Actions column ("1. Digital plan\n2. EPR business case"): its lines
 * as BAF actions, numbered per risk ("GROUP BAF 1 action 2"), for the action log plan.
 */
export function inlineRiskActions(risks: readonly ImportedRisk[]): ImportedAction[] {
  return risks.flatMap((risk) =>
    risk.values.actions.map((text, i) => ({
      reference: `${risk.reference} action ${i + 1}`,
      sheet: risk.sheet,
      row: risk.row,
      values: { text, number: i + 1, riskReference: risk.reference },
      flags: [] as DataQualityFlag[],
    })),
  );
}
