/**
 * A job title asked of that no action log knows: "actions the chief exec leads", "overdue actions for
 * the head of comms". Read as a title (so the answer can say no log names it as a lead) rather than
 * dropped, which would answer with every action.
 */

/** The last word of a title: what makes the words before it a job ("…executive", "head of …"). */
const TITLE_END =
  '(?:non executive directors?(?: neds)?|non executives|non execs|neds|chief exec(?:utive)?|officer|director|chair(?:man|woman)?|secretary|manager|guardian|nurse|counsel|treasurer|controller|head of [a-z]+(?: and [a-z]+)?)';

/** Up to three words before it that are part of the title ("group chief", "deputy"), not the question's. */
const TITLE_BEFORE =
  '(?:(?!(?:the|a|an|actions?|ones?|things?|those|these|which|that|of|on|for|in|my|our|their|overdue|open|late|outstanding|all|any|by|is|are|does|do)\\b)[a-z]+ ){0,3}';

const TITLE = `(${TITLE_BEFORE}${TITLE_END})`;

/** A lead asked of by title: "led by the X", "(the ones) the X leads", "for the X", "X's actions". */
const ASKED_OF = [
  new RegExp(`\\b(?:led|owned|held|run|done|carried) by (?:the |our )?${TITLE}\\b`),
  new RegExp(
    `\\b(?:actions?|ones|things|items|those|what) (?:that |which )?(?:the |our )?${TITLE} (?:leads?|is leading|s leading|owns?|is responsible for|s responsible for|is doing|has got|has|is down for|is on)\\b`,
  ),
  new RegExp(`\\b(?:the |our )?${TITLE} (?:actions|ones)\\b`),
  new RegExp(`\\bactions? (?:for|of|with) (?:the |our )?${TITLE}$`),
];

/** A title one word long is too loose to say no log names it ("director", "manager"). */
const TOO_LOOSE =
  /^(?:officer|director|chair(?:man|woman)?|secretary|manager|nurse|counsel|executive|controller)$/;

/**
 * The title a question asks actions of ("chief executive", "head of communications"), in its own
 * words, or null when it names none. Only for questions where no known role or person was read.
 */
export function titleAskedOf(text: string): string | null {
  for (const pattern of ASKED_OF) {
    const title = pattern.exec(text)?.[1]?.trim();
    if (title && !TOO_LOOSE.test(title))
      return title
        .replace(/\bexec\b/, 'executive')
        .replace(
          /^(?:non executives|non execs|neds)$|^non executive directors? neds$/,
          'non executive directors',
        );
  }
  return null;
}

/** A title as a board paper prints one: "Head of Communications". */
export function asTitle(words: string): string {
  return words
    .replace(/\b(?!(?:of|and|the|for)\b)[a-z]/g, (c) => c.toUpperCase())
    .replace(/\bNon Executive\b/, 'Non-Executive');
}
