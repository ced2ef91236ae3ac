import { contentWords, escapeRegExp, messageSentences, normalise } from './text';

/**
 * A term whose meaning is asked: "what does 'target risk' mean?", "what is a BAF actually for?",
 * "everyone keeps saying '1st line, 2nd line' - what's all that about?", "what does EPRR stand for".
 * Read sentence by sentence (a message may set the scene first), as typed and normalised.
 */

/** Asks what a term means, whatever else the question names: the term is the capture. */
const MEANING_ASKED: readonly RegExp[] = [
  /\bwhat (?:does|do) (.+?) (?:actually |really |even |exactly )?(?:mean|stand for)\b/,
  /\bwhat (?:is|are) meant by (.+)$/,
  /\bwhat do (?:you|we|they|people|the papers|papers|folk) mean by (.+)$/,
  /\b(?:meaning|definition) of (.+)$/,
  /^(?:please |can you |could you )?define (.+)$/,
  /^(?:i have )?never heard of (.+)$/,
  // A term from another trust: "does LPT use residual or something else?", "what does LPT call it".
  /\b(?:does|do) (?:\w+ ){0,3}(?:use|say|call it|talk about|report|refer to|go with) (?:a |an |the )?(?:term |word )?([a-z0-9&]+(?: [a-z0-9&]+){0,2}) or (?:something|anything|some other \w+|another \w+|a different \w+)(?: else)?\b/,
  /\bwhat (?:do|does) (?:you|we|they|lpt|nhft|the group|the trust|the board|the papers|this trust|the baf) call (?:a |an |the |what (?:we|i) called )?(.+?)(?: here| then| instead)?$/,
  /\b(?:is|are) (?:a |an |the )?(.+?) (?:called|known as|termed|named) something else\b/,
  /\b(?:not sure|no idea|do not know|unsure) what (.+?) (?:is|are|means?)(?: for)?$/,
  /\bwhat (?:is|are) (.+?) when (?:it is|they are) at home$/,
  // "How is a BAF score actually worked out?": what the papers say a score is.
  /^how (?:is|are) (?:a |an |the )?(?:baf |bafs |risk |risks )?(.+?) (?:actually |really |even )?(?:worked out|calculated|derived|arrived at|determined|measured)\b/,
];

/** A quoted term asked about in another sentence: "'1st line, 2nd line' ... what's all that about?" */
const ABOUT_QUOTED =
  /\b(mean|means|meant|stand for|all about|that about|what is that|what are they|define|definition|explain|jargon|call|calls|called|term|terms|termed|known as)\b/;

/** Asks what a thing is, only when nothing else is named: "what is a deep dive?", "what's QSIR?". */
const WHAT_IS_A: readonly RegExp[] = [
  // "What is the transition group for?" is its terms of reference; "what is a BAF for?" a term.
  /\bwhat (?:is|are) (.+?) (?:actually |really |even |exactly )?(?:for|all about)$/,
  /^(?:so |and |but |ok )?what (?:is|are) (?:a|an) (.+)$/,
  /^(?:please |can you |could you )?explain (?:to me )?(?:what )?(.+?)(?: is| are| means)?$/,
];
const ACRONYM_ALONE = /^\s*[Ww]hat(?:'s|’s| is| are)\s+(?:the\s+)?([A-Z][A-Z&]{2,7})\s*\??\s*$/;

/** "What does that stand for?", "what does it mean?": the meaning of something just named. */
const POINTED_MEANING =
  /\bwhat (?:does|do) (?:that|this|it) (?:actually |really )?(?:mean|stand for)\b/;

/** Words that point back at a subject ("what does that mean?"): a follow-up, not a term. */
const POINTING = /^(it|that|this|those|these|them|they|all that|all this|this all|that all)$/;

/** A clause, not a term: "we aiming", "you doing". */
const SUBJECT_FIRST = /^(we|you|they|i|he|she|it|there|people|everyone)\b/;

/** What is not part of the term: an article before it, where it appears after it. */
function trimmed(term: string): string {
  return term
    .replace(/^(?:the|a|an|our|this|these|term|word|phrase|acronym|abbreviation)\s+/g, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(
      /\s+(?:in|on|at|from|within|across|throughout) (?:the |our |all the )?(?:papers?|board|reports?|minutes|baf|risk (?:register|framework|papers)|register).*$/,
      '',
    )
    .replace(/\s+(?:actually|really|exactly|even|again|please|here|there)$/, '')
    .trim();
}

function usable(term: string): string | null {
  const t = trimmed(term);
  // "What are we aiming for?": a question about us, not a term.
  if (!t || POINTING.test(t) || SUBJECT_FIRST.test(t) || t.split(' ').length > 7) return null;
  // "What's the latest meeting we have papers for?": a clause of its own, not a term.
  if (/ (we|you|they|i) (have|had|got|need|needed|use|used|do|did|are|were|can|could)\b/.test(t))
    return null;
  // A single short word may be one the reader treats as common ("baf"): still a term.
  return contentWords(t).length || /^[a-z&]{3,8}$/.test(t) ? t : null;
}

export interface TermAsked {
  term: string;
  /** Asked as meaning ("what does X mean"), not only as "what is a X": decides over other readings. */
  strong: boolean;
}

/** The term as the asker wrote it ("QSIR", "target risk"), found again in the message. */
function asWritten(raw: string, term: string): string {
  const pattern = term.split(' ').map(escapeRegExp).join('[^A-Za-z0-9]+');
  return new RegExp(`\\b${pattern}\\b`, 'i').exec(raw)?.[0] ?? term;
}

/** The term a question asks the meaning of (as written), or null. */
export function termAsked(raw: string): TermAsked | null {
  const found = meaningOf(raw);
  return found && { ...found, term: asWritten(raw, found.term) };
}

/** How risks are scored, asked in any of its ways: what the papers say scoring is. */
const SCORING_ASKED =
  /\bhow (?:do|does|are|is) (?:the |a |an |our )?(?:baf |risk |risks )*(?:scores?|scoring|ratings?|matrix) (?:actually |really )?work\b|\bhow (?:are|is) (?:the |a |an |our )?(?:baf )?risks? (?:actually |really )?(?:scored|rated|graded)\b|\b(?:risk )?scoring (?:system|methodology|method|matrix|approach) (?:work|explained)\b/;

function meaningOf(raw: string): TermAsked | null {
  if (SCORING_ASKED.test(normalise(raw))) return { term: 'risk scoring', strong: true };
  const sentences = messageSentences(raw);
  // Quotes around words, not the apostrophes of "Who's … LPT's".
  const quoted = /(?:^|[\s(])['‘"“]([^'’"”\n]{2,60}?)['’"”](?=$|[\s.,;:?!)])/.exec(raw)?.[1];
  for (const sentence of sentences) {
    const text = normalise(sentence);
    for (const pattern of MEANING_ASKED) {
      const m = pattern.exec(text);
      const term = m && usable(m[1]!);
      if (term)
        return {
          term: quoted && term.includes(normalise(quoted)) ? normalise(quoted) : term,
          strong: true,
        };
    }
  }
  // (Asked of the quoted words, not by them: "the 'long term trajectory' actions" names a "term".)
  if (quoted && sentences.some((s) => ABOUT_QUOTED.test(normalise(s.replace(quoted, ' '))))) {
    const term = usable(normalise(quoted));
    if (term) return { term, strong: true };
  }
  // "There's a line about FOMI, what does that stand for?": the one short form the message names.
  const acronyms = [...new Set(raw.match(/\b[A-Z][A-Za-z&]?[A-Z&]{1,6}s?\b/g) ?? [])];
  if (acronyms.length === 1 && sentences.some((s) => POINTED_MEANING.test(normalise(s))))
    return { term: normalise(acronyms[0]!), strong: true };
  for (const sentence of sentences) {
    const acronym = ACRONYM_ALONE.exec(sentence)?.[1];
    if (acronym) return { term: normalise(acronym), strong: false };
    for (const pattern of WHAT_IS_A) {
      const m = pattern.exec(normalise(sentence));
      const term = m && usable(m[1]!);
      if (term) return { term, strong: false };
    }
  }
  return null;
}
