import type { Action } from './action';
import { describeDue, effectiveDue } from './actionRules';
import type { DataQualityFlag, IsoDate, PrintedDate } from './common';
import { formatDate, londonDateOf, parseNumericUkDate, periodEnd, printedMonth } from './dates';
import { importerFlag as flag, normaliseText, repeatedEntries, sameText } from './flags';
import type { GovernanceRecord } from './index';
import type { Meeting } from './meeting';
import {
  checkCommitteeReport,
  checkPaper,
  checkPerformanceReport,
  checkTermsOfReference,
} from './paperChecks';
import type { PrintedScore, Risk, RiskFactor, RiskRegister } from './risk';
import { score } from './scoring';
import type { Strategy } from './strategy';

/**
 * The importer's checks for sources that contradict themselves. Each returns flags for one record; the
 * printed values are never changed. Flags a transcriber already recorded (same kind and field) are kept
 * as they are and not repeated.
 */

const STAGES = ['initial', 'current', 'target'] as const;

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

/**
 * A closure dated after the paper that reports it. A later month means a mistyped year; a later day in
 * the paper's own month ("31 January 2026" in a paper of 29 January) is simply not yet true.
 */
export function checkClosureDates(
  record: GovernanceRecord,
  paperDate: string | null,
): DataQualityFlag[] {
  if (record.kind !== 'action' || !record.closure || !paperDate) return [];
  const closedOn = record.closure.closedOn;
  const closed = monthOf(closedOn);
  if (closed && closed > paperDate.slice(0, 7))
    return [
      flag({
        kind: 'mistyped-year',
        field: 'closure.closedOn',
        printed: closedOn.printed,
        message: `The paper of ${formatDate(paperDate)} reports this action closed in ${closedOn.printed}, after the paper's own date; the year looks mistyped.`,
      }),
    ];
  if (closedOn.iso && closedOn.iso > paperDate)
    return [
      flag({
        kind: 'inconsistent-record',
        field: 'closure.closedOn',
        printed: closedOn.printed,
        message: `The paper of ${formatDate(paperDate)} cannot report this action closed on ${formatDate(closedOn.iso)}, after its own date.`,
      }),
    ];
  return [];
}

/** The lists of a cause or effect, named as a board paper names them. */
const FACTOR_LISTS: readonly [string, string, (f: RiskFactor) => string[]][] = [
  ['controls', 'controls', (f) => f.controls],
  ['controlGaps', 'control gaps', (f) => f.controlGaps],
  ['assurances.firstLine', 'first-line sources of assurance', (f) => f.assurances.firstLine],
  ['assurances.secondLine', 'second-line sources of assurance', (f) => f.assurances.secondLine],
  ['assurances.thirdLine', 'third-line sources of assurance', (f) => f.assurances.thirdLine],
  ['assuranceGaps', 'assurance gaps', (f) => f.assuranceGaps],
  ['progress', 'progress entries', (f) => f.progress],
];

/** Every list of every cause and effect, with its dotted path ("effects.0.controls"). */
function factorLists(
  risk: Risk,
): { path: string; name: string; factor: RiskFactor; list: string[] }[] {
  return (['causes', 'effects'] as const).flatMap((side) =>
    risk[side].flatMap((factor, i) =>
      FACTOR_LISTS.map(([field, name, get]) => ({
        path: `${side}.${i}.${field}`,
        name,
        factor,
        list: get(factor),
      })),
    ),
  );
}

/** The same entry listed twice on a cause or effect, perhaps with different capitals. */
export function checkDuplicateEntries(risk: Risk): DataQualityFlag[] {
  return factorLists(risk).flatMap(({ path, name, factor, list }) =>
    repeatedEntries(list).map(({ first, again, index }) =>
      flag({
        kind: 'duplicate-entry',
        field: `${path}.${index}`,
        printed: again,
        message: `${risk.reference} lists "${first}" and "${again}" as two ${name} of "${factor.title}"; they are the same entry.`,
      }),
    ),
  );
}

/** "due Q2 2024/25", "due March 2025", "due 2024/25". */
const DUE_PERIOD = /\bdue\s+(Q[1-4]\s+\d{4}\/\d{2}|\d{4}\/\d{2}|[A-Z][a-z]+\s+\d{4})\b/g;

/** A "due" date in a risk's text that had already passed when the paper was written. */
export function checkOutOfDateDueDates(risk: Risk, paperDate: IsoDate | null): DataQualityFlag[] {
  if (!paperDate) return [];
  return factorLists(risk).flatMap(({ path, list }) =>
    list.flatMap((entry, index) =>
      [...entry.matchAll(DUE_PERIOD)].flatMap((m) => {
        const end = periodEnd(m[1]!);
        if (!end || end >= paperDate) return [];
        return [
          flag({
            kind: 'out-of-date',
            field: `${path}.${index}`,
            printed: entry,
            message: `${risk.reference} still says "${entry}" in a paper of ${formatDate(paperDate)}; ${m[1]} ended on ${formatDate(end)}.`,
          }),
        ];
      }),
    ),
  );
}

/** A meeting held: items the workplan planned for it that its minutes do not record. */
export function checkAgendaAgainstPlan(meeting: Meeting): DataQualityFlag[] {
  if (!meeting.plannedAgenda) return [];
  const taken = (title: string) =>
    meeting.agenda.some((item) => (item.workplanTitle ?? item.title) === title);
  return meeting.plannedAgenda
    .filter((planned) => !planned.asRequired && !taken(planned.title))
    .map((planned) =>
      flag({
        kind: 'inconsistent-record',
        field: `plannedAgenda.${planned.title}`,
        printed: planned.title,
        message: `The workplan plans "${planned.title}" for the ${meeting.body} of ${formatDate(londonDateOf(meeting.startsAt))}, but its minutes record no such item.`,
      }),
    );
}

/** An action due before an action it depends on (a sub-cabinet's members due before the sub-cabinet). */
export function checkDependencies(
  action: Action,
  actions: ReadonlyMap<string, Action>,
): DataQualityFlag[] {
  const due = effectiveDue(action).iso;
  if (!due || !action.dependsOn) return [];
  return action.dependsOn.flatMap(({ actionId, needs }) => {
    const before = actions.get(actionId);
    const beforeDue = before ? effectiveDue(before).iso : null;
    if (!before || !beforeDue || beforeDue <= due) return [];
    return [
      flag({
        kind: 'inconsistent-record',
        field: `dependsOn.${actionId}`,
        printed: action.originalDue?.printed ?? '',
        expected: `on or after ${formatDate(beforeDue)}`,
        message: `${action.reference} is ${describeDue(action)}, before ${before.reference} (${describeDue(before)}), which creates ${needs} it depends on.`,
      }),
    ];
  });
}

/** "Work has not commenced", "not yet been started". */
const NOT_STARTED = /\bnot\s+(?:yet\s+)?(?:been\s+)?(?:commenced|started)\b/i;

/** An ambition reported at 100% progress whose own annex says work has not started. */
export function checkAmbitionProgress(strategy: Strategy): DataQualityFlag[] {
  return strategy.objectives.flatMap((objective) =>
    objective.ambitions.flatMap((ambition) => {
      if (ambition.progressPct < 100) return [];
      const said = [...ambition.successes, ...ambition.challenges].find((t) => NOT_STARTED.test(t));
      if (!said) return [];
      return [
        flag({
          kind: 'inconsistent-record',
          field: `objectives.${objective.id}.ambitions.${ambition.id}.progressPct`,
          printed: `${ambition.progressPct}%`,
          message: `Ambition ${ambition.number} ("${ambition.text}") is reported at ${ambition.progressPct}% progress, but its annex says "${said}"`,
        }),
      ];
    }),
  );
}

/** THRIVE themes by their letter, for the risks of the same organisation that link to them. */
function thriveTheme(strategy: Strategy, aim: string) {
  const letter = normaliseText(aim).charAt(0).toUpperCase();
  return strategy.themes.find((t) => t.letter === letter);
}

/** A risk linked to a THRIVE theme under another name than the strategy's. */
export function checkThemeName(risk: Risk, strategy: Strategy | undefined): DataQualityFlag[] {
  if (!strategy || !/^THRIVE:/i.test(risk.strategicLink)) return [];
  if (strategy.themes.some((t) => sameText(t.name, risk.strategicAim))) return [];
  const theme = thriveTheme(strategy, risk.strategicAim);
  if (!theme) return [];
  return [
    flag({
      kind: 'inconsistent-record',
      field: 'strategicAim',
      printed: risk.strategicAim,
      expected: theme.name,
      message: `${risk.reference} links to the THRIVE theme "${risk.strategicAim}", but the THRIVE report calls theme ${theme.letter} "${theme.name}".`,
    }),
  ];
}

/** A THRIVE theme the organisation's risks call by another name. */
export function checkThemeNamesUsed(strategy: Strategy, risks: readonly Risk[]): DataQualityFlag[] {
  return strategy.themes.flatMap((theme) => {
    const others = risks.filter(
      (r) =>
        /^THRIVE:/i.test(r.strategicLink) &&
        thriveTheme(strategy, r.strategicAim) === theme &&
        !sameText(theme.name, r.strategicAim),
    );
    if (!others.length) return [];
    return [
      flag({
        kind: 'inconsistent-record',
        field: `themes.${theme.id}.name`,
        printed: theme.name,
        expected: others[0]!.strategicAim,
        message: `The THRIVE report calls theme ${theme.letter} "${theme.name}"; the Group BAF calls it "${others[0]!.strategicAim}" (${others.map((r) => r.reference).join(', ')}).`,
      }),
    ];
  });
}

function printedDatesOf(record: GovernanceRecord): [string, PrintedDate][] {
  const out: [string, PrintedDate | undefined | null][] = [];
  switch (record.kind) {
    case 'action':
      out.push(
        ['originalDue', record.originalDue],
        ['closure.closedOn', record.closure?.closedOn],
        ['closureProposal.supportedOn', record.closureProposal?.supportedOn],
      );
      break;
    case 'risk':
      out.push(['included', record.included], ['lastUpdated', record.lastUpdated]);
      break;
    case 'register':
      out.push(['date', record.date]);
      break;
    case 'minutes':
      out.push(['nextMeeting', record.nextMeeting]);
      break;
    case 'paper':
      out.push(['date', record.date], ['cover.submitted', record.cover.submitted]);
      break;
    case 'committeeReport':
      out.push(['heldOn', record.heldOn]);
      break;
    case 'performanceReport':
      out.push(['date', record.date]);
      break;
    case 'termsOfReference':
      out.push(['established', record.established]);
      break;
    default:
      break;
  }
  return out.filter((e): e is [string, PrintedDate] => !!e[1]);
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

/** What the checks need to know about the rest of the dataset. */
interface DatasetIndex {
  registers: Map<string, RiskRegister>;
  paperDates: Map<string, IsoDate | null>;
  actions: Map<string, Action>;
  thrive: Map<string, Strategy>;
  risksByOrganisation: Map<string, Risk[]>;
}

function indexOf(records: readonly GovernanceRecord[]): DatasetIndex {
  const index: DatasetIndex = {
    registers: new Map(),
    paperDates: new Map(),
    actions: new Map(),
    thrive: new Map(),
    risksByOrganisation: new Map(),
  };
  for (const r of records) {
    if (r.kind === 'register') index.registers.set(r.id, r);
    if (r.kind === 'source') index.paperDates.set(r.id, r.date);
    if (r.kind === 'action') index.actions.set(r.id, r);
    if (r.kind === 'strategy' && r.framework === 'thrive') index.thrive.set(r.organisationId, r);
    if (r.kind === 'risk')
      index.risksByOrganisation.set(r.organisationId, [
        ...(index.risksByOrganisation.get(r.organisationId) ?? []),
        r,
      ]);
  }
  return index;
}

/** The checks for one record, by its kind. */
function checksFor(record: GovernanceRecord, index: DatasetIndex): DataQualityFlag[] {
  const found: DataQualityFlag[] = [...checkPrintedDates(record)];
  switch (record.kind) {
    case 'risk': {
      const register = index.registers.get(record.registerId);
      found.push(
        ...checkCombinedScores(record),
        ...checkMissingTarget(record),
        ...checkQuotedScores(record),
        ...checkDuplicateEntries(record),
        ...checkOutOfDateDueDates(record, index.paperDates.get(record.source.documentId) ?? null),
        ...checkThemeName(record, index.thrive.get(record.organisationId)),
      );
      if (register) found.push(...checkSummaryAgainstDetail(record, register));
      break;
    }
    case 'action':
      found.push(
        ...checkClosureDates(record, index.paperDates.get(record.source.documentId) ?? null),
        ...checkDependencies(record, index.actions),
      );
      break;
    case 'meeting':
      found.push(...checkAgendaAgainstPlan(record));
      break;
    case 'strategy':
      found.push(
        ...checkAmbitionProgress(record),
        ...checkThemeNamesUsed(record, index.risksByOrganisation.get(record.organisationId) ?? []),
      );
      break;
    case 'paper':
      found.push(...checkPaper(record));
      break;
    case 'committeeReport':
      found.push(...checkCommitteeReport(record));
      break;
    case 'performanceReport':
      found.push(...checkPerformanceReport(record));
      break;
    case 'termsOfReference':
      found.push(...checkTermsOfReference(record));
      break;
    default:
      break;
  }
  return found;
}

/**
 * Runs every check over a dataset and returns the records with importer flags added. Flags already
 * recorded for the same kind and field are not repeated.
 */
export function applyDataQualityChecks(records: readonly GovernanceRecord[]): GovernanceRecord[] {
  const index = indexOf(records);
  return records.map((record) => {
    const fresh = checksFor(record, index).filter(
      (f) => !record.dataQuality.some((d) => d.kind === f.kind && d.field === f.field),
    );
    return fresh.length ? { ...record, dataQuality: [...record.dataQuality, ...fresh] } : record;
  });
}
