import assert from 'node:assert/strict';
import { renderView } from '../../cards';
import { agendaInputId } from '../../src/reminders/agendaEditor';
import { visibleText } from '../helpers/botClient';
import { DEMO, demoFeatures } from '../helpers/features';

/** The secretary's desk on its own (in-memory store, fixed clock). */
const NOW = new Date('2026-01-12T10:00:00Z');

/** The public board of 26 March 2026, its papers due a week before, as the meeting form sends it. */
const MARCH_BOARD = {
  body: 'Group Trust Board',
  date: '2026-03-26',
  time: '15:00',
  part: 'public',
  paperDeadlineDate: '2026-03-19',
  paperDeadlineTime: '12:00',
};

describe("the board secretary's desk", () => {
  let f: Awaited<ReturnType<typeof demoFeatures>>;
  beforeEach(async () => (f = await demoFeatures(NOW)));

  /** A private item, "Chief Executive succession", added in the agenda editor's blank row. */
  async function addPrivateItem(secretary: Awaited<ReturnType<typeof f.request>>, id: string) {
    const editor = await f.reminders.desk.agendaForm(secretary, id);
    if (editor.kind !== 'agenda-form') return assert.fail(editor.kind);
    const rows = editor.rows.length;
    return f.reminders.desk.saveAgenda(secretary, {
      meetingId: id,
      etag: editor.etag,
      rows,
      ...Object.fromEntries(
        editor.rows.flatMap((row, i) =>
          (Object.keys(row) as (keyof typeof row)[]).map((k) => [agendaInputId(i, k), row[k]]),
        ),
      ),
      [agendaInputId(rows - 1, 'title')]: 'Chief Executive succession',
      [agendaInputId(rows - 1, 'private')]: 'true',
    });
  }

  it('refuses every tool to anyone who is not a board secretary, changing nothing', async () => {
    for (const who of [DEMO.doca, DEMO.ned, null]) {
      const req = await f.request(who, 'x');
      const { desk } = f.reminders;
      const answers = [
        await desk.command(req, 'new-meeting'),
        await desk.command(req, 'edit-meeting'),
        await desk.command(req, 'send-reminder'),
        await desk.command(req, 'broadcasts'),
        await desk.command(req, 'chase'),
        await desk.chase(req, 'submission-1'),
        await desk.saveMeeting(req, {
          body: 'Group Trust Board',
          date: '2026-03-26',
          time: '15:00',
          part: 'public',
        }),
        await desk.send(req, { meetingId: 'mtg-gtb-2026-01-29', targets: 'x', when: 'now' }),
        await desk.cancel(req, 'bc-1'),
      ];
      assert.deepEqual(
        answers.map((a) => a.kind),
        Array(answers.length).fill('refusal'),
        `for ${who ?? 'a stranger'}`,
      );
    }
    assert.equal((await f.store.listBroadcasts()).length, 0, 'nothing was scheduled');
    assert.equal(
      (await f.store.list('meeting')).filter((m) => m.startsAt.startsWith('2026-03-26')).length,
      0,
      'no meeting was created',
    );
  });

  it('says what is wrong next to the field when a meeting cannot be saved', async () => {
    const view = await f.reminders.desk.saveMeeting(await f.request(DEMO.secretary, 'x'), {
      body: 'Group Trust Board',
      date: '2026-02-30',
      time: '25:00',
      part: 'public',
    });
    assert.equal(view.kind, 'meeting-form');
    if (view.kind !== 'meeting-form') return;
    assert.match(view.errors.date ?? '', /real date/);
    assert.match(view.errors.time ?? '', /time such as/);
  });

  it('tells a public and a private meeting of the same afternoon apart in the reminder form', async () => {
    const secretary = await f.request(DEMO.secretary, 'x');
    // (Part II after Part I the same afternoon: two meetings of a body never start together.)
    for (const [part, time] of [
      ['public', '13:00'],
      ['private', '15:00'],
    ])
      assert.equal(
        (
          await f.reminders.desk.saveMeeting(secretary, {
            body: 'Group Trust Board',
            date: '2026-03-26',
            time,
            part,
          })
        ).kind,
        'meeting-saved',
      );
    const view = await f.reminders.desk.command(secretary, 'send-reminder');
    assert.equal(view.kind, 'compose');
    if (view.kind !== 'compose') return;
    const titles = view.meetings.map((m) => m.title).filter((t) => /26 March 2026/.test(t));
    assert.deepEqual(titles, [
      'Group Trust Board (public), 26 March 2026 at 1.00pm',
      'Group Trust Board (private), 26 March 2026 at 3.00pm',
    ]);
  });

  it("offers a private meeting's new agenda row ticked private, a public one's not", async () => {
    const secretary = await f.request(DEMO.secretary, 'x');
    for (const [part, time] of [
      ['public', '13:00'],
      ['private', '15:00'],
    ] as const) {
      const saved = await f.reminders.desk.saveMeeting(secretary, {
        body: 'Group Trust Board',
        date: '2026-03-26',
        time,
        part,
      });
      if (saved.kind !== 'meeting-saved') return assert.fail(saved.kind);
      const editor = await f.reminders.desk.agendaForm(secretary, saved.meeting.id);
      if (editor.kind !== 'agenda-form') return assert.fail(editor.kind);
      assert.equal(editor.rows.at(-1)!.title, '', part);
      assert.equal(editor.rows.at(-1)!.private, part === 'private', part);
    }
  });

  it('asks for a meeting, a target and a time before it schedules anything', async () => {
    const view = await f.reminders.desk.send(await f.request(DEMO.secretary, 'x'), {
      when: 'at',
      atDate: '2026-01-01',
      atTime: '09:00',
    });
    assert.equal(view.kind, 'compose');
    if (view.kind !== 'compose') return;
    assert.match(view.errors.meetingId ?? '', /Choose an upcoming meeting/);
    assert.match(view.errors.targets ?? '', /Choose at least one/);
    assert.equal((await f.store.listBroadcasts()).length, 0);
  });

  it('offers a new meeting the time of the last public one, not of a private one before it', async () => {
    const secretary = await f.request(DEMO.secretary, 'x');
    await f.reminders.desk.saveMeeting(secretary, {
      body: 'Group Trust Board',
      date: '2026-03-26',
      time: '13:00',
      part: 'private',
    });
    const form = await f.reminders.desk.meetingForm(secretary, null);
    assert.equal(form.kind, 'meeting-form');
    if (form.kind !== 'meeting-form') return;
    assert.equal(form.values.time, '15:00');
  });

  it('fills a new meeting’s form from what the secretary typed, saving nothing', async () => {
    const secretary = await f.request(DEMO.secretary, 'x');
    const form = await f.reminders.desk.command(secretary, 'new-meeting', {
      meeting: { date: '2027-01-28', time: '10:00', part: 'public' },
    });
    if (form.kind !== 'meeting-form') return assert.fail(form.kind);
    assert.equal(form.values.date, '2027-01-28');
    assert.equal(form.values.time, '10:00');
    assert.equal(form.values.part, 'public');
    assert.match(form.note ?? '', /Nothing is saved until then/);
    assert.equal(
      await f.store.get('meeting', 'lpt-nhft-group', 'mtg-group-trust-board-2027-01-28'),
      null,
    );
  });

  it('keeps an edited agenda when a meeting moves, and moves its scheduled reminders with it', async () => {
    const secretary = await f.request(DEMO.secretary, 'x');
    const { desk, installations } = f.reminders;
    const form = MARCH_BOARD;
    assert.equal((await desk.saveMeeting(secretary, form)).kind, 'meeting-saved');
    const id = 'mtg-group-trust-board-2026-03-26';
    // The secretary adds an item of her own to the agenda the workplan filled.
    assert.equal((await addPrivateItem(secretary, id)).kind, 'meeting-saved');
    // Default reminders to a personal chat: the paper deadline's, a week before, the day before.
    const chat = await installations.installed({
      tenantId: 'tenant-1',
      scope: 'personal',
      conversationId: 'a:doca',
      serviceUrl: 'https://smba.example/',
      botId: '28:bot',
      userAadObjectId: DEMO.doca,
    });
    const sent = await desk.send(secretary, {
      meetingId: id,
      targets: chat!.id,
      when: 'default',
    });
    assert.equal(sent.kind, 'broadcast-list');
    // And one at a time of her own, a fortnight before the meeting.
    const own = await desk.send(secretary, {
      meetingId: id,
      targets: chat!.id,
      when: 'at',
      atDate: '2026-03-12',
      atTime: '14:00',
    });
    assert.equal(own.kind, 'broadcast-list');
    assert.equal((await f.store.listBroadcasts()).length, 4);

    // Moved a week later, deadline and all.
    const stored = (await f.store.get('meeting', 'lpt-nhft-group', id))!;
    const moved = await desk.saveMeeting(secretary, {
      ...form,
      meetingId: id,
      etag: stored.etag,
      date: '2026-04-02',
      paperDeadlineDate: '2026-03-26',
    });
    assert.equal(moved.kind, 'meeting-saved');
    if (moved.kind !== 'meeting-saved') return;
    assert.match(
      moved.note,
      /3 scheduled reminders moved with the meeting; the reminder you set for a time of your own stays at 12 March 2026 at 2\.00pm: open Broadcasts to move or cancel it\./,
    );
    assert.ok(
      moved.meeting.agenda.some((i) => i.title === 'Chief Executive succession'),
      'the item the secretary added is still on the agenda',
    );
    const jobs = (await f.store.listBroadcasts())
      .map((b) => b.value)
      .filter((j) => j.schedule !== 'custom');
    // At 9.00am UK time each: two days before the new deadline, a week and a day before the meeting
    // (the day before in British Summer Time, from 29 March).
    assert.deepEqual(jobs.map((j) => j.dueAt).sort(), [
      '2026-03-24T09:00:00.000Z',
      '2026-03-26T09:00:00.000Z',
      '2026-04-01T08:00:00.000Z',
    ]);
    assert.ok(
      jobs.every((j) => j.title.endsWith('2 April 2026')),
      'retitled with the new date',
    );
  });
  it('previews what a group chat will see, and says when a chosen time is not a working day', async () => {
    const secretary = await f.request(DEMO.secretary, 'x');
    const { desk, installations } = f.reminders;
    const id = 'mtg-group-trust-board-2026-03-26';
    const form = { body: 'Group Trust Board', date: '2026-03-26', time: '15:00', part: 'public' };
    assert.equal((await desk.saveMeeting(secretary, form)).kind, 'meeting-saved');
    await addPrivateItem(secretary, id);
    const group = await installations.installed({
      tenantId: 'tenant-1',
      scope: 'groupChat',
      conversationId: '19:board@thread.v2',
      serviceUrl: 'https://smba.example/',
      botId: '28:bot',
      title: 'Board members',
    });
    // Saturday 14 March 2026, 9.00am: the secretary may have meant the Friday.
    const view = await desk.preview(secretary, {
      meetingId: id,
      targets: group!.id,
      when: 'at',
      atDate: '2026-03-14',
      atTime: '09:00',
    });
    if (view.kind !== 'preview') return assert.fail(view.kind);
    assert.equal(view.sharedVersion, true);
    assert.ok(view.privateLeftOut >= 1);
    assert.doesNotMatch(JSON.stringify(view.reminder), /Chief Executive succession/);
    assert.match(view.whenNote ?? '', /Saturday 14 March 2026 is a weekend, not a working day/);
    const card = visibleText(renderView(view).card);
    assert.match(card, /⚠ Saturday 14 March 2026 is a weekend/);
    assert.match(
      card,
      /Shown as channels and group chats will see it: private-part items are left out/,
    );
    // The default schedule is said as the days it sends on.
    const byDefault = await desk.preview(secretary, {
      meetingId: id,
      targets: group!.id,
      when: 'default',
    });
    if (byDefault.kind !== 'preview') return assert.fail(byDefault.kind);
    assert.equal(
      byDefault.when,
      'on the default schedule: Thursday 19 March 2026 at 9.00am (the week before); Wednesday 25 March 2026 at 9.00am (the day before)',
    );
    // A Thursday says nothing of working days.
    const sent = await desk.send(secretary, {
      meetingId: id,
      targets: group!.id,
      when: 'at',
      atDate: '2026-03-12',
      atTime: '09:00',
    });
    if (sent.kind !== 'broadcast-list') return assert.fail(sent.kind);
    assert.doesNotMatch(sent.note ?? '', /working day/);
  });
  it('moves a meeting to the day typed, its paper deadline with it, only when the secretary saves', async () => {
    const secretary = await f.request(DEMO.secretary, 'x');
    const { desk } = f.reminders;
    const id = 'mtg-group-trust-board-2026-03-26';
    await desk.saveMeeting(secretary, MARCH_BOARD);
    // "Move the board to 8 April": which meeting, then its form at the new date.
    const choice = await desk.command(secretary, 'edit-meeting', { moveTo: '2026-04-08' });
    if (choice.kind !== 'meeting-choice') return assert.fail(choice.kind);
    assert.deepEqual(choice.moveTo, { date: '2026-04-08', words: 'Wednesday 8 April 2026' });
    assert.match(visibleText(renderView(choice).card), /Move a meeting to Wednesday 8 April 2026/);
    const form = await desk.meetingForm(secretary, id, '2026-04-08');
    if (form.kind !== 'meeting-form') return assert.fail(form.kind);
    assert.equal(form.values.date, '2026-04-08');
    assert.equal(form.values.paperDeadlineDate, '2026-04-01');
    assert.match(form.note ?? '', /nothing changes until you press Save/);
    const stored = await f.store.get('meeting', 'lpt-nhft-group', id);
    assert.ok(stored!.value.startsAt.startsWith('2026-03-26'), 'not moved until saved');

    // Moved in the form by hand, the deadline left as it was: it moves as far as the meeting.
    const saved = await desk.saveMeeting(secretary, {
      meetingId: id,
      etag: stored!.etag,
      body: 'Group Trust Board',
      date: '2026-04-02',
      time: '15:00',
      part: 'public',
      paperDeadlineDate: '2026-03-19',
      paperDeadlineTime: '12:00',
    });
    if (saved.kind !== 'meeting-saved') return assert.fail(saved.kind);
    assert.match(saved.note, /The paper deadline moved with it, to 26 March 2026 at 12\.00pm/);
    const moved = (await f.store.get('meeting', 'lpt-nhft-group', id))!.value;
    assert.equal(moved.paperDeadline, '2026-03-26T12:00:00.000Z');
    // A day already passed is not offered.
    const past = await desk.command(secretary, 'edit-meeting', { moveTo: '2026-01-05' });
    if (past.kind !== 'meeting-choice') return assert.fail(past.kind);
    assert.equal(past.moveTo, null);
    assert.match(past.note ?? '', /Monday 5 January 2026 has passed/);
  });

  it('chooses first the meeting a typed command names, by its day and part', async () => {
    const secretary = await f.request(DEMO.secretary, 'x');
    const { desk } = f.reminders;
    for (const [part, time] of [
      ['public', '13:00'],
      ['private', '15:00'],
    ])
      await desk.saveMeeting(secretary, {
        body: 'Group Trust Board',
        date: '2026-03-26',
        time,
        part,
      });
    const meeting = { date: '2026-03-26', part: 'private' as const };
    const choice = await desk.command(secretary, 'edit-meeting', { meeting });
    if (choice.kind !== 'meeting-choice') return assert.fail(choice.kind);
    assert.equal(choice.meetings[0]!.title, 'Group Trust Board (private), 26 March 2026 at 3.00pm');
    const compose = await desk.command(secretary, 'send-reminder', { meeting });
    if (compose.kind !== 'compose') return assert.fail(compose.kind);
    assert.equal(compose.values.meetingId, 'mtg-group-trust-board-2026-03-26-private');
  });
  it('fills the agenda editor’s new row with an item the secretary typed, saving nothing', async () => {
    const secretary = await f.request(DEMO.secretary, 'x');
    const { desk } = f.reminders;
    for (const [part, time] of [
      ['public', '15:00'],
      ['private', '13:00'],
    ])
      await desk.saveMeeting(secretary, {
        body: 'Group Trust Board',
        date: '2026-03-26',
        time,
        part,
      });
    const item = { title: 'Estates sale update', type: 'Paper' as const, lead: 'CFO' };
    // The one meeting named: straight to its agenda, the item in the new row, ticked private there.
    const editor = await desk.command(secretary, 'edit-meeting', {
      meeting: { part: 'private' },
      item,
    });
    if (editor.kind !== 'agenda-form') return assert.fail(editor.kind);
    const row = editor.rows.at(-1)!;
    assert.deepEqual(
      { title: row.title, type: row.type, lead: row.lead, private: row.private },
      { title: 'Estates sale update', type: 'Paper', lead: 'CFO', private: true },
    );
    assert.match(editor.note ?? '', /Filled in from your message[^]*nothing is saved until then/);
    assert.match(visibleText(renderView(editor)), /Filled in from your message/);
    // No meeting named: the choice first, its Edit agenda carrying the item to the editor.
    const choice = await desk.command(secretary, 'edit-meeting', { item });
    if (choice.kind !== 'meeting-choice') return assert.fail(choice.kind);
    assert.deepEqual(choice.item, item);
    assert.match(choice.note ?? '', /“Estates sale update” is filled in as a new item/);
    const card = JSON.stringify(renderView(choice));
    assert.match(card, /"item":\{"title":"Estates sale update","type":"Paper","lead":"CFO"\}/);
    const opened = await desk.agendaForm(secretary, choice.meetings[0]!.value, item);
    if (opened.kind !== 'agenda-form') return assert.fail(opened.kind);
    assert.equal(opened.rows.at(-1)!.title, 'Estates sale update');
    // Nothing saved: the meeting's agenda as it was.
    const again = await desk.agendaForm(secretary, choice.meetings[0]!.value);
    if (again.kind !== 'agenda-form') return assert.fail(again.kind);
    assert.equal(again.rows.at(-1)!.title, '');
  });
});
