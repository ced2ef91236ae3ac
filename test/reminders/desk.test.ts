import assert from 'node:assert/strict';
import { agendaInputId } from '../../src/reminders/agendaEditor';
import { DEMO, demoFeatures } from '../helpers/features';

/** The secretary's desk on its own (in-memory store, fixed clock). */
const NOW = new Date('2026-01-12T10:00:00Z');

describe("the board secretary's desk", () => {
  let f: Awaited<ReturnType<typeof demoFeatures>>;
  beforeEach(async () => (f = await demoFeatures(NOW)));

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

  it('keeps an edited agenda when a meeting moves, and moves its scheduled reminders with it', async () => {
    const secretary = await f.request(DEMO.secretary, 'x');
    const { desk, installations } = f.reminders;
    const form = {
      body: 'Group Trust Board',
      date: '2026-03-26',
      time: '15:00',
      part: 'public',
      paperDeadlineDate: '2026-03-19',
      paperDeadlineTime: '12:00',
    };
    assert.equal((await desk.saveMeeting(secretary, form)).kind, 'meeting-saved');
    const id = 'mtg-group-trust-board-2026-03-26';
    // The secretary adds an item of her own to the agenda the workplan filled.
    const editor = await desk.agendaForm(secretary, id);
    assert.equal(editor.kind, 'agenda-form');
    if (editor.kind !== 'agenda-form') return;
    const rows = editor.rows.length;
    const added = await desk.saveAgenda(secretary, {
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
    assert.equal(added.kind, 'meeting-saved');
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
    assert.equal((await f.store.listBroadcasts()).length, 3);

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
    assert.match(moved.note, /3 scheduled reminders moved with the meeting/);
    assert.ok(
      moved.meeting.agenda.some((i) => i.title === 'Chief Executive succession'),
      'the item the secretary added is still on the agenda',
    );
    const jobs = (await f.store.listBroadcasts()).map((b) => b.value);
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
});
