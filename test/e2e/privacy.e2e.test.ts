import assert from 'node:assert/strict';
import { startTestApp } from '../helpers/app';
import {
  BOT_ID,
  cardAction,
  channelMessage,
  invokeCard,
  messages,
  personalInstall,
  personalMessage,
  post,
  press,
  TENANT_ID,
  teamMembership,
  visibleText,
} from '../helpers/botClient';
import { FakeConnector, type ReceivedActivity } from '../helpers/fakeConnector';
import { privateMeeting, SECRET_OF_PRIVATE_MEETING } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';

/**
 * Private (Part II) business never reaches a channel or group chat, nor anyone outside the directory,
 * by any route: typed questions, buttons (Action.Execute and the Action.Submit fallback), paging,
 * secretary tools, reminders, and closure notices. One private meeting is the next meeting; its
 * agenda items came from the workplan and are marked public, as the review found.
 */
const NOW = new Date('2026-11-24T10:00:00Z');
const SECRETARY = { aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'Alex Morgan' };
const DOCA = { aadObjectId: '00000000-0000-4000-8000-000000000027', name: 'Yusuf Ali' };
const STRANGER = { aadObjectId: '9a9a9a9a-1111-4222-8333-444444444444', name: 'Someone Else' };
const TEAM = { teamId: '19:gtb-team@thread.tacv2', teamName: 'Group Trust Board' };
const PAPERS = { id: '19:board-papers@thread.tacv2', name: 'Board papers' };
const SECRET = SECRET_OF_PRIVATE_MEETING;

function groupMessage(text: string, from: typeof DOCA) {
  const activity = personalMessage(`<at>Board Clerk</at> ${text}`, from);
  return {
    ...activity,
    conversation: {
      id: '19:group-chat@thread.v2',
      conversationType: 'groupChat',
      isGroup: true,
      tenantId: TENANT_ID,
    },
    entities: [
      {
        type: 'mention',
        text: '<at>Board Clerk</at>',
        mentioned: { id: BOT_ID, name: 'Board Clerk' },
      },
    ],
  };
}

function cardText(r: ReceivedActivity): string {
  const attachments = (r.activity.attachments ?? []) as { content: unknown }[];
  return attachments.map((a) => visibleText(a.content) + JSON.stringify(a.content)).join('\n');
}

describe('private business by every route (end to end over HTTP)', function () {
  this.timeout(90_000);
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let dir: { dir: string; cleanup: () => Promise<void> };
  let connector: FakeConnector;

  before(async () => {
    dir = await tempDir();
    connector = await new FakeConnector().start();
    app = await startTestApp(dir.dir, { SECRETARIAT_CHANNEL_ID: PAPERS.id }, { clock: () => NOW });
    await app.opened.store.create(privateMeeting);
    connector.addTeam(TEAM.teamId, [{ id: TEAM.teamId }, PAPERS]);
    connector.setMembers(TEAM.teamId, [
      { id: '29:a', aadObjectId: SECRETARY.aadObjectId, name: SECRETARY.name },
    ]);
    assert.equal(
      (await post(app.url, teamMembership('added', TEAM, connector.url, SECRETARY))).status,
      200,
    );
    for (const who of [SECRETARY, DOCA])
      assert.equal((await post(app.url, personalInstall('add', who, connector.url))).status, 200);
  });
  after(async () => {
    await app.stop();
    await connector.stop();
    await dir.cleanup();
  });

  async function reply(activity: unknown): Promise<string> {
    const response = await post(app.url, activity);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const invoked = response.replies.length === 0 ? invokeCard(response) : null;
    if (invoked) return visibleText(invoked) + JSON.stringify(invoked);
    return messages(response)
      .map((m) => m.text + JSON.stringify(m.card))
      .join('\n');
  }

  /** The action's owner opens its progress form in their personal chat and saves an update. */
  async function saveUpdate(actionId: string, values: Record<string, string>): Promise<void> {
    const open = invokeCard(
      await post(
        app.url,
        cardAction('action.open', { actionId, organisationId: 'well-led-trust' }, DOCA),
      ),
    );
    const saved = await post(app.url, press(open, 'Save update', values, DOCA));
    assert.equal(saved.status, 200);
  }

  const questions = [
    'next board agenda',
    'agenda for 28 January 2027',
    'when is the next board meeting?',
  ];

  for (const question of questions) {
    it(`"${question}" in a channel leaves the private meeting's agenda and join link out`, async () => {
      const text = await reply(channelMessage(question, DOCA));
      assert.doesNotMatch(text, SECRET);
      assert.match(text, /28 January 2027/, 'the meeting itself is named');
    });

    it(`"${question}" in a group chat leaves them out too`, async () => {
      assert.doesNotMatch(await reply(groupMessage(question, DOCA)), SECRET);
    });

    it(`"${question}" from someone outside the directory leaves them out, even in private`, async () => {
      assert.doesNotMatch(await reply(personalMessage(question, STRANGER)), SECRET);
    });
  }

  it('shows them to a board member in a personal chat', async () => {
    assert.match(await reply(personalMessage('next board agenda', DOCA)), SECRET);
  });

  it('leaves them out when a button asks in a channel (Action.Execute) or its Action.Submit fallback', async () => {
    const inChannel = channelMessage('x', DOCA);
    const execute = {
      ...cardAction('question.ask', { question: 'next board agenda' }, DOCA),
      serviceUrl: connector.url,
      conversation: inChannel.conversation,
      channelData: inChannel.channelData,
    };
    // The card pressed is shared: it stays as it is, and the answer is posted in its thread.
    const before = connector.received.length;
    const pressed = await post(app.url, execute);
    assert.equal(pressed.status, 200, JSON.stringify(pressed.body));
    assert.equal(invokeCard(pressed), null, 'the shared card is not replaced');
    assert.deepEqual(pressed.body, {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Answered below.',
    });
    const posted = connector.received.slice(before);
    assert.equal(posted.length, 1, 'one answer posted');
    assert.equal(
      posted[0]!.conversationId,
      '19:general@thread.tacv2;messageid=1',
      'in the card’s thread',
    );
    const answer = JSON.stringify(posted[0]!.activity);
    assert.match(answer, /28 January 2027/, 'the meeting itself is named');
    assert.doesNotMatch(answer, SECRET);
    const submit = {
      ...inChannel,
      text: '',
      value: { verb: 'question.ask', question: 'next board agenda' },
    };
    assert.doesNotMatch(await reply(submit), SECRET);
  });

  it('opens secretary tools in the personal chat, never in the channel, whichever way they are asked', async () => {
    const typed = await reply(channelMessage('send reminder', SECRETARY));
    assert.match(typed, /open in your personal chat/);
    assert.match(typed, /I have sent it there/);
    assert.doesNotMatch(
      typed,
      /Yusuf Ali \(personal chat\)/,
      'no list of people’s chats in the channel',
    );
    const chat = connector.deliveredTo(`a:personal-${SECRETARY.aadObjectId}`);
    assert.ok(
      chat.some((r) => /Send a meeting reminder/.test(String(r.activity.summary))),
      'the compose card went to the personal chat',
    );
    const inChannel = channelMessage('x', SECRETARY);
    const submit = {
      ...inChannel,
      text: '',
      value: { verb: 'broadcast.preview', meetingId: privateMeeting.id, targets: 'x', when: 'now' },
    };
    const previewed = await reply(submit);
    assert.doesNotMatch(previewed, SECRET);
    assert.match(previewed, /open in your personal chat/);
  });

  it('posts a reminder of the private meeting into a channel without its agenda or join link', async () => {
    const compose = await post(app.url, {
      ...personalMessage('send reminder', SECRETARY),
      serviceUrl: connector.url,
    });
    const card = messages(compose)[0]!.card;
    const sent = await post(
      app.url,
      press(
        card,
        'Send or schedule',
        { meetingId: privateMeeting.id, targets: `${await channelKey()}`, when: 'now' },
        SECRETARY,
      ),
    );
    assert.equal(sent.status, 200);
    await app.scheduler.pass();
    const posted = connector
      .deliveredTo(PAPERS.id)
      .filter((r) => /28 January 2027/.test(cardText(r)));
    assert.equal(posted.length, 1);
    assert.doesNotMatch(cardText(posted[0]!), SECRET);
  });

  it("keeps an owner's progress note out of the closure notice posted to the secretariat channel", async () => {
    const note = 'Confidential: settlement agreed with the whistleblower.';
    await saveUpdate('act-wl-ftsu-8', {
      note,
      deliveryStatus: 'delivered',
      proposeClosure: 'true',
    });
    await app.scheduler.pass();
    const notices = connector
      .deliveredTo(PAPERS.id)
      .filter((r) => /proposes this action for closure/.test(String(r.activity.summary)));
    assert.equal(notices.length, 1);
    assert.ok(!cardText(notices[0]!).includes(note));
  });

  it('never searches a progress note where others may see the answer, nor says one matched', async () => {
    await saveUpdate('act-wl-ftsu-4', {
      note: 'Quillfeather review with HR before tenure terms.',
      deliveryStatus: 'some-issues',
    });
    for (const shared of [
      groupMessage('search quillfeather', DOCA),
      channelMessage('search quillfeather', DOCA),
      groupMessage('anything mentioning quillfeather?', DOCA),
      personalMessage('search quillfeather', STRANGER),
    ]) {
      const text = await reply(shared);
      assert.doesNotMatch(text, /FTSU 4|private item|passages? mentions?/, text.slice(0, 300));
      assert.doesNotMatch(text, /Quillfeather review/);
    }
    // (A board member in a personal chat searches their notes too.)
    assert.match(await reply(personalMessage('search quillfeather', DOCA)), /FTSU 4/);
  });

  it('never shows an answer kept from a personal chat in a channel, and shows a new note at once', async () => {
    // The same person asks the same thing, first where the note may be shown, then where it may not:
    // an answer kept for the next asker is kept for that audience only.
    const ask = 'what is the latest on FTSU 6?';
    await saveUpdate('act-wl-ftsu-6', {
      note: 'Larkspindle costs agreed in private.',
      deliveryStatus: 'some-issues',
    });
    assert.match(await reply(personalMessage(ask, DOCA)), /Larkspindle costs agreed/);
    for (const shared of [channelMessage(ask, DOCA), groupMessage(ask, DOCA)])
      assert.doesNotMatch(await reply(shared), /Larkspindle/);
    // A note saved since is in the next answer, not the one kept from before it.
    await saveUpdate('act-wl-ftsu-6', {
      note: 'Marrowfen sign-off moved to the next board.',
      deliveryStatus: 'some-issues',
    });
    assert.match(await reply(personalMessage(ask, DOCA)), /Marrowfen sign-off moved/);
    // An answer that reads who asked is theirs alone: the next person asking the same gets their own.
    assert.match(await reply(personalMessage('my overdue actions', DOCA)), /Yusuf|FTSU 6/);
    assert.doesNotMatch(
      await reply(personalMessage('my overdue actions', SECRETARY)),
      /Well-Led FTSU 6|Larkspindle|Marrowfen/,
    );
  });

  it("gives a secretary the private meeting's agenda when asked for it by its part, never a channel", async () => {
    // (A public meeting the same afternoon: "the private board" on that date is the private one.)
    await app.opened.store.create({
      ...privateMeeting,
      id: 'mtg-test-public-2027-01-28',
      title: 'Group Trust Board, 28 January 2027',
      startsAt: '2027-01-28T15:00:00.000Z',
      part: 'public',
      joinUrl: undefined,
      agenda: [{ ...privateMeeting.agenda[0]!, title: 'Chair’s welcome' }],
    });
    for (const ask of [
      'agenda for the private board on 28 january 2027',
      'whats on the part 2 agenda next time',
    ]) {
      assert.match(await reply(personalMessage(ask, SECRETARY)), SECRET, ask);
      assert.doesNotMatch(await reply(channelMessage(ask, SECRETARY)), SECRET, ask);
    }
    // (And the public one, asked for by its part, is the public meeting.)
    const publicAgenda = await reply(
      personalMessage('agenda for the public board on 28 january 2027', SECRETARY),
    );
    assert.match(publicAgenda, /Chair’s welcome/);
    assert.doesNotMatch(publicAgenda, SECRET);
  });

  /** The board papers channel's key on the compose card. */
  async function channelKey(): Promise<string> {
    const compose = await post(app.url, {
      ...personalMessage('send reminder', SECRETARY),
      serviceUrl: connector.url,
    });
    const found = JSON.stringify(messages(compose)[0]!.card).match(
      /"title":"Group Trust Board › Board papers","value":"([^"]+)"/,
    );
    assert.ok(found, 'the channel is offered');
    return found[1]!;
  }
});
