import { SAME_OF_ANOTHER } from './lexicon';
import type { Question } from './question';

/**
 * Two questions in one message ("who's accountable for the estates actions and which committee looks
 * at it?", "did the committee alert the board on anything? and who wrote the report"): where the second
 * starts. Only a question word after "and" or a question mark starts one ("controls and gaps" does
 * not); whether the two are answered apart is decided by how they read (`index.ts`).
 */

/**
 * "…, and who…", "… and when's…", "…? and what…", "…? who…", "…, and my actions", "…and is X one of
 * them", "… + who's…", "… + anything…", "…; when…", "…and am I…", "…in January. What did…"; and
 * after a question mark, another numbered record ("baf 2 appetite? baf 4 controls?"), not more words
 * of the same ask ("…the headline numbers from the paper? benchmarking opportunity and savings").
 */
const SECOND_ASK =
  /\?\s+(?!(?:and\s+|also\s+|plus\s+)?(?:who|what|when|which|where|why|how)\b)(?:and\s+|also\s+|plus\s+)?(?=(?:[a-z']+\s+){0,2}(?:baf|risk|action|ambition|item|ftsu|gtb)\s*\/?\s*\d)|(?:\?\s+(?:and\s+|also\s+|plus\s+)?(?:if so,?\s+|if not,?\s+)?|,?\s+(?:and|plus|&)\s+(?:also\s+)?|\s+\+\s+|;\s+|,\s+also\s+|,\s+|[.!]\s+(?:also\s+|and\s+)?)(?=(?:who|what|when|which|where|why|how)(?:['’]?s)?\b|am\s+i\b|anything\b|any\s+(?!of\b|one\b|ones\b|other\b)[a-z]+\s+(?:updated|changed|overdue|due|closed|open|late|outstanding|added|moved|slipped)\b|any\s+(?:updates?|news|progress)\s+(?:from|on|about)\b|(?:is|are|was|were|did|does|do|has|have|can|could|should|will)\s+(?:we|i|you|they|it|he|she|the|a|an|any|anyone|anything|there|this|that|those|these|our|my|its|their|all|both|each|every|lpt|nhft|group|board|baf)\b|(?:my|our)\s+(?:own\s+)?(?:actions?|open|overdue|outstanding)\b|(?:is|are)\s+[\w&' -]{1,40}?\s+(?:one|any|among|part)\s+(?:of\s+)?(?:them|those|these)\b)/gi;

/** A sentence that asks: a question word, or a request, first. */
const ASKING =
  /^(who|what|whats|when|which|where|why|how|is|are|was|were|did|does|do|has|have|can|could|will|should|show|list|give|tell)\b/i;

/** What a message says before the colon that opens its questions: "three quick ones before the board: ". */
const PREAMBLE = /^[^:?]{3,80}:\s+/;

/** Fewest words each part needs to be a question of its own. */
const MIN_WORDS = 3;

export function twoAsks(text: string): {
  first: string;
  then: string;
  /** Split at a question mark: two questions as written. */ asked: boolean;
  /** The second asks of the first's kind of thing, its noun left out ("and which covers…"). */
  elided: boolean;
} | null {
  for (const m of text.matchAll(SECOND_ASK)) {
    const first = text.slice(0, m.index).trim();
    const then = text.slice(m.index + m[0].length).trim();
    const words = (s: string) => s.split(/\s+/).filter((w) => /\w/.test(w)).length;
    // "Is, and was, BAF 1…" and "what and who": too short to be two questions.
    // (A sentence before a question is often what it is about, not a question of its own: "I've been
    // asked to pick up the financial strategy work. When was it due?" Only one that asks.)
    // (So is one after a bare comma: "how many actions in the plan in total, how many r ftsu", but
    // not "the lpt finance risk, what's it at now".)
    const sentence = /^[.!,]$|^[.!]/.test(m[0].trim());
    if (sentence && !ASKING.test(first.replace(PREAMBLE, ''))) continue;
    if (words(first) >= MIN_WORDS && words(then) >= MIN_WORDS) {
      const said = withNounOfTheFirst(first, then);
      return {
        first: first.endsWith('?') ? first : `${first}?`,
        then: said,
        asked: m[0].trimStart().startsWith('?'),
        elided: said !== then,
      };
    }
  }
  return null;
}

/**
 * "Which risk covers cyber? And which covers electronic records?": the second asks of the same kind
 * of thing, its noun left out ("which [risk] covers"); said again, so it is read as asked.
 */
function withNounOfTheFirst(first: string, then: string): string {
  const asked = /^(which|what)\s+([a-z]+)\s+([a-z]+)\b/i.exec(first.trim());
  const elided = /^((?:and\s+|also\s+)?)(which|what)\s+([a-z]+)\b/i.exec(then.trim());
  if (!asked || !elided) return then;
  const [, , noun, verb] = asked;
  if (elided[2]!.toLowerCase() !== asked[1]!.toLowerCase()) return then;
  if (elided[3]!.toLowerCase() !== verb!.toLowerCase()) return then;
  const rest = then.trim().slice(elided[0].length);
  return `${elided[1]}${elided[2]} ${noun} ${elided[3]}${rest}`;
}

/** Each part asks how many: "how many in the plan in total, how many are FTSU?" */
export function countedTwice(asks: { first: string; then: string }): boolean {
  const counts = /\bhow many\b/i;
  return counts.test(asks.first) && counts.test(asks.then);
}

/** Questions that are no question of their own: a greeting, a request to say more, nothing read. */
export const NOT_AN_ASK: ReadonlySet<string> = new Set([
  'unknown',
  'clarify',
  'greeting',
  'help',
  'about',
  'secretary',
]);

/** Readings that say where the papers mention something, or what they print wrongly: no answer. */
const WEAK_READINGS = new Set(['topic', 'data-quality']);

/** Readings that find their records by the question's words, which two questions' words mislead. */
const FOUND_BY_WORDS = new Set([
  ...WEAK_READINGS,
  'actions.about',
  'committee.report',
  // (Its item found by the words: "who is Paul Sheldon and what is he down to present" as an item.)
  'minutes.presenter',
]);

/** Readings a message gets from what it names alone, whatever is asked of them. */
const READ_TOGETHER_ONLY_BY_NAMES = new Set(['risk.compare', 'topic']);

/** Words enough to search for on their own: two or more besides the asking ones. */
const searchable = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter(
      (w) =>
        w.length > 2 &&
        !/^(what|who|when|where|which|why|how|has|have|did|does|the|and|was|were|are|about|given|anything|else|other|more|there|any|that|this|got|get)$/.test(
          w,
        ),
    ).length >= 2;

/** A part that leans on what the message asked before it ("the rest", "them", "it"). */
const LEANS_ON_THE_FIRST = /\b(the rest|the others|them|those|these|they|it|its|that|this)\b/i;

/** Search words that name no work of their own: "that piece of work", "it". */
const NO_WORK_NAMED =
  /^(((piece|bit|part|strand|area) )?(of )?(work|it|that|this|them|those|one))?$/;

/** Kinds of record a part names of its own (minutes, a paper, a strategy, a workplan), not "when". */
const NAMED_RECORDS = new Set(['minutes', 'paper', 'strategy', 'workplan']);

/** A reading that names something (a date, a body, an item), not only a kind ("are they minuted?"). */
const namesSomething = (q: Question) =>
  Object.entries(q).some(
    ([k, v]) =>
      k !== 'intent' &&
      v !== null &&
      v !== undefined &&
      v !== '' &&
      !(Array.isArray(v) && !v.length),
  );

/** The kind of record a reading is of: "minutes" of "minutes.about", "risk" of "risk.owner". */
const familyOf = (q: Question) => q.intent.split('.')[0] ?? q.intent;

/** Two readings the same, field for field. */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The whole read as its first part, with words of the second taken in ("estates at and committee"
 * for "estates"): the second part was lost, not read with the first.
 */
function readAsOnly(whole: Question, part: Question): boolean {
  if (whole.intent !== part.intent) return false;
  const w = whole as Record<string, unknown>;
  const p = part as Record<string, unknown>;
  return [...new Set([...Object.keys(w), ...Object.keys(p)])].every(
    (k) =>
      same(w[k], p[k]) ||
      // The part left it open ("what's the initial score? the numbers look off": no register).
      p[k] === null ||
      (typeof w[k] === 'string' && typeof p[k] === 'string' && w[k].includes(p[k])),
  );
}

/**
 * The first reading holds all the second asks, and more ("what's the latest due date in the plan and
 * how many actions share it?": the plan's list with its latest date said, then the plan's list).
 */
function covers(first: Question, then: Question): boolean {
  // (Who presented an item is said with what the minutes resolved on it: "…and what was agreed?".)
  if (first.intent === 'minutes.presenter' && then.intent === 'minutes.about')
    return first.item === then.item && first.date === then.date && first.body === then.body;
  if (first.intent !== then.intent) return false;
  const f = first as Record<string, unknown>;
  return Object.entries(then as Record<string, unknown>).every(([k, v]) => same(f[k], v));
}

/**
 * Asks of a risk, which a reading of actions loses ("the score" of "…risk - where's the score and have
 * I still got anything open on it?"). Not the other way round: a risk's reading holds its actions.
 */
const RECORD_ASK = /^risk\./;

/** The whole read as one part's kind, not that part, and the other part, of a record, lost. */
function lostRecord(whole: Question, kept: Question, lost: Question): boolean {
  return (
    whole.intent === kept.intent &&
    kept.intent !== lost.intent &&
    RECORD_ASK.test(lost.intent) &&
    !covers(whole, lost)
  );
}

/**
 * The second part as asked, or the whole where the second, read with the first as its subject, lost
 * the record the whole found: "partnerships ambition - how are we doing and what's the risk on the
 * group baf for it" is the ambition, then GROUP BAF 2 (not every risk on the register).
 */
export function sharperSecond(whole: Question, first: Question, then: Question): Question {
  return misreadOfOne(whole, then, first) &&
    whole.intent === 'risk.detail' &&
    then.intent === 'risk.list' &&
    then.filter.kind === 'all'
    ? whole
    : then;
}

/** The whole read as another question of one part's record, not as that part, the other part lost. */
function misreadOfOne(whole: Question, part: Question, lost: Question): boolean {
  return (
    RECORD_ASK.test(whole.intent) &&
    familyOf(whole) === familyOf(part) &&
    whole.intent !== part.intent &&
    familyOf(lost) !== familyOf(whole) &&
    namesSomething(lost) &&
    !covers(whole, part)
  );
}

/**
 * Two lists of actions by different statuses ("overdue", and "not due yet"), ambitions at two levels
 * ("which had 75% confidence, and which one was only 80% on progress"), or two things of one paper.
 */
function askedTwoWays(a: Question, b: Question): boolean {
  // (Or one paper asked two things: "which providers are in the alliance and when's it next due?")
  if (a.intent === 'paper' && b.intent === 'paper')
    return a.paperId === b.paperId && a.want !== b.want;
  if (a.intent === 'strategy.progress' && b.intent === 'strategy.progress')
    return (
      (!!a.equals || !!a.below) &&
      (!!b.equals || !!b.below) &&
      !same([a.equals, a.below], [b.equals, b.below])
    );
  // (Or over two spans: "how many went to SEB for closure, and how many in November?")
  return (
    a.intent === 'actions.list' &&
    b.intent === 'actions.list' &&
    (a.filter.status !== b.filter.status ||
      (same(a.scope, b.scope) && !same(a.filter.period ?? null, b.filter.period ?? null)))
  );
}

/** The fields of a reading that say when: a second part's month can change the first's. */
const WHEN_FIELDS = ['date', 'period'];

/**
 * The whole read as the first part's kind, but on another date, which the second part does not
 * explain: the second's words ("to january") moved the first's meeting to another year.
 */
function misreadFirst(whole: Question, first: Question, then: Question): boolean {
  if (whole.intent !== first.intent || then.intent === first.intent) return false;
  const w = whole as Record<string, unknown>;
  const f = first as Record<string, unknown>;
  const t = then as Record<string, unknown>;
  const changed = Object.keys(f).filter((k) => !same(w[k], f[k]));
  return changed.length > 0 && changed.every((k) => WHEN_FIELDS.includes(k) && !same(w[k], t[k]));
}

/**
 * The second part as the whole message's question, when it asks the first further ("Is there anything
 * in the well-led plan where I'm the task lead? If so who owns it overall and when was it due?": the
 * asker's actions there, with their leads) and the whole, read at once, lost the first (every
 * action of the plan).
 */
export function readAsSecond(whole: Question, first: Question, then: Question): Question | null {
  // What a paper says of something, then more of the same ("…about the Mental Health Bill? When did
  // it get Royal Assent?"): the second, whose words hold the first's, where the whole was read
  // otherwise.
  if (
    first.intent === 'paper' &&
    then.intent === 'paper' &&
    first.paperId === then.paperId &&
    first.want === 'say' &&
    then.want === 'say' &&
    !!first.words &&
    then.words.startsWith(first.words) &&
    !holds(whole, then)
  )
    return then;
  if (NOT_AN_ASK.has(first.intent) || !covers(then, first) || holds(whole, first)) return null;
  // The second asks the first again of one risk ("LPT BAF 4 score and has it moved since April?": its
  // card says both): that, where the whole was read as something else (work found by both halves'
  // words, a list of risks).
  if (same(first, then))
    return RECORD_ASK.test(first.intent) && whole.intent !== first.intent ? then : null;
  return then;
}

/**
 * The whole reading keeps everything the part asked (its words may be among more). Loosely, also more
 * of the same ("score and who's carrying the actions": the risk's scores and its actions, where the
 * part asked its scores), or without the words the part searched for ("about": "culture").
 */
function holds(whole: Question, part: Question, loosely = false): boolean {
  if (whole.intent !== part.intent) return false;
  const w = whole as Record<string, unknown>;
  return Object.entries(part as Record<string, unknown>).every(([k, v]) => {
    const kept = w[k];
    return (
      v === null ||
      v === undefined ||
      same(kept, v) ||
      (typeof kept === 'string' && typeof v === 'string' && kept.includes(v)) ||
      (loosely &&
        ((typeof v === 'string' && (kept === null || kept === undefined)) ||
          (Array.isArray(v) &&
            Array.isArray(kept) &&
            v.every((x) => kept.some((y) => same(x, y))))))
    );
  });
}

/** The whole's search words hold both parts' words, which differ: two asks read as one. */
function mixedWords(whole: Question, first: Question, then: Question, thenText = ''): boolean {
  const words = (q: Question) => ('words' in q && typeof q.words === 'string' ? q.words : null);
  const [w, f, t] = [words(whole), words(first), words(then)];
  return (
    // (Or a paper's figures asked two ways: "what savings this year and full year effect, and whats
    // the additional recurrent estimate"; not "…and when did SEB see them?", asked of the same.)
    (FOUND_BY_WORDS.has(whole.intent) ||
      (whole.intent === 'paper' && !LEANS_ON_THE_FIRST.test(thenText))) &&
    !!w &&
    !!f &&
    !!t &&
    f !== t &&
    w.includes(f) &&
    w.includes(t)
  );
}

/**
 * Whether a message split in two is answered as two questions: the first part reads as a question of
 * its own, so does the second (read with the first as its subject), the two differ, and the whole read
 * as one of them (the other part was lost), as nothing, or as something else. A rule that reads the
 * two together ("which are overdue and who owns them": one list with its leads) keeps the whole.
 */
/** An agenda, then how much of an agenda is private, read whole as that agenda with its privacy said. */
function privacyOfTheSameAgenda(whole: Question, first: Question, then: Question): boolean {
  return (
    whole.intent === 'meeting.agenda' &&
    first.intent === 'meeting.agenda' &&
    then.intent === 'meeting.agenda' &&
    !!whole.privacyAsked &&
    !!then.privacyAsked &&
    same(whole.which, first.which)
  );
}

/**
 * "Which risk covers cyber? And which covers electronic records?" (the second part's noun left out):
 * each part a risk found by its own topic, the whole one risk found by both topics' words run
 * together. (Not a second part that goes on about the first's subject: "…what assurance does the
 * board get that speaking up works?" after the culture risk's freedom to speak up.)
 */
export function topicsRunTogether(whole: Question, first: Question, then: Question): boolean {
  const topicOf = (q: Question) =>
    'risk' in q && q.risk && q.risk.by === 'topic' && q.intent === whole.intent
      ? q.risk.text
      : null;
  const [all, one, two] = [topicOf(whole), topicOf(first), topicOf(then)];
  if (!all || !one || !two || one === two) return false;
  const words = new Set(all.split(' '));
  return [...one.split(' '), ...two.split(' ')].every((w) => words.has(w));
}

export function answeredApart(
  whole: Question,
  first: Question,
  then: Question,
  thenText = '',
): boolean {
  // "When was it last updated and where have the INTs got to?": nothing read of the whole, though the
  // first part is a question of its own; the second is searched for.
  // (Or the whole read as the first part alone, the second lost: "…and where have the INTs got to?".)
  if (
    then.intent === 'unknown' &&
    !NOT_AN_ASK.has(first.intent) &&
    (whole.intent === 'unknown' ||
      ((same(whole, first) ||
        // (Or the whole read only as a search or a check of the papers, the first part as more: "on
        // the EMA one, who answered the veterans q and which trust leads op courage" as whose paper
        // the EMA's is.)
        (WEAK_READINGS.has(whole.intent) && !WEAK_READINGS.has(first.intent))) &&
        searchable(then.text)))
  )
    return true;
  if (
    NOT_AN_ASK.has(first.intent) ||
    NOT_AN_ASK.has(then.intent) ||
    same(first, then) ||
    covers(first, then) ||
    // "…which area has the biggest opportunity and how much is it worth": the first again, a word
    // more; its answer says it.
    readAsOnly(then, first) ||
    // "What's on the January agenda, and which items are private?": the whole agenda says both.
    privacyOfTheSameAgenda(whole, first, then) ||
    // "…, and who is leading that piece of work?": the work the first part found, not work found by
    // the word "work".
    (then.intent === 'actions.about' && NO_WORK_NAMED.test(then.words.trim()))
  )
    return false;
  return (
    // The second part lost; a second part read, with the first as its subject, as the whole was is
    // in the whole ("which are overdue and who owns them": the overdue list with its leads).
    (readAsOnly(whole, first) && !readAsOnly(whole, then)) ||
    // The first part lost: "my overdue actions and what's on the next agenda" read as the agenda.
    (readAsOnly(whole, then) && then.intent !== first.intent) ||
    // A list asked two ways: "which are overdue, and is there anything not due yet?", "what's still
    // open for me on Group BAF 2, and which of my actions got closed off in November?".
    askedTwoWays(first, then) ||
    NOT_AN_ASK.has(whole.intent) ||
    // "Partnerships risk - where's the score and have I still got anything open on it?": a risk and
    // actions, the whole read as one kind only (my actions about "partnerships score").
    lostRecord(whole, first, then) ||
    lostRecord(whole, then, first) ||
    // "…who leads the CEO report item, also what's BAF 1 score": the whole read as something else of
    // one part's record (who owns BAF 1), the other part, of another kind (the paper), lost.
    misreadOfOne(whole, then, first) ||
    misreadOfOne(whole, first, then) ||
    // "Who took the minutes at the september board, and were any actions carried over to january?":
    // the first part read again with the second's words in it (January's year on September).
    misreadFirst(whole, first, then) ||
    // "What is BAF 1 scored at, and who owns BAF 5?": two kinds of question, read together only as
    // what names the most (two risks, compared; a topic searched).
    (first.intent !== then.intent && READ_TOGETHER_ONLY_BY_NAMES.has(whole.intent)) ||
    // "How many came to the THRIVE conference, and what were the conferences in the September minutes
    // going to focus on?": the whole read as the first part's kind only, the second of another kind
    // of record (the minutes) lost.
    // (Not a second part leaning on the first: "…and when did SEB see the rest".)
    (whole.intent === first.intent &&
      NAMED_RECORDS.has(familyOf(then)) &&
      namesSomething(then) &&
      familyOf(then) !== familyOf(first) &&
      !holds(whole, then) &&
      !LEANS_ON_THE_FIRST.test(thenText)) ||
    // "Which actions got closed at the sept meeting + which meeting's minutes were signed off": the
    // whole read as the first part's kind, but not as the first part asked (the second's "signed off"
    // made it a tally of sign-offs), and the second, of another kind of record, lost.
    (whole.intent === first.intent &&
      familyOf(then) !== familyOf(first) &&
      !holds(whole, first, true) &&
      !holds(whole, then) &&
      !LEANS_ON_THE_FIRST.test(thenText)) ||
    // "When is the improvement section due? also who's the task lead on ringfencing": two asks of
    // work found by words, the whole read as one ask of both halves' words together.
    mixedWords(whole, first, then, thenText) ||
    // "BAF 08 - when did the first round table happen and who leads those actions?": the whole read
    // as a third kind of question, found by words that took in both halves (who leads the actions
    // about "round table happen"), neither part.
    (FOUND_BY_WORDS.has(whole.intent) &&
      whole.intent !== first.intent &&
      whole.intent !== then.intent &&
      first.intent !== then.intent) ||
    // "Is the university status work on the Group BAF? And where else does it come up in the January
    // pack?": two searches (the registers, then the papers), the whole read as something else.
    (first.intent === 'topic' &&
      then.intent === 'topic' &&
      !!(first.risksOnly || then.pack) &&
      whole.intent !== 'topic' &&
      !same(first, then)) ||
    // "What did the board resolve on the BAF in sept, and who suggested widening the BAF 1
    // description?": two questions of the minutes, the whole read as a third kind (BAF 1's card)
    // that neither asks.
    (whole.intent !== first.intent &&
      whole.intent !== then.intent &&
      first.intent !== then.intent &&
      familyOf(first) === familyOf(then) &&
      familyOf(whole) !== familyOf(first)) ||
    // "Who is the workplan's lead for the performance report, and who for the BAF?": one question of
    // two things, the whole read as another kind by a name in it (the BAF's paper).
    (SAME_OF_ANOTHER.test(thenText.trim()) &&
      first.intent === then.intent &&
      whole.intent !== first.intent)
  );
}
