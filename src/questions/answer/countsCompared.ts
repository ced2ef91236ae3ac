import type { CountsSide, OneAnswer } from '../answers';
import type { ActionScope, Question, RiskReference } from '../question';
import type { AnswerContext } from './context';
import { FACETS_COUNTED, partsOf, resolveRisk, type CountedFacet } from './risks';

/**
 * Two risks compared, then "which has more actions?" or "compare on controls": each one's answer,
 * the first led by the two counts set side by side ("GROUP BAF 3 has more open actions than GROUP
 * BAF 4: 12 against 10."). Null when the answers are not two counts of the same kind.
 */
export function countsCompared(
  ctx: AnswerContext,
  side: CountsSide,
  [qa, qb]: readonly Question[],
  [a, b]: readonly OneAnswer[],
): OneAnswer | null {
  if (a?.kind === 'action-list' && b?.kind === 'action-list') {
    if (qa?.intent !== 'actions.list' || qb?.intent !== 'actions.list') return null;
    const [riskA, riskB] = [riskOfScope(qa.scope), riskOfScope(qb.scope)];
    if (!riskA || !riskB) return null;
    const nameA = resolveRisk(ctx, riskA)?.risk.reference;
    const nameB = resolveRisk(ctx, riskB)?.risk.reference;
    if (!nameA || !nameB) return null;
    const status = qa.filter.status;
    // ("What got closed on each?" of logs that close none: those put forward, as each list says.)
    const closedShown = [a, b].every((x) =>
      /^(closed actions|actions closed)/i.test(x.description),
    );
    const what =
      status === 'closed' && !closedShown
        ? 'actions delivered or put forward for closure'
        : status === 'open' || status === 'overdue' || status === 'closed'
          ? `${status} actions`
          : status === 'all'
            ? 'actions'
            : 'actions listed';
    // ("GROUP BAF 4 has 9 of your open actions; GROUP BAF DRAFT has 3.")
    const whose = qa.scope.kind === 'mine' ? `of your ${what}` : what;
    const said = sideBySide(side, 'has', whose, [nameA, a.total], [nameB, b.total]);
    return { ...a, lead: [said, ...(a.lead ?? [])] };
  }
  if (a?.kind === 'risk' && b?.kind === 'risk') {
    const facet = a.risk.facets.find((f): f is CountedFacet => f in FACETS_COUNTED);
    if (!facet || !b.risk.facets.includes(facet)) return null;
    const what = FACETS_COUNTED[facet][0];
    const counted = (r: typeof a.risk) => partsOf([...r.causes, ...r.effects], facet);
    const said = sideBySide(
      side,
      'lists',
      what,
      [a.risk.reference, counted(a.risk)],
      [b.risk.reference, counted(b.risk)],
    );
    return { ...a, lead: a.lead ? `${said} ${a.lead}` : said };
  }
  return null;
}

/** "A has more X than B: 12 against 10.", "A has 4 X; B has 12.", "A and B have the same number…". */
function sideBySide(
  side: CountsSide,
  verb: 'has' | 'lists',
  what: string,
  [nameA, countA]: readonly [string, number],
  [nameB, countB]: readonly [string, number],
): string {
  if (side === 'both') return `${nameA} ${verb} ${countA} ${what}; ${nameB} ${verb} ${countB}.`;
  if (countA === countB)
    return `${nameA} and ${nameB} ${verb === 'has' ? 'have' : 'list'} the same number of ${what}: ${countA} each.`;
  const [winner, loser] =
    (side === 'more') === countA > countB
      ? [[nameA, countA] as const, [nameB, countB] as const]
      : [[nameB, countB] as const, [nameA, countA] as const];
  return `${winner[0]} ${verb} ${side} ${what} than ${loser[0]}: ${winner[1]} against ${loser[1]}.`;
}

/** The risk a list of actions is of: its own, or the asker's on it. */
function riskOfScope(scope: ActionScope): RiskReference | null {
  if (scope.kind === 'risk') return scope.risk;
  return scope.kind === 'mine' && scope.within?.kind === 'risk' ? scope.within.risk : null;
}
