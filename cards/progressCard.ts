import { ACTION_STATUS_WORDS, DELIVERY_KEY_WORDS } from '../src/domain/action';
import { NOTE_MAX_LENGTH, REASON_MAX_LENGTH } from '../src/domain/progressUpdate';
import type { Banner, ProgressView } from '../src/shared/viewTypes';
import { asSentences, rowOf } from '../src/shared/views';
import type { BuiltCard, CardButton, CardElement, ContainerStyle } from './adaptiveCard';
import {
  actionDetailElements,
  closureDecisionButtons,
  deliveryWords,
  historyElements,
} from './actionCards';
import {
  adaptiveCard,
  citation,
  fieldError,
  heading,
  overdueWords,
  subheading,
  text,
  truncate,
} from './parts';
import { button, VERBS } from './verbs';

/**
 * An action's progress card: the facts, the last notes, and (for its owners and board secretaries) the
 * update form. Saving replaces the card in place; errors show next to the field they are about; after a
 * lost race the form keeps what the person typed so one click re-applies it.
 */

const BANNER_STYLE: Record<Banner['kind'], ContainerStyle> = {
  saved: 'good',
  duplicate: 'good',
  conflict: 'warning',
  error: 'attention',
  info: 'emphasis',
};

function bannerBlock(banner: Banner | null): CardElement[] {
  if (!banner) return [];
  return [
    {
      type: 'Container',
      style: BANNER_STYLE[banner.kind],
      bleed: true,
      items: [text(banner.text, { weight: 'Bolder' })],
    },
  ];
}

/** The NHS delivery key in words, with a coloured marker because choice titles cannot be coloured. */
const DELIVERY_CHOICES = [
  { value: 'delivered', title: '🔵 Delivered' },
  { value: 'on-track', title: '🟢 On track' },
  { value: 'some-issues', title: '🟠 Some issues' },
  { value: 'not-on-track', title: '🔴 Not on track' },
];

/**
 * The owner's progress form. `required` marks what must be typed before the client sends it; off when
 * the form shares the card body with a secretary's decision, so the decision never waits on it (the
 * server still checks every field).
 */
function form(model: ProgressView, required: boolean): CardElement[] {
  const a = model.action;
  const typed = model.typed;
  // (The date now in force: "31 March 2026, revised to 26 February 2027" keeps 26 February 2027.)
  const keepDue = a.dueIso
    ? `leave blank to keep ${a.due.replace(/^due /, '').replace(/^.*,? revised to /, '')}`
    : 'optional';
  return [
    subheading('Update progress'),
    ...(a.status === 'proposed-for-closure'
      ? [
          text(
            'It is proposed for closure: saving On track, Some issues, Not on track or a new due date withdraws the proposal, and it goes back to Open.',
            { size: 'Small', spacing: 'Small' },
          ),
        ]
      : []),
    {
      type: 'Input.Text',
      id: 'note',
      label: 'Progress note',
      isRequired: required,
      errorMessage: 'Add a progress note.',
      isMultiline: true,
      maxLength: NOTE_MAX_LENGTH,
      placeholder: 'What has happened since the last update?',
      ...(typed?.note ? { value: typed.note } : {}),
    },
    ...fieldError(model.errors, 'note'),
    {
      type: 'Input.ChoiceSet',
      id: 'deliveryStatus',
      label: 'Delivery status',
      isRequired: required,
      errorMessage: 'Choose a delivery status.',
      style: 'expanded',
      choices: DELIVERY_CHOICES,
      // No default for a first report: an owner must choose, not accept "On track" by accident.
      ...((typed?.deliveryStatus ?? a.deliveryStatus)
        ? { value: (typed?.deliveryStatus ?? a.deliveryStatus)! }
        : {}),
    },
    ...fieldError(model.errors, 'deliveryStatus'),
    {
      type: 'Input.Date',
      id: 'revisedDue',
      label: `Revised due date (${keepDue})`,
      ...(typed?.revisedDue ? { value: typed.revisedDue } : {}),
    },
    ...fieldError(model.errors, 'revisedDue'),
    {
      type: 'Input.Text',
      id: 'revisedDueReason',
      label: 'Reason for the new date (required when it moves)',
      maxLength: REASON_MAX_LENGTH,
      ...(typed?.revisedDueReason ? { value: typed.revisedDueReason } : {}),
    },
    ...fieldError(model.errors, 'revisedDueReason'),
    ...(a.status === 'open'
      ? [
          {
            type: 'Input.Toggle' as const,
            id: 'proposeClosure',
            title: 'Propose for closure (the action is delivered)',
            valueOn: 'true',
            valueOff: 'false',
            value: typed?.proposeClosure ? 'true' : 'false',
          },
        ]
      : []),
    ...fieldError(model.errors, 'form'),
  ];
}

function closureDecision(model: ProgressView): CardElement[] {
  return [
    subheading('Closure decision'),
    text(
      'The owners propose this action for closure. Approve to close it, or return it to them with a reason.',
      { spacing: 'Small' },
    ),
    ...fieldError(model.errors, 'form'),
  ];
}

function recentNotes(model: ProgressView): CardElement[] {
  const { registerProgress, area } = model.action;
  if (model.recentNotes.length === 0)
    return [
      subheading('Progress'),
      text(
        // Notes left out of a shared card exist: say where to read them, never "none".
        model.notesKept > 0
          ? `${model.notesKept} progress note${model.notesKept === 1 ? ' is' : 's are'} kept for board members: open this action in your personal chat with Board Clerk to read ${model.notesKept === 1 ? 'it' : 'them'}.`
          : // No note of its own: what the register prints as progress, as the list shows it.
            registerProgress.length
            ? `No progress note yet. In the register, for ${rowOf(area)}: ${asSentences(registerProgress)}`
            : 'No progress reported yet.',
        { isSubtle: true },
      ),
    ];
  // Newer notes left out of a shared card: the ones shown are not the latest, and it says so.
  const newerKept = model.recentNotes.some((n) => n.private) ? 0 : model.newerNotesKept;
  return [
    subheading(newerKept ? 'Progress' : 'Latest progress'),
    ...(newerKept
      ? [
          text(
            `${newerKept} newer progress note${newerKept === 1 ? ' is' : 's are'} kept for board members: open this action in your personal chat with Board Clerk to read ${newerKept === 1 ? 'it' : 'them'}. Earlier notes:`,
            { isSubtle: true },
          ),
        ]
      : []),
    ...model.recentNotes.map((n): CardElement => ({
      type: 'Container',
      spacing: 'Small',
      items: [
        text(
          `${n.when ?? 'Undated'} · ${n.by}${n.status ? ` · ${DELIVERY_KEY_WORDS[n.status]}` : ''}`,
          { size: 'Small', isSubtle: true },
        ),
        text(truncate(n.note, 600), { spacing: 'None' }),
      ],
    })),
  ];
}

/**
 * `back` is the question of the list the card was opened from: the card replaces the list in place, so
 * it offers the way back.
 */
export function progressCard(model: ProgressView): BuiltCard {
  const { back } = model;
  const a = model.action;
  const ref = { actionId: a.id, organisationId: a.organisationId, ...(back ? { back } : {}) };
  const save = { ...ref, revision: a.revision, submissionId: model.submissionId };
  const status = `${ACTION_STATUS_WORDS[a.status]}${a.deliveryStatus ? `, ${deliveryWords(a)}` : ''}`;
  const summary = `${model.banner ? `${model.banner.text} ` : ''}${a.reference}: ${status}, ${a.due}${a.daysOverdue ? `, ${overdueWords(a.daysOverdue)}` : ''}.`;
  const body: CardElement[] = [
    ...bannerBlock(model.banner),
    ...heading(a.reference, a.logTitle),
    ...actionDetailElements(a),
    ...recentNotes(model),
    ...(model.history ? historyElements(model.history) : []),
  ];
  const actions: CardButton[] = [];
  const deciding = model.canDecideClosure;
  if (deciding) {
    body.push(...closureDecision(model));
    actions.push(...closureDecisionButtons(save, 'closureNote'));
  }
  if (model.editable) {
    const saveButton = button(
      model.banner?.kind === 'conflict' ? 'Save again' : 'Save update',
      VERBS.saveProgress,
      save,
      { style: 'positive', associatedInputs: 'auto' },
    );
    // A secretary deciding a closure opens the progress form only if they want it; after an error or
    // a conflict it stays open (what they typed, and what is wrong, must show).
    const inBody = !deciding || model.typed !== null || Object.keys(model.errors).length > 0;
    if (inBody) {
      body.push(...form(model, !deciding));
      actions.unshift(saveButton);
    } else
      actions.push({
        type: 'Action.ShowCard',
        title: 'Add a progress note…',
        card: {
          type: 'AdaptiveCard',
          version: '1.5',
          body: form(model, true),
          actions: [saveButton],
        },
      });
  } else if (model.readOnlyReason) {
    body.push(text(model.readOnlyReason, { isSubtle: true, spacing: 'Medium' }));
  } else if (a.status === 'open') {
    // A notification card drawn for no one in particular: Update opens the reader's own card.
    actions.push(button('Update', VERBS.openAction, ref, { associatedInputs: 'none' }));
  }
  if (!model.history)
    actions.push(button('History', VERBS.actionHistory, ref, { associatedInputs: 'none' }));
  if (back)
    actions.push(
      button('Back to the list', VERBS.ask, { question: back }, { associatedInputs: 'none' }),
    );
  body.push(citation(a.source));
  return {
    card: adaptiveCard(body, summary, {
      actions,
      ...(model.refreshUserIds.length
        ? {
            refresh: {
              action: button('Refresh', VERBS.refreshAction, ref, { associatedInputs: 'none' }),
              userIds: model.refreshUserIds,
            },
          }
        : {}),
    }),
    summary,
  };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const PROGRESS_CARDS = {
  progress: progressCard,
};
