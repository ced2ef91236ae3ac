import assert from 'node:assert/strict';
import { readImportAsk } from '../../src/imports/asking';

/** The imports feature's own small matcher: what it takes, and what it leaves to the questions. */
describe('imports: reading the typed asks', () => {
  const cases: [string, ReturnType<typeof readImportAsk>][] = [
    ['what changed in the BAF?', { ask: 'what-changed', register: null }],
    ["What's changed in the Group BAF", { ask: 'what-changed', register: 'group' }],
    ['what has changed since the last BAF', { ask: 'what-changed', register: null }],
    ['how has BAF 2 moved over time?', { ask: 'score-history', reference: 'baf 2' }],
    ['How has GROUP BAF 1 moved', { ask: 'score-history', reference: 'group baf 1' }],
    ['score history of LPT BAF 3', { ask: 'score-history', reference: 'lpt baf 3' }],
    ['who holds which role', { ask: 'who-holds-roles' }],
    ['Who holds what roles?', { ask: 'who-holds-roles' }],
    ['roles from the team', { ask: 'roles-from-team' }],
    ['make Jane Doe the DoCA', { ask: 'make-role', person: 'Jane Doe', role: 'DoCA' }],
    [
      'make Jane Doe a board secretary',
      { ask: 'make-role', person: 'Jane Doe', role: 'board secretary' },
    ],
    [
      'set Mary Ann Smith as our Chief Finance Officer',
      { ask: 'make-role', person: 'Mary Ann Smith', role: 'Chief Finance Officer' },
    ],
    ['export the action log', { ask: 'export' }],
    ['Export our action logs as Excel', { ask: 'export' }],
  ];
  for (const [text, expected] of cases)
    it(`reads "${text}"`, () => assert.deepEqual(readImportAsk(text), expected));

  for (const text of [
    'what is BAF 1 score?',
    'how has the board done',
    'make a reminder for the board',
    'history of Well-Led FTSU 5',
    'my overdue actions',
    'new meeting',
  ])
    it(`leaves "${text}" to the questions`, () => assert.equal(readImportAsk(text), null));
});
