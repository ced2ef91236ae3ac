import type { CountsSide, OneAnswer } from '../answers';
import type { Question, RiskPart } from '../question';
import type { AnswerContext } from './context';
import { PARTS_COUNTED, resolveRisk } from './risks';

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
    if (qa.scope.kind !== 'risk' || qb.scope.kind !== 'risk') return null;
    const nameA = resolveRisk(ctx, qa.scope.risk)?.risk.reference;
    const nameB = resolveRisk(ctx, qb.scope.risk)?.risk.reference;
    if (!nameA || !nameB) return null;
    const status = qa.filter.status;
    const what =
      status === 'open' || status === 'overdue' || status === 'closed'
        ? `${status} actions`
        : status === 'all'
          ? 'actions'
          : 'actions listed';
    const said = sideBySide(side, 'has', what, [nameA, a.total], [nameB, b.total]);
    return { ...a, lead: [said, ...(a.lead ?? [])] };
  }
  if (a?.kind === 'risk' && b?.kind === 'risk') {
    const facet = a.risk.facets.find((f): f is CountedFacet => f in COUNTED);
    if (!facet || !b.risk.facets.includes(facet)) return null;
    const [what, parts] = COUNTED[facet];
    const counted = (r: typeof a.risk) =>
      sum([...r.causes, ...r.effects], (f) => sum(parts, (part) => PARTS_COUNTED[part][1](f)));
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

type CountedFacet = 'controls' | 'gaps' | 'assurances';

/** The parts of a risk each facet shown counts, and those parts together in words. */
const COUNTED: Record<CountedFacet, readonly [string, readonly RiskPart[]]> = {
  controls: ['controls', ['controls']],
  gaps: ['gaps in control and assurance', ['control-gaps', 'assurance-gaps']],
  assurances: ['sources of assurance', ['assurances']],
};

const sum = <T>(items: readonly T[], of: (item: T) => number) =>
  items.reduce((total, item) => total + of(item), 0);

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
