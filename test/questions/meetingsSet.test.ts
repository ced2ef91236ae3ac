import assert from 'node:assert/strict';
import { draw } from '../../src/bot/outbox';
import type { Meeting } from '../../src/domain';
import { loadDataset } from '../../src/dataset/bundled';
import { seedDataset } from '../../src/dataset/seed';
import { silentLogger } from '../../src/log';
import { createQuestions, type Questions } from '../../src/questions';
import { openReadModel } from '../../src/shared/readModel';
import { MemoryStore } from '../../src/store/memoryStore';
import { visibleText } from '../helpers/botClient';
import { privateMeeting, questionRequest, SECRET_OF_PRIVATE_MEETING } from '../helpers/fixtures';

/**
 * One conversation on 2 December 2026, in a personal chat or a channel: each message asked there in
 * turn, and its card's text as that audience sees it.
 */
function conversation(questions: () => Questions, where: 'personal' | 'channel', key: string) {
  const r = { ...questionRequest(where, key), now: new Date('2026-12-02T10:00:00Z') };
  return async (text: string) => {
    const q = questions();
    const answer = await q.answer(r, await q.read(r, text), text);
    return visibleText(draw(answer, { shared: where === 'channel', boardMember: true }).card);
  };
}

/** Board Clerk's questions over the bundled papers and these meetings set up by the secretary. */
async function questionsWith(...meetings: Meeting[]): Promise<Questions> {
  const memory = new MemoryStore();
  await seedDataset(memory, await loadDataset(), silentLogger);
  for (const meeting of meetings) await memory.create(meeting);
  const { store, referenceData } = await openReadModel(memory, { log: silentLogger });
  return createQuestions({ store, referenceData });
}

/** A board named by its month alone ("the jan board") when that month has meetings in two years. */
describe('a meeting named by its month alone', () => {
  let questions: Questions;
  const ask = (text: string) =>
    conversation(() => questions, 'personal', `chat-month-${Math.random()}`)(text);

  before(async () => {
    // The secretary has set next January's board, public, as well as the one held last January.
    questions = await questionsWith({
      ...privateMeeting,
      id: 'mtg-next-january',
      part: 'public',
      title: 'Group Trust Board (public), 28 January 2027',
    });
  });

  it('is the one nearest today: in December, "the jan board" is next month’s', async () => {
    for (const q of ["what's on the jan board agenda", 'when is the january board?']) {
      const shown = await ask(q);
      assert.match(shown, /28 January 2027/, q);
      assert.doesNotMatch(shown, /29 January 2026/, q);
    }
  });

  it('answers "whats on 28 jan 2027" and "what meetings are coming up" with that meeting', async () => {
    for (const q of [
      'whats on 28 jan 2027',
      "what's on 28 January?",
      'what meetings are coming up',
    ]) {
      assert.match(await ask(q), /Group Trust Board \(public\), 28 January 2027/, q);
    }
  });

  it('is still the one on record when that month has only one ("the september board")', async () => {
    assert.match(await ask('agenda for the sept board'), /25 September 2025/);
  });

  it('follows a meeting with "and the one after that?" or "the one before?"', async () => {
    const thread = conversation(() => questions, 'personal', 'chat-month-beside');
    await thread('whats on 29 jan 2026');
    assert.match(await thread('and after that?'), /Group Trust Board \(public\), 28 January 2027/);
    assert.match(
      await thread('and the one before?'),
      /Group Trust Board \(public\), 29 January 2026/,
    );
    // Asked on its own, of a meeting named by its date.
    assert.match(
      await ask('what came after the september 2025 board'),
      /Group Trust Board \(public\), 29 January 2026/,
    );
    assert.match(
      await ask('the meeting before the jan 2027 board'),
      /Group Trust Board \(public\), 29 January 2026/,
    );
    await thread('agenda for the september 2025 board');
    const next = await thread('and the one after that?');
    assert.match(next, /^Agenda: Group Trust Board\nGroup Trust Board \(public\), 29 January 2026/);
  });

  it('takes a year when one is given ("the jan 2026 board")', async () => {
    const shown = await ask('agenda of the january 2026 board');
    assert.match(shown, /29 January 2026/);
    assert.doesNotMatch(shown, /28 January 2027/);
  });
});

/** A private (Part II) meeting at 1pm and the public one at 3pm, the same day. */
describe('a private and a public meeting on the same day', () => {
  let questions: Questions;
  const ask = (text: string, where: 'personal' | 'channel') =>
    conversation(() => questions, where, `chat-same-day-${Math.random()}`)(text);

  before(async () => {
    questions = await questionsWith(
      { ...privateMeeting, startsAt: '2027-01-28T13:00:00.000Z' },
      {
        ...privateMeeting,
        id: 'mtg-public-january',
        part: 'public',
        title: 'Group Trust Board (public), 28 January 2027',
        startsAt: '2027-01-28T15:00:00.000Z',
        paperDeadline: '2027-01-14T12:00:00.000Z',
        joinUrl: undefined,
        agenda: [
          {
            ...privateMeeting.agenda[0]!,
            section: 'Standing items',
            title: 'Chief Executive Report',
          },
        ],
      },
    );
  });

  it('answers who presents an item at a meeting still to come from its agenda', async () => {
    const shown = await ask('who is presenting the chief executive report on 28 jan', 'personal');
    assert.match(shown, /Chief Executive Report/);
    assert.match(shown, /Chair/);
  });

  it('names their day once where neither has minutes yet', async () => {
    const shown = await ask('who is presenting the estates business case on 28 jan', 'personal');
    assert.match(shown, /meeting on 28 January 2027\b/);
    assert.doesNotMatch(shown, /28 January 2027 and 28 January 2027/);
  });

  it('never says a public meeting with private items holds no private agenda', async () => {
    const memory = new MemoryStore();
    await seedDataset(memory, await loadDataset(), silentLogger);
    await memory.create({
      ...privateMeeting,
      id: 'mtg-public-only',
      part: 'public',
      title: 'Group Trust Board (public), 28 January 2027',
      startsAt: '2027-01-28T15:00:00.000Z',
      joinUrl: undefined,
      agenda: [
        { ...privateMeeting.agenda[0]!, title: 'Chief Executive Report' },
        { ...privateMeeting.agenda[0]!, order: 2, part: 'private' },
      ],
    });
    const { store, referenceData } = await openReadModel(memory, { log: silentLogger });
    const own = createQuestions({ store, referenceData });
    const shown = await conversation(
      () => own,
      'channel',
      'public-with-private',
    )('next board private agenda');
    assert.match(shown, /This is the public meeting; its private \(Part II\) items/);
    assert.doesNotMatch(shown, /holds no private/);
    assert.doesNotMatch(shown, SECRET_OF_PRIVATE_MEETING);
  });

  it('answers "next board agenda" and "next paper deadline" with the public one, the private one said', async () => {
    for (const where of ['channel', 'personal'] as const) {
      const agenda = await ask('next board agenda', where);
      assert.match(agenda, /Group Trust Board \(public\), 28 January 2027/, where);
      assert.match(agenda, /Chief Executive Report/, where);
      assert.match(
        agenda,
        /A private \(Part II\) Group Trust Board meeting is held the same day, at 1\.00pm/,
      );
      assert.doesNotMatch(agenda, SECRET_OF_PRIVATE_MEETING, where);
      assert.match(
        await ask('when is the next paper deadline', where),
        /Papers for Group Trust Board \(public\) are due by 14 January 2027 at 12\.00pm/,
        where,
      );
    }
  });

  it('picks a meeting from the list of them by its place or date, never showing private business in a channel', async () => {
    const inThread = conversation(() => questions, 'channel', 'chat-same-day-list');
    assert.match(
      await inThread('list all the board meetings'),
      /5 Group Trust Board meetings on record: 29 May 2025, 25 September 2025, 29 January 2026, 28 January 2027 \(private, 1\.00pm\), 28 January 2027 \(public, 3\.00pm\)\./,
    );
    const fourth = await inThread('the 4th one');
    assert.match(fourth, /Group Trust Board \(private\), 28 January 2027/);
    assert.doesNotMatch(fourth, SECRET_OF_PRIVATE_MEETING);
    await inThread('list all the board meetings');
    const last = await inThread('the last one');
    assert.match(last, /Group Trust Board \(public\), 28 January 2027[^]*Chief Executive Report/);
    await inThread('list all the board meetings');
    assert.match(
      await inThread('the 25 sept 2025 one'),
      /Group Trust Board \(public\), 25 September 2025/,
    );
    // Once one is picked, the list is still there to pick from; its items are asked as items.
    assert.match(
      await inThread('the last meeting on the list'),
      /Group Trust Board \(public\), 28 January 2027/,
    );
    assert.match(await inThread('item 1'), /Item 1, Chief Executive Report/);
    await inThread('list all the board meetings');
    const privateOne = await inThread('the private one');
    assert.match(privateOne, /Group Trust Board \(private\), 28 January 2027/);
    assert.doesNotMatch(privateOne, SECRET_OF_PRIVATE_MEETING);
    assert.match(await inThread('the 2nd one'), /Group Trust Board \(public\), 25 September 2025/);
  });

  it('says an agenda item asked for by its place is private business, where it may be shown', async () => {
    const said = conversation(() => questions, 'personal', 'chat-private-item');
    await said('private board agenda');
    assert.match(
      await said('item 1'),
      /Item 1, Chief Executive appraisal \(Paper\), Part II: private business\. Lead: Chair\./,
    );
  });

  it('gives the public agenda of a day with both, unless the private one is asked for', async () => {
    for (const where of ['channel', 'personal'] as const) {
      const shown = await ask(
        "what's on the agenda for the 28 jan board and which items are private?",
        where,
      );
      assert.match(shown, /Group Trust Board \(public\), 28 January 2027/, where);
      assert.match(shown, /Chief Executive Report/, where);
      assert.match(shown, /A private \(Part II\) Group Trust Board meeting is held the same day/);
      assert.doesNotMatch(shown, SECRET_OF_PRIVATE_MEETING, where);
    }
  });

  it('reads "item 3" of a meeting named by its day as that agenda’s item, whatever came before', async () => {
    const inChannel = conversation(() => questions, 'channel', 'chat-item-of-a-day');
    await inChannel('history of ftsu 1');
    const shown = await inChannel(
      "private board on 28 jan 2027 - whats item 1 and who's leading it?",
    );
    assert.match(shown, /Group Trust Board \(private\), 28 January 2027/);
    assert.doesNotMatch(shown, /FTSU/);
    assert.doesNotMatch(shown, SECRET_OF_PRIVATE_MEETING);
    const personal = conversation(() => questions, 'personal', 'chat-item-of-a-day-2');
    await personal('history of ftsu 1');
    assert.match(
      await personal("private board on 28 jan 2027 - whats item 1 and who's leading it?"),
      /Item 1, Chief Executive appraisal/,
    );
  });

  it('answers "and the private one?" after the public agenda with the private one, withheld in a channel', async () => {
    const inChannel = conversation(() => questions, 'channel', 'chat-other-part');
    await inChannel('agenda for the 28 jan 2027 board');
    const shown = await inChannel('and the private one? whats item 1 on it, who leads');
    assert.match(shown, /Group Trust Board \(private\), 28 January 2027/);
    assert.doesNotMatch(shown, /Chief Executive Report/);
    assert.doesNotMatch(shown, SECRET_OF_PRIVATE_MEETING);
    const personal = conversation(() => questions, 'personal', 'chat-other-part-2');
    await personal('agenda for the 28 jan 2027 board');
    assert.match(await personal('and the private one?'), /Chief Executive appraisal/);
  });

  it('still gives the private one when it is asked for, in a personal chat', async () => {
    assert.match(
      await ask('private board agenda', 'personal'),
      /Group Trust Board \(private\), 28 January 2027[^]*Chief Executive appraisal/,
    );
  });
});

/** Part I and Part II the same day: the part named is the one shown. */
describe('a public and a private meeting on one day', () => {
  let questions: Questions;
  const ask = (text: string) =>
    conversation(() => questions, 'personal', `chat-parts-${Math.random()}`)(text);

  before(async () => {
    questions = await questionsWith(privateMeeting, {
      ...privateMeeting,
      id: 'mtg-public-2027-01-28',
      part: 'public',
      startsAt: '2027-01-28T10:00:00.000Z',
      title: 'Group Trust Board (public), 28 January 2027',
      joinUrl: undefined,
      agenda: [
        { ...privateMeeting.agenda[0]!, order: 1, title: 'Group Performance Report' },
        {
          ...privateMeeting.agenda[0]!,
          order: 2,
          title: 'Chief Executive succession',
          part: 'private',
        },
      ],
    });
  });

  it('shows the private one when the private board is asked for, and the public one otherwise', async () => {
    assert.match(
      await ask('whats on the private board on 28 jan'),
      /Group Trust Board \(private\), 28 January 2027/,
    );
    assert.match(
      await ask('whats on the public board on 28 jan'),
      /Group Trust Board \(public\), 28 January 2027/,
    );
  });

  it('says whether an item is on an agenda from its public items only, wherever it is asked', async () => {
    const channel = conversation(() => questions, 'channel', 'agenda-item-asked');
    assert.match(
      await ask('is the performance report on the agenda for the public board on 28 jan'),
      /Yes: item 1, “Group Performance Report”/,
    );
    const asked = await channel('is ceo succession on the agenda for the public board on 28 jan');
    assert.match(asked, /No public item on this agenda mentions succession/);
    assert.doesNotMatch(asked, /Chief Executive succession/);
  });
});

/** An item the secretary added to a private agenda, asked after by its words. */
describe('an agenda item asked after by its words', () => {
  let questions: Questions;
  let publicFirst: Questions;
  before(async () => {
    questions = await questionsWith({
      ...privateMeeting,
      agenda: [
        {
          ...privateMeeting.agenda[0]!,
          title: 'Confidential update on the Coventry staffing investigation',
          lead: 'Group Chief People Officer',
        },
      ],
    });
    // (And a public meeting before it whose agenda has a private item of its own.)
    publicFirst = await questionsWith({
      ...privateMeeting,
      id: 'mtg-public-with-private-item',
      part: 'public',
      title: 'Group Trust Board (public), 17 December 2026',
      startsAt: '2026-12-17T15:00:00.000Z',
      joinUrl: undefined,
      agenda: [
        { ...privateMeeting.agenda[0]!, title: 'Group Performance Report', part: 'public' },
        {
          ...privateMeeting.agenda[0]!,
          order: 2,
          title: 'Confidential update on the Coventry staffing investigation',
          lead: 'Group Chief People Officer',
          part: 'private',
        },
      ],
    });
  });

  it('is the item, never a risk about its words, and stays private where others may see', async () => {
    const personal = conversation(() => questions, 'personal', 'item-by-words');
    const shown = await personal('who leads the staffing investigation item');
    assert.match(shown, /Coventry staffing investigation/);
    assert.match(shown, /Group Chief People Officer/);
    assert.doesNotMatch(shown, /GROUP BAF/);
    const inChannel = conversation(() => questions, 'channel', 'item-by-words-channel');
    const there = await inChannel('who leads the staffing investigation item');
    assert.doesNotMatch(there, /Coventry/);
    assert.doesNotMatch(there, /GROUP BAF/);
  });

  it('never names a private item of a public agenda where others may see', async () => {
    const inChannel = conversation(() => publicFirst, 'channel', 'public-item-by-words');
    const there = await inChannel('who leads the staffing investigation item');
    assert.doesNotMatch(there, /Coventry/);
    assert.doesNotMatch(there, /Group Chief People Officer/);
    const personal = conversation(() => publicFirst, 'personal', 'public-item-by-words-2');
    assert.match(
      await personal('who leads the staffing investigation item'),
      /Coventry staffing investigation[^]*Group Chief People Officer/,
    );
  });
});
