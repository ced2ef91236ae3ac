/**
 * A question that asks for a list less some of it ("which actions aren't signed off by People?",
 * "risks not governed through F&P", "apart from BAF 05, have I got any actions?") is read three ways:
 * as typed, with the negation taken out (what is left out), and with the negated words taken out
 * (what it is left out of). The list asked for is the second subtracted from the third. This module
 * only finds the negation and writes the two other forms; the reader and the answers do the rest.
 */

export interface NegatedForms {
  /** The question without its negation: what is left out ("…actions are signed off by People"). */
  positive: string;
  /** The question without the negated words: the whole the list is taken from ("…actions"). */
  base: string;
  /** The negated words alone ("signed off by People", "BAF 05"). */
  phrase: string;
  /** "apart from X", "except X": X names something left out, not a condition. */
  excepting: boolean;
}

const APOSTROPHE = `['’]?`;

/** "aren't" → "are", "don't" → "do", "can't" → "can", "won't" → "will". */
const CONTRACTED = new RegExp(
  `\\b(are|is|was|were|do|does|did|have|has|had|would|could|should|ca|wo)n${APOSTROPHE}t\\b`,
  'i',
);
const PLAIN_NOT = /\b(are|is|was|were|do|does|did|have|has|had|am|will|been|being)\s+not\b/i;
const BARE = /\b(not|never|without)\b/i;
const EXCEPTING =
  /\b(apart from|other than|except for|except|excluding|not counting|not including|besides|aside from|leaving aside|leaving out|bar)\b/i;

/** The asker before the negation ("am I not", "I'm not", "I don't"): the clause is about them. */
const ASKER_BEFORE = /\b(?:am\s+i|i\s*['’]?\s*m|i\s+am|do\s+i|did\s+i|have\s+i|i)\s*$/i;

/** A condition the negation sits in: "if", "unless", "in case", "whether", earlier in its clause. */
const CONDITION_BEFORE = /\b(if|unless|in case|whether|when|what happens)\b[^,;?.!]*$/i;

/** "Not due till 2027", "isn't expected until March": a time things start, not a negation. */
const NOT_UNTIL =
  /^\s+(?:actually\s+|really\s+)?(?:due|expected|happening|scheduled|planned|coming|back)\s+(?:till|until|til)\b/i;

/** Where the negated words end: the clause's end. */
const CLAUSE_END = /[,;?.!]|\s+-\s+|\s+but\s+/;

function clauseEnd(text: string, from: number): number {
  const m = CLAUSE_END.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

const tidy = (s: string) =>
  s
    .replace(/\s+([,?.!])/g, '$1')
    .replace(/,(?=[?.!])/g, '')
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();

/** The question's two other forms, or null when nothing in it is negated. */
export function negatedForms(raw: string): NegatedForms | null {
  const except = EXCEPTING.exec(raw);
  if (except) {
    const start = except.index;
    const after = start + except[0].length;
    const end = clauseEnd(raw, after);
    const phrase = raw.slice(after, end).trim();
    if (!phrase) return null;
    return {
      positive: tidy(`${raw.slice(0, start)} ${raw.slice(after)}`),
      base: tidy(`${raw.slice(0, start)} ${raw.slice(end)}`),
      phrase,
      excepting: true,
    };
  }
  const found = [CONTRACTED, PLAIN_NOT, BARE]
    .map((re) => re.exec(raw))
    .filter((m): m is RegExpExecArray => !!m)
    .sort((a, b) => a.index - b.index)[0];
  if (!found) return null;
  // "…if the capital bid doesn't come through": a condition, not what a list leaves out.
  if (CONDITION_BEFORE.test(raw.slice(0, found.index))) return null;
  // "Which isn't due till 2027?": when it is due, not what is left out.
  if (NOT_UNTIL.test(raw.slice(found.index + found[0].length))) return null;
  const word = found[0];
  const verb = (found[1] ?? '').toLowerCase();
  const positiveWord =
    word.toLowerCase() === 'without'
      ? 'with'
      : /^(not|never)$/i.test(word)
        ? ''
        : verb === 'wo'
          ? 'will'
          : verb === 'ca'
            ? 'can'
            : verb;
  const after = found.index + word.length;
  const end = clauseEnd(raw, after);
  const phrase = raw.slice(after, end).trim();
  if (!phrase) return null;
  const asker = ASKER_BEFORE.exec(raw.slice(0, found.index));
  const start = asker ? asker.index : found.index;
  return {
    positive: tidy(`${raw.slice(0, found.index)} ${positiveWord} ${raw.slice(after)}`),
    base: tidy(`${raw.slice(0, start)} ${raw.slice(end)}`),
    phrase,
    excepting: false,
  };
}
