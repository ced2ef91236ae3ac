import assert from 'node:assert/strict';
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
    for (const part of ['public', 'private'])
      assert.equal(
        (
          await f.reminders.desk.saveMeeting(secretary, {
            body: 'Group Trust Board',
            date: '2026-03-26',
            time: '15:00',
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
      'Group Trust Board (private), 26 March 2026 at 3.00pm',
      'Group Trust Board (public), 26 March 2026 at 3.00pm',
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
});
