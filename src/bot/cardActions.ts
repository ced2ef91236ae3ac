import { z } from 'zod';
import { buildAnswerCard, type BuiltCard } from '../../cards';
import { Id } from '../domain';
import type { QuestionService } from '../questions/service';

/**
 * Card buttons, as Teams sends them back (Action.Execute verb + data, or an Action.Submit value with
 * `verb` inside). A card payload is untrusted input: it is parsed here and anything else is refused.
 */
export const CardAction = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('question.ask'), question: z.string().trim().min(1).max(500) }),
  z.object({ verb: z.literal('action.open'), actionId: Id, organisationId: Id }),
  z.object({ verb: z.literal('action.history'), actionId: Id, organisationId: Id }),
]);
export type CardAction = z.infer<typeof CardAction>;

export function parseCardAction(value: unknown): CardAction | null {
  const parsed = CardAction.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Who pressed the button, and where. */
export interface Actor {
  aadObjectId: string | null;
  name: string | null;
  conversationId: string;
  inChannel: boolean;
}

export interface CardActionHandler {
  handle(action: CardAction, actor: Actor): Promise<BuiltCard>;
}

/** Routes card buttons to the capabilities and returns the card to show. */
export class BoardClerkCardActions implements CardActionHandler {
  constructor(
    private readonly questions: QuestionService,
    private readonly organisationId: string | null,
  ) {}

  async handle(action: CardAction, actor: Actor): Promise<BuiltCard> {
    const input = {
      aadObjectId: actor.aadObjectId,
      organisationId: this.organisationId,
      inChannel: actor.inChannel,
    };
    switch (action.verb) {
      case 'question.ask':
        return buildAnswerCard(
          (await this.questions.ask({ ...input, text: action.question })).answer,
        );
      case 'action.open':
      case 'action.history':
        return buildAnswerCard(
          await this.questions.answerQuestion(
            {
              intent: 'action.detail',
              target: {
                kind: 'id',
                actionId: action.actionId,
                organisationId: action.organisationId,
              },
              history: action.verb === 'action.history',
            },
            input,
          ),
        );
    }
  }
}
