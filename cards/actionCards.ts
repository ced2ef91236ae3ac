import { ACTION_STATUS_WORDS, DELIVERY_KEY_WORDS } from '../src/domain/action';
import type { Answer } from '../src/questions/answers';
import type { ActionView, HistoryView } from '../src/shared/viewTypes';
import { asSentences, listInWords, rowOf } from '../src/shared/views';
import { REASON_MAX_LENGTH } from '../src/domain/progressUpdate';
import type { BuiltCard, CardButton, CardElement, Container } from './adaptiveCard';
import {
  actionSet,
  adaptiveCard,
  citation,
  facts,
  flagLegend,
  flagsBlock,
  heading,
  notesBlock,
  overdueWords,
  subheading,
  text,
  truncate,
  capitalised,
  wayBackTo,
} from './parts';
import { button, returnReasonId, VERBS } from './verbs';

/** Action lists and one action's detail with its history. */

/** The NHS delivery key in words (Teams' coloured text fails contrast in some theme: words carry it). */

/**
 * The NHS delivery key in words; "Open · Delivered" reads as a contradiction, so delivered work still
 * open says it is not yet closed.
 */
export function deliveryWords(a: Pick<ActionView, 'status' | 'deliveryStatus'>): string | null {
  if (!a.deliveryStatus) return null;
  return a.status === 'open' && a.deliveryStatus === 'delivered'
    ? 'Delivered, not yet closed'
    : DELIVERY_KEY_WORDS[a.deliveryStatus];
}

/** "Open · On track", with the NHS delivery key in words and colour. */
export function statusLine(a: ActionView): CardElement {
  const words = deliveryWords(a);
  const delivery = words ? { words } : null;
  // A closed action with no delivery key is closed, and that is all: "no progress reported yet" read
  // as though work were still expected.
  if (a.status === 'closed' && !delivery)
    return {
      type: 'RichTextBlock',
      spacing: 'None',
      inlines: [{ type: 'TextRun', text: ACTION_STATUS_WORDS[a.status], weight: 'Bolder' }],
    };
  return {
    type: 'RichTextBlock',
    spacing: 'None',
    inlines: [
      { type: 'TextRun', text: ACTION_STATUS_WORDS[a.status], weight: 'Bolder' },
      { type: 'TextRun', text: ' · ' },
      delivery
        ? { type: 'TextRun', text: delivery.words, weight: 'Bolder' }
        : {
            type: 'TextRun',
            // A note without the delivery key is progress reported, just not rated; so is the
            // register's own progress column, shown below ("no update" beside it read as a contradiction).
            text:
              a.latestProgress || a.registerProgress.length
                ? 'No delivery status given'
                : a.closureProposal
                  ? // (A closure put forward from a paper's list has no progress of its own to report.)
                    'Awaiting approval'
                  : 'No progress reported yet',
            isSubtle: true,
          },
    ],
  };
}

export function dueLine(a: ActionView): CardElement {
  const overdue = a.daysOverdue ? ` · ${overdueWords(a.daysOverdue)}` : '';
  return text(`${capitalised(a.due)}${overdue}`, {
    spacing: 'None',
    size: 'Small',
    weight: a.daysOverdue ? 'Bolder' : 'Default',
  });
}

/** What a closure decision button carries: the action, the revision shown, and the decision's key. */
export interface DecisionData {
  actionId: string;
  organisationId: string;
  back?: string;
  revision: number;
  submissionId: string;
}

/**
 * A board secretary's decision on an action proposed for closure: Approve needs nothing typed; Return
 * asks for its reason in a card of its own, so neither waits on any other input of the card (the
 * owner's progress form included). `reasonId` names the reason input: unique within the card.
 */
export function closureDecisionButtons(data: DecisionData, reasonId: string): CardButton[] {
  return [
    button('Approve closure', VERBS.approveClosure, data, {
      style: 'positive',
      associatedInputs: 'none',
    }),
    {
      type: 'Action.ShowCard',
      title: 'Return to owner…',
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          {
            type: 'Input.Text',
            id: reasonId,
            label: 'Why is it being returned? (the owners are told)',
            isRequired: true,
            errorMessage: 'Say why the action is being returned.',
            isMultiline: true,
            maxLength: REASON_MAX_LENGTH,
          },
        ],
        actions: [
          button('Return to owner', VERBS.returnClosure, data, { associatedInputs: 'auto' }),
        ],
      },
    },
  ];
}

function buttons(a: ActionView, back?: string): CardElement[] {
  const data = { actionId: a.id, organisationId: a.organisationId, ...(back ? { back } : {}) };
  return actionSet([
    button(a.canUpdate ? 'Update' : 'Details', VERBS.openAction, data),
    button('History', VERBS.actionHistory, data),
    ...(a.canDecideClosure
      ? closureDecisionButtons(
          // One decision per revision: a second press, or a second secretary, finds it recorded.
          { ...data, revision: a.revision, submissionId: `closure-decision-r${a.revision}` },
          returnReasonId(a.id),
        )
      : []),
  ]);
}

/** The items of an action list; `compact` for lists inside another card. */
export function actionListItems(
  actions: readonly ActionView[],
  options: {
    compact?: boolean;
    back?: string;
    progressInFull?: boolean;
    textInFull?: boolean;
  } = {},
): CardElement[] {
  // ("What did I say last time?": the progress asked for, whole.)
  const progressLength = options.progressInFull ? 2000 : 200;
  return actions.map((a, i): Container => ({
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      // The area says what the action is about before its text does ("Skills and experience").
      text(`${a.reference}${a.area ? ` · ${a.area}` : ''}${a.flags.length ? ' ⚠' : ''}`, {
        weight: 'Bolder',
      }),
      text(truncate(a.text, options.textInFull ? 1500 : options.compact ? 200 : 300), {
        spacing: 'None',
      }),
      // Who signs it off, where the log says: asked of a list ("which committee signs them off?").
      text(
        `Lead: ${a.leads}${a.taskLeads ? ` · Task lead: ${a.taskLeads}` : ''}${a.committeeSignOff ? ` · Sign-off: ${a.committeeSignOff}` : ''}`,
        {
          spacing: 'None',
          size: 'Small',
          isSubtle: true,
        },
      ),
      dueLine(a),
      statusLine(a),
      ...(a.latestProgress && !options.compact
        ? [
            text(
              `Latest: ${truncate(a.latestProgress.note, progressLength)} (${a.latestProgress.by}${a.latestProgress.when ? `, ${a.latestProgress.when}` : ''})`,
              { size: 'Small', spacing: 'None' },
            ),
          ]
        : []),
      // No note of its own: what the register prints as progress on its cause or effect (once, where
      // several of its actions are listed together).
      ...(!a.latestProgress &&
      a.registerProgress.length &&
      !options.compact &&
      a.registerProgress.join() !== actions[i - 1]?.registerProgress.join()
        ? [
            text(
              `In the register, for ${rowOf(a.area)}: ${truncate(asSentences(a.registerProgress), progressLength)}`,
              {
                size: 'Small',
                spacing: 'None',
              },
            ),
          ]
        : []),
      ...(a.closure ? [text(truncate(a.closure, 200), { size: 'Small', spacing: 'None' })] : []),
      ...buttons(a, options.back),
    ],
  }));
}

/** A short list says what each ⚠ means ("is that right?" is answered on the list); a long one, once. */
const FLAGS_SPELT_OUT = 3;
function flagsOf(actions: readonly ActionView[]): CardElement[] {
  const flagged = actions.filter((a) => a.flags.length);
  if (!flagged.length) return [];
  if (actions.length > FLAGS_SPELT_OUT) return [flagLegend('action')];
  // (One flag on several of them, said once with each it is on.)
  const byMessage = new Map<string, string[]>();
  for (const a of flagged)
    for (const f of a.flags)
      byMessage.set(f.message, [...(byMessage.get(f.message) ?? []), a.reference]);
  return [...byMessage].map(([message, references]) =>
    text(`⚠ ${listInWords(references)}: ${message}`, {
      isSubtle: true,
      size: 'Small',
      spacing: 'Small',
    }),
  );
}

export function actionListCard(answer: Extract<Answer, { kind: 'action-list' }>): BuiltCard {
  const lead = answer.lead ?? [];
  const summary = lead.length
    ? `${answer.description}: ${lead.join(' ')}`
    : answer.total === 0
      ? `${answer.description}: none.`
      : `${answer.description}: ${answer.total} action${answer.total === 1 ? '' : 's'}. ${answer.actions
          .slice(0, 3)
          .map(
            (a) =>
              `${a.reference} ${a.due}${a.daysOverdue ? ` (${overdueWords(a.daysOverdue)})` : ''}`,
          )
          .join('; ')}.`;
  const body: CardElement[] = [
    ...heading(answer.title, answer.description),
    ...lead.map((l) => text(l, { weight: 'Bolder', spacing: 'Small' })),
    // How many, said first: "how many of them…" is answered before the list (which may run to pages).
    ...(!lead.length && answer.total > 1
      ? [text(`${answer.total} actions.`, { weight: 'Bolder', spacing: 'Small' })]
      : []),
    ...(answer.total === 0
      ? [text('Nothing to show: no actions match.', { spacing: 'Medium' })]
      : actionListItems(answer.actions, {
          ...wayBackTo(answer.question),
          ...(answer.progressInFull ? { progressInFull: true } : {}),
        })),
    ...(answer.total > answer.actions.length
      ? [
          text(
            `Showing ${answer.firstShown}–${answer.firstShown + answer.actions.length - 1} of ${answer.total}.`,
            { isSubtle: true, spacing: 'Medium' },
          ),
        ]
      : []),
    ...flagsOf(answer.actions),
    ...notesBlock(answer.notes),
  ];
  // Paging replaces the card in place: the way back is on it too.
  const page = (title: string, question: string | null) =>
    question ? [button(title, VERBS.ask, { question }, { associatedInputs: 'none' })] : [];
  const actions = [
    ...page('First page', answer.firstPage),
    ...page('Previous', answer.previousPage),
    ...page('Show more', answer.nextPage),
  ];
  return { card: adaptiveCard(body, summary, { actions }), summary };
}

export function actionDetailElements(a: ActionView): CardElement[] {
  return [
    text(a.text, { spacing: 'Small' }),
    dueLine(a),
    statusLine(a),
    facts([
      ['From', `${a.logTitle}${a.section ? `, ${a.section}` : ''}`],
      ['Area', a.area],
      ['Lead', a.leads],
      ['Task lead', a.taskLeads],
      ['Sign-off', a.committeeSignOff],
      ['Closure', a.closure ?? a.closureProposal],
    ]),
    ...flagsBlock(a.flags),
  ];
}

/** Every change, newest first: who, when, what changed from what to what. */
export function historyElements(history: readonly HistoryView[], max = 20): CardElement[] {
  const out: CardElement[] = [subheading(`History (${history.length})`)];
  if (history.length === 0) out.push(text('No changes recorded yet.', { isSubtle: true }));
  for (const h of history.slice(0, max))
    out.push({
      type: 'Container',
      separator: true,
      items: [
        text(`${h.at} · ${h.by}`, { size: 'Small', isSubtle: true }),
        text(h.event, { weight: 'Bolder', spacing: 'None' }),
        ...h.changes.map((c) =>
          text(`${c.field}: ${c.from ?? '(none)'} → ${c.to ?? '(none)'}`, {
            spacing: 'None',
            size: 'Small',
          }),
        ),
        ...(h.reason
          ? [
              text(`Reason for the new date: ${truncate(h.reason.text, 300)}`, {
                spacing: 'None',
                size: 'Small',
              }),
            ]
          : []),
        ...(h.note
          ? [text(`“${truncate(h.note.text, 500)}”`, { spacing: 'None', size: 'Small' })]
          : []),
      ],
    });
  if (history.length > max)
    out.push(text(`…and ${history.length - max} earlier changes.`, { isSubtle: true }));
  return out;
}

export function actionCard(answer: Extract<Answer, { kind: 'action' }>): BuiltCard {
  const a = answer.action;
  const summary = `${a.reference}: ${truncate(a.text, 120)} ${a.due}${a.daysOverdue ? `, ${overdueWords(a.daysOverdue)}` : ''}. ${ACTION_STATUS_WORDS[a.status]}${a.deliveryStatus ? `, ${deliveryWords(a)}` : ''}.`;
  const body: CardElement[] = [...heading(a.reference, a.logTitle), ...actionDetailElements(a)];
  if (a.latestProgress)
    body.push(
      subheading('Latest progress'),
      text(
        `${a.latestProgress.note} (${a.latestProgress.by}${a.latestProgress.when ? `, ${a.latestProgress.when}` : ''})`,
        { spacing: 'Small' },
      ),
    );
  if (answer.history) body.push(...historyElements(answer.history));
  body.push(...notesBlock(answer.notes), citation(a.source));
  const data = {
    actionId: a.id,
    organisationId: a.organisationId,
    ...(answer.back ? { back: answer.back } : {}),
  };
  const actions = [
    button(a.canUpdate ? 'Update' : 'Details', VERBS.openAction, data),
    ...(answer.history ? [] : [button('History', VERBS.actionHistory, data)]),
    // Opened from a list: the way back to it, as the Details and Update cards have.
    ...(answer.back
      ? [
          button(
            'Back to the list',
            VERBS.ask,
            { question: answer.back },
            { associatedInputs: 'none' },
          ),
        ]
      : []),
  ];
  return { card: adaptiveCard(body, summary, { actions }), summary };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const ACTION_CARDS = {
  'action-list': actionListCard,
  action: actionCard,
};
