import type { RiskFacet } from '../shared/viewTypes';

/**
 * The curated part of the lexicon, kept as data: the NHS governance abbreviations, role phrases and
 * everyday synonyms directors use that the papers do not spell out, and the cue words that say what a
 * question asks. Everything else Board Clerk knows by name (registers, risks, roles, people,
 * committees, meetings, papers) comes from the papers themselves (`vocabulary.ts`).
 *
 * Every entry is in normalised form (lower case, see `normalise`). A trust adapting Board Clerk edits
 * this file; nothing else needs to change.
 */

/**
 * Abbreviations and short forms, expanded before the question is read. Only forms the papers do not
 * already use as a name are listed (the papers' own initials, such as "FTSU" or "QSC", come from the
 * vocabulary).
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  'f&p': 'finance and performance committee',
  'f & p': 'finance and performance committee',
  fpc: 'finance and performance committee',
  'finance committee': 'finance and performance committee',
  'q&s': 'quality and safety committee',
  'q & s': 'quality and safety committee',
  'quality committee': 'quality and safety committee',
  'p&c': 'people and culture committee',
  'p & c': 'people and culture committee',
  'people committee': 'people and culture committee',
  'workforce committee': 'people and culture committee',
  jpcc: 'joint people and culture committee',
  seb: 'strategic executive board',
  'exec board': 'strategic executive board',
  emb: 'executive management board',
  arc: 'audit and risk committee',
  'audit committee': 'audit and risk committee',
  gtb: 'group trust board',
  'group board': 'group trust board',
  'trust board': 'group trust board',
  ema: 'east midlands alliance',
  'the alliance': 'east midlands alliance',
  nof: 'nhs oversight framework',
  'oversight framework': 'nhs oversight framework',
  'triple a': 'alert advise assure',
  aaa: 'alert advise assure',
  tor: 'terms of reference',
  tors: 'terms of reference',
  ceo: 'chief executive',
  'chief exec': 'chief executive',
  'chief exec s': 'chief executive',
  ned: 'non executive director',
  neds: 'non executive directors',
  'non exec': 'non executive director',
  'non execs': 'non executive directors',
  eprr: 'emergency preparedness resilience and response eprr',
  'r&d': 'research and innovation',
  'r & d': 'research and innovation',
  edi: 'equality diversity and inclusion',
  'ed&i': 'equality diversity and inclusion',
  cip: 'cost improvement efficiency savings',
  cips: 'cost improvement efficiency savings',
  hr: 'people',
};

/**
 * Roles in words: what directors call a role, and the role names the papers use for it. The reader
 * replaces the phrase with the papers' names, so every role of those names is found.
 */
export const ROLE_PHRASES: Readonly<Record<string, string>> = {
  'people director': 'chief people officer director of people',
  'director of hr': 'chief people officer director of people',
  'hr director': 'chief people officer director of people',
  'workforce director': 'chief people officer director of people',
  'finance director': 'chief finance officer director of finance',
  'director of finance': 'chief finance officer director of finance',
  'money person': 'chief finance officer',
  fd: 'chief finance officer',
  guardian: 'freedom to speak up guardian',
  'speak up guardian': 'freedom to speak up guardian',
  'nursing director': 'chief nurse director of nursing',
  'director of nursing': 'chief nurse director of nursing',
  'lead nurse': 'chief nurse director of nursing',
  'digital director': 'chief information officer',
  'it director': 'chief information officer',
  'strategy director': 'director of strategy',
  'governance director': 'director of governance',
  'director of ops': 'chief operating officer',
  'operations director': 'chief operating officer',
  'ops director': 'chief operating officer',
  'medic director': 'medical director',
  'company secretary': 'board secretary',
  'trust secretary': 'board secretary',
  'governance lead': 'director of governance',
};

/**
 * Everyday words for the subjects of the papers. Each topic lists the words a director might use; a
 * question using any of them searches the papers for all of them (so "money" finds the finance risk).
 */
export const TOPICS: Readonly<Record<string, readonly string[]>> = {
  finance: [
    'money',
    'finance',
    'finances',
    'financial',
    'funding',
    'budget',
    'budgets',
    'deficit',
    'surplus',
    'cash',
    'spend',
    'spending',
    'income',
    'costs',
    'financial position',
    'break even',
  ],
  savings: ['savings', 'save', 'efficiency', 'efficiencies', 'value programme', 'cost improvement'],
  workforce: [
    'workforce',
    'staff',
    'staffing',
    'recruitment',
    'recruiting',
    'retention',
    'retaining',
    'vacancy',
    'vacancies',
    'agency',
    'bank staff',
    'nurses',
    'doctors',
    'sickness',
    'turnover',
    'people',
  ],
  estates: [
    'estate',
    'estates',
    'buildings',
    'building',
    'premises',
    'maintenance',
    'facilities',
    'property',
    'repairs',
  ],
  digital: [
    'digital',
    'technology',
    'tech',
    'it systems',
    'computers',
    'ehr',
    'electronic patient record',
    'digitally mature',
    'digital maturity',
    'ai',
  ],
  cyber: ['cyber', 'cyber security', 'cyber attack', 'hacking', 'ransomware'],
  sustainability: [
    'net zero',
    'carbon',
    'climate',
    'climate change',
    'green',
    'green plan',
    'environment',
    'environmental',
    'weather',
    'adverse weather',
    'heatwave',
    'flooding',
    'sustainability',
    'sustainable',
  ],
  research: [
    'research',
    'innovation',
    'innovate',
    'academic',
    'university',
    'trials',
    'professional learning',
    'education',
  ],
  culture: [
    'culture',
    'cultural',
    'wellbeing',
    'well being',
    'compassion',
    'compassionate',
    'racism',
    'racist',
    'inclusion',
    'inclusive',
    'equality',
    'diversity',
    'bullying',
    'behaviours',
    'closed cultures',
  ],
  'speaking up': ['freedom to speak up', 'speak up', 'speaking up', 'whistleblowing', 'ftsu'],
  partnerships: [
    'partnership',
    'partnerships',
    'partners',
    'collaboration',
    'collaborative',
    'collaboratives',
    'system working',
    'icb',
    'alliance',
    'joined up',
  ],
  community: ['community', 'communities', 'place based', 'neighbourhood', 'social value'],
  access: [
    'access',
    'waiting',
    'waits',
    'waiting list',
    'waiting lists',
    'waiting times',
    'demand',
    'capacity',
    'delays',
    'backlog',
  ],
  emergency: [
    'eprr',
    'emergency',
    'emergency planning',
    'emergency preparedness',
    'business continuity',
    'resilience',
    'major incident',
    'pandemic',
  ],
  safety: ['patient safety', 'safety', 'harm', 'incidents', 'quality', 'cqc', 'safe care'],
  inequalities: [
    'health inequalities',
    'inequalities',
    'inequality',
    'deprivation',
    'population health',
  ],
  leadership: ['leadership', 'leaders', 'board development', 'well led'],
  performance: ['performance', 'targets', 'oversight', 'segment', 'segmentation', 'league table'],
  'mental health': ['mental health', 'mh', 'camhs', 'psychiatric', 'inpatient', 'out of area'],
};

/**
 * Words that carry no subject: function words, question words and the words every question about the
 * papers uses. What remains of a question without them (and without the names found) is its topic.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any anything anywhere are around as ask asked at be been
  being both but by can could current currently did do does doing done during each either else
  ever every exactly for from get gets getting give given go going got had has have having he her here
  hers him his how however i if in into is it its itself just know let lets like look looking many may
  me might more most much must my need needs no nor not now of off on once one ones only or other our
  ours out over own please pls plz quick quickly really regarding said say says see seem shall she should show
  so some something such tell than thank thanks that the their theirs them then there these they thing
  things this those through to too up us very want was we were what whats when where whether which
  while who whom whose why will with would yes yet you your yours again update updates latest news
  situation position status state picture view info information detail details summary summarise
  currently right now today anything everything happening going on doing how's hows we're were risk risks
  baf board trust group paper papers report reports register item items us our its one ones
  the question questions answer thing stuff bit little lot matter matters concern concerns concerned
  worried worry exposed exposure doing progress where are something covered cover covers
  mention mentions mentioned regarding front talk talking said anybody anyone`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words for a measure rather than what is measured: "vacancy rate", "appraisal rates". */
export const MEASURE_WORDS: ReadonlySet<string> = new Set(
  'rate rates level levels number numbers figure figures percentage percent performance data stats statistics trend looking like'.split(
    ' ',
  ),
);

/** Number words directors type. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/**
 * The cue words: what a question asks, as patterns over the normalised text. Rules combine them with
 * the entities found; a cue alone decides nothing.
 */
export const CUES = {
  /** Wanting to record progress on an action, not to read it. */
  updateAction:
    /^(please )?(update|updating|record (the )?progress( on| for)?|report (the )?progress( on| for)?|add (a )?(progress )?(note|update)( to| on| for)?|update (the )?progress( on| for)?)\b( on| for| to)?/,
  newMeeting:
    /^(please )?(new|add|create|set ?up|book|schedule)( an?| another| the)?( new)?( [a-z&]+){0,5} meeting\b/,
  editMeeting:
    /^(please )?(edit|change|update|move|reschedule|amend)( an?| the| our)?( [a-z&]+){0,5} meeting\b/,
  sendReminder:
    /^(please )?((send|schedule|compose|post|broadcast)( an?| the| out)?( [a-z]+){0,4} (reminders?|broadcasts?|notices?|agenda)|(new )?(reminders?|broadcast)|remind (the|all|every|everyone|members|directors|attendees)\b)\b/,
  broadcasts:
    /^((list|show|view|see)( me)?( my| the| all)? )?((scheduled|upcoming|sent) )?(broadcasts|reminders|delivery reports?)( scheduled| sent)?$/,
  chase: /^(please )?(chase|nudge|send (the )?(weekly )?(chasers?|digests?))\b/,
  unanswered:
    /\b(unanswered|not answered|(couldn ?t|couldnt|could not|didn ?t|didnt|did not|can ?t|cannot|failed to)( you| it| board clerk| we)? (answer|understand)|missed questions|failed questions)\b/,
  help: /^(help|\?+|what can you do|what do you do|how do (i|you) (use|work)|commands?|menu|options|examples?|what can i ask|what (sort|kind|type)s? of (things|questions) can i ask|how does this work|what do you know( about)?)\b/,
  actions: /\b(actions?|tasks?|to ?dos?|mitigations?|action log|action plan|actioned)\b/,
  mine: /\b(my|mine|me|i|myself|i m|ive|i ve)\b/,
  owns: /\b(owns?|owned by|responsible for|assigned to|leads?|led by|on the plate of|accountable|in charge)\b/,
  ownerQuestion:
    /\b(who (owns|leads|is responsible|s responsible|is accountable|is in charge|looks after|holds|manages|is the (lead|owner)|leads on)|whose (risk|is it|is)|(owner|owners|lead|leads|responsible|accountable) (for|of|on)|risk (owner|lead)|who s (the )?(lead|owner))\b/,
  overdue: /\b(overdue|late|past (their |its )?due|behind|missed|out of date|behind schedule)\b/,
  slipped:
    /\b(slipped|slipping|slippage|slip|pushed (back|out)|delayed|delays|extended|deferred|moved (back|out)|rescheduled)\b/,
  revised: /\b(revised|new due dates?|changed due dates?|extensions?)\b/,
  why: /\b(why|reason|reasons|how come|what happened|explain)\b/,
  closed: /\b(closed|completed?|finished|signed off|done|delivered)\b/,
  proposed:
    /\b(proposed for closure|a?waiting (for )?(closure|approval|sign ?off)|pending (closure|approval|sign ?off)|for closure|ready to close|to be closed)\b/,
  due: /\b(due|deadline|deadlines|coming up|upcoming)\b/,
  open: /\b(open|outstanding|live|in progress|still open)\b/,
  everyAction: /\b(all|every)\s+(the\s+)?actions?\b/,
  agenda:
    /\b(agenda|agendas|papers? for|items? (on|for) the|running order|(coming up|being discussed|up for discussion|on the table|being taken|taken) at)\b/,
  meeting: /\b(meetings?|board|gtb|committees?|sessions?|meet|meets|meeting s|sit|sits|convene)\b/,
  next: /\b(next|upcoming|coming|forthcoming|when is|when s|when does|when will|future|when do)\b/,
  last: /\b(last|previous|latest|most recent|past|recent)\b/,
  time: /\b(what time|time|start|starts|starting|begin|begins|kick off|o clock)\b/,
  place: /\b(where|venue|location|room|held at|address|teams link|join link|link to join)\b/,
  resolve:
    /\b(resolved?|resolutions?|decided?|decisions?|agreed?|approved?|minuted|outcomes?|conclude\w*)\b/,
  minutes: /\b(minutes|minute|minuted|record of the meeting)\b/,
  attendance:
    /\b(attend\w*|present|there|in the room|who (was|were) at|who came|who went|quorate|quorum|members present)\b/,
  apologies:
    /\b(apolog\w*|absent|absence|absences|couldn ?t make|couldnt make|could not make|didn ?t make|did not make|did not attend|didn ?t attend|sent regrets|regrets)\b/,
  declarations:
    /\b(declar\w*|conflicts? of interest|interests? declared|declared interests?|register of interests)\b/,
  presenter:
    /\b(present(ed|s|ing)?|introduc\w*|spoke (to|on)|took the board through|outlined|led (the|on)|gave)\b/,
  matters: /\b(matters arising|action sheet|actions? from the (last )?(board|meeting))\b/,
  strategy:
    /\b(ambitions?|objectives?|strategy|strategic objectives?|thrive|confidence|confident|on track to deliver)\b/,
  progressWord: /\b(progress|how far|how are we doing|how is it going)\b/,
  risk: /\b(risks?|baf|bafs|register|heat ?map|appetite|tolerance|scores?|scored|scoring|assurance framework|rated|rating)\b/,
  dataQuality:
    /\b(data quality|discrepanc\w*|inconsisten\w*|errors?|mistakes?|typos?|contradict\w*|flags?|flagged|wrong in|traps?|mistyped)\b/,
  history:
    /\b(history|changes|changed|audit trail|trail|who updated|log of changes|timeline|who edited)\b/,
  heatMap: /\b(heat ?map|matrix|5 ?x ?5|grid)\b/,
  aboveAppetite:
    /\b((above|over|outside|exceed\w*|breach\w*|beyond|higher than|past|in breach of|breaching|over the limit of) (the |our |its |their |risk )?(appetite|tolerance))\b|\b(appetite|tolerance) (breach\w*|exceeded)\b|\bout of (appetite|tolerance)\b/,
  highest:
    /\b(highest|top|worst|biggest|largest|most (serious|significant|severe|dangerous|concerning|worrying|critical)|greatest|high scoring|highest scoring|scariest|riskiest|main|principal|key|number one|red)\b/,
  lowest:
    /\b(lowest|least (serious|significant|severe|risky|worrying)|smallest|low(est)? scoring|best scoring|safest|mildest)\b/,
  mostImproved:
    /\b(most improved|improved (the )?most|biggest (improvement|drop|reduction|fall)|fallen (the )?most|dropped (the )?most|reduced (the )?most|come down (the )?most|most reduced|best progress|improved)\b/,
  moved:
    /\b(moved|changed|movement|shifted|gone (up|down)|come down|went (up|down)|reduced|increased|different) (since|from) (the )?(initial|inherent|start|beginning|first)|\b(since|from) (the )?(initial|inherent) (score)?|\b(moved|movement)\b/,
  furthestFromTarget:
    /\b(furthest|farthest|most distance|longest way|biggest gap|largest gap|way off|most above|longest way off|further)( away)?( from)? (its |their |the )?targets?\b/,
  closestToTarget: /\b(closest|nearest|close) to (its |their |the )?target\b/,
  atTarget: /\b(at|reached|met|meeting|achieved|on|hit) (their |its |the )?target( score)?\b/,
  aboveTarget:
    /\b(not (at|reached|met|meeting|achieved|hit) (their |its |the )?target|above (their |its |the )?target|off target|short of (their |its |the )?target)\b/,
  worseThan: /\b(worse|higher|bigger|more serious|riskier|greater|scarier|more severe) than\b/,
  betterThan: /\b(better|lower|smaller|less serious|less risky|safer) than\b/,
  compare:
    /\b(compare\w*|comparison|versus|vs|against each other|difference between|side by side)\b/,
  gettingWorse:
    /\b(getting worse|worsen\w*|deteriorat\w*|increasing|going up|rising|risen|gone up)\b/,
  list: /\b(all|list|show|which|what are|every|overview|summary|summarise)\b/,
  who: /\b(who|whom|whose)\b/,
  whoIs: /^(who s|who is|who are|who was|who were|whos)\b/,
  people: /\b(directors?|members?|executives?|execs?|chair|people on the board)\b/,
  /** Asking what the papers hold on a subject, rather than for a record. */
  topicAsk:
    /\b(anything|something|what about|how about|where are we|tell me about|update on|news on|position on|status of|happening|going on|latest on|latest with|news|what s new|exposed|exposure|worried|worry|concern\w*|what do (we|the papers|you) (say|have|know)|do we have|covered|cover|mention\w*|talk\w* about|say about|risks? (on|around|about|to|of|with)|regarding|re|about|the \w+ (risk|one)|on (the )?\w+ front)\b/,
  followUpStart:
    /^(and|also|plus|what about|how about|and what about|and how about|same for|same but|ok and|okay and|then|for|now|just|only|but)\b/,
  pronoun: /\b(it|its|it s|that|this|they|them|their|that one|this one|the same|same one|those)\b/,
  segment:
    /\b(segments?|segmented|segmentation|nof|oversight framework|league table|rated by nhs england|rating)\b/,
  figure:
    /\b(how much|how many|what (is|was) the (total|figure|number|amount|value|percentage)|figure|number|amount|percentage|cost|costs|save|saving|savings|target|rate|rates|level|£|%)\b/,
  alert:
    /\b(alert\w*|advis\w*|assur\w*|escalat\w*|aaa|triple a|flagging|flagged to the board|raising with the board)\b/,
  decision:
    /\b(decision|decide|asked to|asks the board|recommend\w*|proposal|proposes|approve|approval|noting|for noting)\b/,
  say: /\b(say|said|says|saying|mention\w*|report\w*|write|wrote|update (on|about)|tell us|tells us|cover\w*)\b/,
};

/** Which parts of a risk a question asks about. */
export const FACET_CUES: readonly [RiskFacet, RegExp][] = [
  [
    'everything',
    /\b(everything|full|in full|all about|tell me about|detail|details|describe|explain|whole|summary of|summari[sz]e|overview of|rundown|brief me)\b/,
  ],
  [
    'scores',
    /\b(scores?|scored|scoring|rating|rated|target|initial|inherent|current|residual|how high|how bad|how serious|trend|likelihood|consequence|rag)\b/,
  ],
  ['appetite', /\b(appetite|tolerance|tolerated|tolerable|within limits)\b/],
  [
    'controls',
    /\b(controls?|controlled|mitigat\w* in place|what are we doing about|what s in place|in place)\b/,
  ],
  ['gaps', /\b(gaps?|weakness\w*|missing|shortfalls?)\b/],
  [
    'assurances',
    /\b(assurances?|assured|lines? of (defence|assurance)|1st line|2nd line|3rd line|first line|second line|third line|evidence)\b/,
  ],
  ['actions', /\b(actions?|mitigations?|mitigating)\b/],
  ['progress', /\b(progress|update|updates|moving|movement)\b/],
  [
    'context',
    /\b(context|causes?|caused|effects?|why|impact|impacts|consequences|drivers?|driving|behind it)\b/,
  ],
];

/** Score bands in words (and the colours directors use for them). */
export const BAND_CUES: readonly [string, RegExp][] = [
  ['Extreme', /\b(extreme|red|very high|critical)\b/],
  ['High', /\b(high|amber)\b/],
  ['Moderate', /\b(moderate|medium|yellow)\b/],
  ['Low', /\b(low|green)\b/],
];

/** Small talk: a short, friendly reply, never the whole menu. */
export const SMALL_TALK: readonly {
  kind: 'thanks' | 'hello' | 'ok' | 'bye' | 'how-are-you';
  pattern: RegExp;
}[] = [
  {
    kind: 'thanks',
    pattern:
      /^((great|brilliant|perfect|lovely|super|excellent|fab|fantastic|ok|okay|that s great|that s brilliant|many|right) )?(thanks?|thank you|thankyou|thx|ty|cheers|ta|much appreciated|appreciated|lovely|brilliant|perfect|great|excellent|super|fab|fantastic|helpful|very helpful|that s helpful|that helps|nice one)( (so|very) much)?( (board clerk|again|a lot|mate))?$/,
  },
  {
    kind: 'how-are-you',
    pattern: /^(how are you|how s it going|how are things|you ok|are you ok|how do you do)$/,
  },
  {
    kind: 'hello',
    pattern:
      /^(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|morning|afternoon|evening|yo|greetings)( (there|board clerk|clerk|all|everyone|team))?$/,
  },
  {
    kind: 'bye',
    pattern:
      /^(bye|goodbye|see you|see ya|cya|good night|night|that s all|that is all|all done|done for now)( (board clerk|thanks|for now))?$/,
  },
  {
    kind: 'ok',
    pattern:
      /^(ok|okay|k|kk|okey|alright|all right|right|sure|fine|noted|got it|gotcha|understood|makes sense|i see|ah|ah ok|ok then|cool|yep|yes|yeah|no|nope|no thanks|not now)$/,
  },
];
