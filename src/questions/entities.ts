import type { IsoDate } from '../domain';
import { addDays, formatDate, londonDateOf, londonToday } from '../domain/dates';
import {
  CHECK_TAG,
  CHECKING,
  ABBREVIATIONS,
  ITEM_ABBREVIATIONS,
  SHORTHAND,
  IDIOMS,
  IDIOM_WORDS,
  BAND_CUES,
  COMPARISON_WORDS,
  CUES,
  DATE_BELIEVED,
  FACET_CUES,
  GUESS_AFTER,
  GUESS_BEFORE,
  MEASURE_ABBREVIATIONS,
  MEASURE_WORDS,
  NUMBER_WORDS,
  POINTS_BACK,
  THING_POINTED_BACK,
  ROLE_PHRASES,
  SMALL_TALK,
  STOP_WORDS,
  UNITS,
} from './lexicon';
import { findPeriod, MONTH_NAMES, MONTH_WORD, type FoundPeriod } from './periods';
import type { ActionTarget, RiskFacet, RiskReference } from './question';
import type { PassageIndex, SearchDoc } from './search';
import {
  contentWords,
  escapeRegExp,
  hasPhrase,
  isEnglish,
  isOrdinaryWord,
  normalise,
  COMMON_WORDS,
  removePhrase,
  SpellCorrector,
  stem,
  stemsOf,
} from './text';
import { withoutFraming } from './framing';
import { asTyped } from './spoken';
import { meetingDaysOf, type NamedThing, paperPresenting, type Vocabulary } from './vocabulary';

/**
 * The entity finders: a question is read once into a `Reading` — every entity it names found once
 * (register, organisations, risks, roles and people, committees, log sections, action and minute
 * references, meeting bodies and dates, periods, facets, comparatives, topic words) and every cue
 * word noted. The rules (`rules.ts`) decide what is asked from this reading alone.
 */

export interface ReadingContext {
  vocabulary: Vocabulary;
  now: Date;
  /** The register a question means when it names none (the conversation's organisation's). */
  defaultRegisterId?: string | null;
  /** The papers' passages, to find a risk by what it is about. */
  passages?: PassageIndex;
}

export type Cue = keyof typeof CUES;

/** The register a question means: the one it names, else the conversation's, else the newest. */
export function registerMeant(registerId: string | null, ctx: ReadingContext): string | null {
  return registerId ?? ctx.defaultRegisterId ?? ctx.vocabulary.defaultRegisterId;
}

/** A risk found by what it is about: the best in the register asked about, and the others close to it. */
export interface TopicRisk {
  ref: RiskReference;
  score: number;
}

export interface Reading {
  /** As typed, clipped, markup removed: for dates and references. */
  raw: string;
  /** Normalised, abbreviations expanded, typos corrected: what the cues and names are read from. */
  text: string;
  ctx: ReadingContext;
  cues: ReadonlySet<Cue>;
  smallTalk: 'thanks' | 'hello' | 'ok' | 'bye' | 'how-are-you' | null;
  /** The register named, or the one of the organisation named. */
  registerId: string | null;
  organisationIds: string[];
  /** Risks named by number or as the draft, in the order named. */
  risks: RiskReference[];
  /** Risks found by their topic words, best first (only when none is named by number). */
  topicRisks: TopicRisk[];
  /** Two risks set against each other ("estates v eprr", "is the digital risk higher than the culture one"). */
  comparedRisks: RiskReference[];
  riskActionNumber: number | null;
  actionTarget: ActionTarget | null;
  minuteReference: string | null;
  roles: { roleIds: string[]; text: string; names: string[] } | null;
  person: { id: string; text: string } | null;
  /** Someone the minutes name; `name` as printed ("Paul Sheldon"). */
  attendee: { id: string; text: string; role: string; name: string } | null;
  /** A capitalised name the papers do not know ("who is John Smith?"). */
  unknownName: string | null;
  committee: { id: string; text: string } | null;
  strategicAim: string | null;
  logSection: { logId: string; sectionId: string | null; text: string } | null;
  body: string | null;
  /** A paper named (by title, short name, or who brought it: "the chief executive"). */
  /** A paper named, or found by its sponsor or by the agenda item its cover prints ("item 15"). */
  paper: { id: string; text: string; bySponsor: boolean; byItem?: boolean } | null;
  committeeReport: { id: string; text: string } | null;
  /** The performance report named ("the IPR", "the oversight framework"). */
  performanceReport: string | null;
  /** Performance indicators or oversight domains named, best first. */
  indicators: string[];
  /** Whether an indicator was named exactly (rather than found by its words). */
  indicatorNamed: boolean;
  /** Workplan items a question about when something comes to the board names, by title, best first. */
  workplanItems: string[];
  termsOfReference: { id: string; text: string } | null;
  /** A period, read forwards (due dates) and backwards (closures, minutes). */
  period: FoundPeriod | null;
  pastPeriod: FoundPeriod | null;
  /** Whether the period names its year ("September 2025") or not ("September"). */
  yearGiven: boolean;
  facets: RiskFacet[];
  band: string | null;
  /** "top 3", "lowest two". */
  limit: number | null;
  /** "risks scoring over 15". */
  scoreAbove: number | null;
  /** A current score asked for exactly: "risks sitting at 12". */
  scoreEquals: number | null;
  /** What the question is about when it names no record: its remaining content words. */
  topic: string | null;
  /** What the question is about, names included ("group baf", "qsir"): for finding an item by its words. */
  subject: string | null;
  page: number;
  /** Starts like a follow-up ("and…", "what about…") or leans on one ("who leads that?"). */
  followUp: boolean;
  /**
   * The asker says what they remember and asks whether it is right ("…all due end of March 2026,
   * weren't they?", "…only at 80%, wasn't it?"): what they say is to be checked, not to choose by.
   */
  checking: boolean;
  /**
   * Words pasted in quotes ("'Funding for academic posts' - which risk is that?"), with the passage
   * of the papers that prints them word for word, when one does.
   */
  quote: { text: string; printedIn: SearchDoc | null } | null;
}

const correctors = new WeakMap<Vocabulary, SpellCorrector>();

/**
 * Dates are read from the words as typed ("29/01/26" survives), so a month mistyped ("sepetember"),
 * which the corrected text spells right, is spelt right there too.
 */
function monthsSpelt(typed: string, corrected: string, v: Vocabulary): string {
  const months = new Set(corrected.match(MONTH_NAMES) ?? []);
  if (![...months].some((m) => !new RegExp(`\\b${m}\\b`, 'i').test(typed))) return typed;
  const corrector = correctorFor(v);
  return typed.replace(/\b[A-Za-z]{4,}\b/g, (w) => {
    const fixed = corrector.correctWord(w.toLowerCase());
    return fixed !== w.toLowerCase() && months.has(fixed) ? fixed : w;
  });
}

/** Words of the board's vocabulary questions use, for typo correction, besides the names. */
const DOMAIN_WORDS = `risk risks score scores scored target initial inherent current appetite tolerance controls control
  gaps gap assurance assurances assured actions action overdue agenda meeting meetings minutes minute resolved resolve
  resolution resolutions decided decision ambition ambitions objective objectives progress confidence strategy
  strategic committee committees oversight overseen register heatmap highest lowest extreme moderate trend effect
  cause causes effects mitigation mitigations history changes closure closed completed proposed arising matters
  board trust group workplan outstanding deadline revised updates update help reminder reminders broadcast
  broadcasts chase chasers nudge schedule scheduled send create edit apologies attendance attended declarations
  interests presented slipped owner owns leads improved furthest compare worse better segment`;

function correctorFor(vocabulary: Vocabulary): SpellCorrector {
  let c = correctors.get(vocabulary);
  if (!c) {
    // Words the papers use are never "corrected" into others ("rate" is not "late").
    c = new SpellCorrector(
      [...vocabulary.lexicon, ...DOMAIN_WORDS.split(/\s+/)],
      new Set([...COMMON_WORDS, ...vocabulary.corpus]),
      // (English words only: a name in the papers is not what a slip of another word was meant as.)
      [...vocabulary.corpus].filter((w) => w.length >= 7 && isEnglish(w)),
    );
    correctors.set(vocabulary, c);
  }
  return c;
}

/** A number as typed: in figures or in words ("5", "five"). */
export const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;

export function toNumber(token: string): number {
  return NUMBER_WORDS[token] ?? Number(token);
}

interface Candidate<T> {
  thing: T;
  name: string;
  pattern: RegExp;
}

/**
 * Each list's names, longest first, with their patterns, and indexed by one word of each name: built
 * once per list (a list belongs to one vocabulary, so once per data snapshot), not per question.
 */
interface Candidates<T> {
  /** Longest first: the order names are tried in. */
  list: Candidate<T>[];
  /** Positions in `list` of the names having this word (a run of [a-z0-9]), each name under one word. */
  byWord: Map<string, number[]>;
  /** Positions of names without any such word: tried for every text. */
  always: number[];
}

const candidateLists = new WeakMap<readonly NamedThing[], Candidates<NamedThing>>();

/** Asked who brought a paper or what its cover says, not who leads the work it reports. */
const PAPER_COVER_ASKED =
  /\b(sponsor\w*|authors?|authored|wrote|written|cover sheet|assurance level|submitted)\b/;

const WORD = /[a-z0-9]+/g;

function candidatesOf<T extends NamedThing>(things: readonly T[]): Candidates<T> {
  let found = candidateLists.get(things) as Candidates<T> | undefined;
  if (!found) {
    const list = things
      .flatMap((thing) => thing.names.map((name) => ({ thing, name })))
      .filter((c) => c.name.length >= 2)
      .sort((a, b) => b.name.length - a.name.length)
      .map((c) => ({
        ...c,
        pattern: new RegExp(`(^|[^a-z0-9])${escapeRegExp(c.name)}($|[^a-z0-9])`),
      }));
    // Each name under its least common word, so a text's words fetch few names.
    const wordsOf = list.map((c) => [...new Set(c.name.match(WORD) ?? [])]);
    const counts = new Map<string, number>();
    for (const words of wordsOf) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const byWord = new Map<string, number[]>();
    const always: number[] = [];
    wordsOf.forEach((words, i) => {
      if (!words.length) return always.push(i);
      const key = words.reduce((a, b) => (counts.get(b)! < counts.get(a)! ? b : a));
      const at = byWord.get(key);
      if (at) at.push(i);
      else byWord.set(key, [i]);
    });
    found = { list, byWord, always };
    candidateLists.set(things, found);
  }
  return found;
}

/**
 * Longest vocabulary names found in the text, longest first; each span is used once. Only the names
 * with a word of the text are tried: a name matches only where each of its words (runs of [a-z0-9])
 * stands whole, and taking a name out of the text leaves only words the text had.
 */
export function findNamed<T extends NamedThing>(
  text: string,
  things: readonly T[],
): { thing: T; name: string }[] {
  const { list, byWord, always } = candidatesOf(things);
  const tried = [...always];
  for (const w of new Set(text.match(WORD))) {
    const at = byWord.get(w);
    if (at) for (const i of at) tried.push(i);
  }
  tried.sort((a, b) => a - b);
  const found: { thing: T; name: string }[] = [];
  let rest = text;
  for (const i of tried) {
    const c = list[i]!;
    // A cheap substring test first: most names are not in most questions.
    if (rest.includes(c.name) && c.pattern.test(rest)) {
      if (!found.some((f) => f.thing.id === c.thing.id))
        found.push({ thing: c.thing, name: c.name });
      rest = rest.replace(c.pattern, ' ').replace(/\s+/g, ' ').trim();
    }
  }
  return found;
}

/**
 * Short forms the papers use, added after their spelling-out when only that was typed ("together
 * against racism" is the papers' "TAR"): each abbreviation that expands to its words and itself.
 */
const SHORT_FORMS: readonly { long: string; short: string }[] = Object.entries(ABBREVIATIONS)
  .filter(([short, long]) => /^[a-z]{2,5}$/.test(short) && long.endsWith(` ${short}`))
  .map(([short, long]) => ({ short, long: long.slice(0, -short.length - 1) }));

function withShortForms(text: string): string {
  let out = text;
  for (const { short, long } of SHORT_FORMS)
    if (out.includes(long) && !hasPhrase(out, short) && hasPhrase(out, long))
      out = out.replace(long, `${long} ${short}`);
  return out;
}

/** Each table's phrases as one pattern, longest first: built once per table. */
const expansions = new WeakMap<object, RegExp>();

/**
 * Phrases replaced by what they stand for, whole words only, in one pass (longest phrase first), so
 * an expansion is never expanded again; a phrase already inside its own long form ("guardian" in
 * "freedom to speak up guardian") is left as typed.
 */
function expand(text: string, table: Readonly<Record<string, string>>): string {
  let pattern = expansions.get(table);
  if (!pattern) {
    const keys = Object.keys(table).sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<=^|\\s)(?:${keys.map(escapeRegExp).join('|')})(?=\\s|$)`, 'g');
    expansions.set(table, pattern);
  }
  const out = text.replace(pattern, (short: string, at: number) => {
    const long = table[short]!;
    const inside = long.indexOf(short);
    const already =
      inside >= 0 && at >= inside && text.slice(at - inside, at - inside + long.length) === long;
    return already ? short : long;
  });
  return out.replace(/\s+/g, ' ').trim();
}

function plainIdioms(text: string): string {
  // (Most questions hold none: one look for the words every idiom needs, before trying each.)
  if (!IDIOM_WORDS.test(text)) return text;
  return IDIOMS.reduce((t, [idiom, plain]) => t.replace(idiom, plain), text)
    .replace(/\s+/g, ' ')
    .trim();
}

function cuesOf(text: string): Set<Cue> {
  const out = new Set<Cue>();
  for (const [name, re] of Object.entries(CUES) as [Cue, RegExp][])
    if (re.test(text)) out.add(name);
  return out;
}

/** A group that is not the trust group: "which sub-group reports to F&P", "the working group". */
const OTHER_GROUP =
  /\b(sub|working|steering|delivery|task|focus|reference|peer|age|user|support|advisory|oversight|programme|project|operational|network|action|commissioning|patient|staff|interest|expert|stakeholder|improvement|assurance) groups?\b/g;

function registerOf(
  asked: string,
  v: Vocabulary,
): { registerId: string | null; organisationIds: string[] } {
  const text = asked.replace(OTHER_GROUP, ' ');
  const named = findNamed(text, v.organisations);
  // Given in the order they were asked ("is LPT worse than NHFT" answers LPT first); the register is
  // the most specific name's ("the LPT and NHFT group risk" is the group's).
  const organisationIds = named
    .map((f) => ({ id: f.thing.id, at: text.indexOf(f.name) }))
    .sort((a, b) => a.at - b.at)
    .map((f) => f.id);
  const register = findNamed(text, v.registers)[0];
  if (register) return { registerId: register.thing.id, organisationIds };
  for (const id of named.map((f) => f.thing.id)) {
    const registerId = v.organisations.find((o) => o.id === id)?.registerIds[0];
    if (registerId) return { registerId, organisationIds };
  }
  if (/\bgroup\b/.test(text)) {
    const group = v.registers.find((r) => r.prefix.startsWith('group'));
    if (group) return { registerId: group.id, organisationIds };
  }
  return { registerId: null, organisationIds };
}

/** Words that may stand before "risk 3" without making the number something else. */
const BEFORE_RISK_NUMBER =
  /(^|\b(the|a|group|lpt|strategic|principal|which|what|our|this|that|about|on|for|is|of|and|baf|show|me|see|open|read|tell|whats))\s*$/;

/** Words naming a register other than a BAF just before "risk 7": a corporate or system risk's number. */
const OTHER_REGISTERS_RISK =
  /\b(corporate|jwg|system|icb|uhl|operational|directorate|divisional|departmental|local)\s*$/;

/** A stage of scoring just before "risk 5": "initial risk 5 x 4" is a score. */
const SCORE_STAGE = /\b(initial|current|target|residual|inherent|inherant|original|revised)\s*$/;

/** Risks named by number ("BAF 3", "group risk three", "baf 3 and 4") or as the draft. */
function numberedRisks(
  text: string,
  registerId: string | null,
  known: ReadonlySet<number>,
  registerWords: ReadonlyMap<string, string>,
): RiskReference[] {
  const out: RiskReference[] = [];
  // The register word just before a risk's number ("LPT BAF 1"), or in it ("group baf 1").
  const registerWordAt = (words: string, at: number): string | null => {
    const within = /^(\S+)\s/.exec(words)?.[1] ?? '';
    const before = /(\S+)\s+$/.exec(text.slice(0, at))?.[1] ?? '';
    return [within, before].find((w) => registerWords.has(w)) ?? null;
  };
  const add = (number: number, words: string, at: number) => {
    if (number < 1 || number > 99) return;
    const word = registerWordAt(words, at);
    const same = out.filter((r) => r.number === number);
    // "LPT BAF 1 and Group BAF 1": the same number in two registers is two risks; the second is
    // named with its register word, so it is found where it stands.
    if (!same.length) out.push({ registerId, number, draft: false, text: words, by: 'number' });
    else if (word && same.every((r) => registerWordAt(r.text, text.indexOf(r.text)) !== word))
      out.push({
        registerId,
        number,
        draft: false,
        text: words.startsWith(`${word} `) ? words : `${word} ${words}`,
        by: 'number',
      });
  };
  const patterns = [
    // Not a register's year ("the LPT BAF 24/25", "BAF 2024/25").
    new RegExp(
      `\\b(?:group\\s+)?g?bafs?\\s*(?:risk\\s*)?(?:no|number|num|#)?\\s*#?\\s*0?${NUMBER}\\b(?!\\s*\\/\\s*\\d)`,
      'g',
    ),
    new RegExp(
      `\\b(?:strategic\\s+|principal\\s+|group\\s+)?risks?\\s*(?:no|number|num|#)?\\s*#?\\s*0?${NUMBER}\\b(?!\\s*\\/\\s*\\d)`,
      'g',
    ),
    new RegExp(`\\b${NUMBER}(?:st|nd|rd|th)?\\s+(?:group\\s+|strategic\\s+|baf\\s+)?risk\\b`, 'g'),
  ];
  for (const [i, pattern] of patterns.entries())
    for (const m of text.matchAll(pattern)) {
      // "When did the workforce risk first go on": an ordinal names a risk only before it ("first risk").
      if (i < 2 && /^[a-z]+(st|nd|rd|th)$/.test(m[1]!)) continue;
      // "the finance risk 20 or 12": a number no register uses, after a subject, is a score.
      if (i > 0 && !known.has(toNumber(m[1]!)) && !BEFORE_RISK_NUMBER.test(text.slice(0, m.index)))
        continue;
      // "The corporate/JWG risk 007 linked to BAF 02": a risk of another register, not this one's.
      if (i === 1 && OTHER_REGISTERS_RISK.test(text.slice(0, m.index))) continue;
      // "Initial risk 5 x 4", "current risk 12": a stage's score, not a risk's number.
      if (
        i === 1 &&
        (SCORE_STAGE.test(text.slice(0, m.index)) ||
          /^\s*(x|by)\s*\d/.test(text.slice(m.index + m[0].length)))
      )
        continue;
      add(toNumber(m[1]!), m[0], m.index);
      // "BAF 3 and 4", "baf 1 vs 2": the numbers after the first.
      // ("BAF 01, 04 and 06": zero-padded numbers follow with no joiner once the comma is gone; so
      // does any number in a list that ends with one joined: "baf 1, 4 and 6".)
      const tail = new RegExp(
        `^\\s*(?:(?:,|and|&|or|vs|versus|v|with|to|(?:(?:worse|better|higher|lower|bigger|smaller|riskier|more|less) )?than|compared (?:to|with))\\s+(?:baf\\s*|risk\\s*)?0?${NUMBER}|(?<=^\\s+)0(\\d)|(?<=^\\s+)(\\d{1,2})(?=(?:\\s+\\d{1,2})*\\s+(?:and|&|or)\\s+(?:baf\\s*|risk\\s*)?0?\\d{1,2}\\b))\\b(?!\\s*(?:st|nd|rd|th|%|days?|weeks?|months?|years?|actions?))`,
      );
      let rest = text.slice(m.index + m[0].length);
      for (let t = tail.exec(rest); t; t = tail.exec(rest)) {
        const number = toNumber(t[1] ?? t[2] ?? t[3]!);
        // ("Is group baf 2 lower than 10 now": a score, where no risk has the number.)
        if (/\bthan\b/.test(t[0]) && !known.has(number)) break;
        add(number, t[0].trim(), text.length - rest.length);
        rest = rest.slice(t[0].length);
      }
    }
  if (
    /\b(draft ((group|baf) )?(workforce )?risk|baf draft|draft baf|draft one|the draft(?! (\S+ )?(\d|(plans?|budgets?|strateg\w*|papers?|reports?|minutes|agenda|polic\w*|documents?|accounts|terms|versions?|figures|workplan|letters?|frameworks?|submissions?|responses?|statements?|programmes?|cases?|proposals?|bill)\b))|proposed (new )?risk|new workforce risk|the (new|proposed|unnumbered) ((group|workforce|baf|draft) ){0,3}(risk|one))\b/.test(
      text,
    )
  )
    out.push({ registerId, number: null, draft: true, text: 'draft workforce risk', by: 'draft' });
  return out;
}

/**
 * The register of a draft risk: the one asked about when it holds a draft, else the only register that
 * does ("LPT BAF 06 and the new group one": the draft is the Group's).
 */
function draftRegister(v: Vocabulary, registerId: string | null): string | null {
  if (!registerId || v.risks.some((x) => x.draft && x.registerId === registerId)) return registerId;
  const holding = [...new Set(v.risks.filter((x) => x.draft).map((x) => x.registerId))];
  return holding.length === 1 ? holding[0]! : registerId;
}

const riskNumbers = new WeakMap<Vocabulary, Set<number>>();

const registerWordsCache = new WeakMap<Vocabulary, Map<string, string>>();

/**
 * The words that name a register before "BAF" ("group", "lpt", "leicestershire"), each with the first
 * register one of whose names it begins: read once per vocabulary.
 */
function registerWordsOf(v: Vocabulary): Map<string, string> {
  let words = registerWordsCache.get(v);
  if (!words) {
    words = new Map();
    for (const register of v.registers)
      for (const name of register.names) {
        const word = /^([a-z]+) (baf|board assurance framework)\b/.exec(name)?.[1];
        if (word && !words.has(word)) words.set(word, register.id);
      }
    registerWordsCache.set(v, words);
  }
  return words;
}

/** The numbers risks have in any register. */
function riskNumbersOf(v: Vocabulary): Set<number> {
  let known = riskNumbers.get(v);
  if (!known) {
    known = new Set(v.risks.flatMap((r) => (r.number === null ? [] : [r.number])));
    riskNumbers.set(v, known);
  }
  return known;
}

/**
 * How strongly a risk found by a question's words must match to be its subject: a risk about the topic
 * scores 100 or more; a passing word ("high", "numbers") under 20.
 */
export const STRONG_TOPIC_MATCH = 50;

/**
 * A risk found only by a passing word of a question asking a part of a risk ("why is it scored so
 * high?": "high"), not by what the question is about ("who leads the transformation plan under it").
 */
export function passingTopicRisk(
  topicRisks: readonly TopicRisk[],
  facets: readonly RiskFacet[],
): boolean {
  return (
    topicRisks.length > 0 &&
    topicRisks[0]!.score < STRONG_TOPIC_MATCH &&
    facets.some((f) => f !== 'actions')
  );
}

/** Risks found by the words they are about, in the register asked about (or the default one). */
export function risksByTopic(
  topic: string,
  registerId: string | null,
  ctx: ReadingContext,
): TopicRisk[] {
  const { vocabulary: v } = ctx;
  const wanted = registerMeant(registerId, ctx);
  const asRisk = (
    r: { registerId: string; number: number | null; draft: boolean },
    score: number,
  ) => ({
    ref: {
      registerId: r.registerId,
      number: r.number,
      draft: r.draft,
      text: topic,
      by: 'topic' as const,
    },
    score,
  });
  // The papers' bold key words first: "the culture risk".
  const named = findNamed(topic, v.risks);
  const inWanted = named.filter((n) => n.thing.registerId === wanted);
  if (inWanted.length) return inWanted.map((n) => asRisk(n.thing, 100 + n.name.length));
  // Otherwise the risks whose own title or key words match the topic (not a passing mention): in the
  // register asked about, or (when none was named) wherever there is one.
  const searched = ctx.passages?.search(topic, { kinds: ['risk'], limit: 12 }) ?? [];
  const titled = searched.filter((h) => h.titleMatch);
  // A risk whose controls or assurances hold more of the topic's words than any title does ("how do we
  // know freedom to speak up is working": the culture risk's assurances, not the risk whose title says
  // "work"): that one first.
  const mostInTitles = Math.max(0, ...titled.map((h) => h.wordsMatched));
  // Only in place of a weak title match: with none, the topic's own passages answer better.
  const fuller =
    titled.length && mostInTitles < 2 && titled[0]!.score < STRONG_TOPIC_MATCH
      ? (ctx.passages?.search(topic, { kinds: ['risk-part'], limit: 6 }) ?? []).find(
          (h) =>
            h.wordsMatched >= 2 &&
            h.wordsMatched > mostInTitles &&
            (!registerId || h.doc.registerId === wanted),
        )
      : undefined;
  const hits =
    fuller && !titled.some((h) => h.doc.riskId === fuller.doc.riskId)
      ? [fuller, ...titled]
      : titled;
  const found = (list: typeof hits) =>
    list.flatMap((h) => {
      const risk = v.risks.find((r) => r.id === h.doc.riskId);
      return risk ? [asRisk(risk, h.score)] : [];
    });
  const best = hits[0]?.score ?? 0;
  // A passing match in the register asked about does not beat a risk that is about the topic.
  const here = found(hits.filter((h) => h.doc.registerId === wanted && h.score >= best * 0.5));
  if (here.length) return here;
  if (registerId) return found(hits.filter((h) => h.doc.registerId === wanted));
  if (named.length) return named.slice(0, 1).map((n) => asRisk(n.thing, 100 + n.name.length));
  return found(hits).slice(0, 1);
}

/** "BAF 4, the research one", "the estates risk, BAF 5": a number with what it is about beside it. */
const DESCRIBED_AFTER =
  /\bbaf\s*0?(\d{1,2})\s+(?:(?:is|was|s)\s+)?(?:the|our|its|ie the|i e the|which is the)\s+((?:[a-z]+\s+){0,3}?[a-z]+)\s+(?:one|risk)\b/;
const DESCRIBED_BEFORE =
  /\bthe\s+((?:[a-z]+\s+){0,3}?[a-z]+)\s+(?:one|risk)\s+(?:(?:group|lpt|nhft)\s+)?baf\s*0?(\d{1,2})\b/;
/** Words that say which of several, not what a risk is about ("the same one", "the top risk"). */
const NOT_A_DESCRIPTION =
  /^(same|other|first|last|top|next|new|old|draft|big|biggest|main|current|latest|highest|lowest|worst|best|red|amber|green|\w+est|that|this|right|wrong)$/;

/**
 * The risk meant when a number is named with a description of another risk of the same register
 * ("group BAF 4, the research one", when research is Group BAF 3): half-remembered numbers are common,
 * the description rarely wrong. Kept as named when the description also fits the numbered risk, or
 * fits no risk clearly.
 */
function describedRisk(
  text: string,
  risk: RiskReference,
  ctx: ReadingContext,
): RiskReference | null {
  if (risk.number === null) return null;
  const after = DESCRIBED_AFTER.exec(text);
  const before = after ? null : DESCRIBED_BEFORE.exec(text);
  const number = Number(after ? after[1] : before?.[2]);
  const words = (after ? after[2] : before?.[1])?.trim();
  if (!words || number !== risk.number || words.split(' ').every((w) => NOT_A_DESCRIPTION.test(w)))
    return null;
  const found = risksByTopic(words, risk.registerId, ctx);
  const best = found[0];
  const wanted = registerMeant(risk.registerId, ctx);
  if (
    !best ||
    best.score < 100 ||
    best.ref.number === null ||
    best.ref.registerId !== wanted ||
    best.ref.number === risk.number ||
    found.some((f) => f.ref.number === risk.number && f.score >= best.score * 0.5)
  )
    return null;
  // The risk's words become the whole span, number and description, so nothing else reads them.
  const m = (after ?? before)!;
  const at = text.indexOf(risk.text);
  const from = at >= 0 ? Math.min(at, m.index) : m.index;
  const to = Math.max(at >= 0 ? at + risk.text.length : 0, m.index + m[0].length);
  return {
    ...risk,
    registerId: wanted,
    number: best.ref.number,
    said: risk.number,
    text: text.slice(from, to),
  };
}

/**
 * The register of a risk named by number alone, when the newest register is not the one meant: it has
 * no risk of that number and one other register has ("BAF 08", when the Group BAF has five), or the
 * words around the number describe that number's risk in another register and not this one ("the
 * estates actions on BAF 04", when LPT BAF 04 is estates and Group BAF 4 is not).
 */
function placedRisk(text: string, risk: RiskReference, ctx: ReadingContext): RiskReference | null {
  const { vocabulary: v } = ctx;
  if (risk.registerId !== null || risk.number === null || risk.draft) return null;
  const wanted = registerMeant(null, ctx);
  const holding = [
    ...new Set(v.risks.filter((r) => r.number === risk.number).map((r) => r.registerId)),
  ];
  if (!holding.includes(wanted ?? ''))
    return holding.length === 1 ? { ...risk, registerId: holding[0]! } : null;
  const hits = (
    ctx.passages?.search(text.replace(risk.text, ' '), { kinds: ['risk'], limit: 12 }) ?? []
  ).filter((h) => h.titleMatch);
  const numbered = (h: (typeof hits)[number]) =>
    v.risks.find((r) => r.id === h.doc.riskId && r.number === risk.number);
  const best = hits[0];
  // One risk stands out: its own title or key words hold the words, far above the next.
  const clear = !!best && best.score >= 50 && best.score >= (hits[1]?.score ?? 0) * 2;
  const meant = clear ? numbered(best) : undefined;
  if (
    !best ||
    !meant ||
    meant.registerId === wanted ||
    hits.some((h) => h.doc.registerId === wanted && numbered(h) && h.score >= best.score * 0.5)
  )
    return null;
  return { ...risk, registerId: meant.registerId };
}

/**
 * The register a risk's own words name ("LPT BAF 7 vs group BAF 4", "the Group culture risk and the
 * old LPT BAF 07"): the word before "BAF" in one of the register's names ("lpt", "leicestershire",
 * "group"), right before or at the start of its number.
 */
function registerNamedBy(text: string, risk: RiskReference, v: Vocabulary): string | null {
  const at = text.indexOf(risk.text);
  if (at < 0 || risk.by !== 'number') return null;
  const within = /^(\S+)\s/.exec(risk.text)?.[1] ?? '';
  const before = /(\S+)\s+$/.exec(text.slice(0, at))?.[1] ?? '';
  const words = registerWordsOf(v);
  return words.get(within) ?? words.get(before) ?? null;
}

/** A minute's reference as typed: "GTB/25/15", "gtb 25/15", "gtb25/15" (the first slash left out). */
const MINUTE_REFERENCE = /\b([A-Za-z]{2,6})(?:\s*\/\s*)?(\d{2})\s*\/\s*(\d{1,3})\b/;
const MINUTE_REFERENCES = new RegExp(MINUTE_REFERENCE.source, 'gi');

function findMinuteReference(raw: string): string | null {
  const m = MINUTE_REFERENCE.exec(raw);
  return m ? `${m[1]!.toUpperCase()}/${m[2]}/${Number(m[3])}` : null;
}

/**
 * "Why is it so high?", "why isn't it coming down?", "what's driving it", "why?" of a risk: what keeps its
 * score up.
 */
export const WHY_SO_HIGH =
  /\bwhy\b.*\b(so high|high|higher|still|not (come|coming|going|gone) down|not\b.{0,60}\b(come|came|gone|gotten|got) down|(is|it|s)n?t (come|coming|going|gone) down|above|red|extreme|bad|serious|stuck|(at|scored|scoring|rated|on) \d{1,2})\b|\bwhy (isn t|isnt|is not|aren t|arent|are not|hasn t|hasnt|has not|haven t|havent|have not|won t|wont|will not|doesn t|doesnt|does not|don t|dont|do not)( [a-z0-9]+){0,5} (coming|going|moving|moved|dropping|dropped|falling|fallen|reducing|reduced|improving|improved|shifting|shifted)\b|^(but |and |so |ok )?why( (is|s) (that|it)| so)?$|\bwhat (s|is|are) (driving|behind)\b|\bwhat (s|is|are) (stopping|holding|keeping|preventing) (it|this|that|them|the score|the risk)( back)?( from)? (coming|going|moving|getting|falling|dropping|down|up|high)\b/;

/** "How do we know X is ok?": the evidence, a risk's assurances. */
export const HOW_DO_WE_KNOW =
  /\bhow (do|would|can|will|could) (we|i|you|the board) (know|tell|be sure|be assured)\b/;

/** "Why is it only 8?", "why has it come down?": what brought the score down. */
const WHY_SO_LOW =
  /\bwhy\b.*\b(only|so low|low|lower|(come|came|gone|went|go|coming|going) down|dropp\w*|fall\w*|fell|reduc\w*|improv\w*|better|decreas\w*|lowered)\b/;

function facetsOf(text: string): RiskFacet[] {
  const facets = FACET_CUES.filter(([, re]) => re.test(text)).map(([f]) => f);
  if (facets.includes('everything')) return ['everything'];
  // What keeps a score up is the register's causes and the gaps in control against them.
  if (facets.includes('context') && !facets.includes('gaps') && WHY_SO_HIGH.test(text))
    facets.push('gaps');
  // "How do we know FTSU is working, per the BAF?": a risk's assurances are how the board knows.
  if (!facets.includes('assurances') && HOW_DO_WE_KNOW.test(text) && /\b(risks?|baf)\b/.test(text))
    facets.push('assurances');
  // What brought a score down is the progress the register records against its causes.
  if (facets.includes('context') && !facets.includes('progress') && WHY_SO_LOW.test(text))
    facets.push('progress');
  return facets;
}

function findLogSection(
  text: string,
  vocabulary: Vocabulary,
): { logId: string; sectionId: string | null; text: string } | null {
  const log = findNamed(text, vocabulary.logs)[0];
  // "Which strategy actions are on me in the BAF?": a register's log, not another log's section.
  const bafOnly = !log && /\b(baf|bafs|register|risk register)\b/.test(text);
  for (const l of log ? [log.thing] : vocabulary.logs.filter((x) => !bafOnly || x.baf)) {
    const section = findNamed(text, l.sections)[0];
    if (section) return { logId: l.id, sectionId: section.thing.id, text: section.name };
  }
  return log ? { logId: log.thing.id, sectionId: null, text: log.name } : null;
}

interface SectionReference {
  log: Vocabulary['logs'][number];
  section: NamedThing;
  name: string;
  /** "ftsu 3", "ftsu action no 3", "action 3 in the ftsu plan". */
  pattern: RegExp;
}

const sectionReferences = new WeakMap<Vocabulary, SectionReference[]>();

/** Every log section's names with the pattern of an action reference: compiled once per vocabulary. */
function sectionReferencesOf(v: Vocabulary): SectionReference[] {
  let list = sectionReferences.get(v);
  if (!list) {
    list = v.logs.flatMap((log) =>
      log.sections.flatMap((section) =>
        section.names.map((name) => ({
          log,
          section,
          name,
          // ("Action 5 in the FTSU plan": the number before the section's name.)
          pattern: new RegExp(
            `\\b(?:${escapeRegExp(name)}\\s+(?:action\\s+)?(?:no\\s+|number\\s+|#\\s*)?(\\d{1,2})|action\\s+(?:no\\s+|number\\s+|#\\s*)?(\\d{1,2})\\s+(?:in|of|on|from|under)\\s+(?:the\\s+)?${escapeRegExp(name)})\\b`,
          ),
        })),
      ),
    );
    sectionReferences.set(v, list);
  }
  return list;
}

function findActionTarget(
  text: string,
  v: Vocabulary,
  cues: ReadonlySet<Cue>,
  risk: RiskReference | undefined,
): { target: ActionTarget | null; riskActionNumber: number | null } {
  if (risk) {
    const m = new RegExp(
      `${escapeRegExp(risk.text)}\\s+(?:'s\\s+)?(?:action|mitigation)\\s*(?:no|number|#)?\\s*(\\d{1,2})\\b`,
    ).exec(text);
    if (m)
      return {
        target: { kind: 'risk', risk, number: Number(m[1]) },
        riskActionNumber: Number(m[1]),
      };
  }
  for (const { log, section, name, pattern } of sectionReferencesOf(v)) {
    // A cheap substring test first: most section names are not in most questions.
    const m = text.includes(name) ? pattern.exec(text) : null;
    const number = m?.[1] ?? m?.[2];
    // "BAF 01, 04 and 06": a zero-padded number after a risk's section is another risk, not an action.
    if (!m || !number || /^0\d/.test(number)) continue;
    const logNamed = log.names.some((n) => hasPhrase(text, n));
    // "FTSU 3" on its own ("ftsu 6 pls"), or with words that only make sense of an action.
    const alone =
      text
        .replace(CUES.updateAction, ' ')
        .replace(/\b(please|pls|plz|thanks|thank you|ta|cheers)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() === m[0];
    if (
      logNamed ||
      alone ||
      cues.has('actions') ||
      cues.has('history') ||
      cues.has('updateAction') ||
      cues.has('why') ||
      cues.has('overdue') ||
      cues.has('slipped') ||
      cues.has('due') ||
      cues.has('dataQuality') ||
      // "FTSU 4 progress", "is ftsu 2 done yet": asked of the action's own state.
      cues.has('progressWord') ||
      // ("Any updates on ftsu 6?", "what did yusuf write on ftsu 6": asked of it in other words.)
      /\b(status|done|complete|completed|closed|finished|latest|updates?|updated|news|notes?|wrote|write|written|said|say|says|what|who|whose|when|where|how|any)\b/.test(
        text,
      ) ||
      // ("Open ftsu 5 pls", "show me FTSU 6", "ftsu 6 - need to move the date": it, to see or change.)
      /\b(open|show|see|view|pull up|bring up|display|look at|look up|find|check|get|give me|gimme|move|moving|change|changing|edit|shift|push|extend|date|deadline)\b/.test(
        text,
      )
    )
      return {
        target: {
          kind: 'section',
          logId: log.id,
          sectionId: section.id,
          number: Number(number),
          text: m[1] ? m[0] : `${name} ${number}`,
        },
        riskActionNumber: null,
      };
  }
  return { target: null, riskActionNumber: null };
}

/** Every role of the names found ("the CFO": each trust's). */
export function rolesIn(
  text: string,
  v: Vocabulary,
): { roleIds: string[]; text: string; names: string[] } | null {
  // A non-executive director is not an executive director: "the NEDs" names no executive role.
  const roles = findNamed(text.replace(/\bnon executive\b/g, 'nonexecutive'), v.roles);
  if (!roles.length) return null;
  const wanted = new Set(roles.map((x) => x.name));
  const ids = v.roles.filter((role) => role.names.some((n) => wanted.has(n))).map((r) => r.id);
  const names = [...wanted];
  return { roleIds: [...new Set(ids)], text: names.join(', '), names };
}

/** Risks asked for as such: "any of the group risks", "which BAF risks". */
const RISKS_ASKED = /\b(risks|baf risk|bafs)\b|\bany (of the )?([a-z]+ )?risks?\b/;

/** A name typed with capitals that is not a known word: "who is John Smith?" */
function capitalisedName(raw: string, v: Vocabulary): string | null {
  const m =
    /\b(?:who(?:'s| is| was)|about|is|(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame)\.?)\s+((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){1,2})\b/i.exec(
      raw,
    );
  if (!m || !/^[A-Z]/.test(m[1]!)) return titledName(raw, v);
  // Capitalised words only, and no acronyms ("Is Anita Pisani LPT or NHFT": not "Anita Pisani LPT").
  const name = m[1]!
    .split(/\s+/)
    .filter((w) => /^[A-Z][a-z'’]/.test(w))
    .join(' ');
  // ("…about St Andrew's and CAMHS beds?": a place, a saint's name, not a person's.)
  if (!name.includes(' ') || /^(st|saint)\b/i.test(name)) return null;
  const n = normalise(name);
  if (v.lexicon.has(n.split(' ')[0]!) && v.lexicon.has(n.split(' ').at(-1)!)) return null;
  // ("What does the EMA paper say about Op Courage?": a thing the papers print, not a person.)
  // (The corpus keeps words of three letters or more: "op" is not among them.)
  const printed = n.split(' ').filter((w) => w.length >= 3);
  if (/^about$/i.test(m[0].split(/\s+/)[0]!) && printed.every((w) => v.corpus.has(w))) return null;
  return name;
}

/**
 * A person found by one part of their name ("Sarah"), unless the question names someone else with it:
 * "Dr Sarah Bennett" is not Sarah Willis. The word beside the part, capitalised and not of their name,
 * is another person's.
 */
function namedInFull<T extends NamedThing>(
  raw: string,
  found: { thing: T; name: string } | null,
  v: Vocabulary,
): { thing: T; name: string } | null {
  if (!found || found.name.includes(' ')) return found;
  const own = new Set(found.thing.names.flatMap((n) => normalise(n).split(' ')));
  const words = raw.split(/[^A-Za-z'’-]+/).filter(Boolean);
  // ("The agency price cap work": a surname that is an everyday word, typed in lower case, is the word.)
  if (
    isOrdinaryWord(found.name) &&
    !words.some((w) => /^[A-Z]/.test(w) && normalise(w) === found.name)
  )
    return null;
  for (let i = 0; i < words.length; i++) {
    if (!normalise(words[i]!).startsWith(found.name.replace(/s$/, ''))) continue;
    // The word after a first name, or before a surname, would be the rest of the name: another
    // person's when it is a name (capitalised, or typed in lower case) no paper uses as a word.
    const beside = [words[i - 1], words[i + 1]].filter(
      (w): w is string =>
        !!w && /^[A-Za-z][a-z]/.test(w) && !TITLES.test(w) && !own.has(normalise(w)),
    );
    // ("What has sheldon got overdue": "has" is a grammar word the dictionary lists only as "have".)
    const otherName = (w: string) =>
      !isOrdinaryWord(normalise(w)) &&
      !STOP_WORDS.has(normalise(w)) &&
      (/^[A-Z]/.test(w) || !v.lexicon.has(normalise(w)));
    if (beside.some(otherName)) return null;
  }
  return found;
}

const TITLES = /^(Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)$/i;

/**
 * "Simon - strategy section of the well led plan, how many are mine?": a first name the message opens
 * with, set apart, before a question in the first person, is the asker saying who they are.
 */
function selfIntroduced(raw: string, name: string): boolean {
  if (name.includes(' ')) return false;
  const m = /^\s*([A-Za-z'’]+)\s*(?:here\b)?\s*(?:[-–—:,]+)\s*(.*)$/.exec(raw);
  return !!m && normalise(m[1]!) === name && /\b(i|i'm|im|i’m|me|my|mine|myself)\b/i.test(m[2]!);
}

/** A name after a title, however typed: "dr sarah jenkins" is Sarah Jenkins. */
function titledName(raw: string, v: Vocabulary): string | null {
  const m =
    /\b(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame)\.?\s+([a-z'’-]{2,})\s+([a-z'’-]{2,})\b/i.exec(
      raw,
    );
  if (!m) return null;
  const surname = normalise(m[2]!);
  if (isOrdinaryWord(surname) || v.lexicon.has(surname)) return null;
  return [m[1]!, m[2]!].map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join(' ');
}

/** A month named anywhere in a period's words ("jan", "29 may"). */
const MONTH_NAMED = new RegExp(`\\b${MONTH_WORD}\\b`, 'i');

/** A meeting body's meetings or minutes in a month: the one asked about (year or not). */
function datedRecord(
  records: readonly { body: string; date: IsoDate }[],
  body: string | null,
  period: FoundPeriod | null,
  yearGiven: boolean,
  nearby: boolean,
  today: IsoDate,
): IsoDate | null {
  if (!period?.period.from) return null;
  const from = period.period.from;
  const to = period.period.to ?? from;
  const mine = records.filter((r) => !body || r.body === body);
  // A month or day named bare ("jan", "29 may"); "next September" and "this month" say their year.
  // (A day, or a whole month: "the week of 5 Jan" is no January meeting on another day.)
  const wholeMonth = from.endsWith('-01') && addDays(to, 1).endsWith('-01');
  const yearless = !yearGiven && from.slice(0, 7) === to.slice(0, 7) && (from === to || wholeMonth);
  const monthNamed =
    yearless &&
    MONTH_NAMED.test(period.text) &&
    !/\b(next|last|this|coming|previous|past)\b/i.test(period.text);
  const inside = mine.filter((r) => r.date >= from && r.date <= to);
  if (inside.length && !monthNamed) return inside[0]!.date;
  if (yearless) {
    // "the September board", "the 29/05 board": the September (or 29 May) on record, whatever year
    // the calendar would have guessed. A month named ("the jan board") is the one nearest today, so
    // in December it is next month's when one is set, and last January's when none is; a day
    // written in figures is the most recent.
    const day = from === to ? from.slice(5) : null;
    const month = from.slice(5, 7);
    const away = (d: IsoDate) => (monthNamed ? Math.abs(Date.parse(d) - Date.parse(today)) : 0);
    const same = mine
      .filter((r) => (day ? r.date.slice(5) === day : r.date.slice(5, 7) === month))
      .sort((a, b) => away(a.date) - away(b.date) || b.date.localeCompare(a.date));
    if (same[0]) return same[0].date;
    // "The October board's minutes" when it met in September: a month misremembered by one is the
    // meeting meant (its minutes say their date). Only for minutes, which are all in the past.
    if (nearby) {
      const off = (r: { date: IsoDate }) => {
        const d = Math.abs(Number(r.date.slice(5, 7)) - Number(month));
        return Math.min(d, 12 - d);
      };
      const near = mine.filter((r) => off(r) === 1).sort((a, b) => b.date.localeCompare(a.date));
      if (near[0]) return near[0].date;
    }
  }
  return null;
}

/**
 * Words that set two things against each other ("flagged against", "logged against" attach a thing,
 * not set it against another).
 */
const COMPARING =
  /\b(v|vs|versus|(?<!\b(?:flagged|recorded|logged|listed|held|raised|noted|assessed|measured|reported|tracked|mapped|linked|aligned|progress|delivery|performance|registered|entered) )against|than|compared (to|with)|compare|worse|worst|higher|bigger|greater|lower|better|riskier|more serious|scored higher|(the )?same (thing |risk |one )?as|similar to|different (from|to)|differ from|overlaps? with|equivalent (of|to))\b/;
const RISK_WORD = /\b(risks?|baf|bafs|register)\b/;
/** "More than 52 weeks", "higher than 90%": a quantity, not one thing set against another. */
const A_QUANTITY =
  /\b(more|less|fewer|higher|lower|greater|bigger|better|worse) than (a |an )?(\d[\d,.]*%?|one|two|three|four|five|six|ten|twelve|a (year|month|week|day|quarter)|(half|twice|double))\b/g;
/** Two risks named by topic, joined: "the research risk and the workforce risk". */
const TWO_TOPIC_RISKS =
  /\b[a-z]+ risk (?:and|&|plus|as well as|alongside) (?:the |our |that )?[a-z]+(?: [a-z]+){0,2} risk\b/;

const JOINING =
  /\s(?:v|vs|versus|against|than|compared to|compared with|(?:the )?same (?:thing |risk |one )?as|similar to|different (?:from|to)|differ from|overlaps? with|equivalent (?:of|to)|or|and|with)\s/;

/**
 * Two risks set against each other, one on each side of the word joining them: each side names its
 * risk by number or by what it is about. Both must be found, and be different, or none is.
 */
function risksCompared(
  text: string,
  spans: readonly string[],
  registerId: string | null,
  numbered: readonly RiskReference[],
  ctx: ReadingContext,
): RiskReference[] {
  const join = JOINING.exec(text);
  if (!join) return [];
  const sides = [text.slice(0, join.index), text.slice(join.index + join[0].length)];
  const found = sides.map((side) => {
    const byNumber = numbered.find((r) => side.includes(r.text));
    if (byNumber) return { ref: byNumber, score: 1000 };
    const words = topicOf(side, spans);
    // "The new group culture risk … the old LPT BAF 07": a side naming its own register is found there.
    const own = registerOf(side, ctx.vocabulary).registerId ?? registerId;
    return words ? (risksByTopic(words, own, ctx)[0] ?? null) : null;
  });
  const [a, b] = found;
  if (!a || !b) return [];
  const same = a.ref.registerId === b.ref.registerId && a.ref.number === b.ref.number;
  // Without the word "risk", each side must name a risk by its own key words ("estates", "culture").
  const named = (t: TopicRisk) => t.score >= 100;
  if (same || (!RISK_WORD.test(text) && !(named(a) && named(b)))) return [];
  return [a.ref, b.ref];
}

const GREETING_FIRST =
  /^((hi|hello|hey|hiya|morning|afternoon|evening|good (morning|afternoon|evening))( there| all| everyone| board clerk| clerk)?|[a-z]+ here)\s+(?=\S)/;
const THANKS_LAST = /\s+(thanks|thank you|thankyou|cheers|ta|thx)( very much| so much)?$/;

/** A question with a greeting before it or thanks after it, without them. */
function withoutGreeting(text: string): string {
  const rest = text.replace(GREETING_FIRST, '').replace(THANKS_LAST, '');
  return rest || text;
}

/**
 * "Am I right that the workplan was approved in September?", "is it true that…", "just to confirm…":
 * a belief put to be checked. What is read is the belief (the question it checks); the words of
 * asking go, and the question is read as a check.
 */
const CHECK_PREFACE =
  /^(?:(?:so|ok|okay|quick check|just checking|sanity check)\s+)?(?:am i right (?:in thinking |to think |about |that )?(?:that )?|(?:is it|is that) (?:right|true|correct|the case) that |(?:can|could) you (?:just )?confirm (?:that |whether |if )?|just to confirm (?:that )?|to confirm (?:that )?|(?:i m|i am) right (?:in thinking )?(?:that )?|correct me if (?:i m|i am) wrong (?:but )?)(?=\S)/;

/** A question asked with a wh-word ("and which weren't there?"): it ends in no tag. */
const WH_ASKED =
  /^(?:(?:and|so|but|ok|okay)\s+)?(?:which|what|who|whom|whose|when|where|why|how)\b/;

function withoutCheckPreface(text: string): string {
  const rest = text.replace(CHECK_PREFACE, '');
  return rest.split(' ').length >= 2 ? rest : text;
}

/** Cues whose words can also be what a question is about ("savings", "segment"). */
const TOPIC_CUES: ReadonlySet<Cue> = new Set(['figure', 'segment', 'alert', 'people', 'topicAsk']);

/** A cue's pattern to find anywhere in a question (one anchored at its start or end, at a word). */
const anywhere = (re: RegExp) =>
  new RegExp(re.source.replace(/^\^/, '\\b').replace(/\$$/, '\\b'), 'g');

/**
 * The text with every match of any of the patterns blanked, leftmost first (the first pattern where two
 * start at one place), as one alternation of them all would. One alternation of seventy cues cost
 * 1.6 ms on a forty-word question (V8 runs a pattern that size slowly); the patterns one by one, 0.1.
 */
function blanked(text: string, patterns: readonly RegExp[]): string {
  let out = '';
  let at = 0;
  for (;;) {
    let start = -1;
    let end = -1;
    for (const re of patterns) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m && (start < 0 || m.index < start)) [start, end] = [m.index, m.index + m[0].length];
    }
    if (start < 0) return out + text.slice(at);
    // (An empty match blanks nothing; the search goes on from the next character.)
    out += end > start ? `${text.slice(at, start)} ` : text.slice(at, start + 1);
    at = end > start ? end : start + 1;
    if (at > text.length) return out;
  }
}

/** Words that say what a question asks rather than what it is about. */
const CUE_WORDS = (Object.entries(CUES) as [Cue, RegExp][])
  .filter(([name]) => !TOPIC_CUES.has(name))
  .map(([, re]) => anywhere(re));

const FACET_WORDS = FACET_CUES.map(([, re]) => new RegExp(re.source, 'g'));

/** A month named, in full or short: when, which the period read says, never what about. */

/** The words left when names, cue words and stop words are taken out: what the question is about. */
function topicOf(text: string, spans: readonly string[]): string | null {
  let rest = ` ${text} `;
  for (const s of spans) if (s) rest = ` ${removePhrase(rest, s)} `;
  // ("…heard it mentioned": how the asker came to it, not what it is about.)
  rest = rest.replace(
    /\b(i (ve |have )?)?heard (it|this|that|about it)( (mentioned|talked about|discussed|raised))?\b/g,
    ' ',
  );
  // ("The private board", "the public meeting": which part of a meeting, read as such, not a subject.)
  rest = rest.replace(/\b(public|private) (board|meeting|session|part|agenda)\b/g, ' $2 ');
  // "The group's strategic risks": the register's risks, not a risk about strategy.
  rest = rest.replace(/\b(strategic|principal) risks\b/g, ' ');
  // ("List the five group BAF risks": how many, not what about.)
  rest = rest.replace(
    /\b(the|all|our)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=(\s+[a-z]+){0,2}\s+(risks|actions|ambitions|items|papers)\b)/g,
    ' $1 ',
  );
  // ("How many risks on the group baf in total": how many, not what about; a figure's "in total",
  // "88 programmes and projects in total", is the papers' own words.)
  if (/\bhow many (risks?|actions?|bafs?)\b/.test(rest))
    rest = rest.replace(/\b(in total|all told|altogether|in all)\b/g, ' ');
  // ("Anything of mine falling due before March": due, not about falling.)
  rest = rest.replace(/\b(falling|falls?|fell|coming|comes?|came) due\b/g, ' due ');
  // ("Which of my actions runs the longest": due last, not about running.)
  rest = rest.replace(
    /\b(runs?|running|goes|go|lasts?) (on )?(the )?(longest|latest|furthest)\b/g,
    ' ',
  );
  // ("Why am I listed against a digital action?": whose name is on it, not about listing.)
  rest = rest.replace(
    /\b(listed|named|put|written|recorded) (down )?(against|on|for|as|under|beside|next to)\b/g,
    ' ',
  );
  // ("The gap on the reporting side": about reporting.)
  rest = rest.replace(/\b([a-z]+) sides?\s*$/, ' $1 ');
  // ("The control gaps": the gaps, a facet, not about control.)
  rest = rest.replace(/\bcontrol gaps?\b|\bgaps? in (the )?controls?\b/g, ' ');
  // ("What have I got to deliver?", "what am I down to do": one's work, not about delivering.)
  rest = rest.replace(
    /\b(i|we|me|you|he|she|they|sam|got|have|has|down|need|needs|supposed|meant|due|left|still) (actually |still |yet |got )?to (deliver|do|complete|finish|action|get done|sort|sort out|work on)\b/g,
    ' $1 ',
  );
  // ("Find my overdue actions", "pull up the agenda": asking for it, not about finding.)
  rest = rest.replace(/^\s*(find|fetch|pull up|pull out|bring up|dig out|grab|get me)\b/, ' ');
  // ("Closed under my name in December": when, which the period read says, not what about.)
  rest = rest.replace(MONTH_NAMES, ' ');
  rest = blanked(rest, CUE_WORDS);
  for (const re of FACET_WORDS) rest = rest.replace(re, ' ');
  // ("How do we know the controls on BAF 4 work?": whether they work is asked, not about "work".)
  // (Only as its last word: "…is working at LPT" may name a record's own words.)
  if (HOW_DO_WE_KNOW.test(text)) rest = rest.replace(/\b(work|works|working)\s*$/, ' ');
  rest = rest.replace(/\b\d+\b/g, ' ');
  const words = contentWords(rest.replace(/\s+/g, ' ').trim()).filter(
    (w) => w.length > 2 && !STOP_WORDS.has(w),
  );
  return words.length ? words.join(' ') : null;
}

/** Cues that ask (who presented, what came of it, when) rather than name what is asked about. */
const ASKING_CUES: readonly Cue[] = [
  'presenter',
  'who',
  'whoIs',
  'outcome',
  'said',
  'say',
  'minutes',
  'meeting',
  'agenda',
  'time',
  'place',
  'next',
  'last',
  'list',
  'resolve',
  'decision',
  'attendance',
];
const ASKING_WORDS = ASKING_CUES.map((c) => anywhere(CUES[c]));

/** What a question names, record names included ("group baf", "qsir"): its words less the asking ones. */
function subjectOf(text: string, spans: readonly string[]): string | null {
  let rest = ` ${text} `;
  for (const s of spans) if (s) rest = ` ${removePhrase(rest, s)} `;
  // (A second period read as none: "this year's target against what we delivered last year".)
  rest = rest.replace(RELATIVE_PERIOD, ' ');
  const words = blanked(rest, ASKING_WORDS)
    .split(/\s+/)
    .filter((w) => w.length > 2 && (!STOP_WORDS.has(w) || RECORD_WORDS.has(w)));
  return words.length ? words.join(' ') : null;
}

const RELATIVE_PERIOD = /\b(this|last|next|previous|coming) (year|month|week|quarter)\b/g;

/** Words the stop list drops that still name a record ("the group BAF", "the performance report"). */
const RECORD_WORDS = new Set(['baf', 'register', 'report', 'reports', 'paper', 'papers']);

/** Words of an indicator's name that qualify its period or unit ("in last 12 mths", "rolling quarter"). */
const QUALIFIERS = new Set(
  'last rolling quarter quarterly month monthly annual year week day hour previous since in'.split(
    ' ',
  ),
);

/** The words of an indicator's name that say what it measures ("sickness", "waiters", "urgent"). */
function measuredWords(name: string): Set<string> {
  return new Set(
    contentWords(normalise(name))
      .map((w) => UNITS[w] ?? w)
      .filter((w) => !MEASURE_WORDS.has(w) && !QUALIFIERS.has(w) && !/\d/.test(w))
      .map(stem),
  );
}

/** Words for whose figure is asked ("for both trusts", "ours"), not what is measured. */
const WHOSE_WORDS = new Set(
  [
    'trust trusts both each across organisation organisations ours lpt nhft group latest month',
    // When, not what: "sickness in dec-25".
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july',
    'august september october november december quarter year',
  ]
    .join(' ')
    .split(' '),
);

/** Words for whom a measure counts, which name no measure on their own ("staff", "patients"). */
const WHO_IS_MEASURED = new Set(['staff', 'patient', 'patients', 'people', 'person'].map(stem));

/** Words of a measure's name that make it a part of a total ("52+ Week Adult Waiters"). */
const BREAKDOWN_STEMS = new Set(
  ['adult', 'adults', 'children', 'childrens', 'child', 'cyp', 'paediatric'].map(stem),
);

/**
 * The measures that are shares: named as one ("% of Urgent Community Response patients…") or printed
 * as one ("2-hr Urgent Care Response: 86.4%").
 */
function sharesAmong<T extends { doc: { title: string; text: string } }>(hits: T[]): T[] {
  return hits.filter((h) => h.doc.title.includes('%') || /\d%/.test(h.doc.text));
}

/**
 * The measures a word names by their own short form ("DQMI", "SNOMED"), though it is one word of the
 * name; a short form in the names of several measures ("CYP") names none of them alone.
 */
function namedByShortForm(words: readonly string[], v: Vocabulary): string[] {
  return words.flatMap((w) => {
    if (!MEASURE_ABBREVIATIONS[w] || w.length < 3) return [];
    const ids = v.indicators
      .filter((i) => i.names.some((n) => ` ${n} `.includes(` ${w} `)))
      .map((i) => i.id);
    return ids.length <= 2 ? ids : [];
  });
}

/** The measures whose names hold every word of a phrase the asker put in quotes (one or two of them). */
function quotedMeasures(raw: string, v: Vocabulary): string[] {
  // (A quote opens after a space or at the start, not in "what's".)
  const found = [
    ...raw.matchAll(/(?:^|[\s(])['‘"“]([^'’"”]{3,60})['’"”](?=[\s.,;:!?)]|$)/g),
  ].flatMap((m) => {
    const wanted = [...stemsOf(m[1]!)];
    if (!wanted.length) return [];
    const ids = v.indicators
      .filter((i) =>
        i.names.some((n) => {
          const own = stemsOf(n);
          return wanted.every((w) => own.has(w));
        }),
      )
      .map((i) => i.id);
    return ids.length <= 2 ? ids : [];
  });
  return [...new Set(found)];
}

/** "Vacancy and sickness rates": two measures sharing their last word, each found on its own. */
const TWO_MEASURES =
  /\b([a-z]+) and ([a-z]+) (rates?|figures?|numbers?|levels?|data|stats|%)(?= |$)/;

/** The measures a question names: by their words, or two joined by "and", each found on its own. */
function measuresIn(text: string, topic: string | null, ctx: ReadingContext): string[] {
  const found = indicatorsIn(text, topic, ctx);
  const two = TWO_MEASURES.exec(text);
  if (!two) return found;
  const [, a, b, unit] = two;
  const each = [a, b].map((w) => indicatorsIn(`${w} ${unit}`, `${w} ${unit}`, ctx));
  return each.every((ids) => ids.length) ? [...new Set(each.flat())].slice(0, 6) : found;
}

/**
 * Performance indicators named, or found by their words ("sickness", "vacancies", "52 week waiters").
 * Found by words, an indicator must match most of what was asked and half of its own name, so one
 * common word ("planned", "times") does not make a question about "Planned Surplus / Deficit".
 */
export function indicatorsIn(text: string, topic: string | null, ctx: ReadingContext): string[] {
  const named = findNamed(text, ctx.vocabulary.indicators).map((n) => n.thing.id);
  // A measure named by its printed name keeps company with the others measuring the same thing
  // ("sickness absence rate" is an oversight score; the workforce table prints sickness as a %).
  const alike = (found: string[]) => [...new Set([...named, ...found])].slice(0, 3);
  if (!ctx.passages || !ctx.vocabulary.indicators.length) return named;
  const numbers = [...text.matchAll(/\b(\d{2,3}) (?:week|hour|day|month|year)\b/g)].map(
    (m) => m[1]!,
  );
  const typed = [...numbers, ...(topic?.split(' ') ?? [])].filter(
    (w) => !MEASURE_WORDS.has(w) && !COMPARISON_WORDS.has(w) && !WHOSE_WORDS.has(w),
  );
  // "Staff sickness": whom a measure counts is not a word its name must have, beside one that is.
  const measured = typed.filter((w) => !WHO_IS_MEASURED.has(stem(w)));
  const words = measured.length ? measured : typed;
  if (!words.length) return named;
  const byShortForm = namedByShortForm(words, ctx.vocabulary);
  if (byShortForm.length) return alike(byShortForm);
  const searched = ctx.passages.search(words.join(' '), {
    kinds: ['performance'],
    limit: 8,
    synonyms: false,
  });
  const typedStems = new Set(contentWords(text).map(stem));
  const found = searched.flatMap((h) => {
    if (!h.titleMatch) return [];
    const own = measuredWords(h.doc.title);
    const matched = new Set(h.matched.map((w) => stem(UNITS[w] ?? w)));
    // A short form of the name is matched by its words: "eating disorder" is the "ED" of "CYP ED…".
    const said = (w: string) =>
      matched.has(w) || !!MEASURE_ABBREVIATIONS[w]?.split(' ').some((x) => matched.has(stem(x)));
    const saidWords = [...own].filter(said);
    // Most of the question's words are the measure's, or (a long question in plain English: "when
    // someone at home needs an urgent community visit within two hours, how often…") most of the
    // measure's own words are the question's.
    const mostAsked = h.wordsMatched >= Math.max(1, Math.ceil((h.wordsAsked * 2) / 3));
    const mostOfItsName = h.wordsMatched >= 3 && saidWords.length * 3 >= own.size * 2;
    if (!mostAsked && !mostOfItsName) return [];
    // Half its name typed, counting words the search leaves out ("patients", "face to face" in "% of
    // patients in crisis to receive face-to-face contact").
    if ([...own].filter((w) => said(w) || typedStems.has(w)).length * 2 < own.size) return [];
    // "How many staff have been through it": whom a measure counts does not name it.
    if (saidWords.every((w) => WHO_IS_MEASURED.has(w))) return [];
    return [{ ...h, unasked: [...own].filter((w) => BREAKDOWN_STEMS.has(w) && !said(w)).length }];
  });
  // "52 week waits": the totals, not the adult and children's breakdowns nobody asked about.
  // "Waiting times": a family of measures, none named by those words alone, each holding all of them.
  if (!found.length && words.length >= 2) {
    const stems = words.map((w) => stem(w));
    const family = searched
      .filter((h) => h.titleMatch && stems.every((w) => measuredWords(h.doc.title).has(w)))
      .map((h) => h.doc.id.slice(h.doc.id.indexOf('#') + 1));
    if (family.length) return [...new Set([...named, ...family])].slice(0, 6);
  }
  const fewestUnasked = Math.min(...found.map((h) => h.unasked));
  const hits = found.filter((h) => h.unasked === fewestUnasked);
  // "What % of waiters…": the measures that are shares, when the report has one.
  // ("are they hitting 70%": a figure to compare with, not a share asked for.)
  const shares =
    /(?<![\d.] ?)%|\b(percentage|proportion|share|fraction)\b|\b(what|which) (per ?cent)\b/.test(
      text,
    )
      ? sharesAmong(hits)
      : [];
  // "How many 52 week waiters", "who has more": the counts, when the report has them beside the shares.
  const counts = /\b(how many|number of|no of|more|fewer|most|fewest)\b/.test(text)
    ? hits.filter((h) => !h.doc.title.includes('%'))
    : [];
  const chosen = shares.length ? shares : counts.length ? counts : hits;
  const best = chosen[0]?.score ?? 0;
  const ids = alike(
    chosen
      .filter((h) => h.score >= best * 0.7)
      .slice(0, 3)
      .map((h) => h.doc.id.slice(h.doc.id.indexOf('#') + 1)),
  );
  // With the same thing measured in the report's other kind of table, whose every word was asked:
  // "Sickness Overall" (the workforce table) beside "Sickness Absence Rate" (an oversight metric) for
  // "sickness absence".
  const asked = new Set(words.map(stem));
  const kinds = new Set(
    ctx.vocabulary.indicators.filter((i) => ids.includes(i.id)).map((i) => i.kind),
  );
  const whole = ids.length
    ? ctx.vocabulary.indicators
        .filter((i) => !ids.includes(i.id) && !kinds.has(i.kind))
        .filter((i) => {
          const own = measuredWords(i.names[0] ?? '');
          return own.size > 0 && [...own].every((w) => asked.has(w));
        })
        .map((i) => i.id)
    : [];
  return [...ids, ...whole].slice(0, 3);
}

/** Words of a question about when something comes to a meeting. */
const SCHEDULE_WORDS =
  /\b(verbal|paper or|written or|presentation or|meant to|supposed to|expected to|workplan|work plan|forward plan|cycle of business|business cycle|schedul\w*|planned|planning|coming|come|comes|due|going|brought|bring|brings|bringing|presents|presenting|return\w*|expected|pencilled|ticked|slotted|standing item|how often|frequency|every meeting|every (group )?(trust )?(board|gtb|agenda)|who (does|do|did|will do|is doing)(?= the)|(leads?|lead on|lead for|presents?|takes?) the [a-z ]{2,40} item)\b/;
/** Words of an item's title that name no particular item. */
const GENERIC_TITLE_WORDS = new Set(['group', 'board', 'trust', 'update', 'report', 'paper']);
/** The workplan by its names: "the forward plan", "the cycle of business". */
const PLAN_NAMED =
  /\b(work ?plans?|forward plans?|(annual )?(cycle|plan) of business|business cycle)\b/g;
/** Words around an item's title in a question about its place in the plan ("who's down to bring…"). */
const PLAN_FILLER = new Set(
  'down standing item items every often regular regularly usually normally who whos frequency meeting meetings present presents lead leads take takes own actually really dates date ticked tick ticks marked cannot see year according per says say listed shown showing'.split(
    ' ',
  ),
);

/**
 * Workplan items a question names by their words ("the annual effectiveness review", "the partnership
 * agreement"), when it asks when something comes to the board: most of the question's words in the
 * title, and at least half the title's own.
 */
function workplanItemsIn(text: string, subject: string | null, ctx: ReadingContext): string[] {
  if (!subject || !SCHEDULE_WORDS.test(text)) return [];
  return workplanItemsTitled(subject, ctx);
}

/** A workplan item's name, before its notes: "THRIVE Strategy Update (to include…) • Green Plan". */
export function itemName(title: string): string {
  return title.split(/[(•]/)[0]!.trim();
}

/** Workplan items whose titles hold most of the words given ("group board assurance framework"). */
export function workplanItemsTitled(subject: string, ctx: ReadingContext): string[] {
  if (!ctx.passages) return [];
  // The subject keeps record words ("the BAF"), spelt out as item titles print them; the plan's own
  // name ("on the forward plan, who brings…") is no item's.
  const asked = contentWords(expand(subject.replace(PLAN_NAMED, ' '), ITEM_ABBREVIATIONS)).filter(
    (w) =>
      !SCHEDULE_WORDS.test(w) &&
      !GENERIC_TITLE_WORDS.has(w) &&
      !STOP_WORDS.has(w) &&
      !PLAN_FILLER.has(w),
  );
  if (!asked.length) return [];
  const found = ctx.passages.search(asked.join(' '), {
    kinds: ['workplan-item'],
    limit: 5,
    synonyms: false,
  });
  // Most of the words asked in the item's title, not its section ("under governance and assurance"
  // is a heading of the plan, not the Group Board Assurance Framework).
  const titled = (h: (typeof found)[number]) => {
    const inTitle = new Set(contentWords(normalise(h.doc.title)).map(stem));
    return h.matched.filter((w) => inTitle.has(stem(w))).length;
  };
  const named = found.filter((h) => {
    if (!h.titleMatch || titled(h) < Math.max(1, Math.ceil((h.wordsAsked * 2) / 3))) return false;
    // The item's name, before its notes ("THRIVE Strategy Update (to include…) • Green Plan").
    const own = contentWords(normalise(itemName(h.doc.title)))
      .filter((w) => !GENERIC_TITLE_WORDS.has(w))
      .map(stem);
    const matched = new Set(h.matched.map((w) => stem(w)));
    return own.filter((w) => matched.has(w)).length * 2 >= own.length;
  });
  // ("When is the green plan due to come to the board?": no item is named so, but one's notes hold
  // every word asked: THRIVE Strategy Update "• Green Plan / Digital Plan".)
  const hits = named.length
    ? named
    : asked.length >= 2
      ? found.filter((h) => h.titleMatch && titled(h) >= h.wordsAsked)
      : [];
  const best = hits[0]?.score ?? 0;
  return [...new Set(hits.filter((h) => h.score >= best * 0.7).map((h) => h.doc.title))];
}

/** "Closed since the last board", "updated since our last meeting". */
const SINCE_LAST_BOARD =
  /\bsince (the |our )?(last|previous|most recent) (group )?(trust )?(board|gtb|meeting|board meeting)\b/;

/**
 * "Since the last board": from the day after the last public board meeting held to today (a private
 * meeting's date is not given away by a period's label).
 */
function sinceLastBoard(text: string, ctx: ReadingContext): FoundPeriod | null {
  const said = SINCE_LAST_BOARD.exec(text);
  if (!said) return null;
  const today = londonToday(ctx.now);
  const last = meetingDaysOf(ctx.vocabulary, null, 'public')
    .filter((day) => day < today)
    .at(-1);
  if (!last) return null;
  return {
    period: {
      from: addDays(last, 1),
      to: today,
      label: `since the last board (${formatDate(last)})`,
    },
    text: said[0],
  };
}

/** Words without which a question names no date or period. */
const DATE_WORDS =
  /\b(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tomorrow|yesterday|tonight|week|weeks|month|months|year|years|quarter|fortnight|christmas|xmas|easter|summer|spring|autumn|winter|soon|coming up|upcoming|end of|beginning of|start of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|q[1-4]|fy|last|next|this)/;

/** The most of a message read as a question; longer messages are truncated (they are still answered). */
export const MAX_QUESTION_LENGTH = 500;

const sponsors = new WeakMap<Vocabulary, NamedThing[]>();

/** Papers by who brought them: one list per vocabulary, so its names are indexed once. */
function sponsorsOf(v: Vocabulary): NamedThing[] {
  let list = sponsors.get(v);
  if (!list) {
    list = v.papers.map((p) => ({ id: p.id, names: p.by }));
    sponsors.set(v, list);
  }
  return list;
}

/**
 * A role offered as a guess at who leads a piece of work ("who owns the financial strategy action, is
 * it the finance director?", "is LPT's managing director down for the digital strategy action?") is
 * not whose actions are asked for: the question asks who leads the work, and the answer says.
 */
function guessedOnly(text: string, roles: Reading['roles']): Reading['roles'] {
  if (!roles) return roles;
  const after = GUESS_AFTER.exec(text)?.[4];
  const guess = GUESS_BEFORE.exec(text);
  // ("Is the director of people leading any well-led actions?" asks for that role's work, not who
  // leads one piece of it.)
  const before =
    guess &&
    !/^\s*(any|anything|some|something|much|many|all|more|most|none)\b/.test(
      text.slice(guess.index + guess[0].length),
    )
      ? guess[2]
      : undefined;
  const named = roles.names.filter((n) => text.includes(n));
  const guessed =
    named.length > 0 && named.every((n) => [after, before].some((g) => !!g && g.includes(n)));
  return guessed ? null : roles;
}

/** A risk named by its number ("Group BAF 2", "LPT BAF 05", "risk 3"). */
const RISK_NUMBERED = /\b(?:(?:group|lpt|nhft)\s+)?(?:baf|risk)\s*0?\d{1,2}\b/gi;

/**
 * A phrase of three words or more typed in quotes, straight or curly ("'Beacon Unit viability' - control
 * gap or assurance gap?"); not an apostrophe ("that's", "Dragon's") or a measure's name in quotes.
 */
function quotedPhrase(raw: string): string | null {
  const found = [...raw.matchAll(/(?<![A-Za-z0-9])['‘"“]([^'‘’"“”]{8,240}?)['’"”](?![A-Za-z0-9])/g)]
    .map((m) => m[1]!.trim().replace(/[.…]+$/, ''))
    .filter((q) => q.split(/\s+/).length >= 3);
  return found.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * A message of emoji alone ("🙏", "👍👍"): thanks or an acknowledgement, not a question (nor a request
 * for the menu).
 */
function emojiOnly(input: string): 'thanks' | 'ok' | null {
  const text = input.replace(/<at>[^<]*<\/at>/g, '').trim();
  if (!text || !/^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D\s!.?]+$/u.test(text))
    return null;
  if (!/\p{Extended_Pictographic}/u.test(text)) return null;
  return /🙏|👏|💯|🤝|❤|♥|🙌|😍|🥰/u.test(text) ? 'thanks' : 'ok';
}

/**
 * A pronoun that points at the question's own subject, not back at the last answer: "who hasn't
 * updated their actions", "what's overdue and who's on the hook for it", "which risks are over
 * appetite, and since when are they over?".
 */
const POINTS_WITHIN =
  /^(?:(?:so|ok|and) )?(?:who (?:\w+ ){0,3}their\b(?!.*\b(it|its|that|this|them|those)\b)|(?:what s|whats|what is|what are|which|anything|any|what) (?:\w+ ){0,3}(?:overdue|late|outstanding|due|open|slipping|behind|not started|not updated)\b.* and (?:who|whose|when)\b[^,;]*\b(?:it|them|they)$|(?:which|what) (?:\w+ ){0,2}(?:risks?|actions?|bafs|ones|items|ambitions)\b.*? (?:and|&) [^,;]*\b(?:they|them|their)\b)/;

/**
 * Several risks by number, each said with its word: "group BAF 1-5" and "BAF 1, 2 and 3" as "BAF 1,
 * BAF 2 and BAF 3" (a bare "1, 2" after a BAF reads as an action's number, "Group BAF 1 action 2").
 */
function eachRiskNumbered(text: string): string {
  const pad = (n: number, like: string) => String(n).padStart(like.length, '0');
  return text
    .replace(
      /\b(baf|risk)s?\s*(\d{1,2})\s*(?:-|–|to|through|thru)\s*(\d{1,2})\b/gi,
      (all, word: string, from: string, to: string) => {
        const [a, b] = [Number(from), Number(to)];
        if (b <= a || b - a > 9) return all;
        const numbers = Array.from({ length: b - a + 1 }, (_, i) => `${word} ${pad(a + i, from)}`);
        return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
      },
    )
    .replace(
      /\b(baf|risk)s?\s*(\d{1,2})((?:\s*,\s*\d{1,2}\b)+)(?:(\s*,?\s*(?:and|&)\s*)(\d{1,2})\b)?/gi,
      (_all, word: string, first: string, rest: string, and?: string, last?: string) =>
        `${word} ${first}${rest.replace(/(\d{1,2})/g, `${word} $1`)}${and && last ? `${and}${word} ${last}` : ''}`,
    );
}

/** Reads a question into its entities and cues. */
export function readQuestion(input: string, ctx: ReadingContext): Reading {
  const { vocabulary: v } = ctx;
  const clipped = eachRiskNumbered(withoutFraming(asTyped(input.slice(0, MAX_QUESTION_LENGTH))));
  const raw = clipped.replace(/<[^>]*>/g, ' ');
  const normalised = normalise(clipped);
  const smallTalk =
    SMALL_TALK.find((s) => s.pattern.test(normalised.replace(/\s*[.!?]+$/, '')))?.kind ??
    emojiOnly(input);
  // "Hello, what can you help me with", "morning - my actions please": the greeting is not the question.
  const asked = smallTalk ? normalised : withoutCheckPreface(withoutGreeting(normalised));
  const expanded = withShortForms(
    expand(expand(expand(plainIdioms(asked), SHORTHAND), ABBREVIATIONS), ROLE_PHRASES),
  );
  const text = correctorFor(v).correct(expanded);
  // ("…is cautious, isn't it?": the tag asks for a yes, its "it" points at nothing said before.)
  const cues = cuesOf(WH_ASKED.test(text) ? text : text.replace(CHECK_TAG, ''));
  if (POINTS_WITHIN.test(text)) cues.delete('pronoun');

  const { registerId, organisationIds } = registerOf(text, v);
  const risks = numberedRisks(text, registerId, riskNumbersOf(v), registerWordsOf(v)).map((x) =>
    x.draft ? { ...x, registerId: draftRegister(v, x.registerId) } : x,
  );
  // A risk with its register named beside it is in that one, whatever else the question names.
  risks.forEach((x, i) => {
    const own = registerNamedBy(text, x, v);
    if (own) risks[i] = { ...x, registerId: own };
    // "BAF 01" (and "Group BAF 4 … LPT's old BAF 07"), its register not named beside it: written
    // as only one register prints its numbers.
    const padded = v.registers.filter((g) => g.padded);
    if (
      !own &&
      /\b0\d\b/.test(x.text) &&
      padded.length === 1 &&
      !v.registers.find((g) => g.id === x.registerId)?.padded
    )
      risks[i] = { ...x, registerId: padded[0]!.id };
  });
  // "BAF 1 vs LPT BAF 1": the number without its register named is not the one named beside the other.
  risks.forEach((x, i) => {
    const twin = risks.find(
      (y, j) => j !== i && y.number === x.number && y.registerId === x.registerId,
    );
    if (twin && !registerNamedBy(text, x, v) && registerNamedBy(text, twin, v))
      risks[i] = { ...x, registerId: null };
  });
  const described = risks.length === 1 ? describedRisk(text, risks[0]!, ctx) : null;
  if (described) risks[0] = described;
  const placed = risks.length === 1 && !described ? placedRisk(text, risks[0]!, ctx) : null;
  if (placed) risks[0] = placed;
  const { target, riskActionNumber } = findActionTarget(text, v, cues, risks[0]);
  const committee = findNamed(text, v.committees)[0] ?? null;
  const roles = guessedOnly(text, rolesIn(text, v));
  const personNamed = namedInFull(raw, findNamed(text, v.people)[0] ?? null, v);
  const personFound = personNamed && !selfIntroduced(raw, personNamed.name) ? personNamed : null;
  const attendeeFound = namedInFull(raw, findNamed(text, v.attendees)[0] ?? null, v);
  // ("The director of improvement": a role's name, not the plan's Improvement section.)
  const logSection = findLogSection(
    (roles?.names ?? []).reduce((t, n) => removePhrase(t, n), text),
    v,
  );
  const body = findNamed(text, v.meetingBodies)[0] ?? null;
  const aim = findNamed(text, v.strategicAims)[0] ?? null;
  const minuteReference = findMinuteReference(clipped);
  const bodyOrNull = body?.thing.id ?? null;

  const checking = CHECKING.test(raw) || CHECK_PREFACE.test(withoutGreeting(normalised));
  // Reading dates is the costliest step: only when the question has a word a date could be made of.
  // A date remembered for actions ("my actions were due in March, weren't they?") is what is checked:
  // the actions are shown with their dates, whatever they are.
  // A risk's number is not a date ("BAF 2 actions due in March 2026": March 2026, not the 2nd).
  // Nor is a minute's reference ("GTB/25/3": not 25 March).
  const dateText = monthsSpelt(
    (risks.length ? raw.replace(RISK_NUMBERED, ' ') : raw).replace(MINUTE_REFERENCES, ' '),
    text,
    v,
  );
  const dated =
    DATE_WORDS.test(risks.length ? normalise(dateText) : text) &&
    !(checking && cues.has('actions')) &&
    // "What did the September board say about BAF 1?": a meeting's month, with a risk named.
    (!risks.length ||
      cues.has('actions') ||
      // ("Innovation strategy on baf 02 - I had that down for August 24?": work on it, its date.)
      DATE_BELIEVED.test(text) ||
      (cues.has('meeting') &&
        /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(text)));
  const sinceMeeting = sinceLastBoard(text, ctx);
  const period = sinceMeeting ?? (dated ? findPeriod(dateText, ctx.now) : null);
  const pastPeriod = sinceMeeting ?? (dated ? findPeriod(dateText, ctx.now, 'past') : null);
  // ("05/24" is May 2024; "25/09", read as one day, is 25 September of no year said.)
  const oneDay = !!pastPeriod && pastPeriod.period.from === pastPeriod.period.to;
  const yearGiven =
    /\b(19|20)\d{2}\b|'\d{2}\b/.test(pastPeriod?.text ?? '') ||
    (!oneDay && /\b\d{2}\/\d{2}\b/.test(pastPeriod?.text ?? ''));

  const limitMatch =
    /\b(?:top|bottom|lowest|highest|worst|best|first)\s+(\d{1,2}|two|three|four|five|ten)\b/.exec(
      text,
    );
  const scoreMatch =
    /\b(?:scor\w*|rated|at|risks?)\s+(?:over|above|more than|greater than|higher than|at least|>=?)\s+(\d{1,2})\b/.exec(
      text,
    );
  const band = BAND_CUES.find(([, re]) => re.test(text) && /\brisks\b/.test(text))?.[0] ?? null;
  // "Which risks are sitting at 12?", "risks scored 16": one score, not a threshold.
  const scoreEqualsMatch =
    !scoreMatch && /\brisks\b/.test(text)
      ? /\b(?:scor(?:e|es|ed|ing)|rated|sitting at|sit at|sits at|at|of|on)\s+(?:exactly\s+)?(\d{1,2})\b(?!\s*(?:am|pm|%|days?|weeks?|months?|years?|o clock))/.exec(
          text,
        )
      : null;
  const scoreEquals =
    scoreEqualsMatch && Number(scoreEqualsMatch[1]) >= 1 && Number(scoreEqualsMatch[1]) <= 25
      ? Number(scoreEqualsMatch[1])
      : null;

  // "When does the Group BAF next go to SEB?": when its paper comes back, asked of the register it presents.
  // ("The Group BAF cover paper for the Jan board": the paper that brings the register.)
  const registerPaper =
    registerId &&
    (CUES.paperSchedule.test(text) ||
      /\b(cover|covering) (paper|sheet|report|note)\b/.test(text)) &&
    findNamed(text, v.registers).length
      ? paperPresenting(v, registerId)
      : undefined;
  // "What went to the board on 27 September 2023 as agenda item 15?": the paper its cover numbers so.
  const itemAsked = /\b(?:agenda )?item (?:no |number )?(\d{1,3}[a-z]?)\b/.exec(text);
  const itemPeriod = (period ?? pastPeriod)?.period;
  const byItem = itemAsked
    ? v.papers.filter(
        (p) =>
          p.agendaItem?.toLowerCase() === itemAsked[1] &&
          (!itemPeriod ||
            (!!p.date &&
              p.date >= (itemPeriod.from ?? p.date) &&
              p.date <= (itemPeriod.to ?? p.date))),
      )
    : [];
  // ("Who was the exec sponsor on the strategy ambitions update?": the paper that reported them.)
  const strategyNamed = PAPER_COVER_ASKED.test(text) ? findNamed(text, v.strategies)[0] : undefined;
  const strategyPaper = paperPresenting(v, strategyNamed?.thing.id);
  const named =
    findNamed(text, v.papers)[0] ??
    (registerPaper ? { thing: registerPaper, name: '' } : undefined) ??
    (strategyPaper ? { thing: strategyPaper, name: strategyNamed!.name } : undefined);
  const itemPaper =
    !named && byItem.length === 1 ? { thing: byItem[0]!, name: itemAsked![0] } : undefined;
  const paper = named ?? itemPaper;
  const sponsor = paper ? undefined : findNamed(text, sponsorsOf(v))[0];
  const report = findNamed(text, v.committeeReports)[0] ?? null;
  const terms = findNamed(text, v.termsOfReference)[0] ?? null;
  const performance = findNamed(text, v.performanceReports)[0] ?? null;
  const performanceReport = performance?.thing.id ?? null;
  // "At the end of last year", "by the start of Q2": the words placing a date in its period.
  const placing =
    period || pastPeriod
      ? (/\b(?:at |by |towards |around |near )?(?:the )?(?:end|start|beginning|middle|close) of\b/.exec(
          text,
        )?.[0] ?? '')
      : '';
  // ("Is the Alliance listed as a control on any of the group risks?": what the paper is about, looked
  // for in the risks' parts.)
  const paperInRiskParts =
    RISKS_ASKED.test(text) &&
    facetsOf(text).some((f) => f === 'controls' || f === 'gaps' || f === 'assurances');
  const spans = [
    // The dates named are not what the question is about ("the january board").
    // ("In sept, who…": without the comma the raw text keeps.)
    (period?.text.toLowerCase() ?? '').replace(/[,.;:!?]+$/, ''),
    (pastPeriod?.text.toLowerCase() ?? '').replace(/[,.;:!?]+$/, ''),
    placing,
    paperInRiskParts ? '' : (paper?.name ?? ''),
    sponsor?.name ?? '',
    report?.name ?? '',
    terms?.name ?? '',
    performance?.name ?? '',
    ...risks.map((r) => r.text),
    committee?.name ?? '',
    ...(roles?.names ?? []),
    personFound?.name ?? '',
    attendeeFound?.name ?? '',
    // A log section's name is also a subject ("partnerships"): it only names the log for actions. A
    // whole log named ("anything in the well-led plan about onboarding") is never the subject.
    cues.has('actions') || (logSection && !logSection.sectionId) ? (logSection?.text ?? '') : '',
    body?.name ?? '',
    aim?.name ?? '',
    ...findNamed(text, v.organisations).map((o) => o.name),
    ...findNamed(text, v.registers).map((r) => r.name),
    ...findNamed(text, v.strategies).map((s) => s.name),
  ];
  const topic = topicOf(text, spans);
  const subject = subjectOf(text, spans.slice(0, 2));
  const topicRisks = !risks.length && topic && !target ? risksByTopic(topic, registerId, ctx) : [];
  const comparedRisks =
    risks.length < 2 &&
    (COMPARING.test(text.replace(A_QUANTITY, ' ')) || TWO_TOPIC_RISKS.test(text))
      ? risksCompared(text, spans, registerId, risks, ctx)
      : [];
  // (A "Show more" button adds "(page 2)" to the whole message, whose framing may be cut away above.)
  const pageMatch =
    /\(page\s+(\d{1,3})\)[\s.!?]*$/i.exec(input) ?? /\bpage\s+(\d{1,3})\b/.exec(text);
  // A measure named in quotes ("a 'raising concerns' score"): the one whose name holds those words.
  const quoted = quotedMeasures(raw, v);
  const pasted = quotedPhrase(raw);
  const quote = pasted ? { text: pasted, printedIn: ctx.passages?.printing(pasted) ?? null } : null;
  const indicators = [...new Set([...quoted, ...measuresIn(text, topic, ctx)])];
  const workplanItems = workplanItemsIn(text, subject, ctx);
  const facets = facetsOf(text);
  const followUp =
    CUES.followUpStart.test(text) ||
    cues.has('correction') ||
    cues.has('roleOfIt') ||
    (cues.has('whichFirst') && !risks.length && !target) ||
    (THING_POINTED_BACK.test(text) && !risks.length && !target && !minuteReference) ||
    (cues.has('pronoun') &&
      !risks.length &&
      !target &&
      !minuteReference &&
      // A risk found by a word of the question is its subject, unless the question ends pointing
      // back ("how many staff have been through it") or it asks a part of a risk ("why is it scored
      // so high?": "high" is a passing word, not the transformation plan of "who leads the
      // transformation plan under it").
      (!topicRisks.length || POINTS_BACK.test(text) || passingTopicRisk(topicRisks, facets)));

  return {
    raw,
    text,
    ctx,
    cues,
    smallTalk,
    registerId,
    organisationIds,
    risks,
    topicRisks,
    comparedRisks,
    riskActionNumber,
    actionTarget: target,
    minuteReference,
    roles,
    person: personFound ? { id: personFound.thing.id, text: personFound.name } : null,
    attendee: attendeeFound
      ? {
          id: attendeeFound.thing.id,
          text: attendeeFound.name,
          role: attendeeFound.thing.role,
          name: attendeeFound.thing.printed,
        }
      : null,
    unknownName: personFound || attendeeFound ? null : capitalisedName(raw, v),
    committee: committee ? { id: committee.thing.id, text: committee.name } : null,
    strategicAim: aim?.thing.id ?? null,
    logSection,
    body: bodyOrNull,
    period,
    pastPeriod,
    yearGiven,
    facets,
    band,
    limit: limitMatch ? toNumber(limitMatch[1]!) : null,
    scoreAbove: scoreMatch ? Number(scoreMatch[1]) : null,
    scoreEquals,
    topic,
    subject,
    page: pageMatch ? Math.max(1, Number(pageMatch[1])) : 1,
    followUp,
    checking,
    quote,
    paper: paper
      ? { id: paper.thing.id, text: paper.name, bySponsor: false, byItem: !!itemPaper }
      : sponsor
        ? { id: sponsor.thing.id, text: sponsor.name, bySponsor: true }
        : null,
    committeeReport: report ? { id: report.thing.id, text: report.name } : null,
    performanceReport,
    indicators,
    indicatorNamed:
      quoted.length > 0 ||
      findNamed(text, v.indicators).length > 0 ||
      namedByShortForm(text.split(' '), v).length > 0,
    workplanItems,
    termsOfReference: terms ? { id: terms.thing.id, text: terms.name } : null,
  };
}

/** The date of the meeting (or minutes) a reading asks about, if it names a month or day. */
export function meetingDateOf(r: Reading, what: 'meetings' | 'minutes'): IsoDate | null {
  const records =
    what === 'meetings'
      ? r.ctx.vocabulary.meetings.map((m) => ({ body: m.body, date: m.date }))
      : r.ctx.vocabulary.minutes.map((m) => ({ body: m.body, date: m.heldOn }));
  return datedRecord(
    records,
    r.body,
    r.pastPeriod,
    r.yearGiven,
    what === 'minutes',
    londonDateOf(r.ctx.now),
  );
}
