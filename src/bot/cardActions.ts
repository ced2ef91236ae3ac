import { z } from 'zod';
import { buildAnswerCard, type BuiltCard } from '../../cards';
import { progressCard } from '../../cards/progressCard';
import { Id } from '../domain';
import type { ProgressResult, ProgressService } from '../progress/progressService';
import type { QuestionService } from '../questions/service';
import type { ConversationFacts } from '../reminders/installations';
import type { SecretaryDesk } from '../reminders/secretaryDesk';

/**
 * Card buttons, as Teams sends them back (Action.Execute verb + data with the card's input values, or an
 * Action.Submit value with `verb` inside). A card payload is untrusted input: it is parsed here, fields a
 * user may not set are dropped, and anything else is refused. Whether the person may do what the button
 * asks is decided by the capability on the server, never by the card.
 */
const ActionRef = {
  actionId: Id,
  organisationId: Id,
  /** The list the card was opened from, for "Back to the list". */
  back: z.string().trim().min(1).max(500).optional(),
};
const Saving = {
  ...ActionRef,
  revision: z.coerce.number().int().nonnegative(),
  submissionId: z.string().trim().min(8).max(100),
};
/** Input values: text as typed (limits are checked by the capability, to say so next to the field). */
const typedText = z.string().max(100_000).optional();
const toggle = z
  .union([z.boolean(), z.enum(['true', 'false', ''])])
  .optional()
  .transform((v) => v === true || v === 'true');

export const CardAction = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('question.ask'), question: z.string().trim().min(1).max(500) }),
  z.object({ verb: z.literal('action.open'), ...ActionRef }),
  z.object({ verb: z.literal('action.history'), ...ActionRef }),
  z.object({ verb: z.literal('action.refresh'), ...ActionRef }),
  z.object({
    verb: z.literal('progress.save'),
    ...Saving,
    note: typedText,
    deliveryStatus: typedText,
    revisedDue: typedText,
    revisedDueReason: typedText,
    proposeClosure: toggle,
  }),
  z.object({ verb: z.literal('closure.approve'), ...Saving, closureNote: typedText }),
  z.object({ verb: z.literal('closure.return'), ...Saving, closureNote: typedText }),
  // Secretary forms: their fields are parsed by the desk, which knows them.
  z.object({ verb: z.literal('meeting.new') }),
  z.object({ verb: z.literal('meeting.edit'), meetingId: Id.optional() }),
  z.looseObject({ verb: z.literal('meeting.save') }),
  z.looseObject({ verb: z.literal('broadcast.compose') }),
  z.looseObject({ verb: z.literal('broadcast.preview') }),
  z.looseObject({ verb: z.literal('broadcast.send') }),
  z.object({ verb: z.literal('broadcast.cancel'), jobId: Id }),
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
  conversation: ConversationFacts | null;
  inChannel: boolean;
}

export interface CardActionHandler {
  handle(action: CardAction, actor: Actor): Promise<BuiltCard>;
}

function progressResultCard(result: ProgressResult, back: string | undefined): BuiltCard {
  return result.kind === 'card'
    ? progressCard(result.model, back ?? null)
    : buildAnswerCard({
        kind: 'message',
        title: "I can't find the action",
        text: result.message,
        suggestions: ['my actions'],
      });
}

/** Routes card buttons to the capabilities and returns the card to show. */
export class BoardClerkCardActions implements CardActionHandler {
  constructor(
    private readonly questions: QuestionService,
    private readonly progress: ProgressService,
    private readonly desk: SecretaryDesk,
    private readonly organisationId: string | null,
  ) {}

  async handle(action: CardAction, actor: Actor): Promise<BuiltCard> {
    const input = {
      aadObjectId: actor.aadObjectId,
      organisationId: this.organisationId,
      inChannel: actor.inChannel,
    };
    const submitter = { aadObjectId: actor.aadObjectId, name: actor.name };
    const deskUser = { aadObjectId: actor.aadObjectId, conversation: actor.conversation };
    switch (action.verb) {
      case 'question.ask':
        return buildAnswerCard(
          (await this.questions.ask({ ...input, text: action.question })).answer,
        );
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
              history: true,
            },
            input,
          ),
        );
      case 'action.open':
      case 'action.refresh':
        return progressResultCard(
          await this.progress.open(action.actionId, action.organisationId, submitter),
          action.back,
        );
      case 'progress.save':
        return progressResultCard(
          await this.progress.submit(
            action,
            {
              note: action.note ?? '',
              deliveryStatus: action.deliveryStatus ?? null,
              revisedDue: action.revisedDue ?? null,
              revisedDueReason: action.revisedDueReason ?? null,
              proposeClosure: action.proposeClosure,
            },
            action.submissionId,
            submitter,
          ),
          action.back,
        );
      case 'closure.approve':
      case 'closure.return':
        return progressResultCard(
          await this.progress.decideClosure(
            action,
            action.verb === 'closure.approve'
              ? { approve: true, note: action.closureNote?.trim() || null }
              : { approve: false, reason: action.closureNote ?? '' },
            action.submissionId,
            submitter,
          ),
          action.back,
        );
      case 'meeting.new':
        return this.desk.meetingForm(deskUser, null);
      case 'meeting.edit':
        return this.desk.meetingForm(deskUser, action.meetingId ?? null);
      case 'meeting.save':
        return this.desk.saveMeeting(deskUser, action);
      case 'broadcast.compose':
        return this.desk.compose(deskUser, action);
      case 'broadcast.preview':
        return this.desk.preview(deskUser, action);
      case 'broadcast.send':
        return this.desk.send(deskUser, action);
      case 'broadcast.cancel':
        return this.desk.cancel(deskUser, action.jobId);
    }
  }
}
