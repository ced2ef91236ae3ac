import assert from 'node:assert/strict';
import { readBriefAsk } from '../../src/briefs';

// Thursday 22 January 2026, a week before the 29 January 2026 Group Trust Board.
const NOW = new Date('2026-01-22T10:00:00Z');
const read = (text: string) => readBriefAsk(text, NOW);

describe('reading what is asked of briefs', () => {
  it('reads "brief me" and its variants as the next meeting the asker attends', () => {
    for (const text of [
      'brief me',
      'Brief me please',
      'Can you brief me?',
      'brief me for the next board',
      'give me my brief',
      'my board brief',
      'what do I need for the next board',
      'What do I need to know before the board meeting?',
      'what should I read before the next board',
      'prep me for the board',
      'prepare me for the next meeting',
      'get me ready for the board',
      'board prep',
    ])
      assert.deepEqual(read(text), { kind: 'brief', meeting: { kind: 'next', body: null } }, text);
  });

  it('reads the meeting named by a day, a weekday or a month, in Europe/London', () => {
    const on = (date: string) => ({ kind: 'brief', meeting: { kind: 'on', date, body: null } });
    assert.deepEqual(read('brief me for the 29 January board'), on('2026-01-29'));
    assert.deepEqual(read('brief me for 29th Jan 2026'), on('2026-01-29'));
    assert.deepEqual(read('prep for Thursday'), on('2026-01-22'), 'today is Thursday');
    assert.deepEqual(read('what do I need for Tuesday'), on('2026-01-27'));
    assert.deepEqual(read('what do i need for tomorrow'), on('2026-01-23'));
    assert.deepEqual(read('brief for 29/01/2026'), on('2026-01-29'));
    // The suggestions Board Clerk offers read back as the meeting they name.
    assert.deepEqual(read('Brief me for the 29 January 2026 meeting'), on('2026-01-29'));
    assert.deepEqual(read('brief me for the March board'), {
      kind: 'brief',
      meeting: { kind: 'month', month: 3, year: null, body: null },
    });
  });

  it('keeps the words that name a body, for a committee', () => {
    assert.deepEqual(read('brief me for the people and culture committee'), {
      kind: 'brief',
      meeting: { kind: 'next', body: 'people and culture committee' },
    });
    assert.deepEqual(read('brief me for the GTB on 29 January'), {
      kind: 'brief',
      meeting: { kind: 'on', date: '2026-01-29', body: 'gtb' },
    });
  });

  it('reads stop and start', () => {
    for (const text of [
      'stop briefs',
      'Stop sending me briefs',
      'no more briefs please',
      'turn off briefs',
      'turn briefs off',
      'unsubscribe from briefs',
      "I don't want briefs",
      'pause my briefs',
    ])
      assert.deepEqual(read(text), { kind: 'stop' }, text);
    for (const text of [
      'start briefs',
      'resume briefs',
      'send me briefs again',
      'turn briefs back on',
      'start sending me briefs',
    ])
      assert.deepEqual(read(text), { kind: 'start' }, text);
  });

  it("reads a secretary's preview by the person's name, with or without a meeting", () => {
    assert.deepEqual(read('brief for Priya Desai'), {
      kind: 'preview',
      name: 'priya desai',
      meeting: { kind: 'next', body: null },
    });
    assert.deepEqual(read("preview Priya Desai's brief"), {
      kind: 'preview',
      name: 'priya desai',
      meeting: { kind: 'next', body: null },
    });
    assert.deepEqual(read('brief for Owen Price for the 29 January board'), {
      kind: 'preview',
      name: 'owen price',
      meeting: { kind: 'on', date: '2026-01-29', body: null },
    });
    assert.deepEqual(read('Brief for Owen Price for the 29 January 2026 meeting'), {
      kind: 'preview',
      name: 'owen price',
      meeting: { kind: 'on', date: '2026-01-29', body: null },
    });
    assert.deepEqual(read('brief for Thursday'), {
      kind: 'brief',
      meeting: { kind: 'on', date: '2026-01-22', body: null },
    });
  });

  it('leaves everything else to the question reader', () => {
    for (const text of [
      'what is BAF 1 score?',
      'next board agenda',
      'my overdue actions',
      'what do I need to do',
      'a brief summary of BAF 1',
      'brief me on BAF 1',
      'prepare the agenda for Thursday',
      'which papers are for briefing?',
      'Chief Executive briefing',
      'send reminder',
      // A question asked after the meeting it is for is the question, not a brief.
      'Prep for People Committee pls: what are the control gaps on LPT BAF 06 workforce?',
      'prep for audit committee: what assurances have we got on cyber?',
      'prep for the Quality committee chair: how is the virtual ward doing?',
    ])
      assert.equal(read(text), null, text);
  });
});
