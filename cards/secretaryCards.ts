import {
  AGENDA_TYPES,
  agendaInputId,
  type AgendaRow,
  MAX_AGENDA_ROWS,
} from '../src/reminders/agendaEditor';
import type {
  AgendaFormView,
  BroadcastListItem,
  BroadcastListView,
  ChaseConfirmView,
  ComposeView,
  MeetingChoiceView,
  MeetingFormView,
  MeetingSavedView,
  PersonalOnlyView,
  PreviewView,
  RefusalView,
} from '../src/reminders/views';
import type { MeetingView } from '../src/shared/viewTypes';
import type { BuiltCard, CardButton, CardElement, Column } from './adaptiveCard';
import { agendaTable, meetingCard, meetingFacts } from './meetingCards';
import { meetingReminderCard } from './reminderCards';
import {
  adaptiveCard,
  capitalised,
  fieldError,
  heading,
  subheading,
  text,
  truncate,
} from './parts';
import { button, VERBS } from './verbs';

/**
 * The board secretary's cards: the meeting form, composing a reminder (meeting, where, when), its
 * preview, and the list of broadcasts. Errors show next to the field they are about.
 */

function banner(
  message: string | null,
  kind: 'good' | 'attention' | 'emphasis' = 'attention',
): CardElement[] {
  return message
    ? [
        {
          type: 'Container',
          style: kind,
          bleed: true,
          items: [text(message, { weight: 'Bolder' })],
        },
      ]
    : [];
}

/**
 * A date and its time, one under the other: side by side, the time picker ran past the right edge of
 * a laptop-width card in the Agents Playground (and would on a phone).
 */
function dateThenTime(date: CardElement[], time: CardElement[]): CardElement {
  return { type: 'Container', items: [...date, ...time] };
}

export function refusalCard({ what }: RefusalView): BuiltCard {
  const summary = `Only a board secretary can ${what}.`;
  return {
    card: adaptiveCard(
      [
        ...heading('Board secretaries only'),
        text(`${summary} You can still ask me about meetings, agendas and actions.`),
      ],
      summary,
    ),
    summary,
  };
}

/** After a stale save: the meeting as it stands now, above the form that keeps what was typed. */
function latestMeeting(latest: MeetingView | null, withAgenda: boolean): CardElement[] {
  if (!latest) return [];
  return [
    {
      type: 'Container',
      style: 'emphasis',
      spacing: 'Medium',
      items: [
        subheading('The meeting now'),
        meetingFacts(latest),
        ...(withAgenda ? agendaTable(latest) : []),
      ],
    },
    subheading('Your changes'),
  ];
}

export function meetingFormCard(view: MeetingFormView): BuiltCard {
  const v = view.values;
  const title = view.meetingId ? 'Edit meeting' : 'New meeting';
  const summary = `${view.latest ? 'Not saved: the meeting changed after you opened it. ' : ''}${title}: enter the body, date and time (UK time), join link and paper deadline.`;
  const body: CardElement[] = [
    ...heading(
      title,
      view.meetingId
        ? 'Times are UK time (Europe/London). Edit agenda changes the items.'
        : 'Times are UK time (Europe/London). The agenda is filled from the workplan.',
    ),
    ...banner(view.errors.form ?? null),
    ...banner(view.note, 'emphasis'),
    ...latestMeeting(view.latest, false),
    {
      type: 'Input.ChoiceSet',
      id: 'body',
      label: 'Meeting of',
      isRequired: true,
      errorMessage: 'Choose the meeting body.',
      choices: view.bodies.map((b) => ({ title: b, value: b })),
      style: 'compact',
      ...(v.body ? { value: v.body } : {}),
    },
    ...fieldError(view.errors, 'body'),
    dateThenTime(
      [
        {
          type: 'Input.Date',
          id: 'date',
          label: 'Date',
          isRequired: true,
          errorMessage: 'Enter the date.',
          ...(v.date ? { value: v.date } : {}),
        },
        ...fieldError(view.errors, 'date'),
      ],
      [
        {
          type: 'Input.Time',
          id: 'time',
          label: 'Start time',
          isRequired: true,
          errorMessage: 'Enter the start time.',
          value: v.time ?? '10:00',
        },
        ...fieldError(view.errors, 'time'),
      ],
    ),
    {
      type: 'Input.ChoiceSet',
      id: 'part',
      label: 'Part',
      style: 'expanded',
      choices: [
        { title: 'Public', value: 'public' },
        { title: 'Private', value: 'private' },
      ],
      value: v.part ?? 'public',
    },
    ...fieldError(view.errors, 'part'),
    {
      type: 'Input.Text',
      id: 'location',
      label: 'Where',
      placeholder: 'Microsoft Teams',
      maxLength: 200,
      ...(v.location ? { value: v.location } : {}),
    },
    {
      type: 'Input.Text',
      id: 'joinUrl',
      label: 'Teams join link',
      style: 'url',
      placeholder: 'https://teams.microsoft.com/l/meetup-join/…',
      maxLength: 2000,
      ...(v.joinUrl ? { value: v.joinUrl } : {}),
    },
    ...fieldError(view.errors, 'joinUrl'),
    dateThenTime(
      [
        {
          type: 'Input.Date',
          id: 'paperDeadlineDate',
          label: 'Paper deadline',
          ...(v.paperDeadlineDate ? { value: v.paperDeadlineDate } : {}),
        },
        ...fieldError(view.errors, 'paperDeadlineDate'),
      ],
      [
        {
          type: 'Input.Time',
          id: 'paperDeadlineTime',
          label: 'Deadline time',
          value: v.paperDeadlineTime ?? '12:00',
        },
        ...fieldError(view.errors, 'paperDeadlineTime'),
      ],
    ),
  ];
  const actions: CardButton[] = [
    button(
      view.latest ? 'Save again' : 'Save meeting',
      VERBS.saveMeeting,
      view.meetingId ? { meetingId: view.meetingId, etag: view.etag ?? '' } : {},
      { style: 'positive', associatedInputs: 'auto' },
    ),
    ...(view.meetingId
      ? [
          button(
            'Edit agenda',
            VERBS.editAgenda,
            { meetingId: view.meetingId },
            { associatedInputs: 'none' },
          ),
        ]
      : []),
  ];
  return { card: adaptiveCard(body, summary, { actions }), summary };
}

/** "edit meeting": which one (the next first), then its details or its agenda. */
export function meetingChoiceCard(view: MeetingChoiceView): BuiltCard {
  if (view.meetings.length === 0) {
    const summary = 'There is no upcoming meeting to edit. Create one first.';
    return {
      card: adaptiveCard(
        [...heading('Edit a meeting'), ...banner(view.note), text(summary)],
        summary,
        {
          actions: [button('New meeting', VERBS.newMeeting, {}, { associatedInputs: 'none' })],
        },
      ),
      summary,
    };
  }
  const moving = view.moveTo;
  const summary = moving
    ? `Move a meeting to ${moving.words}: choose which of ${view.meetings.length} upcoming.`
    : `Edit a meeting: ${view.meetings.length} upcoming, the next is ${view.meetings[0]!.title}.`;
  const body: CardElement[] = [
    ...heading(
      moving ? `Move a meeting to ${moving.words}` : 'Edit a meeting',
      moving
        ? 'Choose the meeting: its form opens at the new date, and nothing changes until you save.'
        : 'Upcoming meetings, the next first.',
    ),
    ...banner(view.note),
    {
      type: 'Input.ChoiceSet',
      id: 'meetingId',
      label: 'Meeting',
      isRequired: true,
      errorMessage: 'Choose a meeting.',
      style: view.meetings.length > 5 ? 'compact' : 'expanded',
      choices: view.meetings,
      value: view.meetings[0]!.value,
      wrap: true,
    },
  ];
  return {
    card: adaptiveCard(body, summary, {
      actions: [
        ...(moving
          ? [
              button(
                `Move to ${moving.words}`,
                VERBS.editMeeting,
                { moveTo: moving.date },
                { style: 'positive', associatedInputs: 'auto' },
              ),
            ]
          : [
              button('Edit details', VERBS.editMeeting, {}, { associatedInputs: 'auto' }),
              button(
                'Edit agenda',
                VERBS.editAgenda,
                // (An item typed in the command is carried to the editor's new row.)
                view.item ? { item: view.item } : {},
                { associatedInputs: 'auto', ...(view.item ? { style: 'positive' as const } : {}) },
              ),
              button('New meeting', VERBS.newMeeting, {}, { associatedInputs: 'none' }),
            ]),
      ],
    }),
    summary,
  };
}

const TYPE_CHOICES = [
  { title: 'None', value: 'none' },
  ...AGENDA_TYPES.map((t) => ({ title: t, value: t })),
];

/** One agenda item as inputs: its number, title, section, type, lead; private and remove. */
function agendaRow(view: AgendaFormView, row: AgendaRow, i: number): CardElement {
  const id = (field: keyof AgendaRow) => agendaInputId(i, field);
  const column = (width: string, items: CardElement[]): Column => ({
    type: 'Column',
    width,
    items,
  });
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      {
        type: 'ColumnSet',
        columns: [
          column('72px', [
            {
              type: 'Input.Number',
              id: id('position'),
              label: 'No.',
              min: 1,
              max: MAX_AGENDA_ROWS,
              ...(row.position && Number.isFinite(Number(row.position))
                ? { value: Number(row.position) }
                : {}),
            },
            ...fieldError(view.errors, id('position')),
          ]),
          column('stretch', [
            {
              type: 'Input.Text',
              id: id('title'),
              label: row.title ? 'Item' : 'New item (leave blank to add nothing)',
              maxLength: 300,
              ...(row.title ? { value: row.title } : {}),
            },
            ...fieldError(view.errors, id('title')),
          ]),
        ],
      },
      // (Section beside Lead, and Type beside the toggles: each text box wide enough for what it
      // holds, "Standing Items" or "Group Chief Finance Officer", at a laptop's card width.)
      {
        type: 'ColumnSet',
        spacing: 'Small',
        columns: [
          column('stretch', [
            {
              type: 'Input.Text',
              id: id('section'),
              label: 'Section',
              maxLength: 120,
              ...(row.section ? { value: row.section } : { placeholder: 'As the item before' }),
            },
            ...fieldError(view.errors, id('section')),
          ]),
          column('stretch', [
            {
              type: 'Input.Text',
              id: id('lead'),
              label: 'Lead',
              maxLength: 120,
              ...(row.lead ? { value: row.lead } : {}),
            },
            ...fieldError(view.errors, id('lead')),
          ]),
        ],
      },
      {
        type: 'ColumnSet',
        spacing: 'Small',
        columns: [
          column('136px', [
            {
              type: 'Input.ChoiceSet',
              id: id('type'),
              label: 'Type',
              style: 'compact',
              choices: TYPE_CHOICES,
              value: row.type || 'none',
            },
            ...fieldError(view.errors, id('type')),
          ]),
          // Their own natural width, level with the Type box, so "Remove" is never broken in two.
          {
            ...column('auto', [
              {
                type: 'Input.Toggle',
                id: id('private'),
                title: 'Private (Part II)',
                valueOn: 'true',
                valueOff: 'false',
                value: row.private ? 'true' : 'false',
              },
            ]),
            verticalContentAlignment: 'Bottom',
          },
          {
            ...column('auto', [
              {
                type: 'Input.Toggle',
                id: id('remove'),
                title: 'Remove',
                valueOn: 'true',
                valueOff: 'false',
                value: row.remove ? 'true' : 'false',
              },
            ]),
            verticalContentAlignment: 'Bottom',
          },
        ],
      },
    ],
  };
}

export function agendaFormCard(view: AgendaFormView): BuiltCard {
  const m = view.meeting;
  const summary = `${view.stale ? 'Not saved: the meeting changed after you opened it. ' : ''}Edit the agenda: ${m.title}.`;
  const sent = { meetingId: m.id, etag: view.etag, rows: view.rows.length };
  const body: CardElement[] = [
    ...heading('Edit the agenda', `${m.title} · ${m.when}`),
    text(
      'Change an item’s number to move it; tick Remove to take it off; fill in the blank row to add one (Add an item for more). Private (Part II) items are never posted to a channel or group chat.',
      { size: 'Small', isSubtle: true, spacing: 'Small' },
    ),
    ...banner(view.errors.form ?? null),
    ...banner(view.note ?? null, 'emphasis'),
    ...(view.stale
      ? [
          {
            type: 'Container' as const,
            style: 'emphasis' as const,
            spacing: 'Medium' as const,
            items: [subheading('The agenda now'), ...agendaTable(m)],
          },
          subheading('Your changes'),
        ]
      : []),
    ...view.rows.map((row, i) => agendaRow(view, row, i)),
  ];
  return {
    card: adaptiveCard(body, summary, {
      actions: [
        button(view.stale ? 'Save again' : 'Save agenda', VERBS.saveAgenda, sent, {
          style: 'positive',
          associatedInputs: 'auto',
        }),
        button('Add an item', VERBS.addAgendaItem, sent, { associatedInputs: 'auto' }),
        button(
          'Edit details',
          VERBS.editMeeting,
          { meetingId: m.id },
          { associatedInputs: 'none' },
        ),
      ],
      fullWidth: true,
    }),
    summary,
  };
}

/** The meeting as saved, with what a secretary does next: send a reminder, or edit it again. */
export function savedMeetingCard({ meeting, note }: MeetingSavedView): BuiltCard {
  const built = meetingCard({ kind: 'meeting', mode: 'agenda', meeting, notes: [note] });
  built.card.actions = [
    ...(built.card.actions ?? []),
    button(
      'Send a reminder',
      VERBS.composeBroadcast,
      { meetingId: meeting.id },
      { associatedInputs: 'none' },
    ),
    button('Edit', VERBS.editMeeting, { meetingId: meeting.id }, { associatedInputs: 'none' }),
    button(
      'Edit agenda',
      VERBS.editAgenda,
      { meetingId: meeting.id },
      { associatedInputs: 'none' },
    ),
  ];
  return built;
}

export function composeCard(view: ComposeView): BuiltCard {
  const v = view.values;
  const summary = 'Send a meeting reminder: choose the meeting, where it goes, and when.';
  if (view.meetings.length === 0 || view.targets.length === 0) {
    const reason =
      view.meetings.length === 0
        ? 'There is no upcoming meeting to remind people about. Create one first.'
        : 'Board Clerk is not installed in any chat or team yet. Add it to a team or chat, then try again.';
    return {
      card: adaptiveCard([...heading('Send a reminder'), text(reason)], reason, {
        actions: view.meetings.length === 0 ? [button('New meeting', VERBS.newMeeting, {})] : [],
      }),
      summary: reason,
    };
  }
  const body: CardElement[] = [
    ...heading(
      'Send a reminder',
      'The card shows the meeting, join link, agenda, paper deadline and matters arising.',
    ),
    ...banner(view.errors.form ?? null),
    {
      type: 'Input.ChoiceSet',
      id: 'meetingId',
      label: 'Meeting',
      isRequired: true,
      errorMessage: 'Choose a meeting.',
      choices: view.meetings,
      style: 'compact',
      value: v.meetingId ?? view.meetings[0]!.value,
    },
    ...fieldError(view.errors, 'meetingId'),
    {
      type: 'Input.ChoiceSet',
      id: 'targets',
      label: 'Post to (channels and group chats never get private-part items)',
      isRequired: true,
      errorMessage: 'Choose at least one chat or channel.',
      isMultiSelect: true,
      style: 'expanded',
      choices: view.targets,
      ...(v.targets ? { value: v.targets } : {}),
    },
    ...fieldError(view.errors, 'targets'),
    {
      type: 'Input.ChoiceSet',
      id: 'when',
      label: 'When',
      style: 'expanded',
      choices: [
        { title: 'Now', value: 'now' },
        { title: `On the default schedule (${view.scheduleDescription})`, value: 'default' },
        { title: 'At a date and time (UK time)', value: 'at' },
      ],
      value: v.when ?? 'default',
      wrap: true,
    },
    dateThenTime(
      [
        {
          type: 'Input.Date',
          id: 'atDate',
          label: 'Date',
          ...(v.atDate ? { value: v.atDate } : {}),
        },
      ],
      [{ type: 'Input.Time', id: 'atTime', label: 'Time', value: v.atTime ?? '09:00' }],
    ),
    ...fieldError(view.errors, 'when'),
  ];
  return {
    card: adaptiveCard(body, summary, {
      actions: [
        button(
          'Preview',
          VERBS.previewBroadcast,
          { submissionId: view.submissionId },
          { associatedInputs: 'auto' },
        ),
        button(
          'Send or schedule',
          VERBS.sendBroadcast,
          { submissionId: view.submissionId },
          { style: 'positive', associatedInputs: 'auto' },
        ),
      ],
    }),
    summary,
  };
}

export function previewCard(view: PreviewView): BuiltCard {
  const reminder = meetingReminderCard(view.reminder);
  const summary = `Preview: ${reminder.summary} To ${view.targets.length} chat${view.targets.length === 1 ? '' : 's'} or channel${view.targets.length === 1 ? '' : 's'}, ${view.when}.`;
  const body: CardElement[] = [
    ...banner('Preview: not sent yet', 'emphasis'),
    text(`Goes to: ${view.targets.join('; ')}`, { spacing: 'Small' }),
    text(`When: ${view.when}`, { spacing: 'None' }),
    ...(view.whenNote ? [text(`⚠ ${view.whenNote}`, { weight: 'Bolder', spacing: 'None' })] : []),
    ...(view.sharedVersion
      ? [
          text(
            `Shown as channels and group chats will see it: private-part items are left out${view.privateLeftOut ? ` (${view.privateLeftOut})` : ''}.`,
            { isSubtle: true, size: 'Small' },
          ),
        ]
      : []),
    { type: 'Container', style: 'emphasis', spacing: 'Medium', items: reminder.card.body },
  ];
  return {
    card: adaptiveCard(body, summary, {
      actions: [
        button('Send or schedule', VERBS.sendBroadcast, view.values, {
          style: 'positive',
          associatedInputs: 'none',
        }),
        button('Change', VERBS.composeBroadcast, view.values, { associatedInputs: 'none' }),
      ],
      fullWidth: true,
    }),
    summary,
  };
}

const BROADCAST_STATE_WORDS: Record<BroadcastListItem['status'], string> = {
  scheduled: 'Scheduled',
  running: 'Sending',
  completed: 'Sent',
  cancelled: 'Cancelled',
};

/** What happened to a broadcast, in words: a finished one that reached nobody failed. */
function outcome(i: BroadcastListItem): string {
  if (i.status !== 'completed' || !i.failed) return BROADCAST_STATE_WORDS[i.status];
  return i.delivered ? 'Partly sent' : 'Failed';
}

function outcomeLine(i: BroadcastListItem): string {
  const counts =
    i.delivered === null
      ? ''
      : ` · ${i.delivered ? `${i.delivered} delivered` : i.failed ? 'none delivered' : '0 delivered'}`;
  return `${outcome(i)} · ${i.when} · to ${i.to || `${i.targets} target${i.targets === 1 ? '' : 's'}`}${counts}${i.failed ? ` · ${i.failed} failed` : ''}`;
}

export function broadcastListCard({ items, note }: BroadcastListView): BuiltCard {
  const scheduled = items.filter((i) => i.status === 'scheduled').length;
  const failed = items.filter((i) => outcome(i) === 'Failed').length;
  const summary = `${note ? `${note} ` : ''}Broadcasts: ${scheduled} scheduled, ${items.length - scheduled} sent or cancelled${failed ? `, ${failed} failed` : ''}.`;
  const body: CardElement[] = [
    ...heading('Broadcasts', 'Meeting reminders, paper deadlines and action chasers'),
    ...banner(note, 'good'),
    ...(items.length === 0 ? [text('Nothing scheduled or sent yet.', { isSubtle: true })] : []),
    ...items.slice(0, 20).map((i): CardElement => ({
      type: 'Container',
      separator: true,
      items: [
        text(truncate(i.title, 200), { weight: 'Bolder' }),
        text(outcomeLine(i), {
          size: 'Small',
          spacing: 'None',
          weight: i.failed ? 'Bolder' : 'Default',
        }),
        ...(i.status === 'scheduled'
          ? [
              {
                type: 'ActionSet' as const,
                actions: [
                  button(
                    'Cancel',
                    VERBS.cancelBroadcast,
                    { jobId: i.jobId },
                    { associatedInputs: 'none' },
                  ),
                ],
              },
            ]
          : []),
      ],
    })),
    ...(items.length > 20 ? [subheading(`…and ${items.length - 20} older.`)] : []),
  ];
  return {
    card: adaptiveCard(body, summary, {
      actions: [
        button('Send a reminder', VERBS.composeBroadcast, {}, { associatedInputs: 'none' }),
        button('New meeting', VERBS.newMeeting, {}, { associatedInputs: 'none' }),
      ],
    }),
    summary,
  };
}

/** Secretary tools are for the secretary's personal chat, where nobody else sees them. */
export function personalOnlyCard(view: PersonalOnlyView): BuiltCard {
  // (What opens is named in the plural: "Secretary tools", "Unanswered questions".)
  const summary = `${capitalised(view.what)} open in your personal chat with Board Clerk.`;
  return {
    card: adaptiveCard(
      [
        ...heading('In your personal chat'),
        text(
          `${summary} Secretary tools show people's chats and private business, so they never open where others can see them.${
            view.sentToPersonalChat
              ? ' I have sent it there.'
              : ' Open a personal chat with Board Clerk and type the same command there.'
          }`,
        ),
      ],
      summary,
    ),
    summary,
  };
}

/** Who "chase overdue actions" would message, with the one button that sends. */
export function chaseConfirmCard({ owners, summaryTo, submissionId }: ChaseConfirmView): BuiltCard {
  const summary = owners.length
    ? `Chase ${owners.length} action owner${owners.length === 1 ? '' : 's'}? Nothing is sent until you press Chase now.`
    : 'No action owner can be reached in Teams to chase.';
  const body: CardElement[] = [
    ...heading('Chase overdue actions', 'Nothing is sent until you press Chase now'),
    text(
      owners.length
        ? `Each of these ${owners.length} action owner${owners.length === 1 ? '' : 's'} gets a digest of their overdue and due-soon actions in their personal chat:`
        : 'No action owner with something to chase can be reached in Teams (each needs a linked account and Board Clerk in a personal chat).',
      { spacing: 'Medium' },
    ),
    ...owners.slice(0, 30).map((o) => text(`• ${o}`, { spacing: 'None', size: 'Small' })),
    ...(owners.length > 30 ? [text(`…and ${owners.length - 30} more.`, { isSubtle: true })] : []),
    text(
      summaryTo
        ? `The overdue summary, listing the owners who could not be reached, goes to ${summaryTo}.`
        : 'There is nowhere to send the overdue summary: add Board Clerk in a personal chat or set a secretariat channel.',
      { spacing: 'Medium', isSubtle: true },
    ),
  ];
  return {
    card: adaptiveCard(body, summary, {
      actions: [
        button(
          'Chase now',
          VERBS.chaseNow,
          { submissionId },
          { associatedInputs: 'none', style: 'positive' },
        ),
      ],
    }),
    summary,
  };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const SECRETARY_CARDS = {
  refusal: refusalCard,
  'personal-only': personalOnlyCard,
  'meeting-choice': meetingChoiceCard,
  'meeting-form': meetingFormCard,
  'agenda-form': agendaFormCard,
  'meeting-saved': savedMeetingCard,
  compose: composeCard,
  preview: previewCard,
  'broadcast-list': broadcastListCard,
  'chase-confirm': chaseConfirmCard,
};
