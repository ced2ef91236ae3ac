import type { Action } from '../domain';
import { londonToday } from '../domain/dates';
import type { ReferenceDataCache } from '../shared/referenceData';
import type { Request } from '../shared/request';
import type { GovernanceStore } from '../store/store';
import { answer, type AnswerContext } from './answer';
import { findAction } from './answer/actions';
import type { Answer } from './answers';
import type { ActionTarget, Question } from './question';
import { EXAMPLE_QUESTIONS, understand } from './understand';
import { vocabularyOf } from './vocabulary';

export type { Answer } from './answers';
export type { Question, SecretaryCommand } from './question';
export { EXAMPLE_QUESTIONS } from './understand';

/**
 * "Directors ask": reading a question once, and answering it from the papers. A request in, an answer
 * model out; no Bot Framework types.
 */
export interface Questions {
  /** What the text asks, read once against the board's vocabulary. */
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
}

export function createQuestions({ store, referenceData }: QuestionsOptions): Questions {
  const context = async (request: Request): Promise<AnswerContext> => ({
    store,
    data: await referenceData.get(),
    asker: request.who.person,
    askerAadObjectId: request.who.aadObjectId,
    organisationId: request.where.organisationId,
    now: request.now,
    today: londonToday(request.now),
  });
  return {
    async read(request, text) {
      const data = await referenceData.get();
      return understand(text, { vocabulary: vocabularyOf(data), now: request.now });
    },
    async answer(request, question, text = '') {
      return answer(question, await context(request), text);
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
