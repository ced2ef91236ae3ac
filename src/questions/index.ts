import type { Action } from '../domain';
import { formatDate, londonDateOf, londonToday } from '../domain/dates';
import type { Logger } from '../log';
import type { ReferenceDataCache } from '../shared/referenceData';
import type { Request } from '../shared/request';
import type { GovernanceStore } from '../store/store';
import { answer, type AnswerContext } from './answer';
import { findAction } from './answer/actions';
import { defaultRegister } from './answer/risks';
import type { Answer } from './answers';
import { hasSubject } from './followUp';
import {
  type ConversationKey,
  type ConversationMemory,
  InMemoryConversationMemory,
  InMemoryUnansweredLog,
  type UnansweredLog,
} from './memory';
import type { ActionTarget, Question } from './question';
import { ActionIndexCache, referenceIndexOf } from './search';
import { EXAMPLE_QUESTIONS, understand } from './understand';
import { vocabularyOf } from './vocabulary';

export type { Answer } from './answers';
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
}

/** How far back "unanswered questions" looks. */
const UNANSWERED_DAYS = 7;

const conversationOf = (request: Request): ConversationKey => ({
  tenantId: request.where.tenantId,
  threadKey: request.where.threadKey,
});

/** Answers that say the papers do not cover what was asked: kept for the secretaries to review. */
function couldNotAnswer(question: Question, reply: Answer): boolean {
  if (question.intent === 'unknown') return true;
  return question.intent === 'topic' && reply.kind === 'message';
}

export function createQuestions({
  store,
  referenceData,
  memory = new InMemoryConversationMemory(),
  unanswered: log = new InMemoryUnansweredLog(),
  log: logger,
}: QuestionsOptions): Questions {
  const actionIndexes = new ActionIndexCache();
  const context = async (request: Request): Promise<AnswerContext> => {
    const data = await referenceData.get();
    return {
      store,
      data,
      asker: request.who.person,
      askerAadObjectId: request.who.aadObjectId,
      organisationId: request.where.organisationId,
      now: request.now,
      today: londonToday(request.now),
      passages: referenceIndexOf(data),
      actionPassages: async () =>
        actionIndexes.indexOf((await store.findActions({})).map((a) => a.value)),
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

  async function unansweredList(request: Request): Promise<Answer> {
    if (!request.who.isSecretary)
      return {
        kind: 'message',
        title: 'Unanswered questions are for board secretaries',
        text: 'Board secretaries see the questions Board Clerk could not answer, to improve it.',
        suggestions: [],
      };
    const from = new Date(request.now.getTime() - UNANSWERED_DAYS * 86_400_000);
    const entries = await log.since(request.where.tenantId, from, request.now);
    const grouped = new Map<string, { text: string; times: number; last: string }>();
    for (const e of entries) {
      const key = e.text.trim().toLowerCase();
      const g = grouped.get(key);
      if (g) {
        g.times++;
        g.last = e.at > g.last ? e.at : g.last;
      } else grouped.set(key, { text: e.text.trim(), times: 1, last: e.at });
    }
    const questions = [...grouped.values()]
      .sort((a, b) => b.times - a.times || b.last.localeCompare(a.last))
      .map((q) => ({ ...q, last: formatDate(londonDateOf(q.last)) }));
    return {
      kind: 'unanswered',
      period: `in the last ${UNANSWERED_DAYS} days`,
      questions,
      notes: [
        'Questions are kept without who asked them, for 35 days. Ones that come up often are worth adding to the papers or telling the team that maintains Board Clerk.',
      ],
    };
  }

  return {
    async read(request, text) {
      const data = await referenceData.get();
      const last = await quietly(
        'recall the subject',
        () => memory.recall(conversationOf(request), request.now),
        null,
      );
      return understand(text, {
        vocabulary: vocabularyOf(data),
        now: request.now,
        defaultRegisterId: defaultRegister(data, request.where.organisationId)?.id ?? null,
        passages: referenceIndexOf(data),
        last,
      });
    },
    async answer(request, question, text = '') {
      if (question.intent === 'unanswered') return unansweredList(request);
      const reply = await answer(question, await context(request), text);
      if (hasSubject(question) && reply.kind !== 'message')
        await quietly(
          'remember the subject',
          () => memory.remember(conversationOf(request), question, request.now),
          undefined,
        );
      if (couldNotAnswer(question, reply) && text.trim())
        await quietly(
          'keep the unanswered question',
          () => log.record(request.where.tenantId, text.trim(), request.now),
          undefined,
        );
      return reply;
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
}
