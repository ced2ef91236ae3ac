import assert from 'node:assert/strict';
import type { Meeting } from '../../src/domain';
import { startTestApp } from '../helpers/app';
import {
  channelMessage,
  invokeForCard,
  messages,
  personalInstall,
  personalMessage,
  post,
  press,
  visibleText,
} from '../helpers/botClient';
import { FakeConnector, type ReceivedActivity } from '../helpers/fakeConnector';
import { tempDir } from '../helpers/tempDir';
import { validateCard } from '../helpers/validateCard';

const SECRETARY = { aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'Alex Morgan' };
const NED = { aadObjectId: '00000000-0000-4000-8000-000000000002', name: 'Priya Desai' };
const OWEN = { aadObjectId: '00000000-0000-4000-8000-000000000011', name: 'Owen Price' };
const DOCA = { aadObjectId: '00000000-0000-4000-8000-000000000027', name: 'Yusuf Ali' };
type Who = typeof SECRETARY;

type App = Awaited<ReturnType<typeof startTestApp>>;

/** Thursday 1 April 2027 at 2pm BST, with one private-part item. Good Friday is 26 March 2027. */
const MEETING: Meeting = {
  id: 'mtg-test-2027-04-01',
  organisationId: 'lpt-nhft-group',
  kind: 'meeting',
  body: 'Group Trust Board',
  title: 'Group Trust Board, 1 April 2027',
  startsAt: '2027-04-01T13:00:00.000Z',
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

function testClock(start: string) {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = new Date(iso).getTime();
    },
  };
}

function cardText(r: ReceivedActivity): string {
  const attachments = (r.activity.attachments ?? []) as { content: unknown }[];
  return attachments.map((a) => visibleText(a.content)).join('\n');
}

describe('pre-meeting briefs (end to end)', function () {
  this.timeout(90_000);
  let app: App;
  let dir: { dir: string; cleanup: () => Promise<void> };
  let connector: FakeConnector;
  let clock: ReturnType<typeof testClock>;

  async function start(): Promise<void> {
    app = await startTestApp(dir.dir, {}, { clock: clock.now });
  }

  async function say(text: string, from: Who, where: 'personal' | 'channel' = 'personal') {
    const activity =
      where === 'personal' ? personalMessage(text, from) : channelMessage(text, from);
    const response = await post(app.url, { ...activity, serviceUrl: connector.url });
    assert.equal(response.status, 200);
    const [reply] = messages(response);
    assert.ok(reply, `a reply to "${text}"`);
    validateCard(reply.card);
    return reply;
  }

  beforeEach(async () => {
    dir = await tempDir();
    connector = await new FakeConnector().start();
    clock = testClock('2027-03-24T10:00:00Z'); // a Wednesday, eight days before the meeting
    await start();
    await app.opened.store.create(MEETING);
  });
  afterEach(async () => {
    await app.stop();
    await connector.stop();
    await dir.cleanup();
  });

  it('answers "brief me" with the next meeting the asker attends; the private item only in their own chat', async () => {
    const mine = await say('brief me', OWEN);
    assert.match(
      mine.summary,
      /^Your brief: Group Trust Board, Thursday 1 April 2027 at 2\.00pm\. \d+ of your actions due/,
    );
    assert.match(mine.text, /Chief Executive appraisal \(confidential\)/);
    assert.match(mine.text, /Join the meeting/);
    assert.match(mine.text, /Risks to look at/);
    assert.match(mine.text, /Source: /);

    // Update on one of Owen's actions opens its progress card.
    const progress = await invokeForCard(app.url, press(mine.card, 'Update', {}, OWEN));
    assert.match(progress.text, /Save update/);

    const inChannel = await say('brief me', OWEN, 'channel');
    assert.match(inChannel.text, /Apologies for absence/);
    assert.doesNotMatch(inChannel.text, /appraisal/i);
    assert.match(inChannel.text, /1 private item .*is not shown here/);

    const elsewhere = await say('what do I need for the next board?', DOCA);
    assert.match(elsewhere.text, /no upcoming meeting that you attend/);
  });

  it("lets a member stop and start briefs, and shows a secretary a member's brief in a personal chat only", async () => {
    assert.match((await say('stop briefs', NED)).text, /^Briefs stopped/m);
    const preview = await say('brief for Priya Desai', SECRETARY);
    assert.match(preview.text, /^Preview of what Priya Desai gets$/m);
    assert.match(preview.text, /Priya Desai said "stop briefs" on 24 March 2027/);
    assert.match((await say('start briefs', NED)).text, /^Briefs on/m);
    assert.match((await say('brief for Priya Desai', SECRETARY, 'channel')).text, /personal chat/i);
    assert.doesNotMatch(
      (await say('brief for Priya Desai', SECRETARY, 'channel')).text,
      /Preview of what/,
    );
    assert.match((await say('brief for Priya Desai', NED)).text, /Only a board secretary/);
  });

  it('sends each attending member their brief three working days before, once, with the report to the secretary', async () => {
    for (const who of [SECRETARY, NED, OWEN, DOCA])
      assert.equal((await post(app.url, personalInstall('add', who, connector.url))).status, 200);
    await say('stop briefs', OWEN);
    const chat = (who: Who) => connector.deliveredTo(`a:personal-${who.aadObjectId}`);
    const briefs = (who: Who) =>
      chat(who).filter((r) => /^Your brief: /.test(String(r.activity.summary)));

    // Easter Monday and Good Friday are not working days: three before Thursday 1 April is 25 March.
    clock.set('2027-03-25T08:59:00Z');
    await app.scheduler.pass();
    assert.equal(connector.received.length, 0, 'not before 9am');

    clock.set('2027-03-25T09:00:30Z');
    await app.scheduler.pass();
    for (const who of [SECRETARY, NED]) {
      assert.equal(briefs(who).length, 1, `${who.name} gets one brief`);
      const received = briefs(who)[0]!;
      validateCard((received.activity.attachments as { content: unknown }[])[0]!.content);
      assert.match(
        String(received.activity.summary),
        /^Your brief: Group Trust Board, Thursday 1 April 2027 at 2\.00pm/,
      );
      assert.match(cardText(received), /Chief Executive appraisal \(confidential\)/);
      assert.match(cardText(received), new RegExp(`For ${who.name}`));
    }
    assert.equal(chat(OWEN).length, 0, 'Owen said "stop briefs"');
    assert.equal(chat(DOCA).length, 0, 'the Well-Led trust does not attend the Group Trust Board');
    const report = chat(SECRETARY).find((r) => /Delivery report/.test(cardText(r)));
    assert.ok(report, 'the delivery report goes to the secretary');
    assert.match(cardText(report), /Brief: Group Trust Board, 1 April 2027/);
    const latest = connector.updates.filter((u) => u.activityId === report.activityId).at(-1);
    assert.match(cardText(latest ?? report), /2 delivered, 0 in progress, 0 failed/);

    // Later passes, and a restart, send nothing again.
    clock.set('2027-03-26T09:00:00Z');
    await app.scheduler.pass();
    await app.stop();
    await start();
    await app.scheduler.pass();
    assert.equal(briefs(SECRETARY).length + briefs(NED).length, 2);
  });
});
