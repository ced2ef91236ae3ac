import assert from 'node:assert/strict';
import type { RunningApp } from '../../src/app';
import { startTestApp } from '../helpers/app';
import {
  button,
  cardAction,
  channelMessage,
  invokeCard,
  messages,
  personalMessage,
  post,
  TENANT_ID,
  visibleText,
} from '../helpers/botClient';
import { tempDir } from '../helpers/tempDir';
import { validateCard } from '../helpers/validateCard';

const DOCA = '00000000-0000-4000-8000-000000000027'; // Yusuf Ali, Director of Corporate Affairs (demo)
const GCPO = '00000000-0000-4000-8000-000000000003'; // Sam Whitfield, Group Chief People Officer (demo)
const STRANGER = '9a9a9a9a-1111-4222-8333-444444444444';
const NOW = new Date('2026-11-23T10:00:00Z');

/** Asks over HTTP as Teams would and returns the one answer card's text and summary. */
async function ask(
  app: RunningApp & { url: string },
  activity: unknown,
): Promise<{ text: string; summary: string; card: unknown }> {
  const response = await post(app.url, activity);
  assert.equal(response.status, 200, `HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  // Teams shows a bot's typing indicator in chats, not in channel threads (see typing.e2e.test.ts).
  const inChannel =
    (activity as { conversation?: { conversationType?: string } }).conversation
      ?.conversationType === 'channel';
  assert.equal(
    response.replies.some((r) => r.type === 'typing'),
    !inChannel,
    inChannel ? 'no typing indicator in a channel thread' : 'a typing indicator comes first',
  );
  const answers = messages(response);
  assert.equal(answers.length, 1, 'one answer');
  validateCard(answers[0]!.card);
  return answers[0]!;
}

describe('directors ask, Board Clerk answers (end to end over HTTP)', function () {
  this.timeout(60_000);
  let app: RunningApp & { url: string };
  let temp: Awaited<ReturnType<typeof tempDir>>;

  before(async () => {
    temp = await tempDir();
    app = await startTestApp(temp.dir, {}, { clock: () => NOW });
  });
  after(async () => {
    await app.stop();
    await temp.cleanup();
  });

  it('answers "what is BAF 1 score?" with the scores, band, tolerance and source', async () => {
    const a = await ask(app, personalMessage('what is BAF 1 score?'));
    assert.match(a.text, /GROUP BAF 1/);
    assert.match(a.text, /4 x 5 = 20/);
    assert.match(a.text, /4 x 4 = 16/);
    assert.match(a.text, /4 x 2 = 8/);
    assert.match(
      a.text,
      /At the upper limit of tolerance: 16, the most the Open appetite tolerates/,
    );
    assert.match(a.text, /Last updated[\s\S]*15 January 2026/);
    assert.match(a.text, /Source: Group Trust Board public papers, 29 January 2026/);
    // The other register's BAF 1 is named as an alternative.
    assert.match(a.text, /LPT BAF 2024\/25 \(May 2024\) also has BAF 01/);
    assert.match(a.summary, /GROUP BAF 1 .*current score 4 x 4 = 16, Extreme/);
  });

  it('shows the data-quality flag on LPT BAF 3', async () => {
    const a = await ask(app, personalMessage('LPT BAF 3'));
    assert.match(a.text, /The summary table says 20; the detail says 4 x 3 = 12\./);
    assert.match(a.text, /BAF 03 prints no target score/);
  });

  it('answers in a channel when @mentioned, without reading the mention as part of the question', async () => {
    const a = await ask(app, channelMessage('which risks are above appetite?'));
    assert.match(a.text, /Risks above appetite/);
    assert.match(a.text, /GROUP BAF DRAFT/);
    assert.match(a.text, /Above tolerance: 20 against an upper limit of 16/);
  });

  it('reads "@Board Clerk" typed as plain text before a question as the bot’s name', async () => {
    const typed = await ask(app, personalMessage('@Board Clerk, what is BAF 1 score?'));
    assert.match(typed.text, /GROUP BAF 1/);
    assert.match(typed.text, /4 x 4 = 16/);
    const inChannel = await ask(app, channelMessage('@Board Clerk how are we doing on sickness'));
    assert.doesNotMatch(inChannel.text, /mention clerk|Board Clerk is not/i);
    assert.match(inChannel.text, /Sickness Overall[\s\S]*7\.2%/);
  });

  it('lists LPT risks above appetite with their scores', async () => {
    const a = await ask(app, personalMessage('LPT risks above appetite'));
    for (const ref of ['BAF 01', 'BAF 04', 'BAF 06']) assert.match(a.text, new RegExp(ref));
    assert.doesNotMatch(a.text, /BAF 02/);
  });

  it('shows a register as a heat map', async () => {
    const a = await ask(app, personalMessage('show the LPT BAF heat map'));
    assert.match(a.text, /Heat map of current scores/);
    assert.match(a.text, /BAF 01, BAF 06/); // both at consequence 5, likelihood 4
  });

  it('lists "my overdue actions" for a linked action owner, with days overdue', async () => {
    const a = await ask(app, personalMessage('my overdue actions', { aadObjectId: DOCA }));
    assert.match(a.text, /Your overdue actions as at 23 November 2026/);
    assert.match(a.text, /Well-Led FTSU 4[\s\S]*Due 31 May 2025 · 541 days overdue/);
    assert.match(a.text, /Due 31\/06\/2025 \(read as 30 June 2025\)/);
    assert.match(a.text, /Update/);
  });

  it('tells an unlinked user how to get linked, and shows nobody else\u2019s actions', async () => {
    const a = await ask(app, personalMessage('my actions', { aadObjectId: STRANGER }));
    assert.match(a.text, /I don't know who you are in the board's directory yet/);
    assert.match(a.text, new RegExp(STRANGER));
    assert.doesNotMatch(a.text, /Well-Led|FTSU/);
  });

  it('lists actions for a role, and the Group BAF actions of its owner', async () => {
    const a = await ask(app, personalMessage('actions for the group chief people officer'));
    assert.match(a.text, /Group BAF 4 action 1/);
    const mine = await ask(
      app,
      personalMessage('my actions due by end of March 2026', { aadObjectId: GCPO }),
    );
    assert.match(mine.text, /Group BAF 4 action 1/);
  });

  it('lists actions closed in a period, and not the Group BAF closures still awaiting the Board', async () => {
    const september = await ask(app, personalMessage('actions closed in September 2025'));
    assert.match(september.text, /GTB\/25\/2[\s\S]*GTB\/25\/5/);
    // The paper: Group SEB supported these closures "ahead of approval by the Group Trust Board".
    const november = await ask(app, personalMessage('actions closed in November 2025'));
    assert.match(
      november.text,
      /None closed in November 2025[^\n]*\. 10 were supported for closure by the Group Strategic Executive Board in November 2025, and were put for approval to the Group Trust Board on 29 January 2026; the papers Board Clerk holds do not record the decision/,
      'the closures awaiting the Board are said to be proposals, not closed',
    );
    assert.match(november.text, /Proposed for closure/);
    const proposed = await ask(app, personalMessage('actions proposed for closure'));
    assert.match(proposed.text, /Showing 1–10 of 13/);
    assert.match(proposed.text, /Options to improve clinical leadership/);
  });

  it('pages long lists with "Show more", replacing the card in place, with the way back', async () => {
    const first = await ask(app, personalMessage('my overdue actions', { aadObjectId: DOCA }));
    assert.match(first.text, /Showing 1–10 of 16/);
    assert.doesNotMatch(first.text, /Previous|First page/, 'page 1 has no way back');
    const showMore = JSON.stringify(first.card).match(/"question":"([^"]+\(page 2\))"/);
    assert.ok(showMore, 'a Show more button asks for page 2');
    const response = await post(
      app.url,
      cardAction('question.ask', { question: showMore[1]! }, { aadObjectId: DOCA }),
    );
    assert.equal(response.status, 200);
    const card = invokeCard(response);
    validateCard(card);
    const text = visibleText(card);
    assert.match(text, /Well-Led FTSU 11/);
    assert.match(text, /Showing 11–16 of 16/);
    assert.doesNotMatch(text, /Show more/);
    const previous = button(card, 'Previous');
    assert.equal(previous.data.question, 'my overdue actions', 'Previous asks for page 1');
    const back = invokeCard(
      await post(app.url, cardAction(previous.verb, previous.data, { aadObjectId: DOCA })),
    );
    assert.match(visibleText(back), /Showing 1–10 of 16/);
  });

  it('opens a risk from a list, whose card it replaces, with the way back to the list', async () => {
    const list = await ask(app, personalMessage('show the LPT BAF heat map'));
    const open = button(list.card, 'Open');
    assert.equal(open.data.back, 'show the LPT BAF heat map', 'Open carries the way back');
    const risk = invokeCard(
      await post(app.url, cardAction(open.verb, { ...open.data, question: 'LPT BAF 4' })),
    );
    validateCard(risk);
    assert.match(visibleText(risk), /BAF 04/);
    const back = button(risk, 'Back to the list');
    const again = invokeCard(await post(app.url, cardAction(back.verb, back.data)));
    assert.match(visibleText(again), /BAF 09/);
  });

  it('opens an action and its history from the card buttons', async () => {
    const details = await post(
      app.url,
      cardAction('action.history', { actionId: 'act-wl-ftsu-5', organisationId: 'well-led-trust' }),
    );
    const card = invokeCard(details);
    validateCard(card);
    assert.match(
      visibleText(card),
      /Well-Led FTSU 5[\s\S]*History \(0\)[\s\S]*No changes recorded yet/,
    );
  });

  it('refuses a card button with forged or missing data, clearly', async () => {
    const forged = await post(
      app.url,
      cardAction('action.open', { actionId: '../../etc', organisationId: 'x' }),
    );
    assert.equal(forged.status, 200);
    assert.match(visibleText(invokeCard(forged)), /couldn't act on that button/);
    const unknown = await post(
      app.url,
      cardAction('action.open', { actionId: 'act-nope', organisationId: 'well-led-trust' }),
    );
    assert.match(visibleText(invokeCard(unknown)), /can't find the action/);
  });

  it('answers what the board resolved at a minute reference', async () => {
    const a = await ask(app, personalMessage('what did the board resolve at GTB/25/15?'));
    assert.match(
      a.text,
      /RESOLVED: To approve the five proposed risks in common highlighted in the report\./,
    );
    assert.match(a.text, /Group Trust Board, 25 September 2025/);
  });

  it('says plainly that no next meeting is scheduled, and shows the last one', async () => {
    const a = await ask(app, personalMessage('when is the next board meeting?'));
    assert.match(a.text, /No Group Trust Board meeting is scheduled after 23 November 2026/);
    assert.match(a.text, /Thursday 29 January 2026 at 3.00pm/);
  });

  it('shows the agenda with its items and leads', async () => {
    const a = await ask(app, personalMessage('next board agenda'));
    assert.match(a.text, /Group Board Assurance Framework[\s\S]*Directors of Governance and Risk/);
    assert.match(a.text, /East Midlands Alliance Common Board Paper \(as required\)/);
  });

  it('shows the matters-arising sheet', async () => {
    const a = await ask(app, personalMessage('matters arising'));
    assert.match(a.text, /No actions identified/);
  });

  it('reports strategy progress and confidence', async () => {
    const a = await ask(app, personalMessage('how are we doing on ambition 2?'));
    assert.match(
      a.text,
      /Our services are innovative and drive improvements in outcomes for people/,
    );
    assert.match(a.text, /100%[\s\S]*75%/);
  });

  it('answers help, and a question it does not understand, with example questions', async () => {
    const help = await ask(app, personalMessage('help'));
    assert.match(help.text, /Things you can ask/);
    const unknown = await ask(app, personalMessage('what is the weather in Leicester?'));
    assert.match(unknown.text, /Sorry, I didn't understand that/);
    assert.ok(unknown.text.split('\n').length > 3, 'with suggestions');
  });

  const badInputs: [string, unknown, RegExp][] = [
    ['an empty message', personalMessage(''), /Things you can ask/],
    ['whitespace', personalMessage('   \n  '), /Things you can ask/],
    ['10,000 characters', personalMessage(`BAF 1 ${'x'.repeat(10_000)}`), /GROUP BAF 1/],
    ['markup', personalMessage('<script>alert(1)</script><b>BAF 2</b>'), /GROUP BAF 2/],
    ['an unknown risk', personalMessage('BAF 99'), /I can't find risk 99/],
    [
      'an unknown minute reference',
      personalMessage('GTB/25/99'),
      /I can't find minute GTB\/25\/99/,
    ],
    [
      'an unknown action',
      personalMessage('history of well led ftsu 42'),
      /I can't find the action/,
    ],
    [
      'a message with no text at all',
      { ...personalMessage('x'), text: undefined },
      /Things you can ask/,
    ],
  ];
  for (const [what, activity, expected] of badInputs)
    it(`answers ${what} clearly, never with a 500`, async () => {
      const a = await ask(app, activity);
      assert.match(a.text, expected);
    });

  it('refuses malformed request bodies with 400, not 500', async () => {
    const response = await post(app.url, '{not json');
    assert.ok(response.status >= 400 && response.status < 500, `status ${response.status}`);
  });

  it('answers an activity with missing fields without crashing', async () => {
    const response = await post(app.url, {
      type: 'message',
      text: 'hello',
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
    });
    assert.ok(response.status < 500, `status ${response.status}`);
  });

  it('greets a personal install with what it can do', async () => {
    const response = await post(app.url, {
      ...personalMessage(''),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: '28:board-clerk-bot' }],
    });
    assert.equal(response.status, 200);
    const [welcome] = messages(response);
    assert.match(welcome?.text ?? '', /Hello, I am Board Clerk/);
  });

  it('records a conversation under its tenant as Teams sends it, in any case', async () => {
    const upper = TENANT_ID.toUpperCase();
    const response = await post(app.url, personalMessage('hello', { aadObjectId: DOCA }, upper));
    assert.equal(response.status, 200);
    const stored = await app.opened.store.listConversations({ tenantId: TENANT_ID });
    assert.ok(
      stored.some((c) => c.value.userAadObjectId === DOCA && c.value.tenantId === TENANT_ID),
      'the personal chat is recorded under the lower-case tenant id',
    );
  });
});

describe('the bot endpoint with an app id and tenant allow-list', function () {
  this.timeout(60_000);
  let temp: Awaited<ReturnType<typeof tempDir>>;
  before(async () => (temp = await tempDir()));
  after(() => temp.cleanup());

  it('rejects an unsigned request when an app id is configured', async () => {
    const app = await startTestApp(temp.dir, {
      MicrosoftAppId: '5b1f6a3e-8c4d-4e2a-9f1b-2c3d4e5f6a7b',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'MultiTenant',
    });
    try {
      assert.equal(app.host, '0.0.0.0');
      const response = await post(`http://127.0.0.1:${app.port}`, personalMessage('BAF 1'));
      assert.equal(response.status, 401);
      const forged = await post(`http://127.0.0.1:${app.port}`, personalMessage('BAF 1'), {
        authorization: 'Bearer not.a.token',
      });
      assert.equal(forged.status, 401);
    } finally {
      await app.stop();
    }
  });

  it('refuses other tenants politely when ALLOWED_TENANTS is set', async () => {
    const app = await startTestApp(temp.dir, { ALLOWED_TENANTS: TENANT_ID });
    try {
      const allowed = await post(app.url, personalMessage('BAF 1'));
      assert.match(messages(allowed)[0]?.text ?? '', /GROUP BAF 1/);
      const other = await post(
        app.url,
        personalMessage('BAF 1', {}, '11111111-2222-4333-8444-555555555555'),
      );
      assert.equal(other.status, 200);
      assert.match(messages(other)[0]?.text ?? '', /not available to your organisation/);
      assert.doesNotMatch(messages(other)[0]?.text ?? '', /GROUP BAF 1/);
    } finally {
      await app.stop();
    }
  });
});
