import { z } from 'zod';
import { Id, IsoDate, RecordBase, SourceRef } from './common';

const Percent = z.number().min(0).max(100);

/** One of a trust's strategic ambitions, with progress and confidence as the board paper reports them. */
export const Ambition = z.object({
  id: Id,
  number: z.number().int().positive(),
  text: z.string().min(1),
  /** Progress with high-level actions, and when it was measured ("2023-24 Q2"). */
  progressPct: Percent,
  progressAsAt: z.string().min(1),
  /** Confidence in delivering the high-level actions, and by when ("2023-24 Q4"). */
  confidencePct: Percent,
  confidenceBy: z.string().min(1),
  supportingStrategies: z.array(z.string()).default([]),
  conditions: z.array(z.string()).default([]),
  successStatement: z.string().optional(),
  successes: z.array(z.string()).default([]),
  challenges: z.array(z.string()).default([]),
  financialRisks: z.array(z.string()).default([]),
  newIssues: z.array(z.string()).default([]),
  focus: z.array(z.string()).default([]),
  escalations: z.array(z.string()).default([]),
});
export type Ambition = z.infer<typeof Ambition>;

export const StrategicObjective = z.object({
  id: Id,
  title: z.string().min(1),
  ambitions: z.array(Ambition).default([]),
  /** Objectives that sit under a THRIVE theme are plain statements. */
  statements: z.array(z.string()).default([]),
});
export type StrategicObjective = z.infer<typeof StrategicObjective>;

/** A THRIVE theme's report: where we want to be, progress this period, next, mitigations. */
export const StrategyTheme = z.object({
  id: Id,
  letter: z.string().min(1).max(2),
  name: z.string().min(1),
  objectives: z.array(z.string()).default([]),
  progress: z.array(z.string()).default([]),
  expectedNext: z.array(z.string()).default([]),
  mitigations: z.array(z.string()).default([]),
});
export type StrategyTheme = z.infer<typeof StrategyTheme>;

/** A figure the paper reports ("82% of LPT staff understand the strategy"). */
export const ReportedFigure = z.object({
  label: z.string().min(1),
  value: z.string().min(1),
  organisation: z.string().optional(),
});

export const Strategy = RecordBase.extend({
  kind: z.literal('strategy'),
  framework: z.enum(['ambitions', 'thrive']),
  title: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  period: z.string().min(1),
  /** The report this progress comes from. */
  reportedTo: z.string().min(1),
  reportedOn: IsoDate,
  summary: z.string().optional(),
  objectives: z.array(StrategicObjective).default([]),
  themes: z.array(StrategyTheme).default([]),
  supportingStrategies: z.array(z.string()).default([]),
  servicePlans: z
    .array(z.object({ name: z.string().min(1), update: z.string().min(1) }))
    .default([]),
  figures: z.array(ReportedFigure).default([]),
  source: SourceRef,
});
export type Strategy = z.infer<typeof Strategy>;
