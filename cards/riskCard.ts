import type { RiskFactor } from '../src/domain';
import type { Answer } from '../src/questions/answers';
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
  notesBlock,
  BAND_STYLE,
  bandWords,
  scoreWords,
  subheading,
  text,
  toleranceStyle,
  toleranceWords,
  truncate,
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
    ],
  };
}

function factorSection(factor: RiskFactor, parts: Set<string>): CardElement[] {
  const out: CardElement[] = [
    subheading(`${factor.kind === 'cause' ? 'Cause' : 'Effect'}: ${factor.title}`),
  ];
  if (parts.has('controls'))
    out.push(text('Controls', { isSubtle: true, spacing: 'Small' }), ...bullets(factor.controls));
  if (parts.has('gaps'))
    out.push(
      text('Control gaps', { isSubtle: true, spacing: 'Small' }),
      ...bullets(factor.controlGaps),
      text('Assurance gaps', { isSubtle: true, spacing: 'Small' }),
      ...bullets(factor.assuranceGaps),
    );
  if (parts.has('assurances'))
    out.push(
      text('1st line of assurance', { isSubtle: true, spacing: 'Small' }),
      ...bullets(factor.assurances.firstLine),
      text('2nd line', { isSubtle: true, spacing: 'Small' }),
      ...bullets(factor.assurances.secondLine),
      text('3rd line', { isSubtle: true, spacing: 'Small' }),
      ...bullets(factor.assurances.thirdLine),
    );
  if (parts.has('progress'))
    out.push(text('Progress', { isSubtle: true, spacing: 'Small' }), ...bullets(factor.progress));
  return out;
}

function detail(risk: RiskView): { parts: Set<string>; elements: CardElement[] } {
  const wanted = new Set<string>(
    risk.facets.includes('everything')
      ? ['controls', 'gaps', 'assurances', 'progress', 'actions', 'context']
      : risk.facets,
  );
  const elements: CardElement[] = [];
  if (wanted.has('context') && risk.context)
    elements.push(subheading('Context'), text(risk.context, { spacing: 'Small' }));
  const factorParts = new Set(
    [...wanted].filter((p) => ['controls', 'gaps', 'assurances', 'progress'].includes(p)),
  );
  if (factorParts.size)
    for (const f of [...risk.causes, ...risk.effects])
      elements.push(...factorSection(f, factorParts));
  if (wanted.has('actions')) {
    elements.push(subheading(`Actions (${risk.actions.length})`));
    elements.push(
      ...(risk.actions.length
        ? actionListItems(risk.actions.slice(0, 10), { compact: true })
        : [text('No actions recorded.', { isSubtle: true })]),
    );
  }
  return { parts: wanted, elements };
}

export function riskSummaryText(risk: RiskView): string {
  const target = risk.target ? ` Target ${scoreWords(risk.target)}.` : ' No target score is given.';
  const flags = risk.flags.length ? ` Data quality: ${risk.flags[0]!.message}` : '';
  return `${risk.reference} (${risk.registerTitle}): current score ${scoreWords(risk.current)}. ${toleranceWords(risk.appetite, risk.current.score)}.${target}${flags}`;
}

export function riskCard(answer: Extract<Answer, { kind: 'risk' }>): BuiltCard {
  const risk = answer.risk;
  const summary = riskSummaryText(risk);
  const { elements } = detail(risk);
  const tolerance: Container = {
    type: 'Container',
    style: toleranceStyle(risk.appetite),
    spacing: 'Medium',
    items: [text(toleranceWords(risk.appetite, risk.current.score), { weight: 'Bolder' })],
  };
  const body: CardElement[] = [
    ...heading(`${risk.reference}${risk.draft ? ' (draft)' : ''}`, `${risk.registerTitle}`),
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
    ...flagsBlock(risk.flags),
    facts([
      ['Trend', risk.trend],
      ['Last updated', risk.lastUpdated],
      ['Included', risk.included],
      ['Oversight', risk.oversight.join('; ')],
      ['Strategic link', truncate(risk.strategicLink, 200)],
      ['Target reached', risk.target ? (risk.atTarget ? 'Yes' : 'Not yet') : null],
    ]),
    ...elements,
    ...notesBlock(answer.notes),
    citation(risk.source),
  ];
  // Drill down in place: each button asks for that part of this risk and the card is replaced.
  const ask = risk.askAs;
  const more: [string, string, RiskView['facets'][number][]][] = [
    ['Controls and gaps', `${ask} controls and gaps`, ['controls', 'gaps']],
    ['Assurances', `${ask} assurances`, ['assurances']],
    ['Actions', `${ask} actions`, ['actions']],
    ['Everything', `tell me everything about ${ask}`, ['everything']],
  ];
  const actions = risk.facets.includes('everything')
    ? []
    : more
        .filter(([, , f]) => !f.every((x) => risk.facets.includes(x)))
        .map(([title, question]) => button(title, VERBS.ask, { question }));
  return {
    card: adaptiveCard(body, summary, { fullWidth: elements.length > 0, actions }),
    summary,
  };
}
