import type { OneAnswer } from '../answers';
import { kindOf, type Question } from '../rules';
import type { AnswerContext } from './context';

export type { AnswerContext } from './context';

/** Answers a question already read: question in, answer model out, by the answer its kind declares. */
export function answer(
  question: Question,
  ctx: AnswerContext,
  questionText: string,
): Promise<OneAnswer> {
  // The kind is looked up by the question's own intent, so its answer takes this question's shape.
  return kindOf(question).answer(question, ctx, questionText) as Promise<OneAnswer>;
}
