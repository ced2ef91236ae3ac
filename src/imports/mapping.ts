import {
  FIELD_SPECS,
  KIND_LABEL,
  specOf,
  type FieldId,
  type FieldSpec,
  type ImportKind,
} from './fields';
import {
  headerCandidates,
  matchField,
  normaliseHeader,
  composeHeader,
  type FieldMatch,
  type HeaderCandidate,
} from './headers';
import { cellText, columnLetter, isBlank, type Sheet, type Workbook } from './workbook';

/**
 * Which sheet is what, and which column holds which field. Synonyms decide where they can; a header
 * the organisation mapped before (a remembered mapping) and the secretary's explicit choices win over
 * them. What cannot be decided comes back as decisions for the card: one choice set per column.
 */

/** How one sheet's columns map to fields. Column numbers are 1-based (A = 1). */
export interface SheetMapping {
  sheet: string;
  kind: ImportKind;
  /** The header row, or a group row and the sub-header row below it. */
  headerRows: number[];
  firstDataRow: number;
  columns: Partial<Record<FieldId, number>>;
  /** Header text of every column that has one, as displayed ("Current C"). */
  headers: Record<number, string>;
}

/** A column the secretary can pick, shown as "C: Exec lead (e.g. DoCA, CFO)". */
export interface ColumnOption {
  column: number;
  letter: string;
  header: string;
  examples: string[];
  /** The field this column is mapped to now, if any. */
  mappedTo: string | null;
}

/** A question for the mapping card: which column holds this field? */
export interface ColumnDecision {
  /** Stable id for the card's input: `${sheet}|${field}`. */
  id: string;
  sheet: string;
  kind: ImportKind;
  field: FieldId;
  label: string;
  required: boolean;
  reason: 'not-found' | 'ambiguous';
  question: string;
  options: ColumnOption[];
  /** Whether "This file does not have it" may be chosen (optional fields only). */
  allowNone: boolean;
}

/** A sheet the import did not recognise: the card may offer to read it as an action log or register. */
export interface SheetDecision {
  id: string;
  sheet: string;
  question: string;
  options: (ImportKind | 'skip')[];
}

export interface SheetOutcome {
  sheet: string;
  status: 'ready' | 'needs-choices' | 'skipped';
  kind: ImportKind | null;
  mapping: SheetMapping | null;
  decisions: ColumnDecision[];
  /** Why a sheet was skipped, in words. */
  note?: string;
}

export interface WorkbookMapping {
  sheets: SheetOutcome[];
  columnDecisions: ColumnDecision[];
  sheetDecisions: SheetDecision[];
  /** True when every sheet to import is mapped: validation can run. */
  ready: boolean;
  /** Set when nothing in the file can be imported even with choices (the import is blocked). */
  blocked: string | null;
}

/** A mapping the organisation confirmed before, kept by header text so columns may move. */
export interface SavedMapping {
  kind: ImportKind;
  headers: Partial<Record<FieldId, string>>;
}

/** The secretary's answers: per sheet, the column for a field, or null for "not in this file". */
export type ColumnChoices = Record<string, Partial<Record<FieldId, number | null>>>;

export interface MappingOptions {
  remembered?: readonly SavedMapping[];
  choices?: ColumnChoices;
  /** The secretary's answer for a sheet the import did not recognise (or to override detection). */
  kinds?: Record<string, ImportKind | 'skip'>;
}

interface Assignment {
  columns: Map<FieldId, number>;
  ambiguous: Map<FieldId, number[]>;
  score: number;
  requiredFound: number;
}

const KINDS: readonly ImportKind[] = ['action-log', 'risk-register'];

/** Fields that must be mapped for a sheet of this kind to be read, given what is mapped already. */
export function missingRequired(
  kind: ImportKind,
  columns: ReadonlyMap<FieldId, number>,
): FieldSpec[] {
  const has = (f: FieldId) => columns.has(f);
  return FIELD_SPECS[kind].filter((spec) => {
    if (!spec.required || has(spec.field)) return false;
    // A stage's "C x L" column ("4 x 4 = 16") stands for its consequence and likelihood.
    const stage = /^(initial|current|target)\./.exec(spec.field)?.[1];
    return !(stage && has(`${stage}.score` as FieldId));
  });
}

function assign(
  kind: ImportKind,
  texts: ReadonlyMap<number, string>,
  remembered: Partial<Record<FieldId, string>>,
  chosen: Partial<Record<FieldId, number | null>>,
): Assignment {
  const columns = new Map<FieldId, number>();
  const ambiguous = new Map<FieldId, number[]>();
  const excluded = new Set<FieldId>();
  const fields = new Set(FIELD_SPECS[kind].map((s) => s.field));
  for (const [field, column] of Object.entries(chosen) as [FieldId, number | null][]) {
    if (!fields.has(field)) continue;
    if (column === null) excluded.add(field);
    else columns.set(field, column);
  }
  const taken = new Set(columns.values());
  const normalised = new Map([...texts].map(([c, t]) => [c, normaliseHeader(t)]));
  type Pair = { spec: FieldSpec; column: number; match: FieldMatch };
  const pairs: Pair[] = [];
  for (const spec of FIELD_SPECS[kind]) {
    if (columns.has(spec.field) || excluded.has(spec.field)) continue;
    const rememberedHeader = remembered[spec.field];
    for (const [column, header] of normalised) {
      if (taken.has(column)) continue;
      const match = matchField(header, spec, rememberedHeader ? [rememberedHeader] : []);
      if (match) pairs.push({ spec, column, match });
    }
  }
  const better = (a: Pair, b: Pair) =>
    Number(a.match.weak) - Number(b.match.weak) ||
    b.match.strength - a.match.strength ||
    b.match.specificity - a.match.specificity ||
    Number(b.spec.required) - Number(a.spec.required) ||
    a.column - b.column;
  pairs.sort(better);
  for (const pair of pairs) {
    const { spec, column } = pair;
    if (columns.has(spec.field) || ambiguous.has(spec.field) || taken.has(column)) continue;
    const rivals = pairs.filter(
      (p) =>
        p.spec.field === spec.field &&
        !taken.has(p.column) &&
        p.match.weak === pair.match.weak &&
        p.match.strength === pair.match.strength &&
        p.match.specificity === pair.match.specificity,
    );
    if (spec.required && rivals.length > 1) {
      ambiguous.set(
        spec.field,
        rivals.map((r) => r.column),
      );
      continue;
    }
    columns.set(spec.field, column);
    taken.add(column);
  }
  // A required field left without a column takes one an optional field holds, if its header fits
  // ("Minute no." is the reference of a minutes action sheet, before it is a minute reference).
  for (const spec of FIELD_SPECS[kind]) {
    if (
      !spec.required ||
      columns.has(spec.field) ||
      ambiguous.has(spec.field) ||
      excluded.has(spec.field)
    )
      continue;
    const steal = pairs.find(
      (p) =>
        p.spec.field === spec.field &&
        [...columns].some(
          ([f, c]) => c === p.column && !specOf(kind, f).required && chosen[f] === undefined,
        ),
    );
    if (!steal) continue;
    for (const [f, c] of columns) if (c === steal.column) columns.delete(f);
    columns.set(spec.field, steal.column);
  }
  let score = 0;
  let requiredFound = 0;
  for (const [field, column] of columns) {
    const spec = specOf(kind, field);
    const match = pairs.find((p) => p.spec.field === field && p.column === column)?.match;
    const strength = match ? Math.min(match.strength, 1) * (match.weak ? 0.5 : 1) : 1;
    score += (spec.required ? 3 : 1) * strength;
    if (spec.required) requiredFound++;
  }
  // An ambiguous required field is found, just not yet placed.
  score += 2 * ambiguous.size;
  requiredFound += ambiguous.size;
  return { columns, ambiguous, score, requiredFound };
}

interface Detected {
  kind: ImportKind;
  header: HeaderCandidate;
  assignment: Assignment;
}

/** A sheet is read as a kind when at least two of its required fields are found. */
const MIN_REQUIRED_FOUND = 2;

function detect(
  sheet: Sheet,
  kinds: readonly ImportKind[],
  options: MappingOptions,
  requireMinimum: boolean,
): Detected | null {
  let best: Detected | null = null;
  const candidates = headerCandidates(sheet);
  for (const kind of kinds) {
    const remembered = rememberedFor(kind, options.remembered);
    const chosen = options.choices?.[sheet.name] ?? {};
    for (const header of candidates) {
      const assignment = assign(kind, header.texts, remembered, chosen);
      if (requireMinimum && assignment.requiredFound < MIN_REQUIRED_FOUND) continue;
      if (!best || assignment.score > best.assignment.score + 1e-9)
        best = { kind, header, assignment };
    }
  }
  return best;
}

/** The remembered headers for a kind: later mappings win over earlier ones. */
function rememberedFor(
  kind: ImportKind,
  saved: readonly SavedMapping[] = [],
): Partial<Record<FieldId, string>> {
  const out: Partial<Record<FieldId, string>> = {};
  for (const m of saved) if (m.kind === kind) Object.assign(out, m.headers);
  return out;
}

export function mapWorkbook(workbook: Workbook, options: MappingOptions = {}): WorkbookMapping {
  const sheets: SheetOutcome[] = [];
  const unrecognised: Sheet[] = [];
  for (const sheet of workbook.sheets) {
    const forced = options.kinds?.[sheet.name];
    if (forced === 'skip') {
      sheets.push({
        sheet: sheet.name,
        status: 'skipped',
        kind: null,
        mapping: null,
        decisions: [],
        note: 'Skipped, as chosen.',
      });
      continue;
    }
    const found =
      detect(sheet, forced ? [forced] : KINDS, options, !forced) ??
      (forced ? fallbackHeader(sheet, forced, options) : null);
    if (!found) {
      unrecognised.push(sheet);
      sheets.push({
        sheet: sheet.name,
        status: 'skipped',
        kind: null,
        mapping: null,
        decisions: [],
        note: `Not read: no headers Board Clerk recognises as an action log or a risk register.`,
      });
      continue;
    }
    sheets.push(outcomeFor(sheet, found));
  }
  const columnDecisions = sheets.flatMap((s) => s.decisions);
  const importable = sheets.filter((s) => s.status !== 'skipped');
  const sheetDecisions: SheetDecision[] =
    importable.length === 0
      ? unrecognised.map((s) => ({
          id: `${s.name}|kind`,
          sheet: s.name,
          question: `What is on the sheet "${s.name}"?`,
          options: ['action-log', 'risk-register', 'skip'],
        }))
      : [];
  const blocked =
    importable.length === 0
      ? `No sheet in ${workbook.fileName} has the columns of an action log (reference, action, owner, due date) or a risk register (reference, risk, consequence and likelihood scores). Say what a sheet holds to map its columns by hand.`
      : null;
  return {
    sheets,
    columnDecisions,
    sheetDecisions,
    ready: importable.length > 0 && importable.every((s) => s.status === 'ready'),
    blocked,
  };
}

/** For a sheet the secretary says is of a kind but whose headers match nothing: its first full row. */
function fallbackHeader(sheet: Sheet, kind: ImportKind, options: MappingOptions): Detected | null {
  const index = sheet.rows.findIndex((r) => r.filter((v) => !isBlank(v)).length >= 2);
  if (index < 0) return null;
  const header = composeHeader(sheet, [index + 1]);
  return {
    kind,
    header,
    assignment: assign(kind, header.texts, {}, options.choices?.[sheet.name] ?? {}),
  };
}

function outcomeFor(sheet: Sheet, found: Detected): SheetOutcome {
  const { kind, header, assignment } = found;
  const headers: Record<number, string> = Object.fromEntries(header.texts);
  const mapping: SheetMapping = {
    sheet: sheet.name,
    kind,
    headerRows: header.rows,
    firstDataRow: Math.max(...header.rows) + 1,
    columns: Object.fromEntries(assignment.columns),
    headers,
  };
  const decisions: ColumnDecision[] = [];
  const labelOf = (column: number) => {
    for (const [field, c] of assignment.columns) if (c === column) return specOf(kind, field).label;
    return null;
  };
  const option = (column: number): ColumnOption => ({
    column,
    letter: columnLetter(column),
    header: headers[column] ?? '',
    examples: examplesOf(sheet, column, mapping.firstDataRow),
    mappedTo: labelOf(column),
  });
  for (const [field, columns] of assignment.ambiguous) {
    const spec = specOf(kind, field);
    decisions.push({
      id: `${sheet.name}|${field}`,
      sheet: sheet.name,
      kind,
      field,
      label: spec.label,
      required: spec.required,
      reason: 'ambiguous',
      question: `On "${sheet.name}", several columns could be the ${spec.label.toLowerCase()}: ${columns.map((c) => `${columnLetter(c)} "${headers[c]}"`).join(', ')}. Which one is it?`,
      options: columns.map(option),
      allowNone: false,
    });
  }
  for (const spec of missingRequired(kind, assignment.columns)) {
    if (assignment.ambiguous.has(spec.field)) continue;
    const allColumns = Object.keys(headers).map(Number);
    decisions.push({
      id: `${sheet.name}|${spec.field}`,
      sheet: sheet.name,
      kind,
      field: spec.field,
      label: spec.label,
      required: true,
      reason: 'not-found',
      question: `On "${sheet.name}" (read as ${KIND_LABEL[kind] === 'action log' ? 'an' : 'a'} ${KIND_LABEL[kind]}), no column is headed like the ${spec.label.toLowerCase()}. Which column holds it?`,
      options: allColumns.map(option),
      allowNone: false,
    });
  }
  return {
    sheet: sheet.name,
    status: decisions.length ? 'needs-choices' : 'ready',
    kind,
    mapping,
    decisions,
  };
}

function examplesOf(sheet: Sheet, column: number, fromRow: number): string[] {
  const out: string[] = [];
  for (let r = fromRow; r <= sheet.rows.length && out.length < 3; r++) {
    const text = cellText(sheet.rows[r - 1]?.[column - 1] ?? null);
    if (text) out.push(text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text);
  }
  return out;
}

/** What to remember for the organisation once the secretary confirms a sheet's mapping. */
export function rememberMapping(mapping: SheetMapping): SavedMapping {
  const headers: Partial<Record<FieldId, string>> = {};
  for (const [field, column] of Object.entries(mapping.columns) as [FieldId, number][]) {
    const text = mapping.headers[column];
    if (text) headers[field] = normaliseHeader(text);
  }
  return { kind: mapping.kind, headers };
}
