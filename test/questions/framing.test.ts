import assert from 'node:assert/strict';
import { withoutFigureDoubt, withoutFraming } from '../../src/questions/framing';
import { termAsked } from '../../src/questions/terms';

describe('a question written like an email', () => {
  const cases: [string, string][] = [
    // Small talk, the diary and afterwords around one question: the question alone.
    [
      "Dreadful fog out there this morning, took an hour to get in. For F&P next week I'm looking at the climate risk on the group BAF. What's the target score on it? I'll raise it with Paul if it's still at 12.",
      "For F&P I'm looking at the climate risk on the group BAF. What's the target score on it?",
    ],
    [
      "hi, got a 1:1 with Leah at 2 and she'll definitely ask about the BAF. the innovation strategy that I own on the research risk - when was it due? I have a sinking feeling it's already gone past",
      'the innovation strategy that I own on the research risk - when was it due?',
    ],
    [
      "Hi all, the NEDs are going to want to talk community waits at the next board. @Board Clerk in the headline performance report, what % of LPT's overall waits were waiting over 52 weeks? I'm sure it's way above the target. thanks",
      "in the headline performance report, what % of LPT's overall waits were waiting over 52 weeks?",
    ],
    [
      "hi all, new NEDs keep asking when they'll get together informally. on the well-led action plan, who's the task lead for the NED catch-ups? want to point them in the right direction. ta",
      "on the well-led action plan, who's the task lead for the NED catch-ups?",
    ],
    [
      "afternoon, in the joint PCC prep with Sam. NHFT's overall sickness looked high to me - what was it for December? she thinks it was over 7 but we can't find the page.",
      "NHFT's overall sickness - what was it for December?",
    ],
    [
      "Good morning. I've got the board development day next month and want to be clear on my own actions first. In the improvement section of the well-led plan, what am I leading and when's it due? Many thanks, and sorry for the weekend message.",
      "In the improvement section of the well-led plan, what am I leading and when's it due?",
    ],
    // After the question, what says what is asked of, or where the answer is, stays.
    [
      'sustainability risk on the group baf - is it ever meant to come down? looks like target = current',
      'sustainability risk on the group baf - is it ever meant to come down? looks like target = current',
    ],
    [
      'what was the recruitment checks time going from and to, in days? they said it was in the minutes. Ta',
      'what was the recruitment checks time going from and to, in days? they said it was in the minutes.',
    ],
    [
      "and who owns them? I don't know what DoCA means",
      "and who owns them? I don't know what DoCA means",
    ],
    // Context dropped keeps the trust or register it names, which the question still means.
    [
      "We're preparing for the LPT board. Which risks are above appetite?",
      'LPT. Which risks are above appetite?',
    ],
    [
      "Hi, sorry if this is a silly question, I'm in my second week. How is a BAF score actually worked out on the LPT BAF?",
      'How is a BAF score actually worked out on the LPT BAF?',
    ],
    ['sorry to bother you - when is the next board?', 'when is the next board?'],
    // Whom the asker stands in for is who "she" and "he" are; the frame's timing is the asker's.
    [
      "covering for helen while she's off – what's outstanding for her on the well led plan?",
      "what's outstanding for helen on the well led plan?",
    ],
    [
      "stepping in for Paul Sheldon while he's away - what's he got outstanding?",
      "what's Paul Sheldon got outstanding?",
    ],
    [
      "covering for the director of improvement this week - what's she got overdue?",
      "what's the director of improvement got overdue?",
    ],
    [
      "Megan Hart is on annual leave and I'm covering her - what has she got overdue?",
      'what has Megan Hart got overdue?',
    ],
    [
      "while Claire Dunn is on leave I'm holding her well-led actions - anything falling due in the next couple of months?",
      "I'm holding Claire Dunn's well-led actions - anything falling due in the next couple of months?",
    ],
    [
      "I'm picking up Yusuf's FTSU actions next week - what's overdue?",
      "I'm picking up Yusuf's FTSU actions - what's overdue?",
    ],
    // A statement naming the record the question is about stays with it (without its timing).
    [
      'My director is presenting Group BAF 1 to the Group Board on Thursday - can you give me the initial, current and target scores?',
      'My director is presenting Group BAF 1 to the Group Board - can you give me the initial, current and target scores?',
    ],
    [
      'in September David Maher flagged community waits as something to work on across the group - what share of LPT’s waits were over 52 weeks in the January performance report?',
      'what share of LPT’s waits were over 52 weeks in the January performance report?',
    ],
    [
      'apologies for the basic question, which risks are above appetite?',
      'which risks are above appetite?',
    ],
    [
      'Newsletter: how many colleagues attended the Group conference?',
      'how many colleagues attended the Group conference?',
    ],
    [
      'LPT website refresh: what is the name of the strategy the BAF is structured around?',
      'what is the name of the strategy the BAF is structured around?',
    ],
    [
      'Audit and Risk chair here. Which internal audit is shown as due on BAF 07?',
      'Which internal audit is shown as due on BAF 07?',
    ],
    [
      'This is the People Committee secretary. When was each of the workforce risks last updated?',
      'When was each of the workforce risks last updated?',
    ],
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
    // Who it is asked for, before a colon or a dash, is not what is asked; "he" or "she" is them.
    [
      'On behalf of the CFO: what did the Group Board agree about the Group Value Programme?',
      'what did the Group Board agree about the Group Value Programme?',
    ],
    [
      "I'm David Maher's PA - what did he tell the board about the NHS Oversight Framework in September?",
      'what did David Maher tell the board about the NHS Oversight Framework in September?',
    ],
    [
      'Hello - I support the Interim Director of Nursing. Could you list the actions she holds on the LPT BAF, please?',
      'Could you list the actions the Interim Director of Nursing holds on the LPT BAF, please?',
    ],
    [
      "Prepping the CEO's notes - what does her January report say about joint committees?",
      "what does the CEO's January report say about joint committees?",
    ],
    [
      "Chair's office asks: what was said about veterans at the September Group Board?",
      'what was said about veterans at the September Group Board?',
    ],
    [
      'prep for audit committee: what assurances have we got on cyber? Chair of ARC wants a one-pager',
      'what assurances have we got on cyber?',
    ],
    [
      'My director starts as Director of Improvement next month. Which well-led actions is the Director of Improvement the action lead on?',
      'Which well-led actions is the Director of Improvement the action lead on?',
    ],
    // The time of year given as the reason for asking, and a doubt told beside the question.
    [
      'with it being nearly December, which of my actions are overdue?',
      'which of my actions are overdue?',
    ],
    [
      'When is the FTSU sub-cabinet action due? Something about the date looked odd to me when I checked the plan.',
      'When is the FTSU sub-cabinet action due?',
    ],
    // A question leaning on "it" keeps the sentence that names what "it" is.
    [
      "I have reached the Chief Executive's report. Could you tell me who sponsored it?",
      "I have reached the Chief Executive's report. Could you tell me who sponsored it?",
    ],
    // The frame names the record: kept, without when the asker needs it.
    [
      'My director is presenting Group BAF 1 to the board on Thursday - can you give me its scores?',
      'My director is presenting Group BAF 1 to the board - can you give me its scores?',
    ],
    // What Teams adds: someone copied in, emoji, bold and italic marks, a reason in brackets.
    [
      'who was exec sponsor on the trust ambitions paper and what assurance level did it claim? cc @Alex',
      'who was exec sponsor on the trust ambitions paper and what assurance level did it claim?',
    ],
    ['**urgent** baf 1 score 🙏 _pls_', 'urgent baf 1 score pls'],
    [
      'group value programme - savings this yr and the full year effect?\n(need it for FPC) 👍',
      'group value programme - savings this yr and the full year effect?',
    ],
    // A list on separate lines is one sentence; its numbers and bullets are no part of it.
    [
      'my deadlines on the LPT BAF for:\n1. innovation strategy\n2. digital strategy',
      'my deadlines on the LPT BAF for innovation strategy and digital strategy',
    ],
    [
      'LPT BAF 04 estates -\n- current score\n- target',
      'LPT BAF 04 estates current score and target',
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
    // What comes before the dash is what "it" is, or what is asked about.
    "I haven't read the group value programme paper - what are the savings numbers in it?",
    "I'm on the transition group - what attendance is expected of members?",
    'GROUP BAF 1 - what is its score?',
    // A comms product with its subject is what is asked about.
    'Social post on diabetes prevention: what figures did the CEO report give?',
    'Freedom to Speak Up: who leads the work?',
    "For the transition group: what's the quorum?",
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
    ["On the cover sheets there's a line about FOMI, what does that stand for?", 'FOMI'],
    ['How is a BAF score actually worked out on the LPT BAF?', 'score'],
  ];
  for (const [question, term] of cases)
    it(`reads "${question}" as asking the meaning of ${term ?? 'nothing'}`, () =>
      assert.equal(termAsked(question)?.term ?? null, term));
});

describe('a doubt about the figures said beside a question', () => {
  it('leaves what is asked when the doubt only points at a figure or date', () => {
    assert.equal(
      withoutFigureDoubt(
        'which of my FTSU actions are overdue? and theres one with a due date that looks wrong to me',
      ),
      'which of my FTSU actions are overdue?',
    );
    assert.equal(
      withoutFigureDoubt(
        "BAF action closures - how many went through group SEB? theres a 'December 2026' in there that must be a typo",
      ),
      'BAF action closures - how many went through group SEB?',
    );
  });
  it('keeps what a doubting clause names', () => {
    assert.equal(
      withoutFigureDoubt(
        "LPT sickness in the perf report looks odd - whats current vs the ceiling, and NHFT's too",
      ),
      "LPT sickness in the perf report - whats current vs the ceiling, and NHFT's too",
    );
  });
  it('is nothing when the doubt is all that is asked, or there is no doubt', () => {
    assert.equal(
      withoutFigureDoubt('the initial score on the draft workforce risk looks off to me?'),
      null,
    );
    assert.equal(
      withoutFigureDoubt('draft workforce risk in the jan pack - initial score looks wrong?'),
      null,
    );
    assert.equal(withoutFigureDoubt('what is BAF 1 scored at?'), null);
  });
});
