import type { ActionStatus, DataQualityFlag, DeliveryKey, PrintedDate } from '../domain';
import { specOf, type ActionField } from './fields';
import { referenceKey } from './identity';
import type { SheetMapping } from './mapping';
import { readOwners, UnresolvedOwners, type OwnerReading, type OwnerResolver } from './owners';
import { problem, type ImportProblem } from './problems';
import { dataRows, type DataRow } from './rows';
import { readPrintedDate, readStatus, type DateReading, type StatusReading } from './values';
import type { Sheet } from './workbook';

/**
 * An action log sheet, row by row, into the values each action has in the file. Only the columns the
 * sheet has are set: a column the file lacks leaves the stored value alone when the plan is applied.
 */

export interface ActionValues {
  text?: string;
  owner?: OwnerReading;
  taskLead?: OwnerReading;
  originalDue?: PrintedDate | null;
  /** A revised date is a real day with a reason. */
  revisedDue?: { printed: string; iso: string; reason: string | null } | null;
  status?: ActionStatus;
  deliveryStatus?: DeliveryKey | null;
  /** The latest progress note as the file prints it, with its date. */
  progress?: { note: string; date: PrintedDate | null } | null;
  area?: string | null;
  /** Section title (from a Section column or a heading row), and the action's number in it. */
  section?: string | null;
  number?: number | null;
  committeeSignOff?: string | null;
  minuteReference?: string | null;
  riskReference?: string | null;
  closedOn?: PrintedDate | null;
}

export interface ImportedAction {
  reference: string;
  sheet: string;
  row: number;
  values: ActionValues;
  /** Data-quality flags for what the file itself gets wrong; the printed values are kept. */
  flags: DataQualityFlag[];
}

export interface ActionSheetContext {
  /** Prefix for references printed as bare numbers: "Well-Led" makes row "1" of section Leadership "Well-Led Leadership 1". */
  shortName: string;
  resolveOwner: OwnerResolver;
}

export interface ActionSheetResult {
  actions: ImportedAction[];
  problems: ImportProblem[];
  /** Owners nobody in the directory holds, with the rows that name them. */
  unresolvedOwners: { printed: string; rows: number[] }[];
}

/** Placeholder text for an action whose text cell is empty; a data-quality flag says so. */
export const MISSING_TEXT = '(no action text in the file)';

export function readActionSheet(
  sheet: Sheet,
  mapping: SheetMapping,
  ctx: ActionSheetContext,
): ActionSheetResult {
  const actions: ImportedAction[] = [];
  const problems: ImportProblem[] = [];
  const unresolved = new UnresolvedOwners();
  const seen = new Map<string, { row: number; count: number }>();

  for (const row of dataRows(sheet, mapping)) {
    const place = (field: ActionField) => ({
      sheet: sheet.name,
      row: row.row,
      column: row.column(field),
      field: specOf('action-log', field).label,
    });
    const flags: DataQualityFlag[] = [];
    const flag = (f: Omit<DataQualityFlag, 'detectedBy'>, field: ActionField, what: string) => {
      flags.push({ ...f, detectedBy: 'importer' });
      problems.push(problem('flagged', place(field), what));
    };

    const printedRef = row.text('reference');
    const text = row.text('text');
    if (!printedRef) {
      if (text || row.text('owner'))
        problems.push(
          problem(
            'row-skipped',
            place('reference'),
            'the reference is empty, so this row is not imported (Board Clerk needs a reference to recognise the action next time). Add one and import again.',
          ),
        );
      continue;
    }
    const values: ActionValues = {};
    const riskRef = row.has('riskReference') ? row.text('riskReference') || null : undefined;
    const section = row.has('section') ? row.text('section') || row.section : row.section;
    let reference = printedRef;
    // A number ("3", "3.1", "3a") is the action's place in its section or risk: say whose it is.
    if (/^\d[\d.]*[a-z]?$/i.test(printedRef)) {
      if (/^\d+$/.test(printedRef)) values.number = Number(printedRef);
      reference = riskRef
        ? `${riskRef} action ${printedRef}`
        : [ctx.shortName, section, printedRef].filter(Boolean).join(' ');
    }
    const key = referenceKey(reference);
    const earlier = seen.get(key);
    if (earlier) {
      earlier.count++;
      const renamed = `${reference} (${earlier.count})`;
      flag(
        {
          kind: 'inconsistent-record',
          field: 'reference',
          printed: reference,
          expected: renamed,
          message: `The file uses the reference ${reference} on rows ${earlier.row} and ${row.row}; this one is kept as ${renamed}.`,
        },
        'reference',
        `the reference ${reference} is also used on row ${earlier.row}. Imported as ${renamed} with a data-quality flag; give it its own reference in the file.`,
      );
      reference = renamed;
    } else seen.set(key, { row: row.row, count: 1 });

    if (section !== null || row.has('section')) values.section = section ?? null;
    if (text) values.text = text;
    else {
      values.text = MISSING_TEXT;
      flag(
        {
          kind: 'missing-value',
          field: 'text',
          printed: '',
          message: `The file gives no wording for action ${reference}.`,
        },
        'text',
        'the action is empty. Imported with a data-quality flag.',
      );
    }
    const owners = { resolve: ctx.resolveOwner, unresolved, reference, flag, problems, place };
    if (row.has('owner')) readOwnerField(row, 'owner', values, owners);
    if (row.has('taskLead')) readOwnerField(row, 'taskLead', values, owners);

    if (row.has('due')) {
      const due = readPrintedDate(row.value('due'));
      values.originalDue = dateValue(due);
      flagDate(due, 'due', 'originalDue', reference, flag);
      if (due.kind === 'empty')
        flag(
          {
            kind: 'missing-value',
            field: 'originalDue',
            printed: '',
            message: `The file gives no due date for action ${reference}.`,
          },
          'due',
          'the due date is empty. Imported with no due date and a data-quality flag.',
        );
    }
    if (row.has('revisedDue')) readRevised(row, values, problems, place);
    readStatuses(row, values, problems, place);
    if (row.has('progress')) {
      const note = row.text('progress');
      const date = row.has('progressDate')
        ? dateValue(readPrintedDate(row.value('progressDate')))
        : null;
      values.progress = note ? { note, date } : null;
    }
    if (row.has('area')) values.area = row.text('area') || null;
    if (row.has('committee')) values.committeeSignOff = row.text('committee') || null;
    if (row.has('minuteReference')) values.minuteReference = row.text('minuteReference') || null;
    else if (mapping.headers[mapping.columns.reference ?? 0]?.match(/minute/i))
      values.minuteReference = printedRef;
    if (riskRef !== undefined) values.riskReference = riskRef;
    if (row.has('closedOn')) {
      const closed = readPrintedDate(row.value('closedOn'));
      values.closedOn = dateValue(closed);
      flagDate(closed, 'closedOn', 'closure.closedOn', reference, flag);
    }
    actions.push({ reference, sheet: sheet.name, row: row.row, values, flags });
  }
  return {
    actions,
    problems,
    unresolvedOwners: unresolved.list(),
  };
}

type Flagger = (f: Omit<DataQualityFlag, 'detectedBy'>, field: ActionField, what: string) => void;
type PlaceOf = (field: ActionField) => {
  sheet: string;
  row: number;
  column: number | null;
  field: string;
};

interface OwnerContext {
  resolve: OwnerResolver;
  unresolved: UnresolvedOwners;
  reference: string;
  flag: Flagger;
  problems: ImportProblem[];
  place: PlaceOf;
}

function readOwnerField(
  row: DataRow,
  field: 'owner' | 'taskLead',
  values: ActionValues,
  { resolve, unresolved, reference, flag, problems, place }: OwnerContext,
): void {
  const printed = row.text(field);
  const reading = readOwners(printed, resolve);
  values[field] = reading;
  if (!printed && field === 'owner') {
    flag(
      {
        kind: 'missing-value',
        field: 'printedActionLead',
        printed: '',
        message: `The file names no lead for action ${reference}.`,
      },
      'owner',
      'no owner is given. Imported with a data-quality flag; nobody will be chased for it.',
    );
    return;
  }
  for (const part of unresolved.add(reading, row.row)) {
    problems.push(
      problem(
        'warning',
        place(field),
        `nobody in the directory holds "${part}". Imported with the owner as printed; map the role to a person so they are reminded.`,
      ),
    );
  }
}

function dateValue(reading: DateReading): PrintedDate | null {
  return reading.kind === 'empty' ? null : reading.date;
}

function flagDate(
  reading: DateReading,
  field: ActionField,
  domainField: string,
  reference: string,
  flag: Flagger,
): void {
  if (reading.kind === 'invalid')
    flag(
      {
        kind: 'invalid-date',
        field: domainField,
        printed: reading.date.printed,
        message: `The file gives ${reading.date.printed} for action ${reference}, a date that does not exist.`,
      },
      field,
      `${reading.message}. Imported as printed, with no day and a data-quality flag.`,
    );
  if (reading.kind === 'unreadable')
    flag(
      {
        kind: 'missing-value',
        field: domainField,
        printed: reading.date.printed,
        message: `The file gives "${reading.date.printed}" for action ${reference}, which is not a date.`,
      },
      field,
      `${reading.message}. Imported as printed, with no day and a data-quality flag.`,
    );
}

function readRevised(
  row: DataRow,
  values: ActionValues,
  problems: ImportProblem[],
  place: PlaceOf,
): void {
  const reading = readPrintedDate(row.value('revisedDue'));
  const reason = row.has('revisedReason') ? row.text('revisedReason') || null : null;
  if (reading.kind === 'empty') {
    values.revisedDue = null;
    return;
  }
  if (reading.kind === 'date' && reading.date.iso) {
    values.revisedDue = { printed: reading.date.printed, iso: reading.date.iso, reason };
    return;
  }
  problems.push(
    problem(
      'warning',
      place('revisedDue'),
      `the revised date "${reading.date.printed}" is not a single day, so it is not imported; the original due date stands. Give a date such as 31/03/2026.`,
    ),
  );
}

/**
 * A Status column says open, proposed or closed (open when it says neither); a RAG column gives the
 * delivery status. A file with only one of them reads both from it where it can.
 */
function readStatuses(
  row: DataRow,
  values: ActionValues,
  problems: ImportProblem[],
  place: PlaceOf,
): void {
  const read = (field: 'status' | 'deliveryStatus'): StatusReading | null => {
    if (!row.has(field)) return null;
    const reading = readStatus(row.value(field));
    if (!reading.recognised)
      problems.push(
        problem(
          'warning',
          place(field),
          `"${row.text(field)}" is not a status Board Clerk knows (Open, Proposed for closure, Closed; On track, Some issues, Not on track, Delivered; or Green, Amber, Red, Blue). Imported as ${field === 'status' ? 'open' : 'not yet reported'}.`,
        ),
      );
    return reading;
  };
  const status = read('status');
  const rag = read('deliveryStatus');
  if (status) values.status = status.status ?? rag?.status ?? 'open';
  else if (rag?.status) values.status = rag.status;
  if (rag) values.deliveryStatus = rag.deliveryStatus ?? null;
  else if (status?.deliveryStatus !== undefined) values.deliveryStatus = status.deliveryStatus;
}
