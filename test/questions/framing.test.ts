import assert from 'node:assert/strict';
import { withoutFraming } from '../../src/questions/framing';
import { termAsked } from '../../src/questions/terms';

describe('a question written like an email', () => {
  const cases: [string, string][] = [
    [
      'Hi both, I’m updating the paper tracker for the January Group Board. Who authored the THRIVE report and when was it submitted? Thanks, Zoe',
      'Who authored the THRIVE report and when was it submitted?',
    ],
    [
      "Hi, I've got the ICB access meeting tomorrow and need to be sure of our number. What proportion of LPT community waits were over 52 weeks in November? Thanks, Leah",
      'What proportion of LPT community waits were over 52 weeks in November?',
    ],
    [
      'Morning – I’ve been asked to pick up the long-term financial strategy work. When was it due? Sophie',
      'I’ve been asked to pick up the long-term financial strategy work. When was it due?',
    ],
    [
      'Hi both – for the EIP audit I need NHFT’s 2-week RTT performance for November. Could you send it over? Thanks, Imran',
      'I need NHFT’s 2-week RTT performance for November. Could you send it over?',
    ],
    [
      "Hi, I'm at the Transition Group next week and a couple of members have sent apologies. What's the quorum for the meeting? Thanks, Jordan",
      "I'm at the Transition Group and a couple of members have sent apologies. What's the quorum for the meeting?",
    ],
    [
      'Hi, a governor has asked what the Group Board resolved on the Group BAF in September. Could you let me know the minute reference? Many thanks, Alex',
      'what the Group Board resolved on the Group BAF in September. Could you let me know the minute reference?',
    ],
    [
      'Hello – a NED asked me how the two trusts compare on eating disorder waits. What are the November figures? Thanks, Grace',
      'how the two trusts compare on eating disorder waits. What are the November figures?',
    ],
    [
      'Hi, a question came up at the Finance and Performance Committee about Group BAF 2. Who is the exec lead? Thanks, Priya',
      'about Group BAF 2. Who is the exec lead?',
    ],
    [
      "What is a BAF actually for? I'm looking at the Leicestershire one.",
      "What is a BAF actually for? I'm looking at the Leicestershire one.",
    ],
  ];
  for (const [message, question] of cases)
    it(`reads "${message}" as "${question}"`, () =>
      assert.equal(withoutFraming(message), question));

  const unchanged = [
    'for the transition group what attendance are members expected to hit',
    'thanks',
    'what did the board resolve at GTB/25/15?',
    'before the board meeting, which papers are late?',
  ];
  for (const message of unchanged)
    it(`leaves "${message}" as it is`, () => assert.equal(withoutFraming(message), message));
});

describe('the term a question asks the meaning of', () => {
  const cases: [string, string | null][] = [
    ["What does 'target risk' mean on the LPT BAF?", 'target risk'],
    ["Everyone says '1st line, 2nd line' - what's all that about?", '1st line, 2nd line'],
    ['what does EPRR stand for', 'EPRR'],
    ["What's QSIR?", 'QSIR'],
    ['and what does that mean in actual numbers?', null],
    ['what are we aiming for', null],
    ["Who's on the hook for LPT's recovery plan, and was it meant to be done by now?", null],
    ['what is BAF 1 score?', null],
  ];
  for (const [question, term] of cases)
    it(`reads "${question}" as asking the meaning of ${term ?? 'nothing'}`, () =>
      assert.equal(termAsked(question)?.term ?? null, term));
});
