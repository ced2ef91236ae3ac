import { londonToday } from '../domain/dates';
import type { GovernanceStore } from '../store/store';
import { answer, type AnswerContext } from './answer';
import type { Answer } from './answers';
import type { Question } from './question';
import type { ReferenceDataCache } from '../shared/referenceData';
import { understand } from './understand';
import { vocabularyOf } from './vocabulary';

export interface AskInput {
  text: string;
  /** The asker's Teams (Entra ID) object id, when Teams sent one. */
  aadObjectId: string | null;
  /** The organisation the conversation is bound to, if any. */
  organisationId: string | null;
  inChannel: boolean;
}

/**
 * The "directors ask" capability: question text in, answer model out. No Bot Framework types: the
 * bot edge turns activities into `AskInput` and the answer into a card.
 */
export class QuestionService {
  constructor(
    private readonly store: GovernanceStore,
    private readonly referenceData: ReferenceDataCache,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async ask(input: AskInput): Promise<{ question: Question; answer: Answer }> {
    const ctx = await this.context(input);
    const question = understand(input.text, { vocabulary: vocabularyOf(ctx.data), now: ctx.now });
    return { question, answer: await answer(question, ctx, input.text) };
  }

  /** Answers an already-understood question (a card button names the action it is about). */
  async answerQuestion(question: Question, input: Omit<AskInput, 'text'>): Promise<Answer> {
    return answer(question, await this.context({ ...input, text: '' }), '');
  }

  private async context(input: AskInput): Promise<AnswerContext> {
    const now = this.clock();
    const data = await this.referenceData.get();
    const asker = input.aadObjectId
      ? ((await this.store.findPersonByAadObjectId(input.aadObjectId))?.value ?? null)
      : null;
    return {
      store: this.store,
      data,
      asker,
      askerAadObjectId: input.aadObjectId,
      organisationId: input.organisationId,
      inChannel: input.inChannel,
      now,
      today: londonToday(now),
    };
  }
}
