import { distance } from 'fastest-levenshtein';
import stemWord from 'wink-porter2-stemmer';
import { STOP_WORDS } from './lexicon';

/**
 * Text helpers for reading questions: normalising what people type in Teams, and correcting typos
 * against the board's own vocabulary ("scroe" -> "score", "apetite" -> "appetite").
 */

/**
 * Lower case, markup removed, punctuation turned to spaces (keeping / and # in references). Mentions
 * of the bot are already gone: the edge strips them (src/bot/requests.ts).
 */
export function normalise(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9/#&%\s.]/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  return text.split(' ').filter(Boolean);
}

const stems = new Map<string, string>();

/** The English (Porter2) stem of a normalised word: "recruiting" and "recruitment" are both "recruit". */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? stemWord(word) : word;
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

/**
 * Corrects words that are one or two edits from a lexicon word (only words of 4+ letters, and only when
 * the word is not itself in the lexicon or the common-word list). Digits and references are left alone.
 */
export class SpellCorrector {
  private readonly lexicon: Set<string>;
  private readonly byLength = new Map<number, string[]>();

  constructor(
    lexicon: Iterable<string>,
    private readonly keep: ReadonlySet<string> = COMMON_WORDS,
  ) {
    this.lexicon = new Set([...lexicon].filter((w) => /^[a-z]{3,}$/.test(w)));
    for (const w of this.lexicon) {
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
    }
  }

  private keptStems: Set<string> | null = null;

  /** A word whose stem is a common word's ("asking", "goes") is a real word, not a typo. */
  private isKept(word: string): boolean {
    if (this.keep.has(word)) return true;
    this.keptStems ??= new Set([...COMMON_WORDS].map(stem));
    return this.keptStems.has(stem(word));
  }

  correctWord(word: string): string {
    if (word.length < 4 || !/^[a-z]+$/.test(word) || this.lexicon.has(word) || this.isKept(word))
      return word;
    const allowed = word.length >= 7 ? 2 : 1;
    let best = word;
    let bestDistance = allowed + 1;
    for (let len = word.length - allowed; len <= word.length + allowed; len++)
      for (const candidate of this.byLength.get(len) ?? []) {
        const d = distance(word, candidate);
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
        }
      }
    return best;
  }

  correct(text: string): string {
    return words(text)
      .map((w) => this.correctWord(w))
      .join(' ');
  }
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
