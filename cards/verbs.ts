import { z } from 'zod';
import { Id, IsoDate } from '../src/domain/common';
import { AgendaItemDraft } from '../src/domain/meeting';
import type { ActionData, ActionExecute, ActionSubmit } from './adaptiveCard';

/**
 * Every card button Board Clerk draws, declared once: its verb, the data the button carries and the
 * input values the card adds, as zod schemas. Buttons are built from these declarations and the bot's
 * route table parses presses with the same ones, so a button and its handler cannot drift apart.
 *
 * A card payload is untrusted input: the schema drops fields a user may not set and refuses anything
 * malformed. Whether the person may do what the button asks is decided on the server, never by the card.
 */

export interface Verb<N extends string, D extends z.ZodType, P extends z.ZodType> {
  name: N;
  /** What the button itself carries. */
  data: D;
  /** What arrives when it is pressed: the data plus the card's input values. */
  payload: P;
}

function verb<N extends string, D extends z.ZodRawShape, I extends z.ZodRawShape>(
  name: N,
  data: D,
  inputs: I,
) {
  return {
    name,
    data: z.object(data),
    payload: z.object({ ...data, ...inputs }),
  };
}

/** A form whose fields the feature parses itself (it knows them, and says what is wrong next to each). */
function form<N extends string>(name: N) {
  const loose = z.record(z.string(), z.unknown());
  return { name, data: loose, payload: loose };
}

const ActionRef = {
  actionId: Id,
  organisationId: Id,
  /** The list the card was opened from, for "Back to the list". */
  back: z.string().trim().min(1).max(500).optional(),
};
const Saving = {
  ...ActionRef,
  revision: z.coerce.number().int().nonnegative(),
  /** The idempotency key of this save: a retried invoke is never applied twice. */
  submissionId: z.string().trim().min(8).max(100),
};
/**
 * A button whose card answers are many choice sets with ids the card makes up (a mapping card, a
 * roster): the data is checked here, the answers are kept as they came and read by the feature, which
 * knows which ids it drew.
 */
function withAnswers<N extends string, D extends z.ZodRawShape>(name: N, data: D) {
  return { name, data: z.object(data), payload: z.looseObject(data) };
}

const ImportSession = { sessionId: z.uuid() };

/** Input values: text as typed (limits are checked by the feature, to say so next to the field). */
const typedText = z.string().max(100_000).optional();
const toggle = z
  .union([z.boolean(), z.enum(['true', 'false', ''])])
  .optional()
  .transform((v) => v === true || v === 'true');

/** The reason input of an action's Return button in a list: input ids must be unique in a card. */
export function returnReasonId(actionId: string): string {
  return `returnReason-${actionId}`;
}

export const VERBS = {
  /** Ask a question (paging: "Show more", and a risk's buttons). */
  ask: verb(
    'question.ask',
    {
      question: z.string().trim().min(1).max(500),
      /** Pressed on a list: the list's question, for the way back to it. */
      back: z.string().trim().min(1).max(500).optional(),
    },
    {},
  ),
  /** Open an action's card: editable for its owners, read-only otherwise. */
  openAction: verb('action.open', ActionRef, {}),
  actionHistory: verb('action.history', ActionRef, {}),
  /** Universal Actions refresh of an action card. */
  refreshAction: verb('action.refresh', ActionRef, {}),
  /** Save a progress update from the action card. */
  saveProgress: verb('progress.save', Saving, {
    note: typedText,
    deliveryStatus: typedText,
    revisedDue: typedText,
    revisedDueReason: typedText,
    proposeClosure: toggle,
  }),
  /** A board secretary's closure decision. */
  approveClosure: verb('closure.approve', Saving, { closureNote: typedText }),
  /**
   * Return to the owners, with a reason: typed into `closureNote` on the action's card, or into the
   * action's own reason input in a list of several (`returnReasonId`).
   */
  returnClosure: {
    name: 'closure.return',
    data: z.object(Saving),
    payload: z
      .object({ ...Saving, closureNote: typedText })
      .catchall(z.unknown())
      .transform(({ closureNote, ...p }) => {
        const inList = p[returnReasonId(p.actionId)];
        return { ...p, reason: closureNote ?? (typeof inList === 'string' ? inList : '') };
      }),
  },
  /** Board secretaries: meetings and broadcasts. */
  newMeeting: verb('meeting.new', {}, {}),
  /** `moveTo`: "move the board to 8 April": the form opens at that date, nothing saved. */
  editMeeting: verb('meeting.edit', { meetingId: Id.optional(), moveTo: IsoDate.optional() }, {}),
  saveMeeting: form('meeting.save'),
  /** A meeting's agenda editor: open it, add a row (nothing saved), save it. */
  editAgenda: verb(
    'agenda.edit',
    { meetingId: Id.optional(), item: AgendaItemDraft.optional() },
    {},
  ),
  addAgendaItem: form('agenda.add'),
  saveAgenda: form('agenda.save'),
  composeBroadcast: form('broadcast.compose'),
  previewBroadcast: form('broadcast.preview'),
  sendBroadcast: form('broadcast.send'),
  cancelBroadcast: verb('broadcast.cancel', { jobId: Id }, {}),
  /** "Chase overdue actions" shows who would be chased; this sends the chasers (once per card). */
  chaseNow: verb('chase.now', { submissionId: z.string().trim().min(8).max(100) }, {}),
  /** Board secretaries: a spreadsheet's mapping answered, the preview, confirm or cancel. */
  importPreview: withAnswers('import.preview', ImportSession),
  importTakeFile: verb('import.takeFile', { ...ImportSession, actionId: Id }, {}),
  importConfirm: verb(
    'import.confirm',
    { ...ImportSession, submissionId: z.string().trim().min(8).max(100) },
    {},
  ),
  importCancel: verb('import.cancel', ImportSession, {}),
  /** After a new BAF version: post what changed to the chosen channel. */
  postWhatChanged: verb('import.postWhatChanged', { registerId: Id }, { channel: typedText }),
  /** Roles from the members of an installed team, and the roster saved. */
  openRoster: verb('roles.roster', {}, { team: typedText }),
  saveRoster: withAnswers('roles.save', { organisationId: Id, teamId: z.string().min(1).max(300) }),
} as const;

export type AnyVerb = (typeof VERBS)[keyof typeof VERBS];
export type VerbName = AnyVerb['name'];
/** What a button of this verb carries (before parsing, as the card builder writes it). */
export type ButtonData<V extends AnyVerb> = z.input<V['data']>;
/** What a press of this verb delivers once parsed. */
export type Pressed<V extends AnyVerb> = z.output<V['payload']>;

export function verbNamed(name: string): AnyVerb | undefined {
  return Object.values(VERBS).find((v) => v.name === name);
}

/**
 * A button for a verb. It carries `verb` in its data too: clients without Universal Actions send the
 * same data as a message (Action.Submit), and the bot routes it on `verb`.
 */
export function button<V extends AnyVerb>(
  title: string,
  verb: V,
  data: ButtonData<V>,
  options: Partial<ActionExecute> = {},
): ActionExecute {
  const payload = { ...(data as ActionData), verb: verb.name };
  const fallback: ActionSubmit = {
    type: 'Action.Submit',
    title,
    data: payload,
    ...(options.associatedInputs ? { associatedInputs: options.associatedInputs } : {}),
    ...(options.style ? { style: options.style } : {}),
  };
  return { type: 'Action.Execute', title, verb: verb.name, data: payload, fallback, ...options };
}
