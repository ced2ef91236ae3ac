import { messageSentences } from './text';

/**
 * A message written like an email: "Hi both – I'm updating the paper tracker for the January Group
 * Board. Who authored the THRIVE report and when was it submitted? Thanks, Zoe". What is read is the
 * question: the greeting and the sign-off (with its name) are dropped, and so is the sentence that only
 * says why the asker asks ("I've got the ICB access meeting tomorrow"), unless the question leans on
 * it ("Which committee should monitor those actions?"), when it stays but without its own timing
 * ("tomorrow", "on Thursday": when the asker needs it, not what is asked about).
 */

const GREETING =
  /^\s*(?:hi|hello|hey|hiya|dear|morning|afternoon|evening|good (?:morning|afternoon|evening))(?:\s+(?:all|both|team|everyone|folks|there|board clerk|clerk|[A-Z][a-z]+))?\s*(?:[,!:;.–—]+|\s-\s)\s*/i;

const SIGN_OFF =
  /(?<=[.?!]|^)\s*(?:(?:many |thanks? )?thanks(?: again| in advance| very much| so much| all)?|thank you(?: very much| so much)?|cheers|ta|thx|best(?: wishes)?|kind regards|regards|warm regards|all the best)\b[\s,.!–—-]*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?[.!]?\s*$/i;

/** A name alone after the last sentence: "When was it due? Sophie". */
const NAME_LAST = /(?<=[.?!])\s+[A-Z][a-z]+\.?\s*$/;

/** A sentence that asks (or asks for) something, or tells of a question put to the asker. */
const ASKING =
  /\?\s*$|^\s*(?:(?:and|so|but|also|ok|okay)\s+)?(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|does|do|did|has|have|had|can|could|would|will|should|please|tell|remind|send|show|list|give|let me know|i need|i would like|i'd like|i want|i am looking for|i'm looking for|any)\b|\b(?:asked|asking|asks|wants to know|wondering|query|question)\s+(?:me\s+|us\s+)?(?:about|what|who|when|whether|how|which|if|why)\b/i;

/** A sentence about what the asker is doing ("I'm drafting the access section…"): why, not what. */
const OWN_ERRAND =
  /^\s*(?:i|i'm|i am|i've|i have|i'll|i will|we're|we are|we've|just|quick check|for|before|ahead of|prepping|preparing|building|writing|updating|drafting|planning|setting|checking|briefing|[A-Z][a-z]+ and i)\b/i;

/** Saying which record is meant ("I'm looking at the Leicestershire one"): part of the question. */
const SCOPE = /\b(?:looking at|reading|in front of me|i've been given|i have been given)\b/i;

/**
 * "For the EIP audit I need…", "before People Committee I'd like to know…": why, said before what is
 * asked. Only an errand ("for the induction pack"), or a time ("before…") followed by a request: "for
 * the transition group, what…" and "before the board, which papers…" are what is asked about.
 */
const ERRAND_FIRST =
  /^(?:for (?:the |my |our |a |an )?[^,.?]{0,40}?\b(?:pack|audit|return|note|briefing|brief|induction|presentation|piece|tracker|away day|1:1|catch[- ]up|diary|reflections|annual report)\b[^,.?]{0,30}?(?:,\s*|\s+(?=i need|i'd like|i would like|i want|could you|can you|please|what|who|when|which|how))|(?:before|ahead of|in advance of|prepping for|preparing for)\s+[^,.?]{1,60}?(?:,\s*(?=i need|i'd like|i would like|i want|could you|can you|please)|\s+(?=i need|i'd like|i would like|i want|could you|can you|please)))/i;

/**
 * A question passed on: "a governor has asked what the board resolved…", "a NED asked me how the two
 * trusts compare on…", "a question came up at F&P about Group BAF 2". Who asked, and where, is not
 * what is asked.
 */
const PASSED_ON: readonly RegExp[] = [
  /^(?:i've got |i have )?(?:a|an|one of (?:my|our|the)|our|the|some|two|a couple of|several) [a-z' -]{1,40}? (?:has asked|have asked|asked|is asking|are asking|asking|wants to know|want to know|wanted to know|has queried|queried|has raised|raised)(?: me| us)?\s+(?:about\s+)?/i,
  /^a (?:question|query) (?:came up|has come up|was raised|has been raised|was asked)(?: at [^,.?]{1,60}?)?\s+(?=about\b)/i,
];

/** Words that lean on what was said before: "those actions", or "it" in a short question. */
const LEANING = /\b(those|these|them|they|the same|such)\b/i;
const LEANING_IF_SHORT = /\b(it|its|that|this|there)\b/i;

/** When the asker needs the answer: not what the question is about. */
const OWN_TIMING =
  /\b(?:tomorrow|tonight|today|yesterday|later(?: today| this week)?|this (?:morning|afternoon|evening|week)|next week|on (?:monday|tuesday|wednesday|thursday|friday)|(?:monday|tuesday|wednesday|thursday|friday)'s)\b/gi;

const ASKING_WORDS = new Set(
  'who what when where which how the and for was were are does did could you let know tell please can would will any our about'.split(
    ' ',
  ),
);

/** Content enough to stand alone: several words besides the asking ones, leaning on nothing before. */
function standsAlone(sentence: string): boolean {
  const words = sentence
    .toLowerCase()
    .replace(/[^a-z0-9&\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2 && !ASKING_WORDS.has(w));
  if (LEANING.test(sentence)) return false;
  return words.length >= 4 || (words.length >= 3 && !LEANING_IF_SHORT.test(sentence));
}

/**
 * How short the answer should be ("give me a one-liner on net zero", "one line on Group BAF 1"): the
 * shape of the reply, not what is asked about. Read as asking about it.
 */
const SHAPE_ASKED =
  /\b(?:(?:give|get|send|drop) me |can i (?:have|get) |i need |just )?(?:a |an )?(?:quick |short |brief )?(?:one[- ]?liner|one[- ]line|single line|line or two|couple of lines|few lines|sentence or two|headline|nutshell)s? (?:on|about|re|for|of)\b/i;

/** The question a message asks, without the email around it. */
export function withoutFraming(message: string): string {
  const body = message
    .replace(GREETING, '')
    .replace(SIGN_OFF, '')
    .replace(NAME_LAST, '')
    .replace(SHAPE_ASKED, 'about')
    .trim();
  if (!body) return message;
  const sentences = messageSentences(body);
  const asking = sentences.filter((s) => ASKING.test(s.replace(ERRAND_FIRST, '')));
  if (!asking.length) return body;
  const alone = asking.every((s) => standsAlone(s.replace(ERRAND_FIRST, '')));
  return sentences
    .filter((s) => asking.includes(s) || !(alone && OWN_ERRAND.test(s) && !SCOPE.test(s)))
    .map((s) =>
      asking.includes(s)
        ? PASSED_ON.reduce((t, p) => t.replace(p, ''), s.replace(ERRAND_FIRST, ''))
        : PASSED_ON.reduce((t, p) => t.replace(p, ''), s)
            .replace(OWN_TIMING, '')
            .replace(/\s{2,}/g, ' '),
    )
    .join(' ');
}
