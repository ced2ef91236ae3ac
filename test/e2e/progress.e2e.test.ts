import assert from 'node:assert/strict';
import { startTestApp } from '../helpers/app';
import {
  button,
  cardAction,
  input,
  invokeForCard,
  messages,
  channelMessage,
  personalMessage,
  post,
  press,
} from '../helpers/botClient';
import { pressWithNothingTyped } from '../helpers/cardInputs';
import { tempDir } from '../helpers/tempDir';

const SECRETARY = '00000000-0000-4000-8000-000000000001'; // Alex Morgan, board secretary (demo)
const NED = '00000000-0000-4000-8000-000000000002'; // Priya Desai, non-executive director (demo)
const DOCA = '00000000-0000-4000-8000-000000000027'; // Yusuf Ali, DoCA: leads the FTSU actions (demo)
const NOW = new Date('2026-11-23T10:00:00Z');
const FTSU5 = { actionId: 'act-wl-ftsu-5', organisationId: 'well-led-trust' };

type App = Awaited<ReturnType<typeof startTestApp>>;

/** Presses a button and returns the card the invoke answered with (validated). */
function invoke(app: App, activity: unknown): Promise<{ card: unknown; text: string }> {
  return invokeForCard(app.url, activity);
}

async function open(app: App, ref: typeof FTSU5, who: string) {
  return invoke(app, cardAction('action.open', ref, { aadObjectId: who, name: 'Someone' }));
}

/** An action's history as a board member sees it in a personal chat (notes are theirs alone to read). */
async function history(app: App, reference: string): Promise<string> {
  const response = await post(
    app.url,
    personalMessage(`history of ${reference}`, { aadObjectId: DOCA }),
  );
  return messages(response)[0]!.text;
}

describe('action owners update progress in cards (end to end over HTTP)', function () {
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

  it('shows an Update button on "my actions" that opens the editable card for the owner', async () => {
    const list = messages(
      await post(app.url, personalMessage('my actions', { aadObjectId: DOCA })),
    )[0]!;
    const update = button(list.card, 'Update');
    assert.equal(update.verb, 'action.open');
    const { card, text } = await invoke(
      app,
      cardAction(update.verb, update.data, { aadObjectId: DOCA }),
    );
    assert.match(text, /Update progress/);
    for (const id of ['note', 'deliveryStatus', 'revisedDue', 'revisedDueReason', 'proposeClosure'])
      assert.ok(input(card, id), `has the ${id} input`);
    assert.match(text, /Delivered[\s\S]*On track[\s\S]*Some issues[\s\S]*Not on track/);
    const refresh = (card as { refresh?: { userIds?: string[]; action?: { verb?: string } } })
      .refresh;
    assert.equal(refresh?.action?.verb, 'action.refresh');
    assert.ok(refresh?.userIds?.includes(DOCA), 'the owner’s copy refreshes');
    assert.ok(refresh?.userIds?.includes(SECRETARY), 'the secretary’s copy refreshes');
    const back = await invoke(app, press(card, 'Back to the list', {}, { aadObjectId: DOCA }));
    assert.match(
      back.text,
      /Your actions/,
      'the card replaced the list in place and leads back to it',
    );
    const save = button(card, 'Save update');
    assert.equal((button(card, 'Save update') as { verb: string }).verb, 'progress.save');
    assert.ok(save.data.submissionId, 'each card carries an idempotency key');
  });

  it('leads back to the list from an action’s history opened on it', async () => {
    const list = messages(
      await post(app.url, personalMessage('my actions', { aadObjectId: DOCA })),
    )[0]!;
    const history = await invoke(app, press(list.card, 'History', {}, { aadObjectId: DOCA }));
    assert.match(history.text, /History/);
    const back = await invoke(
      app,
      press(history.card, 'Back to the list', {}, { aadObjectId: DOCA }),
    );
    assert.match(back.text, /Your actions/);
  });

  it('leads back to a follow-up’s list ("…on it?") from the history of one of its actions', async () => {
    const ask = async (text: string) =>
      messages(await post(app.url, personalMessage(text, { aadObjectId: SECRETARY })))[0]!;
    await ask('what is lpt baf 3 about?');
    const list = await ask('any actions overdue on it?');
    assert.match(list.text, /Overdue actions .*BAF 03/);
    const history = await invoke(app, press(list.card, 'History', {}, { aadObjectId: SECRETARY }));
    assert.match(history.text, /History/);
    const back = await invoke(
      app,
      press(history.card, 'Back to the list', {}, { aadObjectId: SECRETARY }),
    );
    assert.match(back.text, /Overdue actions .*BAF 03/, 'the list it came from, not the action');
  });

  it('saves an owner’s update in place, keeps the original due date beside the revised one, and records every change', async () => {
    const { card } = await open(app, FTSU5, DOCA);
    const saved = await invoke(
      app,
      press(
        card,
        'Save update',
        {
          note: 'Roadshows booked for all sites in January.',
          deliveryStatus: 'some-issues',
          revisedDue: '2027-03-31',
          revisedDueReason: 'Guardian recruitment delayed the roadshows.',
          proposeClosure: 'false',
        },
        { aadObjectId: DOCA, name: 'Yusuf Ali' },
      ),
    );
    assert.match(saved.text, /Saved by Yusuf Ali on 23 November 2026 at 10\.00am/);
    assert.match(saved.text, /due 30 September 2025, revised to 31 March 2027/);
    assert.match(saved.text, /Some issues/);
    assert.match(saved.text, /Roadshows booked for all sites in January\./);
    assert.equal(input(saved.card, 'note')?.value, undefined, 'the form is fresh after a save');

    const changes = await history(app, 'Well-Led FTSU 5');
    assert.match(changes, /History \(1\)/);
    assert.match(changes, /Yusuf Ali/);
    assert.match(changes, /delivery status: \(none\) → Some issues/);
    assert.match(changes, /due date: 30 September 2025 → 31 March 2027/);

    const list = messages(
      await post(app.url, personalMessage('my overdue actions', { aadObjectId: DOCA })),
    )[0]!;
    assert.doesNotMatch(list.text, /Well-Led FTSU 5\n/, 'no longer overdue after the revised date');
  });

  it('opens the progress card when an owner types "update <action>"', async () => {
    const reply = messages(
      await post(app.url, personalMessage('update FTSU 5', { aadObjectId: DOCA })),
    )[0]!;
    assert.match(reply.text, /Well-Led FTSU 5[\s\S]*Update progress/);
    assert.ok(input(reply.card, 'note'), 'the form is there to type into');
  });

  it('saves from clients without Universal Actions (Action.Submit sends a message with the values)', async () => {
    const { card } = await open(app, FTSU5, DOCA);
    const b = button(card, 'Save update');
    const submit = {
      ...personalMessage('', { aadObjectId: DOCA, name: 'Yusuf Ali' }),
      text: undefined,
      value: { ...b.data, note: 'Sent from an older client.', deliveryStatus: 'on-track' },
    };
    const reply = messages(await post(app.url, submit))[0]!;
    assert.match(reply.text, /Saved by Yusuf Ali/);
    assert.match(await history(app, 'Well-Led FTSU 5'), /Sent from an older client\./);
  });

  it('never shows a progress note in a channel, not even in an action’s history', async () => {
    const { card } = await open(app, FTSU5, DOCA);
    await invoke(
      app,
      press(
        card,
        'Save update',
        { note: 'Pathway redesign drafted for the committee.', deliveryStatus: 'some-issues' },
        { aadObjectId: DOCA, name: 'Yusuf Ali' },
      ),
    );
    assert.match(await history(app, 'Well-Led FTSU 5'), /Pathway redesign drafted/);
    const inChannel = messages(
      await post(
        app.url,
        channelMessage('<at>Board Clerk</at> history of Well-Led FTSU 5', { aadObjectId: DOCA }),
      ),
    )[0]!.text;
    assert.match(inChannel, /History \(1\)/);
    assert.doesNotMatch(inChannel, /Pathway redesign/);
    assert.match(inChannel, /not shown here/);
  });

  it('gives everyone else a read-only card and refuses their submissions on the server', async () => {
    const { card, text } = await open(app, FTSU5, NED);
    assert.match(text, /Only the action's leads \(.*\) or a board secretary can update it/);
    assert.equal(input(card, 'note'), null, 'no form for a non-owner');
    const owners = await open(app, FTSU5, DOCA);
    const forged = await invoke(
      app,
      press(
        owners.card,
        'Save update',
        { note: 'Not mine to say', deliveryStatus: 'delivered' },
        { aadObjectId: NED },
      ),
    );
    assert.match(forged.text, /Your update was not saved/);
    assert.match(await history(app, 'Well-Led FTSU 5'), /History \(0\)/);
    const unlinked = await open(app, FTSU5, '9a9a9a9a-1111-4222-8333-444444444444');
    assert.match(unlinked.text, /not linked to the board's directory/);
  });

  it('lets a board secretary update any action', async () => {
    const { card } = await open(app, FTSU5, SECRETARY);
    const saved = await invoke(
      app,
      press(
        card,
        'Save update',
        { note: 'Update taken at the FTSU meeting.', deliveryStatus: 'on-track' },
        { aadObjectId: SECRETARY, name: 'Alex Morgan' },
      ),
    );
    assert.match(saved.text, /Saved by Alex Morgan/);
    assert.match(saved.text, /On track/);
  });

  it('shows problems next to the field and keeps what was typed', async () => {
    const { card } = await open(app, FTSU5, DOCA);
    const as = { aadObjectId: DOCA };
    const missing = await invoke(
      app,
      press(card, 'Save update', { note: '  ', deliveryStatus: 'on-track' }, as),
    );
    assert.match(missing.text, /Add a progress note/);
    const oversize = await invoke(
      app,
      press(card, 'Save update', { note: 'x'.repeat(2001), deliveryStatus: 'on-track' }, as),
    );
    assert.match(oversize.text, /Keep the note to 2000 characters \(it is 2001\)/);
    const badDate = await invoke(
      app,
      press(
        card,
        'Save update',
        {
          note: 'Moving it.',
          deliveryStatus: 'on-track',
          revisedDue: '2027-02-30',
          revisedDueReason: 'x',
        },
        as,
      ),
    );
    assert.match(badDate.text, /Enter a real date/);
    assert.equal(input(badDate.card, 'note')?.value, 'Moving it.', 'the note is kept');
    const past = await invoke(
      app,
      press(
        card,
        'Save update',
        {
          note: 'Moving it.',
          deliveryStatus: 'on-track',
          revisedDue: '2026-01-01',
          revisedDueReason: 'x',
        },
        as,
      ),
    );
    assert.match(past.text, /cannot be in the past/);
    const noReason = await invoke(
      app,
      press(
        card,
        'Save update',
        { note: 'Moving it.', deliveryStatus: 'on-track', revisedDue: '2027-01-31' },
        as,
      ),
    );
    assert.match(noReason.text, /Say why the due date is moving/);
    const badStatus = await invoke(
      app,
      press(card, 'Save update', { note: 'Hi', deliveryStatus: 'green' }, as),
    );
    assert.match(badStatus.text, /Choose a delivery status/);
    const closeEarly = await invoke(
      app,
      press(
        card,
        'Save update',
        { note: 'Done?', deliveryStatus: 'on-track', proposeClosure: 'true' },
        as,
      ),
    );
    assert.match(closeEarly.text, /Set the status to Delivered to propose the action for closure/);
    assert.match(await history(app, 'Well-Led FTSU 5'), /History \(0\)/, 'nothing was saved');
  });

  it('ignores forged fields and refuses malformed or unknown references', async () => {
    const { card } = await open(app, FTSU5, DOCA);
    const b = button(card, 'Save update');
    const forged = await invoke(
      app,
      cardAction(
        b.verb,
        {
          ...b.data,
          note: 'Genuine note',
          deliveryStatus: 'on-track',
          status: 'closed',
          history: [],
          by: 'The Chair',
        },
        { aadObjectId: DOCA, name: 'Yusuf Ali' },
      ),
    );
    assert.match(forged.text, /Saved by Yusuf Ali/);
    assert.doesNotMatch(forged.text, /^Closed/m);
    assert.match(forged.text, /Open\s*·\s*On track/);
    const unknown = await invoke(
      app,
      cardAction(
        b.verb,
        { ...b.data, actionId: 'act-nope', note: 'x', deliveryStatus: 'on-track' },
        { aadObjectId: DOCA },
      ),
    );
    assert.match(unknown.text, /can't find the action/);
    const malformed = await invoke(
      app,
      cardAction('progress.save', { actionId: FTSU5.actionId }, { aadObjectId: DOCA }),
    );
    assert.match(malformed.text, /couldn't act on that button/);
  });

  it('never loses either of two racing updates: the loser keeps their note and re-applies it with one click', async () => {
    const mine = await open(app, FTSU5, DOCA);
    const theirs = await open(app, FTSU5, SECRETARY);
    const [a, b] = await Promise.all([
      invoke(
        app,
        press(
          mine.card,
          'Save update',
          { note: 'Owner note', deliveryStatus: 'on-track' },
          { aadObjectId: DOCA, name: 'Yusuf Ali' },
        ),
      ),
      invoke(
        app,
        press(
          theirs.card,
          'Save update',
          { note: 'Secretary note', deliveryStatus: 'some-issues' },
          { aadObjectId: SECRETARY, name: 'Alex Morgan' },
        ),
      ),
    ]);
    const results = [a, b];
    const winners = results.filter((r) => /Saved by/.test(r.text));
    const losers = results.filter((r) =>
      /Not saved: .* updated this action after you opened it/.test(r.text),
    );
    assert.equal(winners.length, 1, 'one saves');
    assert.equal(losers.length, 1, 'the other is told');
    const loser = losers[0]!;
    const kept = input(loser.card, 'note')?.value as string;
    assert.ok(
      kept === 'Owner note' || kept === 'Secretary note',
      'the loser’s note is kept in the form',
    );
    const who =
      kept === 'Owner note'
        ? { aadObjectId: DOCA, name: 'Yusuf Ali' }
        : { aadObjectId: SECRETARY, name: 'Alex Morgan' };
    const again = await invoke(
      app,
      press(loser.card, 'Save again', { note: kept, deliveryStatus: 'on-track' }, who),
    );
    assert.match(again.text, /Saved by/);
    const changes = await history(app, 'Well-Led FTSU 5');
    assert.match(changes, /History \(2\)/);
    assert.match(changes, /Owner note/);
    assert.match(changes, /Secretary note/);
  });

  it('applies a retried invoke once', async () => {
    const { card } = await open(app, FTSU5, DOCA);
    const activity = press(
      card,
      'Save update',
      { note: 'Once only', deliveryStatus: 'on-track' },
      { aadObjectId: DOCA },
    );
    const first = await invoke(app, activity);
    const retry = await invoke(app, { ...activity, id: 'retry-of-the-same-press' });
    assert.match(first.text, /Saved by/);
    assert.match(retry.text, /This update was already saved/);
    assert.match(await history(app, 'Well-Led FTSU 5'), /History \(1\)/);
  });

  it('sends closure proposals to the secretary, who approves or returns them, and records both', async () => {
    // Closing FTSU 5.
    const { card } = await open(app, FTSU5, DOCA);
    const proposed = await invoke(
      app,
      press(
        card,
        'Save update',
        { note: 'All roadshows held.', deliveryStatus: 'delivered', proposeClosure: 'true' },
        { aadObjectId: DOCA, name: 'Yusuf Ali' },
      ),
    );
    assert.match(
      proposed.text,
      /Proposed for closure: the board secretary will approve it or return it/,
    );
    const owner = await invoke(app, cardAction('action.open', FTSU5, { aadObjectId: DOCA }));
    assert.throws(
      () => button(owner.card, 'Approve closure'),
      'owners cannot approve their own closure',
    );
    const forgedApproval = await invoke(
      app,
      cardAction(
        'closure.approve',
        { ...button(owner.card, 'Save update').data, verb: undefined },
        { aadObjectId: DOCA },
      ),
    );
    assert.match(forgedApproval.text, /Only a board secretary can approve or return a closure/);

    const secretaryView = await open(app, FTSU5, SECRETARY);
    const approved = await invoke(
      app,
      press(
        secretaryView.card,
        'Approve closure',
        { closureNote: 'Evidence seen.' },
        { aadObjectId: SECRETARY, name: 'Alex Morgan' },
      ),
    );
    assert.match(approved.text, /Closed by Alex Morgan/);
    assert.match(approved.text, /Closed/);
    assert.match(
      await history(app, 'Well-Led FTSU 5'),
      /Closure approved[\s\S]*Proposed for closure → Closed/,
    );

    // Returning FTSU 6.
    const six = { actionId: 'act-wl-ftsu-6', organisationId: 'well-led-trust' };
    const sixCard = await open(app, six, DOCA);
    await invoke(
      app,
      press(
        sixCard.card,
        'Save update',
        { note: 'Done.', deliveryStatus: 'delivered', proposeClosure: 'true' },
        { aadObjectId: DOCA },
      ),
    );
    const sixSecretary = await open(app, six, SECRETARY);
    const noReason = await invoke(
      app,
      press(sixSecretary.card, 'Return to owner', { closureNote: '' }, { aadObjectId: SECRETARY }),
    );
    assert.match(noReason.text, /Say why the action is being returned/);
    const returned = await invoke(
      app,
      press(
        sixSecretary.card,
        'Return to owner',
        { closureNote: 'No evidence of the survey results.' },
        { aadObjectId: SECRETARY, name: 'Alex Morgan' },
      ),
    );
    assert.match(returned.text, /Returned to the owners by Alex Morgan/);
    assert.match(returned.text, /Open\s*·\s*Delivered/);
    assert.match(
      await history(app, 'Well-Led FTSU 6'),
      /Returned \(closure not approved\)[\s\S]*No evidence of the survey results/,
    );
  });

  /** The owner marks an action delivered and proposes it for closure. */
  async function propose(ref: typeof FTSU5, note: string): Promise<void> {
    const { card } = await open(app, ref, DOCA);
    const saved = await invoke(
      app,
      press(
        card,
        'Save update',
        { note, deliveryStatus: 'delivered', proposeClosure: 'true' },
        { aadObjectId: DOCA, name: 'Yusuf Ali' },
      ),
    );
    assert.match(saved.text, /Proposed for closure: the board secretary will approve it/);
  }

  it('withdraws a proposal for closure when the owner reports a setback, on the card and in the history', async () => {
    await propose(FTSU5, 'All roadshows held.');
    const { card, text } = await open(app, FTSU5, DOCA);
    assert.match(text, /withdraws the proposal, and it goes back to Open/);
    const saved = await invoke(
      app,
      press(
        card,
        'Save update',
        { note: 'Two sites cancelled their roadshow.', deliveryStatus: 'some-issues' },
        { aadObjectId: DOCA, name: 'Yusuf Ali' },
      ),
    );
    assert.match(
      saved.text,
      /Proposal for closure withdrawn \(the owner reports Some issues\): the action is open again\./,
    );
    assert.match(saved.text, /Open\s*·\s*Some issues/);
    assert.match(
      await history(app, 'Well-Led FTSU 5'),
      /Proposal for closure withdrawn: Some issues reported[\s\S]*status: Proposed for closure → Open[\s\S]*Two sites cancelled/,
    );
    const secretary = await open(app, FTSU5, SECRETARY);
    assert.throws(() => button(secretary.card, 'Approve closure'), 'nothing left to decide');
    const list = messages(
      await post(
        app.url,
        personalMessage('actions proposed for closure', { aadObjectId: SECRETARY }),
      ),
    )[0]!;
    assert.doesNotMatch(list.text, /Well-Led FTSU 5\n/);
  });

  it('lets the secretary decide from "update <ref>" without typing a progress note', async () => {
    await propose(FTSU5, 'All roadshows held.');
    const reply = messages(
      await post(app.url, personalMessage('update FTSU 5', { aadObjectId: SECRETARY })),
    )[0]!;
    assert.match(reply.text, /Closure decision/);
    assert.deepEqual(pressWithNothingTyped(reply.card, 'Approve closure').blockedBy, []);
    assert.deepEqual(pressWithNothingTyped(reply.card, 'Return to owner').blockedBy, [
      'closureNote',
    ]);
    const approved = await invoke(
      app,
      press(reply.card, 'Approve closure', {}, { aadObjectId: SECRETARY, name: 'Alex Morgan' }),
    );
    assert.match(approved.text, /Closed by Alex Morgan/);
  });

  it('offers the secretary Approve and Return on each action in "actions proposed for closure"', async () => {
    await propose(FTSU5, 'All roadshows held.');
    await propose({ ...FTSU5, actionId: 'act-wl-ftsu-6' }, 'Survey done.');
    const ask = async () =>
      messages(
        await post(
          app.url,
          personalMessage('actions proposed for closure', { aadObjectId: SECRETARY }),
        ),
      )[0]!;
    const list = await ask();
    assert.match(list.text, /Well-Led FTSU 5[\s\S]*Well-Led FTSU 6/);
    assert.deepEqual(pressWithNothingTyped(list.card, 'Approve closure').blockedBy, []);
    const approved = await invoke(
      app,
      press(list.card, 'Approve closure', {}, { aadObjectId: SECRETARY, name: 'Alex Morgan' }),
    );
    assert.match(approved.text, /Well-Led FTSU 5[\s\S]*Closed by Alex Morgan/);
    const again = await invoke(
      app,
      press(approved.card, 'Back to the list', {}, { aadObjectId: SECRETARY }),
    );
    assert.doesNotMatch(again.text, /Well-Led FTSU 5\n/, 'the closed action has left the list');
    const returnSix = button(again.card, 'Return to owner');
    assert.equal(returnSix.data.actionId, 'act-wl-ftsu-6');
    const returned = await invoke(
      app,
      cardAction(
        returnSix.verb,
        { ...returnSix.data, 'returnReason-act-wl-ftsu-6': 'No survey results attached.' },
        { aadObjectId: SECRETARY, name: 'Alex Morgan' },
      ),
    );
    assert.match(returned.text, /Returned to the owners by Alex Morgan/);
    assert.match(
      await history(app, 'Well-Led FTSU 6'),
      /Returned \(closure not approved\)[\s\S]*No survey results attached\./,
    );
    // A second press of the same Approve finds the decision already recorded.
    const twice = await invoke(
      app,
      press(list.card, 'Approve closure', {}, { aadObjectId: SECRETARY, name: 'Alex Morgan' }),
    );
    assert.match(twice.text, /This decision was already recorded/);
  });

  it('keeps an acknowledged update across a restart', async () => {
    const { card } = await open(app, FTSU5, DOCA);
    await invoke(
      app,
      press(
        card,
        'Save update',
        { note: 'Survives restarts.', deliveryStatus: 'on-track' },
        { aadObjectId: DOCA },
      ),
    );
    await app.stop();
    app = await startTestApp(dir.dir, {}, { clock: () => NOW });
    const after = await open(app, FTSU5, DOCA);
    assert.match(after.text, /Survives restarts\./);
  });
});
