import { z } from 'zod';
import { Id, IsoDate } from '../domain/common';
import type { RiskFacet } from '../shared/viewTypes';

export type { RiskFacet };

/**
 * What a question asks, once read: an intent with its entities resolved against the vocabulary (ids of
 * registers, roles, people, logs...). Plain data, declared once as zod schemas: a question is also the
 * subject a conversation remembers for its follow-ups, read back from the store and parsed here.
 */

const Text = z.string().max(500);

export const RISK_FACETS = [
  'scores',
  'appetite',
  'controls',
  'gaps',
  'assurances',
  'actions',
  'progress',
  'context',
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
});
export type RiskReference = z.infer<typeof RiskReference>;

export const RiskListFilter = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('highest'), limit: z.number().int().positive().nullable() }),
  z.object({ kind: z.literal('lowest'), limit: z.number().int().positive().nullable() }),
  z.object({ kind: z.literal('above-appetite') }),
  z.object({ kind: z.literal('at-target') }),
  z.object({ kind: z.literal('above-target') }),
  z.object({ kind: z.literal('most-improved') }),
  z.object({ kind: z.literal('moved') }),
  z.object({ kind: z.literal('furthest-from-target') }),
  z.object({ kind: z.literal('getting-worse') }),
  z.object({ kind: z.literal('score-above'), min: z.number().int().min(0).max(25) }),
  z.object({ kind: z.literal('committee'), committee: Text }),
  z.object({ kind: z.literal('strategic-aim'), aim: Text }),
  z.object({ kind: z.literal('band'), band: Text }),
]);
export type RiskListFilter = z.infer<typeof RiskListFilter>;

export const ActionScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mine') }),
  z.object({ kind: z.literal('role'), roleIds: z.array(Id), text: Text }),
  z.object({ kind: z.literal('person'), personId: Id, text: Text }),
  z.object({ kind: z.literal('log'), logId: Id, sectionId: Id.nullable(), text: Text }),
  z.object({ kind: z.literal('risk'), risk: RiskReference }),
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
  'all',
]);
export type ActionStatusFilter = z.infer<typeof ActionStatusFilter>;

export const ActionFilter = z.object({
  status: ActionStatusFilter,
  /** Open actions due in this period (status 'due'), or closed in it (status 'closed'). */
  period: Period.nullable(),
});
export type ActionFilter = z.infer<typeof ActionFilter>;

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

/** Which minutes: a body and a date (the meeting's, or the start of the month asked about). */
const WhichMinutes = { body: Text.nullable(), date: IsoDate.nullable() };

export const Question = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('risk.detail'),
    risk: RiskReference,
    facets: z.array(RiskFacetSchema),
  }),
  z.object({ intent: z.literal('risk.list'), registerId: Id.nullable(), filter: RiskListFilter }),
  /** "Is BAF 3 worse than BAF 4?" */
  z.object({ intent: z.literal('risk.compare'), risks: z.array(RiskReference).min(2).max(4) }),
  /** "Who owns BAF 4?" */
  z.object({ intent: z.literal('risk.owner'), risk: RiskReference }),
  /** A subject rather than a record: "anything on net zero?" finds where the papers cover it. */
  z.object({
    intent: z.literal('topic'),
    text: Text,
    registerId: Id.nullable(),
  }),
  z.object({
    intent: z.literal('actions.list'),
    scope: ActionScope,
    filter: ActionFilter,
    page: z.number().int().positive(),
  }),
  z.object({
    intent: z.literal('action.detail'),
    target: ActionTarget,
    history: z.boolean(),
    /** "update Well-Led FTSU 5": open the action's progress card rather than its details. */
    update: z.boolean().optional(),
    /** "why is it late": the original and revised dates, the reason and the progress notes. */
    why: z.boolean().optional(),
  }),
  z.object({
    intent: z.literal('meeting.next'),
    body: Text.nullable(),
    /** What about it was asked: its time or its place (the card shows both; the answer says it). */
    detail: z.enum(['time', 'place']).nullable().optional(),
  }),
  z.object({
    intent: z.literal('meeting.last'),
    body: Text.nullable(),
    detail: z.enum(['time', 'place']).nullable().optional(),
  }),
  /** A meeting in a given month or on a day: the one on record, or plainly that there is none. */
  z.object({ intent: z.literal('meeting.on'), body: Text.nullable(), period: Period }),
  z.object({
    intent: z.literal('meeting.agenda'),
    body: Text.nullable(),
    which: z.union([z.enum(['next', 'last']), z.object({ date: IsoDate })]),
  }),
  z.object({ intent: z.literal('minutes.item'), reference: Text }),
  z.object({ intent: z.literal('minutes.resolutions'), ...WhichMinutes }),
  /** "Minutes of the September board": every item, with what was resolved. */
  z.object({ intent: z.literal('minutes.meeting'), ...WhichMinutes }),
  z.object({
    intent: z.literal('minutes.attendance'),
    ...WhichMinutes,
    part: z.enum(['all', 'present', 'apologies']),
  }),
  z.object({ intent: z.literal('minutes.declarations'), ...WhichMinutes }),
  /** "Who presented the QSIR item?" */
  z.object({ intent: z.literal('minutes.presenter'), ...WhichMinutes, item: Text }),
  z.object({ intent: z.literal('matters-arising'), body: Text.nullable() }),
  z.object({
    intent: z.literal('strategy.progress'),
    strategyId: Id.nullable(),
    objectiveId: Id.nullable(),
    ambitionIds: z.array(Id),
    themeId: Id.nullable(),
    text: Text,
  }),
  /** What a paper says (about some words), the figures it prints, or the decision it asks of the board. */
  z.object({
    intent: z.literal('paper'),
    paperId: Id,
    words: Text,
    want: z.enum(['say', 'figures', 'decision']),
  }),
  /** A committee's Alert, Advise and Assure report: what it alerts the board to, advises, assures. */
  z.object({
    intent: z.literal('committee.report'),
    reportId: Id.nullable(),
    level: z.enum(['alert', 'advise', 'assure', 'risk', 'celebrating-outstanding']).nullable(),
  }),
  /** The performance report: the NHS Oversight Framework segment, or named indicators. */
  z.object({
    intent: z.literal('performance'),
    want: z.enum(['segment', 'indicator']),
    organisationIds: z.array(Id),
    indicatorIds: z.array(Id),
  }),
  /** A group's terms of reference: who chairs it, its quorum, members, how often it meets. */
  z.object({
    intent: z.literal('terms-of-reference'),
    termsId: Id,
    part: z.enum(['all', 'chair', 'quorum', 'membership', 'frequency', 'purpose']),
  }),
  /** "Who is the guardian?", "who is Angela Hillery?" */
  z.object({
    intent: z.literal('people.who'),
    roleIds: z.array(Id),
    personIds: z.array(Id),
    /** A name asked about (found in the directory or the minutes, or in neither). */
    name: Text.nullable(),
    text: Text,
  }),
  z.object({ intent: z.literal('data-quality'), registerId: Id.nullable() }),
  z.object({ intent: z.literal('help') }),
  /** Small talk: a short reply. */
  z.object({
    intent: z.literal('greeting'),
    kind: z.enum(['thanks', 'hello', 'ok', 'bye', 'how-are-you']).optional(),
  }),
  /** A board secretary's command; the bot hands it to the secretariat desk. */
  z.object({ intent: z.literal('secretary'), command: SecretaryCommand }),
  /** A secretary's list of the questions Board Clerk could not answer. */
  z.object({ intent: z.literal('unanswered') }),
  /** The question could mean several things: offer them as buttons rather than guess. */
  z.object({
    intent: z.literal('clarify'),
    title: Text,
    text: Text,
    choices: z.array(Text).max(5),
  }),
  /** No rule fits: answered from search over the papers, or plainly "the papers don't say". */
  z.object({ intent: z.literal('unknown'), text: Text, suggestions: z.array(Text) }),
]);
export type Question = z.infer<typeof Question>;
export type Intent = Question['intent'];
export type QuestionOf<I extends Intent> = Extract<Question, { intent: I }>;
