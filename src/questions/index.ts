import type { Action } from '../domain';
import { londonToday } from '../domain/dates';
import type { Logger } from '../log';
import type { ReferenceData, ReferenceDataCache } from '../shared/referenceData';
import { isShared, maySeePrivate, type Request } from '../shared/request';
import type { GovernanceStore } from '../store/store';
import { answer, type AnswerContext } from './answer';
import { askedOfTheSame, findAction } from './answer/actions';
import { countsCompared } from './answer/countsCompared';
import { asksForOneRisk, defaultRegister, shownRisksOf, topRiskOf } from './answer/risks';
import { ambitionsShownOf } from './answer/strategy';
import type { Answer, CountsSide, OneAnswer, SearchResultView } from './answers';
import { hasSubject } from './followUp';
import {
  type ConversationKey,
  type ConversationMemory,
  InMemoryConversationMemory,
  InMemoryUnansweredLog,
  nextSubjects,
  type Subjects,
  type UnansweredLog,
} from './memory';
import { composeSearch, type SearchCommand } from './compose';
import type { ActionTarget, Question, RiskReference } from './question';
import { ActionIndexCache, type PassageIndex, referenceIndexOf } from './search';
import { RecentReadings } from './recentReadings';
import { RecentAnswers } from './recentAnswers';
import {
  answeredApart,
  countedTwice,
  NOT_AN_ASK,
  readAsSecond,
  same,
  sharperSecond,
  topicsRunTogether,
  twoAsks,
} from './asks';
import { withoutFigureDoubt } from './framing';
import { askedWithItsSource, SOURCE_ASKED, withSourceSaid } from './sourceAsked';
import { normalise } from './text';
import { type MessageParts, sideBySideParts } from './sideBySide';
import {
  askedOfEach,
  askedOfEachNamed,
  askedOfEachNumbered,
  askedOfEachPicked,
  askedInTurn,
  askedOfEachSection,
  comparedWithLast,
  countsSetSide,
  ofTheSameActions,
  partsCompared,
  decide,
  EXAMPLE_QUESTIONS,
} from './understand';
import { vocabularyOf } from './vocabulary';

export type { Answer, SearchResultView } from './answers';
export { SEARCH_COMMANDS, type SearchCommand } from './compose';
export type { ConversationMemory, UnansweredLog } from './memory';
export type { Question, SecretaryCommand } from './question';
export { EXAMPLE_QUESTIONS } from './understand';

/**
 * "Directors ask": reading a question once, and answering it from the papers. A request in, an answer
 * model out; no Bot Framework types.
 */
export interface Questions {
  /** What the text asks, read once against the board's vocabulary and the conversation's subject. */
  read(request: Request, text: string): Promise<Question>;
  /** The answer to a question already read (or built by a card button). */
  answer(request: Request, question: Question, text?: string): Promise<Answer>;
  /**
   * A search from the compose box (the message extension's command and what is typed so far; empty:
   * the command's defaults): the records found, best first, as results to share. Read and searched
   * as questions are, without the conversation's subject.
   */
  search(request: Request, command: SearchCommand, query: string): Promise<SearchResultView[]>;
  /** The greeting when Board Clerk is added to a chat or team. */
  welcome(request: Request): Answer;
  /** The action a question names ("update Well-Led FTSU 5"), or the answer saying why there is none. */
  findAction(
    request: Request,
    target: ActionTarget,
  ): Promise<{ action: Action } | { notFound: Answer }>;
}

export interface QuestionsOptions {
  store: GovernanceStore;
  referenceData: ReferenceDataCache;
  /** Each conversation's subject, for follow-ups (in memory when not given). */
  memory?: ConversationMemory;
  /** The questions Board Clerk could not answer (in memory when not given). */
  unanswered?: UnansweredLog;
  log?: Logger;
  /**
   * The version of the records answers are worked out from, moved on by every change to them (the read
   * model's `answersVersion`): answers are kept for the next time the same is asked until it moves.
   * Without it, every answer is worked out afresh.
   */
  recordsVersion?: () => number;
}

const conversationOf = (request: Request): ConversationKey => ({
  tenantId: request.where.tenantId,
  threadKey: request.where.threadKey,
});

/** A risk the question names by another number than the one said (see `RiskReference.said`). */
function renumbered(value: unknown): RiskReference | null {
  if (typeof value !== 'object' || value === null) return null;
  const ref = value as Partial<RiskReference>;
  if (typeof ref.said === 'number' && typeof ref.number === 'number') return ref as RiskReference;
  for (const v of Object.values(value)) {
    const found = renumbered(v);
    if (found) return found;
  }
  return null;
}

/** How a question was read, when it was not as said. */
function readAs(question: Question): string | undefined {
  const risk = renumbered(question);
  return risk
    ? `You said BAF ${risk.said}; the risk you described is BAF ${risk.number}, shown here.`
    : undefined;
}

/** The subject kept for follow-ups: the number said once corrected is not said again. */
function asSaidOnce(question: Question): Question {
  return renumbered(question)
    ? (JSON.parse(
        JSON.stringify(question, (k, v: unknown) => (k === 'said' ? undefined : v)),
      ) as Question)
    : question;
}

/**
 * Two answers of one meeting ("when is the next board and what's on the agenda?"): its data-quality
 * flags on the first card only, the second saying where they are.
 */
function withFlagsOnce(answers: readonly OneAnswer[]): OneAnswer[] {
  const flagged = new Set<string>();
  return answers.map((a) => {
    if (a.kind !== 'meeting' || !a.meeting?.flags.length) return a;
    if (!flagged.has(a.meeting.id)) {
      flagged.add(a.meeting.id);
      return a;
    }
    return {
      ...a,
      meeting: { ...a.meeting, flags: [] },
      notes: [...a.notes, 'Its data-quality flags are on the card above.'],
    };
  });
}

/** Answers that say the papers do not cover what was asked: kept for the secretaries to review. */
function couldNotAnswer(question: Question, reply: Answer): boolean {
  if (question.intent === 'unknown') return true;
  // (Or read, but not found: "I can't find an item about…" is as much a question to look at.)
  return (
    reply.kind === 'message' &&
    (question.intent === 'topic' || /^I can['’]t find\b/.test(reply.title))
  );
}

export function createQuestions({
  store,
  referenceData,
  memory = new InMemoryConversationMemory(),
  unanswered: log = new InMemoryUnansweredLog(),
  log: logger,
  recordsVersion,
}: QuestionsOptions): Questions {
  const actionIndexes = new ActionIndexCache();
  const recentAnswers = new RecentAnswers();
  const context = async (request: Request): Promise<AnswerContext> => {
    const data = await referenceData.get();
    // Where private things are not shown, they are not searched either (see `publicOnly`): every
    // answer that searches gets its passages here.
    const searched = (index: PassageIndex) => (maySeePrivate(request) ? index : index.publicOnly());
    return {
      store,
      data,
      asker: request.who.person,
      askerAadObjectId: request.who.aadObjectId,
      organisationId: request.where.organisationId,
      now: request.now,
      today: londonToday(request.now),
      passages: searched(referenceIndexOf(data)),
      actionPassages: async () =>
        searched(actionIndexes.indexOf((await store.findActions({})).map((a) => a.value))),
      unanswered: (from) => log.since(request.where.tenantId, from, request.now),
    };
  };
  /** Memory is a convenience: when the store cannot keep it, questions are still answered. */
  const quietly = async <T>(what: string, fn: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      logger?.warn({ err: (e as Error).message }, `questions: could not ${what}`);
      return fallback;
    }
  };

  const readings = new RecentReadings();
  /** Messages asking where the last answer comes from ("says who?"), read as the last question. */
  const sourceAsked = new WeakSet<Request>();
  /**
   * A message read as several questions: those after the first, answered after it (`read`, then
   * `answer`).
   */
  const furtherAsks = new WeakMap<
    Request,
    {
      first: Question;
      text: string;
      more: { question: Question; text: string }[];
      /** The subject kept once all are answered, when not the last of them (two risks, a list). */
      subject?: Question;
      /** "Which has more actions?" of two risks: their two counts set side by side. */
      countsSet?: CountsSide;
    }
  >();
  /** What people type, read once (and kept a while) against this snapshot of the papers. */
  const readingOf = (request: Request, data: ReferenceData, text: string) =>
    readings.read(data, text, {
      vocabulary: vocabularyOf(data),
      now: request.now,
      defaultRegisterId: defaultRegister(data, request.where.organisationId)?.id ?? null,
      passages: referenceIndexOf(data),
    });
  /** The one reader of what people type, against this snapshot of the papers. */
  const reader =
    (
      request: Request,
      data: ReferenceData,
      last: Question | null,
      earlier: readonly Question[] = [],
    ) =>
    (text: string) =>
      decide(readingOf(request, data, text), last, earlier);

  /**
   * "Which ambition is lowest?", then "what was its progress?": the subject is the ambition shown. A
   * list of ambitions is kept in its order: "the last one" is the last shown.
   */
  const subjectAmbition = (question: Question, reply: Answer, data: ReferenceData): Question => {
    if (question.intent !== 'strategy.progress' || reply.kind !== 'strategy') return question;
    const shown = ambitionsShownOf(data, question.strategyId, reply);
    if (!shown) return question;
    if (question.extreme && shown.ambitionIds.length === 1)
      return {
        ...question,
        strategyId: shown.strategyId,
        extreme: null,
        ambitionIds: shown.ambitionIds,
      };
    return shown.ambitionIds.length > 1
      ? { ...question, strategyId: shown.strategyId, shown: shown.ambitionIds }
      : question;
  };

  const rememberSubject = (request: Request, subject: Question) =>
    quietly(
      'remember the subject',
      async () =>
        memory.remember(
          conversationOf(request),
          nextSubjects(await memory.recall(conversationOf(request), request.now), subject),
          request.now,
        ),
      undefined,
    );

  /** An answer, and whether it read who asked (then it is kept for that asker only). */
  const answerWatched = async (question: Question, ctx: AnswerContext, text: string) => {
    let readAsker = false;
    const watched = Object.defineProperties(
      { ...ctx },
      {
        asker: { get: () => ((readAsker = true), ctx.asker) },
        askerAadObjectId: { get: () => ((readAsker = true), ctx.askerAadObjectId) },
      },
    );
    const answered = await answer(question, watched, text);
    return { answer: answered, readAsker };
  };

  /**
   * "Next board agenda", asked by a board secretary in their own chat: the meeting still to come is
   * offered to them to edit, as the secretary's tools offer it.
   */
  const withSecretaryTools = (request: Request, reply: OneAnswer): OneAnswer =>
    reply.kind === 'meeting' &&
    reply.meeting &&
    request.who.isSecretary &&
    !isShared(request.where) &&
    reply.meeting.startsAtIso > request.now.toISOString()
      ? { ...reply, editable: true }
      : reply;

  /** One question's answer; its subject is remembered, and a question it could not answer is kept. */
  const answerOne = async (
    request: Request,
    question: Question,
    text: string,
  ): Promise<OneAnswer> => {
    const ctx = await context(request);
    const answered = recordsVersion
      ? await recentAnswers.answer(
          ctx.data,
          recordsVersion(),
          {
            question,
            text,
            askerId: ctx.asker?.id ?? null,
            askerAadObjectId: ctx.askerAadObjectId ?? null,
            organisationId: ctx.organisationId,
            maySeePrivate: maySeePrivate(request),
            now: request.now,
          },
          () => answerWatched(question, ctx, text),
        )
      : await answer(question, ctx, text);
    const note = readAs(question);
    const reply = withSecretaryTools(request, note ? { ...answered, readAs: note } : answered);
    // "Which risk scores highest?", then "who owns it?": the subject keeps the risk the list put first.
    // A list's risks are kept in its order: "the second one" is the second shown.
    const subject =
      question.intent === 'risk.list' && reply.kind === 'risk-list'
        ? {
            ...question,
            // (The top risk of this list, not of the one it followed: "and the other trust?".)
            top: undefined,
            shown: shownRisksOf(ctx.data, reply),
            // A list that turned out to hold one risk ("which hasn't come down at all?") is that risk.
            ...(asksForOneRisk(question.filter) || reply.risks.filter((r) => !r.draft).length === 1
              ? { top: topRiskOf(ctx.data, reply) }
              : {}),
          }
        : question.intent === 'actions.list' && reply.kind === 'action-list'
          ? {
              ...question,
              shown: reply.actions.map((a) => ({
                actionId: a.id,
                organisationId: a.organisationId,
              })),
              ...(reply.singled ? { top: reply.singled } : {}),
              // Counted by risk, then "who leads most of them?": the actions of the risk with most.
              ...(reply.singledRisk
                ? { scope: { kind: 'risk' as const, risk: reply.singledRisk }, tally: undefined }
                : {}),
            }
          : subjectAmbition(question, reply, ctx.data);
    // A message is usually a refusal (nothing found), which is no subject; a register's appetite is
    // answered as one, and "what's the tolerance range for that?" follows it.
    // An action opened from a list's button (it carries the way back) leaves the list the subject:
    // "Back to the list" reads the list's words again, and a follow-up's ("any overdue on it?") mean
    // what they meant, not the action now shown.
    const fromAList = question.intent === 'action.detail' && !!question.back;
    if (
      hasSubject(subject) &&
      !fromAList &&
      (reply.kind !== 'message' || question.intent === 'risk.appetite')
    )
      await rememberSubject(request, asSaidOnce(subject));
    if (couldNotAnswer(question, reply) && text.trim())
      await quietly(
        'keep the unanswered question',
        () => log.record(request.where.tenantId, text.trim(), request.now),
        undefined,
      );
    return reply;
  };

  /**
   * "University status - where does the Group BAF action stand, and what did the CEO report say about
   * it?": the parts of a message that each name their own document (`sideBySide.ts`), read here.
   */
  const sideBySide = (
    request: Request,
    data: ReferenceData,
    held: Subjects | null,
    message: string,
  ) =>
    sideBySideParts(message, held, {
      reading: (text) => readingOf(request, data, text),
      read: (text, last, earlier) => reader(request, data, last, earlier)(text),
    });

  /**
   * A message as the questions it asks, each with its words: one, or two ("…and which committee looks
   * at it?"), or three.
   */
  const partsOf = (
    request: Request,
    data: ReferenceData,
    held: Subjects | null,
    text: string,
    whole = reader(request, data, held?.last ?? null, held?.earlier)(text),
    inner = false,
  ): MessageParts => {
    // (Split as read: without the email around it, whose own sentences ask nothing.)
    const raw = readingOf(request, data, text).raw;
    // Two documents side by side, the subject said once: each part asked of its own document.
    // (With the statement it answers, which the reading sets aside as what is asked about: "The DNA
    // data action was closed on the Group BAF - who led it, and what does THRIVE say…".)
    const said = text.trim().endsWith(raw.trim()) ? text : raw;
    const side = inner ? null : sideBySide(request, data, held, said);
    if (side) return side;
    const asks = twoAsks(raw);
    if (!asks) return { first: whole, text, more: [] };
    // The second part read with the first as its subject: "…and which committee looks at it?".
    const first = reader(request, data, held?.last ?? null, held?.earlier)(asks.first);
    const then = ofTheSameActions(first, reader(request, data, first)(asks.then), asks.then);
    // (Two counts asked, "how many in total, how many r ftsu": both answered, though the second
    // narrows the first.)
    const twoCounts = countedTwice(asks) && !same(first, then);
    const second = twoCounts ? null : readAsSecond(whole, first, then);
    if (second) return { first: second, text, more: [] };
    // (Within a part already asked apart, two questions as written are two: "is it on me? also
    // what's BAF 5 scored at".)
    const written =
      inner &&
      asks.asked &&
      !NOT_AN_ASK.has(first.intent) &&
      !NOT_AN_ASK.has(then.intent) &&
      !same(first, then);
    const apart =
      answeredApart(whole, first, then, asks.then) ||
      (asks.elided && topicsRunTogether(whole, first, then));
    if (!written && !twoCounts && !apart) return { first: whole, text, more: [] };
    // A third part after the second ("…when is it due and is it on me? also what's BAF 5 scored
    // at"): the second part split in turn, with the first as its subject.
    const rest = partsOf(
      request,
      data,
      { last: first, earlier: [] },
      asks.then,
      sharperSecond(whole, first, then),
      true,
    );
    return {
      first,
      text: asks.first,
      more: [{ question: rest.first, text: rest.text }, ...rest.more],
    };
  };

  /**
   * One message asked as several questions in turn: the first is returned to be answered, the rest
   * are answered after it in the same reply, and the subject kept is the one given.
   */
  const inTurn = (
    request: Request,
    text: string,
    asks: readonly Question[],
    subject: Question,
    countsSet?: CountsSide | null,
  ): Question => {
    furtherAsks.set(request, {
      first: asks[0]!,
      text,
      more: asks.slice(1).map((question) => ({ question, text })),
      subject,
      ...(countsSet ? { countsSet } : {}),
    });
    return asks[0]!;
  };

  const questions: Questions = {
    async read(request, text) {
      const held = await quietly(
        'recall the subject',
        () => memory.recall(conversationOf(request), request.now),
        null,
      );
      const data = await referenceData.get();
      // "Says who?", "which paper is that from?": the last answered again, saying where it comes from.
      if (held?.last && SOURCE_ASKED.test(normalise(text))) {
        sourceAsked.add(request);
        return held.last;
      }
      // "Which paper says BAF 1 is 16?": what follows, answered saying where it comes from.
      const ofSource = askedWithItsSource(normalise(text));
      if (ofSource) {
        const question = await questions.read(request, ofSource);
        if (!furtherAsks.has(request)) sourceAsked.add(request);
        return question;
      }
      // Two risks compared, then "actions?", or a list, then "who leads the last two?": the same asked
      // of each in turn, and the two risks (or the list) stay the subject. ("FTSU 9 and 11": each of
      // those actions, the last of them the subject.)
      const reading = readingOf(request, data, text);
      // ("Which has more gaps, BAF 1 or BAF 3?": as if they had been compared, then that asked.)
      const named = askedOfEachNamed(reading);
      const ofEach = named?.asks ?? (held ? askedOfEach(reading, held.last, held.earlier) : null);
      const picked = held && !ofEach ? askedOfEachPicked(reading, held.last, held.earlier) : null;
      const each = ofEach ?? picked ?? askedOfEachNumbered(reading) ?? askedOfEachSection(reading);
      if (each)
        return inTurn(
          request,
          text,
          each,
          named ? named.compared : held && (ofEach || picked) ? held.last : each.at(-1)!,
          named?.side ?? (ofEach ? countsSetSide(reading) : null),
        );
      const whole = reader(request, data, held?.last ?? null, held?.earlier)(text);
      // ("Score and owner of BAF 2", "…above appetite, both trusts": several questions in turn.)
      const several = askedInTurn(reading, whole);
      if (several) return inTurn(request, text, several.asks, several.subject);
      // ("What 3rd line assurance have we got on digital compared to research?": two risks by their
      // subjects, compared on a part of each.)
      const comparedOn =
        held && whole.intent === 'risk.detail'
          ? comparedWithLast(reading, whole, held.last)
          : whole.intent === 'risk.compare' && whole.risks.length === 2
            ? partsCompared(
                reading,
                whole.risks[0]!,
                whole.risks[1]!,
                countsSetSide(reading) ?? 'both',
              )
            : null;
      if (comparedOn)
        return inTurn(request, text, comparedOn.asks, comparedOn.compared, comparedOn.side);
      // A doubt about figures beside what is asked ("…which are overdue? and there's one with a date
      // that looks wrong to me"): what is asked, answered first, then the papers' own flags.
      const rest = whole.intent === 'data-quality' ? withoutFigureDoubt(text) : null;
      const asked = rest ? partsOf(request, data, held, rest) : null;
      const parts =
        asked && asked.first.intent !== 'data-quality' && !NOT_AN_ASK.has(asked.first.intent)
          ? { ...asked, more: [...asked.more, { question: whole, text }] }
          : partsOf(request, data, held, text, whole);
      if (parts.more.length) furtherAsks.set(request, parts);
      return parts.first;
    },
    async answer(request, question, text = '') {
      if (sourceAsked.delete(request))
        return withSourceSaid(await answerOne(request, question, ''));
      const further = furtherAsks.get(request);
      if (further?.first !== question) return answerOne(request, question, text);
      furtherAsks.delete(request);
      // (The first is given the whole message: "…what's the gap between them?" is asked of it.)
      const answers = [await answerOne(request, question, text)];
      for (const { question: next, text: asked } of further.more) {
        const reply = await answerOne(request, next, asked);
        // (The papers' flags after what was asked, when they have none there: nothing to add.)
        if (reply.kind === 'data-quality' && !reply.items.length) continue;
        const before = answers.at(-1)!;
        // (Two asks answered alike, "who leads it and when was it due" of work no log holds: said once.)
        if (same(reply, before)) continue;
        const together =
          before.kind === 'actions-about' && reply.kind === 'actions-about'
            ? askedOfTheSame(before, reply)
            : null;
        if (together) answers[answers.length - 1] = together;
        else answers.push(reply);
      }
      if (further.subject) await rememberSubject(request, further.subject);
      if (further.countsSet) {
        const asked = [question, ...further.more.map((m) => m.question)];
        const compared = countsCompared(await context(request), further.countsSet, asked, answers);
        if (compared) answers[0] = compared;
      }
      // (A list's way back is to its own part of the message: "Back to the list" re-asks only that.)
      const first = answers[0]!;
      if (answers.length > 1 && 'question' in first && first.question === text.trim())
        answers[0] = { ...first, question: further.text.trim() };
      return answers.length > 1
        ? { kind: 'two-answers', answers: withFlagsOnce(answers) }
        : answers[0]!;
    },
    async search(request, command, query) {
      const ctx = await context(request);
      return composeSearch(ctx, reader(request, ctx.data, null), command, query);
    },
    welcome(request) {
      const personal = request.where.kind === 'personal';
      return {
        kind: 'help',
        examples: [...EXAMPLE_QUESTIONS].slice(0, personal ? 8 : 4),
        notes: [
          personal
            ? 'Hello, I am Board Clerk. Ask me about the Board Assurance Framework, your actions, board meetings and minutes, and strategy. I answer from the board papers and say where each answer comes from.'
            : 'Hello, I am Board Clerk. Mention me with a question about risks, actions, meetings or minutes, for example "@Board Clerk which risks are above appetite?".',
        ],
      };
    },
    async findAction(request, target) {
      return findAction(await context(request), target);
    },
  };
  return questions;
}
