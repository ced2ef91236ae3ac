import assert from 'node:assert/strict';
import type { Meeting } from '../../src/domain';
import { startTestApp } from '../helpers/app';
import {
  cardAction,
  channelEvent,
  input,
  invokeForCard,
  messages,
  personalInstall,
  personalMessage,
  post,
  press,
  teamMembership,
  visibleText,
} from '../helpers/botClient';
import { FakeConnector, type ReceivedActivity } from '../helpers/fakeConnector';
import { tempDir } from '../helpers/tempDir';
import { validateCard } from '../helpers/validateCard';

const SECRETARY = { aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'Alex Morgan' };
const NED = { aadObjectId: '00000000-0000-4000-8000-000000000002', name: 'Priya Desai' };
const DOCA = { aadObjectId: '00000000-0000-4000-8000-000000000027', name: 'Yusuf Ali' };
const TEAM = { teamId: '19:gtb-team@thread.tacv2', teamName: 'Group Trust Board' };
const PAPERS = { id: '19:board-papers@thread.tacv2', name: 'Board papers' };

type App = Awaited<ReturnType<typeof startTestApp>>;

/** A clock the test moves; every part of the app reads it. */
function testClock(start: string) {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = new Date(iso).getTime();
    },
  };
}

async function say(app: App, text: string, from: typeof SECRETARY, serviceUrl: string) {
  const response = await post(app.url, { ...personalMessage(text, from), serviceUrl });
  assert.equal(response.status, 200);
  const answer = messages(response)[0]!;
  validateCard(answer.card);
  return answer;
}

function invoke(app: App, activity: unknown): Promise<{ card: unknown; text: string }> {
  return invokeForCard(app.url, activity);
}

/** The compose card's "Post to" choices, by title. */
function targetChoices(card: unknown): Map<string, string> {
  const targets = input(card, 'targets') as { choices: { title: string; value: string }[] };
  return new Map(targets.choices.map((c) => [c.title, c.value]));
}

function cardText(r: ReceivedActivity): string {
  const attachments = (r.activity.attachments ?? []) as { content: unknown }[];
  return attachments.map((a) => visibleText(a.content)).join('\n');
}

describe('board secretaries broadcast reminders (end to end with a fake Bot Connector)', function () {
  this.timeout(90_000);
  let app: App;
  let dir: { dir: string; cleanup: () => Promise<void> };
  let connector: FakeConnector;
  let clock: ReturnType<typeof testClock>;

  async function start(): Promise<void> {
    // Pre-meeting briefs go to members' personal chats on their own; test/e2e/briefs.e2e.test.ts
    // covers them, so this suite counts only the secretaries' reminders and chasers.
    app = await startTestApp(
      dir.dir,
      { REMINDER_SCHEDULE: JSON.stringify({ '*': { brief: null } }) },
      { clock: clock.now },
    );
  }

  /** The owner (the demo DoCA) marks an action delivered and proposes it for closure. */
  async function proposeClosure(actionId: string, note: string): Promise<void> {
    const open = await invoke(
      app,
      cardAction('action.open', { actionId, organisationId: 'well-led-trust' }, DOCA),
    );
    await invoke(
      app,
      press(
        open.card,
        'Save update',
        { note, deliveryStatus: 'delivered', proposeClosure: 'true' },
        DOCA,
      ),
    );
  }

  /** Installs the app where the tests post: the board team (two channels) and three personal chats. */
  async function install(): Promise<void> {
    connector.addTeam(TEAM.teamId, [{ id: TEAM.teamId }, PAPERS]);
    connector.setMembers(TEAM.teamId, [
      { id: '29:a', aadObjectId: SECRETARY.aadObjectId, name: SECRETARY.name },
    ]);
    const added = await post(app.url, teamMembership('added', TEAM, connector.url, SECRETARY));
    assert.equal(added.status, 200);
    for (const who of [SECRETARY, DOCA, NED])
      assert.equal((await post(app.url, personalInstall('add', who, connector.url))).status, 200);
  }

  beforeEach(async () => {
    dir = await tempDir();
    connector = await new FakeConnector().start();
    clock = testClock('2026-11-24T10:00:00Z'); // a Tuesday: this week's chasers are not due
    await start();
  });
  afterEach(async () => {
    await app.stop();
    await connector.stop();
    await dir.cleanup();
  });

  it('tracks installs, channels and removals in the store, across restarts', async () => {
    await install();
    const compose = await say(app, 'send a reminder', SECRETARY, connector.url);
    // No upcoming meeting yet: the secretary is offered to create one.
    assert.match(compose.text, /no upcoming meeting/i);

    const newChannel = { id: '19:secretariat@thread.tacv2', name: 'Secretariat' };
    connector.addTeam(TEAM.teamId, [{ id: TEAM.teamId }, PAPERS, newChannel]);
    await post(app.url, channelEvent('channelCreated', TEAM, newChannel, connector.url));
    await app.stop();
    await start(); // references live in the store, not memory
    const conversations = (await app.opened.store.listConversations()).map((c) => c.value);
    const team = conversations.find((c) => c.scope === 'team');
    assert.deepEqual(
      team?.channels.map((c) => c.name),
      ['General', 'Board papers', 'Secretariat'],
    );
    assert.equal(conversations.filter((c) => c.scope === 'personal').length, 3);

    await post(app.url, teamMembership('removed', TEAM, connector.url, SECRETARY));
    await post(app.url, personalInstall('remove', NED, connector.url));
    const after = (await app.opened.store.listConversations({ status: 'installed' })).map(
      (c) => c.value,
    );
    assert.equal(after.filter((c) => c.scope === 'team').length, 0, 'the team is gone');
    assert.equal(after.filter((c) => c.scope === 'personal').length, 2);
  });

  it('welcomes a small team when added, and stays quiet in a large one', async () => {
    connector.addTeam(TEAM.teamId, [{ id: TEAM.teamId }]);
    connector.setMembers(TEAM.teamId, [
      { id: '29:a', aadObjectId: SECRETARY.aadObjectId, name: SECRETARY.name },
    ]);
    const small = messages(await post(app.url, teamMembership('added', TEAM, connector.url)));
    assert.equal(small.length, 1);
    assert.match(small[0]!.text, /Hello, I am Board Clerk\. Mention me/);
    const big = { teamId: '19:all-staff@thread.tacv2', teamName: 'All staff' };
    connector.addTeam(big.teamId, [{ id: big.teamId }]);
    connector.setMembers(
      big.teamId,
      Array.from({ length: 60 }, (_, i) => ({
        id: `29:${i}`,
        aadObjectId: `aad-${i}`,
        name: `Member ${i}`,
      })),
    );
    const large = messages(await post(app.url, teamMembership('added', big, connector.url)));
    assert.equal(large.length, 0, 'no welcome in a large team');
    const installed = (await app.opened.store.listConversations({ status: 'installed' })).map(
      (c) => c.value.teamName,
    );
    assert.deepEqual(
      installed.sort(),
      ['All staff', 'Group Trust Board'],
      'both installs are recorded',
    );
  });

  it('refuses everyone but board secretaries, whatever they type or press', async () => {
    await install();
    for (const command of ['new meeting', 'send reminder', 'broadcasts', 'chase overdue actions']) {
      const reply = await say(app, command, NED, connector.url);
      assert.match(reply.text, /Only a board secretary can/, command);
    }
    const form = await say(app, 'new meeting', SECRETARY, connector.url);
    const forged = await invoke(
      app,
      press(
        form.card,
        'Save meeting',
        { body: 'Group Trust Board', date: '2027-01-28', time: '10:00', part: 'public' },
        NED,
      ),
    );
    assert.match(forged.text, /Only a board secretary can create or edit meetings/);
    assert.equal(
      (await app.opened.store.list('meeting')).filter((m) => m.startsAt > '2026-11-23').length,
      0,
      'no meeting was created',
    );
  });

  it('creates a meeting from Teams with the agenda from the workplan, and edits it', async () => {
    const form = await say(app, 'add a board meeting', SECRETARY, connector.url);
    assert.ok(input(form.card, 'joinUrl'), 'the form asks for the join link');
    const bad = await invoke(
      app,
      press(
        form.card,
        'Save meeting',
        { body: 'Group Trust Board', date: '2027-02-30', time: '25:00', part: 'public' },
        SECRETARY,
      ),
    );
    assert.match(bad.text, /Enter a real date/);
    const saved = await invoke(
      app,
      press(
        form.card,
        'Save meeting',
        {
          body: 'Group Trust Board',
          date: '2027-01-28',
          time: '15:00',
          part: 'public',
          joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
          paperDeadlineDate: '2027-01-20',
          paperDeadlineTime: '12:00',
        },
        SECRETARY,
      ),
    );
    assert.match(saved.text, /Thursday 28 January 2027 at 3\.00pm/);
    assert.match(saved.text, /20 January 2027 at 12\.00pm/);
    assert.match(
      saved.text,
      /Apologies for absence|Chair/i,
      'standing items come from the workplan',
    );
    const next = await say(app, 'when is the next board meeting?', DOCA, connector.url);
    assert.match(next.text, /28 January 2027/);

    const edit = await invoke(app, press(saved.card, 'Edit', {}, SECRETARY));
    assert.equal(input(edit.card, 'time')?.value, '15:00', 'the form shows the UK time');
    const moved = await invoke(
      app,
      press(
        edit.card,
        'Save meeting',
        { body: 'Group Trust Board', date: '2027-01-28', time: '14:00', part: 'public' },
        SECRETARY,
      ),
    );
    assert.match(moved.text, /at 2\.00pm/);
  });

  async function privateMixMeeting(): Promise<Meeting> {
    const meeting: Meeting = {
      id: 'mtg-test-2027-04-01',
      organisationId: 'lpt-nhft-group',
      kind: 'meeting',
      body: 'Group Trust Board',
      title: 'Group Trust Board, 1 April 2027',
      startsAt: '2027-04-01T13:00:00.000Z', // 2.00pm BST
      printedDate: '1 April 2027 at 2pm',
      part: 'public',
      location: 'Microsoft Teams',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/xyz',
      paperDeadline: '2027-03-26T12:00:00.000Z',
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
          title: 'Chief Executive appraisal (confidential)',
          type: 'Paper',
          lead: 'Chair',
          part: 'private',
          asRequired: false,
        },
      ],
      source: { documentId: 'src-board-clerk', section: 'Test meeting' },
      dataQuality: [],
    };
    await app.opened.store.create(meeting);
    return meeting;
  }

  it('composes, previews and sends a reminder now; channels never get private items; the report updates in place', async () => {
    await install();
    await privateMixMeeting();
    const compose = await say(app, 'send reminder', SECRETARY, connector.url);
    const targets = targetChoices(compose.card);
    const papers = targets.get('Group Trust Board › Board papers')!;
    const doca = targets.get('Yusuf Ali (personal chat)')!;
    assert.ok(papers && doca, `targets offered: ${[...targets.keys()].join(', ')}`);
    const values = {
      meetingId: 'mtg-test-2027-04-01',
      targets: `${papers},${doca}`,
      when: 'now',
    };

    const preview = await invoke(app, press(compose.card, 'Preview', values, SECRETARY));
    assert.match(preview.text, /Preview: not sent yet/);
    assert.match(preview.text, /Apologies for absence/);
    assert.doesNotMatch(
      preview.text,
      /Chief Executive appraisal/,
      'the preview shows the channel version',
    );

    const sent = await invoke(app, press(preview.card, 'Send or schedule', {}, SECRETARY));
    assert.match(sent.text, /Sending now to .*Group Trust Board › Board papers/);
    await app.scheduler.pass();

    const inChannel = connector.deliveredTo(PAPERS.id);
    const inChat = connector.deliveredTo(`a:personal-${DOCA.aadObjectId}`);
    assert.equal(inChannel.length, 1, 'one message in the channel');
    assert.equal(inChat.length, 1, 'one message in the personal chat');
    assert.match(cardText(inChannel[0]!), /Apologies for absence/);
    assert.match(cardText(inChannel[0]!), /Join the meeting/);
    assert.doesNotMatch(cardText(inChannel[0]!), /Chief Executive appraisal/);
    assert.match(cardText(inChat[0]!), /Chief Executive appraisal/);
    assert.match(
      String(inChannel[0]!.activity.summary),
      /Reminder: Group Trust Board, Thursday 1 April 2027 at 2\.00pm/,
    );
    assert.match(cardText(inChannel[0]!), /26 March 2027 at 12\.00pm/, 'the paper deadline');
    assert.match(cardText(inChannel[0]!), /Matters arising/);

    const reports = connector.deliveredTo(`a:personal-${SECRETARY.aadObjectId}`);
    assert.equal(reports.length, 1, 'one report card in the secretary’s chat');
    const latest = connector.updates.filter((u) => u.activityId === reports[0]!.activityId).at(-1);
    assert.match(cardText(latest ?? reports[0]!), /2 delivered, 0 in progress, 0 failed/);

    const list = await say(app, 'broadcasts', SECRETARY, connector.url);
    // Where it went, each place by name.
    assert.match(
      list.text,
      /Sent · [^\n]* · to [^\n]*Yusuf Ali \(personal chat\)[^\n]* · 2 delivered/,
    );
    assert.match(
      list.text,
      /Sent · [^\n]* · to [^\n]*Group Trust Board › Board papers[^\n]* · 2 delivered/,
    );
  });

  it('delivers a double-pressed or retried Send once, and schedules once', async () => {
    await install();
    await privateMixMeeting();
    const compose = await say(app, 'send reminder', SECRETARY, connector.url);
    const papers = targetChoices(compose.card).get('Group Trust Board › Board papers')!;
    const now = press(
      compose.card,
      'Send or schedule',
      { meetingId: 'mtg-test-2027-04-01', targets: papers, when: 'now' },
      SECRETARY,
    );
    const first = await invoke(app, now);
    assert.match(first.text, /Sending now to Group Trust Board › Board papers/);
    const again = await invoke(app, { ...now, id: 'a-second-press' });
    assert.match(again.text, /Already sent: this reminder was sent from this card/);
    await app.scheduler.pass();
    assert.equal(connector.deliveredTo(PAPERS.id).length, 1, 'delivered once');

    // The default schedule from a preview, pressed twice: three reminders, not six.
    const preview = await invoke(
      app,
      press(
        compose.card,
        'Preview',
        { meetingId: 'mtg-test-2027-04-01', targets: papers, when: 'default' },
        SECRETARY,
      ),
    );
    const schedule = press(preview.card, 'Send or schedule', {}, SECRETARY);
    assert.match((await invoke(app, schedule)).text, /Scheduled 3 reminders/);
    assert.match((await invoke(app, schedule)).text, /Already scheduled/);
    const jobs = (await app.opened.store.listBroadcasts({ meetingId: 'mtg-test-2027-04-01' }))
      .map((j) => j.value)
      .filter((j) => j.status !== 'cancelled');
    assert.equal(jobs.length, 4, 'one sent now and three scheduled');
  });

  it('sends the default reminders at 9am UK time, across the change to British Summer Time', async () => {
    await install();
    await privateMixMeeting();
    const compose = await say(app, 'schedule reminders', SECRETARY, connector.url);
    const targets = targetChoices(compose.card);
    const papers = targets.get('Group Trust Board › Board papers')!;
    const sent = await invoke(
      app,
      press(
        compose.card,
        'Send or schedule',
        { meetingId: 'mtg-test-2027-04-01', targets: papers, when: 'default' },
        SECRETARY,
      ),
    );
    // Paper deadline 26 March (GMT): 24 March 9am = 09:00Z. Week before: 25 March 9am GMT = 09:00Z.
    // Clocks go forward on 28 March 2027, so the day before (31 March) 9am BST is 08:00Z.
    assert.match(
      sent.text,
      /Scheduled 3 reminders: 24 March 2027 at 9\.00am; 25 March 2027 at 9\.00am; 31 March 2027 at 9\.00am/,
    );
    const at = async (iso: string) => {
      clock.set(iso);
      await app.scheduler.pass();
      return connector.deliveredTo(PAPERS.id).length;
    };
    assert.equal(await at('2027-03-24T08:59:00Z'), 0);
    assert.equal(await at('2027-03-24T09:00:30Z'), 1, 'paper deadline reminder');
    assert.equal(await at('2027-03-25T09:00:30Z'), 2, 'one week to go');
    assert.equal(await at('2027-03-31T07:59:00Z'), 2, 'not an hour early');
    assert.equal(await at('2027-03-31T08:00:30Z'), 3, 'the day before, 9am BST');
    const headlines = connector.deliveredTo(PAPERS.id).map((r) => String(r.activity.summary));
    assert.match(headlines[0]!, /^Paper deadline reminder/);
    assert.match(headlines[1]!, /^One week to go/);
    assert.match(headlines[2]!, /^Tomorrow/);
    assert.equal(await at('2027-04-02T10:00:00Z'), 3, 'nothing sent twice');
  });

  it('cancels a scheduled reminder so it never goes', async () => {
    await install();
    await privateMixMeeting();
    const compose = await say(app, 'send reminder', SECRETARY, connector.url);
    const targets = targetChoices(compose.card);
    const sent = await invoke(
      app,
      press(
        compose.card,
        'Send or schedule',
        {
          meetingId: 'mtg-test-2027-04-01',
          targets: [...targets.values()][0]!,
          when: 'at',
          atDate: '2027-03-30',
          atTime: '10:00',
        },
        SECRETARY,
      ),
    );
    assert.match(sent.text, /Scheduled 1 reminder: 30 March 2027 at 10\.00am/);
    const cancelled = await invoke(app, press(sent.card, 'Cancel', {}, SECRETARY));
    assert.match(cancelled.text, /Cancelled: /);
    clock.set('2027-03-30T12:00:00Z');
    await app.scheduler.pass();
    assert.equal(connector.received.filter((r) => !/Delivery report/.test(cardText(r))).length, 0);
  });

  it('chases action owners with their digest and lists the owners it could not reach for the secretary', async () => {
    await install();
    const asked = await say(app, 'chase overdue actions', SECRETARY, connector.url);
    assert.match(asked.text, /Nothing is sent until you press Chase now/);
    assert.match(asked.text, /Yusuf Ali/, 'the owners it will reach are listed');
    await app.scheduler.pass();
    assert.equal(
      connector.deliveredTo(`a:personal-${DOCA.aadObjectId}`).length,
      0,
      'typing the command sends nothing',
    );
    const chased = await invoke(app, press(asked.card, 'Chase now', {}, SECRETARY));
    assert.match(chased.text, /Chasing now: a digest to \d+ action owner/);
    const again = await invoke(app, press(asked.card, 'Chase now', {}, SECRETARY));
    assert.match(again.text, /Already chasing/, 'pressed twice, it chases once');
    await app.scheduler.pass();
    const digest = connector.deliveredTo(`a:personal-${DOCA.aadObjectId}`);
    assert.equal(digest.length, 1);
    assert.match(String(digest[0]!.activity.summary), /Your actions this week: \d+ overdue/);
    const text = cardText(digest[0]!);
    assert.match(text, /Well-Led FTSU/);
    assert.match(text, /Update/, 'each action has the Update button');
    const summary = connector
      .deliveredTo(`a:personal-${SECRETARY.aadObjectId}`)
      .find((r) => /^Overdue actions:/.test(String(r.activity.summary)));
    assert.ok(summary, 'the overdue summary goes to the secretary');
    assert.match(cardText(summary), /Owners Board Clerk could not reach/);
    assert.match(
      cardText(summary),
      /has not added Board Clerk in a personal chat|not linked to a Teams account/,
    );
    assert.doesNotMatch(
      cardText(summary),
      /Yusuf Ali: has not added/,
      'reachable owners are not listed',
    );
  });

  it('queues the weekly chasers on Monday at 9am UK time, once', async () => {
    await install();
    clock.set('2026-11-30T08:59:00Z'); // Monday, GMT
    await app.scheduler.pass();
    assert.equal(connector.deliveredTo(`a:personal-${DOCA.aadObjectId}`).length, 0);
    clock.set('2026-11-30T09:01:00Z');
    await app.scheduler.pass();
    await app.scheduler.pass();
    assert.equal(connector.deliveredTo(`a:personal-${DOCA.aadObjectId}`).length, 1);
  });

  it('sends a closure proposal to the board secretary as an approval card that works from the chat', async () => {
    await install();
    await proposeClosure('act-wl-ftsu-7', 'Delivered in full.');
    await app.scheduler.pass();
    const approval = connector.deliveredTo(`a:personal-${SECRETARY.aadObjectId}`);
    assert.equal(approval.length, 1);
    assert.match(String(approval[0]!.activity.summary), /proposes this action for closure/);
    const card = (approval[0]!.activity.attachments as { content: unknown }[])[0]!.content;
    validateCard(card);
    const approved = await invoke(app, press(card, 'Approve closure', {}, SECRETARY));
    assert.match(approved.text, /Closed by Alex Morgan/);
    await app.scheduler.pass();
    const told = connector.deliveredTo(`a:personal-${DOCA.aadObjectId}`);
    assert.equal(told.length, 1, 'the owner hears the decision');
    assert.match(String(told[0]!.activity.summary), /Closed: Alex Morgan approved the closure/);
  });

  it('sends closure proposals and the overdue summary to the secretariat channel when one is set', async () => {
    await app.stop();
    app = await startTestApp(dir.dir, { SECRETARIAT_CHANNEL_ID: PAPERS.id }, { clock: clock.now });
    await install();
    await proposeClosure('act-wl-ftsu-8', 'Done.');
    const asked = await say(app, 'chase overdue actions', SECRETARY, connector.url);
    assert.match(
      asked.text,
      /overdue summary, listing the owners who could not be reached, goes to/,
    );
    await invoke(app, press(asked.card, 'Chase now', {}, SECRETARY));
    await app.scheduler.pass();
    const inChannel = connector.deliveredTo(PAPERS.id).map((r) => String(r.activity.summary));
    assert.ok(
      inChannel.some((t) => /proposes this action for closure/.test(t)),
      inChannel.join(' | '),
    );
    assert.ok(
      inChannel.some((t) => /^Overdue actions:/.test(t)),
      inChannel.join(' | '),
    );
    const secretaryChat = connector.deliveredTo(`a:personal-${SECRETARY.aadObjectId}`);
    assert.ok(
      secretaryChat.every((r) => !/proposes this action/.test(String(r.activity.summary))),
      'not also to the personal chat',
    );
  });
});
