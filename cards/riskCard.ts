import type { RiskFactor } from '../src/domain';
import type { Answer } from '../src/questions/answers';
import type { RiskMentions } from '../src/questions/answer/risks';
import type { RiskView, ScoreView } from '../src/shared/viewTypes';
import type { CardElement, Column, Container } from './adaptiveCard';
import { actionListItems } from './actionCards';
import {
  adaptiveCard,
  bullets,
  citation,
  facts,
  flagsBlock,
  heading,
  MAX_CARD_ACTIONS,
  notesBlock,
  BAND_STYLE,
  bandWords,
  scoreWords,
  subheading,
  text,
  toleranceStyle,
  targetToleranceWords,
  toleranceWords,
  capitalised,
  truncate,
  riskName,
} from './parts';
import { button, VERBS } from './verbs';
import type { BuiltCard } from './adaptiveCard';

/** One BAF risk: scores as C x L with bands in words, appetite and tolerance, flags, and the asked-for detail. */

/** One stage's score on its band's background, the band in words (colour is never the only sign). */
function scoreColumn(s: ScoreView | null, stage: string): Column {
  return {
    type: 'Column',
    width: 'stretch',
    ...(s ? { style: BAND_STYLE[s.colour] } : {}),
    items: [
      text(stage, { isSubtle: true, size: 'Small' }),
      s
        ? text(`${s.consequence} x ${s.likelihood} = ${s.score}`, {
            weight: 'Bolder',
            size: 'Large',
            spacing: 'None',
          })
        : text('Not given', { isSubtle: true, spacing: 'None' }),
      ...(s ? [text(bandWords(s), { weight: 'Bolder', spacing: 'None' })] : []),
      ...(s?.printed
        ? [text(`⚠ Printed as ${s.printed}`, { size: 'Small', spacing: 'None', wrap: true })]
        : []),
    ],
  };
}

/** The parts of a risk a card can show on its own, with the button that asks for each. */
type Part = 'controls' | 'gaps' | 'assurances' | 'progress' | 'actions';

/** How many items a list shows: all of a part asked for on its own; a dozen in "everything". */
const LIST_MAX = { alone: 40, together: 12 };

function seeAllTitle(part: Part, risk: RiskView): string {
  switch (part) {
    case 'controls':
    case 'gaps':
      return 'Controls and gaps';
    case 'assurances':
      return 'Assurances';
    case 'progress':
      return 'Progress';
    case 'actions':
      return `All ${risk.actions.length} actions`;
  }
}

function seeAllQuestion(part: Part, risk: RiskView): string {
  const ask = risk.askAs;
  switch (part) {
    case 'controls':
    case 'gaps':
      return `${ask} controls and gaps`;
    case 'assurances':
      return `${ask} assurances`;
    case 'progress':
      return `${ask} progress`;
    case 'actions':
      return `all actions for ${ask}`;
  }
}

/** Lists drawn for a card, remembering which were cut short so the card offers to show them whole. */
class Lists {
  readonly cut = new Set<Part>();
  constructor(
    private readonly risk: RiskView,
    private readonly max: number,
  ) {}

  bullets(part: Part, items: readonly string[]): CardElement[] {
    if (items.length <= this.max) return bullets(items, this.max);
    this.cut.add(part);
    return bullets(items, this.max, seeAllTitle(part, this.risk));
  }
}

function factorSection(factor: RiskFactor, parts: Set<string>, lists: Lists): CardElement[] {
  const out: CardElement[] = [
    subheading(`${factor.kind === 'cause' ? 'Cause' : 'Effect'}: ${factor.title}`),
  ];
  const label = (t: string) => text(t, { isSubtle: true, spacing: 'Small' });
  if (parts.has('controls'))
    out.push(label('Controls'), ...lists.bullets('controls', factor.controls));
  if (parts.has('gaps'))
    out.push(
      label('Control gaps'),
      ...lists.bullets('gaps', factor.controlGaps),
      label('Assurance gaps'),
      ...lists.bullets('gaps', factor.assuranceGaps),
    );
  if (parts.has('assurances'))
    out.push(
      label('1st line of assurance'),
      ...lists.bullets('assurances', factor.assurances.firstLine),
      label('2nd line'),
      ...lists.bullets('assurances', factor.assurances.secondLine),
      label('3rd line'),
      ...lists.bullets('assurances', factor.assurances.thirdLine),
    );
  if (parts.has('progress'))
    out.push(label('Progress'), ...lists.bullets('progress', factor.progress));
  return out;
}

function detail(risk: RiskView): { elements: CardElement[]; cut: Set<Part> } {
  const everything = risk.facets.includes('everything');
  const wanted = new Set<string>(
    everything
      ? ['controls', 'gaps', 'assurances', 'progress', 'actions', 'context', 'links']
      : risk.facets,
  );
  const lists = new Lists(risk, everything ? LIST_MAX.together : LIST_MAX.alone);
  const elements: CardElement[] = [];
  if (wanted.has('context') && risk.context)
    elements.push(subheading('Context'), text(risk.context, { spacing: 'Small' }));
  // Why the risk is there: the register's causes and effects (their own sections, when shown, name them).
  const factorParts = new Set(
    [...wanted].filter((p) => ['controls', 'gaps', 'assurances', 'progress'].includes(p)),
  );
  const factors = [...risk.causes, ...risk.effects];
  if (wanted.has('context') && !factorParts.size && factors.length)
    elements.push(
      subheading('Causes and effects'),
      ...factors.map((f) =>
        text(`${f.kind === 'cause' ? 'Cause' : 'Effect'}: ${f.title}`, { spacing: 'Small' }),
      ),
    );
  if (wanted.has('links'))
    elements.push(
      subheading('Linked risks'),
      ...(risk.systemRisk || risk.corporateRisk
        ? [
            ...(risk.systemRisk ? [text(`System: ${risk.systemRisk}`, { spacing: 'Small' })] : []),
            ...(risk.corporateRisk
              ? [text(`Corporate: ${risk.corporateRisk}`, { spacing: 'Small' })]
              : []),
          ]
        : [text('The register links it to no system or corporate risk.', { isSubtle: true })]),
    );
  if (factorParts.size)
    for (const f of factors) elements.push(...factorSection(f, factorParts, lists));
  if (wanted.has('actions')) {
    const shown = risk.actions.slice(0, ACTIONS_SHOWN);
    elements.push(subheading(`Actions (${risk.actions.length})`));
    elements.push(
      ...(shown.length
        ? actionListItems(shown, { compact: true })
        : [text('No actions recorded.', { isSubtle: true })]),
    );
    if (risk.actions.length > shown.length) {
      lists.cut.add('actions');
      elements.push(
        text(
          `…and ${risk.actions.length - shown.length} more. Press ${seeAllTitle('actions', risk)} to see them all.`,
          { isSubtle: true },
        ),
      );
    }
  }
  return { elements, cut: lists.cut };
}

const ACTIONS_SHOWN = 10;

/** How far the current score has moved from the initial one: "down 12 from 20". */
function sinceInitial(risk: RiskView): string {
  const change = risk.current.score - risk.initial.score;
  if (change === 0) return `unchanged at ${risk.initial.score}`;
  return `${change < 0 ? 'down' : 'up'} ${Math.abs(change)} from ${risk.initial.score}`;
}

export function riskSummaryText(risk: RiskView): string {
  const target = risk.target
    ? ` Target ${scoreWords(risk.target)}${targetToleranceWords(risk.appetite)}.`
    : ' No target score is given.';
  const flags = risk.flags.length ? ` Data quality: ${risk.flags[0]!.message}` : '';
  return `${risk.reference} (${risk.registerTitle}): current score ${scoreWords(risk.current)}, ${sinceInitial(risk)} at its initial scoring. ${toleranceWords(risk.appetite, risk.current.score)}.${target}${flags}`;
}

/** The risk's passages that mention what was asked about beside it, with each action's lead and date. */
function mentionsBlock(mentions: RiskMentions | null): CardElement[] {
  if (!mentions) return [];
  return [
    subheading(`Where it mentions ${mentions.about}`),
    ...bullets(
      mentions.parts.map(
        (p) =>
          `${capitalised(p.where)}: ${truncate(p.text, 300)}${p.lead ? ` (lead: ${p.lead}${p.due ? `; ${p.due}` : ''})` : ''}`,
      ),
    ),
  ];
}

export function riskCard(answer: Extract<Answer, { kind: 'risk' }>): BuiltCard {
  const risk = answer.risk;
  // "When was the first round table held?": what the risk says of that, before its scores.
  const mention = answer.mentions?.parts[0];
  const summary = mention
    ? `${risk.reference}, where it mentions ${answer.mentions!.about}: ${capitalised(mention.where)}: ${truncate(mention.text, 300)} ${riskSummaryText(risk)}`
    : answer.lead
      ? `${answer.lead} ${riskSummaryText(risk)}`
      : riskSummaryText(risk);
  const { elements, cut } = detail(risk);
  const asked = elements.length > 0 && !risk.facets.includes('everything');
  const tolerance: Container = {
    type: 'Container',
    style: toleranceStyle(risk.appetite),
    spacing: 'Medium',
    items: [text(toleranceWords(risk.appetite, risk.current.score), { weight: 'Bolder' })],
  };
  // "Is the target within appetite?": said, in its own colour, when the target stands elsewhere than
  // the current score (a good-news line in a red box reads as bad news).
  const atTarget: Container[] =
    risk.target && risk.appetite.targetTolerance !== risk.appetite.tolerance
      ? [
          {
            type: 'Container',
            style: toleranceStyle({ ...risk.appetite, tolerance: risk.appetite.targetTolerance }),
            spacing: 'Small',
            items: [
              text(
                `Once at its target score of ${risk.target.score}${targetToleranceWords(risk.appetite)}`,
              ),
            ],
          },
        ]
      : [];
  const body: CardElement[] = [
    ...heading(riskName(risk), `${risk.registerTitle}`),
    ...(answer.lead ? [text(answer.lead, { weight: 'Bolder', spacing: 'Small' })] : []),
    text(truncate(risk.title, 600), { spacing: 'Small' }),
    {
      type: 'ColumnSet',
      spacing: 'Medium',
      columns: [
        scoreColumn(risk.initial, 'Initial'),
        scoreColumn(risk.current, 'Current'),
        scoreColumn(risk.target, 'Target'),
      ],
    },
    tolerance,
    ...atTarget,
    ...mentionsBlock(answer.mentions ?? null),
    // A part asked for on its own is the answer: it comes before the caveats and the register's facts.
    ...(asked ? elements : []),
    ...flagsBlock(risk.flags),
    facts([
      ['Since initial scoring', capitalised(sinceInitial(risk))],
      ['Trend', risk.trend && capitalised(risk.trend)],
      ['Last updated', risk.lastUpdated],
      ['Included', risk.included],
      // As the register prints it: the committee, the groups that report into it, then the board.
      ['Governance', risk.governance],
      ['Strategic link', truncate(risk.strategicLink, 200)],
      ['Target reached', risk.target ? (risk.atTarget ? 'Yes' : 'Not yet') : null],
    ]),
    ...(asked ? [] : elements),
    ...notesBlock(answer.notes),
    citation(risk.source),
  ];
  // Drill down in place: each button asks for that part of this risk and the card is replaced. A list
  // cut short offers its whole self first (Teams shows five buttons at most).
  const parts: [string, string, Part[]][] = [
    ['Controls and gaps', `${risk.askAs} controls and gaps`, ['controls', 'gaps']],
    ['Assurances', `${risk.askAs} assurances`, ['assurances']],
    ['Actions', `${risk.askAs} actions`, ['actions']],
  ];
  const seeAll = [...cut].map((p): [string, string] => [
    seeAllTitle(p, risk),
    seeAllQuestion(p, risk),
  ]);
  const drillDown: [string, string][] = risk.facets.includes('everything')
    ? []
    : [
        ...parts
          .filter(([, , f]) => !f.every((x) => risk.facets.includes(x)))
          .map(([title, question]): [string, string] => [title, question]),
        ['Everything', `tell me everything about ${risk.askAs}`],
      ];
  const titles = new Set<string>();
  const actions = [...seeAll, ...drillDown]
    .filter(([title]) => !titles.has(title) && !!titles.add(title))
    .slice(0, MAX_CARD_ACTIONS)
    .map(([title, question]) => button(title, VERBS.ask, { question }));
  return {
    card: adaptiveCard(body, summary, { fullWidth: elements.length > 0, actions }),
    summary,
  };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const RISK_CARDS = {
  risk: riskCard,
};
