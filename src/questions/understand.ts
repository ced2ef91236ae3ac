import Fuse from 'fuse.js';
import { findPeriod } from './periods';
import type {
  ActionFilter,
  ActionScope,
  ActionTarget,
  Period,
  Question,
  RiskFacet,
  RiskListFilter,
  RiskReference,
} from './question';
import { escapeRegExp, hasPhrase, normalise, removePhrase, SpellCorrector } from './text';
import type { NamedThing, Vocabulary } from './vocabulary';

/**
 * Reads a question typed in Teams and says what it asks. People do not type commands: this handles
 * natural phrasing, typos and variants ("whats the scroe on baf01", "tell me about group risk number
 * three"). The rules are a readable, ordered table (`RULES`); entities come from the vocabulary.
 */

/** Questions shown in help, the welcome card and as suggestions when a question is not understood. */
export const EXAMPLE_QUESTIONS = [
  'What is BAF 1 score?',
  'Which risks are above appetite?',
  'Show the Group BAF heat map',
  'What are the controls and gaps on Group BAF 3?',
  'My overdue actions',
  'Actions due this month',
  'Freedom to Speak Up actions',
  'History of Well-Led FTSU 5',
  'When is the next board meeting?',
  'Next board agenda',
  'What did the board resolve at GTB/25/15?',
  'Matters arising',
  'Actions closed in December 2025',
  'Progress on our ambitions',
  'Risks overseen by the People and Culture Committee',
  'Any data quality problems in the BAF?',
] as const;

/** Words of the board's vocabulary that questions use, for typo correction. */
const DOMAIN_WORDS = `risk risks score scores scored target initial inherent current appetite tolerance controls control
  gaps gap assurance assurances assured actions action overdue agenda meeting meetings minutes minute resolved resolve
  resolution resolutions decided decision ambition ambitions objective objectives progress confidence strategy
  strategic committee committees oversight overseen register heatmap highest lowest extreme moderate trend effect
  cause causes effects mitigation mitigations history changes closure closed completed proposed arising matters
  board trust group workplan outstanding deadline appetite assurance revised updates update help reminder reminders
  broadcast broadcasts chase chasers nudge schedule scheduled send create edit`;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;

function toNumber(token: string): number {
  return NUMBER_WORDS[token] ?? Number(token);
}

/** Features of a question: which kinds of words it uses. */
const F = {
  /** Wanting to record progress on an action, not to read it. */
  updateAction:
    /^(please )?(update|updating|record (the )?progress( on| for)?|report (the )?progress( on| for)?|add (a )?(progress )?(note|update)( to| on| for)?|update (the )?progress( on| for)?)\b( on| for| to)?/,
  /** Secretary commands: imperatives, not questions. */
  newMeeting:
    /^(please )?(new|add|create|set ?up|book|schedule)( an?| another| the)?( new)?( [a-z&]+){0,5} meeting\b/,
  editMeeting:
    /^(please )?(edit|change|update|move|reschedule|amend)( an?| the| our)?( [a-z&]+){0,5} meeting\b/,
  sendReminder:
    /^(please )?((send|schedule|compose|post|broadcast)( an?| the| out)?( [a-z]+){0,4} (reminders?|broadcasts?|notices?|agenda)|(new )?(reminders?|broadcast)|remind (the|all|every|everyone|members|directors|attendees)\b)\b/,
  broadcasts:
    /^((list|show|view|see)( me)?( my| the| all)? )?((scheduled|upcoming|sent) )?(broadcasts|reminders|delivery reports?)( scheduled| sent)?$/,
  chase: /^(please )?(chase|nudge|send (the )?(weekly )?(chasers?|digests?))\b/,
  help: /^(help|\?+|what can you do|what do you do|how do (i|you) (use|work)|commands?|menu|options|examples?|what can i ask)\b/,
  greeting:
    /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|thanks?|thank you|cheers|ok|okay)\b/,
  actions: /\b(actions?|tasks?|to ?dos?|mitigations?|actions? log|action plan)\b/,
  mine: /\b(my|mine|me|i|myself)\b/,
  owns: /\b(owns?|owned by|responsible for|assigned to|leads?|led by|on the plate of)\b/,
  overdue: /\b(overdue|late|past (their )?due|behind|slipped|missed|out of date|slipping)\b/,
  closed: /\b(closed|completed?|finished|signed off|done)\b/,
  proposed:
    /\b(proposed for closure|awaiting (closure|approval|sign off)|pending (closure|approval)|for closure)\b/,
  due: /\b(due|deadline|deadlines|coming up|upcoming)\b/,
  open: /\b(open|outstanding|live|in progress)\b/,
  everyAction: /\b(all|every)\s+(the\s+)?actions?\b/,
  agenda: /\b(agenda|agendas|papers? for|items? (on|for) the)\b/,
  meeting: /\b(meetings?|board|gtb|committees?|sessions?)\b/,
  next: /\b(next|upcoming|coming|forthcoming|when is|when s|when does|when will|future)\b/,
  last: /\b(last|previous|latest|most recent|past)\b/,
  resolve:
    /\b(resolved?|resolutions?|decided?|decisions?|agreed?|approved?|minuted|minutes|outcomes?)\b/,
  matters: /\b(matters arising|action sheet|actions? from the (last )?(board|meeting))\b/,
  strategy:
    /\b(ambitions?|objectives?|strategy|strategic objectives?|thrive|confidence|progress)\b/,
  risk: /\b(risks?|baf|bafs|register|heat ?map|appetite|tolerance|scores?|scored|assurance framework)\b/,
  dataQuality:
    /\b(data quality|discrepanc\w*|inconsisten\w*|errors?|mistakes?|typos?|contradict\w*|flags?|flagged|wrong in)\b/,
  history: /\b(history|changes|changed|audit|trail|who updated|log of changes|timeline)\b/,
  heatMap: /\b(heat ?map|matrix|5 ?x ?5|grid)\b/,
  aboveAppetite:
    /\b((above|over|outside|exceed\w*|breach\w*|beyond|higher than) (the |our |risk )?(appetite|tolerance))\b|\b(appetite|tolerance) (breach\w*|exceeded)\b/,
  highest:
    /\b(highest|top|worst|biggest|largest|most (serious|significant|severe)|greatest|high scoring|highest scoring)\b/,
  atTarget: /\b(at|reached|met|meeting|achieved|on) (their |its |the )?target\b/,
  aboveTarget:
    /\b(not (at|reached|met|meeting) (their |its |the )?target|above (their |its |the )?target|off target)\b/,
  list: /\b(all|list|show|which|what are|every|overview|summary|summarise)\b/,
};

const FACET_WORDS: [RiskFacet, RegExp][] = [
  [
    'everything',
    /\b(everything|full|in full|all about|tell me about|detail|details|describe|explain|whole)\b/,
  ],
  [
    'scores',
    /\b(scores?|scored|scoring|rating|rated|target|initial|inherent|current|residual|how high|how bad|trend)\b/,
  ],
  ['appetite', /\b(appetite|tolerance|tolerated)\b/],
  ['controls', /\b(controls?)\b/],
  ['gaps', /\b(gaps?)\b/],
  [
    'assurances',
    /\b(assurances?|assured|lines? of (defence|assurance)|1st line|2nd line|3rd line)\b/,
  ],
  ['actions', /\b(actions?|mitigations?|mitigating)\b/],
  ['progress', /\b(progress|update|updates)\b/],
  ['context', /\b(context|causes?|effects?|why)\b/],
];

const BANDS: [string, RegExp][] = [
  ['Extreme', /\b(extreme|red)\b/],
  ['High', /\b(high|amber)\b/],
  ['Moderate', /\b(moderate|medium|yellow)\b/],
  ['Low', /\b(low|green)\b/],
];

export interface UnderstandContext {
  vocabulary: Vocabulary;
  now: Date;
}

/** A question being read: the text as typed, normalised, typo-corrected, and what was found in it. */
interface Reading {
  raw: string;
  text: string;
  ctx: UnderstandContext;
  minuteReference: string | null;
  risk: RiskReference | null;
  riskActionNumber: number | null;
  registerId: string | null;
  period: { period: Period; text: string } | null;
}

type Rule = { name: string; when: (r: Reading) => boolean; then: (r: Reading) => Question };

const correctors = new WeakMap<Vocabulary, SpellCorrector>();

function correctorFor(vocabulary: Vocabulary): SpellCorrector {
  let c = correctors.get(vocabulary);
  if (!c) {
    c = new SpellCorrector([...vocabulary.lexicon, ...DOMAIN_WORDS.split(/\s+/)]);
    correctors.set(vocabulary, c);
  }
  return c;
}

/** Longest vocabulary names found in the text, longest first; each span is used once. */
function findNamed<T extends NamedThing>(
  text: string,
  things: readonly T[],
): { thing: T; name: string }[] {
  const candidates = things
    .flatMap((thing) => thing.names.map((name) => ({ thing, name })))
    .filter((c) => c.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  const found: { thing: T; name: string }[] = [];
  let rest = text;
  for (const c of candidates)
    if (hasPhrase(rest, c.name)) {
      if (!found.some((f) => f.thing.id === c.thing.id)) found.push(c);
      rest = removePhrase(rest, c.name);
    }
  return found;
}

function registerHint(text: string, vocabulary: Vocabulary): string | null {
  const register = findNamed(text, vocabulary.registers)[0];
  if (register) return register.thing.id;
  for (const { thing } of findNamed(text, vocabulary.organisations)) {
    const id = thing.registerIds[0];
    if (id) return id;
  }
  if (/\bgroup\b/.test(text))
    return vocabulary.registers.find((r) => r.prefix.startsWith('group'))?.id ?? null;
  return null;
}

function findRiskReference(
  text: string,
  vocabulary: Vocabulary,
  registerId: string | null,
): RiskReference | null {
  const patterns = [
    new RegExp(`\\b(?:group\\s+)?baf\\s*(?:risk\\s*)?(?:no|number|num|#)?\\s*#?\\s*0?${NUMBER}\\b`),
    new RegExp(
      `\\b(?:strategic\\s+|principal\\s+)?risks?\\s*(?:no|number|num|#)?\\s*#?\\s*0?${NUMBER}\\b`,
    ),
    new RegExp(`\\b${NUMBER}(?:st|nd|rd|th)?\\s+(?:group\\s+|strategic\\s+)?risk\\b`),
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) {
      const number = toNumber(m[1]!);
      if (number >= 1 && number <= 99) return { registerId, number, draft: false, text: m[0] };
    }
  }
  if (/\b(draft (workforce )?risk|baf draft|draft baf|workforce risk)\b/.test(text))
    return { registerId, number: null, draft: true, text: 'draft workforce risk' };
  // "the digital transformation risk": a risk named by its keywords (not inside a committee's name).
  if (/\brisk\b|\bbaf\b/.test(text)) {
    let rest = text;
    for (const { name } of findNamed(text, vocabulary.committees)) rest = removePhrase(rest, name);
    const named = findNamed(
      rest,
      vocabulary.risks.filter((r) => !registerId || r.registerId === registerId),
    )[0];
    if (named) {
      const risk = named.thing;
      return {
        registerId: risk.registerId,
        number: risk.number,
        draft: risk.draft,
        text: named.name,
      };
    }
  }
  return null;
}

function findMinuteReference(raw: string): string | null {
  const m = /\b([A-Za-z]{2,6})\s*\/\s*(\d{2})\s*\/\s*(\d{1,3})\b/.exec(raw);
  return m ? `${m[1]!.toUpperCase()}/${m[2]}/${Number(m[3])}` : null;
}

function facetsOf(text: string): RiskFacet[] {
  const facets = FACET_WORDS.filter(([, re]) => re.test(text)).map(([f]) => f);
  if (facets.includes('everything')) return ['everything'];
  return facets.length ? facets : ['scores'];
}

function bodyOf(text: string, vocabulary: Vocabulary): string | null {
  return findNamed(text, vocabulary.meetingBodies)[0]?.thing.id ?? null;
}

function actionScope(r: Reading): ActionScope {
  const { text, ctx } = r;
  if (r.risk) return { kind: 'risk', risk: r.risk };
  const log = findLogSection(text, ctx.vocabulary);
  const roles = findNamed(text, ctx.vocabulary.roles);
  const person = findNamed(text, ctx.vocabulary.people)[0];
  if (person && (!roles[0] || person.name.length >= roles[0].name.length))
    return { kind: 'person', personId: person.thing.id, text: person.name };
  if (roles.length) {
    // Every role of that name, in whatever organisation holds it ("the CFO").
    const wanted = new Set(roles.map((x) => x.name));
    const ids = ctx.vocabulary.roles
      .filter((role) => role.names.some((n) => wanted.has(n)))
      .map((role) => role.id);
    return { kind: 'role', roleIds: [...new Set(ids)], text: roles.map((x) => x.name).join(', ') };
  }
  if (log) return { kind: 'log', logId: log.logId, sectionId: log.sectionId, text: log.text };
  if (F.mine.test(text)) return { kind: 'mine' };
  return { kind: 'all' };
}

function findLogSection(
  text: string,
  vocabulary: Vocabulary,
): { logId: string; sectionId: string | null; text: string } | null {
  const log = findNamed(text, vocabulary.logs)[0];
  for (const l of log ? [log.thing] : vocabulary.logs) {
    const section = findNamed(text, l.sections)[0];
    if (section) return { logId: l.id, sectionId: section.thing.id, text: section.name };
  }
  return log ? { logId: log.thing.id, sectionId: null, text: log.name } : null;
}

function findActionTarget(r: Reading): ActionTarget | null {
  if (r.risk && r.riskActionNumber !== null)
    return { kind: 'risk', risk: r.risk, number: r.riskActionNumber };
  for (const log of r.ctx.vocabulary.logs) {
    for (const section of log.sections) {
      for (const name of section.names) {
        const m = new RegExp(
          `\\b${escapeRegExp(name)}\\s+(?:action\\s+)?(?:no\\s+|number\\s+|#\\s*)?(\\d{1,2})\\b`,
        ).exec(r.text);
        const logNamed = log.names.some((n) => hasPhrase(r.text, n));
        // "FTSU 3" on its own, or with words that only make sense of an action.
        const alone = m !== null && r.text.replace(F.updateAction, ' ').trim() === m[0];
        if (
          m &&
          (logNamed ||
            alone ||
            F.actions.test(r.text) ||
            F.history.test(r.text) ||
            F.updateAction.test(r.text))
        )
          return {
            kind: 'section',
            logId: log.id,
            sectionId: section.id,
            number: Number(m[1]),
            text: m[0],
          };
      }
    }
  }
  return null;
}

function actionFilter(r: Reading): ActionFilter {
  const { text } = r;
  if (F.proposed.test(text)) return { status: 'proposed-for-closure', period: null };
  if (F.closed.test(text) && !F.open.test(text)) {
    const past = findPeriod(r.raw, r.ctx.now, 'past');
    return { status: 'closed', period: past?.period ?? null };
  }
  if (F.overdue.test(text)) return { status: 'overdue', period: r.period?.period ?? null };
  if (r.period) return { status: 'due', period: r.period.period };
  if (F.everyAction.test(text) && !F.open.test(text)) return { status: 'all', period: null };
  return { status: 'open', period: null };
}

function riskListFilter(r: Reading): RiskListFilter | null {
  const { text, ctx } = r;
  if (F.aboveAppetite.test(text)) return { kind: 'above-appetite' };
  if (F.aboveTarget.test(text)) return { kind: 'above-target' };
  if (F.atTarget.test(text)) return { kind: 'at-target' };
  if (F.highest.test(text)) {
    const m = /\btop\s+(\d{1,2}|three|five|ten)\b/.exec(text);
    return { kind: 'highest', limit: m ? toNumber(m[1]!) : null };
  }
  const committee = findNamed(text, ctx.vocabulary.committees)[0];
  if (committee && /\b(committee|overs\w*|oversight|for the|reports? to|c)\b/.test(text))
    return { kind: 'committee', committee: committee.thing.id };
  const aim = findNamed(text, ctx.vocabulary.strategicAims)[0];
  if (aim) return { kind: 'strategic-aim', aim: aim.thing.id };
  for (const [band, re] of BANDS)
    if (re.test(text) && /\brisks\b/.test(text)) return { kind: 'band', band };
  if (F.list.test(text) || F.heatMap.test(text) || /\b(risks|bafs?|register)\b/.test(text))
    return { kind: 'all' };
  return null;
}

function strategyQuestion(r: Reading): Question {
  const { text, ctx } = r;
  const strategy = findNamed(text, ctx.vocabulary.strategies)[0]?.thing ?? null;
  const strategies = strategy ? [strategy] : ctx.vocabulary.strategies;
  const numbered = /\bambition\s*(?:no|number|#)?\s*(\d{1,2})\b/.exec(text);
  const ambitions = strategies.flatMap((s) => s.ambitions);
  if (numbered) {
    const a = ambitions.find((x) => x.number === Number(numbered[1]));
    if (a) {
      const owner = strategies.find((s) => s.ambitions.includes(a))!;
      return {
        intent: 'strategy.progress',
        strategyId: owner.id,
        objectiveId: null,
        ambitionIds: [a.id],
        themeId: null,
        text: numbered[0],
      };
    }
  }
  for (const s of strategies) {
    const theme = findNamed(text, s.themes)[0];
    if (theme)
      return {
        intent: 'strategy.progress',
        strategyId: s.id,
        objectiveId: null,
        ambitionIds: [],
        themeId: theme.thing.id,
        text: theme.name,
      };
    const objective = findNamed(text, s.objectives)[0];
    if (objective)
      return {
        intent: 'strategy.progress',
        strategyId: s.id,
        objectiveId: objective.thing.id,
        ambitionIds: [],
        themeId: null,
        text: objective.name,
      };
  }
  const query = text
    .replace(F.strategy, ' ')
    .replace(
      /\b(what|is|the|on|our|of|for|how|are|we|doing|with|about|show|me|tell|progress|confidence|in|a|an|and|to)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  if (query.length >= 4) {
    const fuse = new Fuse(ambitions, {
      keys: ['names'],
      threshold: 0.35,
      ignoreLocation: true,
      includeScore: true,
    });
    const hits = fuse.search(query).slice(0, 3);
    if (hits.length) {
      const owner = strategies.find((s) => s.ambitions.includes(hits[0]!.item))!;
      return {
        intent: 'strategy.progress',
        strategyId: owner.id,
        objectiveId: null,
        ambitionIds: hits
          .filter((h) => strategies.find((s) => s.ambitions.includes(h.item)) === owner)
          .map((h) => h.item.id),
        themeId: null,
        text: query,
      };
    }
  }
  return {
    intent: 'strategy.progress',
    strategyId: strategy?.id ?? null,
    objectiveId: null,
    ambitionIds: [],
    themeId: null,
    text: '',
  };
}

/** "(page 2)" added by the "Show more" button. */
function pageOf(text: string): number {
  const m = /\bpage\s+(\d{1,3})\b/.exec(text);
  return m ? Math.max(1, Number(m[1])) : 1;
}

function suggestionsFor(text: string): string[] {
  const fuse = new Fuse([...EXAMPLE_QUESTIONS], { threshold: 0.6, ignoreLocation: true });
  const found = fuse.search(text).map((h) => h.item);
  return (found.length ? found : [...EXAMPLE_QUESTIONS]).slice(0, 3);
}

/** The rules, in order: the first whose `when` holds decides the intent. */
const RULES: Rule[] = [
  { name: 'empty', when: (r) => r.text === '', then: () => ({ intent: 'help' }) },
  { name: 'help', when: (r) => F.help.test(r.text), then: () => ({ intent: 'help' }) },
  ...(
    [
      ['chase', F.chase],
      ['broadcasts', F.broadcasts],
      ['new-meeting', F.newMeeting],
      ['edit-meeting', F.editMeeting],
      ['send-reminder', F.sendReminder],
    ] as const
  ).map(([command, pattern]): Rule => ({
    name: `secretary: ${command}`,
    when: (r) => pattern.test(r.text),
    then: () => ({ intent: 'secretary', command }),
  })),
  {
    name: 'action by reference',
    when: (r) => findActionTarget(r) !== null,
    then: (r) => ({
      intent: 'action.detail',
      target: findActionTarget(r)!,
      history: F.history.test(r.text),
      update: F.updateAction.test(r.text),
    }),
  },
  {
    name: 'minute reference',
    when: (r) => r.minuteReference !== null,
    then: (r) =>
      F.history.test(r.text)
        ? {
            intent: 'action.detail',
            target: { kind: 'reference', reference: r.minuteReference! },
            history: true,
          }
        : { intent: 'minutes.item', reference: r.minuteReference! },
  },
  {
    name: 'data quality',
    when: (r) => F.dataQuality.test(r.text),
    then: (r) => ({ intent: 'data-quality', registerId: r.registerId }),
  },
  {
    name: 'matters arising',
    when: (r) => F.matters.test(r.text),
    then: (r) => ({ intent: 'matters-arising', body: bodyOf(r.text, r.ctx.vocabulary) }),
  },
  {
    name: 'agenda',
    when: (r) => F.agenda.test(r.text),
    then: (r) => ({
      intent: 'meeting.agenda',
      body: bodyOf(r.text, r.ctx.vocabulary),
      which:
        r.period?.period.from && r.period.period.from === r.period.period.to
          ? { date: r.period.period.from }
          : F.last.test(r.text)
            ? 'last'
            : 'next',
    }),
  },
  {
    name: 'resolutions',
    when: (r) =>
      F.resolve.test(r.text) &&
      !r.risk &&
      !F.actions.test(r.text) &&
      (F.meeting.test(r.text) || !!r.period || F.last.test(r.text)),
    then: (r) => {
      const past = findPeriod(r.raw, r.ctx.now, 'past');
      return {
        intent: 'minutes.resolutions',
        body: bodyOf(r.text, r.ctx.vocabulary),
        date: past?.period.from ?? null,
      };
    },
  },
  {
    name: 'actions',
    when: (r) =>
      F.actions.test(r.text) ||
      F.overdue.test(r.text) ||
      F.proposed.test(r.text) ||
      (F.due.test(r.text) && !F.meeting.test(r.text)) ||
      (F.owns.test(r.text) &&
        (findNamed(r.text, r.ctx.vocabulary.roles).length > 0 ||
          findNamed(r.text, r.ctx.vocabulary.people).length > 0) &&
        !r.risk),
    then: (r) => ({
      intent: 'actions.list',
      scope: actionScope(r),
      filter: actionFilter(r),
      page: pageOf(r.text),
    }),
  },
  {
    name: 'last meeting',
    when: (r) => F.meeting.test(r.text) && F.last.test(r.text) && !r.risk && !F.risk.test(r.text),
    then: (r) => ({ intent: 'meeting.last', body: bodyOf(r.text, r.ctx.vocabulary) }),
  },
  {
    name: 'next meeting',
    when: (r) =>
      F.meeting.test(r.text) &&
      (F.next.test(r.text) || /\b(when|schedule|dates?|calendar|upcoming)\b/.test(r.text)) &&
      !r.risk,
    then: (r) => ({ intent: 'meeting.next', body: bodyOf(r.text, r.ctx.vocabulary) }),
  },
  {
    name: 'one risk',
    when: (r) => r.risk !== null,
    then: (r) => ({ intent: 'risk.detail', risk: r.risk!, facets: facetsOf(r.text) }),
  },
  {
    name: 'risk list',
    when: (r) => F.risk.test(r.text) && riskListFilter(r) !== null,
    then: (r) => ({ intent: 'risk.list', registerId: r.registerId, filter: riskListFilter(r)! }),
  },
  {
    name: 'strategy',
    when: (r) =>
      F.strategy.test(r.text) || findNamed(r.text, r.ctx.vocabulary.strategies).length > 0,
    then: strategyQuestion,
  },
  {
    name: 'greeting',
    when: (r) => F.greeting.test(r.text) && r.text.split(' ').length <= 4,
    then: () => ({ intent: 'greeting' }),
  },
];

/** The most of a message read as a question; longer messages are truncated (they are still answered). */
export const MAX_QUESTION_LENGTH = 500;

export function understand(raw: string, ctx: UnderstandContext): Question {
  const clipped = raw.slice(0, MAX_QUESTION_LENGTH);
  const normalised = normalise(clipped);
  const text = correctorFor(ctx.vocabulary).correct(normalised);
  const registerId = registerHint(text, ctx.vocabulary);
  const risk = findRiskReference(text, ctx.vocabulary, registerId);
  const actionNumber = risk
    ? new RegExp(`${escapeRegExp(risk.text)}\\s+action\\s*(?:no|number|#)?\\s*(\\d{1,2})\\b`).exec(
        text,
      )
    : null;
  const cleanRaw = clipped.replace(/<[^>]*>/g, ' ');
  const reading: Reading = {
    raw: cleanRaw,
    text,
    ctx,
    minuteReference: findMinuteReference(clipped),
    risk,
    riskActionNumber: actionNumber ? Number(actionNumber[1]) : null,
    registerId,
    period: risk ? null : findPeriod(cleanRaw, ctx.now),
  };
  for (const rule of RULES) if (rule.when(reading)) return rule.then(reading);
  return { intent: 'unknown', text: clipped.trim(), suggestions: suggestionsFor(normalised) };
}
