/**
 * What directors type, and what Board Clerk must read from it: the table the reading tests run, in the
 * voice of directors (fragments, typos, British spelling, lower case, abbreviations, indirect wording),
 * written from the papers. Each row is [question, the parts of the reading it must have].
 */
export type Row = [string, Record<string, unknown>];

export const GROUP = 'reg-group-baf-2026-01';
export const LPT = 'reg-lpt-baf-2024-25';

/** The table the reading began with (kept, row for row). */
export const ORIGINAL: Row[] = [
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
    'agenda item 5 for the jan 2026 board',
    { intent: 'meeting.agenda', which: { date: '2026-01-29' }, place: 5 },
  ],
  [
    'items 2 and 3 of the september board agenda',
    { intent: 'meeting.agenda', which: { date: '2025-09-25' }, place: [2, 3] },
  ],
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
  ['what reminders are set up', { intent: 'secretary', command: 'broadcasts' }],
  ['show the reminder schedule', { intent: 'secretary', command: 'broadcasts' }],
  ["what's scheduled to go out", { intent: 'secretary', command: 'broadcasts' }],
  ['edit the agenda', { intent: 'secretary', command: 'edit-meeting' }],
  ['add an item to the agenda', { intent: 'secretary', command: 'edit-meeting' }],
  [
    'can you put the green plan on the next board agenda',
    { intent: 'secretary', command: 'edit-meeting' },
  ],
  ['take item 12 off the agenda', { intent: 'secretary', command: 'edit-meeting' }],
  [
    'move the board to 8 April',
    { intent: 'secretary', command: 'edit-meeting', moveTo: '2027-04-08' },
  ],
  [
    'postpone the 25 march meeting until the 1st of april',
    { intent: 'secretary', command: 'edit-meeting', moveTo: '2027-04-01' },
  ],
  ['postpone the next board', { intent: 'secretary', command: 'edit-meeting' }],
  ['ftsu 6 pls', { intent: 'action.detail', target: { kind: 'section', number: 6 } }],
  [
    'my actions where im only task lead',
    { intent: 'actions.list', scope: { kind: 'mine', as: 'task-lead-only' } },
  ],
  [
    'actions where i am task lead',
    { intent: 'actions.list', scope: { kind: 'mine', as: 'task-lead' } },
  ],
  // Work asked of in one log by its words, with its date.
  [
    "when's the innovation strategy due on the group BAF?",
    {
      intent: 'actions.about',
      words: 'innovation strategy',
      ask: 'due',
      within: { kind: 'log', logId: 'log-group-baf-actions' },
    },
  ],
  // The asker's closures on the registers.
  [
    'what did I close off in december on the BAF?',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'closed' } },
  ],
  // One risk now against when it went on the register: its scores.
  [
    "BAF 1 - where's it scored now compared with when it went on in April 2025?",
    { intent: 'risk.detail', facets: ['scores'] },
  ],
  // How long since or until a meeting.
  [
    'how many days is it since the last group trust board?',
    { intent: 'meeting.last', detail: 'days' },
  ],
  ['how long till the next board', { intent: 'meeting.next', detail: 'days' }],
  ['how long is the board meeting', { intent: 'meeting.next', detail: 'length' }],
  // A week named by its first day.
  [
    'actions due w/c 30/03/2026',
    {
      intent: 'actions.list',
      filter: { status: 'due', period: { from: '2026-03-30', to: '2026-04-05' } },
    },
  ],
  ['anything happening w/c 26 Jan?', { intent: 'meeting.on', period: { from: '2026-01-29' } }],
  // What the asker owed, or was meant to deliver.
  [
    'anything I was supposed to deliver by end of March 2025?',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { period: { to: '2025-03-31' } } },
  ],
  ['anything I owed for end of March 2025?', { intent: 'actions.list', scope: { kind: 'mine' } }],
  // The next deadline still to come, said first with how long until it.
  [
    'which BAF deadline is next up?',
    { intent: 'actions.list', filter: { status: 'due', period: { to: null } }, tally: 'first' },
  ],
  [
    'how many days till my next action is actually due?',
    { intent: 'actions.list', scope: { kind: 'mine' }, tally: 'first' },
  ],
  ['edit the 24 june 2027 meeting', { intent: 'secretary', command: 'edit-meeting' }],
  ['chase overdue actions', { intent: 'secretary', command: 'chase' }],
  ['send the weekly chasers', { intent: 'secretary', command: 'chase' }],
  ['send an overdue nudge to the board channel', { intent: 'secretary', command: 'chase' }],
  // Questions about meetings are not commands.
  ['when do we next meet as a board?', { intent: 'meeting.next' }],
  ['schedule of board meetings', { intent: 'meeting.next' }],
];

const topicRisk = (registerId: string, number: number | null) => ({
  intent: 'risk.detail',
  risk: { registerId, number, by: 'topic' },
});

/** Directors' own wording, intent by intent. */
export const DIRECTORS: Row[] = [
  // A risk by its topic rather than its number.
  ['the estates risk', topicRisk(LPT, 4)],
  ['estates risk score?', topicRisk(LPT, 4)],
  ['whats the score on the estate risk', topicRisk(LPT, 4)],
  ['the finance risk', topicRisk(LPT, 3)],
  ['financial risk - where is it scored', topicRisk(LPT, 3)],
  ['the digital risk', topicRisk(GROUP, 1)],
  ['how bad is the digital risk', topicRisk(GROUP, 1)],
  ['the research risk', topicRisk(GROUP, 3)],
  ['research and innovation risk controls', { ...topicRisk(GROUP, 3), facets: ['controls'] }],
  ['the culture risk gaps', { ...topicRisk(GROUP, 4), facets: ['gaps'] }],
  ['wellbeing risk', topicRisk(GROUP, 4)],
  ['sustainability risk', topicRisk(GROUP, 5)],
  ['the climate change risk', topicRisk(GROUP, 5)],
  ['green plan risk assurances', { ...topicRisk(GROUP, 5), facets: ['assurances'] }],
  ['partnerships risk', topicRisk(GROUP, 2)],
  ['the health inequalities risk', topicRisk(GROUP, 2)],
  ['the workforce risk', { intent: 'risk.detail', risk: { registerId: GROUP, draft: true } }],
  ['recruitment risk', { intent: 'risk.detail', risk: { registerId: GROUP, draft: true } }],
  ['the LPT workforce risk', topicRisk(LPT, 6)],
  ['lpt estates risk appetite', { ...topicRisk(LPT, 4), facets: ['appetite'] }],
  ['the EPRR risk', topicRisk(LPT, 5)],
  ['emergency preparedness risk', topicRisk(LPT, 5)],
  ['cyber risk score', topicRisk(LPT, 5)],
  ['the access risk', topicRisk(LPT, 1)],
  ['timely access risk - what are the gaps', { ...topicRisk(LPT, 1), facets: ['gaps'] }],
  ['LPT culture risk', topicRisk(LPT, 7)],
  ['compassion risk', topicRisk(LPT, 7)],
  ['the community risk on the lpt baf', topicRisk(LPT, 8)],
  ['leicestershire partnerships risk', topicRisk(LPT, 9)],
  ['the lpt research risk', topicRisk(LPT, 2)],

  // Topics: where the papers cover a subject.
  ['anything on workforce?', { intent: 'topic' }],
  ['how exposed are we on money?', { intent: 'topic', text: 'money' }],
  ['where are we on net zero', { intent: 'topic', text: 'net zero' }],
  ['the research one', { intent: 'topic', text: 'research' }],
  ['anything about recruitment', { intent: 'topic' }],
  ['what do the papers say about agency spend', { intent: 'topic' }],
  ['tell me about cyber security', { intent: 'topic' }],
  ['anything on estates', { intent: 'topic', text: 'estates' }],
  ['anything on racism', { intent: 'topic', text: 'racism' }],
  // Words with no topic of their own are not searched beside one that has ("people", "problems").
  [
    'Do the papers say anything about help for people with gambling problems?',
    { intent: 'topic', text: 'gambling' },
  ],
  ['anything about people?', { intent: 'topic', text: 'people' }],
  ['what about waiting lists', { intent: 'topic' }],
  ['net zero?', { intent: 'topic' }],
  ['dementia', { intent: 'topic', text: 'dementia' }],
  ['do we have anything on violence and aggression', { intent: 'topic' }],
  ['how worried should we be about cash', { intent: 'topic' }],
  ['where are we on the electronic patient record', { intent: 'topic' }],
  ['whats happening with the university', { intent: 'topic' }],
  ['anything on health inequalities?', { intent: 'topic' }],
  ['any mention of the ICB', { intent: 'topic' }],

  // Comparisons and superlatives.
  ['is BAF 3 worse than BAF 4?', { intent: 'risk.compare', risks: [{ number: 3 }, { number: 4 }] }],
  ['compare baf 1 and baf 2', { intent: 'risk.compare', risks: [{ number: 1 }, { number: 2 }] }],
  ['baf 1 vs 2', { intent: 'risk.compare', risks: [{ number: 1 }, { number: 2 }] }],
  [
    'is lpt baf 4 higher than lpt baf 6',
    {
      intent: 'risk.compare',
      risks: [
        { number: 4, registerId: LPT },
        { number: 6, registerId: LPT },
      ],
    },
  ],
  [
    'group baf 2 versus group baf 5',
    { intent: 'risk.compare', risks: [{ number: 2 }, { number: 5 }] },
  ],
  ['is risk 1 more serious than risk 3', { intent: 'risk.compare' }],
  // The same number in two registers is two risks.
  [
    'compare LPT BAF 1 and Group BAF 1',
    {
      intent: 'risk.compare',
      risks: [
        { number: 1, registerId: LPT },
        { number: 1, registerId: GROUP },
      ],
    },
  ],
  [
    'is group baf 3 higher than lpt baf 3?',
    {
      intent: 'risk.compare',
      risks: [
        { number: 3, registerId: GROUP },
        { number: 3, registerId: LPT },
      ],
    },
  ],
  [
    'BAF 2 vs LPT BAF 2',
    {
      intent: 'risk.compare',
      risks: [
        { number: 2, registerId: null },
        { number: 2, registerId: LPT },
      ],
    },
  ],
  ['is BAF 3 worse than the others', { intent: 'clarify' }],
  ['most improved risk', { intent: 'risk.list', filter: { kind: 'most-improved' } }],
  ['which risk has improved the most', { intent: 'risk.list', filter: { kind: 'most-improved' } }],
  [
    'biggest reduction since initial score',
    { intent: 'risk.list', filter: { kind: 'most-improved' } },
  ],
  ['lowest scoring', { intent: 'risk.list', filter: { kind: 'lowest' } }],
  ['our least serious risk', { intent: 'risk.list', filter: { kind: 'lowest' } }],
  [
    'lowest scoring risk on the lpt baf',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'lowest' } },
  ],
  ['which risks moved since initial', { intent: 'risk.list', filter: { kind: 'moved' } }],
  [
    'which scores have changed from the initial',
    { intent: 'risk.list', filter: { kind: 'moved' } },
  ],
  ['furthest from target', { intent: 'risk.list', filter: { kind: 'furthest-from-target' } }],
  [
    'which risk is furthest from its target',
    { intent: 'risk.list', filter: { kind: 'furthest-from-target' } },
  ],
  ['whats our worst risk', { intent: 'risk.list', filter: { kind: 'highest' } }],
  [
    'biggest risk on the group baf',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'highest' } },
  ],
  [
    'what keeps the board up at night - top risks',
    { intent: 'risk.list', filter: { kind: 'highest' } },
  ],
  ['our top 5 risks', { intent: 'risk.list', filter: { kind: 'highest', limit: 5 } }],
  ['any risks getting worse?', { intent: 'risk.list', filter: { kind: 'getting-worse' } }],
  ['risks scoring above 15', { intent: 'risk.list', filter: { kind: 'score-above', min: 15 } }],
  [
    'which risks are over appetite on the lpt baf',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'above-appetite' } },
  ],
  ['risks in breach of tolerance', { intent: 'risk.list', filter: { kind: 'above-appetite' } }],
  ['red risks', { intent: 'risk.list', filter: { kind: 'band', band: 'Extreme' } }],
  [
    'amber risks on the lpt baf',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'band', band: 'High' } },
  ],
  ['risks that have hit their target', { intent: 'risk.list', filter: { kind: 'at-target' } }],

  // Owners and leads.
  ['who owns BAF 4', { intent: 'risk.owner', risk: { number: 4 } }],
  ['who owns group baf 4?', { intent: 'risk.owner', risk: { number: 4, registerId: GROUP } }],
  [
    'who is responsible for lpt baf 03',
    { intent: 'risk.owner', risk: { number: 3, registerId: LPT } },
  ],
  ['who leads on the estates risk', { intent: 'risk.owner', risk: { number: 4, registerId: LPT } }],
  [
    'whose risk is the digital one',
    { intent: 'risk.owner', risk: { number: 1, registerId: GROUP } },
  ],
  ['risk owner for baf 2', { intent: 'risk.owner', risk: { number: 2 } }],
  ['who is accountable for the culture risk', { intent: 'risk.owner', risk: { number: 4 } }],
  ['lead for BAF 5?', { intent: 'risk.owner', risk: { number: 5 } }],
  ['who is the guardian', { intent: 'people.who', roleIds: ['role-wlt-ftsug'] }],
  ['who is our finance director', { intent: 'people.who' }],
  ['who is the people director', { intent: 'people.who' }],
  ['who is Angela Hillery', { intent: 'people.who', name: 'angela hillery' }],
  ['who is John Smith?', { intent: 'people.who', name: 'John Smith' }],
  ['who is the cfo', { intent: 'people.who' }],
  ['who is the chief nurse', { intent: 'people.who', roleIds: ['role-grp-chief-nurse'] }],
  ['actions owned by the people director', { intent: 'actions.list', scope: { kind: 'role' } }],
  [
    'what is the finance director responsible for',
    { intent: 'actions.list', scope: { kind: 'role' } },
  ],
  [
    'the guardian s actions',
    { intent: 'actions.list', scope: { kind: 'role', roleIds: ['role-wlt-ftsug'] } },
  ],

  // Actions that slipped, and why.
  ['what has slipped', { intent: 'actions.list', filter: { status: 'slipped' } }],
  ['which actions have slipped?', { intent: 'actions.list', filter: { status: 'slipped' } }],
  [
    'any slippage on the ftsu actions',
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'ftsu' },
      filter: { status: 'slipped' },
    },
  ],
  ['revised dates', { intent: 'actions.list', filter: { status: 'revised' } }],
  [
    'which actions have revised due dates',
    { intent: 'actions.list', filter: { status: 'revised' } },
  ],
  ['actions that have been pushed back', { intent: 'actions.list', filter: { status: 'slipped' } }],
  [
    "what's slipped since the last board?",
    { intent: 'actions.list', filter: { status: 'slipped', period: { from: '2026-01-30' } } },
  ],
  // Changes made in Board Clerk over a period.
  [
    'any updates on actions this week',
    { intent: 'actions.list', filter: { status: 'updated', period: { from: '2026-11-23' } } },
  ],
  [
    'what has been updated since the last board',
    { intent: 'actions.list', filter: { status: 'updated', period: { from: '2026-01-30' } } },
  ],
  [
    'anything changed on the well-led plan last month?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { status: 'updated', period: { from: '2026-10-01', to: '2026-10-31' } },
    },
  ],
  [
    'which of my actions did i update in november',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'updated' } },
  ],
  [
    'which actions were updated recently?',
    { intent: 'actions.list', filter: { status: 'updated' } },
  ],
  ['actions not started', { intent: 'actions.list', filter: { status: 'not-started' } }],
  [
    'my actions not started',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: null },
      filter: { status: 'not-started' },
    },
  ],
  [
    "which well-led actions haven't started yet",
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { status: 'not-started' },
    },
  ],
  ['my actions with no progress', { intent: 'actions.list', filter: { status: 'not-started' } }],
  [
    'how many ambitions r at 100% on both',
    { intent: 'strategy.progress', count: { of: 'ambitions', state: 'on-track-both' } },
  ],
  // (Due then, with their progress: not updated then.)
  [
    'ftsu actions due in october 25 - any progress logged?',
    { intent: 'actions.list', filter: { status: 'due' } },
  ],
  ['delayed actions', { intent: 'actions.list', filter: { status: 'slipped' } }],
  [
    'why is FTSU 4 late',
    {
      intent: 'action.detail',
      why: true,
      target: { kind: 'section', sectionId: 'ftsu', number: 4 },
    },
  ],
  [
    'why is well led ftsu 1 overdue?',
    { intent: 'action.detail', why: true, target: { kind: 'section', number: 1 } },
  ],
  [
    'why has LPT BAF 1 action 1 slipped',
    {
      intent: 'action.detail',
      why: true,
      target: { kind: 'risk', number: 1, risk: { number: 1, registerId: LPT } },
    },
  ],
  [
    'reason for the delay on leadership 3',
    {
      intent: 'action.detail',
      why: true,
      target: { kind: 'section', sectionId: 'leadership', number: 3 },
    },
  ],
  ['what happened with strategy action 2', { intent: 'action.detail', why: true }],
  [
    'overdue group baf actions',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-group-baf-actions' },
      filter: { status: 'overdue' },
    },
  ],
  [
    'whats outstanding for the CFO',
    { intent: 'actions.list', scope: { kind: 'role' }, filter: { status: 'open' } },
  ],
  ['my stuff due before christmas', { intent: 'actions.list', scope: { kind: 'mine' } }],
  [
    'anything of mine overdue?',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'overdue' } },
  ],
  [
    'what actions are waiting for sign off',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  [
    'actions ready to close',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  [
    'group baf 4 actions',
    { intent: 'actions.list', scope: { kind: 'risk', risk: { number: 4, registerId: GROUP } } },
  ],
  [
    'improvement actions',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'improvement' } },
  ],
  [
    'partnership actions from the well led review',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'partnerships' } },
  ],
  [
    'what is the COO doing',
    { intent: 'actions.list', scope: { kind: 'role', roleIds: ['role-wlt-coo'] } },
  ],
  ['acting ceo actions', { intent: 'actions.list', scope: { kind: 'role' } }],
  ['all the closed actions', { intent: 'actions.list', filter: { status: 'closed' } }],
  [
    'actions due next month',
    {
      intent: 'actions.list',
      filter: { status: 'due', period: { from: '2026-12-01', to: '2026-12-31' } },
    },
  ],

  // Minutes beyond resolutions.
  [
    'who attended the September board',
    { intent: 'minutes.attendance', part: 'all', date: '2025-09-01' },
  ],
  ['who was at the last board meeting', { intent: 'minutes.attendance' }],
  ['attendance at the board in september', { intent: 'minutes.attendance', date: '2025-09-01' }],
  ['who sent apologies', { intent: 'minutes.attendance', part: 'apologies' }],
  [
    'apologies for the september meeting',
    { intent: 'minutes.attendance', part: 'apologies', date: '2025-09-01' },
  ],
  ['who was absent from the last board', { intent: 'minutes.attendance', part: 'apologies' }],
  ['who couldnt make the september board', { intent: 'minutes.attendance', part: 'apologies' }],
  ['any declarations of interest?', { intent: 'minutes.declarations' }],
  [
    'were any conflicts of interest declared in September',
    { intent: 'minutes.declarations', date: '2025-09-01' },
  ],
  ['declarations at the last gtb', { intent: 'minutes.declarations', body: 'Group Trust Board' }],
  ['who presented the QSIR item', { intent: 'minutes.presenter' }],
  ['who presented the performance report', { intent: 'minutes.presenter' }],
  ['who introduced the thrive update in september', { intent: 'minutes.presenter' }],
  ['minutes of the September board', { intent: 'minutes.meeting', date: '2025-09-01' }],
  ['september minutes', { intent: 'minutes.meeting', date: '2025-09-01' }],
  ['the minutes from the last meeting', { intent: 'minutes.meeting' }],
  ['can I see the gtb minutes', { intent: 'minutes.meeting', body: 'Group Trust Board' }],
  ['minutes of 25 september 2025', { intent: 'minutes.meeting', date: '2025-09-25' }],
  ['what was agreed in september', { intent: 'minutes.resolutions', date: '2025-09-01' }],
  ['what did the board approve last time', { intent: 'minutes.resolutions' }],
  ['decisions from the last gtb', { intent: 'minutes.resolutions' }],
  ['what time does the board start', { intent: 'meeting.next', detail: 'time' }],
  [
    'what time is the next gtb',
    { intent: 'meeting.next', detail: 'time', body: 'Group Trust Board' },
  ],
  ['where is the next board meeting', { intent: 'meeting.next', detail: 'place' }],
  ['when does the next board start', { intent: 'meeting.next' }],
  ['is there a board in june 2027', { intent: 'meeting.on' }],
  ['board meeting in march 2027?', { intent: 'meeting.on' }],
  ['when was the board in may 2025', { intent: 'meeting.on' }],
  ['whats on 29 jan 2026', { intent: 'meeting.on', period: { from: '2026-01-29' } }],
  [
    'anything happening on the 25th of sept?',
    { intent: 'meeting.on', period: { from: '2025-09-25' } },
  ],
  ['what meetings are coming up', { intent: 'meeting.on', period: { to: '2999-12-31' } }],
  ['any board meetings coming up?', { intent: 'meeting.on', period: { to: '2999-12-31' } }],
  ['whats coming up at the next board', { intent: 'meeting.agenda', which: 'next' }],
  ['running order for the next gtb', { intent: 'meeting.agenda', which: 'next' }],
  [
    'what was on the agenda in september',
    { intent: 'meeting.agenda', which: { date: '2025-09-25' } },
  ],
  ['what was minuted at GTB/25/18', { intent: 'minutes.item', reference: 'GTB/25/18' }],

  // Paper content.
  ['what segment are we in', { intent: 'performance', want: 'segment' }],
  [
    'which NOF segment is LPT in',
    { intent: 'performance', want: 'segment', organisationIds: ['lpt'] },
  ],
  ['nhft segmentation', { intent: 'performance', want: 'segment', organisationIds: ['nhft'] }],
  ['where are we in the oversight framework', { intent: 'performance', want: 'segment' }],
  ['our oversight framework rating', { intent: 'performance', want: 'segment' }],
  [
    'whats our vacancy rate',
    { intent: 'performance', want: 'indicator', indicatorIds: ['workforce-vacancy-rate'] },
  ],
  [
    'vacancy rate for nhft',
    { intent: 'performance', want: 'indicator', organisationIds: ['nhft'] },
  ],
  [
    'sickness absence in LPT',
    { intent: 'performance', want: 'indicator', organisationIds: ['lpt'] },
  ],
  ['how is mandatory training looking', { intent: 'performance', want: 'indicator' }],
  ['staff turnover', { intent: 'performance', want: 'indicator' }],
  ['out of area bed days', { intent: 'performance', want: 'indicator' }],
  ['how many 52 week waiters do we have', { intent: 'performance', want: 'indicator' }],
  ['appraisal rates', { intent: 'performance', want: 'indicator' }],
  [
    'what did the Chief Executive say about university status',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive', want: 'say' },
  ],
  [
    'what did the ceo say about planning',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive' },
  ],
  [
    'CEO report - anything on the mental health bill?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive' },
  ],
  [
    'what does the chief exec report say about talent matters',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive' },
  ],
  [
    'what does the Value Programme have to save',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'figures' },
  ],
  [
    'how much is the value programme saving',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'figures' },
  ],
  [
    'value programme savings target',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'figures' },
  ],
  [
    'what is the board asked to do with the value programme paper',
    { intent: 'paper', want: 'decision' },
  ],
  [
    'what does the EMA paper say about the perinatal collaborative',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema' },
  ],
  ['east midlands alliance update', { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema' }],
  ['what is the decision required on the BAF paper', { intent: 'paper', want: 'decision' }],
  ['what is the committee alerting the board to', { intent: 'committee.report', level: 'alert' }],
  ['anything escalated from the people committee?', { intent: 'committee.report', level: 'alert' }],
  [
    'what did the people and culture committee assure the board on',
    { intent: 'committee.report', level: 'assure' },
  ],
  ['triple a report from pcc', { intent: 'committee.report' }],
  ['what is the committee advising', { intent: 'committee.report', level: 'advise' }],
  ['who chairs the transition group', { intent: 'terms-of-reference', part: 'chair' }],
  ['transition group quorum', { intent: 'terms-of-reference', part: 'quorum' }],
  ['who sits on the transition group', { intent: 'terms-of-reference', part: 'membership' }],
  ['how often does the transition group meet', { intent: 'terms-of-reference', part: 'frequency' }],

  // Strategy in other words.
  ['how are we doing on ambition 3', { intent: 'strategy.progress', ambitionIds: ['amb-3'] }],
  ['thrive healthy communities update', { intent: 'strategy.progress', themeId: 'theme-h' }],
  ['how confident are we about being an excellent employer', { intent: 'strategy.progress' }],
  ['strategy update', { intent: 'strategy.progress' }],

  // Small talk: a short reply.
  ['thanks', { intent: 'greeting', kind: 'thanks' }],
  ['thank you', { intent: 'greeting', kind: 'thanks' }],
  ['cheers', { intent: 'greeting', kind: 'thanks' }],
  ['ok', { intent: 'greeting', kind: 'ok' }],
  ['okay', { intent: 'greeting', kind: 'ok' }],
  ['got it', { intent: 'greeting', kind: 'ok' }],
  ['great thanks', { intent: 'greeting', kind: 'thanks' }],
  ['morning', { intent: 'greeting', kind: 'hello' }],
  ['hi there', { intent: 'greeting', kind: 'hello' }],
  ['good afternoon', { intent: 'greeting', kind: 'hello' }],
  ['bye', { intent: 'greeting', kind: 'bye' }],
  ['how are you', { intent: 'greeting', kind: 'how-are-you' }],
  ['brilliant, thank you', { intent: 'greeting', kind: 'thanks' }],
  ['much appreciated', { intent: 'greeting', kind: 'thanks' }],

  // Help and commands in other words.
  ['what can I ask you', { intent: 'help' }],
  ['how does this work', { intent: 'help' }],
  ['examples', { intent: 'help' }],
  ['unanswered questions', { intent: 'unanswered' }],
  ['what questions couldnt you answer', { intent: 'unanswered' }],
  ['show me the unanswered questions this week', { intent: 'unanswered' }],
  ['chase the overdue owners', { intent: 'secretary', command: 'chase' }],
  ['create a new board meeting', { intent: 'secretary', command: 'new-meeting' }],

  // Data quality in other words.
  ['any errors in the lpt baf', { intent: 'data-quality', registerId: LPT }],
  ['what traps are in the data', { intent: 'data-quality' }],
  ['are there mistakes in the papers?', { intent: 'data-quality' }],

  // Typos, British spelling, fragments and lower case on risks.
  ['baf3 scores', { intent: 'risk.detail', risk: { number: 3 } }],
  ['gbaf 2', { intent: 'risk.detail', risk: { number: 2 } }],
  [
    'lpt baf 7 controls pls',
    { intent: 'risk.detail', risk: { number: 7, registerId: LPT }, facets: ['controls'] },
  ],
  [
    'lpt baf 8 - gaps in assurance?',
    { intent: 'risk.detail', risk: { number: 8, registerId: LPT } },
  ],
  ['assurnaces on baf 1', { intent: 'risk.detail', risk: { number: 1 }, facets: ['assurances'] }],
  [
    'whats driving baf 4',
    { intent: 'risk.detail', risk: { number: 4 }, facets: ['context', 'gaps'] },
  ],
  ['baf 2 - whats the trend', { intent: 'risk.detail', risk: { number: 2 }, facets: ['scores'] }],
  [
    'is group baf 1 within tolerance',
    { intent: 'risk.detail', risk: { number: 1, registerId: GROUP }, facets: ['appetite'] },
  ],
  [
    'summarise lpt baf 5',
    { intent: 'risk.detail', risk: { number: 5, registerId: LPT }, facets: ['everything'] },
  ],
  [
    'what are we doing about baf 6',
    { intent: 'risk.detail', risk: { number: 6 }, facets: ['controls'] },
  ],
  ['baf 6 mitigations', { intent: 'actions.list', scope: { kind: 'risk', risk: { number: 6 } } }],
  ['the draft risk - is it approved yet', { intent: 'risk.detail', risk: { draft: true } }],
  ['the proposed new workforce risk', { intent: 'risk.detail', risk: { draft: true } }],
  [
    'heat map for leicestershire',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'all' } },
  ],
  ['show me the lpt register', { intent: 'risk.list', registerId: LPT, filter: { kind: 'all' } }],
  [
    'risks overseen by F&P',
    {
      intent: 'risk.list',
      filter: { kind: 'committee', committee: 'Finance and Performance Committee' },
    },
  ],
  [
    'what goes to the qsc',
    {
      intent: 'risk.list',
      filter: { kind: 'committee', committee: 'Quality and Safety Committee' },
    },
  ],
  [
    'risks for the p&c committee',
    {
      intent: 'risk.list',
      filter: { kind: 'committee', committee: 'People and Culture Committee' },
    },
  ],
  [
    'risks that go to seb',
    { intent: 'risk.list', filter: { kind: 'committee', committee: 'Strategic Executive Board' } },
  ],
  [
    'risks linked to technology',
    { intent: 'risk.list', filter: { kind: 'strategic-aim', aim: 'TECHNOLOGY' } },
  ],

  // The asker's own actions, narrowed by a register, a log, a risk or a topic.
  [
    "what's on my plate from the group BAF",
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-group-baf-actions' } },
    },
  ],
  [
    'my open actions on social value',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'topic', text: 'social value' } },
      filter: { status: 'open' },
    },
  ],
  [
    'which well-led actions am I leading',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-well-led-2024' } },
    },
  ],
  [
    'anything of mine on BAF 3',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'risk', risk: { number: 3 } } },
    },
  ],
  [
    'am I behind on anything for lpt baf 1',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'risk', risk: { number: 1, registerId: LPT } } },
    },
  ],
  [
    'overdue actions of mine on the research strategy',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'topic', text: 'research strategy' } },
      filter: { status: 'overdue' },
    },
  ],

  // Who leads work described in words, in a register, log or risk; what sits with a role.
  [
    "who's down for the medium term recovery plan",
    { intent: 'actions.about', words: 'medium term recovery plan', ask: 'lead' },
  ],
  [
    "who's on the hook for the innovation strategy on group baf 3",
    {
      intent: 'actions.about',
      words: 'innovation strategy',
      ask: 'lead',
      within: { kind: 'risk', risk: { number: 3, registerId: GROUP } },
    },
  ],
  [
    'who holds the digital transformation plan action',
    { intent: 'actions.about', words: 'digital transformation plan', ask: 'lead' },
  ],
  [
    "who's responsible for the staff survey actions on the group baf",
    {
      intent: 'actions.about',
      words: 'staff survey',
      within: { kind: 'log', logId: 'log-group-baf-actions' },
    },
  ],
  [
    'who is accountable for the green plan funding gap analysis',
    { intent: 'actions.about', words: 'green plan funding gap analysis', ask: 'lead' },
  ],
  [
    "what's sitting with the operational directors on the LPT BAF",
    {
      intent: 'actions.list',
      scope: {
        kind: 'role',
        roleIds: ['role-lpt-operational-directors'],
        within: { kind: 'log', logId: 'log-lpt-baf-actions' },
      },
    },
  ],
  [
    'what has the managing director got against them',
    { intent: 'actions.list', scope: { kind: 'role', roleIds: ['role-lpt-managing-director'] } },
  ],
  ['actions with no named lead', { intent: 'actions.list', filter: { status: 'no-lead' } }],
  [
    'which actions has nobody been named to lead',
    { intent: 'actions.list', filter: { status: 'no-lead' } },
  ],

  // Paper questions with extra words in the way.
  [
    'who actually wrote the chief exec report',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive', want: 'cover' },
  ],
  [
    "who sponsored the group baf paper for jan and what's the ask of the board",
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-group-baf', want: 'cover-decision' },
  ],
  [
    'did the THRIVE report go anywhere before it came to board',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-thrive', want: 'cover' },
  ],
  [
    'when are we next getting an EMA update',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', want: 'schedule' },
  ],
  [
    'does the chief exec report come to every meeting',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive', want: 'schedule' },
  ],
  [
    'who really put the thrive report together',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-thrive', want: 'cover' },
  ],

  // What the board resolved about an item, in words.
  ['what did we resolve on QSIR?', { intent: 'minutes.about', item: 'qsir' }],
  ['what did we agree re THRIVE', { intent: 'minutes.about', item: 'thrive' }],
  ['what was agreed on the group partnership agreement', { intent: 'minutes.about' }],

  // Figures inside papers asked for in words.
  ['how much have the latest changes saved', { intent: 'paper.figures' }],
  ['corporate services spend LPT v NHFT', { intent: 'paper.figures' }],
  ['which trust has grown its corporate WTE more', { intent: 'paper.figures' }],
  ['how many beds does nova ward add', { intent: 'paper.figures' }],
  [
    'corporate services spend lpt vs nhft per the value paper',
    { intent: 'paper', want: 'figures' },
  ],
];

/**
 * Classes of question a blind set (written from the papers by someone who never saw the reader) found
 * read wrongly, each fixed as a class: several new phrasings of each, none of them the blind question.
 */
export const CLASSES: Row[] = [
  // A list less what a negation names: the list without it, leaving out what it picks.
  [
    "which well-led strategy actions aren't signed off by the strategy and partnerships committee?",
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'strategy' },
      except: { filter: { signOff: 'strategy and partnerships' } },
    },
  ],
  [
    'which improvement actions am i not the action lead on?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'improvement' },
      except: { scope: { kind: 'mine', as: 'action-lead' } },
    },
  ],
  [
    'apart from BAF 05, have i got any actions on the LPT BAF?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-lpt-baf-actions' } },
      except: { scope: { kind: 'mine', within: { kind: 'risk', risk: { number: 5 } } } },
    },
  ],
  [
    "which of my LPT BAF actions aren't due in may?",
    {
      intent: 'actions.list',
      scope: { kind: 'mine' },
      filter: { status: 'open' },
      // "May" with no year: the May the papers have actions due in.
      except: { filter: { status: 'due', yearless: true } },
    },
  ],
  [
    'which LPT BAF risks are not governed through the finance and performance committee',
    {
      intent: 'risk.list',
      registerId: LPT,
      filter: { kind: 'all' },
      except: { filter: { kind: 'committee', committee: 'Finance and Performance Committee' } },
    },
  ],
  [
    'is any group BAF risk over appetite, not counting the draft workforce one?',
    {
      intent: 'risk.list',
      filter: { kind: 'above-appetite' },
      except: { risks: [{ draft: true }] },
    },
  ],
  [
    'well-led actions I lead, other than the ones shared with the ACE/DCE',
    {
      intent: 'actions.list',
      filter: { notLedBy: { roleIds: ['role-wlt-ace', 'role-wlt-dce'] } },
    },
  ],
  // The report's figures against their printed targets.
  [
    "which LPT workforce measures aren't meeting target?",
    { intent: 'performance', organisationIds: ['lpt'], against: 'missed' },
  ],
  [
    'where is NHFT not hitting the community targets?',
    { intent: 'performance', organisationIds: ['nhft'], against: 'missed' },
  ],
  ['which indicators are off target', { intent: 'performance', against: 'missed' }],
  ['which risks are off target', { intent: 'risk.list', filter: { kind: 'above-target' } }],
  // Asked of the meeting's attendance: who was not there.
  ["who wasn't at the september group board?", { intent: 'minutes.attendance', part: 'apologies' }],
  [
    'who was not present at the September board',
    { intent: 'minutes.attendance', part: 'apologies' },
  ],
  ['what came up at the last board?', { intent: 'meeting.last' }],
  // What a past meeting's minutes record on a risk, or someone wanting it changed.
  [
    'what did the september board say about BAF 1',
    { intent: 'minutes.about', date: '2025-09-01', item: 'baf 1' },
  ],
  [
    'at the september board last year what did manjit darby want added to the digital risk?',
    { intent: 'minutes.said' },
  ],
  [
    'sickness at the end of last year',
    {
      intent: 'performance',
      indicatorIds: ['workforce-sickness-overall', 'metric-sickness-absence-rate'],
    },
  ],
  [
    'on the 2024 LPT research risk, what was the medical director meant to deliver and by when?',
    {
      intent: 'actions.list',
      scope: { kind: 'role', within: { kind: 'risk', risk: { registerId: LPT, number: 2 } } },
    },
  ],
  // "Flagged against" is attached to, not compared with: that ambition's financial risks.
  [
    "ambitions paper - what's the financial risk flagged against leading care collaboratives?",
    { intent: 'strategy.progress', ambitionIds: ['amb-6'], part: 'financial-risks' },
  ],
  // Why a score came down is the progress against its causes; how the board knows, its assurances.
  [
    'why has group baf 2 come down',
    { intent: 'risk.detail', risk: { number: 2 }, facets: ['context', 'progress'] },
  ],
  [
    'how do we know the digital risk controls are working, per the baf?',
    { intent: 'risk.detail', risk: { number: 1 }, facets: ['controls', 'assurances'] },
  ],
  // Why a register is changing: the reasons its paper gives.
  [
    'why are the lpt and nhft workforce risks being combined into one group risk?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-group-baf', want: 'say' },
  ],
  [
    'why are we changing the wording of group BAF3?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-group-baf', want: 'say' },
  ],
  // An ambition "behind at 80%" is the one at 80%, not those below it.
  [
    'why is the diversity and inclusive culture ambition behind at 80%?',
    { intent: 'strategy.progress', below: null, equals: { measure: 'progress', percent: 80 } },
  ],
  // A register's year is not a risk's number.
  [
    'lpt bAF 24/25 - tolerance band for open appetite?',
    { intent: 'risk.appetite', registerId: LPT, level: 'open' },
  ],
  // A negation a rule reads itself keeps the rule's reading.
  [
    'which risks are not above appetite',
    { intent: 'risk.list', filter: { kind: 'within-appetite' } },
  ],
  [
    'anything not due yet on the FTSU plan',
    { intent: 'actions.list', filter: { status: 'due', period: { to: null } } },
  ],
  // A real English word is never a typo ("cars" is not "care").
  ['anything on electric bikes', { intent: 'topic', text: 'electric bikes' }],
  ['anything on hot desking', { intent: 'topic', text: 'hot desking' }],
  // "Show me" and "give me" are not "my".
  [
    'show me the ftsu actions that are overdue',
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'ftsu' },
      filter: { status: 'overdue' },
    },
  ],
  [
    'give me the overdue actions',
    { intent: 'actions.list', scope: { kind: 'all' }, filter: { status: 'overdue' } },
  ],
  ['anything overdue for me?', { intent: 'actions.list', scope: { kind: 'mine' } }],
  ['what have i got due', { intent: 'actions.list', scope: { kind: 'mine' } }],
  ['whats on my to do list', { intent: 'actions.list', scope: { kind: 'mine' } }],
  // A section named the way people say it.
  ['speaking up actions', { intent: 'actions.list', scope: { kind: 'log', sectionId: 'ftsu' } }],
  // Severity superlatives, and how far a risk has to go.
  [
    'least worrying risk on the group baf',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'lowest' } },
  ],
  ['our most pressing risk', { intent: 'risk.list', filter: { kind: 'highest' } }],
  [
    'which group risk has most work to do to hit its target',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'furthest-from-target' } },
  ],
  [
    'which risk is farthest away from its target score',
    { intent: 'risk.list', filter: { kind: 'furthest-from-target' } },
  ],
  // Scored lower now than at first.
  [
    'which risks have gone down since they were first assessed',
    { intent: 'risk.list', filter: { kind: 'improved' } },
  ],
  [
    'have any risks reduced since the initial scoring',
    { intent: 'risk.list', filter: { kind: 'improved' } },
  ],
  // Who owns a risk, in other words for "who".
  ['which director owns lpt baf 4', { intent: 'risk.owner', risk: { number: 4, registerId: LPT } }],
  [
    'what executive is responsible for group baf 5',
    { intent: 'risk.owner', risk: { number: 5, registerId: GROUP } },
  ],
  // A role phrase inside its own long form is not expanded again.
  ['whos the speak up guardian', { intent: 'people.who', roleIds: ['role-wlt-ftsug'] }],
  // Due dates changed, in any order of words; closing as a verb.
  [
    'actions where the due date was changed',
    { intent: 'actions.list', filter: { status: 'revised' } },
  ],
  [
    'what did we sign off in november 2025',
    {
      intent: 'actions.list',
      filter: { status: 'closed', period: { from: '2025-11-01', to: '2025-11-30' } },
    },
  ],
  [
    'what got closed last month',
    { intent: 'actions.list', filter: { status: 'closed', period: { from: '2026-10-01' } } },
  ],
  // "Present at" is attendance; "presents" is presenting.
  ['who was present at the last board', { intent: 'minutes.attendance', part: 'present' }],
  // Spans of days, financial years, a month named alone.
  [
    'my actions due within the next 30 days',
    {
      intent: 'actions.list',
      scope: { kind: 'mine' },
      filter: { status: 'due', period: { from: '2026-11-23', to: '2026-12-23' } },
    },
  ],
  [
    'actions due over the next 3 weeks',
    { intent: 'actions.list', filter: { status: 'due', period: { to: '2026-12-14' } } },
  ],
  [
    'how often did the board meet in 2025-26',
    { intent: 'meeting.on', period: { from: '2025-04-01', to: '2026-03-31' } },
  ],
  ['was the sept board online', { intent: 'meeting.on', period: { from: '2025-09-25' } }],
  ['what is on the workplan for may', { intent: 'workplan', date: '2025-05-29' }],
  // A number no register uses, after a subject, is a score.
  [
    'is the estates risk 20 or 16',
    { intent: 'risk.detail', risk: { number: 4, registerId: LPT, by: 'topic' } },
  ],
  // Indicators found by most of their words; comparing words and units.
  [
    'which trust has the better appraisal rate',
    { intent: 'performance', indicatorIds: ['workforce-staff-appraisals-in-last-12-mths'] },
  ],
  [
    'how many 52 week adult waiters does nhft have',
    {
      intent: 'performance',
      organisationIds: ['nhft'],
      indicatorIds: ['community-family-52-week-adult-waiters'],
    },
  ],
  [
    'whats the 2-hr urgent response rate at lpt',
    { intent: 'performance', organisationIds: ['lpt'] },
  ],
  [
    'what is the planned surplus',
    { intent: 'performance', indicatorIds: ['metric-planned-surplus-deficit'] },
  ],
  // Two risks compared by what they are about.
  [
    'research v sustainability on the group baf',
    { intent: 'risk.compare', risks: [{ number: 3 }, { number: 5 }] },
  ],
  [
    'which is worse, the estates risk or the finance one',
    { intent: 'risk.compare', risks: [{ number: 4 }, { number: 3 }] },
  ],
  // A committee's report without its AAA words.
  ['what is the people committee telling the board', { intent: 'committee.report' }],
  ['what did the jpcc report to the board', { intent: 'committee.report' }],
  [
    'did the people and culture committee celebrate anything',
    { intent: 'committee.report', level: 'celebrating-outstanding' },
  ],
  // A paper's cover sheet.
  ['who authored the thrive report', { intent: 'paper', want: 'cover' }],
  ['what level of assurance does the BAF paper give', { intent: 'paper', want: 'cover' }],
  ['who is the sponsor for the value programme paper', { intent: 'paper', want: 'cover' }],
  // The first meeting; who chaired and who took the minutes.
  ['when did the group trust board first meet', { intent: 'meeting.first' }],
  ['date of the first group board', { intent: 'meeting.first' }],
  [
    'who was the minute taker at the last board',
    { intent: 'minutes.attendance', part: 'minute-taker' },
  ],
  ['who chaired the last group board', { intent: 'minutes.attendance', part: 'chair' }],
  // What someone said; what came of an item.
  [
    'what did david williams say about the alliance',
    { intent: 'minutes.said', name: 'david williams' },
  ],
  [
    'did angela hillery raise anything about university status',
    { intent: 'minutes.said', name: 'angela hillery' },
  ],
  ['what was the outcome of the thrive strategy update', { intent: 'minutes.about' }],
  // Whose record it is; a chair the papers do not name; a register the papers do not hold.
  [
    'which organisation is the well led plan for',
    { intent: 'data-quality', recordId: 'log-well-led-2024' },
  ],
  [
    'who chairs the finance and performance committee',
    { intent: 'people.who', text: 'chair of the Finance and Performance Committee' },
  ],
  [
    'risks on the cambridgeshire community services baf',
    { intent: 'register.none', organisationId: 'ccs' },
  ],
  // The workplan.
  ['which workplan items have no meeting', { intent: 'workplan', unscheduled: true }],
  ['what is in the forward plan for september', { intent: 'workplan', date: '2025-09-25' }],
  // About the asker, Board Clerk, what it covers; a greeting before a question.
  ['what do you know about me', { intent: 'about', subject: 'me' }],
  ['who made you', { intent: 'about', subject: 'you' }],
  ['which trusts does board clerk cover', { intent: 'about', subject: 'coverage' }],
  [
    'good morning, which risks are above appetite',
    { intent: 'risk.list', filter: { kind: 'above-appetite' } },
  ],
  // A piece of work: is it done, who leads it (the sample new kind).
  ['is the group research strategy done yet', { intent: 'actions.about', ask: 'status' }],
  [
    'who is doing the reasonable adjustments framework',
    { intent: 'actions.about', words: 'reasonable adjustments framework', ask: 'lead' },
  ],
  ['has the freedom to speak up roadshow been closed', { intent: 'actions.about', ask: 'status' }],
  // Every risk in score order; risks that got worse.
  [
    'show the group risks ranked by score',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'highest', limit: 99 } },
  ],
  ['which risks have become worse', { intent: 'risk.list', filter: { kind: 'getting-worse' } }],
  // Days named by what they are.
  [
    'what is due by the end of the financial year',
    { intent: 'actions.list', filter: { status: 'due', period: { to: '2027-03-31' } } },
  ],
  [
    'my actions due before xmas',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { period: { to: '2026-12-25' } } },
  ],
  // Ambitions short of a level.
  [
    'which ambitions are below 90% confidence',
    { intent: 'strategy.progress', below: { measure: 'confidence', percent: 90 } },
  ],
  [
    'ambitions not fully delivered',
    { intent: 'strategy.progress', below: { measure: 'progress', percent: 100 } },
  ],
  // The flags of one record.
  [
    'does anything look odd in the lpt baf action log',
    { intent: 'data-quality', recordId: 'log-lpt-baf-actions' },
  ],
  [
    'any errors in the thrive strategy',
    { intent: 'data-quality', recordId: 'strat-group-thrive-2026-01' },
  ],
  // A register's appetite; where we stand on a subject.
  ['what is the lpt appetite statement', { intent: 'risk.appetite', registerId: LPT }],
  ['where does the group stand on net zero', { intent: 'topic', text: 'net zero' }],
  // Actions by what their owners report, and actions nobody leads.
  [
    'which group baf actions are on track',
    { intent: 'actions.list', filter: { status: 'open', key: 'on-track' } },
  ],
  ['unassigned actions', { intent: 'actions.list', filter: { status: 'no-lead' } }],
  // A committee's meetings; how long a meeting lasts; minutes approved.
  [
    'when does the people and culture committee next meet',
    { intent: 'meeting.next', body: 'People and Culture Committee' },
  ],
  ['what time does the next board finish', { intent: 'meeting.next', detail: 'length' }],
  ['have the september minutes been approved', { intent: 'minutes.meeting', date: '2025-09-01' }],
  // What the board said about something; a minute reference is a minute, not an action.
  ['what did the board say about the thrive strategy', { intent: 'minutes.about' }],
  ['what happened at gtb/25/16', { intent: 'minutes.item', reference: 'GTB/25/16' }],
  // Who presents an item at a meeting without minutes: its agenda lead.
  [
    'who will present the value programme at the january board',
    { intent: 'minutes.presenter', date: '2026-01-01' },
  ],
  // What the papers ask the board to decide.
  [
    'what is the board asked to approve in january',
    { intent: 'meeting.agenda', which: { date: '2026-01-29' } },
  ],
  // Who the board secretary is; a role of the organisation named.
  ['who is the trust secretary', { intent: 'people.who', text: 'board secretary' }],
  ['who is the group chair', { intent: 'people.who', organisationIds: ['lpt-nhft-group'] }],
  // Small talk and help in other words; who sees private business.
  ['thanks that was really helpful', { intent: 'greeting', kind: 'thanks' }],
  ['could you help me', { intent: 'help' }],
  ['is this confidential', { intent: 'about', subject: 'privacy' }],
  // An action named with a date that looks wrong.
  [
    'leadership 3 due date looks wrong',
    { intent: 'action.detail', target: { kind: 'section', sectionId: 'leadership', number: 3 } },
  ],
  // Risks above a score; changed since the last report (said plainly when no trend is printed); new risks.
  [
    'lpt risks over 16',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'score-above', min: 16 } },
  ],
  [
    'what has changed on the group baf since the last version',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'since-last' } },
  ],
  ['any new risks?', { intent: 'risk.list', filter: { kind: 'new' } }],
  // One organisation's actions; actions that came out of a meeting; a role named on its own.
  [
    'what is overdue for nhft',
    { intent: 'actions.list', scope: { kind: 'organisation', organisationId: 'nhft' } },
  ],
  ['actions arising from the last board', { intent: 'matters-arising' }],
  [
    'the finance director',
    { intent: 'people.who', text: 'chief finance officer, director of finance' },
  ],
  // Not in the papers: answered from search, saying what is missing.
  ['what is our bank balance', { intent: 'unknown' }],
  ['what is the uptake of the staff vaccine', { intent: 'unknown' }],
  // The asker's own work, in the words people use for it, is their actions.
  ["what's on my plate", { intent: 'actions.list', scope: { kind: 'mine' } }],
  [
    "anything i'm behind on",
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'overdue' } },
  ],
  ['what do i still owe the board', { intent: 'actions.list', scope: { kind: 'mine' } }],
  ['what have i promised to deliver', { intent: 'actions.list', scope: { kind: 'mine' } }],
  ['which things am i accountable for', { intent: 'actions.list', scope: { kind: 'mine' } }],
  ['what is waiting on me', { intent: 'actions.list', scope: { kind: 'mine' } }],
  // Who the asker is, and which organisations Board Clerk holds papers for, in other words.
  ['who am i to you', { intent: 'about', subject: 'me' }],
  ['what have you got on me', { intent: 'about', subject: 'me' }],
  ['what trusts do you know about', { intent: 'about', subject: 'coverage' }],
  ['whose board papers do you hold', { intent: 'about', subject: 'coverage' }],
  ['papers from which organisations', { intent: 'about', subject: 'coverage' }],
  // Actions with no due date.
  ['which actions have no deadline', { intent: 'actions.list', filter: { status: 'undated' } }],
  [
    'undated nhft actions',
    {
      intent: 'actions.list',
      scope: { kind: 'organisation', organisationId: 'nhft' },
      filter: { status: 'undated' },
    },
  ],
  ['actions never given a target date', { intent: 'actions.list', filter: { status: 'undated' } }],
  ['group actions missing a due date', { intent: 'actions.list', filter: { status: 'undated' } }],
  // The ambition at either end of a measure.
  [
    'which ambition is furthest ahead on progress',
    { intent: 'strategy.progress', extreme: { measure: 'progress', which: 'highest' } },
  ],
  [
    'where are we least confident of delivering',
    { intent: 'strategy.progress', extreme: { measure: 'confidence', which: 'lowest' } },
  ],
  [
    'top ambition by confidence',
    { intent: 'strategy.progress', extreme: { measure: 'confidence', which: 'highest' } },
  ],
  [
    'the weakest objective for progress',
    { intent: 'strategy.progress', extreme: { measure: 'progress', which: 'lowest' } },
  ],
  ['the lowest scoring risks', { intent: 'risk.list', filter: { kind: 'lowest' } }],
  // A person's own affairs are not in the papers: searched, and said so, rather than the role or a paper.
  ['how much does the chair earn', { intent: 'unknown' }],
  ['what does the finance director get paid', { intent: 'unknown' }],
  ["what is the cfo's salary", { intent: 'unknown' }],
  ['how much is the value programme expected to save', { intent: 'paper', want: 'figures' }],
  // The private part of a meeting, asked for in other words.
  [
    'minutes of the closed session in september',
    { intent: 'minutes.meeting', date: '2025-09-01', privatePart: true },
  ],
  [
    'what was agreed in camera at the last board',
    { intent: 'minutes.resolutions', privatePart: true },
  ],
  ['part two decisions at the may board', { intent: 'minutes.resolutions', privatePart: true }],
  // Which organisation a paper, strategy or log is from.
  [
    'what organisation produced the thrive report',
    { intent: 'data-quality', recordId: 'paper-gtb-2026-01-29-thrive', whose: true },
  ],
  [
    'which trust does the value programme paper come from',
    { intent: 'data-quality', recordId: 'paper-gtb-2026-01-29-value-programme', whose: true },
  ],
  // A name that starts like the question ("trust ambitions") does not ask whose it is.
  [
    'which trust ambitions have less than 80% confidence',
    { intent: 'strategy.progress', below: { measure: 'confidence', percent: 80 } },
  ],
  // The draft risk called new or proposed, in the register that holds it.
  [
    'lpt baf 1 against the proposed group one',
    {
      intent: 'risk.compare',
      risks: [
        { number: 1, registerId: LPT },
        { draft: true, registerId: GROUP },
      ],
    },
  ],
  [
    'is the new group risk worse than group baf 3',
    { intent: 'risk.compare', risks: [{ number: 3 }, { draft: true, registerId: GROUP }] },
  ],
  [
    'lpt baf 2 vs the new one',
    { intent: 'risk.compare', risks: [{ number: 2 }, { draft: true, registerId: GROUP }] },
  ],
  // Items taken at every meeting are the workplan's.
  ['what are the standing items', { intent: 'workplan', everyMeeting: true }],
  ['which papers go to every meeting', { intent: 'workplan', everyMeeting: true }],
  [
    'What items come up at every single group board meeting?',
    { intent: 'workplan', body: 'Group Trust Board', everyMeeting: true },
  ],
  ['which papers come up every time the board meets', { intent: 'workplan', everyMeeting: true }],
  ['is the EMA paper on every agenda', { intent: 'workplan', everyMeeting: undefined }],
  ['what is on each agenda without fail', { intent: 'workplan' }],
  ['recurring agenda items for the board', { intent: 'workplan' }],
  // What the papers ask the board to decide, in other words.
  [
    'which papers need a decision at the january board',
    { intent: 'meeting.agenda', which: { date: '2026-01-29' }, decisions: true },
  ],
  ['anything seeking approval at the next board', { intent: 'meeting.agenda' }],
  // A committee's report named with what it says on a subject a risk is also about.
  [
    'triple a from the people committee - assurances on staff wellbeing',
    { intent: 'committee.report', level: 'assure' },
  ],
  // One action described by what it is about, and when it is due.
  [
    'when is the psirf implementation action due',
    { intent: 'actions.about', ask: 'due', words: 'psirf implementation' },
  ],
  [
    'what date is the social value round table action due by',
    { intent: 'actions.about', ask: 'due', words: 'social value round table' },
  ],
  [
    'that quality dashboard action - when is it due',
    { intent: 'actions.about', ask: 'due', words: 'quality dashboard' },
  ],
  ['when is the next action due', { intent: 'actions.list' }],
  [
    'the staff survey action due in 2027 - is that right',
    {
      intent: 'actions.about',
      ask: 'due',
      words: 'staff survey',
      period: { from: '2027-01-01', to: '2027-12-31' },
    },
  ],
  // Whether someone, named or by their role, was at a meeting.
  [
    'did manjit darby attend in september',
    { intent: 'minutes.attendance', date: '2025-09-01', who: 'manjit darby' },
  ],
  [
    'was the lpt finance director there in september',
    {
      intent: 'minutes.attendance',
      date: '2025-09-01',
      who: 'chief finance officer, director of finance',
    },
  ],
  [
    'did the nhft chief medical officer make it to the september meeting',
    { intent: 'minutes.attendance', who: 'nhft chief medical officer' },
  ],
  // Who holds a part in a paper, an agenda item or a report: its sponsor, author, lead, presenter.
  ['who put together the value programme paper', { intent: 'paper', want: 'cover' }],
  ['the thrive paper - who is the exec lead', { intent: 'paper', want: 'cover' }],
  ['which director is sponsoring the chief executive report', { intent: 'paper', want: 'cover' }],
  ['who will introduce the chief executive report', { intent: 'paper', want: 'cover' }],
  ['when does the value programme paper come back to board', { intent: 'paper', want: 'schedule' }],
  [
    "who's lined up to present the environmental analysis item",
    { intent: 'minutes.presenter', item: 'environmental analysis', upcoming: true },
  ],
  [
    'which exec is down for the thrive strategy item',
    { intent: 'minutes.presenter', item: 'thrive strategy', upcoming: true },
  ],
  [
    'who is set to take the performance report item at the next board',
    { intent: 'minutes.presenter', upcoming: true },
  ],
  ['who gave the qsir item in september', { intent: 'minutes.presenter', upcoming: false }],
  ['who authored the people committee triple a', { intent: 'committee.report', author: true }],
  [
    'the aaa report to the board - who put it together',
    { intent: 'committee.report', author: true, level: null },
  ],
  // A day named without a year: the meeting on record that day, whatever year the calendar guesses.
  ['minutes of the 25 september meeting', { intent: 'minutes.meeting', date: '2025-09-25' }],
  ['the minutes from 29th may please', { intent: 'minutes.meeting', date: '2025-05-29' }],
  ['was the 29 may board on teams', { intent: 'meeting.on', period: { from: '2025-05-29' } }],
  // Chat shorthand and NHS short forms, spelt out before reading.
  ['lpt baf 6 score plz', { intent: 'risk.detail', risk: { number: 6, registerId: LPT } }],
  [
    'when is the next f&p mtg',
    { intent: 'meeting.next', body: 'Finance and Performance Committee' },
  ],
  ['wot r my actions pls', { intent: 'actions.list', scope: { kind: 'mine' } }],
  ['what did the ppl cttee tell the board', { intent: 'committee.report' }],
  ['info abt the uni status', { intent: 'topic', text: 'university' }],
  // The asker's own record, and what Board Clerk holds, in other words.
  ['what have you got on record for me', { intent: 'about', subject: 'me' }],
  ['am i listed as a board member', { intent: 'about', subject: 'me' }],
  ['what do you hold about me', { intent: 'about', subject: 'me' }],
  ['am i registered as the chair', { intent: 'about', subject: 'me' }],
  ['which documents have you got', { intent: 'about', subject: 'coverage' }],
  ['what reports are loaded', { intent: 'about', subject: 'coverage' }],
  // How many times a body has met so far (in a period named, that period's meetings).
  [
    'how many meetings has the trust board held',
    { intent: 'meetings.held', body: 'Group Trust Board' },
  ],
  [
    'number of meetings the group board has had so far',
    { intent: 'meetings.held', body: 'Group Trust Board' },
  ],
  [
    'how many sessions has the people committee had',
    { intent: 'meetings.held', body: 'People and Culture Committee' },
  ],
  // Shorthand for minutes and meetings, and people's parts in them.
  ['apols at the may board?', { intent: 'minutes.attendance', part: 'apologies' }],
  [
    'who did the mins for the inaugural board',
    { intent: 'minutes.attendance', part: 'minute-taker' },
  ],
  ['who walked us through QSIR in september', { intent: 'minutes.presenter', date: '2025-09-01' }],
  ['who took members through the performance report', { intent: 'minutes.presenter' }],
  // Either word of a pair written with a slash.
  ['digital/IT risk score', { intent: 'risk.detail', risk: { number: 1, registerId: GROUP } }],
  [
    'estates/buildings risk at LPT',
    { intent: 'risk.detail', risk: { number: 4, registerId: LPT } },
  ],
  // Comparisons in everyday words.
  [
    'which lpt risks are furthest from where we want them to be',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'furthest-from-target' } },
  ],
  [
    'have any group risks shifted at all from their initial scores',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'moved' } },
  ],
  // A register's appetite, however the question is dressed.
  [
    'jog my memory - whats our appetite on the lpt baf and where does tolerance max out',
    { intent: 'risk.appetite', registerId: LPT },
  ],
  // A measure the performance report names is the report's, not the risk it also appears in.
  ['vacancy rate v target', { intent: 'performance', want: 'indicator' }],
  ['what is the agency spend for both trusts', { intent: 'performance', want: 'indicator' }],
  // When an item of the workplan comes to the board.
  [
    'when is the partnership agreement review due at board',
    { intent: 'workplan', items: ['Group Partnership Agreement Annual Review'] },
  ],
  [
    'has the terms of reference and annual effectiveness item been planned in?',
    { intent: 'workplan', items: ['Group Board Annual Effectiveness and Terms of Reference'] },
  ],
  // Actions not yet due, and the asker's own in a log.
  [
    'which well-led actions are not due yet',
    { intent: 'actions.list', filter: { status: 'due', period: { from: '2026-11-24', to: null } } },
  ],
  [
    'do i have anything on the group baf actions',
    { intent: 'actions.list', scope: { kind: 'mine', within: { kind: 'log' } } },
  ],
  // A measure of the oversight framework named outright, with "score" in the question.
  [
    'lpt score on the patient safety domain of the oversight framework',
    { intent: 'performance', want: 'indicator', indicatorIds: ['domain-patient-safety'] },
  ],
  // A share asked for: the measure that is a share.
  [
    'what percentage of community waits are over 52 weeks',
    {
      intent: 'performance',
      // Every one a share ("% of…"), none of the counts of waiters, nor the adult or children's part.
      indicatorIds: [
        'metric-of-people-waiting-over-52-weeks-for-community-services',
        'community-family-of-overall-waits-waiting-over-52-weeks',
      ],
    },
  ],
  // A standing paper named by its short form, asked when it comes.
  [
    'how regularly does the BAF come to the group board',
    { intent: 'workplan', items: ['Group Board Assurance Framework'] },
  ],
  // Help, with filler words.
  ['what can you really do?', { intent: 'help' }],
  // "Where it should be" is a target; a month is when, not what is measured.
  [
    'nhft vacancies in nov-25 against where they should be',
    { intent: 'performance', want: 'indicator' },
  ],
  // "Has me down for": the asker's own.
  ['what has the group baf got me down for', { intent: 'actions.list', scope: { kind: 'mine' } }],
  // A committee calling something out is its report, not the papers' data-quality flags.
  [
    'anything the people and culture committee singled out as good practice',
    { intent: 'committee.report', level: 'celebrating-outstanding' },
  ],
  // The oversight framework's domains, and which is worst or best.
  ['nhft nof domain scores', { intent: 'performance', want: 'domains', organisationIds: ['nhft'] }],
  [
    'which oversight domain does lpt score worst on',
    { intent: 'performance', want: 'domains', organisationIds: ['lpt'] },
  ],
  ['our best NOF domain?', { intent: 'performance', want: 'domains' }],
  [
    'lpt score for the patient safety domain',
    { intent: 'performance', want: 'indicator', indicatorIds: ['domain-patient-safety'] },
  ],
  // A measure's short forms in words; a measure named by its printed name keeps its namesakes.
  [
    'eating disorder urgent waits for children at lpt',
    { intent: 'performance', indicatorIds: ['mental-health-cyp-ed-waiting-times-urgent'] },
  ],
  [
    'nhft sickness absence rate',
    {
      intent: 'performance',
      indicatorIds: ['metric-sickness-absence-rate', 'workforce-sickness-overall'],
    },
  ],
  // Who brings an item, and how often it comes: the workplan, even when a paper of that name exists.
  [
    'whos down to bring the performance report to gtb',
    { intent: 'workplan', items: ['Group Performance Report'] },
  ],
  [
    'is the BAF a standing item at group board and who brings it',
    { intent: 'workplan', items: ['Group Board Assurance Framework'] },
  ],
  [
    'does the EMA paper come to every group board?',
    { intent: 'workplan', items: ['East Midlands Alliance Common Board Paper'] },
  ],
  // Someone in the minutes by first name, possessive typed without an apostrophe.
  [
    'what was manjits point on baf 1 in september',
    { intent: 'minutes.said', name: 'manjit darby' },
  ],
  ['what did hillery say about the alliance', { intent: 'minutes.said' }],
  // Declarations of interest as DOIs.
  ['were there any DOIs at the september group board?', { intent: 'minutes.declarations' }],
  // What a committee made of something: its report's items about it.
  [
    'what did PCC hear on lpt health and wellbeing',
    { intent: 'committee.report', words: 'health wellbeing' },
  ],
  [
    'what did the cttee make of the first joint people dashboard',
    { intent: 'committee.report', words: 'joint people dashboard' },
  ],
  ['did the people committee discuss sickness?', { intent: 'committee.report', words: 'sickness' }],
  // Two parts of terms of reference asked at once: all of them.
  [
    'transition group - how often does it meet and whats the attendance expectation',
    { intent: 'terms-of-reference', part: 'attendance', also: ['frequency'] },
  ],
  [
    'transition group - how often does it meet and who keeps the action log',
    { intent: 'terms-of-reference', part: 'frequency', also: ['records'] },
  ],
  [
    "when's the group baf next going to group seb",
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-group-baf', want: 'schedule' },
  ],
  ['who chairs the transition group meeting', { intent: 'terms-of-reference', part: 'chair' }],
  // A figure a strategy's report prints, asked without its name: both trusts', each with its share off
  // track.
  [
    'how many transformation projects are off track - nhft and lpt',
    {
      intent: 'strategy.progress',
      figures: [
        'NHFT transformation projects and programmes',
        'LPT transformation projects and programmes',
      ],
    },
  ],
  // The lowest or highest of one objective's ambitions.
  [
    'which ambition under be collaborative has the lowest confidence',
    { intent: 'strategy.progress', objectiveId: 'obj-collaborative' },
  ],
  // The asker's own work without the word "actions".
  ['whats on my list from the baf', { intent: 'actions.list', scope: { kind: 'mine' } }],
  [
    "social value stuff, what's still open for me",
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'topic', text: 'social value' } },
    },
  ],
  [
    "what's still open against my name on the group baf",
    { intent: 'actions.list', scope: { kind: 'mine', within: { kind: 'log' } } },
  ],
  // Who leads an item of the workplan.
  [
    'who leads the BAF item at group board',
    { intent: 'workplan', items: ['Group Board Assurance Framework'] },
  ],
  // A paper by its name with another word for a paper ("update" for "paper").
  [
    'who was exec sponsor for the trust ambitions update',
    { intent: 'paper', paperId: 'paper-ccs-trust-ambitions-2023-09', want: 'cover' },
  ],
  // A committee's first meeting, known by its report to the board.
  ['when was the first joint PCC', { intent: 'meeting.first', reportId: 'aaa-jpcc-2025-12-10' }],
  [
    'when did the joint people & culture cttee first meet',
    { intent: 'meeting.first', reportId: 'aaa-jpcc-2025-12-10' },
  ],
  // Who minuted a meeting.
  ['who minuted the sept meeting', { intent: 'minutes.attendance', part: 'minute-taker' }],
  // Weak assurance is a gap; audits are assurances; a risk named as a risk beats a committee's name.
  [
    'where are we weak on assurance for the access risk',
    { intent: 'risk.detail', facets: ['gaps', 'assurances'] },
  ],
  [
    'before PCC next week - assurance gaps on the culture risk pls',
    { intent: 'risk.detail', risk: { number: 4 } },
  ],
  // A risk by its topic within a register's whole log: that risk's actions.
  [
    'actions on the culture risk on the group baf?',
    { intent: 'actions.list', scope: { kind: 'risk', risk: { number: 4 } } },
  ],
  // Who sits on the board, and its non-executives, from the minutes' members.
  ['who are the neds', { intent: 'minutes.attendance', part: 'non-executive' }],
  ['list our non executive directors', { intent: 'minutes.attendance', part: 'non-executive' }],
  ['who sits on the group board', { intent: 'minutes.attendance', part: 'members' }],
  ['board membership', { intent: 'minutes.attendance', part: 'members' }],
  // "NED" kept as typed as well as spelt out: the action logs write it short.
  [
    "who's picking up the NED catch up schedule from the well led review",
    { intent: 'actions.about', ask: 'lead' },
  ],
  // A yes-or-no question of one risk is about that risk, not a list.
  [
    'is the digital risk above appetite?',
    { intent: 'risk.detail', risk: { number: 1 }, facets: ['appetite'] },
  ],
  // The asker's own BAF actions: the words around the ask name no topic of them; "BAF" keeps the
  // registers' logs, not the minutes' or a review's.
  [
    'what BAF actions have I got against my name? want to update before the deadline',
    { intent: 'actions.list', scope: { kind: 'mine', within: { kind: 'registers' } } },
  ],
  // BAF actions with no register named: both registers' logs, for anyone asked of.
  [
    'how many baf actions are overdue',
    { intent: 'actions.list', scope: { kind: 'registers' }, filter: { status: 'overdue' } },
  ],
  [
    'risk actions past their date on the bafs',
    { intent: 'actions.list', scope: { kind: 'registers' } },
  ],
  [
    'what baf actions does the cfo have',
    { intent: 'actions.list', scope: { kind: 'role', within: { kind: 'registers' } } },
  ],
  // Risks at one score.
  [
    'how many of the group BAF risks are sitting at 12 right now and which ones',
    { intent: 'risk.list', filter: { kind: 'score-of', score: 12 } },
  ],
  ['which risks are at 16', { intent: 'risk.list', filter: { kind: 'score-of', score: 16 } }],
  // A span of time is not the minutes; a risk named as a risk, with a facet, beats a meeting nearby.
  [
    "I've got five minutes before the board and haven't read the group value programme paper - what are the actual savings numbers in it?",
    { intent: 'paper', want: 'figures' },
  ],
  [
    'Going into F&P and want to push on the climate/sustainability risk - are there any assurance gaps on it at all?',
    { intent: 'risk.detail', risk: { number: 5 } },
  ],
  // Apologies asked with no meeting named: the latest minutes'.
  ['were there any apologies', { intent: 'minutes.attendance', part: 'apologies' }],
  // An ambition's progress asked of the paper that reports it; "ambition" is the strategy's word.
  [
    "trust ambitions paper - how's the diversity / inclusive culture ambition tracking",
    { intent: 'strategy.progress', ambitionIds: ['amb-8'] },
  ],
  [
    'which trust ambition was only at 80% progress? one of the people ones',
    { intent: 'strategy.progress' },
  ],
  // A measure asked of the two trusts, or of one against us: both.
  [
    'which of the two trusts has the bigger 52 week waits problem in community',
    { intent: 'performance', organisationIds: [] },
  ],
  ['52 wk waits - how bad are we vs northants', { intent: 'performance', organisationIds: [] }],
  // Who wrote a paper and when the next is due: both; CE is the chief executive.
  [
    "who wrote the CE report for jan and when's the next one due",
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive', want: 'cover-schedule' },
  ],
  // What the board's minutes say about a subject, though the subject is committees.
  [
    'What did the Group Board minutes say about committee oversight of the Group BAF risks?',
    { intent: 'minutes.about', body: 'Group Trust Board', item: 'oversight baf' },
  ],
  // The actions a committee signs off, as the log prints its sign-off: listed (and counted).
  [
    'which well led action goes to the Finance committee for sign off rather than people or S&P',
    { intent: 'actions.list', filter: { signOff: 'finance' }, scope: { kind: 'log' } },
  ],
  [
    'what does the people committee sign off on the well led plan',
    { intent: 'actions.list', filter: { signOff: 'people' }, scope: { kind: 'log' } },
  ],
  // A committee set aside ("rather than … Strategy and Partnerships") is not the section asked for.
  [
    'which well-led action goes to the Finance committee for sign-off rather than People or Strategy and Partnerships?',
    {
      intent: 'actions.list',
      filter: { signOff: 'finance' },
      scope: { kind: 'log', sectionId: null },
    },
  ],
  // "What are we doing on X" with no risk named: where the papers cover it.
  ['what are we doing on solar panels', { intent: 'topic', text: 'solar panels' }],
  // A risk named as a risk, though an oversight domain shares its name.
  [
    'lpt access to services risk, current score',
    { intent: 'risk.detail', risk: { registerId: LPT, number: 1 } },
  ],
  // Every part of the attendance asked at once.
  [
    'numbers for sept pls - present, in attendance, apologies',
    { intent: 'minutes.attendance', part: 'all' },
  ],
  // What a meeting took that its workplan did not plan, asked without the word "agenda".
  [
    "what went to the sept board that wasn't on the workplan",
    { intent: 'meeting.agenda', which: { date: '2025-09-25' }, againstWorkplan: true },
  ],
  [
    'anything come to the sept meeting that wasnt on the workplan?',
    { intent: 'meeting.agenda', againstWorkplan: true },
  ],
  // Measures asked with words for whose figures ("across both trusts", "dec figs").
  [
    'sickness rates across both trusts - dec figs',
    {
      intent: 'performance',
      organisationIds: [],
      indicatorIds: ['workforce-sickness-overall', 'metric-sickness-absence-rate'],
    },
  ],
  // "Waits" are the report's "waiters"; the totals, not the adult and children's parts not asked for.
  [
    'LPT 52 week waits?',
    {
      intent: 'performance',
      organisationIds: ['lpt'],
      indicatorIds: [
        'community-family-52-week-total-waiters',
        'community-family-of-overall-waits-waiting-over-52-weeks',
      ],
    },
  ],
  [
    "children's 52 week waiters nhft",
    {
      intent: 'performance',
      organisationIds: ['nhft'],
      indicatorIds: [
        'community-family-52-week-children-s-waiters',
        'community-family-of-overall-children-waits-waiting-over-52-w',
      ],
    },
  ],
  // What a meeting's minutes record on a topic, asked as "anything said".
  [
    'anything said about veterans at the sept board?',
    { intent: 'minutes.about', item: 'veterans', date: '2025-09-01' },
  ],
  [
    'was anything mentioned about net zero at the last board',
    { intent: 'minutes.about', item: 'net zero' },
  ],
  // A paper named by its programme without "programme" or "update"; its figures by a word of theirs.
  [
    'group value paper - headline savings?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'figures' },
  ],
  // When a paper comes back, in other words.
  [
    "when's the EMA common board paper back to board",
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', want: 'schedule' },
  ],
  // A figure the strategy's report prints, asked in words: that figure, not a measure found by "staff".
  [
    'how many staff actually get thrive',
    { intent: 'strategy.progress', strategyId: 'strat-group-thrive-2026-01' },
  ],
  ['what % of staff understand thrive', { intent: 'strategy.progress' }],
  ['how many thrive projects are off track at nhft', { intent: 'strategy.progress' }],
  // An action described after "action on/about", or by the words it starts with; a short form and its
  // spelling-out are one thing asked.
  [
    "ftsu action on training managers to listen to and resolve concerns, when's that due",
    {
      intent: 'actions.about',
      ask: 'due',
      words: 'training managers to listen to and resolve concerns',
    },
  ],
  [
    'the action about keeping neds updated between committee meetings - is that overdue?',
    {
      intent: 'actions.about',
      ask: 'due',
      words: 'keeping neds updated between committee meetings',
    },
  ],
  [
    'ftsu guardian tenure action - owner and due date?',
    { intent: 'actions.about', ask: 'due', words: 'ftsu guardian tenure' },
  ],
  [
    'veterans / op courage came up in sept minutes – who leads it',
    { intent: 'minutes.about', item: 'veterans courage', date: '2025-09-01' },
  ],
  [
    'staff understanding of thrive % - the figs quoted at sept board',
    { intent: 'minutes.about', date: '2025-09-01' },
  ],
  ['brill thanks', { intent: 'greeting', kind: 'thanks' }],
  ["ok that's me done for today, bye", { intent: 'greeting', kind: 'bye' }],
  // A measure's limit in words ("over their agency ceiling").
  [
    "who's over their agency ceiling in dec?",
    { intent: 'performance', indicatorIds: ['workforce-agency-spend-000-s-in-month'] },
  ],
  // Work named by what it is (a strategy, a plan) with who and when: an action's, not a strategy's.
  [
    'group research strategy n delivery plan - who and by when',
    { intent: 'actions.about', ask: 'lead', words: 'research strategy and delivery plan' },
  ],
  // Whether work has moved from its month: the action's dates, not a meeting in that month.
  [
    'people plans sign off at joint pcc - still dec or has it moved?',
    { intent: 'actions.about', ask: 'due' },
  ],
  // Ambitions at a level, and words of an ambition's or a theme's report rather than its name.
  [
    'which trust ambition was only 90% at q2',
    { intent: 'strategy.progress', equals: { measure: 'progress', percent: 90 } },
  ],
  [
    'virtual ward beds figure in the sept 23 ambitions update?',
    { intent: 'strategy.progress', ambitionIds: ['amb-6'] },
  ],
  [
    'thrive tech – what are we procuring to line up nhft and lpt systems',
    { intent: 'strategy.progress', themeId: 'theme-t' },
  ],
  // The first question decides: "anything in the papers about cyber? …next week on it" is a topic.
  [
    'anything in the papers about cyber? board development session next week on it',
    { intent: 'topic' },
  ],
  ['when is the thrive report next due', { intent: 'paper', want: 'schedule' }],
  ['next time the group baf goes to group seb?', { intent: 'paper', want: 'schedule' }],
  [
    "ceo report - who pulled it together and when's the next one",
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive', want: 'cover-schedule' },
  ],
  ['group baf 1 linked risks', { intent: 'risk.detail', facets: ['links'] }],
  // A sign-off after thanks.
  ["ta, that's all for now", { intent: 'greeting', kind: 'bye' }],
  ['cheers, speak later', { intent: 'greeting', kind: 'bye' }],
  ['ok thats it thanks', { intent: 'greeting', kind: 'bye' }],
  // Thanks with any praise of the answer in ordinary words.
  ["cheers, that's exactly what i was after", { intent: 'greeting', kind: 'thanks' }],
  ['thanks that does the job', { intent: 'greeting', kind: 'thanks' }],
  ['ta, sorted', { intent: 'greeting', kind: 'thanks' }],
  // A first name beside a surname the minutes never give is someone else.
  [
    'what did Dr Sarah Bennett say at the last board?',
    { intent: 'minutes.said', name: 'Sarah Bennett' },
  ],
  ['what did Prof John Smith say about workforce', { intent: 'minutes.said', name: 'John Smith' }],
  ["what was manjit's point", { intent: 'minutes.said', name: 'manjit darby' }],
  // The asker's own actions, in the words of a list against a name.
  [
    'whats still open against me on the group BAF?',
    { intent: 'actions.list', scope: { kind: 'mine', within: { kind: 'log' } } },
  ],
  [
    'anything on the BAF with my name on it for digital?',
    { intent: 'actions.list', scope: { kind: 'mine', within: { kind: 'topic', text: 'digital' } } },
  ],
  [
    'which baf actions am i down for, i reckon some are eprr',
    {
      intent: 'actions.list',
      scope: {
        kind: 'mine',
        within: { kind: 'topic', text: 'emergency preparedness resilience response eprr' },
      },
    },
  ],
  // A measure judged in passing ("both look high") is still the measure.
  [
    'sickness rates NHFT v LPT in dec? both look high',
    {
      intent: 'performance',
      indicatorIds: ['workforce-sickness-overall', 'metric-sickness-absence-rate'],
    },
  ],
  ['agency spend looks worrying - lpt v nhft', { intent: 'performance', want: 'indicator' }],
  // Two risks compared, each side in the register it names.
  [
    'how does the new group culture risk compare with the old LPT BAF 07 one, score-wise',
    {
      intent: 'risk.compare',
      risks: [
        { registerId: GROUP, number: 4 },
        { registerId: LPT, number: 7 },
      ],
    },
  ],
  // When a paper was submitted is on its cover.
  ['when was the CEO report submitted', { intent: 'paper', want: 'cover' }],
  ['date the group baf paper went in?', { intent: 'paper', want: 'cover' }],
  // Who signs a set of actions off.
  [
    'which cttee signs off the improvement actions from the well-led review?',
    { intent: 'actions.list', tally: 'sign-off', scope: { kind: 'log', sectionId: 'improvement' } },
  ],
  ['who signs off the ftsu actions', { intent: 'actions.list', tally: 'sign-off' }],
  [
    'what committee approves closure of the well-led leadership actions',
    { intent: 'actions.list', tally: 'sign-off' },
  ],
  // A list's leads asked of it as a whole; chasing is about other people's actions.
  [
    'i need to chase well-led actions - which are overdue as of today and who owns them?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { status: 'overdue', period: null },
      tally: 'leads',
    },
  ],
  ['overdue group baf actions and their owners', { intent: 'actions.list', tally: 'leads' }],
  // Actions less those a role leads.
  [
    'ftsu actions not led by the doca',
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'ftsu' },
      filter: { notLedBy: { roleIds: ['role-wlt-doca'], task: false } },
    },
  ],
  [
    "well-led actions except the ACE's",
    { intent: 'actions.list', filter: { notLedBy: { roleIds: ['role-wlt-ace'] } } },
  ],
  // Chasing is a command on its own; a sentence asking for a chase list is a list, and sends nothing.
  ['please chase the overdue action owners now', { intent: 'secretary', command: 'chase' }],
  ['send out the weekly chasers', { intent: 'secretary', command: 'chase' }],
  [
    'chase list pls - group baf actions that were due feb 26, who owns them',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-group-baf-actions' },
      filter: { status: 'due', period: { from: '2026-02-01', to: '2026-02-28' } },
      tally: 'leads',
    },
  ],
  ['chase up the FTSU actions - which are late?', { intent: 'actions.list' }],
  // A strategy's figure without the strategy's name; a risk's own scores side by side.
  [
    'how many transformation projects does nhft have on the go',
    { intent: 'strategy.progress', figures: ['NHFT transformation projects and programmes'] },
  ],
  ['lpt baf 06 workforce one - current vs target?', { intent: 'risk.detail', facets: ['scores'] }],
  ['group baf 3: initial against current?', { intent: 'risk.detail', facets: ['scores'] }],
  // Closures asked of a month named without its year: the latest such month with some.
  [
    'which group baf actions got closed off in nov?',
    { intent: 'actions.list', filter: { status: 'closed', yearless: true } },
  ],
  // A paper's part asked in asking words only ("its strategic objectives").
  [
    'ema - what are its strategic objectives again',
    { intent: 'paper', words: 'strategic objectives' },
  ],
  // Thanks, however brief.
  ["ta v much, that's sorted it", { intent: 'greeting', kind: 'thanks' }],
  // A lower-case name after a title that no paper gives.
  [
    'what did dr sarah jenkins say about the baf at the sept group board',
    { intent: 'minutes.said', name: 'Sarah Jenkins' },
  ],
  // The asker's own work in other words; "<name> here" introduces the asker, it names no one else.
  [
    'jordan here - is the green plan funding piece sitting with me?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'topic', text: 'green funding' } },
    },
  ],
  [
    'sophie here - anything from the well-led review landing on me?',
    { intent: 'actions.list', scope: { kind: 'mine', within: { kind: 'log' } } },
  ],
  [
    'what am i down as action lead for on the well-led plan?',
    { intent: 'actions.list', scope: { kind: 'mine' } },
  ],
  ['what am i down as in the directory', { intent: 'about', subject: 'me' }],
  // "n" between words is "and"; "every time or only sometimes" asks when a paper comes.
  [
    'first joint people n culture cttee - when was that?',
    { intent: 'meeting.first', reportId: 'aaa-jpcc-2025-12-10' },
  ],
  [
    'is the EMA common board paper on every time or only sometimes?',
    { intent: 'paper', want: 'schedule' },
  ],
  [
    'do i actually have to go to the transition group, and how often?',
    { intent: 'terms-of-reference', part: 'attendance', also: ['frequency'] },
  ],
  // A sickness measure and the same thing in the other table; a share compared across trusts.
  [
    "sickness absence nhft v lpt for dec - who's worse off against target?",
    {
      intent: 'performance',
      indicatorIds: ['metric-sickness-absence-rate', 'workforce-sickness-overall'],
    },
  ],
  [
    'THRIVE transformation work - which trust has a bigger % off track, nhft or lpt?',
    {
      intent: 'strategy.progress',
      figures: [
        'NHFT transformation projects and programmes',
        'LPT transformation projects and programmes',
      ],
    },
  ],
  ['any absences at the sept board', { intent: 'minutes.attendance', part: 'apologies' }],
  // How a workplan item comes (paper or verbal), and whose it is: the item, not a risk sharing its words.
  [
    'environmental analysis item - is that a paper or verbal, and whose is it',
    { intent: 'workplan', items: ['Environmental Analysis'] },
  ],
  [
    'the environmental analysis - verbal or paper?',
    { intent: 'workplan', items: ['Environmental Analysis'] },
  ],
  // When work described in words is meant to be done: the action's date.
  [
    'when was the well led board development plan supposed to be done by?',
    { intent: 'actions.about', ask: 'due', within: { kind: 'log', logId: 'log-well-led-2024' } },
  ],
  ['when is the research strategy meant to be finished', { intent: 'actions.about', ask: 'due' }],
  // A workplan item "meant to" come; a topic that "crops up".
  [
    "when's the group board meant to do its own annual effectiveness and ToR review?",
    { intent: 'workplan', items: ['Group Board Annual Effectiveness and Terms of Reference'] },
  ],
  ['where does estates crop up across the papers?', { intent: 'topic', text: 'estates' }],
  // A register's appetite bands, a level's band, the band a score falls in.
  [
    "on the lpt baf what band counts as an 'open' appetite, and is that what the board went with?",
    { intent: 'risk.appetite', registerId: LPT, level: 'open', score: null },
  ],
  [
    'which appetite band does 12 fall in on the lpt baf',
    { intent: 'risk.appetite', registerId: LPT, score: 12 },
  ],
  [
    'what appetite did the lpt board go with for 24/25 risks',
    { intent: 'risk.appetite', registerId: LPT, score: null },
  ],
  // Ambitions behind are a strategy's, not overdue actions; a measure asked how it is doing; the next
  // of a paper named in full.
  [
    'were any of the trust ambitions behind on progress at q2 23/24?',
    { intent: 'strategy.progress', below: { measure: 'progress', percent: 100 } },
  ],
  [
    'how are we doing on 3 day follow ups after discharge',
    {
      intent: 'performance',
      indicatorIds: ['mental-health-patients-discharged-receiving-follow-up-in-3-d'],
    },
  ],
  ["when's the next EMA common board paper due to us?", { intent: 'paper', want: 'schedule' }],
  [
    'anything still sat with me on the lpt baf?',
    { intent: 'actions.list', scope: { kind: 'mine', within: { kind: 'log' } } },
  ],
  // A spelling-out typed alone brings the short form the papers use ("TAR").
  [
    'who leads the together against racism actions',
    { intent: 'actions.about', ask: 'lead', words: 'together against racism tar' },
  ],
  // Blind set r: overdue said as "past its deadline"; the draft risk named with "new"; a task lead
  // asked of an action; a workplan item by the name before its notes; a remark about a figure; "light
  // on assurance"; what came out of a committee; closures going to the board for sign-off; thanks with
  // plans for tomorrow, and a farewell that thanks.
  [
    'any of my well led ftsu actions run past their deadline?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', sectionId: 'ftsu' } },
      filter: { status: 'overdue' },
    },
  ],
  [
    'what have i got on the new draft group workforce risk',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'risk', risk: { draft: true } } },
    },
  ],
  ['who carries the can for the digital risk', { intent: 'risk.owner', risk: { number: 1 } }],
  [
    "who's the task lead for the action on ftsu tenure",
    { intent: 'actions.about', ask: 'task-lead', words: 'ftsu tenure' },
  ],
  [
    'who is down to bring the thrive update to the board',
    {
      intent: 'workplan',
      items: [
        'THRIVE Strategy Update (to include update on Group objectives/priorities) • Green Plan / Digital Plan',
      ],
    },
  ],
  [
    "lpt vacancies look shocking, what's the latest",
    { intent: 'performance', organisationIds: ['lpt'], indicatorIds: ['workforce-vacancy-rate'] },
  ],
  [
    'where are we short on assurance on the estates risk',
    { intent: 'risk.detail', risk: { registerId: LPT, number: 4 }, facets: ['gaps', 'assurances'] },
  ],
  [
    'what came out of the people and culture committee',
    { intent: 'committee.report', reportId: 'aaa-jpcc-2025-12-10' },
  ],
  [
    'how many closures are going to the next board for sign off',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  ["cheers, that's me set for the meeting", { intent: 'greeting', kind: 'thanks' }],
  ["thanks that's all for now", { intent: 'greeting', kind: 'bye' }],
  // Blind set s: "looks blank to me" is not the asker's; work "sitting with" someone asks who leads it.
  [
    'has anyone put progress against the improvement actions? column looks blank to me',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'improvement' } },
  ],
  [
    'who is the gap analysis sitting with',
    { intent: 'actions.about', ask: 'lead', words: 'gap analysis' },
  ],
  [
    'social value round tables on lpt baf 08 - which exec is that sitting with',
    { intent: 'actions.about', ask: 'lead', words: 'social value round tables' },
  ],
  [
    'how many closures does the group board need to sign off',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  // Blind set t: help and "are you a bot" in other words; work "on" a risk named by its subject;
  // closures that went to a committee in a month, or go to the board then.
  ['what kind of stuff can we ask', { intent: 'help' }],
  ['are you an actual human', { intent: 'about', subject: 'you' }],
  [
    "who was down to do the medium term recovery plan on lpt's finance risk",
    {
      intent: 'actions.about',
      ask: 'lead',
      within: { kind: 'risk', risk: { registerId: LPT, number: 3 } },
    },
  ],
  [
    'which closures went to seb in november 2025',
    {
      intent: 'actions.list',
      filter: { status: 'proposed-for-closure', period: { from: '2025-11-01' } },
    },
  ],
  // Blind set u: risks NOT above appetite, or within it, are those at or below the limit; one risk
  // asked of by a long spelled-out name is that risk; "I'm on the group" before a question of its terms.
  [
    'which lpt baf risks are NOT above appetite?',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'within-appetite' } },
  ],
  [
    'which risks are inside tolerance',
    { intent: 'risk.list', filter: { kind: 'within-appetite' } },
  ],
  ['is the EPRR risk inside appetite', { intent: 'risk.detail', risk: { number: 5 } }],
  [
    "I'm on the transition group - what attendance is expected of members?",
    { intent: 'terms-of-reference', part: 'attendance' },
  ],
  [
    'environmental analysis on the workplan - paper or verbal, and who leads',
    { intent: 'workplan', items: ['Environmental Analysis'] },
  ],
  // The next deadline: the soonest still to come, however far off; "I have" is the asker's.
  [
    'my next deadline',
    {
      intent: 'actions.list',
      scope: { kind: 'mine' },
      filter: { status: 'due', period: { from: '2026-11-23', to: null } },
    },
  ],
  [
    'whats the next group baf deadline i actually have',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-group-baf-actions' } },
      filter: { status: 'due', period: { from: '2026-11-23', to: null } },
    },
  ],
  [
    'whats due next on the well led plan, not the ones already gone',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { status: 'due', period: { from: '2026-11-23', to: null } },
    },
  ],
  [
    'what deadlines ive got coming up on the group baf',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'due' } },
  ],
  // Whose name is on a piece of work, or its lead and task lead together.
  [
    "long term financial strategy action - who's the action lead and who actually does the work?",
    { intent: 'actions.about', words: 'long term financial strategy', ask: 'lead' },
  ],
  [
    'whose name is against the medium term recovery plan action',
    { intent: 'actions.about', words: 'medium term recovery plan', ask: 'lead' },
  ],
  ['whose name is on the governance review action', { intent: 'actions.about', ask: 'lead' }],
  // Where a meeting was held, asked with who chaired it: the attendance, which says where.
  [
    'was the january board virtual and who chaired it',
    { intent: 'minutes.attendance', part: 'chair' },
  ],
  // Several committees, none named: not the board's first or next meeting.
  ['which committees have met for the first time', { intent: 'unknown' }],
  // A workplan item "ticked" for a meeting, "this yr".
  [
    'is the partnership agreement annual review ticked for any board date this yr',
    { intent: 'workplan', items: ['Group Partnership Agreement Annual Review'] },
  ],
  [
    "is the board's own annual effectiveness review / ToR scheduled into any of the board dates this yr? cant see it ticked",
    { intent: 'workplan', items: ['Group Board Annual Effectiveness and Terms of Reference'] },
  ],
  [
    'which well led actions were closed this yr',
    { intent: 'actions.list', filter: { status: 'closed', period: { from: '2026-01-01' } } },
  ],
  // Risks a committee does NOT oversee.
  [
    'which group baf risks are NOT overseen by F&P',
    {
      intent: 'risk.list',
      filter: { kind: 'not-committee', committee: 'Finance and Performance Committee' },
    },
  ],
  [
    "which lpt risks aren't overseen by the quality committee",
    {
      intent: 'risk.list',
      registerId: LPT,
      filter: { kind: 'not-committee', committee: 'Quality and Safety Committee' },
    },
  ],
  ['group baf risks overseen by f&p', { intent: 'risk.list', filter: { kind: 'committee' } }],
  // A paper deadline is a meeting's, not an action's.
  ['when is the next paper deadline', { intent: 'meeting.next' }],
  // "Whose is it": who leads a piece of work.
  [
    'physician associate recruitment plan - whose is it',
    { intent: 'actions.about', words: 'physician associate recruitment plan', ask: 'lead' },
  ],
  // A target figure in the question is not a share asked for: the measure of that name in both tables.
  [
    '2hr UCR nhft - are they hitting 70%',
    {
      intent: 'performance',
      indicatorIds: [
        'community-family-2-hr-urgent-care-response',
        'metric-of-urgent-community-response-patients-seen-within-2-hours',
      ],
    },
  ],
  // When a register is next reported: its paper's next report.
  [
    'when and where is the group baf next reported',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-group-baf', want: 'schedule' },
  ],
  // "What's the X action": that action, whatever role its words name.
  [
    'whats the ftsu guardian tenure action',
    { intent: 'actions.about', words: 'ftsu guardian tenure', ask: 'status' },
  ],
  // "Who's actually doing…": who leads it, with the task lead.
  [
    "who's actually doing the FTSU action about making best use of the champions?",
    { intent: 'actions.about', words: 'ftsu making best use champions', ask: 'lead' },
  ],
  // Closures put to the board for approval are actions proposed for closure, not the agenda's decisions.
  [
    'how many group baf action closures are we putting to the board for approval in january',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  // A measure printed as a share is one, whatever its name: both tables' measures of it.
  [
    'lpt 2hr urgent community response %',
    {
      intent: 'performance',
      indicatorIds: [
        'community-family-2-hr-urgent-care-response',
        'metric-of-urgent-community-response-patients-seen-within-2-hours',
      ],
    },
  ],
  // Dictated by voice: numbers in words, initials spelt out, BAF as heard, a number's homophone.
  [
    'tell me about L P T baf five the emergency planning resilience one',
    { intent: 'risk.detail', risk: { registerId: LPT, number: 5 } },
  ],
  [
    "um what's group baff too about",
    { intent: 'risk.detail', risk: { registerId: GROUP, number: 2 } },
  ],
  [
    'group baf for score',
    { intent: 'risk.detail', risk: { registerId: GROUP, number: 4 }, facets: ['scores'] },
  ],
  [
    'actions that were due march twenty twenty five',
    {
      intent: 'actions.list',
      filter: { status: 'due', period: { from: '2025-03-01', to: '2025-03-31' } },
    },
  ],
  [
    'which risks are sitting at twenty',
    { intent: 'risk.list', filter: { kind: 'score-of', score: 20 } },
  ],
  [
    'which risks are scored over fifteen on the lpt baf',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'score-above', min: 15 } },
  ],
  // An objective named nearly: its ambitions.
  [
    'progress numbers for the be a great employer ambitions',
    { intent: 'strategy.progress', objectiveId: 'obj-excellent-employer' },
  ],
  // "Still in date": not yet due.
  [
    'are any of my baf actions actually still in date or is everything past due now',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'due' } },
  ],
  // A hedge and the risk's subject beside its number name no work.
  [
    "who owns the innovation strategy action, I think it's on the research baff number three for the group",
    { intent: 'actions.about', words: 'innovation strategy', ask: 'lead' },
  ],
  // Saying the board signed something off, then asking what it resolved: the minutes.
  [
    'I think at the september meeting they signed off the group baff, what exactly was resolved',
    { intent: 'minutes.resolutions', date: '2025-09-01' },
  ],
  // "Chief execs report": the Chief Executive Report; "drafted": its author.
  [
    'who actually drafted the chief execs report for january',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive', want: 'cover' },
  ],
  // A word of the papers heard as two ("water lily" for "Waterlily"); "the pack" is the papers.
  [
    'anything in the pack on the water lily programme',
    { intent: 'topic', text: 'waterlily programme' },
  ],
  ["what's in the january pack", { intent: 'meeting.on', period: { from: '2026-01-29' } }],
  // American spelling: the papers' programme; what it saved asks for figures.
  [
    'what has the group value program saved so far',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'figures' },
  ],
  // Who presents an item on the workplan: the workplan's lead for it, not the minutes.
  [
    'who presents the performance report item on the group board workplan',
    { intent: 'workplan', items: ['Group Performance Report'] },
  ],
  // "Flag anything to the board": a committee's alert, advise and assure report.
  [
    'did the joint people and culture committee flag anything to the board, the december one',
    { intent: 'committee.report', reportId: 'aaa-jpcc-2025-12-10' },
  ],
  // An organisation's strategy Board Clerk holds no report of: not another trust's.
  ["what's LPT's strategy called again in their baf, step up to something", { intent: 'topic' }],
  // A role offered as a guess at who leads the work: who leads it, not that role's actions.
  [
    'Whose name is against the Group innovation strategy - just the medical director?',
    { intent: 'actions.about', words: 'innovation strategy', ask: 'lead' },
  ],
  [
    "Is LPT's managing director down for the Digital Strategy action on the access risk?",
    { intent: 'actions.about', words: 'digital strategy access', ask: 'lead' },
  ],
  // "Should have been finished by now": overdue, not closed.
  [
    'Which of my well-led actions should have been finished by now?',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'overdue' } },
  ],
  // "The bits … that are down to me": the asker's actions.
  [
    'Where are we with the bits of the LPT BAF that are down to me?',
    { intent: 'actions.list', scope: { kind: 'mine' } },
  ],
  // British idiom: "any joy on…", "what's it running at these days".
  [
    "Any joy on NHFT sickness absence? What's it running at these days?",
    { intent: 'performance', organisationIds: ['nhft'] },
  ],
  // A risk's score said beside it is not a list of risks at that score.
  [
    "What's actually feeding LPT's workforce risk at 20 - which corporate risks sit under it?",
    { intent: 'risk.detail', risk: { registerId: LPT, number: 6 }, facets: ['links'] },
  ],
  // A table of the performance report, named: its measures.
  [
    'How is LPT doing against the mental health targets in the performance report?',
    { intent: 'performance', organisationIds: ['lpt'], want: 'indicator' },
  ],
  // "Dodgy due dates I need to get corrected": a chore, not the asker's actions; "there" is no meeting.
  [
    'Which well-led actions are overdue as of today, and are there any dodgy due dates I need to get corrected?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { status: 'overdue' },
    },
  ],
  // "Keeps coming up": mentioned often, not soon.
  [
    'Op Courage keeps coming up - is that one of ours, and is anything being done about the waits?',
    { intent: 'topic' },
  ],
  // "Who's behind it": the paper's sponsor and author.
  [
    "The Group Value Programme paper - who's behind it and where does it go next?",
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'cover-schedule' },
  ],
  // A committee by its author's surname, escalating: its report, not whether he attended.
  [
    "Did Harrison's joint people committee escalate anything to us in December, and what did they call out as outstanding?",
    { intent: 'committee.report', reportId: 'aaa-jpcc-2025-12-10' },
  ],
  // A newcomer's words: "the Leicestershire risk framework", "pull together", "I've been told".
  [
    "Could you pull together the actions on the Leicestershire risk framework that have my role against them? I've been told there are a few.",
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'organisation', organisationId: 'lpt' } },
    },
  ],
  // "Staff sickness across the two trusts": the measure (whom it counts is no word of its name).
  [
    'How bad is staff sickness at the moment across the two trusts?',
    {
      intent: 'performance',
      indicatorIds: ['workforce-sickness-overall', 'metric-sickness-absence-rate'],
    },
  ],
  // What a term means: the papers' own definition, whatever the question says around it.
  ["What does 'target risk' mean?", { intent: 'definition', term: 'target risk' }],
  ['what does inherent score mean', { intent: 'definition', term: 'inherent score' }],
  ['define current score', { intent: 'definition', term: 'current score' }],
  ['what does EPRR stand for', { intent: 'definition', term: 'EPRR' }],
  ["What's QSIR?", { intent: 'definition', term: 'QSIR' }],
  ['what is a deep dive', { intent: 'definition', term: 'deep dive' }],
  ['what do we mean by well-led?', { intent: 'definition', term: 'well-led' }],
  ['never heard of a BAF', { intent: 'definition', term: 'BAF' }],
  [
    'not sure what the three lines of assurance are',
    { intent: 'definition', term: 'three lines of assurance' },
  ],
  [
    "Everyone keeps saying '1st line, 2nd line, 3rd line' in the risk papers. What's all that about?",
    { intent: 'definition', term: '1st line, 2nd line, 3rd line' },
  ],
  [
    "Forgive the naive question, but what is a Board Assurance Framework actually for? I'm looking at the Leicestershire one.",
    { intent: 'definition', term: 'Board Assurance Framework', registerId: 'reg-lpt-baf-2024-25' },
  ],
  // Not a term: a record, a name with answers of its own, a clause, or a word pointing back.
  ['what does THRIVE stand for', { intent: 'strategy.progress' }],
  ['what is the transition group for', { intent: 'terms-of-reference' }],
  [
    'lpt estates risk.. where is it scored now and what are we aiming for',
    { intent: 'risk.detail' },
  ],
  [
    "Who's on the hook for LPT's medium-term recovery plan, and was it meant to be done by now?",
    { intent: 'actions.about' },
  ],
  // Written like an email: the greeting, the sign-off and why they ask are not the question.
  [
    'Hi, Sophie and I are meeting tomorrow about the financial strategy. Who is down as task lead on the Well-Led action to develop a long-term financial strategy? Thanks, Aisha',
    { intent: 'actions.list', scope: { kind: 'log', logId: 'log-well-led-2024' } },
  ],
  [
    "Hi, I've got the ICB access meeting tomorrow and need to be sure of our number. What proportion of LPT community waits were over 52 weeks in November? Thanks, Leah",
    { intent: 'performance' },
  ],
  [
    "Hi, I'm checking the LPT BAF before it goes to Audit and Risk Committee. What's the current score for BAF 03 on finance? Thanks, Megan",
    { intent: 'risk.detail', risk: { number: 3 }, facets: ['scores'] },
  ],
  [
    'Morning – quick check before my diary review. Which of my Group BAF actions have now gone past their due date? Cheers, Sam',
    { intent: 'actions.list', scope: { kind: 'mine' } },
  ],
  // Who leads an item, as the workplan has it, whatever else the item's name is.
  [
    'Who is the lead for the Group Performance Report according to the workplan?',
    { intent: 'workplan', items: ['Group Performance Report'] },
  ],
  [
    'Hi, a governor has asked what the Group Board actually resolved on the Group BAF at the September meeting. Could you let me know the resolution and the minute reference? Thanks, Alex',
    { intent: 'minutes.resolutions', date: '2025-09-01' },
  ],
  // A detail remembered and asked to be confirmed: checked against the record, not chosen by.
  [
    "my improvement actions in the well-led plan were all due end of march 2026 weren't they?",
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { period: null } },
  ],
  [
    "on the trust ambitions, the 'leading care collaboratives' one was only at 80% progress, wasn't it?",
    { intent: 'strategy.progress', ambitionIds: ['amb-6'] },
  ],
  // A month misremembered by one: the minutes of the meeting meant (they say their date).
  [
    'what did the october group board resolve on the group BAF?',
    { intent: 'minutes.resolutions', date: '2025-09-01' },
  ],
  // A number remembered wrongly beside what the risk is about: the risk described, saying so.
  [
    "who's got the actions on group BAF 4, the research one?",
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { number: 3, registerId: GROUP, said: 4 } },
    },
  ],
  [
    'what is LPT BAF 05, the estates one, scored at?',
    { intent: 'risk.detail', risk: { number: 4, registerId: LPT, said: 5 } },
  ],
  [
    'the digital risk, group baf 2: where is it scored now',
    { intent: 'risk.detail', risk: { number: 1, registerId: GROUP, said: 2 } },
  ],
  // …and kept as named when the description fits it, or fits no risk clearly.
  [
    'is group BAF 3 the research one?',
    { intent: 'risk.detail', risk: { number: 3, said: undefined } },
  ],
  [
    'group baf 1, the same one as last time',
    { intent: 'risk.detail', risk: { number: 1, said: undefined } },
  ],
  [
    'tell me about the workforce risk, BAF 4',
    { intent: 'risk.detail', risk: { number: 4, said: undefined } },
  ],
  // How up to date a register is: when each of its risks was last updated.
  [
    "how up to date is the Leicestershire BAF I've been given - when were its risks last revised?",
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'last-updated' } },
  ],
  [
    'is the group BAF up to date?',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'last-updated' } },
  ],
  [
    'when were the risks on the baf last reviewed',
    { intent: 'risk.list', filter: { kind: 'last-updated' } },
  ],
  // …not a risk's own ("when was BAF 1 last updated": its card), nor actions' revised dates.
  ['when was BAF 1 last updated', { intent: 'risk.detail', risk: { number: 1 } }],
  [
    'which group baf actions have revised dates',
    { intent: 'actions.list', filter: { status: 'revised' } },
  ],
  // The report's measures in plain English, as governors and the public say them.
  [
    'When someone at home needs an urgent community team visit within two hours, how often does that actually happen?',
    { intent: 'performance', indicatorIds: ['community-family-2-hr-urgent-care-response'] },
  ],
  [
    'when someone leaves a mental health ward, are they being checked on within a few days?',
    {
      intent: 'performance',
      indicatorIds: ['mental-health-patients-discharged-receiving-follow-up-in-3-d'],
    },
  ],
  [
    'how much time off sick are staff taking at NHFT',
    {
      intent: 'performance',
      organisationIds: ['nhft'],
      indicatorIds: ['metric-sickness-absence-rate', 'workforce-sickness-overall'],
    },
  ],
  [
    'how many empty posts does LPT have',
    { intent: 'performance', indicatorIds: ['workforce-vacancy-rate'] },
  ],
  // Committees by what they are for, in plain words.
  [
    'the two trusts now have a joint committee for staff matters. When did it first meet?',
    { intent: 'meeting.first', reportId: 'aaa-jpcc-2025-12-10' },
  ],
  [
    'what did the staff committee say in december',
    { intent: 'committee.report', reportId: 'aaa-jpcc-2025-12-10' },
  ],
  // NHS England's rating of a trust is its oversight segment.
  [
    'How does NHS England rate our two trusts overall at the moment?',
    { intent: 'performance', want: 'segment' },
  ],
  ["what's our NHS England rating?", { intent: 'performance', want: 'segment' }],
  [
    'What are the big risks the group board is worried about at the moment?',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'highest' } },
  ],
  [
    'what is being done about group baf 3?',
    { intent: 'risk.detail', risk: { number: 3 }, facets: ['actions'] },
  ],
  // How many themes, goals or ambitions a strategy has: counted, checked against a number said.
  [
    "THRIVE's got five themes, hasn't it?",
    { intent: 'strategy.progress', count: { of: 'themes', said: 5 } },
  ],
  [
    'how many goals does THRIVE have',
    { intent: 'strategy.progress', count: { of: 'themes', said: null } },
  ],
  [
    'how many ambitions are there in the trust ambitions?',
    { intent: 'strategy.progress', count: { of: 'ambitions', said: null } },
  ],
  // A number alone, in the register that has it or whose risk of that number the words describe.
  ['BAF 08 score', { intent: 'risk.detail', risk: { number: 8, registerId: LPT } }],
  [
    'which of the estates actions on BAF 04 are mine and when are they due?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'risk', risk: { number: 4, registerId: LPT } } },
    },
  ],
  ['the estates risk BAF 04', { intent: 'risk.detail', risk: { number: 4, registerId: LPT } }],
  ['baf 4 score', { intent: 'risk.detail', risk: { number: 4, registerId: null } }],
  ['baf 1 estates', { intent: 'risk.detail', risk: { number: 1, registerId: null } }],
  // "The draft" of a plan or a paper is not the draft risk.
  ['when does the EMA board see the draft 2026/27 plan?', { intent: 'paper' }],
  ['is the draft above appetite', { intent: 'risk.detail', risk: { draft: true } }],
  // A topic in one meeting's papers; what someone told a meeting, from its minutes.
  [
    'anything on the mental health bill in the jan pack?',
    { intent: 'topic', text: 'mental health bill', pack: '2026-01-29' },
  ],
  [
    'what did i tell the sept group board about sharing productivity and efficiency plans?',
    { intent: 'minutes.about', date: '2025-09-01', item: 'sharing productivity efficiency plans' },
  ],
  [
    "which items on the group board workplan aren't scheduled for any meeting?",
    { intent: 'workplan', unscheduled: true },
  ],
  [
    'am i on the transition group, and how often does it meet?',
    { intent: 'terms-of-reference', part: 'membership', also: ['frequency'] },
  ],
  // The asker's actions describing a risk, whose score is asked; "who's looking at" some work.
  [
    "the access risk on the LPT BAF that i've got actions on - what's it scoring now and what's the target?",
    { intent: 'risk.detail', risk: { registerId: LPT, number: 1 } },
  ],
  [
    "who's looking at bringing in a tenure for my role, and by when?",
    { intent: 'actions.about', ask: 'lead' },
  ],
  // A log's actions by the committee that signs them off.
  [
    'which well-led actions go to the people committee',
    { intent: 'actions.list', filter: { status: 'open', signOff: 'people' } },
  ],
  [
    'my well-led actions for the finance committee',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { signOff: 'finance' } },
  ],
  // The shape of the reply asked for ("a one-liner on") is not what is asked about.
  ['give me a one-liner on where we are with net zero', { intent: 'topic', text: 'net zero' }],
  [
    "one line on Group BAF 1 please - score and who's carrying the actions",
    {
      intent: 'risk.detail',
      risk: { number: 1, registerId: GROUP },
      facets: ['scores', 'actions'],
    },
  ],
  [
    "who's named against the medium term recovery plan action on LPT BAF 03?",
    { intent: 'actions.about', words: 'medium term recovery plan', ask: 'lead' },
  ],
  [
    'which well-led actions am i action lead for?',
    { intent: 'actions.list', scope: { kind: 'mine', as: 'action-lead' } },
  ],
  ['where am i task lead in the well-led plan', { scope: { kind: 'mine', as: 'task-lead' } }],
  // Which committee oversees each risk.
  [
    'Which committee has oversight of each Group BAF risk?',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'oversight' } },
  ],
  ['who oversees each risk on the LPT BAF', { intent: 'risk.list', filter: { kind: 'oversight' } }],
  ['which committee oversees BAF 3', { intent: 'risk.detail', risk: { number: 3 } }],
  // Each risk in the register named beside it.
  [
    'lpt baf 7 vs group baf 4',
    {
      intent: 'risk.compare',
      risks: [
        { number: 7, registerId: LPT },
        { number: 4, registerId: GROUP },
      ],
    },
  ],
  [
    'compare the Group BAF culture risk with the old LPT BAF 07 - scores and wording',
    {
      intent: 'risk.compare',
      risks: [
        { number: 4, registerId: GROUP },
        { number: 7, registerId: LPT },
      ],
    },
  ],
  // Above an appetite named by its level; ranking asked as a verb or "by score".
  [
    'which LPT risks are sitting above the cautious appetite',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'above-appetite' } },
  ],
  [
    'risks over the open risk appetite?',
    { intent: 'risk.list', filter: { kind: 'above-appetite' } },
  ],
  [
    'rank the LPT risks please',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'highest', limit: 99 } },
  ],
  [
    'group baf risks by current score',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'highest', limit: 99 } },
  ],
  // The controls, gaps or assurances on a topic inside several risks: where the papers cover it.
  ['what assurance do we get on freedom to speak up', { intent: 'topic', text: 'freedom speak' }],
  ["where's the evidence the board was assured on speaking up?", { intent: 'topic' }],
  ['any controls around speaking up?', { intent: 'topic' }],
  // "Closed cultures" is a subject of the papers, not a status.
  [
    'is there a gap in control on closed cultures',
    { intent: 'risk.detail', risk: { number: 4, registerId: GROUP }, facets: ['gaps'] },
  ],
  // The resolution about an item, asked as a thing to show.
  [
    'show me the resolution approving the group BAF risks',
    { intent: 'minutes.about', item: 'baf' },
  ],
  ['the board resolution on QSIR', { intent: 'minutes.about', item: 'qsir' }],
  ['pull up the decision to approve the THRIVE update', { intent: 'minutes.about' }],
  // Who the minutes record saying something.
  [
    'who suggested expanding the BAF 1 descriptor?',
    { intent: 'minutes.who-said', words: 'expanding descriptor' },
  ],
  ['who raised psychological safety at the board', { intent: 'minutes.who-said' }],
  [
    'so who pointed out the links between strategic and operational risks?',
    { intent: 'minutes.who-said' },
  ],
  ['who asked about the QSIR training numbers', { intent: 'minutes.who-said' }],
  // "Wasn't it X who…": who the minutes record, said to be X or not.
  [
    "wasn't it duncan orme who wanted the BAF 1 wording widened to cover efficiency and productivity?",
    { intent: 'minutes.who-said', claimed: 'duncan orme' },
  ],
  [
    'was it kamy basra that raised psychological safety',
    { intent: 'minutes.who-said', claimed: 'kamy basra' },
  ],
  [
    'Which Group BAF risks have current score already same as the target?',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'at-target' } },
  ],
  [
    'In LPT BAF 03, who is responsible of the medium term recovery plan?',
    { intent: 'actions.about', ask: 'lead' },
  ],
  // One risk set against its counterpart in the other register the question names.
  [
    'old lpt workforce risk vs the new draft group one - scores',
    {
      intent: 'risk.compare',
      risks: [
        { number: 6, registerId: LPT },
        { draft: true, registerId: GROUP },
      ],
    },
  ],
  // A meeting's own actions, closed at a later meeting whose minutes are held: that minute.
  [
    'minute ref where the may actions got closed?',
    { intent: 'minutes.about', item: 'matters arising action log' },
  ],
  [
    'Which actions of the 29 May 2025 meeting were closed?',
    { intent: 'minutes.about', item: 'matters arising action log' },
  ],
  // …and of the meeting whose minutes are the latest: its matters arising.
  ['which actions from the september meeting were closed', { intent: 'matters-arising' }],
  // "Is there" of something existing, not of being at a meeting.
  [
    'CEO report - is there a decision in it or just for info',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive', want: 'decision' },
  ],
  // A score that "doesn't look right", summary against detail: the papers' inconsistency.
  [
    'LPT BAF 03 score doesnt look right to me, summary vs the detail page?',
    { intent: 'data-quality', registerId: LPT, recordId: 'risk-lpt-baf-03' },
  ],
  // A period the papers print by mistake: the closures SEB supported, which says so.
  [
    'were 3 of the BAF action closures really signed off at SEB in december 2026??',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  // A paper named with a meeting it did not go to: that meeting's minutes.
  [
    'did anyone pick up the EMA productivity and efficiency plans at the sept GTB?',
    { intent: 'minutes.about', date: '2025-09-01' },
  ],
  ['was the ema paper questioned at the september board', { intent: 'minutes.about' }],
  ['who authored the trust ambitions paper from sept 23', { intent: 'paper', want: 'cover' }],
  // What a strategy's paper says about something its ambitions report.
  [
    'what did the trust ambitions paper say about virtual wards',
    { intent: 'strategy.progress', strategyId: 'strat-ccs-ambitions-2023-26' },
  ],
  // A strategy figure for one organisation.
  [
    'how many transformation projects has LPT got against THRIVE?',
    { intent: 'strategy.progress', figures: ['LPT transformation projects and programmes'] },
  ],
  // What falls due on a register by a day: its actions, not its slot on the workplan.
  [
    "what's due by the end of march on the group baf",
    { intent: 'actions.list', filter: { status: 'due', period: { to: '2027-03-31' } } },
  ],
  // An action's fate, asked with its old due date: the actions, not a meeting's minutes.
  [
    'the access policy refresh was due may 2024, what happened to it?',
    { intent: 'actions.list', filter: { status: 'due', period: { from: '2024-05-01' } } },
  ],
  // What changed on a register: since its last report.
  [
    'what changed on the group baf since the last board',
    { intent: 'risk.list', filter: { kind: 'since-last' } },
  ],
  // Which committee oversees most: the oversight of each risk, most first.
  [
    'which committee oversees the most LPT BAF risks?',
    { intent: 'risk.list', filter: { kind: 'oversight' }, registerId: LPT },
  ],
  // A superlative of a target kept with what it measures.
  [
    'which trust is furthest over its sickness absence target?',
    {
      intent: 'performance',
      indicatorIds: ['metric-sickness-absence-rate', 'workforce-sickness-overall'],
    },
  ],
  // A count by something, asked as a superlative.
  [
    'which section of the well led action plan has the most actions?',
    { intent: 'actions.list', tally: 'sections' },
  ],
  [
    'who is action lead on the most actions in the well-led plan?',
    { intent: 'actions.list', tally: 'leads' },
  ],
  ["what's the latest due date in the well-led plan?", { intent: 'actions.list', tally: 'last' }],
  // A person's organisation or job, asked directly.
  ['is melanie hall lpt or nhft', { intent: 'people.who', name: 'melanie hall' }],
  ['which organisation is melanie hall from', { intent: 'people.who', name: 'melanie hall' }],
  ["what's kate dyer's job title", { intent: 'people.who', name: 'kate dyer' }],
  ['what does paul sheldon do', { intent: 'people.who', name: 'paul sheldon' }],
  ['Is Anita Pisani LPT or NHFT?', { intent: 'people.who', name: 'Anita Pisani' }],
  // "Anything … for me": the asker's own.
  [
    'is there anything in the well-led plan for me?',
    { intent: 'actions.list', scope: { kind: 'mine', within: { logId: 'log-well-led-2024' } } },
  ],
  ['earliest deadline on the group baf action log', { intent: 'actions.list', tally: 'first' }],
  [
    "when's my earliest BAF action due?",
    { intent: 'actions.list', scope: { kind: 'mine' }, tally: 'first' },
  ],
  [
    "what's the furthest-out due date on any group BAF action?",
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-group-baf-actions' },
      tally: 'last',
    },
  ],
  [
    'which part of the well-led plan has the most actions in it?',
    { intent: 'actions.list', tally: 'sections' },
  ],
  [
    'which risk has the most gaps',
    { intent: 'risk.list', filter: { kind: 'most-parts', part: 'gaps', fewest: false } },
  ],
  [
    'which lpt risk has the fewest controls',
    {
      intent: 'risk.list',
      registerId: LPT,
      filter: { kind: 'most-parts', part: 'controls', fewest: true },
    },
  ],
  [
    'what risk has the most sources of assurance on the group baf',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'most-parts', part: 'assurances' } },
  ],
  ['which risk has the most actions', { intent: 'actions.list', tally: 'risks' }],
  [
    'which group baf risk has the fewest actions on it',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-group-baf-actions' },
      tally: 'risks',
    },
  ],
  ['how many actions per risk on the lpt baf', { intent: 'actions.list', tally: 'risks' }],
  [
    'what LPT BAF actions have I got and are they mostly on the access risk or the culture one?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-lpt-baf-actions' } },
      tally: 'risks',
    },
  ],
  [
    'list the group BAF risks from worst to best',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'highest', limit: 99 } },
  ],
  [
    'bottom 2 lpt risks',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'lowest', limit: 2 } },
  ],
  [
    'lpt risks from lowest to highest',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'lowest', limit: 99 } },
  ],
  // A named person's title asked by pronoun.
  ['Angela Hillery - what role does she have?', { intent: 'people.who', name: 'angela hillery' }],
  ["what's his title, paul sheldon", { intent: 'people.who', name: 'paul sheldon' }],
  // Words asked about beside a risk: where in it they appear.
  [
    'what are we doing about racism on the culture risk',
    { intent: 'risk.detail', risk: { number: 4 }, about: 'racism culture' },
  ],
  // Internal audits cited as assurance, by their rating.
  [
    'any poor internal audit results on the LPT BAF?',
    { intent: 'risk.list', filter: { kind: 'audit', rating: 'limited' } },
  ],
  [
    'which risks got significant assurance from internal audit',
    { intent: 'risk.list', filter: { kind: 'audit', rating: 'significant' } },
  ],
  [
    "which LPT risks haven't been audited",
    { intent: 'risk.list', filter: { kind: 'audit', without: true } },
  ],
  [
    'what did the audit and risk committee look at',
    { intent: 'risk.list', filter: { kind: 'committee' } },
  ],
  // Who to talk to about something is who leads it.
  ['who should I speak to about the estates risk', { intent: 'risk.owner', risk: { number: 4 } }],
  // A run-through of the strategic risks: all of them.
  ['walk me through the LPT risks', { intent: 'risk.list', filter: { kind: 'all' } }],
  [
    "a quick rundown of the group's strategic risks",
    { intent: 'risk.list', filter: { kind: 'all' } },
  ],
  // Board members asked with "other" or "fellow".
  ['who are my fellow NEDs', { intent: 'minutes.attendance', part: 'non-executive' }],
  ['who else sits on the board', { intent: 'minutes.attendance', part: 'members' }],
  // How risks are scored.
  ['how are risks scored', { intent: 'definition', term: 'risk scoring' }],
  ['how does the scoring work on the BAF', { intent: 'definition', term: 'risk scoring' }],
  // A paper's agenda item, and where a register's paper goes next.
  ['what agenda item was the trust ambitions paper', { intent: 'paper', want: 'cover' }],
  ['where does the group BAF go next', { intent: 'paper', want: 'schedule' }],
  // A minute reference asked of a past meeting.
  [
    'what was the minute number for the performance report in september',
    { intent: 'minutes.about', item: 'performance' },
  ],
  [
    'minute ref for the THRIVE update at the sept board?',
    { intent: 'minutes.about', item: 'thrive' },
  ],
  // A whole log named, asked what it holds about something.
  [
    'is there anything in the well-led action plan regarding NED catch ups?',
    { intent: 'actions.about', within: { kind: 'log', logId: 'log-well-led-2024' } },
  ],
  // A BAF's action log, named as its risks' actions; "recently" names nothing.
  [
    'which of the group risk actions were closed recently?',
    { intent: 'actions.list', scope: { kind: 'log', logId: 'log-group-baf-actions' } },
  ],
  // "Against the strategy overall": no ambition is named by those words.
  [
    'how are we doing against the strategy overall?',
    { intent: 'strategy.progress', ambitionIds: [] },
  ],
  // Why the controls are not bringing a score down: its gaps.
  [
    'what controls have we got on the estate risk and why arent they bringing the score down',
    {
      intent: 'risk.detail',
      risk: { number: 4 },
      facets: ['scores', 'controls', 'gaps', 'context'],
    },
  ],
  // The gist of a whole action plan: its sections, with every action.
  [
    'im new - what came out of the well-led review? give me the gist',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { status: 'all' },
      tally: 'sections',
    },
  ],
  // Where the trusts are weakest on the oversight framework: its domains, worst and best said.
  [
    'on the nhs oversight framework scores, where are we weakest?',
    { intent: 'performance', want: 'domains' },
  ],
  // Anything on a log for a role: that role's actions on it.
  [
    'anything on the well led plan for the coo',
    { intent: 'actions.list', scope: { kind: 'role', within: { logId: 'log-well-led-2024' } } },
  ],
  // What's done and what's late: every one, each with where it stands.
  [
    'my digital BAF actions - whats done and whats late',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'all' } },
  ],
  // "In the BAF": a register's log, never another log's section of the same name.
  [
    'which strategy actions are on me in the BAF?',
    { intent: 'actions.list', scope: { kind: 'mine', within: null } },
  ],
  // A score where it sits ("still sat at 16") is no Saturday.
  [
    'is the digital one on the group baf still sat at 16 or has it come down at all',
    { intent: 'risk.list' },
  ],
  // A flag up to the board is a committee's report, not the papers' data-quality flags.
  ['what did the people committee flag up to the board?', { intent: 'committee.report' }],
  // One piece of work on a numbered risk, asked whose it is or when it is due: that action.
  [
    'the digital strategy on lpt baf 01 - is it mine?',
    {
      intent: 'actions.about',
      words: 'digital strategy',
      ask: 'lead',
      within: { kind: 'risk', risk: { number: 1, registerId: LPT } },
    },
  ],
  [
    'policy refresh on BAF 01, has that been pushed back?',
    {
      intent: 'actions.about',
      words: 'policy refresh',
      ask: 'due',
      within: { kind: 'risk', risk: { number: 1, registerId: LPT } },
    },
  ],
  // ...not the risk's own subject, nor a list ("what's still open … and by when").
  [
    'what have i got open on the research risk (group baf 3) and by when',
    { intent: 'actions.list', scope: { kind: 'mine' } },
  ],
  // What stops a score coming down is its gaps, not the risks that came down.
  [
    "what's keeping the workforce score from coming down on lpt baf 06?",
    { intent: 'risk.detail', risk: { number: 6, registerId: LPT }, facets: ['scores', 'gaps'] },
  ],
  ['which risks have come down since initial?', { intent: 'risk.list' }],
  // A score against its own target is one risk's, not a comparison of two risks.
  [
    'group baf 4 - scores vs target pls',
    { intent: 'risk.detail', risk: { number: 4, registerId: GROUP } },
  ],
  // "Ops directors": the LPT BAF's Operational Directors.
  [
    'anything sitting with the ops directors on the lpt baf',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: ['role-lpt-operational-directors'] },
    },
  ],
  // "Needs me" is the asker's work.
  ['does anything in the group baf need me?', { intent: 'actions.list', scope: { kind: 'mine' } }],
  // The asker's own items of a workplan.
  ['which workplan items am i down to present?', { intent: 'workplan', mine: true }],
  // What someone took forward, as the minutes record it; a role the minutes list one person in.
  [
    'what did duncan orme agree to take forward in september?',
    { intent: 'minutes.said', name: 'duncan orme' },
  ],
  [
    'what did the lpt director of governance agree to take forward at the sept board?',
    { intent: 'minutes.said', name: 'kate dyer' },
  ],
  ['who wanted the BAF 1 wording changed?', { intent: 'minutes.who-said' }],
  // A measure's own short form names it; a measure of data quality is no data-quality flag.
  [
    'where are we on snomed and dqmi?',
    {
      intent: 'performance',
      indicatorIds: [
        'mental-health-data-quality-snomed-ct',
        'mental-health-data-quality-dqmi-score',
      ],
    },
  ],
  // The top scorer, then whether it is over appetite: the highest, which shows its tolerance.
  [
    'biggest risk on the group baf - is it over appetite?',
    { intent: 'risk.list', filter: { kind: 'highest' } },
  ],
  // Why the answer is wanted is not what is asked.
  [
    'which LPT risks cite a limited assurance audit? need it for the audit committee report',
    { intent: 'risk.list', filter: { kind: 'audit', rating: 'limited' } },
  ],
  // A committee whose minutes Board Clerk does not hold: that committee's, not the board's.
  [
    'what did the audit and risk committee decide last time?',
    { intent: 'minutes.resolutions', body: 'Audit and Risk Committee' },
  ],
  // The progress of one action described in words.
  ['board development plan action - any update?', { intent: 'actions.about', ask: 'status' }],
  // Two months named without a year: both, and what lies between.
  [
    'which actions were proposed for closure in oct and nov?',
    {
      intent: 'actions.list',
      filter: {
        status: 'proposed-for-closure',
        period: { from: '2026-10-01', to: '2026-11-30' },
        yearless: true,
      },
    },
  ],
  // Copied or repeated entries are the papers' data quality.
  ['is anything listed twice in the group baf closures?', { intent: 'data-quality' }],
  // "Perf report": the performance report.
  ['nhft waiting times in the perf report', { intent: 'performance' }],
  // What a group a paper reports on has found: the paper's words, not the group's terms.
  [
    'has the transition group identified any issues yet, per the value programme paper?',
    { intent: 'paper', want: 'say', words: 'transition group issues' },
  ],
  // A risk named first, then "has it…": that risk, not a list.
  [
    'the workforce risk on the lpt baf - is it any better than at the start?',
    { intent: 'risk.detail', risk: { number: 6, registerId: LPT } },
  ],
  // "What's on me": the asker's work.
  ["what's still on me?", { intent: 'actions.list', scope: { kind: 'mine' } }],
  // A paper named by a word of its title without the group's name.
  ['what does the value paper ask the board to do?', { intent: 'paper', want: 'decision' }],
  // A risk named as a risk narrows the asker's actions, whatever else is said around it.
  [
    'anything of mine on the lpt estates risk? someone mentioned the capital bid',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'risk', risk: { number: 4 } } },
    },
  ],
  // A register named by its date is no period of due dates.
  [
    "what's on my plate from the may 2024 baf?",
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'open', period: null } },
  ],
  // "That can't be right": the papers' data quality.
  ['BAF 02 quotes a score of 60 - that cannot be right, can it?', { intent: 'data-quality' }],
  // An impossible date named: the data-quality flag that says so.
  ['is there really an action due on 31 june in the well-led plan?', { intent: 'data-quality' }],
  // Missing a meeting is no overdue action; what was presented there is its minute.
  [
    'i missed the september board - what was the QSIR presentation about?',
    { intent: 'minutes.about', date: '2025-09-01' },
  ],
  // A measure named in quotes.
  [
    "what's the 'raising concerns' sub-score for each trust?",
    { intent: 'performance', indicatorIds: ['metric-nhs-staff-survey-raising-concerns-sub-score'] },
  ],
  // Who to speak to about some work: who leads it, not the asker's own.
  [
    'who should i talk to about the well-led strategy actions?',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'strategy' }, tally: 'leads' },
  ],
  // A meeting's actions carried over: its action sheet.
  [
    'were any actions carried over from the september group board?',
    { intent: 'matters-arising', body: 'Group Trust Board' },
  ],
  // When some work named in words is due: that action, not every open action because "due" was said.
  [
    'when is the PSIRF implementation due?',
    { intent: 'actions.about', words: 'psirf implementation', ask: 'due' },
  ],
  ['quality dashboard - when by?', { intent: 'actions.about', words: 'quality dashboard' }],
  ['when will psirf be fully implemented', { intent: 'actions.about', ask: 'due' }],
  [
    "what's the target date for the quality dashboard",
    { intent: 'actions.about', words: 'quality dashboard', ask: 'due' },
  ],
  // The asker's errand before the work ("I've been asked to pick up…") names no work.
  [
    "I've been asked to pick up the long-term financial strategy work from the Well-Led plan. When was it due?",
    { intent: 'actions.about', words: 'long term financial strategy work', ask: 'due' },
  ],
  // "The action to …": the action those words describe.
  [
    'In the Well-Led action plan the action to develop a long-term financial strategy lists a CFO as the task lead. Which committee is meant to sign that action off, and when is it due?',
    { intent: 'actions.about', words: 'develop a long term financial strategy', ask: 'due' },
  ],
  // A risk named twice, then who is named against work on it: that action's lead.
  [
    'On the LPT finance risk, BAF 03, who is named against developing the medium term recovery plan?',
    {
      intent: 'actions.about',
      words: 'developing medium term recovery plan',
      ask: 'lead',
      within: { kind: 'risk', risk: { number: 3, registerId: LPT } },
    },
  ],
  // A risk named first by its subject, then the work: the action on that risk.
  [
    'partnerships baf - the agree-a-plan-with-ICB action, whose is it and deadline?',
    { intent: 'actions.about', ask: 'lead', within: { kind: 'risk', risk: { number: 2 } } },
  ],
  // "Is there anything … assigned to" a role: its actions, in the register named (whose date is the
  // register's, not a due date), not whether the role attended a meeting.
  [
    'Is there anything on the LPT Board Assurance Framework from May 2024 that is assigned to the Director of Corporate Governance?',
    {
      intent: 'actions.list',
      scope: {
        kind: 'role',
        roleIds: ['role-lpt-director-of-corporate-governance'],
        within: { kind: 'log', logId: 'log-lpt-baf-actions' },
      },
      filter: { status: 'open', period: null },
    },
  ],
  // A context sentence naming the risk, then a question leaning on it ("what score does it quote").
  [
    'I noticed that LPT BAF 02 refers to a Group JWG register item on quality improvement acceleration. What score does it quote for that?',
    { intent: 'risk.detail', risk: { number: 2, registerId: LPT } },
  ],
  // A measure against its own ceiling is that trust's, not a comparison with the other trust.
  [
    "what was LPT's overall sickness rate in December 2025 against its ceiling",
    {
      intent: 'performance',
      organisationIds: ['lpt'],
      indicatorIds: ['workforce-sickness-overall', 'metric-sickness-absence-rate'],
    },
  ],
  // Two measures sharing their last word: each of them.
  [
    'vacancy and sickness rates for dec, nhft and lpt pls',
    {
      intent: 'performance',
      indicatorIds: [
        'workforce-vacancy-rate',
        'workforce-sickness-overall',
        'metric-sickness-absence-rate',
      ],
    },
  ],
  // A copy seen twice in a log: the papers' flags.
  [
    'the research mapping action seems to appear twice in the closures with a different lead. Which entry is right?',
    { intent: 'data-quality' },
  ],
  // An errand after the question ("want to check our cttee workplan covers them") is not the question.
  [
    'which of the group baf risks come to F&P? want to check our cttee workplan covers them',
    {
      intent: 'risk.list',
      filter: { kind: 'committee', committee: 'Finance and Performance Committee' },
    },
  ],
  // Two months joined by "+": both.
  [
    'how many group baf actions were closed thru SEB in nov + dec? split pls',
    { intent: 'actions.list', filter: { period: { from: '2025-11-01', to: '2025-12-31' } } },
  ],
  // A log named with a committee: the log's actions that committee signs off.
  [
    'anything on the well-led plan for finance cttee?',
    { intent: 'actions.list', scope: { kind: 'log' }, filter: { signOff: 'finance' } },
  ],
  // Short forms of the papers' own words: "prog", "corp", an efficiency target as a savings target.
  [
    'group value prog - whats changed recently',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme' },
  ],
  ['efficiency target for 25/26 both trusts', { intent: 'paper.figures' }],
  // "Ultra low emission" cars are no shortfall: the ambition that reports them.
  [
    'how many zero and ultra low emission lease/salary sac cars per the ambitions update',
    { intent: 'strategy.progress', ambitionIds: ['amb-12'], below: null },
  ],
  // "The action about …", then who its task leads are (asked in the plural): that action's leads.
  [
    'action about keeping NEDs up to date between committee meetings - who are the task leads?',
    {
      intent: 'actions.about',
      words: 'keeping neds up to date between committee meetings',
      ask: 'lead',
    },
  ],
  // A measure named against its target: the measure, not the risks at target.
  [
    'appraisal rates for both trusts - on target?',
    { intent: 'performance', indicatorIds: ['workforce-staff-appraisals-in-last-12-mths'] },
  ],
  // A sub-score of the oversight framework: that measure, not the segment.
  [
    'raising concerns sub-score from the staff survey in the NOF, both trusts pls',
    {
      intent: 'performance',
      want: 'indicator',
      indicatorIds: ['metric-nhs-staff-survey-raising-concerns-sub-score'],
    },
  ],
  // Something "in the wrong place" in the papers: their data-quality flags.
  [
    "there's a december closure against the culture risk that looks like it's in the wrong place - what is it?",
    { intent: 'data-quality', recordId: 'risk-group-baf-4' },
  ],
  // A figure the board was given "last time" is no question about the last meeting.
  [
    'what was the LPT health and wellbeing interactions figure we gave the board last time',
    { intent: 'unknown' },
  ],
  // The attendance a body expects of its members: its terms of reference.
  [
    'attendance expectation for transition grp members?',
    { intent: 'terms-of-reference', termsId: 'tor-grp-transition-group', part: 'attendance' },
  ],
  // A log's actions a committee signs off, in other words; "our committee" is the one the frame names.
  [
    'how many well-led actions come to people for sign-off?',
    { intent: 'actions.list', filter: { signOff: 'people' } },
  ],
  [
    'prepping the people cttee escalation report - how many of the well-led actions is our committee meant to sign off?',
    { intent: 'actions.list', filter: { signOff: 'people and culture' } },
  ],
  // A risk named "clinical outcomes" is no outcome of a minute.
  [
    'is the target score on the access and clinical outcomes risk actually within our risk appetite?',
    { intent: 'risk.detail', risk: { number: 1, registerId: LPT } },
  ],
  // Why it is asked, said after the question ("- worried given …"): not what is asked.
  [
    "compare nhft and lpt on follow up within 3 days of discharge - worried given that's the high risk window for suicide",
    {
      intent: 'performance',
      indicatorIds: ['mental-health-patients-discharged-receiving-follow-up-in-3-d'],
    },
  ],
  // People on a waiting list are patients, not the workforce; "thinking of …" is why it is asked.
  [
    'what policy do we rely on as a control for harm while people are on the waiting list? thinking of the adhd list with the meds shortage',
    { intent: 'risk.detail', risk: { number: 1, registerId: LPT }, facets: ['controls'] },
  ],
  // What the minutes record someone saying: what they said.
  [
    'what did the minutes record david maher saying at the sept group board about where we could improve together?',
    { intent: 'minutes.said', name: 'david maher', words: 'improve together' },
  ],
  [
    'what was minuted from manjit darby on the digital baf risk in september?',
    { intent: 'minutes.said' },
  ],
  // An objective named, then one of its ambitions: that ambition.
  [
    "be sustainable ambitions - what's the focus to march 24 on the environmental one",
    { intent: 'strategy.progress', ambitionIds: ['amb-12'] },
  ],
  // The asker's own actions, however asked: "anything assigned to me", "have me on them", "due from me".
  [
    'is there anything on the LPT BAF assigned to me?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-lpt-baf-actions' } },
    },
  ],
  [
    'which well-led items have me on them?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-well-led-2024' } },
    },
  ],
  [
    'whats due from me on the LPT BAF',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-lpt-baf-actions' } },
    },
  ],
  ['anything for me on the wl plan', { intent: 'actions.list', scope: { kind: 'mine' } }],
  // "For closing" is for closure: proposed, not closed.
  [
    'how many group baf actions went to seb for closing, and when',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  // "Who was it that flagged…": who the minutes record saying it, not the data-quality flags.
  [
    'who was it that flagged duplication of reporting across the two orgs?',
    { intent: 'minutes.who-said' },
  ],
  // What a meeting resolved on an item: that item's minute, not the workplan.
  [
    'What did the Group Board resolve on the workplan item in September 2025?',
    { intent: 'minutes.about', item: 'workplan' },
  ],
  // "Initial risk 5 x 4": a score, not risk 5.
  [
    'Appendix A draft Group workforce risk shows initial risk 5 x 4 combined 25. Is that combined score right?',
    { intent: 'risk.detail', risk: { draft: true } },
  ],
  // A paper by the agenda item its cover prints.
  [
    'What went to the Trust Board on 27 September 2023 as agenda item 15?',
    { intent: 'paper', paperId: 'paper-ccs-trust-ambitions-2023-09', want: 'cover' },
  ],
  // A register's cover paper: the paper that brings it.
  [
    'Group BAF cover paper for the Jan board – who sponsored it and what was the date submitted?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-group-baf', want: 'cover' },
  ],
  // Who is in a body a paper describes: what the paper says it is made up of.
  [
    'which trusts make up the ema?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', words: 'made up' },
  ],
  // An ambition named in its own words: that ambition.
  [
    "Main sites having a community value and usage plan - what's the agreed action plan and the timings?",
    { intent: 'strategy.progress', ambitionIds: ['amb-11'], part: 'focus' },
  ],
  // "My steps" are the asker's actions; "should've been done by" asks when they were due, not closed.
  [
    "BAF 08 social value - which of my steps should've been done by Q3 24/25?",
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'overdue' } },
  ],
  // Mitigations on a strategy's theme: that theme's report, not the action logs.
  [
    'any additional mitigations flagged on the THRIVE technology theme?',
    { intent: 'strategy.progress', themeId: 'theme-t' },
  ],
  // Why a strategy's figures look as they do: its paper's explanation.
  [
    'why does NHFT look like it has more technology programmes than valuing people ones in THRIVE?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-thrive', want: 'say' },
  ],
  // Why a board agreed something named: what the paper says of it.
  [
    'why did the alliance board agree to fund CAMHS tier 3.5 and Waterlily recurrently?',
    {
      intent: 'paper',
      paperId: 'paper-gtb-2026-01-29-ema',
      words: 'fund camhs tier waterlily recurrently',
    },
  ],
  // Gaps the well-led reviewers flagged: what the plan's findings say of them.
  [
    'which board-level skills gaps did the well led reviewers flag?',
    { intent: 'actions.about', within: { kind: 'log', logId: 'log-well-led-2024' } },
  ],
  // A committee that "has to sign off" a log's actions: those it signs off, overdue when asked so.
  [
    "can you list the overdue well-led actions that People Committee has to sign off, with who's leading each",
    { intent: 'actions.list', filter: { status: 'overdue', signOff: 'people' } },
  ],
  // "Anything recorded on progress?" after the asker's actions: no topic of its own.
  [
    'what BAF actions of mine were due May 2024? anything recorded on progress?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'registers' } },
      filter: { status: 'due' },
    },
  ],
  // A measure "behind": the measure against its target.
  [
    '3 day follow up after discharge - is one of the trusts really behind?',
    { intent: 'performance', want: 'indicator' },
  ],
  // A project in a meeting's minutes, "what was it trying to do?": that item's minute.
  [
    'the HR recruitment QSIR project in the September minutes - what was it trying to do?',
    { intent: 'minutes.about', date: '2025-09-01' },
  ],
  // The time of year, said as the reason for asking: not a period the list is of.
  [
    'Owen here - with it being nearly December, which of my actions are overdue?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: null },
      filter: { status: 'overdue', period: null },
    },
  ],
  [
    "now it's year end, what's still open on the well-led plan?",
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { status: 'open' },
    },
  ],
  // "Under" an objective named is where the ambition is, not "below" a level.
  [
    "Under 'be an excellent employer', which ambition was only at 80% progress at Q2?",
    {
      intent: 'strategy.progress',
      objectiveId: 'obj-excellent-employer',
      below: null,
      equals: { measure: 'progress', percent: 80 },
    },
  ],
  // A measure named in other words than its own ("getting" for "to receive").
  [
    'NOF sub-score for patients in crisis getting face to face contact within 24 hours, both trusts?',
    {
      intent: 'performance',
      want: 'indicator',
      indicatorIds: ['metric-of-patients-in-crisis-to-receive-face-to-face-contact-within'],
    },
  ],
  // A figure of the ambitions' report, though the performance report has a table of the same words.
  [
    'In the ambitions update, what 2hr response rate was the Luton adults UCR hitting, against what national target?',
    { intent: 'strategy.progress', ambitionIds: ['amb-6'] },
  ],
  // Risks a review found are in the papers' words, not the register's.
  ['what were the main risks the CQC self-assessment picked up?', { intent: 'unknown' }],
  // Another body's board: what the papers report of it, not our minutes or meetings.
  [
    'what did the Alliance board agree to fund recurrently at its October meeting',
    { intent: 'unknown' },
  ],
  // The end of a set of figures a paper prints under one name.
  ['of the three key areas which is the smallest', { intent: 'paper.figures' }],
  // When something in the minutes was due: not an action, and not every open action.
  [
    'when were the first Provider Capability Assessment submissions due',
    { intent: 'actions.about', ask: 'due' },
  ],
  // A paper reached in a long message, then its cover asked of "it".
  [
    "Good evening. I'm working through the pack for the 29 January 2026 Group Trust Board on my iPad and have reached the Chief Executive's report. Could you tell me who sponsored it and who actually wrote it, when it was submitted, and when the next report is due?",
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-chief-executive', want: 'cover-schedule' },
  ],
  // A cover sheet asked by name: the paper's cover, not the meeting's attendance or agenda.
  [
    "On the THRIVE report's cover sheet, who is the author, which forum considered it before the board, and what assurance was gained there?",
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-thrive', want: 'cover' },
  ],
  [
    'On the Group Board Assurance Framework cover paper for January, what level of assurance does the governance table record from where it was considered elsewhere?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-group-baf', want: 'cover' },
  ],
  // A section of a log and a date, with who leads each: the section's list, with its leads.
  [
    'In the well-led action plan, which of the leadership actions were due by 30 June 2025, and who was leading each of them?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: 'leadership' },
      filter: { status: 'due', period: { to: '2025-06-30' } },
      tally: 'leads',
    },
  ],
  // The asker's doubt said beside the question is why they ask, not "my actions".
  [
    'When is the well-led action on divisional buy-in through the FTSU sub-cabinet due? Something about the date looked odd to me when I checked the plan.',
    { intent: 'actions.about', ask: 'due' },
  ],
  [
    'Going back to the LPT Board Assurance Framework from May 2024 for comparison: what is the current score on BAF 03, the financial risk? My recollection from the summary page was 20.',
    { intent: 'risk.detail', risk: { registerId: 'reg-lpt-baf-2024-25', number: 3 } },
  ],
  // A trust's own board is not the group's; a financial year is not a score.
  [
    'What risk appetite did the LPT Trust Board apply across its risks for 2024/25, and what band of scores does that appetite cover?',
    { intent: 'risk.appetite', registerId: 'reg-lpt-baf-2024-25', score: null },
  ],
  // What is added to a risk's title, and why: the register's paper.
  [
    'I notice the research risk on the Group BAF is being renamed. What words are being added to the title of Group BAF 3, and what reason does the paper give for the change?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-group-baf', want: 'say' },
  ],
  // The parts of a figure are not a body's members.
  [
    'How large is the corporate services benchmarking opportunity quoted in the value programme paper, and which areas make up most of it?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme' },
  ],
  // Which of a log's actions, by the words before "actions in the …".
  [
    'what are the long term trajectory actions in the well-led plan?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { about: 'long term trajectory' },
    },
  ],
  // The nearest "the" before "action": "the exec lead on the digital action" is the digital action.
  [
    'who was the exec lead on the digital action that got closed at Group SEB in November 2025?',
    { intent: 'actions.about', words: 'digital', ask: 'lead' },
  ],
  // What someone told a month's board, though its subject is the NOF.
  [
    'what did David Maher tell the September board about the NOF?',
    { intent: 'minutes.said', name: 'david maher' },
  ],
  // Two dates in two parts of a question are not a span.
  [
    "For the Medical Directors' actions on Group BAF 3 - which were due by Feb 2026, and which research actions were closed at Group SEB in November?",
    { intent: 'actions.list', filter: { period: { from: null, to: '2026-02-28' } } },
  ],
  // "On the detail page" says where a score is printed, not "the risk in full".
  [
    'BAF 03 finance - whats the current score on the detail page?',
    { intent: 'risk.detail', facets: ['scores'] },
  ],
  // "That" with nothing said before it: asked what, not every open action.
  ['when was that due?', { intent: 'clarify' }],
  ['when is it due', { intent: 'clarify' }],
  // Ambitions at a level "had": those at it.
  [
    'which ambition had 75% confidence',
    { intent: 'strategy.progress', equals: { measure: 'confidence', percent: 75 } },
  ],
  // The asker named in other words: "list me as", "on me", "do I actually own anything".
  [
    'how many well-led actions list me as a task lead?',
    { intent: 'actions.list', scope: { kind: 'mine', as: 'task-lead' } },
  ],
  [
    'how many social value milestones are on me',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'topic', text: 'social value' } },
    },
  ],
  [
    'do I actually own anything on the LPT BAF?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-lpt-baf-actions' } },
    },
  ],
  // A register's paper named, the asker's actions asked: their actions on the register.
  [
    "what do I own on the group BAF and when's it due?",
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-group-baf-actions' } },
    },
  ],
  // A calendar year alone is a period ("due back in 2024").
  [
    'which of my BAF actions were due back in 2024?',
    {
      intent: 'actions.list',
      filter: { status: 'due', period: { from: '2024-01-01', to: '2024-12-31' } },
    },
  ],
  [
    'which group baf actions were closed during 2025?',
    {
      intent: 'actions.list',
      filter: { status: 'closed', period: { from: '2025-01-01', to: '2025-12-31' } },
    },
  ],
  // How many a list holds is no topic ("the five group BAF risks").
  [
    'list the five group BAF risks',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'all' } },
  ],
  [
    'what are the six risks on the LPT baf',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'all' } },
  ],
  // Not at every meeting: those missing from some (or only as required), not from all.
  [
    "which workplan items aren't scheduled for every meeting?",
    { intent: 'workplan', unscheduled: false, notEveryMeeting: true },
  ],
  ["what isn't on every board agenda", { intent: 'workplan', notEveryMeeting: true }],
  // An alliance's members counted: its members, as the paper lists them.
  [
    'how many trusts in the East Midlands Alliance? list them',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', want: 'say' },
  ],
  // "Each committee" names none: the count by committee.
  [
    'well-led plan: how many actions go to each committee for sign off?',
    { intent: 'actions.list', tally: 'sign-off' },
  ],
  // Whether there is an action about something: that action, by its words.
  [
    'is there a well-led action about a fixed tenure for the FTSU Guardian?',
    { intent: 'actions.about', ask: 'status', within: { kind: 'log', logId: 'log-well-led-2024' } },
  ],
  // A piece of work on a risk named by its topic, asked when it is due: not the risk's assurances.
  [
    "When's the policy compliance audit on the finance BAF risk due?",
    { intent: 'actions.list', scope: { kind: 'risk', risk: { registerId: LPT, number: 3 } } },
  ],
  // One action of a log by its words: the log's name is not among them.
  [
    'The long-term financial strategy action in the well-led plan - am I the task lead on that?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'topic', text: 'long term financial strategy' } },
    },
  ],
  // Chat shorthand ("hw", "grp", "mnth", "thru", "triple a", "med term") is spelt out first.
  [
    'hw many grp baf actions r up for closure at jan gtb',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  [
    'who wrote the triple A that went to group board in jan?',
    { intent: 'committee.report', author: true },
  ],
  [
    'med term recovery plan action on baf 3 - whose is it n when was it due',
    { intent: 'actions.about', words: 'medium term recovery plan', ask: 'lead' },
  ],
  // "With me on it" is the asker's own.
  [
    'anythng in the well led plan with me on it',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-well-led-2024' } },
    },
  ],
  // A workplan lead named last: that lead's items, not an item sharing the lead's words; "25/26" is
  // the plan's year, not its first meeting.
  [
    'which items on the GTB workplan 25/26 sit with the group exec director of strategy and partnerships',
    {
      intent: 'workplan',
      date: null,
      ledBy: 'group executive director of strategy and partnerships',
    },
  ],
  ['who does the performance report?', { intent: 'workplan', items: ['Group Performance Report'] }],
  // What a meeting's minutes record of the workplan, even with a word the flags also use.
  [
    'when the workplan came to the sept board did anyone comment on it? think there was something about duplication',
    { intent: 'minutes.about', date: '2025-09-01' },
  ],
  ['did anyone comment on the workplan at the september board', { intent: 'minutes.about' }],
  // Which board and agenda item a paper went to: its cover.
  [
    'the trust ambitions 2023-26 paper - which board and agenda item was it?',
    { intent: 'paper', want: 'cover' },
  ],
  // Due last, said as "runs the longest"; counted by month.
  [
    "which of my culture BAF actions runs the longest, when's it due?",
    {
      intent: 'actions.list',
      tally: 'last',
      scope: { kind: 'mine', within: { kind: 'topic', text: 'culture' } },
    },
  ],
  ['which month are most of my well-led actions due', { intent: 'actions.list', tally: 'months' }],
  // A strategy's figure asked as a survey result.
  [
    'thrive survey - % lpt staff who get the strategy',
    {
      intent: 'strategy.progress',
      figures: [
        'Staff who understood what the THRIVE strategy is (reported at GTB/25/17, 25 September 2025)',
      ],
    },
  ],
  // Two risks named by topic, joined: both, side by side.
  [
    'what are the scores on the research risk and the workforce risk',
    { intent: 'risk.compare', risks: [{ number: 3 }, { draft: true }] },
  ],
  // The oldest of a list: its first due ("longest-running" beside "overdue"), and "not done" is open.
  [
    'how long overdue is my longest-running ftsu action',
    { intent: 'actions.list', tally: 'first', filter: { status: 'overdue' } },
  ],
  [
    "what's the oldest thing I still haven't done on the well led plan?",
    { intent: 'actions.list', tally: 'first', filter: { status: 'open' }, scope: { kind: 'mine' } },
  ],
  // What a past meeting resolved on something named last: that item's minute.
  [
    'what did the sept board resolve on the group BAF',
    { intent: 'minutes.about', date: '2025-09-01', item: 'baf' },
  ],
  // The asker saying the role they ask in asks for that role's.
  [
    'whats on the lpt baf for me as dir of governance?',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: ['role-lpt-director-of-governance'] },
    },
  ],
  // A number that does not exist, with what the risk is about: the risk described.
  [
    "lpt baf 10 is the cyber one isnt it? what's it at",
    { intent: 'risk.detail', risk: { registerId: LPT, number: 5, said: 10 } },
  ],
  // Domains are scored only by the oversight framework; "in which months" counts by month.
  [
    'which domain is nhft scoring worst on',
    { intent: 'performance', want: 'domains', organisationIds: ['nhft'] },
  ],
  [
    'how many group baf actions got closed off through group SEB and in which months',
    { intent: 'actions.list', tally: 'months' },
  ],
  // "Urgent community response" is one measure, not the performance report's community table.
  [
    'luton ucr 2 hr response rate vs national target',
    { intent: 'performance', indicatorIds: ['community-family-2-hr-urgent-care-response'] },
  ],
  // "Falling due" is due, not a topic of falling.
  [
    'anything of mine falling due before the end of March?',
    { intent: 'actions.list', scope: { kind: 'mine', within: null }, filter: { status: 'due' } },
  ],
  // Fewer, greater: comparing words, not words of the measure.
  [
    'has lpt got fewer vacancies than nhft',
    {
      intent: 'performance',
      organisationIds: ['lpt', 'nhft'],
      indicatorIds: ['workforce-vacancy-rate'],
    },
  ],
  // The workplan's next meeting.
  [
    "what's on the workplan for the next GTB",
    { intent: 'workplan', body: 'Group Trust Board', date: null, next: true },
  ],
  ['whats coming up on the forward plan', { intent: 'workplan', next: true }],
  // An action owner's own words for their work.
  [
    'who else is working on the social value round table with me',
    { intent: 'actions.about', words: 'social value round table', ask: 'lead' },
  ],
  [
    'when is our finance lead meant to have the long term financial strategy done by',
    { intent: 'actions.about', ask: 'due' },
  ],
  [
    'what did we report last time on the quality dashboard',
    { intent: 'actions.about', words: 'quality dashboard', ask: 'status' },
  ],
  [
    'the psirf one on the well led plan, is that on me?',
    { intent: 'actions.about', words: 'psirf', ask: 'lead', mine: true },
  ],
  [
    'what does the baf expect the operational directors to deliver',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: ['role-lpt-operational-directors'] },
    },
  ],
  [
    'what have i got on the culture risk on the group baf',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'risk', risk: { registerId: GROUP, number: 4 } } },
    },
  ],
  [
    'what did i say last time on my group baf actions',
    { intent: 'actions.list', scope: { kind: 'mine' }, progress: true },
  ],
  // Two pieces of work set against each other by date.
  [
    'is my ftsu champions action due before or after the guardian tenure one?',
    { intent: 'actions.about', ask: 'due', words: 'ftsu champions' },
  ],
  [
    'the access policy refresh vs the waiting times review - which is due first',
    { intent: 'actions.about', ask: 'due', versus: 'waiting times review' },
  ],
  [
    'which of the 12 ambitions is most behind on progress?',
    { intent: 'strategy.progress', below: null, extreme: { measure: 'progress', which: 'lowest' } },
  ],
  [
    "is group baf 3's initial score higher than group baf 1's",
    { intent: 'risk.compare', stage: 'initial' },
  ],
  [
    'ftsu actions on manager training - what are they',
    { intent: 'actions.list', filter: { about: 'manager training' } },
  ],
  [
    'remind me the score range for open appetite on the lpt baf',
    { intent: 'risk.appetite', level: 'open' },
  ],
  [
    'who from NHFT was at the september meeting?',
    { intent: 'minutes.attendance', organisationIds: ['nhft'] },
  ],
  // Time as directors think of it: a quarter of a year named, a season corrected, the freshest risk.
  [
    'which lpt baf risk was updated least recently',
    { intent: 'risk.list', registerId: 'reg-lpt-baf-2024-25', filter: { kind: 'last-updated' } },
  ],
  [
    'group BAF - whats been refreshed most recently',
    { intent: 'risk.list', registerId: 'reg-group-baf-2026-01', filter: { kind: 'last-updated' } },
  ],
  [
    'when were we supposed to have set up the FTSU triage system by?',
    { intent: 'actions.about', ask: 'due' },
  ],
  [
    'anything on the well-led plan due q2 2025?',
    {
      intent: 'actions.list',
      filter: { period: { from: '2025-04-01', to: '2025-06-30' } },
    },
  ],
  ['who is task lead on the ftsu triage action', { intent: 'actions.about', ask: 'task-lead' }],
  [
    "who's the task lead for the NED catch-up schedule action",
    { intent: 'actions.about', ask: 'task-lead' },
  ],
  [
    'is the chief nurse leading anything on the group baf?',
    { intent: 'actions.list', scope: { kind: 'role', roleIds: ['role-grp-chief-nurse'] } },
  ],
  ['what happened at the september 2025 board?', { intent: 'minutes.meeting', date: '2025-09-01' }],
  [
    'what did the board discuss on 25 september 2025?',
    { intent: 'minutes.meeting', date: '2025-09-25' },
  ],
  [
    "what's due in the first half of 2026?",
    { intent: 'actions.list', filter: { period: { from: '2026-01-01', to: '2026-06-30' } } },
  ],
  [
    'when did we last discuss the east midlands alliance at board',
    { intent: 'minutes.about', item: 'east midlands alliance' },
  ],
  ['when was the group BAF last on the agenda?', { intent: 'minutes.about' }],
  // A risk's own score or committee asked beside "who owns it": the risk, not an action in those words.
  ['LPT BAF 6 score and who owns it', { intent: 'risk.owner' }],
  ['who has oversight of lpt baf 2', { intent: 'risk.detail', first: 'oversight' }],
  [
    'which committee is the digital risk reported to',
    { intent: 'risk.detail', first: 'oversight' },
  ],
  ['is the workforce risk getting better?', { intent: 'risk.detail', first: 'movement' }],
  ['has group baf 4 come down', { intent: 'risk.detail', first: 'movement' }],
  // A short action reference asked of its state.
  ['is ftsu 2 done yet', { intent: 'action.detail' }],
  ['FTSU 4 progress', { intent: 'action.detail' }],
  // A decision checked of the workplan: its minute.
  ['was the workplan approved', { intent: 'minutes.about', item: 'workplan' }],
  ['did we agree the workplan in september', { intent: 'minutes.about', item: 'workplan' }],
  // A task lead asked of work named in words.
  ['who is task lead for NED catch-up schedule', { intent: 'actions.about', ask: 'task-lead' }],
  // A directory person's first name, and what they hold in one log.
  [
    'whats outstanding for helen on the well led action plan?',
    { intent: 'actions.list', scope: { kind: 'person', within: { kind: 'log' } } },
  ],
  // What someone presented at a meeting: that item's minute.
  [
    'what did david williams present at the sept group board',
    { intent: 'minutes.about', item: 'THRIVE Strategy Update' },
  ],
  // "Am I still down for X?": that one piece of work, whether it is the asker's said first.
  [
    'am i still down for the social value round table work?',
    { intent: 'actions.about', ask: 'lead', mine: true },
  ],
  [
    'am i actually on anything in the well led plan?',
    { intent: 'actions.list', scope: { kind: 'mine' } },
  ],
  // The appetite band of a score, asked beside the risk that has it.
  [
    'lpt baf 02 research is on 12 now - which band on the appetite table does 12 land in?',
    { intent: 'risk.appetite', registerId: 'reg-lpt-baf-2024-25', score: 12 },
  ],
  [
    'baf 07 culture target is 8 isnt it - which appetite band is 8 in?',
    { intent: 'risk.appetite', score: 8 },
  ],
  // A year the work runs into: due then or later.
  [
    'which of my culture risk actions runs into 2027?',
    { intent: 'actions.list', filter: { status: 'due', period: { from: '2027-01-01', to: null } } },
  ],
  // A log named, then the kind of its actions (its area's words).
  [
    "well-led 'long term trajectory' actions - when were they due?",
    { intent: 'actions.list', filter: { about: 'long term trajectory' } },
  ],
  // Someone the minutes name, asked what they have outstanding: their printed role's actions.
  [
    'what has paul sheldon got outstanding',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: ['role-grp-chief-finance-officer'] },
    },
  ],
  // "Which risks sit with me": the asker's risks.
  ['which BAF risks sit with me?', { intent: 'risk.list', mine: true }],
  // Targets against appetite, and when a risk reaches target.
  [
    'any lpt targets above tolerance?',
    { intent: 'risk.list', filter: { kind: 'target-above-appetite' } },
  ],
  [
    'which risks come back within appetite once the actions are done?',
    { intent: 'risk.list', filter: { kind: 'back-within-appetite' } },
  ],
  ['when do we think baf 5 gets to target?', { intent: 'risk.detail', first: 'target-date' }],
  ['what is the most the board will tolerate on the group baf?', { intent: 'risk.appetite' }],
  ['what does upper limit of tolerance mean?', { intent: 'risk.appetite' }],
  // Two asks in one message's words; a register's change asked of; closures "this round".
  ["whats changing with group baf 3's wording and why?", { intent: 'paper', want: 'say' }],
  [
    'how many group baf actions are being closed this round?',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  [
    'which section of the well-led action plan has the most actions and who owns them?',
    { intent: 'actions.list', tally: 'sections' },
  ],
  [
    'has the group digital transformation plan been signed off?',
    { intent: 'actions.about', ask: 'status', signedOff: true },
  ],
  [
    'lpt baf 02 is on 12 now - which band on the appetite table does 12 land in?',
    { intent: 'risk.appetite', score: 12, risk: { number: 2 } },
  ],
  // False premises: a date, a figure, a count or a decision the asker believes, checked.
  [
    'innovation strategy on baf 02 - i had that down for august 24?',
    { intent: 'actions.about', words: 'innovation strategy', ask: 'due', periodClaimed: true },
  ],
  [
    'my board skills gaps action on the well led plan was due june 2025?',
    { intent: 'actions.about', words: 'board skills gaps', ask: 'due', periodClaimed: true },
  ],
  [
    'how many group baf actions are being closed off at the jan board?',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  [
    'why did the group board not approve the workplan in sept?',
    { intent: 'minutes.about', item: 'workplan', date: '2025-09-01' },
  ],
  [
    "which meeting's minutes were signed off in september",
    { intent: 'minutes.about', item: 'minutes of the previous meeting' },
  ],
  [
    'which actions got closed at the sept board - GTB/25/3 and 4 was it?',
    { intent: 'actions.list', filter: { status: 'closed' } },
  ],
  ['nhft sickness about 6% in dec?', { intent: 'performance', want: 'indicator' }],
  [
    'well-led plan only has 4 sections - leadership, improvement, strategy, partnerships?',
    { intent: 'actions.list', tally: 'sections' },
  ],
  ['what sections are in the well-led plan?', { intent: 'actions.list', tally: 'sections' }],
  [
    'which lpt baf risks are on 20',
    { intent: 'risk.list', filter: { kind: 'score-of', score: 20 } },
  ],
  ['LPT BAF 05 current score is 16?', { intent: 'risk.detail', scoreClaimed: 16 }],
  ["baf 3 is scored 20 isn't it", { intent: 'risk.detail', scoreClaimed: 20 }],
  [
    'whys the research risk on the group baf gone up to 16?',
    { intent: 'risk.detail', risk: { number: 3 }, first: 'movement' },
  ],
  // The asker's own piece of work by its words, with no "action": "when's my innovation strategy due".
  [
    "when's my innovation strategy due on the group baf",
    {
      intent: 'actions.about',
      words: 'innovation strategy',
      ask: 'due',
      within: { kind: 'log', logId: 'log-group-baf-actions' },
    },
  ],
  ['when are my actions due', { intent: 'actions.list', scope: { kind: 'mine' } }],
  // A strategy named by words no paper has: the papers' silence on it, not the strategies held.
  ['anything on the car parking strategy?', { intent: 'topic', text: 'car parking' }],
  ['where are we on the thrive strategy', { intent: 'strategy.progress' }],
  // A figure an item of a past meeting minuted: that item.
  [
    'staff understanding of thrive figure from the sept minutes?',
    { intent: 'minutes.about', date: '2025-09-01' },
  ],
  // A long message around one question: the question read, not the diary or the weather.
  [
    "hi all, new NEDs keep asking when they'll get together informally. @Board Clerk on the well-led action plan, who's the task lead for scheduling the regular NED group catch-ups? want to point them in the right direction. ta",
    {
      intent: 'actions.about',
      ask: 'task-lead',
      within: { kind: 'log', logId: 'log-well-led-2024' },
    },
  ],
  [
    "Hi all, the NEDs are going to want to talk community waits at the next board. @Board Clerk in the headline performance report, what % of LPT's overall waits were waiting over 52 weeks? I'm sure it's way above the target. thanks",
    { intent: 'performance', organisationIds: ['lpt'] },
  ],
  [
    "afternoon, in the joint PCC prep with Sam. NHFT's overall sickness in the performance report looked high to me - what was it for December? she thinks it was over 7 but we can't find the page. thanks, diary's gone mad",
    { intent: 'performance', organisationIds: ['nhft'] },
  ],
  // A ranking by the target or initial score when that is asked; by the current score otherwise.
  [
    'which has the lowest target?',
    { intent: 'risk.list', filter: { kind: 'lowest', stage: 'target' } },
  ],
  [
    'highest initial score on the group baf',
    { intent: 'risk.list', filter: { kind: 'highest', stage: 'initial' } },
  ],
  [
    'which risk is highest now?',
    { intent: 'risk.list', filter: { kind: 'highest', stage: undefined } },
  ],
  // "Furthest behind" of the ambitions: the lowest progress, not those short of 100%.
  [
    'which of the trust ambitions is furthest behind?',
    { intent: 'strategy.progress', extreme: { measure: 'progress', which: 'lowest' }, below: null },
  ],
  // What stands between a risk and its target: its gaps.
  [
    'whats stopping us hitting target on baf 3 (research) on the group baf?',
    { intent: 'risk.detail', facets: ['scores', 'gaps'] },
  ],
  ['what would it take to get lpt baf 2 to target', { intent: 'risk.detail' }],
  // What a role "owes" on a risk: its actions there.
  [
    'remind me what the medical directors owe on the group research baf risk',
    { intent: 'actions.list', scope: { kind: 'role', roleIds: ['role-grp-medical-directors'] } },
  ],
  // Who reviews a BAF between boards, and how often: the paper's cover and schedule.
  [
    'who actually reviews the group baf between boards and how often',
    { intent: 'paper', want: 'schedule' },
  ],
  // The BAF or risk register references a paper links to: its cover sheet.
  [
    'what baf / risk register refs does the trust ambitions paper link to?',
    { intent: 'paper', want: 'cover' },
  ],
  // What someone the papers name is down to present: the workplan's items of their role.
  [
    'what is paul sheldon down to present?',
    { intent: 'workplan', ledBy: 'Paul Sheldon (Group Chief Finance Officer)' },
  ],
  // Counts asked of one stage of the scores, of a risk's parts, of those present, of meetings held.
  [
    'how many lpt risks started at an initial score of 25',
    { intent: 'risk.list', filter: { kind: 'score-of', score: 25, stage: 'initial' } },
  ],
  [
    'how many lpt risks have a target score of 8',
    { intent: 'risk.list', filter: { kind: 'score-of', score: 8, stage: 'target' } },
  ],
  [
    'culture risk on group baf - how many controls does it list altogether, cause and effect?',
    { intent: 'risk.detail', counted: ['controls'] },
  ],
  [
    'how many were present at the sept group board',
    { intent: 'minutes.attendance', part: 'present' },
  ],
  [
    'how many times had the group board met before the jan 26 one?',
    { intent: 'meetings.held', before: '2026-01-01' },
  ],
  ['how many risks is the trust ambitions paper linked to', { intent: 'paper', want: 'cover' }],
  ['which of the 6 group baf risks scores highest?', { intent: 'risk.list', claimed: 6 }],
  [
    'how many standing items on the group board workplan',
    { intent: 'workplan', section: 'Standing Items' },
  ],
  // What someone said about a paper's subject: the paper's name is what was said about.
  [
    'morning! what did angela hillery say about the EMA, cheers',
    { intent: 'minutes.said', name: 'angela hillery', words: 'east midlands alliance' },
  ],
  // Words pasted from the papers in quotes: the record that prints them.
  [
    "'Beacon Unit viability' - control gap or assurance gap? and which risk",
    {
      intent: 'risk.detail',
      risk: { registerId: LPT, number: 3 },
      quoted: 'Beacon Unit viability',
    },
  ],
  [
    '"Members are expected to attend 75% of meetings" - whose terms of reference is that from?',
    { intent: 'terms-of-reference', termsId: 'tor-grp-transition-group' },
  ],
  [
    "'Consider implementing a tenure for the FTSU Guardian and Champion role' - thats one of mine right? due when",
    { intent: 'actions.about', ask: 'due', mine: true },
  ],
  [
    'whats stopping group baf 3 hitting target?',
    { intent: 'risk.detail', facets: ['scores', 'gaps'] },
  ],
  // A title no log names as a lead: kept as asked (the answer says none is theirs), not dropped.
  [
    'overdue actions for the head of comms',
    { intent: 'actions.list', scope: { kind: 'role', roleIds: [], text: 'head of comms' } },
  ],
  [
    'actions the company secretary is doing',
    { intent: 'actions.list', scope: { kind: 'role', roleIds: [], text: 'board secretary' } },
  ],
  // An appetite level put to be checked, or a band asked by its level.
  [
    'is the lpt appetite cautious?',
    { intent: 'risk.appetite', registerId: LPT, level: 'cautious', checked: true },
  ],
  [
    'just to confirm the group appetite is open',
    { intent: 'risk.appetite', registerId: GROUP, level: 'open', checked: true },
  ],
  [
    'which band counts as minimal on the lpt baf',
    { intent: 'risk.appetite', registerId: LPT, level: 'minimal' },
  ],
  // Least headroom before the tolerance limit.
  [
    'which risk has the least headroom before it breaches appetite',
    { intent: 'risk.list', filter: { kind: 'nearest-appetite' } },
  ],
  [
    'which lpt risk is nearest its tolerance ceiling',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'nearest-appetite' } },
  ],
  // A date believed of a piece of work, checked.
  [
    'is the governance review due in february?',
    { intent: 'actions.about', words: 'governance review', ask: 'due', periodClaimed: true },
  ],
  // A decision or presenter believed, checked against the minutes.
  [
    'is it true that the board approved the workplan in september',
    { intent: 'minutes.about', item: 'workplan' },
  ],
  [
    'can you confirm the workplan was noted in september',
    { intent: 'minutes.about', item: 'workplan' },
  ],
  [
    'was it David Maher who introduced the performance report in september?',
    { intent: 'minutes.presenter', item: 'performance', claimed: 'David Maher' },
  ],
  // How many ambitions are on track (at 100%) or behind.
  [
    'how many of the ambitions are fully delivered',
    { intent: 'strategy.progress', ambitionIds: [], count: { of: 'ambitions', state: 'on-track' } },
  ],
  // A standing or target believed of a risk, checked.
  [
    'is lpt baf 4 outside appetite?',
    { intent: 'risk.detail', risk: { number: 4, registerId: LPT }, toleranceClaimed: 'above' },
  ],
  [
    'group baf 5 target is still 12 isnt it',
    { intent: 'risk.detail', risk: { number: 5, registerId: GROUP }, targetClaimed: 12 },
  ],
  // A day and month of a meeting ("29/05"): the meeting on record that day, whatever the year.
  [
    'who took the minutes at the 29/05 board?',
    { intent: 'minutes.attendance', date: '2025-05-29', part: 'minute-taker' },
  ],
  // "My deadlines", "my due dates": the asker's own actions.
  [
    'my due dates on the group baf',
    { intent: 'actions.list', scope: { kind: 'mine', within: { kind: 'log' } } },
  ],
  // "Who's on" a piece of work on a risk: its leads (with its date).
  [
    'who is on the governance review action on group baf 1',
    { intent: 'actions.about', words: 'governance review', ask: 'lead' },
  ],
  // An ambition's progress asked as "how far along", though it says "actions".
  [
    'be collaborative ambitions - how far along are the actions?',
    { intent: 'strategy.progress', objectiveId: 'obj-collaborative' },
  ],
  // Teams' own marks around a question.
  [
    '@Board Clerk what is baf 3 at 🤔 cc @Priya',
    { intent: 'risk.detail', risk: { number: 3 }, facets: ['scores'] },
  ],
  // A search asked for as a command: the words searched for, not what they would otherwise ask.
  ['search for "workstreams slipped"', { intent: 'topic', text: 'workstreams slipped' }],
  [
    'find where it says staff side consultation',
    { intent: 'topic', text: 'staff side consultation' },
  ],
  ['grep beacon unit', { intent: 'topic', text: 'beacon unit' }],
  // "Find my …", "pull up …": asking for it, not about finding.
  [
    'pull up my overdue actions',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: null },
      filter: { status: 'overdue' },
    },
  ],
  // A decision on an item believed, checked against that item's minute.
  [
    'did the board approve the BAF in september?',
    { intent: 'minutes.about', item: 'baf', date: '2025-09-01' },
  ],
  [
    'did david maher present the performance report in sept',
    { intent: 'minutes.presenter', claimed: 'David Maher' },
  ],
  ['has group baf 4 hit its target', { intent: 'risk.detail', atTargetClaimed: true }],
  // Finance people's clippings: "fin", "perf", "prog".
  [
    'controls on the lpt fin risk',
    { intent: 'risk.detail', risk: { registerId: LPT, number: 3 }, facets: ['controls'] },
  ],
  [
    'perf report - agency spend both trusts',
    { intent: 'performance', want: 'indicator', organisationIds: [] },
  ],
  [
    'value prog savings target',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme' },
  ],
  // "Who had it": its lead, asked in the past tense, with its date.
  [
    'who had the medium term recovery plan action on baf 03 n when was it due',
    { intent: 'actions.about', words: 'medium term recovery plan', ask: 'lead' },
  ],
  // Two months with a slash: both of them.
  [
    'how many baf actions got closed off nov/dec',
    {
      intent: 'actions.list',
      filter: { status: 'closed', period: { from: '2025-11-01', to: '2025-12-31' } },
    },
  ],
  [
    'anything closed in oct/nov?',
    {
      intent: 'actions.list',
      filter: { status: 'closed', period: { to: '2026-11-30' }, yearless: true },
    },
  ],
  // Above the appetite's band, by its name: above appetite.
  [
    'lpt baf 24/25 which risks were above the open band',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'above-appetite' } },
  ],
  [
    'any lpt risks sitting over the open range?',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'above-appetite' } },
  ],
  // A score of the ambitions' is theirs, not a risk's.
  [
    'lowest confidence score in the ambitions table?',
    { intent: 'strategy.progress', extreme: { measure: 'confidence', which: 'lowest' } },
  ],
  [
    'which ambition scored highest on progress',
    { intent: 'strategy.progress', extreme: { measure: 'progress', which: 'highest' } },
  ],
  // An objective's or ambition's risks: its challenges and risks.
  [
    'be sustainable ambition - what fin risks did they call out',
    { intent: 'strategy.progress', part: 'challenges' },
  ],
  [
    'what financial risks were flagged for the be sustainable ambitions',
    { intent: 'strategy.progress', objectiveId: 'obj-sustainable', part: 'financial-risks' },
  ],
  // A group the paper names, with risks asked: what the paper says (its terms list no risks).
  [
    'key risks on the value prog per transition group?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme' },
  ],
  [
    'what issues has the transition group flagged on the value programme',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme' },
  ],
  // "Who took the report": who presented it.
  [
    'who took the performance report at sept group board',
    { intent: 'minutes.presenter', date: '2025-09-01' },
  ],
  ['who brought the baf paper in september', { intent: 'minutes.presenter' }],
  // "Am I down as lead on anything in the plan?": the asker's actions there, not who they are.
  [
    'hi! am i down as lead on anything in the well led plan?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-well-led-2024' } },
    },
  ],
  [
    'am i listed as owner for anything on the group baf',
    { intent: 'actions.list', scope: { kind: 'mine' } },
  ],
  // "Not due till 2027": due then or later, not a negation.
  [
    'which of my culture baf actions isnt due till 2027?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine' },
      filter: { status: 'due', period: { from: '2027-01-01', to: null } },
    },
  ],
  [
    'which group baf actions arent due until 2027',
    { intent: 'actions.list', filter: { status: 'due', period: { from: '2027-01-01' } } },
  ],
  // Closures named by the asker are no topic of their work.
  [
    "why am i down against a research mapping action in the baf closures? that's not a culture thing surely",
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'topic', text: 'research mapping' } },
    },
  ],
  // Whether one action on a risk is done, with the date the asker believes.
  [
    'is my baf 2 action with the icb marked as done? it was due end of jan wasnt it',
    {
      intent: 'actions.about',
      ask: 'status',
      mine: true,
      period: { from: '2026-01-01', to: '2026-01-31' },
    },
  ],
  [
    'has the staff survey action on group baf 4 been completed',
    { intent: 'actions.about', ask: 'status', within: { kind: 'risk', risk: { number: 4 } } },
  ],
  // Closures "being closed at the jan board": those put to it, whenever SEB saw them.
  [
    'how many baf actions are being closed at the jan group board',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure', period: null } },
  ],
  // Three risks in a list of numbers; a score compared is no risk.
  [
    'compare lpt baf 1, 4 and 6 at initial',
    {
      intent: 'risk.compare',
      risks: [{ number: 1 }, { number: 4 }, { number: 6 }],
      stage: 'initial',
    },
  ],
  ['is lpt baf 1 worse than 4', { intent: 'risk.compare', risks: [{ number: 1 }, { number: 4 }] }],
  ['is baf 3 scored higher than 12', { intent: 'risk.detail', risk: { number: 3 } }],
  // Emoji alone: thanks or an acknowledgement, not the menu.
  ['🙏', { intent: 'greeting', kind: 'thanks' }],
  ['👍👍', { intent: 'greeting', kind: 'ok' }],
  // A task Board Clerk does not do: said plainly.
  [
    'can you book me a train to london for thursday?',
    { intent: 'about', subject: 'beyond', task: 'book a train to london' },
  ],
  ['could you order me a taxi', { intent: 'about', subject: 'beyond' }],
  // "Where are we with the … action?": that action's standing, not its words' role's list.
  [
    'where are we with the FTSU guardian tenure action?',
    { intent: 'actions.about', words: 'ftsu guardian tenure', ask: 'status' },
  ],
  // Papers due for a meeting: the meeting, with its paper deadline.
  ['what papers are due & when', { intent: 'meeting.next', detail: 'papers' }],
  ['when is the paper deadline for the next board', { intent: 'meeting.next', detail: 'papers' }],
  // Who presented each item: every item's presenters.
  [
    'list who presented each item at the 25 sept meeting',
    { intent: 'minutes.presenter', date: '2025-09-25', each: true },
  ],
  ['who presented what at the last board meeting', { intent: 'minutes.presenter', each: true }],
  // "Which X were at the meeting": who attended, of that trust.
  [
    'which NHFT non execs were at the september group board?',
    { intent: 'minutes.attendance', date: '2025-09-01', organisationIds: ['nhft'] },
  ],
  // What an action says: the whole action, in the log named.
  [
    'what are the steps in the social value action on the LPT BAF',
    { intent: 'actions.about', words: 'social value', ask: 'status' },
  ],
  [
    'what does the social value action on the LPT BAF say',
    { intent: 'actions.about', words: 'social value', ask: 'status' },
  ],
  // Closures the board is asked to approve in a month: those put to that meeting.
  [
    'how many BAF actions are we asking the board to close in January',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure', period: null } },
  ],
  [
    'which closures went to SEB in December',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure', yearless: true } },
  ],
  // An action's reference inside a sentence asking of it.
  [
    'any updates on ftsu 6?',
    { intent: 'action.detail', target: { kind: 'section', sectionId: 'ftsu', number: 6 } },
  ],
  [
    'what did yusuf write on ftsu 6',
    { intent: 'action.detail', target: { kind: 'section', sectionId: 'ftsu', number: 6 } },
  ],
  // "In total": how many, not what about.
  [
    'how many risks on the group baf in total',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'all' } },
  ],
  // Actions "having issues": those whose owners report some issues.
  [
    'which FTSU actions have issues',
    { intent: 'actions.list', filter: { status: 'open', key: 'some-issues' } },
  ],
  // A slip put right at the end of the message: the month, number or trust said last.
  [
    'minutes from may 2025 pls.. no wait i meant september',
    { intent: 'minutes.meeting', date: '2025-09-01' },
  ],
  ['baf 5 score - sorry, 3', { intent: 'risk.detail', risk: { number: 3 } }],
  [
    'controls on the group baf 2, oops I meant lpt',
    { intent: 'risk.detail', risk: { registerId: LPT, number: 2 }, facets: ['controls'] },
  ],
  // A term from another trust: what the papers call it.
  ['does LPT use residual or something else?', { intent: 'definition', term: 'residual' }],
  ['what does the trust call the inherent score', { intent: 'definition', term: 'inherent score' }],
  [
    'is the residual risk called something else here?',
    { intent: 'definition', term: 'residual risk' },
  ],
  [
    'do you go with RAG ratings or some other system?',
    { intent: 'definition', term: 'RAG ratings' },
  ],
  // Who is "down to" bring an item: the item's row, not a lead called "down to".
  [
    'on the forward plan who is down to bring the BAF and how often?',
    { intent: 'workplan', items: ['Group Board Assurance Framework'] },
  ],
  [
    "who's meant to bring the BAF on the work plan",
    { intent: 'workplan', items: ['Group Board Assurance Framework'] },
  ],
  // An action opened or shown by its reference, among other words.
  [
    'open ftsu 5 pls',
    { intent: 'action.detail', target: { kind: 'section', sectionId: 'ftsu', number: 5 } },
  ],
  [
    'show me FTSU 6',
    { intent: 'action.detail', target: { kind: 'section', sectionId: 'ftsu', number: 6 } },
  ],
  [
    'ftsu 6 - need to move the date on the comms plan',
    { intent: 'action.detail', target: { kind: 'section', sectionId: 'ftsu', number: 6 } },
  ],
  [
    'latest on action 5 in the ftsu plan',
    { intent: 'action.detail', target: { kind: 'section', sectionId: 'ftsu', number: 5 } },
  ],
  // Chasing the owners of overdue actions, in a secretary's words.
  ['send an action chaser now', { intent: 'secretary', command: 'chase' }],
  ['nudge the owners of overdue actions', { intent: 'secretary', command: 'chase' }],
  ['remind action owners about overdue actions', { intent: 'secretary', command: 'chase' }],
  ['send an overdue actions nudge out now pls', { intent: 'secretary', command: 'chase' }],
  // When papers are due for a meeting, in other words.
  ['when do papers need to be in by', { intent: 'meeting.next', detail: 'papers' }],
  ['whats the cut off for board papers', { intent: 'meeting.next', detail: 'papers' }],
  // A short form of a paper's name.
  [
    'gvp - savings in yr vs FYE?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme' },
  ],
  // A risk a register named does not have: said so, not searched for.
  [
    'was the group fin risk 16? thought it was',
    { intent: 'risk.detail', risk: { registerId: GROUP, number: null, text: 'finance' } },
  ],
  // "Show more" on a message whose greeting and framing are not the question: the page is kept.
  [
    'hi, what actions have i got? need to see whats overdue (page 2)',
    { intent: 'actions.list', scope: { kind: 'mine' }, page: 2 },
  ],
  // The secretaries' list of unanswered questions, asked of Board Clerk without saying "questions".
  ["what couldn't you answer this week?", { intent: 'unanswered' }],
  ['is there anything you couldnt answer today', { intent: 'unanswered' }],
  // The public part of a meeting asked for, where a private one is held the same day.
  ['agenda for the public board on 28 jan', { intent: 'meeting.agenda', privatePart: false }],
  // "My risks": those whose actions the asker leads.
  ['my risks', { intent: 'risk.list', mine: true }],
  ['which risks do i own', { intent: 'risk.list', mine: true }],
  ['what risks am i responsible for on the group baf', { intent: 'risk.list', mine: true }],
  [
    "which of the risks I'm responsible for has the highest score?",
    { intent: 'risk.list', filter: { kind: 'highest' }, mine: true },
  ],
  [
    'are any of my risks above appetite',
    { intent: 'risk.list', filter: { kind: 'above-appetite' }, mine: true },
  ],
  // One risk named by its subject, asked why or if.
  [
    'why has the lpt estates risk not come down',
    {
      intent: 'risk.detail',
      risk: { registerId: LPT, number: 4 },
      facets: ['context', 'gaps', 'progress'],
    },
  ],
  [
    'if the lpt workforce risk hits target would it be within appetite',
    { intent: 'risk.detail', risk: { registerId: LPT, number: 6 }, facets: ['scores', 'appetite'] },
  ],
  // The actions on a risk named by its subject, with who leads them (not actions about the words).
  [
    "Who's leading the actions on the digital risk on the group BAF?",
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { registerId: GROUP, number: 1 } },
      tally: 'leads',
    },
  ],
  [
    'who is leading the actions on the culture risk',
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { registerId: GROUP, number: 4 } },
      tally: 'leads',
    },
  ],
  // "Got to deliver", "down for": one's own work, not about delivering.
  [
    'what have I actually got to deliver on the group BAF? just remind me of the actions',
    { intent: 'actions.list', scope: { kind: 'mine', within: { logId: 'log-group-baf-actions' } } },
  ],
  ['what am i down to deliver', { intent: 'actions.list', scope: { kind: 'mine', within: null } }],
  [
    'on the old LPT BAF what was I down for on the estates risk?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'risk', risk: { registerId: LPT, number: 4 } } },
    },
  ],
  ["who's on the innovation strategy with me?", { intent: 'actions.about', ask: 'lead' }],
  [
    'what is Sam chasing on the culture risk at the moment?',
    {
      intent: 'actions.list',
      scope: { kind: 'person', personId: 'person-grp-chief-people-officer' },
    },
  ],
  // "Whose actions": with their leads.
  [
    "whose actions on the group BAF are running late? today's date obviously",
    { intent: 'actions.list', filter: { status: 'overdue' }, tally: 'leads' },
  ],
  // Past tense: the last February, not the next.
  [
    'which of our research actions were due by the end of Feb?',
    { intent: 'actions.list', filter: { status: 'due', period: { label: 'February 2026' } } },
  ],
  // Signed off as closed: closed then, not which committee signs them off.
  [
    'which group BAF actions got signed off as closed in November?',
    { intent: 'actions.list', filter: { status: 'closed' } },
  ],
  [
    'which committee looks after each of the group BAF risks?',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'oversight' } },
  ],
  // The asker's own, by the committee that signs them off; a contrast adds nothing.
  [
    'which of mine goes to the finance committee for sign off rather than strategy?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: null },
      filter: { signOff: 'finance' },
    },
  ],
  // "Control gaps" are the gaps.
  [
    'whats the control gap on baf 1',
    { intent: 'risk.detail', risk: { number: 1 }, facets: ['gaps'] },
  ],
  // Work waiting on the asker's decision: the closures awaiting approval, not their own.
  [
    'anything waiting for me to sign off?',
    { intent: 'actions.list', scope: { kind: 'all' }, filter: { status: 'proposed-for-closure' } },
  ],
  // Whether anyone spoke on an item: what the minutes record of it.
  [
    'did any neds challenge the baf in september?',
    { intent: 'minutes.about', item: 'baf', date: '2025-09-01' },
  ],
  ['who raised points on the BAF in september', { intent: 'minutes.who-said', words: '' }],
  // The agenda of a month with no meeting: said, not the next meeting's agenda as if it were then.
  [
    'whats on the agenda for the may 2026 board',
    { intent: 'meeting.on', period: { label: 'May 2026' } },
  ],
  ['agenda for the may 2025 board', { intent: 'meeting.agenda', which: { date: '2025-05-29' } }],
  // A committee's chair asking of "my committee": that committee, not the chair's actions.
  [
    'As chair of QSC I want to be clear which of the Group BAF risks actually sits with my committee, and what is it currently scored at?',
    {
      intent: 'risk.list',
      registerId: GROUP,
      filter: { kind: 'committee', committee: 'Quality and Safety Committee' },
    },
  ],
  // Every meeting on record.
  ['list all the board meetings', { intent: 'meeting.on', period: { label: 'on record' } }],
  ['which meetings have we had', { intent: 'meeting.on', period: { label: 'on record' } }],
  // A title the minutes print, which no directory role holds.
  ['who are the deputy chairs across the group?', { intent: 'people.who', text: 'deputy chairs' }],
  ["who's the vice chair of lpt", { intent: 'people.who', text: 'vice chair' }],
  // The well-led plan as people shorten and misspell it.
  [
    'WL actions due in october 2025',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { status: 'due', period: { from: '2025-10-01', to: '2025-10-31' } },
    },
  ],
  ['w/l actions', { intent: 'actions.list', scope: { kind: 'log', logId: 'log-well-led-2024' } }],
  [
    'wel-led actions',
    { intent: 'actions.list', scope: { kind: 'log', logId: 'log-well-led-2024' } },
  ],
  // A date's actions, then "anything not done?": those of the date still open.
  [
    'well-led actions that were due end Oct 25 - list with leads. anything not done?',
    {
      intent: 'actions.list',
      filter: { status: 'due', period: { from: '2025-10-01', to: '2025-10-31' } },
      tally: 'leads',
    },
  ],
  // Every one, open and closed.
  ['all well-led actions, open and closed', { intent: 'actions.list', filter: { status: 'all' } }],
  [
    'how many group baf actions are there altogether, and how many are closed?',
    { intent: 'actions.list', filter: { status: 'all' } },
  ],
  // Actions nobody is named to lead, however it is said.
  [
    'are there any group BAF actions with no named exec lead against them?',
    { intent: 'actions.list', filter: { status: 'no-lead' } },
  ],
  ['actions without an executive lead', { intent: 'actions.list', filter: { status: 'no-lead' } }],
  // Two sign-off committees compared: the whole log counted by committee.
  [
    'how many WL actions go to People cttee for sign-off v Strategy & Partnerships?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: null },
      tally: 'sign-off',
    },
  ],
  // A dated meeting's decisions, no item named.
  ['what did the board approve on 25 sept', { intent: 'minutes.resolutions', date: '2025-09-25' }],
  [
    'what did the group board actually APPROVE (not note) on 25 Sept? need the minute refs',
    { intent: 'minutes.resolutions', date: '2025-09-25' },
  ],
  // The ambitions short of 100%, asked of "the last update".
  [
    'which of the 12 trust ambitions were behind on progress at the last update?',
    { intent: 'strategy.progress', below: { measure: 'progress', percent: 100 } },
  ],
  // Risks whose score controls have not brought down from where it started.
  [
    'is there any lpt risk where the controls havent brought the score down at all from inherent?',
    { intent: 'risk.list', registerId: 'reg-lpt-baf-2024-25', filter: { kind: 'unmoved' } },
  ],
  // A risk named by its subject first, then its actions' leads.
  [
    'culture risk on group BAF - who owns the actions?',
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { registerId: 'reg-group-baf-2026-01', number: 4 } },
      tally: 'leads',
    },
  ],
  // An idea the plan makes an action, named by its words.
  [
    'the FTSU guardian tenure idea - who owns it?',
    { intent: 'actions.about', words: 'ftsu guardian tenure' },
  ],
  // Why and how: what keeps a score up, what the work is, what the paper asks of the asker.
  [
    'why isnt the sustainabilty risk coming down at all??',
    { intent: 'risk.detail', risk: { number: 5 }, facets: ['context', 'gaps', 'progress'] },
  ],
  [
    'why is baf 1 still so high',
    { intent: 'risk.detail', facets: ['context', 'gaps'], about: null },
  ],
  [
    'What would it take to get the digital risk on the group BAF down to its target?',
    { intent: 'risk.detail', risk: { number: 1 }, facets: ['scores', 'gaps', 'actions'] },
  ],
  [
    'whats the path to target for lpt baf 4',
    { intent: 'risk.detail', facets: ['scores', 'actions'] },
  ],
  [
    'explain the cyber risk to me',
    { intent: 'risk.detail', risk: { registerId: 'reg-lpt-baf-2024-25', number: 5 } },
  ],
  [
    'what are we actually doing about workforce? feels like we talk about it every meeting',
    { intent: 'topic', text: 'workforce' },
  ],
  ['what do I own', { intent: 'actions.list', scope: { kind: 'mine', within: null } }],
  [
    'What do I actually own on the group BAF at the moment?',
    { intent: 'actions.list', scope: { kind: 'mine', within: { logId: 'log-group-baf-actions' } } },
  ],
  [
    "what's the improvement bit of the well-led plan actually asking me to do?",
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { logId: 'log-well-led-2024', sectionId: 'improvement' } },
    },
  ],
  [
    'anything overdue for me? be honest',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: null },
      filter: { status: 'overdue' },
    },
  ],
  [
    'how many board members were actually present at the september meeting? not counting those in attendance',
    { intent: 'minutes.attendance', part: 'present' },
  ],
  [
    'whats the main threat to the digital ambition in THRIVE at the moment?',
    { intent: 'strategy.progress', themeId: 'theme-t' },
  ],
  [
    'what was the HR QSIR project trying to achieve? heard it mentioned',
    { intent: 'topic', text: 'qsir project' },
  ],
  ['what happens if the digital risk lands', { intent: 'risk.detail', facets: ['context'] }],
  [
    'what have i updated',
    {
      intent: 'actions.list',
      scope: { kind: 'mine' },
      filter: { status: 'updated', period: null },
    },
  ],
  ['edit agenda for the private board on 11 jan', { intent: 'secretary', command: 'edit-meeting' }],
  ['can i mark a note as board members only?', { intent: 'about', subject: 'privacy' }],
  [
    'send a reminder for the private board on 8 april to the group chat now',
    {
      intent: 'secretary',
      command: 'send-reminder',
      meeting: { date: '2027-04-08', part: 'private' },
    },
  ],
  [
    'move the 25 march meeting to 8 april',
    {
      intent: 'secretary',
      command: 'edit-meeting',
      moveTo: '2027-04-08',
      meeting: { date: '2027-03-25' },
    },
  ],
  ['edit the public board on 25 march', { intent: 'secretary', command: 'edit-meeting' }],
  ['what can i do as secretary', { intent: 'help' }],
  [
    'when is the green plan due to come to board per the workplan',
    {
      intent: 'workplan',
      items: [
        'THRIVE Strategy Update (to include update on Group objectives/priorities) • Green Plan / Digital Plan',
      ],
    },
  ],
  // Text-speak and autocorrect: "4 me", "hav", "wen", "minuts", "well lead", "ftp" for FTSU.
  [
    'anythin overdue 4 me',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: null },
      filter: { status: 'overdue' },
    },
  ],
  [
    'do i hav any well lead actions?',
    { intent: 'actions.list', scope: { kind: 'mine', within: { logId: 'log-well-led-2024' } } },
  ],
  [
    'wat am i down 4 on the well-led plan',
    { intent: 'actions.list', scope: { kind: 'mine', within: { logId: 'log-well-led-2024' } } },
  ],
  ['who took the minuts sept gtb', { intent: 'minutes.attendance', part: 'minute-taker' }],
  ['resolutons from sepetember', { intent: 'minutes.resolutions', date: '2025-09-01' }],
  ['gtb25/15 outcome', { intent: 'minutes.item', reference: 'GTB/25/15' }],
  ['whos the minit taker', { intent: 'minutes.attendance', part: 'minute-taker' }],
  [
    'compare ambition 3 and ambition 8',
    { intent: 'strategy.progress', ambitionIds: ['amb-3', 'amb-8'] },
  ],
  ['ambitions 2 and 5 progress', { intent: 'strategy.progress', ambitionIds: ['amb-2', 'amb-5'] }],
  ['hoo owns lpt baf 3', { intent: 'risk.owner', risk: { number: 3 } }],
  [
    'whos resposible for the ftp actions in well lead plan',
    { intent: 'actions.list', scope: { logId: 'log-well-led-2024', sectionId: 'ftsu' } },
  ],
  [
    'wats overdue 4 me pls b4 2moro',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: null },
      filter: { status: 'overdue' },
    },
  ],
  [
    'is the green plan on the agenda for the jan 2026 board',
    { intent: 'meeting.agenda', which: { date: '2026-01-29' }, itemAsked: 'green plan' },
  ],
  [
    'whats on the private board on 11 jan',
    { intent: 'meeting.on', period: { from: '2027-01-11' }, privatePart: true },
  ],
  [
    'whats behind the partnerships risk score',
    { intent: 'risk.detail', risk: { number: 2 }, facets: ['scores', 'context', 'gaps'] },
  ],
  ["what's behind on the well led plan", { intent: 'actions.list', filter: { status: 'overdue' } }],
  [
    'is the work on baf 5 enough',
    { intent: 'risk.detail', facets: ['gaps', 'actions'], about: null },
  ],
  ['what would bring the estates risk down', { intent: 'risk.detail', facets: ['actions'] }],
  ['why is the lpt workforce risk at 20', { intent: 'risk.detail', facets: ['context', 'gaps'] }],
  [
    'how do we know the controls on baf 4 work',
    { intent: 'risk.detail', facets: ['controls', 'assurances'], about: null },
  ],
  [
    "what's causing the gap in assurance on baf 3",
    { intent: 'risk.detail', facets: ['gaps', 'assurances', 'context'], about: null },
  ],
  // Idioms for the board's own terms: a red risk, its appetite, who presented, what was approved.
  [
    'is anything actually on fire on the group baf or is it all just smouldering',
    { intent: 'risk.list', registerId: 'reg-group-baf-2026-01', filter: { kind: 'highest' } },
  ],
  [
    'which lpt baf risks are sitting above where the board said it was comfortable',
    { intent: 'risk.list', registerId: 'reg-lpt-baf-2024-25', filter: { kind: 'above-appetite' } },
  ],
  [
    'anything on the group baf outside what we are comfortable with',
    { intent: 'risk.list', filter: { kind: 'above-appetite' } },
  ],
  [
    'who fronted the thrive update at the sept board',
    { intent: 'minutes.presenter', date: '2025-09-01', item: 'thrive' },
  ],
  [
    'what did the board sign off on back in september',
    { intent: 'minutes.resolutions', date: '2025-09-01' },
  ],
  // A role's work said as what it is meant to deliver: its actions, whatever worries follow.
  [
    'whats the group cfo meant to be delivering on the baf? anything that should be keeping them up at night',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: ['role-grp-chief-finance-officer'] },
    },
  ],
  // What a plan says "we need to do" on one of its sections: that section's actions.
  [
    'what does the well-led plan say we need to do on improvement?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: 'improvement' },
    },
  ],
  // An appetite level's meaning, of a register: that level's band, which only the register defines.
  [
    "what does 'open' actually mean in numbers on the LPT BAF?",
    { intent: 'risk.appetite', registerId: 'reg-lpt-baf-2024-25', level: 'open' },
  ],
  ['what does cautious mean for risk appetite', { intent: 'risk.appetite', level: 'cautious' }],
  ['what does open mean', { intent: 'definition', term: 'open' }],
  // An ambition's confidence asked plainly: "least sure we'll land by Q4".
  [
    "on the trust ambitions which one are we least sure we'll actually land by Q4?",
    { intent: 'strategy.progress', extreme: { measure: 'confidence', which: 'lowest' } },
  ],
  [
    'which ambitions are we most doubtful about',
    { intent: 'strategy.progress', extreme: { measure: 'confidence', which: 'lowest' } },
  ],
  [
    'anything keeping you up at night on the lpt baf',
    { intent: 'risk.list', registerId: 'reg-lpt-baf-2024-25', filter: { kind: 'highest' } },
  ],
  [
    'anything I should lose sleep over before Thursday',
    { intent: 'risk.list', filter: { kind: 'highest' } },
  ],
  [
    'which risks are in the danger zone',
    { intent: 'risk.list', filter: { kind: 'band', band: 'Extreme' } },
  ],
  ["who's holding the baby on digital", { intent: 'risk.owner', risk: { number: 1 } }],
  ['who is in the hot seat for research', { intent: 'risk.owner', risk: { number: 3 } }],
  ['is the finance risk out of the woods', { intent: 'risk.detail', atTargetClaimed: true }],
  ['which actions have gone quiet', { intent: 'actions.list', filter: { status: 'not-started' } }],
  [
    'anything fallen through the cracks on well-led',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { status: 'overdue' },
    },
  ],
  [
    "what's been kicked into the long grass",
    { intent: 'actions.list', filter: { status: 'overdue' } },
  ],
  ['give me the lowdown on baf 3', { intent: 'risk.detail', facets: ['everything'] }],
  // Who hasn't updated: the actions with no progress reported, by lead (not an action about "updated").
  [
    'who hasnt updated their actions?',
    { intent: 'actions.list', filter: { status: 'not-started' }, tally: 'leads' },
  ],
  [
    'who hasnt updated',
    { intent: 'actions.list', filter: { status: 'not-started' }, tally: 'leads' },
  ],
  [
    'which action owners have not given a progress update',
    { intent: 'actions.list', filter: { status: 'not-started' }, tally: 'leads' },
  ],
  [
    "whats overdue and who's on the hook for it",
    {
      intent: 'actions.list',
      scope: { kind: 'all' },
      filter: { status: 'overdue' },
      tally: 'leads',
    },
  ],
  // "Coming up" with a span said: that span.
  [
    'whats coming up this week',
    {
      intent: 'actions.list',
      filter: {
        status: 'due',
        period: { label: 'this week (23 November 2026 to 29 November 2026)' },
      },
    },
  ],
  // The secretary's desk, asked for in other words.
  ['what went out? broadcasts please', { intent: 'secretary', command: 'broadcasts' }],
  ["broadcasts - what went out and what's queued?", { intent: 'secretary', command: 'broadcasts' }],
  ['nudge everyone whose actions are overdue', { intent: 'secretary', command: 'chase' }],
  // Closures said as what comes off the log, or what "we are closing".
  [
    'if the board signs off every BAF action closure in the jan paper, how many come off the log altogether?',
    {
      intent: 'actions.list',
      scope: { kind: 'registers' },
      filter: { status: 'proposed-for-closure' },
    },
  ],
  [
    'how many baf actions r we closing',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure' } },
  ],
  // When a paper comes to the board: its place in the workplan.
  ['when does the thrive report come to the board', { intent: 'workplan' }],
  // A new meeting typed in one line: its day, time and part, to fill the form (the first part said).
  [
    'new meeting - group trust board public on 28 jan 2027 at 10am, teams, and a private session same day 1pm',
    {
      intent: 'secretary',
      command: 'new-meeting',
      meeting: { date: '2027-01-28', part: 'public', time: '10:00' },
    },
  ],
  [
    'set up a private board on 4 march at 1.30pm',
    { intent: 'secretary', command: 'new-meeting', meeting: { part: 'private', time: '13:30' } },
  ],
  ['schedule for the board meeting', { intent: 'meeting.next' }],
  // An owner's update of an action named by its words, and what they have on "action wise".
  ['update the TAR one', { intent: 'actions.about', words: 'tar' }],
  [
    'what have i got on, action wise',
    { intent: 'actions.list', scope: { kind: 'mine', within: null } },
  ],
  [
    "what's still open for me?",
    { intent: 'actions.list', scope: { kind: 'mine', within: null }, filter: { status: 'open' } },
  ],
  // The asker's own in a section, the one about something: that one, with what they said.
  [
    'what did i say on the ftsu one about tenure',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', sectionId: 'ftsu' } },
      progress: true,
    },
  ],
  // Not updated: of risks, when each was last; of actions, those with no progress reported.
  ["which risks haven't been updated", { intent: 'risk.list', filter: { kind: 'last-updated' } }],
  ['when was each risk last updated', { intent: 'risk.list', filter: { kind: 'last-updated' } }],
  [
    "which actions haven't been updated",
    { intent: 'actions.list', filter: { status: 'not-started' } },
  ],
  // How a log, or a section of it, is going: its actions by status.
  [
    'how is the well-led plan going',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: null },
      tally: 'statuses',
    },
  ],
  ['update on the well led review', { intent: 'actions.list', tally: 'statuses' }],
  [
    "how's the ftsu section doing",
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'ftsu' }, tally: 'statuses' },
  ],
  // Risks by a range or list of numbers: each a risk (not "Group BAF 1 action 2"); more than a
  // comparison holds, the register's list.
  [
    '@Board Clerk current scores for group BAF 1-5 please',
    { intent: 'risk.list', registerId: 'reg-group-baf-2026-01', filter: { kind: 'all' } },
  ],
  ['current scores for group baf 1, 2 and 3', { intent: 'risk.compare' }],
  ['lpt baf 01 to 03 scores', { intent: 'risk.compare' }],
  ['group baf 1 action 2', { intent: 'action.detail' }],
  // An action log's sign-off committee, not the board's decisions.
  [
    '@Board Clerk how many well-led actions need sign off at People committee?',
    { intent: 'actions.list', filter: { signOff: 'people' } },
  ],
  [
    'how many bad actions got closed',
    { intent: 'actions.list', scope: { kind: 'registers' }, filter: { status: 'closed' } },
  ],
  // A typed new meeting with its paper deadline; reminders are not a new meeting; chasing in words.
  [
    'set up the public board for thursday 28th jan 2027 2pm pls, papers due 14 jan',
    {
      intent: 'secretary',
      command: 'new-meeting',
      meeting: { date: '2027-01-28', part: 'public', time: '14:00', paperDeadline: '2027-01-14' },
    },
  ],
  [
    'schedule the reminders for the public meeting',
    { intent: 'secretary', command: 'send-reminder' },
  ],
  ['chase the people who havent updated', { intent: 'secretary', command: 'chase' }],
  ['who hasnt updated? chase them pls', { intent: 'secretary', command: 'chase' }],
  [
    'actually move the private board to 4 feb 2027, same time',
    { intent: 'secretary', command: 'edit-meeting', moveTo: '2027-02-04' },
  ],
  [
    "remind me what updates i've put in",
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'updated' } },
  ],
  ['any updates from owners on the ftsu actions', { intent: 'actions.list', progress: true }],
  // Round 61: movement and history, non-native English, and walk 53.
  // An ordinal after "risk" is no risk's number: "when did the workforce risk first go on".
  [
    'When did the workforce risk first go on the BAF and when was it last revised?',
    { intent: 'risk.detail', risk: { draft: true } },
  ],
  // Dates pushed back: the actions with a revised date, not the overdue ones too.
  [
    'which BAF actions have had their dates pushed back or revised?',
    { intent: 'actions.list', filter: { status: 'revised' } },
  ],
  // How long a piece of work has been open: the actions about it, with their dates.
  [
    'How long has an innovation strategy been sitting on the BAF as an action?',
    { intent: 'actions.about', words: 'innovation strategy', ask: 'due' },
  ],
  [
    "how long's the psirf work been outstanding",
    { intent: 'actions.about', words: 'psirf work', ask: 'due' },
  ],
  [
    'The principal investigator joint roles: when were they first due, and when are they due now?',
    { intent: 'actions.about', ask: 'due' },
  ],
  // "Has anything moved on": the risk's progress, not its score.
  [
    'has anything actually moved on the sustainability risk?',
    { intent: 'risk.detail', risk: { number: 5 }, facets: ['progress'] },
  ],
  ['has the score moved on baf 3', { intent: 'risk.detail', facets: ['scores'] }],
  // A section of a plan named, asked what it holds.
  [
    "what's in the leadership section of the well-led plan?",
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'leadership' },
      filter: { status: 'all' },
      tally: 'statuses',
    },
  ],
  [
    'what does the well led plan say on leadership',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'leadership' } },
  ],
  // "…we have papers for" is a clause, not a term to define.
  ["what's the latest meeting we have papers for", { intent: 'meeting.agenda', which: 'last' }],
  // Money delivered last year is a paper's figure, not actions closed.
  [
    "how do this year's savings targets compare with what we delivered last year?",
    { intent: 'paper.figures', words: 'savings targets compare delivered' },
  ],
  // The asker's whole list: "am I on track?", "everything I own".
  [
    'am i on track overall?',
    { intent: 'actions.list', scope: { kind: 'mine' }, tally: 'statuses' },
  ],
  [
    'can u list everything i own? BAF, minutes, well led, all of it',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'open' } },
  ],
  // "Wich" is "which", not "with".
  ['wich risk are over the apetite', { intent: 'risk.list', filter: { kind: 'above-appetite' } }],
  // A chaser asked for in a sentence: the chaser, not a list filtered by "schedule".
  [
    'schedule a nudge to the owners of overdue actions for tomorrow at 9am',
    { intent: 'secretary', command: 'chase' },
  ],
  ['send reminder to all owners of overdue actions', { intent: 'secretary', command: 'chase' }],
  ['how do i send a reminder / nudge to action owners?', { intent: 'secretary', command: 'chase' }],
  [
    'send a reminder to the board members about the january meeting',
    { intent: 'secretary', command: 'send-reminder' },
  ],
  // The private part of a meeting asked about: that meeting, not the privacy policy.
  [
    'is there a part 2 / private session for the january board?',
    { intent: 'meeting.on', privatePart: true },
  ],
  ['which items are private', { intent: 'meeting.agenda', which: 'next', privacyAsked: true }],
  ['who can see private items', { intent: 'about', subject: 'privacy' }],
  // Who has not updated, with no "actions" said.
  [
    'who hasnt given any update at all on the well led plan?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024' },
      filter: { status: 'not-started' },
      tally: 'leads',
    },
  ],
  // Round 62: governors and lay members in plain English.
  [
    'anything overdue for me from the improvement plan after the review?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-well-led-2024', sectionId: null } },
      filter: { status: 'overdue' },
    },
  ],
  [
    'How many separate actions are there altogether in the improvement plan that came out of the 2024 review?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: null },
      filter: { status: 'all' },
    },
  ],
  [
    "Remind me what I'm leading on from the review plan please",
    { intent: 'actions.list', scope: { kind: 'mine', within: { logId: 'log-well-led-2024' } } },
  ],
  [
    'What was getting in the way of recruiting enough staff in Leicestershire according to their risk list?',
    { intent: 'risk.detail', risk: { number: 6 }, facets: ['gaps'] },
  ],
  [
    'What independent checks are there that the digital side is safe and secure?',
    { intent: 'risk.detail', risk: { number: 1 }, facets: ['assurances'] },
  ],
  [
    'What is the group actually doing about climate change on its risk list?',
    { intent: 'risk.detail', risk: { number: 5 }, facets: ['actions'] },
  ],
  [
    'Who brings the money update to the group board meetings?',
    { intent: 'workplan', items: ['Group and System Finance update'] },
  ],
  [
    'who presented the finance update in september',
    { intent: 'minutes.presenter', date: '2025-09-01' },
  ],
  // Walk 54: chasers asked for in a sentence, a deadline "by" a day, an aside before "anyway".
  ['can u chase everyone whos late on their actions', { intent: 'secretary', command: 'chase' }],
  ['chase the overdue well led actions please', { intent: 'secretary', command: 'chase' }],
  [
    'please could you nudge Helen Shaw about her late actions',
    { intent: 'secretary', command: 'chase' },
  ],
  [
    'remind the well-led action leads that are behind, thanks',
    { intent: 'secretary', command: 'chase' },
  ],
  [
    'remind the board members about the january meeting',
    { intent: 'secretary', command: 'send-reminder' },
  ],
  [
    'new private board meeting on 28 january 2027, papers due by 14 january',
    {
      intent: 'secretary',
      command: 'new-meeting',
      meeting: { date: '2027-01-28', part: 'private', paperDeadline: '2027-01-14' },
    },
  ],
  [
    'morning! bit of a hectic week with the CQC visit, anyway - who is leading the FTSU tenure action and when was it due?',
    { intent: 'actions.about', words: 'ftsu tenure', ask: 'lead' },
  ],
  [
    'what moved since september on the group baf? any scores change',
    { intent: 'risk.list', filter: { kind: 'since-last' } },
  ],
  ['which risks have moved', { intent: 'risk.list', filter: { kind: 'moved' } }],
  [
    'what did sam write in his progress note',
    {
      intent: 'actions.list',
      scope: { kind: 'person', personId: 'person-grp-chief-people-officer' },
      filter: { status: 'updated' },
      progress: true,
    },
  ],
  [
    'whats on the agenda for the january 2026 board, and which items are private?',
    { intent: 'meeting.agenda', which: { date: '2026-01-29' }, privacyAsked: true },
  ],
  // A section's work asked of, with no piece of work named: the section's actions, by lead.
  [
    "Who's responsible for the speaking up improvements in the plan after the well led review?",
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: 'ftsu' },
      tally: 'leads',
    },
  ],
  [
    'who leads the speaking up work in the well led plan',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'ftsu' }, tally: 'leads' },
  ],
  // Round 63 and walk 55: secretaries' commands in their own words.
  [
    'set up a reminder for the paper deadline for the public board',
    { intent: 'secretary', command: 'send-reminder' },
  ],
  [
    'remind people the papers for the 28 jan 2027 board are due 14 jan',
    { intent: 'secretary', command: 'send-reminder' },
  ],
  ['set the agenda for the january board', { intent: 'secretary', command: 'edit-meeting' }],
  ['hist of ftsu 1 pls', { intent: 'action.detail', history: true }],
  [
    'how did the reminder i sent go? did it get delivered',
    { intent: 'secretary', command: 'broadcasts' },
  ],
  [
    'can we nudge people with overdue actions? the well led ones esp',
    { intent: 'secretary', command: 'chase' },
  ],
  // Papers not yet in: the next meeting's paper deadline and the papers held, not overdue actions.
  ['which papers are late for the board', { intent: 'meeting.next', detail: 'papers' }],
  ['which papers are missing', { intent: 'meeting.next', detail: 'papers' }],
  ['is there a private meeting', { intent: 'meeting.next', privatePart: true }],
  [
    "board on 29 jan 2026 - whats item 3 and who's leading it?",
    { intent: 'meeting.agenda', which: { date: '2026-01-29' }, place: 3 },
  ],
  // Work whose progress says it was approved.
  ['is the digital plan approved?', { intent: 'actions.about', ask: 'status' }],
  // A strategy's supporting strategies and service plans, and the paper that reported it.
  [
    'remind me which supporting strategies sit under the 2023-26 strategy',
    { intent: 'strategy.progress', ambitionIds: [], plans: 'supporting-strategies' },
  ],
  [
    'Which service plan objective was flagged as at risk of slipping?',
    { intent: 'strategy.progress', plans: 'service-plans' },
  ],
  [
    'Who was the exec sponsor on the strategy ambitions update to the board?',
    { intent: 'paper', paperId: 'paper-ccs-trust-ambitions-2023-09', want: 'cover' },
  ],
  ['who leads the ambitions', { intent: 'actions.about', ask: 'lead' }],
  // "IT" in capitals is technology; "doing together" is what the group is doing.
  ["What's the group actually doing together on IT?", { intent: 'topic', text: 'tech' }],
  // "At one of the councils" is no score of 1; patients not attending is no meeting's attendance.
  [
    'Do any of our risks reference a cyber incident at one of the local councils?',
    { intent: 'risk.detail', risk: { registerId: 'reg-lpt-baf-2024-25', number: 5 } },
  ],
  ['How are we using did-not-attend data to go after health inequalities?', { intent: 'unknown' }],
  [
    'when was I meant to have the digital strategy done by, according to the LPT BAF?',
    { intent: 'actions.about', words: 'digital strategy', ask: 'due' },
  ],
  [
    'what research actions are sitting with me and the other medical director?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'topic', text: 'research' } },
    },
  ],
  [
    'What does the well-led plan expect of us in terms of working with the ICB?',
    { intent: 'actions.about', words: 'integrated care icb', within: { kind: 'log' } },
  ],
  [
    'What did the NEDs say about the wording of the digital risk at the September board?',
    { intent: 'minutes.about', item: 'wording digital' },
  ],
  // Risks furthest from target, plural: each above its target, furthest first; singular: the one.
  [
    'which risks are furthest from target',
    { intent: 'risk.list', filter: { kind: 'above-target' } },
  ],
  // Round 64: instructions, not questions.
  [
    'bring up the September minutes on the BAF item',
    { intent: 'minutes.about', date: '2025-09-01', item: 'baf' },
  ],
  ['send me the agenda for the January board', { intent: 'meeting.agenda' }],
  [
    'send the agenda to the board papers channel',
    { intent: 'secretary', command: 'send-reminder' },
  ],
  [
    'remind me what we agreed on the value programme',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', words: 'agreed' },
  ],
  [
    'summarise the THRIVE report',
    { intent: 'strategy.progress', strategyId: 'strat-group-thrive-2026-01', ambitionIds: [] },
  ],
  // Walk 55: an agenda item by its words is no risk.
  [
    'who leads the staffing investigation item',
    { intent: 'minutes.presenter', item: 'staffing investigation' },
  ],
  // Walk 56.
  ['pull up the triage system action', { intent: 'actions.about', words: 'triage system' }],
  [
    'what are the supporting strategies and service plans for the trust ambitions strategy',
    { intent: 'strategy.progress', plans: 'both' },
  ],
  [
    'on the public board can you move the THRIVE item to after matters arising',
    { intent: 'secretary', command: 'edit-meeting' },
  ],
  [
    'agenda edit: move item 10 THRIVE Strategy Update up to after item 5 matters arising please',
    { intent: 'secretary', command: 'edit-meeting' },
  ],
  [
    "what's on the agenda for the next board? and is anything part 2",
    { intent: 'meeting.agenda', which: 'next', privacyAsked: true },
  ],
  // A paper by its sponsor's first name: "Angela's report" is the Chief Executive Report she brings.
  [
    "What does Angela's report say about the Mental Health Bill?",
    {
      intent: 'paper',
      paperId: 'paper-gtb-2026-01-29-chief-executive',
      words: 'mental health bill',
      want: 'say',
    },
  ],
  [
    "what does Angela's paper say about job planning",
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', want: 'say' },
  ],
  // Where the asker saw it, after the question, is the paper to look in.
  [
    "Any movement on Advanced Foundation Trust status? I saw something in the chief exec's update",
    {
      intent: 'paper',
      paperId: 'paper-gtb-2026-01-29-chief-executive',
      words: 'advanced foundation',
      want: 'say',
    },
  ],
  // A programme's sessions are no meeting.
  [
    'Quick one - Talent Matters next cohort. Who is eligible and until when do the sessions run?',
    { intent: 'unknown' },
  ],
  // A saint's name is a place, not a person the minutes record.
  [
    "did the alliance board say anything about St Andrew's and CAMHS inpatient beds?",
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', want: 'say' },
  ],
  // Who leads a piece of work a paper reports: the paper's words on it, not who brought the paper.
  [
    "Who's leading the Alliance joint medical job planning work?",
    {
      intent: 'paper',
      paperId: 'paper-gtb-2026-01-29-ema',
      words: 'joint medical job planning work',
      want: 'say',
    },
  ],
  // Whom a paper asks, and its own name, are no subject of the decision it asks.
  [
    'What are the boards of the Alliance providers asked to do in the EMA common board paper?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', words: '', want: 'decision' },
  ],
  // What a paper is about, looked for in the risks' controls.
  [
    'Is the Alliance itself listed as a control on any of the group risks?',
    { intent: 'risk.detail', risk: { number: 2 }, facets: ['controls'] },
  ],
  // The risks a group found for a programme: the paper's, not the group's terms of reference.
  [
    'what risks has the transition group logged for the value programme so far?',
    {
      intent: 'paper',
      paperId: 'paper-gtb-2026-01-29-value-programme',
      words: 'transition risks',
      want: 'say',
    },
  ],
  [
    "which items on the 2025/26 group board workplan don't have any meeting ticked?",
    { intent: 'workplan', unscheduled: true },
  ],
  // What a paper says, set as the scene before a dash, is where the answer is.
  [
    'The value paper says the two commissioning hubs are merging - who will host the combined hub and by when?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'say' },
  ],
  // A committee's decisions asked as "signed off": what it resolved.
  [
    'what has SEB signed off lately',
    { intent: 'minutes.resolutions', body: 'Strategic Executive Board' },
  ],
  // "Furthest overdue": the oldest first, not a topic of "furthest".
  [
    'which of my actions are furthest overdue?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: null },
      filter: { status: 'overdue' },
      tally: 'first',
    },
  ],
  // A part of the ambitions' reports (their paper's annexes), asked of them all or of an objective.
  [
    'what escalations did the 2023 ambitions paper raise to the board?',
    { intent: 'strategy.progress', ambitionIds: [], part: 'escalations' },
  ],
  [
    'what were the main challenges listed in annex B of the ambitions update?',
    { intent: 'strategy.progress', ambitionIds: [], part: 'challenges' },
  ],
  [
    'what financial risks did the ambitions paper flag?',
    { intent: 'strategy.progress', ambitionIds: [], part: 'financial-risks' },
  ],
  [
    'what successes did the ambitions paper report for the sustainable objective',
    { intent: 'strategy.progress', objectiveId: 'obj-sustainable', part: 'successes' },
  ],
  // An agenda item typed with the command: the editor's new row, filled in.
  [
    'add an item to the private agenda: Estates sale update, paper, led by the Chief Finance Officer',
    {
      intent: 'secretary',
      command: 'edit-meeting',
      meeting: { part: 'private' },
      item: { title: 'Estates sale update', type: 'Paper', lead: 'Chief Finance Officer' },
    },
  ],
  // Something asked of a past meeting whose minutes are held: its minutes, searched, not its agenda.
  [
    'Did freedom to speak up come up at all at the September 2025 group board?',
    { intent: 'minutes.about', date: '2025-09-01', item: 'freedom speak' },
  ],
  [
    'the LPT HR QSIR project presented to group board - what was the target, from how many days down to how many?',
    { intent: 'minutes.about', date: null },
  ],
  // Who was at a meeting named by its day, and which of them; a belief about apologies beside it.
  [
    'Which NHFT non-execs were at the 25 September 2025 meeting?',
    { intent: 'minutes.attendance', date: '2025-09-25', side: 'non-executive' },
  ],
  [
    'Which of the two managing directors were at the September 2025 group board? I think Jean Knight sent apologies?',
    { intent: 'minutes.attendance', part: 'all' },
  ],
  [
    'who made the point about the BAF 1 wording at the September board?',
    { intent: 'minutes.who-said' },
  ],
  // Who leads a piece of work a paper reports, the work named before the question.
  [
    'the veterans work at EMA that came up at group board - who leads it?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', want: 'say' },
  ],
  // An objective by what directors call it: "the people objective" is be an excellent employer.
  [
    'what was the focus to March 2024 for the people objective?',
    { intent: 'strategy.progress', objectiveId: 'obj-excellent-employer', part: 'focus' },
  ],
  [
    'what were the challenges under the money objective',
    { intent: 'strategy.progress', objectiveId: 'obj-sustainable', part: 'challenges' },
  ],
  // Who leads a part of a paper's work: a collaborative, a forum, a network.
  [
    'who is leading the perinatal collaborative in the alliance?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', want: 'say' },
  ],
  // Two parts of the ambitions' reports in one question: both.
  [
    'what were the successes and challenges in the ambitions paper?',
    { intent: 'strategy.progress', part: 'successes', moreParts: ['challenges'] },
  ],
  // A subject asked of the minutes: those minutes searched, not shown whole.
  [
    "anything in the September minutes about funding for veterans' mental health services?",
    { intent: 'minutes.about', item: 'funding veterans mental health services' },
  ],
  ['do the minutes mention the staff survey at all?', { intent: 'minutes.about' }],
  // A figure expected of the trusts is no list of their actions.
  ['What savings % are the two trusts expected to deliver in 2025/26?', { intent: 'unknown' }],
  // Whom another body asked is nobody's action.
  [
    "Who has NHSE asked to look at the Impact Forensic collaborative's financial sustainability?",
    { intent: 'unknown' },
  ],
  // A risk of an ambition's report, not two BAF risks found by its words.
  [
    "What was the financial risk against the 'leading care collaboratives' ambition in the 2023 update?",
    { intent: 'strategy.progress', part: 'financial-risks' },
  ],
  // A topic of an action log named: the log's actions about it.
  [
    'does the well-led plan say anything about the financial improvement cabinet?',
    { intent: 'actions.about', words: 'financial improvement cabinet' },
  ],
  // Work a paper heads a section with: the paper's passage, not a risk found by a word of it.
  ["who's taking the lead on digitising the Mental Health Act?", { intent: 'unknown' }],
  // What a board agreed when no minutes of then are held: the papers that report it.
  [
    'What did both Boards agree to do in 2024 off the back of the corporate benchmarking?',
    { intent: 'unknown' },
  ],
  // Electronic records are the digital risk's, not a risk found by "patient".
  [
    'which risk covers electronic patient records?',
    { intent: 'risk.detail', risk: { registerId: 'reg-group-baf-2026-01', number: 1 } },
  ],
  // Private business still to come: the private meetings, not the actions falling due.
  ['anything private coming up?', { intent: 'meeting.on', privatePart: true }],
  ['anything coming up in private?', { intent: 'meeting.on', privatePart: true }],
  // The committee the asker chairs, said in a sentence first, is "my committee".
  [
    'I chair People and Culture. Which Group BAF risks does my committee oversee?',
    {
      intent: 'risk.list',
      filter: { kind: 'committee', committee: 'People and Culture Committee' },
    },
  ],
  // What a role is "on the hook for" on a risk: its actions there.
  [
    'On the old LPT estates risk, what was the CFO on the hook for?',
    { intent: 'actions.list', scope: { kind: 'role' } },
  ],
  // What a committee should challenge on a risk: where it is weak.
  [
    'What should Quality and Safety Committee be challenging on the research risk?',
    { intent: 'risk.detail', facets: ['gaps'] },
  ],
  // Work named first, then "is that mine?": that work, whether it is the asker's said first.
  [
    'Physician associate recruitment plan - is that mine? when was it due?',
    {
      intent: 'actions.about',
      words: 'physician associate recruitment plan',
      ask: 'due',
      mine: true,
    },
  ],
  [
    'Is there anything on the BAF with my name against it?',
    { intent: 'actions.list', scope: { kind: 'mine' } },
  ],
  // Round 69: connections between the documents.
  // Where the registers mention something: the risks (and their actions) whose words have it.
  [
    'where does the East Midlands Alliance show up on the BAFs?',
    { intent: 'topic', text: 'east midlands alliance', risksOnly: true },
  ],
  ['which risks mention health inequalities?', { intent: 'topic', risksOnly: true }],
  ['is the university status work on the Group BAF?', { intent: 'topic', risksOnly: true }],
  [
    'the QSIR project in the minutes - does time to recruit show up anywhere on the BAF?',
    { intent: 'topic', text: 'time to recruit', risksOnly: true },
  ],
  // The minutes on a risk by number: its register's item, not the risk's card.
  ['what did the minutes say about group baf 4', { intent: 'minutes.about', item: 'group baf 4' }],
  // A request's "for me" is a courtesy; "trace" asks for the thing.
  ['trace the LeDeR action for me', { intent: 'actions.about', words: 'leder' }],
  ['can you check the LeDeR action for me please', { intent: 'actions.about', words: 'leder' }],
  ['look up the LeDeR action please', { intent: 'actions.about', words: 'leder' }],
  [
    'what do the Medical Directors still have open on the research risk (Group BAF 3)?',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: ['role-grp-medical-directors'], within: { kind: 'risk' } },
    },
  ],
  // A paper's cover, asked as where it went before and what lies behind it.
  ['where did the THRIVE report go before the board?', { intent: 'paper', want: 'cover' }],
  ['THRIVE report cover sheet', { intent: 'paper', want: 'cover' }],
  // A thing told of, then a question of "it": asked of that thing.
  [
    'Op Courage came up at the September board. What does the January EMA paper say about it now?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', words: 'courage', want: 'say' },
  ],
  // Two risks asked whether the same: compared.
  [
    'is the Group research risk basically the same thing as BAF 02 on the LPT 2024 BAF?',
    {
      intent: 'risk.compare',
      risks: [
        { registerId: 'reg-group-baf-2026-01', number: 3 },
        { registerId: 'reg-lpt-baf-2024-25', number: 2 },
      ],
    },
  ],
  // Open actions from a past meeting: its action sheet.
  ['is anything open from the September meeting?', { intent: 'matters-arising' }],
  // Whether a piece of work came about: where its action stands.
  [
    "the social value round table on LPT's 2024 BAF - did that ever land?",
    { intent: 'actions.about', words: 'social value round table', ask: 'status' },
  ],
  [
    'did the leadership conferences go ahead?',
    { intent: 'actions.about', words: 'leadership conferences' },
  ],
  // A risk's strategic link.
  [
    'which strategy ambition does Group BAF 3 support?',
    { intent: 'risk.detail', risk: { number: 3 }, first: 'link' },
  ],
  // Papers whose covers name a risk.
  ['which papers relate to group baf 1?', { intent: 'risk.detail', first: 'papers' }],
  [
    'any reports linked to lpt baf 5?',
    { intent: 'risk.detail', risk: { number: 5 }, first: 'papers' },
  ],
  // What a whole log holds, asked "is there a … in it".
  [
    'is there a plan for onboarding new neds in the well-led plan?',
    { intent: 'actions.about', within: { kind: 'log', logId: 'log-well-led-2024' } },
  ],
  // Where something comes up anywhere in the papers.
  [
    "LPT's 2024 access risk was at 20. Does waiting show up anywhere on the Group side now?",
    { intent: 'topic', text: 'waiting' },
  ],
  // Neither the paper's name nor the asking verb is what the paper is asked to say.
  [
    'The EMA productivity learning that was due October 2025 - has the January EMA paper followed it up?',
    { intent: 'paper', words: 'productivity learning' },
  ],
  // A state told, then "has the committee picked that up": the committee's report on it.
  [
    'Sickness is well over target in the performance report. Has the people committee picked that up at all?',
    { intent: 'committee.report', words: 'sickness' },
  ],
  // A thread traced through the papers: everything on it.
  [
    'Digital keeps coming up. Can someone trace it from the Sept minutes through the Jan BAF to the THRIVE report?',
    { intent: 'topic', text: 'digital' },
  ],
  [
    'can you tie together what the Sept minutes, BAF 4 and the THRIVE report say about the leadership conferences?',
    { intent: 'topic', text: 'leadership conferences' },
  ],
  // The actions arising from a minute: its meeting's action sheet.
  ['what actions arose from GTB/25/15?', { intent: 'matters-arising' }],
  // The risk a paper's cover names, asked of; the themes a paper serves are on its cover.
  [
    "what's the score of the risk the THRIVE report relates to?",
    { intent: 'risk.detail', risk: { registerId: 'reg-group-baf-2026-01', number: 1 } },
  ],
  [
    'who owns the BAF risk behind the EMA paper?',
    { intent: 'risk.owner', risk: { registerId: 'reg-group-baf-2026-01', number: 1 } },
  ],
  [
    'which THRIVE themes does the value programme paper serve?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'cover' },
  ],
  // A subject, then whether anything connects it across the papers: everything on it.
  [
    "Physician associates: anything connecting LPT's BAF to the EMA work?",
    { intent: 'topic', text: 'physician associates' },
  ],
  [
    'Op Courage - any link between the minutes and the EMA paper?',
    { intent: 'topic', text: 'op courage' },
  ],
  // What a whole log holds about one word.
  [
    'does the well-led action plan have anything on digital?',
    {
      intent: 'actions.about',
      words: 'digital',
      within: { kind: 'log', logId: 'log-well-led-2024' },
    },
  ],
  // Round 70: work asked of in two registers, by words on both sides of "action", and its lead asked
  // in the past tense.
  [
    "the principal investigators action on research - what date did LPT's 2024 BAF give it?",
    {
      intent: 'actions.about',
      words: 'principal investigators research',
      ask: 'due',
      within: { kind: 'log', logId: 'log-lpt-baf-actions' },
    },
  ],
  [
    'University status - where does the Group BAF action stand?',
    {
      intent: 'actions.about',
      words: 'university status',
      ask: 'status',
      within: { kind: 'log', logId: 'log-group-baf-actions' },
    },
  ],
  ['who led the DNA data action?', { intent: 'actions.about', words: 'dna data', ask: 'lead' }],
  ['who owned the DNA data action?', { intent: 'actions.about', words: 'dna data', ask: 'lead' }],
  [
    'what THRIVE says about the survey closing',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-thrive', words: 'the survey closing' },
  ],
  [
    'what do the strategy ambitions say about finance, digital and estates?',
    { intent: 'strategy.progress', quote: 'finance and digital and estates' },
  ],
  [
    'what are the 52-week figures for NHFT and LPT?',
    { intent: 'performance', organisationIds: ['nhft', 'lpt'] },
  ],
  [
    'is anything still open on SORT?',
    { intent: 'actions.list', filter: { status: 'open', about: 'sort' } },
  ],
  [
    'any actions still open on SORT?',
    { intent: 'actions.list', filter: { status: 'open', about: 'sort' } },
  ],
  [
    'what did the september minutes say about thrive?',
    { intent: 'minutes.about', date: '2025-09-01', item: 'thrive' },
  ],
  [
    'what staff survey actions have I got on Group BAF 4?',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { about: 'staff survey' } },
  ],
];

/**
 * Follow-ups: [what was asked first, the follow-up, what the follow-up must read as]. The first question
 * is read on its own; the second with it as the conversation's subject.
 */
export const FOLLOW_UPS: [string, string, Record<string, unknown>][] = [
  // A meeting shown, then a secretary's command naming a day and a deadline: the command, not a
  // follow-up about that meeting's deadline.
  [
    'whats on 29 jan 2026',
    'new meeting 28/01/2027 at 2pm public, paper deadline 14 january',
    { intent: 'secretary', command: 'new-meeting' },
  ],
  // A risk or a register's list, then "and the other trust?": the same of the other register.
  [
    'what is baf 1 score',
    'and the other trust?',
    { intent: 'risk.detail', risk: { registerId: 'reg-lpt-baf-2024-25', number: 1 } },
  ],
  [
    'which risks are above appetite',
    'and the other trust?',
    { intent: 'risk.list', registerId: 'reg-lpt-baf-2024-25', filter: { kind: 'above-appetite' } },
  ],
  // A risk by its number alone (the newest register's), then "same for LPT": LPT's risk on the same
  // subject (partnerships, BAF 09), not its risk of that number.
  [
    'baf 2',
    'same for lpt',
    { intent: 'risk.detail', risk: { registerId: 'reg-lpt-baf-2024-25', number: 9 } },
  ],
  // Ambitions' confidence asked, then "which one's lowest?": the lowest confidence.
  [
    'how confident were they on delivering the ambitions by Q4 23-24?',
    "which one's lowest?",
    { intent: 'strategy.progress', extreme: { measure: 'confidence', which: 'lowest' } },
  ],
  // A log's actions, then the asker's own asked for afresh: theirs, not the log's.
  [
    'ftsu actions',
    'whats still open for me, just the count and the next one due',
    { intent: 'actions.list', scope: { kind: 'mine', within: null } },
  ],
  // A list of actions, then one trust named: the same list of that trust (its BAF's log, for BAF
  // actions).
  [
    'overdue group baf actions',
    'and lpt?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-lpt-baf-actions' },
      filter: { status: 'overdue' },
    },
  ],
  [
    'overdue actions',
    'just the lpt ones',
    {
      intent: 'actions.list',
      scope: { kind: 'organisation', organisationId: 'lpt' },
      filter: { status: 'overdue' },
    },
  ],
  [
    'baf actions due next month',
    'only the LPT ones',
    { intent: 'actions.list', scope: { kind: 'log', logId: 'log-lpt-baf-actions' } },
  ],
  // A risk, then what "the group one" is doing about it: that register's risk on the subject, its
  // actions with their leads.
  [
    "how's the LPT research risk looking",
    "and what's the group one doing about it - whose actions are they?",
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { registerId: 'reg-group-baf-2026-01', number: 3 } },
      tally: 'leads',
    },
  ],
  // A meeting's attendance, then what was said about a paper: that item of the same minutes.
  [
    'who was at the sept meeting',
    'what was said about the east midlands alliance',
    { intent: 'minutes.about', date: '2025-09-01', item: 'east midlands alliance' },
  ],
  // Who presented an item, then what was agreed: what came of that item.
  [
    'who presented the thrive report in sept',
    'what was agreed',
    { intent: 'minutes.about', date: '2025-09-01', item: 'thrive' },
  ],
  // One action, then why its date moved, or a list: the same action, or every log's.
  [
    'ftsu 4',
    'why was the date moved to jan 27',
    { intent: 'action.detail', target: { sectionId: 'ftsu', number: 4 }, why: true },
  ],
  ['ftsu 4', 'who updated it', { intent: 'action.detail', history: true }],
  [
    'ftsu 4',
    'which actions are overdue',
    { intent: 'actions.list', scope: { kind: 'all' }, filter: { status: 'overdue' } },
  ],
  // A meeting, then "what was due to come to it?": its agenda, not the open actions.
  [
    'when was the january 2026 board',
    'and what was due to come to it?',
    { intent: 'meeting.agenda', which: { date: '2026-01-29' } },
  ],
  // Work whose lead was asked, then "when was it meant to be done?": its date, not whether it is done.
  [
    'who owns implementing psirf',
    'when was it supposed to be done',
    { intent: 'actions.about', ask: 'due' },
  ],
  // ...or "which committee signs it off?": its date and sign-off committee.
  [
    "I've been asked to pick up the long-term financial strategy work from the Well-Led plan. When was it due?",
    'and which committee signs it off?',
    { intent: 'actions.about', ask: 'due' },
  ],
  // A risk's actions, then "which of those has already been approved?": those delivered.
  [
    'What actions are recorded against Group BAF 1 in the January 2026 Group BAF?',
    'Which of those has already been approved, and where?',
    { intent: 'actions.list', filter: { status: 'all', key: 'delivered' } },
  ],
  // A measure, then "which way was the trend going?": the same measure, whose card gives its trend.
  [
    "what was LPT's sickness rate in December 2025?",
    'which way was the trend going',
    { intent: 'performance', organisationIds: ['lpt'] },
  ],
  // A risk, then "what's it meant to get down to": its target.
  [
    'is the estates risk still at 20 on the lpt baf?',
    "and what's it meant to get down to",
    { intent: 'risk.detail', risk: { number: 4, registerId: LPT } },
  ],
  // A body's terms of reference, then "what attendance is expected of members?": that part of them.
  [
    'is the chief people officer on the corporate and enabling transition group?',
    'what attendance is expected of members?',
    { intent: 'terms-of-reference', part: 'attendance' },
  ],
  // A measure for one trust, then "and lpt's?": the same measure for the other.
  [
    'staff survey engagement sub score in the NOF - nhft?',
    "and lpt's?",
    { intent: 'performance', organisationIds: ['lpt'], want: 'indicator' },
  ],
  // A measure, then "and the target?": the same measure, whose card gives its target.
  [
    "how's lpt doing on urgent cyp eating disorder waits?",
    'and the target?',
    { intent: 'performance', organisationIds: ['lpt'] },
  ],
  // One trust's figure, then another measure with no trust named: the same trust's.
  [
    'how many children are waiting over 52 weeks for community services at lpt?',
    'what % of the overall waiting list is over 52 wks?',
    { intent: 'performance', organisationIds: ['lpt'] },
  ],
  // A risk asked about some words, then "who's the lead on that one?": the action those words name.
  [
    'what does the group baf say about success measures on the research risk?',
    "who's the lead on that one?",
    { intent: 'actions.about', words: 'success measures', ask: 'lead' },
  ],
  // A paper's figures, then "and FYE?": its full year effect.
  [
    'group value programme savings?',
    'and FYE?',
    { intent: 'paper', want: 'figures', words: 'full year effect' },
  ],
  [
    'which LPT mental health indicators missed target in nov-25?',
    'which of those did nhft actually hit?',
    { intent: 'performance', organisationIds: ['nhft'], against: 'met' },
  ],
  [
    'list the FTSU actions from the well-led plan',
    "which of those aren't due 30 september 2025?",
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'ftsu' },
      except: { filter: { status: 'due', period: { from: '2025-09-30' } } },
    },
  ],
  [
    'which well-led actions go to the People committee for sign off?',
    "and which of those don't have the DoCA as action owner?",
    {
      intent: 'actions.list',
      filter: { signOff: 'people', notLedBy: { roleIds: ['role-wlt-doca'] } },
    },
  ],
  [
    'what is BAF 4 score',
    'and its gaps?',
    { intent: 'risk.detail', risk: { number: 4 }, facets: ['gaps'] },
  ],
  [
    'what is BAF 4 score',
    'what about assurances',
    { intent: 'risk.detail', risk: { number: 4 }, facets: ['assurances'] },
  ],
  [
    'the workforce risk',
    'and the LPT one?',
    { intent: 'risk.detail', risk: { number: 6, registerId: LPT } },
  ],
  [
    'the culture risk',
    'and the lpt one',
    { intent: 'risk.detail', risk: { number: 7, registerId: LPT } },
  ],
  [
    'group baf 3',
    'who leads that?',
    { intent: 'risk.owner', risk: { number: 3, registerId: GROUP } },
  ],
  [
    'the estates risk',
    'who owns it',
    { intent: 'risk.owner', risk: { number: 4, registerId: LPT } },
  ],
  [
    'lpt baf 2 controls',
    'what about baf 5?',
    { intent: 'risk.detail', risk: { number: 5 }, facets: ['controls'] },
  ],
  [
    'group baf 1',
    'and its actions',
    { intent: 'actions.list', scope: { kind: 'risk', risk: { number: 1 } } },
  ],
  ['group baf 1', 'gaps?', { intent: 'risk.detail', risk: { number: 1 }, facets: ['gaps'] }],
  [
    'which risks are above appetite',
    'and for LPT?',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'above-appetite' } },
  ],
  [
    'well led ftsu 4',
    'why is it late?',
    { intent: 'action.detail', why: true, target: { kind: 'section', number: 4 } },
  ],
  ['well led ftsu 4', 'and its history', { intent: 'action.detail', history: true }],
  [
    'my actions',
    'just the overdue ones',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'overdue' } },
  ],
  [
    'freedom to speak up actions',
    'and the closed ones?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'ftsu' },
      filter: { status: 'closed' },
    },
  ],
  [
    'minutes of the september board',
    'who sent apologies?',
    { intent: 'minutes.attendance', part: 'apologies', date: '2025-09-01' },
  ],
  [
    'minutes of the september board',
    'any declarations?',
    { intent: 'minutes.declarations', date: '2025-09-01' },
  ],
  [
    'when was the last board meeting',
    'what time did it start?',
    { intent: 'meeting.last', detail: 'time' },
  ],
  ['when is the next board', 'and the agenda?', { intent: 'meeting.agenda', which: 'next' }],
  ['who owns baf 4', 'and baf 5?', { intent: 'risk.owner', risk: { number: 5 } }],
  ['is baf 3 worse than baf 4', 'who owns that', { intent: 'risk.owner', risk: { number: 3 } }],
  // Follow-ups of the kinds the blind set asked.
  [
    'vacancy rate at lpt',
    'and nhft?',
    { intent: 'performance', organisationIds: ['nhft'], indicatorIds: ['workforce-vacancy-rate'] },
  ],
  [
    'what is the people committee telling the board',
    'anything to advise?',
    { intent: 'committee.report', level: 'advise' },
  ],
  ['the thrive report', 'who wrote it?', { intent: 'paper', want: 'cover' }],
  [
    'is the group research strategy done yet',
    'who is leading it?',
    { intent: 'actions.about', ask: 'lead' },
  ],
  [
    'minutes of the september board',
    'who chaired it?',
    { intent: 'minutes.attendance', part: 'chair', date: '2025-09-01' },
  ],
  [
    'minutes of the september board',
    'and who took the minutes',
    { intent: 'minutes.attendance', part: 'minute-taker', date: '2025-09-01' },
  ],
  // Only a role in the record the conversation is about: "who's the task lead?"
  [
    'well led ftsu 4',
    "who's the action lead?",
    { intent: 'action.detail', target: { kind: 'section', number: 4 } },
  ],
  [
    'the people committee aaa report',
    'who wrote it?',
    { intent: 'committee.report', author: true },
  ],
  ['the thrive paper', 'who is the sponsor', { intent: 'paper', want: 'cover' }],
  // After one action, any of its fields; after a committee's terms of reference, any part of them.
  [
    'well led ftsu 3',
    'and when is that due',
    { intent: 'action.detail', target: { kind: 'section', number: 3 } },
  ],
  [
    'group baf 3 action 9',
    'has it been done?',
    { intent: 'action.detail', target: { kind: 'risk', number: 9 } },
  ],
  [
    'who chairs the transition group',
    'and the quorum?',
    { intent: 'terms-of-reference', part: 'quorum' },
  ],
  [
    'transition group membership',
    'how regularly do they meet',
    { intent: 'terms-of-reference', part: 'frequency' },
  ],
  [
    'what is the transition group for',
    'who sits on it',
    { intent: 'terms-of-reference', part: 'membership' },
  ],
  [
    'who chairs the transition group',
    'what are its responsibilities',
    { intent: 'terms-of-reference', part: 'responsibilities' },
  ],
  [
    'what did we resolve on QSIR?',
    'when was that agreed?',
    { intent: 'minutes.about', item: 'qsir' },
  ],
  ['what did we agree re THRIVE', 'which meeting was that at', { intent: 'minutes.about' }],
  ['GTB/25/15', 'when was that decided', { intent: 'minutes.item', reference: 'GTB/25/15' }],
  [
    'remind me about the transition group',
    'who sits on it?',
    { intent: 'terms-of-reference', part: 'membership' },
  ],
  [
    'what was decided about the partnership agreement',
    'what date was that',
    { intent: 'minutes.about' },
  ],
  [
    'what came out of the QSIR presentation in september',
    'who gave it?',
    { intent: 'minutes.presenter', item: 'qsir' },
  ],
  [
    'which group risk is about digital',
    'who is leading the transformation plan under it',
    { intent: 'actions.about', within: { kind: 'risk', risk: { number: 1 } } },
  ],
  [
    'who is leading the staff survey actions',
    'are any of them overdue?',
    { intent: 'actions.about', ask: 'due', overdue: true },
  ],
  // "How does NHFT compare?" after a measure: both organisations, side by side.
  [
    'lpt cyp eating disorder urgent waits',
    'how does nhft compare',
    { intent: 'performance', organisationIds: ['lpt', 'nhft'] },
  ],
  [
    'nhft sickness absence rate',
    'what about lpt',
    {
      intent: 'performance',
      organisationIds: ['lpt'],
      indicatorIds: ['metric-sickness-absence-rate', 'workforce-sickness-overall'],
    },
  ],
  // Actions about some work, then when they are due.
  [
    'who leads the gap analysis and governance review actions',
    'when are they due',
    { intent: 'actions.about', ask: 'due' },
  ],
  // A log section's actions with who leads them, then when they are due: the same list.
  [
    'who leads the improvement actions in the well led plan',
    'when are they due',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'improvement' } },
  ],
  // One objective's ambitions, then the lowest of them.
  [
    "trust ambitions - how are we doing on 'be collaborative'?",
    'which one has the lowest confidence',
    {
      intent: 'strategy.progress',
      objectiveId: 'obj-collaborative',
      extreme: { measure: 'confidence', which: 'lowest' },
    },
  ],
  // "The other trust": the other member of the group.
  [
    'sickness absence for nhft?',
    'what about the other trust',
    { intent: 'performance', organisationIds: ['lpt'] },
  ],
  [
    '2hr UCR at lpt?',
    'so which one is under target',
    { intent: 'performance', organisationIds: [] },
  ],
  // Actions about some work, then whether anything has been reported against them.
  [
    'when was the board development plan action in the well led review due',
    'anything reported against it yet?',
    { intent: 'actions.about', ask: 'status' },
  ],
  // A risk's actions, then those of them overdue.
  [
    'actions on the culture risk on the group baf?',
    'any of those overdue?',
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { number: 4 } },
      filter: { status: 'overdue' },
    },
  ],
  // A list of actions, then a short "any overdue?": of those.
  [
    'show me the strategy actions from the well led review',
    'any overdue?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'strategy' },
      filter: { status: 'overdue' },
    },
  ],
  [
    'show me the strategy actions from the well led review',
    'all overdue actions',
    { intent: 'actions.list', scope: { kind: 'all' } },
  ],
  // Ambitions, then what holds one back: the same ambitions, whose answer has their challenges.
  [
    'which of the 12 ambitions are we least confident about hitting by Q4',
    'whats holding it back',
    {
      intent: 'strategy.progress',
      extreme: { measure: 'confidence', which: 'lowest' },
      part: 'challenges',
    },
  ],
  ['progress on our ambitions', 'any challenges?', { intent: 'strategy.progress' }],
  // A minute item, then a figure "in that": the same item.
  [
    'who did the QSIR presentation in sept',
    'what were the recruitment numbers in that',
    { intent: 'minutes.about', item: 'qsir', date: '2025-09-01', figures: 'recruitment numbers' },
  ],
  // A risk, then "the group version": the group's risk on the same subject, though its number differs.
  [
    'LPT workforce risk BAF 06 - score and is it within appetite',
    'what about the group version',
    { intent: 'risk.detail', risk: { registerId: GROUP, draft: true } },
  ],
  // A figure, then a fragment naming another: a figure of the same kind, in the same paper first.
  [
    'group value savings this year from the latest changes',
    'full year effect?',
    { intent: 'paper.figures', words: 'full year effect value savings changes' },
  ],
  // Ambitions at a level, then their challenges: the same ambitions.
  [
    'which trust ambition was only 90% at q2',
    'any challenges flagged against it?',
    { intent: 'strategy.progress', equals: { measure: 'progress', percent: 90 } },
  ],
  // A risk, then the system and corporate risks it links to.
  [
    'lpt workforce risk score?',
    'and which corporate risks feed into it',
    { intent: 'risk.detail', risk: { registerId: LPT, number: 6 }, facets: ['links'] },
  ],
  // A minute item, then who answered: who the minutes record answering about it.
  [
    'did the sept board talk about veterans at all',
    'who answered that',
    { intent: 'minutes.who-said', context: 'veterans' },
  ],
  // A risk, then its actions and who owns them: the actions, with their leads.
  [
    'group baf 1 score atm',
    'ok and what actions are on it, who owns them?',
    { intent: 'actions.list', scope: { kind: 'risk' }, tally: 'leads' },
  ],
  // Actions, then "which ones aren't task-led by DoCA?": the same actions, less those.
  [
    'how many FTSU actions came out of the well led review',
    "which ones aren't task-led by DoCA?",
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'ftsu' },
      filter: { notLedBy: { roleIds: ['role-wlt-doca'], task: true } },
    },
  ],
  // A strategy figure for one organisation, then "and NHFT?": the same figure for it.
  [
    'how many transformation projects has LPT got against THRIVE?',
    'and NHFT?',
    { intent: 'strategy.progress', figures: ['NHFT transformation projects and programmes'] },
  ],
  // Ambitions, then a figure "there": the same ambitions, the sentences with those words first.
  [
    'what did the trust ambitions paper say about virtual wards',
    'how many virtual beds were there',
    { intent: 'strategy.progress', quote: 'virtual beds' },
  ],
  // A figure, then "how does that compare nationally?": the same figures, with the national ones.
  [
    'lpt 3 day follow up after discharge latest',
    'how does that compare nationally',
    {
      intent: 'performance',
      organisationIds: ['lpt'],
      indicatorIds: ['mental-health-patients-discharged-receiving-follow-up-in-3-d'],
    },
  ],
  // An item of the minutes, then a figure "through it" whose word finds a risk: the same item.
  [
    'what was the service presentation at the sept group board',
    'how many staff have been through it',
    { intent: 'minutes.about', item: 'service', figures: 'staff' },
  ],
  // What the board made of one item, then "and the EMA paper?": what it made of that one.
  [
    'what did the board resolve on thrive in sept',
    'and the EMA paper?',
    { intent: 'minutes.about', date: '2025-09-01', item: 'east midlands alliance' },
  ],
  // A register's appetite, then its tolerance: the same appetite answer.
  [
    'what risk appetite did lpt set on the baf for 24/25',
    'whats the tolerance range for that',
    { intent: 'risk.appetite', registerId: LPT },
  ],
  // A waiting-list figure, then "how many of those r kids": the children's figure.
  [
    'lpt 52 week waiters in nov',
    'how many of those r kids',
    {
      intent: 'performance',
      organisationIds: ['lpt'],
      indicatorIds: ['community-family-52-week-children-s-waiters'],
    },
  ],
  // A committee's terms of reference, then who keeps its action log: its records.
  [
    'who sits on the transition group',
    'who keeps the action log for it',
    { intent: 'terms-of-reference', part: 'records' },
  ],
  // A risk's score, then when it was last revised: the same risk.
  [
    'lpt baf 04 score?',
    'when was it last revised',
    { intent: 'risk.detail', risk: { registerId: LPT, number: 4 } },
  ],
  // A figure for a trust, then "is that within target?": the same figure.
  [
    'vacancy rate nhft',
    'is that within target?',
    { intent: 'performance', organisationIds: ['nhft'], indicatorIds: ['workforce-vacancy-rate'] },
  ],
  // The action about some work, then "has it slipped?": when it is due, and why its date moved.
  [
    'who leads the policy refresh action on lpt baf 01',
    'has it slipped?',
    { intent: 'actions.about', words: 'policy refresh', ask: 'due' },
  ],
  [
    'whose name is on the governance review action',
    'why is it late',
    { intent: 'actions.about', ask: 'due' },
  ],
  // A figure printed for both trusts in one line, then "and nhft?": the same figure.
  [
    'what % of lpt staff understand thrive?',
    'and nhft?',
    { intent: 'strategy.progress', strategyId: 'strat-group-thrive-2026-01' },
  ],
  // The action about some work, then "when is it due now?".
  [
    'whats the ftsu guardian tenure action',
    'when is it due now?',
    { intent: 'actions.about', words: 'ftsu guardian tenure', ask: 'due' },
  ],
  // A figure for each trust, then "which trust is further off target?": those figures, not risks.
  [
    'whats the out of area bed days position',
    'which trust is further off target?',
    {
      intent: 'performance',
      organisationIds: [],
      indicatorIds: ['mental-health-out-of-area-bed-days-rolling-quarter'],
    },
  ],
  // A log section's actions, then "who's the action lead on most of them?": those, their leads counted.
  [
    'show me the improvement actions from the well-led review',
    "who's the action lead on most of them?",
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: 'improvement' },
      tally: 'leads',
    },
  ],
  // A risk, then a question of its own about another register's risks: that question, not the risk
  // again in the other register.
  [
    'what is BAF 1 score?',
    'which of the group baf risks are NOT overseen by finance & performance? and which cttees have them instead',
    { intent: 'risk.list', filter: { kind: 'not-committee' } },
  ],
  // A risk, then "who's doing the actions on that and by when?": the actions, with leads and dates.
  [
    "what's group baf 2 about",
    "ok and who's actually doing the actions on that and by when",
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { number: 2, registerId: GROUP } },
      tally: 'leads',
    },
  ],
  // A risk, then its actions due in a month: those.
  [
    'tell me about L P T baf five',
    'and the actions on it that were due march twenty twenty five, who has those',
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { number: 5, registerId: LPT } },
      filter: { status: 'due', period: { from: '2025-03-01', to: '2025-03-31' } },
    },
  ],
  // Closures in a month, then "how many altogether, and when did SEB see the rest?": every proposal.
  [
    'which baf actions got closed off in november',
    'how many were closed altogether and when did SEB see the rest',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure', period: null } },
  ],
  // Ambitions, then "which one was only on 80%?": those at that level.
  [
    'the be a great employer ambitions',
    'which one was only on eighty percent',
    { intent: 'strategy.progress', equals: { measure: 'progress', percent: 80 } },
  ],
  // A paper's savings, then "how much more are they expecting on top of that": its estimates.
  [
    'what has the group value program saved so far',
    'and how much more are they expecting on top of that',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'figures' },
  ],
  // A risk, then "who's carrying the actions on that one": its actions, with their leads.
  [
    "Can you pull up LPT's estates risk for me?",
    "Who's actually carrying the actions on that one, and did the committee effectiveness review ever happen?",
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { number: 4, registerId: LPT } },
      tally: 'leads',
    },
  ],
  // A paper's figures, then "is there more to come beyond that?": what it expects in addition.
  [
    'what has the Group Value Programme actually saved so far?',
    'and is there more to come beyond that, or is that it?',
    { intent: 'paper', want: 'figures', words: 'additional' },
  ],
  // A table of the performance report, then a measure by a word another table shares: this table's.
  [
    'How is LPT doing against the mental health targets in the performance report?',
    "Length of stay looks ugly - what's the actual number?",
    {
      intent: 'performance',
      organisationIds: ['lpt'],
      indicatorIds: ['mental-health-mean-length-of-stay-at-discharge-adult-older-a'],
    },
  ],
  // A log section's actions, then "is any of that landing on the Director of People?": that role's.
  [
    "What's in the Freedom to Speak Up bit of the well-led action plan?",
    'Is any of that landing on the Director of People, and when by?',
    {
      intent: 'actions.list',
      scope: {
        kind: 'role',
        roleIds: ['role-wlt-dop'],
        within: { kind: 'log', sectionId: 'ftsu' },
      },
    },
  ],
  // Ambitions about something, then "are they on track with recruiting for it?": those ambitions'
  // sentences about recruiting (not the workforce risk).
  [
    'what does the Trust Ambitions paper say about virtual wards?',
    'are they actually on track with recruiting for it?',
    { intent: 'strategy.progress', ambitionIds: ['amb-3', 'amb-6'], quote: 'recruiting' },
  ],
  // Who leads a risk's actions, then "by when?": those actions, with dates and leads.
  [
    "who's leading the actions on group baf 3?",
    'by when?',
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { number: 3, registerId: GROUP } },
      tally: 'leads',
    },
  ],
  [
    'who owns group baf 3',
    'by when?',
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { number: 3, registerId: GROUP } },
      tally: 'leads',
    },
  ],
  // A register's appetite, then the risks beyond it (or within it).
  [
    "what's the tolerance band for an 'open' risk appetite on the LPT BAF again?",
    'so which of the BAF risks were sitting above it?',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'above-appetite' } },
  ],
  [
    'what is the risk appetite on the group baf',
    'and which ones are within it?',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'within-appetite' } },
  ],
  // Who attended, then whether one person was among them.
  [
    'who sent apologies to the september group board?',
    'was the NHFT chief medical officer one of them?',
    {
      intent: 'minutes.attendance',
      date: '2025-09-01',
      part: 'all',
      who: 'nhft chief medical officer',
    },
  ],
  [
    'who was at the september group board',
    'and did jean knight make it?',
    { intent: 'minutes.attendance', date: '2025-09-01', part: 'all', who: 'jean knight' },
  ],
  // A risk, then which committee looks at it: who oversees it.
  [
    'lpt baf 4',
    'which committee looks at it?',
    { intent: 'risk.owner', risk: { number: 4, registerId: LPT } },
  ],
  [
    'whats the score on group baf 2',
    'and where does that get reported?',
    { intent: 'risk.owner', risk: { number: 2, registerId: GROUP } },
  ],
  // A measure, then "is that mostly adults or children?": the same measure split by whom it counts.
  [
    'how long are people waiting for community services in Leicestershire? I keep hearing about year-long waits.',
    'is that mostly adults or children?',
    {
      intent: 'performance',
      organisationIds: ['lpt'],
      indicatorIds: [
        'community-family-52-week-adult-waiters',
        'community-family-of-overall-adult-waits-waiting-over-52-week',
        'community-family-52-week-children-s-waiters',
        'community-family-of-overall-children-waits-waiting-over-52-w',
      ],
    },
  ],
  // A risk, then "what is being done about it?": its actions.
  [
    'group baf 1',
    'what is being done about it?',
    { intent: 'risk.detail', risk: { number: 1, registerId: GROUP }, facets: ['actions'] },
  ],
  // Actions, then "which of those go to the finance committee?": those it signs off.
  [
    'which well-led actions am i action lead for?',
    'which of those go to the finance committee?',
    { intent: 'actions.list', filter: { signOff: 'finance' } },
  ],
  // Actions, then "has it been done?": asked of them as closed (answered with the open ones).
  [
    'am i on the well-led action plan anywhere?',
    'has it been done?',
    { intent: 'actions.list', filter: { status: 'closed' } },
  ],
  // A list of actions, then "which one was due first?": the same list, in due-date order.
  [
    'show me everything overdue owned by the DoCA',
    'which one was due first?',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: ['role-wlt-doca'] },
      filter: { status: 'overdue' },
    },
  ],
  // A list of risks, then "which of those…": from that list, in its register.
  [
    'which LPT BAF risks score 20?',
    'which of those has the furthest to go to target?',
    {
      intent: 'risk.list',
      registerId: LPT,
      filter: { kind: 'furthest-from-target' },
      among: { kind: 'score-of', score: 20 },
    },
  ],
  [
    'lpt risks above appetite',
    'and the lowest of them?',
    {
      intent: 'risk.list',
      registerId: LPT,
      filter: { kind: 'lowest' },
      among: { kind: 'above-appetite' },
    },
  ],
  // Actions, then "and which committee signs them off?": the same actions, with who signs each off.
  [
    'who leads the strategy actions in the well-led plan?',
    'and which committee signs them off?',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'strategy' }, tally: 'sign-off' },
  ],
  // The draft Group risk, then "and the LPT one?": LPT's risk of the same subject.
  [
    'what internal audit assurance is there on the draft group workforce risk?',
    'and on the LPT one?',
    { intent: 'risk.detail', risk: { number: 6, registerId: LPT }, facets: ['assurances'] },
  ],
  // A minute, then "who agreed to take it forward?": who the minutes record, in that minute.
  [
    'who suggested expanding the BAF 1 descriptor?',
    'who agreed to take it forward?',
    { intent: 'minutes.who-said', words: 'take forward', context: 'expanding descriptor' },
  ],
  [
    'what came of the QSIR presentation?',
    'and who raised it?',
    { intent: 'minutes.who-said', context: 'qsir' },
  ],
  // A register's appetite, then "what does that mean in numbers?": its bands, though a word of it
  // passingly matches a risk.
  [
    "what's LPT's appetite for risk this year?",
    'and what does that mean in actual numbers?',
    { intent: 'risk.appetite', registerId: LPT },
  ],
  // A log section's actions, then "and the partnerships ones?": that section of the same log.
  [
    'Well-led review strategy actions, when they are due?',
    'and the partnerships ones?',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'partnerships' } },
  ],
  // Actions, then "who is leading this?": the same actions, leads first.
  [
    'Please tell me the FTSU actions in the well-led plan',
    'who is leading this?',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'ftsu' }, tally: 'leads' },
  ],
  // A Group risk named with its subject, then "and for LPT?": LPT's risk of that subject.
  [
    'How much is the score of Group BAF 4 culture?',
    'and for LPT?',
    { intent: 'risk.detail', risk: { number: 7, registerId: LPT } },
  ],
  // A presentation, then "how many staff have done this training?": figures of that minute.
  [
    'Who made the QSIR service presentation in the September 2025 board?',
    'how many staff have done this training?',
    { intent: 'minutes.about', figures: 'staff training' },
  ],
  // A meeting's minutes, then "and the one before?": the same asked of the meeting before it.
  [
    'who sent apologies to the last board?',
    'and the one before?',
    { intent: 'minutes.attendance', part: 'apologies', date: '2025-05-29' },
  ],
  [
    'what did the board resolve in january 2026?',
    'and at the board before that?',
    { intent: 'minutes.resolutions', date: '2025-09-25' },
  ],
  // Who leads something on one log, then "and on the group BAF?": the same asked of that log.
  [
    "who's leading the innovation strategy action on the LPT BAF?",
    'and on the group BAF?',
    {
      intent: 'actions.about',
      words: 'innovation strategy',
      within: { kind: 'log', logId: 'log-group-baf-actions' },
    },
  ],
  // A list of one log's actions, then "and on the group BAF?": the same list of that log.
  [
    'which well-led actions are overdue?',
    'and on the group BAF?',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-group-baf-actions' },
      filter: { status: 'overdue' },
    },
  ],
  [
    'my overdue actions',
    'what about the lpt baf?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { logId: 'log-lpt-baf-actions' } },
      filter: { status: 'overdue' },
    },
  ],
  // A measure asked as a subject, then "which trust is over its ceiling then": it, against target.
  [
    'whats the latest on agnecy spend?',
    'which trust is over its ceiling then',
    {
      intent: 'performance',
      indicatorIds: ['workforce-agency-spend-000-s-in-month'],
      against: 'missed',
    },
  ],
  // A figure, then "and what did we actually deliver the year before": the same paper's figures.
  [
    'whats the savings target for both trusts this yr',
    'and what did we actually deliver the year before',
    { intent: 'paper.figures', words: 'deliver year before savings target' },
  ],
  // One objective's ambitions, then "and confidence for Q4?": the same strategy and objective.
  [
    'what were the Q2 progress figures for the Be an Excellent Employer ambitions?',
    'and confidence for Q4?',
    {
      intent: 'strategy.progress',
      strategyId: 'strat-ccs-ambitions-2023-26',
      objectiveId: 'obj-excellent-employer',
    },
  ],
  // Who sent apologies, then "which of them are NHFT?": the same, of that trust.
  [
    'who sent apologies to the september group board?',
    'which of them are NHFT?',
    { intent: 'minutes.attendance', part: 'apologies', organisationIds: ['nhft'] },
  ],
  // A count by section, then "and which has the fewest?": the same count.
  [
    'which section of the well led action plan has the most actions?',
    'and which has the fewest?',
    { intent: 'actions.list', tally: 'sections' },
  ],
  // A log's actions, then "and the research ones - whose were they?": that risk's, with their leads.
  [
    'Which Group BAF actions were closed off in November 2025?',
    'And the research ones - whose were they?',
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { number: 3, registerId: GROUP } },
      filter: { status: 'closed' },
      tally: 'leads',
    },
  ],
  // One piece of work on a risk, then "to when?": the same action's dates.
  [
    'is the access policy refresh on baf 01 mine?',
    'to when?',
    { intent: 'actions.about', ask: 'due', within: { kind: 'risk' } },
  ],
  // One action on a risk, then "what's the risk sitting at": that risk's score.
  [
    'principal investigators on lpt baf 02 - when was that due?',
    "what's the risk sitting at",
    { intent: 'risk.detail', risk: { number: 2, registerId: LPT }, facets: ['scores'] },
  ],
  // A log's actions, then "any dodgy dates in there?": that log's data-quality flags.
  [
    'show me the well-led FTSU actions',
    'any dodgy dates in there?',
    { intent: 'data-quality', recordId: 'log-well-led-2024' },
  ],
  // A paper's figures, then "which areas are biggest?": the same paper, not the highest risks.
  [
    'whats the corporate benchmarking opportunity in the value paper',
    'which areas are biggest?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'say' },
  ],
  // A paper, then "when's it next back to us": when it next comes to the board.
  [
    'ema paper - anything for us to decide?',
    "when's it next back to us",
    { intent: 'paper', want: 'schedule' },
  ],
  // A risk, then a short "what's on me": the asker's actions on that risk.
  [
    'lpt estates risk - has it moved since initial?',
    "what's on me",
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'risk', risk: { number: 4 } } },
    },
  ],
  // A measure, then a question naming a register: that register's list, not the measure again.
  [
    'dqmi and snomed for both trusts?',
    'biggest risk on the group baf - is it over appetite?',
    { intent: 'risk.list', registerId: GROUP, filter: { kind: 'highest' } },
  ],
  // A list, then a register with a measure of its own: that measure's list there.
  [
    'which risks are above appetite?',
    'highest scorer on the lpt baf, is it within tolerance?',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'highest' } },
  ],
  // The work asked about, then "task lead n due date?": who leads it and when, not every open action.
  [
    'wl plan - the improvement cabinet action, who leads',
    'task lead n due date?',
    { intent: 'actions.about', words: 'improvement cabinet', ask: 'lead' },
  ],
  // A risk, then "who leads the principal investigators bit": that action of it.
  [
    'lpt baf 02 research risk - current score?',
    'and who leads the principal investigators bit, by when',
    { intent: 'actions.about', words: 'investigators', ask: 'lead' },
  ],
  // One action, then its date and sign-off committee: the same action.
  [
    "Well-led action plan – what's Leadership action 1 about?",
    'due date and which committee signs it off?',
    { intent: 'action.detail' },
  ],
  // A strategy's theme, then "why might some of that activity slip?": its challenges, not slipped actions.
  [
    'any additional mitigations flagged on the THRIVE technology theme?',
    'why might some of that activity slip?',
    { intent: 'strategy.progress', themeId: 'theme-t', part: 'challenges' },
  ],
  // A risk, then "how does that compare with …": the two compared.
  [
    "The proposed group workforce risk - what's it scoring now?",
    "how does that compare with LPT's own workforce risk on their BAF?",
    { intent: 'risk.compare' },
  ],
  // A paper's place in the workplan, then whose name is against it: the same item.
  [
    'what does the workplan say about how often the EMA common board paper comes to board?',
    'and whose name is against it?',
    { intent: 'workplan', items: ['East Midlands Alliance Common Board Paper'] },
  ],
  // What a meeting resolved, then who answered a question about something: who the minutes record.
  [
    'what did the Sept board resolve on the East Midlands Alliance paper?',
    'and who answered the veterans question - which trust leads Op Courage?',
    { intent: 'minutes.who-said' },
  ],
  // Part of a paper, then "who chairs it?": who, in that part of the paper.
  [
    'tell me about the Alliance patient safety programme',
    'who chairs it?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', words: 'patient safety programme' },
  ],
  // An ambition, then the risks its report flags against it: its challenges, not a BAF risk.
  [
    "progress on the 'financially resilient' trust ambition?",
    'what financial risks did they flag against it',
    { intent: 'strategy.progress', ambitionIds: ['amb-10'], part: 'financial-risks' },
  ],
  // An ambition found by its level, then a figure "in the annex for that ambition": its report's.
  [
    'Which ambition in the Trust Ambitions paper only reached 90% progress on its high-level actions at Q2?',
    'And in the annex for that ambition, what 2-hour response rate did the Luton urgent community response achieve against the national target?',
    { intent: 'strategy.progress', ambitionIds: ['amb-6'] },
  ],
  // The asker's actions on a register "including" a risk, then "which of those are overdue now?".
  [
    'What actions do I own on the Group BAF, including the draft workforce risk?',
    'Which of those are overdue now?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-group-baf-actions' } },
      filter: { status: 'overdue' },
    },
  ],
  // A register's appetite, then the risks above it.
  [
    "What's the risk appetite band on the LPT BAF for 2024/25?",
    'which risks have a current score above it?',
    { intent: 'risk.list', registerId: 'reg-lpt-baf-2024-25', filter: { kind: 'above-appetite' } },
  ],
  // The actions about something, then what they are about: where they stand, in their own words.
  [
    'who was the exec lead on the digital action that got closed at Group SEB in November 2025?',
    'and what was that action actually about?',
    { intent: 'actions.about', words: 'digital', ask: 'status' },
  ],
  // A workplan item, then who presented it at a meeting: that item, in its minutes.
  [
    "Who's the lead for the THRIVE update on the Group Board workplan?",
    'who presented it at the September meeting?',
    { intent: 'minutes.presenter', item: 'THRIVE Strategy Update' },
  ],
  // A list over a month, then "and in December?": the same list over that month.
  [
    'how many group BAF actions were closed in November 2025?',
    'and in December?',
    {
      intent: 'actions.list',
      filter: { status: 'closed', period: { from: '2025-12-01', to: '2025-12-31' } },
    },
  ],
  // Ambitions short of a level, then "and under 100% on progress?": short on that measure.
  [
    'which ambitions had less than 100% confidence for Q4?',
    'and which were under 100% on progress at Q2?',
    { intent: 'strategy.progress', below: { measure: 'progress', percent: 100 } },
  ],
  // The asker's actions in a log, then one section: theirs in that section.
  [
    'what are my overdue well-led actions?',
    'just the strategy ones',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', sectionId: 'strategy' } },
    },
  ],
  // A risk, then "what was it initially and where is it now?": its scores.
  [
    'group baf 2',
    'what was it initially and where is it now?',
    { intent: 'risk.detail', facets: ['scores'] },
  ],
  // A risk's score, then "does the summary actually match the detail page?": the papers' own flags.
  [
    'lpt 24/25 baf - whats the finance risk scored at',
    'does the summary actually match the detail page?',
    { intent: 'data-quality', recordId: 'risk-lpt-baf-03' },
  ],
  // Closures, then "which month had the most?": the same closures, counted by month.
  [
    'how many group baf actions are up for closure at the jan gtb',
    'which mnth had the most',
    { intent: 'actions.list', tally: 'months', filter: { status: 'proposed-for-closure' } },
  ],
  // A register's risks, then "which one is under the people and culture committee?": those it oversees.
  [
    'what are the five risks on the group BAF?',
    'which one is under the people and culture committee?',
    {
      intent: 'risk.list',
      filter: { kind: 'committee', committee: 'People and Culture Committee' },
    },
  ],
  // A list of actions, then "is PSIRF one of them?": those of the list about it.
  [
    'which LPT BAF actions sit with me',
    'is PSIRF one of them?',
    { intent: 'actions.list', filter: { about: 'psirf' } },
  ],
  // The asker's list, then "am I leading any of them?": those they are action lead on.
  [
    'which strategy section actions am i on',
    'am i leading any of them?',
    { intent: 'actions.list', scope: { kind: 'mine', as: 'action-lead' } },
  ],
  // A list, then "the one on X, who's task lead?": that one of it.
  [
    'ftsu actions on manager training',
    'the one on providing the training, who is task lead',
    { intent: 'actions.about', ask: 'task-lead' },
  ],
  [
    'the triple A from the joint people cttee',
    "who's it from",
    { intent: 'committee.report', author: true },
  ],
  [
    'who brought the group baf paper',
    'when does it go next?',
    { intent: 'paper', want: 'schedule' },
  ],
  // A meeting, then its day or place; a register's risks, then the stalest; a strategy, then its paper's next.
  [
    'when was the sept 25 group board?',
    'which day of the week was it?',
    { intent: 'meeting.on', detail: 'time' },
  ],
  [
    'which risks are above appetite?',
    'and which has gone longest without an update?',
    { intent: 'risk.list', filter: { kind: 'last-updated' } },
  ],
  [
    'how are the trust ambitions going overall?',
    'when is the next update on it due to come to board?',
    { intent: 'paper', want: 'schedule' },
  ],
  // A paper, then a question that names a register: asked afresh, not of the paper.
  [
    'when was that annual EMA event both boards were invited to?',
    'which group BAF risk is furthest from its target score?',
    { intent: 'risk.list', filter: { kind: 'furthest-from-target' } },
  ],
  // What someone said in the minutes, then "and richard smith?": what that one said.
  [
    'covering for kate dyer - did she pick anything up at the september group board?',
    'and richard smith?',
    { intent: 'minutes.said', name: 'richard smith' },
  ],
  // The asker's list in a log, then "did any of mine get closed off?": theirs there, closed.
  [
    'what group baf actions have i got?',
    'did any of mine get closed off?',
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'closed' } },
  ],
  // An item of the minutes, then "what were the headline numbers?": its figures.
  [
    'what did david williams present at the sept group board',
    'what were the headline numbers',
    { intent: 'minutes.about', item: 'THRIVE Strategy Update', figures: 'headline numbers' },
  ],
  // A register's risks, then "the access one - which committee has it?": that risk's oversight.
  [
    'can u show me the lpt baf summary',
    'on the access one - which committee has it?',
    { intent: 'risk.detail', risk: { number: 1 }, first: 'oversight' },
  ],
  // A strategy's figure the minutes reported, then "who presented that item?": that minute.
  [
    'what % of lpt staff said they understood thrive?',
    'who presented that item?',
    { intent: 'minutes.item', reference: 'GTB/25/17' },
  ],
  // A meeting's resolutions, then "on the EMA one, who answered…": that meeting's item, not the paper.
  [
    'what were the resolutions at the sept group board?',
    'on the EMA one, who answered the veterans q?',
    { intent: 'minutes.about', date: '2025-09-01' },
  ],
  // A risk, then "who's on the hook for the actions?": its actions with their leads, not the asker's.
  [
    'the buildings risk on the lpt baf - where is it scored?',
    "who's on the hook for the actions?",
    { intent: 'actions.list', scope: { kind: 'risk' }, tally: 'leads' },
  ],
  // A risk, then an action of another log checked with "…wasn't it": the tag's "it" is that action.
  [
    'LPT BAF 05 current score is 16?',
    'the FTSU guardian tenure action was due end of june 2025 wasnt it',
    { intent: 'actions.about', words: 'ftsu guardian tenure', within: undefined },
  ],
  // A list, then "which ones?", "how many is that": the list itself (which says how many).
  [
    'were any actions closed at the 25 sept group board?',
    'which ones',
    { intent: 'actions.list', filter: { status: 'closed' } },
  ],
  [
    'ftsu actions on the well-led plan due end of sept 2025',
    'ok and how many is that',
    {
      intent: 'actions.list',
      scope: { kind: 'log', sectionId: 'ftsu' },
      filter: { status: 'due' },
    },
  ],
  [
    'well-led actions by section',
    'list them pls',
    { intent: 'actions.list', scope: { kind: 'log' }, tally: undefined },
  ],
  // The asker's actions in a log, then "just the ones on baf 01": those of that risk, in that register.
  [
    'my lpt baf actions pls',
    'just the ones on baf 01',
    {
      intent: 'actions.list',
      scope: {
        kind: 'mine',
        within: { kind: 'risk', risk: { registerId: 'reg-lpt-baf-2024-25', number: 1 } },
      },
    },
  ],
  // The asker's actions, then "only the ones that were due in 2025": of that list, however long.
  [
    'my well-led tasks',
    'only the ones that were due in 2025',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-well-led-2024' } },
      filter: { status: 'due', period: { from: '2025-01-01', to: '2025-12-31' } },
    },
  ],
  // One LPT risk, then "same for baf 5?": LPT BAF 05, not Group BAF 5.
  [
    'lpt baf 01 access current score?',
    'same for baf 5?',
    { intent: 'risk.detail', risk: { registerId: 'reg-lpt-baf-2024-25', number: 5 } },
  ],
  // A risk's score, then "doesn't the summary page say something different?": its flags.
  [
    'lpt baf 03 finance - current score?',
    'hang on doesnt the summary page say something different',
    { intent: 'data-quality', recordId: 'risk-lpt-baf-03', about: null },
  ],
  // A figure an item minuted, then "that's LPT - what about NHFT?": the same passage, with both.
  [
    'staff understanding of thrive figure from the sept minutes?',
    'thats lpt - what about nhft',
    { intent: 'minutes.about', date: '2025-09-01' },
  ],
  // Ambitions short of 100%, then "which is lowest": the lowest ambition, not the lowest risk.
  [
    'trust ambitions paper - which ambitions arent at 100% progress at q2',
    'which is lowest',
    { intent: 'strategy.progress', extreme: { measure: 'progress', which: 'lowest' } },
  ],
  // An ambition's confidence, then "and progress at q2?": the same ambition.
  [
    'ambitions update - confidence on the leading care collaboratives one?',
    'and progress at q2?',
    { intent: 'strategy.progress', ambitionIds: ['amb-6'] },
  ],
  // A paper's passage, then "what % of trajectory is that": the same passage.
  [
    'virtual ward beds in the ambitions paper?',
    'what % of trajectory is that',
    { intent: 'paper', words: 'virtual ward beds', want: 'say' },
  ],
  // An agenda, then "who presents the first item?": that item of the agenda, by its place.
  [
    'next group board agenda',
    'and who presents the first item?',
    { intent: 'meeting.agenda', which: 'next', place: 1 },
  ],
  [
    'next group board agenda',
    "who's leading the last item",
    { intent: 'meeting.agenda', place: 'last' },
  ],
  ['next group board agenda', "what's item 4?", { intent: 'meeting.agenda', place: 4 }],
  // Work asked of in one register's log, then "same for LPT": the same in that trust's log.
  [
    "when's the innovation strategy due on the group BAF?",
    'same for LPT',
    {
      intent: 'actions.about',
      words: 'innovation strategy',
      within: { logId: 'log-lpt-baf-actions' },
    },
  ],
  [
    'what did I close off in december on the BAF?',
    "and what's still open for me?",
    { intent: 'actions.list', scope: { kind: 'mine' }, filter: { status: 'open' } },
  ],
  // Overdue actions, then "what's the worst one?": the most overdue.
  ['my overdue actions', 'whats the worst one', { intent: 'actions.list', tally: 'first' }],
  [
    'overdue well-led actions',
    'and which is the worst?',
    { intent: 'actions.list', tally: 'first' },
  ],
  // Several agenda items at once, or one by its number alone.
  ['next group board agenda', 'items 9 and 10', { intent: 'meeting.agenda', place: [9, 10] }],
  ['next group board agenda', 'nos 3, 4 and 5?', { intent: 'meeting.agenda', place: [3, 4, 5] }],
  ['next group board agenda', 'the last two', { intent: 'meeting.agenda', place: { last: 2 } }],
  [
    'next group board agenda',
    'the first three items',
    { intent: 'meeting.agenda', place: [1, 2, 3] },
  ],
  ['next group board agenda', 'the second and third', { intent: 'meeting.agenda', place: [2, 3] }],
  ['next group board agenda', "who's presenting 12", { intent: 'meeting.agenda', place: 12 }],
  ['next group board agenda', 'and 7?', { intent: 'meeting.agenda', place: 7 }],
  // The asker's overdue actions, then "just the well-led ones", "just the group baf 4 ones".
  [
    'my overdue actions',
    'just the well-led ones',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-well-led-2024' } },
      filter: { status: 'overdue' },
    },
  ],
  [
    'my overdue actions',
    'just the group baf 4 ones',
    {
      intent: 'actions.list',
      scope: {
        kind: 'mine',
        within: { kind: 'risk', risk: { registerId: 'reg-group-baf-2026-01', number: 4 } },
      },
    },
  ],
  // A risk's actions, then "no, the LPT one": the LPT risk about the same thing.
  [
    'overdue actions on group baf 4',
    'no, the LPT one',
    {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: { registerId: 'reg-lpt-baf-2024-25', number: 7 } },
      filter: { status: 'overdue' },
    },
  ],
  // A log's actions, then "which of those are down to me?": the asker's among them.
  [
    'can you bring up the well-led action plan?',
    'thanks. which of those actions are down to me, and when were they due?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-well-led-2024' } },
    },
  ],
  // The asker's overdue actions, then a question of the ambitions: asked afresh.
  [
    'my overdue actions',
    'which of the trust ambitions is furthest behind?',
    { intent: 'strategy.progress' },
  ],
  // Who someone is, then "what is he down to present?": asked of them by name.
  [
    'who is Paul Sheldon',
    'what is he down to present?',
    { intent: 'workplan', ledBy: 'Paul Sheldon (Group Chief Finance Officer)' },
  ],
  // A risk's actions, then "only the ones the medical director is leading": that role's among them.
  [
    'overdue actions on group baf three',
    'only the ones the medical director is leading',
    {
      intent: 'actions.list',
      scope: {
        kind: 'role',
        roleIds: ['role-lpt-medical-director'],
        within: { kind: 'risk', risk: { registerId: 'reg-group-baf-2026-01', number: 3 } },
      },
      filter: { status: 'overdue' },
    },
  ],
  [
    'overdue actions on group baf three',
    'just the ones for the medical directors',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: ['role-grp-medical-directors'] },
    },
  ],
  // An agenda, then "is any of it private?": how much of that agenda is private business.
  [
    'next group board agenda',
    'is any of it private?',
    { intent: 'meeting.agenda', which: 'next', privacyAsked: true },
  ],
  // Nothing before it: what Board Clerk shows of private business, and where.
  ['my actions', 'is any of it private?', { intent: 'about', subject: 'privacy' }],
  // Apologies, then "how many of them were LPT people": those of that trust.
  [
    'who sent apologies to the september group board?',
    'how many of them were lpt people',
    { intent: 'minutes.attendance', part: 'apologies', organisationIds: ['lpt'] },
  ],
  // A register's appetite, then "what does open mean?": that level; then another register's.
  ['what is the risk appetite', 'what does open mean?', { intent: 'risk.appetite', level: 'open' }],
  // One role's actions in a log, then "what about the acting chief executive?": that role's there.
  [
    'which of the overdue well-led actions does the chair lead?',
    'what about the acting chief executive?',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: ['role-wlt-ace'], within: { kind: 'log' } },
    },
  ],
  // Risks above appetite, then the one closest to breaching it (least headroom).
  [
    'which risks are above appetite?',
    'and which is nearest to breaching?',
    { intent: 'risk.list', filter: { kind: 'nearest-appetite' } },
  ],
  // Risks above appetite, then "no, I meant on the LPT register": the same list there.
  [
    'which risks are above appetite?',
    'sorry i meant the lpt baf',
    { intent: 'risk.list', registerId: LPT, filter: { kind: 'above-appetite' } },
  ],
  // A list, then an unknown title's: kept as asked (none is its).
  [
    'overdue actions on group baf 3',
    'just the ones the head of estates is leading',
    {
      intent: 'actions.list',
      scope: { kind: 'role', roleIds: [], text: 'head of estates' },
    },
  ],
  // A workplan item's lead, then "and the finance update?": that item's.
  [
    'who leads the group performance report on the workplan?',
    'and the finance update?',
    { intent: 'workplan', items: ['Group and System Finance update'] },
  ],
  // A list, then "how many are ftsu": that section's.
  [
    'how many actions in the well led plan in total',
    'how many are ftsu',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'ftsu' } },
  ],
  [
    'well led actions',
    'how many r strategy ones',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'strategy' } },
  ],
  // A slip corrected: the same question of the risk meant, in the same register.
  [
    "what's group baf 5 score",
    'no wait, 1 not 5',
    { intent: 'risk.detail', risk: { registerId: GROUP, number: 1 }, facets: ['scores'] },
  ],
  [
    'controls on lpt baf 4',
    'oops, baf 6 not 4',
    { intent: 'risk.detail', risk: { registerId: LPT, number: 6 }, facets: ['controls'] },
  ],
  [
    'who leads the actions on group baf 2',
    'no, 3',
    { intent: 'actions.list', scope: { kind: 'risk', risk: { number: 3 } }, tally: 'leads' },
  ],
  [
    'gaps on lpt baf 2',
    'sorry i meant 5',
    { intent: 'risk.detail', risk: { registerId: LPT, number: 5 }, facets: ['gaps'] },
  ],
  // A risk's score, then "where are we trying to get it to?": its scores, target among them.
  [
    'whats the digital risk scoring at now',
    'and where are we trying to get it to?',
    { intent: 'risk.detail', risk: { number: 1 }, facets: ['scores'] },
  ],
  // Closures proposed, then "when did SEB see them?": the same list, which says when.
  [
    'how many baf actions are being closed at the jan group board',
    'when did SEB see them?',
    { intent: 'actions.list', filter: { status: 'proposed-for-closure', period: null } },
  ],
  // A meeting, then "what's the deadline?": its paper deadline, not actions due.
  [
    'which papers are due for the next board',
    'whats the deadline',
    { intent: 'meeting.next', detail: 'papers' },
  ],
  // A figure, then another figure named for a trust: that figure, not the first asked of the trust.
  [
    "whats the trust's agency spend in £ this year?",
    'what is the forecast year end deficit for 25/26 in £m for LPT?',
    { intent: 'unknown' },
  ],
  ['sickness rate at nhft', 'and lpt?', { intent: 'performance', organisationIds: ['lpt'] }],
  // A Group BAF risk, then "what did the board decide about it in September?": its minute then.
  [
    'what is group baf 4 scored',
    'what did the board decide about it in September?',
    { intent: 'minutes.about', date: '2025-09-01', item: 'group baf 4' },
  ],
  // The broadcasts, then "the delivery report for that reminder".
  [
    'broadcasts',
    'show me the delivery report for that reminder',
    { intent: 'secretary', command: 'broadcasts' },
  ],
  // Who presented an item, then "what did it / he say about…": in that item.
  [
    'who presented the THRIVE update at the september group board?',
    'and what did it say about how many staff actually understand the strategy',
    { intent: 'minutes.about', date: '2025-09-01' },
  ],
  [
    'who took the board through the performance report in september?',
    'what did he say about provider capability assessments?',
    {
      intent: 'minutes.about',
      date: '2025-09-01',
      item: 'performance provider capability assessments',
    },
  ],
  // A risk found by its subject, then "the LPT one": none there about it, not LPT's risk of that number.
  [
    'whats the digital risk scoring',
    'what about the LPT one?',
    { intent: 'risk.detail', risk: { registerId: LPT, number: null, text: 'digital' } },
  ],
  // One action, then words of their own that ask nothing of it: searched, not the action again.
  ['ftsu 2', 'poster campaign going live?', { intent: 'unknown' }],
  ['ftsu 2', 'zorvexel', { intent: 'topic', text: 'zorvexel' }],
  // One action, then "due date?", "who's the task lead": of that action, not every open one.
  [
    'ftsu 6',
    'due date?',
    { intent: 'action.detail', target: { kind: 'section', sectionId: 'ftsu', number: 6 } },
  ],
  [
    'ftsu 6',
    "who's the task lead",
    { intent: 'action.detail', target: { kind: 'section', sectionId: 'ftsu', number: 6 } },
  ],
  // A risk, then another register's risk named by its subject: that one.
  [
    "what's the current score on the group sustainability risk?",
    "and LPT's finance risk from the May 2024 BAF?",
    { intent: 'risk.detail', risk: { registerId: LPT, number: 3 }, about: null },
  ],
  // An item of the minutes, then who spoke to it, whoever is asked of: the same item.
  [
    'what was said about the digital risk at the september board?',
    'did any of the NEDs suggest changing it?',
    { intent: 'minutes.about', item: 'digital' },
  ],
  [
    'what did the board decide on the BAF in september',
    'did anybody push back on it',
    { intent: 'minutes.about' },
  ],
  ['GTB/25/15', 'did either of the non execs raise anything about it', { intent: 'minutes.item' }],
  // One risk, then how it has moved: that risk, not every risk that has.
  [
    'group baf 5 sustainabilty - scores?',
    'so no movement at all from initial to target?',
    { intent: 'risk.detail', risk: { registerId: GROUP, number: 5 }, first: 'movement' },
  ],
  // A paper's figures, then one part of them.
  [
    'group value programme - how much has it saved',
    'and the estates bit on its own',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', words: 'estates' },
  ],
  // An item of the workplan, then who leads it.
  ['is thrive on every group board', 'who leads it', { intent: 'workplan' }],
  // Who said something in the minutes, then who is taking it forward: the same sentences.
  [
    'who raised the point about the BAF 1 descriptor in september',
    'and whos taking it forward',
    { intent: 'minutes.who-said' },
  ],
  // Figures against their targets, then "by how much", "what % is that": the same figures.
  ['agency spend in the performance report', 'by how much', { intent: 'performance' }],
  ['lpt 52 week waits in the performance report', 'what % is that', { intent: 'performance' }],
  // Who was there, then one side of the board: those of them.
  [
    'who attended the september board?',
    'and the execs?',
    { intent: 'minutes.attendance', side: 'executive' },
  ],
  [
    'who was at the sept board',
    'only the non execs pls',
    { intent: 'minutes.attendance', side: 'non-executive' },
  ],
  [
    'who are the board members',
    'just the NEDs',
    { intent: 'minutes.attendance', part: 'non-executive' },
  ],
  // The workplan, then the items of one of its sections, by a word of it.
  [
    'whats on the workplan for january',
    'just the strategy items',
    { intent: 'workplan', section: 'strategy' },
  ],
  // A risk, then "actions?": its actions, not every open one.
  ['baf 2 score', 'actions?', { intent: 'actions.list', scope: { kind: 'risk' } }],
  [
    'whats the lpt estates risk',
    'and its actions',
    { intent: 'actions.list', scope: { kind: 'risk' } },
  ],
  // A register's appetite, then a band of it: that register's.
  [
    'lpt baf risk appetite',
    'what does cautious mean',
    { intent: 'risk.appetite', registerId: 'reg-lpt-baf-2024-25' },
  ],
  // A paper quoted, then "why?", "split by trust?": the same paper.
  ['what does the value paper say about corporate services', 'why is that?', { intent: 'paper' }],
  [
    'what does the value paper say about corporate services',
    'broken down by trust?',
    { intent: 'paper' },
  ],
  // Some work asked about, then "and the X one?": the same of that work.
  [
    'who leads the innovation strategy on the group baf',
    'and the success measures one?',
    { intent: 'actions.about', words: 'success measures' },
  ],
  // Figures of the report, then another measure of it.
  [
    'sickness rates in the performance report',
    'what about vacancy',
    { intent: 'performance', indicatorIds: ['workforce-vacancy-rate'] },
  ],
  // A list of the asker's own, then "which are well led?": those on that log.
  [
    'my overdue actions',
    'which are on the well-led plan',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'log', logId: 'log-well-led-2024' } },
    },
  ],
  [
    'what actions have I got on the LPT BAF?',
    'which ones are on the culture risk?',
    {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'risk', risk: { registerId: LPT, number: 7 } } },
    },
  ],
  // A list, then "the success measures one, when was that due?": that action of them.
  [
    'research risk actions',
    'and the success measures one, when was that due?',
    { intent: 'actions.about', words: 'success measures', ask: 'due' },
  ],
  // One's own list, then a list named afresh: not narrowed to one's own.
  [
    'my overdue actions',
    'actions proposed for closure',
    { intent: 'actions.list', scope: { kind: 'all' }, filter: { status: 'proposed-for-closure' } },
  ],
  [
    'my overdue actions',
    'which actions are awaiting my approval for closure',
    { intent: 'actions.list', scope: { kind: 'all' }, filter: { status: 'proposed-for-closure' } },
  ],
  // A list, then some of it by a log's section, said with a courtesy.
  [
    'overdue actions',
    'just the FTSU ones pls',
    {
      intent: 'actions.list',
      scope: { kind: 'log', logId: 'log-well-led-2024', sectionId: 'ftsu' },
    },
  ],
  // A list over no period, then "how many in November?": that month's of it.
  [
    'how many group baf actions went to SEB for closure',
    'how many in november',
    {
      intent: 'actions.list',
      filter: {
        status: 'proposed-for-closure',
        period: { label: 'November 2026' },
        yearless: true,
      },
    },
  ],
  // A list, then "which one runs the longest?": the same list, its last due first.
  [
    'what have i got on the culture risk on the group baf',
    'which one runs the longest?',
    { intent: 'actions.list', tally: 'last' },
  ],
  [
    'my open well-led actions',
    'what did i say last time on progress',
    { intent: 'actions.list', progress: true },
  ],
  // Round 61: a section's actions, then "which one of those is mine?": the asker's among them.
  [
    "what's in the leadership section of the well-led plan?",
    'and which one of those is mine?',
    { intent: 'actions.list', scope: { kind: 'mine', within: { sectionId: 'leadership' } } },
  ],
  // Ambitions of an objective, then "the care collaboratives one, what's holding it back?".
  [
    'how are the be collaborative ambitions doing?',
    "and the care collaboratives one, what's holding it back?",
    { intent: 'strategy.progress', ambitionIds: ['amb-6'], part: 'challenges' },
  ],
  // Risks of one register, then "what changed since the September board?": the Group's.
  [
    'which lpt risks are above appetite',
    'what changed on the BAF since the september board?',
    { intent: 'risk.list', registerId: null, filter: { kind: 'since-last' } },
  ],
  // A risk, then a list whose pronoun points at its own risks.
  [
    'group baf 1',
    'wich risk are over the apetite, and since when they are over?',
    { intent: 'risk.list', filter: { kind: 'above-appetite' } },
  ],
  // A section's actions counted by status, then "who is responsible for those actions?": the same
  // section's, by lead.
  [
    'how is the ftsu section of the well led plan going',
    'Who is responsible for those actions?',
    { intent: 'actions.list', scope: { kind: 'log', sectionId: 'ftsu' }, tally: 'leads' },
  ],
  // Walk 54: one action, then what its owner wrote and why its date moved: the same action's reasons.
  [
    'group baf 4 action 1',
    "what did sam write in his progress note, and what's the reason for the new date?",
    { intent: 'action.detail', why: true },
  ],
  // An agenda, then "list the private ones": that agenda, with its privacy said.
  [
    'next board agenda',
    'ok so list the private ones, just titles is fine',
    { intent: 'meeting.agenda', which: 'next', privacyAsked: true },
  ],
  // Ambitions, then "which ones r furthest behind": the lowest on progress.
  [
    'how are the ambitions going',
    'which ones r furthest behind',
    { intent: 'strategy.progress', extreme: { measure: 'progress', which: 'lowest' } },
  ],
  // An agenda, then "and the private one?": the same day's private part.
  [
    'whats on the agenda for the jan 2026 board',
    'and the private one? whats item 3 on it, who leads',
    { intent: 'meeting.agenda', privatePart: true, place: 3 },
  ],
  // An action, then a meeting named by its day and "item 3 … who's leading it": that agenda's item.
  [
    'history of ftsu 1',
    "private board on 29 jan 2026 - whats item 3 and who's leading it?",
    { intent: 'meeting.agenda', which: { date: '2026-01-29' }, privatePart: true, place: 3 },
  ],
  // A bare "who?" of what was just shown: who owns the risk, who leads the list's actions; "who leads
  // it" of an agenda item: that item, whose card names its lead.
  ['group baf 1', 'who?', { intent: 'risk.owner', risk: { number: 1 } }],
  ['my overdue actions', 'and who then', { intent: 'actions.list', tally: 'leads' }],
  ['item 7 on the next agenda', 'who leads it', { intent: 'meeting.agenda', place: 7 }],
  // What a paper says of something, then words of their own leaning on it: that paper, on them.
  [
    'What does the CEO report say about the Mental Health Bill?',
    'When did it get Royal Assent?',
    {
      intent: 'paper',
      paperId: 'paper-gtb-2026-01-29-chief-executive',
      words: 'mental health bill royal assent',
      want: 'say',
    },
  ],
  [
    'How many staff have been through the alliance clinical support worker development programmes?',
    'What are the two programmes called again?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', want: 'say' },
  ],
  // The workplan's lead for an item, then who did present it in September: those minutes.
  [
    'Who is down on the workplan to present the group performance report?',
    'and who actually took it through in September?',
    { intent: 'minutes.presenter', item: 'Group Performance Report', date: '2025-09-01' },
  ],
  // A minute, then the item after it; who asked something, then the answer; something found, then
  // the minute it is in.
  [
    'what did GTB/25/11 approve?',
    'and what came out of the item after it?',
    { intent: 'minutes.item', reference: 'GTB/25/12' },
  ],
  [
    'who asked about EMA learning on population health at the Sept 2025 group board?',
    'and what was the answer?',
    { intent: 'minutes.about' },
  ],
  [
    'When were the first Provider Capability Assessment submissions due?',
    'which minute of the September group board is that in?',
    { intent: 'minutes.about', date: '2025-09-01' },
  ],
  // The next meeting, then "and the private one?": the same of its private part.
  [
    'when is the next board?',
    'and the private one?',
    { intent: 'meeting.next', privatePart: true },
  ],
  // What a paper says, then "when was that?": the same passage, which says.
  [
    "what does the chief executive's report say about the Mental Health Bill?",
    'when was that?',
    { intent: 'paper', words: 'mental health bill', want: 'say' },
  ],
  // The ambitions, then other parts of their reports.
  [
    'how are the 2023 trust ambitions going',
    'what about financial risks and escalations?',
    { intent: 'strategy.progress', part: 'financial-risks', moreParts: ['escalations'] },
  ],
  // The minutes of one meeting, then a question naming a time of its own: not of those minutes.
  [
    "anything in the September minutes about funding for veterans' mental health services?",
    'What did both Boards agree to do in 2024 off the back of the corporate benchmarking?',
    { intent: 'unknown' },
  ],
  // A risk, then when it is reviewed: who oversees it, said first.
  [
    "what's the financial risk score?",
    'when is it reviewed?',
    { intent: 'risk.detail', first: 'oversight' },
  ],
  ['who owns the estates risk?', 'how often is it looked at?', { intent: 'risk.detail' }],
  // Round 69: from one document to the next.
  [
    'what is group baf 1 score',
    'what did the september minutes say about it?',
    { intent: 'minutes.about', item: 'group baf 1' },
  ],
  [
    'the culture risk score?',
    'was it discussed at the board?',
    { intent: 'minutes.about', item: 'group baf 4' },
  ],
  [
    'which committee oversees group baf 4',
    'what did that committee last report to the board?',
    { intent: 'committee.report', reportId: 'aaa-jpcc-2025-12-10' },
  ],
  [
    'which committee oversees group baf 1',
    'what did that committee last report to the board?',
    { intent: 'committee.report', reportId: null, committee: 'Finance and Performance Committee' },
  ],
  [
    'group baf 3 score',
    'which committee has oversight?',
    { intent: 'risk.detail', first: 'oversight' },
  ],
  [
    'group baf 3 score',
    'which strategy ambition does it support?',
    { intent: 'risk.detail', first: 'link' },
  ],
  [
    'who presented the group value programme update?',
    'is that on the BAF?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-value-programme', want: 'cover' },
  ],
  [
    'who presented the group value programme update?',
    'and the risk behind that?',
    { intent: 'paper', want: 'cover' },
  ],
  [
    'who presented the group value programme update?',
    'what else do they own?',
    { intent: 'actions.list', scope: { kind: 'role', text: 'chief finance officer' } },
  ],
  ['what was resolved at GTB/25/15?', 'which actions came from it?', { intent: 'matters-arising' }],
  [
    'what was resolved at GTB/25/15?',
    'who presented it?',
    { intent: 'minutes.item', reference: 'GTB/25/15' },
  ],
  [
    'Op Courage came up at the September board.',
    'What does the January EMA paper say about it now?',
    { intent: 'paper', paperId: 'paper-gtb-2026-01-29-ema', words: 'courage' },
  ],
  [
    'is the university status work on the Group BAF?',
    'where else does it come up in the January pack?',
    { intent: 'topic', text: 'university status', pack: '2026-01-29' },
  ],
  ['group baf 1 score', 'which papers relate to it?', { intent: 'risk.detail', first: 'papers' }],
  [
    'what is the culture risk score?',
    "what's stopping it coming down - any money issues?",
    {
      intent: 'risk.detail',
      risk: { registerId: 'reg-group-baf-2026-01', number: 4 },
      about: 'money issues',
    },
  ],
];
