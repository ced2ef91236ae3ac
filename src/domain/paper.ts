import { z } from 'zod';
import { Id, PrintedDate, RecordBase, SourceRef } from './common';

/**
 * A board paper as data: its cover sheet, its sections in the printed wording, the figures in them a
 * director would ask for (segments, percentages, money), what it recommends and the decision it asks of
 * the board. Registers, minutes and strategies have their own kinds; a paper holds what they do not.
 */

const FigureBase = z.object({
  /** Unique within the paper, so totals can name their parts. */
  id: Id,
  /** What the number is, in the paper's words ("Corporate Benchmarking potential opportunity"). */
  label: z.string().min(1),
  /** The figure exactly as printed ("£15.9m", "6.5%", "Two"). */
  printed: z.string().min(1),
  /** Which organisation it is about, when the paper says. */
  organisationId: Id.optional(),
  /** The period it covers, as printed ("2025/26", "Dec-25"). */
  period: z.string().optional(),
  /** Printed as approximate ("c.£360k"). */
  approximate: z.boolean().optional(),
  /** This figure is the printed total of these figures (ids in the same paper); checked on load. */
  totalOf: z.array(Id).min(2).optional(),
});

/** A typed figure: amounts in pounds, percentages as printed numbers, counts, oversight segments, scores. */
export const Figure = z.discriminatedUnion('type', [
  FigureBase.extend({ type: z.literal('money'), pounds: z.number() }),
  FigureBase.extend({ type: z.literal('percentage'), percent: z.number() }),
  FigureBase.extend({
    type: z.literal('count'),
    count: z.number(),
    /** What is counted when the label does not say ("WTE", "people"). */
    unit: z.string().optional(),
  }),
  /** An NHS Oversight Framework segment (1 best to 5). */
  FigureBase.extend({ type: z.literal('segment'), segment: z.number().int().min(1).max(5) }),
]);
export type Figure = z.infer<typeof Figure>;

/**
 * The set a figure belongs to and its part of it, when its label names both around a colon: "Key area
 * of opportunity: Digital" is the "Key area of opportunity" set's "Digital". Null for a label of its own.
 */
export function figureSetOf(label: string): { set: string; part: string } | null {
  const at = label.indexOf(': ');
  return at > 0 ? { set: label.slice(0, at), part: label.slice(at + 2) } : null;
}

/** A bulleted or numbered list, in order. */
export const PrintedList = z.object({
  items: z.array(z.string().min(1)).min(1),
  numbered: z.boolean().optional(),
});
export type PrintedList = z.infer<typeof PrintedList>;

export const PaperSection = z.object({
  /** Unique within the paper ("university-status", "ema-4-1"). */
  id: Id,
  /** The paper's own number, where it prints one ("4.1"). */
  number: z.string().optional(),
  heading: z.string().min(1),
  /** Paragraphs and lists in the order printed; wording as printed. */
  content: z.array(z.union([z.string().min(1), PrintedList])).default([]),
  figures: z.array(Figure).default([]),
});
export type PaperSection = z.infer<typeof PaperSection>;

/** What the paper asks the board to do. */
export const DecisionType = z.enum(['approval', 'noting', 'consideration', 'briefing']);
export type DecisionType = z.infer<typeof DecisionType>;

export const DecisionAsked = z.object({
  type: DecisionType,
  /** The "Decision Required" text as printed. */
  printed: z.array(z.string().min(1)).min(1),
});
export type DecisionAsked = z.infer<typeof DecisionAsked>;

/** The paper's cover sheet or governance table: who brought it, what assurance it carries, its links. */
export const CoverSheet = z.object({
  presentedTo: z.string().optional(),
  agendaItem: z.string().optional(),
  /** "For Noting", as ticked. */
  purposeOfReport: z.string().optional(),
  sponsor: z.string().optional(),
  author: z.string().optional(),
  submitted: PrintedDate.optional(),
  /** "Name and date of other committee / forum at which this report / issue was considered". */
  consideredElsewhere: z.string().optional(),
  /** The assurance box ticked, as printed ("Assured", "Substantial"); null when none is ticked. */
  assuranceLevel: z.string().nullable().optional(),
  /** The boxes the paper offers ("Assured", "Partially assured", "Not assured"). */
  assuranceScale: z.array(z.string().min(1)).default([]),
  assuranceRationale: z.string().optional(),
  assuranceAction: z.string().optional(),
  nextReport: z.string().optional(),
  /** Strategic objectives or THRIVE themes the paper ticks or names. */
  strategicAlignment: z.array(z.string().min(1)).default([]),
  /** BAF and risk register references as printed ("Group BAF 1", "3467"). */
  riskReferences: z.array(z.string().min(1)).default([]),
  /** The risk-appetite question as printed, and its answer. */
  riskAppetite: z.object({ question: z.string().min(1), answer: z.string().min(1) }).optional(),
  legalAndRegulatory: z.array(z.string().min(1)).default([]),
  falseOrMisleadingInformation: z.string().optional(),
  patientSafety: z.string().optional(),
  equality: z.string().optional(),
  previousPapers: z.array(z.object({ title: z.string().min(1), date: PrintedDate })).default([]),
});
export type CoverSheet = z.infer<typeof CoverSheet>;

export const Paper = RecordBase.extend({
  kind: z.literal('paper'),
  title: z.string().min(1),
  /** Short names people use ("CEO report", "Value Programme"). */
  aliases: z.array(z.string()).default([]),
  /** The meeting it went to. */
  meetingId: Id.optional(),
  /** The date the paper carries, as printed. */
  date: PrintedDate,
  cover: CoverSheet,
  sections: z.array(PaperSection).min(1),
  /** The paper's proposal or recommendations, as printed. */
  recommendations: z.array(z.string().min(1)).default([]),
  decision: DecisionAsked.optional(),
  /** Records the paper reports on that have their own kind (a register, a strategy, a draft risk). */
  relatedIds: z.array(Id).default([]),
  source: SourceRef,
});
export type Paper = z.infer<typeof Paper>;

/** The levels of an Alert, Advise and Assure (AAA) report, plus the sections its template adds. */
export const AssuranceLevel = z.enum([
  'alert',
  'advise',
  'assure',
  'risk',
  'celebrating-outstanding',
]);
export type AssuranceLevel = z.infer<typeof AssuranceLevel>;

export const AssuranceBlock = z.object({
  level: AssuranceLevel,
  /** The heading as printed ("ALERT: Alert the Board to matters that need its attention or action..."). */
  printedHeading: z.string().min(1),
  /** What the committee reports under it; empty when it prints "None". */
  items: z.array(z.object({ subject: z.string().optional(), text: z.string().min(1) })).default([]),
});
export type AssuranceBlock = z.infer<typeof AssuranceBlock>;

/** A committee's Alert, Advise and Assure report to the board. */
export const CommitteeReport = RecordBase.extend({
  kind: z.literal('committeeReport'),
  title: z.string().min(1),
  committee: z.string().min(1),
  /** The committee meeting it reports on. */
  heldOn: PrintedDate,
  /** The board meeting it went to. */
  meetingId: Id.optional(),
  author: z.string().optional(),
  /** Blocks in the order printed; a level printed twice is flagged. */
  blocks: z.array(AssuranceBlock).min(1),
  source: SourceRef,
});
export type CommitteeReport = z.infer<typeof CommitteeReport>;

/** A direction of travel or trend arrow as printed, and what it means. */
export const Direction = z.object({
  printed: z.string().min(1),
  direction: z.enum(['up', 'down', 'same']).nullable(),
});
export type Direction = z.infer<typeof Direction>;

/** One trust's value in a performance table. */
export const OrganisationValue = z.object({
  organisationId: Id,
  /** As printed ("10.0%", "1,416", "Null"); "Null" and blanks are flagged as missing. */
  printed: z.string(),
  value: z.number().nullable(),
  /** The target or ceiling as printed ("< 10%", ">= 95%"). */
  target: z.string().optional(),
  trend: Direction.optional(),
});
export type OrganisationValue = z.infer<typeof OrganisationValue>;

/** The NHS Oversight Framework segment a trust was awarded. */
export const Segmentation = z.object({
  organisationId: Id,
  segment: z.number().int().min(1).max(5),
  /** As printed ("Two"). */
  printedSegment: z.string().min(1),
  assessmentPeriod: z.string().min(1),
  financialOverride: z.boolean(),
  providerImprovementProgramme: z.boolean(),
});
export type Segmentation = z.infer<typeof Segmentation>;

/** An oversight domain or sub-domain score per trust (1 best to 4), with its direction against Q1. */
export const DomainScore = z.object({
  id: Id,
  domain: z.string().min(1),
  /** The metric within the domain; absent for the overall domain score. */
  metric: z.string().optional(),
  values: z.array(OrganisationValue.extend({ direction: Direction.optional() })).min(1),
});
export type DomainScore = z.infer<typeof DomainScore>;

export const Indicator = z.object({
  id: Id,
  /** The table it is in ("Workforce", "Mental Health", "Community & Family"). */
  group: z.string().min(1),
  indicator: z.string().min(1),
  period: z.string().min(1),
  /** "%", "£000", "days", or absent for a count. */
  unit: z.string().optional(),
  values: z.array(OrganisationValue).min(1),
  benchmarks: z
    .object({
      regional: z.string().optional(),
      national: z.string().optional(),
      period: z.string().optional(),
    })
    .optional(),
  /** This indicator is the printed total of these (ids in the same report); checked on load per trust. */
  totalOf: z.array(Id).min(2).optional(),
});
export type Indicator = z.infer<typeof Indicator>;

/** A headline performance report: oversight segments, domain scores and key indicators per trust. */
export const PerformanceReport = RecordBase.extend({
  kind: z.literal('performanceReport'),
  title: z.string().min(1),
  date: PrintedDate,
  meetingId: Id.optional(),
  framework: z.string().min(1),
  segmentation: z.array(Segmentation).default([]),
  domainScores: z.array(DomainScore).default([]),
  indicators: z.array(Indicator).default([]),
  /** "Points of note" and footnotes, as printed. */
  notes: z.array(z.string().min(1)).default([]),
  source: SourceRef,
});
export type PerformanceReport = z.infer<typeof PerformanceReport>;

/** The terms of reference of a group or committee. */
export const TermsOfReference = RecordBase.extend({
  kind: z.literal('termsOfReference'),
  /** The group as its terms of reference name it ("Transition Group"). */
  body: z.string().min(1),
  /** Other names the papers use for it ("Corporate and Enabling Transition Group"). */
  aliases: z.array(z.string()).default([]),
  /** When the group was established, as printed. */
  established: PrintedDate.optional(),
  /** The paper the terms of reference are part of. */
  paperId: Id.optional(),
  purpose: z.array(z.string().min(1)).min(1),
  responsibilities: z.array(z.string().min(1)).default([]),
  /** Members by role, as printed. */
  membership: z.array(z.string().min(1)).min(1),
  /** Who chairs it; null when the terms of reference do not say (flagged). */
  chair: z.string().nullable(),
  attendance: z.array(z.string().min(1)).default([]),
  frequency: z.string().min(1),
  quorum: z.object({ members: z.number().int().positive(), printed: z.string().min(1) }),
  recordsAndReporting: z.array(z.string().min(1)).default([]),
  source: SourceRef,
});
export type TermsOfReference = z.infer<typeof TermsOfReference>;

/**
 * Whether a paper's cover names a risk among the BAF risks it relates to, as covers print them: "Group
 * BAF 1", "NHFT - BAF04", "LPT – BAF 5.4" (its risk 5), or "ALL" of a register the paper presents.
 * `organisationId` is the risk's register's ("lpt-nhft-group" for the Group BAF).
 */
export function coverNamesRisk(
  paper: Pick<Paper, 'cover' | 'relatedIds'>,
  risk: { number: number | null; registerId: string },
  organisationId: string,
): boolean {
  if (risk.number === null) return false;
  return paper.cover.riskReferences.some((ref) => {
    const printed = ref
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (printed === 'all') return paper.relatedIds.includes(risk.registerId);
    const m = /\b(?:(group|lpt|nhft) )?baf ?0?(\d+)/.exec(printed);
    if (!m || Number(m[2]) !== risk.number) return false;
    const whose = m[1] ?? 'group';
    return whose === 'group' ? organisationId.includes('group') : organisationId === whose;
  });
}

/**
 * The latest report of a committee named ("People and Culture Committee" is the "Joint People and
 * Culture Committee in Common"'s: every word of the name is in the report's committee).
 */
export function latestReportOf(
  committees: readonly string[],
  reports: readonly CommitteeReport[],
): CommitteeReport | null {
  const wordsOf = (name: string) =>
    new Set(
      name
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );
  return (
    reports
      .filter((r) => {
        const printed = wordsOf(r.committee);
        return committees.some((c) => [...wordsOf(c)].every((w) => printed.has(w)));
      })
      .sort((a, b) => (b.heldOn.iso ?? '').localeCompare(a.heldOn.iso ?? ''))[0] ?? null
  );
}
