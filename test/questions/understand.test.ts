import assert from 'node:assert/strict';
import type { Question } from '../../src/questions/question';
import { understand } from '../../src/questions/understand';
import { bundledReferenceData } from '../helpers/dataset';

/** Partial deep match: every field given in `expected` must equal the one in `actual`. */
function assertIncludes(actual: unknown, expected: unknown, path = 'question'): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    assert.ok(
      actual !== null && typeof actual === 'object',
      `${path} should be an object, got ${JSON.stringify(actual)}`,
    );
    for (const [k, v] of Object.entries(expected))
      assertIncludes((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else assert.deepEqual(actual, expected, `${path}`);
}

const GROUP = 'reg-group-baf-2026-01';
const LPT = 'reg-lpt-baf-2024-25';
const NOW = new Date('2026-11-23T10:00:00Z');

type Row = [string, Record<string, unknown>];

/** What people type, and what Board Clerk must understand. Samples of each intent, typos included. */
const TABLE: Row[] = [
  // One risk, by every way people name it.
  [
    'what is BAF 1 score?',
    { intent: 'risk.detail', risk: { number: 1, registerId: null }, facets: ['scores'] },
  ],
  ['whats the score on baf01', { intent: 'risk.detail', risk: { number: 1 } }],
  ['whats the scroe on baf01', { intent: 'risk.detail', risk: { number: 1 }, facets: ['scores'] }],
  [
    'Group BAF 2 target',
    { intent: 'risk.detail', risk: { number: 2, registerId: GROUP }, facets: ['scores'] },
  ],
  ['LPT BAF 3', { intent: 'risk.detail', risk: { number: 3, registerId: LPT } }],
  [
    'tell me about group risk number three',
    { intent: 'risk.detail', risk: { number: 3, registerId: GROUP }, facets: ['everything'] },
  ],
  ['BAF #1', { intent: 'risk.detail', risk: { number: 1 } }],
  ['risk one', { intent: 'risk.detail', risk: { number: 1 } }],
  ['the third risk', { intent: 'risk.detail', risk: { number: 3 } }],
  ['baf 5 current score please', { intent: 'risk.detail', risk: { number: 5 } }],
  [
    'What is the target score for LPT BAF 06?',
    { intent: 'risk.detail', risk: { number: 6, registerId: LPT } },
  ],
  ['Leicestershire BAF 9', { intent: 'risk.detail', risk: { number: 9, registerId: LPT } }],
  [
    'what are the controls on Group BAF 3?',
    { intent: 'risk.detail', risk: { number: 3 }, facets: ['controls'] },
  ],
  [
    'controls and gaps for baf 4',
    { intent: 'risk.detail', risk: { number: 4 }, facets: ['controls', 'gaps'] },
  ],
  ['BAF 2 assurances', { intent: 'risk.detail', risk: { number: 2 }, facets: ['assurances'] }],
  [
    'Is BAF 1 within appetite?',
    { intent: 'risk.detail', risk: { number: 1 }, facets: ['appetite'] },
  ],
  [
    'what progress has been made on BAF 5',
    { intent: 'risk.detail', risk: { number: 5 }, facets: ['progress'] },
  ],
  [
    'show me everything about LPT BAF 01',
    { intent: 'risk.detail', risk: { number: 1, registerId: LPT }, facets: ['everything'] },
  ],
  [
    'group baf 4 risk apetite',
    { intent: 'risk.detail', risk: { number: 4, registerId: GROUP }, facets: ['appetite'] },
  ],
  ['the draft workforce risk', { intent: 'risk.detail', risk: { draft: true } }],
  [
    'tell me about the digital transformation risk',
    { intent: 'risk.detail', risk: { number: 1, registerId: GROUP } },
  ],
  [
    'what is the culture risk score',
    { intent: 'risk.detail', risk: { number: 4, registerId: GROUP } },
  ],

  // Lists of risks.
  ['which risks are above appetite?', { intent: 'risk.list', filter: { kind: 'above-appetite' } }],
  ['risks outside tolerance', { intent: 'risk.list', filter: { kind: 'above-appetite' } }],
  [
    'LPT risks above appetite',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'above-appetite' } },
  ],
  ['show all risks', { intent: 'risk.list', filter: { kind: 'all' } }],
  [
    'show the group BAF heat map',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'all' } },
  ],
  ['heatmap', { intent: 'risk.list', filter: { kind: 'all' } }],
  ['list the LPT BAF', { intent: 'risk.list', registerId: LPT, filter: { kind: 'all' } }],
  ['what are our highest scoring risks', { intent: 'risk.list', filter: { kind: 'highest' } }],
  ['top 3 risks', { intent: 'risk.list', filter: { kind: 'highest', limit: 3 } }],
  ['which risks are at target?', { intent: 'risk.list', filter: { kind: 'at-target' } }],
  ['risks not at target', { intent: 'risk.list', filter: { kind: 'above-target' } }],
  [
    'risks overseen by the quality and safety committee',
    {
      intent: 'risk.list',
      filter: { kind: 'committee', committee: 'Quality and Safety Committee' },
    },
  ],
  [
    'People and Culture Committee risks',
    {
      intent: 'risk.list',
      filter: { kind: 'committee', committee: 'People and Culture Committee' },
    },
  ],
  [
    'extreme risks on the LPT BAF',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'band', band: 'Extreme' } },
  ],
  [
    'which risks are linked to great care',
    { intent: 'risk.list', filter: { kind: 'strategic-aim', aim: 'GREAT CARE' } },
  ],

  // Actions.
  ['my actions', { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'open' } }],
  [
    'my overdue actions',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'overdue' } },
  ],
  [
    'what am I late on',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'overdue' } },
  ],
  ['show me my acitons', { intent: 'actions.list', scope: { kind: 'mine' } }],
  [
    'what is overdue',
    { intent: 'actions.list', scope: { kind: 'all' }, filter: { status: 'overdue' } },
  ],
  [
    'actions due this month',
    {
      intent: 'actions.list',
      filter: { status: 'due', period: { from: '2026-11-01', to: '2026-11-30' } },
    },
  ],
  [
    'what have I got due this week',
    {
      intent: 'actions.list',
      scope: { kind: 'mine' },
      filter: { status: 'due', period: { from: '2026-11-23', to: '2026-11-29' } },
    },
  ],
  [
    'actions due by end of March',
    { intent: 'actions.list', filter: { status: 'due', period: { from: null, to: '2027-03-31' } } },
  ],
  [
    'actions due in Q4 25/26',
    {
      intent: 'actions.list',
      filter: { status: 'due', period: { from: '2026-01-01', to: '2026-03-31' } },
    },
  ],
  [
    'actions due soon',
    {
      intent: 'actions.list',
      filter: { status: 'due', period: { from: '2026-11-23', to: '2026-12-07' } },
    },
  ],
  [
    'actions for the director of corporate affairs',
    { intent: 'actions.list', scope: { kind: 'role', roleIds: ['role-wlt-doca'] } },
  ],
  ['DoCA actions', { intent: 'actions.list', scope: { kind: 'role', roleIds: ['role-wlt-doca'] } }],
  [
    'what does the DoCA own',
    { intent: 'actions.list', scope: { kind: 'role', roleIds: ['role-wlt-doca'] } },
  ],
  [
    'overdue actions for the director of improvment',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: ['role-wlt-doi'] },
      filter: { status: 'overdue' },
    },
  ],
  [
    'Freedom to Speak Up actions',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: 'ftsu' },
    },
  ],
  [
    'FTSU actions overdue',
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'ftsu' },
      filter: { status: 'overdue' },
    },
  ],
  [
    'well led actions',
    { intent: 'actions.list', scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: null } },
  ],
  [
    'well-led review leadership actions',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: 'leadership' },
    },
  ],
  [
    'actions on Group BAF 3',
    { intent: 'actions.list', scope: { kind: 'risk', risk: { number: 3, registerId: GROUP } } },
  ],
  ['BAF 1 actions', { intent: 'actions.list', scope: { kind: 'risk', risk: { number: 1 } } }],
  [
    'actions closed in December 2025',
    {
      intent: 'actions.list',
      filter: { status: 'closed', period: { from: '2025-12-01', to: '2025-12-31' } },
    },
  ],
  [
    'which actions were completed between November and December 2025',
    {
      intent: 'actions.list',
      filter: { status: 'closed', period: { from: '2025-11-01', to: '2025-12-31' } },
    },
  ],
  [
    'actions closed last month',
    {
      intent: 'actions.list',
      filter: { status: 'closed', period: { from: '2026-10-01', to: '2026-10-31' } },
    },
  ],
  [
    'actions proposed for closure',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  ['all actions', { intent: 'actions.list', filter: { status: 'all' } }],
  ['my actions (page 2)', { intent: 'actions.list', scope: { kind: 'mine' }, page: 2 }],

  // One action.
  [
    'history of Well-Led FTSU 5',
    {
      intent: 'action.detail',
      target: { kind: 'section', sectionId: 'ftsu', number: 5 },
      history: true,
    },
  ],
  [
    'show well led ftsu 10',
    {
      intent: 'action.detail',
      target: { kind: 'section', sectionId: 'ftsu', number: 10 },
      history: false,
    },
  ],
  [
    'Well-Led Strategy 6',
    { intent: 'action.detail', target: { kind: 'section', sectionId: 'strategy', number: 6 } },
  ],
  [
    'who changed leadership action 2',
    {
      intent: 'action.detail',
      target: { kind: 'section', sectionId: 'leadership', number: 2 },
      history: true,
    },
  ],
  [
    'Group BAF 3 action 2',
    { intent: 'action.detail', target: { kind: 'risk', number: 2, risk: { number: 3 } } },
  ],
  [
    'history of GTB/25/2',
    {
      intent: 'action.detail',
      target: { kind: 'reference', reference: 'GTB/25/2' },
      history: true,
    },
  ],

  // Meetings and minutes.
  ['when is the next board meeting?', { intent: 'meeting.next' }],
  ['next group trust board', { intent: 'meeting.next', body: 'Group Trust Board' }],
  ['when does the board meet next', { intent: 'meeting.next' }],
  ['next board agenda', { intent: 'meeting.agenda', which: 'next' }],
  [
    'whats on the agenda for the next GTB',
    { intent: 'meeting.agenda', which: 'next', body: 'Group Trust Board' },
  ],
  ['agenda for the last board', { intent: 'meeting.agenda', which: 'last' }],
  ['agenda for 29 January 2026', { intent: 'meeting.agenda', which: { date: '2026-01-29' } }],
  ['when was the last board meeting', { intent: 'meeting.last' }],
  ['what did the board resolve at GTB/25/15?', { intent: 'minutes.item', reference: 'GTB/25/15' }],
  ['gtb/25/9', { intent: 'minutes.item', reference: 'GTB/25/9' }],
  ['GTB / 25 / 13 resolution', { intent: 'minutes.item', reference: 'GTB/25/13' }],
  ['minute GTB/25/99', { intent: 'minutes.item', reference: 'GTB/25/99' }],
  ['what did the board decide at the last meeting', { intent: 'minutes.resolutions' }],
  [
    'what was resolved at the board in September 2025',
    { intent: 'minutes.resolutions', date: '2025-09-01' },
  ],
  ['matters arising', { intent: 'matters-arising' }],
  ['show the action sheet from the last board', { intent: 'matters-arising' }],

  // Strategy.
  [
    'progress on our ambitions',
    { intent: 'strategy.progress', strategyId: 'strat-ccs-ambitions-2023-26' },
  ],
  ['ambition 11', { intent: 'strategy.progress', ambitionIds: ['amb-11'] }],
  [
    'how confident are we on the be sustainable objective',
    { intent: 'strategy.progress', objectiveId: 'obj-sustainable' },
  ],
  [
    'progress on reducing environmental impact',
    { intent: 'strategy.progress', ambitionIds: ['amb-12'] },
  ],
  ['THRIVE progress', { intent: 'strategy.progress', strategyId: 'strat-group-thrive-2026-01' }],
  ['thrive technology progress', { intent: 'strategy.progress', themeId: 'theme-t' }],

  // Data quality, help, greetings, fallback.
  ['any data quality problems in the BAF?', { intent: 'data-quality' }],
  ['are there discrepancies in the papers', { intent: 'data-quality' }],
  ['help', { intent: 'help' }],
  ['what can you do?', { intent: 'help' }],
  ['', { intent: 'help' }],
  ['   ', { intent: 'help' }],
  ['hello', { intent: 'greeting' }],
  ['thanks!', { intent: 'greeting' }],
  ['what is the weather in Leicester', { intent: 'unknown' }],
  ['<b>BAF 1</b> score', { intent: 'risk.detail', risk: { number: 1 } }],
  [
    '<at>Board Clerk</at> which risks are above appetite?',
    { intent: 'risk.list', filter: { kind: 'above-appetite' } },
  ],
  // Updating an action: opens its progress card.
  [
    'update Well-Led FTSU 5',
    { intent: 'action.detail', update: true, target: { kind: 'section', number: 5 } },
  ],
  [
    'update progress on FTSU 3',
    { intent: 'action.detail', update: true, target: { kind: 'section', number: 3 } },
  ],
  ['FTSU 3', { intent: 'action.detail', update: false, target: { kind: 'section', number: 3 } }],
  ['add a progress note to well-led ftsu 7', { intent: 'action.detail', update: true }],
  // Board secretaries' commands.
  ['new meeting', { intent: 'secretary', command: 'new-meeting' }],
  ['add a group trust board meeting', { intent: 'secretary', command: 'new-meeting' }],
  ['edit the next board meeting', { intent: 'secretary', command: 'edit-meeting' }],
  ['send reminder', { intent: 'secretary', command: 'send-reminder' }],
  ['schedule the agenda reminders', { intent: 'secretary', command: 'send-reminder' }],
  ['remind the board about the meeting', { intent: 'secretary', command: 'send-reminder' }],
  ['broadcasts', { intent: 'secretary', command: 'broadcasts' }],
  ['show scheduled reminders', { intent: 'secretary', command: 'broadcasts' }],
  ['chase overdue actions', { intent: 'secretary', command: 'chase' }],
  ['send the weekly chasers', { intent: 'secretary', command: 'chase' }],
  // Questions about meetings are not commands.
  ['when do we next meet as a board?', { intent: 'meeting.next' }],
  ['schedule of board meetings', { intent: 'meeting.next' }],
];

/** Intents added since this table; test/questions/reading.test.ts covers them. */
const NEW_INTENTS = new Set(['risk.compare','risk.owner','topic','meeting.on','minutes.meeting','minutes.attendance','minutes.declarations','minutes.presenter','people.who','unanswered','clarify']);

describe('understanding questions', () => {
  let data: Awaited<ReturnType<typeof bundledReferenceData>>;
  before(async () => (data = await bundledReferenceData()));

  it('has phrasings for every intent the reader can give, and no phrasing twice', () => {
    // Listed by type: a new intent does not compile until it is listed here, and then needs phrasings.
    const every: Record<Question['intent'], true> = {
      'risk.detail': true,
      'risk.list': true,
      'actions.list': true,
      'action.detail': true,
      'meeting.next': true,
      'meeting.last': true,
      'meeting.agenda': true,
      'minutes.item': true,
      'minutes.resolutions': true,
      'matters-arising': true,
      'strategy.progress': true,
      'data-quality': true,
      help: true,
      greeting: true,
      secretary: true,
      unknown: true,
      'risk.compare': true,
      'risk.owner': true,
      topic: true,
      'meeting.on': true,
      'minutes.meeting': true,
      'minutes.attendance': true,
      'minutes.declarations': true,
      'minutes.presenter': true,
      'people.who': true,
      unanswered: true,
      clarify: true,
    };
    const covered = new Set(TABLE.map(([, e]) => e.intent));
    const missing = Object.keys(every).filter((i) => i !== 'unknown' && !covered.has(i as never) && !NEW_INTENTS.has(i));
    assert.deepEqual(missing, []);
    const texts = TABLE.map(([t]) => t.toLowerCase());
    assert.deepEqual(
      texts.filter((t, i) => texts.indexOf(t) !== i),
      [],
    );
  });

  for (const [text, expected] of TABLE)
    it(`reads ${JSON.stringify(text)} as ${String(expected.intent)}`, () => {
      const question: Question = understand(text, { vocabulary: data.vocabulary, now: NOW });
      assertIncludes(question, expected);
    });

  it('reads only the start of a very long message, without failing', () => {
    const question = understand(`BAF 1 score ${'blah '.repeat(2000)}`, {
      vocabulary: data.vocabulary,
      now: NOW,
    });
    assert.equal(question.intent, 'risk.detail');
  });

  it('suggests close questions when it does not understand', () => {
    const question = understand('how do the papers look for cats', {
      vocabulary: data.vocabulary,
      now: NOW,
    });
    assert.equal(question.intent, 'unknown');
    assert.ok(question.intent === 'unknown' && question.suggestions.length > 0);
  });
});
