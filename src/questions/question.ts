import { z } from 'zod';
import { DeliveryKey } from '../domain/action';
import { Id, IsoDate } from '../domain/common';
import type { RiskFacet } from '../shared/viewTypes';
import type { Question } from './rules';

export type { RiskFacet };

/**
 * The parameters questions share, once read: entities resolved against the vocabulary (ids of
 * registers, roles, people, logs...), periods, filters. Plain data, declared once as zod schemas: a
 * question is also the subject a conversation remembers for its follow-ups, read back from the store
 * and checked against its kind's parameters (`kind.ts`).
 */

export const Text = z.string().max(500);

export const RISK_FACETS = [
  'scores',
  'appetite',
  'controls',
  'gaps',
  'assurances',
  'actions',
  'progress',
  'context',
  'links',
  'everything',
] as const satisfies readonly RiskFacet[];
export const RiskFacetSchema = z.enum(RISK_FACETS);

/** A period in Europe/London calendar dates, inclusive; open-ended where a bound is null. */
export const Period = z.object({
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  /** How to say it back: "this month (1 to 30 November 2026)". */
  label: Text,
});
export type Period = z.infer<typeof Period>;

/** Which risk: a register (when the question names one) and the risk's number in it. */
export const RiskReference = z.object({
  registerId: Id.nullable(),
  /** Null for the draft (unnumbered) risk. */
  number: z.number().int().positive().nullable(),
  draft: z.boolean(),
  /** The words that named it, to say back when it cannot be found (and to look for in another register). */
  text: Text,
  /** Named by its number, as the draft, or by what it is about (its topic words). */
  by: z.enum(['number', 'draft', 'topic']).optional(),
  /**
   * The number the asker gave, when the words beside it described another risk of the same register
   * ("group BAF 4, the research one" is Group BAF 3): the described risk is the one meant.
   */
  said: z.number().int().positive().optional(),
});
export type RiskReference = z.infer<typeof RiskReference>;

export const RiskListFilter = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  /** Ranked by the current score, or by the initial or target score when that is asked. */
  z.object({
    kind: z.literal('highest'),
    limit: z.number().int().positive().nullable(),
    stage: z.enum(['initial', 'target']).optional(),
  }),
  z.object({
    kind: z.literal('lowest'),
    limit: z.number().int().positive().nullable(),
    stage: z.enum(['initial', 'target']).optional(),
  }),
  z.object({ kind: z.literal('above-appetite') }),
  /** "Which targets would still sit outside appetite?": risks whose target is above tolerance. */
  z.object({ kind: z.literal('target-above-appetite') }),
  /** "Which will get back inside appetite once their actions land?": above now, target within. */
  z.object({ kind: z.literal('back-within-appetite') }),
  /** Within the register's tolerance: at its limit or below ("which risks are NOT above appetite"). */
  z.object({ kind: z.literal('within-appetite') }),
  /** "Which is closest to breaching appetite?": within tolerance, with the least headroom left. */
  z.object({ kind: z.literal('nearest-appetite') }),
  z.object({ kind: z.literal('at-target') }),
  z.object({ kind: z.literal('above-target') }),
  z.object({ kind: z.literal('most-improved') }),
  /** Scored lower now than at its initial scoring. */
  z.object({ kind: z.literal('improved') }),
  /** Scored the same now as at its initial scoring ("which risk hasn't come down at all"). */
  z.object({ kind: z.literal('unmoved') }),
  /** Moved since the register's last report, as its trend column prints it. */
  z.object({ kind: z.literal('since-last') }),
  /** Every risk, with when each was last updated as the register prints it ("how up to date is it"). */
  z.object({ kind: z.literal('last-updated') }),
  /** Every risk, with the committees that oversee each, by committee ("who oversees each risk"). */
  z.object({ kind: z.literal('oversight') }),
  /** New risks: drafts proposed to the board and not yet approved. */
  z.object({ kind: z.literal('new') }),
  z.object({ kind: z.literal('moved') }),
  z.object({ kind: z.literal('furthest-from-target') }),
  /** Ranked by how many controls, gaps or sources of assurance each lists: "which has most gaps?" */
  z.object({
    kind: z.literal('most-parts'),
    part: z.enum(['controls', 'gaps', 'assurances']),
    fewest: z.boolean(),
  }),
  z.object({ kind: z.literal('getting-worse') }),
  z.object({ kind: z.literal('score-above'), min: z.number().int().min(0).max(25) }),
  /** Scoring a number now, or at their initial scoring or as their target when that is asked. */
  z.object({
    kind: z.literal('score-of'),
    score: z.number().int().min(1).max(25),
    stage: z.enum(['initial', 'target']).optional(),
  }),
  z.object({ kind: z.literal('committee'), committee: Text }),
  /** Every risk but those a committee oversees ("which risks are NOT overseen by F&P"). */
  z.object({ kind: z.literal('not-committee'), committee: Text }),
  z.object({ kind: z.literal('strategic-aim'), aim: Text }),
  z.object({ kind: z.literal('band'), band: Text }),
  /**
   * Risks whose assurances cite an internal audit, of a rating or any ("poor internal audit results
   * against our risks": those rated limited).
   */
  z.object({
    kind: z.literal('audit'),
    rating: z.enum(['limited', 'moderate', 'significant']).nullable(),
    /** Those citing no internal audit at all ("which risks have no assurance from internal audit?"). */
    without: z.boolean().optional(),
  }),
]);
export type RiskListFilter = z.infer<typeof RiskListFilter>;

const LogScope = z.object({
  kind: z.literal('log'),
  logId: Id,
  sectionId: Id.nullable(),
  text: Text,
});
const RiskScope = z.object({ kind: z.literal('risk'), risk: RiskReference });
/** Every action of an organisation: "overdue actions for LPT". */
const OrganisationScope = z.object({
  kind: z.literal('organisation'),
  organisationId: Id,
  text: Text,
});

/** Every BAF's action log at once: "BAF actions", "actions on the risk registers". */
const RegistersScope = z.object({ kind: z.literal('registers') });
/**
 * What narrows the asker's own actions: a log or register ("on my plate from the group BAF"), a risk
 * ("anything of mine on BAF 3"), an organisation, or what the actions are about in words ("my open
 * actions on social value").
 */
export const ActionNarrowing = z.discriminatedUnion('kind', [
  LogScope,
  RiskScope,
  OrganisationScope,
  RegistersScope,
  z.object({ kind: z.literal('topic'), text: Text }),
]);
export type ActionNarrowing = z.infer<typeof ActionNarrowing>;

export const ActionScope = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('mine'),
    within: ActionNarrowing.nullable().optional(),
    /** Only those the asker is action lead (or task lead) for: "which am I action lead for?" */
    /** "As task lead only": task lead and not action lead on it too. */
    as: z.enum(['action-lead', 'task-lead', 'task-lead-only']).optional(),
  }),
  z.object({
    kind: z.literal('role'),
    roleIds: z.array(Id),
    text: Text,
    /** Whom the minutes print in the role, when the asker named them: "Paul Sheldon". */
    holder: Text.optional(),
    /** What sits with a role in one register or log: "with the operational directors on the LPT BAF". */
    within: ActionNarrowing.nullable().optional(),
  }),
  z.object({
    kind: z.literal('person'),
    personId: Id,
    text: Text,
    /** "Outstanding for Helen on the well-led plan": a person's actions in one register or log. */
    within: ActionNarrowing.nullable().optional(),
  }),
  LogScope,
  RiskScope,
  OrganisationScope,
  RegistersScope,
  z.object({ kind: z.literal('all') }),
]);
export type ActionScope = z.infer<typeof ActionScope>;

export const ActionStatusFilter = z.enum([
  'open',
  'overdue',
  'due',
  'closed',
  'proposed-for-closure',
  /** Open actions whose due date was revised, or that are overdue: what has slipped. */
  'slipped',
  /** Actions with a revised due date. */
  'revised',
  /** Open actions nobody leads: no lead role and none printed. */
  'no-lead',
  /** Open actions with no due date, printed or revised. */
  'undated',
  /** Open actions with no progress reported, in the log or in Board Clerk: "actions not started". */
  'not-started',
  /**
   * Actions changed in Board Clerk in the period (a progress update, a closure put forward, approved
   * or returned, an edit): "any updates on actions this week?" The latest first.
   */
  'updated',
  'all',
]);
export type ActionStatusFilter = z.infer<typeof ActionStatusFilter>;

export const ActionFilter = z.object({
  status: ActionStatusFilter,
  /** Open actions due in this period (status 'due'), or closed in it (status 'closed'). */
  period: Period.nullable(),
  /** Only actions whose owner reports this on the NHS delivery key. */
  key: DeliveryKey.nullable().optional(),
  /**
   * The period's month was named without a year ("closed off in nov"): when nothing matches in it,
   * the same month in an earlier year that has some (up to three years back).
   */
  yearless: z.boolean().optional(),
  /** Leaving out those led (or task-led) by these roles: "which ones aren't task-led by DoCA?" */
  notLedBy: z
    .object({ roleIds: z.array(Id).min(1), text: Text, task: z.boolean() })
    .nullable()
    .optional(),
  /** Only those the log sends to this committee for sign-off, by its printed word ("Finance"). */
  signOff: Text.nullable().optional(),
  /** Only those whose words (or their area's) are about this: "which of those were about culture?" */
  about: Text.nullable().optional(),
});
export type ActionFilter = z.infer<typeof ActionFilter>;

/** The parts of a risk the BAF lists against its causes and effects, as counted. */
export const RiskPart = z.enum(['controls', 'control-gaps', 'assurance-gaps', 'assurances']);
export type RiskPart = z.infer<typeof RiskPart>;

/** One action, named by its reference, its place in a log section, or its place under a BAF risk. */
export const ActionTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('id'), actionId: Id, organisationId: Id }),
  z.object({ kind: z.literal('reference'), reference: Text }),
  z.object({
    kind: z.literal('section'),
    logId: Id,
    sectionId: Id,
    number: z.number().int().positive(),
    text: Text,
  }),
  z.object({ kind: z.literal('risk'), risk: RiskReference, number: z.number().int().positive() }),
]);
export type ActionTarget = z.infer<typeof ActionTarget>;

export const SecretaryCommand = z.enum([
  'new-meeting',
  'edit-meeting',
  'send-reminder',
  'broadcasts',
  'chase',
]);
export type SecretaryCommand = z.infer<typeof SecretaryCommand>;

/** What any question asks: the union of the kinds the rules decide on (`rules.ts`). */
export type { Question };
