import type { ActionView } from '../src/shared/viewTypes';
import type {
  ActionDigestView,
  DeliveryReportRow,
  DeliveryReportView,
  MeetingReminderView,
  OverdueSummaryView,
} from '../src/reminders/views';
import type { BuiltCard, CardButton, CardElement } from './adaptiveCard';
import { actionListItems } from './actionCards';
import { agendaTable, meetingFacts } from './meetingCards';
import { actionSet, adaptiveCard, citation, heading, subheading, text, truncate } from './parts';
import { button, VERBS } from './verbs';

/**
 * What Board Clerk posts on its own: meeting and paper-deadline reminders, the weekly action digest,
 * the overdue summary for the secretariat, and the secretary's delivery report. Each card's summary is
 * what the Teams notification shows, so it says the point, not "sent a card".
 */

const MAX_LISTED = 10;

/** A question that shows the whole list, as a button: "All overdue actions" → "overdue actions". */
interface Whole {
  title: string;
  question: string;
}

/** Up to ten actions; a longer list says how many more and offers the question that shows them all. */
function listed(actions: readonly ActionView[], compact: boolean, whole?: Whole): CardElement[] {
  const out = actionListItems(actions.slice(0, MAX_LISTED), { compact });
  if (actions.length > MAX_LISTED)
    out.push(
      text(
        `…and ${actions.length - MAX_LISTED} more.${whole ? ` Press ${whole.title} to see them all.` : ''}`,
        { isSubtle: true },
      ),
    );
  if (whole && actions.length > MAX_LISTED) out.push(...askAll(whole));
  return out;
}

function askAll(whole: Whole): CardElement[] {
  return actionSet([
    button(whole.title, VERBS.ask, { question: whole.question }, { associatedInputs: 'none' }),
  ]);
}

export function meetingReminderCard(view: MeetingReminderView): BuiltCard {
  const m = view.meeting;
  const summary = `${view.headline}: ${m.body}, ${m.when}.${m.paperDeadline ? ` Papers due ${m.paperDeadline}.` : ''}`;
  const body: CardElement[] = [
    ...heading(`${view.headline}: ${m.body}`, m.title),
    meetingFacts(m),
    subheading('Agenda'),
    ...agendaTable(m),
    subheading(`Matters arising due by the meeting (${view.mattersArising.length})`),
    ...(view.mattersArising.length
      ? listed(view.mattersArising, true)
      : [
          text(
            "No open action from this board's minutes (matters arising) is due by this meeting.",
            {
              isSubtle: true,
            },
          ),
        ]),
    citation(m.source),
  ];
  const actions: CardButton[] = m.join
    ? [{ type: 'Action.OpenUrl', title: 'Join the meeting', url: m.join.url }]
    : [];
  return { card: adaptiveCard(body, summary, { actions, fullWidth: true }), summary };
}

export function actionDigestCard(view: ActionDigestView): BuiltCard {
  const waiting = view.awaitingDecision.length;
  const summary = `Your actions this week: ${view.overdue.length} overdue, ${view.dueSoon.length} due in the next ${view.horizon}${waiting ? `, ${waiting} awaiting the board secretary` : ''}.`;
  const body: CardElement[] = [
    ...heading('Your actions this week', `For ${view.personName}`),
    text(
      'Press Update on an action to record progress, a revised date, or propose it for closure.',
      {
        spacing: 'Small',
      },
    ),
    subheading(`Overdue (${view.overdue.length})`),
    ...(view.overdue.length
      ? listed(view.overdue, true, {
          title: 'All my overdue actions',
          question: 'my overdue actions',
        })
      : [text('Nothing overdue.')]),
    subheading(`Due in the next ${view.horizon} (${view.dueSoon.length})`),
    ...(view.dueSoon.length
      ? listed(view.dueSoon, true, { title: 'All due soon', question: 'my actions due soon' })
      : [text('Nothing due soon.', { isSubtle: true })]),
    ...(waiting
      ? [
          subheading(`Proposed for closure, awaiting the board secretary (${waiting})`),
          text('Nothing to do on these unless the secretary returns them.', {
            isSubtle: true,
            spacing: 'None',
          }),
          ...listed(view.awaitingDecision, true, {
            title: 'All my proposals',
            question: 'my actions proposed for closure',
          }),
        ]
      : []),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

export function overdueSummaryCard(view: OverdueSummaryView): BuiltCard {
  const waiting = view.awaitingDecision.length;
  const summary = `Overdue actions: ${view.overdue.length}.${waiting ? ` ${waiting} proposed for closure await a decision.` : ''}${view.unreachable.length ? ` ${view.unreachable.length} owner${view.unreachable.length === 1 ? '' : 's'} could not be sent a digest.` : ''}`;
  const body: CardElement[] = [
    ...heading('Overdue actions', `As at ${view.asOf}`),
    ...(view.unreachable.length
      ? [
          {
            type: 'Container' as const,
            style: 'warning' as const,
            items: [
              text('Owners Board Clerk could not reach', { weight: 'Bolder' }),
              ...view.unreachable.map((u) =>
                text(
                  `• ${u.name}: ${u.reason} (${u.actions} action${u.actions === 1 ? '' : 's'})`,
                  {
                    spacing: 'None',
                  },
                ),
              ),
            ],
          },
        ]
      : []),
    subheading(`Overdue (${view.overdue.length})`),
    ...(view.overdue.length
      ? [
          ...listed(view.overdue, true),
          ...askAll({ title: 'All overdue actions', question: 'overdue actions' }),
        ]
      : [text('No action is overdue.')]),
    ...(waiting
      ? [
          subheading(`Proposed for closure, awaiting a decision (${waiting})`),
          text('Not counted as overdue: the owners report them delivered.', {
            isSubtle: true,
            spacing: 'None',
          }),
          ...listed(view.awaitingDecision, true),
          ...askAll({
            title: 'Actions proposed for closure',
            question: 'actions proposed for closure',
          }),
        ]
      : []),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

/** Each target's state in words; a failed one stands out on the attention style, not in red text. */
const STATE: Record<DeliveryReportRow['state'], string> = {
  pending: 'Waiting',
  sending: 'Sending',
  delivered: 'Delivered',
  retrying: 'Retrying',
  failed: 'Failed',
};

export function deliveryReportCard(view: DeliveryReportView): BuiltCard {
  const count = (s: DeliveryReportRow['state']) => view.rows.filter((r) => r.state === s).length;
  const tally = `${count('delivered')} delivered, ${count('retrying') + count('sending') + count('pending')} in progress, ${count('failed')} failed`;
  const state =
    view.status !== 'completed'
      ? { running: 'Sending', cancelled: 'Cancelled', scheduled: 'Scheduled' }[view.status]
      : count('failed') === 0
        ? 'Finished'
        : count('delivered') === 0
          ? 'Failed: nothing was delivered'
          : 'Finished with failures';
  const summary = `Delivery report: ${view.title}. ${state === 'Finished' || state === 'Sending' || state === 'Scheduled' ? '' : `${state}. `}${tally}.`;
  const body: CardElement[] = [
    ...heading('Delivery report', view.title),
    text(`${view.when} · ${state} · ${tally}`, {
      spacing: 'Small',
      weight: count('failed') ? 'Bolder' : 'Default',
    }),
    ...view.rows.slice(0, 60).map((r): CardElement => ({
      type: 'ColumnSet',
      separator: true,
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [text(truncate(r.label, 120), { size: 'Small' })],
        },
        {
          type: 'Column',
          width: 'auto',
          ...(r.state === 'failed' ? { style: 'attention' as const } : {}),
          items: [text(STATE[r.state], { size: 'Small', weight: 'Bolder' })],
        },
      ],
    })),
    ...view.rows
      .filter((r) => r.detail && r.state !== 'delivered')
      .slice(0, 20)
      .map((r) =>
        text(`${r.label}: ${truncate(r.detail!, 200)}`, {
          size: 'Small',
          isSubtle: true,
          spacing: 'None',
        }),
      ),
    ...(view.rows.length > 60
      ? [text(`…and ${view.rows.length - 60} more targets.`, { isSubtle: true })]
      : []),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const REMINDER_CARDS = {
  'meeting-reminder': meetingReminderCard,
  'action-digest': actionDigestCard,
  'overdue-summary': overdueSummaryCard,
  'delivery-report': deliveryReportCard,
};
