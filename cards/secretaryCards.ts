import type { MeetingView } from '../src/shared/viewTypes';
import type { BuiltCard, CardAction, CardElement, Choice } from './adaptiveCard';
import { meetingCard } from './meetingCards';
import { adaptiveCard, execute, heading, subheading, text, truncate } from './parts';
import { VERBS } from './verbs';

/**
 * The board secretary's cards: the meeting form, composing a reminder (meeting, where, when), its
 * preview, and the list of broadcasts. Errors show next to the field they are about.
 */

type Errors = Partial<Record<string, string>>;

function fieldError(errors: Errors, field: string): CardElement[] {
  const message = errors[field];
  return message ? [text(message, { color: 'Attention', spacing: 'None', size: 'Small' })] : [];
}

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

/** Two groups of fields side by side (a date and its time). */
function sideBySide(left: CardElement[], right: CardElement[]): CardElement {
  return {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'stretch', items: left },
      { type: 'Column', width: 'stretch', items: right },
    ],
  };
}

export function refusalCard(what: string): BuiltCard {
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

export interface MeetingFormView {
  meetingId: string | null;
  bodies: string[];
  values: Partial<
    Record<
      | 'body'
      | 'date'
      | 'time'
      | 'part'
      | 'location'
      | 'joinUrl'
      | 'paperDeadlineDate'
      | 'paperDeadlineTime',
      string
    >
  >;
  errors: Errors;
}

export function meetingFormCard(view: MeetingFormView): BuiltCard {
  const v = view.values;
  const title = view.meetingId ? 'Edit meeting' : 'New meeting';
  const summary = `${title}: enter the body, date and time (UK time), join link and paper deadline.`;
  const body: CardElement[] = [
    ...heading(title, 'Times are UK time (Europe/London). The agenda is filled from the workplan.'),
    ...banner(view.errors.form ?? null),
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
    sideBySide(
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
    sideBySide(
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
  const actions: CardAction[] = [
    execute(
      'Save meeting',
      VERBS.saveMeeting,
      view.meetingId ? { meetingId: view.meetingId } : {},
      {
        style: 'positive',
        associatedInputs: 'auto',
      },
    ),
  ];
  return { card: adaptiveCard(body, summary, { actions }), summary };
}

/** The meeting as saved, with what a secretary does next: send a reminder, or edit it again. */
export function savedMeetingCard(meeting: MeetingView, note: string): BuiltCard {
  const built = meetingCard({ kind: 'meeting', mode: 'agenda', meeting, notes: [note] });
  built.card.actions = [
    ...(built.card.actions ?? []),
    execute(
      'Send a reminder',
      VERBS.composeBroadcast,
      { meetingId: meeting.id },
      { associatedInputs: 'none' },
    ),
    execute('Edit', VERBS.editMeeting, { meetingId: meeting.id }, { associatedInputs: 'none' }),
  ];
  return built;
}

export interface ComposeView {
  meetings: Choice[];
  targets: Choice[];
  values: Partial<Record<'meetingId' | 'targets' | 'when' | 'atDate' | 'atTime', string>>;
  errors: Errors;
  /** "Group Trust Board: paper deadline 2 days before, one week before, day before, at 09:00". */
  scheduleDescription: string;
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
        actions: view.meetings.length === 0 ? [execute('New meeting', VERBS.newMeeting, {})] : [],
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
      label: 'Post to (channels never get private-part items)',
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
    sideBySide(
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
        execute('Preview', VERBS.previewBroadcast, {}, { associatedInputs: 'auto' }),
        execute(
          'Send or schedule',
          VERBS.sendBroadcast,
          {},
          { style: 'positive', associatedInputs: 'auto' },
        ),
      ],
    }),
    summary,
  };
}

export interface PreviewView {
  /** The reminder as its recipients will see it (the channel version when any target is a channel). */
  reminder: BuiltCard;
  targets: string[];
  when: string;
  channelVersion: boolean;
  /** The composed values, carried by the Send and Change buttons. */
  values: Record<string, string>;
}

export function previewCard(view: PreviewView): BuiltCard {
  const summary = `Preview: ${view.reminder.summary} To ${view.targets.length} chat${view.targets.length === 1 ? '' : 's'} or channel${view.targets.length === 1 ? '' : 's'}, ${view.when}.`;
  const body: CardElement[] = [
    ...banner('Preview: not sent yet', 'emphasis'),
    text(`Goes to: ${view.targets.join('; ')}`, { spacing: 'Small' }),
    text(`When: ${view.when}`, { spacing: 'None' }),
    ...(view.channelVersion
      ? [
          text('Shown as channels will see it: private-part items are left out.', {
            isSubtle: true,
            size: 'Small',
          }),
        ]
      : []),
    { type: 'Container', style: 'emphasis', spacing: 'Medium', items: view.reminder.card.body },
  ];
  return {
    card: adaptiveCard(body, summary, {
      actions: [
        execute('Send or schedule', VERBS.sendBroadcast, view.values, {
          style: 'positive',
          associatedInputs: 'none',
        }),
        execute('Change', VERBS.composeBroadcast, view.values, { associatedInputs: 'none' }),
      ],
      fullWidth: true,
    }),
    summary,
  };
}

export interface BroadcastListItem {
  jobId: string;
  title: string;
  when: string;
  status: 'scheduled' | 'running' | 'completed' | 'cancelled';
  targets: number;
  delivered: number | null;
  failed: number | null;
}

const STATUS_WORDS: Record<BroadcastListItem['status'], string> = {
  scheduled: 'Scheduled',
  running: 'Sending',
  completed: 'Sent',
  cancelled: 'Cancelled',
};

export function broadcastListCard(
  items: readonly BroadcastListItem[],
  note: string | null = null,
): BuiltCard {
  const scheduled = items.filter((i) => i.status === 'scheduled').length;
  const summary = `${note ? `${note} ` : ''}Broadcasts: ${scheduled} scheduled, ${items.length - scheduled} sent or cancelled.`;
  const body: CardElement[] = [
    ...heading('Broadcasts', 'Meeting reminders, paper deadlines and action chasers'),
    ...banner(note, 'good'),
    ...(items.length === 0 ? [text('Nothing scheduled or sent yet.', { isSubtle: true })] : []),
    ...items.slice(0, 20).map((i): CardElement => ({
      type: 'Container',
      separator: true,
      items: [
        text(truncate(i.title, 200), { weight: 'Bolder' }),
        text(
          `${STATUS_WORDS[i.status]} · ${i.when} · ${i.targets} target${i.targets === 1 ? '' : 's'}${i.delivered !== null ? ` · ${i.delivered} delivered` : ''}${i.failed ? ` · ${i.failed} failed` : ''}`,
          { size: 'Small', spacing: 'None', color: i.failed ? 'Attention' : 'Default' },
        ),
        ...(i.status === 'scheduled'
          ? [
              {
                type: 'ActionSet' as const,
                actions: [
                  execute(
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
        execute('Send a reminder', VERBS.composeBroadcast, {}, { associatedInputs: 'none' }),
        execute('New meeting', VERBS.newMeeting, {}, { associatedInputs: 'none' }),
      ],
    }),
    summary,
  };
}
