import Fuse from 'fuse.js';
import { CUES } from './lexicon';
import { findNamed, meetingDateOf, type Reading } from './entities';
import { findPeriod } from './periods';
import type {
  ActionFilter,
  ActionScope,
  Question,
  RiskListFilter,
  RiskReference,
} from './question';

/**
 * The intent rules: ranked, the lowest rank first, the first that holds decides. Precedence is the
 * rank, written down, rather than negative guards spread through the conditions: a reference to a
 * record beats a general cue, a comparison beats a single risk, a minutes question beats a meeting
 * question, a risk named beats a topic, and search is the floor under all of them.
 */
export interface Rule {
  rank: number;
  name: string;
  when: (r: Reading) => boolean;
  then: (r: Reading) => Question;
}

const has = (r: Reading, ...cues: Parameters<Reading['cues']['has']>[0][]) =>
  cues.some((c) => r.cues.has(c));

/** Facets only a risk has: with a topic, they make it a question about the risk. */
const RISK_ONLY_FACETS: ReadonlySet<string> = new Set([
  'scores',
  'appetite',
  'controls',
  'gaps',
  'assurances',
]);

/** The risk a reading names: by number or as the draft, else the best by topic. */
export function riskOf(r: Reading): RiskReference | null {
  return r.risks[0] ?? r.topicRisks[0]?.ref ?? null;
}

/** Several risks about a topic, too close to choose between: offer them. */
function ambiguousTopic(r: Reading): boolean {
  if (r.risks.length || r.topicRisks.length < 2) return false;
  const [a, b] = r.topicRisks;
  return a!.score < 100 && b!.score >= a!.score * 0.8;
}

function riskWords(ref: RiskReference, r: Reading): string {
  const register = r.ctx.vocabulary.registers.find(
    (x) =>
      x.id === (ref.registerId ?? r.ctx.defaultRegisterId ?? r.ctx.vocabulary.defaultRegisterId),
  );
  const name = register?.names.find((n) => n.split(' ').length <= 3) ?? register?.names[0] ?? '';
  return `${name} ${ref.draft ? 'draft risk' : (ref.number ?? '')}`.trim();
}

function actionScope(r: Reading): ActionScope {
  const risk = r.risks[0];
  if (risk) return { kind: 'risk', risk };
  if (r.person && (!r.roles || r.person.text.length >= r.roles.text.length))
    return { kind: 'person', personId: r.person.id, text: r.person.text };
  if (r.roles) return { kind: 'role', ...r.roles };
  if (r.logSection) return { kind: 'log', ...r.logSection };
  if (CUES.mine.test(r.text)) return { kind: 'mine' };
  const topicRisk = r.topicRisks[0];
  if (topicRisk && !ambiguousTopic(r) && (has(r, 'risk') || topicRisk.score >= 100))
    return { kind: 'risk', risk: topicRisk.ref };
  return { kind: 'all' };
}

/** The actions a question asks for: overdue, due in a period, closed, slipped… */
export function actionFilter(r: Reading): ActionFilter {
  if (has(r, 'proposed')) return { status: 'proposed-for-closure', period: null };
  if (has(r, 'closed') && !has(r, 'open')) {
    const past = findPeriod(r.raw, r.ctx.now, 'past');
    return { status: 'closed', period: past?.period ?? null };
  }
  if (has(r, 'slipped')) return { status: 'slipped', period: null };
  if (has(r, 'revised')) return { status: 'revised', period: null };
  if (has(r, 'overdue')) return { status: 'overdue', period: r.period?.period ?? null };
  if (r.period) return { status: 'due', period: r.period.period };
  if (has(r, 'everyAction') && !has(r, 'open')) return { status: 'all', period: null };
  return { status: 'open', period: null };
}

/** The list a risk question asks for, if it asks for one. */
function riskListFilter(r: Reading): RiskListFilter | null {
  if (has(r, 'aboveAppetite')) return { kind: 'above-appetite' };
  if (has(r, 'furthestFromTarget')) return { kind: 'furthest-from-target' };
  if (has(r, 'aboveTarget')) return { kind: 'above-target' };
  if (has(r, 'atTarget', 'closestToTarget')) return { kind: 'at-target' };
  if (has(r, 'mostImproved')) return { kind: 'most-improved' };
  if (has(r, 'moved')) return { kind: 'moved' };
  if (has(r, 'gettingWorse')) return { kind: 'getting-worse' };
  if (r.scoreAbove !== null) return { kind: 'score-above', min: r.scoreAbove };
  if (has(r, 'lowest')) return { kind: 'lowest', limit: r.limit };
  if (has(r, 'highest') && !r.band) return { kind: 'highest', limit: r.limit };
  if (
    r.committee &&
    /\b(committee|board|overs\w*|oversight|for the|reports? to|c|group|goes? to|go to|reviewed by|sits? with)\b/.test(
      r.text,
    )
  )
    return { kind: 'committee', committee: r.committee.id };
  if (r.strategicAim) return { kind: 'strategic-aim', aim: r.strategicAim };
  if (r.band) return { kind: 'band', band: r.band };
  if (has(r, 'list', 'heatMap') || /\b(risks|bafs?|register)\b/.test(r.text))
    return { kind: 'all' };
  return null;
}

function strategyQuestion(r: Reading): Extract<Question, { intent: 'strategy.progress' }> {
  const { text, ctx } = r;
  const strategy = findNamed(text, ctx.vocabulary.strategies)[0]?.thing ?? null;
  const strategies = strategy ? [strategy] : ctx.vocabulary.strategies;
  const numbered = /\bambition\s*(?:no|number|#)?\s*(\d{1,2})\b/.exec(text);
  const ambitions = strategies.flatMap((s) => s.ambitions);
  const ask = (
    q: Partial<Extract<Question, { intent: 'strategy.progress' }>>,
  ): Extract<Question, { intent: 'strategy.progress' }> => ({
    intent: 'strategy.progress',
    strategyId: null,
    objectiveId: null,
    ambitionIds: [],
    themeId: null,
    text: '',
    ...q,
  });
  if (numbered) {
    const a = ambitions.find((x) => x.number === Number(numbered[1]));
    if (a) {
      const owner = strategies.find((s) => s.ambitions.includes(a))!;
      return ask({ strategyId: owner.id, ambitionIds: [a.id], text: numbered[0] });
    }
  }
  for (const s of strategies) {
    const theme = findNamed(text, s.themes)[0];
    if (theme) return ask({ strategyId: s.id, themeId: theme.thing.id, text: theme.name });
    const objective = findNamed(text, s.objectives)[0];
    if (objective)
      return ask({ strategyId: s.id, objectiveId: objective.thing.id, text: objective.name });
  }
  const query = r.topic ?? '';
  if (query.length >= 4) {
    const fuse = new Fuse(ambitions, { keys: ['names'], threshold: 0.35, ignoreLocation: true });
    const hits = fuse.search(query).slice(0, 3);
    if (hits.length) {
      const owner = strategies.find((s) => s.ambitions.includes(hits[0]!.item))!;
      return ask({
        strategyId: owner.id,
        ambitionIds: hits.filter((h) => owner.ambitions.includes(h.item)).map((h) => h.item.id),
        text: query,
      });
    }
  }
  return ask({ strategyId: strategy?.id ?? null });
}

/** The minutes asked about: the day named, or the first of the month of the minutes in that month. */
function minutesDate(r: Reading) {
  const found = meetingDateOf(r, 'minutes');
  const period = r.pastPeriod?.period;
  if (!period?.from) return null;
  const aMonth = period.to !== null && period.to !== period.from;
  if (found) return aMonth ? `${found.slice(0, 7)}-01` : found;
  return period.from;
}

/** Words naming a minute item ("who presented the QSIR item"): the topic. */
function itemWords(r: Reading): string {
  return r.topic ?? r.committee?.text ?? r.text;
}

const asksAboutMinutes = (r: Reading) =>
  has(r, 'minutes', 'meeting') || !!r.pastPeriod || has(r, 'last');

const secretary = (
  command: Extract<Question, { intent: 'secretary' }>['command'],
  cue: keyof typeof CUES,
): Rule => ({
  rank: 40,
  name: `secretary: ${command}`,
  when: (r) => has(r, cue),
  then: () => ({ intent: 'secretary', command }),
});

/** The rules, in rank order. */
export const RULES: readonly Rule[] = [
  { rank: 10, name: 'empty', when: (r) => r.text === '', then: () => ({ intent: 'help' }) },
  {
    rank: 20,
    name: 'small talk',
    when: (r) => r.smallTalk !== null,
    then: (r) => ({ intent: 'greeting', kind: r.smallTalk ?? 'hello' }),
  },
  { rank: 30, name: 'help', when: (r) => has(r, 'help'), then: () => ({ intent: 'help' }) },
  secretary('chase', 'chase'),
  secretary('broadcasts', 'broadcasts'),
  secretary('new-meeting', 'newMeeting'),
  secretary('edit-meeting', 'editMeeting'),
  secretary('send-reminder', 'sendReminder'),
  {
    rank: 45,
    name: 'unanswered questions',
    when: (r) => has(r, 'unanswered') && /\bquestions?\b/.test(r.text),
    then: () => ({ intent: 'unanswered' }),
  },
  {
    rank: 50,
    name: 'an action by its reference',
    when: (r) => r.actionTarget !== null,
    then: (r) => ({
      intent: 'action.detail',
      target: r.actionTarget!,
      history: has(r, 'history'),
      update: has(r, 'updateAction'),
      why: has(r, 'why', 'overdue', 'slipped', 'revised'),
    }),
  },
  {
    rank: 60,
    name: 'a minute reference',
    when: (r) => r.minuteReference !== null,
    then: (r) =>
      has(r, 'history', 'why')
        ? {
            intent: 'action.detail',
            target: { kind: 'reference', reference: r.minuteReference! },
            history: has(r, 'history'),
            why: has(r, 'why'),
          }
        : { intent: 'minutes.item', reference: r.minuteReference! },
  },
  {
    rank: 70,
    name: 'data quality',
    when: (r) => has(r, 'dataQuality'),
    then: (r) => ({ intent: 'data-quality', registerId: r.registerId }),
  },
  {
    rank: 80,
    name: 'two risks compared',
    when: (r) => r.risks.length >= 2 && !has(r, 'actions'),
    then: (r) => ({ intent: 'risk.compare', risks: r.risks.slice(0, 4) }),
  },
  {
    rank: 81,
    name: 'one risk compared with what?',
    when: (r) => r.risks.length === 1 && has(r, 'worseThan', 'betterThan', 'compare'),
    then: (r) => {
      const risk = r.risks[0]!;
      const others = r.ctx.vocabulary.risks
        .filter(
          (x) =>
            x.registerId ===
            (risk.registerId ?? r.ctx.defaultRegisterId ?? r.ctx.vocabulary.defaultRegisterId),
        )
        .filter((x) => x.number !== risk.number && !x.draft)
        .slice(0, 4);
      return {
        intent: 'clarify',
        title: `Compare ${riskWords(risk, r)} with which risk?`,
        text: 'Name the second risk, for example:',
        choices: others.map(
          (o) =>
            `Is ${riskWords(risk, r)} worse than ${riskWords({ ...risk, number: o.number }, r)}?`,
        ),
      };
    },
  },
  {
    rank: 90,
    name: 'who owns a risk',
    when: (r) =>
      has(r, 'ownerQuestion') && !!riskOf(r) && !r.roles && !r.person && !has(r, 'actions'),
    then: (r) => ({ intent: 'risk.owner', risk: riskOf(r)! }),
  },
  {
    rank: 100,
    name: 'who is someone',
    when: (r) =>
      has(r, 'whoIs') &&
      !r.risks.length &&
      !has(
        r,
        'actions',
        'ownerQuestion',
        'minutes',
        'apologies',
        'attendance',
        'presenter',
        'declarations',
      ) &&
      (!!r.roles || !!r.person || !!r.attendee || !!r.unknownName),
    then: (r) => ({
      intent: 'people.who',
      roleIds: r.roles?.roleIds ?? [],
      personIds: r.person ? [r.person.id] : [],
      name: r.attendee?.text ?? r.unknownName ?? (r.person ? r.person.text : null),
      text: r.roles?.text ?? r.person?.text ?? r.attendee?.text ?? r.unknownName ?? '',
    }),
  },
  {
    rank: 101,
    name: 'terms of reference',
    when: (r) => !!r.termsOfReference && !r.risks.length,
    then: (r) => ({
      intent: 'terms-of-reference',
      termsId: r.termsOfReference!.id,
      part: /\bchair/.test(r.text)
        ? 'chair'
        : /\bquor/.test(r.text)
          ? 'quorum'
          : /\b(members?|membership|who (sits|is) on|made up)\b/.test(r.text)
            ? 'membership'
            : /\b(how often|frequency|meets?|meeting)\b/.test(r.text)
              ? 'frequency'
              : /\b(purpose|for|why|what (does|is) it)\b/.test(r.text)
                ? 'purpose'
                : 'all',
    }),
  },
  {
    rank: 102,
    name: 'a committee’s alert, advise and assure report',
    when: (r) =>
      !r.risks.length &&
      !r.actionTarget &&
      (!!r.committeeReport || /\bcommittees?\b/.test(r.text) || !!r.committee) &&
      (has(r, 'alert') || /\b(aaa|alert advise assure)\b/.test(r.text)) &&
      !(r.facets.includes('assurances') && r.topicRisks.length > 0),
    then: (r) => ({
      intent: 'committee.report',
      reportId: r.committeeReport?.id ?? null,
      level: /\balert/.test(r.text)
        ? 'alert'
        : /\badvis/.test(r.text)
          ? 'advise'
          : /\b(assur|reassur)/.test(r.text) && !/\balert advise assure\b/.test(r.text)
            ? 'assure'
            : /\b(celebrat|outstanding)/.test(r.text)
              ? 'celebrating-outstanding'
              : /\bescalat/.test(r.text)
                ? 'alert'
                : null,
    }),
  },
  {
    rank: 103,
    name: 'the oversight segment',
    when: (r) => has(r, 'segment') && !r.risks.length && !/\b(risks?|baf|bafs)\b/.test(r.text),
    then: (r) => ({
      intent: 'performance',
      want: 'segment',
      organisationIds: r.organisationIds,
      indicatorIds: [],
    }),
  },
  {
    rank: 104,
    name: 'a paper',
    when: (r) =>
      !!r.paper &&
      !r.risks.length &&
      !r.actionTarget &&
      (!r.paper.bySponsor || has(r, 'say', 'decision', 'figure')) &&
      !has(r, 'agenda', 'attendance', 'apologies', 'minutes'),
    then: (r) => ({
      intent: 'paper',
      paperId: r.paper!.id,
      words: r.topic ?? '',
      want:
        has(r, 'decision') && !r.topic
          ? 'decision'
          : has(r, 'figure') || /\b(how much|how many|save|saving|savings)\b/.test(r.text)
            ? 'figures'
            : has(r, 'decision')
              ? 'decision'
              : 'say',
    }),
  },
  {
    rank: 110,
    name: 'matters arising',
    when: (r) => has(r, 'matters'),
    then: (r) => ({ intent: 'matters-arising', body: r.body }),
  },
  {
    rank: 120,
    name: 'declarations of interest',
    when: (r) => has(r, 'declarations'),
    then: (r) => ({ intent: 'minutes.declarations', body: r.body, date: minutesDate(r) }),
  },
  {
    rank: 121,
    name: 'attendance and apologies',
    when: (r) =>
      (has(r, 'apologies') && (asksAboutMinutes(r) || has(r, 'who'))) ||
      /\battend(ance|ed|ees|ing)?\b/.test(r.text) ||
      (has(r, 'attendance') &&
        has(r, 'who', 'list', 'minutes') &&
        asksAboutMinutes(r) &&
        !has(r, 'presenter')),
    then: (r) => ({
      intent: 'minutes.attendance',
      body: r.body,
      date: minutesDate(r),
      part: has(r, 'apologies') ? 'apologies' : /\bpresent\b/.test(r.text) ? 'present' : 'all',
    }),
  },
  {
    rank: 122,
    name: 'who presented an item',
    when: (r) =>
      has(r, 'presenter') &&
      has(r, 'who') &&
      !r.risks.length &&
      !has(r, 'actions', 'ownerQuestion'),
    then: (r) => ({
      intent: 'minutes.presenter',
      body: r.body,
      date: minutesDate(r),
      item: itemWords(r),
    }),
  },
  {
    rank: 130,
    name: 'an agenda',
    when: (r) => has(r, 'agenda'),
    then: (r) => {
      const date = meetingDateOf(r, 'meetings');
      return {
        intent: 'meeting.agenda',
        body: r.body,
        which: date ? { date } : has(r, 'last') ? 'last' : 'next',
      };
    },
  },
  {
    rank: 140,
    name: 'the minutes of a meeting',
    when: (r) => has(r, 'minutes') && !has(r, 'resolve') && !r.risks.length && !has(r, 'actions'),
    then: (r) => ({ intent: 'minutes.meeting', body: r.body, date: minutesDate(r) }),
  },
  {
    rank: 150,
    name: 'what a meeting resolved',
    when: (r) =>
      has(r, 'resolve') &&
      !r.risks.length &&
      !has(r, 'actions') &&
      (has(r, 'meeting', 'minutes') || !!r.pastPeriod || has(r, 'last')),
    then: (r) => ({ intent: 'minutes.resolutions', body: r.body, date: minutesDate(r) }),
  },
  {
    rank: 160,
    name: 'actions',
    when: (r) =>
      (has(r, 'actions', 'overdue', 'proposed', 'slipped') ||
        (has(r, 'revised') && !r.risks.length) ||
        (has(r, 'due') && !has(r, 'meeting')) ||
        ((!!r.roles || !!r.person) &&
          !r.risks.length &&
          !has(r, 'whoIs') &&
          (has(r, 'owns', 'open') || /\b(doing|working on|got on|plate|up to)\b/.test(r.text)))) &&
      !(has(r, 'ownerQuestion') && !!riskOf(r) && !has(r, 'actions')),
    then: (r) => ({
      intent: 'actions.list',
      scope: actionScope(r),
      filter: actionFilter(r),
      page: r.page,
    }),
  },
  {
    rank: 170,
    name: 'a meeting in a month or on a day',
    when: (r) =>
      has(r, 'meeting') &&
      !r.risks.length &&
      !has(r, 'risk') &&
      !!r.pastPeriod?.period.from &&
      !has(r, 'next', 'last'),
    then: (r) => {
      const date = meetingDateOf(r, 'meetings');
      const period = r.period ?? r.pastPeriod!;
      return {
        intent: 'meeting.on',
        body: r.body,
        period: date ? { from: date, to: date, label: period.period.label } : period.period,
      };
    },
  },
  {
    rank: 171,
    name: 'the last meeting',
    when: (r) => has(r, 'meeting') && has(r, 'last') && !r.risks.length && !has(r, 'risk'),
    then: (r) => ({ intent: 'meeting.last', body: r.body, detail: detailOf(r) }),
  },
  {
    rank: 172,
    name: 'the next meeting',
    when: (r) =>
      has(r, 'meeting') &&
      (has(r, 'next', 'time', 'place') || /\b(when|schedule|dates?|calendar)\b/.test(r.text)) &&
      !r.risks.length &&
      !has(r, 'risk'),
    then: (r) => ({ intent: 'meeting.next', body: r.body, detail: detailOf(r) }),
  },
  {
    rank: 180,
    name: 'a list of risks by a measure',
    when: (r) =>
      !r.risks.length &&
      (has(
        r,
        'aboveAppetite',
        'furthestFromTarget',
        'aboveTarget',
        'atTarget',
        'closestToTarget',
        'mostImproved',
        'moved',
        'gettingWorse',
        'lowest',
        'highest',
      ) ||
        r.scoreAbove !== null) &&
      (has(r, 'risk') || !r.topic || r.topicRisks.length === 0) &&
      riskListFilter(r) !== null,
    then: (r) => ({ intent: 'risk.list', registerId: r.registerId, filter: riskListFilter(r)! }),
  },
  {
    rank: 185,
    name: 'several risks about one topic: which?',
    when: (r) => ambiguousTopic(r) && !has(r, 'list') && has(r, 'risk'),
    then: (r) => ({
      intent: 'clarify',
      title: `Several risks are about ${r.topic}`,
      text: 'Which one do you mean?',
      choices: r.topicRisks
        .slice(0, 4)
        .map(
          (t) =>
            `${riskWords(t.ref, r)}${r.facets.length && !r.facets.includes('scores') ? ` ${r.facets.join(' and ')}` : ''}`,
        ),
    }),
  },
  {
    rank: 190,
    name: 'one risk',
    when: (r) =>
      r.risks.length === 1 ||
      (r.topicRisks.length > 0 &&
        !ambiguousTopic(r) &&
        (has(r, 'risk') || r.facets.some((f) => RISK_ONLY_FACETS.has(f)))),
    then: (r) => ({
      intent: 'risk.detail',
      risk: riskOf(r)!,
      facets: r.facets.length ? r.facets : ['scores'],
    }),
  },
  {
    rank: 195,
    name: 'a performance indicator',
    when: (r) =>
      !r.risks.length &&
      ((r.indicators.length > 0 && (r.indicatorNamed || has(r, 'figure') || !has(r, 'topicAsk'))) ||
        (!!r.performanceReport && !r.topic)) &&
      !has(r, 'actions', 'risk'),
    then: (r) => ({
      intent: 'performance',
      want: r.indicators.length ? 'indicator' : 'segment',
      organisationIds: r.organisationIds,
      indicatorIds: r.indicators,
    }),
  },
  {
    rank: 200,
    name: 'a list of risks',
    when: (r) =>
      (has(r, 'risk') ||
        (!!r.committee && /\b(goes? to|go to|overs\w*|reports? to|reviewed by)\b/.test(r.text))) &&
      riskListFilter(r) !== null &&
      (!r.topic || !!r.committee || !!r.strategicAim || !!r.band || has(r, 'heatMap')),
    then: (r) => ({ intent: 'risk.list', registerId: r.registerId, filter: riskListFilter(r)! }),
  },
  {
    rank: 210,
    name: 'strategy',
    when: (r) =>
      has(r, 'strategy') ||
      findNamed(r.text, r.ctx.vocabulary.strategies).length > 0 ||
      (has(r, 'progressWord') && strategyQuestion(r).ambitionIds.length > 0),
    then: strategyQuestion,
  },
  {
    rank: 220,
    name: 'a topic',
    when: (r) => r.topic !== null && (has(r, 'topicAsk') || r.text.split(' ').length <= 3),
    then: (r) => ({ intent: 'topic', text: r.topic!, registerId: r.registerId }),
  },
];

function detailOf(r: Reading): 'time' | 'place' | null {
  return has(r, 'place') ? 'place' : has(r, 'time') ? 'time' : null;
}

export const ORDERED_RULES = [...RULES].sort((a, b) => a.rank - b.rank);
