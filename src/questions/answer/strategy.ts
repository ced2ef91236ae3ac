import { formatDate } from '../../domain/dates';
import type { Answer } from '../answers';
import type { AmbitionView, ThemeView } from '../../shared/viewTypes';
import type { AnswerContext } from './context';
import { citation, flagViews } from '../../shared/views';

export interface StrategyAsk {
  strategyId: string | null;
  objectiveId: string | null;
  ambitionIds: string[];
  themeId: string | null;
}

/** Progress and confidence for ambitions or objectives, or a THRIVE theme's report. */
export function answerStrategy(ctx: AnswerContext, ask: StrategyAsk): Answer {
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
