import { NOT_AN_ASK, same, twoAsks } from './asks';
import { findNamed, type Reading } from './entities';
import type { Question } from './question';
import { contentWords } from './text';

/**
 * Two documents side by side: "University status - where does the Group BAF action stand, and what did
 * the CEO report say about it?". Each part of the message names its own document (a register, a paper,
 * a committee's report, the performance report, an action log, the minutes, a strategy), and the
 * subject, said once, is asked of each.
 */

/** How the questions feature reads text: its words found, and read as a question after another. */
export interface SideBySideReader {
  reading: (text: string) => Reading;
  read: (text: string, last: Question | null, earlier?: readonly Question[]) => Question;
}

/** A message as parts, each with its own question, the first answered first. */
export interface MessageParts {
  first: Question;
  text: string;
  more: { question: Question; text: string }[];
  /** The subject kept once all are answered, when not the last of them. */
  subject?: Question;
}

/**
 * "University status - where does the Group BAF action stand, and what did the CEO report say about
 * it?": the parts of a message, each naming its own document, each asked of it (the subject said
 * once put into the part that leaves it out); after an answer, "put that next to what THRIVE says…"
 * and "and NHFT? did the people committee flag it?". Null when no part names a document of its own.
 */
export function sideBySideParts(
  message: string,
  held: { last: Question | null; earlier: readonly Question[] } | null,
  r: SideBySideReader,
): MessageParts | null {
  const raw = withoutFraming(message);
  const asks = twoAsks(raw);
  for (const split of [...(asks ? [asks] : []), ...sideBySideSplits(raw)]) {
    const [one, two] = [r.reading(split.first), r.reading(split.then)];
    const [ofOne, ofTwo] = [documentsNamed(one), documentsNamed(two)];
    // "Put that next to what THRIVE says about the survey closing": the last answer beside it.
    // ("Put the long term strategy ones next to the Group's THRIVE": those of the last list.)
    const some = SOME_OF_THE_LAST.exec(split.first)?.[1];
    if ((ONLY_THE_LAST.test(split.first) || some) && held?.last && !ofOne.size && ofTwo.size) {
      // (Two of a kind, "how does that compare with LPT's own workforce risk?", are compared; the
      // other document read as more of the last is read on its own.)
      const kind = (q: Question) => q.intent.split('.')[0];
      const narrowed = some ? r.read(some, held.last, held.earlier) : held.last;
      const first = kind(narrowed) === kind(held.last) ? narrowed : held.last;
      const leaning = r.read(split.then, first);
      const then = kind(leaning) === kind(first) ? r.read(split.then, null) : leaning;
      if (NOT_AN_ASK.has(then.intent) || kind(then) === kind(first)) continue;
      return { first, text: split.first, more: [{ question: then, text: split.then }] };
    }
    // "And NHFT? did the people committee flag it to the board?": the last asked again, of that,
    // then the other document of what it found.
    if (SHORT_FOLLOW_UP.test(split.first) && held?.last && ofTwo.size) {
      const first = r.read(split.first, held.last, held.earlier);
      const then = r.read(split.then, first);
      if (NOT_AN_ASK.has(first.intent) || NOT_AN_ASK.has(then.intent) || same(first, then))
        continue;
      return { first, text: split.first, more: [{ question: then, text: split.then }] };
    }
    if (!differentDocuments(ofOne, ofTwo)) continue;
    const said = sayOfEach(split, one, two);
    if (!said) continue;
    const first = r.read(said.first, held?.last ?? null, held?.earlier);
    if (NOT_AN_ASK.has(first.intent)) continue;
    // (Given its subject, the second is read on its own; else "it" is the first's.)
    const then = r.read(said.then, said.then === split.then ? first : null);
    const answered = !NOT_AN_ASK.has(then.intent) && !same(first, then);
    // (The second may ask two things of its document, each answered: "…per the value paper, and
    // what's each trust's corporate spend?"; "Is that in the September minutes? And when was it
    // set up?", the last of the subject said first where it leans on nothing else.)
    const asked = twoAsks(said.then) ?? beside(said.then);
    const second = asked ? r.read(asked.first, answered ? then : first) : null;
    const leaning = asked && second ? r.read(asked.then, second) : null;
    const third =
      asked && leaning && NOT_AN_ASK.has(leaning.intent)
        ? r.read(withSubject(asked.then, said.subject), null)
        : leaning;
    // (The first part stays the subject: "and NHFT?", "who owns that?" are asked of it.)
    if (asked && second && third && !NOT_AN_ASK.has(second.intent) && !NOT_AN_ASK.has(third.intent))
      return {
        first,
        text: said.first,
        more: [
          { question: second, text: asked.first },
          { question: third, text: asked.then },
        ],
        subject: first,
      };
    // ("Compare the workforce risk in the LPT BAF with the one in the Group BAF": two risks, compared.)
    if (
      answered &&
      SETS_SIDE_BY_SIDE.test(raw) &&
      first.intent === 'risk.detail' &&
      then.intent === 'risk.detail' &&
      (first.risk.registerId !== then.risk.registerId ||
        first.risk.number !== then.risk.number ||
        first.risk.draft !== then.risk.draft)
    )
      return {
        first: { intent: 'risk.compare', risks: [first.risk, then.risk] },
        text: split.first,
        more: [],
      };
    if (answered)
      return {
        first,
        text: said.first,
        more: [{ question: then, text: said.then }],
        subject: first,
      };
  }
  return null;
}

/** The documents a part of a message names, each as one key (a risk as its register). */
export function documentsNamed(r: Reading): Set<string> {
  const v = r.ctx.vocabulary;
  const docs = new Set<string>();
  for (const risk of r.risks)
    docs.add(`register:${risk.registerId ?? r.registerId ?? r.ctx.defaultRegisterId ?? ''}`);
  // (A trust named is no register, "LPT staff"; nor a paper's subject its paper, "the EMA event".)
  if (r.registerId && REGISTER_WORD.test(r.text)) docs.add(`register:${r.registerId}`);
  const paperNamed = PAPER_WORD.test(r.text) || PAPER_WORD.test(r.paper?.text ?? '');
  if (r.paper && paperNamed) docs.add(`paper:${r.paper.id}`);
  if (r.committeeReport) docs.add(`report:${r.committeeReport.id}`);
  // ("…and is a restructure on the next board agenda?": the agenda.)
  if (r.cues.has('agenda')) docs.add('agenda');
  // ("Is there anything in the Group papers about…": the pack as a whole.)
  if (!r.paper && THE_PACK.test(r.text)) docs.add('pack');
  if (r.performanceReport || r.indicatorNamed) docs.add('performance');
  // (A log's section named alone, "leadership", is a subject, not the log.)
  if (r.logSection && findNamed(r.text, v.logs).some((f) => f.thing.id === r.logSection!.logId)) {
    // (A register's own log is that register: "the Group BAF action log".)
    const log = v.logs.find((l) => l.id === r.logSection!.logId);
    docs.add(log?.registerId ? `register:${log.registerId}` : `log:${r.logSection.logId}`);
  }
  // (What someone said at the board is in its minutes: "David Maher said community waits…".)
  if (
    r.minuteReference ||
    r.cues.has('minutes') ||
    (r.attendee && r.cues.has('say')) ||
    BOARD_HEARD.test(r.text)
  )
    docs.add('minutes');
  // (A strategy beside another document is what that document says: "the minutes said 82% understand
  // THRIVE".)
  // (So is a measure, "the people committee on sickness", and a paper's subject; alone, each is its
  // document's.)
  if (!docs.size) {
    // ("What's the EMA doing on PAs?": only its paper says.)
    // (The first of them only: a measure named in the ambitions paper is that paper's.)
    const strategies = findNamed(r.text, v.strategies);
    if (r.paper) docs.add(`paper:${r.paper.id}`);
    else if (strategies.length)
      for (const { thing } of strategies) docs.add(`strategy:${thing.id}`);
    else if (r.indicators.length) docs.add('performance');
  }
  return docs;
}

const THE_PACK =
  /\b(?:group|board|january|september|public|the|our|their) (?:board )?(?:papers|pack|board pack)\b/;

/** What the board was told is minuted: "the QSIR numbers the Group board heard about". */
const BOARD_HEARD =
  /\b(board|members|directors) (heard|was told|were told|discussed|noted|received|was shown|were shown)\b/;

const REGISTER_WORD =
  /\b(baf|bafs|gbaf|register|registers|board assurance framework|(group|lpt|nhft|trust|old|new) one)\b/;
const PAPER_WORD = /\b(paper|papers|report|reports|update|pack|presentation|cover sheet)\b/;

/** Whether two parts name documents, and none the same. */
export function differentDocuments(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  return x.size > 0 && y.size > 0 && [...x].every((d) => !y.has(d));
}

/**
 * Where a message may set one document beside another, besides its two questions: at words that
 * compare ("…in the performance report compare with what the people committee told the board"), and
 * after a statement of one document ("The minutes said 82%… - what does the THRIVE report say?").
 */
export function sideBySideSplits(raw: string): { first: string; then: string }[] {
  const splits: { first: string; then: string }[] = [];
  const words = (t: string) => t.split(/\s+/).filter((w) => /\w/.test(w)).length;
  const add = (first: string, then: string) => {
    if (words(first) >= 2 && words(then) >= 2)
      splits.push({ first: first.trim(), then: then.trim() });
  };
  // "A and B - what progress does each report?": the question asked of each.
  const each = OF_EACH.exec(raw);
  if (each) {
    const asked = each[3]!.replace(/\b(each|both|either)( of them| one)?\b/i, 'it');
    add(`${each[1]} - ${asked}`, `${each[2]} - ${asked}`);
  }
  // "Talent Matters is in both the CEO report and the THRIVE report - do the dates line up?", "what
  // do the minutes and the THRIVE report say about the conferences?": what each says of it.
  const inBoth = IN_BOTH.exec(raw);
  if (inBoth) {
    const [, subject, a, b] = inBoth;
    add(`what does the ${a} say about ${subject}`, `what does the ${b} say about ${subject}`);
  }
  const bothSay = BOTH_SAY.exec(raw);
  if (bothSay) {
    const [, a, b, subject] = bothSay;
    add(`what does the ${a} say about ${subject}`, `what does the ${b} say about ${subject}`);
  }
  // "Compare the workforce risk in the LPT BAF with the one in the Group BAF": each of the two.
  const comparing = COMPARE_FIRST.exec(raw);
  if (comparing) add(comparing[1]!, comparing[2]!);
  const compared = COMPARED_WITH.exec(raw);
  const against = compared ? raw.slice(compared.index + compared[0].length) : '';
  // (A figure against its target, "…response rate vs the national target in the ambitions update",
  // is one document's figure.)
  if (compared && !A_TARGET.test(against)) add(raw.slice(0, compared.index), against);
  const broken = BREAK.exec(raw);
  if (broken) add(raw.slice(0, broken.index), raw.slice(broken.index + broken[0].length));
  return splits;
}

/** Two things, then a question of each: "the environmental ambition … and Group BAF 5 - what … each report?". */
const OF_EACH = /^(.+?)\s+and\s+(.+?)\s+[-–—:]\s+(.*\b(?:each|both|either)\b.*)$/i;

const IN_BOTH =
  /^(?:so |and |ok )?(.+?)\s+(?:is|are|was|were|appears?|features?|comes? up|shows? up|gets? a mention|is mentioned|are mentioned)\s+in\s+both\s+(?:the\s+)?(.+?)\s+and\s+(?:in\s+)?(?:the\s+)?(.+?)(?:\s*[-–—:,?.]\s+.*)?\??$/i;
const BOTH_SAY =
  /^(?:so |and |ok )?(?:what|how) (?:do|did|does) (?:both )?(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)\s+(?:both\s+)?(?:say|said|report|show|have)\s+(?:about|on|re|regarding)\s+(.+?)\??$/i;

/** Words that only say a message sets things side by side: "Side by side: …", "… - side by side?". */
export function withoutFraming(raw: string): string {
  return raw
    .replace(/^\s*(?:side by side|compare|comparison|put them together)\s*[:,–—-]\s*/i, '')
    .replace(/[\s,:;–—-]*\b(?:side by side|please|pls|thanks|ta)\b\s*[?.!]*\s*$/i, '?')
    .trim();
}

/**
 * "When's it due, and set it against the savings target in the value paper": an ask, then the
 * request to set what it finds beside something else, each a part of its own.
 */
export function beside(text: string): { first: string; then: string } | null {
  const m = SET_IT_AGAINST.exec(text);
  if (!m || m.index < 5) return null;
  return { first: text.slice(0, m.index).trim(), then: text.slice(m.index + m[0].length).trim() };
}

const SET_IT_AGAINST =
  /,?\s+(?:and\s+)?(?=(?:set|put|compare|line|stack|hold|measure) (?:it|that|this|them|those)\b)/i;

const COMPARE_FIRST =
  /^(?:(?:can|could) you |please )?(?:compare|contrast) (.+?) (?:with|to|against|and) (.+?)[?.!]*$/i;

/** Words asking for two things to be compared, not each asked of in turn. */
const SETS_SIDE_BY_SIDE =
  /\b(?:compar\w*|contrast|vs|versus|against|side by side|next to|alongside|differ\w*|same as)\b/i;

/** Words that set one thing beside another. */
const COMPARED_WITH =
  /\s*,?\s*\b(?:compare[sd]? (?:with|to|against)|comparing (?:with|to)|vs\.?|versus|next to|alongside|side by side with|lines? up with|squares? with|tall(?:y|ies) with|match(?:es)? (?:up )?(?:with|to)|bears? out|backs? up)\s+/i;

const A_TARGET =
  /^(?:the |its |their |our |a )?(?:\w+ )?(?:targets?|trajectory|ceiling|threshold|benchmark|standard|average|plan(?:ned)? (?:figure|level))\b/i;

/** A statement's end before a question: " - ", ": ", ". ". */
const BREAK = /\s+[-–—]\s+|[:.;?]\s+(?=\S)/;

/** A part that is only the last answer pointed at: "put that", "how does that compare". */
const ONLY_THE_LAST =
  /^(?:(?:and|so|ok|now|then|can you|could you|please)\s+)*(?:put|set|lay|line|stack|hold|how (?:does|do)|does|do|is|are)?\s*(?:that|this|it|those|them|these|mine|my actions?)\s*(?:up)?\s*$/i;

/** Some of the last list, to be put beside another document: "put the long term strategy ones". */
const SOME_OF_THE_LAST =
  /^(?:(?:and|so|ok|now|then|can you|could you|please)\s+)*(?:put|set|lay|line up|stack up|hold up)\s+((?:the|those|my)\s+(?:[\w-]+\s+){0,5}(?:ones?|actions?|items?))\s*$/i;

/** A follow-up of a word or two before a question: "and NHFT?", "what about LPT?". */
const SHORT_FOLLOW_UP =
  /^\s*(?:and|what about|how about|same for|ok and)\s+(?:\S+\s*){1,2}\??\s*$/i;

/** What a message is about, said before its questions: "University status - …", "Estates: …". */
const LEAD = /^\s*([^?:;,–—-]{3,80}?)\s*(?:\s[-–—]\s|:\s)/;

/** A lead that frames the message, not its subject: "Side by side: …", "Quick one: …". */
const NOT_A_LEAD =
  /^(?:side by side|quick (?:one|q|question)|question|q|query|compare|comparison|two (?:things|questions)|also|and|so|ok|hi|hello|morning)$/i;

/** "It", "them", "that" as the object of a part: the subject said elsewhere. */
const OBJECT_PRONOUN =
  /\b(it|them|that one|that)(?=\s*(?:[?.!,]|$|\s+(?:now|then|there|too|today|down|up|out|over|through|back)\b))/i;

/**
 * Each part as it is asked of its own document, the subject said once put in the part that left it
 * out: "what did the CEO report say about it?" is "…say about university status?"; "what date is on
 * the Group BAF now?" is "principal investigators research - what date is on the Group BAF now?".
 * Null where neither part says what it is about.
 */
export function sayOfEach(
  split: { first: string; then: string },
  one: Reading,
  two: Reading,
): { first: string; then: string; subject: string } | null {
  // (A statement of what a document says is about what it says.)
  const claim = QUESTION_FIRST.test(split.first) ? undefined : DOCUMENT_SAYS.exec(split.first)?.[2];
  const fromFirst = subjectOf(split.first, one) || claim;
  if (fromFirst)
    return {
      first: asked(split.first),
      then: withSubjectOf(split.then, two, fromFirst),
      subject: fromFirst,
    };
  const fromThen = subjectOf(split.then, two);
  if (fromThen)
    return {
      first: withSubjectOf(split.first, one, fromThen),
      then: split.then,
      subject: fromThen,
    };
  // (Each with its own: "Group BAF 1 score vs what the minutes said about GTB/25/15".)
  return hasOwnSubject(one) && hasOwnSubject(two)
    ? { first: asked(split.first), then: split.then, subject: '' }
    : null;
}

/** A part that leans on nothing, given the subject: for its "it", or said before it. */
function withSubject(part: string, subject: string): string {
  if (ANY_PRONOUN.test(part)) return part.replace(ANY_PRONOUN, subject);
  return `${subject} - ${part}`;
}

/**
 * A statement of what a document says, asked of it: "The CEO report says the Board agreed a
 * Transition Group in September 2025" is "what does the CEO report say about the Board agreed…".
 */
function asked(part: string): string {
  const m = DOCUMENT_SAYS.exec(part);
  return m && !QUESTION_FIRST.test(part) ? `what does the ${m[1]} say about ${m[2]}` : part;
}

const DOCUMENT_SAYS =
  /^(?:the |our )?((?:[\w&'’-]+ ){0,4}(?:paper|report|update))(?: itself)? (?:says|said|states|stated|notes|noted|mentions|mentioned|quotes|quoted|talks up|flags|flagged|reports|reported|records|recorded|claims|claimed)(?: that)? (.+?)[.?!]*$/i;
const QUESTION_FIRST =
  /^(?:who|what|when|which|where|why|how|is|are|was|were|did|does|do|has|have|can|could)\b/i;

/** A part with the subject said elsewhere put in: for "it", or before it when it names none. */
function withSubjectOf(part: string, reading: Reading, subject: string): string {
  if (OBJECT_PRONOUN.test(part)) return part.replace(OBJECT_PRONOUN, subject);
  // ("Where's it landed on the group one?": "it" is the subject, wherever it stands.)
  return hasOwnSubject(reading) ? part : withSubject(part, subject);
}

const ANY_PRONOUN = /\b(it|them|they)\b(?!['’])/i;

/** The subject said once for both parts: the message's lead, or the first part's own words. */
function subjectOf(raw: string, first: Reading): string | null {
  const lead = LEAD.exec(raw)?.[1];
  if (
    lead &&
    !NOT_A_LEAD.test(lead) &&
    contentWords(lead.toLowerCase()).length &&
    lead.split(/\s+/).length <= 8
  )
    return lead;
  const own = hasOwnSubject(first)
    ? contentWords(first.topic ?? '')
        .filter((w) => !ASKING_WORDS.has(w))
        .join(' ')
    : '';
  // (Or what it is asked about, though that names a thing: "…say about the THRIVE strategy".)
  return own || (ABOUT_WHAT.exec(raw)?.[1] ?? null);
}

const ABOUT_WHAT = /\b(?:about|regarding|re)\s+(?:the\s+)?([^?.!,;]{3,60}?)\s*[?.!]*$/i;

/** Whether a part says what it asks about: a risk, a measure, a minute, or words of its own. */
function hasOwnSubject(r: Reading): boolean {
  return (
    r.risks.length > 0 ||
    r.indicators.length > 0 ||
    !!r.minuteReference ||
    contentWords(r.topic ?? '').some((w) => !ASKING_WORDS.has(w))
  );
}

/** Words that ask something of a subject and name none: "what date is on the Group BAF now?". */
const ASKING_WORDS = new Set(
  'date dates due when score scored scores scoring lead leads led leading owner owners owned owns own holds held hold stand stands standing position status progress target current now then latest update updated revised happened happen say said says thing things one ones figure figures number numbers look looking compare compared line square bear side next landed land sits sit gone got moved put set'.split(
    ' ',
  ),
);
