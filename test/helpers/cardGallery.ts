import type { View } from '../../cards';
import type { Action } from '../../src/domain';
import { londonToday } from '../../src/domain/dates';
import { answer } from '../../src/questions/answer';
import { composeSearch, SEARCH_COMMANDS } from '../../src/questions/compose';
import { ActionIndexCache, referenceIndexOf } from '../../src/questions/search';
import { understand } from '../../src/questions/understand';
import { agendaInputId, blankRow, rowsOf } from '../../src/reminders/agendaEditor';
import { actionView, historyViews, meetingView } from '../../src/shared/views';
import { bundledReferenceData } from './dataset';
import { datasetStore } from './datasetStore';
import { progressViewOf } from './views';

/**
 * One of every card Board Clerk draws, from the bundled dataset and hand-made views in every state
 * (banners, errors, conflicts, every delivery state): for checks that must hold on all of them.
 */
export const GALLERY_NOW = new Date('2026-11-23T10:00:00Z');
const DOCA = '00000000-0000-4000-8000-000000000027';

const QUESTIONS = [
  'what is BAF 1 score?',
  'tell me everything about LPT BAF 3',
  'show the LPT BAF heat map',
  'show the group BAF heat map',
  'which risks are above appetite?',
  'my overdue actions',
  'history of Well-Led FTSU 5',
  'agenda for 29 January 2026',
  'what did the board resolve at GTB/25/15?',
  'strategy progress',
  'data quality flags',
  'help',
  'matters arising',
  'xyzzy',
];

export async function cardGallery(): Promise<[string, View][]> {
  const data = await bundledReferenceData();
  // FTSU 6 waits for the secretary; FTSU 7 was returned with a reason.
  const store = await datasetStore((a: Action) =>
    a.id === 'act-wl-ftsu-6'
      ? { ...a, status: 'proposed-for-closure', deliveryStatus: 'delivered' }
      : a.id === 'act-wl-ftsu-7'
        ? { ...a, deliveryStatus: 'some-issues' }
        : a,
  );
  const asker = data.people.find((p) => p.aadObjectId === DOCA)!;
  const today = londonToday(GALLERY_NOW);
  const ctx = {
    store,
    data,
    asker,
    askerAadObjectId: DOCA,
    organisationId: null,
    now: GALLERY_NOW,
    today,
    passages: referenceIndexOf(data),
    actionPassages: async () =>
      new ActionIndexCache().indexOf((await store.findActions({})).map((a) => a.value)),
  };
  const out: [string, View][] = [];
  for (const q of QUESTIONS)
    out.push([
      q,
      await answer(understand(q, { vocabulary: data.vocabulary, now: GALLERY_NOW }), ctx, q),
    ]);
  const read = (q: string) => understand(q, { vocabulary: data.vocabulary, now: GALLERY_NOW });
  for (const command of SEARCH_COMMANDS)
    for (const result of (await composeSearch(ctx, read, command, '')).slice(0, 2))
      out.push([
        `search result: ${result.ask}`,
        { ...result, openUrl: 'https://teams.microsoft.com/l/chat/0/0?users=28:bot' },
      ]);
  const actions = (await store.findActions({ roleIds: asker.roleIds })).map((s) => s.value);
  const views = actions.map((a) => actionView(data, a, today, true));
  const ftsu5 = actions.find((a) => a.id === 'act-wl-ftsu-5')!;
  const progress = (over: Parameters<typeof progressViewOf>[0]) =>
    progressViewOf({ action: actionView(data, ftsu5, today, true), ...over });
  out.push(
    ['progress: a fresh card', progress({})],
    ['progress: saved', progress({ banner: { kind: 'saved', text: 'Saved by Yusuf Ali.' } })],
    [
      'progress: errors',
      progress({
        banner: { kind: 'error', text: 'Please correct the highlighted fields.' },
        errors: { note: 'Add a progress note.', revisedDueReason: 'Say why.' },
      }),
    ],
    [
      'progress: conflict',
      progress({ banner: { kind: 'conflict', text: 'Not saved: someone updated it.' } }),
    ],
    [
      'progress: a secretary decides',
      progressViewOf({
        action: actionView(data, { ...ftsu5, status: 'proposed-for-closure' }, today, true, true),
        canDecideClosure: true,
        banner: { kind: 'info', text: 'Yusuf Ali proposes this action for closure.' },
        history: historyViews(ftsu5),
      }),
    ],
    [
      'digest',
      {
        kind: 'action-digest',
        personName: asker.name,
        overdue: views.filter((v) => v.daysOverdue),
        dueSoon: views.slice(0, 2),
        awaitingDecision: views.filter((v) => v.status === 'proposed-for-closure'),
        horizon: '14 days',
      },
    ],
    [
      'overdue summary',
      {
        kind: 'overdue-summary',
        asOf: '23 November 2026',
        overdue: views.filter((v) => v.daysOverdue),
        awaitingDecision: views.filter((v) => v.status === 'proposed-for-closure'),
        unreachable: [{ name: 'Chair', reason: 'not linked to a Teams account', actions: 2 }],
      },
    ],
    [
      'delivery report',
      {
        kind: 'delivery-report',
        title: 'Reminder: Group Trust Board',
        when: 'Sent from 23 November 2026 at 10.00am',
        status: 'running',
        rows: (['pending', 'sending', 'delivered', 'retrying', 'failed'] as const).map((state) => ({
          label: `Target ${state}`,
          state,
          detail: state === 'failed' ? 'Teams refused: 403' : null,
        })),
      },
    ],
    [
      'broadcast list',
      {
        kind: 'broadcast-list',
        note: 'Cancelled: Reminder.',
        items: [
          {
            jobId: 'a',
            title: 'A',
            when: 'x',
            status: 'completed',
            targets: 1,
            to: 'Group Trust Board › Board papers',
            delivered: 0,
            failed: 1,
          },
          {
            jobId: 'b',
            title: 'B',
            when: 'x',
            status: 'scheduled',
            targets: 2,
            to: 'Group Trust Board › Board papers; Yusuf Ali (personal chat)',
            delivered: null,
            failed: null,
          },
        ],
      },
    ],
    [
      'meeting reminder',
      {
        kind: 'meeting-reminder',
        headline: 'One week to go',
        meeting: meetingView(data, data.meetings[0]!),
        mattersArising: views.slice(0, 3),
      },
    ],
    [
      'meeting form after a stale save',
      {
        kind: 'meeting-form',
        meetingId: data.meetings[0]!.id,
        etag: '"2"',
        bodies: ['Group Trust Board'],
        values: { body: 'Group Trust Board', date: '2027-01-28', time: '13:00' },
        errors: {
          form: 'Not saved: this meeting was changed after you opened it.',
          date: 'Enter a real date.',
        },
        latest: meetingView(data, data.meetings[0]!),
        note: null,
      },
    ],
    [
      'meeting form moved by "move the board to 8 April"',
      {
        kind: 'meeting-form',
        meetingId: data.meetings[0]!.id,
        etag: '"2"',
        bodies: ['Group Trust Board'],
        values: {
          body: 'Group Trust Board',
          date: '2027-04-08',
          time: '13:00',
          paperDeadlineDate: '2027-04-01',
          paperDeadlineTime: '12:00',
        },
        errors: {},
        latest: null,
        note: 'Moved to Thursday 8 April 2027 in this form, with the paper deadline on Thursday 1 April 2027: nothing changes until you press Save.',
      },
    ],
    [
      'meeting choice',
      {
        kind: 'meeting-choice',
        note: null,
        moveTo: null,
        meetings: [{ title: 'Group Trust Board (public), 28 January 2027 at 1.00pm', value: 'm' }],
      },
    ],
    [
      'meeting choice to move one',
      {
        kind: 'meeting-choice',
        note: null,
        moveTo: { date: '2027-04-08', words: 'Thursday 8 April 2027' },
        meetings: [
          { title: 'Group Trust Board (public), 25 March 2027 at 1.00pm', value: 'm' },
          { title: 'Group Trust Board (private), 25 March 2027 at 3.00pm', value: 'p' },
        ],
      },
    ],
    [
      'agenda editor after a stale save',
      {
        kind: 'agenda-form',
        meeting: meetingView(data, data.meetings[0]!),
        etag: '"3"',
        rows: [...rowsOf(data.meetings[0]!.agenda), blankRow(data.meetings[0]!.agenda.length + 1)],
        errors: {
          form: 'Not saved: changed.',
          [agendaInputId(0, 'title')]: 'Give the item a title.',
        },
        stale: true,
      },
    ],
    [
      'compose with errors',
      {
        kind: 'compose',
        submissionId: 'sub-00000001',
        meetings: [{ title: 'Group Trust Board, 28 January 2027 at 1.00pm', value: 'm' }],
        targets: [{ title: 'Group Trust Board › Board papers', value: 't' }],
        values: {},
        errors: { targets: 'Choose at least one chat or channel.' },
        scheduleDescription: '7 days and 1 day before the meeting at 09:00, UK time',
      },
    ],
    [
      'preview of a reminder on a Saturday, to a group chat',
      {
        kind: 'preview',
        reminder: {
          kind: 'meeting-reminder',
          headline: 'One week to go',
          meeting: meetingView(data, data.meetings[0]!),
          mattersArising: views.slice(0, 2),
        },
        privateLeftOut: 1,
        targets: ['Board members'],
        when: '13 March 2027 at 9.00am',
        whenNote:
          'Saturday 13 March 2027 is a weekend, not a working day: the reminder still goes then unless you change it.',
        sharedVersion: true,
        values: { meetingId: 'm', targets: 't', when: 'at' },
      },
    ],
    ['refusal', { kind: 'refusal', what: 'create or edit meetings' }],
    [
      'personal only',
      { kind: 'personal-only', what: 'secretary tools', sentToPersonalChat: false },
    ],
  );
  return out;
}
