import type { Answer } from '../src/questions/answers';
import type { AmbitionView, ThemeView } from '../src/shared/viewTypes';
import type { BuiltCard, CardElement, ColumnSet, Container } from './adaptiveCard';
import {
  adaptiveCard,
  bullets,
  citation,
  flagsBlock,
  heading,
  notesBlock,
  text,
  truncate,
} from './parts';

/** Strategy: ambitions with progress and confidence, or THRIVE themes with their progress. */

function bar(label: string, pct: number): ColumnSet {
  const filled = Math.max(1, Math.round(pct));
  return {
    type: 'ColumnSet',
    spacing: 'None',
    columns: [
      { type: 'Column', width: '90px', items: [text(label, { size: 'Small', isSubtle: true })] },
      {
        type: 'Column',
        width: 'stretch',
        verticalContentAlignment: 'Center',
        items: [
          {
            type: 'ColumnSet',
            columns: [
              {
                type: 'Column',
                width: filled,
                style: pct >= 90 ? 'good' : pct >= 75 ? 'warning' : 'attention',
                minHeight: '10px',
                items: [],
              },
              ...(pct < 100
                ? [
                    {
                      type: 'Column' as const,
                      width: 100 - filled,
                      style: 'emphasis' as const,
                      minHeight: '10px',
                      items: [],
                    },
                  ]
                : []),
            ],
          },
        ],
      },
      {
        type: 'Column',
        width: '45px',
        items: [text(`${pct}%`, { size: 'Small', weight: 'Bolder', horizontalAlignment: 'Right' })],
      },
    ],
  };
}

function ambition(a: AmbitionView, detailed: boolean): Container {
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      text(`${a.number}. ${a.text}`, { weight: 'Bolder' }),
      text(a.objective, { isSubtle: true, size: 'Small', spacing: 'None' }),
      bar(`Progress (${a.progressAsAt})`, a.progressPct),
      bar(`Confidence (${a.confidenceBy})`, a.confidencePct),
      ...(a.supportingStrategies.length
        ? [
            text(`Supporting strategies: ${a.supportingStrategies.join(', ')}`, {
              size: 'Small',
              isSubtle: true,
            }),
          ]
        : []),
      ...(detailed
        ? [
            text('Successes', { weight: 'Bolder', size: 'Small' }),
            ...bullets(a.successes, 6),
            text('Challenges', { weight: 'Bolder', size: 'Small' }),
            ...bullets(a.challenges, 6),
            text('Focus to March 2024', { weight: 'Bolder', size: 'Small' }),
            ...bullets(a.focus, 6),
            text(`Escalations: ${a.escalations.join('; ') || 'None'}`, { size: 'Small' }),
          ]
        : []),
    ],
  };
}

function theme(t: ThemeView, detailed: boolean): Container {
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      text(`${t.letter} — ${t.name}`, { weight: 'Bolder' }),
      ...(detailed
        ? [
            text('Where we want to be in 2030', { size: 'Small', weight: 'Bolder' }),
            ...bullets(t.objectives, 3),
          ]
        : []),
      text('Progress this period', { size: 'Small', weight: 'Bolder' }),
      ...bullets(t.progress, detailed ? 12 : 3),
      ...(detailed
        ? [
            text('Expected next period', { size: 'Small', weight: 'Bolder' }),
            ...bullets(t.expectedNext, 8),
            text(`Mitigations: ${t.mitigations.join(' ') || 'None reported'}`, { size: 'Small' }),
          ]
        : []),
    ],
  };
}

/**
 * A line of what was asked, in bold; a part of an ambition's report ("Ambition 7, its focus: …") as
 * its label in bold and what the report says under it, a paragraph to each item, in plain text.
 */
function leadBlocks(line: string): CardElement[] {
  const part = /^(Ambition \d+, its [^:]+): ([^]*)$/.exec(line);
  if (!part)
    return [text(line, { weight: line.length <= 200 ? 'Bolder' : 'Default', spacing: 'Small' })];
  return [
    text(part[1]!, { weight: 'Bolder', spacing: 'Medium' }),
    ...part[2]!.split(/\n\n/).map((p) => text(p, { spacing: 'Small' })),
  ];
}

export function strategyCard(answer: Extract<Answer, { kind: 'strategy' }>): BuiltCard {
  const detailed = answer.ambitions.length + answer.themes.length <= 2;
  const summary = answer.lead.length
    ? `${answer.title}: ${answer.lead.join(' ').replace(/\n\n/g, ' ')}`
    : answer.ambitions.length
      ? `${answer.title}: ${answer.ambitions.map((a) => `ambition ${a.number} progress ${a.progressPct}%, confidence ${a.confidencePct}%`).join('; ')}.`
      : answer.themes.length
        ? `${answer.title}: ${answer.themes.map((t) => `${t.name}: ${truncate(t.progress[0] ?? 'no progress reported', 80)}`).join('; ')}.`
        : `${answer.title}: ${answer.figures.map((f) => `${f.label}: ${f.value}`).join('; ')}.`;
  const body: CardElement[] = [
    ...heading(answer.title, `${answer.period} · reported to ${answer.reportedTo}`),
    // What was asked ("the lowest confidence"), before the ambitions it picks out.
    ...answer.lead.flatMap(leadBlocks),
    ...flagsBlock(answer.flags),
    ...answer.ambitions.map((a) => ambition(a, detailed)),
    ...answer.themes.map((t) => theme(t, detailed)),
    ...(answer.plans ?? []).map((p) => ({
      type: 'Container' as const,
      separator: true,
      spacing: 'Medium' as const,
      items: [text(p.name, { weight: 'Bolder' }), text(p.update, { size: 'Small' })],
    })),
    ...(answer.figures.length
      ? [
          text('Figures reported', { weight: 'Bolder', spacing: 'Medium' }),
          ...answer.figures.map((f) =>
            text(`${f.label}: ${f.value}`, { size: 'Small', spacing: 'None' }),
          ),
        ]
      : []),
    ...(answer.ambitions.length + answer.themes.length + answer.figures.length === 0 &&
    !answer.lead.length
      ? [text('Nothing in this strategy matches the question.', { isSubtle: true })]
      : []),
    ...notesBlock(answer.notes),
    citation(answer.source),
  ];
  return { card: adaptiveCard(body, truncate(summary, 600)), summary: truncate(summary, 600) };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const STRATEGY_CARDS = {
  strategy: strategyCard,
};
