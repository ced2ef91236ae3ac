import type { Answer } from '../src/questions/answers';
import type { MinuteItemView } from '../src/shared/viewTypes';
import type { BuiltCard, CardElement, Table, TableRow } from './adaptiveCard';
import { actionListItems } from './actionCards';
import { button, VERBS } from './verbs';
import {
  adaptiveCard,
  citation,
  facts,
  flagsBlock,
  heading,
  notesBlock,
  subheading,
  text,
  truncate,
} from './parts';
import type { MeetingView } from '../src/shared/viewTypes';

/** Meetings and agendas, minutes and resolutions, and the matters-arising sheet. */

export function agendaTable(meeting: MeetingView): CardElement[] {
  if (meeting.agenda.length === 0)
    return [
      text(
        meeting.part === 'private'
          ? 'This is a private meeting: its agenda is shared with members directly.'
          : 'No agenda items yet.',
        { isSubtle: true },
      ),
    ];
  // Three columns, so no word is broken at laptop width: the item's type sits under its title.
  const rows: TableRow[] = [
    {
      type: 'TableRow',
      cells: ['No.', 'Item', 'Lead'].map((h) => ({
        type: 'TableCell' as const,
        items: [text(h, { weight: 'Bolder', size: 'Small' })],
      })),
    },
  ];
  let section = '';
  for (const item of meeting.agenda) {
    if (item.section !== section) {
      section = item.section;
      rows.push({
        type: 'TableRow',
        style: 'emphasis',
        cells: [
          { type: 'TableCell', items: [text('', { size: 'Small' })] },
          { type: 'TableCell', items: [text(section, { weight: 'Bolder', size: 'Small' })] },
          { type: 'TableCell', items: [] },
        ],
      });
    }
    rows.push({
      type: 'TableRow',
      cells: [
        { type: 'TableCell', items: [text(String(item.order), { size: 'Small' })] },
        {
          type: 'TableCell',
          items: [
            text(`${truncate(item.title, 160)}${item.asRequired ? ' (as required)' : ''}`, {
              size: 'Small',
            }),
            ...(item.type
              ? [text(item.type, { size: 'Small', isSubtle: true, spacing: 'None' })]
              : []),
            // (Shown only where private business may be: marked, so no one reads it out in public.)
            ...(item.private
              ? [
                  text('Part II: private business', {
                    size: 'Small',
                    weight: 'Bolder',
                    color: 'Attention',
                    spacing: 'None',
                  }),
                ]
              : []),
          ],
        },
        { type: 'TableCell', items: [text(item.lead ?? '', { size: 'Small' })] },
      ],
    });
  }
  const table: Table = {
    type: 'Table',
    columns: [{ width: '44px' }, { width: 3 }, { width: 2 }],
    rows,
    firstRowAsHeader: true,
    showGridLines: false,
    spacing: 'Small',
  };
  return [table];
}

export function meetingFacts(m: MeetingView): CardElement {
  return facts([
    ['When', m.when],
    ['Where', m.location],
    ['Part', m.part === 'public' ? 'Public' : 'Private'],
    ['Papers due', m.paperDeadline],
    ['Note', m.note],
  ]);
}

const MEETING_LABEL: Readonly<Record<Extract<Answer, { kind: 'meeting' }>['mode'], string>> = {
  agenda: 'Agenda',
  next: 'Next meeting',
  last: 'Last meeting',
  first: 'First meeting',
};

export function meetingCard(answer: Extract<Answer, { kind: 'meeting' }>): BuiltCard {
  const m = answer.meeting;
  if (!m) {
    const summary = answer.notes.join(' ') || 'No meeting found.';
    return {
      card: adaptiveCard([...heading('Meetings'), ...notesBlock(answer.notes)], summary),
      summary,
    };
  }
  const label = MEETING_LABEL[answer.mode];
  const picked = answer.picked ? pickedItem(m, answer.picked) : null;
  // (The item asked about is the answer: said first in the chat summary too.)
  const summary = `${picked ? `${picked} ` : ''}${label}: ${m.body}, ${m.when}, ${m.location}.${answer.mode === 'agenda' ? ` ${m.agenda.length} agenda items.` : ''}${answer.notes[0] ? ` ${answer.notes[0]}` : ''}`;
  const body: CardElement[] = [
    ...heading(`${label}: ${m.body}`, m.title),
    ...(picked ? [text(picked, { weight: 'Bolder', spacing: 'Small' })] : []),
    // (What the notes say changes the answer: no later meeting, the agenda as planned. Not greyed.)
    ...notesBlock(answer.notes, { subtle: false }),
    meetingFacts(m),
    ...flagsBlock(m.flags),
    ...(answer.mode === 'agenda' || answer.mode === 'next'
      ? [subheading('Agenda'), ...agendaTable(m)]
      : []),
    citation(m.source),
  ];
  const actions = [
    ...(m.join
      ? [{ type: 'Action.OpenUrl' as const, title: 'Join the meeting', url: m.join.url }]
      : []),
    ...(answer.editable
      ? [button('Edit agenda', VERBS.editAgenda, { meetingId: m.id }, { associatedInputs: 'none' })]
      : []),
  ];
  return { card: adaptiveCard(body, summary, { actions, fullWidth: true }), summary };
}

/** Agenda items asked about by their place: one, several by number, or the last few. */
type AgendaPick = NonNullable<Extract<Answer, { kind: 'meeting' }>['picked']>;

/**
 * The agenda items asked about by their place, each said in a sentence: "Item 1, Apologies/Welcome
 * (Verbal). Lead: Chair." Drawn from the agenda as shown, so an item left out here (private business
 * in a shared chat) is not named, nor said to be missing.
 */
function pickedItem(m: MeetingView, pick: AgendaPick): string {
  const items = [...m.agenda].sort((a, b) => a.order - b.order);
  // (Where private business is shown at all, a private item says so, as the agenda table does.)
  const said = (item: (typeof items)[number]) =>
    `Item ${item.order}, ${item.title}${item.type ? ` (${item.type})` : ''}${item.private ? ', Part II: private business' : ''}. Lead: ${item.lead ?? 'none named on the agenda'}.`;
  if (typeof pick === 'object' && !Array.isArray(pick))
    return items.length
      ? items.slice(-pick.last).map(said).join(' ')
      : 'The agenda as shown here has no items.';
  const places = Array.isArray(pick) ? pick : [pick];
  return places
    .map((place) => {
      const item = place === 'last' ? items.at(-1) : items.find((i) => i.order === place);
      return item
        ? said(item)
        : place === 'last'
          ? 'The agenda as shown here has no items.'
          : // (Neither "no such item" nor "a private one": private business is not shown here.)
            `Item ${place} is not on the agenda as shown here.`;
    })
    .join(' ');
}

function minuteItemElements(item: MinuteItemView, full: boolean): CardElement[] {
  return [
    text(`${item.reference} ${item.title}`, { weight: 'Bolder', spacing: 'Medium' }),
    ...(full ? [text(truncate(item.summary, 1500), { spacing: 'Small' })] : []),
    item.resolution
      ? text(`RESOLVED: ${item.resolution}`, {
          spacing: 'Small',
          weight: 'Bolder',
          color: 'Accent',
        })
      : text('No resolution was recorded.', { spacing: 'Small', isSubtle: true }),
  ];
}

export function minuteItemCard(answer: Extract<Answer, { kind: 'minute-item' }>): BuiltCard {
  const item = answer.item;
  const summary = `${answer.notes.length ? `${answer.notes.join(' ')} ` : ''}${item.reference} ${item.title} (${item.meeting}): ${item.resolution ? `resolved ${item.resolution}` : 'no resolution was recorded.'}`;
  // The notes answer the question asked of the item ("who presented it"): first, before the minute.
  const body = [
    ...heading(`${item.reference}: ${item.title}`, item.meeting),
    ...notesBlock(answer.notes, { subtle: false }),
    ...minuteItemElements(item, true).slice(1),
    citation(item.source),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

export function resolutionsCard(answer: Extract<Answer, { kind: 'resolutions' }>): BuiltCard {
  const summary = `Resolutions of the ${answer.meeting}: ${answer.items.map((i) => `${i.reference} ${i.resolution}`).join(' ')}`;
  const body: CardElement[] = [
    ...heading('What the board resolved', answer.meeting),
    ...notesBlock(answer.notes),
    ...(answer.items.length
      ? answer.items.flatMap((i) => minuteItemElements(i, false))
      : [text('No resolutions were recorded.', { isSubtle: true })]),
    citation(answer.source),
  ];
  return { card: adaptiveCard(body, truncate(summary, 600)), summary: truncate(summary, 600) };
}

export function mattersArisingCard(
  answer: Extract<Answer, { kind: 'matters-arising' }>,
): BuiltCard {
  const open = answer.actions.filter((a) => a.status !== 'closed').length;
  const summary = `Matters arising (${answer.meeting}): ${answer.sheetNotes.join(' ') || `${open} open actions`}.`;
  const body: CardElement[] = [
    ...heading('Matters arising', answer.meeting),
    ...answer.sheetNotes.map((n) => text(n, { spacing: 'Small' })),
    ...(answer.actions.length
      ? [subheading('Actions on the log'), ...actionListItems(answer.actions, { compact: true })]
      : []),
    ...notesBlock(answer.notes),
    citation(answer.source),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const MEETING_CARDS = {
  meeting: meetingCard,
  'minute-item': minuteItemCard,
  resolutions: resolutionsCard,
  'matters-arising': mattersArisingCard,
};
