import {
  ABBREVIATIONS,
  ORDINAL_UNIT_WORDS,
  ORDINAL_WORDS,
  TEEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
} from './lexicon';

/**
 * Questions dictated to a phone: voice-to-text writes numbers as words ("baf three", "march twenty
 * twenty five", "eighty percent"), spells out initials ("L P T") and hears a number after "BAF" as its
 * homophone ("group baf too"). This rewrites those into what a director would have typed, before the
 * question is read, keeping every other character (and its case) as it was.
 *
 * A number under ten is a figure only where a number is expected ("BAF one", "five percent"):
 * elsewhere it is a word ("the research one", "three actions went to SEB"), as the papers write it.
 */

const alternatives = (words: Readonly<Record<string, number>>) => Object.keys(words).join('|');
const UNIT = alternatives(UNIT_WORDS);
const TEEN = alternatives(TEEN_WORDS);
const TEN = alternatives(TENS_WORDS);
/** 1st to 31st in words: "first", "twelfth", "thirty first", "twenty-third". */
const ORDINAL = `(?:(?:twenty|thirty)[ -](?:${alternatives(ORDINAL_UNIT_WORDS)})|${alternatives(ORDINAL_WORDS)})`;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

function cardinal(words: string): number {
  const [first, second] = words.toLowerCase().split(/[ -]/);
  return (
    (TENS_WORDS[first!] ?? TEEN_WORDS[first!] ?? UNIT_WORDS[first!]!) +
    (second ? UNIT_WORDS[second]! : 0)
  );
}

function ordinal(words: string): number {
  const [first, second] = words.toLowerCase().split(/[ -]/);
  return second ? TENS_WORDS[first!]! + ORDINAL_UNIT_WORDS[second]! : ORDINAL_WORDS[first!]!;
}

/** Things counted by a number after them: "BAF three", "risk number one", "action two". */
const NUMBERED = '(?:baf|risk|number|no|action|ambition|item|objective|priority|section|appendix)';
/** What a number before it measures: "one percent", "three weeks". */
const MEASURED = '(?:percent|per cent|%|days?|weeks?|months?|years?|million|m|k|out of|x|times|by)';
/** A number heard as a word that sounds like it, where only a number fits: "baf too", "risk for". */
const HOMOPHONES: Readonly<Record<string, string>> = {
  won: '1',
  to: '2',
  too: '2',
  for: '4',
  fore: '4',
  ate: '8',
};

/** Initials a speaker spells out ("L P T", "F T S U"): joined when they make one the papers use. */
const SPELT = new Set([
  ...Object.keys(ABBREVIATIONS).filter((k) => /^[a-z]{2,5}$/.test(k)),
  'lpt',
  'nhft',
  'baf',
  'cqc',
  'nhs',
  'ftsu',
  'qsir',
  'cfo',
  'cio',
  'coo',
  'cno',
  'edi',
]);

const rules: readonly [RegExp, (...groups: string[]) => string][] = [
  // "L P T", "f t s u"
  [
    /\b[a-z](?: [a-z]\b){1,4}/gi,
    (letters) => {
      const joined = letters.replace(/ /g, '');
      return SPELT.has(joined.toLowerCase()) ? joined : letters;
    },
  ],
  // "baff", "baph": BAF as heard.
  [/\bba(?:ff|ph)\b/gi, () => 'BAF'],
  // "twenty twenty five", "two thousand and twenty six": a year.
  [
    new RegExp(
      `\\b(?:twenty|two thousand(?: and)?)[ -]((?:${TEN})(?:[ -](?:${UNIT}))?|${TEEN})\\b`,
      'gi',
    ),
    (_m, n) => String(2000 + cardinal(n)),
  ],
  [
    new RegExp(`\\btwo thousand(?: and)? (${UNIT})\\b`, 'gi'),
    (_m, n) => String(2000 + cardinal(n)),
  ],
  // "the thirty first of march", "march the first": a day of a month.
  [
    new RegExp(`\\b(?:the )?(${ORDINAL})(?: of)? (${MONTH})\\b`, 'gi'),
    (_m, day, month) => `${ordinal(day)} ${month}`,
  ],
  [
    // (Not "was May the first ever board meeting".)
    new RegExp(
      `\\b(${MONTH}) (?:the )?(${ORDINAL})\\b(?! (?:ever|time|meeting|board|group|committee|one)\\b)`,
      'gi',
    ),
    (_m, month, day) => `${month} ${ordinal(day)}`,
  ],
  // "baf too", "risk for": only a number fits there. ("to" and "for" only at the end or before what
  // follows a risk's number, so "report the BAF to the board" stays as it is.)
  [
    new RegExp(
      `\\b(${NUMBERED}) (won|too|fore|ate|to|for)\\b(?=\\s*(?:[?.!,]|$|(?:about|score|scored|scoring|and|or|is|was|risk|on|in|its|gaps?|controls?|actions?|owner|lead|please)\\b))`,
      'gi',
    ),
    (_m, thing, heard) => `${thing} ${HOMOPHONES[heard.toLowerCase()]}`,
  ],
  [new RegExp(`\\b(${NUMBERED}) too\\b`, 'gi'), (_m, thing) => `${thing} 2`],
  // A number of ten or more, in words: "sitting at twenty", "eighty percent", "baf twenty-one".
  // ("Part two" is the private part of a meeting, as the papers write it.)
  [
    new RegExp(`(?<!\\bpart )\\b(?:(?:${TEN})(?:[ -](?:${UNIT}))?|${TEEN})\\b`, 'gi'),
    (n) => String(cardinal(n)),
  ],
  // A number under ten where a number is expected: after what is numbered ("baf three"), before what
  // it measures ("five percent") or after a score's words ("scored at nine"). Elsewhere it stays a word,
  // as board papers write it ("three actions went to SEB"), so passages are still found by it.
  [
    new RegExp(`\\b(${NUMBERED}) (${UNIT})\\b`, 'gi'),
    (_m, before, n) => `${before} ${cardinal(n)}`,
  ],
  // (Not "at one of the councils": one of many, no score.)
  [
    new RegExp(`\\b(scored?|scoring|at|above|over|below|under|than) (${UNIT})\\b(?! of\\b)`, 'gi'),
    (_m, before, n) => `${before} ${cardinal(n)}`,
  ],
  [new RegExp(`\\b(${UNIT})(?= ${MEASURED}\\b)`, 'gi'), (n) => String(cardinal(n))],
  // "80 percent", "80 per cent"
  [/\b(\d+) ?(?:percent|per cent)\b/gi, (_m, n) => `${n}%`],
];

/** The question as a director would have typed it, numbers in figures. */
export function asTyped(dictated: string): string {
  let text = dictated;
  for (const [pattern, rewrite] of rules)
    text = text.replace(pattern, (...args: unknown[]) => {
      // A replacer's arguments: the match, its groups, then offset and whole string.
      const groups = args.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''));
      return rewrite(...groups);
    });
  return text;
}
