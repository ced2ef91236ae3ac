import type { AgendaPick } from './answer/meetings';
import { addDays, formatDate, londonDateOf, londonToday } from '../domain/dates';
import type { IsoDate } from '../domain';
import {
  findNamed,
  indicatorsIn,
  itemName,
  meetingDateOf,
  passingTopicRisk,
  registerMeant,
  risksByTopic,
  rolesIn,
  STRONG_TOPIC_MATCH,
  workplanItemsTitled,
  type Reading,
} from './entities';
import {
  ARISING_FROM,
  CUES,
  LIST_NARROWED,
  ORDINAL_WORDS,
  POINTS_BACK,
  SAME_OF_ANOTHER,
  THAT_AMBITION,
  THING_POINTED_BACK,
  WHO_ANSWERED,
  WHAT_SOMEONE_WROTE,
  PAPERS_DUE,
} from './lexicon';
import type {
  ActionFilter,
  ActionNarrowing,
  ActionScope,
  Question,
  RiskReference,
} from './question';
import {
  BY_MONTH,
  PROGRESS_ASKED,
  tallyAsked,
  actionFilter,
  shortfallAsked,
  appetiteLevelIn,
  labelsNaming,
  levelAsked,
  notLedBy,
  targetAsked,
  committeeWord,
  keyWordsShared,
  minutesDate,
  LINK_ASKED,
  OVERSIGHT_ASKED,
  PAPERS_OF_RISK,
  paperWant,
  reportLevel,
  riskOf,
  SIGN_OFF,
  strategyFiguresAsked,
  figuresOf,
  termsPart,
  WHO_LEADS,
  WHO_SAID,
  leadAsked,
  ambitionPart,
  annexPartsAsked,
  ambitionsAtAnEnd,
  ambitionsByName,
  memberTrusts,
  boardSideAsked,
  RISK_MEASURES,
  REGISTER_UPDATED,
  riskListFilter,
} from './rules';
import { findPeriod, type FoundPeriod, monthsWithoutYear } from './periods';
import { contentWords, normalise, removePhrase, stem } from './text';
import { listInWords } from '../shared/views';
import { askedReference, meetingDaysOf, paperPresenting, vocabularyRisk } from './vocabulary';
import { titleAskedOf } from './titleAsked';

/**
 * Follow-ups: "and its gaps?", "what about assurances", "and the LPT one?", "who leads that?". A
 * conversation (a chat, or a thread in a channel) remembers the last question it asked about something;
 * a question that names no subject of its own, or starts like a follow-up, borrows from it. What the new
 * words name replaces what the last question had; what they leave out is kept.
 */

/** "Is there more to come?", "anything further expected?", "on top of that": what is expected besides. */
const MORE_TO_COME =
  /\b(more to come|any more (to come|coming|expected)|further (savings?|to come)|(anything|any) (else|more|further) (expected|coming|to come)|beyond that|on top of (that|it|this)|additional)\b/;

/** "When was it last updated?", "how recent is that?": of the last risk, its last update. */
const IT_UPDATED =
  /\b(last (updated|revised|reviewed|refreshed|changed|looked at)|when (was|were) (it|that|this|they) (updated|revised|reviewed|refreshed)|how (up to date|recent|current|old|stale) is (it|that|this))\b/;

/** "When is it reviewed?", "how often is it looked at?", "who reviews it?": of the last risk. */
const IT_REVIEWED =
  /\b(when|how often|how frequently|who) (is|are|does|do|will) (it|that|this|they) (next |get |be |usually |normally )?(reviewed|reviews?|updated|refreshed|looked at|scrutinised|scrutinized|revisited)\b|\bwho (reviews|scrutinises|scrutinizes|looks at) (it|that|this|them)\b/;

/** "And on the group BAF?", "what about the well-led plan": the same asked of another log. */
const ANOTHER_LOG =
  /^(and |so |what about |how about |same (for|on|in) |and what about )?(on |in |for |under )?(the )?([a-z]+ ){0,3}(baf|bafs|log|plan|register|action plan|action log)( one| ones| too| as well)?$/;

/** Some of a list, by what they are: "just the well-led ones", "only the group baf ones". */
const onlyThose = (text: string) =>
  LIST_NARROWED.test(text) &&
  /\b(?:ones?|actions?|tasks?|items?)(?: please| pls| thanks| then| only)?$/.test(text);

/** "Which are well led?", "any of them on the group baf?": those of a list on one log. */
const WHICH_ARE_ON =
  /^(?:(?:ok|so|and|now) )*(?:which|any)(?: ones?| of (?:those|them|these|mine))? (?:are|r|is|were|come|came)(?: (?:on|in|from|for|under|part of|off))?\b/;

/** "And the one before?", "and at the board before that?", "the previous one?": the meeting before. */
const ONE_BEFORE =
  /^(and |so |what about |how about |same (at |for |with |in )?|and at )?(the )?((one|meeting|board|time|session|minutes) before( that| it| last| then)?|(previous|prior|earlier|last but one) (one|meeting|board|minutes|session))$|^(and )?before that$/;

/** Asked of the minutes of one meeting: the same asked of the meeting before it, when there is one. */
function minutesBefore(r: Reading, last: Question): Question | null {
  switch (last.intent) {
    case 'minutes.resolutions':
    case 'minutes.meeting':
    case 'minutes.attendance':
    case 'minutes.declarations':
    case 'minutes.presenter':
    case 'minutes.about': {
      const held = r.ctx.vocabulary.minutes
        .filter((m) => !last.body || m.body === last.body)
        .map((m) => m.heldOn)
        .sort();
      // Meetings minuted or not: the answer says when the papers hold no minutes of one.
      const met = r.ctx.vocabulary.meetings
        .filter((m) => (!last.body || m.body === last.body) && m.part === 'public')
        .map((m) => m.date);
      const all = [...new Set([...held, ...met])].sort();
      // The meeting answered: the one on the day asked, else in the month asked, else the latest minuted.
      const asked = last.date;
      const answered = asked
        ? (all.find((d) => d === asked) ??
          all.filter((d) => d.startsWith(asked.slice(0, 7))).at(-1))
        : held.at(-1);
      if (!answered) return null;
      const earlier = all.filter((d) => d < answered).at(-1);
      return earlier ? { ...last, date: earlier } : null;
    }
    default:
      return null;
  }
}

/** Asks which day something is on: "what day of the week was that?", "which day is it". */
const DAY_ASKED = /\b(what|which) day\b|\bday of the week\b|\bwhat date\b/;

/** The risk a question is about, if any. */
export function riskOfQuestion(q: Question): RiskReference | null {
  switch (q.intent) {
    case 'risk.detail':
    case 'risk.owner':
      return q.risk;
    case 'risk.compare':
      return q.risks[0] ?? null;
    case 'risk.list':
      return q.top ?? null;
    case 'actions.list':
      if (q.scope.kind === 'risk') return q.scope.risk;
      return q.scope.kind === 'mine' && q.scope.within?.kind === 'risk'
        ? q.scope.within.risk
        : null;
    case 'actions.about':
      return q.within?.kind === 'risk' ? q.within.risk : null;
    case 'action.detail':
      return q.target.kind === 'risk' ? q.target.risk : null;
    default:
      return null;
  }
}

/** Whether a question is about something a follow-up can lean on (not help, small talk or a command). */
export function hasSubject(q: Question): boolean {
  return ![
    'help',
    'greeting',
    'secretary',
    'unanswered',
    'clarify',
    'unknown',
    'data-quality',
  ].includes(q.intent);
}

/** "The other one", after a risk its answer said another register also numbers so. */
const OTHER_ONE =
  /^(?:(?:and|ok|so|what about|how about|show me|now|same for|for) )*(?:the )?other (?:one|register(?: s)?|registers|baf|trusts?|trust s|trust s one|version)(?: then| please| pls| too)?$/;

/** The one register besides the risk's own that has a risk of its number. */
function theOtherRegister(r: Reading, risk: RiskReference): string | null {
  const own = registerMeant(risk.registerId, r.ctx);
  const others = new Set(
    r.ctx.vocabulary.risks
      .filter((x) => x.registerId !== own && x.number === risk.number && risk.number !== null)
      .map((x) => x.registerId),
  );
  return others.size === 1 ? [...others][0]! : null;
}

/**
 * The same risk in another register: by its topic words where it was named by them; by number where
 * the other register has that number; else the risk there sharing most of its keywords ("LPT BAF 06",
 * then "what about the group version": the Group's draft workforce risk).
 */
function inRegister(risk: RiskReference, r: Reading, registerId: string): RiskReference {
  const there = r.ctx.vocabulary.risks.filter((x) => x.registerId === registerId);
  const named = (found: (typeof there)[number]): RiskReference => ({
    registerId,
    number: found.number,
    draft: found.draft,
    text: risk.text,
    by: 'topic',
  });
  if (risk.by === 'topic') {
    const found = there.find((x) =>
      x.names.some((n) => risk.text.includes(n) || n.includes(risk.text)),
    );
    if (found) return named(found);
  }
  // The same number there, or a draft where the other register has a draft too.
  const same = (x: (typeof there)[number]) =>
    risk.number === null ? risk.draft && x.draft : x.number === risk.number;
  if (risk.number === null && !risk.draft) return { ...risk, registerId };
  const shared = keyWordsShared(r.ctx.vocabulary, risk, registerMeant(risk.registerId, r.ctx));
  const best = [...there].sort((a, b) => shared(b) - shared(a))[0];
  const numbered = there.find(same);
  // The risk there about the same thing, when it shares more of this one's key words than the risk
  // of the same number ("Group BAF 4, culture", then "and for LPT?": LPT's culture risk, BAF 07).
  if (best && shared(best) > 0 && (!numbered || shared(best) > shared(numbered)))
    return named(best);
  // ("The digital risk", then "what about the LPT one?": a register with no risk about it is said to
  // have none, not given its risk of the same number, about something else.)
  if (risk.by === 'topic' && (!best || shared(best) === 0))
    return { ...risk, registerId, number: null };
  return { ...risk, registerId };
}

/** The other members of the group the given organisations belong to ("the other trust"). */
function otherMembers(r: Reading, organisationIds: readonly string[]): string[] {
  const group = r.ctx.vocabulary.organisations.find((o) =>
    organisationIds.some((id) => o.memberIds.includes(id)),
  );
  return group ? group.memberIds.filter((id) => !organisationIds.includes(id)) : [];
}

const has = (r: Reading, ...cues: Parameters<Reading['cues']['has']>[0][]) =>
  cues.some((c) => r.cues.has(c));

/**
 * A risk found only by a passing word of a question that points back ("why is it scored so high?",
 * "what does that mean in numbers?"): not another subject; a risk about the topic matches far more
 * strongly.
 */
function passingTopic(r: Reading): boolean {
  return !r.risks.length && has(r, 'pronoun') && passingTopicRisk(r.topicRisks, r.facets);
}

/** Who might have spoken to an item, asked of: "anyone", "any of the NEDs", "the executives". */
const SPEAKERS_ASKED_OF =
  /\b(anyone|anybody|someone|somebody|members?|(any|one|none|either|both) (of )?(the |our )?(non executive directors?|non execs?|neds?|directors?|executives?|execs?|governors?|board|members)|the (non executive directors?|non execs?|neds?|executives?|execs?))\b/;

/** "Who's leading that work?": the topic is only the thing pointed back to. */
function onlyPointedBack(r: Reading): boolean {
  const pointed = new RegExp(THING_POINTED_BACK.source, 'g');
  const nouns = new Set([...r.text.matchAll(pointed)].map((m) => m[2]!));
  return nouns.size > 0 && !!r.topic && r.topic.split(' ').every((w) => nouns.has(w));
}

/** Some of a list, narrowed: "just the ones on baf 01", "only those for BAF 3", "which of them are on…". */
const narrowedTo = (text: string) =>
  LIST_NARROWED.test(text) ||
  /^(?:(?:the )?ones?|those|them)\b.*\b(?:on|for|under|against|in|of|about)\b/.test(text);

/**
 * An agenda, then "and who presents the first item?", "what's item 4?", "who's leading the last
 * item?": that item of the agenda (not of the last minutes), asked as a follow-up or not.
 */
export function agendaItemAsked(r: Reading, last: Question): Question | null {
  // ("Items 3 to 5" is no date.)
  const dated = !!r.pastPeriod && !AGENDA_RANGE.test(r.text);
  if (last.intent !== 'meeting.agenda' || dated || r.minuteReference || r.risks.length) return null;
  const place = agendaPlace(r.text);
  // ("And the private one? what's item 3 on it": that item of the same day's private part.)
  const part = otherPartAsked(r.text);
  return place ? { ...last, ...part, place } : part ? { ...last, ...part } : null;
}

/**
 * The next meeting (or one on a day), then "and the private one?": the same asked of its other part
 * (whose day and time only its members see where others may).
 */
export function otherPartOfTheMeeting(r: Reading, last: Question): Question | null {
  if (last.intent !== 'meeting.next' && last.intent !== 'meeting.on') return null;
  const part = otherPartAsked(r.text);
  if (!part || r.text.split(' ').length > 6 || r.pastPeriod || r.period) return null;
  return { ...last, ...part };
}

/** Which part of a meeting "and the private one?", "what about the public session" asks for. */
function otherPartAsked(text: string): { privatePart: boolean } | null {
  const part = OTHER_PART.exec(text);
  return part ? { privatePart: !/^(public|part (1|i|one))$/.test(part[1]!) } : null;
}

/** "And the private one?", "the part 2 agenda", "what about the public session": the other part. */
const OTHER_PART =
  /^(?:(?:and|what about|how about|ok|so|now) )*(?:the |its )?(private|confidential|closed|part (?:2|ii|two)|public|part (?:1|i|one))( one| part| session| meeting| board| agenda| bit| business)?\b/;

/** "Items 9 and 10", "nos 3, 4 and 5", "9 and 10?": agenda items by their numbers. */
const AGENDA_NUMBERS =
  /\b(?:items?|nos?|numbers?) (\d{1,2}(?:(?: ?(?:,|and|&|\+) ?| )\d{1,2})+)\b|^(?:and |what about |what are |what s |whats |show me )?(\d{1,2}(?:(?: ?(?:,|and|&) ?| )\d{1,2})+)$/;
/** "Items 3 to 5", "items 1-4": a run of agenda items. */
const AGENDA_RANGE = /\bitems? (\d{1,2}) ?(?:to|-|–|through|thru|till|until) ?(\d{1,2})\b/;
/** "Who's presenting 12", "and 7?", "what's no 3": an agenda item by its number alone. */
const AGENDA_NUMBER_ALONE =
  /\b(?:presenting|presents|presented|leading|leads|bringing|brings|taking|introducing) (?:no |number )?(\d{1,2})$/;
/** "And 7?", "what about no 6", "what's 3": another of the same kind, by its number alone. */
const NUMBER_ALONE =
  /^(?:(?:and|what about|how about|ok|okay|now|then|what s|whats|what is|show me) )*(?:no |number )?(\d{1,2})$/;

/** Agenda items by their place: "the first item", "item 4", "the last paper", "the last two". */
export function agendaPlace(text: string): AgendaPick | null {
  const end = PLACES_AT_AN_END.exec(text);
  if (end) {
    const n = COUNT_WORDS[end[2]!] ?? Number(end[2]);
    return /^(last|bottom)$/.test(end[1]!)
      ? { last: n }
      : Array.from({ length: n }, (_, i) => i + 1);
  }
  // "Items 3 to 5": each of them (twelve at most).
  const range = AGENDA_RANGE.exec(text);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (from >= 1 && to > from)
      return Array.from({ length: Math.min(to - from + 1, 12) }, (_, i) => from + i);
  }
  const numbers = AGENDA_NUMBERS.exec(text);
  if (numbers)
    return (numbers[1] ?? numbers[2]!)
      .match(/\d{1,2}/g)!
      .map(Number)
      .slice(0, 12);
  const two = TWO_PLACES.exec(text);
  if (two) {
    const [a, b] = (two[1] ? [two[1], two[2]!] : [two[3]!, two[4]!]).map(agendaPlaceWord);
    if (a && b) return [a, b];
  }
  const numbered =
    /\bitem (?:no |number )?(\d{1,2})\b/.exec(text) ??
    AGENDA_NUMBER_ALONE.exec(text) ??
    NUMBER_ALONE.exec(text);
  if (numbered) return Number(numbered[1]);
  const m =
    /\b(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|opening|closing|\d{1,2}(?:st|nd|rd|th)) (?:item|paper|agenda item|thing|one)\b/.exec(
      text,
    );
  return m ? agendaPlaceWord(m[1]!) : null;
}

/** "Second", "12th", "last", "opening": an agenda item's place, said in a word. */
function agendaPlaceWord(word: string): number | 'last' | null {
  if (word === 'last' || word === 'final' || word === 'closing') return 'last';
  if (word === 'opening') return 1;
  return /^\d/.test(word) ? parseInt(word, 10) : (ORDINAL_WORDS[word] ?? null);
}

/** Asked to see what the last answer counted or listed, and nothing more. */
const SHOW_THEM =
  /^(?:(?:ok|okay|so|and|right|go on|great|thanks|cheers|oh)\s+)*(?:(?:which|what) ones?(?: (?:are|were|was|is) (?:they|those|these|them|it))?|(?:which|what|who) (?:are|were) (?:they|those|these|them)|(?:can you |could you |pls |please )?(?:list|name|show|give|tell)(?: me| us)? (?:them|those|these|the ones|the list|which)(?: all)?|show me|details|go on then|how many (?:is|are|was|were) (?:that|those|they|there|them|these)|how many (?:of them|of those|of these|in total|altogether|all told|is it)|(?:what is |what s |whats )?the (?:count|total|number)|count them)(?: (?:in total|altogether|pls|please|then|again|thanks))*$/;

/** The last question as a list: what it counted or tallied, shown. */
function itemsOf(last: Question): Question {
  if (last.intent === 'actions.list' && last.tally) {
    const { tally: _counted, ...list } = last;
    return list;
  }
  if (last.intent === 'strategy.progress' && last.count) return { ...last, count: null };
  return last;
}

/** A question that names nothing new of its own: only a follow-up can make sense of it. */
function namesNothing(r: Reading): boolean {
  return (
    !r.risks.length &&
    (!r.topicRisks.length || passingTopic(r) || onlyPointedBack(r)) &&
    !r.actionTarget &&
    !r.minuteReference &&
    !r.roles &&
    !r.person &&
    !r.logSection &&
    !r.committee
  );
}

/** Whether a question's topic has words of its own, beyond the work last asked about. */
function namesOwnWork(r: Reading, lastWords: string): boolean {
  if (!r.topic) return false;
  const known = new Set(contentWords(lastWords).map(stem));
  return contentWords(r.topic).some((w) => !known.has(stem(w)) && !NOT_WORK.has(w));
}

/** Words of a question about some work that name no work of their own ("anything against it yet?"). */
const NOT_WORK = new Set('against yet anything something far now still reported latest'.split(' '));

/** "…not above it", "…aren't over that": the risks within a tolerance, asked after it. */
const NOT_ABOVE_IT =
  /\b(not|aren t|arent|isn t|isnt|weren t|werent|wasn t|wasnt) (above|over|outside|beyond)\b/;

/** A measure asked for by whom it counts: "adults or children?", "what's the split?". */
const BREAKDOWN_ASKED =
  /\b(adults?|children|child|kids|young people|breakdown|broken down|split|split between)\b/;
/** Words that say whom a measure counts, or that it counts everyone. */
const WHOM = new Set(['adult', 'adults', 'children', 'child', 'total', 'overall']);

/**
 * The measures that split those given by whom they count ("52 week total waiters": the adult and the
 * children's), in the report's own order.
 */
function breakdownOf(r: Reading, indicatorIds: readonly string[]): string[] {
  const { indicators } = r.ctx.vocabulary;
  const base = (name: string) =>
    name
      .split(' ')
      .filter((w) => !WHOM.has(w))
      .join(' ');
  const wanted = new Set(
    indicatorIds
      .flatMap((id) => indicators.find((i) => i.id === id)?.names.slice(0, 1) ?? [])
      .map(base),
  );
  // One group named ("how many of those are kids"): that group's; both, or a split, asked: each.
  const adults = /\badults?\b/.test(r.text);
  const children = /\b(children|child|kids|young people)\b/.test(r.text);
  const groups =
    adults === children
      ? /\b(adults?|children|child)\b/
      : adults
        ? /\badults?\b/
        : /\b(children|child)\b/;
  return indicators
    .filter((i) => {
      const name = i.names[0] ?? '';
      return !indicatorIds.includes(i.id) && groups.test(name) && wanted.has(base(name));
    })
    .map((i) => i.id);
}

/** Words of a figure follow-up that name no figure ("and what about the…?"). */
const NOT_FIGURE = new Set('what about and the its it that this how much many figure'.split(' '));

/** A question naming a meeting, a paper or a report, or asking for minutes or risks, is not about an action. */
function namesOtherRecord(r: Reading, pointsBack = false): boolean {
  return (
    !!r.body ||
    !!r.paper ||
    !!r.committeeReport ||
    !!r.termsOfReference ||
    !!r.performanceReport ||
    // "How many days overdue is that as of today?": today is when it is asked, not another record.
    (!!r.pastPeriod && !/^(today|now|to date)$/.test(r.pastPeriod.text.toLowerCase())) ||
    // "How many staff have done this training?": a measure found by a word of what "this" points
    // back to ("training") is not another record.
    (r.indicators.length > 0 &&
      !(pointsBack && !r.indicatorNamed && THING_POINTED_BACK.test(r.text))) ||
    has(r, 'minutes', 'risk') ||
    // "Which of the trust ambitions is furthest behind?": a strategy's ambitions.
    /\b(ambitions?|objectives)\b/.test(r.text)
  );
}

/** "And which has reached target already?", "which are above appetite?": asked of a list of risks. */
const WHICH_OF_THE_LIST =
  /^(?:(?:and|so|ok|okay|then|now|but) )*(?:which|what|any)(?: ones?| risks?)? (?:has|have|is|are|s|r|was|were)\b/;

/**
 * Risks, then "and which has reached target already?": risks of the same register by that measure
 * (asked before the rules, which would read "target" as figures against their printed targets).
 */
export function riskListAskedAgain(r: Reading, last: Question): Question | null {
  if (last.intent !== 'risk.list' || r.risks.length || r.registerId || r.indicators.length)
    return null;
  if (!WHICH_OF_THE_LIST.test(r.text)) return null;
  const filter = riskListFilter(r);
  return filter && filter.kind !== 'all'
    ? { intent: 'risk.list', registerId: last.registerId, filter }
    : null;
}

/** "What's the worst one?", "which is worst of them": of a list, its worst. */
const WORST_OF_THEM =
  /^(?:(?:and|so|ok) )?(?:what is |what s |whats |which is |which s |show me )?(?:the )?worst(?: one| of (?:them|those|these)| offender)?$/;

/** What is asked of one action, without pointing back at it: "due date?", "task lead?", "signed off?". */
const ASKED_OF_AN_ACTION =
  /\b(due|date|dates|deadline|lead|leads|owner|owns|status|progress|sign(ed|s)? off|committee|done|complete|completed|closed|overdue|late|history|updates?|revised|moved|slipped|rag|delivery)\b/;

/** Against a register's appetite: above it, or within it. */
const ABOVE_OR_WITHIN =
  /\b(above|over|outside|exceed\w*|beyond|breach\w*|within|inside|under|below)\b/;

/** Risks said to be of what was just shown: "risks did they flag against it", "its risks". */
const ITS_RISKS =
  /\brisks?\b.*\b(against|to|for|of|on|facing|behind|with) (it|them|that|this)\b|\b(its|their) ([a-z]+ )?risks?\b|\brisks? (did|have|has|do|does) (they|it) (flag|raise|note|identify|report|list|mention|cite)\w*/;

/** A place in a list: a word ("second", "twelfth"), a figure with its ending ("12th"), or "last". */
const PLACE =
  '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|last|\\d{1,2}(?:st|nd|rd|th))';

/** "The second one", "the 12th risk", "the last of them", "the third on that list". */
const PLACE_IN_LIST = new RegExp(
  `\\b${PLACE} (one|risk|action|item|of (them|those|these)|on (the|that|this|my) list)\\b`,
);
/** "And the third?", "what about the last", "show me the 4th": a place alone, after a list. */
const PLACE_ALONE = new RegExp(
  `^(?:and |what about |how about |then |ok |okay |show me |open |give me |pull up )*(?:the )?${PLACE}(?: please| pls)?$`,
);
/** "No. 12 on that list", "number 3", "#4": a place by its number. */
const NUMBER_ON_LIST =
  /^(?:(?:and|ok|so|what about|show me|open) )*(?:the )?(?:no|number|num|#) ?(\d{1,2})(?: (?:on|in|from|of) (?:the|that|this|my) list)?(?: please| pls)?$|\b(?:no|number|num|#) ?(\d{1,2}) (?:on|in|from|of) (?:the|that|this|my) list\b/;
/** "The last two", "the first three", "top 3": several places from one end. */
const PLACES_AT_AN_END =
  /\b(?:the )?(first|last|top|bottom) (two|three|four|five|2|3|4|5)\b(?= (?:ones?|of|on|in|from|items?|actions?|please|pls|then)\b|[?.!]?$)/;
/** "The second and third", "the 3rd and 4th ones", "numbers 3 and 4": two places named. */
const TWO_PLACES = new RegExp(
  `\\b(?:the )?${PLACE}(?: one)? (?:and|&|\\+) (?:the )?${PLACE}(?: ones?)?\\b|\\b(?:numbers|nos|items) (\\d{1,2}) (?:and|&|\\+) (\\d{1,2})\\b`,
);
const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const ending =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${ending}`;
}

function placeIndex(place: string, length: number): number {
  return place === 'last'
    ? length - 1
    : /^\d/.test(place)
      ? parseInt(place, 10) - 1
      : (ORDINAL_WORDS[place] ?? 0) - 1;
}

/**
 * The places in a list of `length` a follow-up picks ("the 12th one", "no. 3 on that list", "the
 * last two", "the second and third"), in order; null when it names no place.
 */
export function placesInList(
  text: string,
  length: number,
): { places: number[]; said: string } | null {
  const end = PLACES_AT_AN_END.exec(text);
  if (end) {
    const n = Math.min(length, COUNT_WORDS[end[2]!] ?? Number(end[2]));
    const first = /^(last|bottom)$/.test(end[1]!) ? length - n : 0;
    return { places: Array.from({ length: n }, (_, i) => first + i), said: end[0] };
  }
  const two = TWO_PLACES.exec(text);
  if (two) {
    const [a, b] = two[1] ? [two[1], two[2]!] : [two[3]!, two[4]!];
    return { places: [placeIndex(a, length), placeIndex(b, length)], said: two[0] };
  }
  const one = PLACE_IN_LIST.exec(text) ?? PLACE_ALONE.exec(text);
  if (one) return { places: [placeIndex(one[1]!, length)], said: one[0] };
  const numbered = NUMBER_ON_LIST.exec(text);
  return numbered
    ? { places: [parseInt(numbered[1] ?? numbered[2]!, 10) - 1], said: numbered[0] }
    : null;
}

function pickedFromList<T>(r: Reading, shown: readonly T[] | undefined): T | null {
  if (!shown?.length) return null;
  const places = placesInList(r.text, shown.length)?.places;
  return places?.length === 1 ? (shown[places[0]!] ?? null) : null;
}

/** What a list shown holds, in its order, for picking from it by place. */
export function shownOf(last: Question): readonly unknown[] | undefined {
  return last.intent === 'actions.list' || last.intent === 'risk.list'
    ? last.shown
    : last.intent === 'action.detail'
      ? last.among
      : last.intent === 'strategy.progress'
        ? last.shown
        : undefined;
}

/**
 * One risk, then "so no movement at all from initial to target?": how that risk has moved, not every
 * risk that has (a list is asked for in the plural: "which risks have moved?"). Also asked before the
 * rules' reading stands (`understand.ts`), which reads it as a list.
 */
export function movementOfOneRisk(r: Reading, last: Question): Question | null {
  if (
    (last.intent !== 'risk.detail' && last.intent !== 'risk.owner') ||
    last.risk.number === null ||
    !has(r, 'moved') ||
    !namesNothing(r) ||
    /\b(which|what|any|risks|ones|them|they|those|these)\b|\ball (of )?(the )?(risks|ones)\b/.test(
      r.text,
    )
  )
    return null;
  return { intent: 'risk.detail', risk: last.risk, facets: ['scores'], first: 'movement' };
}

/** "And the one after that?", "the following meeting", "after that?": the meeting after one. */
const ONE_AFTER =
  /^(?:(?:and|so|what about|how about|then|ok|okay) )*(?:the )?(?:(?:one|meeting|board|session) (?:after|following)(?: that| it| next| then)?|(?:following|subsequent) (?:one|meeting|board|session)|after that|next one after(?: that| it)?)$/;

/**
 * A meeting, then "and the one after that?" or "and the one before?": the body's next or previous
 * meeting (its agenda, if an agenda was asked for). A meeting's minutes before are `minutesBefore`'s.
 */
export function meetingBeside(r: Reading, last: Question): Question | null {
  const after = ONE_AFTER.test(r.text);
  if (!after && !ONE_BEFORE.test(r.text)) return null;
  if (
    last.intent !== 'meeting.next' &&
    last.intent !== 'meeting.last' &&
    last.intent !== 'meeting.on' &&
    last.intent !== 'meeting.agenda'
  )
    return null;
  const which =
    last.intent === 'meeting.agenda'
      ? last.which
      : last.intent === 'meeting.next'
        ? 'next'
        : last.intent === 'meeting.last'
          ? 'last'
          : last.period.from && last.period.from === last.period.to
            ? { date: last.period.from }
            : null;
  return which ? besideMeeting(r, last.body, which, after, last.intent === 'meeting.agenda') : null;
}

/** "What comes after the 24 feb private meeting?", "the meeting before the april board". */
const MEETING_BESIDE =
  /\b(?:what|which)(?: meeting| board| one)?(?: comes| came| is| was| s)? (after|before|following|preceding)\b|\bthe (?:meeting|board|one) (after|before|following|preceding)\b/;

/** A meeting asked for as the one after or before a meeting named by its date, asked on its own. */
export function meetingBesideADate(r: Reading): Question | null {
  const m = MEETING_BESIDE.exec(r.text);
  if (!m || r.risks.length || r.actionTarget) return null;
  const days = meetingDaysOf(r.ctx.vocabulary, r.body);
  // The meeting's own date, as said or as past ("the september board" held), whichever holds a
  // meeting ("before the january board" is no period ending then).
  const named = r.raw.replace(/\b(after|before|following|preceding)\b/gi, ' ');
  const day = [findPeriod(named, r.ctx.now), findPeriod(named, r.ctx.now, 'past')]
    .map((p) => p?.period)
    .map((p) => p?.from && days.find((d) => d >= p.from! && (!p.to || d <= p.to)))
    .find((d) => !!d);
  if (!day) return null;
  return besideMeeting(r, r.body, { date: day }, /^(after|following)$/.test(m[1] ?? m[2]!), false);
}

/**
 * The meeting after (or before) one: its day's (its agenda, if an agenda was asked for). After the
 * last on record, what the workplan plans or plainly that there is none.
 */
function besideMeeting(
  r: Reading,
  body: string | null,
  which: 'next' | 'last' | { date: IsoDate },
  after: boolean,
  agenda: boolean,
): Question | null {
  const today = londonToday(r.ctx.now);
  const days = meetingDaysOf(r.ctx.vocabulary, body);
  const day =
    which === 'next'
      ? days.find((d) => d >= today)
      : which === 'last'
        ? days.filter((d) => d < today).at(-1)
        : which.date;
  if (!day) return null;
  const beside = after ? days.find((d) => d > day) : days.filter((d) => d < day).at(-1);
  if (beside)
    return agenda
      ? { intent: 'meeting.agenda', body, which: { date: beside } }
      : {
          intent: 'meeting.on',
          body,
          period: { from: beside, to: beside, label: formatDate(beside) },
        };
  return after
    ? {
        intent: 'meeting.on',
        body,
        period: { from: addDays(day, 1), to: null, label: `after ${formatDate(day)}` },
      }
    : null;
}

/**
 * A meeting, then "what's the deadline?", "when are papers due?": that meeting again, whose card gives
 * its paper deadline (asked before the rules, which read "deadline" as actions due).
 */
export function meetingDeadlineAsked(r: Reading, last: Question): Question | null {
  if (!['meeting.next', 'meeting.agenda', 'meeting.on'].includes(last.intent)) return null;
  // (A deadline asked bare, "what's the deadline?", or its papers' in any wording: `PAPERS_DUE`.)
  const asked =
    /^(?:and |so |ok |okay )?(?:what s|whats|what is|when s|whens|when is|when are|any) (?:the )?(?:deadline|cut ?off|due date)s?\b/.test(
      r.text,
    ) || PAPERS_DUE.test(r.text);
  if (!asked || r.risks.length || r.logSection || r.person || r.roles) return null;
  return last.intent === 'meeting.next' || last.intent === 'meeting.on'
    ? { ...last, detail: 'papers' }
    : last;
}

/** "Any on the EPRR risk?", "which under the culture risk": some of a list, by what they are on. */
export const ANY_ON_THE =
  /^(and |so |ok )?(any|anything|which|none) (on|for|under|against|about) (the|that|our)\b/;

/** The words that ask for a figure split ("split by area?"), which are no part of what is split. */
const SPLIT_WORD = /^(split|splits|breakdown|broken|down|between)$/;

/**
 * Who was there, then "which of them are NHFT?", "how many of them were LPT people", "just the NEDs":
 * the same, of that trust or that side of the board (asked before the rules, which read "LPT people"
 * as a figure and "the NEDs" as who sits on the board).
 */
export function attendanceOfTrusts(r: Reading, last: Question): Question | null {
  if (last.intent !== 'minutes.attendance') return null;
  const trusts = memberTrusts(r);
  // (A side of who chaired it or took the minutes is not asked.)
  const side = ['chair', 'minute-taker'].includes(last.part) ? null : boardSideAsked(r.text);
  if (!trusts.length && !side) return null;
  const ofThem =
    /\b(which|who|any|how many) (of )?(them|those|these)\b/.test(r.text) ||
    /^(and |but |ok |so )?(what about |how about )?(the |just the |only the |just |only )?(lpt|nhft)?( ?(ones?|people|non executive directors neds|non executive directors|non executives?|non execs?|neds?|executive directors|execs|executives))?( only| please| pls)?$/.test(
      r.text,
    );
  return ofThem
    ? {
        ...last,
        ...(trusts.length ? { organisationIds: trusts } : {}),
        // The board's members, then "just the NEDs": its non-executive members; who was there,
        // then the same: those of them who were.
        ...(side && ['members', 'non-executive', 'executive'].includes(last.part)
          ? { part: side }
          : side
            ? { side }
            : {}),
      }
    : null;
}

/**
 * Some work asked about, then "and the success measures one?": the same asked of the work those words
 * describe, in the same log (asked before the rules, which find no record called "one").
 */
export function otherWorkAsked(r: Reading, last: Question): Question | null {
  if (last.intent !== 'actions.about') return null;
  const m =
    /^(?:(?:and |what about |how about |ok |so )(?:the |that )?|the )([a-z][a-z ]{2,40}?) (?:one|action|piece of work)$/.exec(
      r.text,
    );
  const words = m?.[1];
  if (
    !words ||
    /^(first|second|third|last|next|other|same|previous|earlier|lpt|nhft|group)$/.test(words) ||
    // ("And who owns that one?" asks of the same work.)
    /\b(who|what|when|which|whose|how|owns?|leads?|that|this|it)\b/.test(words)
  )
    return null;
  return r.risks.length || r.registerId ? null : { ...last, words };
}

/**
 * Figures of the performance report, then "what about vacancy?", "and agency spend": that measure of
 * the same report (asked before the rules, which find a risk about vacancies).
 */
export function anotherMeasureAsked(r: Reading, last: Question): Question | null {
  if (last.intent !== 'performance' || !r.indicators.length || !r.followUp) return null;
  if (r.risks.length || r.registerId || has(r, 'risk') || r.text.split(' ').length > 8) return null;
  return {
    ...last,
    organisationIds: r.organisationIds.length ? r.organisationIds : last.organisationIds,
    indicatorIds: r.indicators,
    want: 'indicator',
  };
}

/**
 * A list of risks, then "the second one - where is it now?", "whats the action on the second one":
 * that risk, asked the rest (asked before the rules too, which read "the action on the second one" as
 * actions about "second").
 */
export function riskPickedFromList(r: Reading, last: Question): Question | null {
  // ("The second risk on the LPT list" names no BAF 2: a place on the list.)
  const byPlace = r.risks.every((risk) =>
    /^(first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|[4-6]th) risk$/.test(risk.text),
  );
  const picked =
    last.intent === 'risk.list' && (!r.risks.length || (byPlace && /\blist\b/.test(r.text)))
      ? pickedFromList(r, last.shown)
      : null;
  if (!picked) return null;
  const itself: Question = {
    intent: 'risk.detail',
    risk: picked,
    facets: r.facets.length ? r.facets : ['everything'],
    about: null,
  };
  return followUpQuestion(r, itself) ?? itself;
}

/**
 * Meetings listed ("list all the board meetings"), then "the 4th one", "the last one", "the 28 jan
 * 2027 one": that meeting's agenda (its part said, so the private one of a day is not taken for the
 * public one).
 */
export function meetingPickedFromList(r: Reading, last: Question): Question | null {
  if (r.risks.length || r.actionTarget) return null;
  // (After one was picked, "the 5th one" picks again from the same list; "item 5" is of its agenda.)
  const list =
    last.intent === 'meeting.on'
      ? { body: last.body, period: last.period }
      : last.intent === 'meeting.agenda' && last.listedIn && !/\bitems?\b/.test(r.text)
        ? last.listedIn
        : null;
  if (!list) return null;
  const { from, to } = list.period;
  const listed = r.ctx.vocabulary.meetings
    .filter(
      (m) =>
        (!list.body || m.body === list.body) && (!from || m.date >= from) && (!to || m.date <= to),
    )
    // (A day's private meeting is held before its public one.)
    .sort((a, b) => a.date.localeCompare(b.date) || a.part.localeCompare(b.part));
  if (listed.length < 2) return null;
  const day =
    r.pastPeriod?.period.from === r.pastPeriod?.period.to ? r.pastPeriod?.period.from : null;
  const onDay = day ? listed.filter((m) => m.date === day) : [];
  // "The private one", "the public meeting": the next of that part, else the last held.
  const part = /\b(private|part (ii|2|two)|in camera)\b/.test(r.text)
    ? 'private'
    : /\b(public|part (i|1|one))\b/.test(r.text)
      ? 'public'
      : null;
  const ofPart = part ? listed.filter((m) => m.part === part) : [];
  const today = londonDateOf(r.ctx.now);
  // ("The last meeting on the list": a place on it, said of meetings.)
  const place =
    onDay.length || ofPart.length
      ? null
      : placesInList(r.text.replace(/\b(meeting|board|session)\b/, 'one'), listed.length);
  const picked =
    onDay.length === 1
      ? onDay[0]
      : ofPart.length && PART_ONE.test(r.text)
        ? (ofPart.find((m) => m.date >= today) ?? ofPart.at(-1))
        : place?.places.length === 1
          ? listed[place.places[0]!]
          : undefined;
  return picked
    ? {
        intent: 'meeting.agenda',
        body: picked.body,
        which: { date: picked.date },
        againstWorkplan: false,
        privatePart: picked.part === 'private',
        listedIn: list,
      }
    : null;
}

/** "The private one", "the public meeting", "part 2 one": a meeting of a list by its part alone. */
const PART_ONE =
  /^(?:(?:and|so|ok|what about|show me|open) )*(?:the )?(?:private|public|part (?:i|ii|1|2|one|two)|in camera)(?: one| meeting| session| board)?(?: please| pls)?$/;

/**
 * A list of ambitions, then "the last one", "the first one - progress and confidence?": that ambition
 * (asked before the rules, which read "the first one" as nothing in particular).
 */
export function ambitionPickedFromList(r: Reading, last: Question): Question | null {
  if (last.intent !== 'strategy.progress' || !last.shown) return null;
  const picked = pickedFromList(r, last.shown);
  return picked
    ? {
        intent: 'strategy.progress',
        strategyId: last.strategyId,
        objectiveId: null,
        ambitionIds: [picked],
        themeId: null,
        text: '',
      }
    : null;
}

/**
 * Ambitions' report parts, then "what about financial risks and escalations?", "and the focus to March
 * 2024 for the sustainable objective?": the same strategy, those parts (of the objective named).
 */
export function ambitionPartsOfTheLast(r: Reading, last: Question): Question | null {
  if (last.intent !== 'strategy.progress' || !last.strategyId) return null;
  const parts = annexPartsAsked(r.text);
  if (!parts.length || r.risks.length || r.registerId || r.paper || r.actionTarget) return null;
  if (has(r, 'actions', 'meeting', 'agenda')) return null;
  const objective = r.ctx.vocabulary.strategies
    .find((s) => s.id === last.strategyId)
    ?.objectives.find((o) => findNamed(r.text, [o]).length > 0);
  return {
    ...last,
    ...(objective ? { objectiveId: objective.id, ambitionIds: [], text: '' } : {}),
    part: parts[0]!,
    moreParts: parts.length > 1 ? parts.slice(1) : null,
    extreme: null,
    below: null,
    quote: null,
  };
}

/**
 * Ambitions, then "and the care collaboratives one, what's holding it back?": the one of the same
 * strategy (or objective) its words name, with the part of its report asked for.
 */
export function ambitionOfTheLast(r: Reading, last: Question): Question | null {
  if (last.intent !== 'strategy.progress' || !last.strategyId) return null;
  const m = /^(?:and |so |ok |what about |how about )*the ([a-z ]{4,60}?) (?:one|ambition)\b/.exec(
    r.text,
  );
  if (!m || r.risks.length || r.registerId || r.paper || has(r, 'actions', 'meeting', 'agenda'))
    return null;
  const strategy = r.ctx.vocabulary.strategies.find((s) => s.id === last.strategyId);
  const own = (strategy?.ambitions ?? []).filter(
    (a) => !last.objectiveId || a.objectiveId === last.objectiveId,
  );
  const hits = ambitionsByName(own, m[1]!);
  if (hits.length !== 1) return null;
  const part = ambitionPart(r.text);
  return {
    intent: 'strategy.progress',
    strategyId: last.strategyId,
    objectiveId: null,
    ambitionIds: [hits[0]!.item.id],
    themeId: null,
    text: m[1]!,
    ...(part ? { part } : {}),
  };
}

/**
 * The workplan, then "just the governance bits", "only the finance items": the items of the plan's
 * section those words name (the whole plan again when none does).
 */
export function workplanSectionAsked(r: Reading, last: Question): Question | null {
  if (last.intent !== 'workplan') return null;
  const m =
    /^(?:and |ok |so |but )?(?:what about |how about )?(?:just |only )?(?:the )?([a-z]+(?: [a-z]+)?) (?:bits?|items?|section|ones|stuff|papers|part)(?: only| please| pls)?$/.exec(
      r.text,
    );
  if (!m || /^(other|rest|same|first|last|next|whole|standing)$/.test(m[1]!)) return null;
  return { ...last, section: m[1]! };
}

/**
 * One action by its place ("show me ftsu 8"), then a slip corrected ("no wait i meant 5", "sorry, 6
 * not 8"), or "and 5?": the action of that number in the same section, or under the same risk.
 */
export function correctedAction(r: Reading, last: Question): Question | null {
  if (last.intent !== 'action.detail') return null;
  // ("And 5?", "what about no 6": the next of the same kind, asked by its number alone.)
  if (!r.cues.has('correction') && !NUMBER_ALONE.test(r.text)) return null;
  const { target } = last;
  if (target.kind !== 'section' && target.kind !== 'risk') return null;
  if (r.risks.length || r.actionTarget || r.logSection || r.registerId) return null;
  // ("6 not 8": the number meant is the first said.)
  const number = Number(/\b\d{1,2}\b/.exec(r.text)?.[0] ?? NaN);
  if (!number || number === target.number) return null;
  return {
    ...last,
    target:
      target.kind === 'section'
        ? { ...target, number, text: target.text.replace(/\d+\s*$/, String(number)) }
        : { ...target, number },
  };
}

/**
 * One action, then "why was the date moved to Jan 27?", "what's the latest note?", "who updated it?":
 * the same action's reasons, progress or history (read before the rules, which would list every action
 * with a revised date). Only a question of "it", its date or its note, naming nothing else.
 */
export function sameActionAsked(r: Reading, last: Question): Question | null {
  if (last.intent !== 'action.detail') return null;
  // ("What did Sam write in his progress note?": the one who wrote on it, not Sam's actions.)
  const writer = !!r.person && WHAT_SOMEONE_WROTE.test(r.text);
  if (
    r.risks.length ||
    r.actionTarget ||
    r.logSection ||
    r.body ||
    r.paper ||
    (r.person && !writer)
  )
    return null;
  if (r.minuteReference || r.registerId || r.roles) return null;
  if (/\b(which|actions|ones|all|every|any|other|others|list|mine|my)\b/.test(r.text)) return null;
  if (!/^(and |so |ok |but )?(why|what|what s|whats|who|when|how)\b/.test(r.text)) return null;
  if (!ITS_OWN.test(r.text)) return null;
  return actionAskedAgain(r, last);
}

/** "Who updated it?", "who changed the date": the action's history is who did what. */
const WHO_CHANGED_IT = /\bwho (updated|changed|edited|wrote|moved|added)\b/;

/** One action asked of again: its history, why it stands as it does, or its card. */
function actionAskedAgain(r: Reading, last: Question & { intent: 'action.detail' }): Question {
  if (has(r, 'history') || WHO_CHANGED_IT.test(r.text))
    return { ...last, history: true, update: false, why: false };
  if (has(r, 'why', 'overdue', 'slipped', 'revised'))
    return { ...last, why: true, update: false, history: false };
  return { ...last, update: false, why: false, history: false };
}

/**
 * A meeting's minutes asked of ("who was at the Sept meeting?"), then "what was said about the East
 * Midlands Alliance?": that item of the same minutes, not the latest paper of that name.
 */
export function sameMinutesAsked(r: Reading, last: Question): Question | null {
  const ofAMeeting =
    last.intent === 'minutes.attendance' ||
    last.intent === 'minutes.resolutions' ||
    last.intent === 'minutes.meeting' ||
    last.intent === 'minutes.declarations';
  if (!ofAMeeting || !last.date || !r.paper) return null;
  if (!has(r, 'say') || !/\b(was|were|did|had)\b/.test(r.text)) return null;
  if (r.pastPeriod || r.period || r.risks.length || r.actionTarget || r.minuteReference)
    return null;
  return { intent: 'minutes.about', body: last.body, date: last.date, item: r.paper.text };
}

/**
 * A minute, then "and the item after it?", "what came out of the one before?": the next (or previous)
 * minute of the same meeting, by its reference.
 */
export function minuteBeside(r: Reading, last: Question): Question | null {
  if (last.intent !== 'minutes.item' || r.minuteReference || !namesNothing(r)) return null;
  const beside =
    /\b(?:item|one|minute)s? (after|before) (?:it|that|this)\b|\b(next|previous|following) (?:item|one|minute)\b/.exec(
      r.text,
    );
  const numbered = /^(.*\/)(\d+)$/.exec(last.reference);
  if (!beside || !numbered) return null;
  const step = /^(before|previous)$/.test(beside[1] ?? beside[2]!) ? -1 : 1;
  return { intent: 'minutes.item', reference: `${numbered[1]}${Number(numbered[2]) + step}` };
}

/** The words the last question was found by or about: a search's, a minute's item, a risk's key word. */
function wordsOfTheLast(r: Reading, last: Question): string | null {
  const lastRisk = riskOfQuestion(last);
  if (last.intent === 'topic') return last.text;
  if (last.intent === 'actions.about' || last.intent === 'paper') return last.words || null;
  if (last.intent === 'minutes.about') return last.item;
  return lastRisk ? (vocabularyRisk(r.ctx.vocabulary, lastRisk)?.names[0] ?? null) : null;
}

/**
 * Something found by its words (a minute's item, a search), then "what does the January EMA paper say
 * about it?": what that paper says of the same words, not the whole paper.
 */
export function paperOnTheLast(r: Reading, last: Question): Question | null {
  if (!r.paper || r.risks.length || r.minuteReference || r.topic) return null;
  if (
    !/\b(say|says|said|mention|mentions|cover|covers|have|has) (about |on )?(it|that|this|them)\b/.test(
      r.text,
    )
  )
    return null;
  const words =
    last.intent === 'paper' && last.paperId === r.paper.id ? null : wordsOfTheLast(r, last);
  return words ? { intent: 'paper', paperId: r.paper.id, words, want: 'say' } : null;
}

/**
 * A minute by its reference, then "who presented it?": the same minute, which records who presented
 * (not an item found by the words "who presented it"); "which actions came from it?": the meeting's
 * action sheet, the actions arising from it.
 */
export function ofTheSameMinute(r: Reading, last: Question): Question | null {
  if (last.intent !== 'minutes.item' || !has(r, 'pronoun') || r.pastPeriod || r.body) return null;
  if (r.risks.length || r.paper || r.minuteReference || r.actionTarget || r.person) return null;
  if (has(r, 'presenter') && !r.topic) return last;
  if (has(r, 'actions') && ARISING_FROM.test(r.text))
    return { intent: 'matters-arising', body: null };
  return null;
}

/** "What else do they own?", "what's his other work?": what the person just named leads elsewhere. */
const THEIR_OTHER_WORK =
  /\bwhat else (do|does|did|is|are) (they|he|she) (own|owns|lead|leads|look after|have|hold|run|leading|responsible for)\b|\b(their|his|her) (other )?(actions|work|responsibilities|portfolio)\b|\bwhat (do|does) (they|he|she) (own|lead) (elsewhere|otherwise|besides)\b/;

/**
 * A paper, then "what else do they own?": the actions of the role that brought it (its sponsor, as the
 * cover names them).
 */
export function workOfThePresenter(r: Reading, last: Question): Question | null {
  if (last.intent !== 'paper' || !THEIR_OTHER_WORK.test(r.text) || r.roles || r.person) return null;
  const by = r.ctx.vocabulary.papers.find((p) => p.id === last.paperId)?.by ?? [];
  const roles = by.length ? rolesIn(normalise(by.join(' ')), r.ctx.vocabulary) : null;
  return roles
    ? {
        intent: 'actions.list',
        scope: { kind: 'role', roleIds: roles.roleIds, text: roles.text, within: null },
        filter: { status: 'open', period: null },
        page: 1,
      }
    : null;
}

/** "Is that on the BAF?", "and the risk behind that?", "which risk does it relate to?" of a paper. */
const RISK_OF_IT =
  /\b(is|are|was) (that|it|this|they) (on|in|linked to|tied to|covered (by|on|in)|reflected (in|on)) (the |any of the )?(bafs?|risk registers?|board assurance framework)\b|\b(the )?(risks?|bafs?|baf risks?) (behind|under|beneath|linked to|tied to|for|of) (that|it|this|them)\b|\b(which|what) (bafs?|baf risks?|risks?) (does|do|is|are) (it|that|this|they) (relate|link|tied|linked|map|connect|sit|fall)\w*/;

/**
 * A risk or a paper, then "which strategy ambition does it support?": the risk's strategic link, or
 * the paper's cover (its strategic alignment); a paper, then "is that on the BAF?", "the risk behind
 * that?": the paper's cover, which names the BAF risks it relates to.
 */
export function linkOfTheLast(r: Reading, last: Question): Question | null {
  if (r.risks.length || r.paper || r.minuteReference || r.actionTarget) return null;
  const lastRisk = riskOfQuestion(last);
  // ("Which papers relate to it?": the papers whose covers name it.)
  if (lastRisk && PAPERS_OF_RISK.test(r.text) && has(r, 'pronoun'))
    return { intent: 'risk.detail', risk: lastRisk, facets: ['scores'], first: 'papers' };
  if (LINK_ASKED.test(r.text) && has(r, 'pronoun')) {
    if (lastRisk)
      return { intent: 'risk.detail', risk: lastRisk, facets: ['scores'], first: 'link' };
    if (last.intent === 'paper') return { ...last, words: '', want: 'cover' };
  }
  if (last.intent === 'paper' && RISK_OF_IT.test(r.text))
    return { ...last, words: '', want: 'cover' };
  return null;
}

/** "Where else does it come up", "anywhere else in the January pack?": more of it, elsewhere. */
const ELSEWHERE =
  /\b(where else|anywhere else)\b|\b(come|comes|coming|show|shows|turn|turns|crop|crops) up elsewhere\b|\belsewhere in the (papers|pack|documents|bundle)\b|\bwhat else (mentions|covers|says)\b|\b(which|what) other (papers?|documents?|reports?)\b/;

/**
 * Something searched for or found by its words, then "where else does it come up in the January
 * pack?": the papers searched for the same words (that meeting's, when one is named), not the
 * meeting's place nor its date.
 */
export function elsewhereInThePapers(r: Reading, last: Question): Question | null {
  if (!ELSEWHERE.test(r.text) || r.risks.length || r.minuteReference || r.actionTarget) return null;
  const words = wordsOfTheLast(r, last);
  if (!words || (r.topic && !has(r, 'pronoun'))) return null;
  const pack = /\b(papers|pack|bundle|paperwork)\b/.test(r.text)
    ? meetingDateOf(r, 'meetings')
    : null;
  return { intent: 'topic', text: words, registerId: null, ...(pack ? { pack } : {}) };
}

/**
 * Which committee oversees a risk, then "what did that committee last report to the board?": the
 * latest report held of the committee its register names.
 */
export function reportOfTheLastRisk(r: Reading, last: Question): Question | null {
  const lastRisk = riskOfQuestion(last);
  if (!lastRisk || r.risks.length || r.committeeReport || r.minuteReference || r.paper) return null;
  if (!/\b(that|the|this|its|their) committee s?\b/.test(r.text)) return null;
  if (!/\breport\w*\b|\b(alert\w*|advis\w*|assur\w*|escalat\w*)\b/.test(r.text) && !has(r, 'say'))
    return null;
  const risk = vocabularyRisk(r.ctx.vocabulary, lastRisk);
  if (!risk?.oversight.length) return null;
  return {
    intent: 'committee.report',
    reportId: risk.reportId,
    level: reportLevel(r),
    author: false,
    ...(risk.reportId ? {} : { committee: listInWords(risk.oversight) }),
  };
}

/**
 * A risk, then "what did the September minutes say about it?", "was it discussed at the board?": the
 * minutes (of that meeting, or the latest) on that risk, not the whole minutes, nor "it at the board"
 * looked for in them.
 */
export function minutesOnTheLastRisk(r: Reading, last: Question): Question | null {
  const lastRisk = riskOfQuestion(last);
  if (!lastRisk || r.risks.length || r.minuteReference || r.paper || !has(r, 'pronoun'))
    return null;
  const asked =
    (has(r, 'minutes') && (has(r, 'say') || DISCUSSED.test(r.text))) ||
    (DISCUSSED.test(r.text) && (has(r, 'meeting') || /\bboard\b/.test(r.text) || !!r.pastPeriod));
  if (!asked || has(r, 'actions')) return null;
  // By its reference ("group baf 4"), which the minutes of its register's item answer for.
  const item = askedReference(r.ctx.vocabulary, lastRisk) ?? lastRisk.text;
  return { intent: 'minutes.about', body: r.body, date: minutesDate(r), item };
}

/**
 * Something found in the papers, then "which minute of the September board is that in?": the minute
 * about it; a minute, then "and who was speaking?": who the minutes record saying it.
 */
export function minuteOfTheLast(r: Reading, last: Question): Question | null {
  if (r.minuteReference || r.risks.length) return null;
  const words =
    last.intent === 'actions.about' || last.intent === 'paper'
      ? last.words
      : last.intent === 'topic'
        ? last.text
        : null;
  if (words && /\b(which|what) minute\b|\bminute (ref|reference|number)\b/.test(r.text))
    return {
      intent: 'minutes.about',
      body: r.body,
      date: r.pastPeriod ? minutesDate(r) : null,
      item: words,
    };
  if (
    last.intent === 'minutes.about' &&
    /^(and |so |but )?who (was |were )?(speaking|talking|spoke|talked|said (it|that|this))( then)?$/.test(
      r.text,
    )
  )
    return { intent: 'minutes.who-said', words: last.item };
  return null;
}

/** Words of an action's own: "it", its date, its note. */
const ITS_OWN =
  /\b(it|its|it s|this|that|the (revised |new |due |original )?date|the deadline|the (latest |last |newest )?(note|notes|update|progress|change|comment)|(his|her|their) (latest |last )?(progress )?(note|notes|update|comment))\b/;

/**
 * Work asked of in one register's action log ("when's the innovation strategy due on the group BAF?"),
 * then "same for LPT", "and NHFT's?": the same words in that trust's register's log.
 */
export function sameWorkInAnotherLog(r: Reading, last: Question): Question | null {
  if (last.intent !== 'actions.about' || last.within?.kind !== 'log') return null;
  const organisationId = onlyATrustNamed(r);
  const log = organisationId ? bafLogOf(r, organisationId) : null;
  if (!log || log.logId === last.within.logId) return null;
  return { ...last, within: log };
}

/**
 * A list of actions, then "and LPT?", "just the NHFT ones": the same list, of that trust (its BAF's
 * log where the list was of BAF actions; otherwise its actions wherever they are).
 */
export function sameListOfAnotherTrust(r: Reading, last: Question): Question | null {
  // ("And on the group BAF?": a register named, which its own follow-up reads.)
  if (last.intent !== 'actions.list' || /\b(baf|register|log)\b/.test(r.text)) return null;
  const organisationId = onlyATrustNamed(r);
  if (!organisationId) return null;
  const named = r.ctx.vocabulary.organisations.find((o) => o.id === organisationId);
  const trust: ActionNarrowing = {
    kind: 'organisation',
    organisationId,
    text: named?.names[1] ?? named?.names[0] ?? organisationId,
  };
  const scope = last.scope;
  const bafList =
    scope.kind === 'registers' ||
    (scope.kind === 'log' && !!r.ctx.vocabulary.logs.find((l) => l.id === scope.logId)?.baf);
  const within = bafList ? (bafLogOf(r, organisationId) ?? trust) : trust;
  const narrowed: ActionScope =
    scope.kind === 'mine' || scope.kind === 'role' || scope.kind === 'person'
      ? { ...scope, within }
      : within.kind === 'log'
        ? within
        : trust;
  return { ...last, scope: narrowed, page: 1 };
}

/** The one trust a follow-up names and nothing else ("same for LPT", "just the nhft ones"). */
function onlyATrustNamed(r: Reading): string | null {
  if (r.organisationIds.length !== 1 || r.risks.length || r.actionTarget || r.topic) return null;
  // (Nothing asked but the trust: its names, as the vocabulary has them, and words of asking again.)
  const orgWords = new Set(
    r.ctx.vocabulary.organisations.flatMap((o) => o.names.flatMap((n) => n.split(' '))),
  );
  return r.text.split(' ').every((w) => orgWords.has(w) || ASKING_AGAIN.has(w))
    ? r.organisationIds[0]!
    : null;
}

/** A trust's own BAF's action log, as a narrowing of actions. */
function bafLogOf(
  r: Reading,
  organisationId: string,
): Extract<ActionNarrowing, { kind: 'log' }> | null {
  const { registers, logs } = r.ctx.vocabulary;
  const registerIds = new Set(
    registers.filter((g) => g.organisationId === organisationId).map((g) => g.id),
  );
  const log = logs.find((l) => l.baf && !!l.registerId && registerIds.has(l.registerId));
  return log ? { kind: 'log', logId: log.id, sectionId: null, text: log.names[0] ?? log.id } : null;
}

/** Asked of everything, not of the list just given: "the oldest overdue action overall". */
const OVERALL =
  /\b(overall|across the board|of all|in total|altogether|anywhere|across (the|both) trusts|everywhere)\b/;

/**
 * "The oldest overdue action overall", after those due next month: a question of every action, or
 * of another status than the list's, is not one of the list.
 */
function asksBeyondTheList(r: Reading, last: Question & { intent: 'actions.list' }): boolean {
  return (
    OVERALL.test(r.text) ||
    (has(r, 'overdue') && last.filter.status !== 'overdue') ||
    (has(r, 'closed') && last.filter.status !== 'closed')
  );
}

/** Words of "same for LPT", "and NHFT's?", "what about the LPT one" beside the trust's name. */
const ASKING_AGAIN = new Set(
  'and ok so same for with in on what about how the s one ones baf register version log then please pls too just only those them of'.split(
    ' ',
  ),
);

/** Overdue actions, then "…and what's the worst one?": the most overdue, the list's first due. */
export function worstOfOverdue(r: Reading, last: Question): Question | null {
  return last.intent === 'actions.list' &&
    last.filter.status === 'overdue' &&
    WORST_OF_THEM.test(r.text)
    ? { ...last, page: 1, tally: 'first' }
    : null;
}

/**
 * A list of actions, then "who leads the second one?", "when's the 3rd due": that action, whose card
 * gives its lead, dates and progress (asked before the rules, whose "who leads…" would look for an
 * action about "second").
 */
export function actionPickedFromList(r: Reading, last: Question): Question | null {
  // (After one picked, "and the third?" picks again from the same list.)
  const among =
    last.intent === 'actions.list'
      ? last.shown
      : last.intent === 'action.detail'
        ? last.among
        : undefined;
  if (!among || r.risks.length || r.actionTarget) return null;
  // "What's the earliest deadline in the plan?", then "who owns it?": the action the list named.
  if (
    last.intent === 'actions.list' &&
    last.top &&
    /\b(it|its|it s|that one|this one|that action|this action)\b/.test(r.text) &&
    (has(r, 'ownerQuestion', 'owns', 'who') || ASKED_OF_AN_ACTION.test(r.text)) &&
    !namesOtherRecord(r)
  )
    return {
      intent: 'action.detail',
      target: { kind: 'id', ...last.top },
      history: has(r, 'history'),
      among,
    };
  const picked = pickedFromList(r, among);
  if (picked)
    return {
      intent: 'action.detail',
      target: { kind: 'id', ...picked },
      history: has(r, 'history'),
      // ("Update the first one": its progress form, not its card.)
      ...(has(r, 'updateAction') ? { update: true } : {}),
      among,
    };
  // "The second one", "no. 12 on that list" of a list that had none (or fewer): said, not searched
  // for as a word.
  const named = PLACE_IN_LIST.exec(r.text);
  const place = named && /^(one|action|of)/.test(named[2]!) ? named[1]! : null;
  const numbered = NUMBER_ON_LIST.exec(r.text);
  const beyond = place ?? (numbered ? ordinal(Number(numbered[1] ?? numbered[2])) : null);
  return beyond
    ? {
        intent: 'clarify',
        title: 'Which action do you mean?',
        text: among.length
          ? `The last list showed ${among.length === 1 ? 'one action' : `${among.length} actions`}, so I cannot pick a ${beyond} one from it. Name the action, or ask for a list, for example:`
          : 'The last list had no actions to pick from. Name the action, or ask for a list, for example:',
        choices: ['Overdue actions', 'Actions due this month', 'Well-led actions'],
      }
    : null;
}

/** Words around a period that ask nothing more: "and in", "what about", "same for". */
const AROUND_A_PERIOD =
  /^(?:(?:and|so|ok|okay|then|what|how|many|about|same|again|for|in|during|over|of|the|month|too|as|well|please|pls|just|only|ones|those|these|them|were|they|which|are|show|me|list)\b\s*)*$/;

/** The period a follow-up names and nothing else ("and in December?"), read as the last list read it. */
function periodAlone(r: Reading, last: Question): FoundPeriod | null {
  if (last.intent !== 'actions.list') return null;
  const past = ['closed', 'proposed-for-closure'].includes(last.filter.status);
  const found = past ? r.pastPeriod : r.period;
  if (!found || !namesNothing(r)) return null;
  const rest = removePhrase(r.text, normalise(found.text).trim());
  return AROUND_A_PERIOD.test(rest.trim()) ? found : null;
}

/** "What was its progress at Q2?": a quarter without a year is the report's column, not a period. */
function onlyAQuarter(r: Reading): boolean {
  return (
    /^(at |in |for |by )?(q[1-4]|quarter [1-4]|(the )?(first|second|third|fourth) quarter)$/i.test(
      r.pastPeriod?.text ?? '',
    ) &&
    // "Was every ambition at 100% by Q2?" asks of them all, afresh.
    !/\b(ambitions|every|all|each)\b/.test(r.text)
  );
}

/** "Was it discussed…", "did it come up…", "was it mentioned…": whether a meeting took something. */
const DISCUSSED =
  /\b(discuss\w*|debated?|came up|come up|mentioned|raised|considered|talked about|looked at|on the agenda|covered)\b/;

/** After a figure for each organisation, "which one is under target?", "both": every one, to compare. */
export const WHICH_ORGANISATION =
  /\bwhich (one|ones|trust|trusts|organisation|org|of them|of the two)\b|\bboth\b/;

/**
 * Figures, then "which trust is missing the target?", "which of those did NHFT actually hit?": those
 * figures, only the ones missing (or meeting) it, for the trust named (each trust, asked "which").
 */
export function figuresAgainstTarget(r: Reading, last: Question): Question | null {
  // A subject that is a measure of the report ("the latest on agency spend"), then "which trust is
  // over its ceiling?": that measure, against its target.
  if (last.intent === 'topic' && !r.indicatorNamed) {
    const measures = indicatorsIn(last.text, last.text, r.ctx);
    const against = targetAsked(r);
    if (measures.length && against && (r.followUp || WHICH_ORGANISATION.test(r.text)))
      return {
        intent: 'performance',
        want: 'indicator',
        organisationIds: WHICH_ORGANISATION.test(r.text) ? [] : r.organisationIds,
        indicatorIds: measures,
        against,
      };
  }
  if (last.intent !== 'performance' || r.indicatorNamed) return null;
  const against = targetAsked(r);
  if (!against || !(r.followUp || /\b(those|them|these|ones|either|both|which)\b/.test(r.text)))
    return null;
  const eachTrust = WHICH_ORGANISATION.test(r.text);
  return {
    ...last,
    against,
    organisationIds: eachTrust
      ? []
      : r.organisationIds.length
        ? r.organisationIds
        : last.organisationIds,
  };
}

/** "Which of those were about culture?", "any of them on estates": a subject among the last list. */
const ABOUT_AMONG =
  /\b(of (those|them|these)|ones|among them)\b.*?\b(?:about|to do with|relat\w* to|concerning|regarding|covering) ((?:the )?[a-z][a-z ]{2,40}?)\s*$/;

/** "Which of those has already been approved", "any of them done yet": those delivered. */
const ALREADY_DONE_AMONG =
  /\b(which|what|any|how many) (of )?(those|them|these|ones)\b[a-z ]*?\b(has|have|had|is|are|was|were)( (already|now|yet|actually))?( been)? (approved|agreed|signed off|completed|delivered|done|finished|ratified)\b/;

/** "That one", "that action": one thing the last answer named, not the record it was asked of. */
const ONE_POINTED_AT = /\b(that|this) (one|action|bit|piece of work|item)\b/;

/**
 * The words a risk was asked about beyond its own name ("success measures" on the research risk), which
 * its answer showed where the risk mentions them (an action among them).
 */
function partAskedAbout(r: Reading, last: Question, risk: RiskReference): string | null {
  if (last.intent !== 'risk.detail' || !last.about) return null;
  const words = beyondItsName(r, risk, last.about);
  return words.length >= 2 ? words.join(' ') : null;
}

/** The words of some text less those that name the risk itself ("research"). */
function beyondItsName(r: Reading, risk: RiskReference, text: string): string[] {
  const named = vocabularyRisk(r.ctx.vocabulary, risk);
  const own = new Set(named?.names.flatMap((n) => contentWords(n)) ?? []);
  return contentWords(text).filter((w) => !own.has(w) && w !== 'risk');
}

/** The work a follow-up names of a risk ("the principal investigators bit"), less the risk's name. */
function ownWords(r: Reading, risk: RiskReference): string | null {
  const words = r.topic ? beyondItsName(r, risk, r.topic) : [];
  return words.length ? words.join(' ') : null;
}

/** Words that make what is named a part of some work: "the principal investigators bit". */
const WORK_PART = /\b(bit|part|piece|element|strand|action|workstream)\b/;

/** A list narrowed by sign-off, subject or who does not lead it stays so when asked of again. */
export function stillNarrowed(filter: ActionFilter, before: ActionFilter): ActionFilter {
  const { signOff, about, notLedBy } = before;
  return {
    ...filter,
    ...(signOff && !filter.signOff ? { signOff } : {}),
    ...(about && !filter.about ? { about } : {}),
    ...(notLedBy && !filter.notLedBy ? { notLedBy } : {}),
  };
}

/** "Is PSIRF one of them?", "is the FTSU training among those?": what is asked of a list's actions. */
const ONE_OF_THEM =
  /^(?:and )?(?:is|are) (?:the |an? )?([a-z0-9][a-z0-9 ]{1,40}?) (?:one|any|among|part|in|on) (?:of )?(?:them|those|these|there|the list)$/;

const TRUSTS = ['LPT', 'NHFT'] as const;

/**
 * "And the other trust?", "what about LPT?" after a trust's figures: the labels of the same figures
 * for the trust now asked about, when the strategy's report prints them.
 */
function otherTrustsFigures(
  r: Reading,
  strategyId: string | null,
  labels: readonly string[],
): string[] | null {
  const strategy = r.ctx.vocabulary.strategies.find((s) => s.id === strategyId);
  const trustOf = (label: string) => TRUSTS.find((t) => new RegExp(`\\b${t}\\b`).test(label));
  const from = labels.map(trustOf).find((t) => !!t);
  if (!strategy || !from) return null;
  const named = TRUSTS.find((t) => r.organisationIds.includes(t.toLowerCase()));
  const other = /\bthe other (trust|one|organisation|side)\b/.test(r.text);
  const to = named && named !== from ? named : other ? TRUSTS.find((t) => t !== from)! : null;
  if (!to || !namesNothing(r)) return null;
  const swapped = labels
    .map((l) => l.replace(new RegExp(`\\b${from}\\b`, 'g'), to))
    .filter((l) => strategy.figures.includes(l));
  return swapped.length ? swapped : null;
}

/**
 * A slip corrected ("no wait, 1 not 5", "oops, baf 6 not 4"): the risk of that number, in the last
 * question's register when it has one of that number.
 */
function correctedRisk(r: Reading, last: Question): RiskReference | null {
  const lastRisk = riskOfQuestion(last);
  if (!lastRisk || !r.cues.has('correction')) return null;
  const number = Number(/\d{1,2}/.exec(r.text)?.[0]);
  const registerId =
    r.registerId ??
    (r.ctx.vocabulary.risks.some((x) => x.registerId === lastRisk.registerId && x.number === number)
      ? lastRisk.registerId
      : null);
  return { registerId, number, draft: false, text: `baf ${number}`, by: 'number' };
}

/** Another risk asked of as the last question asked of one: "what about BAF 5?" */
function askedTheSameWay(r: Reading, last: Question, newRisk: RiskReference): Question | null {
  if (last.intent === 'risk.detail')
    return {
      intent: 'risk.detail',
      risk: newRisk,
      facets: r.facets.length ? r.facets : last.facets,
    };
  if (last.intent === 'risk.owner') return { intent: 'risk.owner', risk: newRisk };
  if (last.intent === 'actions.list' && last.scope.kind === 'risk')
    return { ...last, scope: { kind: 'risk', risk: newRisk }, page: 1 };
  // A log's actions, then "and the research ones - whose were they?": that risk's among them.
  if (
    last.intent === 'actions.list' &&
    (last.scope.kind === 'log' || last.scope.kind === 'all') &&
    /\b(ones|one)\b/.test(r.text)
  )
    return {
      ...last,
      scope: { kind: 'risk', risk: newRisk },
      page: 1,
      ...(/\b(whose|who)\b/.test(r.text) ? { tally: 'leads' as const } : {}),
    };
  return null;
}

/**
 * The record a list of actions is of: the log or risk listed, or the one the asker's (or a role's)
 * actions were narrowed to; null for actions from everywhere.
 */
export function recordOfList(scope: ActionScope): ActionNarrowing | null {
  if (scope.kind === 'log' || scope.kind === 'risk') return scope;
  if (scope.kind === 'mine' || scope.kind === 'role') return scope.within ?? null;
  return null;
}

/** The same strategy's ambitions at one end of a measure, nothing else of the last asked kept. */
function atAnEndOf(
  last: Extract<Question, { intent: 'strategy.progress' }>,
  extreme: { measure: 'progress' | 'confidence'; which: 'lowest' | 'highest' },
): Extract<Question, { intent: 'strategy.progress' }> {
  return { ...last, ambitionIds: [], below: null, equals: null, part: null, quote: null, extreme };
}

/** The question a follow-up asks, given the last one; null when it is not a follow-up of it. */
export function followUpQuestion(r: Reading, asked: Question): Question | null {
  // A count is asked once: "what's holding it back?" after "which of the 12 ambitions…" asks no count.
  // (So are the supporting strategies or service plans: "and how are its ambitions doing?" asks not.)
  const last: Question =
    asked.intent === 'strategy.progress' && (asked.count || asked.plans)
      ? (({ plans: _plans, ...rest }) => ({ ...rest, count: null }))(asked)
      : asked;
  const corrected = correctedRisk(r, last);
  if (corrected) return askedTheSameWay({ ...r, facets: [] }, last, corrected);
  const moved = movementOfOneRisk(r, last);
  if (moved) return moved;
  // Closures proposed, then "when did SEB see them?": the same list, whose note says when and by whom
  // (not those the committee signs off).
  if (
    last.intent === 'actions.list' &&
    last.filter.status === 'proposed-for-closure' &&
    has(r, 'pronoun') &&
    /^(and |so )?(when|which month|what month|what date)\b.*\b(see|saw|seen|support\w*|agree\w*|back\w*|look\w* at|consider\w*|get|got|go|went)\b/.test(
      r.text,
    )
  )
    return last;
  // A workplan item's lead, then "and who for the Group Board Assurance Framework?": the same asked
  // of the item named.
  // ("And the finance update?": the same, of an item named in a few words.)
  // An item of the workplan, then "who leads it?", "how often?": the same item, whose row says both.
  if (
    last.intent === 'workplan' &&
    last.items?.length &&
    namesNothing(r) &&
    !r.paper &&
    /^(and |so )?(who|whos|who s|how often|what frequency|which (exec|director|lead))\b/.test(
      r.text,
    ) &&
    // ("Who presented it at the September meeting?": who did, in the minutes.)
    !r.pastPeriod &&
    !/\b(presented|introduced|brought|did|was|were)\b/.test(r.text) &&
    (has(r, 'pronoun') || r.text.split(' ').length <= 4)
  )
    return last;
  // An item of the workplan, then "what about the EMA paper?": that paper's row of the workplan.
  if (last.intent === 'workplan' && last.items?.length && r.paper && SAME_OF_ANOTHER.test(r.text)) {
    const items = workplanItemsTitled(r.paper.text, r.ctx);
    if (items.length) return { ...last, items };
  }
  if (
    last.intent === 'workplan' &&
    last.items?.length &&
    (SAME_OF_ANOTHER.test(r.text) ||
      (/^(and|also|plus) (the )?[a-z]/.test(r.text) && r.text.split(' ').length <= 6))
  ) {
    const items = workplanItemsTitled(r.subject ?? '', r.ctx);
    if (items.length) return { ...last, items };
  }
  // A minute by its reference, then "who presented it?", "what did the board decide?", "did anyone
  // suggest changes to it?": the same minute, which records who presented, who said what and the
  // resolution.
  if (
    last.intent === 'minutes.item' &&
    namesNothing(r) &&
    !r.pastPeriod &&
    !r.body &&
    ((has(r, 'presenter') && has(r, 'pronoun')) ||
      has(r, 'resolve', 'outcome') ||
      (has(r, 'said') && (has(r, 'pronoun') || SPEAKERS_ASKED_OF.test(r.text))))
  )
    return last;
  // An item of the minutes, then "did any of the NEDs suggest changing it?", "did anyone challenge
  // it?": the same item, whose minute records who said what (those asked of are no other subject).
  if (
    (last.intent === 'minutes.item' || last.intent === 'minutes.about') &&
    has(r, 'said') &&
    has(r, 'pronoun') &&
    SPEAKERS_ASKED_OF.test(r.text) &&
    !r.risks.length &&
    !r.actionTarget &&
    !r.minuteReference &&
    !r.person &&
    !r.committee &&
    !r.pastPeriod &&
    !r.body
  )
    return last;
  // What the minutes say of something, then "that's LPT - what about NHFT?": the same passage, which
  // gives each trust's (the minutes record both together).
  if (
    (last.intent === 'minutes.about' || last.intent === 'minutes.item') &&
    r.organisationIds.length &&
    namesNothing(r) &&
    !r.pastPeriod &&
    !r.paper &&
    !r.topic &&
    CUES.followUpStart.test(r.text.replace(/^(?:that s|thats|that is|this is) [a-z]+ /, ''))
  )
    return last;
  // A paper's figures, then "and the estates bit on its own": the same paper, of those words.
  if (
    last.intent === 'paper' &&
    /^(and|so|but|what about|how about|and what about|what of)\b/.test(r.text) &&
    /\b(bit|part|piece|side|element|on its own|alone|only|just|separately)\b/.test(r.text) &&
    !!r.topic &&
    // (A risk's subject in the words, "estates", is the paper's part unless a risk is asked for.)
    !r.risks.length &&
    !has(r, 'risk') &&
    !r.actionTarget &&
    !r.minuteReference &&
    !r.person &&
    !r.committee &&
    !r.paper &&
    !r.pastPeriod &&
    !r.body
  ) {
    const words = r.topic
      .split(' ')
      .filter(
        (w) => !/^(bit|bits|part|parts|piece|side|element|own|alone|one|ones|on|its)$/.test(w),
      )
      .join(' ');
    if (words) return { ...last, words };
  }
  // What a paper says of something, then "what % of trajectory is that?": a share the same passage
  // gives.
  if (
    last.intent === 'paper' &&
    last.words &&
    has(r, 'pronoun') &&
    /%|\b(per ?cent|percentage|proportion|trajectory)\b/.test(r.raw.toLowerCase()) &&
    namesNothing(r) &&
    !r.paper &&
    !r.pastPeriod
  )
    return { ...last, want: 'say' };
  // An ambition's confidence, then "and progress at q2?": the same ambition, whose card gives both.
  if (
    last.intent === 'strategy.progress' &&
    (last.ambitionIds.length || last.objectiveId) &&
    /^(?:and |what about |how about |and what about )?(?:the |its |their )?(?:progress|confidence)\b/.test(
      r.text,
    ) &&
    namesNothing(r) &&
    !r.paper
  )
    return itemsOf(last);
  const agendaItem = agendaItemAsked(r, last);
  if (agendaItem) return agendaItem;
  // A list or a count, then "which ones?", "list them", "how many is that": the records themselves
  // (a list says how many).
  if (SHOW_THEM.test(r.text) && namesNothing(r) && !r.period) return itemsOf(last);
  // A risk, then "and what is agency spend doing at each trust in the perf report?": a measure of the
  // report it names, asked afresh (not the risk its words also describe).
  if (r.performanceReport && r.indicators.length && last.intent !== 'performance') return null;
  const picked = riskPickedFromList(r, last);
  if (picked) return picked;
  // A list of risks, then "which one is under the people and culture committee?": those it oversees.
  if (
    last.intent === 'risk.list' &&
    !r.risks.length &&
    r.committee &&
    /\b(which|what|any|those|ones?)\b/.test(r.text)
  )
    return { ...last, filter: { kind: 'committee', committee: r.committee.id } };
  if (
    r.smallTalk ||
    has(r, 'help', 'newMeeting', 'editMeeting', 'sendReminder', 'broadcasts', 'chase') ||
    // "Who agreed to take it forward?": who the minutes record saying it, asked of the same minute.
    WHO_SAID.test(r.text)
  )
    return null;
  // A count by section or lead, then "and which has the fewest?": the same count, which says both.
  if (
    last.intent === 'actions.list' &&
    last.tally &&
    last.tally !== 'first' &&
    namesNothing(r) &&
    /^(and |so |then |ok |okay )?(which|what|who)( one| section| lead)? (has|had|leads|owns|is) (the )?(most|fewest|least|more|fewer)\b/.test(
      r.text,
    )
  )
    return last;
  // What a paper says of something ("the QI academy course"), then "and when's the next one planned?":
  // the next of that thing, in the same passage; not when the paper comes back.
  if (
    last.intent === 'paper' &&
    last.words &&
    /\b(next|another|second|following) (one|course|session|event|round)\b/.test(r.text) &&
    !/\b(paper|report|update)\b/.test(r.text) &&
    !r.risks.length &&
    !r.paper &&
    (r.topicRisks[0]?.score ?? 0) < STRONG_TOPIC_MATCH
  )
    return { ...last, want: 'say' };
  // What a paper says of something, then "when did it get Royal Assent?": that paper, on the words of
  // its own the follow-up brings; not when the paper comes back.
  if (
    last.intent === 'paper' &&
    // (A figure, then "what are the two programmes called?": a question of words, not of a figure;
    // "and FYE?" is another figure.)
    (last.want === 'say' ||
      (last.want === 'figures' &&
        /^(what|which|who|where)\b/.test(r.text) &&
        !has(r, 'figure') &&
        !/\b(how (much|many)|more)\b/.test(r.text))) &&
    last.words &&
    !r.paper &&
    !r.risks.length &&
    !/\b(paper|report|update|back|next|ambitions?|objectives?|themes?)\b/.test(r.text) &&
    !has(r, 'strategy') &&
    // ("…and how much is it saving?": a figure of the same paper, asked as figures are.)
    !(has(r, 'figure') || /\bhow (much|many)\b/.test(r.text)) &&
    (r.topicRisks[0]?.score ?? 0) < STRONG_TOPIC_MATCH &&
    (!!r.topic ||
      (has(r, 'pronoun') &&
        r.text.split(' ').length <= 7 &&
        namesNothing(r) &&
        // ("When do we see it again?", "who authored it?": when it comes back, its cover; below.)
        !has(r, 'paperSchedule', 'cover', 'decision', 'figure', 'who')))
  ) {
    // ("When was that?", "what are they called again?": the same part, which says.)
    if (!r.topic) return last;
    // ("…the clinical support worker programmes?", then "what are the two programmes called?": the
    // same part, the words it shares with it kept.)
    const before = new Set(contentWords(last.words).map(stem));
    const topic = r.topic;
    const leans =
      has(r, 'pronoun') ||
      /\b(that|this)\b/.test(r.text) ||
      contentWords(topic).some((w) => before.has(stem(w)));
    return { ...last, words: leans ? `${last.words} ${topic}` : topic, want: 'say' };
  }
  // A paper, then "when's the next report due to us?": when that paper comes back.
  if (last.intent === 'paper' && has(r, 'paperSchedule') && !r.paper && namesNothing(r))
    return { ...last, words: '', want: 'schedule' };
  // A strategy's progress, then "when was the next update meant to come to board?": when the paper
  // that reported it comes back.
  if (
    last.intent.startsWith('strategy.') &&
    'strategyId' in last &&
    (has(r, 'paperSchedule') || /\bnext (update|report|paper)\b/.test(r.text)) &&
    !r.paper &&
    namesNothing(r)
  ) {
    const reported = paperPresenting(r.ctx.vocabulary, last.strategyId);
    if (reported) return { intent: 'paper', paperId: reported.id, words: '', want: 'schedule' };
  }
  // A list over a month, then "and in December?", "what about March 2026?": the same list over that
  // month (a month without its year, the latest with some, as lists read it).
  // (Or a list over no period, then "how many in November?", "just the December ones": that month's
  // of it.)
  const another =
    last.intent === 'actions.list' &&
    (last.filter.period || /\b(how many|just|only|ones)\b/.test(r.text))
      ? periodAlone(r, last)
      : null;
  if (last.intent === 'actions.list' && another) {
    const { yearless: _yearless, ...filter } = last.filter;
    return {
      ...last,
      filter: {
        ...filter,
        period: another.period,
        ...(monthsWithoutYear(another.text) && !r.yearGiven ? { yearless: true } : {}),
      },
      page: 1,
    };
  }
  // The actions about something, or a list of them, on one log, then "and on the group BAF?": the same
  // asked of that log.
  if (
    r.logSection &&
    !r.risks.length &&
    (ANOTHER_LOG.test(r.text) || onlyThose(r.text) || WHICH_ARE_ON.test(r.text))
  ) {
    const log = { kind: 'log' as const, ...r.logSection };
    if (last.intent === 'actions.about') return { ...last, within: log };
    // A list ("which well-led actions are overdue?", "my overdue actions"), then "and on the group
    // BAF?": the same list of that log (the asker's own in it, when the list was theirs).
    if (last.intent === 'actions.list' && !last.except)
      return {
        ...last,
        scope: last.scope.kind === 'mine' ? { ...last.scope, within: log } : log,
        page: 1,
      };
  }
  // Of a meeting's minutes, then "and the one before?": the same of the meeting before it.
  const before = ONE_BEFORE.test(r.text) ? minutesBefore(r, last) : null;
  if (before) return before;
  const lastRisk = riskOfQuestion(last);
  // A Group BAF risk, then "what did the board decide about it in September?": the Group board's
  // minute of then on its BAF (the minutes held are the Group board's; another register's risks are
  // not theirs to decide).
  const groupRegister = r.ctx.vocabulary.registers.find((x) => x.prefix.startsWith('group'))?.id;
  if (
    lastRisk &&
    registerMeant(lastRisk.registerId, r.ctx) === groupRegister &&
    !r.risks.length &&
    !!r.pastPeriod &&
    has(r, 'pronoun') &&
    has(r, 'resolve', 'outcome') &&
    namesNothing(r) &&
    !has(r, 'actions')
  )
    return { intent: 'minutes.about', body: r.body, date: minutesDate(r), item: lastRisk.text };
  // A risk, then "have I still got anything open on it?": the asker's own actions on that risk.
  if (
    lastRisk &&
    !r.risks.length &&
    has(r, 'pronoun') &&
    CUES.mine.test(r.text) &&
    /\b(anything|any|something|actions?|open|outstanding|left|late|overdue)\b/.test(r.text) &&
    !namesOtherRecord(r)
  )
    return {
      intent: 'actions.list',
      scope: { kind: 'mine', within: { kind: 'risk', risk: lastRisk } },
      filter: actionFilter(r),
      page: 1,
    };
  // Ambitions, then "what financial risks did they flag against it?": the risks their report lists
  // with their challenges, not a BAF risk with "financial" in its title.
  if (
    last.intent === 'strategy.progress' &&
    ITS_RISKS.test(r.text) &&
    !r.risks.length &&
    !r.paper &&
    !r.body &&
    !r.registerId &&
    !has(r, 'actions', 'meeting', 'agenda', 'minutes')
  )
    return { ...last, part: 'challenges' };
  // A risk found only by a word of a question that ends pointing back ("how many staff have been
  // through it") is not another subject: "it" is the last one.
  const newRisk =
    (!r.risks.length && (POINTS_BACK.test(r.text) || THING_POINTED_BACK.test(r.text))) ||
    passingTopic(r) ||
    // After a figure or a paper, "and did they manage it last year?": a word a risk's title happens
    // to share ("manage") names no risk.
    (!r.risks.length && !lastRisk && (r.topicRisks[0]?.score ?? 0) < STRONG_TOPIC_MATCH)
      ? null
      : riskOf(r);
  const otherRegister =
    r.registerId && lastRisk && r.registerId !== lastRisk.registerId && !r.risks.length
      ? r.registerId
      : lastRisk && OTHER_ONE.test(r.text)
        ? theOtherRegister(r, lastRisk)
        : null;

  // A strategy's ambitions, then "who was the executive sponsor of that paper?": the paper reporting
  // them, its cover sheet.
  if (
    last.intent === 'strategy.progress' &&
    last.strategyId &&
    !r.paper &&
    has(r, 'cover') &&
    /\b(that|this|the|its) (paper|report|update)\b|\b(it|its)\b/.test(r.text)
  ) {
    const reporting = paperPresenting(r.ctx.vocabulary, last.strategyId);
    if (reporting)
      return {
        intent: 'paper',
        paperId: reporting.id,
        words: '',
        want: has(r, 'decision') ? 'cover-decision' : 'cover',
      };
  }
  // Ambitions short of a level, then "and which were under 100% on progress?": the same strategy's,
  // short on that measure.
  if (
    last.intent === 'strategy.progress' &&
    last.below &&
    has(r, 'shortfall') &&
    /\b(progress|confiden\w*)\b/.test(r.text) &&
    namesNothing(r)
  )
    return { ...last, below: shortfallAsked(r.text) };
  // A strategy's figures for one trust, then "and the other trust?", "what about LPT?": the same
  // figures of the other.
  if (last.intent === 'strategy.progress' && last.figures?.length) {
    const swapped = otherTrustsFigures(r, last.strategyId, last.figures);
    if (swapped) return { ...last, figures: swapped };
  }
  // A log section's actions, then "and the partnerships ones?", or the asker's in a log, then "just
  // the strategy ones": the same question of another section of the same log (though a risk shares
  // the section's name).
  const inLog =
    last.intent === 'actions.list'
      ? last.scope.kind === 'log'
        ? last.scope
        : last.scope.kind === 'mine' && last.scope.within?.kind === 'log'
          ? last.scope.within
          : null
      : null;
  if (
    last.intent === 'actions.list' &&
    inLog &&
    r.followUp &&
    !r.risks.length &&
    r.logSection?.sectionId &&
    r.logSection.logId === inLog.logId &&
    r.logSection.sectionId !== inLog.sectionId
  ) {
    const section = { kind: 'log' as const, ...r.logSection };
    return {
      ...last,
      scope: last.scope.kind === 'mine' ? { ...last.scope, within: section } : section,
      page: 1,
    };
  }
  // A register's actions, then "which of those sit under the culture risk?": those of that risk, found
  // in the list's register (not the first register with a culture risk).
  const listRegister = inLog && r.ctx.vocabulary.logs.find((l) => l.id === inLog.logId)?.registerId;
  const underRisk =
    last.intent === 'actions.list' &&
    listRegister &&
    r.topic &&
    !r.risks.length &&
    (((has(r, 'pronoun') ||
      /\b(which|any) of (those|them|these|mine)\b/.test(r.text) ||
      WHICH_ARE_ON.test(r.text) ||
      ANY_ON_THE.test(r.text)) &&
      /\b(under|on|against|for|in|of) (the |that |this )?([a-z]+ ){1,6}risk\b/.test(r.text)) ||
      // ("Just the workforce risk ones": those of that risk.)
      (narrowedTo(r.text) && /\b([a-z]+ ){1,3}risk (ones|actions)\b/.test(r.text)))
      ? risksByTopic(r.topic, listRegister, r.ctx).find((t) => t.ref.registerId === listRegister)
      : undefined;
  if (last.intent === 'actions.list' && underRisk) {
    const risk = { kind: 'risk' as const, risk: underRisk.ref };
    return {
      ...last,
      scope: last.scope.kind === 'mine' ? { ...last.scope, within: risk } : risk,
      page: 1,
    };
  }
  // A log's (or a risk's) actions, then "which of those are down to me?": the asker's among them.
  if (
    last.intent === 'actions.list' &&
    (last.scope.kind === 'log' || last.scope.kind === 'risk') &&
    (CUES.mine.test(r.text) || has(r, 'myWork')) &&
    /\b(?:which|any|how many|what)(?: ones?)? of (?:those|them|these|the)\b|\b(?:those|these) (?:ones|actions)\b/.test(
      r.text,
    ) &&
    !r.risks.length &&
    !r.roles &&
    !r.person
  )
    return { ...last, scope: { kind: 'mine', within: last.scope }, page: 1 };
  // A risk's (or a log's) actions, then "only the ones the medical director is leading", "just the
  // ones for the medical directors": that role's among them (its words are not a risk's topic).
  // (After another role's or the asker's there, the same risk or log for this role.)
  const ofList = last.intent === 'actions.list' ? recordOfList(last.scope) : null;
  if (
    last.intent === 'actions.list' &&
    ofList &&
    r.roles &&
    !r.person &&
    !r.risks.length &&
    (narrowedTo(r.text) ||
      // (One role's there, then "what about the acting chief executive?": that role's instead.)
      (last.scope.kind === 'role' &&
        /^(?:and |so )?(?:what|how) about\b|^and (?:the )?/.test(r.text)))
  )
    return {
      ...last,
      scope: { kind: 'role', roleIds: r.roles.roleIds, text: r.roles.text, within: ofList },
      page: 1,
    };
  // …then "sorry, I meant the ones the chief exec leads": a title no log knows, kept (none is its).
  const title = ofList && !r.roles && !r.person && narrowedTo(r.text) ? titleAskedOf(r.text) : null;
  if (last.intent === 'actions.list' && ofList && title && !r.risks.length)
    return { ...last, scope: { kind: 'role', roleIds: [], text: title, within: ofList }, page: 1 };
  // An agenda, then "is any of it private?": how much of that agenda is private business.
  // ("…ok so list the private ones, just titles is fine": the same, where private items may be shown.)
  if (
    last.intent === 'meeting.agenda' &&
    (has(r, 'privacy') ||
      /\b(list|show|which|what are|give|name)( me| us)? (are )?(the )?(private|part (ii|2)|confidential) (ones|items|bits|papers|business)\b/.test(
        r.text,
      )) &&
    !r.risks.length &&
    !r.actionTarget
  )
    return { ...last, privacyAsked: true };
  // The asker's (or a role's) actions in a log, then "just the ones on baf 01": those of that risk, in
  // the log's register.
  if (
    last.intent === 'actions.list' &&
    (last.scope.kind === 'mine' || last.scope.kind === 'role' || last.scope.kind === 'log') &&
    r.risks.length === 1 &&
    narrowedTo(r.text)
  ) {
    const named = r.risks[0]!;
    const risk = {
      kind: 'risk' as const,
      risk: listRegister && named.by === 'number' ? inRegister(named, r, listRegister) : named,
    };
    return {
      ...last,
      scope: last.scope.kind === 'log' ? risk : { ...last.scope, within: risk },
      page: 1,
    };
  }
  // Actions, then "the one on actually providing the training, who's task lead?": that one of them,
  // found by its words among the list's.
  const oneOn =
    last.intent === 'actions.list'
      ? /^(?:and )?(?:the|that) (?:one|action) (?:on|about|for|re|covering) ([a-z ]{3,60}?)(?:,| who| when| is| has| what|$)/.exec(
          r.text,
        )
      : null;
  // ("Did the tenure one for the guardian get closed?": its words before "one", and after "for".)
  const wordsOne =
    last.intent === 'actions.list' &&
    !oneOn &&
    // (Not "no, the LPT one": a register or trust named; nor "…is that mine?": the asker's part.)
    !r.registerId &&
    !r.organisationIds.length &&
    !r.risks.length &&
    !r.logSection &&
    !CUES.mine.test(r.text)
      ? // (The nearest "the": "the exec lead on the digital one" is the digital one.)
        /\b(?:the|that) ((?:(?!(?:the|that|this|on|of|lead|owner)\b)[a-z]+ ){0,3}[a-z]{3,}) (?:one|action)(?: (?:for|on|about|re) (?:the )?([a-z ]{3,30}?))?(?: get| got| been| is| was| has| have| due| closed| done| when| who| whos| what| whats| which| how|,|$)/.exec(
          r.text,
        )
      : null;
  const described =
    oneOn?.[1] ??
    (wordsOne &&
    !/\b(first|second|third|fourth|fifth|last|next|other|same|overdue|open|closed|latest|earliest|new|old|top|bottom|final|only|\d+\w*)\b/.test(
      wordsOne[1]!,
    )
      ? [wordsOne[1], wordsOne[2]].filter(Boolean).join(' ')
      : null);
  if (last.intent === 'actions.list' && described) {
    const within = recordOfList(last.scope);
    return {
      intent: 'actions.about',
      words: described
        .replace(/\b(actually|really|just)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
      ask:
        WHO_LEADS.test(r.text) || /\b(task lead|lead|owner)\b/.test(r.text)
          ? leadAsked(r)
          : has(r, 'closed')
            ? 'status'
            : 'due',
      ...(within && within.kind !== 'topic' && within.kind !== 'organisation' ? { within } : {}),
    };
  }
  // The asker's actions, then "am I leading any of them?": those they are action lead on (not task lead).
  if (
    last.intent === 'actions.list' &&
    last.scope.kind === 'mine' &&
    /\b(am i|do i|i m|i am) (actually |really )?(leading|lead|the (action )?lead( on| for)?)\b/.test(
      r.text,
    ) &&
    /\b(any|them|those|these|ones)\b/.test(r.text)
  ) {
    // ("Of the ones where I'm the action lead, which falls due first?": those, the first said.)
    const order = tallyAsked(r.text);
    return {
      ...last,
      scope: { ...last.scope, as: 'action-lead' },
      page: 1,
      ...(order === 'first' || order === 'last' ? { tally: order } : {}),
    };
  }
  // Actions, then "which of those were about culture?": those among them on that subject.
  const about = last.intent === 'actions.list' ? ABOUT_AMONG.exec(r.text) : null;
  if (last.intent === 'actions.list' && about && !r.risks.length && !r.actionTarget)
    return {
      ...last,
      filter: { ...last.filter, about: about[3]!.replace(/^the /, '').trim() },
      page: 1,
    };
  // Actions, then "which of those has already been approved?": those delivered, as their owners or
  // the register report it (each card says where: "Group SEB Jan 26 - approved").
  if (
    last.intent === 'actions.list' &&
    ALREADY_DONE_AMONG.test(r.text) &&
    !r.risks.length &&
    !r.actionTarget
  )
    return { ...last, filter: { status: 'all', period: null, key: 'delivered' }, page: 1 };
  // Actions, then "is it on track?", "how are they getting on?": the same actions, with their
  // progress and dates.
  if (
    last.intent === 'actions.list' &&
    /^(and |so )?(is|are|how)\b.*\b(on track|off track|behind|running late|getting on|going|progress\w*)\b/.test(
      r.text,
    ) &&
    has(r, 'pronoun') &&
    namesNothing(r) &&
    !r.period
  ) {
    const { tally: _tally, ...list } = last;
    return { ...list, page: 1 };
  }
  // Actions (or a section's, counted by status), then "who is leading this?": the same actions, with
  // their leads said first.
  if (
    last.intent === 'actions.list' &&
    (!last.tally || last.tally === 'statuses') &&
    WHO_LEADS.test(r.text) &&
    has(r, 'pronoun') &&
    namesNothing(r)
  )
    return { ...last, tally: 'leads', page: 1 };
  // A risk, then "and what's the group one doing about it - whose actions are they?": the actions of
  // that register's risk on the same subject (led by whom, where asked).
  if (
    otherRegister &&
    lastRisk &&
    (last.intent === 'risk.detail' || last.intent === 'risk.owner') &&
    has(r, 'actions') &&
    /\b(one|version|equivalent)\b/.test(r.text) &&
    !/\brisks\b/.test(r.text)
  )
    return {
      intent: 'actions.list',
      scope: { kind: 'risk', risk: inRegister(lastRisk, r, otherRegister) },
      filter: { status: 'open', period: null },
      page: 1,
      ...(WHO_LEADS.test(r.text) || /\bwhose\b/.test(r.text) ? { tally: 'leads' as const } : {}),
    };
  // "and the LPT one?": the same question, in another register. Not a question of its own about that
  // register's risks ("which of the group baf risks are not overseen by F&P? and who has them
  // instead?" after BAF 1's score), nor a long one.
  if (
    otherRegister &&
    lastRisk &&
    (last.intent === 'risk.detail' || last.intent === 'risk.owner') &&
    !/\brisks\b/.test(r.text) &&
    r.text.split(' ').length <= 12
  ) {
    // ("And LPT's finance risk?": the one of that register it names by its subject.)
    const named = r.topicRisks[0];
    if (named && named.score >= STRONG_TOPIC_MATCH && named.ref.registerId === otherRegister)
      return last.intent === 'risk.detail'
        ? { ...last, risk: named.ref, about: null }
        : { ...last, risk: named.ref };
    return { ...last, risk: inRegister(lastRisk, r, otherRegister) };
  }
  // A risk's actions, then "no, the LPT one": that register's risk's actions.
  if (
    otherRegister &&
    lastRisk &&
    last.intent === 'actions.list' &&
    last.scope.kind === 'risk' &&
    /\b(one|ones|version|equivalent)\b/.test(r.text) &&
    r.text.split(' ').length <= 8
  )
    return {
      ...last,
      scope: { kind: 'risk', risk: inRegister(lastRisk, r, otherRegister) },
      page: 1,
    };
  // A register's list, then "and the other trust?": the same list of the other register.
  if (last.intent === 'risk.list' && OTHER_ONE.test(r.text)) {
    const own = registerMeant(last.registerId, r.ctx);
    const others = r.ctx.vocabulary.registers.filter((g) => g.id !== own);
    if (others.length === 1) return { ...last, registerId: others[0]!.id };
  }
  // A list, then "and on the group BAF?": the same list there (not a list of a measure of its own).
  // ("…at the Sept GTB, and who chaired it?" names a meeting of that group, not its register.)
  if (
    r.registerId &&
    last.intent === 'risk.list' &&
    !r.risks.length &&
    !has(r, ...RISK_MEASURES) &&
    !has(r, 'meeting', 'minutes', 'agenda')
  )
    return { ...last, registerId: r.registerId };

  // A register's risks, then "and which one has gone longest without an update?": when each of that
  // register's risks was last updated, newest and oldest first.
  // ("When was it last updated?" after the top risk asks of that one risk: below.)
  if (
    last.intent === 'risk.list' &&
    !r.risks.length &&
    REGISTER_UPDATED.test(r.text) &&
    !/\b(it|its|that|this)\b/.test(r.text)
  )
    return {
      intent: 'risk.list',
      registerId: r.registerId ?? last.registerId,
      filter: { kind: 'last-updated' },
    };
  // A risk, then "when was it last revised?": the same risk, whose card gives when it was updated.
  if (
    last.intent === 'risk.detail' &&
    !r.risks.length &&
    /\b(last (revised|updated|reviewed|changed|refreshed|looked at)|when was (it|that|this) (revised|updated|reviewed|changed|refreshed|scored))\b/.test(
      r.text,
    )
  )
    return { ...last, facets: ['scores'] };

  // A risk, then "which committee looks at it?", "where does it get reported?": who oversees it, with
  // its governance line as printed.
  if (
    lastRisk &&
    !newRisk &&
    !r.committee &&
    (has(r, 'pronoun') || CUES.followUpStart.test(r.text)) &&
    /\b(which|what) (committee|committees|board|group|forum)\b|\bwhere does (it|that|this) (go|get reported|report|sit)\b|\breport(s|ed)? (in)?to\b|\b(looks?|looked|looking|sits?) (at|with|over|after) (it|that|this)\b|\b(goes|go) to\b/.test(
      r.text,
    )
  )
    return { intent: 'risk.owner', risk: lastRisk };
  // A register's appetite, then "what's the tolerance range for that?": its bands, which say it.
  if (
    last.intent === 'risk.appetite' &&
    !r.risks.length &&
    /\b(tolerance|tolerated|range|band|bands|limit|limits|threshold|scores?|numbers?)\b/.test(
      r.text,
    ) &&
    // ("Which risks have a current score above it?": the risks, below.)
    !(/\b(risks|bafs|ones)\b/.test(r.text) && ABOVE_OR_WITHIN.test(r.text))
  )
    return {
      ...last,
      registerId: r.registerId ?? last.registerId,
      level: appetiteLevelIn(r.text) ?? last.level,
    };
  // A register's appetite, then "so which risks were sitting above it?": that register's risks beyond
  // its tolerance (or within it).
  if (
    last.intent === 'risk.appetite' &&
    !r.risks.length &&
    /\b(risks|bafs|ones|which)\b/.test(r.text) &&
    ABOVE_OR_WITHIN.test(r.text)
  )
    return {
      intent: 'risk.list',
      registerId: r.registerId ?? last.registerId,
      filter:
        NOT_ABOVE_IT.test(r.text) || /\b(within|inside|under|below)\b/.test(r.text)
          ? { kind: 'within-appetite' }
          : { kind: 'above-appetite' },
    };
  // Another risk, asked the same way: "what about BAF 5?" (of the last risk's register, when it has one
  // of that number: LPT BAF 01, then "same for baf 5?" is LPT BAF 05).
  if (newRisk && r.followUp) {
    const inLastRegister =
      newRisk.registerId === null &&
      newRisk.number !== null &&
      lastRisk?.registerId &&
      r.ctx.vocabulary.risks.some(
        (x) => x.registerId === lastRisk.registerId && x.number === newRisk.number,
      )
        ? { ...newRisk, registerId: lastRisk.registerId }
        : newRisk;
    const same = askedTheSameWay(r, last, inLastRegister);
    // (Of a minute, "what did it say about how many staff understand the strategy": a risk found by
    // those words is not asked of; what follows reads it of the minute.)
    if (same || lastRisk || !last.intent.startsWith('minutes.')) return same;
  }
  // After a figure, a committee's report, a paper or some work, a question that names none of its own
  // ("how much does it save this year?") is about the same record, even with a subject word in it.
  // Who attended (or sent apologies), then "was the NHFT chief medical officer one of them?": whether
  // that person was there, said first, from the same meeting's minutes.
  if (
    last.intent === 'minutes.attendance' &&
    (r.roles || r.person || r.attendee) &&
    /^(so |and |but )?(was|were|is|did|had|has)\b/.test(r.text) &&
    /\b(one of (them|those)|among (them|those)|on (that|the) list|in (that|the) list|in there|there|present|in attendance|at it|at that|send apologies|sent apologies|give apologies|gave apologies|attend\w*|make it|made it)\b/.test(
      r.text,
    )
  )
    return {
      intent: 'minutes.attendance',
      body: last.body,
      date: last.date,
      part: 'all',
      who: r.attendee?.text ?? r.person?.text ?? r.roles?.text ?? null,
    };
  // Who said something in the minutes, then "and who's taking it forward?", "who answered it?": the
  // same sentences, which record the reply beside the point.
  if (
    last.intent === 'minutes.who-said' &&
    has(r, 'pronoun') &&
    /^(and |so |but )?(who|whos|who s|which)\b/.test(r.text) &&
    (has(r, 'said') ||
      /\b(forward|taking|took|agreed|answer\w*|respond\w*|replied|pick\w* up|follow\w* up)\b/.test(
        r.text,
      )) &&
    namesNothing(r) &&
    !r.pastPeriod
  )
    return last;
  // (Or "and what was the answer?": the minute itself, which records what was said in reply.)
  if (
    last.intent === 'minutes.who-said' &&
    /^(and |so |but |ok )?(what|how) (was|were|did|is)\b.*\b(answer|answers|response|reply|respond|responded|answered|replied|come back|came back)\b/.test(
      r.text,
    ) &&
    namesNothing(r)
  )
    return { intent: 'minutes.about', body: null, date: null, item: last.words };
  // What someone said in the minutes, then "and richard smith?": what that one said.
  if (
    last.intent === 'minutes.said' &&
    (r.attendee || r.person) &&
    CUES.followUpStart.test(r.text) &&
    !r.risks.length &&
    !r.minuteReference
  )
    return { ...last, name: r.attendee?.text ?? r.person!.text };
  // What a meeting made of one item (or who presented it), then "and the EMA paper?", "and the
  // performance report": the same of that one, at the same meeting.
  if (
    (last.intent === 'minutes.about' || last.intent === 'minutes.presenter') &&
    CUES.followUpStart.test(r.text) &&
    !r.body &&
    !r.pastPeriod &&
    !r.minuteReference &&
    !r.risks.length &&
    !r.actionTarget &&
    (r.paper || r.workplanItems.length || r.performanceReport)
  ) {
    const item = r.paper?.text ?? r.subject;
    if (item) return { ...last, item };
  }
  if (!r.risks.length && !r.actionTarget && !r.paper && !r.committeeReport && !r.minuteReference) {
    // "Is that mostly adults or children?": the same measures, split by whom they count.
    if (last.intent === 'performance' && !r.indicators.length && BREAKDOWN_ASKED.test(r.text)) {
      const split = breakdownOf(r, last.indicatorIds);
      if (split.length)
        return {
          ...last,
          organisationIds: r.organisationIds.length ? r.organisationIds : last.organisationIds,
          indicatorIds: split,
          want: 'indicator',
        };
    }
    // "sickness rate at NHFT" then "and LPT?": the same figures for another organisation.
    // "How does NHFT compare?": both, side by side. "What about the other trust?": the other member of
    // the group. "So which one's under target?": every organisation's, to compare.
    if (last.intent === 'performance' && !r.organisationIds.length && !r.indicators.length) {
      if (/\bthe other (trust|one|organisation|org)\b/.test(r.text)) {
        const others = otherMembers(r, last.organisationIds);
        if (others.length) return { ...last, organisationIds: others };
      }
      if (WHICH_ORGANISATION.test(r.text)) return { ...last, organisationIds: [] };
      // "Is that within target?": the same figures, whose card gives the target beside them.
      if (
        has(r, 'pronoun') &&
        /\b(targets?|thresholds?|ceiling|trajectory|plan|on track|hitting|meeting|met|ok|okay|good|bad)\b/.test(
          r.text,
        )
      )
        return last;
      // "And the target?", "what's the threshold": the same figures, whose card gives their targets.
      if (
        /^(and |so |but |what about |whats |what is |what s )?(vs |versus |v |against |compared (to|with) )?(the |its |their )?(targets?|thresholds?|ceilings?|trajector(y|ies)|standards?)( then| for (it|that|them|those))?$/.test(
          r.text,
        )
      )
        return last;
      // "By how much?", "what % is that": the same figures, whose card gives each against its target
      // and the share beside the count.
      if (
        /^(and |so )?(by )?how (much|far)( (over|under|above|below|off|out))?( is it| are they| then)?$|\b(what|which) (%|percent|per cent|percentage|proportion|share) (is|are|was|were) (that|it|those|they)\b/.test(
          r.text
            .replace(/\s*%\s*/g, ' % ')
            .replace(/\s+/g, ' ')
            .trim(),
        )
      )
        return last;
      // "Which way was the trend going?": the same figures, whose card gives each one's trend.
      if (/\b(trend|trends|trending|which way|direction of travel)\b/.test(r.text)) return last;
      // "How's that look vs the region and England?": the same figures, whose card gives the
      // national and regional ones beside them.
      if (
        /\b(regional|region|national|nationally|england|benchmarks?|peers?|the average|model hospital)\b/.test(
          r.text,
        )
      )
        return last;
    }
    // (Not "top scorer on the group BAF - is it over appetite?": a register named is its own subject.)
    if (
      last.intent === 'performance' &&
      (r.organisationIds.length || r.indicators.length) &&
      !has(r, 'risk') &&
      // ("What is the forecast year end deficit for LPT?": a figure of its own named, not the same
      // measure asked of LPT.)
      (r.indicators.length > 0 ||
        !r.topic ||
        r.followUp ||
        r.topic.split(' ').filter((w) => !NOT_FIGURE.has(w)).length < 2)
    )
      return {
        ...last,
        organisationIds: !r.organisationIds.length
          ? last.organisationIds
          : has(r, 'compare') && last.organisationIds.length
            ? [...new Set([...last.organisationIds, ...r.organisationIds])]
            : r.organisationIds,
        indicatorIds: r.indicators.length ? r.indicators : last.indicatorIds,
        want: r.indicators.length ? 'indicator' : last.want,
      };
    // An item of the minutes, then "what were the recruitment numbers in that?", "what did it say
    // about costs?": the same item, whose answer is what the minutes record of it.
    if (
      (last.intent === 'minutes.about' || last.intent === 'minutes.presenter') &&
      // ("…and what were the headline numbers?": its figures, said with "the".)
      // ("What did he say about…" after who presented it: the presenter, in that item.)
      (has(r, 'pronoun') ||
        (last.intent === 'minutes.presenter' && /\b(he|she|they)\b/.test(r.text)) ||
        /^(and )?what (were|are) the (headline |key |main |big )?(numbers|figures|stats)\b/.test(
          r.text,
        )) &&
      has(r, 'figure', 'say') &&
      !namesOtherRecord(r, true) &&
      !has(r, 'actions') &&
      // ("…the figures he gave?": what the presenter gave, not who presented.)
      (!has(r, 'presenter') ||
        /\b(he|she|they) (gave|quoted|shared|cited|mentioned|reported|presented)\b/.test(r.text))
    )
      return {
        intent: 'minutes.about',
        body: last.body,
        date: last.date,
        // ("What did he say about provider capability assessments?": the item, found with those
        // words too, so its sentences holding them are quoted.)
        item:
          !has(r, 'figure') && r.topic && !last.item.includes(r.topic)
            ? `${last.item} ${r.topic}`
            : last.item,
        // "The recruitment numbers in that": those figures of the item, quoted first.
        ...(has(r, 'figure') && r.topic ? { figures: r.topic } : {}),
      };
    if (
      last.intent === 'minutes.item' &&
      has(r, 'pronoun') &&
      has(r, 'figure', 'say') &&
      !namesOtherRecord(r) &&
      !has(r, 'actions')
    )
      return last;
    // A committee's report, then "who wrote it?", "who's it from?"
    if (
      last.intent === 'committee.report' &&
      has(r, 'who') &&
      (has(r, 'cover', 'roleOfIt') || /\b(from|by|wrote|written|sent|signed)\b/.test(r.text))
    )
      return { ...last, level: null, author: true };
    // A committee's report, then "anything they wanted to celebrate?"
    if (last.intent === 'committee.report' && (has(r, 'alert') || reportLevel(r)))
      return { ...last, level: reportLevel(r) };
    // A figure in the papers, then "full year effect?", "and the estates saving?": another figure of
    // the same kind, found by the new words with the old (so in the same paper, first).
    // ("And did they manage it last year?": a year is the figure's, not another record.)
    if (
      last.intent === 'paper.figures' &&
      !namesOtherRecord({ ...r, pastPeriod: null }) &&
      !has(r, 'actions', 'risk')
    ) {
      // ("Split by area?": the figure's parts by area, not a figure called "split".)
      const words = contentWords(r.text).filter((w) => !NOT_FIGURE.has(w) && !SPLIT_WORD.test(w));
      if (words.length && words.length <= 4)
        return { ...last, words: `${words.join(' ')} ${last.words}` };
    }
    // A paper's figures, then "and FYE?": another of its figures, by the new words.
    if (
      last.intent === 'paper' &&
      last.want === 'figures' &&
      !MORE_TO_COME.test(r.text) &&
      !namesOtherRecord({ ...r, pastPeriod: null }) &&
      !has(r, 'actions', 'risk', 'cover', 'decision', 'paperSchedule')
    ) {
      const words = contentWords(r.text).filter((w) => !NOT_FIGURE.has(w));
      if (words.length && words.length <= 4) return { ...last, words: words.join(' ') };
    }
    // A paper or minutes quoted, then "why?": the same passage, whose sentences give the reason
    // where the papers print one.
    if (
      (last.intent === 'paper' || last.intent === 'minutes.about') &&
      /^(and |but |so |ok )?(why|how come|what for|for what reason|reasons?|what s the reason|what is the reason|what was the reason)( is that| was that| though| then)?$/.test(
        r.text,
      )
    )
      return last;
    // A paper asked of, then "split by area?", "broken down by trust?": the same part of it, with
    // what it is split by.
    if (
      last.intent === 'paper' &&
      BREAKDOWN_ASKED.test(r.text) &&
      r.text.split(' ').length <= 6 &&
      !namesOtherRecord(r) &&
      !has(r, 'actions', 'risk')
    ) {
      const by = contentWords(r.text).filter((w) => !NOT_FIGURE.has(w) && !SPLIT_WORD.test(w));
      return { ...last, words: [last.words, ...by].join(' ').trim() };
    }
    // A paper's figures, then "is there more to come beyond that?": what it expects in addition.
    if (
      (last.intent === 'paper' || last.intent === 'paper.figures') &&
      MORE_TO_COME.test(r.text) &&
      !namesOtherRecord(r)
    )
      return last.intent === 'paper'
        ? { ...last, want: 'figures', words: 'additional' }
        : { ...last, words: `additional ${last.words}` };
    // A paper, then "who wrote it?", "and the decision?", "what does it say about savings?"
    // ("Which group BAF risk is furthest from its target score?" names a register: asked afresh.)
    if (
      last.intent === 'paper' &&
      has(r, 'cover', 'decision', 'say', 'figure', 'paperSchedule') &&
      !r.registerId &&
      !r.risks.length &&
      !has(r, 'risk')
    )
      return { ...last, want: paperWant(r), words: has(r, 'cover') ? '' : (r.topic ?? last.words) };
    // Part of a paper ("the Alliance patient safety programme"), then "who chairs it?": who, in that
    // part, not a record of Board Clerk's own.
    if (
      last.intent === 'paper' &&
      last.words &&
      has(r, 'who') &&
      !namesOtherRecord(r) &&
      /\b(it|that|this|they|them|(the|that|this) [a-z]+)\b/.test(r.text) &&
      r.text.split(' ').length <= 8
    )
      return { ...last, want: 'say' };
    // A committee's terms of reference, then any part of them: "how often does it meet?", "quorum?"
    // ("Who keeps the action log for it?" asks of its records, not for actions.)
    if (
      last.intent === 'terms-of-reference' &&
      !namesOtherRecord(r) &&
      (!has(r, 'actions') || termsPart(r).part !== 'all')
    )
      return { ...last, also: undefined, ...termsPart(r) };
    // Actions about some work, then "who leads it?" or "is it done?" (not a question about something
    // else that happens to ask who: "talent matters: who can apply?").
    if (last.intent === 'actions.about' && has(r, 'who', 'closed') && !namesOwnWork(r, last.words))
      // ("When was it meant to be done?" asks its date, not whether it is done.)
      return {
        ...last,
        ask: has(r, 'who') ? leadAsked(r) : /\bwhen\b/.test(r.text) ? 'due' : 'status',
      };
    // ...or "what was that action actually about?": where they stand, in their own words.
    if (
      last.intent === 'actions.about' &&
      /\bwhat (is|was|s|were|are) (that|this|the|it|they|those)( action| one| actions| ones)?( actually| really)? about\b|\bwhat does (it|that|that action) (say|involve|mean|cover)\b/.test(
        r.text,
      )
    )
      return { ...last, ask: 'status' };
    // ...or "anything reported against it yet?", "any progress?": where they stand.
    if (
      last.intent === 'actions.about' &&
      /\b(reported|progress|update|updates|news|happened|status|done|complete|completed)\b/.test(
        r.text,
      ) &&
      !namesOwnWork(r, last.words)
    )
      return { ...last, ask: 'status' };
  }
  // A strategy's figures for two organisations, then "and NHFT?": that organisation's.
  if (last.intent === 'strategy.progress' && last.figures?.length && r.organisationIds.length) {
    // The same figures, as the report prints them for the organisation named now.
    const orgWords = new Set(
      r.ctx.vocabulary.organisations.flatMap((o) => o.names.flatMap((n) => n.split(' '))),
    );
    const measured = (label: string) =>
      contentWords(normalise(label))
        .filter((w) => !orgWords.has(w))
        .join(' ');
    const wanted = new Set(last.figures.map(measured));
    const all = r.ctx.vocabulary.strategies.find((x) => x.id === last.strategyId)?.figures ?? [];
    const same = all.filter((l) => wanted.has(measured(l)));
    const figures = labelsNaming(r, same);
    if (figures.length) return { ...last, figures };
    // One figure printed for both ("82% of LPT staff and 80% of NHFT staff"): the same, again.
    if (same.length) return { ...last };
  }
  // Actions, then "is PSIRF one of them?": those of the list about it.
  const oneOfThem = ONE_OF_THEM.exec(r.text);
  if (last.intent === 'actions.list' && oneOfThem && !r.risks.length && !r.logSection)
    return { ...last, filter: { ...last.filter, about: oneOfThem[1]! }, page: 1 };
  // Actions, then "which month had the most?": the same actions, counted by month.
  if (last.intent === 'actions.list' && BY_MONTH.test(r.text) && namesNothing(r))
    return { ...last, tally: 'months', page: 1 };
  // Actions, then "which one runs the longest?", "the oldest?": the same actions, the one asked said
  // first; "what did I say last time?": each one's latest progress, in full.
  // ("The oldest overdue action overall", after those due next month: a question of its own.)
  const ordered = last.intent === 'actions.list' ? tallyAsked(r.text) : null;
  if (
    last.intent === 'actions.list' &&
    (ordered === 'first' || ordered === 'last') &&
    namesNothing(r) &&
    !asksBeyondTheList(r, last)
  )
    return { ...last, tally: ordered, page: 1 };
  if (last.intent === 'actions.list' && PROGRESS_ASKED.test(r.text) && namesNothing(r))
    return { ...last, progress: true, page: 1 };
  // Actions, then "and which committee signs them off?": the same actions, with who signs each off.
  if (
    last.intent === 'actions.list' &&
    SIGN_OFF.test(r.text) &&
    (has(r, 'pronoun') || CUES.followUpStart.test(r.text)) &&
    !r.committee &&
    !r.risks.length &&
    !r.logSection
  )
    return { ...last, tally: 'sign-off', page: 1 };
  // Actions, then "which of those go to the Finance committee?": those it signs off. (My actions,
  // then "which of mine…": of those.)
  if (
    last.intent === 'actions.list' &&
    (has(r, 'pronoun') || (last.scope.kind === 'mine' && /\bof mine\b/.test(r.text))) &&
    r.committee &&
    !r.risks.length
  )
    return {
      ...last,
      filter: { ...last.filter, signOff: committeeWord(r.committee.id) },
      page: 1,
    };
  // Actions, then "which ones aren't task-led by DoCA?": the same actions, less those.
  const except = last.intent === 'actions.list' && has(r, 'pronoun') ? notLedBy(r) : null;
  if (last.intent === 'actions.list' && except)
    return { ...last, filter: { ...last.filter, notLedBy: except }, page: 1 };
  // A log section's or a risk's actions, then "is any of that landing on the Director of People?":
  // that role's among them.
  if (
    last.intent === 'actions.list' &&
    r.roles &&
    !except &&
    (last.scope.kind === 'log' || last.scope.kind === 'risk') &&
    (has(r, 'pronoun') || /\b(any|which|those|these)\b/.test(r.text)) &&
    !r.risks.length &&
    !r.logSection
  )
    return {
      ...last,
      scope: { kind: 'role', roleIds: r.roles.roleIds, text: r.roles.text, within: last.scope },
      page: 1,
    };
  // A strategy's report, then "and how many projects does LPT have?": a figure it prints, found by
  // one word of its label now the report is known.
  const strategyNow =
    last.intent === 'strategy.progress'
      ? r.ctx.vocabulary.strategies.find((s) => s.id === last.strategyId)
      : undefined;
  const itsFigures =
    strategyNow &&
    (has(r, 'figure') || /\b(understand|understood|know|aware)\b/.test(r.text)) &&
    !namesOtherRecord(r)
      ? figuresOf(r, strategyNow, 1)
      : null;
  if (last.intent === 'strategy.progress' && itsFigures)
    return {
      ...last,
      objectiveId: null,
      ambitionIds: [],
      themeId: null,
      text: '',
      part: null,
      figures: itsFigures.labels,
    };
  // An ambition, then "is that one also the least confident?": the one at that end of the measure, and
  // whether it is this one.
  const alsoExtreme =
    last.intent === 'strategy.progress' && last.ambitionIds.length === 1
      ? /\b(is|was|s) (that|it|this)( one| ambition)?( also| too)? the (least|most|lowest|highest|best|worst|weakest|strongest) (confident|confidence|progress\w*|behind|on track)\b/.exec(
          r.text,
        )
      : null;
  if (last.intent === 'strategy.progress' && alsoExtreme)
    return {
      ...atAnEndOf(last, {
        measure: /^confiden/.test(alsoExtreme[6]!) ? 'confidence' : 'progress',
        which: /^(least|lowest|worst|weakest)$/.test(alsoExtreme[5]!) ? 'lowest' : 'highest',
      }),
      checked: last.ambitionIds[0]!,
    };
  // Ambitions about something, then "are they on track with recruiting for it?": the same ambitions,
  // their sentences with those words first (a word that also names a risk does not change the subject).
  if (
    last.intent === 'strategy.progress' &&
    has(r, 'pronoun') &&
    r.topic &&
    ambitionPart(r.text) === null &&
    !r.risks.length &&
    !r.registerId &&
    !r.paper &&
    !has(r, 'actions', 'meeting', 'agenda', 'risk')
  )
    return { ...last, part: null, quote: r.topic };
  if (!namesNothing(r)) return null;

  // A list of actions, then "which of those are overdue now?", "anything not due yet?": the same
  // list (the asker's own, when it was), of that status, narrowed as before ("signed off by People").
  // (A month asked, "which of those are due in March?", is read with its year as lists read it.)
  const statusAsked = last.intent === 'actions.list' && !last.tally ? actionFilter(r) : null;
  if (
    last.intent === 'actions.list' &&
    statusAsked &&
    !r.risks.length &&
    !r.facets.some((f) => f !== 'actions') &&
    !has(r, 'who', 'ownerQuestion', 'owns') &&
    (has(r, 'pronoun') || /^(and |so |is there |are there |any )/.test(r.text)) &&
    ((has(r, 'overdue', 'closed') && !statusAsked.period) || statusAsked.period?.to === null)
  )
    return {
      ...last,
      filter: { ...last.filter, status: statusAsked.status, period: statusAsked.period },
      page: 1,
    };
  // The action about something on a risk, then "is it overdue?": that action's date, not the risk's.
  if (
    last.intent === 'actions.about' &&
    has(r, 'overdue') &&
    !/\b(actions|which|those|them|any|they)\b/.test(r.text) &&
    namesNothing(r)
  )
    return { ...last, ask: 'due', overdue: true };
  // About the last risk: "who leads that?", "and its gaps?", "what about actions?" (A list whose top
  // risk is kept, then "which ones are at target?": still risks of the list, not the top one's.)
  const ofTheList =
    last.intent === 'risk.list' &&
    /^(?:(?:ok|so|and|now) )*(?:which|what|any)(?: of (?:them|those|these)| ones| risks| others)\b/.test(
      r.text,
    );
  if (lastRisk && !ofTheList) {
    // "Who is leading the actions on it": its owner and leads. "What actions are on it, who owns
    // them?": the actions themselves, with their leads.
    const itsActions = has(r, 'actions', 'overdue') && !r.facets.some((f) => f !== 'actions');
    // "Who's doing the actions on that and by when?": the actions, with their leads and dates.
    const listAsked =
      itsActions && /\b(what|which|list|show|any|when|due|dates?|deadlines?)\b/.test(r.text);
    // A risk asked about some words that are one of its actions ("success measures on the research
    // risk"), then "who's the lead on that one?": that action's lead.
    const action = ONE_POINTED_AT.test(r.text) ? partAskedAbout(r, last, lastRisk) : null;
    if (action && has(r, 'who', 'ownerQuestion', 'owns', 'due'))
      return {
        intent: 'actions.about',
        words: action,
        ask: has(r, 'who', 'ownerQuestion', 'owns') ? leadAsked(r) : 'due',
        within: { kind: 'risk', risk: lastRisk },
      };
    // A risk, then "who leads the principal investigators bit, by when?": the work of its record
    // those words name, not the risk's owner.
    const part = WORK_PART.test(r.text) && !has(r, 'pronoun') ? ownWords(r, lastRisk) : null;
    if (!action && !listAsked && part && has(r, 'who', 'ownerQuestion', 'owns'))
      return {
        intent: 'actions.about',
        words: part,
        ask: leadAsked(r),
        within: { kind: 'risk', risk: lastRisk },
      };
    // ("Who took the minutes at the Sept GTB and who chaired it?" asks of a meeting it names.)
    if (
      !listAsked &&
      (has(r, 'ownerQuestion', 'owns') || (has(r, 'who') && has(r, 'pronoun'))) &&
      !has(r, 'meeting', 'minutes', 'agenda') &&
      // ("Was it Sharon Murphy who presented the performance report in Sept?": asked of the minutes.)
      !r.attendee &&
      !r.unknownName &&
      !r.pastPeriod
    )
      return { intent: 'risk.owner', risk: lastRisk };
    // Who leads a risk's actions, then "by when?": those actions, with their dates and leads.
    if (
      last.intent === 'risk.owner' &&
      /^(and )?(by )?when( (are|is) (they|it|those) (due|meant to be done))?$/.test(r.text)
    )
      return {
        intent: 'actions.list',
        scope: { kind: 'risk', risk: lastRisk },
        filter: { status: 'open', period: null },
        page: 1,
        tally: 'leads',
      };
    if (itsActions)
      return {
        intent: 'actions.list',
        scope: { kind: 'risk', risk: lastRisk },
        // "The ones due March 2025": those due then.
        filter:
          r.period || r.pastPeriod
            ? actionFilter(r)
            : {
                status: has(r, 'overdue') ? 'overdue' : has(r, 'closed') ? 'closed' : 'open',
                period: null,
              },
        page: 1,
        ...(has(r, 'ownerQuestion', 'owns', 'who') ? { tally: 'leads' as const } : {}),
      };
    if (r.facets.length) return { intent: 'risk.detail', risk: lastRisk, facets: r.facets };
    // "When was it last updated?": the risk, whose card gives its last update.
    if (IT_UPDATED.test(r.text))
      return { intent: 'risk.detail', risk: lastRisk, facets: ['scores'] };
    // "When is it reviewed?", "how often is it looked at?": who oversees it (and its card, when it
    // was last updated); the register prints no review dates.
    // "Which committee has oversight?", "who oversees it?": its committee.
    if (IT_REVIEWED.test(r.text) || (OVERSIGHT_ASKED.test(r.text) && !r.committeeReport))
      return { intent: 'risk.detail', risk: lastRisk, facets: ['scores'], first: 'oversight' };
  }
  // A paper's place in the workplan, then "and whose name is against it?": the same item, which names
  // who leads it.
  if (
    last.intent === 'workplan' &&
    last.items?.length === 1 &&
    (has(r, 'who', 'ownerQuestion', 'owns') || /\bwhose\b/.test(r.text)) &&
    namesNothing(r) &&
    !has(r, 'meeting', 'minutes', 'actions') &&
    // ("…and who actually took it through in September?": who did, in those minutes; below.)
    !(r.pastPeriod && has(r, 'presenter'))
  )
    return last;
  // A strategy's figure the minutes reported ("reported at GTB/25/17"), then "who presented that
  // item?": that minute, which says who presented it.
  const reportedAt =
    last.intent === 'strategy.progress' && last.figures?.length === 1
      ? /\breported at ([A-Z]+\/\d+\/\d+)/.exec(last.figures[0]!)?.[1]
      : undefined;
  if (reportedAt && has(r, 'presenter') && namesNothing(r) && !r.minuteReference)
    return { intent: 'minutes.item', reference: reportedAt };
  // A workplan item, then "who presented it at the September meeting?": that item in those minutes.
  if (
    last.intent === 'workplan' &&
    last.items?.length === 1 &&
    has(r, 'presenter') &&
    has(r, 'pronoun') &&
    !r.paper &&
    !r.minuteReference
  )
    return {
      intent: 'minutes.presenter',
      body: r.body,
      date: minutesDate(r),
      item: itemName(last.items[0]!),
      upcoming: false,
    };
  // After one action, any question of it that names nothing else ("when's it due?", "who has it?",
  // "is it done?", "what does it say?") is about the same action: its detail holds every field.
  // (Unless a list is asked: "which actions are overdue?" after one action is every log's.)
  if (last.intent === 'action.detail' && !/\b(actions|ones)\b/.test(r.text)) {
    if (has(r, 'history', 'why', 'overdue', 'slipped', 'revised') || WHO_CHANGED_IT.test(r.text))
      return actionAskedAgain(r, last);
    if (has(r, 'ownerQuestion', 'owns', 'who')) return { ...last, update: false };
    // ("Due date and which committee signs it off?": a committee asked of it is no meeting.)
    // (Words of its own that ask nothing of the action, "poster campaign going live?", "zorvexel",
    // are not about it: they are searched for, not answered with the action again.)
    if (
      !namesOtherRecord(r) &&
      (!has(r, 'meeting', 'agenda', 'actions') || (SIGN_OFF.test(r.text) && !has(r, 'agenda'))) &&
      (!r.topic ||
        has(r, 'pronoun') ||
        CUES.followUpStart.test(r.text) ||
        ASKED_OF_AN_ACTION.test(r.text))
    )
      return actionAskedAgain(r, last);
  }

  // Ambitions, then "how many virtual beds were there?": the same ambitions, the sentences with those
  // words first.
  if (
    last.intent === 'strategy.progress' &&
    !last.figures?.length &&
    has(r, 'figure') &&
    r.topic &&
    // ("In the annex for that ambition, what 2-hour response rate…": its report's, not the measure's.)
    (!r.indicators.length || THAT_AMBITION.test(r.text)) &&
    // "And how many projects does LPT have?": a figure the report prints is asked for itself.
    !strategyFiguresAsked(r) &&
    !namesOtherRecord(r) &&
    !has(r, 'actions', 'meeting', 'agenda')
  )
    return { ...last, part: null, quote: r.topic };
  // Ambitions, then "which one was only on 80%?": those at that level, among the same objective's (or
  // the report's, when one ambition was shown).
  const level = r.checking ? null : levelAsked(r.text);
  if (
    last.intent === 'strategy.progress' &&
    level &&
    /\b(which|what|one|ones|any)\b/.test(r.text) &&
    !namesOtherRecord(r)
  )
    return {
      ...last,
      ambitionIds: last.ambitionIds.length > 1 ? last.ambitionIds : [],
      equals: level,
      below: null,
      extreme: null,
      part: null,
    };
  // Ambitions, then "which ones are furthest behind?", "the least confident?": those at that end.
  const atAnEnd = last.intent === 'strategy.progress' ? ambitionsAtAnEnd(r.text) : null;
  if (
    last.intent === 'strategy.progress' &&
    atAnEnd &&
    /^(which|what|and|who|the|so)\b/.test(r.text) &&
    namesNothing(r)
  )
    return atAnEndOf(last, atAnEnd);
  // Ambitions, then "what's holding it back?", "any challenges?", "what's the focus next?": the same
  // ambitions, whose answer has their successes, challenges and focus.
  if (
    last.intent === 'strategy.progress' &&
    (has(r, 'pronoun') || ambitionPart(r.text) !== null) &&
    !namesOtherRecord(onlyAQuarter(r) ? { ...r, pastPeriod: null } : r) &&
    !has(r, 'actions', 'meeting', 'agenda')
  )
    return { ...last, part: ambitionPart(r.text) };
  // The action about something, then "has it slipped?", "why is it late?": when it is due, and what
  // moved its date.
  if (
    last.intent === 'actions.about' &&
    has(r, 'why', 'slipped', 'revised') &&
    !/\b(which|those|any|them)\b/.test(r.text) &&
    !namesOtherRecord(r)
  )
    return { ...last, ask: 'due' };
  // The actions about something, then "which of those are past their due date?": those of them.
  if (last.intent === 'actions.about' && has(r, 'overdue'))
    return { ...last, ask: 'due', overdue: true };
  // "Which committee signs it off?": its date, with the committee its log names to sign it off.
  if (last.intent === 'actions.about' && SIGN_OFF.test(r.text) && !namesOtherRecord(r))
    return { ...last, ask: 'due' };
  // "When are they due?", "deadlines?": the same actions, by when they are due.
  // ("Task lead n due date?": who leads it, which says when it is due too.)
  if (last.intent === 'actions.about' && (has(r, 'due') || /\bwhen\b/.test(r.text)))
    return {
      ...last,
      ask: /\b(lead|leads|owner|owners)\b/.test(r.text) ? leadAsked(r) : 'due',
    };
  // A list, then "which ones were due by end of June 2025?": those of it, over that period (which
  // is no other record).
  if (
    last.intent === 'actions.list' &&
    /\b(which|what|any) (ones|of (them|those|these))\b/.test(r.text) &&
    has(r, 'overdue', 'closed', 'proposed', 'slipped', 'revised', 'due', 'open') &&
    !r.risks.length &&
    !r.registerId &&
    !r.logSection &&
    !namesOtherRecord({ ...r, pastPeriod: null })
  )
    return { ...last, filter: stillNarrowed(actionFilter(r), last.filter), page: 1 };
  // ("Am I on the transition group, and how often does it meet?" after a list: that group's terms.)
  if (last.intent === 'actions.list' && !namesOtherRecord(r)) {
    // "Which one was due first?": the same list, which is in due-date order.
    if (has(r, 'whichFirst') && !has(r, 'closed', 'proposed') && !asksBeyondTheList(r, last))
      return { ...last, page: 1, tally: 'first' };
    // "By when?": the same list, which gives each action's date.
    if (/^(and )?(by )?when$/.test(r.text)) return last;
    // "From which meeting were they?": the same list, which says where each came from.
    if (
      /\b(which|what) (meeting|board|minutes?)\b.*\b(they|these|those|them|it)\b|\b(they|these|those|it) (come|came) from\b|\bwhere (did|do|does) (they|these|those|it) come from\b/.test(
        r.text,
      )
    )
      return last;
    if (has(r, 'overdue', 'closed', 'proposed', 'slipped', 'revised', 'due', 'open')) {
      // ("…and the oldest overdue one overall?": of every log, the oldest said first.)
      const order = tallyAsked(r.text);
      return {
        ...last,
        ...(OVERALL.test(r.text) ? { scope: { kind: 'all' as const } } : {}),
        filter: stillNarrowed(actionFilter(r), last.filter),
        page: 1,
        ...(order === 'first' || order === 'last' ? { tally: order } : {}),
      };
    }
    if (CUES.mine.test(r.text)) return { ...last, scope: { kind: 'mine' }, page: 1 };
  }
  const meetingBody =
    last.intent === 'meeting.next' ||
    last.intent === 'meeting.last' ||
    last.intent === 'meeting.agenda' ||
    last.intent === 'meeting.on'
      ? last.body
      : null;
  // An item of the minutes, then "when was that agreed?", "what date was that?": the same item, whose
  // answer names the meeting and its date.
  if (
    (last.intent === 'minutes.about' || last.intent === 'minutes.item') &&
    /\b(when|what date|which (meeting|board|date)|what meeting|how long ago)\b/.test(r.text) &&
    !has(r, 'next')
  )
    return last;
  // An item of the minutes, then "who answered that?", "who raised it?": the same item, whose minute
  // names who asked and who answered.
  if (
    (last.intent === 'minutes.about' || last.intent === 'minutes.item') &&
    (WHO_ANSWERED.test(r.text) ||
      /\bwhat (was|were|got) (challenged|raised|asked|questioned|queried|discussed|said|pushed back on)\b|\b(any|what) (challenge|challenges|questions|pushback|push back|concerns)\b/.test(
        r.text,
      )) &&
    !namesOtherRecord(r)
  )
    return last;
  // An item of the minutes, then "who introduced it?": who presented that same item.
  if (
    (last.intent === 'minutes.about' || last.intent === 'minutes.presenter') &&
    has(r, 'presenter') &&
    has(r, 'pronoun')
  )
    return {
      intent: 'minutes.presenter',
      body: last.body,
      date: last.date,
      item: last.item,
      upcoming: false,
    };
  // An item's presenter, then "what was agreed?": what came of that item, not every resolution.
  if (
    (last.intent === 'minutes.presenter' || last.intent === 'minutes.about') &&
    last.item &&
    has(r, 'resolve') &&
    !r.topic &&
    !namesOtherRecord(r)
  )
    return { intent: 'minutes.about', body: last.body, date: last.date, item: last.item };
  const minutesOf =
    last.intent.startsWith('minutes.') && 'date' in last
      ? { body: last.body, date: last.date }
      : null;
  // ("What did both Boards agree in 2024…?" after the September minutes: a time of its own.)
  const named = r.pastPeriod?.period;
  const elsewhen =
    !!named?.from &&
    !!minutesOf?.date &&
    (minutesOf.date < named.from || minutesOf.date > (named.to ?? named.from));
  if ((meetingBody !== null || last.intent.startsWith('meeting.') || minutesOf) && !elsewhen) {
    const body = r.body ?? meetingBody ?? minutesOf?.body ?? null;
    const date = minutesOf?.date ?? (last.intent === 'meeting.on' ? last.period.from : null);
    if (has(r, 'chaired')) return { intent: 'minutes.attendance', body, date, part: 'chair' };
    if (has(r, 'minuteTaker'))
      return { intent: 'minutes.attendance', body, date, part: 'minute-taker' };
    if (has(r, 'apologies')) return { intent: 'minutes.attendance', body, date, part: 'apologies' };
    if (has(r, 'attendance')) return { intent: 'minutes.attendance', body, date, part: 'all' };
    if (has(r, 'declarations')) return { intent: 'minutes.declarations', body, date };
    if (has(r, 'resolve')) return { intent: 'minutes.resolutions', body, date };
    if (has(r, 'minutes')) return { intent: 'minutes.meeting', body, date };
    if (has(r, 'agenda'))
      return {
        intent: 'meeting.agenda',
        body,
        which: date ? { date } : has(r, 'last') ? 'last' : 'next',
      };
    if (has(r, 'next')) return { intent: 'meeting.next', body, detail: null };
    if (has(r, 'last')) return { intent: 'meeting.last', body, detail: null };
    // "What time did it start?", "what day of the week was that?": when it meets, which says both.
    const whenAsked = has(r, 'time') || DAY_ASKED.test(r.text);
    if (whenAsked && (last.intent === 'meeting.next' || last.intent === 'meeting.last'))
      return { ...last, detail: 'time' };
    if ((whenAsked || has(r, 'place')) && last.intent === 'meeting.on' && !r.period)
      return { ...last, detail: whenAsked ? 'time' : 'place' };
    if (has(r, 'place') && (last.intent === 'meeting.next' || last.intent === 'meeting.last'))
      return { ...last, detail: 'place' };
  }
  return null;
}
