import assert from 'node:assert/strict';
import { draw, drawReplies } from '../../src/bot/outbox';
import { loadDataset } from '../../src/dataset/bundled';
import { seedDataset } from '../../src/dataset/seed';
import { silentLogger } from '../../src/log';
import { createQuestions, type Questions } from '../../src/questions';
import { openReadModel } from '../../src/shared/readModel';
import type { Request } from '../../src/shared/request';
import { MemoryStore } from '../../src/store/memoryStore';
import type { BoardClerkStore } from '../../src/store/store';
import { visibleText } from '../helpers/botClient';
import { questionRequest } from '../helpers/fixtures';

const request = questionRequest;

describe('answers to directors’ questions', () => {
  let store: BoardClerkStore;
  let questions: Questions;
  let reference: Awaited<ReturnType<typeof openReadModel>>['referenceData'];
  const ask = async (text: string, r = request()) =>
    questions.answer(r, await questions.read(r, text), text);

  const shown = (a: Awaited<ReturnType<typeof ask>>) =>
    visibleText(draw(a, { shared: false, boardMember: true }).card);
  /** A personal chat with a demo person of the directory, by their Teams object id. */
  const asPerson = async (aadObjectId: string, threadKey: string): Promise<Request> => {
    const person = (await reference.get()).people.find((p) => p.aadObjectId === aadObjectId)!;
    const asker = request('personal', threadKey);
    return {
      ...asker,
      who: {
        ...asker.who,
        aadObjectId,
        person,
        roleIds: person.roleIds,
        isSecretary: !!person.isBoardSecretary,
      },
    };
  };

  before(async () => {
    const memory = new MemoryStore();
    await seedDataset(memory, await loadDataset(), silentLogger);
    const { store: readModel, referenceData } = await openReadModel(memory, { log: silentLogger });
    store = readModel;
    reference = referenceData;
    questions = createQuestions({ store, referenceData });
  });

  it('names the approved risks first for "worst risk", and the draft as a draft', async () => {
    const a = await ask('whats our worst risk');
    assert.equal(a.kind, 'risk-list');
    if (a.kind !== 'risk-list') return;
    assert.deepEqual(
      a.risks.map((r) => r.reference),
      ['GROUP BAF 1'],
    );
    assert.ok(
      a.notes.some((n) =>
        /GROUP BAF DRAFT \(draft, proposed and not yet approved\) scores 20/.test(n),
      ),
    );
  });

  it('names a role several trusts share once in a list’s title', async () => {
    const a = await ask('actions for the CFO');
    assert.equal(a.kind, 'action-list');
    if (a.kind !== 'action-list') return;
    assert.equal(a.description.match(/Chief Finance Officer/g)?.length, 2, a.description);
    assert.match(a.description, /Chief Finance Officer in LPT and the Well-Led trust/);
  });

  it('keeps progress notes found by search out of shared conversations', async () => {
    const [stored] = await store.findActions({ logId: 'log-well-led-2024' });
    const action = stored!.value;
    await store.replace(
      {
        ...action,
        progress: [
          ...action.progress,
          {
            by: { name: 'Yusuf Ali' },
            note: 'Zanzibarian consultants engaged for the review',
            deliveryStatus: null,
          },
        ],
        revision: action.revision + 1,
      },
      stored!.etag,
    );
    const a = await ask('anything on zanzibarian consultants?');
    assert.equal(a.kind, 'search');
    if (a.kind !== 'search') return;
    assert.ok(a.hits.some((h) => h.private === true && /Zanzibarian/.test(h.excerpt)));
    const inChannel = visibleText(draw(a, { shared: true, boardMember: true }).card);
    assert.doesNotMatch(inChannel, /Zanzibarian/);
    assert.match(inChannel, /not shown here/);
    const inPrivate = visibleText(draw(a, { shared: false, boardMember: true }).card);
    assert.match(inPrivate, /Zanzibarian/);
  });

  it('lists the actions updated in a period, the latest first, and who updated them', async () => {
    const [first, second] = await store.findActions({ logId: 'log-well-led-2024' });
    const changed = (at: string, name: string) => ({
      at,
      by: { name },
      event: 'progress-update' as const,
      changes: [],
    });
    for (const [stored, change] of [
      [first!, changed('2026-11-20T09:00:00Z', 'Sam Whitfield')],
      [second!, changed('2026-11-23T08:00:00Z', 'Yusuf Ali')],
    ] as const)
      await store.replace(
        {
          ...stored.value,
          history: [...stored.value.history, change],
          revision: stored.value.revision + 1,
        },
        stored.etag,
      );
    const reference = (a: Awaited<ReturnType<typeof ask>>) =>
      a.kind === 'action-list' ? a.actions.map((x) => x.reference) : [];
    const week = await ask('any updates on actions this week');
    assert.equal(week.kind, 'action-list');
    if (week.kind !== 'action-list') return;
    assert.match(week.description, /^Actions updated in Board Clerk this week/);
    assert.equal(week.total, 1);
    const secondRef = week.actions[0]!.reference;
    assert.ok(week.lead?.includes(`The latest: ${secondRef} on 23 November 2026, by Yusuf Ali.`));
    // Since the last board (29 January 2026): both, the latest first.
    const since = await ask('what progress has been logged since the last board?');
    assert.equal(reference(since).length, 2);
    assert.equal(reference(since)[0], secondRef);
    assert.match(shown(since), /since the last board \(29 January 2026\)/);
    // None in the period: the latest recorded, not a bare none.
    const october = await ask('which actions were updated in october');
    assert.equal(reference(october).length, 0);
    assert.match(
      shown(october),
      new RegExp(`The latest update recorded is ${secondRef} on 23 November 2026, by Yusuf Ali`),
    );
  });

  it('lists what slipped since the last board: those first due since then, not every late one', async () => {
    const since = await ask('what has slipped since the last board?');
    const all = await ask('what has slipped?');
    assert.equal(since.kind, 'action-list');
    assert.equal(all.kind, 'action-list');
    if (since.kind !== 'action-list' || all.kind !== 'action-list') return;
    assert.match(since.description, /first due since the last board \(29 January 2026\)/);
    assert.ok(since.total > 0 && since.total < all.total, `${since.total} of ${all.total}`);
    // (FTSU 4 was due 31 May 2025, before that board.)
    assert.ok(!since.actions.some((a) => a.reference === 'Well-Led FTSU 4'));
  });

  it('ranks risks by how many gaps or controls they list, and by how many actions they have', async () => {
    const gaps = await ask('which group risk has the most gaps?');
    assert.equal(gaps.kind, 'risk-list');
    if (gaps.kind !== 'risk-list') return;
    assert.equal(gaps.risks[0]!.reference, 'GROUP BAF 3');
    assert.match(
      gaps.lead ?? '',
      /^GROUP BAF 3 lists the most gaps in control and assurance: 11\. GROUP BAF 2: 7; GROUP BAF 4: 7; GROUP BAF 1: 5; GROUP BAF 5: 3; GROUP BAF DRAFT: 10\.$/,
    );
    const fewest = shown(await ask('which lpt risk has the fewest controls'));
    assert.match(fewest, /BAF 04 and BAF 08 list the fewest controls: 5 each\./);
    // A "top 3" that cuts through a tie says so.
    assert.match(
      shown(await ask('top 3 risks', request('personal', 'top-3-tie'))),
      /GROUP BAF 5 also scores 12, tied with GROUP BAF 4, but falls outside the 3 asked for\./,
    );
    assert.match(
      shown(await ask('bottom 2 lpt risks')),
      /Lowest approved score: BAF 02 at 12, BAF 03 at 12\./,
    );
    // A committee's risks on one register say which it oversees on the other.
    assert.match(
      shown(
        await ask(
          'which risks does quality and safety committee oversee',
          request('personal', 'qsc'),
        ),
      ),
      /LPT BAF 2024\/25 \(May 2024\) also has BAF 01 and BAF 02 overseen by the Quality and Safety Committee/,
    );
    // Counted by risk, then "who's leading most of them?": the leads of the risk with the most.
    const byRisk = request('personal', 'most-actions-leads');
    await ask('which group risk has the most actions on it?', byRisk);
    assert.match(
      shown(await ask("who's leading most of them?", byRisk)),
      /Open actions for GROUP BAF 3[\s\S]*Leads: Medical Directors \(LPT Medical Director and NHFT Chief Medical Officer\): 8;/,
    );
    const actions = shown(await ask('which group baf risk has the most actions?'));
    assert.match(
      actions,
      /By risk: GROUP BAF 3: 12; GROUP BAF 4: 10;.*\. Most: GROUP BAF 3 \(12\); fewest: GROUP BAF 5 \(1\)\./,
    );
  });

  it('follows a list with a question of everything, another measure, or another order (walk 47)', async () => {
    const yusuf = await asPerson('00000000-0000-4000-8000-000000000027', 'walk47-oldest');
    await ask('anything due in the next 3 months across the trust?', yusuf);
    assert.match(
      shown(await ask('whats the oldest overdue action overall', yusuf)),
      /Overdue actions as at 23 November 2026 for every action log[\s\S]*Due first: LPT BAF 05 action 6 \(ICC assurance flow\), due April 2024/,
    );
    const priya = await asPerson('00000000-0000-4000-8000-000000000002', 'walk47-ambitions');
    await ask('which ambition has the lowest confidence', priya);
    assert.match(
      shown(await ask('and lowest progress?', priya)),
      /Ambition 8 \(Our people embrace diversity[^)]*\) has the lowest progress of the 12: 80%/,
    );
    assert.match(
      shown(await ask('how many ambitions r at 100% on both')),
      /Six of the 12 ambitions in Trust Ambitions 2023-26 are at 100% on both progress and confidence \(2023-24 Q2\): 1, 3, 4, 9, 11 and 12\./,
    );
    const risks = request('channel', 'walk47-target');
    await ask('what are the group baf risks', risks);
    const atTarget = await ask('and which has reached target already', risks);
    assert.equal(atTarget.kind, 'risk-list');
    if (atTarget.kind === 'risk-list')
      assert.deepEqual(
        atTarget.risks.map((r) => r.reference),
        ['GROUP BAF 2', 'GROUP BAF 5'],
      );
    // ("Top 3", then sorted the other way: every risk, not the three.)
    const top = request('personal', 'walk48-sort');
    await ask('top 3 risks', top);
    const all = await ask('sort by score lowest first', top);
    assert.equal(all.kind === 'risk-list' && all.risks[0]?.reference, 'GROUP BAF 2');
    const sorted = request('personal', 'walk47-sort');
    await ask('which risks are not above appetite', sorted);
    await ask('only LPT', sorted);
    const ordered = await ask('sort by score lowest first', sorted);
    assert.equal(ordered.kind, 'risk-list');
    if (ordered.kind === 'risk-list') {
      assert.match(ordered.filterLabel, /of the 6 risks within appetite/);
      const scores = ordered.risks.map((r) => r.current.score);
      assert.deepEqual(
        scores,
        [...scores].sort((a, b) => a - b),
      );
    }
  });

  it('takes "the other one" after a risk another register numbers the same to be that one', async () => {
    const thread = request('personal', 'walk47-other');
    assert.match(shown(await ask('baf 1 score', thread)), /also has BAF 01/);
    const other = await ask('the other one', thread);
    assert.equal(other.kind, 'risk');
    if (other.kind === 'risk') assert.equal(other.risk.reference, 'BAF 01');
  });

  it('lists actions not started, and gives both ends of a list’s dates when both are asked', async () => {
    const none = await ask('which well-led actions haven’t started yet?');
    assert.equal(none.kind, 'action-list');
    if (none.kind === 'action-list') {
      assert.match(none.description, /^Open actions with no progress reported yet/);
      assert.ok(none.total > 0);
    }
    // (LPT BAF actions with progress reported are not among them; nor are closures put forward,
    // reported as done.)
    const [unstarted, open] = [
      await ask('lpt baf actions not started'),
      await ask('open lpt baf actions'),
    ];
    const closures = await ask('group baf actions not started');
    assert.ok(closures.kind === 'action-list' && closures.total === 0);
    assert.ok(unstarted.kind === 'action-list' && open.kind === 'action-list');
    if (unstarted.kind === 'action-list' && open.kind === 'action-list')
      assert.ok(unstarted.total > 0 && unstarted.total < open.total, `${unstarted.total}`);
    const ends = shown(await ask('earliest and latest due dates on the well-led plan pls'));
    assert.match(ends, /Due first: Well-Led FTSU 4 [^\n]*due 31 May 2025/);
    assert.match(ends, /Due last: Well-Led Strategy 7 [^\n]*due 31 May 2026/);
  });

  it('takes "who owns it?" after a list that named one action first to be about that action', async () => {
    const thread = request('channel', 'due-first-owner');
    const list = await ask("what's the earliest deadline in the well-led action plan?", thread);
    assert.match(shown(list), /Due first: Well-Led FTSU 4 \(Consider implementing a tenure/);
    const owner = await ask('who owns it?', thread);
    assert.equal(owner.kind, 'action');
    assert.match(
      shown(owner),
      /Well-Led FTSU 4[\s\S]*\nLead\nDirector of Corporate Affairs \(DoCA\)/,
    );
  });

  it('keeps the reason an owner gave for moving a date out of shared conversations', async () => {
    const [stored] = await store.findActions({ logId: 'log-group-baf-actions' });
    const action = stored!.value;
    await store.replace(
      {
        ...action,
        revisedDue: {
          iso: '2027-05-31',
          reason: 'Quokka sanctuary consultation runs to May',
          setBy: { name: 'Sam Whitfield' },
          setAt: '2026-12-06T15:00:00.000Z',
        },
        revision: action.revision + 1,
      },
      stored!.etag,
    );
    const found = await ask('find where it says quokka sanctuary consultation');
    assert.doesNotMatch(
      visibleText(draw(found, { shared: true, boardMember: true }).card),
      /Quokka/,
    );
    assert.match(visibleText(draw(found, { shared: false, boardMember: true }).card), /Quokka/);
    const words = action.text.split(/\s+/).slice(0, 4).join(' ');
    const due = await ask(`when is the ${words} action due?`);
    assert.match(visibleText(draw(due, { shared: false, boardMember: true }).card), /31 May 2027/);
    assert.doesNotMatch(visibleText(draw(due, { shared: true, boardMember: true }).card), /Quokka/);
    // (Put back as it was: other answers count this log's dates.)
    const changed = (await store.findActions({ logId: 'log-group-baf-actions' })).find(
      (a) => a.value.id === action.id,
    );
    await store.replace({ ...action, revision: changed!.value.revision + 1 }, changed!.etag);
  });

  it('says when a workplan item comes to the board, and when it is planned for no meeting', async () => {
    const text = shown(
      await ask('is the annual effectiveness and ToR review scheduled for any meeting?'),
    );
    assert.match(text, /Group Board Annual Effectiveness and Terms of Reference/);
    assert.match(text, /Not planned for any meeting/);
    assert.doesNotMatch(text, /Apologies\/Welcome/, 'only the item asked about');
    const partnership = shown(
      await ask('when is the partnership agreement review coming to board'),
    );
    assert.match(partnership, /Group Partnership Agreement Annual Review/);
  });

  it('says who leads an action and by when, in one answer', async () => {
    const text = shown(await ask('who is doing the innovation strategy and by when'));
    assert.match(
      text,
      /Develop and deliver Innovation Strategy\) is led by [^.]*; due April 2026\./,
    );
  });

  it('takes "it" after "which risk scores highest?" as the risk the list put first', async () => {
    const thread = request('personal', 'c4');
    assert.match(shown(await ask('which group baf risk scores highest?', thread)), /GROUP BAF 1/);
    const owner = shown(await ask('who is leading the actions on it', thread));
    assert.match(owner, /Who owns GROUP BAF 1/);
    assert.match(owner, /Chief Information Officer/);
    // The list stays a list: "and the LPT one?" right after it asks the same of the other register.
    const other = request('personal', 'c5');
    await ask('which group baf risk scores highest?', other);
    const lpt = shown(await ask('and the LPT one?', other));
    assert.match(lpt, /LPT BAF 2024\/25/);
    assert.match(lpt, /BAF 01[\s\S]*BAF 04/, 'the LPT list, highest first');
  });

  it('narrows the actions about something to those overdue when asked of them next', async () => {
    const thread = request('personal', 'c3');
    await ask('who leads the gap analysis and governance review actions', thread);
    const text = shown(await ask('which of those are past their due date now?', thread));
    assert.match(text, /is due \d{1,2} \w+ 20\d\d/);
    assert.doesNotMatch(text, /not yet due/);
  });

  it('lists a log section’s actions with who leads them, then those of them overdue', async () => {
    const thread = request('personal', 'c3b');
    const leads = shown(await ask('who leads the well-led strategy actions', thread));
    assert.match(
      leads,
      /Leads: ACE\/DCE, jointly the Acting Chief Executive and Deputy Chief Executive \(all \d+\)/,
    );
    const text = shown(await ask('which of those are past their due date now?', thread));
    assert.match(
      text,
      /Overdue actions as at 23 November 2026 for Well-Led Review 2024 action plan: Strategy/,
    );
    assert.match(text, /Due 31 October 2025 · \d+ days overdue/);
  });

  it('shows the sentence that answers when it can only search the papers', async () => {
    // Asked right after another question: it names its own subject, so it is not a follow-up of that.
    const thread = request('personal', 'c2');
    await ask('who is doing the innovation strategy', thread);
    const text = shown(await ask('talent matters: who can apply and how long does it run', thread));
    assert.match(text, /ethnic and cultural minority background/);
  });

  it('gives small talk a short reply', async () => {
    const a = await ask('thanks');
    assert.deepEqual(a, { kind: 'message', title: 'You’re welcome.', text: '', suggestions: [] });
  });

  it('says plainly when the papers do not mention a topic', async () => {
    const a = await ask('anything on hovercraft');
    assert.equal(a.kind, 'message');
    assert.match(a.kind === 'message' ? a.title : '', /The papers don't mention hovercraft/);
  });

  it('names a meeting on record whose minutes the papers do not hold', async () => {
    const a = await ask('the minutes of the first board in may 2025');
    assert.equal(a.kind, 'message');
    assert.match(a.kind === 'message' ? a.title : '', /29 May 2025/);
  });

  it('says private business is not held, rather than giving the public resolutions', async () => {
    const a = await ask('what was decided in the closed session of the september board');
    assert.equal(a.kind, 'message');
    assert.match(a.kind === 'message' ? `${a.title} ${a.text}` : '', /private.*Part II/is);
  });

  it('says a public agenda is not the private one asked for', async () => {
    for (const text of [
      'whats on the agenda for the private board',
      'agenda for the january board in camera',
    ]) {
      const a = await ask(text);
      assert.equal(a.kind, 'meeting', text);
      assert.match(
        shown(a),
        /This is the public meeting: Board Clerk holds no private \(Part II\) agenda/,
      );
    }
    const plain = await ask('agenda for january');
    assert.doesNotMatch(shown(plain), /holds no private/);
  });

  it('says whether someone named by role was at a meeting, as the minutes list them', async () => {
    const a = await ask('did the nhft chief medical officer make it to the september board');
    assert.equal(a.kind, 'attendance');
    assert.ok(
      a.kind === 'attendance' && a.notes.some((n) => /Itai Matumbike.*apologies/.test(n)),
      JSON.stringify(a),
    );
  });

  it('names the ambition lowest on confidence, with its figure', async () => {
    const a = await ask('where are we least confident of delivering');
    assert.equal(a.kind, 'strategy');
    assert.ok(a.kind === 'strategy' && a.lead.some((n) => /Ambition 2 .*75%/.test(n)));
  });

  it('gives the report’s commentary on a figure shown (why it dropped, why it is missing)', async () => {
    for (const [question, commentary] of [
      ['why did urgent care response fall at nhft', /community nursing/],
      ['nhft eip rtt figure', /submission error/],
      ['nhft 2 hour urgent care response - why the drop', /community nursing/],
    ] as const)
      assert.match(shown(await ask(question)), commentary, question);
  });

  it('counts the meetings a body has held so far, each by its date', async () => {
    for (const question of [
      'how many meetings has the trust board held',
      'number of meetings the group board has had so far',
    ])
      assert.match(shown(await ask(question)), /29 May 2025/, question);
  });

  it('finds the meeting on record for a day named without a year', async () => {
    const a = await ask('the minutes from 29th may please');
    assert.match(shown(a), /29 May 2025/);
    assert.doesNotMatch(shown(a), /May 2026/);
  });

  it('answers any part of a committee’s terms of reference after naming it', async () => {
    const thread = request('personal', 'chat-tor');
    await ask('who chairs the transition group', thread);
    assert.match(shown(await ask('how regularly do they meet', thread)), /every month/);
    assert.match(shown(await ask('and the quorum?', thread)), /75%/);
  });

  it('answers any field of an action after naming it', async () => {
    const thread = request('personal', 'chat-action');
    await ask('well led ftsu 2', thread);
    assert.match(shown(await ask('and when is that due', thread)), /31 August 2025/);
  });

  it('answers a follow-up from the subject its own thread remembers', async () => {
    const thread = request('channel', '19:c@thread.tacv2;messageid=9');
    await ask('lpt baf 5', thread);
    const a = await ask('and its controls?', thread);
    assert.equal(a.kind, 'risk');
    assert.equal(a.kind === 'risk' ? a.risk.reference : '', 'BAF 05');
    const other = await ask(
      'and its controls?',
      request('channel', '19:c@thread.tacv2;messageid=10'),
    );
    assert.notEqual(other.kind, 'risk');
  });
  it('narrows the asker’s own actions to a register, a risk or a topic', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000006', 'chat-mine');
    const onPlate = shown(await ask('what’s on my plate from the group BAF', r));
    assert.match(onPlate, /Group BAF 3 action 1/);
    assert.doesNotMatch(onPlate, /Well-Led/);
    assert.match(shown(await ask('anything of mine on BAF 3', r)), /Group BAF 3 action 9/);
    assert.match(shown(await ask('my open actions on social value', r)), /none|social value/i);
  });
  it('names who leads work described in words, as printed and from the directory', async () => {
    const plan = shown(await ask('who’s down for the medium term recovery plan'));
    assert.match(plan, /LPT BAF 03 action 7/);
    assert.match(plan, /Sharon Murphy, DoF/);
    const innovation = shown(
      await ask('who’s on the hook for the innovation strategy on group baf 3'),
    );
    assert.match(innovation, /Group BAF 3 action 8/);
    assert.match(innovation, /Medical Director & Director of Strategy/);
    assert.doesNotMatch(innovation, /LPT BAF/);
    assert.match(
      shown(await ask('what’s sitting with the operational directors on the LPT BAF')),
      /LPT BAF 06 action 2/,
    );
  });
  it('answers a paper question with extra words in the way, both parts when two are asked', async () => {
    assert.match(
      shown(await ask('who actually wrote the chief exec report')),
      /Sinead Ellis-Austin/,
    );
    const both = shown(
      await ask("who sponsored the group baf paper for jan and what's the ask of the board"),
    );
    assert.match(both, /Kate Dyer/);
    assert.match(both, /approv/i);
    assert.match(
      shown(await ask('did the THRIVE report go anywhere before it came to board')),
      /Group SEB December 2025/,
    );
    const ema = shown(await ask('when are we next getting an EMA update'));
    assert.match(ema, /May 2026/);
    assert.match(ema, /plans nothing later/);
    assert.match(
      shown(await ask('does the chief exec report come to every meeting')),
      /Every meeting/,
    );
  });
  it('gives the meeting an item was agreed at after what was resolved on it', async () => {
    const thread = request('personal', 'chat-resolved');
    assert.match(shown(await ask('what did we resolve on QSIR?', thread)), /RESOLVED/);
    assert.match(shown(await ask('when was that agreed?', thread)), /25 September 2025/);
    const terms = request('personal', 'chat-terms');
    await ask('remind me about the transition group', terms);
    assert.match(shown(await ask('who sits on it?', terms)), /Group Chief Finance Officer/);
  });
  it('finds a figure in the papers asked for in words, with its sentence and the paper', async () => {
    const saved = shown(await ask('how much have the latest changes saved'));
    assert.match(saved, /c\.£360k/);
    assert.match(saved, /Group Value Programme/);
    const spend = shown(await ask('corporate services spend LPT v NHFT'));
    assert.match(spend, /£23m/);
    assert.match(spend, /£24\.8m/);
    assert.match(
      shown(await ask('which trust has grown its corporate WTE more')),
      /NHFT’s is the higher/,
    );
  });

  it('names the task lead beside the action lead, when the plan gives one', async () => {
    const text = shown(
      await ask("who's picking up the NED catch up schedule from the well led review"),
    );
    assert.match(text, /led by Chair[\s\S]*task lead: Director of Corporate Affairs \(DoCA\)/);
  });

  it('shows the reply to what someone said, when the minutes give one next', async () => {
    const text = shown(await ask('what was manjits point on baf 1 in september'));
    assert.match(text, /Manjit Darby reflected[\s\S]*Kate Dyer agreed/);
  });

  it('names the worst and best oversight domain for a trust', async () => {
    const text = shown(await ask('which NOF domain does nhft score worst on'));
    assert.match(text, /NHFT scores worst on Access to Services \(3\.59\)/);
  });

  it('lists the board’s non-executive members from the minutes', async () => {
    const text = shown(await ask('who are the neds'));
    assert.match(text, /Manjit Darby, LPT Non-Executive Director/);
    assert.doesNotMatch(text, /Chief Executive/);
  });

  it('shows only a committee report’s items about what was asked', async () => {
    const text = shown(await ask('what did the cttee make of the first joint people dashboard'));
    assert.match(text, /valuable starting point/);
    assert.doesNotMatch(text, /102,000 interactions/);
  });

  it('quotes the part of a risk that mentions a topic, not only where it is', async () => {
    const text = shown(await ask('what are we doing on solar panels'));
    assert.match(
      text,
      /GROUP BAF 5[\s\S]*In its progress[\s\S]*Hinkley & Bosworth and Loughborough/,
    );
    assert.match(text, /1 risk mentions solar, panels/);
    assert.doesNotMatch(
      text,
      /recruitment panels/,
      'passages with one of the two words only are left out',
    );
  });

  it('names everyone the minutes say joined for an item, not their roles', async () => {
    const text = shown(await ask('who did the QSIR presentation in sept'));
    assert.match(text, /The minutes name Julie Shepherd and Josh Meadows presenting this item/);
  });

  it('gives a group’s members when its terms of reference name no chair', async () => {
    const text = shown(await ask('who chairs the transition group'));
    assert.match(text, /do not name a chair/);
    assert.match(text, /Deputy Chief Executive NHFT/);
  });

  it('shows each action’s area with its reference', async () => {
    const text = shown(await ask("what's the DoP on the hook for in the well-led plan"));
    assert.match(text, /Well-Led Leadership 4 · Skills and experience/);
  });

  it('lists every saving a paper prints when asked for its headline savings', async () => {
    const text = shown(await ask('group value paper - headline savings?'));
    for (const figure of ['c.£360k', 'c.£1.7m', '£200k']) assert.ok(text.includes(figure), figure);
  });

  it('answers a figure the strategy report prints with that figure alone', async () => {
    const text = shown(await ask('how many staff actually get thrive'));
    assert.match(text, /82% of LPT staff and 80% of NHFT staff/);
    assert.doesNotMatch(text, /Progress this period/, 'not every theme’s progress');
    assert.doesNotMatch(text, /Nothing in this strategy matches/);
  });

  it('finds an action described with a short form and its spelling-out', async () => {
    const neds = shown(
      await ask(
        'the action about keeping neds updated between committee meetings - is that overdue?',
      ),
    );
    assert.match(neds, /Well-Led Leadership 2 .* is due 30 June 2025/);
    const tenure = shown(await ask('ftsu guardian tenure action - owner and due date?'));
    assert.match(tenure, /Well-Led FTSU 4 .* is due 31 May 2025/);
  });

  it('quotes what someone said, with the sentence that goes on with it', async () => {
    const text = shown(await ask('GTB/25/19 - what did david maher say'));
    assert.match(text, /Transitional Year/);
    assert.match(text, /This will be accompanied by Provider Capability Assessments/);
  });

  it('answers what holds an ambition back first, after the ambition was found', async () => {
    const r = request('personal', 'chat-held-back');
    await ask('which of the 12 ambitions are we least confident about hitting by Q4', r);
    const text = shown(await ask('whats holding it back', r));
    const lines = text.split('\n');
    assert.match(lines[2] ?? '', /^Ambition 2, its challenges and risks$/);
    assert.match(lines[3] ?? '', /^CQC Rating/);
    assert.match(text, /less external research/);
  });

  it('quotes the figures a follow-up asks of a minute item, first', async () => {
    const r = request('personal', 'chat-qsir-figures');
    await ask('who did the QSIR presentation in sept', r);
    const text = shown(await ask('what were the recruitment numbers in that', r));
    assert.match(text.split('\n')[2] ?? '', /^“.*from 58 days to 37 days by 31 July 2024\.”$/);
  });

  it('says when a paper’s next report date has passed, and plans it against its own workplan item', async () => {
    const text = shown(await ask("when's the group baf next going to group seb"));
    assert.match(text, /Group SEB 10 February 2026 \(that date has passed/);
    assert.match(text, /Group Board Assurance Framework: Every meeting/);
  });

  it('puts the passage that holds every word asked before a risk that holds one', async () => {
    const text = shown(await ask('be sustainable - anything on green champions / lease cars'));
    assert.ok(
      text.indexOf('In the papers') < text.indexOf('GROUP BAF 5'),
      'the ambition’s passage comes before Group BAF 5',
    );
    assert.match(text, /Risks that also mention it/);
  });

  it('shows the system and corporate risks a risk links to', async () => {
    const r = request('personal', 'chat-links');
    await ask('lpt workforce risk score?', r);
    const text = shown(await ask('and which corporate risks feed into it', r));
    assert.match(text, /Linked risks\nSystem: Workforce \(LLR ICB BAF 8/);
    assert.match(text, /Corporate: Corporate risk register 14 \(agency usage score 20\)/);
  });

  it('leaves out flags about ambitions not shown when the ambitions are narrowed', async () => {
    const one = shown(
      await ask('which of the 12 ambitions are we least confident about hitting by Q4'),
    );
    assert.doesNotMatch(
      one,
      /Ambition 3 \(/,
      'the flag about ambition 3 is not shown with ambition 2',
    );
    const all = shown(await ask('progress on our ambitions'));
    assert.match(all, /Ambition 3 \(/, 'with every ambition shown, it is');
  });

  it('says who signs off a set of actions before listing them', async () => {
    const text = shown(
      await ask('which cttee signs off the improvement actions from the well-led review?'),
    );
    assert.match(
      text,
      /All actions for Well-Led Review 2024 action plan: Improvement\nSign-off: Strategy and Partnerships \(all 5\)/,
    );
  });

  it('counts the leads of a list when asked who owns them', async () => {
    const text = shown(await ask('which well-led actions are overdue and who owns them?'));
    assert.match(
      text,
      /Leads: ACE\/DCE, jointly the Acting Chief Executive and Deputy Chief Executive: 14; Director of Corporate Affairs \(DoCA\): 11;.*; Chair and ACE\/DCE, jointly the Chair, Acting Chief Executive and Deputy Chief Executive: 1 \(Well-Led Leadership 1\);/,
    );
  });

  it('says when the papers print a period by mistake for actions asked of it', async () => {
    const text = shown(await ask('which actions were closed in december 2026'));
    assert.match(
      text,
      /⚠ The report says three closures went to Group SEB 'in December 2026'[^\n]*\(Group BAF 2 action 2, /,
    );
    assert.match(text, /the closures table is headed December 2025/);
  });

  it('says the papers do not mention someone whose first name only matches an attendee', async () => {
    const text = shown(await ask('what did Dr Sarah Bennett say at the last board?'));
    assert.match(text, /The papers don't mention Sarah Bennett/);
    assert.doesNotMatch(text, /Sarah Willis/);
  });

  it('quotes the sentence with a figure asked after ambitions, first', async () => {
    const r = request('personal', 'chat-virtual-beds');
    await ask('what did the trust ambitions paper say about virtual wards', r);
    const text = shown(await ask('how many virtual beds were there', r));
    assert.match(
      text,
      /^Trust Ambitions 2023-26\n[^\n]*\nAmbition 6: In our latest East of England sitrep report \(27 July 2023\) we reported a total of 247 virtual beds/,
    );
  });

  it('gives one organisation’s strategy figure, then the other’s when asked "and NHFT?"', async () => {
    const r = request('personal', 'chat-thrive-projects');
    const lpt = shown(await ask('how many transformation projects has LPT got against THRIVE?', r));
    assert.match(lpt, /LPT transformation projects and programmes/);
    assert.doesNotMatch(lpt, /NHFT transformation/);
    const nhft = shown(await ask('and NHFT?', r));
    assert.match(
      nhft,
      /NHFT transformation projects and programmes: 211 projects and 18 programmes/,
    );
    assert.match(nhft, /229/, 'with the flag about its total');
  });

  it('leaves out the actions a role task-leads when asked "which ones aren’t"', async () => {
    const r = request('personal', 'chat-not-led');
    await ask('how many FTSU actions came out of the well led review', r);
    const text = shown(await ask("which ones aren't task-led by DoCA?", r));
    assert.match(text, /not task-led by Director of Corporate Affairs/);
    assert.match(text, /Well-Led FTSU 9[\s\S]*Well-Led FTSU 11/);
    assert.doesNotMatch(text, /Well-Led FTSU [1-8] /);
  });

  it('lists the closures proposed in a month when none was closed in it, saying so', async () => {
    const text = shown(await ask('which group baf actions got closed off in nov?'));
    assert.match(
      text,
      /None closed in November 2025\. 10 were supported for closure by the Group Strategic Executive Board in November 2025, and were put for approval to the Group Trust Board on 29 January 2026; the papers Board Clerk holds do not record the decision/,
    );
    assert.match(text, /LeDeR/);
  });

  it('quotes the paragraph holding the words asked of a paper, with its list, first', async () => {
    const text = shown(await ask('ema - what are its strategic objectives again'));
    assert.match(
      text,
      /The East Midlands Alliance\nThe Alliance agreed five strategic objectives:\n1\. Quality improvement and productivity\n2\. Enabling safe care/,
    );
  });

  it('names the latest meeting whose minutes are not held when asked of a later one', async () => {
    const text = shown(await ask('what did the group board decide at the march 2026 meeting?'));
    assert.match(text, /No minutes of 1 March 2026 or later are held/);
    assert.match(text, /The latest meeting held was the Group Trust Board on 29 January 2026/);
  });

  it('gives a register’s appetite bands and the band a score falls in', async () => {
    const text = shown(await ask('which appetite band does 12 fall in on the lpt baf'));
    assert.match(text, /A score of 12 is in the Cautious band \(9–12\)/);
    assert.match(text, /None 0–3; Minimal 4–8; Cautious 9–12; Open 13–16; Eager 17–25/);
    assert.match(text, /Source: [^\n]*Board Assurance Framework/);
  });

  it('names who brings a workplan item, found by the name before its notes', async () => {
    const text = shown(await ask("on the workplan who's down to bring the thrive update"));
    assert.match(text, /THRIVE Strategy Update/);
    assert.match(text, /Lead: Group Executive Director of Strategy and Partnerships/);
  });

  it('gives a committee’s alert, advise and assure report when asked what the board should worry about', async () => {
    const text = shown(
      await ask('anything from the people and culture committee the board needs to worry about'),
    );
    assert.match(text, /10 December 2025/);
    assert.match(text, /Alert/);
  });

  it('gives the figure asked with a remark about it ("through the roof")', async () => {
    const text = shown(
      await ask('nhft sickness was through the roof last time, whats the dec number'),
    );
    assert.match(text, /7\.2%/);
  });

  it('finds the asker’s action by a short form and a different ending ("delivering" the "Delivery of TAR actions")', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000003', 'chat-tar');
    const text = shown(
      await ask('what date have i got against delivering the TAR actions on the culture risk', r),
    );
    assert.match(text, /Delivery of TAR actions/);
    assert.match(text, /Due 31 March 2026/);
  });

  it('leads an ambition’s report with the sentences saying what was asked of it', async () => {
    const text = shown(
      await ask('virtual ward - where were we on the trajectory at the sept 23 strategy update'),
    );
    assert.match(
      text,
      /^Trust Ambitions 2023-26\n[^\n]*\nAmbition 6: [^\n]*97% of where we wanted to be/,
    );
  });

  it('shows the secretary closures to decide a page at a time that Teams accepts, with their forms', async () => {
    // Alex Morgan, the demo board secretary.
    const r = await asPerson('00000000-0000-4000-8000-000000000001', 'chat-closures');
    for (const question of [
      'how many baf action closures are going to the jan group board for sign off',
      'the closures proposed for sign off - could you list every one of them with the owners and the dates and what the papers said about them for me please',
    ]) {
      const text = shown(await ask(question, r));
      assert.doesNotMatch(text, /too long to show/, question);
      assert.match(text, /Showing 1–8 of 13\./, question);
      assert.match(text, /Approve closure/, question);
    }
  });

  it('lists the risks not above appetite: at or below the tolerance limit', async () => {
    const text = shown(await ask('which lpt baf risks are NOT above appetite?'));
    assert.match(text, /Risks within appetite \(at or below the tolerance limit\)/);
    assert.match(text, /BAF 05/);
    assert.doesNotMatch(text, /BAF 04/, 'BAF 04 (20) is above its limit of 16');
  });
  it('gives the asker’s next deadline: the soonest still to come, however far off', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000003', 'chat-next');
    const text = shown(
      await ask(
        'whats the next group baf deadline i actually have (not the ones already gone)?',
        r,
      ),
    );
    assert.match(text, /Staff Survey 25-26/);
    assert.match(text, /Due 31 March 2027/);
    assert.doesNotMatch(text, /Delivery of TAR actions/, 'due 31 March 2026: already gone');
  });

  it('lists the risks a committee does not oversee, with the committee each has instead', async () => {
    const text = shown(
      await ask('which of the group baf risks are NOT overseen by finance & performance?'),
    );
    assert.match(text, /Risks not overseen by the Finance and Performance Committee/);
    assert.match(
      text,
      /Overseen instead by: GROUP BAF 3, Quality and Safety Committee; GROUP BAF 4, People and Culture Committee/,
    );
    assert.doesNotMatch(text, /GROUP BAF 1\b/);
  });

  it('says where a meeting was held beside who chaired it', async () => {
    const text = shown(
      await ask('was the 25 sept group board in person or virtual? and who chaired'),
    );
    assert.match(text, /Crishni Waring \(Group Trust Chair\) chaired the meeting/);
    assert.match(text, /held virtually, on Microsoft Teams, on 25 September 2025 at 3\.00pm/);
  });

  it('answers "has it slipped?" of the action just asked about with its dates and the reason', async () => {
    const r = request('personal', 'chat-slipped');
    await ask("who's got the access policy refresh action on lpt baf 01", r);
    const text = shown(await ask('has it slipped?', r));
    assert.match(text, /due October 2024 \(a revised date, first due May 2024/);
    assert.match(text, /Policy review date extended to Oct 24/);
  });

  it('names an action’s lead and its due date as printed when that says where it goes', async () => {
    const text = shown(
      await ask('whos doing the gap analysis on funding for the green plan and whens it due'),
    );
    assert.match(text, /led by Group Chief Finance Officer/);
    assert.match(text, /due February 2026 \(printed “Group SEB Feb 26”\)/);
  });

  it('shows the passage that answers best whole when it is a short section', async () => {
    const text = shown(await ask('what joint committees have been set up'));
    assert.match(
      text,
      /^What the papers say\n/,
      'not "didn\'t understand": it has every word asked',
    );
    assert.match(text, /People and Culture and Nominations and Remuneration Committees/);
    assert.match(text, /Joint Nomination & Remuneration committee took place in January 2026/);
  });
  it('counts an action due in a financial year as overdue once the year is over, and says how it was read', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000011', 'chat-fy');
    const text = shown(await ask('my overdue actions pls', r));
    assert.match(
      text,
      /Implementation of PSIRF\nLead: [^\n]*\nDue 2024\/25 \(read as 31 March 2025\) · 602 days overdue/,
    );
  });

  it('answers "are they hitting 70%" with the measure that has that target', async () => {
    const text = shown(await ask('2hr UCR nhft - are they hitting 70%'));
    assert.match(text, /2-hr Urgent Care Response/);
    assert.match(text, /66%/);
  });
  it('quotes the sentence with the figures when a question asks from what to what', async () => {
    const text = shown(
      await ask(
        'that QSIR project in HR on recruitment - what was it trying to get the time down from and to',
      ),
    );
    assert.match(text, /from 58 days to 37 days/);
  });

  it('counts closures proposed by committee and month, and says the papers misprint one month', async () => {
    const r = request('personal', 'chat-closures');
    await ask('which baf actions got closed off in november', r);
    const text = shown(
      await ask('how many were closed altogether and when did SEB see the rest', r),
    );
    assert.match(
      text,
      /13 were supported for closure by the Group Strategic Executive Board: 10 in November 2025 and 3 in December 2025\. They were put for approval to the Group Trust Board on 29 January 2026; the papers Board Clerk holds do not record the decision\./,
    );
    assert.match(text, /⚠ The report says three closures went to Group SEB 'in December 2026'/);
  });

  it('reads "it" and "their" that point inside a question as its own subject, not the risk just shown', async () => {
    const r = request('personal', 'points-within');
    await ask('is anything on fire?', r);
    const overdue = shown(await ask("whats overdue and who's on the hook for it", r));
    assert.match(
      overdue,
      /^Actions\nOverdue actions as at 23 November 2026 for every action log\nLeads: /,
    );
    const quiet = shown(await ask('who hasnt updated their actions?', r));
    assert.match(
      quiet,
      /^Actions\nOpen actions with no progress reported yet for every action log\nLeads: /,
    );
  });

  it('answers both of "risks above appetite, scores and target for each? and any actions updated this week"', async () => {
    const text = shown(
      await ask(
        'risks above appetite, scores and target for each? and any actions updated this week',
        request('personal', 'appetite-and-updates'),
      ),
    );
    assert.match(text, /^Risks above appetite\n/);
    assert.match(text, /Above tolerance: 20 against an upper limit of 16/);
    assert.match(text, /Actions updated in Board Clerk this week/);
  });

  it('finds the one of an owner’s section they ask about: "what did i say on the ftsu one about tenure"', async () => {
    const yusuf = await asPerson('00000000-0000-4000-8000-000000000027', 'tenure-one');
    const text = shown(await ask('what did i say on the ftsu one about tenure', yusuf));
    assert.match(text, /Well-Led FTSU 4/);
    assert.doesNotMatch(text, /Well-Led FTSU 1\b/);
  });

  it('says how a plan is going by status, open work told apart by whether it is past its date', async () => {
    const text = shown(
      await ask('how is the well-led plan going', request('personal', 'plan-going')),
    );
    assert.match(
      text,
      /^Actions\nAll actions for Well-Led Review 2024 action plan\nBy status: Open and overdue \(all 33\)\./,
    );
  });

  it('puts first the passage holding every word asked when the best-scored holds fewer', async () => {
    const text = shown(
      await ask(
        'how much have all these joint roles actually saved us then?',
        request('personal', 'joint-saved'),
      ),
    );
    assert.match(text, /^What the papers say\nThe first passage below has every word you asked/);
    assert.match(text, /In the papers\nChief Executive Report · “Group Value”/);
  });

  it('answers what a paper says of something it asks a decision on, its own flags notwithstanding', async () => {
    const text = shown(
      await ask(
        'The January 2026 BAF paper asks us to approve a new Group workforce risk. Is the risk itself actually in the pack, or only described?',
        request('personal', 'paper-decision-flags'),
      ),
    );
    assert.match(text, /Appendix A/);
  });

  it('flags a slip in the words it quotes from a paper ("three in December 2026")', async () => {
    const text = shown(
      await ask('what changed on the baf since last time', request('personal', 'baf-changed')),
    );
    assert.match(text, /three in December 2026/);
    assert.match(text, /⚠ The report says three closures went to Group SEB 'in December 2026'/);
  });

  it('names who brought a workplan item’s paper beside the plan’s lead', async () => {
    const text = shown(
      await ask("who's presenting the group baf paper tmrw", request('personal', 'plan-paper')),
    );
    assert.match(text, /Lead: Directors of Governance and Risk/);
    assert.match(text, /Its paper to the board of 29 January 2026 was brought by Kate Dyer/);
  });

  it('counts the closures awaiting approval beside the few closed, and keeps BAF actions to the registers', async () => {
    const all = shown(
      await ask('how many actions have been closed', request('personal', 'closed-and-awaiting')),
    );
    assert.match(all, /^Actions\nClosed actions for every action log\n2 actions\./);
    assert.match(
      all,
      /Not closed yet: 13 were supported for closure by the Group Strategic Executive Board: 10 in November 2025 and 3 in December 2025\./,
    );
    const baf = shown(
      await ask('how many baf actions got closed', request('personal', 'baf-closed')),
    );
    assert.match(
      baf,
      /None is closed in these logs \(\d+ are open\)\. 14 are recorded as delivered, 13 of them put forward for closure/,
    );
    assert.doesNotMatch(baf, /GTB\/25\/2/);
    const overdue = shown(
      await ask('overdue actions on the baf', request('personal', 'baf-overdue')),
    );
    assert.match(
      overdue,
      /^Actions\nOverdue actions as at [^\n]* for Group BAF action log and LPT BAF 2024\/25 action log\n/,
    );
    assert.doesNotMatch(overdue, /Well-Led|GTB\//);
  });

  it('answers "which one was only on 80%" after an objective’s ambitions with the one at that level', async () => {
    const r = request('personal', 'chat-ambition-level');
    const first = shown(
      await ask(
        'progress numbers for the be a great employer ambitions in the trust ambitions paper',
        r,
      ),
    );
    assert.match(first, /Be an excellent employer/);
    const text = shown(await ask('which one was only on eighty percent', r));
    assert.match(text, /1 ambition is at 80% progress: 8 \(Our people embrace diversity/);
  });

  it('lists a risk’s actions due in a month asked of it by voice, with who has them', async () => {
    const r = request('personal', 'chat-dictated');
    await ask('can you tell me about L P T baf five the emergency planning resilience one', r);
    const text = shown(
      await ask(
        'right and the actions on it that were due march twenty twenty five, who has those',
        r,
      ),
    );
    assert.match(text, /Open actions due March 2025 for BAF 05 \(LPT BAF 2024\/25\)/);
    assert.match(text, /Managing Director: 3/);
    assert.match(text, /mass casualty/);
  });

  it('answers "how much more are they expecting" after a paper’s savings with its estimate of more', async () => {
    const r = request('personal', 'chat-value-more');
    const first = shown(await ask('what has the group value program saved so far', r));
    assert.match(first, /Savings from these changes are c\.£360k for 2025\/26/);
    const text = shown(await ask('and how much more are they expecting on top of that', r));
    assert.match(text, /additional savings, .* of c\.£1\.7m/);
  });

  it('shows first the passage with most of the words asked when the best-scored has only one of them', async () => {
    const text = shown(
      await ask('what was the actual response rate for the staff survey this year, the percentage'),
    );
    assert.match(text, /The papers do not mention percentage/);
    assert.match(text, /In the papers\nTHRIVE Valuing our people/);
    assert.match(text, /National Staff Survey closed on 28 November/);
  });

  it('answers "was every ambition at 100%?" with those that were and those that were not', async () => {
    const text = shown(await ask('Is it true every single ambition was at 100% progress by Q2?'));
    assert.match(text, /10 ambitions are at 100% progress/);
    assert.match(
      text,
      /Not at 100%: 6 \(We are leading care collaboratives .*\) at 90%; 8 \(.*\) at 80%\./,
    );
  });

  it('says who leads a risk’s actions in its owner answer’s first lines when the register names no owner', async () => {
    const text = shown(await ask('who owns group baf 2'));
    assert.match(
      text,
      /names no single owner or lead for GROUP BAF 2\. It is overseen by the Finance and Performance Committee\. 5 of its 7 actions are led by the Group Director of Strategy and Partnerships; the other 2 name no lead Board Clerk knows\./,
    );
  });
  it('answers what a term means with the papers’ own definition, the register asked about first', async () => {
    const target = shown(await ask("What does 'target risk' mean on the LPT BAF?"));
    assert.match(target, /What “target risk” means\nIn the papers\n/);
    assert.match(
      target,
      /Target score: the score once any new mitigating controls have been put in place/,
    );
    const baf = shown(
      await ask(
        "Forgive me, but what is a BAF actually for? I'm looking at the Leicestershire one.",
      ),
    );
    assert.match(baf, /The BAF enables the Board to identify and understand the principal risks/);
    const qsir = shown(await ask("What's QSIR?"));
    assert.match(qsir, /What “QSIR” means/);
    assert.match(qsir, /Quality, Service Improvement and Redesign \(QSIR\)/);
  });

  it('says plainly when the papers use a term without defining it, with what it is short for', async () => {
    const text = shown(await ask('what does EPRR stand for'));
    assert.match(text, /The papers do not define “EPRR”/);
    assert.match(text, /EPRR is short for Emergency Preparedness Resilience and Response\./);
    assert.match(text, /EPRR Policy/);
  });
  it('answers the risk described when the number beside it names another, saying so once, with its governance as printed', async () => {
    const thread = request('personal', 'renumbered');
    const first = shown(await ask("what's LPT BAF 05, the estates one, scored at?", thread));
    assert.match(
      first,
      /^BAF 04\nLPT BAF 2024\/25\nYou said BAF 5; the risk you described is BAF 4, shown here\./,
    );
    assert.match(first, /If we cannot maintain and improve our estate/);
    assert.match(
      first,
      // (A fact's markdown characters are escaped.)
      /Governance\nFinance and Performance Committee \\?\[Estates and Medical Equipment Committee, Strategic Executive Board\\?\] Trust Board/,
    );
    const next = shown(await ask('and its gaps?', thread));
    assert.match(next, /^BAF 04\n/);
    assert.doesNotMatch(next, /You said/);
    const named = shown(await ask('what is LPT BAF 5 scored at?', request('personal', 'named')));
    assert.doesNotMatch(named, /You said/);
    assert.match(named, /emergency preparedness/);
  });
  it('says how up to date a register is: when each risk was last updated, newest first', async () => {
    const group = shown(await ask('is the group BAF up to date?'));
    // Said first, before the list it stands on.
    assert.match(
      group,
      /^When the risks were last updated\nGroup BAF January 2026 · 5 risks and 1 draft\nMost recently updated: GROUP BAF 1 and GROUP BAF 5 \(15 January 2026\); longest without an update: GROUP BAF 2 \(18 December 2025\); GROUP BAF DRAFT was updated 19 January 2026\. Last updated: 19 January 2026 \(GROUP BAF DRAFT\); 15 January 2026 \(GROUP BAF 1, GROUP BAF 5\); 29 December 2025 \(GROUP BAF 4\); 19 December 2025 \(GROUP BAF 3\); 18 December 2025 \(GROUP BAF 2\)\./,
    );
    const lpt = shown(await ask('when were the LPT BAF risks last revised?'));
    assert.match(lpt, /Every risk on this register was last updated on 9 May 2024 \(9 risks\)\./);
    // Asked which was updated first or last, of a register just listed: the same, newest and oldest.
    const thread = request('personal', 'updated-since');
    await ask('which group baf risk was updated most recently?', thread);
    const oldest = shown(await ask('and which one has gone longest without an update?', thread));
    assert.match(oldest, /longest without an update: GROUP BAF 2 \(18 December 2025\)/);
  });
  it('answers who leads work described in plain words with the leads of the risk they describe, when no action says it', async () => {
    const eprr = shown(
      await ask(
        "Who is leading the work to make sure Leicestershire services keep running if there's an emergency or a cyber attack?",
      ),
    );
    assert.match(
      eprr,
      /^Actions\nOpen actions for BAF 05, "If we do not have appropriate emergency preparedness" \(LPT BAF 2024\/25\)\nNo action uses those words: these are the open actions of the risk they describe, with who leads them\.\nLeads: Managing Director: 3;/,
    );
    // A word or two in common ("patients", "safe") describes no risk: said plainly instead.
    const flu = shown(await ask('who is doing the work on keeping patients safe from flu?'));
    assert.match(flu, /^No action in the logs is about work keeping patients safe from flu/);
  });
  it('answers the workplan for the next board with its last meeting when none is left, saying so', async () => {
    for (const q of [
      "what's on the workplan for the next GTB",
      "what's coming up on the workplan",
    ]) {
      const text = shown(await ask(q));
      assert.match(text, /Planned for 29 January 2026, the last meeting in the workplan/, q);
      assert.match(
        text,
        /The workplan plans no meeting after today \(23 November 2026\); its last was 29 January 2026\./,
        q,
      );
    }
    // A meeting named is that meeting's, with no word of the next.
    const january = shown(await ask('workplan for the january board'));
    assert.match(january, /Planned for 29 January 2026\n/);
    assert.doesNotMatch(january, /last meeting in the workplan/);
  });
  it('lists the items taken at every meeting when asked for those, not the whole workplan', async () => {
    const text = shown(await ask('What items come up at every single group board meeting?'));
    assert.match(text, /Items taken at every meeting \(3 meetings in the workplan\)/);
    assert.match(text, /Service Presentation/);
    assert.match(text, /Environmental Analysis/);
    assert.doesNotMatch(
      text,
      /East Midlands Alliance Common Board Paper/,
      'as required: not every meeting',
    );
  });
  it('answers what is being done about the risk a list put first with its actions and their dates', async () => {
    const thread = request('personal', 'being-done');
    await ask('What are the big risks the group board is worried about at the moment?', thread);
    await ask('Which one has the highest score?', thread);
    const text = shown(
      await ask('So what is actually being done about that one, and by when?', thread),
    );
    assert.match(text, /^GROUP BAF 1\n/);
    assert.match(text, /Gap analysis of capacity to deliver plan/);
  });
  it('counts a strategy’s themes, saying yes or no first when the asker said a number', async () => {
    assert.match(
      shown(await ask("THRIVE's got five themes, hasn't it?")),
      /\nNo: THRIVE – Group Strategy \(Together we Thrive\) has six themes, not five: Technology; Healthy Communities; Responsive; Including everyone; Valuing our people; Efficient and effective\./,
    );
    assert.match(
      shown(await ask('THRIVE has six goals, right?')),
      /\nYes: THRIVE .* has six themes: /,
    );
    assert.match(
      shown(await ask('how many ambitions are in the trust ambitions?')),
      /has 12 ambitions\./,
    );
  });
  it('says the nearest due dates when none of the asker’s open actions is due in the period asked', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000021', 'chat-due-month');
    const text = shown(await ask('what have i got due this month?', r));
    assert.match(
      text,
      /None is due then\. The last date before then was 31 May 2026 \(Well-Led Strategy 7 and 11 others\)\. \d+ open actions are past their dates\./,
    );
    assert.match(
      shown(await ask('anything due in january')),
      /the next after it is 31 March 2027 \(Group BAF 4 action 3/,
    );
  });
  it('reads a risk number alone in the register that has it, or whose risk of that number the words describe', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000019', 'chat-estates');
    const estates = shown(await ask('which of the estates actions on BAF 04 are mine?', r));
    assert.match(estates, /Identify alternative sources of capital if bid unsuccessful/);
    assert.match(
      shown(await ask('BAF 08 current score')),
      /^BAF 08 \(LPT BAF 2024\/25\)|LPT BAF 08/m,
    );
  });
  it('lists what the asker said they would do as their actions', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000026', 'chat-said');
    const text = shown(await ask('what did i say i’d do after the well-led review?', r));
    assert.match(text, /Your open actions in Well-Led Review 2024 action plan/);
    assert.match(text, /Task lead: Director of People \(DoP\)/);
  });
  it('searches one meeting’s papers for a topic, and says when Board Clerk does not hold them', async () => {
    const bill = shown(await ask('anything on the mental health bill in the jan pack?'));
    assert.match(bill, /^Where the papers for 29 January 2026 cover mental health bill/);
    assert.match(bill, /Royal Assent on 18 December 2025/);
    assert.match(
      shown(await ask('anything about net zero in the september papers')),
      /Board Clerk does not hold the papers published for 25 September 2025; other papers cover it\./,
    );
  });
  it('finds the minute holding every word asked before one whose title has some of them', async () => {
    const text = shown(
      await ask(
        'what did i tell the sept group board about sharing productivity and efficiency plans?',
      ),
    );
    assert.match(text, /^GTB\/25\/18: East Midlands Alliance/);
    assert.match(text, /shared across the EMA/);
  });
  it('shows an empty log in its own words, and where the minutes disagree with it', async () => {
    const text = shown(await ask('anything outstanding on the group board action log?'));
    assert.match(text, /The log prints: “Matters arising .*: No actions identified”/);
    assert.match(text, /record two things that 'would be taken forward'/);
  });
  it('says whether the asker’s role is among a group’s members, matching the whole job title', async () => {
    const nurse = await asPerson('00000000-0000-4000-8000-000000000010', 'chat-tor-1');
    const text = shown(
      await ask('am i on the transition group, and how often does it meet?', nurse),
    );
    assert.match(
      text,
      /You are a member, as Group Chief Nurse: the terms list “Group Chief Nurse Officer”\./,
    );
    assert.match(text, /The meeting will be held every month\./);
    const lptCfo = await asPerson('00000000-0000-4000-8000-000000000019', 'chat-tor-2');
    assert.match(
      shown(await ask('am i on the transition group?', lptCfo)),
      /No: none of the members it lists is your role, Chief Finance Officer \(LPT\), as the terms word them\./,
    );
  });
  it('answers "has it been done?" of actions none of which is with the open ones, said to be open', async () => {
    const coo = await asPerson('00000000-0000-4000-8000-000000000023', 'chat-done');
    await ask('am i on the well-led action plan anywhere?', coo);
    const text = shown(await ask('has it been done?', coo));
    assert.match(text, /Your open actions in Well-Led Review 2024 action plan/);
    assert.match(
      text,
      /None is done \(closed\)\. All \d+ are still open, all past their due dates:/,
    );
    assert.match(text, /Well-Led Improvement 1/);
  });
  it('names who is looking at some work, and by when', async () => {
    assert.match(
      shown(await ask('who is looking at the tenure')),
      /Well-Led FTSU 4 \(Consider implementing a tenure .*\) is led by Director of Corporate Affairs \(DoCA\).*due 31 May 2025\./,
    );
  });
  it('narrows a list of actions to those a committee signs off, as a follow-up', async () => {
    const dce = await asPerson('00000000-0000-4000-8000-000000000022', 'chat-sign-off');
    await ask('which well-led actions am i action lead for?', dce);
    const text = shown(await ask('which of those go to the finance committee?', dce));
    assert.match(
      text,
      /Your open actions as action lead, signed off by the Finance Committee, in Well-Led Review 2024/,
    );
    assert.match(text, /Develop a long-term financial strategy/);
    assert.doesNotMatch(text, /Well-Led Leadership 1\b/);
  });
  it('finds the asker’s actions on a risk number in the register where they have some, naming it', async () => {
    const nurse = await asPerson('00000000-0000-4000-8000-000000000011', 'chat-baf-01');
    const text = shown(await ask('List my BAF 01 actions and where they’ve got to', nurse));
    assert.match(text, /Your open actions in BAF 01 \(LPT BAF 2024\/25\)/);
    assert.match(text, /Review of policy Compliance measures/);
  });
  it('prints the appetite level’s scores where the register’s key gives them', async () => {
    assert.match(
      shown(await ask('LPT BAF 06 - is it outside the open risk appetite tolerance?')),
      /Above tolerance: 20 against an upper limit of 16 \(Open appetite, 13-16\)/,
    );
  });
  it('keeps a list of actions in due-date order when none is done, and reads a named group after a list as that group', async () => {
    const doca = await asPerson('00000000-0000-4000-8000-000000000027', 'chat-order');
    await ask('am i on the well-led action plan anywhere?', doca);
    const text = shown(await ask('has it been done?', doca));
    assert.ok(text.indexOf('Well-Led FTSU 4') < text.indexOf('Well-Led FTSU 10'), 'by due date');
    const tor = shown(await ask('am i on the transition group, and how often does it meet?', doca));
    assert.match(tor, /^Transition Group: terms of reference/);
  });
  it('lists only the actions the asker is action lead for when asked so, not those they are task lead for', async () => {
    const doca = await asPerson('00000000-0000-4000-8000-000000000027', 'chat-action-lead');
    const text = shown(await ask('which well-led actions am i action lead for?', doca));
    assert.match(text, /Your open actions as action lead in Well-Led Review 2024 action plan/);
    assert.match(text, /Well-Led FTSU 4/);
    assert.doesNotMatch(text, /Well-Led Leadership 3/, 'the DoCA is its task lead only');
  });
  it('gives the minute that stands out for part of what was asked, saying it is only part', async () => {
    const text = shown(
      await ask('did the board talk about armed forces veterans at the September 2025 meeting?'),
    );
    assert.match(text, /^GTB\/25\/18: East Midlands Alliance/);
    assert.match(
      text,
      /GTB\/25\/18 mentions veterans, below; no item of these minutes is about all of “armed forces veterans”\./,
    );
    assert.match(
      shown(await ask('did the september board discuss flying cars')),
      /I can't find an item about "discuss flying cars"/,
    );
  });
  it('says which committee oversees each risk, committee by committee', async () => {
    assert.match(
      shown(await ask('Which committee has oversight of each Group BAF risk?')),
      /Oversight: Finance and Performance Committee, 3 risks: GROUP BAF 1, GROUP BAF 2, GROUP BAF 5; People and Culture Committee, 2 risks: GROUP BAF 4, GROUP BAF DRAFT; Quality and Safety Committee, 1 risk: GROUP BAF 3\./,
    );
  });
  it('says which of a list was due first, and shows the register’s progress on an action’s cause or effect', async () => {
    const thread = request('personal', 'due-first');
    await ask('show me everything overdue owned by the DoCA', thread);
    assert.match(
      shown(await ask('which one was due first?', thread)),
      /Due first: Well-Led FTSU 4 \(Consider implementing a tenure .*\), due 31 May 2025, \d+ days overdue\./,
    );
    const text = shown(await ask('LPT BAF 08 actions'));
    assert.equal(
      text.match(
        /In the register, for its [a-z]* “[^”]*”: First social value round table discussion held 12\/04\/24/g,
      )?.length,
      1,
    );
  });
  it('says once under a list what the ⚠ beside a record means, and names a draft as a draft once', async () => {
    const list = shown(await ask('overdue FTSU actions'));
    assert.match(list, /Well-Led FTSU 10 · Support ⚠/);
    assert.match(
      list,
      /⚠ The papers may be wrong or inconsistent here .*: open the action to see what and why\./,
    );
    const risks = shown(await ask('group baf risks'));
    assert.match(risks, /\nGROUP BAF DRAFT ⚠\n/, 'the row says draft once');
    assert.match(risks, /open the risk to see what and why/);
  });
  it('shows the only passage on a topic whole, and the assurances on a topic where the risks record them', async () => {
    const gambling = shown(
      await ask('do the papers say anything about help for gambling problems?'),
    );
    assert.match(gambling, /1 passage mentions gambling/);
    assert.match(
      gambling,
      /linked to the gambling levy, the service is developing an expanded model/,
    );
    const ftsu = shown(
      await ask("where's the evidence the board was assured on freedom to speak up?"),
    );
    assert.match(ftsu, /Where the papers cover freedom speak/);
    assert.match(ftsu, /Internal Audit Freedom To Speak Up October 2023 significant assurance/);
    assert.doesNotMatch(ftsu, /Microsoft Teams/, 'not where the board meets');
  });
  it('lists the risks above an appetite named by its level, and ranks risks asked to be ranked', async () => {
    const above = shown(await ask('which LPT BAF risks sit above the open risk appetite?'));
    for (const risk of ['BAF 01', 'BAF 04', 'BAF 06']) assert.match(above, new RegExp(risk));
    assert.doesNotMatch(above, /BAF 09/);
    const ranked = shown(await ask('rank the group BAF risks by current score pls'));
    assert.ok(ranked.indexOf('GROUP BAF 1') < ranked.indexOf('GROUP BAF 2'), ranked);
  });
  it('shows the resolution about an item, and says when the meeting’s minutes hold none yet', async () => {
    assert.match(
      shown(await ask('show me the resolution approving the group BAF risks')),
      /GTB\/25\/15[\s\S]*RESOLVED: To approve the five proposed risks in common/,
    );
    assert.match(
      shown(
        await ask(
          'show me the resolution approving the group BAF changes at the 29 January 2026 board',
        ),
      ),
      /No resolution on this paper is on record: the minutes of the Group Trust Board on 29 January 2026 are not held yet\./,
    );
  });
  it('answers which actions are complete, when a log closes none, with those it records as delivered', async () => {
    const text = shown(await ask('which group BAF actions are recorded as complete?'));
    assert.match(
      text,
      /None is closed in the log \(41 are open\)\. 14 are recorded as delivered, 13 of them put forward for closure, but still open until the board closes them:/,
    );
    assert.match(text, /Group Digital Transformation Plan/);
  });
  it('says who the minutes record saying something, and who replied, in a follow-up about the same minute', async () => {
    const asked = shown(await ask('who suggested expanding the BAF 1 descriptor?'));
    assert.match(asked, /^Manjit Darby, as the minutes record it/);
    assert.match(asked, /Recorded at GTB\/25\/15 \(Group Trust Board, 25 September 2025\)\./);
    const thread = request('personal', 'who-said');
    await ask('what did the board resolve on the group BAF in september 2025?', thread);
    assert.match(
      shown(await ask('who agreed to take it forward?', thread)),
      /^Kate Dyer, as the minutes record it/,
    );
    assert.match(
      shown(await ask('who agreed to take it forward?', request('personal', 'who-alone'))),
      /^Kate Dyer and Richard Smith, as the minutes record it/,
      'asked alone, both who agreed to take something forward',
    );
  });
  // (Before the next test, which adds private minutes.)
  it('with no private minutes, says where the public papers send a report to a private board', async () => {
    assert.match(
      shown(
        await ask(
          'did the private board sign off the next group value changes? what did they decide',
          request('personal', 'private-board'),
        ),
      ),
      /holds no private \(Part II\) minutes[\s\S]*The Group Value Programme update paper \(29 January 2026\) says its next report goes to the Foundation Trust Private Board\./,
    );
  });
  it('keeps who spoke in private minutes out of shared conversations, title and all', async () => {
    const data = await reference.get();
    const held = data.minutes[0]!;
    const meeting = data.meetings.find((m) => m.id === held.meetingId)!;
    const { _etag: _m, ...meetingRecord } = meeting as typeof meeting & { _etag?: string };
    const { _etag: _n, ...minutesRecord } = held as typeof held & { _etag?: string };
    await store.create({ ...meetingRecord, id: 'mtg-private-who-said', part: 'private' });
    await store.create({
      ...minutesRecord,
      id: 'min-private-who-said',
      meetingId: 'mtg-private-who-said',
      items: [
        {
          ...held.items[0]!,
          reference: 'GTB/25/99',
          printedText: [
            `${held.present[0]!.name} suggested selling the Quillwort site before the spring.`,
          ],
        },
      ],
    });
    const a = await ask('who suggested selling the quillwort site?');
    const inChannel = visibleText(draw(a, { shared: true, boardMember: true }).card);
    assert.doesNotMatch(inChannel, /Quillwort/);
    assert.doesNotMatch(inChannel, new RegExp(held.present[0]!.name));
    assert.match(inChannel, /not shown here/);
    assert.match(shown(a), /suggested selling the Quillwort site/);
  });
  it('answers "which of those…" after a list of risks from that list, and says so', async () => {
    const thread = request('personal', 'of-those');
    await ask('which LPT BAF risks score 20?', thread);
    const text = shown(await ask('which of those has the furthest to go to target?', thread));
    assert.match(text, /1 of the 3 risks scoring 20 now/);
    assert.match(
      text,
      /BAF 04 is furthest from target: 20 now against a target of 12 \(8 points to go\)\./,
    );
  });
  it('follows actions with who signs them off, and the draft Group risk with LPT’s risk of the same subject', async () => {
    const actions = request('personal', 'sign-off-follow-up');
    await ask('who leads the strategy actions in the well-led plan?', actions);
    const signOff = shown(await ask('and which committee signs them off?', actions));
    assert.match(
      signOff,
      /Sign-off: Strategy and Partnerships: 6; Finance: 1, Well-Led Strategy 6 \(Develop a long-term financial strategy/,
    );
    assert.match(
      signOff,
      /Lead: [^\n]+ · Sign-off: Finance\n/,
      'each action says who signs it off',
    );
    const risks = request('personal', 'draft-then-lpt');
    await ask('what internal audit assurance is there on the draft group workforce risk?', risks);
    const lpt = shown(await ask('and on the LPT one?', risks));
    assert.match(lpt, /^BAF 06\nLPT BAF 2024\/25/);
    assert.match(lpt, /Supporting Timely Recruitment/);
  });
  it('gives the figures a paper prints together, not one without the other', async () => {
    const text = shown(
      await ask('savings from the latest joint roles/teams - in year and full year effect?'),
    );
    assert.match(text, /£900k · Full year effect/);
    assert.match(text, /c\.£360k · Savings from the latest changes in year/);
  });
  it('says whether it was the person named who said something, and who it was if not', async () => {
    assert.match(
      shown(
        await ask(
          "wasn't it duncan orme who wanted the BAF 1 wording widened to cover efficiency and productivity?",
        ),
      ),
      /^Manjit Darby, as the minutes record it\nNot Duncan Orme: the minutes record Manjit Darby\./,
    );
    assert.match(
      shown(await ask("wasn't it duncan orme who wanted the BAF 1 wording widened?")),
      /^Manjit Darby, as the minutes record it\nNot Duncan Orme: the minutes record Manjit Darby\./,
      'found by the risk it names, though none of its other words is the minute’s',
    );
  });
  it('reads "why is it scored so high?" after the highest risk as that risk, not one a passing word finds', async () => {
    const thread = request('personal', 'why-so-high');
    await ask("which is the highest-scoring risk on the group's risk framework?", thread);
    const text = shown(await ask('why is it scored so high?', thread));
    assert.match(text, /^GROUP BAF 1\n/);
    assert.doesNotMatch(text, /^BAF 06/);
  });
  it('answers "how many staff have done this training?" after a presentation from that minute', async () => {
    const thread = request('personal', 'this-training');
    await ask('Who made the QSIR service presentation in the September 2025 board?', thread);
    assert.match(
      shown(await ask('how many staff have done this training?', thread)),
      /Over 250 staff across these organisations have completed QSIR training\./,
    );
  });
  it('offers other risks to compare a draft with, each by its own name', async () => {
    const a = await ask('compare the group draft risk with another');
    assert.equal(a.kind, 'choices');
    assert.doesNotMatch(shown(a), /worse than group baf draft risk/);
    assert.match(shown(a), /Is group baf draft risk worse than group baf 1\?/);
  });
  it('says how many of a whole list are overdue, on a list of several pages', async () => {
    const text = shown(await ask('group baf actions'));
    assert.match(text, /Showing 1–10 of 41\./);
    assert.match(text, /\d+ of the 41 are overdue\./);
    assert.doesNotMatch(text, /of these are overdue/);
  });
  it('says what keeps a score up when asked why it is so high: its causes and gaps in control', async () => {
    const text = shown(await ask('why is group baf 1 scored so high?'));
    assert.match(text, /Cause: Lack of capacity, resources and commitment/);
    assert.match(text, /Capital funding for digital/);
    assert.match(text, /Challenges in recruiting and retaining Digital workforce/);
  });
  it("names a risk's causes and effects when asked why it is there", async () => {
    const text = shown(await ask('what are the causes of LPT BAF 4?'));
    assert.match(text, /Causes and effects\nCause: Unable to maintain and improve our estate/);
  });
  it("reads the month of a risk's actions, not its number, as the date", async () => {
    const text = shown(await ask('group baf 2 actions due in december 2025'));
    assert.match(text, /Open actions due December 2025 for GROUP BAF 2/);
    assert.match(text, /Group BAF 2 action 2 due 1 December 2025/);
  });
  it('answers "which of those are due in March?" from the March those actions were due, when none is due ahead', async () => {
    const thread = request('personal', 'draft-march');
    await ask('draft group workforce risk actions', thread);
    const text = shown(await ask('which of those are due in March?', thread));
    assert.match(text, /Open actions due March 2026 for GROUP BAF DRAFT/);
    assert.doesNotMatch(text, /March 2027/);
  });
  it('keeps a month to come when some actions are dated ahead ("due in December" is this December)', async () => {
    const text = shown(await ask('which actions are due in December?'));
    assert.match(text, /Open actions due December 2026 for every action log/);
  });
  it('answers "who presented it?" after a minute by its reference from that minute', async () => {
    const thread = request('personal', 'presented-ref');
    await ask('what did the board resolve at GTB/25/17?', thread);
    const text = shown(await ask('and who presented it?', thread));
    assert.match(text, /^GTB\/25\/17: THRIVE Strategy Update/);
    assert.match(text, /David Williams presented/);
  });
  it('answers a question asked for someone else, with "he" read as them', async () => {
    const text = shown(
      await ask(
        "I'm David Maher's PA - what did he tell the board about the NHS Oversight Framework in September?",
      ),
    );
    assert.match(text, /Transitional/);
  });
  it("answers from a paper's annexes when its own sections say nothing of what is asked", async () => {
    const text = shown(await ask("in the Trust Ambitions paper, how's the virtual ward doing?"));
    assert.match(text, /Continue to grow the capacity of the 'virtual ward'/);
    assert.match(text, /247 virtual beds/);
    assert.doesNotMatch(text, /says nothing about/);
  });
  it("counts a log's actions by the committee named as their sign-off", async () => {
    for (const q of [
      'how many of the well-led actions have People as the sign-off committee?',
      'which well-led actions are signed off by People?',
    ]) {
      const text = shown(await ask(q));
      assert.match(
        text,
        /All actions, signed off by the People Committee, for Well-Led Review 2024 action plan: 15 actions\./,
        q,
      );
    }
  });
  it('reads "what did the minutes record about X at the September board" as what they say of X', async () => {
    const text = shown(
      await ask(
        'what did the minutes record about the Leadership Matters conferences at the September group board?',
      ),
    );
    assert.match(text, /psychological safety/);
  });
  it('names what a paper says the board agreed, asked "what did the board agree about" it', async () => {
    const text = shown(
      await ask('what did the Group Board agree about the Group Value Programme?'),
    );
    assert.match(text, /Corporate and Enabling Transition Group/);
  });
  it('reads "the chief executive\'s report" on joint committees as that paper, not a committee\'s report', async () => {
    const text = shown(await ask("what does the CEO's January report say about joint committees?"));
    assert.match(text, /^Chief Executive Report/);
    assert.match(text, /Nominations and Remuneration/);
  });
  it("names a risk's one action with its lead when asked who owns it", async () => {
    const text = shown(await ask('who owns group baf 5?'));
    assert.match(
      text,
      /Its 1 action \(Gap analysis of available funding[^)]*\) is led by the Group Chief Finance Officer\./,
    );
  });
  it('lists the risk that has not come down from its initial score, and follows it up as that risk', async () => {
    const thread = request('personal', 'unmoved');
    const list = shown(
      await ask("Which LPT BAF risk hasn't come down at all from its initial score?", thread),
    );
    assert.match(list, /^Risks scored the same now as at their initial scoring/);
    assert.match(list, /BAF 04/);
    assert.doesNotMatch(list, /BAF 03/);
    const gaps = shown(await ask('Why - what are the gaps?', thread));
    assert.match(gaps, /^BAF 04\n/);
    const owner = shown(await ask('Which committee looks after it?', thread));
    assert.match(owner, /Estates and Medical Equipment/);
  });
  it('answers "who is leading that work?" and "is it on track?" after a log section\'s actions', async () => {
    const thread = request('personal', 'that-work');
    await ask(
      'Is there anything in the well-led action plan about building an improvement culture?',
      thread,
    );
    assert.match(shown(await ask("Who's leading that work?", thread)), /Leads: /);
    const onTrack = shown(await ask('Is it on track?', thread));
    assert.match(onTrack, /Well-Led Improvement/);
    assert.doesNotMatch(onTrack, /lost track/);
  });
  it('reads "more than 52 weeks" as a quantity, not two risks compared', async () => {
    const text = shown(
      await ask('How many people are waiting more than 52 weeks for community services at LPT?'),
    );
    assert.match(text, /52\+ Week Total Waiters/);
    assert.doesNotMatch(text, /compared/);
  });
  it("answers how the transformation programmes are going from the figures the THRIVE report prints, then the other trust's", async () => {
    const thread = request('personal', 'other-trust');
    const nhft = shown(
      await ask('How are the THRIVE transformation programmes going at NHFT?', thread),
    );
    assert.match(nhft, /211 projects and 18 programmes/);
    const lpt = shown(await ask('And what about the other trust?', thread));
    assert.match(lpt, /83 projects and 5 programmes \(88 in total\); 7% off track/);
    assert.doesNotMatch(lpt, /211 projects/);
  });
  it('answers "and how many projects does LPT have?" after the THRIVE report from its figure', async () => {
    const thread = request('personal', 'lpt-projects');
    await ask(
      'what does the January THRIVE report say about transformation programmes off track?',
      thread,
    );
    assert.match(shown(await ask('and how many projects does LPT have?', thread)), /83 projects/);
  });
  it('keeps to a minute asked by reference for "what did the board decide?" and "did anyone suggest changes to it?"', async () => {
    const thread = request('personal', 'minute-chain');
    await ask('what was discussed under GTB/25/15?', thread);
    assert.match(shown(await ask('what did the board decide?', thread)), /^GTB\/25\/15: /);
    const said = shown(await ask('did anyone suggest changes to it?', thread));
    assert.match(said, /^GTB\/25\/15: /);
    assert.match(said, /Manjit Darby/);
    // A meeting of its own is its own question.
    assert.match(
      shown(await ask('What did the board resolve at the last meeting?', thread)),
      /^What the board resolved/,
    );
  });
  it('reads what a meeting "heard about" something as its minutes on it', async () => {
    const text = shown(
      await ask(
        'What did the September 2025 Group Board hear about Provider Capability Assessments?',
      ),
    );
    assert.match(text, /^GTB\/25\/19: Group Performance Report/);
  });
  it('reads "the actions carried over from the May meeting" as the matters arising', async () => {
    const text = shown(
      await ask('what happened to the actions carried over from the May meeting?'),
    );
    assert.match(text, /^Matters arising/);
    assert.doesNotMatch(text, /due May/);
  });
  it('narrows a list of actions to those about a subject ("which of those were about culture?")', async () => {
    const thread = request('personal', 'about-culture');
    await ask(
      'How many Group BAF actions were put forward for closure at the January board?',
      thread,
    );
    const text = shown(await ask('Which of those were about culture?', thread));
    assert.match(text, /Our Future Our Way/);
    assert.match(text, /Roadshows/);
    assert.doesNotMatch(text, /LeDeR/);
  });
  it('says how many actions a list holds before the list itself', async () => {
    const text = shown(
      await ask('how many of the well-led actions have People as the sign-off committee?'),
    );
    assert.match(text, /^Actions\n[^\n]*\n15 actions\.\n/);
  });
  it('gives the initial and current scores of a risk that has not come down', async () => {
    const text = shown(
      await ask("Which LPT BAF risk hasn't come down at all from its initial score?"),
    );
    assert.match(text, /BAF 04: 20 at its initial scoring and 20 now\./);
  });
  it("names another trust's paper by its trust and writes its date as a board paper does", async () => {
    const text = shown(await ask("in the Trust Ambitions paper, how's the virtual ward doing?"));
    assert.match(
      text,
      /Cambridgeshire Community Services NHS Trust \(inferred: the paper prints no trust name\), Trust Board, 27 September 2023/,
    );
    assert.doesNotMatch(text, /27-09-2023/);
  });
  it('reads "who was meant to deliver X on the finance risk" as who leads that action', async () => {
    const text = shown(
      await ask(
        'Who was meant to deliver the medium term recovery plan on the LPT finance risk, and by when?',
      ),
    );
    assert.match(
      text,
      /LPT BAF 03 action 7 \(Develop medium term recovery plan[^)]*\) is led by .*Sharon Murphy.*due June 2024\./,
    );
  });
  it('answers who brings an item under the workplan from the workplan, not an action', async () => {
    const text = shown(
      await ask(
        'who is responsible for bringing the Group BAF to each board meeting under the workplan?',
      ),
    );
    assert.match(text, /Lead: Directors of Governance and Risk/);
  });
  it('keeps to THRIVE through "how many objectives sit under it?" and "do staff actually understand it?"', async () => {
    const thread = request('personal', 'thrive-chain');
    await ask('I keep hearing about THRIVE - what is it?', thread);
    const count = shown(await ask('How many objectives sit under it?', thread));
    assert.match(count, /18/);
    assert.doesNotMatch(count, /below 100%/);
    assert.match(
      shown(await ask('Do staff actually understand it?', thread)),
      /82% of LPT staff and 80% of NHFT staff/,
    );
  });
  it('reads "&" in a role as "and" ("Director of Strategy & Partnerships")', async () => {
    const text = shown(
      await ask(
        "which of the Group BAF action closures going to the January board were the Group Exec Director of Strategy & Partnerships's?",
      ),
    );
    assert.match(text, /LeDeR/);
  });
  it('answers who said something when the meeting is named first ("At the September board, who suggested…")', async () => {
    const text = shown(
      await ask(
        'At the September 2025 Group Board, who suggested widening the BAF 1 descriptor, and to include what?',
      ),
    );
    assert.match(text, /^Manjit Darby, as the minutes record it/);
  });
  it('finds who asked a question by the short form the minutes use ("EMA")', async () => {
    const text = shown(
      await ask(
        'On the East Midlands Alliance paper in September 2025, who asked how EMA learning is used across the Group, and what was the answer?',
      ),
    );
    assert.match(text, /Manjit Darby/);
    assert.match(text, /GTB\/25\/18/);
  });
  it('reads "the actions the board is being asked to close" as those proposed for closure', async () => {
    const text = shown(
      await ask('How many Group BAF actions is the Board being asked to close in January 2026?'),
    );
    assert.match(text, /13 were supported for closure by the Group Strategic Executive Board/);
  });
  it('answers "what was challenged in that discussion?" from the minute just asked about', async () => {
    const thread = request('personal', 'challenged');
    const first = shown(
      await ask('Remind me what we resolved on the BAF in September 2025.', thread),
    );
    assert.match(first, /GTB\/25\/15/);
    const text = shown(await ask('What was challenged in that discussion?', thread));
    assert.match(text, /Duncan Orme/);
  });
  it('names who brings a paper on the agenda, after the agenda is asked for', async () => {
    const thread = request('personal', 'presenting');
    await ask(
      'Which items am I asked to approve at the 29 January 2026 Group Trust Board?',
      thread,
    );
    const text = shown(await ask('And who is presenting the BAF paper?', thread));
    assert.match(text, /Its paper is brought by Kate Dyer .* and Richard Smith/);
  });
  it('keeps a list narrowed to a committee\'s sign-off when asked "which of those were due by…"', async () => {
    const thread = request('personal', 'sign-off-narrowed');
    const first = shown(
      await ask(
        'Which well-led actions go to the Strategy and Partnerships committee for sign-off?',
        thread,
      ),
    );
    assert.match(
      first,
      /signed off by the Strategy and Partnerships Committee, for Well-Led Review 2024 action plan: 17 actions/,
    );
    const text = shown(await ask('Which of those were due by the end of October 2025?', thread));
    assert.match(text, /signed off by the Strategy and Partnerships Committee/);
    assert.doesNotMatch(text, /Well-Led FTSU/);
  });
  it('answers a part of the risk being discussed when its record has the words asked, not another risk whose title has them', async () => {
    const thread = request('personal', 'same-risk-part');
    await ask("What's the workforce risk on the LPT BAF?", thread);
    const text = shown(await ask('Has internal audit said anything about recruitment?', thread));
    assert.match(text, /^BAF 06\n/);
    assert.match(text, /Timely Recruitment/);
    // Naming a risk is asking about that risk.
    assert.match(
      shown(await ask('what are the gaps on the culture risk?', thread)),
      /^GROUP BAF 4\n|^BAF 07\n/,
    );
  });
  it("finds an agenda item's paper when the agenda adds to its title", async () => {
    const thread = request('personal', 'presenting-ceo');
    await ask(
      'Which items am I asked to approve at the 29 January 2026 Group Trust Board?',
      thread,
    );
    const text = shown(await ask('And who is presenting the Chief Executive Report?', thread));
    assert.match(text, /Its paper is brought by Angela Hillery, Chief Executive\./);
  });
  it('says who presents a paper at a dated board from that meeting, not from the workplan', async () => {
    const text = shown(
      await ask(
        'who presents the chief executive report at the January 2026 board?',
        request('personal', 'presents-dated'),
      ),
    );
    assert.match(text, /brought by Angela Hillery, Chief Executive/);
    assert.doesNotMatch(text, /^Group Trust Board Workplan/);
  });
  it("follows the one ambition a superlative found, and a quarter asked of it is the report's column", async () => {
    const thread = request('personal', 'lowest-ambition');
    await ask('Which trust ambition has the lowest confidence?', thread);
    const text = shown(await ask('what was its progress at Q2?', thread));
    assert.match(text, /^Trust Ambitions 2023-26\n/);
    assert.match(text, /2\. Our services are innovative/);
    assert.doesNotMatch(text, /1\. Our services are inclusive/);
  });
  it('keeps the log asked about when a follow-up says "as of today"', async () => {
    const thread = request('personal', 'as-of-today');
    await ask("What's the earliest due date in the Well-Led action plan?", thread);
    const text = shown(await ask('how many days overdue is that as of today?', thread));
    assert.match(text, /Overdue actions as at .* for Well-Led Review 2024 action plan/);
    assert.doesNotMatch(text, /LPT BAF/);
  });
  it('gives one risk its own scores when asked to compare its initial, current and target', async () => {
    const text = shown(
      await ask(
        'Compare initial, current and target scores for the LPT BAF 04 estates risk',
        request('personal', 'stages'),
      ),
    );
    assert.match(text, /^BAF 04\n/);
    assert.match(
      text,
      /Since initial scoring\nUnchanged at 20|Since initial scoring\nDown \d+ from 20/,
    );
  });
  it('says how far a risk has come down since its initial scoring', async () => {
    const text = shown(
      await ask(
        "Group BAF 2 partnerships - initial vs current score, what's the reduction?",
        request('personal', 'reduction'),
      ),
    );
    assert.match(text, /current score 4 x 2 = 8, High, down 12 from 20 at its initial scoring/);
  });
  it("reads a corporate register risk number beside a BAF risk as that BAF risk's link, not a BAF risk", async () => {
    const text = shown(
      await ask(
        'The corporate/JWG risk 007 Quality Improvement acceleration linked to LPT BAF 02 - what score is it shown with?',
        request('personal', 'jwg-007'),
      ),
    );
    assert.match(text, /^BAF 02\n/);
    assert.match(text, /score 60/);
  });
  it("notes where the summary table prints another score than a listed risk's own page", async () => {
    const text = shown(
      await ask('Which LPT BAF risks score 20?', request('personal', 'summary-mismatch')),
    );
    assert.match(
      text,
      /BAF 03: the register's summary table prints 20, but its own page scores it 4 x 3 = 12/,
    );
    // A list not chosen by score says nothing of it.
    assert.doesNotMatch(
      shown(await ask('Which LPT BAF risks have improved?', request('personal', 'summary-n'))),
      /summary table prints/,
    );
  });
  it('breaks a log down by section, status or sign-off committee when asked', async () => {
    const thread = request('personal', 'breakdown');
    assert.match(
      shown(await ask('Give me a breakdown of the well-led action plan by section', thread)),
      /By section: Leadership: 4; Improvement: 5; Strategy: 7; Partnerships: 6; Freedom to Speak Up: 11\./,
    );
    assert.match(
      shown(await ask('well-led actions split by status', thread)),
      /By status: Open and overdue \(all 33\)\./,
    );
    assert.match(
      shown(await ask('how many well-led actions per committee', thread)),
      /Sign-off: Strategy and Partnerships: 17; People: 15; Finance: 1/,
    );
  });
  it('counts ambitions at a level though the question says "high-level actions"', async () => {
    const text = shown(
      await ask(
        'How many of the 12 trust ambitions were at 100% progress on high-level actions at Q2 2023-24?',
        request('personal', 'high-level'),
      ),
    );
    assert.match(text, /10 ambitions are at 100% progress/);
  });
  it('lists and counts the actions of a log that a committee signs off, when asked how many', async () => {
    const text = shown(
      await ask(
        'How many well-led actions come to the People committee for sign-off?',
        request('personal', 'people-sign-off'),
      ),
    );
    assert.match(text, /15 actions\./);
  });
  it('says when each of a committee’s risks was last updated', async () => {
    const text = shown(
      await ask(
        'When was each of the F&P group risks last updated?',
        request('personal', 'fp-updated'),
      ),
    );
    assert.match(
      text,
      /Last updated: 15 January 2026 \(GROUP BAF 1, GROUP BAF 5\); 18 December 2025 \(GROUP BAF 2\)\./,
    );
    assert.doesNotMatch(text, /GROUP BAF 3|GROUP BAF 4/);
  });
  it('finds a risk number in the one register that has it, and a sub-group is not the trust group', async () => {
    const text = shown(
      await ask(
        'Which sub-group reports up to F&P on BAF 08 and BAF 09?',
        request('personal', 'sub-group'),
      ),
    );
    assert.match(text, /^BAF 08 and BAF 09 compared\n/);
    assert.match(
      text,
      /Governance\nFinance and Performance Committee \\?\[Collaborative & Commissioning Delivery Group/,
    );
    assert.match(
      shown(await ask('what is baf 8 score', request('personal', 'baf-8'))),
      /^BAF 08\nLPT BAF 2024\/25\n/,
    );
  });
  it('reads what was suggested at a meeting from its minutes', async () => {
    const text = shown(
      await ask(
        'F&P here. At the September 2025 Group Board, what was suggested about the wording of the digital transformation risk?',
        request('personal', 'suggested'),
      ),
    );
    assert.match(text, /^GTB\/25\/15: Group Board Assurance Framework\n/);
    assert.match(text, /Manjit Darby reflected that the descriptor for BAF 1 could be expanded/);
  });
  it('answers "which is highest, and is it inside appetite?" with the risks, not the appetite statement', async () => {
    const thread = request('personal', 'highest-appetite');
    await ask('which group BAF risks sit with F&P?', thread);
    const text = shown(
      await ask('which of those is scored highest, and is it inside appetite?', thread),
    );
    assert.match(text, /GROUP BAF 1 16 Extreme/);
    assert.doesNotMatch(text, /^Group BAF January 2026: risk appetite/);
  });
  it('lists the workplan items a lead brings, by the plan’s words or their initials', async () => {
    const thread = request('personal', 'workplan-lead');
    assert.match(
      shown(
        await ask(
          'which items on the Group Trust Board workplan are led by the Directors of Governance and Risk?',
          thread,
        ),
      ),
      /Items led by Directors of Governance and Risk \(2 of 15\): Group Board Assurance Framework; Group Board Annual Effectiveness and Terms of Reference\./,
    );
    assert.match(
      shown(await ask('what workplan items are led by the CFO?', thread)),
      /Items led by Chief Finance Officer \(1 of 15\): Group and System Finance update\./,
    );
    assert.match(
      shown(await ask('which workplan items are led by the head of estates?', thread)),
      /No item of the workplan is led by “head of estates”\. Its leads: Chair; CEO;/,
    );
  });
  it('reads "BAF 01" as the register that prints its numbers with a leading zero', async () => {
    assert.match(
      shown(await ask('what is baf 01 score', request('personal', 'padded'))),
      /^BAF 01\nLPT BAF 2024\/25\n/,
    );
    assert.match(
      shown(await ask('what is baf 1 score', request('personal', 'unpadded'))),
      /^GROUP BAF 1\n/,
    );
  });
  it('says what a role’s short form stands for, as its log’s key prints it', async () => {
    const text = shown(await ask('what does DDSP stand for in the well-led action plan?'));
    assert.match(text, /^DDSP is short for Deputy Director of Strategy & Partnerships\n/);
    assert.match(
      text,
      /Source: Well-Led Review 2024 Action plan for development areas, its key of roles\./,
    );
  });
  it('spells out a short form inside a name to find where the papers define it', async () => {
    const text = shown(await ask('what does Group SEB stand for?', request('personal', 'seb')));
    assert.match(text, /^What “Group SEB” means\n/);
    assert.match(text, /Group Strategic Executive Board \(SEB\)/);
  });
  it('finds what a committee report’s headings mean in the report’s own key', async () => {
    const text = shown(
      await ask("what does 'Alert, Advise, Assure' mean? I keep seeing AAA reports mentioned."),
    );
    assert.match(text, /ALERT: Alert the Board to matters that need its attention or action/);
  });
  it('counts people at an event a paper reports, not the board’s attendance', async () => {
    const text = shown(
      await ask(
        "how many people attended the 'Valuing our people - support through change' webinar?",
        request('personal', 'webinar'),
      ),
    );
    assert.match(text, /webinar held on 25\/11 and 190 attendees/);
    assert.doesNotMatch(text, /members present/);
  });
  it('reads who flagged something at a meeting from its minutes', async () => {
    const text = shown(
      await ask(
        'who flagged the Leadership Matters conferences at the September board, and what are they focusing on?',
        request('personal', 'flagged'),
      ),
    );
    assert.match(text, /^Kamy Basra, as the minutes record it\n/);
    assert.match(text, /psychological safety/);
  });
  it('reads headline figures from a meeting named by its month alone as that meeting’s minutes', async () => {
    const text = shown(
      await ask(
        'For the staff newsletter - what were the headline numbers on how many staff understand the THRIVE strategy, from the September Group Board?',
        request('personal', 'headline-numbers'),
      ),
    );
    assert.match(text, /^GTB\/25\/17: THRIVE Strategy Update\n/);
    assert.match(text, /82% of LPT staff and 80% of NHFT staff/);
  });
  it('answers who sponsored "that paper" after a strategy’s ambitions with the paper reporting them', async () => {
    const thread = request('personal', 'strategy-paper');
    await ask(
      'In the Trust Ambitions 2023-26 paper, which ambition had the lowest confidence of delivery by Q4?',
      thread,
    );
    const text = shown(await ask('Who was the executive sponsor of that paper?', thread));
    assert.match(text, /Anita Pisani, Deputy Chief Executive/);
  });
  it('reads "the closures in the January pack" as those the pack reports, then "the culture ones" among them', async () => {
    const thread = request('personal', 'pack-closures');
    const first = shown(
      await ask(
        'quick one on the Group BAF action closures in the January pack - how many were closed?',
        thread,
      ),
    );
    assert.doesNotMatch(first, /closed in January/);
    const text = shown(
      await ask('which of the culture ones could we mention in the staff newsletter?', thread),
    );
    assert.match(text, /Freedom to Speak Up Roadshows during October 2025/);
    assert.match(text, /Reasonable adjustments framework/);
  });
  it('follows the ambition a superlative found though no strategy was named, to its figures and its paper', async () => {
    const thread = request('personal', 'unnamed-strategy');
    await ask('which trust ambition has the lowest confidence?', thread);
    assert.match(
      shown(await ask('what was its progress at Q2?', thread)),
      /^Trust Ambitions 2023-26\n[^\n]*\nAmbition 2 \(Our services are innovative[^)]*\): progress 100% at 2023-24 Q2; confidence 75% for 2023-24 Q4\./,
    );
    assert.match(
      shown(await ask('who was the executive sponsor of that paper?', thread)),
      /Anita Pisani, Deputy Chief Executive/,
    );
  });
  it('lists the highest of a committee’s risks when asked "and is it inside appetite?", with no note about drafts it does not show', async () => {
    const thread = request('personal', 'highest-of-those');
    const first = shown(await ask('which group BAF risks sit with F&P?', thread));
    assert.doesNotMatch(first, /Draft risks are proposed/);
    const text = shown(
      await ask('which of those is scored highest, and is it inside appetite?', thread),
    );
    assert.match(text, /^Highest-scoring risks\n/);
    assert.match(text, /1 of the 3 risks overseen by the Finance and Performance Committee/);
    assert.match(text, /At the upper limit of tolerance: 16/);
  });
  it('reads a zero-padded risk number as the register that prints them so, beside another register’s risk', async () => {
    const text = shown(
      await ask(
        "is Group BAF 4 on culture basically LPT's old BAF 07? compare the wording and the scores",
        request('personal', 'padded-beside'),
      ),
    );
    assert.match(text, /^GROUP BAF 4 and LPT BAF 07 compared\n/);
  });
  it('lists the risks above appetite though the appetite is named as the trust’s and its level', async () => {
    const text = shown(
      await ask(
        "which LPT BAF risks in May 2024 were above the trust's Open risk appetite?",
        request('personal', 'above-trust-open'),
      ),
    );
    assert.match(text, /^Risks above appetite\n/);
    assert.match(text, /BAF 01[\s\S]*BAF 04[\s\S]*BAF 06/);
  });
  it('answers the question after a scene-setting statement, not the statement', async () => {
    const text = shown(
      await ask(
        'the draft group workforce risk is all about bank and agency spend - what did the January performance report show for in-month agency spend at each trust against its ceiling?',
        request('personal', 'scene-set'),
      ),
    );
    assert.match(text, /Agency Spend \(£000's\) - In Month NHFT 602, LPT 566/);
  });
  it('finds a risk in the minutes of a meeting when asked "was it discussed" after the risk', async () => {
    const thread = request('personal', 'risk-discussed');
    await ask("what's Group BAF 1 about?", thread);
    const text = shown(await ask('was it discussed at the September 2025 Group Board?', thread));
    assert.match(text, /^GTB\/25\/15: Group Board Assurance Framework\n/);
  });
  it('quotes the sentence with most of the words asked after an ambition’s subject', async () => {
    const thread = request('personal', 'virtual-beds');
    await ask('what does the Trust Ambitions paper say about the virtual ward?', thread);
    const text = shown(
      await ask(
        'how many virtual beds did it report, and how close to trajectory was that?',
        thread,
      ),
    );
    assert.match(text, /Ambition 6: [^\n]*247 virtual beds[^\n]*97% of where we wanted to be/);
  });
  it('checks a speaker the asker claims against the minutes', async () => {
    const text = shown(
      await ask(
        'Duncan Orme suggested expanding the BAF 1 descriptor to include efficiency, productivity and connectivity - right?',
        request('personal', 'claimed-speaker'),
      ),
    );
    assert.match(text, /^Manjit Darby, as the minutes record it\n/);
    assert.match(text, /Not Duncan Orme: the minutes record Manjit Darby\./);
  });
  it('says who chaired a meeting when asked whether someone did', async () => {
    const text = shown(
      await ask(
        'did Kate Dyer chair the 25 September 2025 Group Trust Board?',
        request('personal', 'did-chair'),
      ),
    );
    assert.match(text, /Crishni Waring \(Group Trust Chair\) chaired the meeting/);
  });
  it('checks "BAF 01, 04 and 06 are the only ones scored 20" against the list, with the summary table’s other score', async () => {
    const text = shown(
      await ask(
        'I was told BAF 01, 04 and 06 are the only LPT BAF risks scored 20 in the May 2024 summary - right?',
        request('personal', 'only-twenty'),
      ),
    );
    assert.match(text, /^Risks scoring 20 now\n/);
    assert.match(text, /BAF 03: the register's summary table prints 20/);
  });
  it('shows the BAF risks a paper’s cover sheet says it relates to', async () => {
    const text = shown(
      await ask(
        'which BAF risks does the Group Value Programme paper say it relates to?',
        request('personal', 'paper-risks'),
      ),
    );
    assert.match(text, /BAF risks it relates to\nNHFT - BAF04; LPT – BAF 5\.4/);
    assert.match(text, /False or misleading information \(FOMI\)\n/);
  });
  it('names a paper’s agenda lead only from its own agenda item, not one sharing common words', async () => {
    const value = shown(
      await ask('who sponsored the Group Value Programme paper?', request('personal', 'gvp-lead')),
    );
    assert.match(value, /Paul Sheldon, Chief Finance Officer/);
    assert.doesNotMatch(value, /Agenda lead/);
    assert.match(
      shown(
        await ask(
          'who sponsored the Group BAF paper for January 2026?',
          request('personal', 'baf-lead'),
        ),
      ),
      /Agenda lead\nDirectors of Governance and Risk \(Group Board Assurance Framework\)/,
    );
  });
  it('compares the same number in two registers as two risks', async () => {
    const text = shown(
      await ask('compare LPT BAF 1 and Group BAF 1', request('personal', 'twin-numbers')),
    );
    assert.match(
      text,
      /LPT BAF 01 is the higher risk now: 20 \(Extreme\) against 16 \(Extreme\) for GROUP BAF 1/,
    );
  });
  it('lists what a negation leaves: every risk but those a committee oversees, every action but those signed off there', async () => {
    const risks = shown(
      await ask(
        "which LPT BAF risks aren't governed through the finance and performance committee?",
        request('personal', 'not-governed'),
      ),
    );
    assert.match(risks, /leaving out risks overseen by the Finance and Performance Committee/);
    assert.match(risks, /BAF 01 20 Extreme; BAF 02 12 High; BAF 06 20 Extreme; BAF 07 12 High\./);
    const actions = shown(
      await ask(
        "which well-led strategy actions aren't signed off by the strategy and partnerships committee?",
        request('personal', 'not-signed-off'),
      ),
    );
    assert.match(
      actions,
      /leaving out the 6 signed off by the Strategy and Partnerships Committee/,
    );
    assert.match(actions, /Well-Led Strategy 6/);
    assert.doesNotMatch(actions, /Well-Led Strategy 1\b/);
  });
  it('lists the figures missing their printed target, and says which targets it cannot judge', async () => {
    const text = shown(
      await ask(
        "which LPT workforce measures aren't meeting target?",
        request('personal', 'off-target'),
      ),
    );
    assert.match(
      text,
      /2 figures miss their printed target: Vacancy rate \(LPT 10\.2% against < 10%, 0\.2 points over\); Sickness Overall \(LPT 6\.0% against < 4\.5%, 1\.5 points over\)/,
    );
    assert.doesNotMatch(text, /Turnover/, 'a figure inside its target is not listed');
    const community = shown(
      await ask(
        'where is NHFT not hitting the community targets?',
        request('personal', 'nhft-off'),
      ),
    );
    assert.match(
      community,
      /1 figure misses its printed target: 2-hr Urgent Care Response \(NHFT 66% against >= 70%, 4 points short\)/,
    );
    assert.match(
      community,
      /Targets printed with no direction, not judged: .*Community Beds Length of Stay/,
    );
  });
  it('answers two questions asked in one message, the second below the first', async () => {
    const text = shown(
      await ask(
        'what is group BAF 1 scored at, and who owns BAF 5?',
        request('personal', 'two-asks'),
      ),
    );
    assert.match(text, /^GROUP BAF 1\n/);
    assert.match(text, /Current\n4 x 4 = 16/);
    assert.match(text, /Who owns GROUP BAF 5/);
    assert.ok(
      text.indexOf('Who owns GROUP BAF 5') > text.indexOf('4 x 4 = 16'),
      'in the order asked',
    );
    assert.doesNotMatch(text, /compared/, 'not read as a comparison of the two');
  });
  it('answers why a register is changing from the reasons its paper gives', async () => {
    const text = shown(
      await ask(
        'why are the lpt and nhft workforce risks being combined into one group risk?',
        request('personal', 'why-combined'),
      ),
    );
    assert.match(text, /Now that we have a Group People and Culture Committee/);
    assert.doesNotMatch(text, /^GROUP BAF/, 'not a risk card');
  });
  it('says which actions due by a day to come are already past their dates, and the next due after it', async () => {
    const culture = shown(
      await ask(
        'anything on the culture risk still due before christmas?',
        request('personal', 'xmas'),
      ),
    );
    assert.match(
      culture,
      /None falls due between today \(23 November 2026\) and 25 December 2026: all 3 are already past their due dates, the latest on 31 March 2026\. The next due after 25 December 2026 is 31 March 2027 \(Group BAF 4 action 3\)\./,
    );
    const baf = shown(
      await ask("what's due by the end of march on the group baf", request('personal', 'march')),
    );
    assert.match(
      baf,
      // (Those with no date, "Ongoing", neither fall due nor are past it.)
      /1 falls due between today \(23 November 2026\) and 31 March 2027; 21 are already past their due dates; 3 have no due date\./,
    );
  });
  it('lists an action first due in a past month though its date has since moved', async () => {
    const text = shown(
      await ask(
        'the access policy refresh was due may 2024, what happened to it?',
        request('personal', 'moved'),
      ),
    );
    assert.match(text, /Policy refresh and compliance/);
    assert.match(text, /Oct 24/);
    assert.doesNotMatch(text, /minutes of a Group Trust Board meeting in May 2024/);
  });
  it('answers what changed on a register from its paper when the register prints no movement', async () => {
    const text = shown(
      await ask(
        'what changed on the group baf since the last board',
        request('personal', 'changed'),
      ),
    );
    assert.match(
      text,
      /No risk on Group BAF January 2026 shows a movement against its last report: what changed is set out in the paper that presented it/,
    );
    assert.match(text, /professional learning capability/);
    assert.match(
      text,
      /13 actions from the Group BAF action log/,
      'the section whole, not cut at six paragraphs',
    );
  });
  it('works out the gap between two trusts, and how far a figure is from its target', async () => {
    const beds = shown(
      await ask(
        'out of area bed days - how many more does NHFT have than LPT?',
        request('personal', 'beds'),
      ),
    );
    assert.match(
      beds,
      /Out of Area Bed Days \(rolling quarter\): NHFT 140, LPT 35; NHFT is 105 higher\./,
    );
    const access = shown(
      await ask(
        "On the NOF Access to Services domain, which trust has the higher score and what's the difference?",
        request('personal', 'nof'),
      ),
    );
    assert.match(access, /NHFT 3\.59, LPT 2\.74; NHFT is 0\.85 higher/);
    const sickness = shown(
      await ask(
        'which trust is furthest over its sickness absence target?',
        request('personal', 'sick'),
      ),
    );
    assert.match(
      sickness,
      /Sickness Overall: NHFT 7\.2% against a target of < 4\.6%, 2\.6 percentage points over, missing it; LPT 6\.0% against a target of < 4\.5%, 1\.5 percentage points over, missing it\. Furthest over: NHFT\./,
    );
  });
  it('counts actions by section and lead, most first, and says which has the fewest', async () => {
    const sections = shown(
      await ask(
        'which section of the well led action plan has the most actions?',
        request('personal', 'most'),
      ),
    );
    // (With whom the largest section's actions are led by: "…and who owns them?".)
    assert.match(
      sections,
      /Most: Freedom to Speak Up \(11, all led by Director of Corporate Affairs \(DoCA\)\); fewest: Leadership \(4\)\./,
    );
    const fewest = shown(await ask('and which has the fewest?', request('personal', 'most')));
    assert.match(fewest, /fewest: Leadership \(4\)/);
    const latest = shown(
      await ask("What's the latest due date in the well-led plan?", request('personal', 'latest')),
    );
    assert.match(
      latest,
      /Due last: Well-Led Strategy 7 .*, due 31 May 2026, .*13 others are due the same day \(14 in all\)\./,
    );
  });
  it('says an owner is task lead when asked whether they are action lead on anything', async () => {
    const coo = await asPerson('00000000-0000-4000-8000-000000000023', 'coo-lead');
    const text = shown(await ask('am I action lead on anything in the well led plan?', coo));
    assert.match(text, /No: you are action lead on none of these\. You are task lead on \d+:/);
    assert.match(text, /Well-Led Leadership 2/);
  });
  it('says none when the asker leads nothing on a topic either as task lead or as action lead', async () => {
    // Once looped for ever: none as task lead asked the other way, which asked the first way again.
    const cfo = await asPerson('00000000-0000-4000-8000-000000000030', 'cfo-none');
    const text = shown(await ask('am I the task lead on anything about net zero?', cfo));
    assert.match(text, /Your open actions as task lead on net zero: none\./);
  });
  it('finds one action of a log by its words, the log’s name apart ("… action in the well-led plan")', async () => {
    const cfo = await asPerson('00000000-0000-4000-8000-000000000030', 'cfo-lts');
    const text = shown(
      await ask(
        'The long-term financial strategy action in the well-led plan - am I the task lead on that, who is the action lead, and which committee signs it off and by when?',
        cfo,
      ),
    );
    assert.match(text, /Sign-off: Finance \(Well-Led Strategy 6\)/);
    assert.match(text, /Due 31 May 2026/);
  });
  it('answers "the second one" after a list of risks with the second risk the list showed', async () => {
    const r = request('personal', 'second-one');
    await ask('list the five group BAF risks', r);
    const text = shown(await ask('the second one - what was it initially and where is it now?', r));
    assert.match(text, /GROUP BAF 2/);
    assert.match(text, /Initial[\s\S]*4 x 5 = 20[\s\S]*Current[\s\S]*4 x 2 = 8/);
  });
  it('answers both asks of a message that ends doubting the figures, the flag shown with the score', async () => {
    const cpo = await asPerson('00000000-0000-4000-8000-000000000003', 'doubt-two');
    const text = shown(
      await ask(
        "On the draft group workforce risk, what am I leading and what's the initial score? the numbers look off to me",
        cpo,
      ),
    );
    assert.match(text, /Workforce Operational Plan refresh/);
    assert.match(text, /prints an initial score of 5 x 4 = 25; 5 x 4 is 20/);
  });
  it('lists the workplan items not planned for every meeting, the as-required ones among them', async () => {
    const text = shown(await ask("which workplan items aren't scheduled for every meeting?"));
    assert.match(text, /Items not planned for every meeting \(3 of 15/);
    assert.match(text, /East Midlands Alliance Common Board Paper/);
    assert.match(text, /\(as required\)/);
    assert.doesNotMatch(text, /Chief Executive Report/);
  });
  it('names the alliance’s members when asked how many trusts are in it', async () => {
    const text = shown(await ask('how many trusts in the East Midlands Alliance? list them'));
    assert.match(text, /six largest providers/);
    assert.match(text, /Derbyshire Healthcare[\s\S]*Nottinghamshire Healthcare/);
  });
  it('answers "and in December?" after the actions closed in a month with those of December', async () => {
    const r = request('channel', 'and-december');
    await ask('how many group BAF actions were closed in November 2025?', r);
    const text = shown(await ask('and in December?', r));
    assert.match(text, /3 were supported for closure .* in December 2025/);
    assert.match(text, /ICB 5-year strategy/);
  });
  it('finds the one passage holding a rare word among the rest asked ("…CAMHS tier 3.5 and Waterlily")', async () => {
    const text = shown(
      await ask('What did the October Alliance Board agree about CAMHS tier 3.5 and Waterlily?'),
    );
    assert.match(text, /agreed at the October meeting to recurrently fund the CAMHS tier 3\.5/);
  });
  it('shows a risk’s progress holding every word asked, however common the words', async () => {
    const text = shown(await ask('where have the integrated neighbourhood teams got to?'));
    assert.match(text, /integrated neighbourhood teams, now in implementation phase – to Oct 2026/);
  });
  it('answers a strategy figure and what the minutes said, asked in one message', async () => {
    const text = shown(
      await ask(
        "How many came to the 'Where I belong - every voice matters' conference in the THRIVE report, and what were the Leadership Matters conferences mentioned in the September minutes going to focus on?",
      ),
    );
    assert.match(text, /attended by over 260 colleagues/);
    assert.match(text, /Leadership Matters conferences[^.]*psychological safety/);
  });
  it('answers when a risk was last updated, and searches the rest, asked together after it', async () => {
    const r = request('personal', 'int-follow');
    await ask('what is Group BAF 2 about?', r);
    const text = shown(
      await ask(
        'when was it last updated and where have the integrated neighbourhood teams got to?',
        r,
      ),
    );
    assert.match(text, /Last updated\s*18 December 2025/);
    assert.match(text, /to Oct 2026/);
  });
  it('says which actions each lead of a risk’s actions carries, by their words', async () => {
    const text = shown(await ask('who owns LPT BAF 4?'));
    assert.match(text, /Chief Finance Officer: .* · 4 actions/);
    assert.match(text, /Identify alternative sources of capital if bid unsuccessful/);
  });
  it('answers what is asked beside a doubt about a date, then the papers’ own flags', async () => {
    const doca = await asPerson('00000000-0000-4000-8000-000000000027', 'doubt-date');
    const text = shown(
      await ask(
        'which of my FTSU actions are overdue? and theres one with a due date that looks wrong to me',
        doca,
      ),
    );
    assert.match(text, /overdue/i);
    assert.match(text, /Well-Led FTSU \d+/);
    assert.match(text, /data-quality flag/);
  });
  it('lists a risk’s actions in the register’s order, action 2 before action 10', async () => {
    const text = shown(await ask('LPT BAF 3 in full'));
    const two = text.indexOf('LPT BAF 03 action 2 ');
    const ten = text.indexOf('LPT BAF 03 action 10 ');
    assert.ok(two >= 0 && ten > two, 'action 2 comes before action 10');
  });
  it('answers what a paper lists and when it comes back, asked of it together', async () => {
    const text = shown(
      await ask(
        "EMA paper - which 6 providers are in the alliance and when's the next report due to us",
      ),
    );
    assert.match(text, /St Andrew's Healthcare/);
    assert.match(text, /Next report/);
  });
  it('adds no empty flags box after figures asked with a doubt the papers do not flag', async () => {
    const answer = await ask(
      "LPT sickness in the perf report looks odd - whats current vs the ceiling, and NHFT's too",
    );
    const text = shown(answer);
    assert.match(text, /6\.0%/);
    assert.doesNotMatch(text, /0 flagged/);
  });
  it('asks which record "that" is in a chat with nothing asked before, not listing every action', async () => {
    const text = shown(await ask('when was that due?', request('personal', 'fresh-that')));
    assert.match(text, /Which risk, action or meeting do you mean\?/);
    assert.doesNotMatch(text, /lost track|Open actions/);
  });
  it('lists a whole register first, counted as approved risks and drafts, the heat map after the list', async () => {
    const all = shown(await ask('list the five group BAF risks', request('personal', 'five')));
    assert.match(all, /Group BAF January 2026 · 5 risks and 1 draft\n/);
    assert.ok(all.indexOf('GROUP BAF 5') < all.indexOf('Heat map of current scores'));
  });
  it('finds the work on an unqualified "BAF 3" in the register whose BAF 3 has it', async () => {
    const dof = await asPerson('00000000-0000-4000-8000-000000000018', 'baf3-work');
    const answer = shown(
      await ask('med term recovery plan action on baf 3 - whose is it n when was it due', dof),
    );
    assert.match(answer, /LPT BAF 03 action 7 \(Develop medium term recovery plan/);
    assert.match(answer, /Sharon Murphy, DoF/);
    assert.match(answer, /due June 2024/);
  });
  it('says yes first when asked whether the asker leads anything', async () => {
    const guardian = await asPerson('00000000-0000-4000-8000-000000000028', 'am-i-task-lead');
    assert.match(
      shown(await ask('am I task lead on anything in the well led plan?', guardian)),
      /Yes: you are task lead on 1 open action in Well-Led Review 2024 action plan\./,
    );
  });
  it('answers "is PSIRF one of them?" beside a list of my actions, from that list', async () => {
    const don = await asPerson('00000000-0000-4000-8000-000000000011', 'one-of-them');
    const answer = shown(
      await ask('which LPT BAF actions sit with me and is PSIRF one of them?', don),
    );
    assert.match(answer, /Your open actions in LPT BAF 2024\/25 action log\n/);
    assert.match(answer, /Yes: one is about PSIRF\.[\s\S]*Implementation of PSIRF/);
  });
  it('lists "my risks" as those whose actions the asker leads, named as theirs where others see it', async () => {
    const cpo = await asPerson('00000000-0000-4000-8000-000000000003', 'my-risks-1');
    const top = await ask("which of the risks I'm responsible for has the highest score?", cpo);
    const mine = visibleText(draw(top, { shared: false, boardMember: true }).card);
    assert.match(mine, /^Your highest-scoring risks\n/);
    assert.match(
      mine,
      /The registers name no owner for each risk: these are the risks whose actions you lead or are task lead on\./,
    );
    assert.match(mine, /Highest approved score: GROUP BAF 4 at 12 \(High\)\./);
    const inGroup = visibleText(draw(top, { shared: true, boardMember: true }).card);
    assert.match(inGroup, /^Sam Whitfield’s highest-scoring risks\n/);
    assert.match(inGroup, /whose actions Sam Whitfield leads or is task lead on/);
    const doca = await asPerson('00000000-0000-4000-8000-000000000027', 'my-risks-2');
    assert.match(shown(await ask('my risks', doca)), /^None of the risks has an action of yours\n/);
  });
  it('shows where others see it the progress a public paper prints, which is no private note', async () => {
    const dsp = await asPerson('00000000-0000-4000-8000-000000000005', 'published-progress');
    const list = await ask('whats still open for me on the group baf', dsp);
    const inGroup = visibleText(draw(list, { shared: true, boardMember: true }).card);
    // The register's own "complete" against Group BAF 2 actions 2 and 3.
    assert.match(inGroup, /Latest: complete \(Group BAF January 2026\)/);
    assert.doesNotMatch(inGroup, /private items? \(private business or progress notes\)/);
  });
  it('tells the board secretary with no actions of her own how to see every action, named as hers in a group', async () => {
    const secretary = await asPerson('00000000-0000-4000-8000-000000000001', 'secretary-none');
    const list = await ask('whats still open for me on the group baf', secretary);
    const personal = visibleText(draw(list, { shared: false, boardMember: true }).card);
    assert.match(
      personal,
      /None of your roles owns an action in Board Clerk\. As board secretary you can see every action/,
    );
    assert.doesNotMatch(personal, /ask the board secretary/);
    const inGroup = visibleText(draw(list, { shared: true, boardMember: true }).card);
    assert.match(inGroup, /None of Alex Morgan’s roles owns an action/);
    assert.doesNotMatch(inGroup, /\b[Yy]our\b/);
  });
  it('names whose list it is where others see it, and says when every one is left out', async () => {
    const doca = await asPerson('00000000-0000-4000-8000-000000000027', 'whose-list');
    const mine = await ask('what have I got overdue?', doca);
    const inGroup = visibleText(draw(mine, { shared: true, boardMember: true }).card);
    assert.match(inGroup, /Yusuf Ali’s overdue actions as at 23 November 2026/);
    assert.doesNotMatch(inGroup, /\bYour\b/);
    assert.match(
      visibleText(draw(mine, { shared: false, boardMember: true }).card),
      /Your overdue actions as at 23 November 2026/,
    );
    const notMine = await ask("which of the speak up actions aren't mine?", doca);
    assert.match(shown(notMine), /None: all 11 are yours\./);
    assert.match(
      visibleText(draw(notMine, { shared: true, boardMember: true }).card),
      /None: all 11 are Yusuf Ali’s\./,
    );
  });
  it('answers a question naming its own meeting after a list of one risk, not of that risk', async () => {
    const thread = request('channel', 'own-meeting');
    await ask('which group baf risk is under the people and culture committee', thread);
    const answer = shown(
      await ask('who took the minutes at the sept GTB and who chaired it?', thread),
    );
    assert.doesNotMatch(answer, /GROUP BAF 4/);
    assert.match(answer, /25 September 2025/);
  });
  it('counts a list of actions by month, and says which month has most', async () => {
    const thread = request('personal', 'by-month');
    await ask('how many group baf actions are up for closure at the jan gtb', thread);
    assert.match(
      shown(await ask('which month had the most', thread)),
      /By month: November 2025: 10; December 2025: 3\. Most: November 2025 \(10\); fewest: December 2025 \(3\)\./,
    );
  });
  it('after a list narrowed to one risk, reads "it" as that risk', async () => {
    const thread = request('personal', 'list-of-one');
    await ask('what are the five risks on the group BAF?', thread);
    const narrowed = shown(
      await ask('which one is under the people and culture committee?', thread),
    );
    assert.match(narrowed, /Risks overseen by the People and Culture Committee/);
    assert.match(
      shown(await ask('and who leads the actions on it?', thread)),
      /Who owns GROUP BAF 4[\s\S]*9 of its 10 actions are led by the Group Chief People Officer/,
    );
  });
  it('says what the minutes record when asked whether anyone commented on the workplan', async () => {
    const answer = shown(
      await ask(
        'when the workplan came to the sept board did anyone comment on it? think there was something about duplication',
        request('channel', 'workplan-comment'),
      ),
    );
    assert.match(answer, /GTB\/25\/13: Group Trust Board Workplan/);
    assert.match(answer, /Angela Hillery suggested[\s\S]*duplication/);
  });
  it('gives the numeric date of a searched passage in words', async () => {
    assert.match(
      shown(
        await ask(
          'when was the 1st social value round table held',
          request('personal', 'round-table'),
        ),
      ),
      /held 12\/04\/24 \(12 April 2024\)/,
    );
  });
  it('names an organisation called "The trust of …" in lower case inside a sentence', async () => {
    const doca = await asPerson('00000000-0000-4000-8000-000000000027', 'who-am-i');
    assert.match(
      shown(await ask('who am I?', doca)),
      /In the trust of the Well-Led Review 2024 action plan\./,
    );
  });
  it("gives two trusts' figures in the order they were asked", async () => {
    const lptFirst = shown(
      await ask('is LPT sickness worse than NHFT?', request('personal', 'order-1')),
    );
    assert.match(
      lptFirst,
      /Sickness Overall: LPT 6\.0%, NHFT 7\.2%; NHFT is 1\.2 percentage points higher/,
    );
    const nhftFirst = shown(
      await ask('is NHFT sickness worse than LPT?', request('personal', 'order-2')),
    );
    assert.match(
      nhftFirst,
      /Sickness Overall: NHFT 7\.2%, LPT 6\.0%; NHFT is 1\.2 percentage points higher/,
    );
  });
  it('says yes or no first when one trust is asked to be worse, better or higher than another', async () => {
    const worse = shown(await ask('is LPT sickness worse than NHFT?', request('personal', 'yn-1')));
    assert.match(
      worse,
      /No: LPT’s Sickness Overall \(6\.0%\) is lower than NHFT’s \(7\.2%\), better\. But on Sickness Absence Rate \(oversight framework score\) LPT is worse \(LPT 2\.85, NHFT 2\.76\): the two measures disagree\./,
    );
    assert.match(worse, /NHFT is 1\.2 percentage points higher, so worse \(lower is better\)/);
    const fewer = shown(
      await ask('has lpt got fewer vacancies than nhft', request('personal', 'yn-2')),
    );
    assert.match(
      fewer,
      /No: LPT’s Vacancy rate \(10\.2%\) is higher than NHFT’s \(10\.0%\), worse\./,
    );
    // "Better or worse" asks which, not yes or no.
    const which = shown(
      await ask('is lpt better or worse than nhft on sickness', request('personal', 'yn-3')),
    );
    assert.match(which, /LPT’s Sickness Overall is better: 6\.0% against NHFT’s 7\.2%\./);
    assert.doesNotMatch(which, /\b(Yes|No):/);
    // A count of long waiters is better the fewer, though no target says which way.
    const waiters = shown(
      await ask('did nhft have more 52 week waiters than lpt', request('personal', 'yn-4')),
    );
    assert.match(
      waiters,
      /No: NHFT’s 52\+ Week Total Waiters \(1,416\) is lower than LPT’s \(6783\), better\./,
    );
    // "Worse than target" is each figure against its own target, not one trust against the other.
    const target = shown(
      await ask('which measures are worse than target', request('personal', 'yn-5')),
    );
    assert.match(target, /figures? miss(es)? (its|their) printed target/);
    assert.doesNotMatch(target, /Biggest gap/);
  });
  it('answers an action owner asking of their own work in their own words', async () => {
    const aad = (n: string) => `00000000-0000-4000-8000-0000000000${n}`;
    // "Meant to have … done by": an action's date, not the strategy ambition sharing its words.
    const ace = await asPerson(aad('21'), 'own-1');
    assert.match(
      shown(
        await ask(
          'when is our finance lead meant to have the long term financial strategy done by',
          ace,
        ),
      ),
      /^Well-Led Strategy 6 \(Develop a long-term financial strategy[^)]*\) is due 31 May 2026/m,
    );
    // "Who else is on it with me": its leads, the asker among them.
    const strategy = await asPerson(aad('13'), 'own-2');
    assert.match(
      shown(await ask('who else is on the research comms/engagement campaign with me', strategy)),
      /LPT BAF 02 action 5 \(Comms \/ engagement campaign\) is led by Director of Strategy, Director of Governance .*the roles are held by Daniel Cho \(you, Director of Strategy\) and Zoe Carter \(Director of Governance\)/,
    );
    // "Why am I listed against a digital action?": whose name is on it is no topic.
    const cfo = await asPerson(aad('04'), 'own-3');
    const digital = shown(
      await ask('why am i listed against a digital baf action? which one was it', cfo),
    );
    assert.match(digital, /Your open actions on digital\n/);
    assert.match(digital, /Group BAF 1 closure 1 \(November 2025\)/);
    // "Is that right?" of one flagged closure: what is wrong with it, said on the list.
    const cpo = await asPerson(aad('03'), 'own-4');
    const mapping = shown(
      await ask(
        'theres a research mapping action closed under my name in december - is that right?',
        cpo,
      ),
    );
    assert.match(
      mapping,
      /⚠ Group BAF 4 closure 11 \(December 2025\): This December closure under '4\. Culture' \(Group Chief People Officer\) repeats word for word the November 2025 closure under '3\. Research' \(Medical Directors/,
    );
    assert.doesNotMatch(mapping, /No action names the Group Chief People Officer/);
    // One piece of work, "is that mine?": yes as task lead (one of all executive directors), or no.
    const doi = await asPerson(aad('24'), 'own-5');
    const leadingList = await ask(
      'what am i leading in the improvement section of the well led plan',
      doi,
    );
    assert.match(
      shown(leadingList),
      /You are action lead on 4 of these and task lead only on 1 \(Well-Led Improvement 1\)\./,
    );
    assert.match(
      visibleText(draw(leadingList, { shared: true, boardMember: true }).card),
      /Helen Shaw is action lead on 4 of these/,
    );
    assert.match(
      shown(
        await ask(
          'and the board buy-in one on the improvement strategy, is that mine as well?',
          doi,
        ),
      ),
      /^Yes, as task lead: you are one of All Executive Directors \(All Exec Dirs\.\); not its action lead\. Well-Led Improvement 1 /m,
    );
    assert.match(
      shown(await ask('the innovation strategy on group baf 3 - is that on me? when by', cpo)),
      /^No: none of your roles leads it\. Group BAF 3 action 8 /m,
    );
    // "What did we say last time on …": where that work stands, in the register's words.
    const dsp = await asPerson(aad('20'), 'own-6');
    assert.match(
      shown(await ask('what did we say last time on the social value round table stuff', dsp)),
      /LPT BAF 08 action 4 \(Social Value Round Table discussions\) is still open; .*held 12\/04\/24 \(12 April 2024\)/,
    );
    // "Am I leading any of them?" of a list where the asker is only ever task lead: no, first.
    const doiStrategy = await asPerson(aad('24'), 'own-8');
    await ask('which strategy section actions am i on', doiStrategy);
    const leading = shown(await ask('am i leading any of them?', doiStrategy));
    assert.match(leading, /No: you are action lead on none of these\. You are task lead on 6:/);
    assert.doesNotMatch(leading, /^Yes:/m);
    // What a register expects a role to deliver: that role's actions.
    const ops = await asPerson(aad('17'), 'own-7');
    assert.match(
      shown(await ask('what does the baf expect the operational directors to deliver', ops)),
      /Open actions for Operational Directors/,
    );
  });
  it('keeps to the list just given: its progress in full, the one due last, those under one of its risks', async () => {
    const aad = (n: string) => `00000000-0000-4000-8000-0000000000${n}`;
    const dsp = await asPerson(aad('05'), 'list-1');
    await ask('whats still open for me on the group baf', dsp);
    const progress = shown(await ask('what did i say last time on progress', dsp));
    assert.match(
      progress,
      /Your open actions in Group BAF action log, with the latest progress on each/,
    );
    // The register's progress, not cut short at 200 characters.
    assert.match(
      progress,
      /System working on integrated neighbourhood teams, now in implementation phase/,
    );
    const cpo = await asPerson(aad('03'), 'list-2');
    assert.match(
      shown(await ask('what have i got on the culture risk on the group baf', cpo)),
      /Your open actions in GROUP BAF 4, "If we do not understand our culture" \(Group BAF January 2026\)/,
    );
    assert.match(
      shown(await ask('which one runs the longest?', cpo)),
      /Due last: Group BAF 4 action 3 \(Staff Survey 25-26 – actions & implementation of priority areas\), due 31 March 2027, in 128 days\./,
    );
    const overdue = shown(
      await ask('which of my actions on the group culture risk are overdue now?', cpo),
    );
    assert.match(
      overdue,
      /1 more is open and not yet due; the next: 31 March 2027 \(Group BAF 4 action 3\)\./,
    );
    // A register's list, then "which of those sits under the culture risk?": that register's culture risk.
    const dog = await asPerson(aad('16'), 'list-3');
    await ask('what have i got on the lpt baf', dog);
    assert.match(
      shown(await ask('which of those sits under the culture risk?', dog)),
      /Your open actions in BAF 07, "If we do not lead with compassion" \(LPT BAF 2024\/25\)\nLPT BAF 07 action 1 /,
    );
    // A section's actions due in a month, with who leads them and their progress.
    const chair = await asPerson(aad('29'), 'list-4');
    const section = shown(
      await ask(
        'the strategy actions in the well-led plan that were due in october 25 - how many, who leads, any progress logged?',
        chair,
      ),
    );
    assert.match(
      section,
      /Open actions due October 2025 for Well-Led Review 2024 action plan: Strategy, with the latest progress on each/,
    );
    assert.match(
      section,
      /Leads: ACE\/DCE, jointly the Acting Chief Executive and Deputy Chief Executive \(all 4\)\./,
    );
    // The action found on a risk by its words, then "is it overdue?": that action, not the risk's list.
    const thread = request('personal', 'list-5');
    assert.match(
      shown(await ask("the ICC assurance flow action on lpt's eprr risk, who's got that", thread)),
      /LPT BAF 05 action 6 \(ICC assurance flow\) is led by Director of Governance/,
    );
    assert.match(
      shown(await ask('is it overdue?', thread)),
      /^Yes: LPT BAF 05 action 6 \(ICC assurance flow\) is due April 2024; still open/m,
    );
  });
  it('answers of one risk named by its subject, though the question asks why or if', async () => {
    const target = shown(
      await ask(
        'even if the workforce resourcing risk on the lpt baf gets to its target score, would that be inside appetite?',
        request('personal', 'one-risk-1'),
      ),
    );
    assert.match(target, /^BAF 06\n/);
    assert.match(target, /Once at its target score of 15, within tolerance/);
    const estates = shown(
      await ask(
        'why hasnt the estates risk on the lpt baf come down at all since initial? whats holding it up',
        request('personal', 'one-risk-2'),
      ),
    );
    assert.match(estates, /^BAF 04\n/);
    assert.match(estates, /Lack of capital funding/);
    // "Can we rely on it?": the gaps in its assurance.
    assert.match(
      shown(
        await ask(
          'for the estates risk on the lpt baf, which committee gives the 2nd line assurance and does the baf say we can rely on it?',
          request('personal', 'one-risk-3'),
        ),
      ),
      /Effectiveness of the committee/,
    );
    // "How do we know X is ok? … lists an audit as due": the assurance and its stale date, not actions.
    const fppt = shown(
      await ask(
        "how do we know fit and proper persons is ok? group baf 4 still lists an audit as 'due' from ages ago",
        request('personal', 'one-risk-4'),
      ),
    );
    assert.match(
      fppt,
      /GROUP BAF 4 still says "LPT Internal Audit Fit and Proper Persons Test due Q2 2024\/25"/,
    );
  });
  it('answers a report asked after a risk, the ambitions short of their progress, and the next of something a paper reports', async () => {
    const thread = request('personal', 'after-risk-1');
    await ask(
      "draft group workforce risk is mainly about agency reliance isnt it, what's it scored at now?",
      thread,
    );
    const agency = shown(
      await ask(
        'and what is agency spend actually doing at each trust in the perf report?',
        thread,
      ),
    );
    assert.match(agency, /^Headline Performance Report: Agency Spend/);
    assert.match(agency, /602/);
    const ambitions = shown(
      await ask(
        "which ambitions weren't fully on track at q2 in the ambitions paper, and whats their q4 confidence?",
        request('personal', 'after-risk-2'),
      ),
    );
    assert.match(
      ambitions,
      /2 ambitions are below 100% progress: 6 \(We are leading care collaboratives[^)]*\) at 90%; 8 \([^)]*\) at 80%\./,
    );
    const qi = request('personal', 'after-risk-3');
    await ask('how many went on the qi academy foundation course, per the ambitions paper?', qi);
    assert.match(
      shown(await ask("and when's the next one planned", qi)),
      /second is planned for Q3/,
    );
  });
  it('sets two things against each other: two actions by date, two trusts by a figure or a count', async () => {
    const doca = await asPerson('00000000-0000-4000-8000-000000000027', 'versus-1');
    const due = shown(
      await ask(
        "my skills gaps action vs the manager training one i'm task lead on - which was due first?",
        doca,
      ),
    );
    assert.match(due, /^Which is due first: Well-Led Leadership 4 or Well-Led FTSU 8\n/);
    assert.match(
      due,
      /Well-Led FTSU 8 is due first: 30 September 2025, against 31 October 2025 for Well-Led Leadership 4\./,
    );
    const lpt = shown(
      await ask(
        'my digital strategy action vs the innovation strategy one on the baf, which was due first?',
        request('personal', 'versus-2'),
      ),
    );
    assert.match(
      lpt,
      /LPT BAF 02 action 6 is due first: 31 July 2024, against 31 August 2024 for LPT BAF 01 action 3\./,
    );
    const thrive = shown(
      await ask(
        'staff understanding of thrive - lpt ahead of nhft or behind?',
        request('personal', 'versus-3'),
      ),
    );
    assert.match(thrive, /82% of LPT staff and 80% of NHFT staff/);
    const apologies = shown(
      await ask(
        'sept group board - more apologies from lpt or nhft?',
        request('personal', 'versus-4'),
      ),
    );
    assert.match(apologies, /Apologies by trust: LPT 2, NHFT 4; most from NHFT\./);
    // The ambition most behind, then "is that one also the least confident?": no, and which is.
    const thread = request('personal', 'versus-5');
    assert.match(
      shown(await ask('which of the 12 ambitions is most behind on progress?', thread)),
      /Ambition 8 \(Our people embrace diversity[^)]*\) has the lowest progress of the 12: 80%\./,
    );
    // Two risks at their initial scoring, with what the paper misprints of it.
    const initial = shown(
      await ask(
        "the draft group workforce risk - is its initial score higher than digital's?",
        request('personal', 'versus-6'),
      ),
    );
    assert.match(
      initial,
      /At initial scoring, GROUP BAF DRAFT and GROUP BAF 1 score the same: 20\. The draft workforce risk prints an initial score of 5 x 4 = 25; 5 x 4 is 20\. GROUP BAF DRAFT is the higher risk now/,
    );
    const least = shown(await ask('is that one also the least confident for q4?', thread));
    assert.match(
      least,
      /No: ambition 8’s confidence is 100%\.\nAmbition 2 \(Our services are innovative[^)]*\) has the lowest confidence of the 12: 75%\./,
    );
  });
  it('follows up in a thread on a paper, a committee report and one action of a list', async () => {
    const paper = request('channel', 'thread-1');
    await ask('who brought the group baf paper', paper);
    assert.match(
      shown(await ask('when does it go next?', paper)),
      /Next report\nGroup SEB 10 February 2026/,
    );
    const report = request('channel', 'thread-2');
    await ask('the triple A from the joint people cttee - anything alerted?', report);
    assert.match(
      shown(await ask("who's it from", report)),
      /Tim Harrison wrote the Joint People and Culture Committee in Common’s report \(10 December 2025\)\./,
    );
    const list = request('channel', 'thread-3');
    assert.match(
      shown(await ask('ftsu actions on manager training - what are they', list)),
      /Open actions about manager training for Well-Led Review 2024 action plan: Freedom to Speak Up\n2 actions\./,
    );
    // ("…on the well led plan" names where, not what about.)
    assert.doesNotMatch(
      shown(
        await ask(
          'ftsu actions on the well led plan - which are late?',
          request('channel', 'thread-6'),
        ),
      ),
      /about well led/,
    );
    assert.match(
      shown(await ask("the one on actually providing the training, who's task lead", list)),
      /The task lead on Well-Led FTSU 9 \(Ensure appropriate training is provided to managers[^)]*\) is Director of People \(DoP\) \(held by Claire Dunn\); its action lead is Director of Corporate Affairs \(DoCA\)/,
    );
    assert.match(
      shown(
        await ask(
          'remind me the score range for open appetite on the lpt baf',
          request('channel', 'thread-4'),
        ),
      ),
      /Open appetite is the band 13–16/,
    );
    assert.match(
      shown(
        await ask(
          'when were provider capability assessments first due',
          request('channel', 'thread-5'),
        ),
      ),
      /Provider Capability Assessments assessing leadership and governance with first submissions due in October 2025/,
    );
  });
  it('counts a group of roles asked of as its members too: "the medical directors" is each of them', async () => {
    const text = shown(
      await ask('latest deadline for the medical directors on the group research risk?'),
    );
    // Group BAF 3 action 8 is led by the LPT Medical Director (with the Director of Strategy), and the
    // paper prints its date as "April 26": a month, shown as one.
    assert.match(
      text,
      /Due last: Group BAF 3 action 8 \(Develop and deliver Innovation Strategy\), due April 2026/,
    );
  });
  it('reads when work was meant to be agreed by, with a remark after the question left out', async () => {
    const text = shown(
      await ask(
        'when were we meant to have agreed the NED catch up schedule by? feels like ages ago',
      ),
    );
    assert.match(text, /^When Well-Led Leadership 3 is due\n/);
    assert.match(text, /is due 30 June 2025/);
  });
  it('answers what day or time a meeting just named was, as a follow-up', async () => {
    const thread = request('personal', 'meeting-day');
    await ask('when was the jan 26 group board?', thread);
    for (const q of ['what day of the week was that?', 'what time did it start?']) {
      const text = shown(await ask(q, thread));
      // Said first, above the agenda it stands on.
      assert.match(
        text,
        /^Agenda: Group Trust Board\nGroup Trust Board \(public\), 29 January 2026\nGroup Trust Board \(public\) was held on Thursday 29 January 2026 at 3\.00pm\.\n/,
        q,
      );
    }
  });
  it('says when a paper, or the paper behind a strategy, next comes to the board, as a follow-up', async () => {
    const ema = request('personal', 'ema-next');
    await ask('anything new from the east midlands alliance?', ema);
    const next = shown(await ask("when's the next update on it due to come to us?", ema));
    assert.match(next, /Next report\nMay 2026/);
    const ambitions = request('personal', 'ambitions-next');
    await ask('what did the sept 23 trust ambitions paper say about progress overall?', ambitions);
    const cadence = shown(
      await ask('when was the next update after that one meant to come to board?', ambitions),
    );
    // The paper's own words on how often it comes, and the month that makes next.
    assert.match(
      cadence,
      /How often\n“It was agreed that the Board would be provided with updates on implementing the strategy in September and March each year;”\nNext after this paper\nMarch 2024/,
    );
  });
  it('adds what the minutes say where a paper holds only part of what was asked', async () => {
    const text = shown(
      await ask('when was that annual EMA event both boards were invited to?', request('channel')),
    );
    // The paper says "October 2025"; the public minute gives the day, in its own printed words.
    assert.match(text, /^East Midlands Alliance Common Board Paper\n/);
    assert.match(
      text,
      /The minutes of 25 September 2025 \(GTB\/25\/14\) say: “An annual East Midlands Alliance \(EMA\) event will take place on 3 October 2025 which both Boards are invited to attend to look at what the EMA has achieved in the last year and the forward plans\.”/,
    );
  });
  it('says when the task lead asked for is the action lead too', async () => {
    const same = shown(await ask('who is task lead on the ftsu comms plan action?'));
    assert.match(
      same,
      /The task lead on Well-Led FTSU 6 \([^)]*\) is also its action lead: Director of Corporate Affairs \(DoCA\)/,
    );
  });
  it('says first how a risk’s score has moved when asked why it has not come down', async () => {
    const text = shown(await ask("why hasn't the digital risk come down?"));
    assert.match(
      text,
      /^GROUP BAF 1\nGroup BAF January 2026\nGROUP BAF 1 has come down from 20 when first scored to 16 now; its target is 8, 8 lower\. The register’s context, gaps and progress are below\.\n/,
    );
  });
  it('answers whether a role leads any of a log’s actions: which it leads and which it is only task lead on', async () => {
    const text = shown(await ask('is the director of people leading any well-led actions?'));
    assert.match(
      text,
      /^Actions\nOpen actions for Director of People in Well-Led Review 2024 action plan\n/,
    );
    assert.match(
      text,
      /5 actions\. Director of People \(DoP\) is action lead on 1 of these and task lead only on 4\./,
    );
  });
  it('says first that no approved risk is above appetite when only a draft is', async () => {
    const text = shown(await ask('which risks are above appetite?', request('channel')));
    assert.match(
      text,
      /^Risks above appetite\nGroup BAF January 2026 · 1 of 6 risks\nNo approved risk on this register is above appetite: the one listed is a draft\.\nGROUP BAF DRAFT\n/,
    );
  });
  it('answers when the board last looked at something: the latest minute, and a later agenda that has it', async () => {
    const text = shown(await ask('when did the group board last look at the BAF?'));
    assert.match(
      text,
      /^GTB\/25\/15: Group Board Assurance Framework\nGroup Trust Board, 25 September 2025\n/,
    );
    assert.match(
      text,
      /It came back to the Group Trust Board on 29 January 2026 \(“Group Board Assurance Framework” on its agenda\); Board Clerk holds no minutes of that meeting yet\./,
    );
    // A shorter title that is another item ("Service Presentation") is not the same item.
    const qsir = shown(await ask('when was the QSIR work last discussed?'));
    assert.match(qsir, /^GTB\/25\/9: /);
    assert.doesNotMatch(qsir, /came back/);
  });
  it('gives the minutes of a past meeting when asked what happened at it', async () => {
    const text = shown(await ask('what happened at the september 2025 board?'));
    assert.match(text, /^Minutes: Group Trust Board, 25 September 2025\n/);
  });
  it('answers an empty list by due date with the nearest dates, not a misprinted closure date', async () => {
    const text = shown(await ask("what's coming due in the next 3 months?"));
    assert.match(text, /None is due then\. The last date before then was 31 May 2026/);
    assert.doesNotMatch(text, /closures went to Group SEB/);
  });
  it('reads "before christmas" as a date, not as a topic of the asker’s actions', async () => {
    const text = shown(
      await ask(
        'any of my actions due before christmas?',
        await asPerson('00000000-0000-4000-8000-000000000027', 'christmas'),
      ),
    );
    assert.match(text, /^Your actions\nYour open actions due by 25 December 2026\n/);
    assert.doesNotMatch(text, /on christmas/);
  });
  it('answers a risk asked for its score and owner with the risk, not an action about "score"', async () => {
    const text = shown(await ask('LPT BAF 6 score and who owns it'));
    assert.match(text, /^BAF 06\nLPT BAF 2024\/25\n/);
    assert.match(text, /Current\n5 x 4 = 20/);
    assert.doesNotMatch(text, /about score/);
  });
  it('finds a well-led action by its short reference with "progress"', async () => {
    for (const q of ['FTSU 4 progress', 'progress on ftsu 4'])
      assert.match(shown(await ask(q, request('personal', q))), /^Well-Led FTSU 4\n/, q);
  });
  it('says when a past meeting asked by its month was held', async () => {
    const text = shown(await ask('when was the jan 26 group board?'));
    assert.match(
      text,
      /Group Trust Board \(public\) was held on Thursday 29 January 2026 at 3\.00pm\./,
    );
  });
  it('answers whether a risk is getting better from its scores, said first', async () => {
    const draft = shown(await ask('is the workforce risk getting better?'));
    assert.match(
      draft,
      /Not on its score: GROUP BAF DRAFT is still at 20, as when it was first scored\. The paper prints its initial score as 25, but 5 x 4 is 20\. The register prints no trend since its last report\. Its target is 15, 5 lower\./,
    );
    const digital = shown(
      await ask('is the digital risk getting better?', request('personal', 'digital-better')),
    );
    assert.match(
      digital,
      /Yes: since it was first scored, GROUP BAF 1 has come down from 20 to 16\. The register prints no trend since its last report\./,
    );
    const lpt = shown(await ask('lpt baf 1 improving?'));
    assert.match(
      lpt,
      /Yes: since it was first scored, BAF 01 has come down from 25 to 20\. The register's trend since its last report: unchanged\./,
    );
    // Asked on a wrong belief that it got worse: no, said first.
    const research = shown(
      await ask(
        'whys the research risk on the group baf gone up to 16?',
        request('personal', 'research-worse'),
      ),
    );
    assert.match(
      research,
      /No: since it was first scored, GROUP BAF 3 has come down from 16 to 12\./,
    );
  });
  it('says which committee oversees a risk, even when its actions are named beside it', async () => {
    for (const q of [
      'which committee oversees group baf 1',
      "which committee has oversight of the digital risk on the group BAF? the one the CIO's actions sit under",
    ]) {
      const text = shown(await ask(q, request('personal', q)));
      assert.match(
        text,
        /GROUP BAF 1 is overseen by the Finance and Performance Committee\. Its governance route, as printed: LPT and NHFT Finance and Performance Committees/,
        q,
      );
      // (The question's own words are no subject to find in the risk.)
      assert.doesNotMatch(text, /other controls/, q);
    }
  });
  it('answers whether the board approved the workplan from its minute', async () => {
    for (const q of [
      'did the board approve or note the workplan?',
      'has the workplan been signed off',
    ]) {
      const text = shown(await ask(q, request('personal', q)));
      assert.match(text, /^GTB\/25\/13: Group Trust Board Workplan\n/, q);
      // The resolution said first.
      assert.match(
        text,
        /\nResolved at the Group Trust Board, 25 September 2025 \(GTB\/25\/13\): “To note the current Group Trust Board Workplan\.”\n/,
        q,
      );
      assert.match(text, /RESOLVED: To note the current Group Trust Board Workplan\./, q);
    }
  });
  it('finds the work a task lead is asked of without the word "action"', async () => {
    const text = shown(await ask('who is task lead for NED catch-up schedule'));
    assert.match(text, /^Who is task lead on Well-Led Leadership 3\n/);
    assert.match(text, /held by Yusuf Ali/);
  });
  it('gives the scores of the risks an owner’s actions sit on when asked with them', async () => {
    const cio = shown(
      await ask(
        'new-ish in post as CIO, whats on my plate on the group baf? score and whats due pls',
        await asPerson('00000000-0000-4000-8000-000000000008', 'plate'),
      ),
    );
    assert.match(cio, /They are on GROUP BAF 1: current score 4 x 4 = 16, Extreme, target 8\./);
    // Not when no score is asked.
    const plain = shown(
      await ask(
        'whats on my plate on the group baf?',
        await asPerson('00000000-0000-4000-8000-000000000008', 'plate-2'),
      ),
    );
    assert.doesNotMatch(plain, /current score/);
  });
  it('quotes the progress the papers published when asked whether work was signed off', async () => {
    const text = shown(await ask('has the group digital transformation plan been signed off?'));
    assert.match(text, /progress last noted in January 2026: “Group SEB Jan 26 - approved”/);
    // Delivered but still open is said so on the card, not "Open · Delivered".
    assert.match(text, /^Delivered, not yet closed$/m);
    assert.doesNotMatch(text, /^Delivered$/m);
  });
  it('finds the Group’s role by the title its log prints for it', async () => {
    const text = shown(
      await ask(
        'on the group baf research risk which of the medical director actions was due first?',
        await asPerson('00000000-0000-4000-8000-000000000006', 'md'),
      ),
    );
    assert.match(
      text,
      /Due first: Group BAF 3 action 9 \(Success measures and measuring impact to be determined\), due December 2025/,
    );
  });
  it('answers "am I actually on…" after a name with a yes, and a name at the start as who asks', async () => {
    const tom = shown(
      await ask(
        "tom here, am i actually on the group baf for anything? when's it due",
        await asPerson('00000000-0000-4000-8000-000000000009', 'tom'),
      ),
    );
    assert.match(tom, /Yes: you are named on 1 open action in Group BAF action log\./);
    assert.match(tom, /Develop and deliver Innovation Strategy/);
  });
  it('reads a directory person’s first name alone, and their actions in the log named', async () => {
    const text = shown(
      await ask(
        'covering for helen while shes off - whats outstanding for her on the well led action plan?',
      ),
    );
    assert.match(
      text,
      /^Actions\nOpen actions for Helen Shaw \(Director of Improvement \(Well-Led trust\)\) in Well-Led Review 2024 action plan\n/,
    );
  });
  it('shows the item someone presented at a meeting, its figures with it', async () => {
    const text = shown(
      await ask(
        'what did david williams present at the sept group board and what were the headline numbers',
      ),
    );
    assert.match(text, /^GTB\/25\/17: THRIVE Strategy Update\n/);
    assert.match(text, /82% of LPT staff and 80% of NHFT staff/);
  });
  it('finds what a paper says of the asker’s role when asked what it holds for them', async () => {
    const hannah = shown(
      await ask(
        'hannah here, am i leading on anything for the east midlands alliance?',
        await asPerson('00000000-0000-4000-8000-000000000006', 'ema'),
      ),
    );
    assert.match(hannah, /^East Midlands Alliance Common Board Paper\n/);
    assert.match(hannah, /The Medical Directors from Leicestershire Partnership NHS Trust/);
    const sam = shown(
      await ask(
        'sam - anything waiting on me out of the group value programme paper?',
        await asPerson('00000000-0000-4000-8000-000000000003', 'value'),
      ),
    );
    assert.match(sam, /^Group Value Programme update\n/);
    assert.match(sam, /The paper names the Chief People Officer \(your role\) in 6 passages:/);
    assert.match(sam, /The Chief People Officer is in the process of developing a process/);
    // A bare list item with the sentence leading into its list; the Transition Group's membership.
    assert.match(
      sam,
      /\nThe latest changes are in the following areas: Group Chief People Officer\n/,
    );
    assert.match(
      sam,
      /\nTransition Group terms of reference: membership\nMembers: [^\n]*Group Chief People Officer\./,
    );
    assert.doesNotMatch(sam, /mention sam/);
  });
  it('answers for the colleague the asker covers for, by name, role or the minutes’ name', async () => {
    const helen = shown(
      await ask(
        "covering for helen while she's off – what's outstanding for her on the well led plan?",
        request('personal', 'cover-1'),
      ),
    );
    assert.match(
      helen,
      /^Actions\nOpen actions for Helen Shaw \(Director of Improvement \(Well-Led trust\)\) in Well-Led Review 2024 action plan\n18 actions\./,
    );
    // A role whose name holds a section's ("improvement") is the role, all of its actions.
    const doi = shown(
      await ask(
        'what actions does the director of improvement have?',
        request('personal', 'cover-2'),
      ),
    );
    assert.match(doi, /^Actions\nOpen actions for Director of Improvement\n18 actions\./);
    const ddsp = shown(
      await ask(
        "what's on the deputy director of strategy & partnerships' list",
        request('personal', 'cover-3'),
      ),
    );
    assert.match(
      ddsp,
      /^Actions\nOpen actions for Deputy Director of Strategy & Partnerships\n14 actions\./,
    );
    // Someone the minutes name: their role's actions.
    const cfo = shown(
      await ask(
        "stepping in for Paul Sheldon while he's away - what's he got outstanding?",
        request('personal', 'cover-4'),
      ),
    );
    // (Named as asked, with the role the minutes print for him.)
    assert.match(cfo, /^Actions\nOpen actions for Paul Sheldon \(Group Chief Finance Officer\)\n/);
    // A surname alone, after a grammar word the dictionary lists only as "have".
    const sheldon = shown(
      await ask('what has sheldon got overdue', request('personal', 'cover-4b')),
    );
    assert.match(
      sheldon,
      /^Actions\nOverdue actions [^\n]*Paul Sheldon \(Group Chief Finance Officer\)/,
    );
    // The asker's own timing is no period of the list.
    const yusuf = shown(
      await ask(
        "I'm picking up Yusuf's FTSU actions next week - what's overdue?",
        request('personal', 'cover-5'),
      ),
    );
    assert.match(yusuf, /^Actions\nOverdue actions as at 23 November 2026 for Yusuf Ali/);
    assert.doesNotMatch(yusuf, /next week/);
  });
  it('gives the figures of an item someone presented when asked for its numbers with it', async () => {
    const text = shown(
      await ask(
        'what did david williams present at the sept group board and what were the headline numbers',
        request('personal', 'presented-numbers'),
      ),
    );
    assert.match(
      text,
      /“Regarding staff understanding of THRIVE, recent surveys had outlined 82% of LPT staff and 80% of NHFT staff understood what the strategy is\.”/,
    );
    assert.doesNotMatch(text, /Headline Performance Report/);
  });
  it('lists a meeting’s performance and committee reports among its papers', async () => {
    const text = shown(
      await ask('when was the jan 26 group board?', request('personal', 'papers')),
    );
    assert.match(
      text,
      /Papers for this meeting in Board Clerk: .*Headline Performance Report; Joint People and Culture Committee in Common: Alert, Advise and Assure Report\./,
    );
  });
  it('answers "which BAF risks sit with me?" with the asker’s risks', async () => {
    const text = shown(
      await ask(
        'which BAF risks sit with me?',
        await asPerson('00000000-0000-4000-8000-000000000003', 'sit-with-me'),
      ),
    );
    assert.match(text, /^Your risks\n/);
    assert.match(text, /GROUP BAF 4/);
  });
  it('answers targets against appetite: none outside it, those coming back inside, and no target date', async () => {
    const outside = shown(
      await ask(
        'which group BAF risks have a target score that would still sit outside appetite?',
        request('personal', 'targets-1'),
      ),
    );
    assert.match(
      outside,
      /None: every target on this register is within its tolerance \(the highest target is 15\)\./,
    );
    const back = shown(
      await ask(
        'which LPT risks are expected to get back inside appetite once their actions land, and by when?',
        request('personal', 'targets-2'),
      ),
    );
    assert.match(
      back,
      /BAF 01 \(20 now, target 15\), BAF 04 \(20 now, target 12\) and BAF 06 \(20 now, target 15\) are above appetite now, with targets within it\. The register prints no date for reaching a target\./,
    );
    const when = shown(
      await ask(
        'when is group baf 4 expected to hit its target score?',
        request('personal', 'targets-3'),
      ),
    );
    assert.match(
      when,
      /The register prints no date by which GROUP BAF 4 is expected to reach its target of 8; it is at 12 now, 4 above it\./,
    );
  });
  it('answers the most a board tolerates, and what its tolerance limit is, from its appetite', async () => {
    const most = shown(
      await ask(
        "what's the highest score the board will put up with on LPT's risks?",
        request('personal', 'tolerate-1'),
      ),
    );
    assert.match(most, /^LPT BAF 2024\/25 \(May 2024\): risk appetite\n/);
    assert.match(most, /upper limit of tolerance 16/);
    const limit = shown(
      await ask(
        'what does upper limit of tolerance mean on the group BAF?',
        request('personal', 'tolerate-2'),
      ),
    );
    assert.match(limit, /^Group BAF January 2026: risk appetite\n/);
  });
  it('answers for a colleague said to be away, with the frame’s words about the work kept', async () => {
    const megan = shown(
      await ask(
        "Megan Hart is on annual leave and I'm covering her - what has she got overdue?",
        request('personal', 'away-1'),
      ),
    );
    assert.match(megan, /^Actions\nOverdue actions as at 23 November 2026 for Megan Hart/);
    const claire = shown(
      await ask(
        "while Claire Dunn is on leave I'm holding her well-led actions - anything falling due in the next couple of months?",
        request('personal', 'away-2'),
      ),
    );
    assert.match(
      claire,
      /^Actions\nOpen actions due in the next 2 months \(23 November 2026 to 23 January 2027\) for Claire Dunn \(Director of People \(Well-Led trust\)\) in Well-Led Review 2024 action plan\n/,
    );
    const hannah = shown(
      await ask(
        'Hannah Lowe is off sick this month - can you show me what she needs to get done?',
        request('personal', 'away-3'),
      ),
    );
    assert.match(hannah, /^Actions\nOpen actions for Hannah Lowe/);
    assert.doesNotMatch(hannah, /None is closed/);
  });
  it('answers both halves of two questions asked in one message, however they are joined', async () => {
    // "…, and am I…": the risk, then the asker's own actions on it (the LPT CFO).
    const estates = shown(
      await ask(
        'estates risk on the lpt baf - where is it now vs target, and am i the one leading the actions on it?',
        await asPerson('00000000-0000-4000-8000-000000000019', 'two-1'),
      ),
    );
    assert.match(estates, /current score 4 x 5 = 20/);
    assert.match(estates, /Yes: you are named on 4 open actions in BAF 04/);
    // "… + who's…": the score, then who leads the plan.
    const finance = shown(
      await ask(
        "lpt baf 03 finance, what score is it on + who's doing the medium term recovery plan",
        request('personal', 'two-2'),
      ),
    );
    assert.match(finance, /current score 4 x 3 = 12/);
    assert.match(
      finance,
      /medium term recovery plan[^\n]*is led by Director of Finance and Performance/i,
    );
    // The whole read as neither half (a tally of sign-offs): each half answered.
    const closed = shown(
      await ask(
        "which actions got closed at the sept meeting + which meeting's minutes were signed off in september",
        request('channel', 'two-3'),
      ),
    );
    assert.match(closed, /GTB\/25\/5/);
    assert.match(
      closed,
      /RESOLVED: To approve the Minutes of the Group Trust Board meeting held on 29 May 2025\./,
    );
    assert.doesNotMatch(closed, /Sign-off: none named/);
    // A second half the rules cannot place, searched for, beside the first.
    const courage = shown(
      await ask(
        "ceo report says we've set up joint committees - which ones, and when did the first joint people & culture one meet?",
        request('personal', 'two-4'),
      ),
    );
    assert.match(courage, /Nominations and Remuneration Committees/);
    assert.match(courage, /first meeting on record 10 December 2025/);
  });
  it('checks the date, the presenter and the minutes an asker believes, saying the right ones', async () => {
    const skills = shown(
      await ask(
        'my board skills gaps action on the well led plan was due june 2025?',
        await asPerson('00000000-0000-4000-8000-000000000026', 'claim-1'),
      ),
    );
    assert.match(skills, /No, not June 2025: Well-Led Leadership 4 [^\n]* is due 31 October 2025/);
    const innovation = shown(
      await ask(
        'innovation strategy on baf 02 - i had that down for august 24?',
        request('personal', 'claim-2'),
      ),
    );
    assert.match(
      innovation,
      /No, not August 2024: LPT BAF 02 action 6 \(Innovation strategy\) is due July 2024/,
    );
    // A score believed of a risk: no, with its score now, or yes.
    const eprr = shown(
      await ask('LPT BAF 05 current score is 16?', request('personal', 'claim-7')),
    );
    assert.match(eprr, /No: BAF 05 is at 12 now \(4 x 3\), not 16\./);
    const digital16 = shown(await ask('is group baf 1 on 16?', request('personal', 'claim-8')));
    assert.match(digital16, /Yes: GROUP BAF 1 is at 16 now \(4 x 4\)\./);
    // (Its target asked is no score claimed.)
    const target = shown(
      await ask('what is group baf 1 target score?', request('personal', 'claim-9')),
    );
    assert.doesNotMatch(target, /^(Yes|No): /m);
    // Only who brought the item: a member who highlighted something after is no presenter.
    const thrive = shown(
      await ask(
        'who presented the thrive item at the september board',
        request('personal', 'claim-3'),
      ),
    );
    assert.match(thrive, /The minutes name David Williams presenting this item\./);
    assert.doesNotMatch(thrive, /Kamy Basra presenting/);
    const sections = shown(
      await ask(
        'well-led plan only has 4 sections - leadership, improvement, strategy, partnerships?',
        request('channel', 'claim-4'),
      ),
    );
    assert.match(
      sections,
      /By section: Leadership: 4; Improvement: 5; Strategy: 7; Partnerships: 6; Freedom to Speak Up: 11\./,
    );
    // Two questions in one message, each answered: joined by ", also", by "+ anything", by a full stop.
    const digital = shown(
      await ask(
        "what's group baf 1 on at the moment, also who owns the gap analysis on options for clinical leadership",
        request('personal', 'claim-5'),
      ),
    );
    assert.match(digital, /current score 4 x 4 = 16/);
    assert.match(digital, /is led by Group Chief Finance Officer/);
    const manjit = shown(
      await ask(
        'Which group BAF 1 actions went forward for closure in january. What did Manjit Darby suggest about the BAF 1 descriptor?',
        request('personal', 'claim-6'),
      ),
    );
    assert.match(manjit, /efficiency, productivity and connectivity/);
  });
  it('says plainly whether work was signed off, and where a score sits against tolerance', async () => {
    const plan = shown(
      await ask(
        'has the group digital transformation plan been signed off?',
        request('personal', 'signed-1'),
      ),
    );
    assert.match(
      plan,
      /^Where Group BAF 1 action 1 stands\nYes, its progress records it approved, though the action is not yet closed\. /,
    );
    assert.match(plan, /Delivered, not yet closed/);
    const band = shown(
      await ask(
        'lpt baf 02 is on 12 now - which band on the appetite table does 12 land in?',
        request('personal', 'band-1'),
      ),
    );
    assert.match(
      band,
      /A score of 12 is in the Cautious band \(9–12\)\. BAF 02 sits under an Open appetite \(upper limit of tolerance 16\), so at 12 it is within tolerance\./,
    );
    const above = shown(
      await ask(
        'which appetite band does 20 fall in on the group baf',
        request('personal', 'band-2'),
      ),
    );
    assert.match(
      above,
      /Against an upper limit of tolerance of 16, a score of 20 is above tolerance\./,
    );
  });
  it('says yes or no first to a figure the asker believes, with the figure printed', async () => {
    const wrong = shown(
      await ask('nhft sickness about 6% in dec?', request('personal', 'chat-sick-1')),
    );
    assert.match(
      wrong,
      /No: NHFT’s Sickness Overall is 7\.2% \(Workforce, Dec-25\), not about 6%\./,
    );
    const right = shown(await ask("lpt sickness 6% wasn't it", request('personal', 'chat-sick-2')));
    assert.match(right, /Yes: LPT’s Sickness Overall is 6\.0%/);
    const plain = shown(await ask('nhft sickness in dec', request('personal', 'chat-sick-3')));
    assert.doesNotMatch(plain, /^(Yes|No):/m);
  });

  it('answers of each action named by its number in one message ("ftsu 9 and ftsu 11"), and "and 5?" after one', async () => {
    const both = drawReplies(
      await ask(
        'who is the task lead on ftsu 9 and ftsu 11?',
        request('personal', 'each-numbered'),
      ),
      { shared: false, boardMember: true },
    ).map((reply) => visibleText(reply.card));
    assert.equal(both.length, 2);
    assert.match(both[0]!, /^Well-Led FTSU 9\n[^]*Task lead\nDirector of People \(DoP\)/);
    assert.match(both[1]!, /^Well-Led FTSU 11\n[^]*Task lead\nFreedom to Speak Up Guardian/);
    const thread = request('personal', 'each-numbered-2');
    await ask('show me ftsu 8', thread);
    assert.match(shown(await ask('no wait i meant 5', thread)), /^Well-Led FTSU 5\n/);
    assert.match(shown(await ask('and 6?', thread)), /^Well-Led FTSU 6\n/);
  });

  it('lists only the actions the asker is task lead on and not action lead too, when "only" is asked', async () => {
    const doca = await asPerson('00000000-0000-4000-8000-000000000027', 'task-lead-only');
    const only = shown(await ask('my actions where im only task lead', doca));
    const all = shown(await ask('my actions', doca));
    const split = /You are action lead on \d+ of these and task lead only on (\d+)\./.exec(all);
    assert.ok(split, all.slice(0, 300));
    assert.match(only, new RegExp(`Your open actions as task lead only: ${split[1]} actions\\.`));
  });

  it('says how many days since the last board, and what falls due before a day to come', async () => {
    assert.match(
      shown(
        await ask(
          'how many days is it since the last group trust board?',
          request('channel', 'days-1'),
        ),
      ),
      /Group Trust Board \(public\) was 298 days ago \(42 weeks\), on Thursday 29 January 2026 at 3\.00pm\./,
    );
    assert.match(
      shown(await ask('which BAF deadline is next up?', request('channel', 'days-2'))),
      /Due first: Group BAF 4 action 3 \(Staff Survey 25-26[^)]*\), due 31 March 2027, in 128 days\./,
    );
  });

  it('says why an action is flagged when asked why', async () => {
    assert.match(
      shown(await ask('why is ftsu 3 flagged', request('personal', 'why-flagged'))),
      /Flagged \(⚠\) for the papers' own data: Well-Led FTSU 3 is due 30 June 2025, before Well-Led FTSU 2/,
    );
  });

  it('says whether any NEDs (or anyone) spoke on an item, by whom its minute names', async () => {
    assert.match(
      shown(await ask('did any NEDs challenge the BAF in september', request('channel', 'ned-1'))),
      /Yes: the minutes of GTB\/25\/15 name 2 non-executive directors speaking on it: Manjit Darby \(LPT Non-Executive Director\) and Duncan Orme \(NHFT Non-Executive Director\)\./,
    );
    assert.match(
      shown(
        await ask('did any neds comment on the workplan in sept?', request('channel', 'ned-2')),
      ),
      /The minutes of GTB\/25\/13 name no non-executive director speaking on it; they name Angela Hillery \(Group Trust Chief Executive\)\./,
    );
    const thread = request('personal', 'ned-3');
    await ask('GTB/25/15', thread);
    assert.match(
      shown(await ask('did any of the NEDs challenge it?', thread)),
      /Yes: the minutes of GTB\/25\/15 name 2 non-executive directors/,
    );
    // Not asked who spoke: not said.
    assert.doesNotMatch(
      shown(
        await ask(
          'what did the board resolve on the BAF in september',
          request('personal', 'ned-4'),
        ),
      ),
      /speaking on it/,
    );
  });

  it('names the agenda item asked about by its place, with its lead', async () => {
    const r = request('personal', 'chat-agenda-place');
    await ask('next group board agenda', r);
    const text = shown(await ask('and who presents the first item?', r));
    assert.match(text, /Item 1, Apologies\/Welcome \(Verbal\)\. Lead: Chair\./);
    // Several at once: by number, the last few, or a number alone.
    const both = shown(await ask('items 9 and 10', r));
    assert.match(
      both,
      /Item 9, Group Board Assurance Framework \(Paper\)\. Lead: Directors of Governance and Risk\. Item 10, THRIVE Strategy Update/,
    );
    const lastTwo = shown(await ask('the last two', r));
    assert.match(
      lastTwo,
      /Item 12, Group and System Finance update \(Paper\)\. Lead: Chief Finance Officer\. Item 13, Group Performance Report/,
    );
    assert.match(
      shown(await ask("who's presenting 12", r)),
      /Item 12, Group and System Finance update/,
    );
  });

  it('says whom an organisation’s role names, titled as that organisation’s', async () => {
    const text = shown(
      await ask('who is the LPT director of finance?', request('personal', 'chat-lpt-dof')),
    );
    assert.match(
      text,
      /Who is the LPT Chief Finance Officer or Director of Finance and Performance/,
    );
    assert.match(text, /Sharon Murphy/);
    assert.doesNotMatch(text, /Group Chief Finance Officer/);
  });

  it('ranks by the target score when that is asked, saying which print none', async () => {
    const text = shown(
      await ask('lpt baf - lowest target score?', request('personal', 'chat-low-target')),
    );
    assert.match(text, /Lowest approved target score: BAF 02 at 8/);
    assert.match(text, /BAF 03 prints no target score, so is not ranked\./);
  });

  it('says a closed action is closed, and when, without asking for progress on it', async () => {
    const text = shown(
      await ask(
        'were any actions closed at the 25 sept group board?',
        request('personal', 'chat-closed'),
      ),
    );
    assert.match(text, /Closed 25 September 2025/);
    assert.doesNotMatch(text, /No progress reported yet/);
  });

  it('picks an action from the list just shown by its place, and again from the same list', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000003', 'chat-pick-action');
    const list = shown(await ask('my overdue actions', r));
    assert.match(
      list,
      /Group BAF 4 action 1[\s\S]*Group BAF 4 action 2[\s\S]*Group BAF 4 action 4/,
    );
    const second = shown(await ask('who leads the second one', r));
    assert.match(second, /^Group BAF 4 action 2/m);
    assert.match(second, /Group Chief People Officer/);
    const third = shown(await ask('and the third?', r));
    assert.match(third, /^Group BAF 4 action 4/m);
    assert.doesNotMatch(third, /Group BAF 4 action 2/);
  });

  it('says which risk another register’s actions are for when it was found by its subject', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000003', 'chat-lpt-one');
    await ask('overdue actions on group baf 4', r);
    const text = shown(await ask('no, the LPT one', r));
    assert.match(text, /for BAF 07, "If we do not lead with compassion" \(LPT BAF 2024\/25\)/);
  });

  it('says where else a paper is reviewed, and how often, when asked who reviews it', async () => {
    const text = shown(
      await ask(
        'who actually reviews the group baf between boards and how often',
        request('channel', 'chat-baf-review'),
      ),
    );
    assert.match(text, /reviewed bi-monthly by the associated level 1 Group Committee/);
  });

  it('shows the whole text of the one action found by its words', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000026', 'chat-skills-gaps');
    const text = shown(
      await ask(
        'the well-led skills and experience action thats mine - what gaps did it say the board has and when was it due',
        r,
      ),
    );
    assert.match(text, /covering the areas of improvement, transformation and research/);
    assert.match(text, /31 October 2025/);
  });

  it('answers who someone is and what they are down to present, both parts', async () => {
    const text = shown(
      await ask(
        'who is Paul Sheldon and what is he down to present?',
        request('personal', 'chat-sheldon'),
      ),
    );
    assert.match(text, /Paul Sheldon, Group Chief Finance Officer/);
    assert.match(text, /Items led by Chief Finance Officer \(Paul Sheldon\)/);
    assert.match(text, /Group and System Finance update/);
    assert.match(text, /Paul Sheldon sponsored or wrote: Group Value Programme update/);
  });

  it('says there is nothing to pick when the list just shown was empty', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000001', 'chat-pick-none');
    await ask('my actions', r);
    const text = shown(await ask('who leads the second one', r));
    assert.match(text, /The last list had no actions to pick from/);
    assert.doesNotMatch(text, /passages mention second/);
  });

  it('answers two asks of the same action in one card', async () => {
    const text = shown(
      await ask(
        'who is leading the research strategy action and when is it due',
        request('personal', 'chat-lead-and-due'),
      ),
    );
    assert.match(text, /is led by Medical Directors/);
    assert.match(text, /is due March 2026/);
    assert.equal(text.match(/^Group BAF 3 action 1 · /gm)?.length, 1);
  });

  it('reads "has it moved?" of the risk just asked about, not as a list of risks', async () => {
    const r = request('personal', 'chat-has-it-moved');
    await ask('lpt baf four score', r);
    const text = shown(await ask('has it moved since april', r));
    assert.match(text, /^BAF 04\nLPT BAF 2024\/25/);
    assert.match(text, /Unchanged at 20/);
    assert.doesNotMatch(text, /Risks whose score has moved/);
  });

  it('says so first when the asker counts a register’s risks wrongly', async () => {
    const six = shown(
      await ask('which of the 6 group baf risks scores highest?', request('personal', 'chat-six')),
    );
    assert.match(six, /Group BAF January 2026 has 5 risks and 1 draft \(6 in all\)/);
    const seven = shown(
      await ask('of the 7 lpt risks which are red', request('personal', 'chat-seven')),
    );
    assert.match(seven, /No: LPT BAF 2024\/25 \(May 2024\) has 9 risks, not 7\./);
    const nine = shown(
      await ask(
        'which of the 9 lpt baf risks has the lowest target',
        request('personal', 'chat-nine'),
      ),
    );
    assert.doesNotMatch(nine, /not 9|in all/);
  });

  it('counts what was asked: a risk’s controls, the risks at a stage’s score, meetings before a date', async () => {
    const controls = shown(
      await ask(
        'culture risk on group baf - how many controls does it list altogether, cause and effect?',
        request('personal', 'chat-count-controls'),
      ),
    );
    assert.match(
      controls,
      /GROUP BAF 4 lists 19 controls \(13 against its causes, 6 against its effects\)/,
    );
    const initial = shown(
      await ask(
        'how many lpt risks started at an initial score of 25',
        request('personal', 'chat-25'),
      ),
    );
    assert.match(initial, /BAF 01 and BAF 06: 2 of 9 scored 25 at their initial scoring\./);
    const met = shown(
      await ask(
        'how many times had the group board met before the jan 26 one?',
        request('personal', 'chat-met-before'),
      ),
    );
    // (Other tests here add meetings: only those before the date are counted.)
    assert.match(met, /held before 1 January 2026: 29 May 2025; 25 September 2025/);
    assert.doesNotMatch(met, /29 January 2026/);
  });

  it('says where words pasted from a BAF are printed, and the whole line', async () => {
    const gap = shown(
      await ask(
        "'Beacon Unit viability' - control gap or assurance gap? and which risk",
        request('personal', 'chat-pasted-gap'),
      ),
    );
    assert.match(gap, /“Beacon Unit viability” is a gap in assurance of BAF 03, against its cause/);
    const progress = shown(
      await ask(
        "'First social value round table discussion held' - when was that?",
        request('personal', 'chat-pasted-progress'),
      ),
    );
    assert.match(
      progress,
      /It reads in full: “First social value round table discussion held 12\/04\/24 \(12 April 2024\)/,
    );
  });

  it('says what a short form stands for first, and who chaired first', async () => {
    const gtb = shown(await ask('what does GTB stand for?', request('personal', 'chat-gtb')));
    assert.match(gtb, /GTB is short for Group Trust Board\./);
    const chair = shown(
      await ask('who chairs the group board?', request('personal', 'chat-chair')),
    );
    assert.match(chair, /^Who chaired\n/);
    assert.match(chair, /Crishni Waring \(Group Trust Chair\) chaired the meeting/);
  });

  it('does not call a role task lead on actions the log names it to lead', async () => {
    const r = request('personal', 'chat-md-leads');
    await ask('overdue actions on group baf three', r);
    const text = shown(await ask('only the ones the medical director is leading', r));
    assert.match(text, /for Medical Director in GROUP BAF 3/);
    assert.doesNotMatch(text, /task lead on all of them/);
  });

  it('says no log names a title as lead, rather than listing every action', async () => {
    const ce = shown(await ask('actions the chief exec leads', request('personal', 'chat-ce')));
    assert.match(ce, /^No action is led by the Chief Executive\n/);
    assert.match(
      ce,
      /The Acting Chief Executive and the Deputy Chief Executive jointly lead \d+ actions in the Well-Led Review 2024 action plan\./,
    );
    assert.doesNotMatch(ce, /124 actions/);
    const r = request('personal', 'chat-ce-narrowed');
    await ask('overdue actions on group baf 3', r);
    assert.match(
      shown(await ask('sorry, I meant the ones the chief exec leads', r)),
      /No action in GROUP BAF 3 \(Group BAF January 2026\) names the Chief Executive as its lead\./,
    );
    const neds = request('personal', 'chat-neds');
    await ask('overdue actions on the well-led plan', neds);
    const text = shown(await ask("only the non-execs' ones", neds));
    assert.match(text, /names the Non-Executive Directors as its lead\. These actions name/);
    assert.match(text, /Well-Led Leadership 2/);
  });

  it('answers a belief put to be checked with the fact as printed', async () => {
    const aad = (n: string) => `00000000-0000-4000-8000-0000000000${n}`;
    const appetite = shown(
      await ask(
        'lpt baf risk appetite for 24/25 is cautious isnt it? drafting the risk report',
        request('personal', 'chat-check-appetite'),
      ),
    );
    assert.match(
      appetite,
      /Not Cautious: the register applies an Open appetite with an upper limit of tolerance of 16\./,
    );
    const workplan = shown(
      await ask(
        'am i right that the workplan was approved at the september board?',
        request('personal', 'chat-check-workplan'),
      ),
    );
    assert.match(
      workplan,
      /Noted, not approved\. Resolved at the Group Trust Board, 25 September 2025 \(GTB\/25\/13\)/,
    );
    const january = shown(
      await ask(
        'did the board approve the workplan in january?',
        request('personal', 'chat-check-january'),
      ),
    );
    assert.match(
      january,
      /The papers do not include the minutes of the Group Trust Board meeting on 29 January 2026\. The last minute on record about it is below\.\nNoted, not approved\. Resolved at the Group Trust Board, 25 September 2025 \(GTB\/25\/13\)/,
    );
    const presenter = shown(
      await ask(
        'was it sharon murphy who presented the group performance report in sept?',
        request('personal', 'chat-check-presenter'),
      ),
    );
    assert.match(
      presenter,
      /Not Sharon Murphy\. The minutes name David Maher presenting this item\./,
    );
    const nothing = shown(
      await ask(
        'am i right ive got nothing on the lpt baf? cant see my name anywhere',
        await asPerson(aad('17'), 'chat-check-nothing'),
      ),
    );
    assert.match(nothing, /^No: you are named on 2 open actions in LPT BAF 2024\/25 action log\./m);
    assert.match(nothing, /Directorate objectives aligned to strategy/);
    const cfo = shown(
      await ask(
        'am i the one leading the actions on baf 03 finance on the lpt baf? someone said CFO',
        await asPerson(aad('19'), 'chat-check-cfo'),
      ),
    );
    assert.match(cfo, /Its open ones: Leads: .*Director of Finance and Performance \(DoF\): 3\./);
    const due = shown(
      await ask(
        'is the gap analysis of capacity due in march?',
        request('personal', 'chat-check-due'),
      ),
    );
    assert.match(
      due,
      /Group BAF 1 action 2 \(Gap analysis of capacity to deliver plan\) is due February 2026/,
    );
    const ucr = shown(
      await ask(
        'ucr 2 hour response was about 95% against a 70% national target?',
        request('personal', 'chat-check-ucr'),
      ),
    );
    assert.match(
      ucr,
      /Ambition 6 prints it: “It's 2-hour response rate is c95% against a nation target of 70%\.”/,
    );
    assert.match(
      shown(
        await ask(
          'is it right that group baf 3 is above appetite?',
          request('personal', 'chat-check-above'),
        ),
      ),
      /^No, for GROUP BAF 3\. Within tolerance: 12 is below the upper limit of 16 \(Open appetite\)\.$/m,
    );
    assert.match(
      shown(
        await ask('does group baf 1 have a target score of 8?', request('personal', 'chat-target')),
      ),
      /^Yes: GROUP BAF 1's target score is 8 \(4 x 2\)\.$/m,
    );
    const lead = shown(
      await ask(
        'the unitary board development plan action is just on the ACE isnt it?',
        request('personal', 'chat-check-lead'),
      ),
    );
    assert.match(lead, /Well-Led Leadership 1 .* is led by Chair, Acting Chief Executive \(ACE\)/);
  });

  it('finds an action by its words among a list, and a committee sign-off in its progress', async () => {
    const aad = (n: string) => `00000000-0000-4000-8000-0000000000${n}`;
    const chair = await asPerson(aad('29'), 'chat-tenure');
    await ask('how many ftsu actions are in the well led plan', chair);
    assert.match(
      shown(await ask('did the tenure one for the guardian get closed?', chair)),
      /^Well-Led FTSU 4 \(Consider implementing a tenure for the FTSU Guardian/m,
    );
    const cio = await asPerson(aad('08'), 'chat-cio');
    await ask('what actions have i got on the group baf', cio);
    assert.match(
      shown(await ask('are the gap analysis and the governance review both due march?', cio)),
      /Group BAF 1 action 2 \(Gap analysis of capacity to deliver plan\) is due February 2026/,
    );
    assert.match(
      shown(
        await ask(
          'was my group digital transformation plan signed off at group seb in jan?',
          await asPerson(aad('08'), 'chat-cio-seb'),
        ),
      ),
      /^Yes, its progress records it approved, though the action is not yet closed\./m,
    );
    const owner = await asPerson(aad('03'), 'chat-update-first');
    await ask('my overdue actions', owner);
    // (Read as an update, which the bot answers with the action's progress form.)
    const read = await questions.read(owner, 'update the first one');
    assert.equal(read.intent === 'action.detail' && read.update, true, JSON.stringify(read));
    const cpo = await asPerson(aad('03'), 'chat-roadshows');
    assert.match(
      shown(await ask('were the ftsu roadshows one of my baf actions closed in november?', cpo)),
      /Freedom to Speak Up Roadshows during October 2025/,
    );
  });

  it('says which risk is closest to breaching appetite, and how many ambitions are on track', async () => {
    const r = request('personal', 'chat-nearest');
    await ask('which risks are above appetite?', r);
    assert.match(
      shown(await ask('which one is closest to breaching it?', r)),
      /Closest to breaching appetite: GROUP BAF 1, at 16 against an upper limit of tolerance of 16 \(at the limit, so any rise breaches it\)\./,
    );
    const lpt = request('personal', 'chat-nearest-lpt');
    await ask('which risks are above appetite?', lpt);
    assert.match(
      shown(await ask('no, I meant on the lpt register', lpt)),
      /^Risks above appetite\nLPT BAF 2024\/25 \(May 2024\) · 3 of 9 risks/,
    );
    assert.match(
      shown(await ask('how many ambitions are on track?', request('personal', 'chat-on-track'))),
      /10 of the 12 ambitions in Trust Ambitions 2023-26 are at 100% progress on their high-level actions \(2023-24 Q2\); short of it: 6 \(90%\) and 8 \(80%\)\./,
    );
    const agenda = request('channel', 'chat-agenda-private');
    await ask('next group board agenda', agenda);
    assert.match(
      shown(await ask('is any of it private?', agenda)),
      /None of its 13 agenda items is private business/,
    );
    const pasted = shown(
      await ask(
        "saw 'Review of Group programme oversight at SEB' in the pack, who's leading that and when's it due?",
        request('personal', 'chat-pasted-seb'),
      ),
    );
    assert.match(
      pasted,
      /LPT BAF 07 action 1 \(Review of Group programme oversight at SEB\) is due May 2024/,
    );
  });

  it('reads messages as Teams delivers them: lists on lines, a day and month, the reason aside', async () => {
    const aad = (n: string) => `00000000-0000-4000-8000-0000000000${n}`;
    assert.match(
      shown(
        await ask(
          'who took teh minutes at the 25/09 group board? need to cc them',
          request('personal', 'chat-teams-minutes'),
        ),
      ),
      /Louise Salmon \(NHFT Trust Board and Committee Secretary\) took the minutes/,
    );
    const workplan = request('personal', 'chat-teams-workplan');
    await ask('who leads the group performance report on the workplan?', workplan);
    assert.match(
      shown(await ask('and the finance update?', workplan)),
      /Group and System Finance update paper \(Chief Finance Officer\)/,
    );
    assert.match(
      shown(
        await ask(
          "who's on the medium term recovery plan action on BAF 03, and by when @Board Clerk",
          request('personal', 'chat-teams-recovery'),
        ),
      ),
      /is led by Director of Finance and Performance \(DoF\), printed as “Sharon Murphy, DoF”.*; due June 2024\./,
    );
    const deadlines = shown(
      await ask(
        'my deadlines on the LPT BAF for:\n1. innovation strategy\n2. digital strategy',
        await asPerson(aad('13'), 'chat-teams-deadlines'),
      ),
    );
    assert.match(deadlines, /^Your open actions in LPT BAF 2024\/25 action log$/m);
    assert.match(deadlines, /Innovation strategy\nLead: Director of Strategy\nDue July 2024/);
    const green = shown(
      await ask(
        'be sustainable ambition:\n- how many green champions\n- ZEVs / ULEVs on the way',
        request('personal', 'chat-teams-green'),
      ),
    );
    assert.match(green, /Ambition 12: We have appointed 17 Green Champions/);
    assert.match(green, /there will soon be a total of 23 ZEV's and 39 ULEV's/);
    assert.match(
      shown(
        await ask(
          'leading care collaboratives ambition - how far along were the actions at Q2?',
          request('personal', 'chat-teams-collaboratives'),
        ),
      ),
      /^Trust Ambitions 2023-26\n/,
    );
  });

  it('answers checks after another answer as asked, not as a follow-up of it', async () => {
    const r = request('personal', 'chat-checks-after');
    await ask('is it right that group baf 3 is above appetite?', r);
    assert.match(
      shown(
        await ask('was it sharon murphy who presented the group performance report in sept?', r),
      ),
      /Not Sharon Murphy\. The minutes name David Maher presenting this item\./,
    );
    assert.match(
      shown(
        await ask(
          'did sharon murphy present the group performance report in september?',
          request('personal', 'chat-did-present'),
        ),
      ),
      /Not Sharon Murphy\. The minutes name David Maher presenting this item\./,
    );
    const risk = request('personal', 'chat-appetite-after-risk');
    await ask('how many controls does lpt baf 2 list?', risk);
    assert.match(
      shown(await ask("lpt appetite is cautious isn't it?", risk)),
      /Not Cautious: the register applies an Open appetite/,
    );
    assert.match(
      shown(
        await ask(
          'did the board approve the BAF in september?',
          request('personal', 'chat-baf-approved'),
        ),
      ),
      /Yes\. Resolved at the Group Trust Board, 25 September 2025 \(GTB\/25\/15\): “To approve the five proposed risks in common/,
    );
    assert.match(
      shown(await ask('is group baf 5 at target?', request('personal', 'chat-at-target'))),
      /^Yes: GROUP BAF 5 is at its target score of 12 \(4 x 3\)\.$/m,
    );
    assert.match(
      shown(await ask('has group baf 1 reached its target?', request('personal', 'chat-reached'))),
      /^No: GROUP BAF 1 is at 16 now, against a target of 8 \(8 to go\)\.$/m,
    );
    const searched = await ask('search "beacon unit"', request('personal', 'chat-search-cmd'));
    assert.equal(searched.kind, 'search');
    assert.match(shown(searched), /Beacon Unit/);
  });

  it('answers what finance people ask in shorthand, two counts at once and a paper over a group', async () => {
    const counts = await ask(
      'how many actions in the well led plan in total, how many r ftsu',
      request('personal', 'chat-two-counts'),
    );
    assert.equal(counts.kind, 'two-answers');
    const [total, ftsu] = counts.kind === 'two-answers' ? counts.answers.map(shown) : [];
    assert.match(total ?? '', /Open actions for Well-Led Review 2024 action plan\n33 actions\./);
    assert.match(ftsu ?? '', /Freedom to Speak Up\n11 actions\./);
    assert.match(
      shown(
        await ask(
          'who had the medium term recovery plan action on baf 03 n when was it due',
          request('channel', 'chat-who-had'),
        ),
      ),
      /printed as “Sharon Murphy, DoF”.*due June 2024/,
    );
    const both = shown(
      await ask(
        'mean LOS adult inpatients lpt? + out of area bed days both trusts',
        request('personal', 'chat-both-trusts'),
      ),
    );
    assert.match(both, /Out of Area Bed Days \(rolling quarter\) NHFT 140, LPT 35/);
    const risks = shown(
      await ask('key risks on the value prog per transition group?', request('channel', 'chat-tg')),
    );
    assert.match(risks, /the lack of access to redundancy funding to enable change/);
    assert.match(risks, /differences in approach from staff side/);
    assert.match(
      shown(
        await ask(
          'be sustainable ambition - what fin risks did they call out',
          request('channel', 'chat-amb-risks'),
        ),
      ),
      /Delivery of efficiency targets is a challenge for all NHS organisations/,
    );
  });

  it('lists who presented each item, says a meeting sets no paper deadline, and says what it cannot do', async () => {
    const presenters = shown(
      await ask(
        'list who presented each item at the 25 sept meeting',
        request('personal', 'chat-presenters'),
      ),
    );
    assert.match(presenters, /Who presented at the Group Trust Board, 25 September 2025/);
    assert.match(presenters, /GTB\/25\/19 Group Performance Report: David Maher\./);
    assert.match(presenters, /GTB\/25\/17 THRIVE Strategy Update: David Williams\./);
    assert.match(
      shown(
        await ask('when is the paper deadline for the next board', request('personal', 'chat-pd')),
      ),
      /The papers Board Clerk holds set no deadline for papers for Group Trust Board/,
    );
    assert.match(
      shown(
        await ask(
          'can you book me a train to london for thursday?',
          request('personal', 'chat-bt'),
        ),
      ),
      /^That is not something I can do\nI can't book a train to london for you\./,
    );
  });

  it("says a register has no risk about a subject, and gives a meeting's flags once across two answers", async () => {
    const chat = request('personal', 'chat-lpt-one');
    await ask('whats the digital risk scoring', chat);
    const none = shown(await ask('what about the LPT one?', chat));
    assert.match(none, /^LPT BAF 2024\/25 has no digital risk\n/);
    assert.match(none, /BAF 04 \(estate\)/);
    const both = await ask(
      "when is the next board and what's on the agenda",
      request('personal', 'chat-flags-once'),
    );
    assert.equal(both.kind, 'two-answers');
    const texts = both.kind === 'two-answers' ? both.answers.map(shown) : [];
    assert.equal(texts.length, 2);
    assert.match(texts[0]!, /⚠ The papers do not say where the 29 January 2026 meeting is held/);
    assert.doesNotMatch(texts[1]!, /⚠ The papers do not say where/);
    assert.match(texts[1]!, /Its data-quality flags are on the card above\./);
  });

  it('answers people who bring words from other trusts, and keeps a lead the paper names', async () => {
    const residual = shown(
      await ask(
        'in my old trust we reported a residual score on the risk register. does LPT use residual or something else?',
        request('channel', 'thread-residual'),
      ),
    );
    // (The sentence that names the term points back at the one that defines it: both are shown.)
    assert.match(residual, /^What “residual” means\n/);
    assert.match(
      residual,
      /“Current score: the score considering the controls currently in place, assuming that they are working\. This can also be termed as residual risk/,
    );
    assert.match(
      shown(await ask('what does LPT call the residual score?', request('personal', 'chat-call'))),
      /Current score: the score considering the controls/,
    );
    const recovery = shown(
      await ask(
        'who was on the hook for the medium term recovery plan on the LPT finance risk, and by when?',
        request('personal', 'chat-hook'),
      ),
    );
    assert.match(
      recovery,
      /Develop medium term recovery plan, using value in healthcare approach \(lead: Director of Finance and Performance \(DoF\), printed as “Sharon Murphy, DoF”; due June 2024\)/,
    );
    const plan = shown(
      await ask(
        'on the forward plan who is down to bring the BAF and how often?',
        request('channel', 'thread-forward-plan'),
      ),
    );
    assert.match(
      plan,
      /Group Board Assurance Framework\n.*Lead: Directors of Governance and Risk · Frequency: Every meeting/,
    );
    assert.doesNotMatch(plan, /down to/);
  });

  it('answers who spoke to a minute item as a follow-up, whoever is asked of', async () => {
    for (const [i, followUp] of [
      'did any of the NEDs suggest changing it?',
      'did anyone challenge it?',
      'did one of the executives comment on it',
    ].entries()) {
      const thread = request('channel', `thread-minute-speakers-${i}`);
      await ask('what was said about the digital risk at the september board?', thread);
      const item = shown(await ask(followUp, thread));
      assert.match(item, /^GTB\/25\/15: Group Board Assurance Framework\n/, followUp);
      assert.match(item, /Manjit Darby reflected that the descriptor for BAF 1 could be expanded/);
    }
  });

  it('finds what the board decided about the risk a list put first, as a follow-up', async () => {
    const thread = request('channel', 'thread-decided-about-top');
    await ask('which risks are above appetite?', thread);
    await ask('which is furthest from target?', thread);
    const decided = shown(await ask('what did the board decide about it in september?', thread));
    assert.match(decided, /^GTB\/25\/15: Group Board Assurance Framework\n/);
    assert.match(decided, /RESOLVED: To approve the five proposed risks in common/);
  });

  it("says an owner has nothing on a risk they lead nothing on, not other logs' actions naming their role", async () => {
    const doca = await asPerson('00000000-0000-4000-8000-000000000027', 'chat-hook-baf3');
    const none = shown(await ask('am I on the hook for anything on BAF 3?', doca));
    assert.match(
      none,
      /^Your actions\nYour open actions in GROUP BAF 3 \(Group BAF January 2026\)\n/,
    );
    assert.match(none, /Nothing to show/);
    assert.doesNotMatch(none, /All Executive Directors|Well-Led Leadership 4/);
  });

  it('compares the last two risks asked about when asked of "them", however it is put', async () => {
    for (const [i, asked] of [
      'any difference between them?',
      'which of the two is worse',
      'how do they compare',
      'compare the two side by side',
      'which is worse',
      'which of the 2 is worse?',
      'any diff between them',
    ].entries()) {
      const thread = request('channel', `thread-them-${i}`);
      await ask('culture risk on the group baf, scores pls', thread);
      await ask('the same for the lpt one from 2024', thread);
      const both = shown(await ask(asked, thread));
      assert.match(both, /^GROUP BAF 4 and LPT BAF 07 compared\n/, asked);
    }
  });

  it('goes back to a list asked before, and asks of it what follows', async () => {
    for (const [i, back] of [
      'go back to the first list',
      'ok back to the earlier list please',
      'hang on, go back to the previous list',
    ].entries()) {
      const chair = await asPerson('00000000-0000-4000-8000-000000000029', `chat-back-${i}`);
      await ask('well led actions where im the lead', chair);
      await ask('whos doing the legwork on the second one', chair);
      assert.match(
        shown(await ask(back, chair)),
        /^Your actions\nYour open actions in Well-Led/,
        back,
      );
    }
    // With nothing earlier to go back to, it says so rather than answer the words afresh.
    const nothing = shown(
      await ask('go back to the first list', request('personal', 'chat-back-none')),
    );
    assert.match(nothing, /^Which one do you mean\?\nI have nothing earlier in this conversation/);
    const chair = await asPerson('00000000-0000-4000-8000-000000000029', 'chat-back-and-ask');
    await ask('well led actions where im the lead', chair);
    await ask('whos doing the legwork on the second one', chair);
    const people = shown(
      await ask('go back to the first list - which of mine go to people committee', chair),
    );
    assert.match(people, /Your open actions, signed off by the People Committee, in Well-Led/);
  });

  it('goes back to an earlier subject by what it was about, not only by its place', async () => {
    const alex = await asPerson('00000000-0000-4000-8000-000000000001', 'chat-back-described');
    await ask('overdue well-led actions', alex);
    await ask('what is baf 3 score', alex);
    await ask('which risks are above appetite', alex);
    assert.match(
      shown(await ask('back to the overdue ones', alex)),
      /^Actions\nOverdue actions as at [^\n]* for Well-Led Review 2024 action plan/,
    );
    assert.match(
      shown(await ask('go back to the earlier one about baf 3', alex)),
      /^GROUP BAF 3\n/,
    );
    const first = await asPerson('00000000-0000-4000-8000-000000000001', 'chat-back-first');
    await ask('overdue well-led actions', first);
    await ask('what is baf 3 score', first);
    await ask('which risks are above appetite', first);
    assert.match(
      shown(await ask('what about the first thing I asked?', first)),
      /^Actions\nOverdue actions as at [^\n]* for Well-Led Review 2024 action plan/,
    );
    // "The earlier one about…", without "back to".
    const earlier = request('channel', 'thread-earlier-one');
    await ask('lpt workforce risk', earlier);
    await ask('lpt estates risk score', earlier);
    await ask('my overdue actions', earlier);
    assert.match(
      shown(await ask('the earlier one about workforce - who leads its actions', earlier)),
      /^Who owns BAF 06\n/,
    );
    const sam = await asPerson('00000000-0000-4000-8000-000000000003', 'chat-back-topic');
    await ask('group workforce risk score', sam);
    await ask('my overdue actions', sam);
    assert.match(shown(await ask('back to the workforce one', sam)), /^GROUP BAF DRAFT\n/);
    // Described as nothing kept: the words are read afresh, not refused.
    const fresh = shown(
      await ask('back to the overdue ones', request('personal', 'chat-back-described-none')),
    );
    assert.match(fresh, /^Actions\nOverdue actions as at [^\n]* for every action log/);
  });

  it('compares two risks, sections or actions on what was asked of them, in one message', async () => {
    const replies = async (text: string, r = request('personal', `compare-${text}`)) =>
      drawReplies(await ask(text, r), { shared: false, boardMember: true })
        .map((reply) => visibleText(reply.card))
        .join('\n');
    const controls = await replies(
      'BAF 1 vs BAF 2 on the group BAF: main controls in each, side by side?',
    );
    assert.match(controls, /GROUP BAF 1 lists \d+ controls; GROUP BAF 2 lists \d+\./);
    assert.match(controls, /Digital Prioritisation Process[^]*Social Value Charter/);
    assert.match(
      await replies('what 3rd line assurance have we got on digital compared to research?'),
      /GROUP BAF 1 lists 10 sources of assurance; GROUP BAF 3 lists 13\./,
    );
    assert.match(
      await replies('what got closed on the culture risk compared with partnerships?'),
      /GROUP BAF 4 has 5 actions delivered or put forward for closure; GROUP BAF 2 has 4\./,
    );
    const cpo = await asPerson('00000000-0000-4000-8000-000000000003', 'compare-mine');
    assert.match(
      await replies("what's due from me on the culture risk compared with the workforce one?", cpo),
      /GROUP BAF 4 has 9 of your open actions; GROUP BAF DRAFT has 3\./,
    );
    const sections = await replies(
      'which committee signs off the leadership actions vs the strategy ones?',
    );
    assert.match(
      sections,
      /Leadership: Sign-off: People \(all 4\)[^]*Strategy: Sign-off: Strategy and Partnerships: 6; Finance: 1/,
    );
    assert.match(
      await replies("when's the last FTSU action due compared to the last of the leadership ones?"),
      /Freedom to Speak Up[^]*Due last: [^]*Leadership[^]*Due last: /,
    );
    assert.match(
      await replies('when is FTSU action 10 due, compared to action 11?'),
      /Well-Led FTSU 10[^]*Well-Led FTSU 11/,
    );
    assert.match(
      await replies('who presented THRIVE vs the performance report at the sept board?'),
      /David Williams presenting[^]*David Maher presenting/,
    );
    // One risk's part, then "and how does that compare with…?": the same part of each.
    const thread = request('personal', 'compare-after');
    await ask('what are the control gaps on the digital BAF risk?', thread);
    assert.match(
      await replies('and how does that compare with the sustainability one?', thread),
      /GROUP BAF 1 lists 5 gaps in control and assurance; GROUP BAF 5 lists 3\./,
    );
  });

  it('asks a follow-up of each of two risks compared, and keeps the two as the subject', async () => {
    const thread = request('channel', 'thread-each-compared');
    await ask('compare baf 3 and baf 4', thread);
    const leads = shown(await ask('who leads each', thread));
    assert.match(leads, /Who owns GROUP BAF 3[^]*Who owns GROUP BAF 4/);
    // (A card each, as a message's reply goes: the two lists are too long for one.)
    const more = drawReplies(await ask('which has more actions', thread), {
      shared: true,
      boardMember: true,
    })
      .map((reply) => visibleText(reply.card))
      .join('\n');
    assert.match(
      more,
      /Open actions for GROUP BAF 3[^]*12 actions[^]*Open actions for GROUP BAF 4[^]*10 actions/,
    );
    // The two counts set side by side, said first.
    assert.match(more, /GROUP BAF 3 has more open actions than GROUP BAF 4: 12 against 10\./);
    // Their parts counted the same way: side by side, or which lists more.
    const controls = request('personal', 'chat-each-compared-parts');
    await ask('compare group baf 1 and group baf 3', controls);
    assert.match(
      shown(await ask('compare on controls', controls)),
      /^GROUP BAF 1\n[^\n]*\nGROUP BAF 1 lists 10 controls; GROUP BAF 3 lists 16\./,
    );
    assert.match(
      shown(await ask('which has more gaps', controls)),
      /GROUP BAF 3 lists more gaps in control and assurance than GROUP BAF 1: 11 against 5\./,
    );
    // Both named in the one message: the same.
    assert.match(
      shown(
        await ask(
          'which has fewer controls - group baf 2 or group baf 4?',
          request('personal', 'named-both'),
        ),
      ),
      /GROUP BAF 2 lists fewer controls than GROUP BAF 4: 17 against 19\./,
    );
    // Still the two: asked of both together, they are compared again.
    assert.match(
      shown(await ask('which is further from target', thread)),
      /^GROUP BAF 3 and GROUP BAF 4 compared\n/,
    );
  });

  it('keeps a list a list after its top risk: "which ones are at target?"', async () => {
    const chat = request('personal', 'chat-top-then-list');
    await ask('Can you list the group BAF risks with their current scores please', chat);
    await ask('which one is highest?', chat);
    const atTarget = shown(await ask('which ones are sitting at their target score?', chat));
    assert.match(atTarget, /^Risks at target\n[^]*GROUP BAF 2[^]*GROUP BAF 5/);
  });

  it('names those the minutes print with a title no directory role holds, and the nearest for a chair', async () => {
    const deputies = shown(await ask('who are the deputy chairs across the group?'));
    assert.match(deputies, /^Who are the deputy chairs\n[^]*Faisal Hussain[^]*Julia Curtis/);
    const lpt = shown(await ask("who's the vice chair at LPT"));
    assert.match(lpt, /Faisal Hussain/);
    assert.doesNotMatch(lpt, /Julia Curtis/);
    const chair = shown(await ask('who chairs the people and culture committee?'));
    assert.match(chair, /^The papers don't name a chair of the People and Culture Committee/);
    assert.match(chair, /report to the board [^]*10 December 2025[^]* was written by Tim Harrison/);
  });

  it('finds the one passage with every word asked, ahead of those with one', async () => {
    const figure = shown(await ask('what was the wellbeing interactions figure?'));
    assert.match(figure, /The first passage below has every word you asked/);
    assert.match(figure, /LPT Health and Wellbeing update/);
  });

  it('picks from a list by number and several places at once', async () => {
    const alex = await asPerson('00000000-0000-4000-8000-000000000001', 'chat-picks');
    const list = shown(await ask('overdue well-led actions', alex));
    const titles = [...list.matchAll(/^(Well-Led [A-Za-z]+ \d+) ·/gm)].map((m) => m[1]!);
    assert.ok(titles.length >= 4, list);
    assert.match(shown(await ask('no. 3 on that list', alex)), new RegExp(`^${titles[2]}\\n`));
    assert.match(shown(await ask('show me the 4th', alex)), new RegExp(`^${titles[3]}\\n`));
    await ask('overdue well-led actions', alex);
    const two = shown(await ask('who leads the last two', alex));
    assert.match(two, new RegExp(`^${titles.at(-2)}\\n[^]*\\n${titles.at(-1)}\\n`));
    await ask('overdue well-led actions', alex);
    const pair = shown(await ask('the second and third', alex));
    assert.match(pair, new RegExp(`^${titles[1]}\\n[^]*\\n${titles[2]}\\n`));
    // "Show more" of a list shown whole: said.
    await ask('group baf 2 actions', alex);
    assert.match(
      shown(await ask('show more', alex)),
      /\nNo more to show: the list has 7 actions, all below\./,
    );
    // Beyond what the list showed: said, not searched for.
    await ask('overdue well-led actions', alex);
    assert.match(
      shown(await ask('number 12', alex)),
      /^Which action do you mean\?\nThe last list showed 10 actions, so I cannot pick a 12th one/,
    );
  });

  it('says how many of an open list are closures awaiting approval', async () => {
    const open = shown(await ask('group baf 2 actions'));
    assert.match(
      open,
      /^Actions\nOpen actions for GROUP BAF 2[^\n]*\n7 actions, 4 of them proposed for closure and awaiting approval \(open until approved\)\./,
    );
  });

  it('shows the next page of a list when asked in words, as the button does', async () => {
    const chat = request('personal', 'chat-show-more');
    const first = shown(await ask('overdue well-led actions', chat));
    const firstItem = /^(Well-Led [A-Za-z]+ \d+) ·/m.exec(first)![1]!;
    for (const more of ['show more', 'next 10', 'the rest please']) {
      await ask('overdue well-led actions', chat);
      const next = shown(await ask(more, chat));
      const nextItem = /^(Well-Led [A-Za-z]+ \d+) ·/m.exec(next)?.[1];
      assert.ok(nextItem && nextItem !== firstItem, `${more}: ${next.slice(0, 300)}`);
      assert.match(
        next,
        /^Actions\nOverdue actions as at [^\n]* for Well-Led Review 2024 action plan/,
      );
    }
  });

  it('lists every meeting on record when asked for them all', async () => {
    const all = shown(await ask('list all the board meetings'));
    assert.match(
      all,
      // (Other tests add meetings to the same store: those on record, whatever their number.)
      /\d Group Trust Board meetings on record: 29 May 2025, 25 September 2025[^\n]*29 January 2026\./,
    );
  });

  it('says who spoke on an item when asked in other words', async () => {
    const points = shown(await ask('who raised points on the BAF in september'));
    assert.match(
      points,
      /^Richard Smith, Manjit Darby, Kate Dyer and Duncan Orme, as the minutes record it\nRecorded at GTB\/25\/15/,
    );
    const neds = shown(await ask('did any neds challenge the baf in september?'));
    assert.match(neds, /^GTB\/25\/15: Group Board Assurance Framework\n/);
    // An item named by one word that no item's title has: said, not an item that mentions the word.
    const people = shown(await ask('who presented the people report'));
    assert.match(people, /^I can't find an item about "people" in the minutes/);
  });

  it('narrows a list of actions to one log with "which are ..."', async () => {
    const sam = await asPerson('00000000-0000-4000-8000-000000000003', 'chat-which-are-log');
    await ask('my overdue actions', sam);
    assert.match(
      shown(await ask('which are well led', sam)),
      /Your overdue actions[^\n]* in Well-Led Review 2024 action plan|Well-Led Review 2024/,
    );
  });

  it('narrows a list to what a short follow-up names: a side of the board, a section, a month, a lead', async () => {
    const attendance = request('channel', 'thread-just-neds');
    await ask('who from NHFT was at the sept board?', attendance);
    const neds = shown(await ask('just the NEDs', attendance));
    assert.match(neds, /Present \(4\)[^]*Tim Harrison[^]*Apologies \(3\)[^]*Robin Burgess/);
    assert.doesNotMatch(neds, /Chief Executive|Managing Director/);
    const apologies = shown(await ask('which NEDs sent apologies to the september board'));
    assert.match(apologies, /Apologies \(4\)[^]*Elizabeth Anderson/);
    assert.doesNotMatch(apologies, /Chief|Director of/);

    for (const [i, [part, item]] of [
      [
        'just the governance bits',
        /Governance and Assurance: 1 item\nGroup Board Assurance Framework/,
      ],
      ['only the finance items', /Group and System Finance and Performance: 2 items/],
    ].entries()) {
      const thread = request('channel', `thread-workplan-part-${i}`);
      await ask('whats on the workplan for the january group board', thread);
      assert.match(shown(await ask(part as string, thread)), item as RegExp, part as string);
    }

    const closures = request('channel', 'thread-december-closures');
    await ask('how many actions went to group seb for closure', closures);
    await ask('split by month?', closures);
    assert.match(
      shown(await ask('the december ones - what were they', closures)),
      /3 were supported for closure by the Group Strategic Executive Board in December 2025/,
    );

    const eprr = request('channel', 'thread-eprr-actions');
    await ask('whats the EPRR risk on the LPT BAF scoring?', eprr);
    assert.match(shown(await ask('actions?', eprr)), /BAF 05/);
    assert.doesNotMatch(shown(await ask('actions?', eprr)), /every action log/);
    const md = shown(await ask("sorry, just the managing director's", eprr));
    assert.match(md, /continuity plans|mass casualty/);

    const doca = await asPerson('00000000-0000-4000-8000-000000000027', 'chat-wl-by-june');
    await ask('how many well led actions am i down for?', doca);
    assert.match(
      shown(await ask('which ones were due by end of june 2025?', doca)),
      /^Your actions\nYour open actions due by 30 June 2025 in Well-Led Review 2024 action plan\n/,
    );
  });

  it('picks an ambition from a list by its place', async () => {
    const thread = request('channel', 'thread-ambition-place');
    await ask('trust ambitions paper - which ones werent at 100% progress at Q2?', thread);
    assert.match(
      shown(await ask('the last one', thread)),
      /Ambition 8 \(Our people embrace diversity/,
    );
    const sustainable = request('channel', 'thread-ambition-first');
    await ask('under be sustainable what are the ambitions?', sustainable);
    assert.match(
      shown(await ask('the first one - progress and confidence?', sustainable)),
      /Ambition 10 \(We are financially resilient[^)]*\): progress 100% at 2023-24 Q2; confidence 80%/,
    );
  });

  it('keeps the register, the paper or the minute a follow-up asks more of', async () => {
    const bands = request('channel', 'thread-bands');
    await ask('what are the appetite bands on the LPT BAF?', bands);
    assert.match(shown(await ask('so which band is open?', bands)), /^LPT BAF 2024\/25/);

    const closed = request('channel', 'thread-closed-from');
    await ask('which actions did the board close off in september?', closed);
    assert.match(
      shown(await ask('from which meeting were they?', closed)),
      /from the Group Trust Board meeting of 29 May 2025/,
    );

    const thrive = request('channel', 'thread-thrive-figures');
    await ask('thrive update at the sept board - who presented it?', thrive);
    assert.match(
      shown(await ask('what were the staff understanding figures he gave?', thrive)),
      /82% of LPT staff and 80% of NHFT staff/,
    );

    const value = request('channel', 'thread-value-split');
    await ask('whats the corporate services benchmarking opportunity in the value paper?', value);
    assert.match(
      shown(await ask('split by area?', value)),
      /Digital \(£4\.5m\), People \(£4\.6m\)/,
    );

    const title = request('channel', 'thread-title-why');
    await ask("whats changing on group BAF 3's title?", title);
    assert.match(shown(await ask('why?', title)), /captures the remit of professional education/);
  });

  it('finds the minute that says the words asked together, not the item whose title has some', async () => {
    for (const asked of [
      'what was the date of the EMA event mentioned at the sept board?',
      'when is the EMA event the september board minutes mention?',
    ])
      assert.match(
        shown(await ask(asked)),
        /^GTB\/25\/14: Environmental Analysis\n[^]*3 October 2025/,
        asked,
      );
  });

  it('names what a risk at its tolerance limit is about, and reads actions "out of" a board as its action sheet', async () => {
    assert.match(
      shown(await ask('which group baf risks are above appetite')),
      /At the tolerance limit: GROUP BAF 1 \(digital transformation, 16\)/,
    );
    assert.match(
      shown(await ask('what actions came out of the may 2025 group board?')),
      /^Matters arising\n/,
    );
  });

  it('says by how much a figure misses its target, and moves to another measure of the report when asked "what about"', async () => {
    const agency = request('channel', 'thread-agency-by-how-much');
    await ask('agency spend in the performance report', agency);
    await ask('is either trust over its ceiling', agency);
    assert.match(shown(await ask('by how much', agency)), /NHFT 602 against <= 425, 177 over/);
    for (const [i, next] of ['what about vacancy', 'and the vacancy rate?'].entries()) {
      const thread = request('channel', `thread-sickness-then-${i}`);
      await ask('performance report - sickness rates for both trusts', thread);
      await ask('vs target?', thread);
      const vacancy = shown(await ask(next, thread));
      assert.match(vacancy, /^Headline Performance Report: Vacancy rate\n/, next);
      assert.match(vacancy, /NHFT\n10\.0%[^]*LPT\n10\.2%/, next);
    }
  });

  it('takes a place on a list of risks as that risk, however the place is put', async () => {
    for (const [i, asked] of [
      'whats the action on the second one',
      'i meant the second risk on the lpt list, its actions',
    ].entries()) {
      const thread = request('channel', `thread-second-risk-${i}`);
      await ask('which lpt risks are above appetite', thread);
      const second = shown(await ask(asked, thread));
      assert.match(second, /BAF 04/, asked);
      assert.doesNotMatch(second, /BAF 02|Nothing to show/, asked);
    }
  });

  it('finds who said something in the minutes when asked in other words', async () => {
    const text = shown(
      await ask(
        'who wanted the digital risk wording broadened at the sept group board, and to include what?',
        request('personal', 'said-other-words'),
      ),
    );
    assert.match(text, /^Manjit Darby, as the minutes record it/);
    assert.match(text, /connectivity/);
    // "In the Sept performance item, what did they say…": that minute, quoting what was said in other
    // words ("work on together": "work on collectively"), not the oversight segment the NOF names.
    const nof = shown(
      await ask(
        'in the sept performance item what did they say the group could work on together off the back of the NOF?',
        request('personal', 'said-other-words-2'),
      ),
    );
    assert.match(nof, /^GTB\/25\/19: Group Performance Report\n/);
    assert.match(
      nof,
      /“David Maher outlined that community waits and access to Children and Young People services were suggested areas to work on collectively/,
    );
  });
  it('finds the risk whose assurances hold the topic, over one whose title shares a passing word', async () => {
    const text = shown(
      await ask(
        'how do we know freedom to speak up is working at lpt, per the baf?',
        request('personal', 'ftsu-know'),
      ),
    );
    assert.match(text, /^BAF 07\n/);
    assert.match(text, /Freedom To Speak Up/i);
  });
  it('answers when the top risk of a list was last updated', async () => {
    await ask(
      "what's the highest scoring risk on the group BAF?",
      request('personal', 'top-updated'),
    );
    const text = shown(await ask('when was it last updated?', request('personal', 'top-updated')));
    assert.match(text, /^GROUP BAF 1\n/);
    assert.match(text, /Last updated\n15 January 2026/);
  });
  it("gives an ambition's risks when asked the risk behind it, not a BAF risk sharing its words", async () => {
    const text = shown(
      await ask(
        'whats the risk behind only 80% confidence on the financially resilient ambition',
        request('personal', 'amb-risk'),
      ),
    );
    assert.match(text, /Ambition 10, its challenges and risks: Delivery of efficiency targets/);
    assert.doesNotMatch(text, /^BAF 03/);
  });
  it('lists a section of a plan with its dates when asked whether it was meant to be done by now', async () => {
    const text = shown(
      await ask(
        'the strategy actions from the well-led review - were they meant to be done by now?',
        request('personal', 'wl-strategy'),
      ),
    );
    assert.match(text, /Open actions for Well-Led Review 2024 action plan: Strategy/);
    assert.match(text, /31 October 2025/);
  });
  it('names the sub-domain metric with the widest gap between the trusts, and those level', async () => {
    const text = shown(
      await ask(
        'which NOF sub-domain metric has the biggest gap between NHFT and LPT?',
        request('personal', 'nof-gap'),
      ),
    );
    assert.match(
      text,
      /Biggest gap: Annual change in the number of CYP accessing NHS-funded MH services \(NHFT 3\.83, LPT 1\.65\)\. Level: CQC Community Mental Health Survey Satisfaction Rate; Planned Surplus \/ Deficit\./,
    );
  });
  it('names someone only a paper cover names, with the role the cover prints', async () => {
    const text = shown(
      await ask('Is Anita Pisani LPT or NHFT?', request('personal', 'cover-person')),
    );
    assert.match(
      text,
      /Anita Pisani · CCS\nDeputy Chief Executive \(sponsor of Trust Ambitions 2023-26, 27 September 2023, a paper of Cambridgeshire Community Services NHS Trust\), as the cover sheet prints it/,
    );
  });
  it("narrows a meeting's attendance to one trust by the roles the minutes print", async () => {
    const text = shown(
      await ask(
        'which nhft people sent apologies to the september group board?',
        request('personal', 'nhft-apologies'),
      ),
    );
    assert.match(
      text,
      /4 of the 6 apologies were from NHFT: Robin Burgess \(NHFT Non-Executive Director\)/,
    );
    assert.doesNotMatch(text, /Jean Knight/, 'not an NHFT role');
  });
  it('shows where the papers name who leads something that is no action, and says it is no action', async () => {
    const text = shown(await ask('who leads op courage?', request('personal', 'op-courage')));
    assert.match(text, /No action in the logs is about courage\. Where the papers mention it:/);
    assert.match(text, /Lincolnshire Partnership/);
    const nothing = shown(
      await ask('who leads the flying cars action', request('personal', 'flying-cars')),
    );
    assert.match(nothing, /No action in the logs is about flying cars/);
    assert.doesNotMatch(nothing, /Where the papers mention it/, 'no passage holds both words');
  });
  it("shows where in a risk the words asked about beside it appear, with each action's lead", async () => {
    const text = shown(
      await ask(
        'on the culture risk - what are we actually doing about racism? and whos leading it',
        request('personal', 'risk-mentions'),
      ),
    );
    assert.match(text, /^GROUP BAF 4/);
    assert.match(
      text,
      /Where it mentions racism or TAR\n• Action Group BAF 4 action 2: Progressing NHSE letter & actions set out within regarding tackling racism including antisemitism \(lead: Group Chief People Officer; due 31 March 2026\)/,
    );
    assert.doesNotMatch(
      text,
      /Where it mentions[^\n]*bullying/,
      'a synonym only when no word typed is found',
    );
    assert.match(
      text,
      /• Control: Group TAR programme \(including PCREF\)/,
      "the papers' short form",
    );
    assert.match(
      text,
      /• Action Group BAF 4 action 1: Delivery of TAR actions \(lead: Group Chief People Officer; due 31 March 2026\)/,
      'an action found through a title word of the risk still shows, by the word it holds',
    );
    const byNumber = shown(
      await ask(
        'on LPT BAF 01 when did ARC discuss the 25/26 internal audit plan',
        request('personal', 'risk-mentions-number'),
      ),
    );
    assert.match(byNumber, /• Progress: IA plan 25\/26 discussed at ARC March 2024/);
    const plain = shown(await ask('what is BAF 1 score?', request('personal', 'risk-plain')));
    assert.doesNotMatch(plain, /Where it mentions/, 'nothing asked beside the risk');
  });
  it('lists the risks whose assurances cite an internal audit, by the rating asked', async () => {
    const poor = shown(
      await ask(
        "have we had any poor internal audit results against LPT's big risks?",
        request('personal', 'audits-poor'),
      ),
    );
    assert.match(poor, /Risks with an internal audit rated limited assurance/);
    assert.match(
      poor,
      /Internal audits cited as assurance, rated limited assurance: Internal Audit Supporting Timely Recruitment April 2023 Limited Assurance \(BAF 06\)\. The others cited: /,
    );
    const anywhere = shown(
      await ask(
        'which risks have a limited assurance internal audit',
        request('personal', 'audits-any'),
      ),
    );
    assert.match(
      anywhere,
      /No risk on Group BAF January 2026 cites an internal audit rated limited assurance/,
    );
    assert.match(anywhere, /LPT BAF 2024\/25/);
    const none = shown(
      await ask(
        'which group BAF risks have no assurance from internal audit?',
        request('personal', 'audits-none'),
      ),
    );
    assert.match(
      none,
      /3 of 6 risks cite no internal audit among their assurances: GROUP BAF 2, GROUP BAF 3, GROUP BAF 5\. Those the others cite: Internal Audit Data security and protection toolkit low risk, high confidence level June 2025 \(GROUP BAF 1\)/,
    );
    const committee = shown(
      await ask(
        'which risks does the audit and risk committee oversee',
        request('personal', 'arc'),
      ),
    );
    assert.doesNotMatch(committee, /internal audit/i, 'the committee is not an audit');
  });
  it("answers a named person's title asked by pronoun, even beside a meeting", async () => {
    const text = shown(
      await ask(
        "sharon murphy was at the sept 2025 board - what's her title in the minutes?",
        request('personal', 'title-of'),
      ),
    );
    assert.match(text, /Sharon Murphy\nLPT Executive Director of Finance and Performance/);
  });
  it('answers what a whole log named holds about something, and who sorts a piece of work', async () => {
    const onboarding = shown(
      await ask(
        'is there anything in the well-led plan about onboarding new neds like me',
        request('personal', 'log-about'),
      ),
    );
    assert.match(
      onboarding,
      /Well-Led Leadership 1 \(The Chair and ACE\/DCE should design a structured board development plan/,
    );
    assert.match(onboarding, /is due 31 October 2025/);
    const catchUps = shown(
      await ask(
        'are regular NED catch ups meant to be happening? who sorts that',
        request('personal', 'who-sorts'),
      ),
    );
    assert.match(
      catchUps,
      /Well-Led Leadership 3 \(The Chair and NEDs should agree the schedule of regular NED group catch-ups/,
    );
    assert.match(catchUps, /task lead: Director of Corporate Affairs \(DoCA\); due 30 June 2025/);
    const register = shown(
      await ask('extreme risks on the lpt baf', request('personal', 'log-register')),
    );
    assert.match(register, /BAF 01/, "a register's name is its risks, not its log");
  });
  it('explains how risks are scored from the register notes', async () => {
    const text = shown(
      await ask(
        'sorry basic question - how do the risk scores work? inherent v current v target',
        request('personal', 'scoring'),
      ),
    );
    assert.match(text, /5x5 multiplication scoring methodology/);
    assert.match(
      text,
      /Inherent score: the score of a risk based on there being no controls in place/,
    );
  });
  it("gives a paper's agenda item from its cover, and where a register's paper goes next", async () => {
    const item = shown(
      await ask(
        'trust ambitions paper at the sept 2023 board - what agenda item was it',
        request('personal', 'agenda-item'),
      ),
    );
    assert.match(item, /Agenda item\n15/);
    const next = shown(
      await ask(
        'after the jan board where does the group BAF go next and when?',
        request('personal', 'next-report'),
      ),
    );
    assert.match(next, /Next report\nGroup SEB 10 February 2026/);
  });
  it('finds a minute reference, and who answered a question on a paper at a past meeting', async () => {
    const aob = shown(
      await ask(
        'was there any AOB at the september one? minute ref pls',
        request('personal', 'aob'),
      ),
    );
    assert.match(aob, /^GTB\/25\/20: Any other business/);
    const answered = shown(
      await ask(
        'on the EMA paper in sept, who answered the q about sharing productivity and efficiency plans?',
        request('personal', 'answered'),
      ),
    );
    assert.match(answered, /^GTB\/25\/18: East Midlands Alliance \(EMA\) Common Board Paper/);
    assert.match(answered, /Sharon Murphy/);
    const planned = shown(
      await ask(
        'was there a finance update at the september board',
        request('personal', 'planned'),
      ),
    );
    assert.match(
      planned,
      /Group and System Finance update/,
      'planned but not taken: the workplan says',
    );
  });
  it('reads who to talk to about a subject as who leads it, and a flag up to the board as its report', async () => {
    const talk = shown(
      await ask(
        'who do i talk to about workforce stuff across both trusts?',
        request('personal', 'talk-to'),
      ),
    );
    assert.match(talk, /Group Chief People Officer/);
    const flagged = shown(
      await ask(
        'what did the people committee flag up to the board in december?',
        request('personal', 'flag-up'),
      ),
    );
    assert.match(
      flagged,
      /^Alert, Advise and Assure Report: Joint People and Culture Committee in Common/,
    );
    assert.match(flagged, /Joint People Dashboard/);
  });
  it('lists every risk for a run-through of the strategic risks, and the other non-executives', async () => {
    const all = shown(
      await ask(
        "can u give me a quick run through of the group's strategic risks? just the headlines, i dont need the detail yet",
        request('personal', 'run-through'),
      ),
    );
    assert.match(all, /^All risks/);
    assert.match(all, /GROUP BAF 5/);
    const neds = shown(
      await ask(
        "who are the other non execs on the group board? trying to work out who's who",
        request('personal', 'other-neds'),
      ),
    );
    assert.match(neds, /non-executive members of the Group Trust Board/);
  });
  it("answers the strategy, none named, with the asker's own organisation's, and a BAF's risk actions by that name", async () => {
    const group = await asPerson('00000000-0000-4000-8000-000000000005', 'own-strategy');
    const text = shown(await ask('how are we doing against the strategy overall?', group));
    assert.match(text, /^THRIVE – Group Strategy/);
    assert.match(
      text,
      /LPT transformation projects and programmes: 83 projects and 5 programmes \(88 in total\); 7% off track/,
    );
    const ambitions = shown(await ask('which ambition has the lowest confidence?', group));
    assert.match(
      ambitions,
      /^Trust Ambitions 2023-26/,
      'ambitions are asked of the strategy that has them',
    );
    const closed = shown(
      await ask(
        'how many of the group risk actions have been signed off as done recently?',
        request('personal', 'risk-actions'),
      ),
    );
    assert.match(closed, /Open actions for Group BAF action log/);
    assert.match(closed, /13 of them put forward for closure/);
  });
  it("gives the gist of a whole action plan as its sections, and the oversight framework's weakest domain", async () => {
    const gist = shown(
      await ask('what came out of the well-led review?', request('personal', 'gist')),
    );
    assert.match(gist, /All actions for Well-Led Review 2024 action plan/);
    assert.match(
      gist,
      // (An earlier test reports progress on one of them.)
      /33 actions: 33 open, 33 past their due date; (none has|\d+ ha(s|ve)) progress reported\. By section:/,
    );
    assert.match(
      gist,
      /By section: Leadership: 4; Improvement: 5; Strategy: 7; Partnerships: 6; Freedom to Speak Up: 11\./,
    );
    const weakest = shown(
      await ask(
        'on the nhs oversight framework scores, where are we weakest?',
        request('personal', 'nof-weakest'),
      ),
    );
    assert.match(weakest, /NHFT scores worst on Access to Services \(3\.59\)/);
  });
  it('answers when a committee Board Clerk holds no meetings of first met from the papers, not with the board', async () => {
    const text = shown(
      await ask('when did the joint nom and rem first meet', request('personal', 'nom-rem')),
    );
    assert.match(text, /the Joint Nomination & Remuneration committee took place in January 2026/);
    assert.doesNotMatch(text, /29 May 2025/, "the board's first meeting is not the committee's");
    assert.doesNotMatch(text, /do not mention nom or rem/, 'the short forms are spelt out');
    assert.match(
      text,
      /^The closest the papers come\nThe first passage below has most of the words you asked\./,
    );
    const board = shown(
      await ask('when was the first board meeting', request('personal', 'first-board')),
    );
    assert.match(board, /The first Group Trust Board meeting on record was on 29 May 2025/);
  });
  it('lists the actions whose words name a role that leads none, said to be that', async () => {
    const nurse = await asPerson('00000000-0000-4000-8000-000000000010', 'names-role');
    const text = shown(await ask('group chief nurse actions on the BAF - have i got any', nurse));
    assert.match(
      text,
      /No action names the Group Chief Nurse as its lead\. This action names the Group Chief Nurse in its words:/,
    );
    assert.match(text, /Group BAF 3 action 7/);
  });
  it('answers one piece of work on a risk with its dates, its register progress and whose it is', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000009', 'one-action');
    const mine = shown(
      await ask('the innovation strategy on group baf 3 - is that on me? when by', r),
    );
    assert.match(
      mine,
      /Group BAF 3 action 8 \(Develop and deliver Innovation Strategy\) is led by/,
    );
    assert.match(mine, /^Yes: you are its lead\./m);
    assert.match(mine, /Tom Hadley \(you, Director of Strategy\)/);
    assert.match(mine, /due April 2026/);
    const moved = shown(await ask('policy refresh on baf 01 - did it get pushed back?', r));
    assert.match(moved, /due October 2024 \(a revised date, first due May 2024/);
    const when = shown(await ask('to when?', r));
    assert.match(when, /LPT BAF 01 action 1 \(Policy refresh and compliance\) is due October 2024/);
    const recovery = shown(
      await ask('when is the medium term recovery plan on BAF 03 due', request('personal', 'mtrp')),
    );
    assert.match(
      recovery,
      /the register’s progress column for its effect “Breach of Statutory Duty” reads “In progress\. Full update in monthly report\.”/,
    );
    assert.doesNotMatch(recovery, /no progress reported yet/);
  });
  it('lists the workplan items the asker brings, by the roles they hold', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000005', 'my-workplan');
    const text = shown(await ask('what am i meant to bring to each board per the workplan?', r));
    assert.match(
      text,
      /Items led by Group Executive Director of Strategy and Partnerships \(2 of 15\)/,
    );
    assert.match(text, /East Midlands Alliance Common Board Paper/);
    assert.doesNotMatch(text, /Apologies\/Welcome/);
  });
  it('quotes what someone agreed to take forward with the suggestion they agreed to', async () => {
    const text = shown(
      await ask(
        'did richard smith pick anything up at the sept group board?',
        request('personal', 'rs'),
      ),
    );
    assert.match(
      text,
      /individual BAFs\. … Duncan Orme suggested it would be beneficial to expand the work underway in NHFT to clarify links between strategic and operational risks\. Richard Smith agreed this would be taken forward\./,
    );
    assert.match(
      text,
      /Richard Smith \(NHFT Director of Corporate Governance\) speaks in 1 item of the minutes\./,
    );
  });
  it('says which minutes it holds when a committee’s are asked for, and where the papers mention it', async () => {
    const text = shown(await ask('what did ARC last conclude?', request('personal', 'arc')));
    assert.match(
      text,
      /Board Clerk holds no minutes of the Audit and Risk Committee; it holds the minutes of Group Trust Board, 25 September 2025\./,
    );
    assert.doesNotMatch(text, /GTB\/25\/9/, "the board's resolutions are not the committee's");
  });
  it('gives the data-quality flags of the log just listed when asked for dodgy dates in it', async () => {
    const r = request('personal', 'dodgy');
    await ask('show me the well-led freedom to speak up actions', r);
    const text = shown(await ask('any dodgy dates in there?', r));
    assert.match(text, /Data-quality flags: Well-Led Review 2024 action plan/);
    assert.match(text, /The plan gives 31\/06\/2025, a date that does not exist/);
    assert.doesNotMatch(text, /GROUP BAF/, 'only that log’s flags');
  });
  it('counts closures proposed across two months named without a year, by month', async () => {
    const text = shown(
      await ask('baf closures - how many across nov and dec?', request('personal', 'two-months')),
    );
    assert.match(
      text,
      /13 were supported for closure by the Group Strategic Executive Board: 10 in November 2025 and 3 in December 2025\. They were put for approval to the Group Trust Board on 29 January 2026/,
    );
  });
  it('says where a planned paper is missing from a pack, and what its lead brought instead', async () => {
    const text = shown(
      await ask(
        'the workplan has a group and system finance update - where is it in the january pack?',
        request('personal', 'missing-paper'),
      ),
    );
    assert.match(
      text,
      /The workplan plans a Group and System Finance update paper \(Chief Finance Officer\) for 29 January 2026, but the pack for that meeting contains no such paper\./,
    );
    assert.match(
      text,
      /The Chief Finance Officer brought to that meeting: Group Value Programme update\./,
    );
  });
  it('quotes an ambition’s sentence with the figure asked for, not the word "figure"', async () => {
    const text = shown(
      await ask(
        'whats the virtual ward beds number in the ambitions?',
        request('personal', 'beds'),
      ),
    );
    assert.match(
      text,
      /Ambition 6: In our latest East of England sitrep report \(27 July 2023\) we reported a total of 247 virtual beds/,
    );
  });
  it('answers what a group a paper reports on has flagged from that paper', async () => {
    const text = shown(
      await ask(
        'has the transition group flagged any risks in the value paper?',
        request('personal', 'transition'),
      ),
    );
    assert.match(text, /the lack of access to redundancy funding to enable change/);
    assert.doesNotMatch(text, /terms of reference:/i);
  });
  it('puts first the data-quality flag that holds the words asked, wherever it is', async () => {
    const text = shown(
      await ask(
        'why is the university status research mapping listed again under culture?',
        request('personal', 'dq-about'),
      ),
    );
    assert.match(
      text,
      /⚠ Group BAF 4 closure 11 \(December 2025\): Mapping current research activity to support University status application\.\nThis December closure under '4\. Culture'/,
    );
  });
  it('says which sections of a log have no closure proposed', async () => {
    const text = shown(
      await ask(
        'the group baf closures - anything for every risk?',
        request('personal', 'closures'),
      ),
    );
    assert.match(text, /None for GROUP BAF 5 Sustainability or Draft Group workforce risk\./);
  });
  it('names who took the minutes without bracketing their role twice', async () => {
    const text = shown(
      await ask('who took the minutes at the september board?', request('personal', 'taker')),
    );
    assert.match(
      text,
      /Louise Salmon \(NHFT Trust Board and Committee Secretary\) took the minutes/,
    );
  });
  it('answers when a piece of work named in words is due, not with every open action', async () => {
    const text = shown(
      await ask('when is the PSIRF implementation due?', request('personal', 'psirf-due')),
    );
    assert.match(text, /LPT BAF 01 action 6 \(Implementation of PSIRF\) is due 2024\/25/);
    assert.doesNotMatch(text, /Open actions for every action log/);
  });
  it('answers "when was it meant to be done?" about work just asked of with its date', async () => {
    const thread = request('personal', 'psirf-when');
    await ask('who owns implementing psirf', thread);
    const text = shown(await ask('when was it supposed to be done', thread));
    assert.match(text, /Implementation of PSIRF\) is due 2024\/25 \(read as 31 March 2025\)/);
  });
  it('says what a paper says of something asked for decision, not only the paper’s own decision', async () => {
    const text = shown(
      await ask(
        "ambitions paper - the digital platform business case for extra investment, where's it going for decision",
        request('personal', 'digital-bc'),
      ),
    );
    assert.match(text, /will be taken to the Executive Team for a decision/);
    assert.ok(
      text.indexOf('for a decision') < text.indexOf('Cambridgeshire CYP website'),
      'the sentence saying where it is decided comes before one about the website',
    );
  });
  it('gives a paper’s full year effect when asked "and FYE?" after its savings', async () => {
    const thread = request('personal', 'fye');
    await ask('group value programme savings?', thread);
    const text = shown(await ask('and FYE?', thread));
    assert.match(text, /A full year effect of £900k/);
  });
  it('lists those of a risk’s actions already delivered, with where they were approved', async () => {
    const thread = request('personal', 'approved');
    await ask(
      'What actions are recorded against Group BAF 1 in the January 2026 Group BAF?',
      thread,
    );
    const text = shown(await ask('Which of those has already been approved, and where?', thread));
    assert.match(text, /Group Digital Transformation Plan/);
    assert.match(text, /Group SEB Jan 26 - approved/);
    assert.doesNotMatch(text, /Gap analysis of capacity to deliver plan/);
  });
  it('answers how often from the paragraph that says how often', async () => {
    const text = shown(
      await ask(
        'according to the September 2023 Trust Ambitions paper, how often was the Board meant to receive updates on implementing the strategy?',
        request('personal', 'often'),
      ),
    );
    assert.match(text, /^Introduction$/m);
    assert.match(text, /in September and March each year/);
  });
  it('says of each figure whether it met its printed target', async () => {
    const text = shown(
      await ask('appraisal rates for both trusts - on target?', request('personal', 'met')),
    );
    assert.match(text, /92\.0% \(target >= 90%, met\)/);
    const missed = shown(
      await ask(
        'vacancy and sickness rates for dec, nhft and lpt pls',
        request('personal', 'missed'),
      ),
    );
    assert.match(missed, /10\.2% \(target < 10%, missed\)/);
    assert.match(missed, /6\.0% \(target < 4\.5%, missed\)/);
  });
  it('names the one action found in its title, with what was asked of it', async () => {
    const text = shown(await ask('who owns implementing psirf', request('personal', 'title')));
    assert.match(text, /^Who leads LPT BAF 01 action 6$/m);
  });
  it('quotes the line of a risk holding the words asked as typed, not one a synonym matched', async () => {
    const text = shown(
      await ask('did we present anything on research to the cqc? when', request('personal', 'cqc')),
    );
    assert.match(text, /“Presentation on research to CQC engagement meeting Nov 25”/);
  });
  it('puts first the flag about the thing said to be in the wrong place', async () => {
    const text = shown(
      await ask(
        "there's a december closure against the culture risk that looks like it's in the wrong place - what is it?",
        request('personal', 'wrong-place'),
      ),
    );
    assert.match(
      text,
      /^Data-quality flags: GROUP BAF 4\n[^\n]*\n⚠ Group BAF 4 closure 11 \(December 2025\)/m,
    );
  });
  it('says where a target score would stand against appetite', async () => {
    const text = shown(
      await ask('what is lpt baf 1 target and is that inside appetite', request('personal', 'tgt')),
    );
    assert.match(text, /Once at its target score of 15, within tolerance/);
    assert.match(text, /Target 5 x 3 = 15, Extreme, within tolerance\./);
  });
  it('reads "anything assigned to me", "have me on them", "due from me" as the asker’s actions', async () => {
    const megan = await asPerson('00000000-0000-4000-8000-000000000014', 'assigned');
    const text = shown(await ask('is there anything on the LPT BAF assigned to me?', megan));
    assert.match(text, /waiting times review/i);
    assert.doesNotMatch(text, /^All risks/m);
    const due = shown(
      await ask(
        'whats due from me on the LPT BAF',
        await asPerson('00000000-0000-4000-8000-000000000014', 'due-from'),
      ),
    );
    assert.match(due, /waiting times review/i);
  });
  it('answers a short follow-up of the work last asked about, not every open action', async () => {
    const r = request('personal', 'task-lead');
    await ask('wl plan - the improvement cabinet action, who leads', r);
    const text = shown(await ask('task lead n due date?', r));
    assert.match(text, /Well-Led Improvement 2/);
    assert.match(text, /due 31 May 2026/);
    assert.doesNotMatch(text, /124 actions/);
  });
  it('takes "the principal investigators bit" of a risk as its action, not the risk’s owner', async () => {
    const r = request('personal', 'pi-bit');
    await ask('lpt baf 02 research risk - current score?', r);
    const text = shown(await ask('and who leads the principal investigators bit, by when', r));
    assert.match(text, /Principal Investigators/);
    assert.match(text, /is led by Medical Director/);
  });
  it('counts the closures sent to SEB "for closing", with the paper’s mistyped month', async () => {
    const text = shown(
      await ask(
        'how many group baf actions went to seb for closing, and when',
        request('personal', 'closing'),
      ),
    );
    assert.match(text, /13 were supported for closure/);
    assert.match(text, /in December 2026/);
  });
  it('gives a numeric date in a quoted line in words too', async () => {
    const text = shown(
      await ask(
        'LPT BAF 08 – when was the first social value round table held?',
        request('personal', 'rt'),
      ),
    );
    assert.match(text, /held 12\/04\/24 \(12 April 2024\)/);
  });
  it('reads "who was it that flagged…" as who the minutes record saying it', async () => {
    const r = request('personal', 'flagged');
    const item = shown(
      await ask('What did the Group Board resolve on the workplan item in September 2025?', r),
    );
    assert.match(item, /^GTB\/25\/13: Group Trust Board Workplan/m);
    const who = shown(
      await ask('who was it that flagged duplication of reporting across the two orgs?', r),
    );
    assert.match(who, /^Angela Hillery, as the minutes record it/);
  });
  it('reads "initial risk 5 x 4" as a score, not risk 5', async () => {
    const text = shown(
      await ask(
        'Appendix A draft Group workforce risk shows initial risk 5 x 4 combined 25. Is that combined score right?',
        request('personal', 'stage'),
      ),
    );
    assert.match(text, /^GROUP BAF DRAFT$/m);
    assert.match(text, /prints an initial score of 5 x 4 = 25/);
  });
  it('finds a paper by the agenda item its cover prints, and its assurance level after', async () => {
    const r = request('personal', 'item-15');
    const paper = shown(
      await ask('What went to the Trust Board on 27 September 2023 as agenda item 15?', r),
    );
    assert.match(paper, /^Trust Ambitions 2023-26/m);
    assert.match(shown(await ask('and what assurance level did it claim?', r)), /Substantial/);
  });
  it('answers the due date and sign-off of one action asked after it', async () => {
    const r = request('personal', 'leadership-1');
    await ask("Well-led action plan – what's Leadership action 1 about?", r);
    const text = shown(await ask('due date and which committee signs it off?', r));
    assert.match(text, /Due 31 October 2025/);
  });
  it('finds a register’s cover paper and its sponsors', async () => {
    const text = shown(
      await ask(
        'Group BAF cover paper for the Jan board – who sponsored it and what was the date submitted?',
        request('personal', 'cover'),
      ),
    );
    assert.match(text, /Kate Dyer/);
    assert.match(text, /19 January 2026/);
  });
  it('answers who is in a body a paper describes with the section that lists them', async () => {
    const text = shown(
      await ask("who's actually in the east midlands alliance", request('personal', 'ema-members')),
    );
    assert.match(text, /made up of the six largest providers[^\n]*\n• Derbyshire Healthcare/);
    assert.ok(
      text.indexOf('made up of') < text.indexOf('Golden Hello'),
      'the list comes before any section that only says "made"',
    );
  });
  it('gives each figure of a paper once, with the sentence printing it under it', async () => {
    const text = shown(
      await ask(
        'how much has the group value programme saved so far?',
        request('personal', 'gvp-once'),
      ),
    );
    assert.match(
      text,
      /c\.£360k · Savings from the latest changes[^\n]*\n“Savings from these changes are c\.£360k/,
    );
    assert.equal(text.split('Savings from these changes are c.£360k').length - 1, 1, 'quoted once');
  });
  it('names a task lead with the code the plan prints for it', async () => {
    const r = request('personal', 'all-exec');
    const text = shown(await ask('wl plan - the improvement cabinet action, who leads', r));
    assert.match(text, /task lead: All Executive Directors \(All Exec Dirs\.\)/);
  });
  it('reads "<plan> - the … action?" as that action, and its date after', async () => {
    const r = request('personal', 'tenure');
    await ask('wl plan - the tenure for ftsu guardian action?', r);
    const text = shown(await ask('due when? n who signs it off', r));
    assert.match(
      text,
      /Well-Led FTSU 4 \(Consider implementing a tenure[^)]*\) is due 31 May 2025/,
    );
    assert.match(text, /sign-off committee: People/);
  });
  it('quotes the sentence of a long finding that holds the words asked', async () => {
    const text = shown(
      await ask(
        'which board-level skills gaps did the well led reviewers flag? need it for the NED recruitment pack',
        request('personal', 'skills'),
      ),
    );
    assert.match(
      text,
      /Well-Led Leadership 4 \(“There remain recognised gaps at board level covering the areas of improvement, transformation and research\.”\)/,
    );
  });
  it('answers from a paper’s annex when it holds more of the words asked than its sections', async () => {
    const text = shown(
      await ask(
        'ambitions paper 2023 - had work started on routine health promotion in clinical contacts?',
        request('personal', 'health-promotion'),
      ),
    );
    assert.match(text, /Health Promotion\.\nWork has not commenced on this action yet/);
  });
  it('reads an ambition named in its own words as that ambition, with its plan', async () => {
    const text = shown(
      await ask(
        "Main sites having a community value and usage plan - what's the agreed action plan and the timings?",
        request('personal', 'amb-11'),
      ),
    );
    assert.match(text, /Ambition 11, its focus: Agreed action plan is to/);
    assert.match(text, /Oct to Dec 23/);
  });
  it('reads "which of my steps should’ve been done by" as the asker’s actions and when they were due', async () => {
    const nadia = await asPerson('00000000-0000-4000-8000-000000000020', 'my-steps');
    const text = shown(
      await ask("BAF 08 social value - which of my steps should've been done by Q3 24/25?", nadia),
    );
    assert.match(text, /^Your overdue actions as at 23 November 2026 in BAF 08/m);
    assert.match(text, /SMART action plan and KPIs/);
  });
  it('answers mitigations on a strategy’s theme from its report, and why it may slip after', async () => {
    const r = request('personal', 'thrive-tech');
    const theme = shown(
      await ask('any additional mitigations flagged on the THRIVE technology theme?', r),
    );
    assert.match(theme, /prison deployment activity ramping up over the Jan-Mar period/);
    const why = shown(await ask('why might some of that activity slip?', r));
    assert.match(why, /prison deployment/);
    assert.doesNotMatch(why, /Actions that have slipped/);
  });
  it('says why a board agreed something from what the paper says of it, not every agreement', async () => {
    const text = shown(
      await ask(
        'why did the alliance board agree to fund CAMHS tier 3.5 and Waterlily recurrently?',
        request('personal', 'ema-fund'),
      ),
    );
    assert.match(text, /intensive day support/);
  });
  it('explains why a strategy’s figures look as they do from its paper', async () => {
    const text = shown(
      await ask(
        'why does NHFT look like it has more technology programmes than valuing people ones in THRIVE?',
        request('personal', 'thrive-why'),
      ),
    );
    assert.match(text, /^In NHFT$/m);
    assert.match(text, /more than one of the 18 THRIVE objectives/);
  });
  it('lists the overdue actions a committee "has to sign off", not every one', async () => {
    const text = shown(
      await ask(
        "can you list the overdue well-led actions that People Committee has to sign off, with who's leading each",
        request('personal', 'people-overdue'),
      ),
    );
    assert.match(
      text,
      /^Overdue actions as at 23 November 2026, signed off by the People Committee/m,
    );
  });
  it('keeps "anything recorded on progress?" from narrowing the asker’s actions to a topic', async () => {
    const nurse = await asPerson('00000000-0000-4000-8000-000000000011', 'may24');
    const text = shown(
      await ask(
        'what BAF actions of mine were due May 2024? anything recorded on progress?',
        nurse,
      ),
    );
    assert.match(text, /quality dashboard/i);
  });
  it('answers who answered a question at a meeting, after what the meeting resolved', async () => {
    const r = request('personal', 'veterans-q');
    await ask('what did the Sept board resolve on the East Midlands Alliance paper?', r);
    const text = shown(
      await ask('and who answered the veterans question - which trust leads Op Courage?', r),
    );
    assert.match(text, /^David Williams, as the minutes record it/);
  });
  it('answers "whose name is against it?" after a paper’s place in the workplan', async () => {
    const r = request('personal', 'wp-name');
    await ask(
      'what does the workplan say about how often the EMA common board paper comes to board?',
      r,
    );
    const text = shown(await ask('and whose name is against it?', r));
    assert.match(text, /Group Executive Director of Strategy and Partnerships/);
  });
  it('compares a risk with another asked after it, and says which is further from target', async () => {
    const r = request('personal', 'compare-chain');
    await ask("The proposed group workforce risk - what's it scoring now?", r);
    const compared = shown(
      await ask("how does that compare with LPT's own workforce risk on their BAF?", r),
    );
    assert.match(compared, /GROUP BAF DRAFT and LPT BAF 06 score the same now: 20 \(Extreme\)/);
    const further = shown(await ask('so which one is further away from target?', r));
    assert.match(
      further,
      /Neither is further from target: GROUP BAF DRAFT is 5 above its target of 15/,
    );
  });
  it('reads a measure "behind" as the measure against its target, not overdue actions', async () => {
    const text = shown(
      await ask(
        '3 day follow up after discharge - is one of the trusts really behind?',
        request('personal', '3-day'),
      ),
    );
    assert.match(text, /38% \(target >= 80%, missed\)/);
  });
  it('answers what a project in a meeting’s minutes was trying to do, and by when after', async () => {
    const r = request('personal', 'qsir-hr');
    const text = shown(
      await ask(
        'the HR recruitment QSIR project in the September minutes - what was it trying to do?',
        r,
      ),
    );
    assert.match(text, /from 58 days to 37 days by 31 July 2024/);
    assert.match(shown(await ask('by when?', r)), /by 31 July 2024/);
  });
  it('gives the register’s progress dates in words in an action list', async () => {
    const nadia = await asPerson('00000000-0000-4000-8000-000000000020', 'sv-progress');
    const text = shown(await ask('How are my social value actions on BAF 08 getting on?', nadia));
    assert.match(text, /held 12\/04\/24 \(12 April 2024\)/);
  });
  it('lists closures in the month they were put forward, each awaiting approval, not "no progress"', async () => {
    const text = shown(await ask('which actions are proposed for closure?'));
    // Ten in November, then three in December: the first page is November's.
    assert.equal(text.match(/closure \d+ \(November 2025\)/g)?.length, 10);
    assert.doesNotMatch(text, /^Group BAF (2 action 2|4 closure 11) ·/m);
    assert.match(text, /Proposed for closure\s+·\s+Awaiting approval/);
    assert.doesNotMatch(text, /No progress reported yet/);
  });
  it('names the largest of a set of figures a paper prints, answering "and how much" once', async () => {
    const text = shown(
      await ask(
        'corporate services benchmarking, which area has the biggest savings oppurtunity and how much is it worth',
      ),
    );
    assert.match(
      text,
      /Corporate Nursing, Governance & Risk is the largest key area of opportunity: £5\.5m/,
    );
    assert.equal(text.match(/Figures in the paper/g)?.length, 1, 'one answer, not the same twice');
    const smallest = shown(await ask('of the three key areas which is the smallest'));
    assert.match(smallest, /Digital is the smallest key area of opportunity: £4\.5m/);
  });
  it('answers what another body agreed from the paper that reports it, not the board’s own minutes', async () => {
    const text = shown(
      await ask('what did the Alliance board agree to fund recurrently at its October meeting'),
    );
    assert.match(text, /recurrently fund the CAMHS tier 3\.5 services and the Waterlily programme/);
  });
  it('finds when something in the minutes was due, not an action that shares a word', async () => {
    const text = shown(
      await ask('when were the first Provider Capability Assessment submissions due'),
    );
    assert.match(text, /first submissions due in October 2025/);
  });
  it('shows each part of a passage a two-part question asks about', async () => {
    const text = shown(
      await ask(
        'Impact forensic collab 5 year financial model - when does the CFO group review it, and who has NHSE asked to look at its financial sustainability',
      ),
    );
    assert.match(text, /reviewed by the CFO group on 7 January/);
    assert.match(text, /NHS England have asked Warwick University/);
  });
  it('answers the risks an ambition’s report flags against it after the ambition', async () => {
    const r = request('personal', 'amb-risks');
    await ask("progress on the 'financially resilient' trust ambition?", r);
    const text = shown(await ask('what financial risks did they flag against it', r));
    assert.match(text, /Delivery of efficiency targets is a challenge/);
  });
  it('finds an oversight measure asked in other words, with both trusts’ scores', async () => {
    const text = shown(
      await ask(
        'NOF sub-score for patients in crisis getting face to face contact within 24 hours, both trusts?',
      ),
    );
    assert.match(text, /1\.43/);
    assert.match(text, /2\.35/);
  });
  it('quotes the sentences of an ambition’s report that hold a long question’s words, running on', async () => {
    const text = shown(
      await ask(
        'In the ambitions update, what 2hr response rate was the Luton adults UCR hitting, against what national target?',
      ),
    );
    assert.match(
      text,
      /Ambition 6: .*It's 2-hour response rate is c95% against a nation target of 70%\./,
    );
  });
  it('gives what a programme has saved before its targets and opportunities', async () => {
    const text = shown(await ask('how much has the group value programme saved so far?'));
    assert.ok(text.indexOf('c.£360k') >= 0, 'the savings made are there');
    assert.ok(text.indexOf('c.£360k') < text.indexOf('6.5%'), 'made before the target');
    assert.ok(text.indexOf('c.£360k') < text.indexOf('£15.9m'), 'made before the opportunity');
  });
  it('answers "who for the other item?" after a workplan item’s lead, each from the workplan', async () => {
    const text = shown(
      await ask(
        'In the Group Trust Board workplan for 2025/26, who is shown as lead for the Group Performance Report, and who for the Group Board Assurance Framework?',
      ),
    );
    assert.match(text, /Group Performance Report[\s\S]*Lead: Managing Directors/);
    assert.match(
      text,
      /Group Board Assurance Framework[\s\S]*Lead: Directors of Governance and Risk/,
    );
  });
  it('never shows another paper of the same pack as a paper’s own annex', async () => {
    const text = shown(await ask('what does the group BAF paper say about what is shown'));
    assert.doesNotMatch(text, /transformation projects/);
  });
  it('answers a list asked two ways in one message as two lists of the same actions', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000003', 'two-ways');
    await ask('What actions do I own on the Group BAF, including the draft workforce risk?', r);
    const text = shown(
      await ask('Which of those are overdue now, and is there anything not due yet?', r),
    );
    assert.match(text, /Your overdue actions as at .* in Group BAF action log/);
    assert.match(text, /Your open actions due after today .* in Group BAF action log/);
  });
  it('answers "…where I\'m the task lead? If so who owns it overall…" as the asker\'s actions with their leads', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000028', 'if-so');
    const text = shown(
      await ask(
        "Is there anything in the well-led action plan where I'm the task lead? If so who owns it overall and when was it due?",
        r,
      ),
    );
    assert.match(text, /Your open actions as task lead in Well-Led Review 2024 action plan/);
    assert.match(text, /FTSU Champions/);
  });
  it('answers what is open for me and what of mine closed in a month as two lists', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000005', 'open-closed');
    const text = shown(
      await ask(
        "What's still open for me on Group BAF 2, and which of my actions got closed off in November 2025?",
        r,
      ),
    );
    assert.match(text, /Your open actions in GROUP BAF 2/);
    assert.match(text, /Your actions closed in November 2025/);
    assert.match(text, /high impact actions for LeDeR/);
  });
  it('answers a register’s appetite band and the risks above it, both', async () => {
    const text = shown(
      await ask(
        "What's the risk appetite band on the LPT BAF for 2024/25, and which risks have a current score above it?",
      ),
    );
    assert.match(text, /Open 13–16/);
    assert.match(text, /Risks above appetite/);
  });
  it('does not say the papers never mention a short form they spell out ("NHSE")', async () => {
    const text = shown(
      await ask(
        'Impact forensic collab 5 year financial model - when does the CFO group review it, and who has NHSE asked to look at its financial sustainability',
      ),
    );
    assert.doesNotMatch(text, /do not mention nhse/);
  });
  it('answers "and which is the smallest?" after the biggest of a set of figures, not the biggest again', async () => {
    const r = request('personal', 'smallest-after');
    await ask('corporate services benchmarking, which area has the biggest savings opportunity', r);
    const text = shown(await ask('and which is the smallest?', r));
    assert.match(text, /Digital is the smallest key area of opportunity: £4\.5m/);
    assert.doesNotMatch(text, /is the largest/);
  });
  it('answers why a risk is still so high with its causes and gaps, not "where it mentions high"', async () => {
    const text = shown(await ask('why is baf 1 still so high', request('personal', 'why-so-high')));
    assert.match(text, /Capital funding for digital/);
    assert.doesNotMatch(text, /where it mentions high/i);
  });
  it('answers "what was due to come to it?" after a meeting with its agenda, and shows the sole passage at length', async () => {
    const r = request('personal', 'due-to-come');
    await ask('when was the january 2026 board', r);
    assert.match(shown(await ask('and what was due to come to it?', r)), /THRIVE/);
    const qsir = shown(
      await ask('what was the HR QSIR project trying to achieve? heard it mentioned'),
    );
    assert.match(qsir, /from 58 days to 37 days/);
  });
  it("answers a risk's score and owner asked together, and a second list of the asker's own actions", async () => {
    const both = shown(await ask('score and owner of baf 2', request('personal', 'score-owner')));
    assert.match(both, /current score 4 x 2 = 8/);
    assert.match(both, /names no single owner or lead for GROUP BAF 2/);
    const sam = await asPerson('00000000-0000-4000-8000-000000000003', 'mine-then-due');
    const mine = shown(await ask('which of mine are overdue and whats due next month', sam));
    assert.match(mine, /Your overdue actions/);
    assert.match(mine, /Your open actions due December 2026/);
  });
  it("answers a list asked of both trusts with each register's list", async () => {
    const both = shown(
      await ask(
        'which baf risks r above appetite, both trusts',
        request('personal', 'both-trusts'),
      ),
    );
    assert.match(both, /Risks above appetite \(Group BAF January 2026\)/);
    assert.match(both, /Risks above appetite \(LPT BAF 2024\/25/);
    assert.match(both, /BAF 04/);
  });
  it('answers who presented an item and what was agreed with that item alone, not every resolution', async () => {
    const text = shown(
      await ask(
        'who presented the thrive report in sept and what was agreed',
        request('personal', 'presented-agreed'),
      ),
    );
    assert.match(text, /David Williams/);
    assert.match(text, /To note the THRIVE Strategy update/);
    assert.doesNotMatch(text, /GTB\/25\/9/);
  });
  it('answers "is X on the agenda" with the item, yes or no', async () => {
    const text = shown(
      await ask(
        'is the green plan on the agenda for the jan 2026 board',
        request('personal', 'on-the-agenda'),
      ),
    );
    assert.match(text, /Yes: item 10, “THRIVE Strategy Update/);
  });
  it('answers an action and risks named in one message, each in turn', async () => {
    const text = shown(
      await ask(
        'ftsu 5 latest note, group baf 3 target and lpt baf 4 score',
        request('personal', 'action-and-risks'),
      ),
    );
    assert.match(text, /Well-Led FTSU 5/);
    assert.match(text, /GROUP BAF 3 \(Group BAF January 2026\): current score/);
    assert.match(text, /BAF 04 \(LPT BAF 2024\/25\): current score 4 x 5 = 20/);
    const own = shown(await ask('baf 3 action 2', request('personal', 'risk-action-alone')));
    assert.doesNotMatch(own, /current score/);
  });
  it("answers an action named in full after another risk with that action, not the risk's nearest", async () => {
    const r = request('personal', 'named-after-risk');
    await ask('lpt baf 3 score', r);
    const text = shown(
      await ask('who leads the long term financial strategy action n when is it due', r),
    );
    assert.match(text, /Who leads Well-Led Strategy 6/);
    assert.match(text, /31 May 2026/);
  });
  it('says how far each risk is from its target, of both registers when one is named "too"', async () => {
    const text = shown(
      await ask('how far off target is each risk? lpt ones too', request('personal', 'to-target')),
    );
    assert.match(text, /GROUP BAF 1 16 against 8 \(8 to go\)/);
    assert.match(text, /BAF 04 20 against 12 \(8 to go\)/);
  });
  it('answers the first meeting as the first, not the last', async () => {
    const text = shown(
      await ask(
        "When did the Group board first meet, and what's the latest meeting we have papers for?",
        request('personal', 'first-and-latest'),
      ),
    );
    assert.match(text, /First meeting: Group Trust Board/);
    assert.match(text, /29 May 2025/);
    assert.match(text, /Agenda: Group Trust Board/);
    assert.doesNotMatch(
      text,
      /Last meeting: Group Trust Board\nGroup Trust Board \(public\), 29 May 2025/,
    );
  });
  it('says a January private session is not held, rather than the privacy policy', async () => {
    const text = shown(
      await ask(
        "is there a part 2 / private session for the january board? what's on it",
        request('personal', 'part-2-january'),
      ),
    );
    assert.match(text, /Board Clerk holds no private \(Part II\) agenda/);
    assert.doesNotMatch(text, /is shown only in a personal chat\n/);
  });
  it("compares this year's savings target with last year's delivery from the paper", async () => {
    const text = shown(
      await ask(
        "how do this year's savings targets compare with what we delivered last year?",
        request('personal', 'savings-years'),
      ),
    );
    assert.match(text, /savings targets of 6\.5% for 2025\/26/);
    assert.match(text, /delivered 5% savings in 2024\/25/);
  });
  it('answers how long work has been open with its dates in each register', async () => {
    const text = shown(
      await ask(
        'How long has an innovation strategy been sitting on the BAF as an action?',
        request('personal', 'how-long-open'),
      ),
    );
    assert.match(text, /LPT BAF 02 action 6 \(Innovation strategy\) is due July 2024/);
    assert.match(
      text,
      /Group BAF 3 action 8 \(Develop and deliver Innovation Strategy\) is due April 2026/,
    );
  });
  it("narrows a plan section's actions to the asker's, and an objective's ambitions to one", async () => {
    const thread = await asPerson('00000000-0000-4000-8000-000000000026', 'section-mine');
    await ask("what's in the leadership section of the well-led plan?", thread);
    const mine = shown(await ask('and which one of those is mine?', thread));
    assert.match(mine, /Well-Led Leadership 4/);
    assert.doesNotMatch(mine, /Well-Led FTSU 9/);
    const ambitions = request('personal', 'ambition-held-back');
    await ask('how are the be collaborative ambitions doing?', ambitions);
    const held = shown(
      await ask("and the care collaboratives one, what's holding it back?", ambitions),
    );
    assert.match(held, /Luton adults rated as amber/);
  });
  it('answers "am I on track?" with a yes or no, then the asker\'s actions by status', async () => {
    const text = shown(
      await ask(
        'am i on track overall?',
        await asPerson('00000000-0000-4000-8000-000000000003', 'on-track'),
      ),
    );
    assert.match(text, /By status: Open and overdue: \d+/);
    // (A yes or no first, from the late ones.)
    assert.match(text, /^Not yet: \d+ of your \d+ open actions are past their due date\./m);
  });
  it('answers two asks that come to the same answer once, not twice', async () => {
    const text = shown(
      await ask(
        'who is leading the hectic week action and when was it due?',
        request('personal', 'said-once'),
      ),
    );
    assert.equal(text.match(/No action in the logs is about hectic week/g)?.length, 1);
  });
  it("lists a strategy's supporting strategies and its service plans with their updates", async () => {
    const supporting = shown(
      await ask(
        'remind me which supporting strategies sit under the 2023-26 strategy',
        request('personal', 'supporting-strategies'),
      ),
    );
    assert.match(
      supporting,
      /Trust Ambitions 2023-26 has five supporting strategies: Communications, Quality, People, Digital Transformation and Estates\./,
    );
    assert.doesNotMatch(supporting, /Nothing in this strategy matches/);
    const plans = shown(
      await ask(
        'Which service plan objective was flagged as at risk of slipping, and who is leading that piece of work?',
        request('personal', 'service-plans'),
      ),
    );
    assert.match(plans, /reports on five service plans/);
    assert.match(plans, /East London NHS Foundation Trust will lead/);
    // (The second ask leans on the first, whose answer names the lead: no search for "work".)
    assert.doesNotMatch(plans, /Actions about/);
  });
  it('answers three asks in one message, each of its own risk', async () => {
    const text = shown(
      await ask(
        'baf 2 appetite? baf 4 controls? and who owns baf 5?',
        request('personal', 'three-asks'),
      ),
    );
    assert.match(text, /Who owns GROUP BAF 5/);
    assert.match(text, /GROUP BAF 4[^]*Controls/);
    assert.doesNotMatch(text, /compared/);
  });
  it('says work was approved where its progress records it, and who sponsored a strategy paper', async () => {
    assert.match(
      shown(await ask('is the digital plan approved?', request('personal', 'approved'))),
      /Yes, its progress records it approved[^]*Group Digital Transformation Plan/,
    );
    assert.match(
      shown(
        await ask(
          'Who was the exec sponsor on the strategy ambitions update to the board?',
          request('personal', 'sponsor'),
        ),
      ),
      /Anita Pisani, Deputy Chief Executive/,
    );
  });
  it('answers which papers are late with the paper deadline and the papers held, not overdue actions', async () => {
    const text = shown(
      await ask('which papers are late for the board', request('personal', 'papers-late')),
    );
    assert.match(text, /Papers for this meeting in Board Clerk: Chief Executive Report/);
    assert.match(text, /set no deadline for papers/);
    assert.doesNotMatch(text, /overdue/);
  });
  it('gives a list answered with more its own part of the message as its way back', async () => {
    const answer = await ask(
      'which risks are above appetite, and when is the next board?',
      request('personal', 'way-back-part'),
    );
    assert.equal(answer.kind, 'two-answers');
    const [list] = answer.kind === 'two-answers' ? answer.answers : [];
    assert.equal(list?.kind, 'risk-list');
    assert.equal(
      list?.kind === 'risk-list' ? list.question : null,
      'which risks are above appetite?',
    );
  });
  it('answers a meeting, an agenda item and a risk asked in one message, each in turn', async () => {
    const text = shown(
      await ask(
        "when is the private board, and who leads the chief executive report item, also what's BAF 1 score",
        request('personal', 'three-kinds'),
      ),
    );
    assert.match(text, /Last meeting: Group Trust Board/);
    assert.match(text, /Chief Executive Report[^]*Sponsor/);
    assert.match(text, /GROUP BAF 1[^]*Initial/);
    assert.doesNotMatch(text, /Who owns GROUP BAF 1/);
  });
  it('answers an ambition and then the risk on it, not every risk on the register', async () => {
    const text = shown(
      await ask(
        'partnerships ambition - how r we doing and whats the risk on the group baf for it',
        request('personal', 'ambition-and-risk'),
      ),
    );
    assert.match(text, /Ambition 4/);
    assert.match(text, /GROUP BAF 2[^]*Initial/);
    assert.doesNotMatch(text, /All risks/);
  });
  it('answers each question after a preamble and a colon, not two risks compared', async () => {
    const text = shown(
      await ask(
        'three quick ones before the board: what is BAF 1 score, who owns BAF 2, and when is the next board?',
        request('personal', 'preamble-colon'),
      ),
    );
    assert.match(text, /GROUP BAF 1[^]*Initial/);
    assert.match(text, /Who owns GROUP BAF 2/);
    assert.match(text, /Group Trust Board meeting is scheduled|Next meeting/);
    assert.doesNotMatch(text, /compared/);
  });
  it('quotes what a sponsor’s paper says, and the date asked after it, not when it comes back', async () => {
    const text = shown(
      await ask(
        "What does Angela's report say about the Mental Health Bill? When did it get Royal Assent?",
        request('personal', 'sponsor-report'),
      ),
    );
    assert.match(text, /Royal Assent on 18 December 2025/);
    assert.doesNotMatch(text, /Next report/);
  });
  it('gives a paper’s own recommendations when asked what the boards are asked to do', async () => {
    const text = shown(
      await ask(
        'What are the boards of the Alliance providers asked to do in the EMA common board paper?',
        request('personal', 'ema-asks'),
      ),
    );
    assert.match(text, /Alliance Plan for 2025\/26/);
    assert.match(text, /learning event/);
  });
  it('gives the key risks a programme paper lists, and where a paper says two hubs merge', async () => {
    const risks = shown(
      await ask(
        'what risks has the transition group logged for the value programme so far?',
        request('personal', 'value-risks'),
      ),
    );
    assert.match(risks, /redundancy funding/);
    assert.match(risks, /staff side/);
    const hub = await ask(
      'The value paper says the two commissioning hubs are merging - who will host the combined hub and by when?',
      request('personal', 'value-hub'),
    );
    assert.equal(hub.kind, 'paper');
    // (The paragraph that holds most of the words asked comes first.)
    assert.match(
      hub.kind === 'paper' ? hub.sections[0]!.paragraphs[0]! : '',
      /hosted by NHFT with staff transfers before the end of March 2026/,
    );
  });
  it('lists the workplan items no meeting is ticked for', async () => {
    const text = shown(
      await ask(
        "which items on the 2025/26 group board workplan don't have any meeting ticked?",
        request('personal', 'workplan-unticked'),
      ),
    );
    assert.match(text, /Group Partnership Agreement Annual Review/);
    assert.match(text, /Group Board Annual Effectiveness/);
  });
  it('gives one part of every ambition’s report, saying once that none escalates anything', async () => {
    const escalations = shown(
      await ask(
        'what escalations did the 2023 ambitions paper raise to the board?',
        request('personal', 'annex-escalations'),
      ),
    );
    assert.match(escalations, /None of the 12 ambitions' reports gives any escalations/);
    assert.doesNotMatch(escalations, /Ambition 1, its escalations/);
    const risks = shown(
      await ask(
        'what financial risks did the ambitions paper flag?',
        request('personal', 'annex-financial'),
      ),
    );
    assert.match(risks, /Ambition 6, its financial risks\nRecurrent funding for virtual ward/);
    assert.match(risks, /their reports give no financial risks/);
  });
  it('finds the minute a passage is in, then who the minutes record saying it', async () => {
    const thread = request('personal', 'minute-of-it');
    await ask('When were the first Provider Capability Assessment submissions due?', thread);
    const minute = shown(
      await ask('which minute of the September group board is that in?', thread),
    );
    assert.match(minute, /^GTB\/25\/19: Group Performance Report/);
    // (The speaker named in the sentence before goes on in one naming no one.)
    const who = shown(await ask('and who was speaking?', thread));
    assert.match(who, /David Maher, as the minutes record it/);
  });
  it('answers what came up at a past meeting from its minutes, not its agenda', async () => {
    const text = shown(
      await ask(
        'Did freedom to speak up come up at all at the September 2025 group board?',
        request('personal', 'came-up'),
      ),
    );
    assert.match(text, /^GTB\/25\/17: THRIVE Strategy Update/);
    assert.match(text, /Leadership Matters/);
    assert.doesNotMatch(text, /^Agenda/);
  });
  it('quotes only the sections holding every word asked, where some do', async () => {
    const text = shown(
      await ask(
        "What does the chief exec's report say about the Mental Health Bill?",
        request('personal', 'only-complete'),
      ),
    );
    assert.match(text, /Mental Health Bill receives Royal Assent/);
    assert.doesNotMatch(text, /Relevant External Meetings/);
  });
  it('gives two parts of the ambitions’ reports asked together, each item a paragraph', async () => {
    const answer = await ask(
      'what were the successes and challenges in the ambitions paper?',
      request('personal', 'two-parts'),
    );
    const text = shown(answer);
    assert.match(text, /Ambition 12, its successes/);
    assert.match(text, /Ambition 1, its challenges and risks/);
    assert.equal(answer.kind, 'strategy');
    assert.match(answer.kind === 'strategy' ? answer.lead[0]! : '', /\n\n/);
  });
  it('finds a paper’s risks by a word too common to search, and its savings asked beside them', async () => {
    const text = shown(
      await ask(
        'group value programme - what are the risks and how much is it saving?',
        request('personal', 'gvp-risks-savings'),
      ),
    );
    assert.match(text, /differences in approach from staff side/);
    assert.doesNotMatch(text, /says nothing about “risks”/);
    assert.match(text, /£15\.9m/);
  });

  it('offers the board secretary, in their own chat, the agenda editor on a meeting still to come', async () => {
    const before = (r: Request): Request => ({ ...r, now: new Date('2026-01-10T10:00:00Z') });
    const secretary = before(await asPerson('00000000-0000-4000-8000-000000000001', 'sec-agenda'));
    const director = before(await asPerson('00000000-0000-4000-8000-000000000002', 'ned-agenda'));
    const buttons = (a: Awaited<ReturnType<typeof ask>>) =>
      JSON.stringify(draw(a, { shared: false, boardMember: true }).card);
    const mine = await ask('next board agenda', secretary);
    assert.equal(mine.kind, 'meeting');
    assert.match(buttons(mine), /"title":"Edit agenda"/);
    assert.match(buttons(mine), /"verb":"agenda\.edit"/);
    // Nobody else is offered it, nor the secretary in a shared chat, nor on a meeting that is over.
    assert.doesNotMatch(buttons(await ask('next board agenda', director)), /Edit agenda/);
    const inChannel = { ...secretary, where: { ...request('channel', 'sec-agenda-g').where } };
    assert.doesNotMatch(buttons(await ask('next board agenda', inChannel)), /Edit agenda/);
    const later = { ...secretary, now: new Date('2026-12-07T10:00:00Z') };
    assert.doesNotMatch(buttons(await ask('last board agenda', later)), /Edit agenda/);
  });

  it('says who leads a piece of work a paper heads a section with, not a risk found by a word of it', async () => {
    const text = shown(await ask("who's taking the lead on digitising the Mental Health Act?"));
    assert.match(text, /Derbyshire Healthcare have agreed to take a lead/);
    assert.doesNotMatch(text, /Who owns GROUP BAF/);
    // A risk named by what it is about is still its owner's.
    assert.match(shown(await ask('who owns the financial risk?')), /Who owns/);
  });

  it('finds a subject in the minutes asked about, quoting the exchange that holds it', async () => {
    const text = shown(
      await ask(
        "anything in the September minutes about funding for veterans' mental health services?",
      ),
    );
    assert.match(text, /GTB\/25\/18/);
    assert.match(text, /Op Courage/);
    assert.match(text, /smallest income/);
  });

  it('answers a figure expected of the trusts from the papers, not with a list of actions', async () => {
    const text = shown(
      await ask('What savings % are the two trusts expected to deliver in 2025/26?'),
    );
    assert.match(text, /savings targets of 6\.5% for 2025\/26/);
    assert.doesNotMatch(text, /Open actions due/);
  });

  it('searches the papers for what the boards agreed when no minutes of then are held', async () => {
    const text = shown(
      await ask(
        'What did both Boards agree to do in 2024 off the back of the corporate benchmarking?',
        request('personal', 'boards-2024'),
      ),
    );
    assert.match(text, /pursue a shared service/);
    assert.doesNotMatch(text, /What the board resolved/);
  });

  it('says whom another body asked, from the paper, not as the lead of an action', async () => {
    const text = shown(
      await ask(
        "Who has NHSE asked to look at the Impact Forensic collaborative's financial sustainability?",
      ),
    );
    assert.match(text, /Warwick University/);
  });

  it('gives an ambition’s financial risks, not two BAF risks found by its words', async () => {
    const text = shown(
      await ask(
        "What was the financial risk against the 'leading care collaboratives' ambition in the 2023 update?",
      ),
    );
    assert.match(text, /Recurrent funding for virtual ward/);
  });

  it('lists the asker’s actions on either of two subjects, a subject found by its synonyms', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000021', 'ace-money');
    const text = shown(
      await ask('Which of my well-led actions are about money or financial improvement?', r),
    );
    assert.match(text, /long-term financial strategy/);
    assert.match(text, /financial improvement in particular/);
  });

  it('answers a topic of an action log named from its actions, with the due date asked', async () => {
    const text = shown(
      await ask(
        "Does the well-led plan say anything about the Financial Improvement Cabinet? When's it due?",
      ),
    );
    assert.match(text, /Well-Led Improvement 2/);
    assert.match(text, /31 May 2026/);
  });

  it('answers "which risk covers X? and which covers Y?" as two questions, the noun said once', async () => {
    const a = await ask(
      'Which risk covers cyber? And which covers electronic patient records?',
      request('personal', 'two-covers'),
    );
    assert.equal(a.kind, 'two-answers');
    const text = shown(a);
    assert.match(text, /BAF 05/);
    assert.match(text, /GROUP BAF 1/);
    assert.match(text, /digital transformation/);
  });

  it('answers "how much of that was People?" after figures, with the words asked before', async () => {
    const r = request('personal', 'figures-people');
    await ask('Which areas made up the corporate benchmarking saving opportunity?', r);
    const text = shown(await ask('how much of that was People?', r));
    assert.match(text, /People \(£4\.6m\)/);
    assert.doesNotMatch(text, /Healthier You/);
  });

  it('says whether work named first is the asker’s, and when it was due', async () => {
    const r = await asPerson('00000000-0000-4000-8000-000000000006', 'pa-mine');
    const text = shown(
      await ask('Physician associate recruitment plan - is that mine? when was it due?', r),
    );
    assert.match(text, /No: none of your roles leads it\. LPT BAF 06 action 1/);
    assert.match(text, /due 2024\/25/);
  });

  it('gives what the papers report of a decision no minute held records, saying so', async () => {
    const text = shown(
      await ask(
        'what did the board agree about corporate benchmarking?',
        request('personal', 'agree-benchmarking'),
      ),
    );
    assert.match(text, /I can't find an item about "corporate benchmarking" in the minutes/);
    assert.match(text, /the papers report it/);
    assert.match(text, /Corporate Services benchmarking return/);
  });
  it('says what the committee overseeing a risk last reported, or that none is held', async () => {
    const culture = shown(
      await ask(
        'Group BAF 4, the culture risk: which committee oversees it?',
        request('personal', 'oversight-report'),
      ),
    );
    assert.match(culture, /GROUP BAF 4 is overseen by the People and Culture Committee/);
    assert.match(
      culture,
      /Its latest report to the board in Board Clerk, the Joint People and Culture Committee in Common’s of 10 December 2025, alerts on nothing, advises on nothing and assures on 12 items \(among them LPT Workforce Development Group Triple A, Joint People Dashboard and LPT People Pack\)/,
    );
    const r = request('personal', 'oversight-none');
    await ask('which committee oversees group baf 1', r);
    const none = shown(await ask('what did that committee last report to the board?', r));
    assert.match(
      none,
      /holds no Alert, Advise and Assure report from the Finance and Performance Committee/,
    );
  });

  it('lists where the risk registers mention something, with the papers that link themselves to a risk', async () => {
    const text = shown(
      await ask(
        'where does the East Midlands Alliance show up on the BAFs?',
        request('personal', 'mentions-ema'),
      ),
    );
    assert.match(
      text,
      /The East Midlands Alliance Common Board Paper’s cover links it to Group BAF 1/,
    );
    assert.match(text, /GROUP BAF 2/);
    assert.match(text, /BAF 09/);
    assert.doesNotMatch(text, /Weightmans/, 'not the paper of that name');
  });

  it('answers what the minutes said about a risk from its register’s item', async () => {
    const r = request('personal', 'minutes-risk');
    await ask('what is group baf 4 score', r);
    const text = shown(await ask('was it discussed at the board?', r));
    assert.match(text, /GTB\/25\/15: Group Board Assurance Framework/);
    assert.doesNotMatch(text, /Environmental Analysis/);
  });

  it('gives a risk’s strategic link and a paper’s cover when asked what they support', async () => {
    const r = request('personal', 'link-risk');
    await ask('group baf 3 score', r);
    const link = shown(await ask('which strategy ambition does it support?', r));
    assert.match(link, /GROUP BAF 3: its strategic link is THRIVE: RESPONSIVE/);
    assert.doesNotMatch(link, /Trust Ambitions 2023-26/);
    const p = request('personal', 'link-paper');
    await ask('who presented the group value programme update?', p);
    const onBaf = shown(await ask('is that on the BAF?', p));
    assert.match(onBaf, /BAF risks it relates to: NHFT - BAF04; LPT – BAF 5\.4/);
    assert.match(onBaf, /Strategic alignment: Efficient and effective/);
  });
  it('names the papers whose covers relate them to a risk', async () => {
    const text = shown(
      await ask('which papers relate to group baf 1?', request('personal', 'papers-of-risk')),
    );
    assert.match(text, /Papers whose cover sheet names GROUP BAF 1/);
    assert.match(text, /THRIVE Report \(29 January 2026; its cover: “Group BAF 1”\)/);
    assert.match(text, /East Midlands Alliance Common Board Paper/);
    const lpt = shown(
      await ask('any reports linked to lpt baf 5?', request('personal', 'papers-lpt')),
    );
    assert.match(
      lpt,
      /Group Value Programme update \(29 January 2026; its cover: “NHFT - BAF04; LPT – BAF 5\.4”\)/,
    );
  });

  it('sets a register without appetite bands against the bands another register prints', async () => {
    const text = shown(
      await ask(
        'where are the risk appetite bands set out for the group baf?',
        request('personal', 'bands-elsewhere'),
      ),
    );
    assert.match(
      text,
      /It prints no appetite bands; LPT BAF 2024\/25 \(May 2024\) sets them out: None 0–3/,
    );
    assert.match(text, /Open there is 13–16, up to the same limit of 16 this register sets/);
  });
  it('says a log holds nothing on a word none of its actions has, not what a synonym finds', async () => {
    const digital = shown(
      await ask(
        'Does the well-led action plan have anything on digital?',
        request('personal', 'log-digital'),
      ),
    );
    assert.match(digital, /No action in Well-Led Review 2024 action plan is about digital/);
    assert.doesNotMatch(
      digital,
      /Well-Led Partnerships 1/,
      'not "system" of the synonym "it systems"',
    );
    const training = shown(
      await ask(
        'Does the well-led action plan have anything on training?',
        request('personal', 'log-training'),
      ),
    );
    assert.match(training, /Well-Led FTSU 8 \(Identify training requirements for managers/);
  });
  it('reads "it" then "any …" as the subject asked of that risk, not a risk found by it', async () => {
    const thread = request('personal', 'it-then-any');
    await ask('what is the culture risk score?', thread);
    const text = shown(await ask("what's stopping it coming down - any money issues?", thread));
    assert.match(text, /GROUP BAF 4/);
    assert.match(text, /Closed cultures training/, 'its gaps: what stops it coming down');
    assert.doesNotMatch(text, /BAF 03/, 'not the LPT risk "money issues" finds');
  });
  it('quotes what the ambitions say of each subject named, where no ambition is named by them', async () => {
    const text = shown(
      await ask(
        'what do the strategy ambitions say about finance, digital and estates?',
        request('personal', 'ambitions-say-about'),
      ),
    );
    assert.match(text, /Ambition 5: Cost associated with co-production activity .* finance team/);
    assert.match(text, /Ambition 1: In terms of digital platform development/);
    assert.match(text, /Ambition 11: Roll-out will be detailed in the Estates Strategy/);
  });
  it('answers each part of a message of its own document, the subject said once', async () => {
    const university = shown(
      await ask(
        'University status - where does the Group BAF action stand and what did the CEO report say about it?',
        request('personal', 'side-university'),
      ),
    );
    assert.match(university, /Group BAF 3 action 3 \(Progression from associate university status/);
    assert.match(university, /partnering with the University of Leicester \(UoL\)/);
    const dates = shown(
      await ask(
        "The principal investigators action on research - what date did LPT's 2024 BAF give it, and what date is on the Group BAF now?",
        request('personal', 'side-dates'),
      ),
    );
    assert.match(dates, /Due September 2024/, "the LPT BAF's date");
    assert.match(dates, /Due February 2026/, "the Group BAF's date");
  });
  it('sets a figure of the performance report beside what a committee told the board', async () => {
    const text = shown(
      await ask(
        'How does the LPT sickness figure in the performance report compare with what the joint people committee told the board in December?',
        request('personal', 'side-sickness'),
      ),
    );
    assert.match(text, /6\.0% \(target < 4\.5%, missed\)/);
    assert.match(text, /Update on sickness reporting and actions being taken/);
  });
  it('asks the last again of another trust, then another document of it', async () => {
    const thread = request('personal', 'side-and-nhft');
    await ask("What was LPT's sickness in December against target?", thread);
    const text = shown(
      await ask('and NHFT? did the people committee flag it to the board?', thread),
    );
    assert.match(text, /NHFT\n7\.2% \(target < 4\.6%, missed\)/);
    assert.match(text, /NHFT People Pack/);
  });
  it('puts the last answer next to what another document says', async () => {
    const sam = await asPerson('00000000-0000-4000-8000-000000000003', 'side-put-that');
    await ask('what staff survey actions have I got on Group BAF 4?', sam);
    const text = shown(
      await ask('put that next to what THRIVE says about the survey closing', sam),
    );
    assert.match(text, /Launch of 2025 Staff Survey and group staff survey engagement/);
    assert.match(text, /National Staff Survey closed on 28 November/);
  });
  it('says what each of two documents says of something in both', async () => {
    const text = shown(
      await ask(
        'Talent Matters is in both the CEO report and the THRIVE report - do the dates line up?',
        request('personal', 'side-in-both'),
      ),
    );
    assert.match(text, /sessions will run until June 2026/);
    assert.match(text, /Talent Matters’ cohort due to launch in January 2026/);
  });
  it('keeps a figure against its target one question of one document', async () => {
    const text = shown(
      await ask(
        'luton ucr 2 hour response rate vs the national target in the ambitions update?',
        request('personal', 'side-target'),
      ),
    );
    assert.match(text, /95%/);
    assert.match(text, /70%/);
    assert.doesNotMatch(text, /Headline Performance Report/);
  });
  it('quotes what a paper says of something from its cover and from the strategy it presents', async () => {
    const cover = shown(
      await ask(
        'what does the January BAF paper say about committee review?',
        request('personal', 'paper-cover-said'),
      ),
    );
    assert.match(cover, /Considered elsewhere\nThe Group BAF is reviewed .* reviewed bi-monthly/);
    const thrive = shown(
      await ask(
        'what does the THRIVE report say about digital?',
        request('personal', 'paper-presents'),
      ),
    );
    assert.match(thrive, /Drafted Groupwide Digital Strategy and presented to Group SEB/);
    assert.doesNotMatch(thrive, /211 transformation projects/, 'not a section found by a synonym');
  });
  it('says where the last answer comes from when asked "says who?"', async () => {
    const thread = request('personal', 'source-asked');
    await ask('what is the culture risk score?', thread);
    const said = shown(await ask('says who?', thread));
    assert.match(
      said,
      /^Where that comes from: Group Trust Board public papers, 29 January 2026, Group BAF January 2026, GROUP BAF 4\.$/m,
    );
    assert.match(said, /GROUP BAF 4/, 'with the answer again');
    await ask('what did the board resolve at GTB/25/15?', thread);
    assert.match(
      shown(await ask('which paper is that from?', thread)),
      /^Where that comes from: .*Minutes of 25 September 2025, GTB\/25\/15\.$/m,
    );
  });
  it('answers "which paper says…" saying first where the answer comes from', async () => {
    const said = shown(
      await ask('what document gives the 6.5% savings target?', request('personal', 'source-of')),
    );
    assert.match(
      said,
      /^Where that comes from: Group Trust Board public papers, 29 January 2026, Group Value Programme update/m,
    );
    assert.match(said, /6\.5%/);
  });
  it('compares the two risks a side-by-side message names, and keeps the first part its subject', async () => {
    const compared = shown(
      await ask(
        'Compare the workforce risk in the LPT BAF with the one in the Group BAF',
        request('personal', 'side-compare'),
      ),
    );
    assert.match(compared, /LPT BAF 06 and GROUP BAF DRAFT compared/);
    const agenda = shown(
      await ask(
        'What does the CEO report say about corporate services, and is a restructure on the next board agenda?',
        request('personal', 'side-agenda'),
      ),
    );
    assert.match(agenda, /potential £15\.9m opportunity to reduce corporate service costs/);
    assert.match(agenda, /No public item on this agenda mentions restructure/);
    const thread = request('personal', 'side-subject');
    await ask("December vacancy rate for LPT vs what LPT's BAF 06 says about recruitment", thread);
    assert.match(shown(await ask('and NHFT?', thread)), /Vacancy rate[\s\S]*NHFT\n/);
  });
  it('quotes the section of a paper headed with what was asked, not those naming it in passing', async () => {
    const text = shown(
      await ask(
        'what does the CEO report say about university status?',
        request('personal', 'paper-headed'),
      ),
    );
    assert.match(
      text,
      /University Status\nLPT and NHFT are partnering with the University of Leicester/,
    );
    assert.doesNotMatch(text, /diabetes/i, 'not a section that names a university in passing');
  });
});
