import { z } from 'zod';
import type { AnswerContext } from './answer/context';
import type { Reading } from './entities';

/**
 * A kind of question: its intent, the parameters a reading fills in, and the function that answers it.
 * A kind is declared beside its answer (`answer/*.ts`); a rule (`rules.ts`) says when a question is of
 * that kind and reads its parameters; the card builder for the answer's view kind draws it (`cards/`).
 * The Question and Answer unions, the check of a remembered question and the dispatch are all derived
 * from the rules, so a new kind touches those three files and nothing else.
 */

/** What every answer is: a view with a kind a card builder draws. */
export interface AnswerBase {
  kind: string;
}

/** The parameters a zod shape describes (none for an empty shape). */
export type Params<P extends z.ZodRawShape> = keyof P extends never
  ? Record<never, never>
  : z.infer<z.ZodObject<P>>;

/** A rule deciding on a kind: when it holds for a reading, and the parameters it reads. */
export interface Rule<I extends string = string, Q = unknown, A extends AnswerBase = AnswerBase> {
  /** Precedence: the lowest rank that holds decides. */
  rank: number;
  name: string;
  kind: Kind<I, Q, A>;
  when(r: Reading): boolean;
  then(r: Reading): Q;
}

export interface Kind<I extends string = string, Q = unknown, A extends AnswerBase = AnswerBase> {
  readonly intent: I;
  /** The whole question (intent and parameters): a conversation's subject is checked with it. */
  readonly schema: z.ZodType;
  /** The answer, from the papers and the store; `text` is the question as typed. */
  answer(question: Q & { intent: I }, ctx: AnswerContext, text: string): Promise<A>;
  /** A rule deciding on this kind (its parameters typed by the kind's). */
  rule(rule: Omit<Rule<I, Q, A>, 'kind'>): Rule<I, Q, A>;
}

/** Declares a kind of question: `kind('risk.owner', { risk: RiskReference }, (q, ctx) => …)`. */
export function kind<
  const I extends string,
  P extends z.ZodRawShape,
  R extends AnswerBase | Promise<AnswerBase>,
>(
  intent: I,
  params: P,
  answer: (question: Params<P> & { intent: I }, ctx: AnswerContext, text: string) => R,
): Kind<I, Params<P>, Awaited<R>> {
  const declared: Kind<I, Params<P>, Awaited<R>> = {
    intent,
    schema: z.object({ ...params, intent: z.literal(intent) }),
    answer: async (question, ctx, text): Promise<Awaited<R>> => await answer(question, ctx, text),
    rule: (rule) => ({ ...rule, kind: declared }),
  };
  return declared;
}

/** The parameters a rule reads for a kind (the question without its intent). */
export type ParamsOf<K> = K extends Kind<string, infer Q, AnswerBase> ? Q : never;

/** The question a kind (or a union of kinds) answers. */
export type QuestionOf<K> =
  K extends Kind<infer I, infer Q, AnswerBase> ? Q & { intent: I } : never;

/** The answers a kind (or a union of kinds) can give. */
export type AnswerOf<K> = K extends Kind<string, unknown, infer A> ? A : never;
