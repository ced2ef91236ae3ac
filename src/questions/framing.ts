import { PUTTING_RIGHT } from './lexicon';
import { MONTH_WORD } from './periods';
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

/** An apology before asking: "Sorry if this is a silly question,", "apologies for the basic one -". */
const APOLOGY =
  /^\s*(?:sorry|apologies|forgive me|excuse me|pardon me)(?:\s+(?:if|for|to|but)\b[^,.?!–—-]{0,60}?\s*(?:[,.!–—:]+|\s-\s)|\s*(?:[,.!–—:]+|\s-\s)|\s+(?=(?:who|what|when|where|which|why|how|is|are|was|were|does|do|did|can|could)\b))\s*/i;

/** A name alone after the last sentence: "When was it due? Sophie". */
const NAME_LAST = /(?<=[.?!])\s+[A-Z][a-z]+\.?\s*$/;

/** A sentence that asks (or asks for) something, or tells of a question put to the asker. */
const DIRECT_ASKING =
  /\?\s*$|^\s*(?:(?:and|so|but|also|ok|okay)\s+)?(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|does|do|did|has|have|had|can|could|would|will|should|please|tell|remind|send|show|list|give|let me know|i need|i would like|i'd like|i want|i am looking for|i'm looking for|any)\b/i;
/** A question put to the asker, told: "someone asked me when…", "new NEDs keep asking when…". */
const REPORTED_ASKING =
  /\b(?:asked|asking|asks|wants to know|wondering|query|question)\s+(?:me\s+|us\s+)?(?:about|what|who|when|whether|how|which|if|why)\b/i;
const ASKING = new RegExp(`${DIRECT_ASKING.source}|${REPORTED_ASKING.source}`, 'i');

/** A sentence about what the asker is doing ("I'm drafting the access section…"): why, not what. */
const OWN_ERRAND =
  /^\s*(?:i|i'm|i am|i've|i have|i'll|i will|we're|we are|we've|just|quick check|for|before|ahead of|got|have got|sitting|doing|heading|trying|hoping|on call|in (?:the|a|my|our) (?:joint )?[\w&]+ (?:prep|meeting|catch[- ]up|pre-?meet)|thinking (?:of|about)|prepping|preparing|building|writing|updating|drafting|planning|setting|checking|briefing|(?:need|needed|want|wanted) (?:it|this|that|these|them|the answer|the list|the figures?) (?:for|before|by)|(?:it's|its|this is|it is) for|[A-Z][a-z]+ and i|my (?:ea|pa|boss|director|exec|manager|chair|chief|line manager)\b|(?:want|wanted|need|needed|trying|going|just want) to (?:check|make sure|confirm|see|ensure|cross[- ]check|double[- ]check|know)\b)\b/i;

/** Who is asking, said on its own: "Audit and Risk chair here.", "This is the ARC secretary." */
const WHO_I_AM =
  /^\s*(?:(?:this is|it's|it is|speaking as|writing as|asking as)\s+)?[\w'’ &/-]{1,50}?\s+(?:here|speaking|writing)\s*[.!]?\s*$|^\s*(?:this is|speaking as|writing as|asking as|wearing my)\s+[\w'’ &/-]{1,60}?[.!]?\s*$/i;

/**
 * The asker's own doubt or memory, told beside the question ("Something about the date looked odd to
 * me when I checked the plan.", "My recollection from the summary page was 20.", "feels like ages
 * ago"): why they ask, and
 * what the answer will show, not what is asked. (A doubt about figures, "the totals look odd", is
 * kept: the papers' own inconsistencies answer it.)
 */
const ASIDE =
  /^\s*(?:(?:it|that|this)\s+)?(?:feels|felt|seems|seemed)\s+(?:like\s+)?(?:ages|forever|an age|a (?:long )?while|a long time|years|months)(?:\s+ago)?\s*[.!]?\s*$|^\s*(?:(?:something|it|that|this|the (?:dates?|wording))\b[^?]{0,60}?\b(?:look|looked|looks|seem|seemed|seems|felt|struck me)\b|(?:my recollection|i recall|i remember|if i remember|as i recall|i think|i thought|i believe|i'm not sure|i am not sure|not sure|i may be wrong|i might be wrong|correct me if|(?:think|thought|reckon|believe) (?:it|that|they|this) (?:was|were|is|are|'s|’s))\b)[^?]*[.!]?\s*$/i;

/**
 * Small talk around a question: the weather, the journey, the diary, a wish or a farewell ("Dreadful
 * fog out there this morning", "on the train with awful signal", "off to a workshop now, wish me
 * luck", "happy friday", "sorry for the late message"). Never what is asked; dropped wherever it
 * stands, when it names no record a question could lean on.
 */
const SMALL_TALK =
  /\b(?:fog|foggy|frost|frosty|freezing|cold out|snow|snowing|raining|sunny|sunshine|weather|windy|icy|chilly|wrap up|on the train|on a train|in the car|traffic|commute|signal|took (?:me )?an hour|walk in|diary(?:'s| is)? (?:gone |a )?(?:mad|mess|chaos|total mess)|admin pile|scramble|bearing with me|bear with me|wish me luck|happy (?:friday|monday|weekend|christmas|new year)|btw|sun's out|sun is out|stay dry|lashing|coffee|sandwich|lunch|school run|kids|have a (?:good|nice|great|lovely)|late message|random one|comes? through twice|on call|off to (?:a|an|another|the)|another meeting after|if i stop typing|mad week|crazy week|busy week|hectic)\b/i;

/** Words that name a record a question can be about: a risk, an action, a paper, a meeting. */
const OWN_RECORD =
  /\b(?:baf|bafs|risk|risks|action|actions|minutes|agenda|paper|report|committee|plan|log|strategy|ambitions?|objective|gtb|register|ftsu|psirf|qsir|thrive|ema|workplan|(?:group|trust|lpt|nhft|jan(?:uary)?|may|sept?(?:ember)?) board|(?:chief exec\w*|ceo)(?:'s|’s|s)? (?:update|briefing)|(?:board )?pack)\b/i;

/** Where the asker saw what is asked: "I saw something in the chief exec's update". */
const SEEN_IN = /\b(?:saw|seen|read|spotted|noticed|mentioned|came up|flagged)\b[^?]{0,30}?\bin\b/i;

/** A memory hedged after the question: "The paper was at the January group board I think." */
const HEDGE_AFTER =
  /\b(?:i think|i believe|i reckon|i guess|iirc|if i remember rightly)\s*[.!]?\s*$/i;

/** Words of the asker or someone around them, not of what is asked about. */
const SOMEONES = /\b(?:i|i'm|i’m|i've|my|me|we|our|us|someone|somebody|everyone)\b/i;

/** A sentence that tells rather than names: "Wasn't in my diary anywhere" (not "nov v dec split"). */
const STATEMENT =
  /\b(?:is|was|were|are|have|has|had|do|does|did|will|would|said|says|think|thought|know|knew|feel|felt|seems?|looks?|reckons?)\b|n['’]t\b/i;

/** Who the asker is, said: "As Director of Governance…", "I'm the FTSU guardian". */
const ROLE_SAID =
  /\b(?:[Aa]s|[Ii] am|[Ii]['’]m)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[A-Z][a-z]+|[A-Z]{2,})/;

/** A name of two capitalised words, a programme's or a person's: "Talent Matters", "Paul Sheldon". */
const PROPER_NAME = /\b[A-Z][a-z]+ [A-Z][a-z]+\b/;

/** A request said after the question: "minute ref pls", "I don't know what DoCA means". */
const REQUEST = /\b(?:pls|please|plz)\b|\bwhat (?:\S+ ){0,3}(?:means?|stands? for)\b/i;

/** A register or an organisation named: "We're preparing for the LPT board", "on the group BAF". */
const NAMES_WHOSE =
  /\b(?:lpt|nhft|leicestershire|northamptonshire|well[- ]led)\b|\b(?:group|lpt|nhft|trust) (?:baf|register)\b/i;

/** A sentence after the question about the asker's (or someone's) plans or beliefs: "I'll raise it with Paul". */
const AFTERWORD =
  /^\s*(?:thanks|thank you|many thanks|ta|cheers|sorry|apologies|btw|i|i'll|i will|i'd|i'm|i am|i've|i have|we|we'll|we've|we can't|she|he|they|she'll|he'll|they'll|need|needs|must|will|want|hope|hoping|going|got to|have to|off|so i|that way|otherwise|or else|if|just|not sure|no rush|no worries|bit of)\b/i;

/** What form someone wants the answer in ("Chair of ARC wants a one-pager"): not what is asked. */
const ASKS_FOR_A_FORM =
  /\b(?:wants?|needs?|would like|asked for|has asked for)\s+(?:a|an)\s+(?:one[- ]?pager|summary|brief|briefing|note|quick note|line|paragraph|slide|reminder)\b/i;

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
/**
 * "I'm worried about the 52 week waits. How bad is it?": "is it" is the sentence before, unless the
 * sentence names something of its own ("Who authored the THRIVE report and when was it submitted?").
 */
const LEANING_ON_IT =
  /\b(is|was|s|does|did|has|had|for|about) (it|that|this)\b(?! (is|was|s|has|had)\b)|\b(?!(?:is|was|does|did|has|had|for|about|make|makes|made|take|takes|took|get|gets|got|put|keep|can|could|will|would|should|must|might|may|isn|wasn|doesn)\b)[a-z]{3,}(?:ed|s)? (it|them)\b(?! (is|was|s|has|had|to|that)\b)/i;
const NAMES_SOMETHING = /\s(?:[A-Z][A-Za-z&]{1,}|[A-Z]{2,})\b/;
const LEANING_IF_SHORT = /\b(it|its|that|this|there)\b/i;

/** When the asker needs the answer: not what the question is about. */
const OWN_TIMING =
  /\b(?:tomorrow|tonight|today|yesterday|later(?: today| this week)?|this (?:morning|afternoon|evening|week)|next (?:week|month)|on (?:monday|tuesday|wednesday|thursday|friday)|(?:monday|tuesday|wednesday|thursday|friday)'s)\b/gi;

/** Text without the asker's own timing ("next week", "on Thursday"), its spaces tidied. */
function withoutOwnTiming(text: string): string {
  return text
    .replace(OWN_TIMING, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

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
  if (LEANING_ON_IT.test(sentence) && !NAMES_SOMETHING.test(sentence)) return false;
  return words.length >= 4 || (words.length >= 3 && !LEANING_IF_SHORT.test(sentence));
}

/**
 * How short the answer should be ("give me a one-liner on net zero", "one line on Group BAF 1"): the
 * shape of the reply, not what is asked about. Read as asking about it.
 */
const SHAPE_ASKED =
  /\b(?:(?:give|get|send|drop) me |can i (?:have|get) |i need |just )?(?:a |an )?(?:quick |short |brief )?(?:one[- ]?liner|one[- ]line|single line|line or two|couple of lines|few lines|sentence or two|headline|nutshell)s? (?:on|about|re|for|of)\b/i;

/**
 * Who the question is asked for, said before a colon or dash: "On behalf of the CFO: what did…",
 * "prep for People Committee pls: what are…", "Chair's office asks: what was said…", "I'm David
 * Maher's PA - what did he tell…", "my EA is off today - which of my…". Why, not what: dropped, when
 * what follows is a question of its own.
 */
const FRAME_LEAD =
  /^(?:on behalf of\b|(?:prep|prepping|preparing|briefing|drafting|pre-?meet)\b|for (?:the |my |our |a |an )?[\w'’ &-]{1,50}$|(?:i'm|i’m|i am|i've|i’ve|i have|i support|i work for|i'm covering|just|quick one|urgent)\b|my (?:ea|pa|boss|director|exec|manager|chair|chief|line manager)\b|[\w'’ &-]{1,50}\b(?:office|team|pa|ea)\b(?: (?:asks|asking|wants to know|query))?$|[\w'’ &-]{1,50} (?:asks|asking|wants to know|needs to know|query)$|[\w'’ &-]{1,50}\b(?:is|are|'s|’s) (?:presenting|off|away|on leave|out|chairing|attending|covering)\b|(?:for )?(?:(?:the|our|my|a|an|lpt(?:'s|’s)?|nhft(?:'s|’s)?|group|trust|staff|internal|external|stakeholder|public|weekly|monthly|team|governor|member)\s+){0,3}(?:newsletter|bulletin|website|web page|intranet|blog|press line|press release|reactive line|holding line|social post|social media post|comms|briefing)(?:\s+(?:item|piece|copy|update|refresh|draft|story|post|article|feature|note))?$|(?:give me|can i have|can you give me|could you give me|i need|send me|pull out) (?:the |some |a )?(?:top lines|headlines|headline numbers|headline figures|key messages|key points|key facts|summary|line|quote)\b[^?]{0,100}$)/i;

/** A clause that tells something ("…is all about agency spend", "David Maher flagged…"), not a scope. */
const SCENE_SET =
  /\b(is|are|was|were|has been|have been|had|flagged|said|told|mentioned|talked|raised|closed|agreed|reported|showed|highlighted|keeps|kept)\b/i;

/** A scene set by what a paper says: "the value paper says the two hubs are merging". */
const PAPER_SAYS =
  /\b(?:paper|report|update|minutes|pack|briefing)\s+(?:says?|said|mentions?|mentioned|notes?|noted|states?|stated)\b/i;

/** "I'm on the transition group - what attendance…": the group is what is asked about. */
const MEMBER_OF =
  /^(?:i'm|i’m|i am|we're|we are) (?:on|at|in|with|from|part of|a member of|chairing|sitting on|new to|joining)\b/i;

/** A clause, then a colon or a spaced dash, then the rest. */
const LEAD_SPLIT = /^([^?:]{3,120}?)\s*(?::\s|\s[-–—]\s)\s*(\S.*)$/s;

/**
 * The person a dropped frame names ("on behalf of Kamy Basra", "I'm David Maher's PA", "I support
 * the Interim Director of Nursing"), whom "he", "she", "his" and "her" then mean.
 */
const FRAME_PERSON_AFTER =
  /\b(?:on behalf of|i support|i work for|i'm covering for|i am covering for|pa to|ea to|assistant to|i'm|i’m|i am)\s+/gi;
const NAME = /^(?:the )?[A-Z][\w&-]*(?:(?:\s+(?:of|and|&|for))?\s+[A-Z][\w&-]*){0,6}/;
/** "the CEO's notes", "David Maher's PA": whose errand it is. */
const WHOSE_ERRAND =
  /\b((?:the )?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})(?:'s|’s)\s+(?:pa|PA|ea|EA|assistant|deputy|office|notes|brief|briefing|diary|pre-?meet)\b/;

/**
 * "Covering for helen while she's off", "stepping in for the CFO": whom the asker stands in for, typed
 * in any case (the words up to "while", "until", "this week"…).
 */
const STANDING_IN_FOR =
  /\b(?:covering|standing in|stepping in|filling in|deputising|deputizing|holding the fort)\s+for\s+((?:the\s+)?[a-z][\w'’&-]*(?:\s+(?!(?:while|whilst|until|till|this|next|for|during|on|as|who|when|today|tomorrow)\b)[a-z][\w'’&-]*){0,5})/i;

/** Someone away, named in a frame: "Megan Hart is on annual leave", "while Claire Dunn is off sick". */
const AWAY =
  /^\s*(?:(?:while|whilst|as|since|because|with)\s+)?((?:the\s+)?[A-Za-z][\w'’&-]*(?:\s+(?!is\b|s\b)[A-Za-z][\w'’&-]*){0,4}?)(?:\s+is|['’]s)\s+(?:on\s+(?:annual\s+|maternity\s+|paternity\s+|parental\s+|sick\s+|study\s+|compassionate\s+)?leave|off(?:\s+sick)?|away|out of (?:the )?office|on holiday|unwell|ill)\b(?:\s+(?:this|next)\s+(?:week|month)|\s+(?:today|tomorrow))?/i;
/** "…and I'm covering her", "I am holding the fort for him": the asker's part, not what is asked. */
const COVERING_THEM =
  /\b(?:and\s+)?(?:i['’]m|i am|im)\s+(?:covering|standing in|stepping in|filling in|deputising|holding the fort)(?:\s+for)?(?:\s+(?:her|him|them))?\b/gi;

function personIn(frame: string): string | null {
  const whose = WHOSE_ERRAND.exec(frame);
  if (whose && /^(?:the )?[A-Z]/.test(whose[1]!)) return whose[1]!;
  const standingIn = STANDING_IN_FOR.exec(frame)?.[1];
  if (standingIn) return standingIn;
  for (const m of frame.matchAll(FRAME_PERSON_AFTER)) {
    const name = NAME.exec(frame.slice(m.index + m[0].length))?.[0];
    // "I'm drafting…": no one named.
    if (name && name.length > 2) return name;
  }
  return null;
}

/** "What did he tell the board": the person the frame names, in their place. */
function forPerson(question: string, person: string | null): string {
  if (!person) return question;
  return question
    .replace(/\bhis\b/g, `${person}'s`)
    .replace(
      /\bher\b(?=\s+[a-zA-Z])(?!\s+(?:to|on|about|for|at|in|by|with|from)\b)/g,
      `${person}'s`,
    )
    .replace(/\b(?:he|she|him|her|his|hers)\b/g, person);
}

/** "Our committee", "my cttee": a body the asker belongs to, which a frame may name. */
const OUR_BODY = /\b(?:our|my) (?:committee|cttee)\b/i;
const BODY_NAMED = /\b([A-Za-z&]+(?: and [A-Za-z]+)?) (committee|cttee)\b/i;

/** A sentence without a frame said before its question, and the person the frame named. */
function withoutLead(sentence: string): { text: string; person: string | null } {
  const m = LEAD_SPLIT.exec(sentence);
  // "Covering for the director of improvement this week - what's she got overdue?": whom the asker
  // stands in for is who "she" is; the frame's timing is the asker's.
  const standingIn = m && ASKING.test(m[2]!) ? STANDING_IN_FOR.exec(m[1]!)?.[1] : undefined;
  if (standingIn) return { text: m![2]!, person: standingIn };
  // "Megan Hart is on annual leave and I'm covering her - what has she got overdue?", "while Claire
  // Dunn is on leave I'm holding her well-led actions - anything due?": the person away is who "she"
  // is; what else the frame says of the work stays with the question.
  const away = m && ASKING.test(m[2]!) ? AWAY.exec(m[1]!) : null;
  if (away) {
    const left = withoutOwnTiming(
      m![1]!
        .replace(away[0], ' ')
        .replace(COVERING_THEM, ' ')
        .replace(/^\s*(?:and|so|but|,)\s+/i, ''),
    );
    return { text: left ? `${left} - ${m![2]!}` : m![2]!, person: away[1]! };
  }
  // "The draft workforce risk is all about agency spend - what did the January performance report
  // show…?": a statement setting the scene, when what follows asks on its own.
  if (
    m &&
    SCENE_SET.test(m[1]!.trim()) &&
    !ASKING.test(m[1]!) &&
    // "…is presenting Group BAF 1 on Thursday - can you give me the scores": it names the record.
    !/\d/.test(m[1]!) &&
    // ("The value paper says the two hubs are merging - who will host…": where the answer is.)
    !PAPER_SAYS.test(m[1]!) &&
    m[1]!.trim().split(/\s+/).length >= 6
  ) {
    const rest = m[2]!;
    // ("…at each trust against its ceiling": in a long question "its" points within it.)
    const long = rest.split(/\s+/).length >= 14;
    if (
      ASKING.test(rest) &&
      standsAlone(rest) &&
      !LEANING.test(rest) &&
      (long || !LEANING_IF_SHORT.test(rest))
    )
      return { text: rest, person: null };
  }
  if (!m || !FRAME_LEAD.test(m[1]!.trim()) || MEMBER_OF.test(m[1]!.trim()))
    return { text: sentence, person: null };
  const rest = m[2]!;
  if (!ASKING.test(rest)) return { text: sentence, person: null };
  // "Presenting Group BAF 1 on Thursday - can you give me its scores": the frame names the record.
  if (/\d/.test(m[1]!)) return { text: withoutOwnTiming(sentence), person: null };
  // "…haven't read the value programme paper - what are the savings in it?": the frame is what "it" is.
  // "For the audit committee: what's the quorum?": the frame is what is asked about.
  // (Kept, the frame's own timing is still the asker's: "I'm picking up Yusuf's FTSU actions next week
  // - what's overdue?" asks what is overdue, not what falls due next week.)
  if (LEANING.test(rest) || LEANING_IF_SHORT.test(rest) || !standsAlone(rest))
    return {
      text:
        withoutOwnTiming(m[1]!) !== m[1]!.trim()
          ? `${withoutOwnTiming(m[1]!)} - ${rest}`
          : sentence,
      person: null,
    };
  // "Prepping the people cttee report - how many … is our committee meant to sign off?": the frame
  // says which committee is ours.
  const ours = BODY_NAMED.exec(m[1]!);
  const text = ours ? rest.replace(OUR_BODY, `the ${ours[1]} ${ours[2]}`) : rest;
  return { text, person: personIn(m[1]!) };
}

/**
 * Why the asker asks, said after the question ("compare nhft and lpt on follow up within 3 days of
 * discharge - worried given that's the high risk window for suicide"): not what is asked.
 */
const REASON_AFTER =
  /\s[-–—]\s+(?:(?:i'm |i am |we're |we are |just )?(?:worried|concerned|conscious|mindful|aware|nervous|keen)|given|because|since|thinking of|thinking about|as (?:i|we)|for (?:my|our|the) (?:own )?(?:notes|brief|briefing|report|pack|paper))\b[^?]*$/i;

function withoutReasonAfter(sentence: string): string {
  const m = REASON_AFTER.exec(sentence);
  if (!m) return sentence;
  const question = sentence.slice(0, m.index).trim();
  return question.split(/\s+/).length >= 4 ? question : sentence;
}

/**
 * What time of year it is, said as the reason for asking: "with it being nearly December, which of my
 * actions are overdue?", "now it's year end - what's still open?". The asker's now, not a period asked
 * about.
 */
const SAYS_WHEN_NOW =
  /(?:^|(?<=[-–—,.;:]\s*))\s*(?:with it being|it being|now(?: that)? it(?:'s|’s| is)|as it(?:'s|’s| is)|seeing as it(?:'s|’s| is)|given it(?:'s|’s| is)|since it(?:'s|’s| is))\s+(?:(?:nearly|almost|already|practically|now|well into|just about|getting on for|coming up to)\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle) of\s+(?:the\s+)?)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|year[- ]end|christmas|xmas|month|quarter|year|financial year)(?:\s+(?:already|now))?\s*(?:[,;:]|\s[-–—])\s*(?=\S)/gi;

/** Board Clerk addressed by name as typed ("@Board Clerk in the performance report, what…"). */
const ADDRESSED = /@\s*board\s*clerk\b[,:]?|^\s*board\s*clerk\s*[,:–—-]/gi;

/**
 * What Teams adds around a message, never what is asked: someone else copied in ("cc @Alex"), "+1",
 * emoji, and bold or italic markers typed round words ("**urgent**", "_pls_").
 */
function withoutTeamsMarks(message: string): string {
  return (
    withListJoined(message)
      .replace(/\bcc:?\s*(?:@[\w'’-]+(?:\s+[A-Z][\w'’-]*)?[,\s]*)+/gi, ' ')
      .replace(/(^|\s)\+1(?=\s|$)/g, '$1')
      // "(need it for FPC)", "(for the board pack)": why it is asked, in brackets.
      .replace(
        /\((?:need(?:ed)? (?:it|this|these|them|the figures?|the answer) (?:for|by|before)|(?:it'?s|it is|this is) for|for (?:the |my |our |a )?[\w&'’ -]{1,30}(?=\))|prepping|preparing|drafting)[^()]{0,60}\)/gi,
        ' ',
      )
      .replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ')
      .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
      .replace(/(^|\s)[*_](\S(?:[^*_]*\S)?)[*_](?=\s|$|[?.,!:;])/g, '$1$2')
  );
}

/** A line of a bulleted or numbered list: "- current score", "2. digital strategy". */
const LIST_LINE = /^\s*(?:[-•*–]|\d{1,2}[.)])\s+(\S.*)$/;

/**
 * A list typed on separate lines, read as one sentence: "my deadlines on the LPT BAF for:\n1.
 * innovation strategy\n2. digital strategy" is "my deadlines on the LPT BAF for innovation strategy
 * and digital strategy" (the list's numbers are no part of what is asked).
 */
function withListJoined(message: string): string {
  const lines = message.split(/\r?\n/);
  const items = lines.map((l) => LIST_LINE.exec(l)?.[1]?.trim() ?? null);
  const first = items.findIndex((i) => i !== null);
  const listed = items.filter((i): i is string => i !== null);
  if (listed.length < 2) return message;
  const stem = lines
    .slice(0, first)
    .join(' ')
    .replace(/\s*[:\-–—]\s*$/, '')
    .trim();
  const after = lines.filter((l, i) => i > first && items[i] === null).join(' ');
  return [stem, listed.join(' and '), after].filter(Boolean).join(' ');
}

/**
 * A slip put right at the end of the message ("minutes from may 2025 pls.. no wait i meant
 * september", "baf 5 score - sorry, 3", "controls on the group one, oops I meant lpt"): the month,
 * risk number or organisation said last, put in place of the one before it.
 */
const SLIP_PUT_RIGHT = new RegExp(
  `[\\s.,;:!?-]+(?:${PUTTING_RIGHT}\\b[\\s,.!-]*)+(?:i meant |i mean |meant |it s |its )?((?:the )?[a-z0-9 ]{1,25}?)(?: not [a-z0-9 ]{1,20})?(?: (?:instead|sorry|actually|one|ones))?[\\s.?!]*$`,
  'i',
);

const SLIP_KINDS: readonly {
  said: RegExp;
  before: RegExp;
  put: (before: string, said: string) => string;
}[] = [
  {
    said: new RegExp(`^(?:the )?${MONTH_WORD}(?:\\s+(?:19|20)?\\d{2})?$`, 'i'),
    before: new RegExp(`\\b${MONTH_WORD}\\b(?:\\s+(?:19|20)\\d{2}\\b|\\s+\\d{2}\\b)?`, 'gi'),
    put: (_before, said) => said.replace(/^the /i, ''),
  },
  {
    said: /^(?:(?:baf|risk|number|no) )?\d{1,2}$/i,
    before: /\b(?:baf|risk|ftsu|action|number)\s*#?\s*\d{1,2}\b/gi,
    put: (before, said) => before.replace(/\d{1,2}$/, said.replace(/\D/g, '')),
  },
  {
    said: /^(?:the )?(lpt|nhft|group)$/i,
    before: /\b(?:lpt|nhft|group)\b/gi,
    put: (_before, said) => said.replace(/^the /i, ''),
  },
];

export function withSlipPutRight(message: string): string {
  const m = SLIP_PUT_RIGHT.exec(message);
  if (!m || !m.index) return message;
  const said = m[1]!.trim();
  const first = message.slice(0, m.index);
  for (const kind of SLIP_KINDS) {
    if (!kind.said.test(said)) continue;
    const all = [...first.matchAll(kind.before)];
    const last = all.at(-1);
    if (!last) return message;
    return `${first.slice(0, last.index)}${kind.put(last[0], said)}${first.slice(last.index + last[0].length)}`;
  }
  return message;
}

/** "As chair of QSC I want to be clear which risks sit with my committee": the committee is QSC. */
const AS_CHAIR_OF =
  /^\s*as (?:the )?(?:chair|chairman|chairwoman|chairperson|vice chair|deputy chair) of (?:the )?([a-z&' ]{2,40}?)(?: committee)?(?:[,:;]\s*|\s+)(?:i (?:want|need|would like|'d like|wanted|am trying) to (?:be clear|know|check|understand|see|confirm|ask|find out)(?: on| about)?\s*)?/i;

/** "I chair People and Culture. Which Group BAF risks does my committee oversee?": the same, said first. */
const I_CHAIR =
  /^\s*(?:i chair|i'm (?:the )?chair of|i am (?:the )?chair of|i'm chairing|i am chairing)\s+(?:the )?([a-z&' ]{2,40}?)(?: committee)?\s*[.,:;\u2013\u2014-]+\s*/i;

function ofMyCommittee(message: string): string {
  const m = AS_CHAIR_OF.exec(message) ?? I_CHAIR.exec(message);
  if (!m || !/\b(?:my|our) committee'?s?\b/i.test(message)) return message;
  return message
    .slice(m[0].length)
    .replace(/\b(?:my|our) committee\b/gi, `the ${m[1]!.trim()} committee`);
}

/** "Bit of a hectic week with the CQC visit, anyway - who is leading…": the aside before "anyway". */
const ASIDE_THEN_ASKED =
  /^[^?]{0,160}?\b(?:anyway|anyhow|that aside|enough of that)\b\s*[-–—,:;.!]*\s*(?=(?:who|what|whats|what's|when|which|where|why|how|is|are|can|could|do|does|did|has|have|please|pls)\b)/i;

/** A request's "for me" ("find the LeDeR action for me please"): a courtesy, not "mine". */
const COURTESY_FOR_ME =
  /^((?:(?:hi|hey|ok|so|and)[,!]?\s+)?(?:(?:can|could|would|will) you\s+|please\s+|pls\s+)?(?:trace|track down|find|check|look up|look into|pull up|bring up|dig out|fetch|grab|summarise|summarize|run through)\b[^?]*?)\s+for me\b(?:\s*,?\s*(?:please|pls|thanks|thank you|ta)\b)?(?=[\s?.!]*$)/i;

/** "Trace the LeDeR action", "can you trace GTB/25/15": show it, where it came from and stands. */
const TRACE_ASKED =
  /^((?:(?:can|could|would|will) you\s+|please\s+|pls\s+)?)trace\s+(?=(?:the|that|this|our)\b)/i;

/** A thing told of as coming up: "Op Courage came up at the September board", "digital keeps coming up". */
const TOLD_OF =
  /^\s*(?:(?:so|and|well|ok|okay)[,!]?\s+)?((?:the |our )?[a-z0-9&'’ -]{2,50}?)\s+(?:came up|come up|comes up|cropped up|crops up|(?:keeps?|kept) (?:coming|cropping|popping) up|was (?:raised|mentioned|discussed)|got (?:raised|mentioned)|featured|appeared|showed up|turned up|(?:is|are|was|were|looks?|seems?) (?:still |well |way |really |quite |very |a bit )?(?:over|above|under|below|off|behind|high|higher|low|lower|up|down|worse|better|late|red|amber)\b)/i;

/** "It", or "that" pointing back (not "that" joining: "is it true that the…"). */
const POINTED_BACK =
  /\bit\b|\bthat\b(?! (?:is|was|are|were|the|a|an|we|they|he|she|i|it|there)\b)/i;

/**
 * A thing told of, then a question of "it": "Op Courage came up at the September board. What does the
 * January EMA paper say about it now?" is asked of Op Courage (the telling says only where it came up).
 */
function subjectCarried(sentences: readonly string[]): string | null {
  if (sentences.length !== 2) return null;
  const [told, asked] = sentences as [string, string];
  if (ASKING.test(told) || !ASKING.test(asked) || !POINTED_BACK.test(asked)) return null;
  const subject = TOLD_OF.exec(told)?.[1]?.trim();
  if (!subject || /^(it|this|that|something|anything|nothing|i|we|they)$/i.test(subject))
    return null;
  return asked.replace(POINTED_BACK, subject);
}

/** The question a message asks, without the email around it. */
export function withoutFraming(message: string): string {
  const body = withSlipPutRight(withoutTeamsMarks(ofMyCommittee(message)))
    .replace(ADDRESSED, ' ')
    .trim()
    .replace(GREETING, '')
    .replace(ASIDE_THEN_ASKED, '')
    .replace(SAYS_WHEN_NOW, ' ')
    // "Trace the LeDeR action for me", "can you look up GTB/25/15 for me please": a request made of
    // Board Clerk, not the asker's own work.
    .replace(COURTESY_FOR_ME, '$1')
    .replace(TRACE_ASKED, '$1show ')
    // "…looks different from the detail to me": how it seems to the asker, not the asker's own.
    .replace(/\b((?:looks?|looked|seems?|seemed)\b[^?.,;]{0,40}?)\s+to me\b/gi, '$1')
    // "NHFT's sickness looked high - what was it?": the asker's impression, not a measure asked.
    .replace(
      /\b(?:looks?|looked|seems?|seemed)\s+(?:a bit |really |quite |very |rather |way |pretty )?(?:high|low|big|small|large|worrying|concerning|bad)\b/gi,
      ' ',
    )
    .replace(/\s{2,}/g, ' ')
    .replace(SIGN_OFF, '')
    .replace(NAME_LAST, '')
    .replace(SHAPE_ASKED, 'about')
    // "Which of mine go to Finance for sign off rather than strategy?": what is asked already leaves
    // out what the contrast names.
    .replace(
      /,?\s+(?:rather than|as opposed to|instead of)\s+(?:the\s+)?[a-z&' ]{1,40}?(?=\s*\?*\s*$)/i,
      '',
    )
    .trim();
  if (!body) return message;
  const persons: string[] = [];
  const sentences = messageSentences(body).map((s) => {
    const { text, person } = withoutLead(s.replace(APOLOGY, '') || s);
    if (person) persons.push(person);
    return withoutReasonAfter(text);
  });
  const carried = subjectCarried(sentences);
  if (carried) return carried;
  // (After a question, "will circulate by 5 either way" tells, though it starts as a question may.)
  const asked = sentences.findIndex((x) => /\?\s*$/.test(x));
  // (Beside a question asked of a record it names, one only told of is why it is asked: "new NEDs
  // keep asking when they'll meet. On the well-led plan, who's the task lead for…?")
  const direct = sentences.filter((x) => DIRECT_ASKING.test(x.replace(ERRAND_FIRST, '')));
  const toldOnly = direct.some((x) => /\?\s*$/.test(x)) && direct.every((x) => OWN_RECORD.test(x));
  const asking = sentences.filter(
    (x, i) =>
      (toldOnly ? direct.includes(x) : ASKING.test(x.replace(ERRAND_FIRST, ''))) &&
      !(asked >= 0 && i > asked && !/\?\s*$/.test(x) && AFTERWORD.test(x)),
  );
  if (!asking.length) return sentences.join(' ');
  const alone = asking.every((x) => standsAlone(x.replace(ERRAND_FIRST, '')));
  const first = sentences.indexOf(asking[0]!);
  const last = sentences.lastIndexOf(asking.at(-1)!);
  // Every question names a record of its own: the errand before it ("got a 1:1 with Leah at 2 and
  // she'll ask about the BAF") is only why it is asked, though the question says "it" of its record.
  const ownRecords = asking.every((x) => OWN_RECORD.test(x));
  /** The records a sentence names, besides "the BAF" in passing and any time or figure. */
  const namesRecord = (x: string) =>
    OWN_RECORD.test(
      x.replace(/\bthe baf\b|\b(?:my|our) (?:own )?(?:actions|tasks|risks|work)\b/gi, ''),
    ) || /\b(?:score|target|item)\b/i.test(x);
  const dropped = (x: string) => {
    if (asking.includes(x) || SCOPE.test(x)) return false;
    const at = sentences.indexOf(x);
    // Where the asker saw what they asked, in a record it names: where the answer is ("…? I saw
    // something in the chief exec's update").
    if (at > last && SEEN_IN.test(x) && namesRecord(x)) return false;
    if (SMALL_TALK.test(x) && !namesRecord(x)) return true;
    // After the question: what the asker will do or believes ("I'll raise it with Paul if it's…",
    // "she thinks it was over 7"), a memory hedged ("…I think"), a statement of their own ("Wasn't in
    // my diary anywhere"). Not a request ("minute ref pls"), a doubt about the figures (the papers'
    // flags answer it), nor what names where the answer is ("they said it was in the minutes") or
    // what is asked of ("looks like target = current").
    if (
      at > last &&
      !REQUEST.test(x) &&
      !FIGURE_DOUBT.test(x) &&
      (HEDGE_AFTER.test(x) ||
        (AFTERWORD.test(x) && !OWN_RECORD.test(x)) ||
        ((ASIDE.test(x) || (STATEMENT.test(x) && SOMEONES.test(x))) && !namesRecord(x)))
    )
      return true;
    // Before questions that stand alone, what names no record and no one ("the NEDs are going to
    // want to talk community waits at the next board"): why they are asked.
    if (at < first && alone && !namesRecord(x) && !ROLE_SAID.test(x) && !PROPER_NAME.test(x))
      return true;
    if (at < first && ownRecords && (OWN_ERRAND.test(x) || SMALL_TALK.test(x)) && !namesRecord(x))
      return true;
    return (
      alone && (OWN_ERRAND.test(x) || ASKS_FOR_A_FORM.test(x) || WHO_I_AM.test(x) || ASIDE.test(x))
    );
  };
  for (const s of sentences) {
    const named = dropped(s) ? personIn(s) : null;
    if (named) persons.push(named);
  }
  // Only one person named: "he" or "she" is then them.
  const person = new Set(persons).size === 1 ? persons[0]! : null;
  // A sentence dropped keeps the trust or register it names ("We're preparing for the LPT board.":
  // "LPT"), which a question standing alone still means.
  return sentences
    .flatMap((s) => {
      if (!dropped(s)) return [s];
      const whose = NAMES_WHOSE.exec(s)?.[0];
      return whose ? [`${whose}.`] : [];
    })
    .map((s) =>
      asking.includes(s)
        ? forPerson(
            PASSED_ON.reduce((t, p) => t.replace(p, ''), s.replace(ERRAND_FIRST, '')),
            person,
          )
        : withoutOwnTiming(PASSED_ON.reduce((t, p) => t.replace(p, ''), s)),
    )
    .join(' ');
}

/**
 * A doubt about the papers' figures or dates, said beside what is asked: "NHFT's total looks off to
 * me", "there's one with a due date that looks wrong", "that must be a typo".
 */
const FIGURE_DOUBT =
  /\b(?:looks?|looked|seems?|seemed|feels?)\s+(?:a bit |really |quite |very |rather |way |a little |a touch )?(?:odd|wrong|off|strange|weird|funny|massive|huge|suspicious|iffy|different|inconsistent|too (?:high|low|big|small))\b(?:\s+(?:to me|on my copy|from the detail(?: to me)?|(?:vs|versus|against|compared (?:to|with)) [a-z']+))?|\b(?:must|might|may|could) be a (?:typo|mistake|misprint|error)\b|\b(?:doesn['’]?t|does not|don['’]?t|do not) (?:look|seem) right\b|\bcan['’]?t be right\b|\b(?:doesn['’]?t|does not|don['’]?t|do not) add up\b/i;

/** What a doubt's clause opens with when it only points at what it doubts ("there's one…", "the total"). */
const DOUBT_POINTS =
  /^(?:(?:and|but|also|plus|oh|though)\s+)?(?:there['’]?s|theres|there is|there are|that|this|it|which|one|the (?:date|dates|number|numbers|figure|figures|total|totals|maths|score|scores|summary(?: page)?|detail(?: page)?))\b/i;

const ASKS_SOMETHING =
  /\b(?:what|whats|what's|which|who|whos|who's|when|whens|when's|where|how|is|are|was|were|does|did|can|could|list|show|give|pull)\b/i;

/**
 * The message without its doubt about figures or dates, when what is left still asks something; null
 * when there is no such doubt, or nothing else is asked ("the initial score looks off to me?").
 */
export function withoutFigureDoubt(message: string): string | null {
  if (!FIGURE_DOUBT.test(message)) return null;
  // Clauses: sentences, a spaced dash, a comma, or "and there's…".
  const parts = message.split(
    /((?<=[?.!])\s+|\s+[-–—]\s+|,\s+|\s+(?=and\s+(?:there|theres|there['’]s|that|it|one)\b))/i,
  );
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const clause = parts[i]!;
    const separator = parts[i - 1] ?? '';
    const doubt = FIGURE_DOUBT.exec(clause);
    if (!doubt) {
      kept.push(separator, clause);
      continue;
    }
    const before = clause.slice(0, doubt.index).trim();
    // "…, and there's one with a date that looks wrong": nothing asked of it but the doubt.
    if (DOUBT_POINTS.test(before) && !/\b(?:what|which|who|when|how)\b/i.test(before)) continue;
    // "LPT sickness in the perf report looks odd": what it names stays.
    const left = `${before} ${clause.slice(doubt.index + doubt[0].length).trim()}`.trim();
    if (left) kept.push(separator, left);
  }
  const rest = kept
    .join('')
    .replace(/^\s*[-–—,]\s*/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return rest && rest !== message.trim() && ASKS_SOMETHING.test(rest) ? rest : null;
}
