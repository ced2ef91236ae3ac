import Fuse from 'fuse.js';
import {
  ARISING_FROM,
  CUES,
  DATE_BELIEVED,
  WHAT_SOMEONE_WROTE,
  decisionChecked,
  ITEM_ABBREVIATIONS,
  extremeAsked,
  GUESS_AFTER,
  GUESS_BEFORE,
  STOP_WORDS,
  THAT_AMBITION,
  TOPICS,
  PAPERS_DUE,
  PAPERS_LATE,
  PRIVATE_BUSINESS,
  RISK_NAMED,
} from './lexicon';
import {
  findNamed,
  meetingDateOf,
  HOW_DO_WE_KNOW,
  NUMBER,
  type Reading,
  registerMeant,
  rolesIn,
  toNumber,
  WHY_SO_HIGH,
} from './entities';
import { clockTimeIn, findPeriod, MONTH_NAMES, MONTH_WORD, monthsWithoutYear } from './periods';
import { termAsked, type TermAsked } from './terms';
import { actionDetail, actionsAbout, actionsList, type ActionTally } from './answer/actions';
import { about, clarify, greeting, help, secretary, unanswered } from './answer/conversation';
import {
  mattersArising,
  meetingAgenda,
  meetingFirst,
  meetingsHeld,
  workplan,
  meetingLast,
  meetingNext,
  meetingOn,
  minutesAbout,
  minutesAttendance,
  minutesDeclarations,
  minutesItem,
  minutesMeeting,
  minutesPresenter,
  minutesResolutions,
  minutesSaid,
  minutesWhoSaid,
  type MeetingDetailAsked,
} from './answer/meetings';
import {
  committeeReport,
  paper,
  paperFigures,
  performance,
  termsOfReference,
  type TermsPart,
} from './answer/papers';
import { peopleWho } from './answer/people';
import {
  dataQuality,
  registerNotHeld,
  riskCompare,
  riskDetail,
  riskAppetite,
  riskList,
  riskOwner,
} from './answer/risks';
import { definition } from './answer/definitions';
import { topic, unknown } from './answer/search';
import { agendaItemSaid } from './agendaItemSaid';
import { type AmbitionPart, strategyProgress } from './answer/strategy';
import { suggestionsFor } from './examples';
import type { Kind, ParamsOf, QuestionOf } from './kind';
import type {
  ActionFilter,
  ActionNarrowing,
  ActionScope,
  Period,
  RiskFacet,
  RiskListFilter,
  RiskPart,
  RiskReference,
} from './question';
import type { IsoDate } from '../domain';
import { addDays, formatDate, londonToday } from '../domain/dates';
import { AppetiteLevel } from '../domain/risk';
import {
  askedReference,
  paperPresenting,
  strategyReportedBy,
  type Vocabulary,
  vocabularyRisk,
} from './vocabulary';
import { titleAskedOf } from './titleAsked';
import {
  contentWords,
  escapeRegExp,
  hasPhrase,
  namedByMostOf,
  normalise,
  removePhrase,
  spelledOutGroups,
  stem,
} from './text';

/**
 * The intent rules: ranked, the lowest rank first, the first that holds decides. Precedence is the
 * rank, written down, rather than negative guards spread through the conditions: a reference to a
 * record beats a general cue, a comparison beats a single risk, a minutes question beats a meeting
 * question, a risk named beats a topic, and search is the floor under all of them.
 *
 * Each rule names the kind of question it decides on (declared beside its answer, `answer/*.ts`) and
 * reads that kind's parameters from the reading. The Question type, the check of a remembered
 * question and the answer dispatch are derived from this list: a new kind is a new rule here, its
 * answer, and its card.
 */

/** What a meeting did, asked in the past: "what did the board resolve…", "what was agreed…". */
const RESOLVED_AT_A_MEETING =
  /\b(what|which|how) (did|was|were|has|have)( \w+){0,4} (resolve|resolved|decide|decided|agree|agreed|approve|approved|conclude|concluded|minuted|ratify|ratified|sign off|signed off|endorse|endorsed|rubber stamp|rubber stamped)\b/;

/** "What did X present", "what was X bringing": the item someone presented. */
const PRESENTED_ASKED =
  /\b(what|which (item|paper|report)s?) (did|has|was|were) [a-z ]{2,40} (present|presented|presenting|bring|brought|bringing|introduce|introduced|take us through|took us through)\b/;

/** The title of the minute item whose minute says the person asked about presented it. */
function presentedItem(r: Reading): string | null {
  const name = r.attendee?.text ?? r.person?.text;
  if (!name || !r.ctx.passages) return null;
  const said = new RegExp(`\\b${escapeRegExp(normalise(name))} (presented|introduced|took)\\b`);
  const hit = r.ctx.passages
    .search(name, { kinds: ['minute-item'], limit: 20 })
    .find((h) => said.test(normalise(h.doc.text)));
  return hit?.doc.title ?? null;
}

/** "Which band does 12 land in?", "which appetite band is 8 in?": the score asked of the bands. */
function scoreInBand(text: string): number | null {
  const m =
    /\b(?:which|what) (?:appetite |risk appetite )?band\b(?: [a-z ]{0,30})? (?:does|is|would) (?:a |the |its |a score of )?(\d{1,2})\b/.exec(
      text,
    ) ??
    /\b(\d{1,2}) (?:land|lands|fall|falls|sit|sits|come|comes) (?:in|into|under)\b[a-z ]{0,20}\bband\b/.exec(
      text,
    );
  const score = m ? Number(m[1]) : NaN;
  return score >= 0 && score <= 25 ? score : null;
}

/** "The deputy director of strategy & partnerships' list": "strategy" in a role's name only. */
function strategyOnlyInARole(r: Reading): boolean {
  if (!r.roles) return false;
  return !CUES.strategy.test(r.roles.names.reduce((t, n) => removePhrase(t, n), r.text));
}

/** The roles of someone the minutes name, by the role they print ("Group Chief Finance Officer"). */
function attendeeRoles(r: Reading): { roleIds: string[]; text: string } | null {
  const found = r.attendee ? rolesIn(normalise(r.attendee.role), r.ctx.vocabulary) : null;
  return found && found.roleIds.length ? { roleIds: found.roleIds, text: found.text } : null;
}

/** Which minutes a meeting approved: "which meeting's minutes were signed off", "approved the may minutes". */
const PREVIOUS_MINUTES_APPROVED =
  /\b((which|whose|what) (meeting s |meetings |meeting )?minutes (were|was|got|been) (signed off|approved|agreed|ratified|accepted)|(signed off|approved|agreed|ratified) the ([a-z]+ )?minutes|(previous|last) (meeting s )?minutes (were |got )?(signed off|approved|agreed))\b/;

/**
 * A score the asker believes a risk is at: "LPT BAF 05 current score is 16?", "is group baf 1 on 16?",
 * "baf 3 is scored 20 isn't it". Only asked as a check (a question mark, or "isn't it"), never a
 * target or initial score, and never the risk's own number.
 */
function scoreClaimed(r: Reading): number | null {
  if (!/\?\s*$/.test(r.raw) && !r.checking) return null;
  if (
    /\b(target|initial|inherent|residual|appetite|tolerance|above|below|over|under|from|up|down)\b/.test(
      r.text,
    )
  )
    return null;
  const said = r.risks.reduce((text, risk) => removePhrase(text, risk.text), r.text);
  const m =
    /\b(?:score|scored|scores|scoring|at|on|is|rated|sitting at|still)\s+(\d{1,2})\b(?!\s*(?:%|per|days?|weeks?|months?|years?|actions?|risks?))/.exec(
      said,
    );
  const score = m ? Number(m[1]) : null;
  return score !== null && score >= 1 && score <= 25 ? score : null;
}

/**
 * What the asker believes of a risk, put to be checked: its current score ("is group baf 1 on 16?"),
 * its target ("does group baf 1 have a target score of 8?") or where it stands against appetite ("is
 * it right that group baf 3 is above appetite?").
 */
function beliefsOfRisk(r: Reading): {
  scoreClaimed?: number;
  targetClaimed?: number;
  atTargetClaimed?: boolean;
  toleranceClaimed?: 'above' | 'within';
} {
  const score = scoreClaimed(r);
  if (score !== null) return { scoreClaimed: score };
  // (Asked as a check: "is it…?", "has it…", or tagged "…, isn't it".)
  if (!/^(is|are|was|were|does|do|has|have|did|so)\b/.test(r.text) && !r.checking) return {};
  const target =
    /\btarget(?: score)?(?: (?:of|is|at|=|still|as|now|set at)){0,2} (\d{1,2})\b(?!\s*%)/.exec(
      r.text,
    );
  if (target && Number(target[1]) >= 1 && Number(target[1]) <= 25)
    return { targetClaimed: Number(target[1]) };
  // ("Is group baf 5 at target?": whether its score has reached its target.)
  if (/\b(at|reached|hit|hitting|met|meeting|on) (its |the |their )?target( score)?$/.test(r.text))
    return { atTargetClaimed: true };
  if (/\btarget\b/.test(r.text)) return {};
  if (
    /\b(above|over|outside|beyond|breach\w*|exceed\w*) (the |its |our )?(risk )?(appetite|tolerance)\b/.test(
      r.text,
    )
  )
    return { toleranceClaimed: 'above' };
  if (/\b(within|inside|below|under) (the |its |our )?(risk )?(appetite|tolerance)\b/.test(r.text))
    return { toleranceClaimed: 'within' };
  return {};
}

/** Something named by its words and "one": "the access one", "the digital one". */
const THE_NAMED_ONE = /\b(the|that) [a-z]+( [a-z]+)? one\b/;

/** Whether something was approved, not merely finished: "has it been signed off?", "was it ratified". */
const SIGN_OFF_ASKED =
  /\b(signed off|sign off|signed-off|approved|ratified|endorsed|agreed|rubber stamped)\b/;

/** An item of a meeting named by its words: "on the workplan item". */
const ITEM_NAMED = /\b(on|about|for|regarding|re|under) the [a-z0-9 ]{2,60} item\b/;

/** Discussion, not what a record says: "did anyone comment on the workplan", "was it debated". */
const DISCUSSED =
  /\b(comment\w*|discuss\w*|debat\w*|challeng\w*|suggest\w*|raised|(anyone|anybody) (say|said))\b/;

/** What a question asks about, named at its end: "…resolve on the group BAF". */
const ITEM_NAMED_LAST =
  /\b(on|about|regarding|re) ((the|our) [a-z][a-z0-9 ]{1,40}|[a-z0-9][a-z0-9 ]{1,40}$)/;

/** What was said of something at a meeting: "anything said about veterans", "did anyone comment on it". */
const SAID_AT_A_MEETING =
  /\b(said|say|tell|told|comment|comments|commented|explain\w*|brief(ed)?|inform(ed)?|mention\w*|discuss\w*|talk\w*|raised|came up|quoted?|pick(ed)? up|asked|question(ed)?|challenged|suggested|suggestions?|hear|heard|thanked|welcomed|congratulated|praised|commended|acknowledged|answered|responded|replied|joined|introduced|presented|showcased|headline numbers|headline figures|headlines|top lines|key messages|(record|recorded|records|note|noted|notes|minute|minuted|have|has|had) (about|on|regarding|re))\b/;

/** A paper found by the agenda item its cover prints ("as agenda item 15"). */
const paperByItem = (r: Reading): boolean => !!r.paper?.byItem;

/** Who belongs to a body a paper describes: "who's in the alliance", "which trusts make it up". */
const MEMBERS_ASKED =
  /\b(who (is|s|are) (actually |really )?(in|part of)|members|membership|make up|makes up|made up of|(which|what|how many)( \d+| the| all)? (trusts|organisations|organizations|providers|orgs|partners|members) ((are|is|sit) )?(in|part of|on|make up|form))\b/;

/** What a review found: "which gaps did the reviewers flag", "the findings on board skills". */
const FINDINGS =
  /\b(gaps?|findings?|found|flag|flagged|identif(y|ied)|highlight(ed)?|areas for development)\b/;

/** "List all the board meetings", "which meetings have we had", "all board meeting dates". */
const EVERY_MEETING =
  /^(?:(?:can you|could you|please|pls) )?(?:(?:list|show|give)(?: me| us)? (?:all |every )?(?:of )?(?:the )?(?:group |trust )?(?:board )?meeting(?:s| dates)\b|(?:what|which) (?:group |trust )?(?:board )?meetings (?:are there|have (?:we|there been|the board) (?:had|held)?|are on record|do you have|have been held)\b|all (?:the )?(?:group |trust )?(?:board )?meeting(?:s| dates)\b)/;

/** "Did any NEDs challenge…", "did anyone raise anything on…", "has anybody queried…". */
const DID_ANYONE_SAY =
  /^(?:(?:and|so|but|ok) )?(?:did|has|have|had) (?:anyone|anybody|someone|somebody|any one|any body|some one|some body|any(?: of the)? (?:neds?|non execs?|non executive directors?|members|directors|execs?|executives|governors))(?: of them)? (?:\w+ )?(?:raise|raised|challenge|challenged|question|questioned|query|queried|comment|commented|ask|asked|push back|pushed back|object|objected|say|said|mention|mentioned|suggest|suggested|flag|flagged)\b/;

/** "Who suggested expanding the descriptor", "who raised the waiting lists": someone in the minutes. */
export const WHO_SAID =
  /^((at|on|in|during|for|under) [a-z0-9 ]{1,80}? )?(and |so |but |ok |okay )?who ((was|is|s) it|(was|were) the ones?|was that)?( that| who)? ?(first |originally )?(suggested|proposed|raised|wanted|asked for|pushed for|called for|asked (about|for|whether|if|how|what|why|when|that)|said|mentioned|reflected|highlighted|noted|challenged|queried|questioned|pointed out|recommended|agreed|offered|undertook|commented|spoke|flagged|brought up|talked about|updated (the board|members) on|described|outlined|explained|confirmed|reported|answered|responded|replied|made (the |a |that |this )?(point|points|comment|comments|case|suggestion|observation))\b/;

/**
 * What a who-said question asks was said: its words less the asking ones, and the risk it names ("the
 * BAF 1 wording"), which finds the minute though the rest of its words are common ones.
 */
function whatWasSaid(r: Reading, asking: RegExp): { words: string; context?: string } {
  // As typed, not with short forms spelled out: the minutes write "EMA" as the asker did. ("Who
  // raised points on the BAF in September": about the BAF; the points and the month say nothing.)
  const said = normalise(r.raw)
    .replace(asking, ' ')
    .replace(HOLLOW_SAID, ' ')
    .replace(MONTH_NAMES, ' ')
    .replace(/\b(meeting|board|minutes)\b/g, ' ');
  const words = contentWords(said).filter((w) => !STOP_WORDS.has(w));
  // ("Who commented on the BAF": whoever spoke at its item, found by the item's title.)
  const onTheBaf = !words.length && /\bbafs?\b/.test(said);
  return {
    words: words.join(' '),
    ...(r.risks.length
      ? { context: r.risks.map((x) => x.text).join(' ') }
      : onTheBaf
        ? { context: 'board assurance framework' }
        : {}),
  };
}

/** What was spoken of: "the BAF" of "did any NEDs challenge the BAF in September?", or a risk named. */
function spokenOf(r: Reading): string {
  const { words, context } = whatWasSaid(r, DID_ANYONE_SAY);
  return words || (r.risks.length ? context! : context ? 'baf' : '');
}

const HOLLOW_SAID =
  /\b(points?|questions?|comments?|issues?|concerns?|queries|query|remarks?|anything|something)\b/g;

/** "Wasn't it Duncan Orme who wanted…", "was it Manjit that suggested…": a name to check. */
const WAS_IT_WHO = /^(so |and |but |ok )?(was|is|did)( not)? it ([a-z]+ ){1,3}?(who|that) /;
/** "Duncan Orme suggested widening the BAF 1 descriptor - right?": a speaker claimed, to be checked. */
const NAME_SAID =
  /^(so |and |but |ok )?(i think |i thought |i believe |i heard )?([a-z]+ ){1,3}?(suggested|proposed|raised|asked|said|mentioned|reflected|highlighted|challenged|queried|recommended|flagged) /;

/**
 * One risk named, and compared with something ("is BAF 3 worse", "the LPT one vs the draft"); not one
 * risk's own scores set side by side ("BAF 06 - current vs target?").
 */
function oneRiskCompared(r: Reading): boolean {
  return (
    r.risks.length === 1 &&
    has(r, 'worseThan', 'betterThan', 'compare') &&
    !SCORES_COMPARED.test(r.text) &&
    // "Is baf 3 scored higher than 12?": against a score (no risk has the number), not a risk.
    !/\bthan (a |the )?(score of )?\d{1,2}\b/.test(r.text) &&
    // "Going back to the LPT BAF for comparison: what is BAF 03's score?": why it is asked, not a pair.
    !(
      /\b(for|by way of) (comparison|reference|context)\b/.test(r.text) &&
      !has(r, 'worseThan', 'betterThan')
    )
  );
}

/**
 * The risk of another register the question names beside one risk ("old LPT workforce risk vs the new
 * draft group one"): the one there sharing most of that risk's key words. Null when no other register
 * is named, or none of its risks shares a key word.
 */
function counterpart(r: Reading): RiskReference | null {
  const risk = r.risks[0]!;
  const v = r.ctx.vocabulary;
  const own = registerMeant(risk.registerId, r.ctx);
  const others = [
    ...new Set(
      r.organisationIds.flatMap(
        (id) => v.organisations.find((o) => o.id === id)?.registerIds ?? [],
      ),
    ),
  ].filter((id) => id !== own);
  if (others.length !== 1) return null;
  const shared = keyWordsShared(v, risk, own);
  const best = v.risks
    .filter((x) => x.registerId === others[0] && !x.draft)
    .sort((a, b) => shared(b) - shared(a))[0];
  return best && shared(best) > 0
    ? {
        registerId: best.registerId,
        number: best.number,
        draft: false,
        text: risk.text,
        by: 'topic',
      }
    : null;
}

/**
 * How many of a risk's key words (the names the papers give it) a risk of the vocabulary shares: the
 * same subject in another register ("Group BAF 4, culture" and LPT BAF 07) shares the most.
 */
export function keyWordsShared(
  v: Vocabulary,
  risk: RiskReference,
  registerId: string | null,
): (other: Vocabulary['risks'][number]) => number {
  const mine = v.risks.find(
    (x) =>
      x.registerId === registerId &&
      (risk.number === null ? risk.draft && x.draft : x.number === risk.number),
  );
  return (other) => other.names.filter((n) => mine?.names.includes(n)).length;
}

/** A meeting's own actions: "the May actions", "actions from the 29 May 2025 meeting". */
const MEETING_ACTIONS = new RegExp(
  `\\b(actions (of|from|raised at|agreed at|set at|arising from) the ([a-z0-9 ]{0,30} )?(meeting|board|gtb)|the ${MONTH_WORD} (meeting |board |gtb )?actions)\\b`,
);

/** The parts of a risk's record a question can ask for by name: its controls, gaps and assurances. */
const RISK_PARTS: ReadonlySet<RiskFacet> = new Set(['controls', 'gaps', 'assurances']);

const has = (r: Reading, ...cues: Parameters<Reading['cues']['has']>[0][]) =>
  cues.some((c) => r.cues.has(c));

/** What a committee made of something: "what did PCC hear on wellbeing", "what did it make of…". */
const COMMITTEE_HEARD =
  /\b(hear|heard|make of|made of|think of|thought of|told|conclud\w*|discuss\w*|receiv\w*|say|said|says|noted?|view on|consider\w*|flag\w*|escalat\w*|rais\w*|pick(ed|s)? ([a-z]+ ){0,3}up|look(ed)? (at|into))\b/;

/** The asking words of such a question, which are not what it is about. */
const HEARING_WORD =
  /^(hear|heard|make|made|think|thought|told|say|said|says|noted?|view|consider\w*|discuss\w*|receiv\w*|conclud\w*|flag\w*|escalat\w*|rais\w*|picked|pick|looked|look)$/;

/** Who the board's members are: "who sits on the board", "who are our NEDs", "board membership". */
const BOARD_MEMBERS =
  /\b(who (else )?(sits|sit|is|are|s) on the (group )?(trust )?board|(board|its) (members|membership)|members of the (group )?(trust )?board|who are (all )?(the|our|my)( other| current| fellow| existing)? (neds|non executive directors|non executive directors neds|non executives|non execs|executive directors|execs|board members|board)|(list|name) (all )?(the|our|my)( other| current| fellow)? (neds|non executive directors|non executive directors neds|board members)|(the )?rest of the (group )?(trust )?board)\b/;

/** Which side of the board is asked about: "the NEDs", "its executives"; null for neither. */
export function boardSideAsked(text: string): 'non-executive' | 'executive' | null {
  if (/\b(neds?|non ?executives?|nonexecutive\w*|non execs?)\b/.test(text)) return 'non-executive';
  if (/\b(executive directors|execs|executives|executive team|executive members)\b/.test(text))
    return 'executive';
  return null;
}

/** "Which NEDs were at the September board?": those of that side of the board (not who chaired it). */
function sideAsked(r: Reading): { side?: 'non-executive' | 'executive' } {
  const side = has(r, 'minuteTaker', 'chaired') ? null : boardSideAsked(r.text);
  return side ? { side } : {};
}

/** The word a committee's sign-off is printed with in an action log ("Finance", "People"). */
export function committeeWord(committee: string): string {
  return (
    contentWords(committee.toLowerCase()).filter((w) => !/^(committee|and|of|the)$/.test(w))[0] ??
    committee
  );
}

/** The workplan's lines for the items a question names: when, how often and by whom they come. */
const workplanItemsAsked = (r: Reading) => ({
  body: r.body,
  date: null,
  unscheduled: false,
  items: r.workplanItems,
});

/** How often, or by whom, an item comes to the board. */
const PLAN_ASK =
  /\b(every (group trust board|board|meeting)|each (board|meeting)|how often|standing item|frequency|regular\w*|brings?|bringing|presents?|presenting|who is down|verbal|paper or|written or|presentation or|when (does|do|is|are|will|s)\b[a-z ]{0,60}\b(come|coming|due|next|planned|scheduled) (to|at|back to|before|in front of) (the )?(board|gtb|meeting))\b/;

/** Facets only a risk has: with a topic, they make it a question about the risk. */
const RISK_ONLY_FACETS: ReadonlySet<string> = new Set([
  'scores',
  'appetite',
  'controls',
  'gaps',
  'assurances',
]);

/** Words that ask about a piece of work rather than name it. */
const ASKING_ABOUT_WORK =
  /\b(task leads?|action (leads?|owners?)|owners?|carr(y|ies|ying) the can|sitting|sits|sat|exec|execs|executive|director|whom|who|whos|down|hook|holds|holding|accountable|has|have|got|is|are|was|were|did|leading|leads?|responsible|owns?|doing|delivering|working|charge|in|signed|sign|off|done|completed?|finished|delivered|closed|yet|been|the|for|on|of|with|our|named against|listed against|named|listed|sorts|organises|organizes|arranges|coordinates|(meant|supposed) to be (happening|done|in place|running)|happening)\b/g;

/** Why the asker wants to know, before the work it names ("I've been asked to pick up the …"). */
const TAKING_IT_ON =
  /\b(i ve|i have|i m|i am|we ve|we have|we re|we are) (been )?(asked|told|meant|going|due|about) to (pick up|take on|take over|look at|look into|lead on|lead|own|deliver|chase|progress|work on|help with|help on|cover)\b/g;

/** Asking whose name is on a piece of work, or who does it ("whose name is against it"). */
const ASKING_WHOSE_NAME =
  /\b(whose names? (is |are )?(against|on|next to|beside|by)( it| that| this| them)?|whose (is it|is that|is this|job is (it|that|this))|(and )?who (actually |really )?(does|do) (the |that )?work|(owner|lead) (and|plus) task lead|(and )?when (is |s |was )?(it |that |this )?(due|meant to be done|by))\b/g;

/** A speaker's hedge ("I think it's on…", "if I remember rightly"): no part of what is asked. */
const HEDGE =
  /\b(i think|i believe|i reckon|i guess|if i remember( rightly)?|i m (pretty |fairly )?sure|i am (pretty |fairly )?sure)( it is| it s| its| that is| they are| it was)?\b/g;

/**
 * A question without its asides: a hedge ("I think it's on…") and a guess at who leads the work ("-
 * just the medical director?", "is LPT's managing director down for…"). Neither names the work.
 */
function withoutAsides(text: string): string {
  return text
    .replace(HEDGE, ' ')
    .replace(GUESS_AFTER, ' ')
    .replace(GUESS_BEFORE, (m, _v: string, who: string) => m.replace(who, ' '));
}

/** What a piece of work is called, in the question's words: "research strategy", "implementing psirf". */
function workWords(r: Reading): string {
  let text = ` ${withoutAsides(r.text)} `;
  for (const o of r.ctx.vocabulary.organisations)
    for (const n of o.names) text = text.replace(` ${n} `, ' ');
  // Stop words inside the name stay ("freedom to speak up"); those around it go.
  const words = text
    .replace(ASKING_WHOSE_NAME, ' ')
    .replace(ASKING_ABOUT_WORK, ' ')
    .trim()
    .split(/\s+/);
  const kept = (w: string | undefined) => !!w && contentWords(w).length > 0 && w.length > 2;
  while (words.length && !kept(words[0])) words.shift();
  while (words.length && !kept(words.at(-1))) words.pop();
  return words.join(' ');
}

/**
 * A question about a piece of work rather than a risk, a person or a paper: "the research strategy",
 * "the green plan funding gap analysis". A risk's own key word alone ("estates") is the risk.
 */
function aboutAnAction(r: Reading): boolean {
  const words = workWords(r);
  const keyword = r.topicRisks[0] && r.topicRisks[0].score >= 100 && !words.includes(' ');
  return (
    !!words &&
    !keyword &&
    !r.risks.length &&
    !r.actionTarget &&
    !r.minuteReference &&
    !r.roles &&
    !r.person &&
    !r.attendee &&
    !r.paper &&
    !r.committee &&
    !r.termsOfReference &&
    !r.indicators.length &&
    !r.pastPeriod &&
    // "Who's down to bring the THRIVE update": an item of the board's workplan.
    !r.workplanItems.length &&
    !has(r, 'actions') &&
    !has(r, 'risk', 'meeting', 'minutes') &&
    // An agenda or minute item is not a piece of work.
    !/\bitems?\b/.test(r.text)
  );
}

/**
 * "Which of the new joint committees have met for the first time?": committees, none named, asked
 * about together. Not one meeting: what the papers say of them (the chief executive's report).
 */
function severalCommittees(r: Reading): boolean {
  return !r.body && !r.committee && /\b(which|what|the|new|joint) committees\b/.test(r.text);
}

/** A figure the board was given: "the figure we gave the board last time", "the number reported". */
const FIGURE_GIVEN =
  /\b(figures?|numbers?|stats?|statistics|totals?)\b[a-z ]*\b(we|they|you|i|was|were) (gave|give|given|told|showed|shown|reported|presented|quoted)\b/;
const figureGiven = (r: Reading) => has(r, 'figure') && FIGURE_GIVEN.test(r.text);

/** The attendance a body's terms of reference expect of its members. */
const ATTENDANCE_EXPECTED =
  /\battendance (is |are )?(expected|expectation|required|requirement|target)|\b(expected|required|minimum|meant) (to attend|attendance)\b/;

/** Asks who leads a piece of work, in any of the ways people say it. */
export const WHO_LEADS =
  /\bwho (is|s|are) (on|working on|involved in|doing|leading|sharing) (the |our )?[a-z ]{3,60} with me\b|\bwho (do|should|can|could|would|shall) (i|we) (talk|speak|go|turn) to\b|\bwho else (is|s|are|was|were)( also)? (on|in|involved (in|with)|working on|down (for|on|to)|named (on|against)|listed (on|against)|sharing)\b|\bwho (are|were) (the |its )?(exec |executive |task |action )?(leads|owners)\b|\bwho (actually |really |exactly )?((is|s) (actually|really) (doing|leading|delivering|responsible for|responsible of|working on)|(was|were|is|s|are) (meant|supposed|due|expected) to (deliver|do|lead|produce|complete|finish|write|draft|make sure|ensure|see to it|find|refresh|review|develop|set up)|should (deliver|do|lead|produce|complete)|sorts|organises|organizes|arranges|coordinates|co ordinates|has|has got|had|is leading|leads|led|owned|headed|is doing|is delivering|is responsible for|s responsible for|is responsible of|s responsible of|is accountable for|owns|is in charge of|is working on|(is|s) (looking|looking at|looking into|taking forward|handling|sorting out|progressing|driving|chasing)|is the lead for|is the lead on|s the lead for|s leading|s doing|s down (for|to)|is down (for|to)|(was|were) (down (for|to)|responsible for|leading|doing|delivering|given|asked to do)|s on the hook for|is on the hook for|holds|is holding|s holding|has the lead (for|on)|is the named lead (for|on)|picks up|is picking up|s picking up|looks after|is looking after|(is|s|was|were) (the )?(exec |executive |director |task |action )?(lead|owner) (for|on|of)|(is|s) (the )?carrying the can (for|on)|(is|s) (the )?(exec |executive |director |task |action )?(lead|owner)( and| \+| &| plus)?)\b|\bwhose names? (is |are )?(against|on|next to|beside|by)\b|\bwho (is|s|was) (named|listed|put|written) (against|on|for|next to|beside)\b|^(is|was|are|were) [a-z& ]{2,60} (down (for|to)|(the )?(named )?(lead|owner) (for|on|of)|responsible for|on the hook for|in charge of)\b|\bwhose (is it|is that|is this|job is (it|that|this))\b|\b(owner|lead|action lead|exec lead) (and|\+|&|plus) (task lead|due date|deadline|date)\b|\b((which|what) (exec|execs|executive|director|person|officer|lead|role)\b[a-z ]{0,30}\b(sitting|sits|sat|rests?|lies) with|who (is|s) [a-z ]{2,60} (sitting|sat) with|(sitting|sits|sat) with (who|whom))\b/;

/**
 * "The risk behind only 80% confidence on the financially resilient ambition", "the financial risk
 * against the 'leading care collaboratives' ambition": that ambition's risks, not BAF risks found by
 * its words.
 */
function ambitionsRiskAsked(r: Reading): boolean {
  return (
    (r.comparedRisks.length ? r.comparedRisks : r.risks.length ? r.risks : [riskOf(r)]).every(
      (risk) => risk?.by === 'topic',
    ) &&
    /\bambitions?\b/.test(r.text) &&
    !/\b(baf|register)\b/.test(r.text)
  );
}

/** "Who has NHSE asked to…", "who did the ICB commission": someone another body chose, not a lead. */
const SOMEONE_ASKED_BY_OTHERS =
  /\bwho (has|have|had|did|will) ([a-z]+ ){1,5}(asked|ask|commissioned|commission|appointed|appoint|invited|invite|tasked|task|chosen|choose|engaged|engage|brought in|bring in)\b/;

/**
 * "Who's task lead on it?": the task lead asked for, said first. Any other "who leads", or both asked
 * together ("owner and task lead"), is the action lead with the task lead beside them.
 */
export function leadAsked(r: Reading): 'lead' | 'task-lead' {
  const task =
    /\btask[- ]?leads?\b|\bwho (actually |really )?(does|do|is doing|s doing) the (actual |real )?work\b/;
  const more =
    /\b(action lead|action leads|exec lead|owner|owners|due|date|deadline|when)\b|\bwho (leads|is leading|s leading)\b|\blead (and|plus|&) task lead\b/;
  return task.test(r.text) && !more.test(r.text) ? 'task-lead' : 'lead';
}

/** "Is it getting better?", "has it come down", "is it deteriorating": how a risk's score has moved. */
const MOVEMENT_ASKED =
  /\b((getting|got|gotten|becom(e|ing)|any) (better|worse)|improv(e|ed|es|ing)|deteriorat\w*|worsen\w*|(going|gone|moved|moving|come|coming|came) (up|down)|trending|(in )?the right direction)\b/;

/** "Which committee has oversight of it", "who oversees", "what is it reported to": its committee. */
/**
 * "Which strategy ambition does it support?", "what's its strategic link?": the part of the strategy a
 * risk (or paper) is tied to.
 */
/** "Which papers relate to BAF 1?", "any board reports linked to it": papers whose cover names a risk. */
export const PAPERS_OF_RISK =
  /\b(which|what|any) (board |other )?(papers?|reports?|agenda items?) (relate|link|refer|tie|speak|connect|mention|cover|touch|bear|are linked|are tied|are related|is linked|is related)\w* (to|on|with)?\b|\b(papers?|reports?) (linked to|related to|relating to|tied to|that (relate|link|refer) to)\b/;

export const LINK_ASKED =
  /\b(which|what) (of the )?(strategy |strategic |thrive |group |trust )?(ambitions?|objectives?|aims?|themes?|priorit(y|ies)|goals?|pillars?) (does|do|did|is|are|would) [a-z0-9 ]{0,40}?(support|serve|link|relate|tie|sit|belong|map|connect|contribute|fall|come|align)\w*|\bstrategic (links?|alignment)\b|\b(linked|tied|mapped|aligned|connected|relate[sd]?) to (which|what|any) (of the )?(strategy|strategic|ambitions?|objectives?|themes?|thrive|aims?|priorit(y|ies))\b/;

export const OVERSIGHT_ASKED =
  /\b(which|what) (committee|cttee|sub committee)\b|\b(oversee|oversees|overseeing|overseen|oversight)\b|\b(reported|reports|reporting|report) (in)?to\b/;

/** "When is it expected to hit its target?", "is there a date for reaching target": a target date. */
const TARGET_DATE_ASKED =
  /\b(when|by when|what date|how long|date)\b.*\b(hit|reach|get to|gets to|reached|achieve|achieved|at) (its |the |their )?target\b|\btarget (date|by when)\b|\bdate (for|of) (reaching |hitting )?(its |the )?target\b|\bdate (for|of) (reaching|hitting|getting to)\b/;

/** Words that name something of a risk itself, not a piece of work on it. */
const RISK_FACET_WORDS =
  /^(scores?|scored|scoring|ratings?|rated|appetite|target|level|status|trend|rag|current|initial|oversight|governance)( (scores?|ratings?|level|status))?$/;

/**
 * The work a who-leads question describes in words, without the register, risk or log it narrows to
 * ("the innovation strategy" in "who's on the hook for the innovation strategy on group baf 3").
 */
function describedWork(r: Reading): string {
  // ("Onboarding new NEDs": the spelt-out short form keeps its own name, not "non directors".)
  let text = ` ${withoutAsides(r.text).replace(/\bnon executive directors?( neds?)?\b/g, 'neds')} `;
  // "On the research BAF 3": where the work is, with the risk's subject, names no work.
  const risk = r.risks[0]?.text;
  if (risk)
    text = text
      .replace(
        new RegExp(`\\b(?:(?:on|in|under|from) (?:the )?(?:[a-z]+ )?)?${escapeRegExp(risk)}\\b`),
        ' ',
      )
      // "On the LPT finance risk, BAF 03, …": the risk named twice, in words as well.
      .replace(ON_A_RISK, ' ');
  // "The ICC assurance flow action on LPT's EPRR risk": the risk it is on, found by its words, is not
  // the work's name.
  else if (workOnARisk(r)) text = text.replace(ON_A_RISK, ' ');
  const wholeLog = r.logSection && !r.logSection.sectionId ? r.logSection.text : undefined;
  for (const named of [risk, wholeLog, r.period && normalise(r.period.text)])
    if (named) text = ` ${removePhrase(text, named)} `;
  // The register, organisation or action log it is in ("in the well led plan") names no work.
  for (const n of recordNames(r.ctx.vocabulary)) text = text.replace(` ${n} `, ' ');
  const words = text
    // "When is our finance lead meant to have the strategy done by?"
    .replace(/\b(supposed|meant|expected|due) to (have|get)\b|\btask leads?\b/g, ' ')
    // ("…how many, who leads, any progress logged?": more asked of them, not more of their name.)
    .replace(/\bhow many\b|\bany (progress|updates?)( (logged|reported|made|recorded))?\b/g, ' ')
    // ("What does the plan expect of us in terms of working with the ICB?": the ICB work.)
    .replace(
      /\b(expect|expects|ask|asks|want|wants|need|needs|require|requires) (of )?(us|the trust|the trusts|the group|the board)\b|\bin terms of\b|\bwhen it comes to\b/g,
      ' ',
    )
    .replace(TAKING_IT_ON, ' ')
    .replace(ASKING_WHOSE_NAME, ' ')
    .replace(ASKING_ABOUT_WORK, ' ')
    .replace(
      /\b(group|baf|bafs|register|risk|action|actions|about|regarding|named|down|hook|exec|execs|executive|sitting|sits|sat|whom|holds|holding|picks|picking|looks|looking|after|accountable|lead|led|owned|headed|s|what|which|overdue|late|outstanding|open|closed|due|today|chase|chasing|list|please|pls|that|were|was|supposed|meant|expected|done|finished|completed|delivered|deadline|when)\b/g,
      ' ',
    )
    .trim()
    .split(/\s+/);
  // ("Task lead n due date?": a date asked for at either end names no work.)
  const kept = (w: string | undefined) =>
    !!w && contentWords(w).length > 0 && w.length > 2 && !/^dates?$/.test(w);
  while (words.length && !kept(words[0])) words.shift();
  while (words.length && !kept(words.at(-1))) words.pop();
  return words.join(' ');
}

/**
 * "The access risk that I've got actions on - what's it scoring?"/**
 * "The access risk that I've got actions on - what's it scoring?": the asker's actions describe the
 * risk; its score (or another facet) is what is asked.
 */
const BY_MY_ACTIONS =
  /\b(that|which|where|with) (i|i ve|i have|i m|i am) (got |hold |own |lead |have )?(some |any |the |my )?(actions?|work) (on|against|in|under|for)\b/;
function riskByMyActions(r: Reading): boolean {
  return BY_MY_ACTIONS.test(r.text) && r.facets.some((f) => f !== 'actions');
}

/** Whether the work a question describes is only the log section it names ("the FTSU actions"). */
function onlyTheSection(r: Reading): boolean {
  const asked = r.logSection;
  if (!asked?.sectionId) return false;
  const section = r.ctx.vocabulary.logs
    .find((l) => l.id === asked.logId)
    ?.sections.find((x) => x.id === asked.sectionId);
  const words = new Set([asked.text, ...(section?.names ?? [])].flatMap((n) => contentWords(n)));
  return contentWords(describedWork(r)).every((w) => words.has(w));
}

/**
 * A piece of work asked of a risk named by its subject: "who was down to do the medium term recovery
 * plan on LPT's finance risk" (the plan, on that risk).
 */
function workOnARisk(r: Reading): RiskReference | null {
  const topicRisk = r.topicRisks[0];
  if (r.risks.length || !topicRisk || ambiguousTopic(r) || topicRisk.score < 100) return null;
  const on = ON_A_RISK.exec(r.text);
  // The work is named before the risk it is on ("the ICC assurance flow action on LPT's EPRR risk").
  const before = on ? r.text.slice(0, on.index) : '';
  if (on && (WORK_NOUN.test(before) || /\baction\b/.test(before))) return topicRisk.ref;
  // ...or the risk first, then the work: "partnerships baf - the agree-a-plan-with-ICB action".
  const first = RISK_FIRST.exec(r.text);
  const rest = first ? r.text.slice(first[0].length) : '';
  return first && (WORK_NOUN.test(rest) || /\baction\b/.test(rest)) ? topicRisk.ref : null;
}

/**
 * "Who's leading the actions on the digital risk?": the words describe no work, only the risk the
 * actions are on (found by its subject), so it is that risk's actions, with their leads.
 */
function onlyTheRisksActions(r: Reading): boolean {
  if (r.risks.length || !r.topicRisks[0] || ambiguousTopic(r)) return false;
  const words = describedWork(r).split(' ');
  const on = ON_A_RISK.exec(r.text);
  if (on)
    return (
      /\bactions?$/.test(r.text.slice(0, on.index).trim()) && words.every((w) => on[0].includes(w))
    );
  // ...or the risk first: "culture risk on the group BAF - who owns the actions?"
  const first = RISK_FIRST.exec(r.text);
  return (
    !!first &&
    /\bactions?\b/.test(r.text.slice(first[0].length)) &&
    words.every((w) => first[0].includes(w))
  );
}

/** A title asked of in words: "who are the deputy chairs", "who's our vice chair". */
function titleAsked(r: Reading): string | null {
  const m =
    /\bwho (?:is|s|are|re) (?:the |our |their )?((?:[a-z]+ ){0,3}(?:chairs?|chairman|chairwoman|governors?|deputy|vice chairs?))\b/.exec(
      r.text,
    );
  return m ? m[1]!.replace(/^(lpt|nhft|group) /, '') : null;
}

/** A risk named by its subject at the start of a question: "partnerships baf - …", "the estates risk: …". */
const RISK_FIRST = /^(the |our )?([a-z]+ ){1,3}(baf|risk)\b/;

/** "…on LPT's finance risk", "under the culture risk". */
const ON_A_RISK = /\b(on|under|for|against|in) (the |our |their )?([a-z]+ ){1,8}risk\b/;

/** The names of registers, organisations and action logs, longest first: sorted once a vocabulary. */
const recordNamesOf = new WeakMap<Vocabulary, string[]>();
function recordNames(vocabulary: Vocabulary): string[] {
  let names = recordNamesOf.get(vocabulary);
  if (!names) {
    names = [...vocabulary.registers, ...vocabulary.organisations, ...vocabulary.logs]
      .flatMap((o) => o.names)
      .sort((a, b) => b.length - a.length);
    recordNamesOf.set(vocabulary, names);
  }
  return names;
}

/** An appetite level named ("the open band"). */
export function appetiteLevelIn(text: string): AppetiteLevel | null {
  const named = /\b(none|minimal|cautious|open|eager)\b/.exec(text)?.[1];
  return named ? AppetiteLevel.parse(named) : null;
}

/** Where a piece of work was approved, said after it: "…signed off at group SEB in jan". */
const SIGNED_OFF_AT =
  /\b(?:signed off|approved|agreed|endorsed|ratified|sign off|approve|agree) (?:at|by) (?:the )?/;

/** "Which one is closest to breaching it?", "nearest the appetite limit": least headroom left. */
function nearestAppetiteAsked(r: Reading): boolean {
  return (
    (/\b(closest|nearest|closer|nearer|close|near|nearly|almost|verge|brink|edge)\b/.test(r.text) ||
      /\b(least|smallest|lowest|little|no) (headroom|margin|room)\b/.test(r.text)) &&
    /\b(breach\w*|appetite|tolerance|limit|exceed\w*|tip\w* over|go over|going over)\b/.test(
      r.text,
    ) &&
    !/\btargets?\b/.test(r.text)
  );
}

/** Nouns for a piece of work an action delivers ("the research strategy and delivery plan"). */
const WORK_NOUN =
  /\b(plan|plans|strategy|review|programme|policy|framework|analysis|assessment|business case|audit|roadmap|project)\b/;

/** Words naming a piece of work rather than a part of a risk: "the recovery plan", "developing …". */
const NAMES_WORK = new RegExp(
  `${WORK_NOUN.source}|\\b(develop|developing|deliver|delivering|implement|implementing|implementation|complete|completing|completion|establish|establishing|introduce|introducing|refresh|refreshing)\\b`,
);

/** Words asking whether work has moved from its date. */
const SLIPPED =
  /\b(moved|slipped|slipping|pushed (back|out)|delayed|deferred|put back|rescheduled|still (due|on for|planned for|dec|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov))\b/;

/** A diary asked of a day, once its date is taken out: "whats on", "anything happening on the". */
const DIARY_ASKED =
  /^(?:(?:and|so|ok|okay|hi|hey)\s+)?(?:what(?:'|’)?s|what is|what have we got|what do we have|anything|is there anything|is anything)(?:\s+(?:on|happening|planned|scheduled|booked|in the diary))?(?:\s+(?:on|in|for|at))?(?:\s+the)?(?:\s+(?:board|boards|group board|trust board|diary))?\s*[?.!]*$/;

/** The question without the date it names ("what did the board approve on 25 sept": "on"). */
function withoutDate(r: Reading): string {
  const date = normalise(r.pastPeriod?.text ?? '');
  return (date ? r.text.replace(date, ' ') : r.text).replace(/\s+/g, ' ').trim();
}

/**
 * When one piece of work is due, not who leads it or which end of a list is meant: "…who and by
 * when" is who leads it, with its date (`WHO_LEADS`); "the latest due date in the plan" is the
 * plan's list. ("When were the first PCA submissions due?": which submissions, not which action is
 * first; "when were provider capability assessments first due?": when that work first was.)
 */
function asksWhenOfOneWork(r: Reading): boolean {
  return (
    !/\b(who|whose)\b|\b(latest|earliest|last|first|next|soonest)\b(?! (?!(due|deadline|date|dates|one|ones|action|actions|thing|things|item|items|to|in|on|of)\b)[a-z]+ [a-z]+)/.test(
      r.text,
    ) || /\bwhen (was|were|is|are|s) [a-z ]{2,60} first due\b/.test(r.text)
  );
}

/** The work a has-it-moved question names, without its asking words or the month it was due. */
function movedWork(r: Reading): string {
  const period = r.period?.text ?? r.pastPeriod?.text;
  return describedWork(r)
    .split(' ')
    .filter(
      (w) =>
        w !== period &&
        !/^(still|or|has|have|it|moved|slipped|slipping|pushed|back|out|delayed|deferred|put|rescheduled|due|on|for)$/.test(
          w,
        ),
    )
    .join(' ');
}

/** A calendar year named on its own ("due in 2027"), which the period finder leaves to others. */
function yearNamed(r: Reading): Period | null {
  const year = /\b(?:in|by|during|for) (20\d\d)\b/.exec(r.text)?.[1];
  return year ? { from: `${year}-01-01`, to: `${year}-12-31`, label: year } : null;
}

/** Asks for a figure in words: how much, how many, spend, savings, growth. */
const FIGURE_ASK =
  /\b(how (much|many)|spend|spent|spending|expenditure|costs?|saved|save|savings?|grown|grow|growth|increased?|risen|wte|budget|£|%)\b/;

/** Words that describe one action rather than say what is asked of it. */
const NOT_DESCRIBING =
  /^(next|last|first|latest|oldest|newest|open|overdue|late|one|same|other|my|our|your|their|this|that|which|what|named|earliest|soonest|furthest|farthest|final|longest|nearest|closest|most|fewest|top)$/;

/**
 * "When's my innovation strategy due?": the asker's own piece of work, by its words; not "my actions
 * due", "our well-led tasks overdue", which say whose work it is, not what it is about.
 */
function ownWorkDescribed(text: string): RegExpExecArray | null {
  const m = /\b(?:my|our) ((?:[a-z0-9]+ ){1,4})(?=(?:due|deadline|overdue)\b)/.exec(text);
  return m &&
    contentWords(m[1]!).length === m[1]!.trim().split(' ').length &&
    !/\b(actions?|tasks?|items?|stuff|things?|work|bits|ones?|baf|bafs|logs?|plans?|registers?|review|deadlines?|papers?|reports?|risks?|dates?|lot)\b/.test(
      m[1]!,
    )
    ? m
    : null;
}

/**
 * One action described by what it is about: "the FTSU guardian tenure action", "the staff survey
 * action" (not "the actions", nor "the next action").
 */
function describedAction(r: Reading): string | null {
  // "The action about keeping NEDs updated…, is that overdue?", "FTSU action on training managers…";
  // not "the strategy action on the well-led plan", where the words name the log.
  const about =
    /\baction (?:on|about|for|re|regarding|around|to) ((?:[a-z0-9]+ ){1,14}?)(?=(?:is|are|was|has|when|who|whos|what|whats|where|due|still|any|overdue|lists|listed|names|shows|says|say|involve|involves|cover|covers|entail|entails|although|though|but|because|and (?:who|when|is|what))\b|$)/.exec(
      `${r.text} `,
    );
  // ("The principal investigators action on research": both say which.)
  const before = about
    ? /\b(?:the|that|this|my|our) ((?:(?!(?:the|that|this|my|our) )[a-z0-9]+ ){1,6})$/.exec(
        r.text.slice(0, about.index),
      )
    : null;
  const m =
    (about && !/\b(plan|log|register|baf|review|logs|plans)\s*$/.test(about[1]!)
      ? before
        ? ([about[0], `${before[1]}${about[1]}`] as const)
        : about
      : null) ??
    // (The nearest "the": "the exec lead on the digital action" is the digital action.)
    // ("My board skills gaps action…was due June 2025?": the asker's own, by its words.)
    // ("The FTSU guardian tenure idea - who owns it?": an idea or proposal the log makes an action.)
    /\b(?:the|that|this|my|our) ((?:(?!(?:the|that|this|my|our) )[a-z0-9]+ ){1,8})(?:action|idea|proposal)\b(?! (?:log|plan|sheet))/.exec(
      r.text,
    ) ??
    // "FTSU guardian tenure action - owner?": the words it starts with.
    /^((?:[a-z0-9]+ ){1,8})(?:action|idea|proposal)\b(?! (?:log|plan|sheet))/.exec(r.text) ??
    ownWorkDescribed(r.text);
  if (!m) return null;
  // ("University status - where does the Group BAF action stand?": the action of the register named
  // is the work said first.)
  const lead = WHERE_ONLY.test(m[1].trim())
    ? /^([^-–—:?]{3,60}?)\s+[-–—:]\s/.exec(r.raw)?.[1]
    : undefined;
  const words = spelledOutGroups((lead ? normalise(lead) : m[1]).trim().split(' ')).map(
    (g) => g[0]!,
  );
  if (words.some((w) => NOT_DESCRIBING.test(w))) return null;
  return contentWords(words.join(' ')).length ? words.join(' ') : null;
}

/** "What does the CEO report say about…": a paper asked, by its name, what it says. */
const PAPER_ASKED_TO_SAY =
  /^(?:so |and |ok )?what (?:does|did|do) (?:the |our )?[a-z0-9 ]{2,40} (?:paper|report|update) (?:itself )?(?:say|said|says) (?:about|on|re)\b/;

/** Whether the words of work asked are only the words of the risk named ("culture" of BAF 07). */
function namesOnlyTheRisk(r: Reading, words: string): boolean {
  const risk = r.risks[0] ? vocabularyRisk(r.ctx.vocabulary, r.risks[0]) : undefined;
  if (!risk) return false;
  const own = new Set(risk.names.flatMap((n) => n.split(' ')).map(stem));
  const asked = contentWords(words).filter((w) => w !== 'risk');
  return asked.length > 0 && asked.every((w) => own.has(stem(w)));
}

/** Words that only say where an action is: "the Group BAF action", "the well-led plan action". */
const WHERE_ONLY =
  /^(?:(?:the|group|lpt|nhft|trust|s|2024|2025|2026|old|new|baf|bafs|register|well led|plan|log|action)\s*)+$/;

/** Words asking whether work came about: "did it land", "has it happened", "did it go ahead". */
const CAME_ABOUT =
  '(?:ever |actually |really |finally |yet )?(?:land|landed|happen|happened|take place|taken place|go ahead|gone ahead|get done|got done|been done|get delivered|been delivered|complete|completed|finish|finished|come off|get off the ground)';
const WORK_HAPPENED: readonly RegExp[] = [
  new RegExp(
    `^(?:(?:and|so|ok) )?(?:the |that |this |our )?([a-z0-9 ]+?) (?:did|has|have) (?:that|it|this|they) ${CAME_ABOUT}\\b`,
  ),
  new RegExp(
    `^(?:(?:and|so|ok) )?(?:did|has|have) (?:the|that|this|our) ([a-z0-9 ]+?) ${CAME_ABOUT}\\b`,
  ),
];
/** Where work was named: a register or log ("on LPT's 2024 BAF"), which is not what it is about. */
const NAMED_WHERE =
  / (?:on|in|from|under) (?:the )?(?:(?:lpt|nhft|group|s|2024|2025|2026|old|new|latest) )*(?:baf|bafs|register|log|plan|review)(?: \d+)?$/;

/** The work a question asks whether it came about, in its words ("social value round table"). */
function workHappenedAsked(r: Reading): string | null {
  for (const re of WORK_HAPPENED) {
    const words = re.exec(r.text)?.[1]?.replace(NAMED_WHERE, '').trim();
    if (
      words &&
      contentWords(words).length &&
      !/\b(meeting|meetings|board|agenda|minutes|risk|risks|score|vote|it|that|this)\b/.test(words)
    )
      return words;
  }
  return null;
}

/** The record a question names other than a risk register: a log, a paper, a strategy. */
function namedRecord(r: Reading): string | null {
  // A risk named by number, or by its own key words ("the draft workforce risk").
  const risk = r.risks[0] ?? ((r.topicRisks[0]?.score ?? 0) >= 100 ? riskOf(r) : null);
  if (risk) {
    const found = vocabularyRisk(r.ctx.vocabulary, {
      ...risk,
      registerId: registerMeant(risk.registerId, r.ctx),
    });
    if (found) return found.id;
  }
  if (r.logSection && has(r, 'actions')) return r.logSection.logId;
  if (r.paper && !r.paper.bySponsor) return r.paper.id;
  const strategy = findNamed(r.text, r.ctx.vocabulary.strategies)[0];
  return strategy?.thing.id ?? null;
}

/** A whole record a question names (a log, not one of its sections; a paper; a strategy), and its name. */
function wholeRecord(r: Reading): { id: string; name: string } | null {
  if (r.logSection && !r.logSection.sectionId)
    return { id: r.logSection.logId, name: r.logSection.text };
  if (r.paper && !r.paper.bySponsor) return { id: r.paper.id, name: r.paper.text };
  const strategy = findNamed(r.text, r.ctx.vocabulary.strategies)[0];
  return strategy ? { id: strategy.thing.id, name: strategy.name } : null;
}

/** Asks which organisation a record is for, in words other than the record's own name ("trust ambitions"). */
function asksWhoseRecord(r: Reading): string | null {
  const record = wholeRecord(r);
  return record && CUES.whichOrganisation.test(removePhrase(r.text, record.name))
    ? record.id
    : null;
}

/** The level of a committee's AAA report a question asks for, if any. */
export function reportLevel(r: Reading): ParamsOf<typeof committeeReport>['level'] {
  // The report's own name ("the AAA report") asks for no level.
  const text = r.text.replace(/\balert advise (and )?assure\b/g, ' ');
  if (/\balert/.test(text)) return 'alert';
  if (/\badvis/.test(text)) return 'advise';
  if (/\b(assur|reassur)/.test(text)) return 'assure';
  if (/\b(celebrat|outstanding|(good|best|notable) practice)/.test(text))
    return 'celebrating-outstanding';
  if (/\bescalat/.test(text)) return 'alert';
  return null;
}

/** What a board or committee has agreed (not what a paper asks it to): "what did the board agree". */
const BOARD_AGREED =
  /\b((did|has|have|had) (the )?([a-z]+ ){0,3}(board|committee|gtb|we|they|members) (agree|agreed|decide|decided|approve|approved|sign off|signed off)|(was|were|has been|have been) (agreed|decided|approved)|what (we|the board|they|members) (agreed|decided|approved|signed off))\b/;

/** "Which BAF risk does the EMA paper relate to?": its cover sheet's BAF row. */
const RISKS_OF_PAPER =
  /\b((which|what|how many) (baf |strategic |group baf |bafs? )?risks?|(baf|bafs|risk|risks|register|risk register) (refs?|references?|numbers?|ids?|entries))\b.*\b(relate|relates|related|link|links|linked|tie|ties|tied|map|maps|mapped|sit|sits)\b/;

/** The one risk a paper named in the question relates to, as its cover names it; null for none or several. */
function paperRisk(r: Reading): RiskReference | null {
  const paper = r.paper && r.ctx.vocabulary.papers.find((p) => p.id === r.paper!.id);
  if (paper?.riskIds.length !== 1) return null;
  const risk = r.ctx.vocabulary.risks.find((x) => x.id === paper.riskIds[0]);
  const text = risk ? askedReference(r.ctx.vocabulary, risk) : null;
  return risk && text
    ? { registerId: risk.registerId, number: risk.number, draft: risk.draft, text, by: 'number' }
    : null;
}

/** The risk a named paper relates to, asked of: "the risk the THRIVE report relates to", "…behind it". */
function paperRiskAsked(r: Reading): boolean {
  return (
    !!paperRisk(r) &&
    !r.risks.length &&
    /\b(the|its|that) (baf |bafs? )?risk\b/.test(r.text) &&
    /\b(relates?|related|linked|links|tied|ties|behind|under|against|names?|named|covers?)\b/.test(
      r.text,
    )
  );
}

/** Who leads a piece of work a paper reports: "who's leading the joint medical job planning work?" */
const WORK_IN_A_PAPER_LED =
  /^(?=.*\bwho (is |s |are |re )?(leading|leads|running|runs|heading|in charge of|responsible for|driving)\b)(?=.*\b(work|programme|project|workstream|pilot|initiative|collaborative|forum|network|review|service|model)s?\b)/;

/** Verbs asking whether a paper took something up ("followed it up", "picked that up"). */
const FOLLOWED_UP = /^(followed|picked|addressed|mentioned|covered|raised|referenced|included)$/;

/** What a question asks of a paper: its cover sheet, the decision, what it says, its figures. */
export function paperWant(r: Reading): ParamsOf<typeof paper>['want'] {
  if (RISKS_OF_PAPER.test(r.text)) return has(r, 'decision') ? 'cover-decision' : 'cover';
  // "Which THRIVE themes does the value programme paper serve?": its cover's strategic alignment.
  if (LINK_ASKED.test(r.text)) return 'cover';
  if (has(r, 'paperSchedule'))
    return has(r, 'cover') && has(r, 'who') ? 'cover-schedule' : 'schedule';
  // "Who sponsored it and what's the ask of the board": both parts.
  if (has(r, 'cover') && has(r, 'decision')) return 'cover-decision';
  // ("Who's leading the Alliance joint medical job planning work?": who the paper says leads that
  // work, not who brought the paper.)
  if (WORK_IN_A_PAPER_LED.test(r.text) && contentWords(r.topic ?? '').length >= 2) return 'say';
  if (has(r, 'cover')) return 'cover';
  if (has(r, 'decision') && !r.topic) return 'decision';
  if (has(r, 'say') && r.topic) return 'say';
  // "How many strategic objectives has the EMA got?": the passage that lists them, not its figures.
  if (LIST_COUNTED.test(r.text)) return 'say';
  if (has(r, 'figure') || FIGURE_ASK.test(r.text)) return 'figures';
  return has(r, 'decision') ? 'decision' : 'say';
}

/** The risk a reading names: by number or as the draft, else the best by topic. */
export function riskOf(r: Reading): RiskReference | null {
  return r.risks[0] ?? r.topicRisks[0]?.ref ?? null;
}

/**
 * The score a ranking is by, when not the current one: "which has the lowest target?", "highest
 * initial score". ("Lowest now against its target" is the current score.)
 */
function stageRanked(r: Reading): { stage?: 'initial' | 'target' } {
  if (/\b(current|currently|now|today)\b/.test(r.text)) return {};
  if (
    /\b(highest|lowest|top|bottom|biggest|smallest|ranked|rank) (\w+ )?targets?\b|\btargets?( scores?)? (is |are )?(the )?(highest|lowest)\b/.test(
      r.text,
    )
  )
    return { stage: 'target' };
  if (
    /\b(initial|inherent|original|starting|first) (risk )?scor/.test(r.text) ||
    /\b(highest|lowest) (\w+ )?(initial|inherent)\b/.test(r.text)
  )
    return { stage: 'initial' };
  return {};
}

/**
 * The first day not counted by "before" a period: its start, or for "before the Jan 26 one" (read as
 * up to the month's end) the month's first day.
 */
function cutOffOf(period: { from: IsoDate | null; to: IsoDate | null }): IsoDate | null {
  if (period.from) return period.from;
  if (!period.to) return null;
  const next = addDays(period.to, 1);
  return next.endsWith('-01') ? `${period.to.slice(0, 7)}-01` : next;
}

/** A count of things a paper lists in words: "how many strategic objectives", "how many values". */
const LIST_COUNTED =
  /\bhow many ([a-z]+ ){0,2}(objectives|priorities|principles|values|strategies|aims|themes|members|providers|workstreams|recommendations|commitments)\b/;

/** The facet of a risk a pasted part is, by where the register prints it. */
const PART_FACETS: [RegExp, RiskFacet][] = [
  [/^a gap/, 'gaps'],
  [/^a control/, 'controls'],
  [/^an assurance/, 'assurances'],
  [/^its progress/, 'progress'],
];

/** What is asked of an action pasted in quotes, in the words around it. */
const ACTION_ASKED_OF_QUOTE =
  /\b(actions?|due|deadline|when|who|lead|leads|leading|owns?|owner|mine|me|my|overdue|status|done|progress)\b/;

/** The question's words without the words in quotes. */
function outsideQuote(r: Reading): string {
  if (!r.quote) return r.text;
  const quoted = normalise(r.quote.text);
  // (The question's text has its short forms spelled out, "SEB" and all: then the words as typed.)
  const said = r.text.includes(quoted) ? r.text : normalise(r.raw);
  return said.replace(quoted, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Words in quotes that are pasted from a record, not the subject of a list asked for ("well-led 'long
 * term trajectory' actions": the log's actions on that).
 */
function pasted(r: Reading): Reading['quote'] {
  const q = r.quote;
  // ("Well-led 'long term trajectory' actions": the log's actions on that subject; "the EMA paper's
  // '…'": a passage of the paper named.)
  if (!q || /['’"”]\s*actions\b/i.test(r.raw)) return null;
  if (r.paper && !normalise(q.text).includes(r.paper.text)) return null;
  // A short name in quotes ("the 'every voice matters' conference") is a name, not a line pasted:
  // pasted are a whole line as printed, or five words or more.
  const whole = !!q.printedIn && normalise(q.printedIn.text) === normalise(q.text);
  return whole || q.text.split(/[\s/]+/).length >= 5 ? q : null;
}

/** The risk whose control, gap or assurance was pasted in quotes, and which facet of it that is. */
function quotedRisk(r: Reading): { risk: RiskReference; facet: RiskFacet } | null {
  const doc = pasted(r)?.printedIn;
  if (!doc || (doc.kind !== 'risk-part' && doc.kind !== 'risk') || !doc.riskId) return null;
  const found = r.ctx.vocabulary.risks.find((x) => x.id === doc.riskId);
  if (!found) return null;
  return {
    risk: {
      registerId: found.registerId,
      number: found.number,
      draft: found.draft,
      text: r.quote!.text,
      by: found.draft ? 'draft' : 'number',
    },
    facet: PART_FACETS.find(([re]) => re.test(doc.where))?.[1] ?? 'everything',
  };
}

/** "How many controls does it list?": a risk's parts counted. */
const PARTS_COUNTED = /\b(how many|number of|count of|count the|total (number )?of)\b/;

/** The parts of a risk a count asks for: "how many gaps in assurance", "how many controls". */
function partsCounted(r: Reading): RiskPart[] {
  if (!PARTS_COUNTED.test(r.text)) return [];
  const t = r.text;
  const controlGaps = /\bgaps? in (the )?controls?\b|\bcontrol gaps?\b/.test(t);
  const assuranceGaps = /\bgaps? in (the )?assurances?\b|\bassurance gaps?\b/.test(t);
  const gaps = /\bgaps?\b/.test(t) && !controlGaps && !assuranceGaps;
  const rest = t.replace(
    /\bgaps? in (the )?(controls?|assurances?)\b|\b(control|assurance) gaps?\b/g,
    ' ',
  );
  return [
    ...(/\bcontrols?\b/.test(rest) ? ['controls' as const] : []),
    ...(controlGaps || gaps ? ['control-gaps' as const] : []),
    ...(assuranceGaps || gaps ? ['assurance-gaps' as const] : []),
    ...(/\b(sources? of assurance|assurances|lines? of (assurance|defence))\b/.test(rest)
      ? ['assurances' as const]
      : []),
  ];
}

/** The stage a score asked of is at: "started at an initial score of 25", "a target of 8". */
function stageOfScore(r: Reading): { stage?: 'initial' | 'target' } {
  if (/\b(current|currently|now|today)\b/.test(r.text)) return {};
  if (/\btargets?\b/.test(r.text)) return { stage: 'target' };
  if (
    /\b(initial|initially|inherent|original|originally|starting|started|first scored)\b/.test(
      r.text,
    )
  )
    return { stage: 'initial' };
  return {};
}

/** Several risks about a topic, too close to choose between: offer them. */
function ambiguousTopic(r: Reading): boolean {
  if (r.risks.length || r.topicRisks.length < 2) return false;
  const [a, b] = r.topicRisks;
  return a!.score < 100 && b!.score >= a!.score * 0.8;
}

function riskWords(ref: RiskReference, r: Reading): string {
  const register = r.ctx.vocabulary.registers.find(
    (x) => x.id === registerMeant(ref.registerId, r.ctx),
  );
  const name = register?.names.find((n) => n.split(' ').length <= 3) ?? register?.names[0] ?? '';
  return `${name} ${ref.draft ? 'draft risk' : (ref.number ?? '')}`.trim();
}

/** Words that say whose work it is or how it stands, not what it is about ("on my plate", "leading"). */
const NOT_A_TOPIC =
  /\b(pull( together)?|sign(s|ed|ing)?( off)?|back|role|roles|plate|list|desk|books|shoulders|radar|hook|against|name|names|deadline|deadlines|date|dates|before|want|update|updating|them|leading|lead|leads|own|owned|hold|holding|responsible|accountable|doing|got|outstanding|overdue|late|open|due|closed|closures?|anything|everything|stuff|things?|bits|work|workload|mine|items?|actions?|tasks?|sitting|waiting|still|left|any|baf|register|log|plan|page|pages|show|more|next|previous|please|pls|thanks|now|currently|today|week|month|year|recorded|record|progress|updates|updated|steps|milestones|two|three|four|five|started|begun|commenced|yet|count|number|total|tally|just|furthest|farthest|oldest|earliest|soonest|longest|worst|most)\b/g;

/** A yes-or-no question of one risk named by its topic: "is the digital risk above appetite?" */
function asksOfOneRisk(r: Reading): boolean {
  return (
    // "Is the digital risk above appetite?", "estates risk on the lpt baf - has it moved at all?"
    // ("Why hasn't the estates risk come down?", "even if the workforce risk gets to its target, would
    // that be inside appetite?")
    ((/^(is|has|does|did|was|are we|have we|why|whys|how come|even if|if|would|will|could|can|should)\b/.test(
      r.text,
    ) &&
      /\b(the|our|this|that) [a-z ]{2,80}\brisk\b(?! (register|appetite))/.test(r.text)) ||
      /^(the |our )?[a-z]+( [a-z]+)? risk\b(?! (register|appetite))[a-z ]*\b(is|has|does|did|was) (it|that|this)\b/.test(
        r.text,
      )) &&
    !/\brisks\b/.test(r.text) &&
    (r.topicRisks[0]?.score ?? 0) >= 100 &&
    !ambiguousTopic(r)
  );
}

/**
 * "My risks", "the risks I'm responsible for", "which risks do I own": the asker's, found by the actions
 * they lead (the registers name no owner for a risk).
 */
const MY_RISKS =
  /\b(my|mine)\b( [a-z]+){0,2} risks\b|\brisks\b( [a-z]+){0,3} (i|i m|i am|i ve|i have|i do)( got)? (am )?(responsible for|accountable for|own|lead|leading|hold|holding|got)\b|\b(i m|i am) (responsible|accountable) for\b.*\brisks\b|\brisks (do|am|have) i (own|lead|hold|have|responsible)\b|\b(which|what)( [a-z]+){0,2} risks?\b( [a-z]+){0,2} (sit|sits|sitting|fall|falls|land|lands|rest|rests) (with|on|to) me\b/;

/** Two of one risk's own scores compared: "current vs target", "initial against current". */
const SCORES_COMPARED =
  /\b(initial|inherent|current|target|residual|now|score|scores|scored|rating)\b.{0,20}\b(vs|versus|v|against|compared (to|with)|to)\b.{0,20}\b(initial|inherent|current|target|residual|appetite|tolerance|limit)\b|\b(compared (to|with)|against|vs|versus|than) (when|where) (it|they) (went on|was added|were added|started|began|first|was first|were first|came on|was entered|was opened|was raised)|\b(compared (to|with)|against|vs|versus|than) (at |when )?(the )?(start|outset|beginning|first|originally|initially)\b|\b(initial|inherent|current|target|residual),? (and )?(the )?(initial|inherent|current|target|residual)\b/;

/**
 * When work is meant to be finished: "supposed to be done by", "due to be delivered", "meant to have
 * agreed the schedule by".
 */
const DONE_BY =
  /\b((supposed|meant|due|expected|planned|scheduled|set) to (be )?(done|finished|complete|completed|delivered|in place|ready|landed|land|arrive|happen)|(supposed|meant|due|expected) to (have|get) [a-z0-9 ]{3,60} (done|finished|completed|delivered|in place|ready|sorted|signed off)( by)?$|(done|finished|completed|delivered) by (when|what date)|deadline for)\b|\b(supposed|meant|due|expected|planned|scheduled) to have [a-z]{3,20} [a-z0-9 ]{2,60} by( when| what date)?$/;

/**
 * Asks when a piece of work is due or will be done: "when is X due", "X - deadline?", "target date for
 * X", "when will X be in place", "X, when by?".
 */
const WORK_WHEN =
  /\b(when (is|s|was|are|were|will|would|should|does|do|did|can|could) [a-z0-9 ]{2,80} (due|be ((fully|properly|actually|finally) )?(done|finished|completed|complete|implemented|delivered|in place|ready|live|signed off|agreed)|finish|complete|land|go live|(done|finished|completed|delivered|in place|ready|signed off) by)|(due|target|completion|finish|end|delivery) date|deadline|when by|by when|due (by|when))\b/;

/** "How long has the innovation strategy been sitting on the BAF", "how long's the PSIRF work been open". */
const HOW_LONG_OPEN =
  /^how long (?:(?:has|have|s) )?(?:the |an |a |our |that |this )?([a-z0-9 ]{3,60}?) (?:been|sat) (?:sitting|sat|open|outstanding|around|live|listed|waiting|pending|on (?:the )?(?:baf|bafs|books|log|list|action log|register|plan))\b/;

/** The work a how-long-open question names, if it names work rather than a risk or a person. */
function workOpenHowLong(r: Reading): string | null {
  const words = HOW_LONG_OPEN.exec(r.text)?.[1];
  if (
    !words ||
    /\b(risk|risks|baf|bafs|it|they|this|that|he|she|i|we|you|action|actions)\b/.test(words)
  )
    return null;
  return contentWords(words).length && words.split(' ').length <= 6 ? words : null;
}

/** The work a when-question describes, without the words of asking when ("be fully", "target date"). */
function workAskedWhen(r: Reading): string {
  return describedWork(r)
    .replace(
      /\b((due|target|completion|finish|end|delivery) date|be|fully|properly|finally|actually|by|they|it|originally|now)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The work a "is it due in March?" check names, without the month and the words of asking. */
function workDueChecked(r: Reading): string {
  const said = r.period ? removePhrase(r.text, r.period.text) : r.text;
  return workWords({ ...r, text: said.replace(/\b(both|all|each|due|in|by|for|still)\b/g, ' ') });
}

/** "Am I still down for the PSIRF rollout", "am I leading the access policy refresh": one piece of work. */
const AM_I_DOWN_FOR =
  /^(am i|i m|im) (still |actually |really )?((down for|down as (lead|owner) (on|for)|named (on|against|for)|leading|the lead (on|for)|the (action |task )?lead (on|for)|responsible for) (the|that|this)\b|(on|in|part of|involved in|named in) (the|that|this) (action|one|piece of work)\b)/;

/** Asked whether one piece of work is the asker's: "is that on me", "is it mine". */
const ON_ME =
  /\b(is|s) (that|it|this) (on|with|for|down to|against) me\b|\b(is|s) (that|it|this) (mine|me)\b|\bmine\?*$/;

/** A reading without the roles it names, nor "last time": "what has the people director said on X". */
function withoutRolesNamed(r: Reading): Reading {
  const text = (r.roles?.names ?? [])
    .reduce((left, name) => removePhrase(left, name), r.text)
    .replace(/\b(last|this|next) time\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { ...r, roles: null, text };
}

/** Which of two is due first: "which was due first", "due before or after", "earlier or later". */
const WHICH_DUE_FIRST =
  /\b(which|what)( one| action| of (them|the two|those))?( (was|is|s|were|are))? (due|meant to be done|set|planned) (first|earlier|sooner|soonest)\b|\b(earlier|sooner) or later\b|\bbefore or after\b/;
/** "…due before the MD's EPRR actions", "…due later than…": the second piece of work after it. */
const DUE_BEFORE =
  /\b(due|set|meant to be done) (before|after|earlier than|later than|sooner than)\b/;
/** What sets one piece of work against another: "X vs Y", "X or Y", "X compared with Y". */
const SET_AGAINST = /\s(?:vs|versus|v|compared (?:with|to)|against|or)\s/;

function twoPiecesOfWork(r: Reading): [string, string] | null {
  if (!WHICH_DUE_FIRST.test(r.text) && !DUE_BEFORE.test(r.text)) return null;
  // ("Anything due before Christmas?": before a day, not before another piece of work.)
  const infix = DUE_BEFORE.exec(r.text);
  if (infix && !/\b(action|actions|one|ones)\b/.test(r.text.slice(infix.index))) return null;
  const [left, right] = infix
    ? [r.text.slice(0, infix.index), r.text.slice(infix.index + infix[0].length)]
    : (() => {
        const rest = r.text.replace(WHICH_DUE_FIRST, ' ');
        const at = SET_AGAINST.exec(rest);
        return at ? [rest.slice(0, at.index), rest.slice(at.index + at[0].length)] : ['', ''];
      })();
  const work = (side: string) =>
    describedWork({
      ...r,
      risks: [],
      logSection: null,
      period: null,
      text: side
        .replace(WHICH_DUE_FIRST, ' ')
        .replace(/\b(or (before|after)|before|after|or)\b/g, ' ')
        .replace(/\b(is|was|are|were|my|mine|the|one|ones|i m|i am|task lead on|lead on)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    });
  const [a, b] = [work(left), work(right)];
  return a && b && a !== b ? [a, b] : null;
}

/** The topic without the names of registers, logs and organisations ("on the well led plan" names no topic). */
function topicBeyondRecords(r: Reading): string | null {
  if (!r.topic) return null;
  let rest = ` ${r.topic} `;
  for (const n of recordNames(r.ctx.vocabulary)) rest = ` ${removePhrase(rest, n)} `;
  const words = contentWords(
    rest.replace(/\b(plan|plans|log|logs|review|register|baf|bafs|action|actions)\b/g, ' '),
  );
  return words.length ? words.join(' ') : null;
}

/** How a piece of work as a whole is going: "how is the plan going", "progress on", "update on". */
const LOG_GOING =
  /\b(progress|progressing|going|doing|getting on|update|updates|status|state of play|where are we|how far|breakdown|how (is|s|are) (it|the|our|that))\b/;

/** "What did I say on the FTSU one about tenure": the one of a section about something. */
const ONE_ABOUT = /\b(one|ones) (on|about|re|regarding|around|covering) [a-z]/;

/** "FTSU actions on manager training": a section's actions about something. */
const ACTIONS_ON =
  /\b(?:actions?|anything|something) (?:(?:still|currently|that are|which are|are|left|remaining) )*(?:(?:open|outstanding|live|in progress) )?(on|about|re|regarding|around|covering|for) (?!(the |my |our )?(baf|risk|log|plan|register|it|that|this|them|those|these)\b)[a-z]/;

/** "Is anything still open on SORT?": work still open is actions. */
const ANYTHING_OPEN =
  /\b(?:anything|something) (?:still |left |currently )?(?:open|outstanding|live)\b/;

/** "Is its initial score higher than digital's?": a stage of the scores compared, not the score now. */
function stageCompared(r: Reading): { stage?: 'initial' | 'target' } {
  if (/\b(now|current|currently|today)\b/.test(r.text)) return {};
  if (/\b(initial|initially|originally|original|inherent|at the start)\b/.test(r.text))
    return { stage: 'initial' };
  if (
    /\btargets?\b/.test(r.text) &&
    !/\b(from|to|reach|hit|at) (its |their )?targets?\b/.test(r.text)
  )
    return { stage: 'target' };
  return {};
}

/** "Is that mine (as well)?", "is it on me?": of one piece of work. */
const IS_IT_MINE =
  /\b(is|s|was) (that|it|this)( one| action)? (mine|on me|with me|down to me|against me|for me)\b/;

/** The whole log a question names a part of, as where to look ("…the well-led plan's improvement one"). */
function withinWholeLog(r: Reading): { within?: ActionNarrowing } {
  // ("What date did LPT's 2024 BAF give it?": a register named is its own log of actions.)
  const section = r.logSection ?? registersLog(r);
  if (!section) return {};
  const log = r.ctx.vocabulary.logs.find((l) => l.id === section.logId);
  return {
    within: { kind: 'log', logId: section.logId, sectionId: null, text: log?.names[0] ?? '' },
  };
}

/** The action log of a register named as one ("LPT's 2024 BAF"), if it has one. */
function registersLog(r: Reading): { logId: string } | null {
  if (!r.registerId || !/\b(baf|bafs|register|board assurance framework)\b/.test(r.text))
    return null;
  const log = r.ctx.vocabulary.logs.find((l) => l.baf && l.registerId === r.registerId);
  return log ? { logId: log.id } : null;
}

/** The work named in "the board buy-in one on the improvement strategy, is that mine as well?". */
function workAskedMine(r: Reading): string {
  const named =
    /\b(?:the|that|this) ([a-z0-9 -]{3,60}?) (?:one|action|bit|piece of work|item)\b(.*)$/.exec(
      r.text.replace(ON_ME, ' ').replace(/\b(as well|too|also|either)\b/g, ' '),
    );
  if (!named) return '';
  return describedWork({ ...r, text: `${named[1]} ${named[2]}`.replace(/\s+/g, ' ').trim() });
}

/** What is asked of one piece of work: whose it is, when it is due, whether its date moved. */
const ONE_ACTION_ASKED = new RegExp(
  `${ON_ME.source}|\\b(who (is|s) on (the|that|this)|when by|by when|when (is|s|was|were) (it|that|this) due|when s it due|(get|got|been|was|is|it) (pushed|put|moved|kicked|knocked) (back|out)|(did|has|is) (that|it|this) (slip|slipped|moved|move|been revised))\\b|${DATE_BELIEVED.source}`,
);

/** "When is the medium term recovery plan on BAF 03 due": the date of one piece of work. */
const ONE_DUE_DATE =
  /\bwhen (is|s|was) (?!(it|that|this|they|those|these|the actions?)\b)([a-z0-9 ]{3,60}) due\b/;

/** Whether the one date asked ("when is X due") is of work named beside the risk, not of the risk. */
function dueOfWorkOnRisk(r: Reading): boolean {
  const span = ONE_DUE_DATE.exec(r.text)?.[3];
  return !!span && contentWords(removePhrase(span, r.risks[0]?.text ?? '')).length > 0;
}

/** The words describing the one piece of work asked about, without what is asked of it. */
function oneActionWords(r: Reading): string {
  const text = r.text
    .replace(new RegExp(ONE_ACTION_ASKED.source, 'g'), ' ')
    .replace(/\b(my|did|does|has|have|is|it|this)\b/g, ' ');
  return describedWork({ ...r, text });
}

/** "…is that mine?", "is it one of mine", "is that on me": of the work just named. */
const THAT_MINE =
  /\b(is|was) (that|this|it) (one )?(mine|one of mine|on me|my action|down to me|with me)\b/;

/** The work named before "is that mine?" ("physician associate recruitment plan - is that mine?"). */
function workNamedFirst(r: Reading): string {
  const named = r.text.split(THAT_MINE)[0]!.replace(/\b(and|so|but|the|that|this)\s*$/, ' ');
  return contentWords(named).length >= 2 ? oneActionWords({ ...r, text: named }) : '';
}

/** "Is it done?", "has it been closed", "marked as complete": whether some work is finished. */
const DONE_ASKED =
  /\b(is|has|was|did|have|been) (\w+ ){0,10}(done|complete|completed|closed|finished|delivered|signed off|marked (as )?(done|complete|completed|closed|finished))\b/;

/** The work a "is it done?" question describes, without the asking or a date the asker believes. */
function workAskedDone(r: Reading): string {
  const clause = r.text.split(/ (?:it|that|this) (?:was|is|were) (?:due|meant|supposed)\b/)[0]!;
  return oneActionWords({ ...r, text: clause })
    .replace(
      /\b(marked|as|done|complete|completed|closed|finished|delivered|signed|off|with|yet)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The date a question says some work was (or is) due: "it was due end of jan", "due in March". */
function dateBelievedOfWork(r: Reading): { period?: Period; periodClaimed?: boolean } {
  const due = /\bdue\b.*$/.exec(r.raw.toLowerCase())?.[0];
  const found = due
    ? findPeriod(due, r.ctx.now, /\b(was|were|had)\b/.test(r.text) ? 'past' : 'future')
    : null;
  return found ? { period: found.period, periodClaimed: periodClaimed(r) } : {};
}

/** Asking who signs actions off: "signs off", "sign them off", "approves closure". */
export const SIGN_OFF =
  /\b(sign(ed|s|ing)?[ -]?off|signs? (them|it|these|those|this|that) off|approv\w* (the |their |its )?closures?)\b/;

/** "Overdue as of today", "open as at now": when the list is taken, not a period asked about. */
const AS_AT = /\b(as (of|at)|at|by) (today|now|the moment|present)\b/;

/** A list's leads asked of it as a whole: "which are overdue and who owns them". */
const WHO_LEADS_THEM =
  /\b(who (owns|leads|holds|has|is responsible for|s responsible for) (them|those|these|each|which|what)|who (is|s) (the )?(action |exec |task )?(lead|owner|leads|owners) (on|of|for) (most|all|each|any) (of )?(them|those|these)|(and|with) (their |the )?(owners|leads)|who owns what|by (owner|lead)|^(and |so )?whose (actions|ones|work|tasks)\b)\b/;

/** What a strategy's ambitions report progress on: "progress on high-level actions". */
const HIGH_LEVEL = /\bhigh[ -]?level actions?\b/g;

/** Words before a lead named: "led by", "sits with", "falls to". */
const NAMING_A_LEAD =
  'led by|brought by|presented by|owned by|sits? with|falls? to|belongs? to|assigned to';

/** "Which workplan items are led by the Directors of Governance and Risk?": who, in the plan's words. */
const LED_BY = new RegExp(
  `\\b(?:${NAMING_A_LEAD}|lead(?:s|ing)? (?:is|are|by)|(?:is|are) (?:the )?lead (?:for|on))\\s+(?:the\\s+)?([a-z][a-z/&' ]{1,60}?)\\s*$`,
);

/** A lead named at the end, whose items are asked: "which items sit with the CFO". */
const LEAD_NAMED_LAST = new RegExp(`\\b(?:${NAMING_A_LEAD})\\s+(?:the\\s+)?[a-z][a-z/&' ]{1,60}$`);

/** "Which workplan items does the CEO bring?", "…is the chief finance officer the lead for?" */
const LEAD_FOR =
  /\b(?:is|are|does|do)\s+(?!(?:down|due|set|going|meant|supposed|expected|scheduled|planned|listed|booked|pencilled in|named|put down) to\b)(?:the\s+)?([a-z][a-z/&' ]{1,60}?)\s+(?:the\s+)?(?:leads?\s+(?:for|on)|leading|lead|bring|brings|present|presents)\b/;

/** How many risks the asker counts: "which of the 6 group BAF risks…", "all 9 LPT risks". */
const RISKS_COUNTED =
  /\b(?:the|all|only|those|these|our|its|their|of) (\d{1,2}) (?:(?:group|lpt|nhft|approved|strategic|baf|main|current|board|trust)s? ){0,3}risks\b/;

function riskCountClaimed(r: Reading): number | null {
  const n = Number(RISKS_COUNTED.exec(r.text)?.[1] ?? 0);
  return n > 0 ? n : null;
}

/** What someone is yet to bring to a board: "down to present", "presenting", "due to bring". */
const PRESENTING_NEXT =
  /\b((down|due|set|scheduled|planned|expected|meant|supposed) (to|for) (present|bring|take|speak)|(is|s|are) (he|she|they|[a-z]+ [a-z]+) (presenting|bringing)|what (is|s) [a-z ]{2,40} (presenting|bringing|taking)|(presenting|bringing|taking) (to|at) (the )?(next|upcoming|forthcoming)?\b)/;

/** A period of a year or more asked ("2025/26"): a plan's year, not one meeting in it. */
function spansAYear(r: Reading): boolean {
  const p = r.pastPeriod?.period;
  if (!p?.from || !p.to) return false;
  return Date.parse(p.to) - Date.parse(p.from) > 300 * 24 * 3600 * 1000;
}

function workplanLeadAsked(r: Reading): string | null {
  if (!has(r, 'workplan')) return null;
  return LED_BY.exec(r.text)?.[1] ?? LEAD_FOR.exec(r.text)?.[1] ?? null;
}

/**
 * The one person the minutes list in a role named ("our director of governance": Kate Dyer, "LPT
 * Director of Governance and Risk"): every word of the role's name in the printed role, and the
 * printed role of the role's own organisation when it names one. Null when none, or several.
 */
function attendeeInRole(r: Reading): string | null {
  if (!r.roles || r.attendee || r.person) return null;
  const v = r.ctx.vocabulary;
  const words = contentWords(r.roles.text);
  const orgsOfRoles = new Set(
    v.roles.filter((x) => r.roles!.roleIds.includes(x.id)).map((x) => x.organisationId),
  );
  const inRole = v.attendees.filter((a) => {
    const printed = ` ${normalise(a.role)} `;
    if (!words.length || !words.every((w) => printed.includes(` ${w} `))) return false;
    const printedOrgs = v.organisations.filter((o) =>
      o.names.some((n) => printed.startsWith(` ${n} `)),
    );
    return !printedOrgs.length || printedOrgs.some((o) => orgsOfRoles.has(o.id));
  });
  return inRole.length === 1 ? inRole[0]!.id : null;
}

/** Whether a measure the question names is itself one of data quality ("Data Quality - DQMI score"). */
function measuresDataQuality(r: Reading): boolean {
  return r.indicators.some((id) =>
    r.ctx.vocabulary.indicators
      .find((i) => i.id === id)
      ?.names.some((n) => /\bdata quality\b/.test(n)),
  );
}

/** What a group has come up with: "flagged", "identified", "found", "raised". */
const GROUP_FOUND =
  /\b(flagged|flag|identified|identify|found|raised|raise|highlighted|spotted|picked up|escalated|concluded|recommended)\b/;

/** "Which items aren't scheduled for every meeting?", "not on every agenda": missing from some. */
const NOT_EVERY_MEETING =
  /\b(not|aren t|arent|isn t|isnt|never) (\w+ ){0,2}(for|at|on|to|in|before) (every|each|all)( the)?( single)? ((group|trust|public) )*(boards?|meetings?|agendas?)\b|\bnot (at|on|for|in|to) (every|each|all)( the)? ((group|trust|public) )*(boards?|meetings?|agendas?)\b/;

/** The asker's own part of a workplan: "what am I meant to bring", "which items do I present". */
const BRING_MINE =
  /\b(i|me|my)\b.{0,30}\b(bring|brings|bringing|present|presenting|lead|leading|take|taking|due to (bring|present)|down (for|to))\b|\b(items|papers|reports) (of )?(mine|for me|on me)\b/;

/** Events a paper reports, which are not meetings with minutes: "the Group conference", "a webinar". */
const EVENT =
  /\b(conferences?|webinars?|events?|roadshows?|workshops?|courses?|masterclass(es)?|festivals?|celebrations?|launch(es)?|campaigns?)\b/;

/** "Breakdown of the plan by section", "count by status", "split by committee": how to count a list. */
const BREAKDOWN_BY =
  /\b(breakdown|broken down|break(ing)? (\w+ ){0,3}down|split|splits|count|counts|counted|grouped|tally|totals?|how many|numbers?)\b.{0,40}?\b(by|per|for each|in each|across)( each| every| the)? (section|area|theme|domain|status|rag|lead|owner|director|exec|executive|committee|risk)s?\b/;

/** "Which section has the most actions?", "who leads the most actions?": a count by that, most first. */
const MOST_BY =
  /\b(?:(?:which|what) (?:(?:lpt|nhft|group|baf|well led|wl) ){0,2}(section|area|theme|domain|part|heading|status|committee|lead|owner|director|exec|executive|person|role|risk)s? (?:\w+ ){0,8}?|(who) (?:\w+ ){0,5}?)(?:the )?(?:most|fewest|least|highest number of|lowest number of)\b(?: of the)?(?: \w+){0,2} actions\b/;

/** Work said not to be done: "I still haven't done", "not yet finished", "yet to complete". */
const NOT_DONE =
  /\b(not|never|haven t|hasn t|isn t|aren t|yet to|still to) (yet )?(been )?(done|finished|completed|closed|delivered|do|finish|complete|close|deliver)\b/;

/** "What's the latest due date on the plan?", "which is due last?": the list, its last due first. */
const DUE_LAST =
  /\bwhen (s|is|are|will) the (last|final) ([a-z]+ ){0,2}(action|one|item|task)s?\b.*\bdue\b|\b(latest|last|furthest( out)?|final) (due |delivery |target )?(date|deadline)s?\b|\bdue (last|latest)\b|\b(runs?|running|goes|go|lasts?) (on )?(the )?(longest|latest|furthest)\b|\b(longest|furthest) (running|out)\b/;
/** "What's the earliest deadline?": the list, its first due said first. */
const DUE_FIRST =
  /\b(earliest|soonest)\b(?=.*\bdue\b)|\b(earliest|soonest) (due |delivery |target )?(date|deadline)s?\b|\bdue (first|earliest|soonest)\b|\boldest\b|\b(longest|most|furthest|farthest|worst) (overdue|outstanding)\b|\b(overdue|outstanding|late|open) (the )?longest\b|\blongest running\b.*\b(overdue|late|outstanding)\b|\b(overdue|late|outstanding)\b.*\blongest running\b/;

/** "Which month had the most?", "closures by month": counted by month. */
export const BY_MONTH =
  /\b(which|what) (month|months)\b.*\b(most|fewest|least|busiest|quietest|highest|lowest)\b|\b(by|per|each|every) month\b|\bmonth by month\b|\b(in|over) (which|what) months\b|\bwhich months$/;

/** "What did I say last time?", "latest updates on mine": each one's progress, in full. */
export const PROGRESS_ASKED =
  /\b(what (did|have|has) (i|we|they|he|she|it|the (action )?(owners?|leads?)|their (owners?|leads?)) (said|say|reported|report|written|write|put|logged|log|noted|note)|progress (updates?|notes?|reported|logged|so far)|updates? (from|by) (the )?(action )?(owners?|leads?)|(latest|last|recent|most recent) (progress|updates?|notes?)|(said|say|reported|report) on progress)\b/;

/** Each one's progress in full is asked ("with no progress reported" asks for those without any). */
function progressAsked(r: Reading): boolean {
  return PROGRESS_ASKED.test(r.text) && !NOT_STARTED.test(r.text);
}

/** "What's my next deadline?", "which BAF deadline is next up?": the soonest still to come, said first. */
const NEXT_DUE =
  /\bnext (?:[a-z&]+ ){0,3}?(?:deadline|due date|one due|action due)|\bdue next$|\b(?:deadline|due date)s? (?:is |are |comes |falls )?next\b|\bnext up\b|\b(?:days|weeks|long) (?:till|until|to|before) (?:my |the |our )?next\b/;

/** "Are they mostly on the access risk or the culture one?": counted by risk. */
const MOSTLY_ON_A_RISK =
  /\b(mostly|mainly|largely|more|most of (them|those|it)) (on|under|against|about|for) (the |that |this )?[a-z0-9 ]{0,30}\b(risk|one|baf \d+)\b.*\bor\b/;

export function tallyAsked(text: string): ActionTally | null {
  if (MOSTLY_ON_A_RISK.test(text)) return 'risks';
  if (BY_MONTH.test(text)) return 'months';
  if (NEXT_DUE.test(text)) return 'first';
  // ("My longest-running overdue action" is the oldest; "which runs the longest" is due last.)
  if (DUE_FIRST.test(text)) return 'first';
  if (DUE_LAST.test(text)) return 'last';
  const most = MOST_BY.exec(text);
  const by = BREAKDOWN_BY.exec(text)?.[6] ?? most?.[1] ?? (most?.[2] ? 'lead' : undefined);
  if (!by) return null;
  if (/^(section|area|theme|domain|part|heading)$/.test(by)) return 'sections';
  if (/^(status|rag)$/.test(by)) return 'statuses';
  if (by === 'committee') return 'sign-off';
  if (by === 'risk') return 'risks';
  return 'leads';
}

/** Actions asked for less those a role leads: "which ones aren't task-led by DoCA", "except the CFO's". */
export function notLedBy(r: Reading): ActionFilter['notLedBy'] {
  if (!r.roles) return null;
  const m =
    /\b(?:(?:are not|aren t|arent|is not|isn t|not|never|nobody)\s+(?:(?:being|been|currently)\s+)?(task[ -]?led|led|owned|held|run|leading)|(except|other than|apart from|besides|excluding|without))\b/.exec(
      r.text,
    );
  if (!m) return null;
  return {
    roleIds: r.roles.roleIds,
    text: r.roles.text,
    task: /\btask\b/.test(r.text),
  };
}

/** Chasing or asking who owns actions is about other people's, even in the first person. */
const OTHERS_ACTIONS = /\b(chase|chasing|nudge|nudging|hound|who (owns|leads|holds|has)|owners)\b/;

/** The asker saying what role they ask in: "what's on the LPT BAF for me as director of governance". */
function selfDescribed(r: Reading): boolean {
  if (!r.roles) return false;
  const role = escapeRegExp(r.roles.text);
  return (
    /\b(me|my|i)\b/.test(r.text) &&
    new RegExp(`\\b(as|i m|i am) (the |our |a |an )?${role}\\b`).test(r.text)
  );
}

const WAITING_ON_ME =
  /\ba?wait(ing|s)? (for|on) (me|us) to\b|\b(a?waiting|pending|needing|needs?) (my|our) (approval|sign ?off|decision|ok)\b/;

/** "With me and the other medical director": the asker's, shared with a colleague in the same role. */
const ME_AND_THE_OTHER =
  /\b(me|i|myself) and (the other|my fellow|my co|my opposite|my counterpart)\b/;

/** Asks for the asker's own actions: "my actions", "on my plate", "anything of mine", "am I leading". */
function asksMine(r: Reading): boolean {
  if ((r.roles && !ME_AND_THE_OTHER.test(r.text)) || r.person || r.actionTarget) return false;
  // "What risks am I responsible for on the group BAF?": the asker's risks, not their actions.
  if (MY_RISKS.test(r.text) && !has(r, 'actions')) return false;
  if (OTHERS_ACTIONS.test(r.text) && !/\b(my|mine)\b/.test(r.text)) return false;
  // "I'm on the transition group - what attendance is expected?": the group's terms, not my actions.
  if (r.termsOfReference && !has(r, 'actions', 'myWork')) return false;
  // "Who's on the hook for the speak up actions": someone else, unless the asker is in it.
  if (/^who\b/.test(r.text) && !/\b(my|mine|me|i)\b/.test(r.text)) return false;
  // "Who should I speak to about the FTSU actions?": who leads them, not the asker's.
  if (/\bwho (do|should|can|could|would|shall) (i|we) (talk|speak|go|turn|ask)\b/.test(r.text))
    return false;
  // "Anything waiting for me to sign off?": others' work waiting on the asker's decision.
  if (WAITING_ON_ME.test(r.text)) return false;
  if (has(r, 'myWork')) return true;
  // "the next deadline I actually have": the asker's, said with "I have".
  if (
    has(r, 'due') &&
    /\bi (actually |really |still |now )?(have|ve got|have got|got)\b/.test(r.text)
  )
    return true;
  return (
    CUES.mine.test(r.text) &&
    (has(r, 'actions', 'overdue') ||
      /\b(of mine|mine|(am i|i m|i am) (actually |really |still |even |currently )(on|in|down for|named|listed|leading)\b[a-z ]{0,40}\b(anything|something|any actions?)|(am i|i m|i am) (leading|doing|down for|down as|holding|responsible for|named|listed|mentioned|in|on)|i (actually |really |still |currently |now )?(lead|own|hold)|(have i|do i have|have i got|do i) (still |actually |really |currently )?(got |have )?(anything|something|any|stuff|much|items?|bits)|anything (for|on) me|(is there |are there )?(anything|something)( \w+){1,8} for me|what (is|s) (on|in)( \w+){1,6} for me|(has|have|got|put|puts) me down|me down for|(against|with|under|in) my name|my name on|(with|has|have|got|having) me (on|against|in) (it|them)|(open|outstanding|live|pending|left) (for|against|with|on) me|(sitting|sit|sat|landing|land|falling|fall) (with|on|to) me|on my plate|my list|my (deadlines?|due dates?))\b/.test(
        r.text,
      ) ||
      // "The oldest thing I still haven't done": the asker's own work, not yet done.
      (/\bi\b/.test(r.text) && NOT_DONE.test(r.text)))
  );
}

/**
 * What narrows the asker's own actions: a risk or log named, a risk named by its key words, one
 * organisation, or what the actions are about ("my open actions on social value").
 */
function actionNarrowing(r: Reading): ActionNarrowing | null {
  const risk = r.risks[0];
  // "…on the Group BAF, including the draft workforce risk": the register's log, that risk with the
  // rest, not that risk alone.
  const including = risk ? /\b(including|incl|as well as|along with|plus)\b/.exec(r.text) : null;
  const after = including ? r.text.slice(including.index) : '';
  const log =
    including && hasPhrase(after, risk!.text)
      ? r.ctx.vocabulary.logs.find(
          (l) => l.baf && l.registerId === registerMeant(risk!.registerId, r.ctx),
        )
      : undefined;
  if (log) return { kind: 'log', logId: log.id, sectionId: null, text: log.names[0] ?? log.id };
  if (risk) return { kind: 'risk', risk };
  const topicRisk = r.topicRisks[0];
  const onTopicRisk =
    !!topicRisk && topicRisk.score >= 100 && !ambiguousTopic(r) && ON_A_RISK.test(r.text);
  // "On the culture risk on the group baf": that risk, of the register whose log is named.
  if (
    onTopicRisk &&
    r.logSection &&
    !r.logSection.sectionId &&
    r.ctx.vocabulary.logs.find((l) => l.id === r.logSection!.logId)?.registerId ===
      topicRisk.ref.registerId
  )
    return { kind: 'risk', risk: topicRisk.ref };
  // A log section named by one of a topic's words ("the research strategy" is not the well-led plan's
  // strategy section): the topic, in all its words.
  const realTopic = !!r.topic && (r.topicRisks[0]?.score ?? 0) >= 100;
  if (r.logSection && !(r.logSection.sectionId && realTopic))
    return { kind: 'log', ...r.logSection };
  // "Any actions on the lpt workforce risk? someone mentioned physician associates": that risk's,
  // whatever else is said around it.
  if (onTopicRisk) return { kind: 'risk', risk: topicRisk.ref };
  // ("The long-term financial strategy action in the well-led plan": the log's name is no topic.)
  const named = r.logSection && r.ctx.vocabulary.logs.find((l) => l.id === r.logSection!.logId);
  const subject = (named ? named.names : []).reduce(
    (left, name) => removePhrase(left, name),
    (r.logSection ? r.subject : r.topic) ?? '',
  );
  const all = contentWords(subject.replace(NOT_A_TOPIC, ' ')).filter((w) => /^[a-z]{3,}$/.test(w));
  // ("…about money or financial improvement": either subject, each in all its words.)
  const afterOr = new Set(r.text.split(/\s+or\s+/)[1]?.split(' ') ?? []);
  const either = [all.filter((w) => !afterOr.has(w)), all.filter((w) => afterOr.has(w))];
  const words = (either.every((part) => part.length) ? either : [all])
    .map((part) => part.join(' '))
    .join(' or ');
  if (words) return { kind: 'topic', text: words };
  if (topicRisk && !ambiguousTopic(r) && topicRisk.score >= 100)
    return { kind: 'risk', risk: topicRisk.ref };
  if (bafActionsAsked(r)) return { kind: 'registers' };
  return oneOrganisation(r);
}

/** The one organisation a question names, as a narrowing of actions ("LPT's", "the Group's"). */
function oneOrganisation(
  r: Reading,
): { kind: 'organisation'; organisationId: string; text: string } | null {
  const [organisationId, ...more] = r.organisationIds;
  if (!organisationId || more.length) return null;
  const named = r.ctx.vocabulary.organisations.find((o) => o.id === organisationId);
  return { kind: 'organisation', organisationId, text: named?.names[1] ?? named?.names[0] ?? '' };
}

/**
 * "BAF actions", "actions on the risk registers", no register named: every BAF's action log (the
 * registers' own, not the minutes' or a review's).
 */
const BAF_ACTIONS =
  /\b(baf|bafs|board assurance framework|risk register|registers?|risk)'?s? actions?\b|\bactions? (on|against|in|from|for|under|across|off) (the |our |both |all (of )?(the )?)?(bafs?|board assurance frameworks?|risk registers?)\b/;

function bafActionsAsked(r: Reading): boolean {
  return !r.registerId && !r.logSection && !r.risks.length && BAF_ACTIONS.test(r.text);
}

/** "Which am I action lead for", "where am I task lead": the asker's part in the actions. */
const LEAD_PART = /\b(action|task) (lead|leads|owner|owners)\b/;

/** A risk or a log named: what a person's or a role's actions are narrowed to. */
function riskOrLogNamed(r: Reading): ActionNarrowing | null {
  return r.risks[0]
    ? { kind: 'risk', risk: r.risks[0] }
    : r.logSection
      ? { kind: 'log', ...r.logSection }
      : bafActionsAsked(r)
        ? { kind: 'registers' }
        : null;
}

function actionScope(r: Reading): ActionScope {
  if (asksMine(r)) {
    // "Either as lead or task lead", "lead or task lead": both parts, so neither narrows.
    // ("Either the named action lead or the named task lead": both named.)
    const both =
      /\b(lead|owner)s? (or|and|and or) (as )?(a )?task lead\b|\btask lead (or|and) (as )?(action )?lead\b/.test(
        r.text,
      ) ||
      (/\baction (lead|owner)s?\b/.test(r.text) && /\btask leads?\b/.test(r.text));
    const part = both ? undefined : (LEAD_PART.exec(r.text)?.[1] as 'action' | 'task' | undefined);
    // ("Where I'm only task lead", "task lead but not lead": not action lead on it as well.)
    const only =
      part === 'task' &&
      /\bonly (a |the )?task lead|\btask lead only\b|\bjust (as )?(a |the )?task lead\b|\bnot (the )?(action )?(lead|owner)\b/.test(
        r.text,
      );
    return {
      kind: 'mine',
      within: actionNarrowing(r),
      ...(part
        ? { as: part === 'action' ? 'action-lead' : only ? 'task-lead-only' : 'task-lead' }
        : {}),
    };
  }
  const risk = r.risks[0];
  if (risk && !r.roles) return { kind: 'risk', risk };
  const named = riskOrLogNamed(r);
  if (r.person && (!r.roles || r.person.text.length >= r.roles.text.length))
    return {
      kind: 'person',
      personId: r.person.id,
      text: r.person.text,
      ...(named ? { within: named } : {}),
    };
  // "FTSU actions not led by DoCA": the role leaves actions out (`actionFilter`), it does not choose them.
  if (r.roles && !notLedBy(r)) {
    // "What's sitting with the operational directors on the LPT BAF": a role's actions in one record.
    // "…on the 2024 LPT research risk": a risk named by what it is about, as a risk.
    const byTopic = r.topicRisks[0];
    // ("…on the LPT Board Assurance Framework": the register named is its own log of actions.)
    const registerLog = r.registerId
      ? r.ctx.vocabulary.logs.find((l) => l.registerId === r.registerId)
      : undefined;
    const within =
      named ??
      (byTopic && /\brisk\b/.test(r.text) && !ambiguousTopic(r) && byTopic.score >= 50
        ? ({ kind: 'risk', risk: byTopic.ref } as const)
        : registerLog
          ? ({
              kind: 'log',
              logId: registerLog.id,
              sectionId: null,
              text: registerLog.names[0] ?? registerLog.id,
            } as const)
          : null);
    return { kind: 'role', roleIds: r.roles.roleIds, text: r.roles.text, within };
  }
  // "Actions the chief exec leads": a title no log knows, kept as asked (no role), not dropped.
  const title = r.person ? null : titleAskedOf(r.text);
  if (title && !r.roles) return { kind: 'role', roleIds: [], text: title, within: named };
  // "Actions on the culture risk on the group BAF": the risk, which the register's whole log holds.
  const byTopic = r.topicRisks[0];
  if (
    r.logSection &&
    !r.logSection.sectionId &&
    byTopic &&
    has(r, 'risk') &&
    /\brisk\b/.test(r.text) &&
    !ambiguousTopic(r) &&
    byTopic.score >= 100
  )
    return { kind: 'risk', risk: byTopic.ref };
  // "…go to the Strategy and Partnerships committee for sign-off": the committee's words, not a section.
  const signOff = signOffPhrase(r);
  // ("…to Finance for sign-off rather than People or Strategy and Partnerships": a committee set
  // aside, not a section asked for.)
  const setAside = CONTRASTED.exec(r.text)?.[2] ?? '';
  if (
    r.logSection?.sectionId &&
    ((signOff && hasPhrase(signOff, r.logSection.text)) ||
      (!!signOffAsked(r) && hasPhrase(setAside, r.logSection.text)))
  )
    return {
      kind: 'log',
      logId: r.logSection.logId,
      sectionId: null,
      text: r.ctx.vocabulary.logs.find((l) => l.id === r.logSection!.logId)?.names[0] ?? 'the log',
    };
  if (r.logSection) return { kind: 'log', ...r.logSection };
  if ((CUES.mine.test(r.text) || has(r, 'myWork')) && !WAITING_ON_ME.test(r.text))
    return { kind: 'mine' };
  const topicRisk = r.topicRisks[0];
  if (topicRisk && !ambiguousTopic(r) && (has(r, 'risk') || topicRisk.score >= 100))
    return { kind: 'risk', risk: topicRisk.ref };
  if (bafActionsAsked(r)) return { kind: 'registers' };
  // "Overdue actions for LPT": one organisation named (a group's own logs, not its members').
  return oneOrganisation(r) ?? { kind: 'all' };
}

/** What a question sets aside: "…rather than People", "…instead of the board". */
const CONTRASTED = /\b(rather than|instead of|other than|as opposed to|but not|except)\b(.*)$/;

const SHOULD_BE_DONE =
  /\b(should|ought to|were meant to|was meant to|were supposed to|was supposed to) (have |ve )?(been )?(finished|done|completed|delivered|closed|sorted|wrapped up)\b/;

/** Closing said in words other than a sign-off's. */
const CLOSED_WORDS = /\b(closed|close|closing|completed|complete|done|finished)\b/;

/** The actions a question asks for: overdue, due in a period, closed, slipped… */
export function actionFilter(r: Reading): ActionFilter {
  const except = notLedBy(r);
  const signOff = signOffAsked(r);
  // "Have People as the sign-off committee": the words of a sign-off, not of closing.
  const status = statusFilter(r);
  const filter =
    signOff && status.status === 'closed' && !CLOSED_WORDS.test(r.text)
      ? // ("…the overdue well-led actions that People has to sign off": those overdue.)
        { status: has(r, 'overdue') ? ('overdue' as const) : ('all' as const), period: null }
      : namesAPack(r)
        ? // "The closures in the January pack": those the pack reports, whenever they were closed.
          { status: status.status, period: null }
        : status;
  return {
    ...filter,
    ...(except ? { notLedBy: except } : {}),
    ...(signOff ? { signOff } : {}),
  };
}

/** The period names a record by its date ("the may 24 baf", "the January pack"), not a time asked. */
function periodNamesRecord(r: Reading): boolean {
  const said = r.period?.text.toLowerCase();
  return (
    !!said &&
    new RegExp(
      // "The May 2024 BAF", or "the BAF from May 2024".
      `\\b${escapeRegExp(said)} (group |lpt |nhft )?(baf|bafs|register|risk register|pack|papers|paper|bundle)\\b|\\b(baf|bafs|register|assurance framework|pack|papers|paper|bundle) (from|of|dated) (the )?${escapeRegExp(said)}\\b`,
    ).test(r.text)
  );
}

/** Cues naming a measure a list of risks is taken by ("highest", "above appetite"). */
export const RISK_MEASURES = [
  'aboveAppetite',
  'withinAppetite',
  'furthestFromTarget',
  'aboveTarget',
  'atTarget',
  'closestToTarget',
  'mostImproved',
  'improved',
  'moved',
  'gettingWorse',
  'lowest',
  'highest',
  'ranked',
  'sinceLast',
  'newRisks',
] as const;

/** Whether the period a question names is a pack's ("the January pack", "the Jan papers"). */
function namesAPack(r: Reading): boolean {
  const said = r.pastPeriod?.text.toLowerCase();
  return (
    !!said &&
    new RegExp(`\\b${escapeRegExp(said)} (board )?(pack|papers|paper|bundle)\\b`).test(r.text)
  );
}

/** "The well-led actions that go to the People committee": a log's actions by their sign-off. */
const SENT_TO_COMMITTEE =
  /\b((go|goes|going|went|sent|taken|reported|reports?|come|comes|brought) (in)?to|signed off by|signs? off|overseen by|for) (the |our )?([a-z&]+ ){0,4}(committee|cttee)\b|\b(committee|cttee) (has|have|needs?|is|are|will|must) (to |going to |due to )?(sign|signs) (them |it )?off\b|\b(committee|cttee) (signs?|signed) (them |it )?off\b/;
/** "Have People as the sign-off committee", "signed off by People": the word the log prints. */
const SIGN_OFF_NAMED =
  /\b(?:have|has|with|having|where|showing|show) (?:the )?([a-z&]+(?: and [a-z]+)?)(?: committee)? (?:as|for) (?:the |their |its )?sign[ -]?off\b|\bsign(?:ed|s)?[ -]?off (?:by|with|at) (?:the )?([a-z&]+(?: and [a-z]+)?)\b/;
const NOT_A_COMMITTEE =
  /^(?:which|what|who|whom|whose|them|it|a|an|committee|cttee|board|when|now|our|my|this|that|each|every|all|any|their|its)$/;

/** "…go to the Strategy and Partnerships committee for sign-off": a committee by its log's words. */
const SENT_FOR_SIGN_OFF =
  /\b(?:go|goes|going|went|sent|taken|come|comes|coming|brought) (?:in)?to (?:the )?([a-z&]+(?: and [a-z]+)?)(?: committee| cttee)? for sign[ -]?off\b|\b(?:is|are|does|do) (?:the )?([a-z&]+(?: and [a-z]+)?) (?:committee|cttee) (?:(?:meant|supposed|expected|due|going) to )?sign(?:ing)?(?: (?:them|it|those|these))? off\b/;

/** The committee words a question names as actions' sign-off ("people", "strategy and partnerships"). */
function signOffPhrase(r: Reading): string | null {
  const m = SIGN_OFF_NAMED.exec(r.text) ?? SENT_FOR_SIGN_OFF.exec(r.text);
  const phrase = m ? (m[1] ?? m[2])! : null;
  // "Is our committee meant to sign off…" after "prepping the people cttee report": that committee.
  if (phrase && /^(our|my)$/.test(phrase) && r.committee) return committeeWord(r.committee.id);
  return phrase && !NOT_A_COMMITTEE.test(phrase.split(' ')[0]!) ? phrase : null;
}

function signOffAsked(r: Reading): string | null {
  // (The asker's own need no log named: "which of mine go to Finance for sign off?")
  if ((!r.logSection && !CUES.mine.test(r.text)) || r.risks.length) return null;
  return r.committee && SENT_TO_COMMITTEE.test(r.text)
    ? committeeWord(r.committee.id)
    : signOffPhrase(r);
}

/** "Actions not started", "which have no progress yet": open, with nothing reported on them. */
const NOT_STARTED =
  /\b((not|never) (yet |been |even )*(started|begun|commenced|kicked off)|yet to (start|begin|be started)|(haven t|hasn t|havent|hasnt|have not|has not) (yet |even )?(been )?(started|begun|kicked off)|(no|without( any)?|zero) progress( (reported|recorded|logged|made|update\w*))?( (yet|at all|so far))?$|(no|without( any)?) progress (reported|recorded|logged|made|updates?)|nothing (reported|logged|recorded) (on|against|for)|(haven t|hasn t|havent|hasnt|have not|has not|not|never|didn t|did not|yet to|failed to) (yet |even |actually |been )*(updated|update|given (a |an |any )?(progress )?updates?|reported( (any|on|their|its) progress)?|provided (a |an |any )?(progress )?updates?|submitted (a |an |any )?(progress )?updates?|sent (in )?(a |an |any )?(progress )?updates?))\b/;

/** Words of how actions stand, not of what they are about: "overdue", "not updated". */
function onlyAStatus(words: string): boolean {
  return /^((overdue|late|updated|update|updates|open|outstanding|due|closed|done|complete|completed|slipped|behind|started|progress|it|them|they|those|ones?)( |$))*$/.test(
    words,
  );
}

/** "Any updates on actions this week?", "what's been changed lately": changes made in Board Clerk. */
const UPDATED_ASKED =
  /\b(updated|updates|updating|changed|edited|(did|have|has) (i|we|you|they|he|she|anyone|anybody|someone|somebody) (update|change|edit)|(progress|changes?|notes?) (has been |have been |was |were |got |been )?(logged|recorded|reported|added|made|posted|put in|entered))\b/;
const LATELY = /\b(recently|lately|of late)\b/;
const UPDATED_BY_ME =
  /\b((have|did|has) i (ever |already |actually )?(updated|update|changed|change|edited|edit)|i (have|ve) (updated|changed|edited)|my (updates|progress updates|changes|edits)|(updates?|changes?|notes?|progress) (have |did )?i( ve| have)? (put in|made|added|given|written|logged|entered|posted|sent))\b/;

function updatedIn(r: Reading): ActionFilter | null {
  // ("Due in October 25 - any progress logged?": due then, with their progress.)
  if (!UPDATED_ASKED.test(r.text) || /\b(due|deadlines?)\b/.test(r.text)) return null;
  const asked = r.pastPeriod ?? r.period;
  if (asked) return { status: 'updated', period: asked.period };
  // ("What have I updated?": every change the asker has made, whenever.)
  if (UPDATED_BY_ME.test(r.text)) return { status: 'updated', period: null };
  if (!LATELY.test(r.text)) return null;
  // ("Lately": the last 30 days, read as the periods module reads them when said.)
  const lately = findPeriod('in the last 30 days', r.ctx.now, 'past');
  return lately ? { status: 'updated', period: lately.period } : null;
}

function statusFilter(r: Reading): ActionFilter {
  // "Closures that went to SEB in December": those a committee supported for closure then (the
  // latest December with some, when the month is named without its year).
  if (has(r, 'proposed')) {
    // ("Being closed at the jan group board": the meeting that approves them, not when SEB saw them.)
    // (So are those "we are asking the board to close in January": the board's month, not SEB's.)
    const atMeeting =
      /\b(board|gtb|meeting)\b/.test(r.text) &&
      !/\b(seb|strategic executive|committee|went|gone|sent|supported)\b/.test(r.text);
    const past = atMeeting ? null : (r.pastPeriod?.period ?? null);
    const oneMonth = !!past?.from && past.from.slice(0, 7) === past.to?.slice(0, 7);
    return {
      status: 'proposed-for-closure',
      period: past,
      ...((oneMonth || monthsWithoutYear(r.pastPeriod?.text ?? '')) && !r.yearGiven
        ? { yearless: true }
        : {}),
    };
  }
  if (has(r, 'noLead')) return { status: 'no-lead', period: null };
  if (NOT_STARTED.test(r.text)) return { status: 'not-started', period: null };
  const updated = updatedIn(r);
  if (updated) return updated;
  // "Which should have been finished by now?": those overdue, not those closed.
  if (SHOULD_BE_DONE.test(r.text)) return { status: 'overdue', period: null };
  if (has(r, 'noDueDate')) return { status: 'undated', period: null };
  const key = /\b(not on track|off track)\b/.test(r.text)
    ? 'not-on-track'
    : /\bon track\b/.test(r.text)
      ? 'on-track'
      : /\b(some issues|(have|has|having|with|facing|hit|hitting) (any |some )?(issues|problems|difficulties))\b/.test(
            r.text,
          )
        ? 'some-issues'
        : /\bdelivered\b/.test(r.text)
          ? 'delivered'
          : null;
  // "Which actions are delivered": as their owners report it, whether closed yet or not.
  if (key) return { status: key === 'delivered' ? 'all' : 'open', period: null, key };
  // "What's done and what's late": every one, each with where it stands.
  // (Closing said as closing: "the actions People has to sign off" is no "done and late".)
  if (
    has(r, 'closed') &&
    CLOSED_WORDS.test(r.text) &&
    has(r, 'overdue') &&
    /\b(and|or|v|vs|versus)\b/.test(r.text)
  )
    return { status: 'all', period: null };
  // "All of them, open and closed", "how many in total, and how many are complete": every one.
  if (
    has(r, 'closed') &&
    CLOSED_WORDS.test(r.text) &&
    (has(r, 'open') || /\b(in total|altogether|overall|all told)\b/.test(r.text)) &&
    /\b(and|or|v|vs|versus)\b/.test(r.text) &&
    !NOT_DONE.test(r.text)
  )
    return { status: 'all', period: null };
  // "The oldest thing I still haven't done": not done is open. ("Due end Oct 25 - anything not
  // done?": those still open of that date, as the date rules below read it.)
  const notDone = has(r, 'closed') && NOT_DONE.test(r.text);
  if (notDone && !(r.period && /\bdue\b/.test(r.text))) return { status: 'open', period: null };
  if (has(r, 'closed') && !has(r, 'open') && !notDone) {
    const past = r.pastPeriod;
    // "Closed off in nov": the latest November with closures, when this one has none.
    const oneMonth = past?.period.from?.slice(0, 7) === past?.period.to?.slice(0, 7);
    return {
      status: 'closed',
      period: past?.period ?? null,
      ...(past && (oneMonth || monthsWithoutYear(past.text)) && !r.yearGiven
        ? { yearless: true }
        : {}),
    };
  }
  // "Which isn't due till 2027?": due then, or later.
  if (has(r, 'notYetDue') && r.period?.period.from && /\b(till|until|til)\b/.test(r.text))
    return { status: 'due', period: r.period.period };
  if (has(r, 'notYetDue'))
    return {
      status: 'due',
      period: {
        from: addDays(londonToday(r.ctx.now), 1),
        to: null,
        label: `after today (${formatDate(londonToday(r.ctx.now))})`,
      },
    };
  // ("What's slipped since the last board": first due since then; "on the BAF from last year": the
  // register's date, not the actions'.)
  if (has(r, 'slipped') && !slippedOnlyAsRevised(r))
    return {
      status: 'slipped',
      period: periodNamesRecord(r) ? null : (r.pastPeriod?.period ?? null),
    };
  if (has(r, 'revised')) return { status: 'revised', period: null };
  // "Overdue as of today" is overdue now, not due today.
  if (has(r, 'overdue'))
    return {
      status: 'overdue',
      period: r.period && !AS_AT.test(r.text) ? r.period.period : null,
    };
  // ("What's on my list from the may 24 baf": the register of that date, not actions due then.)
  if (r.period && !periodNamesRecord(r)) {
    // "Due in March", asked of actions dated last March: the latest March that has some. ("Which
    // were due by the end of Feb?": in the past tense, the last February.)
    const { period, text } =
      r.pastPeriod && /\b(was|were|had been|fell) due\b/.test(r.text) ? r.pastPeriod : r.period;
    const oneMonth = !!period.from && period.from.slice(0, 7) === period.to?.slice(0, 7);
    const monthNamed = monthsWithoutYear(text);
    return {
      status: 'due',
      period,
      ...(oneMonth && monthNamed && !r.yearGiven ? { yearless: true } : {}),
    };
  }
  if (has(r, 'everyAction') && !has(r, 'open')) return { status: 'all', period: null };
  return { status: 'open', period: null };
}

/** The revised cue's words, wherever they are: the words left say whether more than dates moved. */
const REVISED_ANYWHERE = new RegExp(CUES.revised.source, 'g');

/**
 * "Which actions have had their dates pushed back": the slip is in the dates, so revised ones, not
 * the overdue ones too ("what has slipped" is both).
 */
function slippedOnlyAsRevised(r: Reading): boolean {
  return has(r, 'revised') && !CUES.slipped.test(r.text.replace(REVISED_ANYWHERE, ' '));
}

/** "Which committee has oversight of each risk", "who oversees the BAF risks". */
const EACH_RISK_OVERSEEN =
  /\b((which|what) committees?|who) (has |have |looks? after |looks? at |oversees? |covers? |scrutinis\w* |is responsible for |are responsible for )(oversight (of|for) |assurance (on|for) )?(each|every|all|the)( of the| of our)? ((group|lpt) )?(baf )?risks?\b|\b(oversight|overseeing) committees? (of|for) (each|every|all|the) ((group|lpt) )?(baf )?risks?\b|\b(each|every) risk s (oversight|overseeing) committee\b|\b(which|what) committees? (\w+ ){0,3}(the )?(most|fewest|least|more|fewer)\b( \w+){0,4} risks?\b/;

/**
 * "How up to date is the BAF?", "when were its risks last revised?", "which was updated most
 * recently?", "which has gone longest without an update?": the register's last updates.
 */
export const REGISTER_UPDATED =
  /\b((updated|revised|reviewed|refreshed) (most|least) recently|(most|least) recently (updated|revised|reviewed|refreshed)|(longest|the longest|longest time|most time) (without|since) (an? |its )?(update|review|revision|refresh)|gone (the )?longest without|(oldest|newest|latest|most recent|freshest|stalest) (update|review|revision)|last (revised|updated|reviewed|refreshed|changed|looked at)|how (up to date|current|recent|old|fresh|stale|out of date)|up to date|out of date|(when|how long ago) (was|were) (it|its|the) ([a-z]+ ){0,3}(revised|updated|reviewed|refreshed)|last (update|review|revision)|(haven t|hasn t|have not|has not|not) (been )?(updated|reviewed|revised|refreshed))\b/;

/**
 * Words that carry no topic of their own beside one that does ("help for people with gambling
 * problems" is about gambling): searched, they and their synonyms (people: staff, workforce…) would
 * outweigh it.
 */
const HOLLOW_TOPIC_WORDS = new Set(
  'people person problems problem issues issue help helping things thing stuff work'.split(' '),
);

/** The registers, asked of as where something is mentioned. */
const REGISTERS_WORD =
  '(?:the |any of the |our |either |both )?(?:(?:group|lpt|nhft|2024|2026|new|old|latest) )*(?:bafs?|board assurance frameworks?|risk registers?|registers)';
const MENTIONED_ON_RISKS: readonly RegExp[] = [
  new RegExp(
    `^(?:and |so |ok )?where (?:else )?(?:does|do|did|is|are|has|have) (?:the |our )?(.+?) (?:show up|shown up|come up|appear|appeared|feature|featured|crop up|cropped up|turn up|turned up|get (?:a )?mention(?:ed)?|been mentioned|sit|figure|come in|get picked up) (?:on|in|across|within|anywhere on|anywhere in) ${REGISTERS_WORD}$`,
  ),
  /^(?:and |so |ok )?(?:which|what|any) (?:of the )?(?:(?:group|lpt|nhft|baf|strategic) )*(?:risks|bafs) (?:mention|cover|refer to|talk about|touch on|include|link to|relate to|pick up|deal with|say anything (?:about|on)) (?:the |our )?(.+)$/,
  new RegExp(
    `^(?:and |so |ok )?(?:is|are) (?:the |our )?(.+?) (?:on|in|mentioned (?:on|in)|covered (?:on|in|by)|anywhere (?:on|in)|reflected (?:on|in)|picked up (?:on|in|by)) ${REGISTERS_WORD}$`,
  ),
  // ("The QSIR recruitment project in the minutes - does time to recruit show up anywhere on the BAF?")
  new RegExp(
    `\\b(?:does|do|did|has|have) (?:the |our )?([a-z0-9 ]+?) (?:show up|shown up|come up|appear|appeared|feature|featured|crop up|turn up|get (?:a )?mention(?:ed)?|figure) (?:anywhere )?(?:on|in|across|within) ${REGISTERS_WORD}$`,
  ),
];

/** A thread followed across the papers: "trace X from … through …", "tie together what … say about X". */
const TRACED_THROUGH: readonly RegExp[] = [
  /^(?:(?:can|could|would|will) (?:you|someone|anyone|somebody) )?(?:please )?(?:trace|follow|track) (?:the |our )?([a-z0-9 ]+?) (?:from|through|across|between|in|on) (?:the )?[a-z0-9 ]*\b(?:minutes|baf|bafs|papers?|reports?|registers?|pack|logs?)\b/,
  /\b(?:tie|pull|bring|join|link) (?:together|up)\b.*\b(?:about|on|re|regarding) (?:the |our )?([a-z0-9 ]+?)$/,
  // ("Does waiting show up anywhere on the Group side now?": wherever the papers have it.)
  /\b(?:does|do|did|is|are|has|have) (?:the |our )?([a-z0-9 ]+?) (?:show up|shown up|come up|appear|appeared|feature|featured|crop up|turn up|get (?:a )?mention(?:ed)?|figure) anywhere\b(?! (?:on|in|across|within) (?:the |any of the )?(?:(?:group|lpt|nhft) )?(?:bafs?|registers?|risk registers?)\b)/,
  // ("ICB 5-year strategy alignment: trace it from LPT's 2024 BAF through to the Group BAF")
  /^(?:the |our )?([a-z0-9 ]+?) (?:(?:can|could) you |please )?(?:trace|follow|track) (?:it|this|that|them) (?:from|through|across|between)\b/,
];

/** A subject, then whether anything connects it across papers: "Physician associates: anything connecting…". */
const SUBJECT_CONNECTED =
  /^([^:?–—-]{3,60}?)\s*[:–—-]\s*(?:is there |are there |any(?:thing)? |what(?:'|’)?s the |what is the )?(?:a |an )?(?:links?|connections?|connecting|linking|tying|joining|ties?)\b/i;

function tracedThrough(r: Reading): string | null {
  const connected = SUBJECT_CONNECTED.exec(r.raw)?.[1];
  for (const words of [
    ...TRACED_THROUGH.map((re) => re.exec(r.text)?.[1]?.trim()),
    connected ? normalise(connected) : undefined,
  ])
    if (words && contentWords(words).length && !NOT_A_THING_MENTIONED.test(words)) return words;
  return null;
}

const NOT_A_THING_MENTIONED =
  /^(it|that|this|they|them|those|these|mine|my \w+)$|\b(there|anything|something|nothing|everything|anyone|someone|still|actually|really|leading|led|leads?|owned|owns?|scored|scoring|score|at|above|below|over|under|within|risk|risks|actions?|mine|my|i|we|you|me|[0-9]+)\b/;

/** What a question asks the risk registers mention: "the east midlands alliance", or null. */
function mentionedOnRisks(r: Reading): string | null {
  for (const re of MENTIONED_ON_RISKS) {
    const m = re.exec(r.text);
    const words = m?.[1]?.replace(/\b(the|a|an|any|anything|one)$/, '').trim();
    // ("Is it on the BAF?": a pronoun is the last subject's, which the follow-ups read; "is the chief
    // nurse leading anything on the group baf", "is the estates risk still at 20 on the lpt baf" ask
    // of work or a score, not where something is mentioned.)
    if (words && !NOT_A_THING_MENTIONED.test(words)) return words;
  }
  return null;
}

/** A topic as searched: without its hollow words, unless it has nothing else. */
function searchedTopic(topic: string): string {
  const words = topic.split(' ');
  const kept = words.filter((w) => !HOLLOW_TOPIC_WORDS.has(w));
  return kept.length ? kept.join(' ') : topic;
}

/** A task Board Clerk does not do, asked of it: "can you book me a train…", "order lunch for the board". */
const BEYOND_ME =
  /^(?:(?:please|pls|hey|hi|quick one|can|could|would|will) )*(?:you )?(?:please )?((?:book|order|buy|reserve|pay for|print|phone|call|ring|translate|fax|post|courier|fix my|reset my|install|cancel my) (?:me |us )?[a-z0-9 ]{2,40}?)(?: for (?:me|us))?(?: (?:on|for|by|next|this|tomorrow|today|monday|tuesday|wednesday|thursday|friday)\b.*)?$/;

function beyondMe(r: Reading): string | null {
  const m = BEYOND_ME.exec(r.text);
  // ("Book the next board meeting in", "call a meeting": the secretary's tools, or the papers.)
  if (
    !m ||
    /\b(meeting|meetings|board|agenda|reminder|reminders|minutes|risk|risks|action|actions|paper|papers|baf)\b/.test(
      r.text,
    )
  )
    return null;
  return m[1]!.replace(/ (me|us) /, ' ');
}

/** "Hasn't come down", "not moved at all", "never reduced": the score is as first given. */
const NOT_MOVED =
  /\b(hasn t|hasnt|has not|haven t|havent|have not|didn t|didnt|did not|not|never|yet to|failed to)( (been|yet|at all|really|actually|even))? (improved|improving|come|came|gone|moved|changed|shifted|budged|reduced|decreased|fallen|dropped|got better|lowered|move|change|come|go|reduce|drop|improve|shift|budge)\b|\b(hasn t|hasnt|has not|haven t|havent|have not|didn t|didnt|did not|not|never|failed to)( (yet|really|actually|even))? (brought|bring|got|get|taken|take|pulled|pull) (the |its |their |any )?((scores?|risks?|ratings?|it|them) )?down\b/;

/** "Which risks are NOT above appetite", "risks that aren't over tolerance". */
const NOT_ABOVE =
  /\b(not|aren t|arent|isn t|isnt|never|no longer) (currently |yet |now )?(above|over|outside|exceed\w*|beyond|in breach)\b/;

/** "Which risks are NOT overseen by F&P", "risks that don't go to the quality committee". */
const NOT_OVERSEEN =
  /\b(not|aren t|arent|isn t|isnt|don t|dont|doesn t|doesnt|never) (overs\w*|under|go(ing)? to|report(ed|ing)? to|reviewed by|covered by|with|for|sit(ting)? with|held by|owned by)\b|\b(other than|apart from|except|besides|outside) (the )?(those |ones )?(overs\w* by |under |for )?(the )?[a-z& ]{0,30}(committee|f and p|f p|fpc|pcc|qsc)\b/;

/** Internal audit asked about (not the Audit and Risk Committee). */
const AUDIT_ASKED =
  /\b(internal )?audits?\b(?! (and|&) risk| committee)|\bia (reports?|opinions?|ratings?)\b/;
/** What an audit's result is asked as: its rating, or its result at all. */
const AUDIT_RESULT: readonly [RegExp, 'limited' | 'moderate' | 'significant' | null][] = [
  [
    /\b(poor|bad|weak|low|negative|worst|limited|no assurance|partial|adverse|critical|failed)\b/,
    'limited',
  ],
  [/\b(moderate|reasonable|middling|mixed|adequate)\b/, 'moderate'],
  [/\b(good|strong|positive|best|significant|substantial|high|clean)\b/, 'significant'],
  [
    /\b(results?|ratings?|rated|opinions?|findings?|outcomes?|gave|given|assurance levels?)\b/,
    null,
  ],
];

/** Risks with no internal audit: "which risks have no assurance from internal audit?" */
const NO_AUDIT =
  /\b(no|without|lack\w*|missing|not had|not got|none) (\w+ ){0,2}(from |by )?(an |any )?(internal )?audits?\b|\bnot (been )?audited\b/;

/** "Any poor internal audit results against our risks?": the risks citing an audit, by its rating. */
function auditAsked(r: Reading): RiskListFilter | null {
  if (!AUDIT_ASKED.test(r.text) && !/\baudited\b/.test(r.text)) return null;
  if (NO_AUDIT.test(r.text)) return { kind: 'audit', rating: null, without: true };
  const result = AUDIT_RESULT.find(([re]) => re.test(r.text));
  return result ? { kind: 'audit', rating: result[1] } : null;
}

/** "Which risk has the most gaps?", "fewest controls": risks ranked by how many they list. */
const MOST_PARTS =
  /\b(most|fewest|least|highest number of|lowest number of|biggest number of|smallest number of) (?:[a-z]+ ){0,2}?(controls?|gaps?|assurances?|sources of assurance)\b/;

function mostParts(r: Reading): RiskListFilter | null {
  const m = MOST_PARTS.exec(r.text);
  if (!m || r.risks.length) return null;
  const part = /^gap/.test(m[2]!) ? 'gaps' : /^control/.test(m[2]!) ? 'controls' : 'assurances';
  return { kind: 'most-parts', part, fewest: /^(fewest|least|lowest|smallest)/.test(m[1]!) };
}

/** The list a risk question asks for, if it asks for one. */
export function riskListFilter(r: Reading): RiskListFilter | null {
  const audit = auditAsked(r);
  if (audit) return audit;
  const parts = mostParts(r);
  if (parts) return parts;
  // "Which is scored highest, and is it inside appetite?": the highest, which shows its tolerance.
  if (
    has(r, 'highest') &&
    !r.band &&
    // (As typed: "top scorer on the group BAF - is it over…", "…highest? is it…".)
    /(\band|,|\s[-–—]|\?)\s*(is|was|are|were)\s+(it|that|they|this)\b/i.test(r.raw)
  )
    return { kind: 'highest', limit: r.limit };
  // "Which risks are expected to get back inside appetite once their actions land?"
  if (
    /\b(back|get|gets|come|comes|fall|falls|brought|bring) (back )?(inside|within|under|below|into) (the |its |their )?(appetite|tolerance)\b/.test(
      r.text,
    )
  )
    return { kind: 'back-within-appetite' };
  // "Which risks have a target score that would still sit outside appetite?": their targets.
  // (Not "risks above appetite, scores and target for each": their targets shown, not asked of.)
  if (
    /\btargets?( scores?)?\b[a-z ]{0,60}\b(outside|above|over|beyond|exceed\w*|breach\w*) (the |its |their )?(appetite|tolerance)\b/.test(
      r.text,
    ) ||
    /\b(outside|above|over|beyond|exceed\w*|breach\w*) (the |its |their )?(appetite|tolerance)\b[a-z ]{0,30}\b(at|by|when|once|even at|even when|after reaching|on reaching|if (they|it) (reach|reached|hit|hits)) (its |their |the )?targets?\b/.test(
      r.text,
    )
  )
    return { kind: 'target-above-appetite' };
  if (nearestAppetiteAsked(r)) return { kind: 'nearest-appetite' };
  if (has(r, 'aboveAppetite'))
    return NOT_ABOVE.test(r.text) ? { kind: 'within-appetite' } : { kind: 'above-appetite' };
  if (has(r, 'withinAppetite')) return { kind: 'within-appetite' };
  // ("Which risks are furthest from target?": each above its target, furthest first.)
  if (has(r, 'furthestFromTarget'))
    return /\b(which|what|the) risks (are|r|sit|is)\b|\brisks furthest\b/.test(r.text)
      ? { kind: 'above-target' }
      : { kind: 'furthest-from-target' };
  if (has(r, 'aboveTarget')) return { kind: 'above-target' };
  if (has(r, 'atTarget', 'closestToTarget')) return { kind: 'at-target' };
  if (has(r, 'sinceLast')) return { kind: 'since-last' };
  if (has(r, 'newRisks')) return { kind: 'new' };
  if (has(r, 'mostImproved')) return { kind: 'most-improved' };
  if (has(r, 'gettingWorse')) return { kind: 'getting-worse' };
  // "Which risk hasn't come down at all?": those the same now as when first scored.
  if (has(r, 'improved', 'moved') && NOT_MOVED.test(r.text)) return { kind: 'unmoved' };
  if (has(r, 'improved') && (has(r, 'moved') || has(r, 'risk'))) return { kind: 'improved' };
  if (has(r, 'moved')) return { kind: 'moved' };
  if (r.scoreAbove !== null) return { kind: 'score-above', min: r.scoreAbove };
  if (r.scoreEquals !== null) return { kind: 'score-of', score: r.scoreEquals, ...stageOfScore(r) };
  // ("From best to worst": the lowest first.)
  if (has(r, 'ranked'))
    return {
      kind: /\b((best|lowest|least|smallest) to|(lowest|best) first|low to high|ascending)\b/.test(
        r.text,
      )
        ? 'lowest'
        : 'highest',
      limit: r.limit ?? 99,
      ...stageRanked(r),
    };
  if (has(r, 'lowest')) return { kind: 'lowest', limit: r.limit, ...stageRanked(r) };
  if (has(r, 'highest') && !r.band) return { kind: 'highest', limit: r.limit, ...stageRanked(r) };
  if (
    r.committee &&
    /\b(committee|board|overs\w*|oversight|for the|reports? to|c|group|goes? to|go to|reviewed by|sits? with)\b/.test(
      r.text,
    )
  )
    return NOT_OVERSEEN.test(r.text)
      ? { kind: 'not-committee', committee: r.committee.id }
      : { kind: 'committee', committee: r.committee.id };
  if (r.strategicAim) return { kind: 'strategic-aim', aim: r.strategicAim };
  if (r.band) return { kind: 'band', band: r.band };
  if (has(r, 'list', 'heatMap') || /\b(risks|bafs?|register)\b/.test(r.text))
    return { kind: 'all' };
  return null;
}

/** Words of a figure question that say nothing of what is counted. */
const FIGURE_FILLER = new Set(
  'many much what percentage percent proportion share number figure figures staff people actually really get got survey surveys surveyed'.split(
    ' ',
  ),
);

/**
 * The figures a strategy's report prints that a figure question asks for ("how many staff actually
 * get THRIVE": "Staff who understood what the THRIVE strategy is"): a strategy named, a figure asked,
 * and the label holding the words asked (its subject, and a word that says what was counted).
 */
export function strategyFiguresAsked(r: Reading): { strategyId: string; labels: string[] } | null {
  if (
    !has(r, 'figure') &&
    !/\b(how many|what (percentage|proportion|share))\b|%|\bper ?cent\b/.test(r.text) &&
    // "How are the transformation programmes going?": the report's count of them, and how many lag.
    !/\b(going|getting on|off track|on track|progress\w*|doing)\b/.test(r.text) &&
    // "Staff understanding of THRIVE - LPT ahead of NHFT or behind?": one trust's figure against the other's.
    !(
      r.organisationIds.length >= 2 &&
      /\b(ahead|behind|vs|versus|compared|higher|lower|better|worse|more|fewer|less)\b/.test(r.text)
    )
  )
    return null;
  const strategies = r.ctx.vocabulary.strategies;
  const byName = findNamed(r.text, strategies)[0]?.thing;
  // A strategy's figure asked without its name ("how many transformation projects does nhft have")
  // must hold two of its label's words, not one.
  const least = byName ? 1 : 2;
  for (const named of byName ? [byName] : strategies) {
    const found = figuresOf(r, named, least);
    if (found) return found;
  }
  return null;
}

export function figuresOf(
  r: Reading,
  named: Reading['ctx']['vocabulary']['strategies'][number],
  least: number,
): { strategyId: string; labels: string[] } | null {
  if (!named.figures.length) return null;
  // Neither the strategy's name nor an organisation's says what is counted ("LPT vs NHFT" says whose).
  const strategyWords = new Set(
    [...named.names, ...r.ctx.vocabulary.organisations.flatMap((o) => o.names)]
      .flatMap((n) => contentWords(n))
      .map(stem),
  );
  const asked = contentWords(r.text)
    .map(stem)
    .filter((w) => !strategyWords.has(w));
  const meaning = asked.filter((w) => !FIGURE_FILLER.has(w));
  const labels = named.figures.filter((label) => {
    const own = new Set(contentWords(normalise(label)).map(stem));
    const held = asked.filter((w) => own.has(w));
    // "Staff" alone is in many labels; "understand", "know", a subject's own word says which.
    return (
      held.length >= least &&
      (meaning.length === 0 || meaning.some((w) => own.has(w) || UNDERSTOOD.has(w)))
    );
  });
  if (!labels.length) return null;
  const theirs = labelsNaming(r, labels);
  return { strategyId: named.id, labels: theirs.length ? theirs : labels };
}

/** The figure labels naming an organisation the question names ("LPT transformation projects…"). */
export function labelsNaming(r: Reading, labels: readonly string[]): string[] {
  const names = r.ctx.vocabulary.organisations
    .filter((o) => r.organisationIds.includes(o.id))
    .flatMap((o) => o.names);
  return labels.filter((l) => names.some((n) => hasPhrase(normalise(l), n)));
}

/**
 * The ambition a question names in its own words: four or more of the words of its statement, and at
 * least four in five of them ("main sites having a community value and usage plan").
 */
function ambitionWorded(r: Reading): { strategyId: string; ambitionId: string } | null {
  const asked = new Set(contentWords(r.text).map(stem));
  for (const a of ambitionStems(r.ctx.vocabulary)) {
    const held = a.stems.filter((w) => asked.has(w)).length;
    if (held >= 4 && held * 5 >= a.stems.length * 4)
      return { strategyId: a.strategyId, ambitionId: a.ambitionId };
  }
  return null;
}

/** Each ambition's statement as stems (four or more), worked out once per vocabulary. */
const ambitionStemsOf = new WeakMap<
  Reading['ctx']['vocabulary'],
  { strategyId: string; ambitionId: string; stems: string[] }[]
>();
function ambitionStems(v: Reading['ctx']['vocabulary']) {
  let found = ambitionStemsOf.get(v);
  if (!found) {
    found = v.strategies.flatMap((st) =>
      st.ambitions
        .map((a) => ({
          strategyId: st.id,
          ambitionId: a.id,
          stems: contentWords(a.names[0] ?? '').map(stem),
        }))
        .filter((a) => a.stems.length >= 4),
    );
    ambitionStemsOf.set(v, found);
  }
  return found;
}

/** The paper reporting a strategy the question names ("THRIVE": the THRIVE report). */
function strategyPaper(r: Reading): string | null {
  const named = findNamed(r.text, r.ctx.vocabulary.strategies)[0]?.thing;
  return paperPresenting(r.ctx.vocabulary, named?.id)?.id ?? null;
}

/** The strategy the paper named reports ("the THRIVE report": THRIVE), if it reports one. */
const strategyReported = (r: Reading) =>
  strategyReportedBy(r.ctx.vocabulary, r.paper?.id)?.id ?? null;

/** A strategy named with one of its themes or objectives ("the THRIVE technology theme"). */
function strategyThemeNamed(r: Reading): boolean {
  if (r.risks.length || r.logSection || r.actionTarget) return false;
  return findNamed(r.text, r.ctx.vocabulary.strategies).some(
    ({ thing }) =>
      findNamed(r.text, thing.themes).length > 0 || findNamed(r.text, thing.objectives).length > 0,
  );
}

/** Words people use for knowing what a strategy is ("get", "know", "aware of"). */
const UNDERSTOOD = new Set(['understand', 'understood', 'know', 'aware', 'grasp'].map(stem));

/**
 * The ambitions (or the THRIVE theme) whose reports (successes, challenges, focus, progress) hold most
 * of the words asked.
 */
function reportedIn(
  r: Reading,
  query: string,
  strategies: Reading['ctx']['vocabulary']['strategies'],
): { strategyId: string; ambitionIds: string[]; themeId: string | null; text: string } | null {
  const hits = (
    r.ctx.passages?.search(query, { kinds: ['ambition', 'theme'], limit: 5 }) ?? []
  ).filter((h) => h.wordsMatched >= 2 && h.wordsMatched * 3 >= h.wordsAsked * 2);
  const best = hits[0];
  if (!best) return null;
  const owner = strategies.find((s) => best.doc.id.startsWith(`${s.id}#`));
  if (!owner) return null;
  const idOf = (h: (typeof hits)[number]) => h.doc.id.slice(owner.id.length + 1);
  if (best.doc.kind === 'theme')
    return { strategyId: owner.id, ambitionIds: [], themeId: idOf(best), text: query };
  const ids = hits
    .filter(
      (h) =>
        h.doc.kind === 'ambition' &&
        h.score >= best.score * 0.7 &&
        h.doc.id.startsWith(`${owner.id}#`),
    )
    .map(idOf);
  return { strategyId: owner.id, ambitionIds: ids.slice(0, 3), themeId: null, text: query };
}

/**
 * What a strategy is asked to say something about ("what THRIVE says about the survey closing"): not
 * the strategy itself, nor what the board or a committee said of it.
 */
function strategySaysOf(r: Reading): string | null {
  const m = SAID_ABOUT.exec(r.text);
  const named = findNamed(r.text, r.ctx.vocabulary.strategies)[0]?.name;
  if (!m || !named) return null;
  const before = r.text.slice(0, m.index);
  return before.includes(named) &&
    !m[1]!.includes(named) &&
    !/\b(board|minutes|committee|meeting|members|chair|they|he|she)\b/.test(before)
    ? m[1]!
    : null;
}

/** The subjects after "say about" ("…say about finance, digital and estates"), to the end. */
const SAID_ABOUT =
  /\b(?:say|says|said|mention|mentions|mentioned) (?:anything )?(?:about|on|regarding|re) (.+)$/;

/** The ambitions of a strategy, named as its paper, whose reports hold what the paper is asked about. */
function reportedOfPaper(r: Reading): ReturnType<typeof reportedIn> {
  if (!r.paper || !r.topic || !has(r, 'say') || has(r, 'cover', 'decision', 'paperSchedule'))
    return null;
  const strategies = findNamed(r.text, r.ctx.vocabulary.strategies).map((f) => f.thing);
  if (!strategies.length) return null;
  const named = new Set(strategies.flatMap((x) => x.names.flatMap((n) => n.split(' '))));
  const words = r.topic
    .split(' ')
    .filter((w) => !named.has(w))
    .join(' ');
  return words ? reportedIn(r, words, strategies) : null;
}

/** What a strategy is made of, as directors count it ("goals" are its themes). */
const COUNTED: Readonly<Record<string, 'themes' | 'objectives' | 'ambitions'>> = {
  themes: 'themes',
  goals: 'themes',
  objectives: 'objectives',
  priorities: 'objectives',
  ambitions: 'ambitions',
};
const COUNT_ASKED = new RegExp(
  `\\b(?:how many (?:of (?:the |our |its )?)?(themes|goals|objectives|priorities|ambitions)|${NUMBER} (themes|goals|objectives|priorities|ambitions))\\b`,
);

/** The trusts a question names, not a group of them ("NHFT's", not "the Group board's"). */
export function memberTrusts(r: Reading): string[] {
  return r.organisationIds.filter((id) => {
    const o = r.ctx.vocabulary.organisations.find((x) => x.id === id);
    return o?.type === 'trust';
  });
}

/** The ambitions whose names the words say, nearest first: a loose match ("the care collaboratives one"). */
export function ambitionsByName<A extends { names: readonly string[] }>(
  ambitions: readonly A[],
  words: string,
) {
  return new Fuse(ambitions, { keys: ['names'], threshold: 0.35, ignoreLocation: true }).search(
    words,
  );
}

/** The part of an ambition's report asked for (its challenges, successes or next focus). */
export function ambitionPart(text: string): 'challenges' | 'successes' | 'focus' | null {
  if (
    /\b(challenges?|holding|stopping|barriers?|blockers?|obstacles?|struggl\w*|why|risks?)\b/.test(
      text,
    )
  )
    return 'challenges';
  if (/\b(successes|learning|gone well|went well|achieved)\b/.test(text)) return 'successes';
  if (/\b(focus|next steps|next|plans?)\b/.test(text)) return 'focus';
  return null;
}

/** The words that name a part of the ambitions' reports, not an ambition. */
const ANNEX_PART_WORDS =
  /\b(financial|fin|money|funding|risks?|new|emerging|issues?|challenges?|barriers|blockers|obstacles|successes|achievements|focus|escalat\w*|annex|[a-d]|flag\w*|rais\w*|listed|against|reported|called)\b/g;

/**
 * The part of the ambitions' reports a question of a strategy names (its paper's annexes): "what
 * escalations did the ambitions paper raise?", "the challenges listed in annex B". Stricter than
 * `ambitionPart`, which reads a question already of one ambition.
 */
const ANNEX_PART_CUES: readonly (readonly [AmbitionPart, RegExp])[] = [
  ['escalations', /\bescalat\w*\b/],
  ['financial-risks', /\b(financial|fin|money|funding) risks?\b/],
  ['new-issues', /\b(new|emerging) issues?\b/],
  ['challenges', /\b(challenges|barriers|blockers|obstacles)\b/],
  ['successes', /\b(successes|achievements|what (has )?(gone|went) well)\b/],
  [
    'focus',
    /\bfocus (to|for|until|up to|by) (march|the end of march|q4|quarter 4)\b|\bfocus areas?\b/,
  ],
];

/** Every part asked, in the order said: "what were the successes and challenges?". */
export function annexPartsAsked(text: string): AmbitionPart[] {
  return ANNEX_PART_CUES.map(([part, cue]) => ({ part, at: cue.exec(text)?.index ?? -1 }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((p) => p.part);
}

/**
 * "How many themes does THRIVE have?", "THRIVE's got five themes, hasn't it?": a count asked, or one
 * said to be checked. ("Which of the 12 ambitions…" only says how many there are.)
 */
function countAsked(r: Reading): {
  of: 'themes' | 'objectives' | 'ambitions';
  said: number | null;
  state?: 'on-track' | 'on-track-both' | 'behind';
} | null {
  const m = COUNT_ASKED.exec(r.text);
  if (!m) return null;
  const of = COUNTED[m[1] ?? m[3]!]!;
  // ("How many ambitions are on track?": those at 100% progress, counted.)
  const state =
    of !== 'ambitions'
      ? null
      : /\b(behind|off track|not on track|lagging|slipping|short of|below)\b/.test(r.text)
        ? ('behind' as const)
        : /\b(on track|on target|at 100|complete|completed|fully delivered|delivered|achieved)\b/.test(
              r.text,
            )
          ? // ("At 100% on both": progress and confidence.)
            /\b(both|and confidence|confidence and progress)\b/.test(r.text)
            ? ('on-track-both' as const)
            : ('on-track' as const)
          : null;
  if (m[1]) return { of, said: null, ...(state ? { state } : {}) };
  if (!r.checking && !/\b(right|correct|true|yes)$/.test(r.text)) return null;
  const said = toNumber(m[2]!);
  return { of, said: Number.isFinite(said) ? said : null };
}

/**
 * "The digital ambition in THRIVE": a theme of a strategy named, by the everyday word for its name
 * ("digital" for Technology), from the topics' own words.
 */
function themeByTopic(
  text: string,
  s: Reading['ctx']['vocabulary']['strategies'][number],
): { thing: { id: string }; name: string } | null {
  for (const thing of s.themes)
    for (const name of thing.names) {
      const topic = Object.entries(TOPICS).find(
        ([word, words]) =>
          word !== name && words.includes(name) && new RegExp(`\\b${word}\\b`).test(text),
      );
      if (topic) return { thing, name };
    }
  return null;
}

/** Every ambition numbered: "ambition 3 and ambition 8", "ambitions 2, 5 and 7", "3 vs 8". */
function ambitionNumbersIn(text: string): number[] {
  const run =
    /\bambitions?\s*(?:no|number|#)?\s*(\d{1,2})((?:\s*(?:,|and|&|vs|v|versus|or|compared (?:with|to)|against)\s*(?:ambition\s*(?:no|number|#)?\s*)?\d{1,2}\b)*)/g;
  const numbers = [...text.matchAll(run)].flatMap((m) => [
    Number(m[1]),
    ...(m[2]!.match(/\d{1,2}/g) ?? []).map(Number),
  ]);
  return [...new Set(numbers)];
}

/**
 * "Which ambition has the lowest confidence?", "the best progress", "which are furthest behind": the
 * end of a measure asked for. ("Most doubtful about", "most unsure of": the least confidence.)
 */
export function ambitionsAtAnEnd(
  text: string,
): { measure: 'progress' | 'confidence'; which: 'lowest' | 'highest' } | null {
  const which =
    /\b(lowest|least|weakest|worst|poorest|smallest|bottom|most behind|furthest behind|(most|more) (doubt\w*|unsure|uncertain|worried|nervous))\b/.test(
      text,
    )
      ? ('lowest' as const)
      : /\b(highest|most|best|strongest|top|greatest|furthest ahead)\b/.test(text)
        ? ('highest' as const)
        : null;
  return which ? { measure: CONFIDENCE_ASKED.test(text) ? 'confidence' : 'progress', which } : null;
}

function strategyQuestion(r: Reading): ParamsOf<typeof strategyProgress> {
  const { text, ctx } = r;
  const count = countAsked(r);
  const figures = strategyFiguresAsked(r);
  if (figures)
    return {
      strategyId: figures.strategyId,
      objectiveId: null,
      ambitionIds: [],
      themeId: null,
      text: '',
      figures: figures.labels,
    };
  const strategy = findNamed(text, ctx.vocabulary.strategies)[0]?.thing ?? null;
  const strategies = strategy ? [strategy] : ctx.vocabulary.strategies;
  const numbered = /\bambitions?\s*(?:no|number|#)?\s*(\d{1,2})\b/.exec(text);
  const ambitions = strategies.flatMap((s) => s.ambitions);
  // (Of a strategy with ambitions, named or said: THRIVE's themes have no such parts.)
  const annexPart = (
    strategy ? strategy.ambitions.length > 0 : /\b(ambitions?|objectives?)\b/.test(text)
  )
    ? annexPartsAsked(text)
    : [];
  const ask = (
    q: Partial<ParamsOf<typeof strategyProgress>>,
  ): ParamsOf<typeof strategyProgress> => {
    const asked = {
      strategyId: null,
      objectiveId: null,
      ambitionIds: [],
      themeId: null,
      text: '',
      below,
      extreme,
      ...(count ? { count } : {}),
      // ("What were the main challenges listed in annex B?": that part of each ambition's report.)
      ...(annexPart.length ? { part: annexPart[0]! } : {}),
      ...(annexPart.length > 1 ? { moreParts: annexPart.slice(1) } : {}),
      ...q,
    };
    // "How confident were they on delivering the ambitions?": of them all, one measure asked, kept
    // for "which one's lowest?".
    const oneMeasure =
      !asked.below &&
      !asked.extreme &&
      !asked.equals &&
      !asked.ambitionIds.length &&
      CONFIDENCE_ASKED.test(text) &&
      !/\bprogress/.test(text);
    return oneMeasure ? { ...asked, measure: 'confidence' } : asked;
  };
  // "Which ambitions weren't at 100% progress?", "low confidence": those short of a level.
  // "Why is the diversity ambition behind at 80%?": the one at that level, said to be behind.
  const behindAt = /\b(behind|lagging|slipping|slipped)\b.*\bat \d{1,3} ?%/.test(text);
  const below = has(r, 'shortfall') && !behindAt ? shortfallAsked(text) : null;
  // "Which ambition was only 90% at Q2?", "at 75% confidence": those at that level.
  // "…only at 80%, wasn't it?" asks for the ambition's level, not those at 80%.
  const equals = !below && !r.checking && /\bambitions?\b/.test(text) ? levelAsked(text) : null;
  const extreme =
    /\b(ambitions?|objectives?|progress)\b/.test(text) || CONFIDENCE_ASKED.test(text)
      ? ambitionsAtAnEnd(text)
      : null;
  if (extreme) {
    // ("Which is most behind on progress?": the lowest, not those short of 100%.)
    const most = { below: /\b(most|furthest) behind\b/.test(text) ? null : below };
    // "Which ambition under 'be collaborative' has the lowest confidence?": of that objective.
    for (const s of strategies) {
      const objective = findNamed(text, s.objectives)[0];
      if (objective) return ask({ ...most, strategyId: s.id, objectiveId: objective.thing.id });
    }
    return ask({ ...most, strategyId: strategy?.id ?? null });
  }
  if (numbered) {
    const a = ambitions.find((x) => x.number === Number(numbered[1]));
    if (a) {
      const owner = strategies.find((s) => s.ambitions.includes(a))!;
      // ("Compare ambition 3 and ambition 8", "ambitions 2 and 5": each of them, of one strategy.)
      const others = ambitionNumbersIn(text)
        .map((n) => owner.ambitions.find((x) => x.number === n))
        .filter((x) => x !== undefined && x !== a);
      return ask({
        strategyId: owner.id,
        ambitionIds: [a.id, ...new Set(others.map((x) => x!.id))].slice(0, 3),
        text: numbered[0],
      });
    }
  }
  for (const s of strategies) {
    const theme = findNamed(text, s.themes)[0] ?? (s === strategy ? themeByTopic(text, s) : null);
    if (theme) return ask({ strategyId: s.id, themeId: theme.thing.id, text: theme.name });
    const objective = findNamed(text, s.objectives)[0];
    if (objective) {
      // "Be sustainable ambitions - … the environmental one": the one of its ambitions named.
      const named = new Set(contentWords(objective.name));
      const rest = (r.topic ?? '')
        .split(' ')
        .filter((w) => w && !named.has(w))
        .join(' ');
      const own = s.ambitions.filter((a) => a.objectiveId === objective.thing.id);
      const one = rest.length >= 4 ? ambitionsByName(own, rest) : [];
      // ("Be sustainable ambition - what fin risks did they call out": its challenges and risks.)
      const part =
        !annexPart.length && /\bambitions?\b/.test(text) && ambitionPart(text) === 'challenges'
          ? { part: 'challenges' as const }
          : {};
      if (one.length === 1)
        return ask({ ...part, strategyId: s.id, ambitionIds: [one[0]!.item.id], text: rest });
      // "Under 'be an excellent employer', which ambition was only at 80%?": those of it at 80%.
      // ("Be sustainable ambition: how many green champions and ZEVs on the way": what its
      // ambitions' reports say of those, first.)
      const asked = r.text.replace(/^.*?\bambitions?\b/, '');
      const said = contentWords(asked).filter((w) => !named.has(w));
      return ask({
        strategyId: s.id,
        objectiveId: objective.thing.id,
        text: objective.name,
        ...part,
        ...(equals ? { equals } : {}),
        ...(!equals && !below && !extreme && said.length >= 2 ? { quote: asked.trim() } : {}),
      });
    }
  }
  // ("How many of the ambitions are fully delivered?": its words say which, not name one.)
  if (count?.state) return ask({ strategyId: strategy?.id ?? null });
  // (The part's own words name no ambition: "what financial risks did the paper flag" is not the
  // financially resilient one.)
  const query = (
    annexPart.length ? (r.topic ?? '').replace(ANNEX_PART_WORDS, ' ') : (r.topic ?? '')
  )
    .replace(/\s+/g, ' ')
    .trim();
  // The ambitions the question's words name, found once (only when there are words enough to).
  const named = query.length >= 4 ? ambitionsByName(ambitions, query).slice(0, 3) : [];
  // "Only 80% confidence on the financially resilient ambition": that ambition, named, not those below.
  const oneNamed = !!below && /\bambition\b/.test(text) && named.length > 0;
  if (below && !oneNamed) return ask({ strategyId: strategy?.id ?? null });
  if (equals) return ask({ strategyId: strategy?.id ?? null, equals });
  if (query.length >= 4) {
    const hits = named;
    // "The be a great employer ambitions": an objective named nearly ("be an excellent employer"):
    // at least half its words, one of them its own (not a word of every objective, such as "be").
    const asked = new Set(contentWords(query).map(stem));
    const objectives = strategies.flatMap((s) => s.objectives.map((o) => ({ o, s })));
    const wordsOf = (names: readonly string[]) => contentWords(names[0]!).map(stem);
    const everywhere = new Set(
      [...new Set(objectives.flatMap(({ o }) => wordsOf(o.names)))].filter((w) =>
        objectives.every(({ o }) => wordsOf(o.names).includes(w)),
      ),
    );
    const near = objectives
      .map(({ o, s }) => {
        const own = wordsOf(o.names).filter((w) => !everywhere.has(w));
        const found = own.filter((w) => asked.has(w)).length;
        return { o, s, share: own.length ? found / own.length : 0 };
      })
      .filter((x) => x.share >= 0.5)
      .sort((a, b) => b.share - a.share);
    // "The leading care collaboratives one": the ambition whose name has every word asked, rather
    // than the objective ("be collaborative") sharing one of them.
    const whole =
      asked.size >= 2
        ? hits.find((h) => {
            const own = new Set(h.item.names.flatMap((n) => contentWords(n).map(stem)));
            return [...asked].every((w) => own.has(w));
          })
        : undefined;
    if (!whole && (near.length === 1 || (near.length > 1 && near[0]!.share > near[1]!.share)))
      return ask({ strategyId: near[0]!.s.id, objectiveId: near[0]!.o.id, text: query });
    if (hits.length) {
      const owner = strategies.find((s) => s.ambitions.includes(hits[0]!.item))!;
      return ask({
        ...(oneNamed ? { below: null } : {}),
        // "The risk behind the financially resilient ambition": its challenges and risks, said first.
        ...(!annexPart.length && /\bambition\b/.test(text) && ambitionPart(text) === 'challenges'
          ? { part: 'challenges' as const }
          : {}),
        strategyId: owner.id,
        ambitionIds: hits.filter((h) => owner.ambitions.includes(h.item)).map((h) => h.item.id),
        text: query,
      });
    }
    // "Virtual ward beds", "procuring ServiceNow": words of an ambition's or a theme's report, not
    // of its name.
    const reported = reportedIn(r, query, strategies);
    if (reported) return ask(reported);
  }
  // "What do the ambitions say about finance, digital and estates?": of them all, what their reports
  // say of each subject named, first (no ambition is named by those words).
  // (As typed: the text read has lost the commas between them.)
  const subjects = has(r, 'say')
    ? SAID_ABOUT.exec(r.raw.toLowerCase().replace(/[?.!]+\s*$/, ''))?.[1]
    : undefined;
  const quote = subjects
    ?.split(/\s*(?:,|\band\b|\bor\b|&)\s*/)
    .filter((s) => contentWords(s).length)
    .join(' and ');
  return ask({ strategyId: strategy?.id ?? null, ...(quote ? { quote } : {}) });
}

/** Figures that miss their target: "off target", "not hitting the community targets", "missed target". */
const MISSES_TARGET =
  /\b((over|above|exceed\w*|breach\w*|bust\w*|through) (the |their |its |our )?(ceiling|cap|limit)s?|off[ -]target|miss(ed|es|ing)?( (the|their|its|our))? targets?|(not|aren t|arent|isn t|isnt|weren t|wasn t|are not|is not|failing to|fail to|failed to) (meeting|hitting|achieving|making|reaching|meet|hit|achieve|make|reach|on)( (the|their|its|our|any))?( \w+)? (targets?|track)|(below|behind|short of|outside|adrift of|worse than)( the| their| its)? targets?)\b/;
/** Figures that meet it: "on target", "which did NHFT actually hit?", "meeting their targets". */
const MEETS_TARGET =
  /\b(on target|within target|(meeting|hitting|achieving|met|hit|achieved|achieve|meet|reach(ed|ing)?)( (the|their|its|our))?( \w+)? targets?|did \w+ (actually |really )?(hit|meet|achieve|make))\b/;

/** Whether a question about figures asks only those missing (or meeting) their target. */
export function targetAsked(r: Reading): 'missed' | 'met' | null {
  if (MISSES_TARGET.test(r.text)) return 'missed';
  if (MEETS_TARGET.test(r.text)) return 'met';
  return null;
}

/** Words for the report's figures, asked of as a whole ("which measures are off target?"). */
const FIGURES_WORDS =
  /\b(measures?|indicators?|metrics?|kpis?|figures|numbers|targets?|performance|where)\b/;

/** The performance report's table a question names ("the mental health targets"), if it names one. */
function tableNamed(r: Reading): string | null {
  const groups = [
    ...new Set(r.ctx.vocabulary.indicators.flatMap((i) => (i.group ? [i.group] : []))),
  ];
  // By its name, or its first words ("the community targets": "Community & Family").
  const short = (g: string) => g.split(/\s+(?:&|and|\()\s*/)[0]!;
  return (
    groups.find((g) => hasPhrase(r.text, g)) ??
    // ("Urgent community response" names a service, not the community table.)
    groups.find(
      (g) =>
        short(g) !== g &&
        hasPhrase(r.text.replace(/\burgent community response\b/g, ' '), short(g)),
    ) ??
    null
  );
}

/**
 * An ambition's confidence asked of, in the paper's word or plainly: "least sure we'll land by Q4",
 * "which are we doubtful about", "forecast to the year end" (its progress is as at Q2).
 */
export const CONFIDENCE_ASKED =
  /\b(confiden\w*|sure|certain|uncertain|unsure|doubt\w*|forecast\w*|q4|quarter 4|(land|deliver|achieve|hit|make) (it |them |that |those )?(by|before) (the )?(year end|end of (the )?year))\b/;

/** The level ambitions fall short of, and on which measure: "under 100% on progress", "low confidence". */
export function shortfallAsked(text: string): {
  measure: 'progress' | 'confidence';
  percent: number;
} {
  return {
    // ("Which weren't on track at Q2, and what's their Q4 confidence?": short on progress; confidence
    // is what is asked of them.)
    measure:
      /\bconfiden/.test(text) && !/\b(on track|progress\w*)\b.*\bconfiden/.test(text)
        ? 'confidence'
        : 'progress',
    percent: Math.min(100, Number(/\b(\d{1,3}) ?%/.exec(text)?.[1] ?? 100)),
  };
}

/** A level of an ambition's progress or confidence asked about: "only 90%", "at 75% confidence". */
export function levelAsked(
  text: string,
): { measure: 'progress' | 'confidence'; percent: number } | null {
  const level =
    /\b(?:only|just|exactly|at|was|were|is|on|sitting at|of|reached|reach|hit|got to|made|had|has|with)\s+(\d{1,3}) ?%/.exec(
      text,
    );
  if (!level) return null;
  return {
    measure: CONFIDENCE_ASKED.test(text) ? 'confidence' : 'progress',
    percent: Math.min(100, Number(level[1])),
  };
}

/** The parts of terms of reference a question asks for, by the words that ask for each. */
const TERMS_PART_WORDS: [TermsPart, RegExp][] = [
  ['chair', /\bchair/],
  ['quorum', /\bquor/],
  [
    'attendance',
    /\b(attend\w*|turn up|show up|(have|need|got|expected|required|obliged) to (go|be there))\b/,
  ],
  [
    'membership',
    /\b(members?|membership|who (sits|is|are|s) on|made up|sits? on|who is in|(am|are|is) (i|we|they|he|she) (on|in|part of))\b/,
  ],
  ['frequency', /\b(how often|frequency|frequently|meets?|monthly|quarterly)\b/],
  [
    'records',
    /\b(action log|risk log|minuted|minutes|recorded|records?|keeps? (the )?(log|notes|minutes)|reports? (to|into|up)|reporting)\b/,
  ],
  [
    'responsibilities',
    /\b(responsib\w*|duties|remit|does it (do|cover)|in charge of|oversee\w*)\b/,
  ],
  ['purpose', /\b(purpose|for|why|what (does|is) it)\b/],
];

/**
 * The part asked for; two asked at once ("how often does it meet and who keeps the action log?") are
 * the first, with the others `also`.
 */
export function termsPart(r: Reading): { part: TermsPart; also?: TermsPart[] } {
  const asked = TERMS_PART_WORDS.filter(([, words]) => words.test(r.text)).map(([part]) => part);
  // "Purpose" words ("for", "what is it") are too common to count as a second part.
  const specific = asked.filter((p) => p !== 'purpose');
  if (specific.length > 1 && /\b(and|plus|also)\b|[,&+]/.test(r.text))
    return { part: specific[0]!, also: specific.slice(1) };
  return { part: asked[0] ?? (/\bmeeting\b/.test(r.text) ? 'frequency' : 'all') };
}

/** The minutes asked about: the day named, or the first of the month of the minutes in that month. */
export function minutesDate(r: Reading) {
  const found = meetingDateOf(r, 'minutes');
  const period = r.pastPeriod?.period;
  if (!period?.from) return null;
  const aMonth = period.to !== null && period.to !== period.from;
  if (found) return aMonth ? `${found.slice(0, 7)}-01` : found;
  // No minutes then: the meeting on record that day (its minutes are said not to be held), else as read.
  return (!aMonth && meetingDateOf(r, 'meetings')) || period.from;
}

/**
 * A paper named with a past meeting it did not go to ("the EMA plans at the Sept GTB", the EMA paper
 * being January's): that meeting's minutes are asked about, not the paper.
 */
function paperAtOtherMeeting(r: Reading): boolean {
  const period = r.pastPeriod?.period;
  if (!r.paper || !period?.from) return false;
  const paperDate = r.ctx.vocabulary.papers.find((p) => p.id === r.paper!.id)?.date;
  if (!paperDate || (paperDate >= period.from && paperDate <= (period.to ?? period.from)))
    return false;
  // The minutes the question means ("the Sept GTB": the latest September on record).
  const minutes = meetingDateOf(r, 'minutes');
  return !!minutes && minutes !== paperDate;
}

/** A search asked for as a command: "search for…", "find where it says…", "grep …". */
const SEARCH_COMMAND =
  /^(?:(?:can you|could you|please|pls)\s+)?(?:search(?: the papers| the packs?)?(?: for)?|find(?: me)? (?:where (?:it|the papers?) (?:says?|mentions?)|mentions of|the words?)|grep(?: for)?|where (?:does it|do the papers) (?:say|mention))\s+(.+)$/;

/** "Look up 'beacon unit'", "find 'staff side'": a looser command, a search only of words in quotes. */
const LOOK_FOR_QUOTED =
  /^(?:(?:can you|could you|please|pls)\s+)?(?:look up|lookup|look for|find)\b(.+)$/;

/** The words a search command asks for, as typed inside quotes if it quotes them; '' if none. */
function searchedFor(r: Reading): string {
  const quoted =
    r.quote?.text ?? /(?:^|\s)["“‘'](\S.{0,78}?\S)["”’'](?=\s|$|[?.,!])/.exec(r.raw)?.[1] ?? null;
  const m = SEARCH_COMMAND.exec(r.text) ?? (quoted ? LOOK_FOR_QUOTED.exec(r.text) : null);
  if (!m) return '';
  const words = quoted ?? m[1]!;
  return contentWords(words).length ? words.trim() : '';
}

/**
 * "Who's taking the lead on digitising the Mental Health Act?": a piece of work a paper heads a section
 * with, every word of its heading asked, when no risk is named and no risk's title holds as many of
 * them. The paper's passage says who leads it; a risk found by a word or two of it does not.
 */
function workHeadedInAPaper(r: Reading): boolean {
  if (r.risks.length || !r.topic || !r.ctx.passages) return false;
  if (findNamed(r.text, r.ctx.vocabulary.risks).length) return false;
  const asked = new Set(contentWords(r.topic));
  const heading = r.ctx.passages
    .search(r.topic, { kinds: ['paper-section'], limit: 5 })
    .map((h) => contentWords(normalise(h.doc.title)))
    .find((words) => words.length >= 2 && words.every((w) => asked.has(w)));
  if (!heading || heading.includes('risk') || heading.includes('risks')) return false;
  const inRiskTitles = Math.max(
    0,
    ...r.ctx.passages
      .search(r.topic, { kinds: ['risk'], limit: 5 })
      .filter((h) => h.titleMatch)
      .map((h) => h.wordsMatched),
  );
  return heading.length > inRiskTitles;
}

/** Whether the question's words name an item of the minutes held, by its title. */
function minuteItemNamed(r: Reading): boolean {
  // (Spelt out as item titles print them: "the BAF" is the Board Assurance Framework item.)
  const words = itemWords(r)
    .split(' ')
    .map((w) => ITEM_ABBREVIATIONS[w] ?? w)
    .join(' ');
  if (!r.ctx.passages || !contentWords(words).length) return false;
  return r.ctx.passages
    .search(words, { kinds: ['minute-item'], limit: 3 })
    .some((h) => h.titleMatch && h.wordsMatched >= h.wordsAsked);
}

/** Words naming a minute or agenda item ("who presented the QSIR item"), names included. */
function itemWords(r: Reading): string {
  // ("What did the NEDs say about the digital risk?": who spoke names no item.)
  const said = (r.subject ?? r.text).replace(WHO_SPOKE, ' ').trim();
  const words = said.split(/\s+/).filter((w) => w && !ITEM_ASKING.has(w));
  return words.length ? words.join(' ') : (r.subject ?? r.text);
}

/** Who spoke, in a question about an item: "the NEDs", "the non-execs", "members". */
const WHO_SPOKE =
  /\b((the )?(non executive directors?|non execs?|neds?|nonexecs?|members|board members|directors|governors)( neds?)?)\b/g;

/**
 * "What did the September board say about BAF 1?", "what did the minutes say about group baf 4": what
 * a past meeting's minutes (or the latest) record on a risk.
 */
function riskDiscussedAt(r: Reading): boolean {
  return (
    r.risks.length === 1 &&
    r.risks[0]!.by === 'number' &&
    ((has(r, 'meeting') && !!r.pastPeriod) || has(r, 'minutes')) &&
    /\b(say|said|discuss\w*|talk\w*|raised|mention\w*|challeng\w*|debat\w*)\b/.test(r.text)
  );
}

/** A change to a register asked "why" of, and the paper that sets it out, if any. */
const WHY_ASKED =
  /^(why|how come)\b|\bwhy (are|is|was|were|did|do|does|have|has|will|would)\b|\b(and|but) why( so)?$/;
const REGISTER_CHANGE =
  /\b(chang\w*|combin\w*|merg\w*|amalgamat\w*|renumber\w*|reword\w*|wording|retitl\w*|re-?nam\w*|different|split\w*|separat\w*|add\w*|remov\w*|drop\w*|retir\w*|replac\w*|new)\b/;

/** "What reason does the paper give", "what words are being added": why, or what, of a change. */
const CHANGE_ASKED =
  /\b(what|which) (reasons?|rationale)\b|\breasons? (for|given|behind)\b|\bwhat (words|wording|is|are|s)( is| are)? being (added|changed|removed|renamed|combined|merged|dropped|reworded)\b|\b(what is|what s|whats|what are) (changing|being changed)\b/;

function registerChangeAsked(r: Reading): string | null {
  if (!(WHY_ASKED.test(r.text) || CHANGE_ASKED.test(r.text)) || !REGISTER_CHANGE.test(r.text))
    return null;
  const registerId =
    r.risks[0]?.registerId ??
    r.registerId ??
    (/\b(baf|risks?)\b/.test(r.text) ? (r.ctx.defaultRegisterId ?? null) : null);
  return paperPresenting(r.ctx.vocabulary, registerId)?.id ?? null;
}

/** Words that name a meeting or ask what happened at it, not an item of it. */
const MEETING_ASKING = new Set(
  'what whats happened happen happens went go going on at in of the a our last latest previous recent most board boards meeting meetings trust group gtb was were is did do does anything everything cover covered get got through discuss discussed talk decide decided agree agreed look main key points items decisions outcomes headlines members'.split(
    ' ',
  ),
);

/** "When did the board last look at X?", "when was X last discussed?": the last time it was considered. */
const LAST_CONSIDERED =
  /\bwhen (did|was|were|has|have|had) ((the )?(group )?(trust )?(board|boards|gtb|members|directors|we|you|they) )?last (discuss\w*|look\w* at|consider\w*|review\w*|receiv\w*|see|seen|saw|talk\w* about|hear\w* about|(on|at|to) the (agenda|board))\b|\bwhen (was|were|did) [a-z ]{2,60} last (discussed|considered|reviewed|received|seen|looked at|talked about|on the agenda|at (the )?board|to (the )?board|brought)\b/;

/** What a last-considered question asks about: its words without those of asking when. */
function lastConsideredWords(r: Reading): string {
  return r.text
    .replace(
      /\blast (discuss\w*|look\w* at|consider\w*|review\w*|receiv\w*|see|seen|saw|talk\w* about|hear\w* about|brought|(on|at|to) the (agenda|board)|at board|to board)\b/g,
      ' ',
    )
    .replace(/\b(when|did|was|were|has|have|had|last|the|we|they|at|by|on|to|it|ever)\b/g, ' ')
    .replace(/\b(group |trust )?(board|boards|meeting|members|gtb)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Asked what a meeting did as a whole: "what happened at…", "what did the board discuss on…". */
const WHOLE_MEETING_ASKED =
  /\b(what|anything) (happened|went on|was (discussed|covered|decided|agreed)|were the (main |key )?(points|items|decisions|outcomes|headlines)|did (the board|the group board|we|they|members|the trust board|the meeting) (discuss|cover|talk about|decide|agree|do|look at))\b/;
/** "What came up at the last board?", "what happened at the last meeting": the meeting, no item named. */
function asksWholeMeeting(r: Reading): boolean {
  return (
    has(r, 'last') &&
    !r.pastPeriod &&
    (r.subject ?? r.text).split(' ').every((w) => MEETING_ASKING.has(w) || ITEM_ASKING.has(w))
  );
}

/** Words that only ask for a meeting's decisions, or say how ("actually", "not just note", "need"). */
const DECISIONS_ASKING = new Set(
  'resolve resolved decide decided conclude concluded minuted actually really just not only need needed want please pls did they we make made formally'.split(
    ' ',
  ),
);

/**
 * "What did the board approve on 25 Sept?", "what did the group board actually APPROVE (not note)
 * in September? need the minute refs": a dated meeting's decisions, no item of it named.
 */
function asksDecisionsOfDay(r: Reading): boolean {
  return (
    !!r.pastPeriod &&
    withoutDate(r)
      .split(' ')
      .every((w) => MEETING_ASKING.has(w) || ITEM_ASKING.has(w) || DECISIONS_ASKING.has(w))
  );
}

/** Something that went to the board: "the QSIR project presented to group board", "came up at GTB". */
const PRESENTED_TO_THE_BOARD =
  /\b(presented|brought|came|come|went|taken|raised) (to|up at|up in|at|before) (the )?(group )?(trust )?(board|gtb)\b/;

/** Words of a meeting itself, no subject of its minutes (those asking of a whole meeting, its days and
 * times): "come up at the September board". */
const MEETING_WORDS = new Set([
  ...MEETING_ASKING,
  ...'come came comes up meet met meets held often session mentioned raised talked all dates date days day schedule calendar times time diary set scheduled planned fixed booked'.split(
    ' ',
  ),
]);

/** Whether a subject of two words or more is in a paper's section, all its words but one at most. */
function reportedInAPaper(subject: string, r: Reading): boolean {
  return !!r.ctx.passages?.holdsSubject(subject, 'paper-section');
}

/** Whether a subject of two words or more is in a minute held, all its words but one at most. */
function minutedAnywhere(subject: string, r: Reading): boolean {
  return !!r.ctx.passages?.holdsSubject(subject, 'minute-item');
}

/**
 * A period said as "coming up": of meetings, every one still to come (of actions, the next two weeks,
 * which is how the period is read).
 */
const STILL_TO_COME = /^(coming up|upcoming|due soon)$/i;

/** A subject asked of the minutes: "anything in the minutes about…", "do the minutes mention…". */
const MINUTES_SEARCHED_FOR =
  /\bminutes\b.*\b(about|regarding|mention|mentions|mentioned|say about|says about|said about|cover|covers|covered|on the subject of)\b|\b(anything|something|mention of|said|discussed) (\w+ ){0,3}about\b.*\bminutes\b/;

/** What a question asks of a meeting's minutes, less the words of the meeting itself. */
const minutedSubject = (r: Reading) =>
  contentWords(r.topic ?? '')
    .filter((w) => !MEETING_WORDS.has(w))
    .join(' ');

/** Words of a question about a minute item that ask, not name it ("came up", "who leads it", "figs quoted"). */
const ITEM_ASKING = new Set(
  'came come comes up quoted quote figs figures numbers lead leads led said mentioned discussed talked raised pick picked anyone anybody asked hear heard record recorded told minute ref reference refs number note noted approve approved agree agreed endorse endorsed ratify ratified accept accepted sign signed'.split(
    ' ',
  ),
);

/**
 * Asked of a meeting's private part ("the private board", "in camera", "the closed session"), or of its
 * public one ("the public board", "part 1"): where both are held the same day, which is meant.
 */
const privatePart = (r: Reading) =>
  /\b(private (board|meeting|session|part|business|agenda)|in private|part (ii|2|two)|in camera|closed (session|part|board)|confidential (session|part|board|agenda))\b/.test(
    r.text,
  ) &&
  // ("…and is anything part 2?", "any of it private business": how much of this one is private.)
  !/\b(is|are) (there )?(anything|any( of (it|them))?|any items?) (in |on |for )?(the )?(part (ii|2|two)|private)\b/.test(
    r.text,
  )
    ? { privatePart: true }
    : /\b(public (board|meeting|session|part|agenda)|in public|part (i|1|one))\b/.test(r.text)
      ? { privatePart: false }
      : {};

/** "Is the green plan on the agenda?", "is ceo succession on any agenda", "will it be on the agenda". */
const ON_THE_AGENDA_ASKED =
  /^(is|are|will|does|has|have|was|were)\b.*\b(on|in|coming to|going to|part of) (the |any |an |next |this |that |our )?(next )?(board )?agenda\b/;

/** The words of the item asked after, by its topic or the paper named ("the performance report"). */
function itemOnTheAgenda(r: Reading): string | null {
  if (!ON_THE_AGENDA_ASKED.test(r.text)) return null;
  return r.topic ?? r.paper?.text ?? (r.performanceReport ? 'performance report' : null);
}

const asksAboutMinutes = (r: Reading) =>
  has(r, 'minutes', 'meeting') || !!r.pastPeriod || has(r, 'last');

/** Each command of the board secretary's, by the cue that says it. */
export const SECRETARY_COMMAND_CUES = {
  chase: 'chase',
  broadcasts: 'broadcasts',
  'new-meeting': 'newMeeting',
  'edit-meeting': 'editMeeting',
  'send-reminder': 'sendReminder',
} as const satisfies Record<ParamsOf<typeof secretary>['command'], keyof typeof CUES>;

const secretaryCommand = (command: ParamsOf<typeof secretary>['command']) =>
  secretary.rule({
    rank: 40,
    name: `secretary: ${command}`,
    when: (r) => has(r, SECRETARY_COMMAND_CUES[command]),
    then: (r) => {
      const moveTo = command === 'edit-meeting' ? movedTo(r) : null;
      const meeting =
        command === 'new-meeting'
          ? newMeetingSaid(r)
          : command === 'edit-meeting' || command === 'send-reminder'
            ? meetingNamed(r, moveTo)
            : null;
      // ("Add Estates sale update to the agenda, paper, led by the CFO": the editor's new row.)
      const item = command === 'edit-meeting' ? agendaItemSaid(r.raw) : null;
      return {
        command,
        ...(moveTo ? { moveTo } : {}),
        ...(meeting ? { meeting } : {}),
        ...(item ? { item } : {}),
      };
    },
  });

/**
 * What a typed "new meeting" says of the meeting, to fill its form: "on 28 jan 2027 at 2pm, public,
 * papers due 14 jan" (its day, start, part and paper deadline).
 */
function newMeetingSaid(r: Reading): {
  date?: string;
  part?: 'public' | 'private';
  time?: string;
  paperDeadline?: string;
} | null {
  // (The paper deadline's day is not the meeting's: said after "papers due", "deadline".)
  const cut = /\b(papers? (deadline|due|in)|deadline)\b/i.exec(r.raw);
  const about = cut ? r.raw.slice(0, cut.index) : r.raw;
  // ("Papers due by 14 January": that day, not the span up to it.)
  const deadline = cut
    ? oneDayIn(
        r.raw.slice(cut.index).replace(/\b(by|before|no later than|latest)\b/gi, ' '),
        r.ctx.now,
      )
    : null;
  const named = meetingNamed(r, null, about);
  const time = clockTimeIn(about, r.ctx.now);
  // (The part said first: "the public board … and a private session after".)
  const first = /\b(public|private|part (?:ii|2|two)|confidential|in camera)\b/i.exec(about)?.[1];
  const said = {
    ...(named?.date ? { date: named.date } : {}),
    ...(first
      ? { part: /^public$/i.test(first) ? ('public' as const) : ('private' as const) }
      : {}),
    ...(time ? { time } : {}),
    ...(deadline ? { paperDeadline: deadline } : {}),
  };
  return Object.keys(said).length ? said : null;
}

/**
 * The meeting a secretary's command names, to be chosen first: "the private board on 8 april", "the
 * 25 march meeting" (a move's new day after "to" is not the meeting's).
 */
function meetingNamed(
  r: Reading,
  moveTo: string | null,
  raw = r.raw,
): { date?: string; part?: 'public' | 'private' } | null {
  const part = privatePart(r).privatePart;
  // (Not "…to the group chat now", which reads as a span to today.)
  const words = (moveTo ? raw.replace(/\b(?:to|until|till|for)\s+.+$/, ' ') : raw).replace(
    /\b(now|today|straight away|asap)\b/gi,
    ' ',
  );
  const date = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(words)
    ? oneDayIn(words, r.ctx.now)
    : null;
  if (!date && part === undefined) return null;
  return {
    ...(date ? { date } : {}),
    ...(part !== undefined ? { part: part ? ('private' as const) : ('public' as const) } : {}),
  };
}

const MOVING =
  /\b(move|moving|moved|reschedul\w*|postpon\w*|rearrang\w*|push(ed)? back|bring forward|brought forward|put back|delay\w*)\b/;

/** The day a meeting is to move to: "move the board to 8 April", "postpone it until the 15th". */
function movedTo(r: Reading): string | null {
  // (Moving is asked: "edit the agenda for the board on 11 Jan" names the meeting, not a new day.)
  if (!MOVING.test(r.text)) return null;
  const to = /\b(?:to|until|till|for)\s+(.+)$/.exec(r.raw);
  return to ? oneDayIn(to[1]!, r.ctx.now) : null;
}

/** The one day some words name ("8 April", "the 25 march meeting"), or null for none or a span. */
function oneDayIn(words: string, now: Date): string | null {
  const found = findPeriod(words, now, 'future');
  const day = found?.period.from;
  return day && day === found.period.to ? day : null;
}

const termsAsked = new WeakMap<Reading, TermAsked | null>();

/**
 * The term a question asks the meaning of ("what does 'target risk' mean?"), unless it names a record
 * (a risk by number, a minute reference, an action, a person): "what does BAF 1's score mean" is that
 * risk. Asked only as "what is a…?" or "what's QSIR?", nothing else may be named either.
 */
function meaningAsked(r: Reading): TermAsked | null {
  if (termsAsked.has(r)) return termsAsked.get(r)!;
  let asked = termAsked(r.raw);
  // A strategy's name ("what does THRIVE stand for": its themes), a committee's (its terms of
  // reference), an appetite's level (the register's bands) have answers of their own.
  const record =
    r.risks.some((k) => k.by !== 'topic') ||
    // ("Explain the cyber risk to me": a risk found by the words asked of, and called a risk.)
    (/\brisk\b/.test(r.text) &&
      (r.topicRisks[0]?.score ?? 0) >= 100 &&
      !!asked?.term.includes(r.topicRisks[0]!.ref.text)) ||
    findNamed(r.text, r.ctx.vocabulary.strategies).length > 0 ||
    // ("What does Group SEB stand for?" asks what the short form is.)
    (!!r.committee && !(asked?.strong && /\b(stand|stands) for\b/.test(r.text))) ||
    /\b(appetite|tolerance)\b/.test(r.text) ||
    !!r.minuteReference ||
    !!r.actionTarget ||
    !!r.person ||
    !!r.attendee;
  const named =
    !!r.paper ||
    !!r.termsOfReference ||
    !!r.committeeReport ||
    !!r.performanceReport ||
    r.indicators.length > 0 ||
    !!r.logSection ||
    !!r.roles ||
    !!r.body ||
    !!r.period ||
    has(r, 'heatMap', 'help');
  if (asked && (record || (!asked.strong && named))) asked = null;
  termsAsked.set(r, asked);
  return asked;
}

/** The rules, in rank order. */
export const RULES = [
  help.rule({
    rank: 10,
    name: 'empty',
    when: (r) => r.text === '' && !r.smallTalk,
    then: () => ({}),
  }),
  // Words pasted from the papers, in quotes: the record that prints them, asked what the rest asks.
  riskDetail.rule({
    rank: 40,
    name: 'a control, gap or assurance pasted from a BAF',
    when: (r) => quotedRisk(r) !== null,
    then: (r) => {
      const { risk, facet } = quotedRisk(r)!;
      return {
        risk,
        facets: [...new Set([...r.facets.filter((f) => f !== 'everything'), facet])],
        about: null,
        quoted: r.quote!.text,
      };
    },
  }),
  minutesItem.rule({
    rank: 40,
    name: 'a passage of the minutes pasted',
    when: (r) => pasted(r)?.printedIn?.kind === 'minute-item',
    then: (r) => ({ reference: r.quote!.printedIn!.record }),
  }),
  termsOfReference.rule({
    rank: 40,
    name: 'a passage of a body’s terms of reference pasted',
    when: (r) => pasted(r)?.printedIn?.kind === 'terms-of-reference',
    then: (r) => ({
      termsId: r.quote!.printedIn!.id.replace(/#(terms|attendance)$/, ''),
      part: 'all',
    }),
  }),
  topic.rule({
    // (After every other reading: the ambitions', the papers' and the reports' own rules read their
    // passages better; this is where the pasted words are, when nothing else has placed them.)
    rank: 218,
    name: 'a passage of the papers pasted',
    when: (r) =>
      !!pasted(r)?.printedIn &&
      !['risk', 'risk-part', 'minute-item', 'terms-of-reference'].includes(
        r.quote!.printedIn!.kind,
      ),
    then: (r) => ({ text: r.quote!.text, registerId: null }),
  }),
  actionsAbout.rule({
    rank: 41,
    name: 'an action’s words pasted',
    // "'Consider implementing a tenure for the FTSU Guardian…' - that's one of mine? due when": the
    // action that says it (actions are not in the papers' passages: found among the live actions).
    // (Asked in the words around the quote: "we lead care collaborations…" asks no lead.)
    when: (r) =>
      !!pasted(r) &&
      !r.quote!.printedIn &&
      ACTION_ASKED_OF_QUOTE.test(outsideQuote(r)) &&
      !/\b(ambitions?|risks?|papers?|reports?|minutes?|strateg\w*|programmes?|objectives?)\b/.test(
        outsideQuote(r),
      ),
    then: (r) => {
      const rest = outsideQuote(r);
      return {
        words: r.quote!.text,
        ask: /\b(due|when|deadline|date|by)\b/.test(rest)
          ? 'due'
          : /\b(who|lead|leads|leading|owns?|owner)\b/.test(rest)
            ? 'lead'
            : 'status',
        ...(/\b(me|mine|my|i)\b/.test(rest) ? { mine: true } : {}),
      };
    },
  }),
  greeting.rule({
    rank: 20,
    name: 'small talk',
    when: (r) => r.smallTalk !== null,
    then: (r) => ({ kind: r.smallTalk ?? 'hello' }),
  }),
  about.rule({
    rank: 25,
    name: 'about the asker, Board Clerk, or what it covers',
    when: (r) =>
      has(r, 'aboutMe', 'aboutYou', 'coverage', 'privacy') &&
      // "Anything part 2 on the agenda for the 28th?", "the private board's agenda": that agenda, with
      // how much of it is private said (never the items themselves where they may not be shown).
      !(
        !has(r, 'aboutMe', 'aboutYou', 'coverage') &&
        // ("Is there a part 2 session for the January board?", "which items are private?": a meeting.)
        (has(r, 'agenda') ||
          !!r.period ||
          !!r.pastPeriod ||
          /\b(session|items?|meetings?)\b/.test(r.text)) &&
        !/\b(who can see|who sees|privacy)\b/.test(r.text)
      ) &&
      // "What am I down as action lead for": the asker's actions, not who they are.
      // ("Am I down as lead on anything in the well led plan?": a log named, or a lead on something.)
      !(
        has(r, 'aboutMe') &&
        (has(r, 'actions') ||
          !!r.logSection ||
          /\b(lead|leads|owner|responsible) (on|for) (anything|something|any|which|what)\b/.test(
            r.text,
          )) &&
        asksMine(r)
      ),
    then: (r) => ({
      subject: has(r, 'aboutMe')
        ? 'me'
        : has(r, 'privacy')
          ? 'privacy'
          : has(r, 'coverage')
            ? 'coverage'
            : 'you',
    }),
  }),
  about.rule({
    rank: 26,
    name: 'something asked of Board Clerk that it does not do',
    // "Can you book me a train to London?": said plainly, not searched for in the papers.
    when: (r) => beyondMe(r) !== null,
    then: (r) => ({ subject: 'beyond' as const, task: beyondMe(r)! }),
  }),
  help.rule({ rank: 30, name: 'help', when: (r) => has(r, 'help'), then: () => ({}) }),
  secretaryCommand('chase'),
  secretaryCommand('broadcasts'),
  secretaryCommand('new-meeting'),
  secretaryCommand('edit-meeting'),
  secretaryCommand('send-reminder'),
  unanswered.rule({
    rank: 45,
    name: 'unanswered questions',
    // ("What couldn't you answer this week?": asked of Board Clerk, with or without "questions".)
    when: (r) =>
      has(r, 'unanswered') &&
      (/\bquestions?\b/.test(r.text) ||
        /^(so |and )?((what|which|anything|is there anything)( else)? (could not|couldn ?t|did not|didn ?t|can not|cannot|can ?t) (you|board clerk|it)|(is there )?anything( that)? (you|board clerk) (could not|couldn ?t|did not|didn ?t|can not|cannot|can ?t)) answer\b/.test(
          r.text,
        )),
    then: () => ({}),
  }),
  actionDetail.rule({
    rank: 50,
    name: 'an action by its reference',
    when: (r) => r.actionTarget !== null,
    then: (r) => ({
      target: r.actionTarget!,
      history: has(r, 'history'),
      update: has(r, 'updateAction'),
      why: has(r, 'why', 'overdue', 'slipped', 'revised'),
    }),
  }),
  actionDetail.rule({
    rank: 60,
    name: 'the history of an action named by a minute reference',
    when: (r) =>
      r.minuteReference !== null &&
      (has(r, 'history') || (has(r, 'why') && has(r, 'overdue', 'slipped', 'actions'))),
    then: (r) => ({
      target: { kind: 'reference', reference: r.minuteReference! },
      history: has(r, 'history'),
      why: has(r, 'why'),
    }),
  }),
  mattersArising.rule({
    rank: 60.9,
    name: 'the actions arising from a minute',
    // "What actions arose from GTB/25/15?", "did any actions come out of GTB/25/17?": the meeting's
    // action sheet (the minutes record no actions of their own).
    when: (r) =>
      r.minuteReference !== null &&
      has(r, 'actions') &&
      ARISING_FROM.test(r.text) &&
      !has(r, 'closed', 'overdue'),
    then: (r) => ({ body: r.body }),
  }),
  minutesItem.rule({
    rank: 61,
    name: 'a minute reference',
    when: (r) =>
      r.minuteReference !== null &&
      // "Which actions got closed at the sept board - GTB/25/3 and 4 was it?": the list asked for,
      // the references what the asker believes it holds.
      !(/^(which|what) actions\b/.test(r.text) && has(r, 'closed', 'overdue', 'open')),
    then: (r) => ({ reference: r.minuteReference! }),
  }),
  minutesSaid.rule({
    rank: 58,
    name: 'what someone said, as the minutes record it',
    when: (r) =>
      (!!r.attendee || !!r.unknownName || !!attendeeInRole(r)) &&
      has(r, 'said') &&
      !has(r, 'whoIs', 'actions') &&
      // ("Which of the MDs were at the board? I think Jean Knight sent apologies?": who was there.)
      !(has(r, 'attendance') && /\b((was|were) at|present|attend\w*)\b/.test(r.text)) &&
      // ("What does Angela's report say about…": her paper's words, not hers in the minutes.)
      !(r.paper?.bySponsor && /\b(report|paper|update)$/.test(r.paper.text)),
    then: (r) => ({
      // The whole name, however it was typed ("Manjit's point"): the answer prints it as the minutes do.
      // A name the minutes never give ("Dr Sarah Bennett") is answered as not in them. A role ("our
      // director of governance") is the one person the minutes list in it.
      name: r.attendee?.id ?? r.unknownName ?? attendeeInRole(r)!,
      // ("…say about the EMA": the paper named is what was said about, not the speaker's own paper.)
      words: [
        ...r.risks.map((x) => x.text),
        r.paper && !r.paper.bySponsor ? r.paper.text : '',
        r.topic ?? '',
      ]
        .join(' ')
        // ("What did the minutes record her saying about…": how it was kept, not what was said.)
        .replace(/\b(record|recorded|records|minuted|noted)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    }),
  }),
  minutesAbout.rule({
    rank: 54,
    name: 'when the board last considered something',
    // "When did the group board last look at the BAF?", "when did we last discuss the EMA?": the
    // latest minute about it (and, said with it, a later agenda that has it).
    when: (r) =>
      LAST_CONSIDERED.test(r.text) &&
      // ("When were the risks on the BAF last reviewed?": the register's own dates, below.)
      !REGISTER_UPDATED.test(r.text) &&
      !r.attendee &&
      !has(r, 'actions') &&
      lastConsideredWords(r) !== '',
    then: (r) => ({ body: null, date: null, item: lastConsideredWords(r) }),
  }),
  minutesMeeting.rule({
    rank: 55,
    name: 'what happened at a past meeting, as a whole',
    // "What happened at the September 2025 board?", "what did the board discuss on 25 September?":
    // the minutes of that meeting, not an item about "happened".
    when: (r) =>
      !!r.pastPeriod &&
      WHOLE_MEETING_ASKED.test(r.text) &&
      !r.risks.length &&
      !r.paper &&
      !r.attendee &&
      !r.performanceReport &&
      !r.committeeReport &&
      !has(r, 'actions', 'resolve') &&
      contentWords(`${r.topic ?? ''} ${r.subject ?? ''}`).every((w) => MEETING_ASKING.has(w)),
    then: (r) => ({ body: r.body, date: minutesDate(r), ...privatePart(r) }),
  }),
  minutesAbout.rule({
    rank: 56,
    name: 'which of a meeting’s actions were closed',
    // "Minute ref where the May actions got closed?": a meeting's own actions (its matters arising),
    // closed at a later meeting, which the minutes record against the action log.
    when: (r) =>
      MEETING_ACTIONS.test(r.text) &&
      has(r, 'closed') &&
      !r.logSection &&
      !r.risks.length &&
      // Closed at a meeting whose minutes are held: one before the latest minutes.
      r.ctx.vocabulary.minutes.some((m) => m.heldOn > (meetingDateOf(r, 'meetings') ?? '')),
    then: () => ({ body: null, date: null, item: 'matters arising action log' }),
  }),
  minutesAbout.rule({
    rank: 58.9,
    name: 'whether anyone is recorded saying something',
    // "Did any NEDs challenge the BAF in September?": what the minutes record of it, and who spoke.
    when: (r) =>
      DID_ANYONE_SAY.test(r.text) &&
      // ("Did any of the NEDs challenge it?": of what was just asked, as a follow-up reads it.)
      !has(r, 'pronoun') &&
      !r.attendee &&
      !r.unknownName &&
      !r.minuteReference &&
      !has(r, 'actions', 'declarations', 'apologies') &&
      spokenOf(r) !== '',
    then: (r) => ({ body: r.body, date: minutesDate(r), item: spokenOf(r) }),
  }),
  minutesWhoSaid.rule({
    rank: 59,
    name: 'who the minutes record saying something',
    when: (r) =>
      WHO_SAID.test(r.text) &&
      !r.attendee &&
      !r.unknownName &&
      !has(r, 'actions') &&
      // ("Who was it that flagged…": who said it, asked the long way round.)
      (!has(r, 'whoIs') || /^who ((was|is|s) it|was that)\b/.test(r.text)) &&
      // ("On the EMA paper in Sept, who answered the q about…": that paper's minute, which says.)
      !(r.paper && /\b(answered|responded|replied)\b/.test(r.text)),
    then: (r) => whatWasSaid(r, WHO_SAID),
  }),
  minutesPresenter.rule({
    rank: 56.9,
    name: 'whether it was someone who presented an item',
    // "Was it Sharon Murphy who presented the group performance report in sept?": who the minutes
    // name presenting it, said against the name believed.
    // ("Did Sharon Murphy present the performance report in September?": the same, asked of them.)
    when: (r) =>
      (!!r.attendee || !!r.unknownName) &&
      ((WAS_IT_WHO.test(r.text) &&
        /\b(presented|presenting|introduced|brought|took the board through|spoke to)\b/.test(
          r.text,
        )) ||
        /^(did|has|had)\b.*\b(present|introduce|bring|take the board through|speak to)\b/.test(
          r.text,
        )) &&
      !r.risks.length &&
      !has(r, 'actions'),
    then: (r) => {
      const name = r.attendee?.text ?? r.unknownName!;
      return {
        body: r.body,
        date: minutesDate(r),
        item: itemWords({ ...r, subject: removePhrase(r.subject ?? r.text, name) }),
        claimed: r.attendee?.name ?? name,
      };
    },
  }),
  minutesWhoSaid.rule({
    rank: 57,
    name: 'whether it was someone the minutes record saying something',
    // "Wasn't it Duncan Orme who wanted the BAF 1 wording widened?": who the minutes say it was.
    when: (r) => WAS_IT_WHO.test(r.text) && (!!r.attendee || !!r.unknownName),
    then: (r) => ({ ...whatWasSaid(r, WAS_IT_WHO), claimed: r.attendee?.id ?? r.unknownName! }),
  }),
  minutesWhoSaid.rule({
    rank: 57.5,
    name: 'whether someone said something, as the asker checks',
    when: (r) => r.checking && NAME_SAID.test(r.text) && !!r.attendee,
    then: (r) => ({ ...whatWasSaid(r, NAME_SAID), claimed: r.attendee!.id }),
  }),
  dataQuality.rule({
    rank: 69,
    name: 'which organisation a record is for',
    when: (r) =>
      has(r, 'whichOrganisation') &&
      // "Who is the sponsor for the paper" asks for a person, not an organisation.
      !(has(r, 'cover') && has(r, 'who')) &&
      !!asksWhoseRecord(r),
    then: (r) => ({ registerId: null, recordId: asksWhoseRecord(r), whose: true }),
  }),
  performance.rule({
    rank: 69,
    name: 'the figures missing (or meeting) their target',
    // "Which LPT workforce measures aren't meeting target?", "where is NHFT not hitting the community
    // targets?": the report's figures against the targets it prints, not a risk's target score.
    when: (r) =>
      targetAsked(r) !== null &&
      // "Are we on target for sickness?": the figure itself, with its target.
      (targetAsked(r) === 'missed' ||
        /\b(which|what|where|list|any|show|how many)\b/.test(r.text)) &&
      !r.risks.length &&
      !/\b(risks?|baf|bafs|ambitions?|actions?)\b/.test(r.text) &&
      (r.indicators.length > 0 || tableNamed(r) !== null || FIGURES_WORDS.test(r.text)),
    then: (r) => {
      const table = tableNamed(r);
      const vocabulary = r.ctx.vocabulary.indicators;
      return {
        want: 'indicator',
        organisationIds: r.organisationIds,
        indicatorIds: table
          ? vocabulary.filter((i) => i.group === table).map((i) => i.id)
          : r.indicators.length
            ? r.indicators
            : vocabulary.map((i) => i.id),
        against: targetAsked(r)!,
      };
    },
  }),
  performance.rule({
    rank: 74,
    name: "the oversight framework's domain scores",
    when: (r) =>
      (!!r.performanceReport ||
        /\b(oversight|segment\w*)\b/.test(r.text) ||
        // ("Which domain is NHFT scoring worst on": domains are scored only by the framework.)
        (/\bdomains?\b/.test(r.text) &&
          /\b(scor\w*|worst|best|weakest|strongest|rated|rating)\b/.test(r.text))) &&
      // "On the oversight framework scores, where are we weakest?": the domains, worst and best said.
      (/\bdomains?\b/.test(r.text) ||
        (/\boversight\b/.test(r.text) &&
          /\b(weakest|worst|strongest|best|poorest|weak|strong|struggling|doing well|doing badly)\b/.test(
            r.text,
          ))) &&
      !r.risks.length &&
      // "NHFT's score for the access to services domain": one domain, by name.
      !r.indicatorNamed,
    then: (r) =>
      // "Which sub-domain metric has the biggest gap?": the metrics under the domains.
      /\b(sub ?domains?|metrics?)\b/.test(r.text)
        ? {
            want: 'indicator' as const,
            organisationIds: r.organisationIds,
            indicatorIds: r.ctx.vocabulary.indicators.filter((i) => i.metric).map((i) => i.id),
          }
        : { want: 'domains' as const, organisationIds: r.organisationIds, indicatorIds: [] },
  }),
  registerNotHeld.rule({
    rank: 75,
    name: 'the register of an organisation the papers hold none for',
    when: (r) =>
      has(r, 'risk') &&
      !r.registerId &&
      !r.risks.length &&
      // "NHFT's score for the access to services domain": a measure the performance report names.
      !r.indicatorNamed &&
      // ("Which domain is NHFT scoring worst on": the oversight framework's domains, no register.)
      !/\bdomains?\b/.test(r.text) &&
      r.organisationIds.some(
        (id) => !r.ctx.vocabulary.organisations.find((o) => o.id === id)?.registerIds.length,
      ),
    then: (r) => ({
      organisationId: r.organisationIds.find(
        (id) => !r.ctx.vocabulary.organisations.find((o) => o.id === id)?.registerIds.length,
      )!,
    }),
  }),
  dataQuality.rule({
    rank: 70,
    name: 'data quality',
    // ("Data quality - DQMI and SNOMED vs target?": measures of data quality, not the papers' flags.)
    when: (r) =>
      has(r, 'dataQuality') &&
      !measuresDataQuality(r) &&
      // "…did anyone comment on it? something about duplication": what a meeting discussed.
      !(SAID_AT_A_MEETING.test(r.text) && has(r, 'meeting', 'minutes') && !!r.pastPeriod),
    then: (r) => ({ registerId: r.registerId, recordId: namedRecord(r), about: r.topic }),
  }),
  riskList.rule({
    rank: 79.9,
    name: 'more risks named by number than a comparison holds',
    // "Current scores for group BAF 1-5": the register's list, each with its scores (a comparison
    // holds four at most).
    when: (r) => r.risks.length > 4 && !has(r, 'actions'),
    then: (r) => ({ registerId: r.risks[0]!.registerId ?? r.registerId, filter: { kind: 'all' } }),
  }),
  riskCompare.rule({
    rank: 80,
    name: 'two risks compared',
    when: (r) =>
      (r.risks.length >= 2 || r.comparedRisks.length === 2) &&
      !has(r, 'actions') &&
      !ambitionsRiskAsked(r) &&
      // "BAF 01, 04 and 06 are the only ones scored 20 - right?": the list, which checks the claim.
      !(
        r.checking &&
        ['score-of', 'score-above', 'above-appetite'].includes(riskListFilter(r)?.kind ?? '')
      ),
    then: (r) => ({
      risks: r.risks.length >= 2 ? r.risks.slice(0, 4) : r.comparedRisks,
      ...stageCompared(r),
    }),
  }),
  riskCompare.rule({
    rank: 80.5,
    name: 'one risk compared with its counterpart in another register',
    // "Old LPT workforce risk vs the new draft group one": the draft, and LPT's risk of its subject.
    when: (r) => oneRiskCompared(r) && counterpart(r) !== null,
    then: (r) => ({ risks: [counterpart(r)!, r.risks[0]!] }),
  }),
  clarify.rule({
    rank: 81,
    name: 'one risk compared with what?',
    when: oneRiskCompared,
    then: (r) => {
      const risk = r.risks[0]!;
      const others = r.ctx.vocabulary.risks
        .filter((x) => x.registerId === registerMeant(risk.registerId, r.ctx))
        .filter((x) => x.number !== risk.number && !x.draft)
        .slice(0, 4);
      return {
        title: `Compare ${riskWords(risk, r)} with which risk?`,
        text: 'Name the second risk, for example:',
        choices: others.map(
          (o) =>
            `Is ${riskWords(risk, r)} worse than ${riskWords({ ...risk, number: o.number, draft: false }, r)}?`,
        ),
      };
    },
  }),
  actionsAbout.rule({
    rank: 59,
    name: 'the actions a committee signs off',
    // "Which well-led action goes to the Finance committee for sign-off?": the log names its sign-off.
    when: (r) =>
      /\bsign(ed|s|ing)?[ -]?off\b/.test(r.text) &&
      !!r.committee &&
      !r.pastPeriod &&
      !r.risks.length &&
      !r.actionTarget &&
      // ("What has SEB signed off lately?" asks what it decided, not which actions it signs off.)
      !(RESOLVED_AT_A_MEETING.test(r.text) && !has(r, 'actions') && !r.logSection) &&
      // "How many well-led actions come to People for sign-off?": a log that prints its sign-off
      // committee lists (and counts) those actions.
      !signOffAsked(r),
    then: (r) => ({
      words: `${committeeWord(r.committee!.id)} sign off`,
      ask: 'due',
      within: r.logSection ? { kind: 'log', ...r.logSection } : null,
    }),
  }),
  actionsList.rule({
    rank: 59.9,
    name: 'how many each of two committees signs off',
    // "How many WL actions go to People cttee for sign-off v Strategy & Partnerships?": the whole
    // log counted by sign-off committee (the second committee's name is no section of it).
    when: (r) =>
      SIGN_OFF.test(r.text) &&
      /\bhow many\b/.test(r.text) &&
      /\b(v|vs|versus|compared (to|with)|against|and how many)\b/.test(r.text) &&
      !/\bsigned off (as )?(closed|complete|completed|done)\b/.test(r.text) &&
      (!!r.committee || !!signOffPhrase(r)) &&
      !!r.logSection &&
      !r.risks.length &&
      !r.actionTarget,
    then: (r) => ({
      scope: {
        kind: 'log',
        logId: r.logSection!.logId,
        sectionId: null,
        text: r.ctx.vocabulary.logs.find((l) => l.id === r.logSection!.logId)?.names[0] ?? '',
      },
      filter: has(r, 'open', 'overdue') ? actionFilter(r) : { status: 'all', period: null },
      page: r.page,
      tally: 'sign-off',
    }),
  }),
  actionsList.rule({
    rank: 60,
    name: 'which committee signs off a set of actions',
    // "Which cttee signs off the improvement actions": the actions, with their sign-off said first.
    when: (r) =>
      SIGN_OFF.test(r.text) &&
      !r.committee &&
      !r.actionTarget &&
      // "Signed off by People" names the committee: those it signs off, not who signs them off.
      !signOffPhrase(r) &&
      // "What actions are waiting for sign off" asks which are proposed for closure.
      !has(r, 'proposed') &&
      // ("Which got signed off as closed in November?": those closed then.)
      !/\bsigned off (as )?(closed|complete|completed|done)\b/.test(r.text) &&
      // "At the September meeting they signed off the BAF, what was resolved": the minutes.
      !(has(r, 'resolve') && (has(r, 'meeting', 'minutes') || !!r.pastPeriod)) &&
      // ("How many go to each committee for sign off?": the count for each.)
      /\b(which|what|who|whose|where|each committee|every committee)\b/.test(r.text) &&
      (!!r.logSection || !!r.risks.length || has(r, 'actions')),
    then: (r) => ({
      scope: actionScope(r),
      // Who signs them off is asked of them all, unless the question narrows them ("open", "overdue").
      filter: has(r, 'open', 'overdue') ? actionFilter(r) : { status: 'all', period: null },
      page: r.page,
      tally: 'sign-off',
    }),
  }),
  actionsAbout.rule({
    rank: 84,
    name: 'who leads actions described in words, in a register, log or risk',
    when: (r) =>
      WHO_LEADS.test(r.text) &&
      !r.roles &&
      !r.person &&
      !r.actionTarget &&
      !r.paper &&
      !r.committee &&
      (!!r.risks[0] ||
        !!(r.logSection && !r.logSection.sectionId) ||
        // ("Who is task lead for the NED catch-up schedule": only an action has a task lead.)
        /\b(actions?|task leads?)\b/.test(r.text) ||
        !!workOnARisk(r)) &&
      !(/\brisks?\b/.test(r.text) && !has(r, 'actions') && !workOnARisk(r)) &&
      describedWork(r) !== '' &&
      !onlyAStatus(describedWork(r)) &&
      !NOT_STARTED.test(r.text) &&
      !onlyTheRisksActions(r) &&
      // "LPT BAF 6 score and who owns it": the risk's own score, and its owner, not a "score" action.
      !(r.risks[0] && RISK_FACET_WORDS.test(describedWork(r))) &&
      // "Who owns the freedom to speak up actions": a log's section, listed with who leads them.
      !onlyTheSection(r) &&
      // "Which section has the most actions and who owns them?": the sections counted, whose top one
      // is said with its leads; "section" is no work.
      !/^(sections?|areas?|headings?|themes?)$/.test(describedWork(r)) &&
      // "Who brings the Group BAF to each board under the workplan": the workplan's lead for it.
      !(r.workplanItems.length && /\bwork ?plan\b/.test(r.text)) &&
      // ("Culture risk - who owned the actions on LPT's BAF 07?": the risk's words name no work.)
      !namesOnlyTheRisk(r, describedWork(r)),
    then: (r) => {
      const onRisk = r.risks[0] ?? workOnARisk(r);
      // "…on the well-led plan": the log named, whose name is not the work's (`describedWork`).
      const log = logNamed(r);
      return {
        words: describedWork(r),
        ask: leadAsked(r),
        within: onRisk
          ? { kind: 'risk', risk: onRisk }
          : r.logSection && !r.logSection.sectionId
            ? { kind: 'log', ...r.logSection }
            : log
              ? { kind: 'log', ...log }
              : null,
      };
    },
  }),
  actionsAbout.rule({
    rank: 82.9,
    name: 'whether the asker is down for one piece of work',
    // "Am I still down for the PSIRF rollout on the BAF? By when": that work, with whether it is the
    // asker's said first and its date; not the asker's list searched for its words.
    when: (r) =>
      AM_I_DOWN_FOR.test(r.text) &&
      !/\b(anything|something|any|much|stuff)\b/.test(r.text) &&
      !r.roles &&
      !r.person &&
      !r.actionTarget &&
      !r.paper &&
      oneActionWords(r) !== '',
    then: (r) => ({
      words: oneActionWords(r),
      ask: leadAsked(r),
      mine: true,
      ...(r.risks[0] ? { within: { kind: 'risk' as const, risk: r.risks[0] } } : {}),
    }),
  }),
  actionsAbout.rule({
    rank: 82.8,
    name: 'whether a piece of work named first is the asker’s',
    // "Physician associate recruitment plan - is that mine? when was it due?": that work, with whether
    // it is the asker's said first and its date; not the asker's list searched for its words.
    when: (r) =>
      THAT_MINE.test(r.text) &&
      !r.roles &&
      !r.person &&
      !r.actionTarget &&
      !r.paper &&
      !r.risks.length &&
      workNamedFirst(r) !== '',
    then: (r) => ({
      words: workNamedFirst(r),
      ask: /\b(when|due|deadline|date|by when)\b/.test(r.text) ? 'due' : leadAsked(r),
      mine: true,
    }),
  }),
  actionsAbout.rule({
    rank: 82.9,
    name: 'whether one piece of work on a risk is done',
    // "Is my baf 2 action with the icb marked as done?": that action's standing, not a list of the
    // asker's closed actions.
    when: (r) =>
      r.risks.length === 1 &&
      DONE_ASKED.test(r.text) &&
      /\baction\b/.test(r.text) &&
      !/\bactions\b/.test(r.text) &&
      !r.roles &&
      !r.person &&
      !r.actionTarget &&
      !r.paper &&
      workAskedDone(r) !== '' &&
      !hasPhrase(r.text, `${workAskedDone(r)} risk`),
    then: (r) => ({
      words: workAskedDone(r),
      ask: 'status',
      ...(asksMine(r) ? { mine: true } : {}),
      // ("…it was due end of jan wasn't it": the date the asker believes, which says which and is
      // checked; read here, as a date believed of actions is not read for a list of them.)
      ...dateBelievedOfWork(r),
      within: { kind: 'risk' as const, risk: r.risks[0]! },
    }),
  }),
  actionsAbout.rule({
    rank: 83,
    name: 'one piece of work on a risk, asked whose it is or when it is due',
    // "The innovation strategy on group baf 3 - is that on me? when by", "the access policy refresh
    // on baf 01 - did that get pushed back?": that action of the risk, not the risk or all its actions.
    when: (r) =>
      r.risks.length === 1 &&
      (ONE_ACTION_ASKED.test(r.text) ||
        dueOfWorkOnRisk(r) ||
        // "On BAF 03, who is named against developing the medium term recovery plan?"
        (WHO_LEADS.test(r.text) && NAMES_WORK.test(oneActionWords(r)))) &&
      !/\bactions\b/.test(r.text) &&
      !r.roles &&
      !r.person &&
      !r.actionTarget &&
      !r.paper &&
      // "What's still open for me on group baf 2 and by when?": its list, not one of them.
      !has(r, 'minutes', 'agenda', 'meeting', 'open', 'overdue') &&
      oneActionWords(r) !== '' &&
      // "The partnerships risk (group baf 2)": the risk's own words name no work on it.
      !hasPhrase(r.text, `${oneActionWords(r)} risk`),
    then: (r) => ({
      words: oneActionWords(r),
      // ("Who's on the recovery plan action, and by when": its leads, whose answer has its date.)
      ask:
        WHO_LEADS.test(r.text) || ON_ME.test(r.text) || /\bwho (is|s) on\b/.test(r.text)
          ? leadAsked(r)
          : 'due',
      ...(ON_ME.test(r.text) ? { mine: true } : {}),
      // ("…I had that down for August 24?": the date the asker believes, checked.)
      ...(r.period && !WHO_LEADS.test(r.text) && !ON_ME.test(r.text)
        ? { period: r.period.period, periodClaimed: periodClaimed(r) }
        : {}),
      within: { kind: 'risk', risk: r.risks[0]! },
    }),
  }),
  actionsAbout.rule({
    rank: 82,
    name: 'two pieces of work set against each other by when they are due',
    // "My digital strategy action vs the innovation strategy one, which was due first?", "is my FTSU
    // champions action due before or after the guardian tenure one?": each found, the first said.
    when: (r) => !r.minuteReference && !r.paper && twoPiecesOfWork(r) !== null,
    then: (r) => {
      const [words, versus] = twoPiecesOfWork(r)!;
      return { words, ask: 'due', versus };
    },
  }),
  actionsAbout.rule({
    rank: 84.2,
    name: 'whether a piece of work described in words is the asker’s',
    // "And the board buy-in one on the improvement strategy, is that mine as well?": whose it is, said
    // with the asker among its leads or not (not the strategy ambition its words share).
    when: (r) =>
      IS_IT_MINE.test(r.text) &&
      /\b(the|that|this) [a-z0-9 -]{3,60} (one|action|bit|piece of work|item)\b(?! \w+s\b)/.test(
        r.text,
      ) &&
      !/\bhow many\b/.test(r.text) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.roles &&
      !r.person &&
      !r.paper &&
      !r.minuteReference &&
      workAskedMine(r) !== '',
    then: (r) => ({
      words: workAskedMine(r),
      ask: leadAsked(r),
      mine: true,
      ...withinWholeLog(r),
    }),
  }),
  actionsAbout.rule({
    rank: 84.5,
    name: 'when work described in words is meant to be done',
    // "When was the well led board development plan supposed to be done by?": an action's date.
    when: (r) =>
      // "How will improvement work be governed under the well-led plan, and by when?": a log's work.
      (DONE_BY.test(r.text) ||
        (!!r.logSection && /(?<!\bwho )\band by when$/.test(r.text) && !asksMine(r))) &&
      !r.roles &&
      !r.person &&
      !r.actionTarget &&
      !r.paper &&
      !r.workplanItems.length &&
      !has(r, 'minutes', 'agenda') &&
      // ("When is the paper deadline for the next board?": a meeting's papers, not work.)
      !/\b(paper|papers) (deadline|cut ?off)s?\b|\bdeadlines? for (the )?papers\b/.test(r.text) &&
      describedWork(r) !== '' &&
      // "The strategy actions from the well-led review - were they meant to be done by now?": the
      // section's actions, listed with their dates.
      !onlyTheSection(r),
    then: (r) => ({
      words: describedWork(r),
      // "Who's on the hook for it, and was it meant to be done by now?": its lead, with its date.
      ask: WHO_LEADS.test(r.text) ? leadAsked(r) : 'due',
      within: r.logSection && !r.logSection.sectionId ? { kind: 'log', ...r.logSection } : null,
    }),
  }),
  actionsAbout.rule({
    rank: 85,
    name: 'what a log named holds about something',
    // "Is there anything in the well-led plan about onboarding new NEDs?": its actions on that, with
    // their leads and dates.
    when: (r) =>
      wholeLogNamed(r) &&
      !has(r, 'risk') &&
      (/\b(anything|something|what|which)\b[a-z ]*\b(about|regarding|re|to do with|on the subject of|in terms of|when it comes to|(expect|expects|ask|asks|want|wants|need|needs|require|requires) (of )?(us|the trust|the trusts|the group|the board) (on|for|about|around|with))\b/.test(
        r.text,
      ) ||
        // "Which board skills gaps did the well-led reviewers flag?": what its findings say of them.
        FINDINGS.test(r.text) ||
        // "Does the well-led action plan have anything on digital?"
        /\b(have|has|got|hold|holds|contain|contains|include|includes) (anything|something) (on|around|covering) (?!(me|us|my|our|the board|the agenda)\b)[a-z]/.test(
          r.text,
        ) ||
        // "Is there a committee for partnerships in the well-led plan?"
        // (Not "are there any outstanding actions on…", "any due dates in…": the log's own list.)
        (/^(?:(?:and|so|ok) )?(?:is|are) there (?:a|an|any) [a-z ]+ (?:in|on|within|under) (?:the |our )?/.test(
          r.text,
        ) &&
          !/\b(actions?|outstanding|overdue|open|late|due|dates?|deadlines?|items?)\b/.test(
            r.text,
          ))) &&
      !r.roles &&
      !r.person &&
      !r.actionTarget &&
      !r.risks.length &&
      !r.paper &&
      !has(r, 'minutes', 'agenda', 'overdue', 'closed') &&
      !asksMine(r) &&
      describedWork(r) !== '',
    then: (r) => ({
      words: describedWork(r),
      // (A finding asked of is where it stands, its words quoted; not first when it is due.)
      ask: FINDINGS.test(r.text) && !has(r, 'due') ? 'status' : 'due',
      within: { kind: 'log', ...r.logSection! },
    }),
  }),
  actionsAbout.rule({
    rank: 87.5,
    name: 'who leads the action described as "the action about …"',
    // "Action about keeping NEDs up to date between committee meetings - who are the task leads?"
    when: (r) =>
      WHO_LEADS.test(r.text) &&
      !!describedAction(r) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.minuteReference,
    then: (r) => ({ words: describedAction(r)!, ask: leadAsked(r) }),
  }),
  actionsList.rule({
    rank: 87.9,
    name: 'who leads a section of a plan',
    // "Who leads the speaking up work in the well-led plan?", "who's responsible for the speaking up
    // improvements in the plan after the review": the section's actions, by lead (no one piece of work).
    when: (r) =>
      WHO_LEADS.test(r.text) &&
      !!sectionOfAPlanNamed(r) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.roles &&
      !r.person &&
      onlyTheSectionsWork(r),
    then: (r) => ({
      scope: { kind: 'log' as const, ...sectionOfAPlanNamed(r)! },
      filter: { status: 'open' as const, period: null },
      page: r.page,
      tally: 'leads' as const,
    }),
  }),
  actionsAbout.rule({
    rank: 88,
    name: 'who leads the action about something',
    when: (r) =>
      WHO_LEADS.test(r.text) &&
      // ("Who has NHSE asked to look at the collaborative's finances?": whom someone else has asked.)
      !SOMEONE_ASKED_BY_OTHERS.test(r.text) &&
      aboutAnAction(r) &&
      // ("What's overdue and who's on the hook for it": the overdue list, led by whom.)
      !onlyAStatus(workWords(r)) &&
      !NOT_STARTED.test(r.text),
    then: (r) => ({ words: workWords(r), ask: leadAsked(r) }),
  }),
  actionsAbout.rule({
    rank: 86.4,
    name: 'whether a piece of work happened',
    // "The social value round table on LPT's 2024 BAF - did that ever land?", "did the leadership
    // conferences go ahead?": where the work stands, as its action says, not its risk's card.
    when: (r) => workHappenedAsked(r) !== null && !r.risks.length && !r.minuteReference && !r.paper,
    then: (r) => {
      const words = workHappenedAsked(r)!;
      // (A log found by one of the work's own words, "leadership", is no log named.)
      const named = r.logSection && !words.includes(r.logSection.text);
      return { words, ask: 'status', ...(named ? withinWholeLog(r) : {}) };
    },
  }),
  actionsAbout.rule({
    rank: 86.5,
    name: 'the action about something, asked for as a whole',
    // "What's the FTSU guardian tenure action?": that action (the role in its words is not its lead).
    when: (r) =>
      // ("wl plan - the tenure for ftsu guardian action?": the log named first, then the action.)
      // ("Pull up the triage system action", or the bare "the triage system action".)
      (/^(((can|could|would|will) you )?(what is|what s|what was|tell me about|show me|show|find|remind me (of|about)|pull up|bring up|open|get me|give me|fetch|grab|dig out|look up|look into|check( on)?|track down)( )|([a-z]+ ){1,4}(plan|log|baf|review) )?(the|that|this) [a-z0-9 ]+ action( please| pls)?$/.test(
        r.text,
      ) ||
        // "What are the steps in the social value action on the LPT BAF?", "what does the X action say".
        /^(what (are|were) the (steps|stages|parts|milestones|elements|details) (in|of|for)|what (does|did) (the|that|this) [a-z0-9 ]+ action( (on|in|under|from) (the )?[a-z0-9 ]{2,30}?)? (actually )?(say|involve|cover|entail|ask for)\b|(what s|what is) (in|the wording of|the text of) (the|that|this))\b/.test(
          r.text,
        )) &&
      !!describedAction(r) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.minuteReference,
    then: (r) => ({ words: describedAction(r)!, ask: 'status', ...withinWholeLog(r) }),
  }),
  actionsAbout.rule({
    rank: 86.6,
    name: 'whether there is an action about something',
    // "Is there a well-led action about a fixed tenure for the FTSU Guardian?": that action, found by
    // its words (the role in them is what it is about, not its lead), in the log named.
    when: (r) =>
      /^(is there|are there|was there|were there|do we have|have we got|have we|any|got any)\b/.test(
        r.text,
      ) &&
      !!describedAction(r) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.minuteReference &&
      !asksMine(r),
    then: (r) => ({
      words: describedAction(r)!,
      ask: 'status',
      ...withinWholeLog(r),
    }),
  }),
  actionsAbout.rule({
    rank: 86.8,
    name: 'where the action about something has got to',
    // "Unitary board development action - what's the latest progress update?": that action's standing.
    when: (r) =>
      (has(r, 'progressWord') ||
        /\b(any )?(update|updates|news|latest)\b|\bwhere (are we|is it|s it) (with|on|at)\b|\bwhere (does|do|did|is|s) [a-z0-9 ]{2,60} (stand|sit|got to)\b/.test(
          r.text,
        )) &&
      !!describedAction(r) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.minuteReference,
    then: (r) => ({ words: describedAction(r)!, ask: 'status', ...withinWholeLog(r) }),
  }),
  actionsAbout.rule({
    rank: 87,
    name: 'when the action about something is due',
    when: (r) =>
      (has(r, 'due', 'overdue') || /\b(when|what date|by when)\b/.test(r.text)) &&
      !has(r, 'proposed') &&
      !!describedAction(r) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.minuteReference,
    then: (r) => ({
      words: describedAction(r)!,
      ask: 'due',
      period: r.period?.period ?? yearNamed(r),
      // ("Was the board skills gaps action due June 2025?": a date believed, checked.)
      ...(r.period && periodClaimed(r) ? { periodClaimed: true } : {}),
      // ("…due on the group baf": among that log's; a section's name is the action's own words.)
      ...(r.logSection?.sectionId ? {} : withinWholeLog(r)),
    }),
  }),
  actionsAbout.rule({
    rank: 86.8,
    name: 'whether a piece of work is led by the role the asker believes',
    // "The unitary board development plan action is just on the ACE, isn't it?", "is the board
    // development plan action led by the ACE?": who leads it, as printed, against the role named.
    // (A role guessed, "just on the ACE", is read as no role: the check says whose it is.)
    when: (r) =>
      ((!!r.roles && /^(is|was|are|were)\b/.test(r.text)) || r.checking) &&
      !r.person &&
      /\b((just|only|all) )?(on|led by|owned by|with|down to|lead|owner|leads|owns|leading|owning)( the| our)? [a-z]/.test(
        r.text,
      ) &&
      !r.risks.length &&
      !r.actionTarget &&
      !!describedAction(withoutRolesNamed(r)),
    then: (r) => ({ words: describedAction(withoutRolesNamed(r))!, ask: 'lead' }),
  }),
  actionsAbout.rule({
    rank: 86.9,
    name: 'whether a piece of work is due when the asker believes',
    // "Is the gap analysis of capacity due in march?", "are the gap analysis and the governance review
    // both due march?": that work's dates, checked against the month believed; not every action due
    // in March.
    when: (r) =>
      /^(is|are|was|were)\b/.test(r.text) &&
      /\bdue\b/.test(r.text) &&
      !!r.period &&
      WORK_NOUN.test(r.text) &&
      !/\bwork ?plan\b/.test(r.text) &&
      !has(r, 'overdue', 'proposed', 'actions') &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.minuteReference &&
      !r.logSection &&
      workDueChecked(r) !== '',
    then: (r) => ({
      words: workDueChecked(r),
      ask: 'due',
      period: r.period!.period,
      periodClaimed: true,
    }),
  }),
  actionsAbout.rule({
    rank: 88.5,
    name: 'when the work about something is due',
    // "When is the PSIRF implementation due?", "quality dashboard - deadline?": the action its words
    // name, with its date; not every open action because "due" was said.
    when: (r) =>
      WORK_WHEN.test(r.text) &&
      !has(r, 'proposed', 'overdue') &&
      asksWhenOfOneWork(r) &&
      aboutAnAction(r) &&
      workAskedWhen(r) !== '' &&
      // A long description is more than the work's name ("what did the QSIR project aim to cut
      // recruitment check time from and to, and by when"): the papers are searched for it.
      workAskedWhen(r).split(' ').length <= 6,
    then: (r) => ({ words: workAskedWhen(r), ask: 'due' }),
  }),
  actionsAbout.rule({
    rank: 88.6,
    name: 'how long a piece of work has been open',
    // "How long has an innovation strategy been sitting on the BAF as an action?": the actions its
    // words name, with the dates they were and are due.
    when: (r) => !r.risks.length && !r.actionTarget && !!workOpenHowLong(r),
    then: (r) => ({ words: workOpenHowLong(r)!, ask: 'due' }),
  }),
  actionsAbout.rule({
    rank: 88.65,
    name: 'when the work about something is due, in a register or log named',
    // "When's the innovation strategy due on the group BAF?": that work among that log's actions
    // (not every open action of the log because "due" was said).
    when: (r) => {
      const log = r.logSection && !r.logSection.sectionId ? r.logSection : logNamed(r);
      const words = log ? describedWork(r) : '';
      return (
        !!log &&
        WORK_WHEN.test(r.text) &&
        !has(r, 'proposed', 'overdue', 'actions') &&
        !asksMine(r) &&
        !r.risks.length &&
        !r.actionTarget &&
        !r.roles &&
        !r.person &&
        !r.paper &&
        asksWhenOfOneWork(r) &&
        contentWords(words).length > 0 &&
        words.split(' ').length <= 6
      );
    },
    then: (r) => {
      const log = r.logSection && !r.logSection.sectionId ? r.logSection : logNamed(r)!;
      return { words: describedWork(r), ask: 'due', within: { kind: 'log', ...log } };
    },
  }),
  actionsAbout.rule({
    rank: 88.7,
    name: 'the progress last reported on work described in words',
    // "What did we say last time on the social value round table stuff?": where that work stands, with
    // the progress its log or register last printed.
    // ("What has the people director said on the agency price cap work?": the role named is whose word,
    // not what the work is.)
    // ("What did we report in the EoE sitrep?" asks of a report, not of work's progress.)
    when: (r) =>
      PROGRESS_ASKED.test(r.text) &&
      /\b(last time|progress|updates?|so far)\b/.test(r.text) &&
      !asksMine(r) &&
      // ("Which ambitions were behind at the last update?": the strategy's, not an action's.)
      !/\b(ambitions|strategic objectives)\b/.test(r.text) &&
      aboutAnAction(withoutRolesNamed(r)),
    then: (r) => ({
      words: workWords(withoutRolesNamed(r)),
      ask: 'status',
    }),
  }),
  actionsAbout.rule({
    rank: 88.9,
    name: 'whether a piece of work was signed off at a committee',
    // "Was my group digital transformation plan signed off at group SEB in jan?": the action's own
    // progress says where it was approved; the committee and month are where, not what, is asked.
    when: (r) => {
      const at = SIGNED_OFF_AT.exec(r.text);
      return (
        !!at &&
        !!r.committee &&
        /^(has|have|is|are|was|were|did)\b/.test(r.text) &&
        WORK_NOUN.test(r.text.slice(0, at.index)) &&
        !/\bwork ?plan\b/.test(r.text) &&
        !!workWords({ ...r, text: r.text.slice(0, at.index) }) &&
        !r.risks.length &&
        !r.actionTarget &&
        !r.minuteReference &&
        !r.roles &&
        !r.person &&
        !r.paper
      );
    },
    then: (r) => ({
      words: workWords({ ...r, text: r.text.slice(0, SIGNED_OFF_AT.exec(r.text)!.index) }),
      ask: 'status',
      signedOff: true,
    }),
  }),
  actionsAbout.rule({
    rank: 89,
    name: 'whether the action about something is done',
    when: (r) =>
      /^(has|have|is|are|was|were|did)\b/.test(r.text) &&
      // ("Is the digital plan approved?": the work to write it, whose progress says so.)
      (has(r, 'closed') ||
        (/\b(approved|agreed|ratified|endorsed)\b/.test(r.text) &&
          !r.paper &&
          !has(r, 'minutes', 'meeting', 'decision'))) &&
      aboutAnAction(r) &&
      // "Did any of mine get closed off?": the asker's own, not an action about "mine".
      !/^(mine|my|me|ours?|my ones)$/.test(workWords(r)) &&
      // ("Has the workplan been signed off?": a plan the board notes, not an action.)
      !/\bwork ?plan\b/.test(r.text),
    then: (r) => ({
      words: workWords(r),
      ask: 'status',
      ...(SIGN_OFF_ASKED.test(r.text) ? { signedOff: true } : {}),
    }),
  }),
  riskList.rule({
    rank: 94.3,
    name: 'the risk closest to breaching appetite',
    // "Which lpt risk is closest to its tolerance limit?", "which one is closest to breaching it?":
    // the risks within tolerance with least headroom, not the appetite statement.
    when: (r) =>
      nearestAppetiteAsked(r) &&
      !r.risks.length &&
      !has(r, 'actions') &&
      /\b(which|what|who|any|risks?|one|ones)\b/.test(r.text),
    then: (r) => ({ registerId: r.registerId, filter: { kind: 'nearest-appetite' } }),
  }),
  riskAppetite.rule({
    rank: 94.4,
    name: 'the most a board will tolerate, or what its tolerance limit means',
    // "What's the highest score the board will put up with on LPT's risks?", "what does upper limit of
    // tolerance mean on the group BAF?": the register's appetite and its limit.
    when: (r) =>
      !r.risks.length &&
      !has(r, 'actions', 'aboveAppetite', 'withinAppetite') &&
      // ("Which risks are above the tolerance limit?": the risks.)
      !/\b(which|list|show|what|any) (of the |of our )?risks\b/.test(r.text) &&
      ((/\b(put up with|tolerate|tolerated|accept|accepts|accepted|live with|stomach|comfortable with)\b/.test(
        r.text,
      ) &&
        /\b(highest|maximum|max|most|upper|limit|ceiling|how high)\b/.test(r.text)) ||
        /\b(upper limit|limit of tolerance|tolerance limit|tolerance level)\b/.test(r.text)),
    then: (r) => ({ registerId: r.registerId, level: null, score: null }),
  }),
  riskAppetite.rule({
    rank: 94.5,
    name: 'which appetite band a score falls in, of a risk named',
    // "LPT BAF 02 is on 12 now - which band on the appetite table does 12 land in?": the register's
    // band for that score, not the risk's card.
    when: (r) => scoreInBand(r.text) !== null && !has(r, 'actions'),
    then: (r) => ({
      registerId: r.risks[0]?.registerId ?? r.registerId,
      level: null,
      score: scoreInBand(r.text),
      risk: r.risks.length === 1 ? r.risks[0]! : null,
    }),
  }),
  riskAppetite.rule({
    rank: 95,
    name: 'a register’s risk appetite and its bands',
    // "What appetite did the LPT board go with", "what band counts as open", "which band is 12 in".
    when: (r) =>
      // ("What band counts as cautious on the LPT BAF?": an appetite band by its level.)
      (/\bappetite\b/.test(r.text) ||
        (/\bbands?\b/.test(r.text) && appetiteLevelIn(r.text) !== null)) &&
      (/\b(bands?|ranges?|tolerances?|limits?|scores?|what|which|went with|go with|set|applied|chose|statement|level|remind)\b/.test(
        r.text,
      ) ||
        // ("LPT appetite for 24/25 is cautious isn't it?": a level checked.)
        appetiteLevelIn(r.text) !== null ||
        r.text.split(' ').length <= 4) &&
      !r.risks.length &&
      !has(r, 'aboveAppetite', 'actions') &&
      // "Which risks are in the open band" asks for risks.
      !/\b(which|list|show|what) (of the |of our )?risks\b/.test(r.text) &&
      // "Which of those is scored highest, and is it inside appetite?": the risk, against appetite.
      !has(r, 'highest', 'lowest', 'ranked') &&
      !(r.topicRisks[0] && r.topicRisks[0].score >= 100 && !ambiguousTopic(r)),
    then: (r) => {
      const score = /\b(\d{1,2})\b/.exec(r.text.replace(/\b\d{2,4}\/\d{2}\b/g, ' '))?.[1];
      const level = appetiteLevelIn(r.text);
      return {
        registerId: r.registerId,
        level,
        score: score !== undefined && Number(score) <= 25 ? Number(score) : null,
        // "…is cautious isn't it?", "open or cautious?": a level named, not asked what it means.
        ...(level && !/\b(what|which|bands?|ranges?|means?|meant|counts?)\b/.test(r.text)
          ? { checked: true }
          : {}),
      };
    },
  }),
  riskOwner.rule({
    rank: 90,
    name: 'who owns a risk',
    when: (r) =>
      has(r, 'ownerQuestion') &&
      !!riskOf(r) &&
      !r.roles &&
      !r.person &&
      !has(r, 'actions') &&
      // "The environmental analysis item - whose is it", "environmental analysis on the workplan -
      // paper or verbal, and who leads": a workplan item named as an item, or on the plan.
      !(
        r.workplanItems.length &&
        !r.risks.length &&
        (/\bitems?\b/.test(r.text) || has(r, 'workplan'))
      ) &&
      // ("Who leads the staffing investigation item?": an agenda item, not a risk about staffing.)
      !agendaItemNamed(r) &&
      !workHeadedInAPaper(r),
    then: (r) => ({ risk: riskOf(r)! }),
  }),
  minutesAttendance.rule({
    rank: 98,
    name: 'whether someone, named or by role, was at a meeting',
    when: (r) =>
      /^(was|were|did|is|has|had)\b/.test(r.text) &&
      (!!r.roles || !!r.person || !!r.attendee) &&
      (has(r, 'meeting', 'minutes') || !!r.pastPeriod) &&
      // ("Is there anything … assigned to the Director of Corporate Governance": not "was she there".)
      /\b(at|attend\w*|there|present|make it|made it|turn(ed)? up|show(ed)? up|come|came|join\w*|in the room)\b/.test(
        r.text.replace(/^(is|was|are|were) there\b/, ''),
      ) &&
      !r.risks.length &&
      !has(r, 'actions') &&
      // "Did Harrison's joint people committee escalate anything to us?": the committee's report.
      !(has(r, 'alert') && !!r.committeeReport),
    then: (r) => ({
      body: r.body,
      date: minutesDate(r),
      part: 'all' as const,
      who: r.attendee?.text ?? r.person?.text ?? r.roles?.text ?? null,
    }),
  }),
  peopleWho.rule({
    rank: 100,
    name: 'who is someone',
    when: (r) =>
      (has(r, 'whoIs') || (has(r, 'titleOf') && (!!r.attendee || !!r.person || !!r.unknownName))) &&
      !r.risks.length &&
      // A title asked of someone named at a meeting is still who they are, not the meeting's minutes.
      !has(
        r,
        ...(has(r, 'titleOf') ? [] : (['minutes', 'attendance'] as const)),
        'actions',
        'ownerQuestion',
        'apologies',
        'presenter',
        'declarations',
      ) &&
      (!!r.roles ||
        !!r.person ||
        !!r.attendee ||
        !!r.unknownName ||
        /\bsecretar(y|ies)\b/.test(r.text)),
    then: (r) => ({
      roleIds: r.roles?.roleIds ?? [],
      personIds: r.person ? [r.person.id] : [],
      name: r.attendee?.text ?? r.unknownName ?? (r.person ? r.person.text : null),
      text:
        r.roles?.text ??
        r.person?.text ??
        r.attendee?.text ??
        r.unknownName ??
        (/\bsecretar/.test(r.text) ? 'board secretary' : ''),
      organisationIds: r.organisationIds,
    }),
  }),
  peopleWho.rule({
    rank: 99,
    name: 'who holds a title the minutes print',
    // "Who are the deputy chairs?": no role of the directory's (a deputy is not the role's holder),
    // but the minutes print such titles.
    when: (r) =>
      has(r, 'whoIs') &&
      (!r.roles || /\b(deputy|vice)\b/.test(titleAsked(r) ?? '')) &&
      !r.person &&
      !r.attendee &&
      !r.unknownName &&
      !r.risks.length &&
      !has(r, 'actions', 'minutes', 'attendance', 'apologies', 'presenter', 'declarations') &&
      titleAsked(r) !== null,
    then: (r) => ({
      roleIds: [],
      personIds: [],
      name: null,
      text: titleAsked(r)!,
      // (One trust named narrows them; "across the group, LPT's especially" does not.)
      organisationIds: r.organisationIds.length === 1 ? r.organisationIds : [],
    }),
  }),
  actionsList.rule({
    rank: 214,
    name: 'what a log holds for a role',
    // "Anything on the well led plan for the COO?": that role's actions on it.
    when: (r) =>
      !!r.roles &&
      !!r.logSection &&
      !r.risks.length &&
      /\b(anything|something|what)\b/.test(r.text) &&
      // "…with the COO on the well-led plan?", "what's on me as chair in the well led plan".
      /\b(for|with|against|on|by) (the |our |my |me as )?\w/.test(r.text) &&
      !has(r, 'meeting', 'minutes', 'whoIs'),
    then: (r) => ({ scope: actionScope(r), filter: actionFilter(r), page: r.page }),
  }),
  peopleWho.rule({
    rank: 215,
    name: 'a role named on its own',
    when: (r) =>
      !!r.roles &&
      // The role and little else: "the cfo", "ftsu guardian".
      (!r.topic || (!r.topic.includes(' ') && r.raw.trim().split(/\s+/).length <= 4)) &&
      // "How much does the chair earn": the person's own affairs, not who holds the role.
      !has(r, 'personal') &&
      !r.risks.length &&
      !has(r, 'actions', 'meeting', 'minutes'),
    then: (r) => ({
      roleIds: r.roles!.roleIds,
      personIds: [],
      name: null,
      text: r.roles!.text,
      organisationIds: r.organisationIds,
    }),
  }),
  peopleWho.rule({
    rank: 99,
    name: 'who chairs a committee the papers hold no terms of reference for',
    when: (r) => has(r, 'chaired') && has(r, 'who') && !!r.committee && !r.termsOfReference,
    then: (r) => ({
      roleIds: [],
      personIds: [],
      name: null,
      text: `chair of the ${r.committee!.id}`,
    }),
  }),
  paper.rule({
    rank: 100.9,
    name: 'what a group a paper reports on has found',
    // "What risks has the transition group flagged on the value programme?": what the paper says the
    // group found, not the group's terms of reference.
    when: (r) =>
      !!r.paper &&
      !!r.termsOfReference &&
      !r.risks.length &&
      GROUP_FOUND.test(r.text) &&
      !/\b(terms|remit|quorum|membership|members|purpose)\b/.test(r.text),
    then: (r) => ({
      paperId: r.paper!.id,
      words: [
        r.termsOfReference!.text,
        ...(r.text.match(/\b(risks?|issues?|concerns?)\b/g) ?? []),
      ].join(' '),
      want: 'say' as const,
    }),
  }),
  termsOfReference.rule({
    rank: 101,
    name: 'terms of reference',
    when: (r) =>
      !!r.termsOfReference &&
      !r.risks.length &&
      // "Key risks on the value prog per transition group?": what the paper says the group found, not
      // its terms of reference (which list no risks).
      // ("What risks has the transition group logged for the value programme?" too.)
      !(
        r.paper &&
        /\b(risks?|issues?|concerns?)\b/.test(r.text) &&
        !/\b(terms of reference|tor|remit|purpose)\b/.test(r.text)
      ) &&
      // ("What does the CEO report say about the Transition Group?": that paper's words on it, not
      // the group's terms of reference, which another paper appends.)
      !(
        r.paper &&
        has(r, 'say') &&
        !r.paper.bySponsor &&
        r.ctx.vocabulary.papers
          .find((p) => p.id === r.paper!.id)
          ?.related.indexOf(r.termsOfReference.id) === -1
      ),
    then: (r) => ({
      termsId: r.termsOfReference!.id,
      ...termsPart(r),
    }),
  }),
  committeeReport.rule({
    rank: 101,
    name: 'what a committee’s report says about something',
    when: (r) =>
      // "What does the chief executive's report say about joint committees": the paper named.
      // ("What did the board minutes say about committee oversight", "which committee does the
      // well-led plan say should monitor…": the minutes, the log.)
      (!!r.committeeReport ||
        (/\bcommittees?\b/.test(r.text) && !r.paper && !has(r, 'minutes') && !r.logSection)) &&
      !!r.topic &&
      COMMITTEE_HEARD.test(r.text) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.minuteReference &&
      !r.termsOfReference,
    then: (r) => ({
      reportId: r.committeeReport?.id ?? null,
      level: reportLevel(r),
      author: false,
      words: r
        .topic!.split(' ')
        .filter((w) => !HEARING_WORD.test(w))
        .join(' '),
    }),
  }),
  committeeReport.rule({
    rank: 102,
    name: 'a committee’s alert, advise and assure report',
    when: (r) =>
      !r.risks.length &&
      !r.actionTarget &&
      (!!r.committeeReport || /\bcommittees?\b/.test(r.text) || !!r.committee) &&
      (has(r, 'alert') ||
        /\b(aaa|alert advise assure)\b/.test(r.text) ||
        (!!r.committeeReport &&
          (has(r, 'say', 'outcome') ||
            // "Anything the board needs to worry about from the people committee?"
            /\b(worr(y|ied|ies)|concern\w*|need(s)? to know|be aware)\b/.test(r.text)))) &&
      // "Before PCC next week: assurance gaps on the culture risk": a risk's, named as a risk.
      !(
        /\brisk\b/.test(r.text) &&
        r.topicRisks.some((t) => t.score >= 100) &&
        r.facets.some((f) => f === 'gaps' || f === 'assurances' || f === 'controls')
      ) &&
      // "Assurances on wellbeing" is a risk's, unless a committee's report is named.
      !(
        r.facets.includes('assurances') &&
        r.topicRisks.length > 0 &&
        !r.committeeReport &&
        !/\b(aaa|alert advise assure)\b/.test(r.text)
      ),
    then: (r) => ({
      reportId: r.committeeReport?.id ?? null,
      level: has(r, 'who') && has(r, 'cover') ? null : reportLevel(r),
      author: has(r, 'who') && has(r, 'cover'),
    }),
  }),
  performance.rule({
    rank: 103,
    name: 'the oversight segment',
    when: (r) =>
      has(r, 'segment') &&
      !r.risks.length &&
      !/\b(risks?|baf|bafs)\b/.test(r.text) &&
      // "NHFT's score for the access to services domain": one of the framework's measures, by name.
      !r.indicatorNamed &&
      // "Raising concerns sub-score from the staff survey in the NOF": a measure in the framework.
      !(
        r.indicators.length && !/\b(segments?|segmented|segmentation|rating|rated)\b/.test(r.text)
      ) &&
      // "In the Sept performance item, what did they say off the back of the NOF?": the minute.
      !(
        SAID_AT_A_MEETING.test(r.text) &&
        !!r.pastPeriod &&
        (has(r, 'meeting', 'minutes') || /\bitem\b/.test(r.text))
      ),
    then: (r) => ({
      want: 'segment',
      organisationIds: r.organisationIds,
      indicatorIds: [],
    }),
  }),
  workplan.rule({
    rank: 103.5,
    name: "a paper's place in the workplan",
    // "Does the EMA paper come to every board?", "who brings the THRIVE report?": the plan, not the paper.
    when: (r) =>
      !!r.paper &&
      r.workplanItems.length > 0 &&
      PLAN_ASK.test(r.text) &&
      // "Does the chief exec report come to every meeting": the paper's schedule, which quotes the plan.
      !has(r, 'paperSchedule') &&
      !r.risks.length &&
      !r.minuteReference &&
      !has(r, 'actions') &&
      // "Who presents the chief executive report at the January 2026 board?": that meeting's agenda.
      !(has(r, 'who') && has(r, 'presenter') && !!meetingDateOf(r, 'meetings')),
    then: workplanItemsAsked,
  }),
  strategyProgress.rule({
    rank: 78,
    name: 'the supporting strategies or service plans of a strategy',
    // "Which supporting strategies sit under the 2023-26 strategy?": the strategy's own list, not the
    // one ambition whose report names some.
    // (Not what a paper named says of them, nor which ambitions or objectives they sit against.)
    when: (r) =>
      !!plansAsked(r) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.paper &&
      // (Words of the strategy's own name, "the trust ambitions strategy", are not ambitions asked.)
      !(
        plansAsked(r) === 'service-plans'
          ? /\b(ambitions?|most|fewest|least)\b/
          : /\b(ambitions?|objectives?|most|fewest|least|linked|tied|updates?)\b/
      ).test(withoutStrategiesNamed(r)) &&
      // ("Which forum do the service plans report into?": where they go, which the paper says.)
      !/\b(forum|committee|cttee|report (in)?to|reported (in)?to|how often)\b/.test(r.text),
    then: (r) => {
      return {
        strategyId: findNamed(r.text, r.ctx.vocabulary.strategies)[0]?.thing.id ?? null,
        objectiveId: null,
        ambitionIds: [],
        themeId: null,
        text: '',
        plans: plansAsked(r)!,
      };
    },
  }),
  strategyProgress.rule({
    rank: 79,
    name: 'an ambition named in its own words',
    // "Main sites having a community value and usage plan - what's the agreed action plan?": that
    // ambition (whose report holds its plan), not a risk whose record shares two of its words.
    when: (r) => !r.risks.length && !r.actionTarget && !r.minuteReference && !!ambitionWorded(r),
    then: (r) => {
      const found = ambitionWorded(r)!;
      return {
        strategyId: found.strategyId,
        objectiveId: null,
        ambitionIds: [found.ambitionId],
        themeId: null,
        text: '',
        part: ambitionPart(r.text),
      };
    },
  }),
  paper.rule({
    rank: 103.5,
    name: 'why a strategy’s figures look as they do, as its paper explains',
    // "Why does NHFT look like it has more technology programmes than valuing people ones in THRIVE?":
    // the report's own explanation, not the theme's figures again.
    when: (r) =>
      has(r, 'why') &&
      !r.risks.length &&
      !r.actionTarget &&
      /\b(looks?|appears?|seems?|(more|fewer|less|higher|lower|bigger|smaller) \w+( \w+){0,4} than)\b/.test(
        r.text,
      ) &&
      !!strategyPaper(r),
    // (The subject's words: the theme named, "technology", is what the explanation is about.)
    then: (r) => ({
      paperId: strategyPaper(r)!,
      words: r.subject ?? r.topic ?? '',
      want: 'say' as const,
    }),
  }),
  paper.rule({
    rank: 103.55,
    name: 'what a strategy says about something, as its paper says',
    // "What THRIVE says about the survey closing": the THRIVE report's words on it (THRIVE has themes,
    // not ambitions whose reports could be quoted).
    when: (r) =>
      !r.paper &&
      !r.risks.length &&
      !!strategyPaper(r) &&
      !findNamed(r.text, r.ctx.vocabulary.strategies)[0]?.thing.ambitions.length &&
      has(r, 'say') &&
      strategySaysOf(r) !== null,
    then: (r) => ({
      paperId: strategyPaper(r)!,
      words: strategySaysOf(r)!,
      want: 'say' as const,
    }),
  }),
  strategyProgress.rule({
    rank: 103.6,
    name: 'an ambition’s progress, asked of the paper that reports it',
    // "Trust ambitions paper: how's the inclusive culture ambition tracking?": the ambition, not the text.
    when: (r) =>
      !!r.paper &&
      findNamed(r.text, r.ctx.vocabulary.strategies).length > 0 &&
      /\b(ambitions?|objectives?)\b/.test(r.text) &&
      (has(r, 'progressWord', 'shortfall') ||
        /\b(confiden\w*|on target|on track|behind)\b/.test(r.text)) &&
      !has(r, 'cover', 'decision'),
    then: strategyQuestion,
  }),
  strategyProgress.rule({
    rank: 103.7,
    name: 'what a strategy’s paper says about something its ambitions report',
    // "What did the trust ambitions paper say about virtual wards": the ambition whose report says so.
    when: (r) => !!reportedOfPaper(r),
    // A figure the report prints ("transformation programmes off track") is that figure; a part of
    // the ambitions' reports ("what successes did it report for the sustainable objective") is that.
    then: (r) =>
      strategyFiguresAsked(r) || annexPartsAsked(r.text).length > 0
        ? strategyQuestion(r)
        : { objectiveId: null, ...reportedOfPaper(r)! },
  }),
  paper.rule({
    rank: 103.8,
    name: 'why a register is changing, as its paper says',
    // "Why are we changing the wording of group BAF3?", "why are the workforce risks being combined?":
    // the reasons the register's paper gives, not the risk's card.
    when: (r) => !r.paper && !r.actionTarget && registerChangeAsked(r) !== null,
    then: (r) => ({
      paperId: registerChangeAsked(r)!,
      words: contentWords(
        [r.topic ?? '', ...r.risks.map((x) => x.text.replace(/^(group|lpt|nhft)\s+/, ''))].join(
          ' ',
        ),
      )
        .filter((w) => !/^(why|we|are|is|being)$/.test(w))
        .join(' '),
      want: 'say' as const,
    }),
  }),
  strategyProgress.rule({
    rank: 103.9,
    name: 'the gist of a paper that reports a strategy',
    // "Summarise the THRIVE report": the strategy's progress as it reports it, themes and figures, not
    // its cover's purpose.
    when: (r) =>
      !!r.paper &&
      GIST_ASKED.test(r.text) &&
      !r.risks.length &&
      !r.actionTarget &&
      !!strategyReported(r),
    then: (r) => ({
      strategyId: strategyReported(r)!,
      objectiveId: null,
      ambitionIds: [],
      themeId: null,
      text: '',
    }),
  }),
  riskOwner.rule({
    rank: 103.8,
    name: 'who owns the risk a paper relates to',
    // "Who owns the BAF risk behind the EMA paper?": the one risk its cover names.
    when: (r) => paperRiskAsked(r) && has(r, 'ownerQuestion', 'owns'),
    then: (r) => ({ risk: paperRisk(r)! }),
  }),
  riskDetail.rule({
    rank: 103.9,
    name: 'the risk a paper relates to, asked of',
    // "What's the score of the risk the THRIVE report relates to?": the one risk its cover names,
    // asked of as a risk named would be (several: the cover says them).
    when: (r) => paperRiskAsked(r) && r.facets.length > 0,
    then: (r) => ({ risk: paperRisk(r)!, facets: r.facets }),
  }),
  paper.rule({
    rank: 104,
    name: 'a paper',
    when: (r) =>
      !!r.paper &&
      !r.risks.length &&
      !r.actionTarget &&
      // "What do I own on the group BAF?": the asker's actions on the register the paper reports.
      // ("Am I leading on anything for the East Midlands Alliance?": a paper with no actions, which
      // says what the asker's role is doing.)
      (!asksMine(r) || (!has(r, 'actions', 'risk') && !r.logSection && !r.risks.length)) &&
      (!r.paper.bySponsor ||
        has(r, 'say', 'decision', 'cover', 'paperSchedule') ||
        (has(r, 'figure') && !has(r, 'personal'))) &&
      // "Who is sponsoring the BAF paper for January": who stands behind the paper, not the agenda.
      (!has(r, 'agenda') || has(r, 'cover', 'paperSchedule') || paperByItem(r)) &&
      (!has(r, 'attendance', 'apologies', 'minutes') || coverSheetAsked(r)) &&
      // ("What does the CEO report say about the Board agreeing … in September?": the paper asked,
      // whatever meeting its words name.)
      (!paperAtOtherMeeting(r) || paperByItem(r) || PAPER_ASKED_TO_SAY.test(r.text)) &&
      // ("Is the Alliance listed as a control on any of the group risks?": the risks' parts.)
      !(r.topicRisks.length > 0 && r.facets.some((f) => RISK_PARTS.has(f)) && has(r, 'risk')) &&
      // ("What escalations did the ambitions paper raise?": that part of each ambition's report.)
      !(annexPartsAsked(r.text).length > 0 && strategyReportedBy(r.ctx.vocabulary, r.paper.id)),
    then: (r) => {
      // "What went to the board as agenda item 15?": that paper, as its cover describes it.
      if (paperByItem(r) && !has(r, 'say', 'decision', 'figure'))
        return { paperId: r.paper!.id, words: '', want: 'cover' as const };
      // "Who's actually in the East Midlands Alliance?": what the paper says it is made up of.
      if (
        MEMBERS_ASKED.test(r.text) &&
        // ("How many trusts are in the alliance?": its members, counted.)
        (!has(r, 'cover', 'figure') ||
          /\bhow many (trusts|organisations|organizations|providers|orgs|partners|members)\b/.test(
            r.text,
          )) &&
        // ("Which areas make up most of the opportunity?": parts of a figure, not a body's members.)
        !/\b(how (large|big|much)|most of (it|this|that|the)|opportunit\w*|savings?|£)\b/.test(
          r.text,
        )
      )
        return { paperId: r.paper!.id, words: 'made up', want: 'say' as const };
      const want = paperWant(r);
      // A figure's words keep what a topic drops as asking words ("off track"); not the paper's name
      // (as typed, or any of its names: whom it asks and its name are no subject of its decision).
      const named = new Set([
        ...r.paper!.text.split(' '),
        ...(r.ctx.vocabulary.papers
          .find((p) => p.id === r.paper!.id)
          ?.names.flatMap((n) => n.split(' ')) ?? []),
        'paper',
        'papers',
        'report',
      ]);
      // Without a topic of their own (asking words only, "its strategic objectives"), the subject's
      // words less the paper's name.
      const subjectWords = (r.subject ?? '')
        .split(' ')
        .filter((w) => !named.has(w))
        .join(' ');
      // ("Has the January EMA paper followed up the productivity learning?": neither the paper's name
      // nor the asking verb is what it says.)
      const typed = new Set(r.paper!.text.split(' '));
      const ownTopic = (r.topic ?? '')
        .split(' ')
        .filter((w) => w && !typed.has(w) && !FOLLOWED_UP.test(w))
        .join(' ');
      const topicWords = r.topic && contentWords(ownTopic).length ? ownTopic : r.topic;
      const said = want === 'figures' && r.subject ? subjectWords : (topicWords ?? subjectWords);
      // ("What are the key risks to the value programme?": the paper's risks, a word the topic drops.)
      const words =
        want === 'say' && !r.risks.length && /\brisks\b/.test(r.text) && !/\brisk/.test(said)
          ? `${said} risks`.trim()
          : said;
      // "What did the Group Board agree about the value programme?": what the paper says was agreed.
      // ("Why did the alliance board agree to fund CAMHS tier 3.5 and Waterlily?": what it says of those.)
      if (
        BOARD_AGREED.test(r.text) &&
        (want === 'say' || want === 'figures') &&
        contentWords(words).length < 2
      )
        return { paperId: r.paper!.id, words: 'agreed', want: 'say' as const };
      // ("What are the boards of the Alliance providers asked to do in the EMA paper?")
      const asked =
        want === 'decision'
          ? words
              .split(' ')
              .filter((w) => !named.has(w) && !/^(boards?|providers?|members?|trusts?)$/.test(w))
              .join(' ')
          : words;
      return {
        paperId: r.paper!.id,
        words: has(r, 'cover', 'paperSchedule') && want !== 'say' ? '' : asked,
        want,
      };
    },
  }),
  mattersArising.rule({
    rank: 110,
    name: 'matters arising',
    when: (r) => has(r, 'matters'),
    then: (r) => ({ body: r.body }),
  }),
  minutesDeclarations.rule({
    rank: 120,
    name: 'declarations of interest',
    when: (r) => has(r, 'declarations'),
    then: (r) => ({ body: r.body, date: minutesDate(r) }),
  }),
  riskDetail.rule({
    rank: 60,
    name: 'gaps, controls or assurances of one risk named as a risk',
    // "Going into F&P… are there assurance gaps on the climate risk?": the risk, whatever meeting is near.
    when: (r) =>
      /\b(the|our|this|that) [a-z ]{2,40}\brisk\b(?! (register|appetite))/.test(r.text) &&
      !/\brisks\b/.test(r.text) &&
      r.facets.some((f) => f === 'gaps' || f === 'assurances' || f === 'controls') &&
      !r.risks.length &&
      // "When's the policy compliance audit on the finance BAF risk due?": a piece of work's date.
      !ONE_DUE_DATE.test(r.text) &&
      (r.topicRisks[0]?.score ?? 0) >= 100 &&
      !ambiguousTopic(r) &&
      !r.paper &&
      !r.minuteReference &&
      !r.actionTarget &&
      !r.indicators.length,
    then: (r) => ({ risk: r.topicRisks[0]!.ref, facets: r.facets, about: r.topic ?? null }),
  }),
  minutesAttendance.rule({
    rank: 120.5,
    name: 'who sits on the board, or its non-executives or executives',
    when: (r) =>
      BOARD_MEMBERS.test(r.text) &&
      // ("How many board members were present at the September meeting?": that meeting's minutes.)
      !(/\b(present|turned up|showed up)\b/.test(r.text) && asksAboutMinutes(r)) &&
      !r.termsOfReference &&
      !r.committeeReport &&
      !r.risks.length &&
      !r.actionTarget &&
      !has(r, 'apologies', 'actions'),
    then: (r) => ({
      body: r.body,
      date: minutesDate(r),
      part: boardSideAsked(r.text) ?? 'members',
    }),
  }),
  minutesAttendance.rule({
    rank: 121,
    name: 'attendance and apologies',
    // ("On the THRIVE report's cover sheet, which forum considered it before the board?": the cover.)
    when: (r) =>
      !coverSheetAsked(r) &&
      !PATIENTS_NOT_ATTENDING.test(r.text) &&
      ((has(r, 'apologies') &&
        (asksAboutMinutes(r) ||
          has(r, 'who') ||
          // "Were there any apologies?": the latest minutes'.
          /\b(any|were there|did we have|how many)\b/.test(r.text))) ||
        has(r, 'minuteTaker') ||
        (has(r, 'chaired') && (!!r.body || !!r.pastPeriod || has(r, 'last', 'minutes'))) ||
        // ("How many attended the 'support through change' webinar": an event a paper reports.)
        (/\battend(ance|ed|ees|ing)?\b/.test(r.text) &&
          !(EVENT.test(r.text) && !has(r, 'meeting', 'minutes')) &&
          // "What attendance is expected of members?": a body's terms of reference, not its minutes.
          !ATTENDANCE_EXPECTED.test(r.text)) ||
        (has(r, 'attendance') &&
          (has(r, 'who', 'list', 'minutes') ||
            /\bhow many (were|was|people|members)\b/.test(r.text)) &&
          asksAboutMinutes(r) &&
          !has(r, 'presenter') &&
          // "Which actions are overdue, and are there any dodgy dates?": "there" is not attendance.
          !(has(r, 'actions', 'overdue') && !has(r, 'meeting', 'minutes')))),
    then: (r) => ({
      body: r.body,
      date: minutesDate(r),
      part: has(r, 'minuteTaker')
        ? 'minute-taker'
        : has(r, 'chaired')
          ? 'chair'
          : // "Present, in attendance, apologies": all of them.
            // ("Which were at the board? I think Jean Knight sent apologies?": who was there.)
            has(r, 'apologies') &&
              (!/\b(present|in attendance|attended|(was|were) at)\b/.test(r.text) ||
                /\b(not|wasn t|weren t|wasnt|werent) (present|in attendance)\b/.test(r.text))
            ? 'apologies'
            : /\bpresent\b/.test(r.text) &&
                (!/\b(in attendance|apologies)\b/.test(r.text) ||
                  // ("…present? not counting those in attendance": those present only.)
                  /\b(not counting|not including|excluding|except|apart from|leaving out|without)\b[a-z ]{0,30}\b(in attendance|apologies)\b/.test(
                    r.text,
                  ))
              ? 'present'
              : 'all',
      // "Which NHFT people sent apologies?": those of that trust.
      ...(memberTrusts(r).length ? { organisationIds: memberTrusts(r) } : {}),
      ...sideAsked(r),
    }),
  }),
  minutesPresenter.rule({
    rank: 122,
    name: 'who presented an item',
    when: (r) =>
      has(r, 'presenter') &&
      has(r, 'who') &&
      !r.risks.length &&
      !has(r, 'actions') &&
      (!has(r, 'ownerQuestion') || agendaItemNamed(r)) &&
      // "Who presents the performance report on the workplan": the workplan's lead for it.
      !(has(r, 'workplan') && r.workplanItems.length > 0) &&
      // ("Who brings the money update to the board meetings?": who does, as the workplan plans it.)
      !(
        r.workplanItems.length > 0 &&
        /\bwho (brings|takes)\b/.test(r.text) &&
        !r.period &&
        !r.pastPeriod
      ),
    then: (r) => ({
      body: r.body,
      date: minutesDate(r),
      item: itemWords(r),
      // "List who presented each item at the 25 sept meeting": every item's presenters.
      ...(/\b(each|every|all (of )?the|the) items\b|\beach item\b|\bwho presented what\b/.test(
        r.text,
      )
        ? { each: true }
        : {}),
      // "Who is down to lead the BAF item": a meeting to come, so its agenda.
      upcoming:
        /\b(down|due|set|scheduled|listed|lined up|going|will|next|upcoming)\b/.test(r.text) &&
        !/\b(presented|did|was|were|last|previous)\b/.test(r.text),
    }),
  }),
  actionsList.rule({
    rank: 122,
    name: 'the gist of a whole action plan',
    // "What came out of the well-led review? Give me the gist": the plan's sections and their actions.
    when: (r) =>
      wholeLogNamed(r) &&
      !r.risks.length &&
      !r.roles &&
      !r.person &&
      !r.pastPeriod &&
      !has(r, 'meeting', 'minutes', 'overdue', 'closed', 'due', 'myWork') &&
      GIST_ASKED.test(r.text),
    then: (r) => ({
      scope: { kind: 'log' as const, ...r.logSection! },
      filter: { status: 'all' as const, period: null },
      page: r.page,
      tally: 'sections' as const,
    }),
  }),
  actionsList.rule({
    rank: 122.1,
    name: 'what one section of an action plan holds',
    // "What's in the leadership section of the well-led plan?", "ftsu section": its actions, counted
    // by status.
    when: (r) =>
      !!sectionOfAPlanNamed(r) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.roles &&
      !r.person &&
      !r.pastPeriod &&
      !has(r, 'meeting', 'minutes', 'overdue', 'closed', 'due', 'myWork') &&
      (GIST_ASKED.test(r.text) ||
        /\bsections?\b/.test(r.text) ||
        /\bwhat does (the )?([a-z ]+ )?(plan|review|log) (say|have) (on|about|for|under)\b/.test(
          r.text,
        )),
    then: (r) => ({
      scope: { kind: 'log' as const, ...sectionOfAPlanNamed(r)! },
      filter: { status: 'all' as const, period: null },
      page: r.page,
      tally: 'statuses' as const,
    }),
  }),
  actionsList.rule({
    rank: 121.5,
    name: 'the sections of an action plan',
    // "What sections are in the well-led plan?", "the well-led plan only has 4 sections - leadership,
    // improvement, strategy, partnerships?": its sections, each with its actions counted.
    when: (r) =>
      !!sectionsOfALog(r) && !r.risks.length && !has(r, 'overdue', 'closed', 'due', 'myWork'),
    then: (r) => ({
      scope: { kind: 'log' as const, ...sectionsOfALog(r)! },
      filter: { status: 'all' as const, period: null },
      page: r.page,
      tally: 'sections' as const,
    }),
  }),
  minutesAbout.rule({
    rank: 122.5,
    name: 'what someone presented at a meeting',
    // "What did David Williams present at the Sept board, and the headline numbers?": the item they
    // presented, its minute in full (its figures with it), not every line they spoke.
    when: (r) => PRESENTED_ASKED.test(r.text) && !r.minuteReference && presentedItem(r) !== null,
    then: (r) => ({ body: r.body, date: minutesDate(r), item: presentedItem(r)! }),
  }),
  minutesAbout.rule({
    rank: 123,
    name: 'what came of an item in the minutes',
    when: (r) =>
      // "The access policy refresh was due May 2024, what happened to it?": an action's fate, not a
      // minute's (unless a meeting is named).
      ((has(r, 'outcome') &&
        !(/\b(was|were|is|are) (due|meant|supposed)\b/.test(r.text) && !has(r, 'meeting'))) ||
        (/\bpresentation\b/.test(r.text) && !!r.topic) ||
        // "Did the board approve or note the workplan?": its minute's resolution settles it.
        (decisionChecked(r.text, r.checking) && /\bwork ?plan\b/.test(r.text)) ||
        // "What did the board resolve on the workplan item in September?": that item's minute.
        // ("What did the Sept board resolve on the group BAF": the item named last.)
        (RESOLVED_AT_A_MEETING.test(r.text) &&
          (ITEM_NAMED.test(r.text) || ITEM_NAMED_LAST.test(r.text)) &&
          !!r.pastPeriod) ||
        // "The HR recruitment QSIR project in the September minutes - what was it trying to do?"
        (has(r, 'minutes') &&
          !!r.pastPeriod &&
          !!r.topic &&
          /\b(what (was|were|is|are) (it|they|that|this) (trying|aiming|meant|for|about)|(trying|aiming|aimed|meant|designed|set out) to (do|achieve|deliver|improve|reduce)|what did (it|they) (aim|set out))\b/.test(
            r.text,
          )) ||
        // "Staff understanding of thrive figure from the sept minutes?": a figure an item minuted.
        (has(r, 'minutes') &&
          !!r.pastPeriod &&
          !!r.topic &&
          /\b(figure|figures|number|numbers|percentage|per ?cent|stat|stats|statistic|how many|how much)\b|%/.test(
            r.raw.toLowerCase(),
          ) &&
          !has(r, 'attendance', 'apologies', 'declarations', 'actions', 'resolve') &&
          !/\bhow many (items|minutes|resolutions|decisions|papers)\b/.test(r.text)) ||
        // "Bring up the September minutes on the BAF item": that item's minute, not them all.
        (has(r, 'minutes') &&
          !!r.pastPeriod &&
          (ITEM_NAMED.test(r.text) || /\bminutes\b.*\bthe [a-z0-9 ]{2,60} item\b/.test(r.text))) ||
        // "Was there any AOB at the September one? Minute ref please": an item of a past meeting.
        (/\bminute (ref(erence)?s?|numbers?)\b/.test(r.text) &&
          !has(r, 'resolve') &&
          !!r.pastPeriod &&
          !!r.topic &&
          !has(r, 'attendance', 'apologies', 'declarations', 'presenter')) ||
        // "Anything said about veterans at the Sept board?": what a meeting's minutes record on a topic.
        (SAID_AT_A_MEETING.test(r.text) &&
          // "On the EMA paper in Sept, who answered the question about…": a paper's discussion is minuted.
          (has(r, 'meeting', 'minutes') ||
            // "In the Sept performance item, what did they say…": an item of a meeting, minuted.
            (/\bitem\b/.test(r.text) && !!r.pastPeriod) ||
            /\b(answered|responded|replied|questioned|challenged)\b/.test(r.text)) &&
          // "What did the Group Board minutes say about…": the minutes on record, latest first.
          (!!r.pastPeriod || has(r, 'last', 'minutes')) &&
          // ("What did the September minutes say about THRIVE?": a strategy discussed.)
          (((!!r.topic ||
            paperAtOtherMeeting(r) ||
            riskDiscussedAt(r) ||
            findNamed(r.text, r.ctx.vocabulary.strategies).length > 0) &&
            !/\b(agenda|work ?plan|pack)\b/.test(r.text)) ||
            // "Did anyone comment on the workplan at the Sept board?": the workplan's own minute.
            (/\bwork ?plan\b/.test(r.text) && DISCUSSED.test(r.text))))) &&
      (!r.risks.length || riskDiscussedAt(r)) &&
      !has(r, 'actions') &&
      // "What came out of the well-led review?": the plan it produced, not a minute about it.
      !(wholeLogNamed(r) && !has(r, 'meeting', 'minutes')) &&
      (!r.paper || paperAtOtherMeeting(r)) &&
      !asksWholeMeeting(r) &&
      !asksDecisionsOfDay(r),
    then: (r) => ({
      body: r.body,
      date: minutesDate(r),
      item: riskDiscussedAt(r) ? r.risks[0]!.text : itemWords(r),
    }),
  }),
  meetingAgenda.rule({
    rank: 127,
    name: 'what the papers ask the board to decide at a meeting',
    when: (r) =>
      has(r, 'decisionsAsked') &&
      !r.paper &&
      !r.risks.length &&
      !r.minuteReference &&
      // "How many closures are we putting to the board for approval": the actions proposed for closure.
      !(has(r, 'proposed') && /\bclos(ures?|e|ing)\b/.test(r.text)) &&
      // ("How many well-led actions need sign off at People committee": a log's sign-off committee.)
      !(r.logSection && has(r, 'actions')),
    then: (r) => ({
      body: r.body,
      which: agendaMeant(r),
      decisions: true,
    }),
  }),
  meetingAgenda.rule({
    rank: 125,
    name: 'what a meeting took that its workplan did not plan',
    // "What went to the Sept board that wasn't on the workplan?": its agenda set against the plan.
    when: (r) =>
      /\b(not|never) (on|in|part of) the (workplan|work plan|forward plan|plan)\b|\bunplanned\b|\boff (the )?(workplan|plan)\b/.test(
        r.text,
      ) &&
      !!meetingDateOf(r, 'meetings') &&
      !r.risks.length &&
      !has(r, 'actions'),
    then: (r) => ({
      body: r.body,
      which: { date: meetingDateOf(r, 'meetings')! },
      againstWorkplan: true,
      ...privatePart(r),
    }),
  }),
  workplan.rule({
    rank: 126,
    name: 'when a workplan item comes to the board',
    when: (r) =>
      r.workplanItems.length > 0 &&
      // "How is our strategy going?": the strategy's progress, not when its update comes to the board.
      !(has(r, 'strategy') && !WHEN_IT_COMES.test(r.text)) &&
      // "Which items sit with the director of strategy and partnerships?": that lead's items, not the
      // item whose title shares the lead's words.
      !(has(r, 'workplan') && LEAD_NAMED_LAST.test(r.text)) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.minuteReference &&
      !r.paper &&
      !has(r, 'actions') &&
      // "the next group baf deadline I have": a log's actions, not the BAF's slot on the workplan.
      !(r.logSection && (asksMine(r) || /\bdeadlines?\b/.test(r.text))) &&
      // "What's due by the end of March on the group BAF?": what falls due on it, its actions.
      !(
        r.logSection && /\b(?:what(?: is| are)?|anything|which)\s+(?:\w+\s+){0,2}due\b/.test(r.text)
      ),
    then: workplanItemsAsked,
  }),
  workplan.rule({
    rank: 129,
    name: 'what someone the minutes name is down to present',
    // "What is Paul Sheldon down to present?": the workplan's items led by the role the minutes print
    // for him (Group Chief Finance Officer), with his name.
    when: (r) =>
      !!r.attendee &&
      !r.roles &&
      !r.pastPeriod &&
      PRESENTING_NEXT.test(r.text) &&
      !has(r, 'minutes', 'said', 'apologies', 'actions'),
    then: (r) => ({
      body: r.body,
      date: meetingDateOf(r, 'meetings'),
      unscheduled: false,
      ledBy: `${r.attendee!.name} (${r.attendee!.role})`,
      ...(/\b(next|upcoming|forthcoming|coming up)\b/.test(r.text) ? { next: true } : {}),
    }),
  }),
  workplan.rule({
    rank: 128,
    name: 'a workplan',
    when: (r) =>
      (has(r, 'workplan') ||
        ((has(r, 'everyMeeting') || NOT_EVERY_MEETING.test(r.text)) &&
          !has(r, 'actions', 'risk'))) &&
      // "Which items on the workplan aren't scheduled?": the plan's items, not an agenda.
      (!has(r, 'agenda') ||
        has(r, 'everyMeeting') ||
        has(r, 'unscheduled') ||
        !!workplanLeadAsked(r)) &&
      // "What did the board resolve on the workplan item in September?": the minutes of that item.
      !RESOLVED_AT_A_MEETING.test(r.text) &&
      // "Did the board approve or note the workplan?": what its minute resolved.
      !decisionChecked(r.text, r.checking) &&
      // "When the workplan came to the Sept board, did anyone comment on it?": what its minute records.
      !(SAID_AT_A_MEETING.test(r.text) && has(r, 'meeting', 'minutes') && !!r.pastPeriod) &&
      !r.risks.length &&
      !r.actionTarget,
    then: (r) => ({
      body: r.body,
      // ("The GTB workplan 25/26" names the plan's year, not one of its meetings.)
      date: spansAYear(r) ? null : meetingDateOf(r, 'meetings'),
      // "Which items aren't scheduled for every meeting?": those missing from some, not from all.
      ...(NOT_EVERY_MEETING.test(r.text)
        ? { unscheduled: false, notEveryMeeting: true }
        : { unscheduled: has(r, 'unscheduled') }),
      ...(workplanLeadAsked(r) ? { ledBy: workplanLeadAsked(r)! } : {}),
      // "What am I meant to bring to each board per the workplan?": the asker's items.
      ...(!workplanLeadAsked(r) && BRING_MINE.test(r.text) ? { mine: true } : {}),
      // "What's on the workplan for the next GTB?": its next meeting, or its last when none is left.
      ...(/\b(next|upcoming|forthcoming|coming up)\b(?! (steps?|year))/.test(r.text)
        ? { next: true }
        : {}),
      // "What comes to every board?": those items. ("Is the EMA paper on every agenda?" names one: the
      // whole plan, where it shows as required.)
      ...(has(r, 'everyMeeting') &&
      !NOT_EVERY_MEETING.test(r.text) &&
      !r.workplanItems.length &&
      !r.paper &&
      !BRING_MINE.test(r.text)
        ? { everyMeeting: true }
        : {}),
      // "How many standing items are on the workplan?": its section of that name.
      ...(/\bstanding items?\b/.test(r.text) ? { section: 'Standing Items' } : {}),
    }),
  }),
  meetingOn.rule({
    rank: 129.8,
    name: 'every meeting on record',
    // "List all the board meetings", "what board meetings are there": every one the papers hold.
    when: (r) => EVERY_MEETING.test(r.text) && !r.pastPeriod && !r.period,
    then: (r) => ({
      body: r.body,
      period: { from: '1900-01-01', to: '2999-12-31', label: 'on record' },
    }),
  }),
  meetingOn.rule({
    rank: 129.9,
    name: 'the agenda of a meeting in a month the papers have none in',
    // "What's on the agenda for the May 2026 board?": no meeting then, said, with those on record
    // (not the next meeting's agenda as if it were May's).
    when: (r) =>
      has(r, 'agenda') &&
      !r.paper &&
      !!r.pastPeriod?.period.from &&
      r.yearGiven &&
      !/\b(next|last|previous|upcoming|forthcoming|latest|most recent)\b/.test(r.text) &&
      meetingDateOf(r, 'meetings') === null,
    then: (r) => ({ body: r.body, period: (r.period ?? r.pastPeriod)!.period }),
  }),
  meetingAgenda.rule({
    rank: 129.5,
    name: 'which items of the next agenda are private',
    // "Which items are private?", "any part 2 items at the next board?": the next agenda, with how much
    // of it is private said first (the items themselves only where they may be shown).
    when: (r) =>
      /\b(which|what|any|how many) (agenda )?(items?|papers?) (are |is |will be |to be |go |going )?(private|in private|part (ii|2)|confidential|taken in private)\b|\b(private|part (ii|2)) (agenda )?items\b/.test(
        r.text,
      ) &&
      !has(r, 'agenda') &&
      !r.risks.length &&
      !r.paper,
    then: (r) => ({
      body: r.body,
      which: agendaMeant(r),
      privacyAsked: true,
    }),
  }),
  meetingAgenda.rule({
    rank: 130,
    name: 'an agenda',
    // "What agenda item was the trust ambitions paper?": the paper's cover, which prints its item.
    // ("…as agenda item 15": the paper its cover numbers so.)
    when: (r) => has(r, 'agenda') && !(r.paper && (has(r, 'cover') || paperByItem(r))),
    then: (r) => ({
      body: r.body,
      which: agendaMeant(r),
      againstWorkplan: has(r, 'workplan'),
      ...privatePart(r),
      ...(has(r, 'privacy') ? { privacyAsked: true } : {}),
      // ("Is the green plan on the agenda?": yes or no, with the item, first.)
      ...(itemOnTheAgenda(r) ? { itemAsked: itemOnTheAgenda(r)! } : {}),
    }),
  }),
  minutesAbout.rule({
    rank: 139,
    name: 'which minutes a meeting approved',
    // "Which meeting's minutes were signed off in September?", "the sept board signed off the april
    // minutes?": the item approving the previous minutes, whose resolution names their meeting.
    when: (r) => PREVIOUS_MINUTES_APPROVED.test(r.text) && !r.risks.length && !has(r, 'actions'),
    then: (r) => ({
      body: r.body,
      date: minutesDate(r),
      item: 'minutes of the previous meeting',
    }),
  }),
  actionsList.rule({
    rank: 138,
    name: 'what someone wrote in their progress notes',
    // "What did Sam write in his progress note?", "what has Yusuf put in his updates": the updates
    // that person's actions carry, with their notes (where notes may be shown).
    when: (r) =>
      !!r.person &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.paper &&
      !r.minuteReference &&
      WHAT_SOMEONE_WROTE.test(r.text) &&
      /\b(notes?|updates?|progress|comments?)\b/.test(r.text) &&
      !has(r, 'meeting', 'minutes', 'agenda'),
    then: (r) => ({
      scope: { kind: 'person' as const, personId: r.person!.id, text: r.person!.text },
      filter: { status: 'updated' as const, period: null },
      page: r.page,
      progress: true,
    }),
  }),
  actionsList.rule({
    rank: 139,
    name: 'everything the asker owns, or whether they are on track',
    // "Can u list everything I own? BAF, minutes, well led, all of it", "am I on track overall?": the
    // asker's open actions in every log, counted by status (overdue said apart).
    when: (r) =>
      (EVERYTHING_MINE.test(r.text) || ASKER_ON_TRACK.test(r.text)) &&
      !r.risks.length &&
      !/\brisks?\b/.test(r.text) &&
      !r.roles &&
      !r.person &&
      !r.paper &&
      !r.actionTarget,
    then: (r) => ({
      scope: { kind: 'mine' as const },
      filter: { status: 'open' as const, period: null },
      page: r.page,
      tally: 'statuses' as const,
    }),
  }),
  minutesAbout.rule({
    rank: 139,
    name: 'a subject looked for in the minutes',
    // "Anything in the September minutes about funding for veterans' services?": those minutes,
    // searched for it; not the whole minutes.
    when: (r) =>
      has(r, 'minutes') &&
      MINUTES_SEARCHED_FOR.test(r.text) &&
      !r.risks.length &&
      !othersMeeting(r) &&
      !has(r, 'actions', 'attendance', 'apologies') &&
      contentWords(minutedSubject(r)).length >= 2,
    then: (r) => ({ body: r.body, date: minutesDate(r), item: minutedSubject(r) }),
  }),
  minutesMeeting.rule({
    rank: 140,
    name: 'the minutes of a meeting',
    when: (r) =>
      has(r, 'minutes') &&
      (!has(r, 'resolve') ||
        /\b(minutes|they) (were |been |was )*approved\b|\bapproved the minutes\b/.test(r.text)) &&
      !r.risks.length &&
      !has(r, 'actions'),
    then: (r) => ({ body: r.body, date: minutesDate(r), ...privatePart(r) }),
  }),
  minutesAbout.rule({
    rank: 149,
    name: 'whether a meeting took a decision on an item',
    // "Did the board approve the BAF in September?": that item's minute, its resolution said first
    // against the decision believed; not every resolution of the meeting.
    when: (r) =>
      decisionChecked(r.text, r.checking) &&
      !r.risks.length &&
      !othersMeeting(r) &&
      !has(r, 'actions') &&
      (has(r, 'meeting', 'minutes') || !!r.pastPeriod) &&
      minuteItemNamed(r),
    then: (r) => ({ body: r.body, date: minutesDate(r), item: itemWords(r) }),
  }),
  minutesResolutions.rule({
    rank: 150,
    name: 'what a meeting resolved',
    // ("What has SEB signed off lately?": what it decided.)
    when: (r) =>
      (has(r, 'resolve') || (RESOLVED_AT_A_MEETING.test(r.text) && !!(r.committee ?? r.body))) &&
      !r.risks.length &&
      !othersMeeting(r) &&
      !has(r, 'actions') &&
      (has(r, 'meeting', 'minutes') || !!r.pastPeriod || has(r, 'last')) &&
      // "What did both Boards agree in 2024 off the back of the benchmarking?": no minutes of then
      // are held; the papers that report it are searched for what it was about.
      // (Or, with no time named, no minute held has the subject.)
      !(
        !has(r, 'minutes') &&
        (r.pastPeriod ? !meetingDateOf(r, 'minutes') : !minutedAnywhere(minutedSubject(r), r)) &&
        // ("Part two decisions at the May board": the part of a meeting is no subject.)
        !('privatePart' in privatePart(r)) &&
        reportedInAPaper(minutedSubject(r), r)
      ),
    // "What did ARC last conclude about the LPT BAF?": that committee's, not the board's.
    then: (r) => ({
      body: r.body ?? r.committee?.id ?? null,
      date: minutesDate(r),
      ...privatePart(r),
    }),
  }),
  actionsList.rule({
    rank: 86,
    name: 'the asker’s own actions in a register, log, risk or topic',
    when: (r) =>
      asksMine(r) &&
      actionNarrowing(r) !== null &&
      !has(r, 'whoIs', 'meeting', 'minutes', 'agenda') &&
      !r.paper &&
      !riskByMyActions(r),
    then: (r) => {
      // "Which of my culture actions runs the longest?": my list, its last due said first.
      const tally = tallyAsked(r.text);
      const scope = actionScope(
        tally === 'risks' ? { ...r, risks: [], topicRisks: [], comparedRisks: [] } : r,
      );
      // "What did I say on the FTSU one about tenure": of mine in that section, the one about that.
      // ("What staff survey actions have I got on Group BAF 4?": mine there of that kind.)
      const about =
        scope.kind === 'mine' && scope.within?.kind === 'log' && ONE_ABOUT.test(r.text)
          ? topicBeyondRecords(r)
          : // (Within one risk: on a register, "emergency planning actions" name which risk.)
            scope.kind === 'mine' && scope.within?.kind === 'risk'
            ? kindOfMyActions(r)
            : null;
      return {
        // ("…are they mostly on the access risk or the culture one?": all of theirs, by risk.)
        scope,
        filter: { ...actionFilter(r), ...(about ? { about } : {}) },
        page: r.page,
        ...(tally === 'last' || tally === 'first' || tally === 'months' || tally === 'risks'
          ? { tally }
          : {}),
        ...(progressAsked(r) ? { progress: true } : {}),
      };
    },
  }),
  riskList.rule({
    rank: 154,
    name: 'which committee oversees each risk',
    when: (r) =>
      !r.risks.length &&
      !r.committee &&
      !has(r, 'actions', 'minutes', 'agenda') &&
      EACH_RISK_OVERSEEN.test(r.text),
    then: (r) => ({ registerId: r.registerId, filter: { kind: 'oversight' as const } }),
  }),
  riskList.rule({
    rank: 155,
    name: 'when a register’s risks were last updated',
    when: (r) =>
      !r.risks.length &&
      !r.topicRisks.some((t) => t.score >= 100) &&
      !has(r, 'actions', 'due', 'minutes', 'agenda') &&
      // "When was each of the F&P risks last updated?": a committee is no meeting.
      (!has(r, 'meeting') || !!r.committee) &&
      (!!r.registerId ||
        /\b(baf|bafs|register|registers|risks|(each|every|all|any) (of the )?risk)\b/.test(
          r.text,
        )) &&
      REGISTER_UPDATED.test(r.text),
    then: (r) => ({
      registerId: r.registerId,
      filter: { kind: 'last-updated' as const },
      // Of the risks a committee oversees, when it is named.
      ...(r.committee ? { among: { kind: 'committee' as const, committee: r.committee.id } } : {}),
    }),
  }),
  actionsList.rule({
    rank: 159,
    name: 'the actions of someone the minutes name, by their role',
    // "Stepping in for Paul Sheldon - what's he got outstanding?": the minutes print him as the Group
    // Chief Finance Officer, so that role's actions.
    when: (r) =>
      !!r.attendee &&
      !r.roles &&
      !r.person &&
      /\b(outstanding|actions?|overdue|plate|list|in ?tray|to ?do|got on|doing|due)\b/.test(
        r.text,
      ) &&
      !has(r, 'minutes', 'said', 'attendance', 'apologies') &&
      attendeeRoles(r) !== null,
    then: (r) => {
      const roles = attendeeRoles(r)!;
      return {
        scope: {
          kind: 'role',
          roleIds: roles.roleIds,
          text: roles.text,
          holder: r.attendee!.name,
          within: riskOrLogNamed(r),
        },
        filter: actionFilter(r),
        page: r.page,
      };
    },
  }),
  actionsList.rule({
    rank: 160,
    name: 'actions',
    when: (r) =>
      !riskByMyActions(r) &&
      // "What savings % are the two trusts expected to deliver in 2025/26?": a figure, not their work.
      !(
        /%|£|\b(per ?cent|percentage|how much)\b/.test(r.text) &&
        !/\b(actions?|tasks?|to ?dos?|deliverables?|mitigations?|overdue)\b/.test(r.text)
      ) &&
      // "Which LPT risks get back inside appetite once their actions land?": the risks' targets.
      !(
        /\brisks\b/.test(r.text) &&
        ['back-within-appetite', 'target-above-appetite'].includes(riskListFilter(r)?.kind ?? '')
      ) &&
      // "Which committee has oversight of the digital risk, the one the CIO's actions sit under": the
      // risk's committee; its actions only say which risk.
      !(
        OVERSIGHT_ASKED.test(r.text) &&
        /\b(which|what) (committee|cttee)\b/.test(r.text) &&
        (r.risks.length === 1 || (r.topicRisks.length > 0 && /\brisk\b/.test(r.text)))
      ) &&
      // "Group BAF 1 - score and who's carrying the actions": the risk, with both.
      !(r.risks.length === 1 && r.facets.includes('scores') && r.facets.includes('actions')) &&
      // "Were any of the ambitions behind": a strategy's ambitions, which are not actions.
      // ("…ambitions at 100% progress on high-level actions": the ambitions' table is of those.)
      // ("…ambition - how far along were the actions at Q2?": its high-level actions' progress.)
      !(
        /\bambitions?\b/.test(r.text) &&
        (!/\bactions?\b/.test(r.text.replace(HIGH_LEVEL, '')) ||
          /\b(how far( along)?|progress\w*|how (are|were) (we|they) doing|where (are|were) (we|they))\b/.test(
            r.text,
          ))
      ) &&
      // "Any additional mitigations flagged on the THRIVE technology theme?": that theme's report.
      !strategyThemeNamed(r) &&
      // ("Staff understanding of THRIVE - LPT ahead or behind?": "behind" compares a strategy's figure.)
      !(has(r, 'overdue') && !has(r, 'actions') && !!strategyFiguresAsked(r)) &&
      // "3 day follow up after discharge - is one of the trusts really behind?": the measure.
      !(
        r.indicators.length &&
        !has(r, 'actions', 'myWork', 'proposed', 'closed') &&
        !r.logSection &&
        !r.risks.length
      ) &&
      (has(r, 'actions', 'overdue', 'proposed', 'slipped') ||
        (ANYTHING_OPEN.test(r.text) && ACTIONS_ON.test(r.text) && !r.paper) ||
        // "Who hasn't given any update at all?": owners are asked after of their actions.
        (NOT_STARTED.test(r.text) &&
          /\b(who|whose)\b/.test(r.text) &&
          !has(r, 'risk', 'strategy') &&
          !/\b(ambitions?|risks?|bafs?)\b/.test(r.text)) ||
        // "What am I on the hook for?": the asker's own work is their actions.
        // ("What's on my list from the BAF": the register's word, not "my risks".)
        (has(r, 'myWork') &&
          !r.risks.length &&
          !r.paper &&
          !has(r, 'agenda', 'minutes') &&
          !/\brisks?\b/.test(r.text)) ||
        (has(r, 'revised') && !r.risks.length) ||
        // "What's been updated since the last board?": the changes made to actions then.
        (!!updatedIn(r) && !r.risks.length && !has(r, 'risk', 'agenda', 'minutes')) ||
        // ("How do we know FPPT is ok? Group BAF 4 still lists an audit as due": its assurance, whose
        // date is the register's, not an action's.)
        (has(r, 'due') &&
          !has(r, 'meeting') &&
          !(r.facets.includes('assurances') && HOW_DO_WE_KNOW.test(r.text))) ||
        // "Anything on the well-led plan for finance cttee?": the log's actions that committee signs off.
        (wholeLogNamed(r) && !!signOffAsked(r)) ||
        (!r.logSection && !!signOffAsked(r) && asksMine(r)) ||
        // "What's still open on the well-led plan?": a log's open items are its actions.
        (wholeLogNamed(r) && has(r, 'open') && !r.risks.length && !r.paper) ||
        // "what did we close in September": closing is done to actions.
        (has(r, 'closed') &&
          !!r.pastPeriod &&
          !has(r, 'meeting') &&
          // ("…compare with the savings we delivered last year": money delivered, a paper's figure.)
          !(MONEY_DELIVERED.test(r.text) && !/\bactions?\b/.test(r.text)) &&
          ((!r.risks.length && !has(r, 'risk')) ||
            // "What did I close off in December on the BAF?": the asker's, on the registers.
            (!r.risks.length && has(r, 'mine')) ||
            // "What got closed on the research risk in November?": that risk's actions.
            /\b(closed|closed off|signed off|completed) (on|under|against|for) /.test(r.text))) ||
        ((!!r.roles || !!r.person) &&
          !r.risks.length &&
          !has(r, 'whoIs') &&
          // ("What's on the LPT BAF for me as director of governance": that role's.)
          (has(r, 'owns', 'open') ||
            selfDescribed(r) ||
            /\b(doing|working on|chasing|got on|plate|needs? to (get )?(do|done|deliver|finish)|on (the |his |her |their )?[a-z& ]{0,60}\blist|in ?tray|to ?do|outstanding|up to|sitting (with|on)|got against|against (them|him|her|their name)|down (to|for)|assigned|(expect\w*|meant|supposed|due|asked) (\w+ ){0,3}to deliver)\b/.test(
              r.text,
            )))) &&
      !(has(r, 'ownerQuestion') && !!riskOf(r) && !has(r, 'actions')),
    then: (r) => {
      const tally =
        tallyAsked(r.text) ??
        (WHO_LEADS_THEM.test(r.text) ||
        (WHO_LEADS.test(r.text) && (onlyTheSection(r) || onlyTheRisksActions(r))) ||
        // "What's overdue and who's on the hook for it", "who hasn't updated": the list, by lead.
        ((WHO_LEADS.test(r.text) ||
          /\b(who|whose|which (action )?(owners|leads))\b/.test(r.text)) &&
          (NOT_STARTED.test(r.text) || onlyAStatus(describedWork(r))))
          ? 'leads'
          : null);
      const filter = actionFilter(r);
      const scope = actionScope(r);
      // "The long term trajectory actions in the well-led plan": those of the plan about that; "FTSU
      // actions on manager training": those of the section about that.
      const about =
        scope.kind === 'mine' && scope.within?.kind === 'risk'
          ? kindOfMyActions(r)
          : scope.kind === 'log' && !scope.sectionId
            ? kindOfActionsNamed(r)
            : scope.kind === 'log' && ACTIONS_ON.test(r.text)
              ? topicBeyondRecords(r)
              : // ("Any actions about waiting times?": those about that, in every log; "the actions on
                // that one" point back, at no words.)
                scope.kind === 'all' &&
                  ACTIONS_ON.test(r.text) &&
                  !/\bactions? [a-z]+ (that|this|it|them|those|these|the same)\b/.test(r.text)
                ? topicBeyondRecords(r)
                : null;
      return {
        scope,
        // "Breakdown of the plan by status": every action, open or not.
        filter: {
          ...(tally === 'statuses' && filter.status === 'open'
            ? { ...filter, status: 'all' as const }
            : filter),
          ...(about ? { about } : {}),
        },
        page: r.page,
        ...(tally ? { tally } : {}),
        ...(progressAsked(r) ? { progress: true } : {}),
      };
    },
  }),
  meetingsHeld.rule({
    rank: 168,
    name: 'how many times a body has met',
    when: (r) =>
      has(r, 'meeting') &&
      /\bhow many ([a-z]+ ){0,3}(times|meetings|sessions)\b|\bnumber of ([a-z]+ ){0,3}(meetings|times)\b/.test(
        r.text,
      ) &&
      /\b(met|meet|held|had|sat|been|so far|to date|this year)\b/.test(r.text) &&
      !r.risks.length &&
      !has(r, 'risk', 'actions', 'minutes') &&
      // In a period named, the meetings of that period are listed (\`meeting.on\`); "before the
      // January one" counts those held, each with its date.
      (!r.pastPeriod || /\bbefore\b/.test(r.text)) &&
      !r.termsOfReference,
    then: (r) => ({
      body: bodyOf(r),
      ...(r.pastPeriod && /\bbefore\b/.test(r.text)
        ? { before: cutOffOf(r.pastPeriod.period) }
        : {}),
    }),
  }),
  meetingFirst.rule({
    rank: 168,
    name: 'a committee’s first meeting',
    when: (r) =>
      has(r, 'first') &&
      !!r.committeeReport &&
      !r.body &&
      /\b(when|date|meet|met|meeting|was)\b/.test(r.text) &&
      !r.risks.length,
    then: (r) => ({ body: null, reportId: r.committeeReport!.id }),
  }),
  meetingFirst.rule({
    rank: 169,
    name: 'the first meeting',
    when: (r) =>
      has(r, 'meeting', 'minutes') &&
      has(r, 'first') &&
      !bodyNotHeld(r) &&
      !r.risks.length &&
      !has(r, 'risk') &&
      !severalCommittees(r),
    then: (r) => ({ body: r.body }),
  }),
  topic.rule({
    rank: 29.4,
    name: 'a thread traced through the papers',
    // "Can someone trace digital from the Sept minutes through the Jan BAF to the THRIVE report?",
    // "tie together what the minutes, BAF 4 and the THRIVE report say about the leadership
    // conferences": every paper's passages on it, risks first.
    when: (r) => tracedThrough(r) !== null && !r.minuteReference && !r.actionTarget,
    then: (r) => ({ text: searchedTopic(tracedThrough(r)!), registerId: null }),
  }),
  topic.rule({
    rank: 29.5,
    name: 'where the risk registers mention something',
    // "Where does the East Midlands Alliance show up on the BAFs?", "which risks mention health
    // inequalities?", "is the university status work on the Group BAF?": the risks (and their actions)
    // whose words have it, not the paper of that name nor the one risk most about it.
    when: (r) => mentionedOnRisks(r) !== null && !r.risks.length && !r.minuteReference,
    then: (r) => ({
      text: searchedTopic(mentionedOnRisks(r)!),
      registerId: r.registerId,
      risksOnly: true,
    }),
  }),
  topic.rule({
    rank: 30,
    name: 'a search asked for in so many words',
    // "Search "workstreams slipped"", "find where it says staff side consultation", "look up beacon
    // unit": the words searched for in the papers (and, where the asker may see them, the actions'
    // own notes), not a list the words would otherwise ask for.
    when: (r) => searchedFor(r) !== '',
    then: (r) => ({ text: searchedFor(r), registerId: null }),
  }),
  topic.rule({
    rank: 168,
    name: 'a topic in the papers of one meeting',
    // "Anything on the Mental Health Bill in the Jan pack?": that meeting's papers, searched.
    when: (r) =>
      r.topic !== null &&
      has(r, 'topicAsk') &&
      /\b(papers|pack|bundle|paperwork)\b/.test(r.text) &&
      !!r.pastPeriod?.period.from &&
      !r.risks.length &&
      !r.paper &&
      meetingDateOf(r, 'meetings') !== null,
    then: (r) => ({
      text: searchedTopic(r.topic!),
      registerId: null,
      pack: meetingDateOf(r, 'meetings'),
    }),
  }),
  meetingOn.rule({
    rank: 169.9,
    name: 'what is on a day, as a diary is asked',
    // "Whats on 28 jan 2027", "anything on the 29th?", "what's happening in January": the board's
    // diary for that day or month. (Work falling due names actions: "what's due on…" is not this.)
    // A day or month of no year is the one of a meeting on record nearest today.
    when: (r) => !!r.pastPeriod?.period.from && DIARY_ASKED.test(withoutDate(r)),
    then: (r) => {
      const date = meetingDateOf(r, 'meetings');
      return {
        body: r.body,
        period: date
          ? { from: date, to: date, label: formatDate(date) }
          : (r.period ?? r.pastPeriod)!.period,
      };
    },
  }),
  minutesAbout.rule({
    rank: 169,
    name: 'something asked of a past meeting whose minutes are held',
    // "Did freedom to speak up come up at all at the September 2025 group board?", "did the board on
    // 25/09/2025 thank Claire Murdoch?": that meeting's minutes, searched; not its agenda.
    when: (r) =>
      has(r, 'meeting') &&
      !r.risks.length &&
      !othersMeeting(r) &&
      !has(r, 'risk', 'agenda', 'time', 'place', 'attendance', 'apologies') &&
      !/\b(next|last|previous|upcoming|forthcoming|latest|most recent|after|before|following|prior to)\b/.test(
        r.text,
      ) &&
      // ("Was there a finance update at the September board?": its agenda, which says.)
      !/^(when|where|what time|how long|how many|how often|(was|were|is|are) there)\b/.test(
        r.text,
      ) &&
      // (A day or a month: "board dates for 25/26" asks for the year's meetings.)
      ((!!r.pastPeriod?.period.from &&
        (r.pastPeriod.period.to ?? r.pastPeriod.period.from) <=
          addDays(r.pastPeriod.period.from, 31) &&
        !!meetingDateOf(r, 'minutes')) ||
        PRESENTED_TO_THE_BOARD.test(r.text)) &&
      !!minutedSubject(r),
    then: (r) => ({ body: r.body, date: minutesDate(r), item: minutedSubject(r) }),
  }),
  meetingOn.rule({
    rank: 170,
    name: 'a meeting in a month or on a day',
    when: (r) =>
      has(r, 'meeting') &&
      !r.risks.length &&
      !othersMeeting(r) &&
      !has(r, 'risk') &&
      !!r.pastPeriod?.period.from &&
      // "When is the January board": a month named wins over "when is"; "next" and "last" do not.
      !/\b(next|last|previous|upcoming|forthcoming|latest|most recent)\b/.test(r.text),
    then: (r) => {
      // "How many times did the board meet in 25/26": every meeting in the period, not the first.
      const several =
        /\b(how many (times|meetings|boards|sessions)|how often|which (meetings|boards|sessions|dates|days|months|ones)|list|all|every|times)\b/.test(
          r.text,
        );
      const date = several ? null : meetingDateOf(r, 'meetings');
      // ("When was the board meeting after September?": the September gone, not the one to come.)
      const found =
        (/^(when|what|which) (was|were|did)\b/.test(r.text) && !r.yearGiven
          ? r.pastPeriod
          : null) ??
        r.period ??
        r.pastPeriod!;
      // "What meetings are coming up": every one still to come, not those of the next two weeks
      // (which is what "coming up" means of actions falling due).
      const from = found.period.from;
      const period =
        from && STILL_TO_COME.test(found.text)
          ? { ...found, period: { from, to: '2999-12-31', label: `from ${formatDate(from)} on` } }
          : found;
      // "When was the jan 26 group board?": its day and time said, as of the next or last meeting.
      const detail = detailOf(r) ?? (/\bwhen\b/.test(r.text) ? 'time' : null);
      return {
        body: r.body,
        period: date ? { from: date, to: date, label: formatDate(date) } : period.period,
        ...(date && detail ? { detail } : {}),
        ...privatePart(r),
      };
    },
  }),
  meetingOn.rule({
    rank: 159.5,
    name: 'private business to come',
    // "Anything private coming up?": the private meetings still to come, not the actions falling due
    // (which is what "coming up" means of actions).
    when: (r) =>
      PRIVATE_BUSINESS.test(r.text) &&
      !!r.period?.period.from &&
      STILL_TO_COME.test(r.period.text) &&
      !has(r, 'actions') &&
      !r.risks.length &&
      !r.paper,
    then: (r) => {
      const from = r.period!.period.from!;
      return {
        body: r.body,
        period: { from, to: '2999-12-31', label: `from ${formatDate(from)} on` },
        privatePart: true,
      };
    },
  }),
  meetingLast.rule({
    rank: 171,
    name: 'the last meeting',
    when: (r) =>
      has(r, 'meeting') &&
      has(r, 'last') &&
      !r.risks.length &&
      !has(r, 'risk') &&
      // "The wellbeing interactions figure we gave the board last time": a figure in its papers.
      !figureGiven(r),
    then: (r) => ({ body: bodyOf(r), detail: detailOf(r) }),
  }),
  meetingNext.rule({
    rank: 159,
    name: 'which papers are late for the next meeting',
    // "Which papers are late for the board?": its paper deadline and the papers Board Clerk holds for
    // it, not overdue actions ("late").
    when: (r) =>
      PAPERS_LATE.test(r.text) &&
      !r.risks.length &&
      !r.actionTarget &&
      !has(r, 'actions') &&
      !meetingDateOf(r, 'meetings'),
    then: (r) => ({ body: bodyOf(r), detail: 'papers' as const, ...privatePart(r) }),
  }),
  meetingNext.rule({
    rank: 172,
    name: 'the next meeting',
    when: (r) =>
      has(r, 'meeting') &&
      // "Anything in the papers about cyber? Board development session next week on it": the topic.
      !/^(is there )?anything (in the (papers|pack|board pack) )?(about|on)\b/.test(r.text) &&
      // "Where's the evidence the board was assured on FTSU?": the assurances, not where it meets.
      !r.facets.some((f) => RISK_PARTS.has(f)) &&
      (has(r, 'next', 'time', 'place') ||
        /\b(when|schedule|dates?|calendar|how long|duration)\b/.test(r.text) ||
        // ("Is there a private meeting?", "is there a part 2 session?": the next one, if any.)
        /^(is|are) there (an?|any)\b/.test(r.text) ||
        PAPERS_DUE.test(r.text)) &&
      !r.risks.length &&
      !has(r, 'risk') &&
      !severalCommittees(r) &&
      !bodyNotHeld(r) &&
      !figureGiven(r) &&
      // ("Talent Matters next cohort: until when do the sessions run?": a programme's sessions.)
      !(
        /\bsessions?\b/.test(r.text) &&
        !/\b(meetings?|board|gtb|committees?|meet|meets|sits?|convene|private|public|part (1|2|one|two|i|ii))\b/.test(
          r.text,
        ) &&
        !!r.topic &&
        !r.committee
      ),
    then: (r) => ({ body: bodyOf(r), detail: detailOf(r), ...privatePart(r) }),
  }),
  riskList.rule({
    rank: 85,
    name: 'risks ranked by how many controls, gaps or assurances they list',
    when: (r) => !!mostParts(r) && /\brisks?\b/.test(r.text) && !has(r, 'actions'),
    then: (r) => ({ registerId: r.registerId, filter: mostParts(r)! }),
  }),
  riskList.rule({
    rank: 180,
    name: 'a list of risks by a measure',
    when: (r) =>
      !r.risks.length &&
      (has(r, ...RISK_MEASURES) || r.scoreAbove !== null || r.scoreEquals !== null) &&
      (has(r, 'risk') || !r.topic || r.topicRisks.length === 0) &&
      // ("How much have corporate WTE increased since 2019/20?": an amount, not risks worsening.)
      (has(r, 'risk') || !/\bhow (much|many)\b/.test(r.text)) &&
      // ("Any movement on AFT status? I saw something in the chief exec's update": that paper's.)
      (has(r, 'risk') || !r.paper) &&
      // "Appraisal rates for both trusts - on target?": a measure named, against its own target.
      !(
        r.indicators.length > 0 &&
        !has(r, 'risk') &&
        has(r, 'atTarget', 'aboveTarget', 'furthestFromTarget', 'closestToTarget')
      ) &&
      // "Which ambition has the lowest confidence": a measure of the strategy, not of the risks.
      // (Or "lowest confidence score in the ambitions table": a score of theirs.)
      !(has(r, 'strategy') && (!has(r, 'risk') || !RISK_NAMED.test(r.text))) &&
      // "Is the digital risk above appetite?": one risk, asked about, not a list.
      !asksOfOneRisk(r) &&
      // "The main risks the CQC self-assessment picked up": a finding of something else's, in the papers.
      !risksFoundBySomethingElse(r) &&
      // "LPT's workforce risk at 20 - which corporate risks sit under it?": that risk's links.
      !(r.facets.includes('links') && (r.topicRisks[0]?.score ?? 0) >= 100) &&
      riskListFilter(r) !== null,
    then: (r) => ({
      registerId: r.registerId,
      filter: riskListFilter(r)!,
      ...(MY_RISKS.test(r.text) ? { mine: true } : {}),
      ...(riskCountClaimed(r) ? { claimed: riskCountClaimed(r)! } : {}),
    }),
  }),
  clarify.rule({
    rank: 185,
    name: 'several risks about one topic: which?',
    when: (r) => ambiguousTopic(r) && !has(r, 'list') && has(r, 'risk'),
    then: (r) => ({
      title: `Several risks are about ${r.topic}`,
      text: 'Which one do you mean?',
      choices: r.topicRisks
        .slice(0, 4)
        .map(
          (t) =>
            `${riskWords(t.ref, r)}${r.facets.length && !r.facets.includes('scores') ? ` ${r.facets.join(' and ')}` : ''}`,
        ),
    }),
  }),
  riskDetail.rule({
    rank: 190,
    name: 'one risk',
    when: (r) =>
      // ("The LPT HR QSIR project presented to group board - what was the target?": that minute.)
      !(PRESENTED_TO_THE_BOARD.test(r.text) && !r.risks.length && !has(r, 'risk')) &&
      !ambitionsRiskAsked(r) &&
      (r.risks.length === 1 ||
        (r.topicRisks.length > 0 &&
          !ambiguousTopic(r) &&
          !risksFoundBySomethingElse(r) &&
          (!r.indicatorNamed || (/\brisk\b/.test(r.text) && r.topicRisks[0]!.score >= 100)) &&
          (has(r, 'risk') ||
            // "On the access one - which committee has it?": a risk by its own words, "one" for "risk".
            // (Something asked of it: "the research one" alone is a topic, which two registers share.)
            (THE_NAMED_ONE.test(r.text) &&
              /\b(which|what|who|whose|when|how|where|is|has|does)\b/.test(r.text) &&
              r.topicRisks[0]!.score >= 100 &&
              !has(r, 'actions')) ||
            // "Sickness rate v target": a measure the performance report names, not the risk it is in.
            (r.facets.some((f) => RISK_ONLY_FACETS.has(f)) &&
              !r.indicators.length &&
              // "What is the savings target this year?": a figure's target, not a risk's score.
              !(FIGURE_ASK.test(r.text) && r.topicRisks[0]!.score < 100))))),
    then: (r) => ({
      risk: riskOf(r)!,
      facets: r.facets.length ? r.facets : ['scores'],
      ...beliefsOfRisk(r),
      // (Asked how it moves or who oversees it, its other words are no subject to find in it.)
      about:
        MOVEMENT_ASKED.test(r.text) ||
        // ("Why is BAF 1 still so high": what keeps the whole risk up, no word of it to find.)
        WHY_SO_HIGH.test(r.text) ||
        OVERSIGHT_ASKED.test(r.text) ||
        LINK_ASKED.test(r.text) ||
        PAPERS_OF_RISK.test(r.text) ||
        TARGET_DATE_ASKED.test(r.text)
          ? null
          : (r.topic ?? null),
      ...(MOVEMENT_ASKED.test(r.text) && !WHY_SO_HIGH.test(r.text)
        ? { first: 'movement' as const }
        : PAPERS_OF_RISK.test(r.text)
          ? { first: 'papers' as const }
          : LINK_ASKED.test(r.text)
            ? { first: 'link' as const }
            : OVERSIGHT_ASKED.test(r.text)
              ? { first: 'oversight' as const }
              : TARGET_DATE_ASKED.test(r.text)
                ? { first: 'target-date' as const }
                : partsCounted(r).length
                  ? { counted: partsCounted(r) }
                  : {}),
    }),
  }),
  riskDetail.rule({
    rank: 191,
    name: 'a risk of a subject the register named does not have',
    // "What's the group finance risk score?", "was the group fin risk 16?": the Group BAF has no risk
    // about finance; said so, with the risks it has.
    when: (r) =>
      !r.risks.length &&
      !r.topicRisks.length &&
      !!r.registerId &&
      !!r.topic &&
      !r.actionTarget &&
      !r.minuteReference &&
      !has(r, 'actions') &&
      new RegExp(`\\b${escapeRegExp(r.topic.split(' ')[0]!)}\\s+(?:\\w+\\s+)?risk\\b`).test(r.text),
    then: (r) => ({
      risk: {
        registerId: r.registerId,
        number: null,
        draft: false,
        text: r.topic!,
        by: 'topic' as const,
      },
      facets: r.facets.length ? r.facets : ['scores'],
      about: null,
    }),
  }),
  performance.rule({
    rank: 194,
    name: 'a table of the performance report',
    // "How is LPT doing against the mental health targets in the performance report?": that table.
    // ("In the ambitions update, what 2hr response rate…": a figure of the ambitions' report.)
    when: (r) =>
      !r.risks.length &&
      !inTheAmbitions(r) &&
      !r.indicatorNamed &&
      !has(r, 'actions', 'risk') &&
      // ("What are we doing about workforce?": the work on it, not how the measures stand.)
      (!!r.performanceReport || /\b(targets?|performance|doing(?! about))\b/.test(r.text)) &&
      tableNamed(r) !== null,
    then: (r) => ({
      want: 'indicator',
      organisationIds: r.organisationIds,
      indicatorIds: r.ctx.vocabulary.indicators
        .filter((i) => i.group === tableNamed(r))
        .map((i) => i.id),
    }),
  }),
  performance.rule({
    rank: 195,
    name: 'a performance indicator',
    when: (r) =>
      !r.risks.length &&
      // "How are we doing on 3 day follow ups": how a measure stands, though asked like a topic.
      ((r.indicators.length > 0 &&
        (r.indicatorNamed ||
          has(r, 'figure', 'progressWord') ||
          !has(r, 'topicAsk') ||
          // ("NHFT sickness about 6% in Dec?": a figure the asker believes, checked.)
          /\b\d+(\.\d+)? ?%/.test(r.text) ||
          // "Raising concerns sub-score …": a measure's score asked, though "concerns" reads as a topic.
          /\bsub scores?\b/.test(r.text))) ||
        (!!r.performanceReport && !r.topic)) &&
      !has(r, 'actions') &&
      // "A score" is a risk's word too, unless the measure is named outright.
      (!has(r, 'risk') || r.indicatorNamed) &&
      // "Which ambition… one of the people ones": the strategy's, not a measure's.
      !(/\bambitions?\b/.test(r.text) && !r.indicatorNamed) &&
      // "LPT access to services risk, current score": a risk named as a risk, though a domain shares its name.
      !(/\brisk\b/.test(r.text) && (r.topicRisks[0]?.score ?? 0) >= 100 && !ambiguousTopic(r)) &&
      // "How many staff get THRIVE?": a figure the strategy's report prints, not a measure found by "staff".
      (r.indicatorNamed || !strategyFiguresAsked(r)),
    then: (r) => ({
      want: r.indicators.length ? 'indicator' : 'segment',
      // "How bad are we vs Northants?": one trust named against us is both of them.
      organisationIds:
        r.organisationIds.length === 1 &&
        // (Not "against its ceiling": a measure's own line.)
        // ("Mean LOS lpt? + out of area bed days both trusts": both, for the measure asked so.)
        /\b(vs?|versus|compared?( with| to)?)\b|\bagainst\b(?! (its|the|their|our|a) (ceiling|target|threshold|plan|trajectory|limit|standard)s?\b)|\b(both|each|all) (trusts|organisations|orgs)\b/.test(
          r.text,
        )
          ? []
          : r.organisationIds,
      indicatorIds: r.indicators,
    }),
  }),
  riskAppetite.rule({
    rank: 56.9,
    name: 'what an appetite level means, of a register',
    // "What does 'open' actually mean in numbers on the LPT BAF?": that level's band of the register's
    // appetite (the papers define the levels only there), not the word searched.
    when: (r) => {
      const term = meaningAsked(r)?.term.toLowerCase() ?? '';
      return (
        AppetiteLevel.safeParse(term).success &&
        (!!r.registerId ||
          /\b(baf|bafs|appetite|numbers?|scores?|ranges?|bands?|risks?|register)\b/.test(r.text))
      );
    },
    then: (r) => ({
      registerId: r.registerId,
      level: AppetiteLevel.parse(meaningAsked(r)!.term.toLowerCase()),
      score: null,
    }),
  }),
  definition.rule({
    rank: 57,
    name: 'what a term means',
    when: (r) => meaningAsked(r) !== null,
    then: (r) => ({ term: meaningAsked(r)!.term, registerId: r.registerId }),
  }),
  riskList.rule({
    rank: 185,
    name: 'the risks an internal audit is cited for',
    when: (r) =>
      !r.risks.length &&
      // "What internal audit assurance is there on the draft workforce risk?": that risk's.
      (r.topicRisks[0]?.score ?? 0) < 100 &&
      !has(r, 'actions') &&
      (has(r, 'risk') || !!r.registerId || /\b(we|our|us)\b/.test(r.text)) &&
      auditAsked(r) !== null,
    then: (r) => ({ registerId: r.registerId, filter: auditAsked(r)! }),
  }),
  riskList.rule({
    rank: 200,
    name: 'a list of risks',
    when: (r) =>
      (has(r, 'risk') ||
        (!!r.committee &&
          /\b(goes? to|go to|overs\w*|reports? to|reviewed by)\b/.test(r.text) &&
          // ("Which of mine go to Finance for sign off?": the asker's actions a committee signs off.)
          !(/\bsign(ed|s|ing)?[ -]?off\b/.test(r.text) && CUES.mine.test(r.text)))) &&
      // ("Which ambition scored highest on progress": a score of the ambitions'.)
      !(has(r, 'strategy') && !RISK_NAMED.test(r.text)) &&
      // ("What did I close off in December on the BAF?": the asker's actions closed, not risks.)
      !(has(r, 'closed') && has(r, 'mine')) &&
      riskListFilter(r) !== null &&
      (!r.topic || !!r.committee || !!r.strategicAim || !!r.band || has(r, 'heatMap')),
    then: (r) => ({
      registerId: r.registerId,
      filter: riskListFilter(r)!,
      ...(MY_RISKS.test(r.text) ? { mine: true } : {}),
      ...(riskCountClaimed(r) ? { claimed: riskCountClaimed(r)! } : {}),
    }),
  }),
  paperFigures.rule({
    rank: 179,
    name: 'the largest or smallest of a set of figures a paper prints',
    // "Of the three key areas, which is the smallest?": of the paper's "Key area of opportunity"
    // figures, not the lowest-scoring risk.
    when: (r) =>
      extremeAsked(r.text) !== null &&
      !/\b(risks?|baf|bafs|register|ambitions?|actions?|scor\w*|appetite)\b/.test(r.text) &&
      !r.risks.length &&
      !r.indicators.length &&
      !r.performanceReport &&
      figureSetNamed(r),
    then: (r) => ({ words: r.subject ?? r.topic ?? '', organisationIds: r.organisationIds }),
  }),
  paperFigures.rule({
    rank: 212,
    name: 'a figure in the papers, asked in words',
    when: (r) =>
      FIGURE_ASK.test(r.text) &&
      !!r.topic &&
      !r.paper &&
      !r.risks.length &&
      !r.indicators.length &&
      !r.performanceReport &&
      !r.committeeReport &&
      !r.termsOfReference &&
      !r.actionTarget &&
      !r.minuteReference &&
      !has(r, 'actions', 'meeting', 'minutes', 'risk', 'agenda', 'strategy'),
    then: (r) => ({ words: r.subject ?? r.topic ?? '', organisationIds: r.organisationIds }),
  }),
  riskList.rule({
    rank: 199,
    name: 'a register’s appetite',
    when: (r) =>
      /\b(appetite|tolerance)\b/.test(r.text) &&
      !r.risks.length &&
      !r.topicRisks.some((t) => t.score >= 100) &&
      (!r.topic ||
        r.topic.split(' ').every((w) =>
          // (The levels themselves, "is it cautious or open?": a check of the register's level.)
          /^(statements?|levels?|overall|set|position|upper|limits?|ceiling|threshold|max(imum)?|none|minimal|cautious|open|eager|averse|avoid|seek|seeking|hungry|bold|drafting|writing|preparing|checking)$/.test(
            w,
          ),
        )),
    then: (r) => ({ registerId: r.registerId, filter: { kind: 'all' } }),
  }),
  actionsAbout.rule({
    rank: 165,
    name: 'whether a piece of work has moved',
    // "People plans sign off at joint PCC - still Dec or has it moved?": the action's dates, original
    // and revised, not a meeting in December.
    when: (r) =>
      SLIPPED.test(r.text) &&
      WORK_NOUN.test(r.text) &&
      !r.risks.length &&
      !r.paper &&
      !r.actionTarget &&
      movedWork(r) !== '',
    then: (r) => ({ words: movedWork(r), ask: 'due' }),
  }),
  actionsAbout.rule({
    rank: 205,
    name: 'who leads a piece of work named by what it is',
    // "Group research strategy n delivery plan - who and by when": an action's work, not a strategy's
    // progress (no strategy of that name is reported to the board).
    when: (r) =>
      (WHO_LEADS.test(r.text) || /\bwho (and )?(by )?when\b/.test(r.text)) &&
      WORK_NOUN.test(r.text) &&
      !findNamed(r.text, r.ctx.vocabulary.strategies).length &&
      !r.risks.length &&
      !r.paper &&
      !r.actionTarget &&
      !r.roles &&
      !r.person &&
      describedWork(r) !== '',
    then: (r) => ({ words: describedWork(r), ask: leadAsked(r) }),
  }),
  actionsList.rule({
    rank: 209,
    name: 'how an action log, or a section of it, is going',
    // "How is the well-led plan going?", "progress on the FTSU section", "update on the well led
    // review": its actions by status (a log holds nothing else to go well or badly).
    when: (r) =>
      !!r.logSection &&
      // (The log itself named, or "section": "how is the strategy going" is no well-led section.)
      (!r.logSection.sectionId ||
        /\bsection\b/.test(r.text) ||
        !!r.ctx.vocabulary.logs
          .find((l) => l.id === r.logSection!.logId)
          ?.names.some((n) => hasPhrase(r.text, n))) &&
      LOG_GOING.test(r.text) &&
      !r.risks.length &&
      !r.actionTarget &&
      !r.paper &&
      !r.minuteReference &&
      !has(r, 'meeting', 'minutes', 'agenda') &&
      !findNamed(r.text, r.ctx.vocabulary.strategies).length,
    then: (r) => ({
      scope: { kind: 'log' as const, ...r.logSection! },
      filter: { status: 'all' as const, period: null },
      page: r.page,
      tally: 'statuses' as const,
    }),
  }),
  strategyProgress.rule({
    rank: 210,
    name: 'strategy',
    when: (r) =>
      // ("Well-led plan only has 4 sections - leadership, improvement, strategy…?": the plan's
      // sections, one of them named "strategy".)
      !sectionsOfALog(r) &&
      ((has(r, 'strategy') &&
        !strategyNotHeld(r) &&
        !strategyOnlyInARole(r) &&
        !strategyOfWordsNotInPapers(r)) ||
        findNamed(r.text, r.ctx.vocabulary.strategies).length > 0 ||
        (has(r, 'progressWord') && strategyQuestion(r).ambitionIds.length > 0) ||
        // "How many transformation projects does NHFT have": a figure a strategy's report prints.
        !!strategyFiguresAsked(r)),
    then: strategyQuestion,
  }),
  topic.rule({
    rank: 219,
    name: 'the controls, gaps or assurances on a topic',
    // "What assurance is there on freedom to speak up?": a topic inside several risks' records.
    when: (r) =>
      r.topic !== null &&
      !r.risks.length &&
      r.facets.some((f) => RISK_PARTS.has(f)) &&
      /\b(on|about|for|around|regarding|re|covering|over|into|of)\b/.test(r.text),
    then: (r) => ({ text: searchedTopic(r.topic!), registerId: r.registerId }),
  }),
  actionsAbout.rule({
    rank: 219.5,
    name: 'a topic in an action log named',
    // "Does the well-led plan say anything about the Financial Improvement Cabinet?": the plan's
    // actions about it (with their leads and dates), not the papers searched for the plan's name too.
    when: (r) =>
      r.topic !== null &&
      has(r, 'topicAsk') &&
      !!logNamed(r) &&
      // (A BAF named is its register, whose risks the papers' search looks through too.)
      !r.ctx.vocabulary.logs.find((l) => l.id === logNamed(r)!.logId)?.baf &&
      !r.risks.length &&
      !r.paper &&
      contentWords(topicBeyondRecords(r) ?? '').length >= 2,
    then: (r) => ({
      words: topicBeyondRecords(r)!,
      ask: 'status',
      within: { kind: 'log' as const, ...logNamed(r)! },
    }),
  }),
  topic.rule({
    rank: 220,
    name: 'a topic',
    when: (r) => r.topic !== null && (has(r, 'topicAsk') || r.text.split(' ').length <= 3),
    then: (r) => ({ text: searchedTopic(r.topic!), registerId: r.registerId }),
  }),
  unknown.rule({
    rank: 45,
    name: 'a meeting of another body: what the papers report of it',
    // "What did the Alliance board agree at its October meeting?": not the board's own minutes.
    when: (r) => othersMeeting(r) && !r.paper && !r.minuteReference && !r.risks.length,
    then: (r) => ({ text: r.raw.trim(), suggestions: [] }),
  }),
  unknown.rule({
    rank: 1000,
    name: 'nothing else fits: search the papers',
    when: () => true,
    then: (r) => ({ text: r.raw.trim(), suggestions: suggestionsFor(normalise(r.raw.trim())) }),
  }),
] as const;

/** Words before "actions in the <log>" that say which of its actions: "the long term trajectory actions". */
const ACTIONS_OF_A_KIND = /\bthe ((?:[a-z]+ ){1,4})actions (?:in|on|from|of|under) (?:the|our)\b/;
const NOT_A_KIND = new Set(
  'open overdue closed late outstanding current remaining all key main new latest my our any other outstanding due live active completed finished done delivered'.split(
    ' ',
  ),
);

/** "What staff survey actions have I got on Group BAF 4?": the asker's actions of that kind. */
function kindOfMyActions(r: Reading): string | null {
  const m = MY_ACTIONS_OF_A_KIND.exec(r.text);
  if (!m) return null;
  const where = new Set(contentWords(r.logSection?.text ?? ''));
  const words = contentWords(m[1]!).filter(
    (w) =>
      !NOT_A_KIND.has(w) &&
      !where.has(w) &&
      !/^(baf|bafs|group|lpt|nhft|well|led|plan|log|section|sections|area|areas|heading|part|parts|risk|risks|register)$/.test(
        w,
      ),
  );
  return words.length ? words.join(' ') : null;
}

const MY_ACTIONS_OF_A_KIND =
  /\b(?:what|which|any) ((?:[a-z]+ ){1,4})actions (?:have i|do i have|have i got|ve i got|am i (?:on|down for|leading)|are (?:on|with|for) me|are mine)\b/;

function kindOfActionsNamed(r: Reading): string | null {
  // ("Well-led 'long term trajectory' actions": the log named first, then the kind.)
  const log = r.logSection?.text;
  const m =
    ACTIONS_OF_A_KIND.exec(r.text) ??
    (log ? new RegExp(`\\b${escapeRegExp(log)} ((?:[a-z]+ ){1,4})actions\\b`).exec(r.text) : null);
  if (!m) return null;
  const words = contentWords(m[1]!).filter((w) => !NOT_A_KIND.has(w));
  return words.length >= 2 ? words.join(' ') : null;
}

/** A paper's cover sheet asked for by name: "on the THRIVE report's cover sheet", "the governance table". */
function coverSheetAsked(r: Reading): boolean {
  return (
    !!r.paper &&
    /\b(cover ?sheets?|cover (paper|note|page)|front ?(sheet|page)|governance table)\b/.test(r.text)
  );
}

/** A set of figures a paper prints named by two of its name's words, and half of them ("the key areas"). */
function figureSetNamed(r: Reading): boolean {
  const asked = new Set(contentWords(r.text).map(stem));
  return r.ctx.vocabulary.figureSets.some((name) => namedByMostOf(asked, name) > 0);
}

/**
 * "What were the main risks the CQC self-assessment picked up?", "risks identified by the audit": risks
 * a review or assessment found, which the papers tell in its words, not the register's risks.
 */
function risksFoundBySomethingElse(r: Reading): boolean {
  return (
    !r.registerId &&
    /\brisks? (that |which )?(the |our |its |their |this |that )?(?!(register|baf|board|bafs|group|lpt|nhft|were|are|was|is|have|has|been|being)\b)[a-z0-9 ]{2,40}? (picked up|identified|found|flagged|highlighted|raised|surfaced|spotted|uncovered)\b|\brisks? (picked up|identified|found|flagged|highlighted|raised|surfaced|spotted|uncovered) (by|in|through|from) (the |our |a |an )?(?!(register|baf|board)\b)[a-z]/.test(
      r.text,
    )
  );
}

/** "In the ambitions update…", "the Trust Ambitions paper says…": the question is of that report. */
function inTheAmbitions(r: Reading): boolean {
  return (
    (!r.performanceReport &&
      /\bambitions (update|paper|report|progress report)\b|\b(in|from|per|according to) (the )?(trust )?ambitions\b/.test(
        r.text,
      )) ||
    THAT_AMBITION.test(r.text)
  );
}

/** An action log the question names by one of its names ("on the well-led plan"), as named. */
function logNamed(r: Reading): { logId: string; sectionId: null; text: string } | null {
  for (const log of r.ctx.vocabulary.logs) {
    const name = log.names.find((n) => hasPhrase(r.text, n));
    if (name) return { logId: log.id, sectionId: null, text: name };
  }
  return null;
}

/** The log whose sections are asked about ("what sections are in the well-led plan?"). */
function sectionsOfALog(r: Reading): ReturnType<typeof logNamed> {
  return /\bsections\b|\bsection (names|headings)\b/.test(r.text) ? logNamed(r) : null;
}

/** A date asked as a check ("was it due June 2025?"), not asked for ("when was it due in 2025?"). */
function periodClaimed(r: Reading): boolean {
  return !/\b(when|what date|which)\b/.test(r.text);
}

/** "Everything I own", "all I'm leading", "list all of mine": the asker's work in every log. */
const EVERYTHING_MINE =
  /\b(everything|all|all the things|all the stuff)( that)? (i (own|lead|m leading|am leading|m down for|am down for|m responsible for|am responsible for)|(is|s) (mine|on me|down to me))\b|\ball (of )?mine\b/;

/** "Am I on track?", "am I on track overall?": the asker's whole list, not the actions rated on track. */
const ASKER_ON_TRACK =
  /^(?:(?:so|and|ok|overall|generally|honestly) )*(?:am i|m i|are my actions|are my things|is my list)(?: (?:broadly|generally|overall|still|actually|really))? on track\b(?! (?:with|for|on) (?!my\b))/;

/** An agenda item named as one ("the staffing investigation item"), no risk or action said. */
const agendaItemNamed = (r: Reading) =>
  /\b(the|this|that) ([a-z0-9&' -]+ )?item\b/.test(r.text) &&
  !r.risks.length &&
  !r.actionTarget &&
  !/\b(risks?|baf|actions?)\b/.test(r.text);

/** Patients missing appointments ("did-not-attend data", "DNA rates"): no meeting's attendance. */
const PATIENTS_NOT_ATTENDING =
  /\b(did not attend|didn t attend|non attendance|dnas?|missed appointments?)\b.*\b(data|rates?|appointments?|patients?|inequalit\w*|clinics?|app)\b|\b(appointments?|patients?|people) (who )?(did not|didn t|do not|don t) attend\b/;

/** Asked of a strategy's supporting strategies or its service plans. */
function plansAsked(r: Reading): 'supporting-strategies' | 'service-plans' | 'both' | null {
  const supporting = /\b(supporting|underpinning|enabling|sub) strateg(y|ies)\b/.test(r.text);
  const service = /\bservice plans?\b/.test(r.text);
  return supporting && service
    ? 'both'
    : supporting
      ? 'supporting-strategies'
      : service
        ? 'service-plans'
        : null;
}

/**
 * The words of a question less the strategies it names in more than a word ("the trust ambitions
 * strategy"; not "ambitions" alone, which asks of them).
 */
function withoutStrategiesNamed(r: Reading): string {
  return findNamed(r.text, r.ctx.vocabulary.strategies)
    .filter((named) => named.name.includes(' '))
    .reduce((text, named) => removePhrase(text, named.name), r.text);
}

/** Money a year's delivery is counted in: "the savings we delivered last year". */
const MONEY_DELIVERED = /\b(savings?|£|cost|costs|spend|spent|income|deficit|surplus|cip)\b/;

/** Which meeting's agenda: the one on the day named, else the last or the next. */
function agendaMeant(r: Reading): { date: IsoDate } | 'last' | 'next' {
  const date = meetingDateOf(r, 'meetings');
  return date ? { date } : has(r, 'last') ? 'last' : 'next';
}

/** Asked what a plan or part of it holds: "give me the gist", "what's in". */
const GIST_ASKED =
  /\b(came out of|come out of|gist|summary|summari[sz]e|overview|headlines|key points|main points|in a nutshell|what is in|what s in|what does it (say|cover)|what is it about)\b/;

/** Words that name no one piece of work: "the speaking up work", "its improvements". */
const GENERIC_WORK =
  /\b(work|works|improvements?|stuff|bits?|things?|items?|actions?|plans?|ones|side|part|section|area|workstream|piece)\b/g;

/** The work words are the section's name and the log's, and nothing of their own. */
function onlyTheSectionsWork(r: Reading): boolean {
  const section = r.logSection;
  if (!section?.sectionId) return false;
  const log = r.ctx.vocabulary.logs.find((l) => l.id === section.logId);
  const rest = [section.text, ...(log?.names ?? [])].reduce(
    (left, name) => removePhrase(left, name),
    workWords(r),
  );
  return contentWords(rest.replace(GENERIC_WORK, ' ')).length === 0;
}

/** A section of an action plan (not a register's risk) that the question names. */
function sectionOfAPlanNamed(
  r: Reading,
): { logId: string; sectionId: string; text: string } | null {
  const named = r.logSection;
  if (!named?.sectionId || r.ctx.vocabulary.logs.find((l) => l.id === named.logId)?.baf)
    return null;
  return { ...named, sectionId: named.sectionId };
}

/**
 * An action log named whole ("the well-led plan"), not one of its sections, nor a register's own log
 * ("extreme risks on the LPT BAF" asks of the register's risks).
 */
function wholeLogNamed(r: Reading): boolean {
  return !!r.logSection && !r.logSection.sectionId && !r.registerId;
}

/**
 * "When did the joint nom and rem first meet?": a committee or group named that Board Clerk holds no
 * meetings, report or terms of reference of. Not the board: what the papers' passages say of it.
 */
function bodyNotHeld(r: Reading): boolean {
  return (
    !r.body &&
    !r.committeeReport &&
    !r.termsOfReference &&
    !r.committee &&
    /\b(committees?|forums?|panels?|sub ?groups?)\b/.test(r.text) &&
    !!r.topic
  );
}

/**
 * "What did the Alliance board agree in October?": a board of another body (the alliance, the ICB, a
 * collaborative), whose minutes Board Clerk does not hold; the papers report what it agreed.
 */
function othersMeeting(r: Reading): boolean {
  return (
    !r.body &&
    !r.committee &&
    /\b(alliance|ema|icb|ics|system|collaborative|collaboratives|regional|region|nhse|nhs england|integrated care|partnership|national) (boards?|committees?|meetings?|forums?)\b/.test(
      r.text,
    )
  );
}

/** Asked when something comes to the board, or of its slot on the workplan or an agenda. */
const WHEN_IT_COMES =
  /\b(when|which meeting|what meeting|next|last|come|comes|coming|came|due|scheduled|planned|date|board|workplan|agenda|paper|report|update|item|may|january|september|jan|sept|sep)\b/;

/**
 * "Anything on the car parking strategy?": a strategy named by words no paper has (no strategy, and
 * no passage with all of them). Not a question of the strategies held: the papers' silence on it is
 * the answer (searched as a topic).
 */
function strategyOfWordsNotInPapers(r: Reading): boolean {
  const named = /\b((?:[a-z]+ ){1,3})strateg(?:y|ies)\b/.exec(r.text)?.[1] ?? '';
  const words = contentWords(named).filter((w) => !GENERAL_STRATEGY_WORDS.has(w));
  if (!words.length || !r.ctx.passages || findNamed(r.text, r.ctx.vocabulary.strategies).length)
    return false;
  return !r.ctx.passages
    .search(words.join(' '), { limit: 5, synonyms: false })
    .some((h) => h.wordsMatched >= h.wordsAsked);
}

/** Words that say which strategy is meant without naming what it is about ("our new group strategy"). */
const GENERAL_STRATEGY_WORDS = new Set(
  'our the trust trusts group overall joint new latest current this that whole year long term corporate organisational organizational lpt nhft board five 5 three 3 thrive'.split(
    ' ',
  ),
);

/**
 * "What's LPT's strategy called?": an organisation's strategy whose report Board Clerk does not hold.
 * The papers may still name it (the LPT BAF names "Step up to Great"): the search answers.
 */
function strategyNotHeld(r: Reading): boolean {
  const held = r.ctx.vocabulary.strategies;
  return (
    r.organisationIds.length === 1 &&
    !findNamed(r.text, held).length &&
    !held.some((s) => s.organisationId === r.organisationIds[0])
  );
}

function detailOf(r: Reading): MeetingDetailAsked | null {
  // "Which papers are due for the next board?", "paper deadline": when its papers are due.
  if (
    /\b(deadlines?|cut ?off)\b/.test(r.text) ||
    PAPERS_DUE.test(r.text) ||
    PAPERS_LATE.test(r.text)
  )
    return 'papers';
  // "How many days since the last board?", "how long till the next one?", "how many weeks to go".
  if (
    /\bhow (many|long)\b/.test(r.text) &&
    /\b(since|until|till|til|to go|ago|away|left|before)\b/.test(r.text)
  )
    return 'days';
  if (
    /\b(how long|duration|finish|finishes|end time|when does it end|what time does it end)\b/.test(
      r.text,
    )
  )
    return 'length';
  return has(r, 'place') ? 'place' : has(r, 'time') ? 'time' : null;
}

/** The body whose meetings are asked about: a meeting body on record, or a committee named. */
function bodyOf(r: Reading): string | null {
  return r.body ?? (r.committee && /\bcommittee\b/.test(r.text) ? r.committee.id : null);
}

type RuleIndex = keyof typeof RULES & `${number}`;
/** Every kind of question the rules decide on (each kind once, however many rules decide on it). */
export type RuledKind = { [K in RuleIndex]: (typeof RULES)[K]['kind'] }[RuleIndex];

/** What any question asks: one of the kinds the rules decide on. */
export type Question = QuestionOf<RuledKind>;

const ORDERED_RULES = [...RULES].sort((a, b) => a.rank - b.rank);

/**
 * What the rules made of each reading: a reading is kept for the next time its words are asked
 * (`recentReadings.ts`) and never changed, and the rules read nothing else, so neither does their
 * decision (about two thirds of the cost of deciding a question). Nothing changes a question once made.
 */
const decided = new WeakMap<Reading, { rule: string; question: Question }>();

/** The first rule that holds for a reading, and the question it reads (search is the floor). */
export function decideByRules(r: Reading): { rule: string; question: Question } {
  const kept = decided.get(r);
  if (kept) return kept;
  for (const rule of ORDERED_RULES)
    if (rule.when(r)) {
      const made = {
        rule: rule.name,
        question: { intent: rule.kind.intent, ...rule.then(r) } as Question,
      };
      decided.set(r, made);
      return made;
    }
  throw new Error('the floor rule always holds');
}

const KINDS: ReadonlyMap<string, Kind> = new Map(RULES.map((r) => [r.kind.intent, r.kind]));

/** The kind a question is of: its parameters and its answer. */
export function kindOf(question: Question): Kind {
  return KINDS.get(question.intent)!;
}

/** A question read back from the store (a conversation's subject), checked against its kind. */
export function parseQuestion(value: unknown): Question | null {
  const intent = (value as { intent?: unknown } | null)?.intent;
  const found = typeof intent === 'string' ? KINDS.get(intent) : undefined;
  return found ? ((found.schema.safeParse(value).data as Question | undefined) ?? null) : null;
}
