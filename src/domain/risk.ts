import { z } from 'zod';
import { Id, PrintedDate, RecordBase, SourceRef } from './common';
import { Provenance } from './provenance';

/** A 1-5 consequence or likelihood rating on the 5x5 matrix. */
export const Rating = z.number().int().min(1).max(5);

/** One scoring stage as printed: consequence, likelihood, and the combined value the paper prints. */
export const PrintedScore = z.object({
  consequence: Rating,
  likelihood: Rating,
  /** The "Combined" column as printed; kept even when it is not C x L (a flag says so). */
  printedCombined: z.number().int().nonnegative().nullable(),
});
export type PrintedScore = z.infer<typeof PrintedScore>;

export const AppetiteLevel = z.enum(['none', 'minimal', 'cautious', 'open', 'eager']);
export type AppetiteLevel = z.infer<typeof AppetiteLevel>;

export const AppetiteBand = z.object({
  level: AppetiteLevel,
  min: z.number().int().min(0).max(25),
  max: z.number().int().min(0).max(25),
});
export type AppetiteBand = z.infer<typeof AppetiteBand>;

/** How a register expresses risk appetite: bands (LPT 2024/25) and/or a single tolerance limit (Group). */
export const AppetiteScheme = z.object({
  /** The board's statement, as printed. */
  statement: z.string().min(1),
  bands: z.array(AppetiteBand).default([]),
  /** The level applied to every risk unless a risk says otherwise. */
  defaultLevel: AppetiteLevel,
  /** Upper limit of tolerance where the register prints one ("upper limit of tolerance 16"). */
  upperLimit: z.number().int().min(0).max(25).optional(),
});
export type AppetiteScheme = z.infer<typeof AppetiteScheme>;

/** Score banding on the 5x5 matrix, e.g. NHS default 1-3 low, 4-6 moderate, 8-12 high, 15-25 extreme. */
export const ScoreBand = z.object({
  name: z.string().min(1),
  min: z.number().int().min(1).max(25),
  max: z.number().int().min(1).max(25),
  /** RAG colour for cards; always shown with the band name in words. */
  colour: z.enum(['green', 'yellow', 'amber', 'red']),
});
export type ScoreBand = z.infer<typeof ScoreBand>;

/** A row of the register's summary table exactly as printed; compared with the detail by the importer. */
export const RegisterSummaryRow = z.object({
  reference: z.string().min(1),
  title: z.string().min(1),
  printedScore: z.number().int().nonnegative(),
  /** Direction as printed ("--"), if any. */
  printedDirection: z.string().optional(),
  section: z.string().optional(),
  oversight: z.string().optional(),
});
export type RegisterSummaryRow = z.infer<typeof RegisterSummaryRow>;

/** A Board Assurance Framework version: one organisation's strategic risks at one date. */
export const RiskRegister = RecordBase.extend({
  kind: z.literal('register'),
  title: z.string().min(1),
  /** Short names people use: "LPT BAF", "Group BAF". */
  aliases: z.array(z.string()).default([]),
  /** What the cover prints ("May 2024", "January 2026"), and the date it stands for. */
  date: PrintedDate,
  /** Reference prefix for this register's risks as people type them ("BAF", "GROUP BAF"). */
  referencePrefix: z.string().min(1),
  appetite: AppetiteScheme,
  /** Banding override; the NHS default applies when absent. */
  banding: z.array(ScoreBand).optional(),
  summary: z.array(RegisterSummaryRow).default([]),
  /** Changes or notes the paper records about this version of the register. */
  notes: z.array(z.string()).default([]),
  source: SourceRef,
  provenance: Provenance.optional(),
});
export type RiskRegister = z.infer<typeof RiskRegister>;

/** Sources of assurance on the three lines model. */
export const Assurances = z.object({
  firstLine: z.array(z.string()).default([]),
  secondLine: z.array(z.string()).default([]),
  thirdLine: z.array(z.string()).default([]),
});
export type Assurances = z.infer<typeof Assurances>;

/** A cause or an effect of a risk, with what the BAF sets against it. Actions live in the action log. */
export const RiskFactor = z.object({
  kind: z.enum(['cause', 'effect']),
  title: z.string().min(1),
  controls: z.array(z.string()).default([]),
  controlGaps: z.array(z.string()).default([]),
  assurances: Assurances,
  assuranceGaps: z.array(z.string()).default([]),
  progress: z.array(z.string()).default([]),
});
export type RiskFactor = z.infer<typeof RiskFactor>;

export const TrendDirection = z.enum(['increasing', 'decreasing', 'unchanged']);

export const Risk = RecordBase.extend({
  kind: z.literal('risk'),
  registerId: Id,
  /** The reference exactly as printed: "BAF 01", "GROUP BAF 1", "GROUP BAF DRAFT". */
  reference: z.string().min(1),
  /** The risk number within the register; null for a draft not yet numbered. */
  number: z.number().int().positive().nullable(),
  status: z.enum(['approved', 'draft']).default('approved'),
  title: z.string().min(1),
  /** Words the paper prints in bold in the title ("digital transformation"): good search keys. */
  keywords: z.array(z.string()).default([]),
  /** Group BAF section ("Section 1 - T Technology"). */
  section: z.string().optional(),
  strategicLink: z.string().min(1),
  /** Named strategic aim or THRIVE theme, normalised ("GREAT OUTCOMES", "TECHNOLOGY"). */
  strategicAim: z.string().min(1),
  systemRisk: z.string().optional(),
  corporateRisk: z.string().optional(),
  /** The governance line as printed. */
  governance: z.string().min(1),
  /** Committees with oversight, normalised names ("Quality and Safety Committee"). */
  oversightCommittees: z.array(z.string()).min(1),
  context: z.string().default(''),
  /** "April 2024" in the LPT header; "Included 1 April 2025" in the Group one. */
  included: PrintedDate.optional(),
  lastUpdated: PrintedDate.optional(),
  scores: z.object({
    initial: PrintedScore,
    current: PrintedScore,
    target: PrintedScore.nullable(),
  }),
  trend: z.object({ printed: z.string().nullable(), direction: TrendDirection.nullable() }),
  /** Per-risk appetite where printed; otherwise the register's default applies. */
  appetite: z
    .object({ level: AppetiteLevel, upperLimit: z.number().int().min(0).max(25).optional() })
    .optional(),
  causes: z.array(RiskFactor).default([]),
  effects: z.array(RiskFactor).default([]),
  source: SourceRef,
  provenance: Provenance.optional(),
});
export type Risk = z.infer<typeof Risk>;
export type RiskId = z.infer<typeof Id>;
