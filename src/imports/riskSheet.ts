import type { AppetiteLevel, PrintedDate, PrintedScore, Risk } from '../domain';
import { specOf, type RiskField, type Stage } from './fields';
import { referenceKey } from './identity';
import type { SheetMapping } from './mapping';
import { readOwners, UnresolvedOwners, type OwnerReading, type OwnerResolver } from './owners';
import { problem, type ImportProblem } from './problems';
import { dataRows, type DataRow } from './rows';
import {
  readAppetite,
  readList,
  readNames,
  readPrintedDate,
  readRating,
  readScoreCell,
  readTrend,
} from './values';
import type { Sheet } from './workbook';

/** A risk register sheet (a BAF, a Datix or InPhase export), row by row, into each risk's values. */

export interface RiskValues {
  title: string;
  number: number | null;
  scores: Risk['scores'];
  lead: OwnerReading | null;
  committees: string[];
  strategicLink: string | null;
  section: string | null;
  appetite: { level: AppetiteLevel; upperLimit?: number } | null;
  trend: Risk['trend'];
  context: string;
  cause: string | null;
  effect: string | null;
  controls: string[];
  controlGaps: string[];
  assurances: { firstLine: string[]; secondLine: string[]; thirdLine: string[] };
  assuranceGaps: string[];
  progress: string[];
  /** Lines of an Actions column, for registers that list actions in the risk's row. */
  actions: string[];
  lastUpdated: PrintedDate | null;
  included: PrintedDate | null;
}

export interface ImportedRisk {
  reference: string;
  sheet: string;
  row: number;
  values: RiskValues;
  /** The columns this row's values came from, so later checks can name the column. */
  columns: Partial<Record<RiskField, number>>;
}

export interface RiskSheetResult {
  risks: ImportedRisk[];
  problems: ImportProblem[];
  unresolvedOwners: { printed: string; rows: number[] }[];
}

const STAGES: readonly Stage[] = ['initial', 'current', 'target'];

export function readRiskSheet(
  sheet: Sheet,
  mapping: SheetMapping,
  resolveOwner: OwnerResolver,
): RiskSheetResult {
  const risks: ImportedRisk[] = [];
  const problems: ImportProblem[] = [];
  const unresolved = new UnresolvedOwners();
  const seen = new Map<string, number>();
  for (const row of dataRows(sheet, mapping)) {
    const place = (field: RiskField) => ({
      sheet: sheet.name,
      row: row.row,
      column: row.column(field),
      field: specOf('risk-register', field).label,
    });
    const reference = row.text('reference');
    const title = row.text('title');
    if (!reference) {
      if (title)
        problems.push(
          problem(
            'row-skipped',
            place('reference'),
            'the risk reference is empty, so this row is not imported. Add one (for example BAF 3) and import again.',
          ),
        );
      continue;
    }
    const key = referenceKey(reference);
    const earlier = seen.get(key);
    if (earlier) {
      problems.push(
        problem(
          'row-skipped',
          place('reference'),
          `the reference ${reference} is already used on row ${earlier}, so this row is not imported. A register lists each risk once.`,
        ),
      );
      continue;
    }
    seen.set(key, row.row);
    if (!title) {
      problems.push(
        problem(
          'row-skipped',
          place('title'),
          `risk ${reference} has no title, so it is not imported.`,
        ),
      );
      continue;
    }

    const scores = readScores(row, reference, problems, place);
    if (!scores) continue;

    let lead: OwnerReading | null = null;
    if (row.has('lead')) {
      lead = readOwners(row.text('lead'), resolveOwner);
      for (const part of unresolved.add(lead, row.row)) {
        problems.push(
          problem(
            'warning',
            place('lead'),
            `nobody in the directory holds "${part}". Imported with the lead as printed.`,
          ),
        );
      }
    }
    const appetite = row.has('appetite') ? readAppetite(row.value('appetite')) : null;
    if (appetite && appetite.level === null)
      problems.push(
        problem(
          'warning',
          place('appetite'),
          `"${row.text('appetite')}" is not an appetite level Board Clerk knows (none, minimal, cautious, open, eager); the register's own appetite applies.`,
        ),
      );
    const trendText = row.text('trend');
    const dated = (field: 'lastUpdated' | 'included'): PrintedDate | null => {
      if (!row.has(field)) return null;
      const d = readPrintedDate(row.value(field));
      return d.kind === 'empty' ? null : d.date;
    };
    const number = /(\d+)\s*$/.exec(reference);
    risks.push({
      reference,
      sheet: sheet.name,
      row: row.row,
      columns: mapping.columns,
      values: {
        title,
        number: number ? Number(number[1]) : null,
        scores,
        lead,
        committees: readNames(row.value('committee')),
        strategicLink: row.text('strategicLink') || null,
        section: row.text('section') || row.section,
        appetite:
          appetite?.level != null
            ? {
                level: appetite.level,
                ...(appetite.upperLimit !== null ? { upperLimit: appetite.upperLimit } : {}),
              }
            : null,
        trend: { printed: trendText || null, direction: readTrend(row.value('trend')) },
        context: row.text('context'),
        cause: row.text('cause') || null,
        effect: row.text('effect') || null,
        controls: readList(row.value('controls')),
        controlGaps: readList(row.value('controlGaps')),
        assurances: readAssurances(row),
        assuranceGaps: readList(row.value('assuranceGaps')),
        progress: readList(row.value('progress')),
        actions: readList(row.value('actions')),
        lastUpdated: dated('lastUpdated'),
        included: dated('included'),
      },
    });
  }
  return {
    risks,
    problems,
    unresolvedOwners: unresolved.list(),
  };
}

type PlaceOf = (field: RiskField) => {
  sheet: string;
  row: number;
  column: number | null;
  field: string;
};

/** The three stages; null (row skipped) when the initial or current consequence or likelihood is missing. */
function readScores(
  row: DataRow,
  reference: string,
  problems: ImportProblem[],
  place: PlaceOf,
): Risk['scores'] | null {
  const out: Partial<Record<Stage, PrintedScore | null>> = {};
  for (const stage of STAGES) {
    const cField = `${stage}.consequence` as const;
    const lField = `${stage}.likelihood` as const;
    const sField = `${stage}.score` as const;
    const cell = row.has(sField) ? readScoreCell(row.value(sField)) : null;
    if (row.has(sField) && row.text(sField) && !cell)
      problems.push(
        problem(
          'warning',
          place(sField),
          `"${row.text(sField)}" is not a score (a number, or C x L such as 4 x 4 = 16); it is ignored.`,
        ),
      );
    const rating = (
      field: typeof cField | typeof lField,
      fromCell: number | null,
      what: string,
    ): number | null => {
      if (row.has(field)) {
        const r = readRating(row.value(field), what);
        if (r.ok === true) return r.value;
        if (r.ok === false) {
          problems.push(
            problem(stage === 'target' ? 'warning' : 'row-skipped', place(field), `${r.message}.`),
          );
          return null;
        }
      }
      if (fromCell !== null) {
        const r = readRating(fromCell, what);
        if (r.ok === true) return r.value;
        if (r.ok === false)
          problems.push(
            problem(stage === 'target' ? 'warning' : 'row-skipped', place(sField), `${r.message}.`),
          );
      }
      return null;
    };
    const consequence = rating(cField, cell?.consequence ?? null, `${stage} consequence`);
    const likelihood = rating(lField, cell?.likelihood ?? null, `${stage} likelihood`);
    if (consequence === null || likelihood === null) {
      if (stage === 'target') {
        out.target = null;
        continue;
      }
      if (!problems.some((p) => p.row === row.row && p.severity === 'row-skipped'))
        problems.push(
          problem(
            'row-skipped',
            place(consequence === null ? cField : lField),
            `risk ${reference} has no ${stage} ${consequence === null ? 'consequence' : 'likelihood'}, so it is not imported. A risk needs its ${stage} consequence and likelihood (1 to 5).`,
          ),
        );
      return null;
    }
    out[stage] = { consequence, likelihood, printedCombined: cell?.combined ?? null };
  }
  return { initial: out.initial!, current: out.current!, target: out.target ?? null };
}

/** 1st/2nd/3rd line columns, or one Assurances column whose lines may start "1st line:" and so on. */
function readAssurances(row: DataRow): RiskValues['assurances'] {
  const out = {
    firstLine: readList(row.value('assurance1')),
    secondLine: readList(row.value('assurance2')),
    thirdLine: readList(row.value('assurance3')),
  };
  for (const line of readList(row.value('assurances'))) {
    const m = /^(1st|first|2nd|second|3rd|third)\s+line\s*[:–-]?\s*(.*)$/i.exec(line);
    const which = m?.[1]?.toLowerCase();
    const text = m ? m[2]! : line;
    if (!text) continue;
    if (which === '2nd' || which === 'second') out.secondLine.push(text);
    else if (which === '3rd' || which === 'third') out.thirdLine.push(text);
    else out.firstLine.push(text);
  }
  return out;
}
