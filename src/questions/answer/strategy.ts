import { z } from 'zod';
import { Id } from '../../domain/common';
import { formatDate } from '../../domain/dates';
import type { AmbitionView, Citation, FlagView, ThemeView } from '../../shared/viewTypes';
import { citation, flagViews } from '../../shared/views';
import type { MessageAnswer } from '../answers';
import { kind } from '../kind';
import { Text } from '../question';
import type { AnswerContext } from './context';

export interface StrategyAnswer {
  kind: 'strategy';
  title: string;
  period: string;
  reportedTo: string;
  ambitions: AmbitionView[];
  themes: ThemeView[];
  figures: { label: string; value: string }[];
  flags: FlagView[];
  source: Citation;
  notes: string[];
}

export interface StrategyAsk {
  strategyId: string | null;
  objectiveId: string | null;
  ambitionIds: string[];
  themeId: string | null;
}

/** Progress and confidence for ambitions or objectives, or a THRIVE theme's report. */
export function answerStrategy(
  ctx: AnswerContext,
  ask: StrategyAsk,
): StrategyAnswer | MessageAnswer {
  const { data } = ctx;
  const strategy =
    data.strategies.find((s) => s.id === ask.strategyId) ??
    data.strategies.find((s) => s.framework === 'ambitions') ??
    data.strategies[0];
  if (!strategy)
    return {
      kind: 'message',
      title: 'No strategy yet',
      text: 'There is no strategy in Board Clerk yet.',
      suggestions: [],
    };

  const ambitions: AmbitionView[] = strategy.objectives
    .filter((o) => !ask.objectiveId || o.id === ask.objectiveId)
    .flatMap((o) =>
      o.ambitions
        .filter((a) => ask.ambitionIds.length === 0 || ask.ambitionIds.includes(a.id))
        .map((a) => ({
          number: a.number,
          objective: o.title,
          text: a.text,
          progressPct: a.progressPct,
          progressAsAt: a.progressAsAt,
          confidencePct: a.confidencePct,
          confidenceBy: a.confidenceBy,
          supportingStrategies: a.supportingStrategies,
          successes: a.successes,
          challenges: a.challenges,
          focus: a.focus,
          escalations: a.escalations,
        })),
    );
  const themes: ThemeView[] = strategy.themes
    .filter((t) => !ask.themeId || t.id === ask.themeId)
    .map((t) => ({
      letter: t.letter,
      name: t.name,
      objectives: t.objectives,
      progress: t.progress,
      expectedNext: t.expectedNext,
      mitigations: t.mitigations,
    }));
  const others = data.strategies.filter((s) => s.id !== strategy.id);
  return {
    kind: 'strategy',
    title: strategy.title,
    period: strategy.period,
    reportedTo: `${strategy.reportedTo} (${formatDate(strategy.reportedOn)})`,
    ambitions,
    themes,
    figures:
      ask.ambitionIds.length || ask.themeId
        ? []
        : strategy.figures.map((f) => ({ label: f.label, value: f.value })),
    flags: flagViews(strategy.dataQuality),
    source: citation(data, strategy.source),
    notes:
      others.length && !ask.strategyId
        ? [`Also in Board Clerk: ${others.map((s) => s.title).join('; ')}.`]
        : [],
  };
}

/** "Progress on our ambitions", "how are we doing on ambition 2?", "thrive technology progress". */
export const strategyProgress = kind(
  'strategy.progress',
  {
    strategyId: Id.nullable(),
    objectiveId: Id.nullable(),
    ambitionIds: z.array(Id),
    themeId: Id.nullable(),
    text: Text,
  },
  (q, ctx) => answerStrategy(ctx, q),
);
