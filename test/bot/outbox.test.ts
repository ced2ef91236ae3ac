import assert from 'node:assert/strict';
import type { View } from '../../cards';
import { draw, drawReplies, drawSearchResult, MAX_CARD_BYTES } from '../../src/bot/outbox';
import { loadDataset } from '../../src/dataset/bundled';
import type { Action, Meeting } from '../../src/domain';
import type { SearchResultView } from '../../src/questions';
import { withoutPrivate } from '../../src/shared/privacy';
import type { ReferenceData } from '../../src/shared/referenceData';
import { actionView, historyViews, meetingView } from '../../src/shared/views';
import { visibleText } from '../helpers/botClient';
import { bundledReferenceData } from '../helpers/dataset';
import { validateCard } from '../helpers/validateCard';

/** The outbox: the Part II rule applied once, for every view, by audience; cards kept within size. */
const CHANNEL = { shared: true, boardMember: true };
const MEMBER_PRIVATE = { shared: false, boardMember: true };
const STRANGER_PRIVATE = { shared: false, boardMember: false };

function meeting(part: 'public' | 'private'): Meeting {
  return {
    id: `mtg-test-${part}`,
    organisationId: 'lpt-nhft-group',
    kind: 'meeting',
    body: 'Group Trust Board',
    title: `Group Trust Board (${part}), 1 April 2027`,
    startsAt: '2027-04-01T13:00:00.000Z',
    printedDate: '1 April 2027 at 2pm',
    part,
    location: 'Microsoft Teams',
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/secret-link',
    agenda: [
      {
        order: 1,
        section: 'Standing items',
        title: 'Apologies for absence',
        type: 'Verbal',
        lead: 'Chair',
        part: 'public',
        asRequired: false,
      },
      {
        order: 2,
        section: 'Private business',
        title: 'Chief Executive appraisal',
        type: 'Paper',
        lead: 'Chair',
        part: 'private',
        asRequired: false,
      },
    ],
    source: { documentId: 'src-board-clerk', section: 'Test meeting' },
    dataQuality: [],
  };
}

function text(view: View, audience: typeof CHANNEL): string {
  const built = draw(view, audience);
  validateCard(built.card);
  return visibleText(built.card) + '\n' + JSON.stringify(built.card);
}

describe('the outbox: private business never reaches a shared conversation', () => {
  let data: ReferenceData;
  before(async () => (data = await bundledReferenceData()));

  const meetingAnswer = (m: Meeting): View => ({
    kind: 'meeting',
    mode: 'agenda',
    meeting: meetingView(data, m),
    notes: [],
  });

  it("leaves a private meeting's agenda and join link out of a channel, and says so", () => {
    const shown = text(meetingAnswer(meeting('private')), CHANNEL);
    assert.doesNotMatch(shown, /secret-link/);
    assert.doesNotMatch(shown, /Apologies for absence|Chief Executive appraisal/);
    assert.match(shown, /3 private items .* not shown here\. Ask me in a personal chat/);
    assert.match(shown, /This is a private meeting: its agenda is shared with members directly/);
    assert.match(shown, /1 April 2027/, 'the meeting itself is named');
  });

  it('leaves only the private items of a public meeting out of a channel', () => {
    const shown = text(meetingAnswer(meeting('public')), CHANNEL);
    assert.match(shown, /secret-link/, 'a public meeting keeps its join link');
    assert.match(shown, /Apologies for absence/);
    assert.doesNotMatch(shown, /Chief Executive appraisal/);
  });

  it('shows everything to a board member in a personal chat', () => {
    const shown = text(meetingAnswer(meeting('private')), MEMBER_PRIVATE);
    assert.match(shown, /secret-link/);
    assert.match(shown, /Chief Executive appraisal/);
    assert.doesNotMatch(shown, /not shown/);
  });

  it('shows private business to nobody outside the directory, even in a personal chat', () => {
    const shown = text(meetingAnswer(meeting('private')), STRANGER_PRIVATE);
    assert.doesNotMatch(shown, /Chief Executive appraisal|secret-link/);
    assert.match(shown, /shown only to board members and secretaries/);
  });

  it('keeps progress notes out of shared conversations, in lists and on the progress card', async () => {
    const { records } = await loadDataset();
    const first = records.find((r): r is Action => r.kind === 'action')!;
    const note = 'Working note: the FTSU guardian has raised a concern about the deadline.';
    const action: Action = {
      ...first,
      progress: [...first.progress, { by: { name: 'Owner' }, note, deliveryStatus: 'some-issues' }],
    };
    const view = actionView(data, action, '2026-11-24', false);
    const list: View = {
      kind: 'action-list',
      title: 'Actions',
      description: 'Open actions',
      actions: [view],
      total: 1,
      firstShown: 1,
      notes: [],
      nextPage: null,
      previousPage: null,
      firstPage: null,
      question: 'actions',
    };
    const excerpt = note.slice(0, 40);
    assert.ok(text(list, MEMBER_PRIVATE).includes(excerpt), 'a member sees the note');
    assert.ok(!text(list, CHANNEL).includes(excerpt), 'a channel does not');
    const progress: View = {
      kind: 'progress',
      action: view,
      recentNotes: [{ note, by: 'Owner', when: null, status: null, private: true }],
      notesKept: 1,
      newerNotesKept: 1,
      history: null,
      editable: false,
      readOnlyReason: 'Only the leads can update it.',
      typed: null,
      errors: {},
      banner: null,
      refreshUserIds: [],
      submissionId: 'sub-00000001',
      canDecideClosure: false,
      back: null,
    };
    assert.ok(!text(progress, CHANNEL).includes(excerpt));
    // The shared copy says notes exist and where to read them, never that there are none.
    assert.ok(!text(progress, CHANNEL).includes('No progress reported yet'));
    assert.ok(text(progress, CHANNEL).includes('1 progress note is kept for board members'));
    // An older note the paper printed is shown, but not as the latest when a newer one is kept back.
    const printed = { note: 'Ongoing', by: 'Group BAF', when: null, status: null, private: false };
    const both: View = { ...progress, recentNotes: [...progress.recentNotes, printed] };
    const shared = text(both, CHANNEL);
    assert.ok(shared.includes('1 newer progress note is kept for board members'), shared);
    assert.ok(!shared.includes('Latest progress'), shared);
    assert.ok(text(both, MEMBER_PRIVATE).includes('Latest progress'));
    assert.ok(!text(both, MEMBER_PRIVATE).includes('newer progress note'));
  });

  it('keeps progress notes and reasons for a new date out of an action’s history in shared conversations', async () => {
    const { records } = await loadDataset();
    const first = records.find((r): r is Action => r.kind === 'action')!;
    const at = '2026-12-03T04:32:00.000Z';
    const note = 'Trend analysis of Q2 concerns completed; pathway redesign drafted.';
    const reason = 'Awaiting the People Committee date in December.';
    const action: Action = {
      ...first,
      revisedDue: { iso: '2026-12-31', reason, setBy: { name: 'Owner' }, setAt: at },
      history: [
        ...first.history,
        {
          at,
          by: { name: 'Owner' },
          event: 'progress-update',
          changes: [{ field: 'due date', from: '31 May 2025', to: '31 December 2026' }],
          note,
        },
      ],
    };
    const history: View = {
      kind: 'action',
      action: actionView(data, action, '2026-12-03', false),
      history: historyViews(action),
      notes: [],
    };
    const member = text(history, MEMBER_PRIVATE);
    assert.ok(member.includes(note.slice(0, 40)) && member.includes(reason), 'a member sees both');
    const channel = text(history, CHANNEL);
    assert.ok(!channel.includes(note.slice(0, 40)), 'a channel does not see the note');
    assert.ok(!channel.includes(reason), 'nor the reason');
    assert.ok(channel.includes('31 December 2026'), 'the change itself is shown');
    assert.ok(/private items? \(private business or progress notes\)/.test(channel));
  });

  it('counts one progress note once where a card shows it twice (as the latest and in the history)', async () => {
    const { records } = await loadDataset();
    const first = records.find((r): r is Action => r.kind === 'action')!;
    const at = '2026-12-03T04:32:00.000Z';
    const note = 'Pathway redesign drafted; to the People Committee in January.';
    const action: Action = {
      ...first,
      progress: [
        ...first.progress.filter((p) => p.published),
        { note, by: { name: 'Owner' }, at, deliveryStatus: 'on-track' },
      ],
      history: [
        ...first.history,
        { at, by: { name: 'Owner' }, event: 'progress-update', changes: [], note },
      ],
    };
    const history: View = {
      kind: 'action',
      action: actionView(data, action, '2026-12-03', false),
      history: historyViews(action),
      notes: [],
    };
    const channel = text(history, CHANNEL);
    assert.ok(!channel.includes(note.slice(0, 30)), 'the note is not shown');
    assert.match(
      channel,
      /1 private item \(private business or progress notes\) is not shown here/,
    );
  });

  it('does not show at all a view that is private as a whole', () => {
    const item: View = {
      kind: 'minute-item',
      private: true,
      item: {
        private: true,
        reference: 'GTB/25/99',
        title: 'Confidential matter',
        summary: 'Secret summary',
        resolution: null,
        meeting: 'Group Trust Board, 1 April 2027',
        source: { document: 'Minutes', section: 'GTB/25/99', date: null },
      },
      notes: [],
    };
    const shown = text(item, CHANNEL);
    assert.doesNotMatch(shown, /Confidential matter|Secret summary/);
    assert.match(shown, /That is private business/);
  });

  it('keeps every card within what Teams accepts, however long the text', () => {
    const answer: View = {
      kind: 'message',
      title: 'A long note',
      text: 'word '.repeat(20_000),
      suggestions: [],
    };
    const built = draw(answer, MEMBER_PRIVATE);
    assert.ok(Buffer.byteLength(JSON.stringify(built.card)) <= MAX_CARD_BYTES);
    validateCard(built.card);
  });

  it('shows the first of two answers, and says so, when both together are too long for Teams', () => {
    const long = meeting('public');
    long.agenda = Array.from({ length: 400 }, (_, i) => ({
      ...long.agenda[0]!,
      order: i + 1,
      title: `Agenda item ${i + 1} ${'with a long printed title '.repeat(12)}`,
    }));
    const first: View = {
      kind: 'message',
      title: 'The first answer',
      text: 'Short and complete.',
      suggestions: [],
    };
    const both = { kind: 'two-answers', answers: [first, meetingAnswer(long)] } as View;
    const built = draw(both, MEMBER_PRIVATE);
    validateCard(built.card);
    const shown = visibleText(built.card);
    assert.ok(Buffer.byteLength(JSON.stringify(built.card)) <= MAX_CARD_BYTES);
    assert.match(shown, /The first answer/);
    assert.match(shown, /Short and complete\./);
    assert.match(shown, /both answers together are too long for Teams: ask the second on its own/);
    assert.doesNotMatch(shown, /Agenda item 1 /);
  });

  it('sends a message’s two answers as a card each, each drawn for its audience', () => {
    const agendaOf = (part: 'public' | 'private', items: number) => {
      const m = meeting(part);
      m.agenda = Array.from({ length: items }, (_, i) => ({
        ...m.agenda[0]!,
        order: i + 1,
        title: `Agenda item ${i + 1} of the ${part} meeting ${'with a long printed title '.repeat(6)}`,
      }));
      return m;
    };
    const both = {
      kind: 'two-answers',
      answers: [meetingAnswer(agendaOf('public', 40)), meetingAnswer(agendaOf('private', 40))],
    } as View;
    const cards = drawReplies(both, MEMBER_PRIVATE);
    assert.equal(cards.length, 2);
    for (const built of cards) {
      validateCard(built.card);
      assert.ok(Buffer.byteLength(JSON.stringify(built.card)) <= MAX_CARD_BYTES);
    }
    assert.match(visibleText(cards[0]!.card), /Agenda item 40 of the public/);
    assert.match(visibleText(cards[1]!.card), /Agenda item 40 of the private/);
    // In a channel the private agenda is left out of its card.
    const shared = drawReplies(both, CHANNEL).map((c) => visibleText(c.card));
    assert.equal(shared.length, 2);
    assert.match(shared[0]!, /Agenda item 40 of the public/);
    assert.doesNotMatch(shared.join('\n'), /of the private meeting/);
  });

  it('shows what people typed as text, never as markdown (links, bold)', () => {
    const typed = '**Urgent** see [the portal](https://evil.example/login)';
    const built = draw(
      { kind: 'message', title: 'A note', text: typed, suggestions: [] },
      MEMBER_PRIVATE,
    );
    validateCard(built.card);
    const json = JSON.stringify(built.card);
    const blocks = JSON.parse(json, (_k, v: unknown) => v) as {
      body: { type: string; inlines?: { type: string; text: string }[] }[];
    };
    const runs = blocks.body.flatMap((e) => e.inlines ?? []);
    assert.ok(
      runs.some((r) => r.type === 'TextRun' && r.text === typed),
      'kept whole, in a TextRun',
    );
    assert.ok(
      !blocks.body.some((e) => e.type === 'TextBlock' && JSON.stringify(e).includes('**Urgent**')),
      'never in a markdown TextBlock',
    );
  });

  it('finds private parts however deep a view nests them', () => {
    const nested = {
      kind: 'x',
      list: [{ a: 1, private: true }, { b: { c: [{ private: true }, { d: 2 }] } }],
      link: { url: 'u', private: true },
      keep: { private: false, e: 3 },
    };
    const { view, leftOut } = withoutPrivate(nested);
    assert.equal(leftOut, 3);
    assert.deepEqual(view, {
      kind: 'x',
      list: [{ b: { c: [{ d: 2 }] } }],
      link: null,
      keep: { private: false, e: 3 },
    });
  });

  describe('a search result shared from the compose box', () => {
    const result = (m: Meeting): SearchResultView => ({
      kind: 'search-result',
      type: 'meeting',
      ask: 'Group Trust Board agenda 1 April 2027',
      openUrl: 'https://teams.microsoft.com/l/chat/0/0?users=28:bot&message=x',
      meeting: meetingView(data, m),
    });
    const shown = (drawn: ReturnType<typeof drawSearchResult>) => {
      assert.ok(drawn);
      validateCard(drawn.built.card);
      return `${visibleText(drawn.built.card)}\n${JSON.stringify(drawn.built.card)}\n${JSON.stringify(drawn.preview)}`;
    };

    it('draws the card and its preview without private business for a shared conversation', () => {
      const drawn = shown(drawSearchResult(result(meeting('private')), CHANNEL));
      assert.doesNotMatch(drawn, /secret-link|Apologies for absence|Chief Executive appraisal/);
      assert.match(drawn, /A private meeting: its agenda goes to members directly/);
      assert.match(drawn, /3 private items .* left out of shared cards\. Open in Board Clerk/);
      assert.match(drawn, /Open in Board Clerk/);
    });

    it('draws a public meeting with its public items and join link, and never a private item', () => {
      const drawn = shown(drawSearchResult(result(meeting('public')), CHANNEL));
      assert.match(drawn, /secret-link/);
      assert.match(drawn, /Apologies for absence/);
      assert.doesNotMatch(drawn, /Chief Executive appraisal/);
      const preview = drawSearchResult(result(meeting('public')), CHANNEL)!.preview;
      assert.match(preview.text, /1 agenda item$/, 'the preview counts what the card shows');
    });

    it('offers nothing of a result that is private as a whole', () => {
      const item: SearchResultView = {
        kind: 'search-result',
        type: 'minute',
        ask: 'GTB/25/99',
        openUrl: null,
        private: true,
        item: {
          private: true,
          reference: 'GTB/25/99',
          title: 'Chief Executive appraisal',
          summary: 'Confidential.',
          resolution: null,
          meeting: 'Group Trust Board, 1 April 2027',
          source: { document: 'Minutes', section: 'GTB/25/99', date: null },
        },
      };
      assert.equal(drawSearchResult(item, CHANNEL), null);
      assert.equal(drawSearchResult(item, STRANGER_PRIVATE), null);
      assert.ok(drawSearchResult(item, MEMBER_PRIVATE));
    });
  });
});
