import type { Risk, RiskRegister } from '../../domain';
import { formatDate } from '../../domain/dates';
import { bandFor, bandingFor } from '../../domain/scoring';
import type { Answer } from '../answers';
import type { HeatMapCell, RiskSummaryView } from '../../shared/viewTypes';
import type { RiskFacet, RiskListFilter, RiskReference } from '../question';
import type { ReferenceData } from '../../shared/referenceData';
import type { AnswerContext } from './context';
import { actionView, citation, riskSummaryView, riskView } from '../../shared/views';

/**
 * Which register a question means when it names none: the one of the conversation's organisation (or,
 * for a trust, of a group it belongs to), otherwise the most recent.
 */
export function defaultRegister(
  data: ReferenceData,
  organisationId: string | null,
): RiskRegister | null {
  const newestFirst = [...data.registers].sort((a, b) =>
    (b.date.iso ?? '').localeCompare(a.date.iso ?? ''),
  );
  if (organisationId) {
    const own = newestFirst.find((r) => r.organisationId === organisationId);
    if (own) return own;
    const groups = data.organisations
      .filter((o) => o.memberIds.includes(organisationId))
      .map((o) => o.id);
    const group = newestFirst.find((r) => groups.includes(r.organisationId));
    if (group) return group;
  }
  return newestFirst[0] ?? null;
}

function findRisk(data: ReferenceData, registerId: string, ref: RiskReference): Risk | undefined {
  return data.risks.find(
    (r) =>
      r.registerId === registerId &&
      (ref.draft ? r.status === 'draft' : r.number === ref.number && r.status !== 'draft'),
  );
}

export interface ResolvedRisk {
  risk: Risk;
  register: RiskRegister;
  /** The same reference in other registers, to name when the question did not say which. */
  alternatives: { risk: Risk; register: RiskRegister }[];
}

/** The one "find the risk the user means" resolver, used by every answer that names a risk. */
export function resolveRisk(ctx: AnswerContext, ref: RiskReference): ResolvedRisk | null {
  const { data } = ctx;
  const register = ref.registerId
    ? data.registers.find((r) => r.id === ref.registerId)
    : defaultRegister(data, ctx.organisationId);
  if (!register) return null;
  const risk = findRisk(data, register.id, ref);
  if (!risk) return null;
  const alternatives = ref.registerId
    ? []
    : data.registers
        .filter((r) => r.id !== register.id)
        .map((r) => ({ register: r, risk: findRisk(data, r.id, ref) }))
        .filter((x): x is { register: RiskRegister; risk: Risk } => !!x.risk);
  return { risk, register, alternatives };
}

function registerLabel(register: RiskRegister): string {
  return register.title.includes(register.date.printed)
    ? register.title
    : `${register.title} (${register.date.printed})`;
}

export function riskNotFound(ctx: AnswerContext, ref: RiskReference): Answer {
  const register = ref.registerId
    ? ctx.data.registers.find((r) => r.id === ref.registerId)
    : defaultRegister(ctx.data, ctx.organisationId);
  const known = register
    ? ctx.data.risks
        .filter((r) => r.registerId === register.id)
        .sort((a, b) => (a.number ?? 99) - (b.number ?? 99))
        .map((r) => r.reference)
    : [];
  return {
    kind: 'message',
    title: `I can't find ${ref.draft ? 'a draft risk' : `risk ${ref.number ?? ''}`.trim()}${register ? ` in ${register.title}` : ''}`,
    text: known.length
      ? `${register!.title} has ${known.join(', ')}.`
      : 'There are no risk registers in Board Clerk yet.',
    suggestions: known.slice(0, 3).map((r) => `What is ${r} score?`),
  };
}

export async function answerRiskDetail(
  ctx: AnswerContext,
  ref: RiskReference,
  facets: RiskFacet[],
): Promise<Answer> {
  const found = resolveRisk(ctx, ref);
  if (!found) return riskNotFound(ctx, ref);
  const { risk, register, alternatives } = found;
  const wantsActions = facets.includes('actions') || facets.includes('everything');
  const actions = wantsActions
    ? (await ctx.store.findActions({ riskId: risk.id, organisationId: risk.organisationId })).map(
        (a) => actionView(ctx.data, a.value, ctx.today),
      )
    : [];
  const notes = alternatives.map(
    ({ risk: other, register: r }) =>
      `${registerLabel(r)} also has ${other.reference}${other.keywords[0] ? ` (${other.keywords[0]})` : ''}: ask "${r.aliases[0] ?? r.title} ${other.number ?? 'draft'}" for it.`,
  );
  if (alternatives.length)
    notes.unshift(
      `Answered from ${registerLabel(register)}, ${ctx.organisationId ? 'the register for this conversation' : 'the most recent register'}.`,
    );
  return { kind: 'risk', risk: riskView(ctx.data, risk, register, facets, actions), notes };
}

function heatMap(risks: readonly Risk[], register: RiskRegister): HeatMapCell[][] {
  const bands = bandingFor(register);
  const rows: HeatMapCell[][] = [];
  for (let consequence = 5; consequence >= 1; consequence--) {
    const row: HeatMapCell[] = [];
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      const score = consequence * likelihood;
      const band = bandFor(score, bands);
      row.push({
        consequence,
        likelihood,
        score,
        band: band.name,
        colour: band.colour,
        risks: risks
          .filter(
            (r) =>
              r.scores.current.consequence === consequence &&
              r.scores.current.likelihood === likelihood,
          )
          // A draft is plotted too, named as one: it is on the board's agenda, not yet the register.
          .map((r) => (r.status === 'draft' ? `${r.reference} (draft)` : r.reference)),
      });
    }
    rows.push(row);
  }
  return rows;
}

const FILTER_LABELS: Record<RiskListFilter['kind'], string> = {
  all: 'All risks',
  highest: 'Highest-scoring risks',
  'above-appetite': 'Risks above appetite',
  'at-target': 'Risks at target',
  'above-target': 'Risks not yet at target',
  committee: 'Risks overseen by',
  'strategic-aim': 'Risks linked to',
  band: 'Risks in band',
};

function applyFilter(views: RiskSummaryView[], filter: RiskListFilter): RiskSummaryView[] {
  switch (filter.kind) {
    case 'all':
      return views;
    case 'highest': {
      const sorted = [...views].sort((a, b) => b.current.score - a.current.score);
      if (filter.limit) return sorted.slice(0, filter.limit);
      const top = sorted[0]?.current.score;
      return sorted.filter((v) => v.current.score === top);
    }
    case 'above-appetite':
      return views.filter((v) => v.appetite.tolerance === 'above');
    case 'at-target':
      return views.filter((v) => v.atTarget);
    case 'above-target':
      return views.filter((v) => !v.atTarget);
    case 'committee':
      return views.filter((v) => v.oversight.includes(filter.committee));
    case 'strategic-aim':
      return views.filter((v) => v.strategicAim === filter.aim);
    case 'band':
      return views.filter((v) => v.current.band === filter.band);
  }
}

export function answerRiskList(
  ctx: AnswerContext,
  registerId: string | null,
  filter: RiskListFilter,
): Answer {
  const register = registerId
    ? ctx.data.registers.find((r) => r.id === registerId)
    : defaultRegister(ctx.data, ctx.organisationId);
  if (!register)
    return {
      kind: 'message',
      title: 'No risk registers yet',
      text: 'There are no risk registers in Board Clerk yet.',
      suggestions: [],
    };
  const risks = ctx.data.risks
    .filter((r) => r.registerId === register.id)
    .sort(
      (a, b) =>
        (a.status === 'draft' ? 1 : 0) - (b.status === 'draft' ? 1 : 0) ||
        (a.number ?? 0) - (b.number ?? 0),
    );
  const views = applyFilter(
    risks.map((r) => riskSummaryView(r, register)),
    filter,
  );
  const detail =
    filter.kind === 'committee'
      ? ` the ${filter.committee}`
      : filter.kind === 'strategic-aim'
        ? ` ${filter.aim}`
        : filter.kind === 'band'
          ? ` ${filter.band}`
          : '';
  const notes: string[] = [];
  if (filter.kind === 'above-appetite') {
    const all = risks.map((r) => riskSummaryView(r, register));
    if (!views.some((v) => !v.draft))
      notes.push('No approved risk on this register is above appetite.');
    const atLimit = all
      .filter((v) => v.appetite.tolerance === 'at')
      .map((v) => `${v.reference} (${v.current.score})`);
    if (atLimit.length) notes.push(`At the tolerance limit: ${atLimit.join(', ')}.`);
  }
  if (risks.some((r) => r.status === 'draft'))
    notes.push('Draft risks are proposed for approval and are not yet on the register.');
  const others = ctx.data.registers.filter((r) => r.id !== register.id);
  if (!registerId && others.length)
    notes.push(
      `Also in Board Clerk: ${others.map(registerLabel).join('; ')}. Name it to see its risks.`,
    );
  return {
    kind: 'risk-list',
    title: `${FILTER_LABELS[filter.kind]}${detail}`,
    registerTitle: registerLabel(register),
    filterLabel: `${views.length} of ${risks.length} risks`,
    risks: views,
    heatMap: heatMap(risks, register),
    showHeatMap: filter.kind === 'all',
    appetiteStatement: register.appetite.statement,
    notes,
    source: citation(ctx.data, register.source),
  };
}

export function answerDataQuality(ctx: AnswerContext, registerId: string | null): Answer {
  const { data } = ctx;
  const records = [
    ...data.registers,
    ...data.risks,
    ...data.meetings,
    ...data.minutes,
    ...data.strategies,
    ...data.organisations,
    ...data.logs,
  ].filter(
    (r) => !registerId || (r.kind === 'risk' ? r.registerId === registerId : r.id === registerId),
  );
  const items = records.flatMap((r) =>
    r.dataQuality.map((f) => ({
      record: 'reference' in r ? r.reference : 'title' in r ? r.title : r.name,
      message: f.message,
      source: citation(
        data,
        'source' in r && r.source ? r.source : { documentId: r.id, section: '' },
      ),
    })),
  );
  return {
    kind: 'data-quality',
    title: 'Data-quality flags in the board papers',
    items,
    notes: [
      `Board Clerk keeps each paper's printed values and flags where a paper contradicts itself. As at ${formatDate(ctx.today)}.`,
      'Action-level flags (for example a due date that does not exist) show on each action.',
    ],
  };
}
