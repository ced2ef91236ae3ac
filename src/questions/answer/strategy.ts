import { z } from 'zod';
import { Id } from '../../domain/common';
import type { Strategy } from '../../domain/strategy';
import type { ReferenceData } from '../../shared/referenceData';
import { formatDate } from '../../domain/dates';
import type { AmbitionView, Citation, FlagView, ThemeView } from '../../shared/viewTypes';
import { capitalised, citation, flagViews, listInWords } from '../../shared/views';
import type { MessageAnswer } from '../answers';
import { kind } from '../kind';
import { UNIT_WORDS } from '../lexicon';
import { Text } from '../question';
import { contentWords, holdsAtLeast, normalise, sentencesOf, stem } from '../text';
import type { AnswerContext } from './context';

export interface StrategyAnswer {
  kind: 'strategy';
  title: string;
  period: string;
  reportedTo: string;
  ambitions: AmbitionView[];
  themes: ThemeView[];
  figures: { label: string; value: string }[];
  /** Its service plans asked for, each with what the paper reports of it. */
  plans?: { name: string; update: string }[];
  flags: FlagView[];
  source: Citation;
  /** The sentence that answers the question ("ambition 2 has the lowest confidence"), shown first. */
  lead: string[];
  notes: string[];
}

export interface StrategyAsk {
  strategyId: string | null;
  objectiveId: string | null;
  ambitionIds: string[];
  themeId: string | null;
  /** Only the ambitions below a level of progress or confidence. */
  below?: { measure: 'progress' | 'confidence'; percent: number } | null;
  /** Only the ambition (or ambitions, tied) lowest or highest on a measure. */
  extreme?: { measure: 'progress' | 'confidence'; which: 'lowest' | 'highest' } | null;
  /** "Is that one also the least confident?": the ambition asked to be it, answered yes or no. */
  checked?: string | null;
  /** Only the ambitions at a level ("which ambition was only 90% at Q2"). */
  equals?: { measure: 'progress' | 'confidence'; percent: number } | null;
  /** How many themes, objectives or ambitions it has, and the number the asker said, if any. */
  count?: { of: 'themes' | 'objectives' | 'ambitions'; said: number | null } | null;
  /** The part of each ambition's report asked for ("what's holding it back": its challenges). */
  part?: AmbitionPart | null;
  /** More parts asked with it ("what were the successes and challenges?"). */
  moreParts?: AmbitionPart[] | null;
  /** Only these figures of the report, by label ("what % of staff understand THRIVE"). */
  figures?: string[] | null;
  /** Words whose sentences in the ambitions' reports are quoted first ("how many virtual beds"). */
  quote?: string | null;
  /** What the question asked in words ("virtual ward trajectory"): with one ambition, its sentences lead. */
  text?: string;
  /** The strategy's supporting strategies or service plans, on their own. */
  plans?: 'supporting-strategies' | 'service-plans' | 'both';
}

/** The ambitions (of the objective asked, if one) not at a level, when they are few: "…; 4 is at 80%". */
function notAtLevel(
  strategy: Strategy,
  ask: StrategyAsk,
  level: { measure: 'progress' | 'confidence'; percent: number },
): string[] {
  const rest = strategy.objectives
    .filter((o) => !ask.objectiveId || o.id === ask.objectiveId)
    .flatMap((o) => o.ambitions)
    .filter((a) => ask.ambitionIds.length === 0 || ask.ambitionIds.includes(a.id))
    .filter((a) => valueOf(a, level.measure) !== level.percent);
  if (!rest.length || rest.length > 5) return [];
  const at = (a: (typeof rest)[number]) => {
    const v = valueOf(a, level.measure);
    return v === null ? 'not reported' : `${v}%`;
  };
  return [
    `Not at ${level.percent}%: ${rest.map((a) => `${a.number} (${a.text}) at ${at(a)}`).join('; ')}.`,
  ];
}

const valueOf = (
  a: { progressPct?: number | null; confidencePct?: number | null },
  measure: 'progress' | 'confidence',
) => (measure === 'progress' ? a.progressPct : a.confidencePct) ?? null;

/**
 * Whether a flag is about what is shown: with the ambitions narrowed, a flag naming another ambition
 * ("Ambition 3 is reported at 100%…") is left out; flags about the report as a whole stay.
 */
function aboutShown(
  message: string,
  shown: readonly { number: number }[],
  narrowed: boolean,
): boolean {
  if (!narrowed) return true;
  const named = [...message.matchAll(/\bAmbition (\d+)\b/gi)].map((m) => Number(m[1]));
  return !named.length || named.some((n) => shown.some((a) => a.number === n));
}

/** The parts of each ambition's report (its paper's annexes): successes, challenges, and so on. */
export const AMBITION_PARTS = [
  'challenges',
  'successes',
  'focus',
  'financial-risks',
  'new-issues',
  'escalations',
] as const;
export type AmbitionPart = (typeof AMBITION_PARTS)[number];

/** What a part of the ambitions' reports is called in a sentence. */
const PART_LABELS: Record<AmbitionPart, string> = {
  challenges: 'challenges and risks',
  successes: 'successes',
  focus: 'focus',
  'financial-risks': 'financial risks',
  'new-issues': 'new issues',
  escalations: 'escalations',
};

/** What an ambition's report says under a part. */
function partOf(a: Strategy['objectives'][number]['ambitions'][number], part: AmbitionPart) {
  switch (part) {
    case 'challenges':
      return [...a.challenges, ...a.financialRisks];
    case 'financial-risks':
      return a.financialRisks;
    case 'new-issues':
      return a.newIssues;
    default:
      return a[part];
  }
}

/**
 * What each ambition's report says under the part asked for, in a line of its own; those that say
 * nothing under it (or "None") in one line.
 */
function partLeads(
  strategy: Strategy,
  shown: readonly { number: number }[],
  part: AmbitionPart,
): string[] {
  const numbers = new Set(shown.map((a) => a.number));
  const parts = strategy.objectives
    .flatMap((o) => o.ambitions)
    .filter((a) => numbers.has(a.number))
    .map((a) => ({ a, said: partOf(a, part) }));
  const label = PART_LABELS[part];
  const silent = parts.filter((p) => !p.said.filter((x) => !/^none\.?$/i.test(x.trim())).length);
  const lines = parts
    .filter((p) => !silent.includes(p))
    // (Each item a paragraph of its own: "Demographic Data. …", "Patient and Carer Involvement. …".)
    .map((p) => `Ambition ${p.a.number}, its ${label}: ${p.said.join('\n\n')}`);
  if (silent.length === 1)
    lines.push(`Ambition ${silent[0]!.a.number}: its report gives no ${label}.`);
  else if (silent.length === parts.length && parts.length > 1)
    lines.unshift(`None of the ${inWords(parts.length)} ambitions' reports gives any ${label}.`);
  else if (silent.length)
    lines.push(
      `Ambitions ${listInWords(silent.map((p) => String(p.a.number)))}: their reports give no ${label}.`,
    );
  return lines;
}

/** Words that ask for a figure rather than say what it is of. */
const ASKING_FOR_A_FIGURE = new Set(
  'figure figures figs number numbers stats statistic statistics total totals amount count'.split(
    ' ',
  ),
);

/** The sentences of the shown ambitions' reports that hold every word asked, with their ambition. */
function quoteLeads(
  strategy: Strategy,
  shown: readonly { number: number }[],
  words: string,
  /** All but one of three or more words will do: the words that found the ambition, and what is asked. */
  most = false,
): string[] {
  const numbers = new Set(shown.map((a) => a.number));
  // "The virtual ward beds figure": a figure is how it is asked, not a word the sentence holds.
  const wanted = contentWords(normalise(words))
    .filter((w) => !ASKING_FOR_A_FIGURE.has(w))
    .map(stem);
  if (!wanted.length) return [];
  // (Of a long question, seven words in ten: "what 2hr response rate was the Luton adults UCR hitting".)
  const enough =
    most && wanted.length >= 3
      ? Math.min(wanted.length - 1, Math.ceil(wanted.length * 0.7))
      : wanted.length;
  const held = (t: string) => holdsAtLeast(t, wanted, enough);
  const reports = strategy.objectives
    .flatMap((o) => o.ambitions)
    .filter((a) => numbers.has(a.number))
    .map((a) => ({
      number: a.number,
      sentences: [
        ...a.successes,
        ...a.challenges,
        ...a.financialRisks,
        ...a.focus,
        ...a.escalations,
      ].flatMap(sentencesOf),
    }));
  const single = reports.flatMap((a) =>
    a.sentences.filter(held).map((sentence) => ({ sentence, number: a.number })),
  );
  // None alone: two sentences running on ("Our Luton adults' Services Urgent Community Response …
  // It's 2-hour response rate is c95% against a nation target of 70%.").
  const paired = single.length
    ? []
    : reports.flatMap((a) =>
        a.sentences
          .slice(1)
          .map((next, i) => `${a.sentences[i]!} ${next}`)
          .filter(held)
          .map((sentence) => ({ sentence, number: a.number })),
      );
  return (
    [...single, ...paired]
      // A sentence with a figure in it first: these words are asked after a figure, or with one.
      .sort((x, y) => Number(/\d/.test(y.sentence)) - Number(/\d/.test(x.sentence)))
      .slice(0, 3)
      .map((q) => `Ambition ${q.number}: ${q.sentence}`)
  );
}

/**
 * "How are we doing against the strategy overall?", none named and nothing of ambitions asked: the
 * strategy of the asker's organisation (or the conversation's), when Board Clerk holds one.
 */
function ownStrategy(ctx: AnswerContext, ask: StrategyAsk): Strategy | undefined {
  const ofAmbitions =
    ask.ambitionIds.length ||
    ask.objectiveId ||
    ask.below ||
    ask.extreme ||
    ask.equals ||
    ask.count ||
    ask.part;
  const organisationId = ctx.organisationId ?? ctx.asker?.organisationId;
  return ofAmbitions || !organisationId
    ? undefined
    : ctx.data.strategies.find((s) => s.organisationId === organisationId);
}

/** Progress and confidence for ambitions or objectives, or a THRIVE theme's report. */
export function answerStrategy(
  ctx: AnswerContext,
  ask: StrategyAsk,
): StrategyAnswer | MessageAnswer {
  const { data } = ctx;
  // (Supporting strategies or service plans, no strategy named: the one that lists them.)
  const listing = ask.plans
    ? data.strategies.find((s) =>
        ask.plans === 'supporting-strategies'
          ? s.supportingStrategies.length
          : s.servicePlans.length,
      )
    : undefined;
  const strategy =
    data.strategies.find((s) => s.id === ask.strategyId) ??
    listing ??
    ownStrategy(ctx, ask) ??
    data.strategies.find((s) => s.framework === 'ambitions') ??
    data.strategies[0];
  if (!strategy)
    return {
      kind: 'message',
      title: 'No strategy yet',
      text: 'There is no strategy in Board Clerk yet.',
      suggestions: [],
    };

  const measured = ask.extreme
    ? strategy.objectives
        // The lowest of one objective's ambitions, when the question is about one.
        .filter((o) => !ask.objectiveId || o.id === ask.objectiveId)
        .flatMap((o) => o.ambitions)
        .map((a) => valueOf(a, ask.extreme!.measure))
        .filter((v): v is number => v !== null)
    : [];
  const extremeValue = measured.length
    ? ask.extreme!.which === 'lowest'
      ? Math.min(...measured)
      : Math.max(...measured)
    : null;
  const ambitions: AmbitionView[] = strategy.objectives
    .filter((o) => !ask.objectiveId || o.id === ask.objectiveId)
    .flatMap((o) =>
      o.ambitions
        .filter((a) => ask.ambitionIds.length === 0 || ask.ambitionIds.includes(a.id))
        .filter((a) => {
          if (!ask.below) return true;
          const value = ask.below.measure === 'progress' ? a.progressPct : a.confidencePct;
          return value !== null && value !== undefined && value < ask.below.percent;
        })
        .filter((a) => !ask.extreme || valueOf(a, ask.extreme.measure) === extremeValue)
        .filter((a) => !ask.equals || valueOf(a, ask.equals.measure) === ask.equals.percent)
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
          // The report's financial risks are challenges too ("None recorded" would be wrong).
          challenges: [...a.challenges, ...a.financialRisks],
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
  const asked = strategy.figures.filter((f) => ask.figures?.includes(f.label));
  const narrowed =
    ask.ambitionIds.length > 0 || !!ask.objectiveId || !!ask.extreme || !!ask.below || !!ask.equals;
  return {
    kind: 'strategy',
    title: strategy.title,
    period: strategy.period,
    // "Trust Board, 27 September 2023, agenda item 15" already has its date.
    reportedTo: strategy.reportedTo.includes(formatDate(strategy.reportedOn))
      ? strategy.reportedTo
      : `${strategy.reportedTo} (${formatDate(strategy.reportedOn)})`,
    // A figure asked for is the answer on its own, not a line under every theme's progress; so are
    // the strategy's supporting strategies or service plans.
    ambitions: asked.length || ask.plans ? [] : ambitions,
    themes: asked.length || ask.plans ? [] : themes,
    ...(ask.plans && ask.plans !== 'supporting-strategies' ? { plans: strategy.servicePlans } : {}),
    figures: (asked.length
      ? asked
      : ask.ambitionIds.length || ask.themeId
        ? []
        : strategy.figures
    ).map((f) => ({ label: f.label, value: f.value })),
    // With a figure asked, only the flags about it (those that quote one of its numbers).
    flags: flagViews(
      ask.plans
        ? []
        : asked.length
          ? strategy.dataQuality.filter((q) => {
              const quoted = new Set<string>(q.message.match(/\d+/g) ?? []);
              return asked.some((f) => (f.value.match(/\d+/g) ?? []).some((n) => quoted.has(n)));
            })
          : strategy.dataQuality.filter((q) => aboutShown(q.message, ambitions, narrowed)),
    ),
    source: citation(data, strategy.source),
    lead: [
      // One ambition asked by name ("what was its progress at Q2?"): its figures first.
      ...(ask.ambitionIds.length === 1 &&
      ambitions.length === 1 &&
      !ask.part &&
      !ask.quote &&
      !ask.text
        ? [figuresLead(ambitions[0]!)]
        : []),
      ...(ask.plans ? plansLeads(strategy, ask.plans) : []),
      ...(ask.count ? [countLead(strategy, ask.count)] : []),
      ...(ask.part
        ? [ask.part, ...(ask.moreParts ?? [])].flatMap((part) =>
            partLeads(strategy, ambitions, part),
          )
        : []),
      ...(ask.quote
        ? // ("How many virtual beds, and how close to trajectory?": "close" is how it is asked.)
          // ("How many green champions and ZEVs on the way": each part's sentences.)
          [
            ...new Set(
              ask.quote
                .split(/\s+and\s+/)
                .flatMap((part) => quoteLeads(strategy, ambitions, part, true)),
            ),
          ]
        : // "Virtual ward: where were we on the trajectory?": the sentences saying it, first.
          ask.text && ambitions.length === 1
          ? quoteLeads(strategy, ambitions, ask.text, true)
          : []),
      ...(ask.extreme && ask.checked
        ? (checkedLead(strategy, ambitions, ask.checked, ask.extreme) ?? [])
        : []),
      ...(ask.extreme
        ? [
            ambitions.length === 1
              ? `Ambition ${ambitions[0]!.number} (${ambitions[0]!.text}) has the ${ask.extreme.which} ${ask.extreme.measure} of the ${measured.length}: ${extremeValue}%.`
              : ambitions.length
                ? `${ambitions.length} of the ${measured.length} ambitions share the ${ask.extreme.which} ${ask.extreme.measure}, ${extremeValue}%: ${ambitions.map((a) => a.number).join(', ')}.`
                : `The report prints no ${ask.extreme.measure} figures for its ambitions.`,
          ]
        : []),
      ...(ask.equals
        ? [
            ambitions.length
              ? `${ambitions.length} ambition${ambitions.length === 1 ? ' is' : 's are'} at ${ask.equals.percent}% ${ask.equals.measure}: ${ambitions.map((a) => `${a.number} (${a.text})`).join('; ')}.`
              : `No ambition is at ${ask.equals.percent}% ${ask.equals.measure}.`,
            // "Was every ambition at 100%?": the few that were not, with where they were.
            ...notAtLevel(strategy, ask, ask.equals),
          ]
        : []),
      ...(ask.below
        ? [
            ambitions.length
              ? `${ambitions.length} ambition${ambitions.length === 1 ? ' is' : 's are'} below ${ask.below.percent}% ${ask.below.measure}: ${ambitions.map((a) => `${a.number} (${a.text}) at ${valueOf(a, ask.below!.measure)}%`).join('; ')}.`
              : `No ambition is below ${ask.below.percent}% ${ask.below.measure}.`,
          ]
        : []),
    ],
    notes:
      others.length && !ask.strategyId
        ? [`Also in Board Clerk: ${others.map((s) => s.title).join('; ')}.`]
        : [],
  };
}

/** A strategy's supporting strategies, or its service plans, as its paper lists them. */
function plansLeads(
  strategy: Strategy,
  plans: 'supporting-strategies' | 'service-plans' | 'both',
): string[] {
  return [
    ...(plans !== 'service-plans'
      ? [
          strategy.supportingStrategies.length
            ? `${strategy.title} has ${inWords(strategy.supportingStrategies.length)} supporting strategies: ${listInWords(strategy.supportingStrategies)}.`
            : `${strategy.title} lists no supporting strategies.`,
        ]
      : []),
    ...(plans !== 'supporting-strategies'
      ? [
          strategy.servicePlans.length
            ? `${strategy.title} reports on ${inWords(strategy.servicePlans.length)} service plans: ${listInWords(strategy.servicePlans.map((p) => p.name))}.`
            : `${strategy.title} reports on no service plans.`,
        ]
      : []),
  ];
}

/** "Ambition 2 (…): progress 100% at 2023-24 Q2; confidence 75% for 2023-24 Q4." */
function figuresLead(a: AmbitionView): string {
  const progress =
    a.progressPct === null
      ? 'no progress printed'
      : `progress ${a.progressPct}% at ${a.progressAsAt}`;
  const confidence =
    a.confidencePct === null
      ? 'no confidence printed'
      : `confidence ${a.confidencePct}% for ${a.confidenceBy}`;
  return `Ambition ${a.number} (${a.text}): ${progress}; ${confidence}.`;
}

/** A count as a board paper writes it: in words below ten ("six themes"), in figures above. */
function inWords(n: number): string {
  return Object.entries(UNIT_WORDS).find(([, v]) => v === n)?.[0] ?? String(n);
}

/**
 * "How many themes does THRIVE have?", "THRIVE's got five themes, hasn't it?": the count, with a yes or
 * no first when the asker said a number, and the themes' names.
 */
function countLead(
  strategy: Strategy,
  count: {
    of: 'themes' | 'objectives' | 'ambitions';
    said: number | null;
    state?: 'on-track' | 'on-track-both' | 'behind' | undefined;
  },
): string {
  if (count.of === 'ambitions' && count.state) {
    const all = strategy.objectives.flatMap((o) => o.ambitions);
    const behind = all.filter((a) => a.progressPct < 100);
    const asAt = all[0]?.progressAsAt;
    const onTrack = all.length - behind.length;
    const short = behind.map((a) => `${a.number} (${a.progressPct}%)`);
    if (count.state === 'on-track-both') {
      const both = all.filter((a) => a.progressPct === 100 && a.confidencePct === 100);
      return `${capitalised(inWords(both.length))} of the ${inWords(all.length)} ambitions in ${strategy.title} are at 100% on both progress and confidence${asAt ? ` (${asAt})` : ''}${both.length ? `: ${listInWords(both.map((a) => String(a.number)))}` : ''}.`;
    }
    return count.state === 'on-track'
      ? `${capitalised(inWords(onTrack))} of the ${inWords(all.length)} ambitions in ${strategy.title} are at 100% progress on their high-level actions${asAt ? ` (${asAt})` : ''}${short.length ? `; short of it: ${listInWords(short)}` : ''}.`
      : `${capitalised(inWords(behind.length))} of the ${inWords(all.length)} ambitions in ${strategy.title} are short of 100% progress${asAt ? ` (${asAt})` : ''}${short.length ? `: ${listInWords(short)}` : ''}.`;
  }
  const themeObjectives = strategy.themes.flatMap((t) => t.objectives);
  const [n, named] =
    count.of === 'themes'
      ? [strategy.themes.length, strategy.themes.map((t) => t.name)]
      : count.of === 'objectives'
        ? strategy.objectives.length
          ? [strategy.objectives.length, strategy.objectives.map((o) => o.title)]
          : [themeObjectives.length, []]
        : [strategy.objectives.flatMap((o) => o.ambitions).length, []];
  const verdict = count.said === null ? '' : count.said === n ? 'Yes: ' : 'No: ';
  const not = count.said !== null && count.said !== n ? `, not ${inWords(count.said)}` : '';
  const names = named.length && named.length <= 12 ? `: ${named.join('; ')}` : '';
  return `${verdict}${strategy.title} has ${inWords(n)} ${count.of}${not}${names}.`;
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
    below: z
      .object({ measure: z.enum(['progress', 'confidence']), percent: z.number().min(0).max(100) })
      .nullable()
      .optional(),
    extreme: z
      .object({
        measure: z.enum(['progress', 'confidence']),
        which: z.enum(['lowest', 'highest']),
      })
      .nullable()
      .optional(),
    figures: z.array(Text).nullable().optional(),
    part: z.enum(AMBITION_PARTS).nullable().optional(),
    moreParts: z.array(z.enum(AMBITION_PARTS)).nullable().optional(),
    quote: Text.nullable().optional(),
    count: z
      .object({
        of: z.enum(['themes', 'objectives', 'ambitions']),
        said: z.number().int().min(0).max(99).nullable(),
        /** "How many ambitions are on track?": those at 100% progress (or short of it), counted. */
        state: z.enum(['on-track', 'on-track-both', 'behind']).optional(),
      })
      .nullable()
      .optional(),
    equals: z
      .object({ measure: z.enum(['progress', 'confidence']), percent: z.number().min(0).max(100) })
      .nullable()
      .optional(),
    checked: Id.nullable().optional(),
    /** The ambitions the answer listed, in its order: "the last one" is the last shown. */
    shown: z.array(Id).max(100).optional(),
    /** The measure asked of the ambitions, no level or extreme said: "how confident were they…". */
    measure: z.enum(['progress', 'confidence']).optional(),
    /** "Which supporting strategies sit under it?", "how are the service plans doing?". */
    plans: z.enum(['supporting-strategies', 'service-plans', 'both']).optional(),
  },
  (q, ctx) => answerStrategy(ctx, q),
);

/** "Is that one also the least confident?": yes or no, with the one asked about's own figure. */
function checkedLead(
  strategy: Strategy,
  found: readonly { number: number }[],
  checked: string,
  extreme: NonNullable<StrategyAsk['extreme']>,
): [string] | null {
  // (An ambition no longer in the strategy: nothing said of it, rather than an empty line.)
  const asked = strategy.objectives.flatMap((o) => o.ambitions).find((a) => a.id === checked);
  if (!asked) return null;
  const own = valueOf(asked, extreme.measure);
  return [
    found.some((a) => a.number === asked.number)
      ? `Yes: ambition ${asked.number} also has the ${extreme.which} ${extreme.measure}.`
      : `No: ambition ${asked.number}’s ${extreme.measure} is ${own === null ? 'not printed' : `${own}%`}.`,
  ];
}

/**
 * The ambitions an answer listed, in its order, as a question would name them: the one it picked out
 * ("which ambition has the lowest confidence?": ambition 2), so "what was its progress?" is about that
 * ambition, or those of a list, so "the last one" is the last shown.
 */
export function ambitionsShownOf(
  data: ReferenceData,
  strategyId: string | null,
  answer: StrategyAnswer,
): { strategyId: string; ambitionIds: string[] } | null {
  if (!answer.ambitions.length) return null;
  // Asked without naming a strategy, the one answered is the one its title names.
  const strategy =
    data.strategies.find((s) => s.id === strategyId) ??
    data.strategies.find((s) => s.title === answer.title);
  if (!strategy) return null;
  const all = strategy.objectives.flatMap((o) => o.ambitions);
  const ambitionIds = answer.ambitions.flatMap((shown) => {
    const found = all.find((a) => a.number === shown.number);
    return found ? [found.id] : [];
  });
  return ambitionIds.length === answer.ambitions.length
    ? { strategyId: strategy.id, ambitionIds }
    : null;
}
