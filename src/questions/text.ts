import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import stemWord from 'wink-porter2-stemmer';
import { STOP_WORDS, UNITS } from './lexicon';

/**
 * Text helpers for reading questions: normalising what people type in Teams, and correcting typos
 * against the board's own vocabulary ("scroe" -> "score", "apetite" -> "appetite").
 */

/**
 * Contractions people type, with or without the apostrophe, in full: "who's" and "whos" are "who is",
 * "aren't" and "arent" are "are not". (Any other "'s" is a possessive: "NHFT's" is "NHFT".)
 */
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\b(who|what|where|it|that|there)'s (got|been|had|gone|done|made|taken)\b/g, '$1 has $2'],
  [/\b(who|what|when|where|how|that|there|here|which|it)'s\b/g, '$1 is'],
  [/\b(who|what|where|when|that)s\b/g, '$1 is'],
  [/\blet'?s\b/g, 'let us'],
  [/\bcan'?t\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\b(is|are|was|were|do|does|did|has|have|had|could|would|should|must|need)n'?t\b/g, '$1 not'],
];

/**
 * Lower case, markup removed, contractions spelt out, punctuation turned to spaces (keeping / and # in
 * references). Mentions of the bot are already gone: the edge strips them (src/bot/requests.ts).
 */
export function normalise(text: string): string {
  // "IT" in capitals, in words written in lower case, is technology, not "it".
  const technology = /[a-z]/.test(text) ? text.replace(/\bIT\b(?!['\u2019])/g, 'tech') : text;
  let out = technology
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .toLowerCase();
  for (const [pattern, full] of CONTRACTIONS) out = out.replace(pattern, full);
  // "IT/tech", "LPT/NHFT", "projects/programmes": either word (not "w/o", nor "GTB/25/15").
  out = out.replace(/\b([a-z]+)\/(?=[a-z])/g, (m: string, a: string) => (a === 'w' ? m : `${a} `));
  // "2-hr", "52wks": a number and its unit, as one word each ("hr" alone is not a unit: HR).
  out = out.replace(
    /\b(\d+)\s*-?\s*(hrs?|hours?|wks?|weeks?|mths?|months?|yrs?|years?|days?)\b/g,
    (_m, n: string, u: string) => `${n} ${UNITS[u] ?? u}`,
  );
  return (
    out
      // "Strategy & Partnerships" is "Strategy and Partnerships" (not "F&P", a name of its own).
      .replace(/\s&\s/g, ' and ')
      .replace(/'s\b/g, '')
      .replace(/[^a-z0-9/#&%\s.]/g, ' ')
      .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function words(text: string): string[] {
  return text.split(' ').filter(Boolean);
}

/**
 * A passage's words, stemmed, split as the search index splits them: at points too, so "£1.7m" holds
 * "7m", the word the search matched.
 */
export function stemsOf(text: string): Set<string> {
  return new Set(words(normalise(text.replace(/\./g, ' '))).map(stem));
}

const stems = new Map<string, string>();

/**
 * Stems of our own: words the stemmer would join to others of another meaning (a CQC "rating" is not
 * a "rate"), and words it keeps apart that the papers use for one thing ("52 week waits" are the
 * performance report's "52+ Week Total Waiters").
 */
const OWN_STEMS: Readonly<Record<string, string>> = {
  rating: 'rating',
  ratings: 'rating',
  rated: 'rating',
  waiter: 'wait',
  waiters: 'wait',
  // "Funding secured" is not "security".
  secured: 'secured',
  // The people presenting are not a presentation ("line up presenters": no "Service Presentation").
  presenter: 'presenter',
  presenters: 'presenter',
};

/** The English (Porter2) stem of a normalised word: "recruiting" and "recruitment" are both "recruit". */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = OWN_STEMS[word] ?? (/^[a-z]+$/.test(word) ? stemWord(word) : word);
    if (stems.size < 50_000) stems.set(word, s);
  }
  return s;
}

/** The words of normalised text that carry meaning: no stop words, no single letters. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !/^[/#&%.]+$/.test(w));
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Whole-word (or whole-phrase) test on normalised text. */
export function hasPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return new RegExp(`(^|[^a-z0-9])${escapeRegExp(phrase)}($|[^a-z0-9])`).test(text);
}

export function removePhrase(text: string, phrase: string): string {
  return text
    .replace(new RegExp(`(^|[^a-z0-9])${escapeRegExp(phrase)}($|[^a-z0-9])`), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let english: Set<string> | null = null;
/** Words the dictionary lists in lower case: ordinary words, not only names ("mark", not "manjit"). */
let ordinary: Set<string> | null = null;

/** A word's possible dictionary forms without an inflection: "cars" car, "planned" plan, "rates" rate. */
function baseForms(word: string): string[] {
  const out = [word];
  const cut = (suffix: string, ...adds: string[]) => {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) return;
    const base = word.slice(0, -suffix.length);
    out.push(base, ...adds.map((a) => base + a));
    // "planned", "running": the doubled consonant.
    if (base.length > 3 && base.at(-1) === base.at(-2)) out.push(base.slice(0, -1));
  };
  cut('s');
  cut('es');
  cut('ies', 'y');
  cut('ed', 'e');
  cut('ing', 'e');
  cut('er', 'e');
  cut('ers', 'e');
  cut('est', 'e');
  cut('ly');
  return out;
}

/**
 * Whether a word is English (British spelling): in the SCOWL-based en_GB dictionary
 * (`dictionary-en-gb`, read once, on first use), as listed or with a common inflection. A real word is
 * never a typo: "cars" stays "cars" rather than becoming "care".
 */
export function isEnglish(word: string): boolean {
  if (!english) {
    // The package is an ES module that only loads its files; its word list is read here directly.
    const dir = path.dirname(require.resolve('dictionary-en-gb'));
    const lines = readFileSync(path.join(dir, 'index.dic'), 'utf8').split('\n').slice(1);
    english = new Set();
    ordinary = new Set();
    for (const line of lines) {
      const slash = line.indexOf('/');
      const listed = (slash < 0 ? line : line.slice(0, slash)).trim();
      const w = listed.toLowerCase();
      if (/^[a-z]{2,}$/.test(w)) english.add(w);
      if (/^[a-z]{2,}$/.test(listed)) ordinary.add(listed);
    }
  }
  const known = english;
  return baseForms(word).some((w) => known.has(w));
}

/** Whether a word is an ordinary English word, not only a name: "mark" and "will" are, "manjit" is not. */
export function isOrdinaryWord(word: string): boolean {
  if (!ordinary) isEnglish('');
  const known = ordinary!;
  return baseForms(word).some((w) => known.has(w));
}

/**
 * Corrects words that are one or two edits from a lexicon word (only words of 4+ letters, and only when
 * the word is not itself in the lexicon, the common-word list or English). Digits and references are
 * left alone.
 */
export class SpellCorrector {
  private readonly lexicon: Set<string>;
  private readonly byLength = new Map<number, string[]>();

  /** Long words the papers print, which a long typo one slip away is taken for ("oppurtunity"). */
  private readonly printedByLength = new Map<number, string[]>();

  constructor(
    lexicon: Iterable<string>,
    private readonly keep: ReadonlySet<string> = COMMON_WORDS,
    printed: Iterable<string> = [],
  ) {
    this.lexicon = new Set([...lexicon].filter((w) => /^[a-z]{3,}$/.test(w)));
    for (const w of this.lexicon) {
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
    }
    for (const w of printed) {
      if (!/^[a-z]{7,}$/.test(w) || this.lexicon.has(w)) continue;
      const list = this.printedByLength.get(w.length) ?? [];
      list.push(w);
      this.printedByLength.set(w.length, list);
    }
  }

  /** The one printed word a slip away from `word` (none when two are). */
  private printedNear(word: string): string | null {
    if (word.length < 7) return null;
    let found: string | null = null;
    for (let len = word.length - 1; len <= word.length + 1; len++)
      for (const candidate of this.printedByLength.get(len) ?? [])
        if (swapped(word, candidate) || distance(word, candidate) === 1) {
          if (found && found !== candidate) return null;
          found = candidate;
        }
    return found;
  }

  private keptStems: Set<string> | null = null;

  /** A word whose stem is a common word's ("asking", "goes") or an English word's is not a typo. */
  private isKept(word: string): boolean {
    if (this.keep.has(word)) return true;
    this.keptStems ??= new Set([...COMMON_WORDS].map(stem));
    return this.keptStems.has(stem(word)) || isEnglish(word) || this.isPrefixed(word);
  }

  /**
   * A real word with a prefix that reverses or qualifies it ("unapproved", "nonurgent", "reopened",
   * "misreported") is not a typo of the word without it: correcting it would reverse the meaning.
   */
  private isPrefixed(word: string): boolean {
    const prefix = /^(un|non|dis|mis|re|pre|over|under|co|de|in|im)(?=[a-z]{4,}$)/.exec(word)?.[0];
    if (!prefix) return false;
    const rest = word.slice(prefix.length);
    return this.lexicon.has(rest) || this.keep.has(rest) || isEnglish(rest);
  }

  /** Whether the papers print the word as it is. */
  knows(word: string): boolean {
    return this.lexicon.has(word);
  }

  correctWord(word: string): string {
    if (word.length < 4 || !/^[a-z]+$/.test(word) || this.lexicon.has(word) || this.isKept(word))
      return word;
    const allowed = word.length >= 7 ? 2 : 1;
    let best = word;
    let bestDistance = allowed + 1;
    for (let len = word.length - allowed; len <= word.length + allowed; len++)
      for (const candidate of this.byLength.get(len) ?? []) {
        // Two letters typed the wrong way round ("agnecy") is one slip, as people make them.
        const d = swapped(word, candidate) ? 1 : distance(word, candidate);
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
        }
      }
    return best === word ? (this.printedNear(word) ?? word) : best;
  }

  correct(text: string): string {
    const list = words(text);
    const out: string[] = [];
    for (let i = 0; i < list.length; i++) {
      // A word of the papers heard as two ("water lily" for "Waterlily", "work force"): joined.
      const [a, b] = [list[i]!, list[i + 1]];
      const joined = b ? a + b : '';
      if (
        b &&
        a.length >= 3 &&
        b.length >= 3 &&
        joined.length >= 8 &&
        /^[a-z]+$/.test(joined) &&
        (this.lexicon.has(joined) || this.keep.has(joined)) &&
        !(this.keep.has(a) && this.keep.has(b))
      ) {
        out.push(joined);
        i++;
        continue;
      }
      out.push(this.correctWord(a));
    }
    return out.join(' ');
  }
}

/** Whether two words differ only by two neighbouring letters swapped: "agnecy" and "agency". */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return (
    at >= 0 &&
    at < a.length - 1 &&
    a[at] === b[at + 1] &&
    a[at + 1] === b[at] &&
    a.slice(at + 2) === b.slice(at + 2)
  );
}

/** Everyday words that must never be "corrected" into board vocabulary. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `about above after again against also among another anyone anything around asked away back been before behind
  being below best better between both bring came cannot come could date dates days decide decided does doing done
  down during each else even ever every find first from give given going good great have having help here high
  into itself just keep know last late least less like list long look made make many mean more most much must
  name need never news next none note nothing only open other ours over past please point quite rather really
  right same says seen shall should show since some soon still such sure take tell than thank thanks that their
  them then there these they thing things think this those though through time today told tomorrow took under
  until upon very want week weeks well went were what when where which while whom whose will with within without
  work would year years your yours yesterday month months quarter status state owner owners mine yours ours
  their theirs latest recent current currently whats what's anything everything give tell show list
  january february march april june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday sept goes going gone went does doing says said asks asked
  happen happened happening sits sitting looks looked looking told telling advise advising advised worse
  better higher lower bigger smaller biggest most least wait waiting waits couldnt wouldnt shouldnt didnt
  doesnt isnt arent wasnt werent haven hasnt hadnt cant wont`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The short forms some words spell, with and without their small words: "freedom to speak up" is
 * "ftsu" (it keeps its "to") and "fsu"; "non executive directors" is "ned".
 */
export function initialsOf(words: readonly string[]): [string, string] {
  return [
    words.map((w) => w[0]).join(''),
    words
      .filter((w) => !/^(to|of|and|the|for|in)$/.test(w))
      .map((w) => w[0])
      .join(''),
  ];
}

/**
 * Words grouped with the spelling-out the reader puts beside a short form ("non executive directors
 * neds", "ftsu freedom to speak up"): each group is one thing asked, its short form first.
 */
export function spelledOutGroups(list: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    const short = w.replace(/s$/, '');
    let group = [w];
    if (short.length >= 2)
      for (let n = 2; n <= 5; n++) {
        const after = list.slice(i + 1, i + 1 + n);
        if (after.length === n && initialsOf(after).includes(short)) {
          group = [w, ...after];
          i += n;
          break;
        }
        const last = groups.slice(-n);
        if (
          last.length === n &&
          last.every((g) => g.length === 1) &&
          initialsOf(last.flat()).some((i) => i === short || lessOneWord(i, short))
        ) {
          groups.splice(groups.length - n, n);
          group = [w, ...last.flat()];
          break;
        }
      }
    groups.push(group);
  }
  return groups;
}

/**
 * Whether some run of these words spells out a short form ("freedom to speak up" is "ftsu"): an action
 * that prints the words is about the short form asked.
 */
export function spellsOut(short: string, words: readonly string[]): boolean {
  const target = short.replace(/s$/, '');
  if (target.length < 2 || target.length > 6) return false;
  for (let i = 0; i < words.length; i++)
    for (let n = 2; n <= 5 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      if (run[0]![0] !== target[0]) break;
      if (initialsOf(run).includes(target)) return true;
    }
  return false;
}

/**
 * Initials of a spelling-out one of whose inner words a question left out or lost as an asking word
 * ("together racism" before "tar", whose "against" went as a word of asking).
 */
function lessOneWord(initials: string, short: string): boolean {
  if (short.length < 3 || initials.length !== short.length - 1) return false;
  for (let k = 1; k < short.length - 1; k++)
    if (short.slice(0, k) + short.slice(k + 1) === initials) return true;
  // ("ICB" beside "integrated care": its last word, board, trust or group, is a stop word dropped.)
  return /[btg]$/.test(short) && short.slice(0, -1) === initials;
}

/** Whether a text holds every one of these stems among its content words (stemmed the same way). */
export function holdsEvery(text: string, stems: readonly string[]): boolean {
  return holdsAtLeast(text, stems, stems.length);
}

/** Whether a text holds at least `count` of these stems among its content words. */
export function holdsAtLeast(text: string, stems: readonly string[], count: number): boolean {
  const own = new Set(contentWords(normalise(text)).map(stem));
  return stems.filter((w) => own.has(w)).length >= count;
}

/**
 * Sentences of a typed message: split where a full stop, question or exclamation mark is followed by a
 * space, or at a line break (so "c.£1.7m" and "GTB/25/15" stay whole).
 */
export function messageSentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+(?=\S)|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Sentences of printed text, split at full stops. */
export function sentencesOf(text: string): string[] {
  // A sentence ends at a stop before a space and a capital or a number: not inside "6.5%" or "£15.9m",
  // nor after "c." or "e.g." before a lower-case word or a pound sign.
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘(])/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Words in a sentence: "racism", "racism or bullying", "pay, grading or bands". */
export const list = (words: readonly string[], join: 'or' | 'and') =>
  words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} ${join} ${words.at(-1)}`;

/**
 * How many of a name's own words were asked (stems), when that is two or more and at least half of
 * them ("the three key areas" names "Key area of opportunity"); else 0.
 */
export function namedByMostOf(asked: ReadonlySet<string>, name: string): number {
  const own = contentWords(normalise(name)).map(stem);
  const found = own.filter((w) => asked.has(w)).length;
  return found >= 2 && found * 2 >= own.length ? found : 0;
}
