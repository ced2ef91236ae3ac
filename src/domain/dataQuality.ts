import type { DataQualityFlag, PrintedDate } from './common';
import { parseNumericUkDate, printedMonth } from './dates';
import type { GovernanceRecord } from './index';
import type { PrintedScore, Risk, RiskRegister } from './risk';
import { score } from './scoring';

/**
 * The importer's checks for sources that contradict themselves. Each returns flags for one record; the
 * printed values are never changed. Flags a transcriber already recorded (same kind and field) are kept
 * as they are and not repeated.
 */

const STAGES = ['initial', 'current', 'target'] as const;

function flag(f: Omit<DataQualityFlag, 'detectedBy'>): DataQualityFlag {
  return { ...f, detectedBy: 'importer' };
}

/** A combined score that is not consequence x likelihood. */
export function checkCombinedScores(risk: Risk): DataQualityFlag[] {
  const flags: DataQualityFlag[] = [];
  for (const stage of STAGES) {
    const s: PrintedScore | null = risk.scores[stage];
    if (!s || s.printedCombined === null) continue;
    const product = score(s);
    if (s.printedCombined !== product)
      flags.push(
        flag({
          kind: 'combined-not-product',
          field: `scores.${stage}`,
          printed: String(s.printedCombined),
          expected: String(product),
          message: `${risk.reference} prints a ${stage} score of ${s.consequence} x ${s.likelihood} = ${s.printedCombined}; ${s.consequence} x ${s.likelihood} is ${product}.`,
        }),
      );
  }
  return flags;
}

/** The register's summary table against the risk's detail page: current score and title. */
export function checkSummaryAgainstDetail(risk: Risk, register: RiskRegister): DataQualityFlag[] {
  const row = register.summary.find((r) => sameReference(r.reference, risk.reference));
  if (!row) return [];
  const flags: DataQualityFlag[] = [];
  const current = score(risk.scores.current);
  if (row.printedScore !== current)
    flags.push(
      flag({
        kind: 'summary-detail-mismatch',
        field: 'scores.current',
        printed: String(row.printedScore),
        expected: String(current),
        message: `The summary table says ${row.printedScore}; the detail says ${risk.scores.current.consequence} x ${risk.scores.current.likelihood} = ${current}.`,
      }),
    );
  if (normaliseText(row.title) !== normaliseText(risk.title))
    flags.push(
      flag({
        kind: 'summary-detail-mismatch',
        field: 'title',
        printed: risk.title,
        expected: row.title,
        message: `The summary table and the detail page give ${risk.reference} different titles.`,
      }),
    );
  return flags;
}

export function checkMissingTarget(risk: Risk): DataQualityFlag[] {
  if (risk.scores.target) return [];
  return [
    flag({
      kind: 'missing-value',
      field: 'scores.target',
      printed: '',
      message: `${risk.reference} prints no target score.`,
    }),
  ];
}

/** A score quoted in free text ("score 60") that the 5x5 matrix cannot produce. */
export function checkQuotedScores(risk: Risk): DataQualityFlag[] {
  const flags: DataQualityFlag[] = [];
  for (const field of ['systemRisk', 'corporateRisk'] as const) {
    const text = risk[field];
    if (!text) continue;
    for (const m of text.matchAll(/score\s+(\d+)/gi)) {
      const value = Number(m[1]);
      if (value > 25)
        flags.push(
          flag({
            kind: 'impossible-value',
            field,
            printed: m[0],
            message: `${risk.reference} quotes "${m[0]}", which a 5 x 5 matrix cannot produce (the highest score is 25).`,
          }),
        );
    }
  }
  return flags;
}

/** Printed numeric dates that do not exist (31/06/2025), wherever a PrintedDate appears. */
export function checkPrintedDates(record: GovernanceRecord): DataQualityFlag[] {
  const flags: DataQualityFlag[] = [];
  for (const [field, date] of printedDatesOf(record)) {
    if (parseNumericUkDate(date.printed) === 'invalid')
      flags.push(
        flag({
          kind: 'invalid-date',
          field,
          printed: date.printed,
          message: `The source gives ${date.printed}, a date that does not exist.`,
        }),
      );
  }
  return flags;
}

/** A closure dated after the paper that reports it: the year must be mistyped. */
export function checkClosureDates(
  record: GovernanceRecord,
  paperDate: string | null,
): DataQualityFlag[] {
  if (record.kind !== 'action' || !record.closure || !paperDate) return [];
  const closed = monthOf(record.closure.closedOn);
  if (!closed || closed <= paperDate.slice(0, 7)) return [];
  return [
    flag({
      kind: 'mistyped-year',
      field: 'closure.closedOn',
      printed: record.closure.closedOn.printed,
      message: `The paper of ${paperDate} reports this action closed in ${record.closure.closedOn.printed}, after the paper's own date; the year looks mistyped.`,
    }),
  ];
}

function printedDatesOf(record: GovernanceRecord): [string, PrintedDate][] {
  switch (record.kind) {
    case 'action': {
      const out: [string, PrintedDate][] = [];
      if (record.originalDue) out.push(['originalDue', record.originalDue]);
      if (record.closure) out.push(['closure.closedOn', record.closure.closedOn]);
      return out;
    }
    case 'risk': {
      const out: [string, PrintedDate][] = [];
      if (record.included) out.push(['included', record.included]);
      if (record.lastUpdated) out.push(['lastUpdated', record.lastUpdated]);
      return out;
    }
    case 'register':
      return [['date', record.date]];
    case 'minutes':
      return record.nextMeeting ? [['nextMeeting', record.nextMeeting]] : [];
    default:
      return [];
  }
}

/** "YYYY-MM" of a printed date: from its ISO date, or a printed "December 2026". */
function monthOf(date: PrintedDate): string | null {
  return date.iso ? date.iso.slice(0, 7) : printedMonth(date.printed);
}

function sameReference(a: string, b: string): boolean {
  return (
    a.replace(/\s+/g, ' ').trim().toUpperCase() === b.replace(/\s+/g, ' ').trim().toUpperCase()
  );
}

function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Runs every check over a dataset and returns the records with importer flags added. Flags already
 * recorded for the same kind and field are not repeated.
 */
export function applyDataQualityChecks(records: readonly GovernanceRecord[]): GovernanceRecord[] {
  const registers = new Map<string, RiskRegister>();
  const paperDates = new Map<string, string | null>();
  for (const r of records) {
    if (r.kind === 'register') registers.set(r.id, r);
    if (r.kind === 'source') paperDates.set(r.id, r.date);
  }
  return records.map((record) => {
    const found: DataQualityFlag[] = [...checkPrintedDates(record)];
    if (record.kind === 'risk') {
      found.push(
        ...checkCombinedScores(record),
        ...checkMissingTarget(record),
        ...checkQuotedScores(record),
      );
      const register = registers.get(record.registerId);
      if (register) found.push(...checkSummaryAgainstDetail(record, register));
    }
    if (record.kind === 'action')
      found.push(...checkClosureDates(record, paperDates.get(record.source.documentId) ?? null));
    const fresh = found.filter(
      (f) => !record.dataQuality.some((d) => d.kind === f.kind && d.field === f.field),
    );
    return fresh.length ? { ...record, dataQuality: [...record.dataQuality, ...fresh] } : record;
  });
}
