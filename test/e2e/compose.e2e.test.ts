import assert from 'node:assert/strict';
import { startTestApp } from '../helpers/app';
import {
  composeQuery,
  composeResults,
  type ComposeResult,
  messages,
  personalMessage,
  post,
  visibleText,
} from '../helpers/botClient';
import { privateMeeting, SECRET_OF_PRIVATE_MEETING } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';
import { validateCard } from '../helpers/validateCard';

/**
 * Search from the compose box, end to end over HTTP: `composeExtension/query` invokes as Teams sends
 * them while a person types, answered with a results list (an Adaptive Card to insert and a thumbnail
 * preview each). What is inserted can be seen by everyone in the conversation, so no private business
 * or progress note is ever offered, whatever the conversation.
 */
const NOW = new Date('2026-11-24T10:00:00Z');
const DOCA = { aadObjectId: '00000000-0000-4000-8000-000000000027', name: 'Yusuf Ali' };
const STRANGER = { aadObjectId: '9a9a9a9a-1111-4222-8333-444444444444', name: 'Someone Else' };
const SECRET = SECRET_OF_PRIVATE_MEETING;

/** Everything a result shows anywhere: its card (text and JSON) and its preview. */
const everything = (r: ComposeResult) =>
  `${visibleText(r.card)}\n${JSON.stringify(r.card)}\n${JSON.stringify(r.preview)}`;

describe('search from the compose box (end to end over HTTP)', function () {
  this.timeout(90_000);
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let dir: { dir: string; cleanup: () => Promise<void> };

  before(async () => {
    dir = await tempDir();
    app = await startTestApp(dir.dir, {}, { clock: () => NOW });
    await app.opened.store.create(privateMeeting);
  });
  after(async () => {
    await app.stop();
    await dir.cleanup();
  });

  async function search(...args: Parameters<typeof composeQuery>) {
    const response = await post(app.url, composeQuery(...args));
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const answered = composeResults(response);
    for (const r of answered.results) validateCard(r.card);
    return answered;
  }
  const titles = async (...args: Parameters<typeof composeQuery>) =>
    (await search(...args)).results.map((r) => r.preview.title);
  /** The records listed, by reference: what each preview's title begins with. */
  const listed = async (...args: Parameters<typeof composeQuery>) =>
    (await titles(...args)).map((t) => t.split(/:| · /)[0]);

  it('opens each command on what is most useful, before anything is typed', async () => {
    const risks = await titles('risk', '', DOCA);
    assert.equal(risks[0], 'GROUP BAF DRAFT', 'the risk above appetite');
    assert.equal(risks.length, 6);
    const actions = await titles('action', '', DOCA);
    assert.equal(actions[0], 'Well-Led FTSU 4', 'their most overdue action');
    const [next, ...minutes] = (await search('minute', '', DOCA)).results.map((r) => r.preview);
    assert.deepEqual(next, {
      title: 'Group Trust Board (private)',
      subtitle: 'Thursday 28 January 2027 at 2.00pm',
      text: 'Microsoft Teams',
      images: [],
      buttons: [],
    });
    assert.deepEqual(
      minutes.map((m) => m.title),
      Array.from({ length: 13 }, (_, i) => `GTB/25/${i + 8}`),
    );
    assert.equal(minutes[0]!.subtitle, "Chair's welcome and apologies for absence");
  });

  it('finds risks, actions and minutes as they are typed, by reference, name and words', async () => {
    assert.deepEqual(await listed('risk', 'baf 1', DOCA), ['GROUP BAF 1', 'BAF 01']);
    assert.deepEqual(await listed('action', 'ftsu 5', DOCA), ['Well-Led FTSU 5']);
    assert.deepEqual(await listed('minute', 'GTB/25/15', DOCA), ['GTB/25/15']);
    assert.match((await listed('action', 'Sophie Marsh', DOCA))[0]!, /^Well-Led/);
    assert.ok((await listed('minute', 'qsir', DOCA)).includes('GTB/25/9'));
  });

  it('tolerates typos', async () => {
    assert.equal((await listed('risk', 'estaets', DOCA))[0], 'BAF 04');
    assert.ok(
      (await listed('action', 'bord developmnet', DOCA))
        .slice(0, 5)
        .includes('Well-Led Leadership 1'),
    );
    assert.match((await listed('risk', 'cultre', DOCA)).join('\n'), /GROUP BAF 4|BAF 07/);
  });

  it('inserts a card with the facts, the source and "Open in Board Clerk"', async () => {
    const [risk] = (await search('risk', 'Group BAF 4', DOCA)).results;
    const text = visibleText(risk!.card);
    assert.match(text, /GROUP BAF 4/);
    assert.match(text, /Current score \d x \d = \d+/);
    assert.match(text, /tolerance/);
    assert.match(text, /Source: Group Trust Board public papers/);
    const actions = (risk!.card as { actions: { type: string; title: string; url: string }[] })
      .actions;
    assert.deepEqual(actions, [
      {
        type: 'Action.OpenUrl',
        title: 'Open in Board Clerk',
        url: 'https://teams.microsoft.com/l/chat/0/0?users=28:board-clerk-bot&message=Group%20BAF%204',
      },
    ]);
    assert.equal(risk!.preview.title, 'GROUP BAF 4');
    assert.match(risk!.preview.subtitle!, /^\S+ \w+ \d+ · \w+ tolerance$/, 'its band and score');
    assert.match(risk!.preview.text!, /^Group BAF January 2026: If we do not/, 'in its own words');

    const [action] = (await search('action', 'ftsu 5', DOCA)).results;
    assert.match(visibleText(action!.card), /Lead\n.*Director of Corporate Affairs/);
    assert.match(visibleText(action!.card), /Due 30 September 2025 · \d+ days overdue/);
    const [minute] = (await search('minute', 'GTB/25/15', DOCA)).results;
    assert.match(visibleText(minute!.card), /RESOLVED: /);
  });

  for (const where of ['groupChat', 'channel', 'personal', 'unnamed'] as const)
    it(`never offers the private meeting's agenda or join link (${where})`, async () => {
      for (const [command, query] of [
        ['minute', ''],
        ['minute', 'appraisal'],
        ['minute', 'next board'],
        ['minute', 'january 2027 board'],
      ] as const) {
        const { results } = await search(command, query, DOCA, where);
        for (const r of results)
          assert.doesNotMatch(everything(r), SECRET, `${command} "${query}"`);
      }
      const [next] = (await search('minute', 'next board', DOCA, where)).results;
      assert.match(visibleText(next!.card), /28 January 2027/, 'the meeting itself is named');
      assert.match(visibleText(next!.card), /A private meeting: its agenda goes to members/);
    });

  it('never inserts a progress note, even where the asker may read it', async () => {
    // A working note logged in Board Clerk (the paper's own "Group SEB Jan 26 - approved" before it is
    // as public as the paper).
    const first = (await app.opened.store.findActions({ riskId: 'risk-group-baf-1' })).find(
      (a) => a.value.reference === 'Group BAF 1 action 1',
    )!;
    await app.opened.store.replace(
      {
        ...first.value,
        progress: [
          ...first.value.progress,
          {
            at: '2026-11-20T09:00:00.000Z',
            by: { name: 'Chief Information Officer' },
            note: 'Working note: supplier slipped again',
            deliveryStatus: null,
          },
        ],
      },
      first.etag,
    );
    for (const where of ['groupChat', 'personal'] as const) {
      const [action] = (await search('action', 'Group BAF 1 action 1', DOCA, where)).results;
      assert.equal(action!.preview.title, 'Group BAF 1 action 1');
      assert.doesNotMatch(everything(action!), /supplier slipped again/);
      assert.match(
        visibleText(action!.card),
        /1 private item .* left out of shared cards\. Open in Board Clerk to see it/,
      );
    }
  });

  it('serves someone outside the directory with every overdue action, and nothing private', async () => {
    const { results } = await search('action', '', STRANGER);
    assert.ok(results.length >= 25);
    assert.ok(results.every((r) => /^\d+ days? overdue$/.test(r.preview.subtitle!)));
    for (const r of results) assert.doesNotMatch(everything(r), /supplier slipped again/);
    for (const r of (await search('minute', '', STRANGER)).results)
      assert.doesNotMatch(everything(r), SECRET);
    assert.deepEqual(await listed('risk', 'lpt 3', STRANGER), ['BAF 03']);
  });

  it('pages through the results as Teams asks for more', async () => {
    const first = await titles('action', 'overdue', DOCA, 'groupChat', { skip: 0, count: 25 });
    const second = await titles('action', 'overdue', DOCA, 'groupChat', { skip: 25, count: 25 });
    assert.equal(first.length, 25);
    assert.ok(second.length > 0);
    assert.equal(first.filter((t) => second.includes(t)).length, 0, 'no result twice');
  });

  it('says so when nothing matches, or the command is not Board Clerk’s', async () => {
    const none = await search('minute', 'zzzz', DOCA);
    assert.equal(none.type, 'message');
    assert.match(none.text!, /No minutes or meetings match "zzzz"/);
    const unknown = await search('weather', 'x', DOCA);
    assert.equal(unknown.type, 'message');
    assert.match(unknown.text!, /no search of that name/);
  });

  it('does not answer a card shared into its own chat, and still reads words typed with one', async () => {
    const [risk] = (await search('risk', 'Group BAF 4', DOCA, 'personal')).results;
    // As Teams (and the Agents Playground) send a message with a card chosen in the compose box.
    const marker =
      '\n<span class="inline-compose-card" itemid="0" itemtype="http://schema.skype.com/InputExtension">\n  <span content="0" itemprop="cardId"></span>\n</span>\n';
    const shared = (text: string) => ({
      ...personalMessage(text, DOCA),
      attachments: [
        { contentType: 'application/vnd.microsoft.card.adaptive', content: risk!.card },
      ],
    });
    const quiet = await post(app.url, shared(marker));
    assert.equal(quiet.status, 200);
    assert.deepEqual(messages(quiet), [], 'no reply to a shared card');
    const asked = messages(await post(app.url, shared(`who owns Group BAF 4? ${marker}`)));
    assert.match(asked.map((m) => m.text).join('\n'), /GROUP BAF 4/);
  });

  it('refuses a query it cannot read with a 400', async () => {
    const activity = composeQuery('risk', 'baf 1', DOCA);
    const response = await post(app.url, { ...activity, value: { parameters: 'baf 1' } });
    assert.equal(response.status, 400);
  });
});
