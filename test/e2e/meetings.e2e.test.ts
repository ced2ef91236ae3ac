import assert from 'node:assert/strict';
import type { Meeting } from '../../src/domain';
import { agendaInputId } from '../../src/reminders/agendaEditor';
import { startTestApp } from '../helpers/app';
import {
  button,
  drawnValues,
  input,
  invokeForCard,
  messages,
  personalMessage,
  post,
  press,
} from '../helpers/botClient';
import { tempDir } from '../helpers/tempDir';
import { validateCard } from '../helpers/validateCard';

const SECRETARY = { aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'Alex Morgan' };
const NOW = new Date('2026-11-24T10:00:00Z');
const GTB = 'Group Trust Board';

type App = Awaited<ReturnType<typeof startTestApp>>;

/** Meetings as boards hold them: Part I and Part II on one day, chosen and edited, never crossed. */
describe('board secretaries keep meetings and agendas (end to end over HTTP)', function () {
  this.timeout(60_000);
  let app: App;
  let dir: { dir: string; cleanup: () => Promise<void> };

  beforeEach(async () => {
    dir = await tempDir();
    app = await startTestApp(dir.dir, {}, { clock: () => NOW });
  });
  afterEach(async () => {
    await app.stop();
    await dir.cleanup();
  });

  async function say(text: string) {
    const answer = messages(await post(app.url, personalMessage(text, SECRETARY)))[0]!;
    validateCard(answer.card);
    return answer;
  }

  async function create(date: string, time: string, part: 'public' | 'private') {
    const form = await say('new meeting');
    return invokeForCard(
      app.url,
      press(form.card, 'Save meeting', { body: GTB, date, time, part }, SECRETARY),
    );
  }

  async function stored(id: string): Promise<Meeting | undefined> {
    return (await app.opened.store.list('meeting')).find((m) => m.id === id);
  }

  it("offers a new meeting the time the body's last meeting started (the board's at 3pm)", async () => {
    const form = await say('new meeting');
    assert.match(JSON.stringify(form.card), /"type":"Input.Time","id":"time"[^}]*"value":"15:00"/);
  });

  it('creates the private (Part II) meeting on the same day as the public one', async () => {
    assert.match((await create('2027-01-28', '13:00', 'public')).text, /Created by Alex Morgan/);
    const partTwo = await create('2027-01-28', '15:30', 'private');
    assert.match(partTwo.text, /Created by Alex Morgan/);
    assert.match(partTwo.text, /Group Trust Board \(private\), 28 January 2027/);
    assert.equal((await stored('mtg-group-trust-board-2027-01-28'))?.part, 'public');
    assert.equal((await stored('mtg-group-trust-board-2027-01-28-private'))?.part, 'private');
    const sameTime = await create('2027-01-28', '13:00', 'private');
    assert.match(
      sameTime.text,
      /The public Group Trust Board meeting on 28 January 2027 starts at 1.00pm too: give this one another time\./,
    );
    const again = await create('2027-01-28', '16:00', 'private');
    assert.match(
      again.text,
      /There is already a private Group Trust Board meeting on 28 January 2027/,
    );
  });

  it('lets the secretary choose the meeting to edit, the next first', async () => {
    await create('2027-03-25', '13:00', 'public');
    await create('2027-01-28', '15:30', 'private');
    await create('2027-01-28', '13:00', 'public');
    const choice = await say('edit meeting');
    const meetings = input(choice.card, 'meetingId') as {
      value: string;
      choices: { title: string; value: string }[];
    };
    assert.deepEqual(
      meetings.choices.map((c) => c.title),
      [
        'Group Trust Board (public), 28 January 2027 at 1.00pm',
        'Group Trust Board (private), 28 January 2027 at 3.30pm',
        'Group Trust Board (public), 25 March 2027 at 1.00pm',
      ],
    );
    assert.equal(meetings.value, 'mtg-group-trust-board-2027-01-28', 'the next is chosen');
    const details = await invokeForCard(
      app.url,
      press(
        choice.card,
        'Edit details',
        { meetingId: 'mtg-group-trust-board-2027-03-25' },
        SECRETARY,
      ),
    );
    assert.equal(input(details.card, 'date')?.value, '2027-03-25', 'the chosen meeting opens');
  });

  it('edits an agenda: reorder, remove, add, mark private, set leads', async () => {
    await create('2027-01-28', '13:00', 'public');
    const choice = await say('edit meeting');
    const editor = await invokeForCard(
      app.url,
      press(
        choice.card,
        'Edit agenda',
        { meetingId: 'mtg-group-trust-board-2027-01-28' },
        SECRETARY,
      ),
    );
    const before = (await stored('mtg-group-trust-board-2027-01-28'))!.agenda;
    assert.ok(before.length >= 3, `the workplan gave ${before.length} items`);
    const n = before.length; // the blank row for a new item is row n
    const typed = {
      [agendaInputId(2, 'position')]: '1',
      [agendaInputId(2, 'lead')]: 'Group Chief Executive',
      [agendaInputId(1, 'remove')]: 'true',
      [agendaInputId(0, 'private')]: 'true',
      [agendaInputId(n, 'title')]: 'Chief Executive appraisal',
      [agendaInputId(n, 'type')]: 'Paper',
      [agendaInputId(n, 'private')]: 'true',
    };
    const saved = await invokeForCard(
      app.url,
      press(editor.card, 'Save agenda', { ...drawnValues(editor.card), ...typed }, SECRETARY),
    );
    assert.match(saved.text, /Agenda saved by Alex Morgan/);
    const after = (await stored('mtg-group-trust-board-2027-01-28'))!.agenda;
    assert.deepEqual(
      after.map((i) => i.title),
      [
        before[2]!.title,
        before[0]!.title,
        ...before.slice(3).map((i) => i.title),
        'Chief Executive appraisal',
      ],
    );
    assert.equal(after[0]!.lead, 'Group Chief Executive');
    assert.equal(after[1]!.part, 'private');
    assert.equal(after.at(-1)!.part, 'private');
    assert.deepEqual(
      after.map((i) => i.order),
      after.map((_, i) => i + 1),
    );
    // "Add an item" keeps what was typed and adds a row; nothing is saved until Save.
    const again = await invokeForCard(app.url, press(saved.card, 'Edit agenda', {}, SECRETARY));
    const more = await invokeForCard(
      app.url,
      press(
        again.card,
        'Add an item',
        { ...drawnValues(again.card), [agendaInputId(0, 'lead')]: 'Chair' },
        SECRETARY,
      ),
    );
    assert.equal(input(more.card, agendaInputId(0, 'lead'))?.value, 'Chair');
    assert.ok(input(more.card, agendaInputId(after.length + 1, 'title')), 'one more blank row');
    assert.equal(
      (await stored('mtg-group-trust-board-2027-01-28'))!.agenda[0]!.lead,
      'Group Chief Executive',
    );
  });

  it('never lets a stale form overwrite a newer edit: it shows the latest and keeps what was typed', async () => {
    const created = await create('2027-01-28', '13:00', 'public');
    const first = await invokeForCard(app.url, press(created.card, 'Edit', {}, SECRETARY));
    const second = await invokeForCard(app.url, press(created.card, 'Edit', {}, SECRETARY));
    const values = { body: GTB, date: '2027-01-28', part: 'public' };
    const moved = await invokeForCard(
      app.url,
      press(first.card, 'Save meeting', { ...values, time: '14:00' }, SECRETARY),
    );
    assert.match(moved.text, /at 2\.00pm/);
    const stale = await invokeForCard(
      app.url,
      press(
        second.card,
        'Save meeting',
        { ...values, time: '13:00', location: 'Boardroom 2' },
        SECRETARY,
      ),
    );
    assert.match(stale.text, /Not saved: this meeting was changed after you opened it/);
    assert.match(stale.text, /The meeting now[\s\S]*at 2\.00pm/);
    assert.equal(input(stale.card, 'location')?.value, 'Boardroom 2', 'what was typed is kept');
    const meeting = await stored('mtg-group-trust-board-2027-01-28');
    assert.equal(meeting?.location, 'Microsoft Teams', 'nothing was overwritten');
    assert.match(meeting.startsAt, /T14:00/);
    // Saving again, knowingly, applies what was typed.
    const resaved = await invokeForCard(
      app.url,
      press(
        stale.card,
        'Save again',
        { ...values, time: '13:00', location: 'Boardroom 2' },
        SECRETARY,
      ),
    );
    assert.match(resaved.text, /Saved by Alex Morgan/);
    assert.equal((await stored('mtg-group-trust-board-2027-01-28'))?.location, 'Boardroom 2');

    // The agenda editor too.
    const a = await invokeForCard(app.url, press(resaved.card, 'Edit agenda', {}, SECRETARY));
    const b = await invokeForCard(app.url, press(resaved.card, 'Edit agenda', {}, SECRETARY));
    await invokeForCard(
      app.url,
      press(
        a.card,
        'Save agenda',
        { ...drawnValues(a.card), [agendaInputId(0, 'lead')]: 'Chair of the Board' },
        SECRETARY,
      ),
    );
    const staleAgenda = await invokeForCard(
      app.url,
      press(
        b.card,
        'Save agenda',
        { ...drawnValues(b.card), [agendaInputId(0, 'lead')]: 'Vice Chair' },
        SECRETARY,
      ),
    );
    assert.match(staleAgenda.text, /Not saved: this meeting was changed after you opened it/);
    assert.match(staleAgenda.text, /The agenda now[\s\S]*Chair of the Board/);
    assert.ok(button(staleAgenda.card, 'Save again'));
    assert.equal(input(staleAgenda.card, agendaInputId(0, 'lead'))?.value, 'Vice Chair');
    assert.equal(
      (await stored('mtg-group-trust-board-2027-01-28'))!.agenda[0]!.lead,
      'Chair of the Board',
    );
  });
});
