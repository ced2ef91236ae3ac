import assert from 'node:assert/strict';
import { answeredApart, twoAsks } from '../../src/questions/asks';
import type { Question } from '../../src/questions/question';

describe('two questions in one message', () => {
  it('splits where a question word follows "and" or a question mark', () => {
    assert.deepEqual(twoAsks('my overdue actions and what’s on the next board agenda'), {
      first: 'my overdue actions?',
      then: 'what’s on the next board agenda',
      asked: false,
      elided: false,
    });
    assert.deepEqual(twoAsks('when is the next board? what is on the agenda'), {
      first: 'when is the next board?',
      then: 'what is on the agenda',
      asked: true,
      elided: false,
    });
    assert.deepEqual(twoAsks('what is group BAF 1 scored at, and who owns BAF 5?'), {
      first: 'what is group BAF 1 scored at?',
      then: 'who owns BAF 5?',
      asked: false,
      elided: false,
    });
    assert.deepEqual(twoAsks('BAF 03 score, and my actions with due dates'), {
      first: 'BAF 03 score?',
      then: 'my actions with due dates',
      asked: false,
      elided: false,
    });
    assert.deepEqual(twoAsks('which LPT BAF actions sit with me and is PSIRF one of them?'), {
      first: 'which LPT BAF actions sit with me?',
      then: 'is PSIRF one of them?',
      asked: false,
      elided: false,
    });
  });

  it('splits at "+", ";", ", also", "and am I", "+ anything" and a full stop before a question word', () => {
    const at = (text: string) => {
      const asks = twoAsks(text);
      return asks ? [asks.first, asks.then] : null;
    };
    assert.deepEqual(
      at("lpt baf 03 finance, what score is it on + who's doing the recovery plan"),
      ['lpt baf 03 finance, what score is it on?', "who's doing the recovery plan"],
    );
    assert.deepEqual(at('show me my overdue actions + anything due this month'), [
      'show me my overdue actions?',
      'anything due this month',
    ]);
    assert.deepEqual(at('estates risk - where is it now, and am i leading the actions on it?'), [
      'estates risk - where is it now?',
      'am i leading the actions on it?',
    ]);
    assert.deepEqual(at("what's group baf 1 on at the moment, also who owns the gap analysis"), [
      "what's group baf 1 on at the moment?",
      'who owns the gap analysis',
    ]);
    assert.deepEqual(
      at('Which BAF 1 actions went for closure in january. What did Manjit suggest?'),
      ['Which BAF 1 actions went for closure in january?', 'What did Manjit suggest?'],
    );
    // (A comma before a question word is not a second ask: "lpt baf 03 finance, what score…".)
    assert.equal(at('lpt baf 03 finance, what score is it on?'), null);
  });

  it('says again the noun a second question leaves out: "which risk covers X? and which covers Y?"', () => {
    assert.deepEqual(twoAsks('Which risk covers cyber? And which covers electronic records?'), {
      first: 'Which risk covers cyber?',
      then: 'which risk covers electronic records?',
      asked: true,
      elided: true,
    });
    assert.equal(
      twoAsks('which risks are above appetite and which are within it')?.then,
      'which risks are within it',
    );
    // (A question word followed by its own noun leaves nothing out.)
    assert.equal(
      twoAsks('what is BAF 1 scored at? what is its target')?.then,
      'what is its target',
    );
  });

  it('does not split a list of things asked of one subject, or a part too short to ask', () => {
    assert.equal(twoAsks('BAF 3 controls and gaps'), null);
    assert.equal(twoAsks('who and when?'), null);
    assert.equal(twoAsks('which risks are above appetite?'), null);
  });

  it('splits at "and is it…", "and have we…", not at "and have reached" or "and is overdue"', () => {
    assert.deepEqual(twoAsks('what is the score of BAF 2 and is it above appetite'), {
      first: 'what is the score of BAF 2?',
      then: 'is it above appetite',
      asked: false,
      elided: false,
    });
    assert.equal(
      twoAsks(
        "I'm working through the pack on my iPad and have reached the Chief Executive's report",
      ),
      null,
    );
    assert.equal(twoAsks('the action that slipped and is overdue now'), null);
  });

  const risk = (facets: string[]): Question =>
    ({
      intent: 'risk.detail',
      risk: { registerId: null, number: 1, draft: false, text: 'baf 1', by: 'number' },
      facets,
    }) as Question;
  const owner = { intent: 'risk.owner', risk: risk([]).intent } as unknown as Question;
  const list = (tally?: string): Question =>
    ({
      intent: 'actions.list',
      scope: { kind: 'all' },
      filter: { status: 'overdue', period: null },
      page: 1,
      ...(tally ? { tally } : {}),
    }) as Question;

  it('answers the two apart when the whole read as only one of them, or as something else', () => {
    assert.equal(answeredApart(risk(['scores']), risk(['scores']), owner), true);
    const compared = { intent: 'risk.compare', risks: [] } as unknown as Question;
    assert.equal(answeredApart(compared, risk(['scores']), owner), true);
  });

  it('answers a risk and actions apart when the whole read as other actions, losing the risk', () => {
    // "Partnerships risk - where's the score and have I still got anything open on it?"
    const mineOn = (within: unknown): Question =>
      ({
        intent: 'actions.list',
        scope: { kind: 'mine', within },
        filter: { status: 'open', period: null },
        page: 1,
      }) as Question;
    const whole = mineOn({ kind: 'topic', text: 'partnerships score' });
    const then = mineOn({ kind: 'risk', risk: (risk([]) as { risk: unknown }).risk });
    assert.equal(answeredApart(whole, risk(['scores']), then), true);
    // A meeting read beside a list is no record lost: the whole list is kept.
    const meeting = { intent: 'meeting.next', body: null, detail: null } as unknown as Question;
    assert.equal(answeredApart(list('leads'), list(), meeting), false);
  });

  it('searches a second part nothing reads, when the whole was read as the first alone', () => {
    const unknown = (text: string) =>
      ({ intent: 'unknown', text, suggestions: [] }) as unknown as Question;
    const ints = unknown('where have the integrated neighbourhood teams got to?');
    assert.equal(answeredApart(risk(['scores']), risk(['scores']), ints), true);
    // ("…and anything else?" is nothing to search for.)
    assert.equal(
      answeredApart(risk(['scores']), risk(['scores']), unknown('anything else?')),
      false,
    );
    // Both parts unread: the whole is searched ("collab hub merger - who hosts it and when do staff
    // move over": the words of both find the passage).
    const hub = unknown('collab hub merger - who hosts it?');
    assert.equal(answeredApart(unknown('both'), hub, unknown('when do staff move over')), false);
  });

  it('answers minutes asked after another kind of record apart, unless the minutes part leans on it', () => {
    const minutes = {
      intent: 'minutes.about',
      body: null,
      date: '2025-09-01',
      item: 'leadership conferences focus',
    } as unknown as Question;
    assert.equal(
      answeredApart(list('leads'), list(), minutes, 'what did the September minutes say'),
      true,
    );
    assert.equal(
      answeredApart(list('leads'), list(), minutes, 'and what did the minutes say of them'),
      false,
    );
    // ("…and are the meetings minuted?": minutes of nothing named, which the whole read with the first.)
    const anyMinutes = {
      intent: 'minutes.resolutions',
      body: null,
      date: null,
    } as unknown as Question;
    assert.equal(
      answeredApart(list('leads'), list(), anyMinutes, 'are the meetings minuted?'),
      false,
    );
  });

  it('keeps the whole when a rule read both parts together, or a part asks nothing', () => {
    // "Which are overdue and who owns them": one list, with its leads.
    assert.equal(answeredApart(list('leads'), list(), list('leads')), false);
    const nothing = { intent: 'unknown', text: 'x', suggestions: [] } as unknown as Question;
    assert.equal(answeredApart(risk(['scores']), risk(['scores']), nothing), false);
    assert.equal(answeredApart(risk(['scores']), risk(['scores']), risk(['scores'])), false);
  });

  it('answers two asks of work found by words apart when the whole mixed their words', () => {
    // "When is the improvement section due? also who's the task lead on ringfencing".
    const about = (words: string, ask: string) =>
      ({ intent: 'actions.about', words, ask }) as unknown as Question;
    assert.equal(
      answeredApart(
        about('improvement section also ringfencing', 'lead'),
        about('improvement section', 'due'),
        about('ringfencing', 'task-lead'),
      ),
      true,
    );
  });

  it('keeps the first alone when it holds all the second asks', () => {
    // "What's the latest due date in the plan and how many actions share it?": the plan's list, with
    // its latest date said; the second part is that list again.
    assert.equal(answeredApart(list('last'), list('last'), list()), false);
    // The other way round, the second asks more than the first: both answered.
    assert.equal(answeredApart(list(), list(), list('leads')), true);
  });
});
