import assert from 'node:assert/strict';
import type { OneAnswer } from '../../src/questions/answers';
import type { Question } from '../../src/questions/question';
import { type AnswerAsked, RecentAnswers } from '../../src/questions/recentAnswers';

const SCORE: Question = {
  intent: 'risk.detail',
  risk: null,
  facets: ['scores'],
} as unknown as Question;

function asked(change: Partial<AnswerAsked> = {}): AnswerAsked {
  return {
    question: SCORE,
    text: 'what is BAF 1 score?',
    askerId: 'person-priya',
    askerAadObjectId: '00000000-0000-4000-8000-000000000002',
    organisationId: 'lpt-nhft-group',
    maySeePrivate: true,
    now: new Date('2026-11-23T09:00:10Z'),
    ...change,
  };
}

describe('answers given lately', () => {
  const papers = {};
  let worked: number;
  /** Works out an answer that reads who asked, unless told it does not. */
  const work = (readAsker = true) => {
    worked++;
    const answer = { kind: 'message', title: `answer ${worked}`, text: '', suggestions: [] };
    return Promise.resolve({ answer: answer as OneAnswer, readAsker });
  };
  beforeEach(() => {
    worked = 0;
  });

  it('gives the same answer again for the same question asked the same way within the minute', async () => {
    const answers = new RecentAnswers();
    const first = await answers.answer(papers, 1, asked(), () => work());
    const again = await answers.answer(
      papers,
      1,
      asked({ now: new Date('2026-11-23T09:00:50Z') }),
      work,
    );
    assert.equal(again, first);
    assert.equal(worked, 1);
    assert.ok(Object.isFrozen(first), 'a kept answer cannot be changed by whoever shows it');
  });

  it('works the answer out again when anything it depends on differs', async () => {
    const answers = new RecentAnswers();
    await answers.answer(papers, 1, asked(), () => work());
    for (const change of [
      { askerId: 'person-yusuf' },
      { askerAadObjectId: null },
      { organisationId: 'lpt' },
      { maySeePrivate: false },
      { text: 'BAF 1 score' },
      { question: { ...SCORE, facets: ['controls'] } as unknown as Question },
      { now: new Date('2026-11-23T09:01:00Z') },
    ])
      await answers.answer(papers, 1, asked(change), () => work());
    assert.equal(worked, 8);
  });

  it('gives an answer that did not read who asked to anyone who asks the same way, and one that did to its asker only', async () => {
    const answers = new RecentAnswers();
    const yusuf = { askerId: 'person-yusuf', askerAadObjectId: null };
    const score = await answers.answer(papers, 1, asked(), () => work(false));
    assert.equal(await answers.answer(papers, 1, asked(yusuf), () => work(false)), score);
    const mine = asked({ text: 'my overdue actions' });
    const priyas = await answers.answer(papers, 1, mine, () => work(true));
    assert.notEqual(
      await answers.answer(papers, 1, { ...mine, ...yusuf }, () => work(true)),
      priyas,
    );
    assert.equal(await answers.answer(papers, 1, mine, () => work(true)), priyas);
    assert.equal(worked, 3);
  });

  it('forgets every answer when the records change or the papers are new', async () => {
    const answers = new RecentAnswers();
    const first = await answers.answer(papers, 1, asked(), () => work());
    const afterAChange = await answers.answer(papers, 2, asked(), () => work());
    assert.notEqual(afterAChange, first);
    assert.equal(await answers.answer(papers, 2, asked(), () => work()), afterAChange);
    await answers.answer({}, 2, asked(), () => work());
    assert.equal(worked, 3);
  });

  it('always works out the list of questions that could not be answered (it changes with each)', async () => {
    const answers = new RecentAnswers();
    const unanswered = { intent: 'unanswered' } as unknown as Question;
    await answers.answer(papers, 1, asked({ question: unanswered }), () => work());
    await answers.answer(papers, 1, asked({ question: unanswered }), () => work());
    assert.equal(worked, 2);
  });
});
