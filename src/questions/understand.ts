import { findNamed, readQuestion, type Reading, type ReadingContext } from './entities';
import {
  actionPickedFromList,
  worstOfOverdue,
  correctedAction,
  sameActionAsked,
  sameMinutesAsked,
  minuteBeside,
  minuteOfTheLast,
  minutesOnTheLastRisk,
  reportOfTheLastRisk,
  elsewhereInThePapers,
  paperOnTheLast,
  linkOfTheLast,
  ofTheSameMinute,
  workOfThePresenter,
  sameWorkInAnotherLog,
  sameListOfAnotherTrust,
  ANY_ON_THE,
  attendanceOfTrusts,
  workplanSectionAsked,
  ambitionOfTheLast,
  ambitionPartsOfTheLast,
  ambitionPickedFromList,
  riskPickedFromList,
  riskListAskedAgain,
  meetingPickedFromList,
  meetingBeside,
  meetingBesideADate,
  otherPartOfTheMeeting,
  anotherMeasureAsked,
  otherWorkAsked,
  figuresAgainstTarget,
  followUpQuestion,
  meetingDeadlineAsked,
  movementOfOneRisk,
  recordOfList,
  riskOfQuestion,
  ordinal,
  placesInList,
  shownOf,
  stillNarrowed,
  agendaItemAsked,
  agendaPlace,
  WHICH_ORGANISATION,
} from './followUp';
import { same } from './asks';
import { AppetiteLevel } from '../domain/risk';
import { CUES, LIST_NARROWED, WHO_ANSWERED } from './lexicon';
import { negatedForms } from './negation';
import { contentWords, escapeRegExp, stem } from './text';
import {
  actionFilter,
  CONFIDENCE_ASKED,
  decideByRules,
  SECRETARY_COMMAND_CUES,
  type Question,
} from './rules';
import type { CountsSide } from './answers';
import type { RiskFacet, RiskReference } from './question';
import { vocabularyRisk } from './vocabulary';

export { MAX_QUESTION_LENGTH } from './entities';
export { EXAMPLE_QUESTIONS } from './examples';

/**
 * Reads a question typed in Teams and says what it asks: the text is read once into entities and cues
 * (`entities.ts`), a follow-up borrows what it leaves out from the conversation's last question
 * (`followUp.ts`), and the ranked rules (`rules.ts`) decide. People do not type commands: this handles
 * fragments, typos, British spelling, abbreviations and indirect wording.
 */

export interface UnderstandContext extends ReadingContext {
  /** The conversation's last question, for follow-ups; null when there is none (or it expired). */
  last?: Question | null;
  /** The conversation's subjects before the last, newest first (`memory.ts`). */
  earlier?: readonly Question[];
}

/**
 * A question about the same minutes as the last one ("who sent apologies?" after "minutes of the
 * September board") keeps its meeting when it names none.
 */
function inherit(fresh: Question, last: Question, reading: Reading): Question {
  // A meeting's minutes, then "on the EMA one, who answered the veterans q?": that meeting's item on
  // the paper named, whose minute says who answered (the paper itself records no discussion).
  if (
    fresh.intent === 'paper' &&
    last.intent.startsWith('minutes.') &&
    'date' in last &&
    last.date &&
    reading.paper &&
    !reading.pastPeriod &&
    WHO_ANSWERED.test(reading.text)
  )
    return {
      intent: 'minutes.about',
      body: 'body' in last ? last.body : null,
      date: last.date,
      item: [reading.paper.text, reading.topic ?? ''].join(' ').trim(),
    };
  // A risk, then "how does that compare with LPT's own workforce risk?": the two side by side.
  const before = riskOfQuestion(last);
  if (
    fresh.intent === 'risk.detail' &&
    before &&
    !sameRisk(before, fresh.risk) &&
    reading.cues.has('pronoun') &&
    (reading.cues.has('compare') || /\b(against|stack up|measure up)\b/.test(reading.text))
  )
    return { intent: 'risk.compare', risks: [before, fresh.risk] };
  // Two risks compared, then "so which one is further away from target?": those two, not the register.
  if (
    fresh.intent === 'risk.list' &&
    last.intent === 'risk.compare' &&
    !reading.registerId &&
    /\b(which|what) (one|of (the|them|those)( two)?)\b|\bwhich is\b/.test(reading.text)
  )
    return last;
  // A paper, then "which areas are biggest?": the paper's figures of those, not the highest risks.
  if (
    fresh.intent === 'risk.list' &&
    (last.intent === 'paper' || last.intent === 'paper.figures') &&
    !reading.cues.has('risk') &&
    !reading.registerId
  )
    return {
      ...last,
      ...(last.intent === 'paper' ? { want: 'say' as const } : {}),
      words: [reading.topic, last.words].filter(Boolean).join(' '),
    };
  // A meeting's minutes, then "any actions carried over from it?": that body's action sheet.
  if (fresh.intent === 'matters-arising' && !fresh.body && 'body' in last && last.body)
    return { ...fresh, body: last.body };
  // A risk, then a short "and what's on me": the asker's actions on that risk.
  const lastRisk = riskOfQuestion(last);
  if (
    fresh.intent === 'actions.list' &&
    fresh.scope.kind === 'mine' &&
    !fresh.scope.within &&
    lastRisk &&
    reading.cues.has('myWork') &&
    reading.text.split(' ').length <= 5
  )
    return { ...fresh, scope: { ...fresh.scope, within: { kind: 'risk', risk: lastRisk } } };
  // A register's appetite, then "what does open mean?": that level of its appetite, not the word
  // searched; then "and on the LPT BAF?": the same of that register, not its list of risks.
  if (last.intent === 'risk.appetite') {
    const level =
      fresh.intent === 'definition' ? AppetiteLevel.safeParse(fresh.term.toLowerCase()) : null;
    if (level?.success) return { ...last, level: level.data };
    // "So which band is open?": of that register's appetite, not the default register's.
    if (fresh.intent === 'risk.appetite' && !fresh.registerId && !reading.registerId)
      return { ...fresh, registerId: last.registerId };
    if (
      fresh.intent === 'risk.list' &&
      fresh.filter.kind === 'all' &&
      reading.registerId &&
      reading.registerId !== last.registerId &&
      /^(?:and |what about |how about |same )?(?:on |for |in )?(?:the )?[a-z ]*\b(?:baf|register)\??$/.test(
        reading.text,
      )
    )
      return { ...last, registerId: reading.registerId };
  }
  // A risk, then "has it moved since April?": that risk's scores and their movement, not a list.
  if (
    fresh.intent === 'risk.list' &&
    lastRisk &&
    !reading.cues.has('risk') &&
    !reading.registerId &&
    /^(?:and |so |ok )?(?:has|is|did|does|was|have) (?:it|that|this)\b/.test(reading.text)
  )
    return last.intent === 'risk.detail'
      ? { ...last, facets: [...new Set([...last.facets, 'scores' as const])] }
      : { intent: 'risk.detail', risk: lastRisk, facets: ['scores'], about: null };
  // The asker's actions somewhere, then "what did I say last time on progress?": on those.
  if (
    fresh.intent === 'actions.list' &&
    fresh.scope.kind === 'mine' &&
    !fresh.scope.within &&
    fresh.progress &&
    last.intent === 'actions.list' &&
    last.scope.kind === 'mine' &&
    last.scope.within
  )
    return { ...fresh, scope: { ...fresh.scope, within: last.scope.within } };
  // Actions of a log (or a risk), then "any dodgy dates in there?": that log's (or risk's) flags.
  if (fresh.intent === 'data-quality' && !fresh.recordId && !fresh.registerId) {
    const scope =
      last.intent === 'actions.list'
        ? last.scope.kind === 'mine' || last.scope.kind === 'role'
          ? last.scope.within
          : last.scope
        : null;
    const recordId =
      scope?.kind === 'log'
        ? scope.logId
        : lastRisk
          ? (vocabularyRisk(reading.ctx.vocabulary, lastRisk)?.id ?? null)
          : null;
    if (recordId) return { ...fresh, recordId };
  }
  // "Which risk covers research?", then "who's doing the innovation strategy under it": that risk's.
  if (
    fresh.intent === 'actions.about' &&
    !fresh.within &&
    last.intent === 'risk.detail' &&
    reading.cues.has('pronoun') &&
    // ("The FTSU guardian tenure action was due end of June, wasn't it": the tag's "it" is the action.)
    !reading.checking
  )
    return { ...fresh, within: { kind: 'risk', risk: last.risk } };
  // A list of actions, then "are the gap analysis and the governance review both due march?": those
  // of the list's record (its log or risk), found by their words.
  if (
    fresh.intent === 'actions.about' &&
    !fresh.within &&
    last.intent === 'actions.list' &&
    // ("One of them has a date that isn't a real day": the list's flags, not an action's words.)
    /\b(both|either|neither)\b/.test(reading.text)
  ) {
    const within = recordOfList(last.scope);
    if (within) return { ...fresh, within };
  }
  // A table of the performance report, then "length of stay looks ugly - what's the number?": that
  // table's measure of it, for the same trust (not another table's of the same name).
  if (fresh.intent === 'performance' && last.intent === 'performance' && !reading.indicatorNamed) {
    const indicators = reading.ctx.vocabulary.indicators;
    const groupOf = (id: string) => indicators.find((i) => i.id === id)?.group;
    const groups = new Set(last.indicatorIds.map(groupOf));
    const [group] = groups;
    // (A whole set asked for afresh, "which sub-domain metric has the biggest gap", is not one measure.)
    if (
      groups.size === 1 &&
      group &&
      fresh.indicatorIds.length <= 3 &&
      fresh.indicatorIds.some((id) => groupOf(id) !== group)
    ) {
      const wordsOf = (id: string) =>
        new Set(contentWords(indicators.find((i) => i.id === id)?.names[0] ?? '').map(stem));
      const asked = new Set(fresh.indicatorIds.flatMap((id) => [...wordsOf(id)]));
      const best = indicators
        .filter((i) => i.group === group)
        .map((i) => ({ id: i.id, shared: [...wordsOf(i.id)].filter((w) => asked.has(w)).length }))
        .sort((a, b) => b.shared - a.shared)[0];
      if (best && best.shared >= 2)
        return {
          ...fresh,
          indicatorIds: [best.id],
          organisationIds: fresh.organisationIds.length
            ? fresh.organisationIds
            : last.organisationIds,
        };
    }
  }
  // One trust's figure, then another measure without a trust named ("what % of the overall waiting
  // list is over 52 wks?"): the same trust's.
  if (
    fresh.intent === 'performance' &&
    last.intent === 'performance' &&
    !fresh.organisationIds.length &&
    last.organisationIds.length &&
    !/\b(both|each|every|all|trusts|organisations|compare\w*|vs?|versus|group)\b/.test(reading.text)
  )
    return { ...fresh, organisationIds: last.organisationIds };
  // A minute, then "who agreed to take it forward?": said there, so its words are asked with these.
  if (
    fresh.intent === 'minutes.who-said' &&
    reading.cues.has('pronoun') &&
    (last.intent === 'minutes.who-said' || last.intent === 'minutes.about')
  )
    return {
      ...fresh,
      context: last.intent === 'minutes.about' ? last.item : last.words,
    };
  // A risk, then "has internal audit said anything about recruitment?": a part of that same risk when
  // its own record has those words, though another risk's title has them more.
  if (
    fresh.intent === 'risk.detail' &&
    fresh.risk.by === 'topic' &&
    fresh.facets.length &&
    !fresh.facets.includes('everything') &&
    // "…on the culture risk", "…on the LPT BAF": another risk named as one.
    !/\b(risk|risks|baf|register)\b/.test(reading.text) &&
    !reading.registerId
  ) {
    const before = riskOfQuestion(last);
    if (before && !sameRisk(before, fresh.risk) && recordHas(reading, before, reading.topic))
      return { ...fresh, risk: before };
    // "What's stopping it coming down - any money issues?": "it" is that risk, and the subject after
    // it ("any …") is asked of it, not a way to find another risk (said so where it has none).
    if (before && !sameRisk(before, fresh.risk) && askedOfItAfter(reading))
      return { ...fresh, risk: before, about: reading.topic ?? null };
  }
  const agendaItem = agendaItemAsked(reading, last);
  if (agendaItem) return agendaItem;
  // A meeting's agenda, then "and who is presenting the BAF paper?": that item at that meeting.
  if (
    fresh.intent === 'workplan' &&
    last.intent === 'meeting.agenda' &&
    typeof last.which === 'object' &&
    reading.cues.has('presenter') &&
    !fresh.date &&
    fresh.items?.length === 1
  )
    return {
      intent: 'minutes.presenter',
      body: last.body,
      date: last.which.date,
      item: fresh.items[0]!,
      upcoming: false,
    };
  // A strategy, then "how many objectives sit under it?": of that strategy.
  if (
    fresh.intent === 'strategy.progress' &&
    last.intent === 'strategy.progress' &&
    !fresh.strategyId &&
    last.strategyId &&
    reading.cues.has('pronoun')
  )
    return { ...fresh, strategyId: last.strategyId };
  // A minute by its reference, then "what did the board decide?": that minute, with its resolution.
  if (
    fresh.intent === 'minutes.resolutions' &&
    last.intent === 'minutes.item' &&
    !fresh.body &&
    !fresh.date &&
    !reading.pastPeriod &&
    // "…at the last meeting" names a meeting of its own.
    !/\b(last|latest|previous|recent|meeting|meetings)\b/.test(reading.text)
  )
    return last;
  // Risks above appetite, then "no, I meant on the LPT register": the same list on that register.
  if (
    fresh.intent === 'risk.list' &&
    last.intent === 'risk.list' &&
    reading.registerId &&
    fresh.filter.kind === 'all' &&
    last.filter.kind !== 'all' &&
    /^(no|sorry|nope|i meant|i mean|meant|what about|how about|and|ok|okay)\b/.test(reading.text) &&
    !/\b(all|every|whole|full)\b/.test(reading.text)
  )
    return { ...last, registerId: reading.registerId };
  // A list of risks, then "which of those has the furthest to go to target?": from that list, in its
  // register.
  if (fresh.intent === 'risk.list' && last.intent === 'risk.list' && !reading.registerId) {
    // ("Sort by score, lowest first": that list, in that order; a "top 3" sorted is every risk.)
    const ofThose =
      (/\b(of|among|from) (those|them|these|the ones|that lot|the list)\b/.test(reading.text) ||
        (/^(?:(?:and|now|ok|okay|then|so|can you|could you|pls|please) )*(sort|order|rank|re ?order|arrange|list) (them|those|these|it|by|in)\b/.test(
          reading.text,
        ) &&
          last.filter.kind !== 'highest' &&
          last.filter.kind !== 'lowest')) &&
      last.filter.kind !== 'all';
    // ("What changed on the BAF since the September board?": since a board's date, the register the
    // board now reviews, not the one of the last list.)
    const sinceABoard =
      fresh.filter.kind === 'since-last' &&
      (!!reading.pastPeriod ||
        /\bsince (the |our )?([a-z]+ )?(board|meeting|gtb)\b/.test(reading.text));
    return {
      ...fresh,
      registerId: fresh.registerId ?? (sinceABoard ? null : last.registerId),
      ...(ofThose ? { among: last.filter } : {}),
    };
  }
  // A risk, then "who's carrying the actions on that one?": that risk's actions, with their leads.
  if (
    fresh.intent === 'actions.list' &&
    fresh.scope.kind === 'all' &&
    lastRisk &&
    reading.cues.has('pronoun') &&
    !reading.registerId &&
    !reading.logSection
  )
    return {
      ...fresh,
      scope: { kind: 'risk', risk: lastRisk },
      ...(/\bwho\b/.test(reading.text) ? { tally: 'leads' as const } : {}),
    };
  // A list of actions, then "any overdue?": of those (a short question naming no actions of its own;
  // "actions proposed for closure" names a list of its own).
  if (
    fresh.intent === 'actions.list' &&
    fresh.scope.kind === 'all' &&
    last.intent === 'actions.list' &&
    last.scope.kind !== 'all' &&
    !(
      fresh.filter.status === 'proposed-for-closure' &&
      /^(the |all |any )?actions \w/.test(reading.text)
    ) &&
    (reading.text.split(' ').length <= 4 ||
      /\b(of them|of those|of these)\b/.test(reading.text) ||
      // "Only the ones that were due in 2025", "just those overdue".
      LIST_NARROWED.test(reading.text)) &&
    !/\b(all|every|everything|whole|across)\b/.test(reading.text)
  )
    return { ...fresh, scope: last.scope, filter: stillNarrowed(fresh.filter, last.filter) };
  // Ambitions, then "which is lowest?": the lowest of those ambitions, not the lowest-scoring risk.
  if (
    fresh.intent === 'risk.list' &&
    (fresh.filter.kind === 'lowest' || fresh.filter.kind === 'highest') &&
    last.intent === 'strategy.progress' &&
    !reading.registerId &&
    !reading.risks.length &&
    !/\b(risks?|baf|bafs|register|scor\w*)\b/.test(reading.text)
  )
    return {
      ...last,
      // ("Lowest confidence?", then "and lowest progress?": of all those the first was the lowest of,
      // not of the one it showed; the lowest of one ambition is no question.)
      ...(last.ambitionIds.length === 1 ? { ambitionIds: [] } : {}),
      below: null,
      count: null,
      extreme: { measure: measureOf(reading, last, 'progress'), which: fresh.filter.kind },
    };
  // Ambitions of one objective, then "which one has the lowest confidence?" (of those) or "and
  // confidence for Q4?" (the same ambitions again): of the same strategy and objective.
  if (
    fresh.intent === 'strategy.progress' &&
    last.intent === 'strategy.progress' &&
    !fresh.strategyId &&
    !fresh.objectiveId &&
    !fresh.themeId &&
    (fresh.extreme
      ? reading.followUp || /\b(one|ones|those|these|them)\b/.test(reading.text)
      : reading.followUp && !fresh.below && !fresh.ambitionIds.length)
  )
    return {
      ...fresh,
      strategyId: last.strategyId,
      objectiveId: last.objectiveId,
      themeId: last.themeId,
      ...(fresh.extreme ? {} : { ambitionIds: last.ambitionIds }),
      // ("How confident were they…?", then "which one's lowest?": the lowest confidence.)
      ...(fresh.extreme
        ? {
            extreme: { ...fresh.extreme, measure: measureOf(reading, last, fresh.extreme.measure) },
          }
        : {}),
    };
  // Closures in a month, then "how many were closed altogether, and when did SEB see the rest?": all
  // of them, whatever else the question names.
  if (
    last.intent === 'actions.list' &&
    (last.filter.status === 'closed' || last.filter.status === 'proposed-for-closure') &&
    last.filter.period &&
    /\bclos/.test(reading.text) &&
    /\b(altogether|all together|in total|total|overall|all told|the rest|all of them)\b/.test(
      reading.text,
    )
  ) {
    const { yearless: _yearless, ...filter } = last.filter;
    // "When did SEB see the rest": those a committee supported for closure.
    const proposals =
      !!reading.committee || /\b(the rest|see|saw|went|supported|propos\w*)\b/.test(reading.text);
    return {
      ...last,
      filter: {
        ...filter,
        status: proposals ? 'proposed-for-closure' : filter.status,
        period: null,
      },
      page: 1,
    };
  }
  // A figure for each trust, then "which trust is further off target?": those figures, compared (not
  // the risks furthest from target).
  if (
    last.intent === 'performance' &&
    fresh.intent === 'risk.list' &&
    !reading.registerId &&
    !reading.risks.length &&
    WHICH_ORGANISATION.test(reading.text)
  )
    return { ...last, organisationIds: [] };
  if (!fresh.intent.startsWith('minutes.') || !('date' in fresh) || fresh.date || fresh.body)
    return fresh;
  const lastDate =
    'date' in last && last.intent.startsWith('minutes.')
      ? last.date
      : last.intent === 'meeting.on'
        ? last.period.from
        : null;
  return lastDate ? { ...fresh, date: lastDate, body: 'body' in last ? last.body : null } : fresh;
}

const sameRisk = (a: RiskReference, b: RiskReference) =>
  a.registerId === b.registerId && a.number === b.number && a.draft === b.draft;

/** Whether a risk's own record (its controls, gaps, assurances, actions) has every word of a topic. */
function recordHas(reading: Reading, risk: RiskReference, topic: string | null): boolean {
  const id = vocabularyRisk(reading.ctx.vocabulary, risk)?.id;
  if (!id || !topic || !reading.ctx.passages) return false;
  return reading.ctx.passages
    .search(topic, { limit: 40, synonyms: false })
    .some((h) => h.doc.riskId === id && h.wordsMatched >= h.wordsAsked);
}

/**
 * "It" first, then "any …" of a subject ("what's stopping it coming down - any money issues?"): the
 * subject is asked of what "it" is.
 */
function askedOfItAfter(reading: Reading): boolean {
  const topic = reading.topic?.split(' ')[0];
  if (!topic) return false;
  const at = reading.text.search(new RegExp(`\\bany(?:thing)?(?: on| about| re)? ${topic}\\b`));
  const it = reading.text.search(/\b(it|its|it s|that|this)\b/);
  return at > 0 && it >= 0 && it < at;
}

/**
 * Who someone is, then "what is he down to present?": the question asked of them by name (read
 * afresh with the name for the pronoun), when it names no one else.
 */
function askedOfPersonNamed(reading: Reading, last: Question): Reading | null {
  if (last.intent !== 'people.who' || !last.name || last.roleIds.length > 1) return null;
  if (reading.attendee || reading.person || reading.roles) return null;
  const pronoun = /\b(he|she|him|his|her|hers)\b/i;
  if (!pronoun.test(reading.raw)) return null;
  const named = reading.raw.replace(pronoun, (p) =>
    /^(his|hers)$/i.test(p) ? `${last.name}'s` : last.name!,
  );
  return readQuestion(named, reading.ctx);
}

/**
 * Follow-ups decided before the rules, in this order, because the rules would read their words as
 * something else ("the last one", "just the NEDs", "actions?"): each is the last question narrowed,
 * or one thing it showed, or null.
 */
const ASKED_OF_THE_LAST: readonly ((reading: Reading, last: Question) => Question | null)[] = [
  correctedAction,
  sameActionAsked,
  sameMinutesAsked,
  minuteBeside,
  minuteOfTheLast,
  minutesOnTheLastRisk,
  reportOfTheLastRisk,
  elsewhereInThePapers,
  paperOnTheLast,
  linkOfTheLast,
  ofTheSameMinute,
  workOfThePresenter,
  sameWorkInAnotherLog,
  sameListOfAnotherTrust,
  worstOfOverdue,
  actionPickedFromList,
  attendanceOfTrusts,
  workplanSectionAsked,
  ambitionPickedFromList,
  ambitionPartsOfTheLast,
  ambitionOfTheLast,
  riskPickedFromList,
  riskListAskedAgain,
  meetingPickedFromList,
  meetingBeside,
  otherPartOfTheMeeting,
  anotherMeasureAsked,
  otherWorkAsked,
  meetingDeadlineAsked,
];

/**
 * The measure of the ambitions a follow-up asks of: the one it says, else the one asked before ("how
 * confident were they…?", then "which one's lowest?": the lowest confidence).
 */
function measureOf(
  reading: Reading,
  last: Extract<Question, { intent: 'strategy.progress' }>,
  read: 'progress' | 'confidence',
): 'progress' | 'confidence' {
  if (CONFIDENCE_ASKED.test(reading.text)) return 'confidence';
  if (/\bprogress\w*\b/.test(reading.text)) return 'progress';
  return (
    last.measure ?? last.extreme?.measure ?? last.below?.measure ?? last.equals?.measure ?? read
  );
}

/**
 * What a reading asks, as read (a negation is only what the rules make of it). A question that reads
 * as a follow-up ("and its gaps?", "who leads that?"), or that the rules cannot place on its own,
 * leans on the conversation's last question; a question that stands on its own is answered as asked.
 */
/** "Who?", "and who then?", "who's leading it?": who leads what was just shown (the verb, if said). */
const WHO_OF_IT =
  /^(?:(?:and|so|ok|okay|but|then|right) )*who(?: (?:is|s|was|are|were))?( (?:leading|leads|lead|led|presenting|presents|present|presented|bringing|brings|brought|responsible|accountable|owns|the owner|the lead|in charge))?(?: (?:it|that|this|them|those|for it|for that|of it|on it|that one|this one))?(?: (?:then|exactly|please|pls))?$/;

function decideAsRead(reading: Reading, last: Question | null): Question {
  // A secretary's command ("new meeting 28/01/2027 at 2pm, paper deadline 14 january") is never a
  // follow-up of the meeting just shown, whatever dates and deadlines it names.
  if (Object.values(SECRETARY_COMMAND_CUES).some((cue) => reading.cues.has(cue))) {
    const command = decideByRules(reading).question;
    if (command.intent === 'secretary') return command;
  }
  // "Who?", "and who leads it?" of an agenda item or a minute just shown: its card names its lead. A
  // bare "who?" of anything else: who leads or owns it.
  const whoOfIt = last ? WHO_OF_IT.exec(reading.text) : null;
  if (whoOfIt && last) {
    if ((last.intent === 'meeting.agenda' && last.place) || last.intent === 'minutes.item')
      return last;
    if (!whoOfIt[1])
      return decideAsRead(
        readQuestion(
          last.intent.endsWith('.list') ? 'who leads them' : 'who leads it',
          reading.ctx,
        ),
        last,
      );
  }
  for (const ask of last ? ASKED_OF_THE_LAST : []) {
    const picked = ask(reading, last!);
    if (picked) return picked;
  }
  // ("What comes after the 24 feb private meeting?": read before the rules, which see a date.)
  const beside = meetingBesideADate(reading);
  if (beside) return beside;
  const fresh = decideByRules(reading).question;
  // Only the floor held: the rules cannot place it on its own.
  const unplaced = fresh.intent === 'unknown';
  // A subject that is only asking words ("anything to advise?", "and that?") is the last question's.
  const needsSubject =
    unplaced ||
    fresh.intent === 'clarify' ||
    // A list of actions, then "which ones are on the culture risk?": some of that list.
    (last?.intent === 'actions.list' &&
      /^(?:(?:ok|so|and|now) )*(?:which|any) (?:ones|of (?:those|them|these|mine)) (?:are|r|is|were|sit|come)\b/.test(
        reading.text,
      )) ||
    // One risk, then "so no movement at all from initial to target?": of that risk.
    (!!last &&
      fresh.intent === 'risk.list' &&
      fresh.filter.kind === 'moved' &&
      !fresh.registerId &&
      movementOfOneRisk(reading, last) !== null) ||
    (fresh.intent === 'topic' &&
      (reading.cues.has('pronoun') ||
        // A fragment ("full year effect?") leans on what was just asked, when it can.
        reading.text.split(' ').length <= 3 ||
        fresh.text.split(' ').every((w) => Object.values(CUES).some((cue) => cue.test(w))))) ||
    // Who presented an item, then "what did he say about provider capability assessments?": in that
    // item, not a search of everything.
    (last?.intent === 'minutes.presenter' &&
      fresh.intent === 'topic' &&
      /\b(he|she|they)\b/.test(reading.text) &&
      reading.cues.has('say')) ||
    // A paper, then "when's the next report due to us?": when it comes back, not the actions due.
    (last?.intent === 'paper' &&
      fresh.intent !== 'paper' &&
      reading.cues.has('paperSchedule') &&
      !reading.paper) ||
    // Figures, then "of the three key areas which is the smallest": of those figures, not the risks.
    (!!last &&
      (last.intent === 'paper.figures' || (last.intent === 'paper' && last.want === 'figures')) &&
      fresh.intent === 'risk.list' &&
      !/\b(risks?|baf|bafs|register|scor\w*)\b/.test(reading.text)) ||
    // Figures found by their words, then "how much of that was People?": of those figures.
    (last?.intent === 'paper.figures' &&
      fresh.intent === 'paper.figures' &&
      reading.cues.has('pronoun') &&
      !reading.paper) ||
    // A list of actions, then "is there anything not due yet?": of that list, not every log's.
    (last?.intent === 'actions.list' &&
      fresh.intent === 'actions.list' &&
      fresh.scope.kind === 'all' &&
      last.scope.kind !== 'all' &&
      !reading.registerId &&
      !reading.logSection &&
      // ("Which actions are due in December?" names what it lists: asked afresh.)
      !/\bactions?\b/.test(reading.text) &&
      (reading.text.split(' ').length <= 6 ||
        // "Which ones were due by end of June 2025?": of those, however long.
        /\b(which|what|any) (ones|of (them|those|these))\b/.test(reading.text))) ||
    // A list of actions, then "which of those sits under the culture risk?": of that list, though a
    // risk is named.
    (last?.intent === 'actions.list' &&
      (/\b(which|any|how many|none|all) of (those|them|these|mine)\b/.test(reading.text) ||
        // "The one on providing the training, who's task lead?": one of that list.
        /^(and )?(the|that) (one|action) (on|about|for|re|covering)\b/.test(reading.text) ||
        // "Any on the EPRR risk?": of that list, those on it.
        ANY_ON_THE.test(reading.text) ||
        // "Did the tenure one for the guardian get closed?": one of that list, by its words.
        /\b(the|that) (?!(first|second|third|fourth|fifth|last|next|other|same|only|final|latest|earliest|new|old)\b)[a-z]+( (?!(and|or|the|next)\b)[a-z]+){0,3} one\b/.test(
          reading.text,
        ))) ||
    // A risk, then "who's on the hook for the actions?": that risk's actions, not every open one.
    (!!last &&
      (last.intent === 'risk.detail' || last.intent === 'risk.owner') &&
      fresh.intent === 'actions.list' &&
      fresh.scope.kind === 'all' &&
      !fresh.filter.period &&
      !reading.registerId &&
      !reading.logSection &&
      ((/\bthe actions\b/.test(reading.text) &&
        !/\b(all|every|any) (of )?the actions\b/.test(reading.text)) ||
        // ("Actions?", "and its actions": a fragment.)
        /^(and |what |any |its |their )?actions( then| too| please| pls)?$/.test(reading.text))) ||
    // The work asked about (or one action), then "task lead and due date?": its parts, not every
    // open action.
    ((last?.intent === 'actions.about' || last?.intent === 'action.detail') &&
      fresh.intent === 'actions.list' &&
      fresh.scope.kind === 'all' &&
      !fresh.filter.period &&
      !reading.registerId &&
      reading.text.split(' ').length <= 6);
  // ("Private board on 28 jan - what's item 3 and who's leading it?": that agenda's item, whatever
  // "it" was before.)
  const itemOfAMeeting = itemsNamed(reading, fresh);
  if (itemOfAMeeting !== fresh && fresh.intent !== 'meeting.agenda') return itemOfAMeeting;
  // Figures, then "which trust is missing the target?": asked with or without a follow-up's words.
  const ofFigures = last ? figuresAgainstTarget(reading, last) : null;
  if (ofFigures) return ofFigures;
  if (last && (reading.followUp || needsSubject)) {
    const followed = followUpQuestion(reading, last);
    if (followed) return followed;
  }
  // "When was that due?" with nothing before it: not every open action, but a question of what.
  const pointsAtNothing =
    !last &&
    fresh.intent === 'actions.list' &&
    fresh.scope.kind === 'all' &&
    !/\b(actions?|mine|my|me|i)\b/.test(reading.text) &&
    reading.text.split(' ').length <= 6;
  if (!unplaced && !pointsAtNothing) return last ? inherit(fresh, last, reading) : fresh;
  if (reading.followUp && reading.cues.has('pronoun') && !reading.topic)
    return {
      intent: 'clarify',
      title: 'What would you like to know about?',
      // (With nothing asked before, there is nothing to have lost track of.)
      text: last
        ? 'I have lost track of what "that" refers to. Name the risk, action or meeting, for example:'
        : 'Which risk, action or meeting do you mean? Name it, for example:',
      choices: [
        'Who owns the workforce risk?',
        'What are the gaps on Group BAF 3?',
        'When is the next board meeting?',
      ],
    };
  return fresh;
}

/**
 * "Go back to the first list", "back to the risks from before - which are LPT's?", "back to the overdue
 * ones", "the earlier one about BAF 3": the earlier subject meant (by place, by kind, or by what it was
 * about), and what is asked of it, if anything.
 */
function backToEarlier(
  reading: Reading,
  last: Question | null,
  earlier: readonly Question[],
): { to: Question; rest: string } | 'nothing kept' | null {
  const m =
    BACK_TO.exec(reading.raw) ?? FIRST_ASKED.exec(reading.raw) ?? EARLIER_ONE.exec(reading.raw);
  if (!m) return null;
  const said = m[1]!.toLowerCase().replace(TRAILING_COURTESY, '').trim();
  const rest = reading.raw
    .slice(m.index + m[0].length)
    .replace(/^[\s,;:.!?–—-]+/, '')
    .trim();
  const ofPlace = PLACE_AND_KIND.exec(said);
  if (ofPlace) {
    const place = ofPlace[1] ?? '';
    const what = ofPlace[2] ?? '';
    const lists = earlier.filter((q) => q.intent === 'actions.list' || q.intent === 'risk.list');
    const ofKind = /list/.test(what)
      ? lists
      : /risk/.test(what)
        ? earlier.filter((q) => q.intent.startsWith('risk.'))
        : /action/.test(what)
          ? earlier.filter((q) => q.intent.startsWith('action'))
          : earlier;
    // ("The first list": the first asked of those kept; otherwise the one just before. "Back to the
    // actions" with none asked: those of the risk talked about.)
    const to =
      (/^(first|original)$/.test(place) ? ofKind.at(-1) : ofKind[0]) ??
      (/action/.test(what) && !place ? actionsOfRiskTalkedAbout(last, earlier) : undefined);
    // (Said, not guessed: the words read afresh would answer something else.)
    if (!to) return place || !rest ? 'nothing kept' : null;
    return { to, rest };
  }
  // Described by what it was about: the earlier subject most like the description read on its own.
  const about = said
    .replace(DESCRIBED_AS_EARLIER, '')
    .replace(/\s+(one|ones|list|bit)$/, '')
    .trim();
  if (!about) return null;
  // ("The outstanding one": the outstanding actions, asked for on their own.)
  const to =
    [about, `${about} actions`, `${about} risk`]
      .map((words) => mostLike(decideAsRead(readQuestion(words, reading.ctx), null), earlier))
      .find(Boolean) ?? earlier.find((q) => wordedAs(q, about));
  return to ? { to, rest } : null;
}

function actionsOfRiskTalkedAbout(
  last: Question | null,
  earlier: readonly Question[],
): Question | undefined {
  const risk = [last, ...earlier].map((q) => q && riskOfQuestion(q)).find(Boolean);
  return risk
    ? {
        intent: 'actions.list',
        scope: { kind: 'risk', risk },
        filter: { status: 'open', period: null },
        page: 1,
      }
    : undefined;
}

/** "Go back to", "ok back to", "can we revisit", "what about the first thing I asked": then what. */
const BACK_TO =
  /^(?:\s*(?:ok|okay|sorry|hang on|wait|right|and|so|actually|can we|can you|could we|let'?s|please|now)[\s,]*)*(?:go(?:ing)? back to|back to|return(?:ing)? to|revisit)\s+(?:the|that|those|my)\s+([^,;:?!–—]+?)(?=\s+-\s|[,;:?!–—]|\s*$)/i;

/** "What about the first thing I asked?", "and my first question": the first subject kept. */
const FIRST_ASKED =
  /^(?:\s*(?:ok|okay|so|and|now)[\s,]*)*(?:what about|and|answer)\s+(?:the|my)\s+(first (?:thing|question)(?: (?:i|we) asked)?)(?=[,;:?!–—]|\s*$)/i;

/** "The earlier one about workforce - who leads its actions?": an earlier subject by what it was about. */
const EARLIER_ONE =
  /^(?:\s*(?:ok|okay|so|and|now|right|sorry)[\s,]*)*(?:what about |how about )?(?:the|that) ((?:earlier|previous|other|old|first) (?:one|ones|risk|list|question|thing)s? (?:about|on|re|with|for) [^,;:?!–—]+?)(?=\s+-\s|[,;:?!–—]|\s*$)/i;

const TRAILING_COURTESY = /(\s+(please|pls|thanks|again|for a sec|for a moment))+$/;

/** A place and a kind only: "first list", "earlier one", "previous question", "risks", "first thing i asked". */
const PLACE_AND_KIND =
  /^(?:(first|earlier|previous|original|other|last|old)\s+)?(lists?|ones?|questions?|risks?(?: list)?|actions?(?: list)?|answer|thing(?: (?:i|we) asked)?|list of (?:risks|actions))$/;

/** "Earlier one about", "question on", "list of": words that place it, not what it was about. */
const DESCRIBED_AS_EARLIER =
  /^(?:(?:first|earlier|previous|original|other|old)\s+)?(?:(?:one|ones|question|list|thing|bit)\s+(?:about|on|re|of|for|with|where)\s+)?/;

/**
 * The earlier subject sharing the most with a description: the same kind of question and at least one
 * thing asked of it (a status, a log, a risk, a person). The latest wins a tie.
 */
function mostLike(described: Question, earlier: readonly Question[]): Question | null {
  const wanted = facts(described);
  let best: Question | null = null;
  let bestShared = 0;
  for (const q of earlier) {
    const kept = facts(q);
    const shared = [...wanted].filter((f) => kept.has(f)).length;
    const sameKind = q.intent === described.intent ? 1 : 0;
    const score = shared ? shared + sameKind : 0;
    if (score > bestShared) [best, bestShared] = [q, score];
  }
  return best;
}

/** "The workforce one": a subject found by a topic, in the words it was found by. */
function wordedAs(q: Question, about: string): boolean {
  const worded = new Set(contentWords(wordingOf(q)).map(stem));
  const words = contentWords(about).map(stem);
  return words.length > 0 && words.every((w) => worded.has(w));
}

function wordingOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  return Object.entries(value)
    .map(([key, v]) =>
      key === 'text' || key === 'about' || typeof v === 'object' ? wordingOf(v) : '',
    )
    .join(' ');
}

/** What a question asks, as "path=value" facts, less its wording and page. */
function facts(q: Question, path = '', into = new Set<string>()): Set<string> {
  for (const [key, value] of Object.entries(q)) {
    const nothing = value == null || value === false;
    if (['intent', 'page', 'text', 'by', 'suggestions'].includes(key) || nothing) continue;
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'object') facts(value as Question, at, into);
    else if (!(key === 'kind' && value === 'all')) into.add(`${at}=${String(value)}`);
  }
  return into;
}

/**
 * Two risks asked of one after the other, then "any difference between them?", "which is worse?",
 * "compare the two": the two side by side.
 */
function bothCompared(
  reading: Reading,
  last: Question,
  earlier: readonly Question[],
): Question | null {
  // (Two compared already are asked of as they are: the rules keep them.)
  if (last.intent === 'risk.compare') return null;
  const now = riskOfQuestion(last);
  const before = earlier[0] ? riskOfQuestion(earlier[0]) : null;
  if (!now || !before || sameRisk(now, before) || reading.risks.length) return null;
  const text = reading.text;
  // ("Which is worse?", "which of the 2 is worse", "any diff between them")
  const ofBoth =
    /\b(them|they|both|the (two|2)|those (two|2)|these (two|2)|each other|the pair)\b/.test(text) ||
    /^(so |and |ok )?which (one |ones |of (the|those|these) (two|2) )?(is|s|one s|ones) /.test(
      text,
    );
  // (The lexicon's comparing words, and those that ask which of the two is more of something.)
  const compared =
    reading.cues.has('compare') ||
    /\b(differ\w*|diff|comparing|worse|better|higher|lower|bigger|smaller|same|similar|stack up|which (is|one))\b/.test(
      text,
    );
  return ofBoth && compared ? { intent: 'risk.compare', risks: [before, now] } : null;
}

/**
 * Two risks compared, then "actions?", "who leads each?", "and their gaps": the same asked of each
 * (the first, then the second), where it reads as a question of one risk. Null when the words ask of
 * the two together ("which is further from target?") or name a risk of their own.
 */
export function askedOfEach(
  reading: Reading,
  compared: Question,
  earlier: readonly Question[] = [],
): [Question, Question] | null {
  if (compared.intent !== 'risk.compare' || reading.risks.length) return null;
  const [a, b] = compared.risks;
  if (!a || !b || decide(reading, compared, earlier).intent === 'risk.compare') return null;
  // ("Which has more actions?": each one's actions, counted.)
  const more = WHICH_HAS_MORE.exec(reading.text);
  const ofEach = more
    ? readQuestion(`${reading.text.slice(more[0].length)}?`, reading.ctx)
    : reading;
  const asked = (risk: RiskReference) => {
    const q = decide(ofEach, { intent: 'risk.detail', risk, facets: [], about: null });
    const of = riskOfQuestion(q);
    return of && sameRisk(of, risk) ? q : null;
  };
  const first = asked(a);
  const second = first && asked(b);
  return first && second ? [first, second] : null;
}

/**
 * "Which has more gaps, BAF 1 or BAF 3?": two risks named with a count asked of them, as if they had
 * been compared first and then asked about ("which has more gaps?"). Null unless two are named and a
 * count is set side by side.
 */
export function askedOfEachNamed(
  reading: Reading,
): { asks: [Question, Question]; compared: Question; side?: CountsSide } | null {
  const [a, b] = reading.risks;
  if (!a || !b || reading.risks.length !== 2) return null;
  const side = countsSetSide(reading);
  if (!side) return partsCompared(reading, a, b, 'both');
  const rest = [a, b]
    .reduce((text, risk) => text.replace(risk.text, ' '), reading.text)
    .replace(/\b(or|and|vs|versus|v|between)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const compared: Question = { intent: 'risk.compare', risks: [a, b] };
  const asks = askedOfEach(readQuestion(rest, reading.ctx), compared);
  return asks ? { asks, compared } : partsCompared(reading, a, b, side);
}

/** Two things set against each other in one message: "BAF 1 vs BAF 2", "digital compared to research". */
const COMPARED_WORDS =
  /\b(vs|versus|v|compared?( with| to)?|comparing|comparison|side by side|against|difference|differ|contrast)\b/;

/** The parts of a risk that can be set side by side, risk by risk. */
const PARTS_COMPARED = new Set(['controls', 'gaps', 'assurances', 'actions', 'progress']);

/**
 * "BAF 1 vs BAF 2: main controls in each, side by side", "what got closed on the culture risk compared
 * with partnerships?": each risk's part (or its actions, as asked) in turn, the counts set side by side.
 * Null unless two risks are compared on something other than their scores.
 */
export function partsCompared(
  reading: Reading,
  a: RiskReference,
  b: RiskReference,
  side: CountsSide,
): { asks: [Question, Question]; compared: Question; side: CountsSide } | null {
  const facets = reading.facets.filter((f) => PARTS_COMPARED.has(f));
  // ("What's due from me on the culture risk compared with the workforce one?": the asker's.)
  const mine = CUES.mine.test(reading.text) || /\b(from|by|of) me\b/.test(reading.text);
  const ofActions =
    facets.includes('actions') ||
    mine ||
    (['closed', 'overdue', 'due'] as const).some((cue) => reading.cues.has(cue));
  if (!facets.length && !ofActions) return null;
  if (side === 'both' && !COMPARED_WORDS.test(reading.text)) return null;
  const asked = (risk: RiskReference): Question =>
    ofActions
      ? {
          intent: 'actions.list',
          scope: mine ? { kind: 'mine', within: { kind: 'risk', risk } } : { kind: 'risk', risk },
          filter: actionFilter(reading),
          page: 1,
        }
      : { intent: 'risk.detail', risk, facets, about: null };
  return {
    asks: [asked(a), asked(b)],
    compared: { intent: 'risk.compare', risks: [a, b] },
    side,
  };
}

/**
 * One risk's part, then "and how does that compare with the sustainability one?": the same part of
 * each, the counts set side by side. Null unless the new question is that part of another risk, with
 * a comparison asked.
 */
export function comparedWithLast(
  reading: Reading,
  asked: Question,
  last: Question,
): { asks: [Question, Question]; compared: Question; side: CountsSide } | null {
  if (asked.intent !== 'risk.detail' || last.intent !== 'risk.detail') return null;
  if (sameRisk(asked.risk, last.risk) || !COMPARED_WORDS.test(reading.text)) return null;
  const facets = last.facets.filter((f) => PARTS_COMPARED.has(f));
  if (!facets.length) return null;
  return {
    asks: [
      { ...last, facets },
      { ...asked, facets },
    ],
    compared: { intent: 'risk.compare', risks: [last.risk, asked.risk] },
    side: countsSetSide(reading) ?? 'both',
  };
}

/**
 * A list, then "the last two", "who leads the second and third?": each of those places asked in turn,
 * as if picked one at a time ("the 14th one", then "the 15th one"). Null when one place, or none.
 */
export function askedOfEachPicked(
  reading: Reading,
  last: Question,
  earlier: readonly Question[] = [],
): Question[] | null {
  const shown = shownOf(last);
  if (!shown?.length || reading.risks.length) return null;
  const picked = placesInList(reading.text, shown.length);
  const places = picked?.places.filter((i) => i >= 0 && i < shown.length) ?? [];
  if (places.length < 2 || places.length > 5) return null;
  const asked = places.map((i) =>
    decide(
      readQuestion(reading.text.replace(picked!.said, ` the ${ordinal(i + 1)} one `), reading.ctx),
      last,
      earlier,
    ),
  );
  return new Set(asked.map((q) => JSON.stringify(q))).size === asked.length ? asked : null;
}

/**
 * "Who's task lead on FTSU 9 and FTSU 11?", "when are ftsu 9 and 11 due": two to five actions of one
 * section named by their numbers, each asked in turn, as if named one at a time. Null when one.
 */
export function askedOfEachNumbered(reading: Reading): Question[] | null {
  const target = reading.actionTarget;
  if (target?.kind !== 'section') return null;
  const word = escapeRegExp(target.text.replace(/\s*\d+$/, ''));
  const m = new RegExp(
    `\\b${word} ${target.number}((?:(?: ?,| and| &| \\+)(?: ${word})? \\d{1,2})+)\\b`,
  ).exec(reading.text);
  // ("FTSU action 10 … compared to action 11": the other of the same section, by its number.)
  const other = m
    ? null
    : COMPARED_WORDS.test(reading.text)
      ? new RegExp(
          `\\b(?:compared?(?: with| to)?|vs|versus|against|and) (?:${word} )?(?:action |no |number )?(\\d{1,2})\\b`,
        ).exec(reading.text)
      : null;
  if (other && Number(other[1]) !== target.number)
    return [target.number, Number(other[1])].map((n) =>
      decide(
        readQuestion(
          reading.text
            .replace(other[0], ' ')
            .replace(target.text, target.text.replace(/\d+$/, String(n))),
          reading.ctx,
        ),
      ),
    );
  if (!m) return null;
  const numbers = [target.number, ...(m[1]!.match(/\d{1,2}/g) ?? []).map(Number)];
  if (new Set(numbers).size !== numbers.length || numbers.length > 5) return null;
  return numbers.map((n) =>
    decide(
      readQuestion(
        reading.text.replace(m[0], ` ${target.text.replace(/\d+$/, String(n))} `),
        reading.ctx,
      ),
    ),
  );
}

/**
 * "Who presented THRIVE vs the performance report at the sept board?": who presented each item, in
 * turn (the item's words before the "vs" or "and", then those after it). Null unless both sides name
 * something.
 */
function presentersOfEach(reading: Reading, asked: Question): Question[] | null {
  if (asked.intent !== 'minutes.presenter' || !asked.item) return null;
  const between = /\b(vs|versus|v|and|compared (with|to)|against)\b|&/.exec(reading.text);
  if (!between) return null;
  // ("The alert, advise and assure report", "the people and culture committee": one name.)
  const v = reading.ctx.vocabulary;
  const names = [v.papers, v.committees, v.committeeReports, v.meetingBodies].flatMap((things) =>
    findNamed(reading.text, things),
  );
  if (names.some((n) => /\b(and|vs)\b|&/.test(n.name))) return null;
  const words = asked.item.split(' ');
  const at = (w: string) => reading.text.indexOf(w);
  const before = words.filter((w) => at(w) >= 0 && at(w) < between.index);
  const after = words.filter((w) => at(w) > between.index);
  if (!before.length || !after.length) return null;
  return [before, after].map((side) => ({ ...asked, item: side.join(' ') }));
}

/**
 * "Which of mine are overdue and what's due next month?": a second list of actions that names no
 * actions of its own is of the same actions as the first.
 */
export function ofTheSameActions(first: Question, then: Question, words: string): Question {
  return first.intent === 'actions.list' &&
    then.intent === 'actions.list' &&
    then.scope.kind === 'all' &&
    first.scope.kind !== 'all' &&
    // ("…and all the overdue ones?": every log's, as said.)
    !/\b(all|every|everyone|everybody|whole|total|overall|anyone|anybody)\b/i.test(words)
    ? { ...then, scope: first.scope }
    : then;
}

/**
 * "FTSU 5 latest note, Group BAF 3 target and LPT BAF 4 score": an action named with risks, each in
 * turn (a reading decides on one record; the others would be lost). Null unless both are named.
 */
function actionAndRisks(reading: Reading, asked: Question): Question[] | null {
  if (asked.intent !== 'action.detail') return null;
  // ("Group BAF 1 action 2": the action's own risk is no other record.)
  const own = asked.target.kind === 'risk' ? asked.target.risk : null;
  const risks = reading.risks.filter(
    (r) => !own || r.number !== own.number || r.registerId !== own.registerId,
  );
  if (!risks.length || risks.length > 3) return null;
  const facets = reading.facets.filter((f) => f !== 'everything' && f !== 'progress');
  return [
    asked,
    ...risks.map((risk) => ({
      intent: 'risk.detail' as const,
      risk,
      facets: facets.length ? facets : (['scores'] as RiskFacet[]),
      about: null,
    })),
  ];
}

/** Every register asked: "both trusts", "across both BAFs", "all the registers". */
const EVERY_REGISTER =
  /\b(both (trusts|registers|bafs|organisations|orgs)|(all|every|each) (the )?(registers|bafs|trusts)|across (the |both )?(trusts|registers|bafs|board)|(group|lpt) and (group|lpt)( bafs?| registers?)?)\b/;

/** A register named as well as the one a list is of by default: "LPT ones too", "including LPT". */
const REGISTER_AS_WELL =
  /\b(ones|risks|bafs?|register|one|lpt|group|nhft) (too|as well)\b|\b(including|incl|plus|as well as|and also) (the )?(lpt|group|nhft|leicestershire|leics)\b/;

/**
 * "Which BAF risks are above appetite, both trusts?": the same list of each register in turn (a list
 * with no register named is the Group's alone). Null unless every register is asked of a list.
 */
function ofEveryRegister(reading: Reading, asked: Question): Question[] | null {
  if (asked.intent !== 'risk.list' || asked.mine) return null;
  // ("How far off target is each risk? LPT ones too": the register named as well as the Group's.)
  if (asked.registerId ? !REGISTER_AS_WELL.test(reading.text) : !EVERY_REGISTER.test(reading.text))
    return null;
  const registers = reading.ctx.vocabulary.registers;
  return registers.length > 1 ? registers.map((g) => ({ ...asked, registerId: g.id })) : null;
}

/** Who owns a risk, asked beside its parts: "score and owner", "target, appetite and lead". */
const OWNER_ASKED =
  /\b(owner|owned|owns|risk lead|lead(?! (on|for) (the|its) actions?)(?!s)|who leads|who is responsible|accountable)\b/;

/**
 * "Score and owner of BAF 2", "LPT BAF 04 target, appetite and lead": the risk's parts, then who owns
 * it, in turn (a risk's card names no owner, and who owns it says no score). Null unless both are asked.
 */
function ownerBeside(reading: Reading, asked: Question): Question[] | null {
  // ("Who's leading the actions on it?": who leads its actions, which the owner's answer says.)
  // (Nor "…who leads the CEO report item, also what's BAF 1 score": who leads something else.)
  if (
    reading.facets.includes('actions') ||
    /\b(items?|agenda|meetings?|minutes|papers?|report)\b/.test(reading.text)
  )
    return null;
  const parts = reading.facets.filter((f) => f !== 'everything' && f !== 'links');
  if (asked.intent === 'risk.owner' && parts.length)
    return [{ intent: 'risk.detail', risk: asked.risk, facets: parts, about: null }, asked];
  if (
    asked.intent === 'risk.detail' &&
    !asked.facets.includes('everything') &&
    OWNER_ASKED.test(reading.text)
  )
    return [asked, { intent: 'risk.owner', risk: asked.risk }];
  return null;
}

/**
 * A message whose one reading holds several questions, each asked in turn, and the one kept as the
 * conversation's subject: each item's presenter ("THRIVE vs the performance report"), a risk's parts
 * then its owner ("score and owner of BAF 2"), an action then each risk named beside it, a list of
 * each register ("both trusts"). Null when it holds one.
 */
export function askedInTurn(
  reading: Reading,
  whole: Question,
): { asks: Question[]; subject: Question } | null {
  // (Of a risk's parts and its owner, the risk's parts are what "and its gaps?" follows.)
  const withOwner = ownerBeside(reading, whole);
  if (withOwner) return { asks: withOwner, subject: withOwner[0]! };
  const asks =
    presentersOfEach(reading, whole) ??
    actionAndRisks(reading, whole) ??
    ofEveryRegister(reading, whole);
  return asks ? { asks, subject: asks.at(-1)! } : null;
}

/**
 * "Improvement section vs strategy section of the well-led plan - how many in each?", "which committee
 * signs off the leadership actions vs the strategy ones?": each section asked in turn, as if named alone
 * (the other's name left out). Null unless two to five sections of one log are compared.
 */
export function askedOfEachSection(reading: Reading): Question[] | null {
  if (!COMPARED_WORDS.test(reading.text) || reading.risks.length || reading.actionTarget)
    return null;
  const logs = reading.ctx.vocabulary.logs.filter(
    (l) => !reading.logSection || l.id === reading.logSection.logId,
  );
  for (const log of logs) {
    // (In the order named: "the FTSU ones compared to the leadership ones", FTSU first.)
    const named = findNamed(reading.text, log.sections).sort(
      (a, b) => reading.text.indexOf(a.name) - reading.text.indexOf(b.name),
    );
    if (named.length < 2 || named.length > 5) continue;
    const alone = (keep: (typeof named)[number]) =>
      named
        .filter((n) => n !== keep)
        .reduce(
          (text, n) => text.replace(new RegExp(`\\b${escapeRegExp(n.name)}\\b`), ' '),
          reading.text,
        )
        .replace(/\s+/g, ' ');
    const asked = named.map((n) => decide(readQuestion(alone(n), reading.ctx)));
    // Each must be of its own section, and all of one kind.
    const ofSection = asked.every(
      (q, i) =>
        q.intent === 'actions.list' &&
        (q.scope.kind === 'log' || (q.scope.kind === 'mine' && q.scope.within?.kind === 'log')) &&
        JSON.stringify(q).includes(`"sectionId":"${named[i]!.thing.id}"`),
    );
    return ofSection ? asked : null;
  }
  return null;
}

/** A list of actions, then "show more", "next 10", "the rest", "page 3": the next page of it (or that one). */
function pageAsked(reading: Reading, last: Question): Question | null {
  if (last.intent !== 'actions.list') return null;
  const m = MORE_OF_THE_LIST.exec(reading.text);
  if (!m) return null;
  return { ...last, page: m[1] ? Number(m[1]) : last.page + 1 };
}

const MORE_OF_THE_LIST =
  /^(?:(?:ok|okay|and|so|yes|yep|please|pls|can you|could you|now)\s+)*(?:page (\d{1,2})|(?:show|give|list|see)(?: me| us)? (?:more|the rest|the next (?:\d{1,2}|page|lot|ones)|(?:the )?next page)|more|more please|the rest|rest of (?:them|the list|the actions)|next(?: \d{1,2}| page| lot| ones| batch)?|keep going|carry on|go on)(?: please| pls| thanks)?$/;

const WHICH_HAS_MORE =
  /^(?:(?:and|so|ok) )?which (?:one |of (?:them|the two|the 2|those) )?(?:has|have|s got|has got|carries) (?:the )?(more|most|fewer|less|least|bigger|longer) (?:list of )?/;

/** "Compare on controls", "and compare them by gaps": two risks' parts set side by side. */
const COMPARE_ON =
  /^(?:(?:and|so|ok|okay|now) )?(?:compare|contrast)(?: them| the two| both| those)?(?: on| by| for| in terms of)? /;

/**
 * "Which has more actions?", "compare on controls", of two risks compared: which way their two
 * counts are to be set ("both": side by side, neither said to win).
 */
export function countsSetSide(reading: Reading): CountsSide | null {
  if (COMPARE_ON.test(reading.text)) return 'both';
  const side = WHICH_HAS_MORE.exec(reading.text)?.[1];
  return side ? (/^(fewer|less|least)$/.test(side) ? 'fewer' : 'more') : null;
}

export function understand(raw: string, ctx: UnderstandContext): Question {
  return decide(readQuestion(raw, ctx), ctx.last ?? null, ctx.earlier ?? []);
}

export function decide(
  reading: Reading,
  last: Question | null = null,
  earlier: readonly Question[] = [],
): Question {
  const back = backToEarlier(reading, last, earlier);
  if (back === 'nothing kept')
    return {
      intent: 'clarify',
      title: 'Which one do you mean?',
      text: 'I have nothing earlier in this conversation to go back to (I keep the last few subjects for an hour). Ask for it again, for example:',
      choices: [
        'My overdue actions',
        'Which risks are above appetite?',
        'When is the next board meeting?',
      ],
    };
  if (back) return back.rest ? decide(readQuestion(back.rest, reading.ctx), back.to) : back.to;
  const paged = last ? pageAsked(reading, last) : null;
  if (paged) return paged;
  const both = last ? bothCompared(reading, last, earlier) : null;
  if (both) return both;
  const asRead = itemsNamed(reading, decideAsRead(reading, last));
  // (Only where nothing else placed it: "what did she say?" is read as the follow-ups read it.)
  const ofPerson =
    last && (asRead.intent === 'unknown' || asRead.intent === 'clarify')
      ? askedOfPersonNamed(reading, last)
      : null;
  const question = ofPerson ? decideAsRead(ofPerson, null) : asRead;
  return lessWhatIsNegated(reading, question, last) ?? question;
}

/**
 * "Agenda item 5 for the jan 2026 board", "items 2 and 3 on the next agenda": that agenda, with those
 * items picked (as "and item 5?" picks them after an agenda).
 */
function itemsNamed(reading: Reading, question: Question): Question {
  const agenda =
    question.intent === 'meeting.agenda'
      ? question
      : /\bitems? (no |number )?\d/.test(reading.text)
        ? agendaOfTheMeeting(question)
        : null;
  if (!agenda || agenda.place || !/\bitems?\b/.test(reading.text)) return question;
  // (The date named is the meeting's: "jan 2026" gives no item 26.)
  const place = agendaPlace(reading.text.replace(reading.pastPeriod?.text ?? '\u0000', ' '));
  return place ? { ...agenda, place } : question;
}

/**
 * The agenda of the one meeting a question asks about ("board on 29 jan 2026 - what's item 3?", "next
 * board, item 4?"), its part kept: the next one, or the one on a day. Null for anything else.
 */
function agendaOfTheMeeting(q: Question): Extract<Question, { intent: 'meeting.agenda' }> | null {
  if ((q.intent !== 'meeting.next' && q.intent !== 'meeting.on') || q.detail) return null;
  const day = q.intent === 'meeting.on' && q.period.from === q.period.to ? q.period.from : null;
  if (q.intent === 'meeting.on' && !day) return null;
  return {
    intent: 'meeting.agenda',
    body: q.body,
    which: day ? { date: day } : 'next',
    ...(q.privatePart !== undefined ? { privatePart: q.privatePart } : {}),
  };
}

/**
 * A list asked for less what a negation names ("which actions aren't signed off by People?", "risks
 * not governed through F&P", "apart from BAF 05, my actions on the LPT BAF"): the list without the
 * negated words, leaving out the list the negated words pick. Only where the reading as typed took
 * no notice of the negation (it reads the same without it); where a rule reads the negation itself
 * ("risks NOT above appetite": within appetite), the rule's reading stands.
 */
function lessWhatIsNegated(
  reading: Reading,
  question: Question,
  last: Question | null,
): Question | null {
  if (!['actions.list', 'risk.list', 'risk.detail'].includes(question.intent)) return null;
  const forms = negatedForms(reading.raw);
  // A single risk is only a list's exception: "over appetite, not counting the draft one".
  if (!forms || (question.intent === 'risk.detail' && !forms.excepting)) return null;
  const { ctx } = reading;
  const positive = decideAsRead(readQuestion(forms.positive, ctx), last);
  const base = decideAsRead(readQuestion(forms.base, ctx), last);
  if (question.intent === 'risk.detail' || question.intent === 'risk.list') {
    if (base.intent !== 'risk.list') return null;
    // "Above appetite, not counting the draft": the risks named are left out.
    if (forms.excepting) {
      const named = readQuestion(forms.phrase, ctx).risks;
      return named.length ? { ...base, except: { risks: named } } : null;
    }
    if (!same(positive, question) || positive.intent !== 'risk.list') return null;
    if (same(base.filter, positive.filter) || base.registerId !== positive.registerId) return null;
    return { ...base, except: { filter: positive.filter } };
  }
  // "Which of those aren't…": those of the last list.
  const whole =
    base.intent !== 'actions.list' &&
    last?.intent === 'actions.list' &&
    /\b(those|these|them|ones)\b/i.test(forms.base)
      ? last
      : base;
  if (
    question.intent !== 'actions.list' ||
    positive.intent !== 'actions.list' ||
    whole.intent !== 'actions.list' ||
    !same(positive, question) ||
    same({ ...whole, page: 1 }, { ...positive, page: 1 })
  )
    return null;
  // "…not counting the ones shared with the ACE/DCE": those a role leads, as the lists leave them out.
  if (positive.scope.kind === 'role' && whole.scope.kind !== 'role')
    return {
      ...whole,
      page: question.page,
      filter: {
        ...whole.filter,
        notLedBy: { roleIds: positive.scope.roleIds, text: positive.scope.text, task: false },
      },
    };
  return {
    ...whole,
    page: question.page,
    except: { scope: positive.scope, filter: positive.filter },
  };
}
