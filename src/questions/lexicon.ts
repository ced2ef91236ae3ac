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
  northants: 'northamptonshire',
  leics: 'leicestershire',
  'q&s': 'quality and safety committee',
  'q & s': 'quality and safety committee',
  'quality committee': 'quality and safety committee',
  'p&c': 'people and culture committee',
  'p & c': 'people and culture committee',
  'people committee': 'people and culture committee',
  'nom and rem': 'nomination and remuneration committee',
  'nom & rem': 'nomination and remuneration committee',
  'nom rem': 'nomination and remuneration committee',
  nomrem: 'nomination and remuneration committee',
  remco: 'remuneration committee',
  remcom: 'remuneration committee',
  'rem com': 'remuneration committee',
  'rem committee': 'remuneration committee',
  'workforce committee': 'people and culture committee',
  jpcc: 'joint people and culture committee',
  pcc: 'people and culture committee',
  // "Any DOIs?": declarations of interest (a DoI alone is the Director of Improvement).
  dois: 'declarations of interest',
  'any doi': 'any declarations of interest',
  seb: 'strategic executive board',
  'exec board': 'strategic executive board',
  emb: 'executive management board',
  arc: 'audit and risk committee',
  // ("What's the EMA doing on PAs?": physician associates, as the papers write them.)
  pas: 'physician associates',
  perf: 'performance',
  prog: 'programme',
  grp: 'group',
  corp: 'corporate',
  progs: 'programmes',
  fye: 'full year effect',
  gvp: 'group value programme',
  'audit committee': 'audit and risk committee',
  gtb: 'group trust board',
  'group board': 'group trust board',
  // (The register's paper is titled so: not the board's.)
  'group board assurance framework': 'group board assurance framework',
  'trust board': 'group trust board',
  // (A trust's own board, before the group's: "the LPT Trust Board applied…".)
  'lpt trust board': 'lpt trust board',
  'nhft trust board': 'nhft trust board',
  ema: 'east midlands alliance',
  // "wl plan", "the wlr actions": the well-led review and its plan.
  'wl plan': 'well led plan',
  'wl action plan': 'well led action plan',
  'wl review': 'well led review',
  'wl actions': 'well led actions',
  'wl action': 'well led action',
  'wl log': 'well led log',
  'wel led': 'well led',
  'w/l actions': 'well led actions',
  'w/l plan': 'well led plan',
  'w/l action plan': 'well led action plan',
  wlr: 'well led review',
  'well led reviewers': 'well led review',
  'well led reviewer': 'well led review',
  'the alliance': 'east midlands alliance',
  nof: 'nhs oversight framework',
  'oversight framework': 'nhs oversight framework',
  'triple a': 'alert advise assure',
  'triple as': 'alert advise assure reports',
  aaa: 'alert advise assure',
  tor: 'terms of reference',
  tors: 'terms of reference',
  ceo: 'chief executive',
  ce: 'chief executive',
  "ce's": 'chief executive',
  'chief exec': 'chief executive',
  'chief exec s': 'chief executive',
  // The short form kept too: action logs write "NED" ("schedule of regular NED group catch-ups").
  ned: 'non executive director ned',
  neds: 'non executive directors neds',
  'non exec': 'non executive director',
  'non execs': 'non executive directors',
  eprr: 'emergency preparedness resilience and response eprr',
  tar: 'together against racism tar',
  // A cover sheet's row: "False or Misleading Information (FOMI) considerations".
  fomi: 'false or misleading information fomi',
  'r&d': 'research and innovation',
  'r & d': 'research and innovation',
  edi: 'equality diversity and inclusion',
  'ed&i': 'equality diversity and inclusion',
  cip: 'cost improvement efficiency savings',
  // The papers print efficiency targets as savings targets ("savings targets of 6.5% for 2025/26").
  'efficiency target': 'efficiency savings target',
  'efficiency targets': 'efficiency savings targets',
  cips: 'cost improvement efficiency savings',
  hr: 'people',
  // NHS services and terms the papers spell out (the short form is kept where the papers use it too).
  ucr: 'urgent community response ucr',
  uec: 'urgent and emergency care',
  'a&e': 'accident and emergency',
  'a & e': 'accident and emergency',
  mh: 'mental health',
  ld: 'learning disabilities',
  'ld&a': 'learning disabilities and autism',
  // Not "board": an ICB is another organisation, and "board" would read as a meeting of ours.
  icb: 'integrated care icb',
  ics: 'integrated care system ics',
  // The papers write "NHS England" in full; people type the initials.
  nhse: 'nhs england nhse',
  sro: 'senior responsible owner',
  wte: 'whole time equivalent',
  dq: 'data quality dq',
  kpi: 'indicator',
  kpis: 'indicators',
  uni: 'university',
  ooa: 'out of area',
  los: 'length of stay',
  'triple aaa': 'alert advise assure',
  'aaa report': 'alert advise assure report',
};

/**
 * Idioms for the board's own terms, said in plain words before anything else is read: "is anything
 * on fire" (a red risk), "above where the board said it was comfortable" (its appetite), "who fronted
 * it" (presented). Each says one thing the papers have a word for; the rest of the question stays.
 */
export const IDIOMS: readonly (readonly [RegExp, string])[] = [
  [/\b(on fire|ablaze|in flames|red hot)\b/g, 'red'],
  [/\b(or )?(is it |are they )?(all |just |all just )?smouldering\b/g, ''],
  [
    /\b(where|what|the level|how much( risk)?) (the board|we|the trust|they|members) (has |have )?(said|says|say|agreed|decided|set|is|are|was|were|would be|d be)( (it|we|they) (was|were|is|are|would be|d be))? (comfortable|happy|ok|okay)( with)?\b/g,
    'appetite',
  ],
  [/\b(comfort zone|comfort level|risk comfort)\b/g, 'appetite'],
  // "Anywhere near where we wanted": against the plan's trajectory, as the papers say it.
  [
    /\b(anywhere )?(near|close to|far from|short of) where (we|they|it|you) (wanted|planned|expected|hoped|aimed|meant)( to be)?\b/g,
    'trajectory',
  ],
  // "Update the TAR one": an action, by its words (what an owner updates).
  [
    /^((?:please |can i |i want to |i need to |let me )?(?:update|edit) (?:the|my) (?:[a-z]+ ){1,4})one$/g,
    '$1action',
  ],
  // "What have I got on, action wise", "finance-wise": the thing itself.
  [/\b([a-z]+) wise\b/g, '$1'],
  [/\b(fronted|fronts)\b/g, 'presented'],
  [/\bfronting\b/g, 'presenting'],
  // "What did the board sign off on in September": what it approved (not what a committee signs off).
  [/\b((?:did|has|have|had)\b[a-z ]{0,40}?)\bsign(?:ed)? off on\b/g, '$1approve'],
  // "Keeping the CFO up at night", "lose sleep over": what worries most, not a time of day.
  [
    /\b(keep|keeps|keeping) (me|us|you|them|him|her|the [a-z]+( [a-z]+)?) (up|awake) at night\b/g,
    'most worrying',
  ],
  [/\b(lose|losing|lost) (any )?sleep (over|about)\b/g, 'most worrying about'],
  [/\b(danger zone|red zone)\b/g, 'red'],
  // Whose it is: "who's holding the baby on digital", "in the hot seat for research".
  [/\b(left )?(holding|holds|hold) the baby\b|\bin the hot seat\b/g, 'responsible'],
  // A risk brought down where it should be: "out of the woods", "in the clear".
  [
    /\b(out of the woods|in the clear|over the hump|turned (the|a) corner|past the worst)\b/g,
    'at target',
  ],
  // Work nobody has reported on, or left to slip.
  [
    /\b(gone|gone very|been|been very) (quiet|dark|silent)\b|\bheard nothing (on|about|from)\b/g,
    'had no progress update',
  ],
  [
    /\b(fallen|falling|fell|slipping|slipped|slip|slips) (through|between) the (cracks|net)\b|\bkicked (in)?to the long grass\b|\bon the back ?burner\b|\bdropped the ball( on)?\b/g,
    'overdue',
  ],
  // "The lowdown on BAF 3", "the headline on workforce": a summary of it.
  [/\b(the )?(lowdown|low down|skinny|headlines?) (on|about|for)\b/g, 'summary of'],
  // A governor's or lay member's words for the board's documents and business.
  [/\bmoney (update|report|paper)\b/g, 'finance $1'],
  [/\b(long term )?money plan\b/g, '$1financial strategy'],
  [
    /\b((?:the|their|its|our) )?(?:(?:improvement|action|development) )?plan (?:after|from|following|that came out of|out of|off the back of) (?:the )?(?:2024 )?(?:well led )?review\b/g,
    '$1well led plan',
  ],
  [/\b((?:the|their|its|our) )?(?<!well led )review(?: action)? plan\b/g, '$1well led plan'],
  [/\b((?:group|lpt|nhft|trust|board) )?risk list\b/g, '$1baf'],
  [
    /\b(?:(?:items|things|ones) )?(?:on|from|in) the to ?do list (?:from|of|after) the ((?:\w+ )?)(?:meeting|board)\b/g,
    'actions from the $1board',
  ],
  [/\bticked off\b/g, 'closed'],
  // "What's the group doing together on IT?": what it is doing, the two trusts being the group.
  [/\b(doing|working) (together|jointly)\b/g, '$1'],
  [/\bstrategy promises\b/g, 'trust ambitions'],
  [/\bback ?office( teams?| functions?| services)?\b/g, 'corporate services'],
  [
    /\bback in (?=(january|february|march|april|may|june|july|august|september|sept|sep|october|oct|november|nov|december|dec|jan|feb|mar|apr|jun|jul|aug|the spring|the summer|the autumn|the winter|20\d\d)\b)/g,
    'in ',
  ],
];

/** A word one of the idioms needs: where none is, none is tried. */
export const IDIOM_WORDS =
  /\b(fire|ablaze|flames|hot|smouldering|comfortable|happy|ok|okay|comfort|wanted|planned|expected|hoped|aimed|meant|update|edit|wise|fronted|fronts|fronting|sign|signed|night|sleep|zone|baby|woods|clear|hump|corner|worst|quiet|dark|silent|heard|cracks|net|grass|burner|backburner|ball|lowdown|low|skinny|headline|headlines|back|review|list|ticked|promises|money|together|jointly)\b/;

/**
 * Chat shorthand, spelt out before anything else is read: the way people type in Teams ("what do u
 * know abt the ppl risk pls"). Only forms that are not words of the papers.
 */
export const SHORTHAND: Readonly<Record<string, string>> = {
  // "people n culture", "r&d n innovation": a lone n between words is "and".
  n: 'and',
  u: 'you',
  r: 'are',
  kids: 'children',
  kid: 'child',
  ya: 'you',
  ur: 'your',
  abt: 'about',
  bout: 'about',
  // Fast typing's commonest slips of short words, which spelling correction leaves alone.
  teh: 'the',
  hte: 'the',
  waht: 'what',
  wat: 'what',
  // ("Wich" is nearer "with" by spelling, but is always "which".)
  wich: 'which',
  whcih: 'which',
  whihc: 'which',
  taht: 'that',
  adn: 'and',
  // "X keeps coming up": it is mentioned (not something coming up soon).
  'keeps coming up': 'is mentioned',
  'keep coming up': 'are mentioned',
  'kept coming up': 'was mentioned',
  // British idiom for "now" and "any news": "any joy on…", "what's it running at these days".
  'these days': 'now',
  'at the moment': 'now',
  'two trusts': 'both trusts',
  'at the minute': 'now',
  'at the mo': 'now',
  'any joy': 'any update',
  'running at': 'at',
  // A newcomer's words for the BAF: "the Leicestershire risk framework".
  'risk framework': 'baf',
  'risks framework': 'baf',
  // "The board pack", "anything in the pack on…": the papers.
  pack: 'papers',
  packs: 'papers',
  'chief execs': 'chief executive',
  'chief exec': 'chief executive',
  // American spelling, as phones correct it: the papers' "programme".
  program: 'programme',
  prog: 'programme',
  progs: 'programmes',
  programs: 'programmes',
  // Finance people's own clipping: "the lpt fin risk", "perf report".
  fin: 'finance',
  perf: 'performance',
  wrt: 'about',
  pls: 'please',
  plz: 'please',
  pse: 'please',
  ppl: 'people',
  thx: 'thanks',
  ty: 'thanks',
  b4: 'before',
  mtg: 'meeting',
  mtgs: 'meetings',
  cttee: 'committee',
  // The papers print "sub-committee" (two words once hyphens go).
  subcommittee: 'sub committee',
  subcommittees: 'sub committees',
  subcttee: 'sub committee',
  subcttees: 'sub committees',
  ctte: 'committee',
  cttees: 'committees',
  tmrw: 'tomorrow',
  tmw: 'tomorrow',
  yday: 'yesterday',
  wk: 'week',
  wks: 'weeks',
  mth: 'month',
  mths: 'months',
  mnth: 'month',
  mnths: 'months',
  hw: 'how',
  exec: 'executive',
  dir: 'director',
  dirs: 'directors',
  execs: 'executives',
  thru: 'through',
  'triple a': 'alert advise assure',
  'triple as': 'alert advise assure reports',
  wht: 'what',
  whn: 'when',
  // Text-speak: "wats overdue 4 me", "wen r they due", "hav i got anythin".
  wen: 'when',
  wot: 'what',
  wots: 'whats',
  hoo: 'who',
  wats: 'whats',
  whos: 'who is',
  hav: 'have',
  anythin: 'anything',
  sumthin: 'something',
  '4 me': 'for me',
  'down 4': 'down for',
  '4 us': 'for us',
  '2moro': 'tomorrow',
  '2day': 'today',
  minuts: 'minutes',
  minit: 'minute',
  minits: 'minutes',
  '1st ever': 'first',
  // Phones' autocorrect of the papers' words: "well lead plan", "group bad 3".
  'well lead': 'well led',
  ftp: 'ftsu',
  'group bad': 'group baf',
  'grp bad': 'group baf',
  'lpt bad': 'lpt baf',
  'bad actions': 'baf actions',
  'bad action': 'baf action',
  'bad risks': 'baf risks',
  'bad 1': 'baf 1',
  'bad 2': 'baf 2',
  'bad 3': 'baf 3',
  'bad 4': 'baf 4',
  'bad 5': 'baf 5',
  'bad 6': 'baf 6',
  'bad 7': 'baf 7',
  'bad 8': 'baf 8',
  'bad 9': 'baf 9',
  anythng: 'anything',
  grp: 'group',
  natnl: 'national',
  natl: 'national',
  'med term': 'medium term',
  yr: 'year',
  yrs: 'years',
  govt: 'government',
  dept: 'department',
  info: 'information',
  im: 'i am',
  ive: 'i have',
  cos: 'because',
  coz: 'because',
  tho: 'though',
  w: 'with',
  'w/': 'with',
  'w/o': 'without',
  apols: 'apologies',
  apol: 'apology',
  mins: 'minutes',
  rn: 'right now',
  v: 'versus',
  // Where a tolerance or a scale ends: "where the tolerance tops out".
  'tops out': 'upper limit',
  'top out': 'upper limit',
  'maxes out': 'upper limit',
  'max out': 'upper limit',
  'jog my memory': 'remind me',
  // Waiting lists count in weeks: "waiting over a year" is the 52-week measure.
  'over a year': 'over 52 weeks',
  'more than a year': 'over 52 weeks',
  'longer than a year': 'over 52 weeks',
  'year long waits': '52 week waits',
  'year long wait': '52 week wait',
  'waiting a year': 'waiting 52 weeks',
  // ("How do the 52-week figures look?": the measure of those waits.)
  '52 week figures': '52 week waits figures',
  '52 week numbers': '52 week waits numbers',
  '52 week position': '52 week waits position',
  '52 week data': '52 week waits data',
  // Plain English for the measures the papers report, as governors and the public say them.
  'leaves a mental health ward': 'is discharged',
  'leave a mental health ward': 'are discharged',
  'leaving a mental health ward': 'discharged',
  'leaves hospital': 'is discharged',
  'leave hospital': 'are discharged',
  'leaving hospital': 'discharged',
  'leaves a ward': 'is discharged',
  'leaving a ward': 'discharged',
  'checked on within a few days': 'receiving follow up in 3 days',
  'checked on within three days': 'receiving follow up in 3 days',
  'followed up within a few days': 'receiving follow up in 3 days',
  'followed up within three days': 'receiving follow up in 3 days',
  'urgent community team visit': 'urgent community response',
  'urgent community visit': 'urgent community response',
  'urgent home visit': 'urgent community response',
  'within two hours': 'within 2 hours',
  'back office': 'corporate services',
  'off sick': 'sickness absence',
  'time off sick': 'sickness absence',
  'empty posts': 'vacancies',
  'unfilled posts': 'vacancies',
  'staff leaving': 'turnover',
  'new mums': 'perinatal',
  'new mothers': 'perinatal',
  'how long patients stay': 'length of stay',
  'how long people stay': 'length of stay',
  'sent out of area': 'out of area',
  'going green': 'green plan',
  'money saving programme': 'value programme',
  // NHS England rates trusts by the oversight framework's segments.
  'how does nhs england rate': 'what is the oversight segment of',
  'how do nhs england rate': 'what is the oversight segment of',
  'rated by nhs england': 'oversight segment',
  'nhs england rating': 'oversight segment',
  'nhs england ratings': 'oversight segments',
  'joint staff committee': 'joint people and culture committee',
  'joint committee for staff matters': 'joint people and culture committee',
  'joint committee for staff': 'joint people and culture committee',
  'committee for staff matters': 'people and culture committee',
  'staff committee': 'people and culture committee',
  'yearly check up': 'annual effectiveness review',
  'annual check up': 'annual effectiveness review',
  // Where the board wants a risk to be is its target: "furthest from where we want it to be".
  'where we want it to be': 'target',
  // People waiting are patients, not the workforce ("harm while people are on the waiting list").
  'people are on the waiting list': 'patients are on the waiting list',
  'people on the waiting list': 'patients on the waiting list',
  'people on waiting lists': 'patients on waiting lists',
  'people waiting': 'patients waiting',
  'meant to get down to': 'target',
  'supposed to get down to': 'target',
  'meant to come down to': 'target',
  'supposed to come down to': 'target',
  'meant to get to': 'target',
  'supposed to get to': 'target',
  'where we want them to be': 'target',
  'where we want it to land': 'target',
  'where we want them to land': 'target',
  'where we want to be': 'target',
  'where we want to get to': 'target',
  'where we are aiming': 'target',
  'where it should be': 'target',
  'where they should be': 'target',
  'where it ought to be': 'target',
  'where it needs to be': 'target',
};

/**
 * Short forms spelt out only when looking for an agenda or minute item by its title ("the BAF item" is
 * "Group Board Assurance Framework"); elsewhere "BAF" names registers and risks.
 */
export const ITEM_ABBREVIATIONS: Readonly<Record<string, string>> = {
  baf: 'board assurance framework',
  ceo: 'chief executive',
  aob: 'any other business',
  seb: 'strategic executive board',
  ema: 'east midlands alliance',
};

/**
 * Short forms in the names of performance measures, spelt out as searchable words of the measure, so
 * "eating disorder waits" finds "CYP ED Waiting Times". Only in measure names: elsewhere "ED" is as
 * likely an emergency department.
 */
export const MEASURE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  cyp: 'children and young people child young',
  ed: 'eating disorder disorders',
  eip: 'early intervention in psychosis',
  rtt: 'referral to treatment',
  ips: 'individual placement and support employment',
  los: 'length of stay',
  mhsds: 'mental health services data set',
  dqmi: 'data quality maturity index',
  snomed: 'clinical coding',
  ucr: 'urgent community response',
  perinatal: 'maternal mental health',
};

/** Private (Part II) business named: "anything private", "part 2", "in camera", "confidential items". */
export const PRIVATE_BUSINESS =
  /\b(private|part (?:ii|2|two)|in camera|confidential|closed session)\b/i;

/**
 * What directors call a strategic objective, by a word of its title: "the people objective" is "be an
 * excellent employer", "the money objective" "be sustainable". Said with "objective" only.
 */
export const OBJECTIVE_WORDS: Readonly<Record<string, readonly string[]>> = {
  employer: ['people', 'workforce', 'staff', 'employer'],
  care: ['care', 'quality', 'patient', 'patients', 'clinical'],
  collaborative: ['collaborative', 'collaboration', 'partnership', 'partnerships', 'system'],
  sustainable: ['sustainable', 'sustainability', 'finance', 'financial', 'money', 'green'],
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
  // Several: the LPT BAF's "Operational Directors", not the one chief operating officer.
  'ops directors': 'operational directors',
  'operations directors': 'operational directors',
  'directors of operations': 'operational directors',
  'medic director': 'medical director',
  'company secretary': 'board secretary',
  'trust secretary': 'board secretary',
  'governance lead': 'director of governance',
};

/**
 * Governance terms as people say them and as the papers write them, for "what does X mean?": each
 * pattern (over the normalised term) adds the papers' wording to look for ("target risk" is a "target
 * score" in the BAF's quick guide; "1st line" is a line of the three lines of assurance model).
 */
export const TERM_VARIANTS: readonly [RegExp, string][] = [
  [
    /\b(1st|2nd|3rd|first|second|third|three) lines?\b|\blines of (defen[cs]e|assurance)\b/,
    'lines of assurance',
  ],
  [/\b(inherent|initial|original|starting) (risk|score|rating)\b/, 'inherent score'],
  [/\b(current|residual) (risk|score|rating)\b/, 'current score'],
  [/\btarget (risk|score|rating)\b/, 'target score'],
  [/\bboard assurance framework\b/, 'baf'],
  [/\bbaf\b/, 'board assurance framework'],
  [/\brisk appetite\b|\bappetite\b/, 'appetite'],
  [/\btolerance\b/, 'tolerance'],
  [/\bpart (ii|2|two)\b/, 'private'],
  [/\balert advise assure\b|\baaa\b/, 'alert advise assure'],
  [/\b5 ?x ?5\b|\bscoring (matrix|methodology)\b/, 'scoring methodology'],
];

/**
 * Words minutes use for what a director asks in other words ("who wanted the wording broadened?": the
 * minute says the descriptor could be expanded). Each group, one meaning; matched by stem.
 */
export const PARAPHRASES: readonly (readonly string[])[] = [
  ['wording', 'words', 'descriptor', 'description', 'definition', 'title'],
  ['broaden', 'expand', 'widen', 'extend', 'enlarge'],
  ['narrow', 'tighten', 'restrict'],
  ['suggest', 'propose', 'recommend', 'reflect', 'raise'],
  ['agree', 'support', 'endorse', 'accept'],
  ['clarify', 'explain'],
  ['worry', 'concern'],
  ['together', 'collectively', 'jointly', 'collaboratively'],
];

/**
 * Everyday words for the subjects of the papers. Each topic lists the words a director might use; a
 * question using any of them searches the papers for all of them (so "money" finds the finance risk).
 */
export const TOPICS: Readonly<Record<string, readonly string[]>> = {
  // "The FTSU comms plan": the papers' "communications plan".
  communications: ['communications', 'communication', 'comms'],
  // ("Has the health promotion work started?": the papers say "work has not commenced".)
  started: ['started', 'start', 'commenced', 'commence', 'begun'],
  // ("Which corporate service grew most?": the papers say "the biggest area of increase".)
  grew: ['grew', 'grow', 'grown', 'growth', 'increase', 'increased', 'rise'],
  // ("The plan to help the new non-execs settle in": the board's onboarding and integration.)
  // ("Who is eligible for Talent Matters?": the papers say who "can apply".)
  eligible: ['eligible', 'eligibility', 'apply', 'qualify', 'qualifies'],
  onboarding: ['onboarding', 'induction', 'settle', 'settling', 'integration', 'integrate'],
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
    'electronic patient records',
    'electronic records',
    'epr',
    'digitally mature',
    'digital maturity',
    'ai',
  ],
  cyber: ['cyber', 'cyber security', 'cyber attack', 'hacking', 'ransomware'],
  // What the papers call AI note taking: "MagicNotes trial of ambient voice technology".
  'ambient voice': [
    'ai',
    'artificial intelligence',
    'ambient voice',
    'ambient voice technology',
    'avt',
    'magicnotes',
    'note taking',
    'transcription',
  ],
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
  // The papers' programme against racism goes by its short form: "Group TAR programme".
  racism: ['racism', 'racist', 'anti racism', 'antiracism', 'tar', 'antisemitism'],
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
  'board assurance framework': ['baf', 'board assurance framework', 'assurance framework'],
};

/**
 * Words that carry no subject: function words, question words and the words every question about the
 * papers uses. What remains of a question without them (and without the names found) is its topic.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above per hang hmm erm umm oops after against overall recently lately still stopping preventing meant supposed way according looks seems appears saw spotted logged someone somebody anyone anybody within again all also am an and any anything anywhere are around as ask asked at be been
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
  mention mentions mentioned regarding front talk talking said anybody anyone stand remind reminder
  goes wondering wonder curious actually besides except apart under pretty sure theres reckon think guess suppose presumably probably maybe perhaps down
  chase chasing chased nudge nudging hound piece pieces crop crops cropped across far called actual trusts
  forgive naive silly daft nutshell keeps saying told personally few everyone honest honestly tbh
  frankly seriously genuinely truthfully showing shown path feels asking trying happens lands bring tomorrow
  yesterday
  achieve aiming`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A role offered as a guess at who leads a piece of work: after the question ("…, is it the finance
 * director?", "- just the medical director?") or as its subject ("is LPT's managing director down for
 * the digital strategy action?").
 */
export const GUESS_AFTER =
  // ("Just the ones for the medical directors" at the start narrows a list: no guess.)
  /\b((?<=\S )just|is it|was it|or is it|is that|isn t it|presumably|i assume|i presume)( just)?( the| our| a)? ([a-z& ]{2,60})$/;
export const GUESS_BEFORE =
  /^(is|was|are|were|does|did) ([a-z& ]{2,60}) (down (for|to)|(the )?(named )?(lead|owner) (for|on|of)|responsible for|on the hook for|in charge of|leading|owns?|leads?)\b/;

/** Words for a measure rather than what is measured: "vacancy rate", "appraisal rates". */
export const MEASURE_WORDS: ReadonlySet<string> = new Set(
  'rate rates level levels number numbers nos figure figures figs percentage percent performance data stat stats statistics trend looking like total totals overall average'.split(
    ' ',
  ),
);

/**
 * Words that compare or judge a measure rather than name it: "the worse sickness rate", "why has it
 * dropped". Left out when finding which indicator a question means.
 */
export const COMPARISON_WORDS: ReadonlySet<string> = new Set(
  `worse worst better best higher highest lower lowest more less most least fewer fewest greater larger good bad poor poorer
  dropped drop drops fallen fell falling risen rose rising gone went going doing compare compared
  comparison versus against who which why how got has have had been bigger biggest smaller smallest
  problem problems issue issues badly struggling two vs v over under above below ceiling ceilings cap
  limit limits target targets threshold breach breaching breached exceed exceeding exceeded
  high low look looks looking seem seems way direction heading trending moving concerning worrying alarming stubborn stubbornly still both`.split(
    /\s+/,
  ),
);

/** Units as printed in the papers' tables and as typed: "2-hr" and "2 hours" are one thing. */
export const UNITS: Readonly<Record<string, string>> = {
  hr: 'hour',
  hrs: 'hour',
  hours: 'hour',
  wk: 'week',
  wks: 'week',
  weeks: 'week',
  mth: 'month',
  mths: 'month',
  months: 'month',
  yr: 'year',
  yrs: 'year',
  years: 'year',
  days: 'day',
};

/** Numbers in words: one to nine, the teens, the tens, and the ordinals (read by `spoken.ts`). */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
export const TEEN_WORDS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** "first" to "ninth": also the end of "twenty-first". */
export const ORDINAL_UNIT_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  ...ORDINAL_UNIT_WORDS,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

/** Number words directors type beside what they count ("risk three", "the second meeting"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...UNIT_WORDS,
  ten: 10,
  eleven: 11,
  twelve: 12,
  ...ORDINAL_UNIT_WORDS,
  tenth: 10,
};

/** Actions arising from a minute or a meeting: "what actions arose from…", "which came out of it". */
export const ARISING_FROM =
  /\b(arose|arise|arising|came|come|comes|raised|resulted|result|followed|out of|from)\b/;

/** "Which papers are late?", "any papers still missing for the board": papers not yet in. */
export const PAPERS_LATE =
  /\b((which|what|any) (board )?papers (are |is )?(still )?(late|overdue|missing|outstanding|to come|not (yet )?(in|received|submitted)|yet to (come|arrive|be submitted))|papers? (havent|haven t|have not|hasnt|hasn t|has not) (yet )?(come|been|gone) (in|submitted|received|sent))\b/;

/**
 * When a meeting's papers are due, in any of its wordings: "paper deadline", "when do papers need to be
 * in by", "cut-off for board papers", "when do I submit my paper".
 */
export const PAPERS_DUE =
  /\b(papers? (deadlines?|cut ?offs?)|(deadlines?|cut ?offs?) for (the |board |my |our )?papers?|(which|what) papers (are |is )?(due|needed|wanted)|papers? (are |is )?(due|needed|wanted)( (for|by|in))?|papers? (need|needs|have|has|must|should|got) (to )?(be )?(in|submitted|sent|uploaded|ready|with (you|the secretary|the board secretary|governance))|(submit|send in|hand in|upload) (my |our |the |a )?(board )?(papers?|reports?)|papers? in by)\b/;

/**
 * Who answered or asked something at a meeting, which its minutes record and a paper does not ("who
 * answered the veterans q", "who said…").
 */
export const WHO_ANSWERED =
  /\bwho (answered|responded|replied|asked|raised|said|confirmed|explained|questioned|challenged)\b/;

/** "What did Sam write in his progress note?", "what has Yusuf put": a note's writer named. */
export const WHAT_SOMEONE_WROTE =
  /\bwhat (did|has|had|have) [a-z]+( [a-z]+)? (write|written|put|say|said|note|noted|add|added)\b/;

/** A date the asker believes something is due: "I had that down for August 24". */
export const DATE_BELIEVED =
  /\b(i |we )?(had|have|got) (it|that|this|them) (down|pencilled in|noted) (for|as)\b/;

/** Words that name risks as risks (a score is also an ambition's or a measure's). */
const RISK_WORDS = 'risks?|baf|bafs|register|heat ?map|appetite|tolerance|assurance framework';
/** Risks named as risks, not only by a score: "lowest confidence score in the ambitions" names none. */
export const RISK_NAMED = new RegExp(`\\b(${RISK_WORDS})\\b`);

/** The words that put a slip right: "no wait", "sorry", "oops", "I meant", "make that". */
export const PUTTING_RIGHT =
  '(?:no|nope|sorry|oops|whoops|wait|my bad|correction|actually|i mean|i meant|meant|make that|make it)';

/**
 * The cue words: what a question asks, as patterns over the normalised text. Rules combine them with
 * the entities found; a cue alone decides nothing.
 */
export const CUES = {
  /** Wanting to record progress on an action, not to read it. */
  updateAction:
    /^(please )?(update|updating|record (the )?progress( on| for)?|report (the )?progress( on| for)?|add (a )?(progress )?(note|update)( to| on| for)?|update (the )?progress( on| for)?)\b( on| for| to)?/,
  newMeeting:
    /^(please |can you |could you |i need to |i want to |let me |ok |okay |actually )?((new|add|create|set ?up|book|schedule)(?! (of|for)\b)( an?| another| the)?( new)?( (?!(reminders?|agenda|papers?|nudges?|chasers?|broadcasts?)\b)[a-z&]+){0,5} meeting\b|((add|create|set ?up|book|arrange|organise|organize)( an?| another| a new| the| the next| our next)|schedule( an?| another| a new| the next| our next))( (?!(reminders?|agenda|papers?|nudges?|chasers?|broadcasts?)\b)[a-z&]+){0,4} (board|session)\b(?! (agenda|reminders?|papers?|pack|meetings?)\b))/,
  // ("Edit the 24 june 2027 meeting", "change the agenda", "add an item to the agenda": the meetings
  // to choose from, each with its agenda editor.)
  editMeeting:
    /^((actually|ok|okay|right|and|also|now|then|sorry) )?((on|for|in) the [a-z0-9 ]{1,30}?(board|meeting|agenda) )?(please |can i |can you |could you |let me |i want to |i need to )?((edit|change|update|move|reschedule|amend|postpone|rearrange|push back|bring forward)( an?| the| our)?( [a-z0-9&]+){0,5} (meeting\b|agenda$)|(move|reschedule|postpone|rearrange|push back|bring forward)( the| our)?( [a-z0-9&]+){0,3} (board|gtb|committee)\b|(edit|change|amend|reorder|set|draft|build|finalise|finalize) (the |an? |our )?agenda\b|(agenda (edit|change)s?\b)|(move|shift|swap|bring|push) (the |item )?[a-z0-9 ]{1,40}? ?item( \d+)?( [a-z0-9 ]{1,40}?)? (up |down |forward |back )?(to|after|before|below|above|ahead of|behind) |(add|put|insert|remove|drop|delete|take|move|swap)( an?| another| one more| a new| the| this| that)?( [a-z0-9&'-]+){0,6} (to|on|onto|into|in|from|off|up|down) (the |an? |our |next |the next |this |that )?((board|gtb|january|february|march|april|may|june|july|august|september|october|november|december|public|private) ){0,2}agenda\b|(edit|amend)( an?| the| our)?( [a-z0-9&]+){0,5} (board|gtb|committee)\b)/,
  sendReminder:
    /^(please |can you |could you |can we |can i |i need to |i want to |let s |lets )?((send|schedule|compose|post|broadcast)(?! (me|us)\b)( an?| the| out)?( [a-z]+){0,4} (reminders?|broadcasts?|notices?|agenda)|(set ?up|set|create|add|book|arrange|draft)( an?| the)?( [a-z0-9]+){0,4} (reminders?|broadcasts?|notices?)|(new )?(reminders?|broadcast)|remind (the|all|every|everyone|everybody|people|members|board members|directors|attendees|neds|the board)\b)\b/,
  broadcasts:
    /^((list|show|view|see|open|get)( me)?( my| the| all)? )?((scheduled|upcoming|sent) )?(broadcasts|reminders|delivery reports?)( scheduled| sent)?$|^(what|which|any)( reminders| broadcasts)( are| have been| do we have| have we got| have i got)?( set up| scheduled| booked| planned| queued| going out| due( to go)?( out)?| in place)?$|^((show|view|see|open|list)( me)? )?(the |my |our )?(reminder|broadcast) (schedule|list|queue)$|^what is (scheduled|queued) (to go out|to send|to be sent)$|^((can i |can you |could you |please )?(list|show|view|see|open|get)( me)? )?(the |a )?delivery reports? (for|of|on) (that|this|the|my|our|last|latest) ((last |latest |sent )?(reminder|broadcast|message|notice|nudge|chaser)s?|one)$|^(?!.*\b(risks?|baf|actions?|minutes|agendas?|ambitions?|score)\b)(?=(\S+ ){0,11}\S+$).*\b(broadcasts|delivery reports?|(what|anything|which reminders|which broadcasts) (has |have )?(went|gone|got|been sent|was sent|were sent) out|what (has|have) (been )?(sent|gone) out|what s (queued|scheduled to go|going out)|what is (queued|going out)|how did (the|my|our|that|this) (last |latest )?(reminders?|broadcasts?|nudges?|chasers?|notices?)( (i|we) (sent|scheduled|set up))? go|(did|has|have) (the |my |our |that |this )?(reminders?|broadcasts?|nudges?|chasers?|notices?)( (i|we) sent)? (get |been |go |gone )?(delivered|out|through))\b/,
  // A command on its own ("chase overdue actions", "send the chasers"), never a sentence asking for a
  // list ("chase list pls - group baf actions due feb, who owns them"): chasing messages people.
  // ("Send an action chaser now", "nudge the owners of overdue actions", "remind action owners about
  // overdue actions", "send an overdue actions nudge out now pls": the same command.)
  chase:
    /^(please |pls |can you |could you )?(chase|nudge|send (out )?(an? |the )?(weekly )?((overdue |late |outstanding )?(actions? )?(chasers?|digests?|nudges?)|(overdue|late|outstanding) (actions? )?reminders?|actions? reminders?)( out)?|remind (the )?(action )?(owners|leads|people))( (up|round))?( (the|all|my|our))?( (overdue|late|outstanding|open))?( (action|actions|action owners|owners|leads|people|everyone|them))?( (of|about|for|on)( (the|their))?( (overdue|late|outstanding|open))? actions?)?( (to|in|into|on) (the |our )?[a-z& ]{1,40}?(channel|chat|team|group))?( (now|today|please|pls|for me|out))*$|^(please |can you |could you |can we |could we |shall we |should we |let s |lets )?(chase|nudge|remind)( up)? (everyone|everybody|all|people|the people|owners|action owners|the owners|leads|anyone|those)( who| whose| with)( [a-z]+){0,6} (overdue|late|outstanding|past (their|the) (due )?dates?)( actions?)?( (now|today|please))*( (the )?[a-z ]{1,30} ones( (esp|especially|first|mainly|in particular))?)?$|^(please |can you |could you )?(chase|nudge|remind)( up)? (the )?(people|owners|action owners|leads|everyone|everybody|those|anyone)( who| that)( have| has)? (not|haven t|hasn t|havent|hasnt|yet to)( yet)? (updated|update|reported|given (an )?update|sent (in )?(an )?update)( (their|on their) actions?)?( yet)?( (now|please))*$|\b(chase|nudge) (them|those|the people|the owners|them all|everyone)( up)?( (now|please))*$|^(please |pls |can you |could you |can i |could i |how do i |how can i |how would i |i want to |i d like to |id like to |let s |lets )?(send|schedule|set up|post|put out|fire off|get out)( out)?( an?| the| some)?( (action|actions|overdue|late|outstanding|weekly|quick))* (chasers?|nudges?|reminders?)( ?(\/|or|and)? ?(chasers?|nudges?|reminders?))?( out)? (to|for) (the |all |every |all the )?(action |overdue |late )?(owners|leads|people|everyone|action leads)\b|^((please|pls|can you|could you|can u|could u|would you) )*(chase|nudge)( up)? ([a-z]+ ){0,4}?(about|on|re|for|with|who|whose|that)\b.*\b(overdue|late|behind|outstanding|not updated|haven t updated|havent updated)( (on |with )?((their|his|her|the) )?actions?)?( (please|pls|thanks|thank you|now|today))*$|^((please|pls|can you|could you|can u|could u|would you) )*(chase|nudge)( up)? (the |all |all the )?(overdue |late |outstanding )([a-z]+ ){0,3}actions?( (please|pls|thanks|thank you|now|today))*$|^((please|pls|can you|could you|can u|could u|would you) )*remind (the |all |all the )?([a-z]+ ){0,3}(action )?(leads|owners)\b.*\b(overdue|late|behind|outstanding)\b/,
  unanswered:
    /\b(unanswered|not answered|(couldn ?t|couldnt|could not|didn ?t|didnt|did not|can ?t|cannot|failed to)( you| it| board clerk| we)? (answer|understand)|missed questions|failed questions)\b/,
  /** About the asker, Board Clerk itself, and what it covers. */
  aboutMe:
    /^((who ?am ?i|whoami)( to you| in (the|your) (directory|system|records?)| exactly)?$|who do you (think|take|have) me (as|for|to be)|who (do|does) (you|board clerk) think i am|what (do you have|have you got|does board clerk (have|hold)) (on record |on file )?(on|about|for) me|am i (in|on) (your|the) (directory|system|records?)|(tell me|say) who i am|who am i (logged in|signed in|registered) as|what is my (name|role|job|title)|what are my roles|what do you know about me|what (else )?(do|does) (you|board clerk) (know|hold|have|say) (about|on) me|do you know who i am|(am i|what am i) (down|listed|recorded|registered|named|shown|on record|in the (papers|directory|system)) as( an?| the)?\b|am i (an?|the) [a-z ]*\b(director|member|officer|chair|secretary)\b|which roles do i (have|hold)|what roles do i (have|hold))\b/,
  aboutYou:
    /^((so )?(what|who) are you|what is your name|what are you called|what do i call you|who (made|built|created|wrote) you|are you (a |an )?(real |actual |live )?(bot|robot|human|person|being|ai|machine|computer|program|real)|what is board clerk)\b/,
  // ("Can I mark a note as board members only?": who sees what is written, asked.)
  privacy:
    /\b((mark|make|set|flag|keep|tag) (a |my |the |this |that |an )?(progress )?(note|notes|update|comment)( as)? (private|confidential|restricted|board( members?)? only|for (the )?board( members)? only)|who can see|who sees|private (items?|business|part)|part (ii|2)|privacy|confidential\w*|is this (private|confidential)|(anything|something|nothing|what s|whats|what is|which (items?|papers?)) (private|confidential|in private)|(which|what|any|how many) (agenda )?(items?|papers?) (are|is|will be|to be) (private|confidential|in private|part (ii|2))|(is|are) (the |its |this |that )?(agenda|meeting|items?|papers?) (private|confidential)|(is|are) (any|anything|some|none|it|they|that|this)( \w+)?( of (it|them|those|these|this|that))? (private|in private|taken in private|held in private))\b/,
  coverage:
    /\b(what|which) (organisations|organizations|trusts|boards|registers|papers|documents|data) (do|does|can) (you|board clerk) (cover|know|hold|have|include|look at)|(what|which|whose) (nhs )?(organisations|organizations|trusts|providers)( boards?| papers)? (do|does|have|has|are|did|can|is) (you|board clerk)\b|whose (board )?(papers|registers|minutes|data) (do|have|are|does) (you|board clerk)\b|(papers|data|registers|documents) (for|from|on|about) (which|what) (nhs )?(organisations|organizations|trusts|providers)\b|where do(es)? (you|your (data|information|answers)) come from|what (do you|does board clerk) (cover|hold)\b|(what|which) (papers|documents|registers|reports|logs|data|files) (have|ve|do|did|are) (you|board clerk|there)( got| have| hold| loaded| been loaded| read| on file)\b|(what|which) (papers|documents|registers|reports) (are|have been|were) (loaded|uploaded|held|in here|available)\b/,
  help: /^(help|\?+|what can you (actually |really |even )?do|what (can|do) i (do|use|ask)( here| with (you|this|board clerk))?( as (a |the )?(board )?secretary)?$|what are (the |my )?(board )?secretary( s)? (tools|commands)|what do you (actually |really )?do|what can you (actually |really |even )?help( me)? with|how can you help|what can you tell me|(can|could|would) you help( me)?|help me|i need help|how do (i|you) (use|work)|commands?|menu|options|examples?|what can i ask|what (sort|kind|type)s? of (things|questions|stuff)( can| could| should| do)? (i|we) (ask|do)|how does this work|what do you know( about)?)\b/,
  actions:
    /\b(actions?|tasks?|to ?do list|to ?dos|(left|still|remains?|remaining|yet) to (do|be done|deliver)|(need|needs|have|has|ought|got) to (do|be done)(?! (with|about) (it|this|that|them|the)\b)|who (hasn t|has not|haven t|have not|hasnt|havent|didn t|did not|is yet to|still (hasn t|has not|needs to)) (yet )?(update|updated|given (an? )?update|reported|sent (in )?(an? )?update)|(meant|supposed|due|expected|tasked|committed) to (be )?(deliver|delivering|complete|completing|produce|producing)|deliverables?|what (do |does |did )?(the )?([a-z]+ ){1,3}(owe|owes|still owe|still owes)(?! (us|me|you|them|him|her|money))|(owe|owes|owed|owing) (on|for|against|by) |(i|we) (owe|owed)\b|mitigations?|action log|action plan|actioned|what (is|s|was|were|are) ([a-z]+ ){1,4}on the hook for|what (do|does|did) ([a-z]+ ){1,4}(still )?(have|hold|carry|got) (open|outstanding|overdue|left)\b(?! (to|for|in|at) (the )?(board|agenda|meeting)))\b/,
  /**
   * The asker's own work, in the words people use for what they must do: "what am I on the hook for",
   * "what's on my plate", "anything I'm late on", "what have I got outstanding", "what do I owe",
   * "what did I say I'd do".
   */
  myWork:
    /\b((?<!\bwho (is|s|was|are|were) )on the hook|on my (plate|list|desk|books|shoulders|radar|to ?do list)|my (to ?dos?|workload|commitments|deliverables|responsibilities|jobs|bits|outstanding|steps|milestones|pieces of work|bits of work|work items)|what (have|ve) i (actually |really |still |now )?(got|still got|to do|to deliver|promised|committed to|signed up (for|to))|(what|anything|everything|which( things)?) (am|m|was|were) i (chasing|behind (on|with)|late (on|with)|overdue (on|with)|meant to|supposed to|responsible for|accountable for|down (for|to)|committed to|signed up (for|to)|owing)|what do i (still )?(owe|need to (do|deliver|chase|finish)|have (to do|outstanding|open|due|left|to deliver))|(what is|anything|what s|whats) (still )?(waiting|outstanding|due|open|sitting|left|live|pending) (for|on|with|against) me|(what is|what s|what else is|anything( else)?|is there anything) (still )?(on|against|down to) me\b|what (did|have|ve|had) i (say|said|promise|promised|agree|agreed|commit|committed|sign up|signed up|volunteer|volunteered|undertake|undertaken)( (i d|i would|i will|i ll|to|for))?( (do|deliver|take on|pick up|look into|follow up))?|what (was|were|am|have) i (been )?(asked|tasked|given|set) to (do|deliver|take on|look into)|i (still )?(owe|promised|committed to)|(bits|things|items|ones|parts)( \w+){0,8} (down|up) to me|(involve|involves|involving|concern|concerns|name|names|mention|mentions|needs|need|requires|require|expects|expect) me|(ask|asks|asking|asked|want|wants|wanting|expecting|expected) me to (do|deliver|take|look|lead|sort|pick)|(am|m) i (involved|named|mentioned) (in|on)|(anything|something)( (new|else|open|outstanding|live|pending|still))? (for|down for) me|(anything|something|stuff|what s|what is|whats)( \w+){0,6} (assigned|allocated|given) to me|(have|has|had|got|put|puts|list|lists|listed|name|names|named|show|shows) me (on|down|against|in|as)\b|(are|is|were) (still )?(on|against|down to|assigned to) me\b|(do|did) i (actually |really |still |currently )?(own|lead|hold) (anything|any|something|much)\b|what (do|did) i (actually |really |still |currently |now )?(own|lead|hold|look after)\b|(due|owed|needed|wanted|required|expected) from me|(what s|what is|whats|what has|what have)( been| they)? (assigned|allocated|given) (to )?me|i (have )?(got )?(nothing|none|no actions|no work) (on|in|against|under)|(cannot|can not|can t|do not|don t) see my name|(with|has|have|got|having|carries|carry) my name (on it |written )?(against|on|next to|beside|by) (it|them|that|this)|my name (is |s )?(against|on|next to|beside)\b)\b/,
  /** The asker's own: "my actions", "what have I got", "anything for me" (not "show me the risks"). */
  /**
   * Due after today: "anything not due yet", "which actions aren't due until later" (not "aren't due in
   * May": a period named is left out of a list, `negation.ts`).
   */
  notYetDue:
    /\b(not (actually |really |even )?(yet )?due( yet)?(?! ((in|on|by|for|at|at the end of|end of|during|over) )?(the )?(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this|next|last|q[1-4]|spring|summer|autumn|winter|christmas))|isn t (actually |yet )?due(?! ((in|on|by|for|at|at the end of|end of|during|over) )?(the )?(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this|next|last|q[1-4]|spring|summer|autumn|winter|christmas))|aren t (actually |yet )?due(?! ((in|on|by|for|at|at the end of|end of|during|over) )?(the )?(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this|next|last|q[1-4]|spring|summer|autumn|winter|christmas))|not due (yet|until)|due (later|in future|in the future)|yet to (fall )?due|still to fall due|in date(?! order)|not (yet )?(past due|overdue)|not overdue yet)\b/,
  mine: /\b(my|mine|myself|i (was|were) (supposed|meant|due|expected|asked|tasked) to|was i (supposed|meant|due|expected) to|i (owe|owed|owing)|do i owe|i still (have|haven t|am)|i (have|am) yet to|(has|have|got|put|puts) me down|me down for|i own|i lead|i m|i am|ive|i ve|i have|i hold|i need to(?! (get|have|see) (\w+ )?(corrected|fixed|changed|checked|chased|updated|sorted))|i look after|have i|do i|am i|did i|should i|must i|for me|(?<!\b(?:looks?|seems?|sounds?|appears?|feels?)(?: \w+){0,3} )to me|on me|with me|assigned to me|owned by me|led by me|against me|down to me|under me|in my name|with my name|landing on me|land on me|on my plate|sitting with me|sit with me|sat with me|sat on me)\b/,
  owns: /\b(owns?|owned by|responsible for|assigned to|leads?|leading (any|anything|something|much|many)|led by|on the plate of|accountable|in charge|carr(y|ies|ying) the can|answerable|(talk|speak|go|turn) to (about|on|re|regarding))\b/,
  ownerQuestion:
    /\b(who (do|should|can|would) (i|we) (talk|speak|go|turn) to (about|on|re|regarding)|(who|(which|what) (exec|execs|executive|executives|director|directors|person|people|officer|officers|lead|member|role|individual)) (owns|leads|is responsible|s responsible|is accountable|is in charge|looks after|holds|manages|is the (lead|owner)|leads on|is answerable|(is |s )?carr(ies|ying) the can)|whose (risk|is it|is)|(owner|owners|lead|leads|responsible|accountable) (for|of|on)|risk (owner|lead)|who s (the )?(lead|owner)|who is (the )?(lead|owner))\b/,
  overdue:
    /\b(overdue|late|past (their |its )?due|(gone |run |gotten |got )?past (its|their|the) (due |target |deadline )?(dates?|deadlines?)|passed (its|their|the) (due |target )?(dates?|deadlines?)|(?<!\b(what s|what is|whats|who s|who is|whos|who) )behind|behind(?! (it|its|that|this|the)\b)|(?<!\b(i|we|you|he|she|they) (had to |have |just |unfortunately )?)missed|out of date|behind schedule)\b/,
  slipped:
    /\b(slipped|slipping|slippage|slip|pushed (back|out)|delayed|delays|extended|deferred|moved (back|out)|rescheduled)\b/,
  /** A due date changed, in any order of words: "revised dates", "deadlines moved", "extended the date". */
  revised:
    /\b(revised|new due dates?|changed due dates?|extensions?|(due dates?|deadlines?|target dates?|dates?)( have| has| had| were| was| been| got)* (moved|changed|revised|extended|pushed( back| out)?|put back|altered|slipped)|(moved|changed|revised|extended|pushed back|put back|altered)( the| their| its)?( due| target)? (dates?|deadlines?))\b/,
  why: /\b(why|reason|reasons|how come|what happened|explain)\b/,
  /** How the asker feels about a figure, not what it is of: "sickness was through the roof". */
  remark:
    /\b(through the roof|sky ?high|off the (charts?|scale)|all over the place|gone (mad|crazy|bonkers)|shocking(ly)?|dreadful|terrible|awful|dire|grim|rubbish|worrying(ly)?|eye ?watering|not (looking )?(great|good|pretty))\b/,
  closed:
    // ("What she needs to get done", "what's left to finish": still to do, not done.)
    /\b(closed(?! cultures?\b)|close(?! to)|closes|closing|completed?|completing|(?<!(?:needs?|has|have|got|left) to (?:get )?)finish|finished|signed off|sign off|(?<!(?:needs?|has|have|got|left) to (?:get )?)done|delivered|closed off|ticked off)\b/,
  // ("The BAF closures", "the closures list": the papers' Action Closures, proposed to the board;
  // not where something was seen, "mentioned in the BAF closures paper".)
  proposed:
    /\b(proposed for closure|(every|each|all( the)?|any) ((baf|action) )*closure\b|come off the (log|list)|(are|is|r) (we|they) closing( off)?|(?<!\b(in|on|from|under|at) the ([a-z]+ ){0,2})(action |baf )?closures( list)?|closure list|a?waiting (for )?(closure|approval|sign ?off)|a?waiting (for|on) (me|us|the board|the secretary) to (sign( it| them)? off|approve|close)|(a?waiting|pending|needing|needs?) (my|our|your|the board s|the secretary s) (approval|sign ?off)|pending (closure|approval|sign ?off)|for (closure|closing)|ready to close|to be closed|(being|getting) closed( off)? (this|in this|at this|at the next|this coming) (round|cycle|time|board|meeting)|(being|getting|to be) closed( off)? (at|by) the ([a-z]+ ){0,3}(board|meeting|gtb|seb)|closures? (that |which |we |they )?(go|goes|went|gone|going|come|came|coming|heading|sent|put|brought|taken|due) (to|before|up)|(closures?|close|closing) [a-z ]{0,40}for (sign ?off|approval|ratification)|closures? [a-z ]{0,40}\b(need(s|ing)? to (be )?|going to (be )?|to be |for )(sign(ed)? ?off|approv\w*|ratif\w*)|recommended (for|to) clos\w*|up for (closure|sign ?off)|(asked|being asked|asking|asks)( the ([a-z]+ ){0,2}(board|gtb))? to (close|approve (the |their )?clos\w*)|asked to approve [a-z ]{0,30}closures?)\b/,
  // ("I had that down for August 24?": a date the asker believes it is due.)
  due: new RegExp(`\\b(due|deadline|deadlines|coming up|upcoming)\\b|${DATE_BELIEVED.source}`),
  open: /\b(open|outstanding|live|in progress|still open|(left|still|remaining|yet) to (do|be done|deliver)|to be done)\b/,
  // ("How many actions are there altogether / in total": every one, open or not.)
  everyAction:
    /\b(all|every)\s+(the\s+)?actions?\b|\bhow many (separate |individual )?actions (are there|does it have|do (they|we) have)\b.*\b(altogether|in total|in all)\b/,
  agenda:
    // ("What was due to come to it?", "what's going to the January board": its business.)
    /\b(agenda|agendas|papers for|paper for (the |this |that |next |our )?([a-z]+ )?(board|meeting|committee|session|gtb)|items? (on|for) the|running order|(coming up|being discussed|up for discussion|on the table|being taken|taken) at|(due|set|scheduled|planned|meant|supposed) to (come|go) (to|before) (it|that|that one|this|the (board|meeting|committee|january|february|march|april|may|june|july|august|september|october|november|december)\b))\b/,
  meeting: new RegExp(
    `\\b(meetings?|board|gtb|committees?|sessions?|meet|meets|meeting s|sit|sits|convene|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* papers$)\\b|${PAPERS_DUE.source}`,
  ),
  next: /\b(next|upcoming|coming|forthcoming|when is|when s|when does|when will|future|when do)\b/,
  last: /\b(last|previous|latest|most recent|past|recent)\b/,
  time: /\b(what time|time|start|starts|starting|begin|begins|kick off|kicks off|kicked off|o clock)\b/,
  place:
    /\b(where|venue|location|room|held at|held on|held in|address|teams link|join link|link to join|in person|on teams|on microsoft teams|virtual(?! (ward|wards|bed|beds|care|hospital|hospitals|consultations?|appointments?))|virtually|online(?! (booking|services?|consultations?|appointments?))|face to face|hybrid|remote|remotely|dial in)\b/,
  resolve:
    /\b(resolved?|resolutions?|decided?|decisions?|agreed?|approved?|minuted|outcomes?|conclude\w*)\b/,
  // Not a span of time: "I've got five minutes before the board", "in a minute".
  minutes:
    /\b(?<!(?:\d|one|two|three|four|five|ten|fifteen|twenty|thirty|few|couple of|a|spare|last|in a) )(minutes|minute|minuted|record of the meeting)\b/,
  attendance:
    // "There" of being at a meeting ("who was there"), not of something existing ("is there a decision").
    /\b(attend\w*|present|(?<!\b(is|are|s) )there(?! (a|an|any|anything|something|no|much|more)\b)|in the room|who (from [a-z]+( [a-z]+)? )?(was|were) at|(which|what|any) [a-z ]{2,40} (was|were) (at|in) (the )?([a-z0-9]+ ){0,4}(board|meeting|committee)\b(?! (paper|papers|report|pack))|who (from [a-z]+( [a-z]+)? )?(came|went|turned up|showed up)|quorate|quorum|members present)\b/,
  apologies:
    /\b(apolog\w*|absent|(?<!sickness |sick )absences?|(wasn t|weren t|wasnt|werent|was not|were not) (at (the|that|this|last|our|its|a) |there\b|present|in attendance)|missed (the|that|last) (meeting|board)|(didn t|did not|couldn t|could not|unable to) (come|attend|be there)|not (present|in attendance)|no shows?|couldn ?t make|couldnt make|could not make|didn ?t make|did not make|did not attend|didn ?t attend|sent regrets|regrets)\b/,
  declarations:
    /\b(declar\w*|conflicts? of interest|interests? declared|declared interests?|register of interests)\b/,
  /** Presenting an item (not "present" at a meeting, which is attendance). */
  presenter:
    /\b(presented|presents|presenting|presenter|presentation|(will|to|going to|is|who) present|(down|due|set|scheduled|listed|lined up|going) (to|for) (lead|present|introduce|speak to|take)|(lead|leads|leading|lead on|leads on|leading on|down for|listed for|lined up for|scheduled for)(?= the( \w+){1,4} item)|introduc\w*|spoke (to|on)|(talk|talks|talked|walk|walks|walked|took|take|takes|taken|taking) (\w+ ){0,3}through|outlined|led (the|on)|gave|who (took|takes|brought|brings)(?= (the |that |this )?(\w+ ){0,3}(report|paper|item|update)\b))\b/,
  /** Who held a part in a meeting: took its minutes, chaired it. */
  minuteTaker:
    /\b((took|take|takes|taking|taken|wrote|write|writes|written|recorded|records|keeps?|kept) (the )?minutes|who (did|does|do|is doing|was doing) (the )?minutes|minute ?takers?|minuted by|minuting|who minuted|who (has|had) minuted|clerk(ed)? (the|it))\b/,
  chaired:
    /\b(chaired|chairing|chairs|who was (in )?the chair|chairman|chairwoman|chairperson|(did|does|will|who|to) ([a-z]+ ){0,3}chair (the|that|this|it|today|on)|chair (the|that) (meeting|board|session))\b/,
  /** What someone said in a meeting. */
  said: /\b(say|said|says|saying|(minuted|recorded|noted) from|(agree|agreed|agrees) to (take|look|follow|pick)|tak(e|en|ing) (it |this |that |\w+ )?forward|took (it |this |that |\w+ )?forward|pick(ed|s)? (anything|something|it|that|this) up|undert(ook|ake|aken)|(want|wanted|wants) (\w+ ){0,3}(added|changed|included|removed|amended|widened|reworded|strengthened|dropped|taken out|put in)|(wanted|asked for|pushed for|called for)|(tell|tells|told|update|updated|brief|briefed) (the )?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* |last |group |september |previous )?(board|committee|meeting|members|gtb)|suggest\w*|ask|asked|asks|raise\w*|quer(y|ied|ies)|question(ed)?|comment\w*|noted|challeng\w*|push(ed|es|ing)? back|pushback|propos\w*|recommend\w*|highlight\w*|point(ed)? out|points?|mention\w*|reflect\w*|think|thought|feel|felt|view|views|contribut\w*)\b/,
  /** What came of an item: "what came out of the QSIR presentation". */
  outcome:
    /\b((what|anything) (we|the board|they|the committee|the meeting|members) (resolved|decided|agreed|concluded|approved|minuted) (on|about|re|regarding|over|for)|(what|anything|which|how) (did|do|have|has|had) (we|the board|they|the committee|the meeting|members) (resolve|resolved|decide|decided|agree|agreed|conclude|concluded|approve|approved|minute|minuted|land|landed|settle|settled) (on|about|re|regarding|over|for|with)|(what|anything) (was|were|got|has been|have been) (resolved|decided|agreed|concluded|minuted|approved) (on|about|re|regarding|over|for)|resolutions? (approving|agreeing|adopting|endorsing|ratifying|accepting|noting|supporting|to approve|to agree|to adopt|to endorse|on|about|re|regarding|over|for)|decisions? (approving|agreeing|adopting|endorsing|ratifying|to approve|to adopt|to endorse)|came out of|come out of|comes out of|(?<!(clinical|patient|patients|health|quality|great|better|improved|service|learning) )outcomes?|results? of|what happened (at|with|to|about|on)|what was (said|decided|agreed|discussed) (about|on)|what did the (board|committee|meeting|members) (say|decide|agree|conclude|think) (about|on)|discussion (of|on|about)|discussed)\b/,
  /** The first of something: "the inaugural board", "when did the board first meet". */
  first: /\b(inaugural|first|earliest|opening)\b/,
  /** Facts on a paper's cover sheet: who wrote, sponsored or leads it, the assurance it gives. */
  cover:
    /\b((what|which) agenda item( number)? (was|is) (it|the)|(which|what) (board|meeting)( and| or)? (which |what )?agenda item|agenda item (was|is) (it|that|this)\b|who (actually|really|exactly|originally|ultimately|even|first) (wrote|authored|sponsored|brought|presented|prepared|drafted|produced|put it together)|who (\w+ )?(put|pulled|pull|puts|pulls) (\w+ ){0,4}together|(go|went|been|gone|come|came) (anywhere|elsewhere|to any other (committee|group|meeting)s?) (before|first)|before it (came|comes|went|goes|got) to (the )?board|previous(ly)? (consider\w*|seen|discussed|reviewed)|(seen|considered|discussed|reviewed) (anywhere|elsewhere|by (a |any )?committees?) (first|before)|where (else )?(has|did|had) it (been|go|gone)|where (did|has|had) (the |this |that )?[a-z ]{2,40}? (go|gone|been) (before|first|previously)\b|(go|went|been|gone) before (it came to )?(the )?board|cover ?sheet|front ?sheet|who (has|had) (already )?seen it|who (wrote|authored|writes|sponsored|sponsors|brought|brings|presents?|presented|is presenting|leads?|is leading|is the lead|drafted|prepared|compiled|produced|put (it |this |that )?together)|who (will|is going to|is to|shall) (present|introduce|lead|bring|take|speak to)|who (is|s|was|are) (down|due|set|going|scheduled|listed|named|lined up) (to|for) (lead|present|introduce|speak|take|bring)|who (is|s|was) (the )?(exec |executive |director )?(lead|sponsor|author|presenter|writer)|whose (paper|report)|who (is|s|was) behind (it|this|that|the)|(exec|executive|director) (lead|sponsor)|(written|brought|presented|prepared|sponsored|authored) by|authors?|authored|authoring|sponsors?|sponsored|sponsoring|assurance (level|rating)|level of assurance|how assured|what assurance|next report|next( \w+){0,3} (report|paper|update) (is )?(due|expected|coming)|(comes?|coming|due) back to (the )?board|considered (by|at|elsewhere)|(date )?submitted|when (was|did) (it|this|that|the [a-z ]{2,40}) (sent|put|handed|go|get) in|(go|went|sent|put|handed) in (for|to) (the )?board|(went|was sent|was put|was handed|got sent) in$)\b/,
  /**
   * When a paper comes to the board: "when are we next getting an EMA update", "does the BAF come to
   * every meeting", "how often do we see the finance report".
   */
  paperSchedule:
    /\b(who (actually |else |really )?(reviews|scrutinises|scrutinizes|considers|checks) (it|the (group |lpt |trust )?(baf|bafs|board assurance framework|risk register))|(reviewed|scrutinised|scrutinized|looked at|considered|checked|reviews|reviewing) ([a-z]+ ){0,4}between (the )?(board )?(boards|meetings|board meetings)|where (does|do|will|did|is|are) ([a-z]+ ){1,4}go(ing)? (to )?next|where (does|will) it go|when (does|will|is|s) (it|this|that|the paper|the report) (go|going|come|coming) (next|again|back)|(when|where) (does|will) ([a-z]+ ){1,4}(next )?come back|(when|how often|how frequently|how regularly) (are|do|will|is|does|did|shall) (we|it|the board|they|you|board members) (next )?(get|getting|see|seeing|hear|hearing|receive|receiving|have|having|come|coming|expect|expecting|due)|next (getting|get|seeing|see|receive|receiving|expect)|(come|comes|coming|go|goes|brought|presented) (to|at|before) (every|each|all) (meeting|board|board meeting)s?|(at|to) every (meeting|board)|how often (is|does|do) (it|the|this|that)|when is (it|this|that|the next \w+) (next )?(due|coming|expected)|when (does|will) (it|this|that) (next )?come (back )?to (the )?board|(back|due back|returns?|returning|coming back|comes back|come back) (to|at|before) (the )?(board|committee|seb|us|we)|(when|what date) (is|s|does|will) (it|this|that) (next )?(back|due back|coming back|come back|return)|next (go|goes|going) (anywhere|to)|next time (it|this|that|the [a-z ]{2,40}) (goes|go|comes|come|is) (to|at|before|back)|when s the next one|when is the next one|(next|again) due|due (next|again)|(next|again) reported|reported (on )?(next|again)|next (report|update|paper) (due|to|is due)|next (report|update|paper|one) on (it|this|that|them|the [a-z]+) (is |s )?(due|expected|coming|going)|(due|expected|set|planned|scheduled) to (come|go|be brought|be presented) (back )?(to|before) (us|the board|board|committee|seb)|next [a-z ]{2,40} (paper|report|update) (is )?(due|expected|coming)|every (time|meeting|board)|(only )?sometimes|(as and when|as required|ad hoc))\b/,
  /** Which organisation a record belongs to: "which trust is the well-led plan for". */
  whichOrganisation:
    /\b((which|what|whose) (nhs )?(trust|organisation|organization|provider)( is| was)? (it|this|that|the \w+( \w+)?) (for|from|by)|(which|what) (nhs )?(trust|organisation|organization|provider) (wrote|produced|published|owns|holds|issued|prepared|put out)|(which|what|whose) (trust|organisation|organization|provider)(?! (has|is|s|had|was|does|did) (a |the )?(bigger|higher|lower|smaller|worse|better|more|less|most|least|fewer|best|worst))|who is (it|this|the (?!(task |action |exec |executive |named )?(lead|leads|owner|chair|sponsor|author|presenter|contact|manager|director)\b)\w+( \w+)?) for|whose (plan|log|register|paper|action plan))\b/,
  workplan: /\b(work ?plans?|forward plan|annual (cycle|plan) of business|cycle of business)\b/,
  /** Items taken at every meeting: "standing items", "what comes to every board". */
  everyMeeting:
    /\b(standing (items?|agenda items?|papers?|reports?)|(regular|recurring|routine) (items?|agenda items?|papers?|reports?)|(come|comes|go|goes|are|is|appear\w*|taken|presented|seen|brought)( up)? (to|on|at|before) (every|each|all|all the)( single)? ((group|trust|public) )*(boards?|meetings?|agendas?)|(on|at|to) (every|each)( single)? ((group|trust|public) )*(board|meeting|agenda)|every time (the|a) ((group|trust) )*board meets)\b/,
  unscheduled:
    /\b(not (been )?(scheduled|planned|timetabled|down|allocated|assigned)|unscheduled|unplanned|no (date|meeting)|without (a )?(date|meeting)|(don t|doesn t|do not|does not|haven t|hasn t|have not|has not) (have |got )?(any |a )?(meetings?|dates?|months?) (ticked|marked|set|against)|(nothing|no meetings?|no months?|not) ticked)\b/,
  matters:
    /\b(matters arising|action sheet|(anything|any) (still )?(open|outstanding|left open|carried (over|forward)) (from|after) the (\w+ ){0,3}(board|meeting|gtb)( meeting)?$|actions? (from|out of|arising from|raised at|agreed at|that came out of|came out of|(carried|brought|rolled) (over|forward) from|outstanding from|left over from) (the (\w+ ){0,4}(board|meeting|gtb)|(it|that|that meeting|this meeting)\b(?! (risk|log|plan|baf))))\b/,
  strategy:
    /\b(ambitions?|objectives?|strategy|strategic objectives?|thrive|themes?|confidence|confident|on track to deliver)\b/,
  progressWord:
    /\b(progress|how far|how are we doing|how is it going|tracking|getting on|coming along|how is it doing)\b/,
  risk: new RegExp(`\\b(${RISK_WORDS}|(?<!sub )scores?|scored|scoring)\\b`),
  dataQuality:
    /\b(data quality|discrepanc\w*|inconsisten\w*|errors?|mistakes?|typos?|contradict\w*|(any|the|data|quality|what|which|how many|all|its|their|these) flags?|(been|data|quality) flagged|flagged (issues?|problems?|errors?|mistakes?|discrepanc\w*|in the (data|papers?|registers?|baf))|flag up(?! to (the |our )?(group )?board)|wrong (in|with)|traps?|mistyped|duplicat\w*|(repeated|listed|appear|appears|appearing|shown|in there) twice|which (entry|one|version|figure|date|score|lead) is (right|correct)|in the wrong (place|section|risk|heading)|under the wrong|misplaced|misfiled|(doesn t|does not|don t|do not) belong|copying errors?|(turns?|turning|shows?|showing|crops?|pops?) up again|appears? again|(listed|repeated) again|(dodgy|odd|wrong|strange|funny|weird|impossible|invalid|suspicious|iffy|bad|broken|made up|fake|bogus|duff) (dates?|scores?|numbers?|figures?|data|maths)|(dates?|scores?) that (don t|do not|dont|doesn t|does not|can t|cannot) (exist|add up|work)|looks? (odd|wrong|strange|off)|(doesn t|does not|doesnt|don t|do not|dont) (look|seem) right|(can t|cant|cannot|can not|couldn t) (be|possibly be) (right|correct)|(31 ?(st)? (june|jun|april|apr|september|sept|sep|november|nov)|3[01] ?(st|th)? (february|feb))|am i misreading|misread\w*|can (that|this) (be|really be) (right|correct)|summary (vs|versus|v|against|and) (the )?detail|summary( \w+){0,3} (say|says|show|shows|has|have|print|prints|give|gives|read|reads|is|was) (something |a |another |an )?(different|else|other|higher|lower)|(different|differently|another (score|figure|number)) (on|in) the summary|summary( \w+){0,4} (match|matches|agree|agrees|tally|tallies|differ|differs|different from)( with)? (the )?detail|does not add up|do not add up|add up)\b/,
  history:
    /\b(history|hist|changes|changed|audit trail|trail|who updated|log of changes|timeline|who edited)\b/,
  heatMap: /\b(heat ?map|matrix|5 ?x ?5|grid)\b/,
  /** "Which risks are within appetite", "under tolerance". */
  withinAppetite:
    /\b(within|inside|under|below) (the |our |its |their )?(risk )?(appetite|tolerance)\b/,
  aboveAppetite:
    /\b((above|over|outside|exceed\w*|breach\w*|beyond|higher than|past|in breach of|breaching|over the limit of) (the |our |its |their |risk )?((open|cautious|minimal|minimalist|seek|eager|averse|agreed|stated|set|board s|trust s|trusts|group s|lpt s|nhft s|trust|board|group|lpt|nhft) ){0,2}(risk )?(appetite|tolerance))\b|\b(appetite|tolerance) (breach\w*|exceeded)\b|\bout of (appetite|tolerance)\b|\b(above|over|outside|beyond|higher than|past) (the |our |its |their )?(open|cautious|minimal|minimalist|seek|eager|averse) (appetite )?(band|range|level|zone|limit|ceiling|threshold|bracket)s?\b/,
  highest:
    /\b(highest|top|worst|biggest|largest|most (serious|significant|severe|dangerous|concerning|worrying|worrisome|critical|pressing|urgent|troubling|alarming|threatening|important|material|risky|scary)|greatest|high scoring|highest scoring|scariest|riskiest|main|principal|key|number one|red|big (risks|ones)|biggest (risks|ones))\b/,
  lowest:
    /\b(lowest|least (serious|significant|severe|dangerous|concerning|worrying|worrisome|critical|pressing|urgent|troubling|alarming|threatening|important|material|risky|scary|bad)|smallest|low(est)? scoring|best scoring|lowest rated|safest|mildest|bottom (\d|two|three|four|five)|bottom of the (list|table|register|league))\b/,
  mostImproved:
    /\b(most improved|improved (the )?most|biggest (improvement|drop|reduction|fall)|fallen (the )?most|dropped (the )?most|reduced (the )?most|(come|came|gone|went) down (the )?most|most reduced|best progress)\b/,
  /** Scored lower now than when first scored: "did a risk come down", "which risks improved". */
  // (Not "what's stopping the score coming down": what holds it up, its gaps.)
  improved:
    /\b(improved|improving|(?<!(stopping|stops|preventing|prevents|holding back|blocking|keeping) (it|them|that|this|(the |our |its )?([a-z]+ ){0,2}(scores?|risks?|rating)) (from )?)(come|came|gone|went|going|coming) down|reduced|decreased|fallen|fell|dropped|got better|lowered)\b/,
  moved:
    /\b(moved|changed|movement|shifted|budged|gone (up|down)|come down|went (up|down)|reduced|increased|different)( at all)? (since|from) (the |its |their |our )?(initial|inherent|start|beginning|first)|\b(since|from) (the |its |their |our )?((initial|inherent|original)\b|first )|\bsince (it was |they were |the risk was |each was )?(first|initially|originally) (scored|assessed|rated|identified|added|logged|recorded)|\b(moved|movement)\b/,
  /** How far a risk still has to go: "furthest from target", "furthest to go to reach target", "furthest off". */
  furthestFromTarget:
    // The words between are matched by a lookahead, so they stay in what the question is about
    // ("furthest over its sickness absence target": sickness absence).
    /\b(furthest|farthest|further|most distance|longest way|biggest gap|largest gap|most ground|way off|most above|most to do|most work to do)\b(?=(?: \w+){0,6}? (its |their |the )?targets?\b)|\b(furthest|farthest) (off|away)\b/,
  closestToTarget: /\b(closest|nearest|close) to (its |their |the )?target\b/,
  atTarget:
    /\b((at|reached|met|meeting|achieved|on|hit) (their |its |the )?target( score)?|(same as|equal to|equals|matches|matching|level with|as low as) (their |its |the )?target)\b/,
  aboveTarget:
    /\b(not (at|reached|met|meeting|achieved|hit) (their |its |the )?target|above (their |its |the )?target|off target|short of (their |its |the )?target)\b/,
  worseThan: /\b(worse|higher|bigger|more serious|riskier|greater|scarier|more severe) than\b/,
  betterThan: /\b(better|lower|smaller|less serious|less risky|safer) than\b/,
  compare:
    /\b(compare\w*|comparison|versus|vs|against each other|difference between|side by side)\b/,
  gettingWorse:
    /\b((getting|got|gotten|become|became|grown) worse|worsen\w*|deteriorat\w*|increasing|increased|going up|rising|risen|gone up|went up)\b/,
  /** Since the last report of a register: "what's changed on the BAF since last time". */
  sinceLast:
    /\b((since|from) (the )?(last|previous) (time|version|report|register|baf|meeting|review|quarter|update)|what (is|has) changed|what changed (on|in|to) (the )?(\w+ )?(baf|register|risks?)|changes to the (baf|register|risks)|(what|which( risks?)?|anything|any risks?) (has |have )?(moved|shifted|changed) (on (the )?(\w+ )?(baf|register|risks?) )?since (?!(their |its |the )?(initial|first|start|inception|they were))\b)/,
  /** Risks that are new: "new risks", "which risks have been added". */
  newRisks:
    /\b(new (risks?|ones?)|risks? (are|is) new|risks? (have been |been |were )?added|added risks?|emerging risks?)\b/,
  /** Every risk, highest first: "in score order", "ranked". */
  ranked:
    /\b(in (score |scoring )?order|rank|ranked|ranking|sorted|(by|in order of) (the |their |its )?(current |residual |latest |today s )?(score|scores|scoring|severity|rating)|highest (to lowest|first)|from highest|(from )?(worst|highest|biggest|most serious|most severe) to (the )?(best|lowest|least|smallest|mildest)|(from )?(best|lowest|least|smallest) to (the )?(worst|highest|biggest|most serious)|(lowest|highest|worst|best) first|low to high|high to low|ascending|descending)\b/,
  /** The NHS delivery key an owner reports, as a filter: "which actions are not on track". */
  deliveryKey: /\b(delivered|on track|some issues|not on track|off track)\b/,
  /** Actions with no due date: "with no deadline", "undated", "never given a date". */
  noDueDate:
    /\b(undated|(no|without( a| any)?|missing( a)?|lack\w*( a)?|blank|empty|nil) (due |target |end |completion )?(dates?|deadlines?|timescales?)|(not|never) (been )?(given|set|assigned|allocated) (a |any )?(due |target )?(dates?|deadlines?|timescales?))\b/,
  /**
   * A person's own affairs, which board papers do not hold: pay, expenses, age, contact details. Asked
   * with a role ("how much is the chief exec paid"), it is about the person, not a paper they brought.
   */
  personal:
    /\b(paid|pay|pays|salary|salaries|earn|earns|earning|earnings|wages?|remunerat\w*|bonus\w*|pension|expenses|how old|age|birthday|home address|phone number|mobile number|email address|married|holidays?|annual leave)\b/,
  /** Actions nobody leads. */
  noLead:
    /\b(no (named |printed |assigned )?(exec |executive |director )?(owner|lead|action lead|one named|one assigned)|without (an? )?(named |printed )?(exec |executive |director )?(owner|lead)|unassigned|unowned|(nobody|no one|noone) (owns|leads|(has )?(been )?(named|assigned))|(lead|owner) (not|isn t) (named|given|assigned))\b/,
  /** What the papers ask the board to decide at a meeting. */
  decisionsAsked:
    /\b(decisions? (are |is )?(needed|required|asked|due)|(need|needs|needing|require|requires|requiring|want|wants|seek|seeks|seeking|ask for|asks for|asking for) (a |any |an actual )?(decision|approval|sign ?off)|asked to (decide|approve|note)|for (approval|decision|noting|assurance|information)|needs? to (decide|approve)|what (is|are) the board (being )?asked)\b/,
  /** Ambitions short of where they should be: "low confidence", "not at 100%", "off track". */
  shortfall:
    /\b((?<!ultra )low(?! ((zero|ultra|no|nil) )?(emission|carbon)\w*)|lower|below|under(?= \d| (a|one|two|three) (hundred|half|quarter)| half| (the |their |its |our )?(target|par|plan|trajectory|expectations?|the mark)\b)|less than|not at|not yet at|behind|off track|not on track|lagging|incomplete|(not|weren t|wasn t|aren t|isn t) (fully |quite |all |yet )?(on track|complete|completed|delivered|achieved|met))\b/,
  list: /\b(all|list|show|which|what are|every|overview|summary|summarise|run ?through|run ?down|recap|round ?up|go through|walk me through|headlines)\b/,
  /** Asking for a person: "who", "which exec", "what director". */
  who: /\b(who|whom|whose|(which|what) (exec|execs|executive|director|person|officer|individual|member|lead|manager|colleague))\b/,
  // Also a person's organisation or job asked directly: "is Melanie Hall LPT or NHFT?", "which trust is
  // she with", "what's Kate Dyer's job title", "what does Paul Sheldon do".
  whoIs:
    /^(who s|who is|who are|who was|who were|whos)\b|^is ([a-z]+ ){1,3}(from |at |with |in |part of )?(lpt|nhft|the group|group|leicestershire|northamptonshire)( or| and)\b|^(which|what) (organisation|organization|trust|org) (is|does|was) |^what (is|s|was) ([a-z]+ ){1,3}(s )?(role|job|title|job title|position)\b|^what does ([a-z]+ ){1,3}do( for a living| exactly)?$|^where does ([a-z]+ ){1,3}work\b/,
  /** A named person's title asked by pronoun: "Sharon Murphy was there: what's her title?" */
  titleOf:
    /\b(what|which) (is|s|was) (her|his|their) (role|job|title|job title|position)\b|\b(her|his|their) (job )?title\b|\bwhat (role|job|position) (does|did|do) (she|he|they) (have|hold|do)\b/,
  people: /\b(directors?|members?|executives?|execs?|chair|people on the board)\b/,
  /** Asking what the papers hold on a subject, rather than for a record. */
  topicAsk:
    /\b(anything|something|what about|how about|where are we|what (are|is) (we|the trust|the trusts|the group|both trusts|lpt|nhft)( actually| really)? doing( together| jointly)? (on|about|with|around|for)|what is being done (on|about)|where (do|does) (we|the trust|the group|it) stand|how are we (doing|getting on) (on|with)|what is happening (on|with)|latest position|tell me about|update on|news on|position on|status of|happening|going on|latest on|latest with|news|what is new|exposed|exposure|worried|worry|concern\w*|what do (we|the papers|you) (say|have|know)|do we have|covered|cover|mention\w*|talk\w* about|say about|risks? (on|around|about|to|of|with)|regarding|re|about|the \w+ (risk|one)|on (the )?\w+ front|crops? up|cropped up|features?|appears?)\b/,
  /**
   * Only a role in a record, asked for with nothing named: "who's the task lead?", "who is the
   * sponsor?". It is the role in the record the conversation was about.
   */
  roleOfIt:
    /^(who|whom|(which|what) (exec|executive|director|person|officer|role)) (is|s|was|are|were|will be) (the |its |their )?((task|action|exec|executive|lead|named|responsible) )?(lead|leads|sponsor|sponsors|author|authors|writer|presenter|owner|owners|chair|director|officer|person)( (for|on|of) (it|this|that|this one|that one))?$/,
  /** Which of a list came first: "which one was due first?", "the most overdue". */
  whichFirst:
    /\b((which|what)( one| action| item| of them| of those)? (was|is|were|s|falls?|fell)? ?(due|set|meant to be done) (first|earliest|soonest)|earliest|soonest|oldest|most overdue|longest overdue|furthest behind)\b/,
  /**
   * A slip of the last question corrected: "no wait, 1 not 5", "oops, baf 6 not 4", "sorry i meant
   * baf 1", "make that 2 actually". The same question, of the risk now named.
   */
  correction: new RegExp(
    `^(?:${PUTTING_RIGHT} )+(?:(?:baf|risk|number|no) )?\\d{1,2}(?: not (?:baf |risk |number )?\\d{1,2})?(?: (?:instead|sorry|actually|then))?$|^(?:${PUTTING_RIGHT} )*(?:baf|risk|number) \\d{1,2} not (?:baf |risk |number )?\\d{1,2}$`,
  ),
  followUpStart:
    /^(and|also|plus|what about|how about|and what about|and how about|same for|same but|ok and|okay and|then|for|now|just|only|but|who for|when for|which of the( [a-z]+){1,3} ones|how many (are|r|were|is)(?! there\b))\b/,
  pronoun:
    /\b(it|its|it s|that|this|they|them|their|that one|this one|the same|same one|those|which ones|the ones|which of (them|those|these)|(were|was) there$)\b(?<!\b(this|that)(?= (year|yr|month|week|quarter|morning|afternoon|evening|time|financial year|fy|spring|summer|autumn|winter)\b))/,
  segment:
    /\b(segments?|segmented|segmentation|nof|oversight framework|league table|rated by nhs england|nhs england rating)\b/,
  figure:
    /\b(how much|how many|what (is|was) the (total|figure|number|amount|value|percentage)|what (is|s|are) (it|they) at|where (is|s|are) (it|they) at|figures?|figs|numbers?|stats|amount|percentage|cost|costs|save|saving|savings|target|rate|rates|level|£|%)\b/,
  alert:
    /\b(alert\w*|advis\w*|assur\w*|escalat\w*|celebrat\w*|aaa|triple a|flagging|flagged to the board|raising with the board|flag(s|ged)? (anything|something|much|any \w+)|flag(s|ged)? (\w+ ){0,2}(to|with|up to) the board|(raise|raised|bring|brought) (anything|something) (to|with) the board|(flag|flagged|call|called|single|singled|pick|picked) (\w+ )?(as|out|up)|(outstanding|good|best|notable) practice)\b/,
  decision:
    /\b(decision|decide|asked to|asks? (the )?(board|us|members) to|(the )?ask of (the )?board|what (is|s) the ask|what are (we|they) (being )?asked|recommend\w*|proposal|proposes|approve|approval|noting|for noting)\b/,
  say: /\b(say|said|says|saying|mention\w*|report\w*|write|wrote|update (on|about)|tell|tells|told|telling|cover\w*|raise\w*|escalat\w*|(saw|seen|read|spotted|noticed) ((something|anything|it|this|that|a (bit|line|note|piece|mention)) )?(about (it|this|that) )?in (the|a|an|his|her|their|its|[a-z]+ s))\b/,
};

/** Which parts of a risk a question asks about. */
export const FACET_CUES: readonly [RiskFacet, RegExp][] = [
  [
    'everything',
    /\b(everything|full|in full|all about|tell me about|(?<!(?:on|in|from|vs|versus|against) the )details?(?! page)|describe|explain|whole|summary of|summari[sz]e|overview of|rundown|brief me)\b/,
  ],
  [
    'scores',
    // ("What's the risk sitting at": its score; not "sitting at the board".)
    /\b(scores?|scored|scoring|target|initial|initially|originally|inherent|current|residual|(where|how) (is|s) (it|that|this) (now|today|at now)|(where|how low|what) (are we|is it|do we|does it|are they|is the trust|is the board) (trying|aiming|hoping|meant|supposed|expected|looking|wanting|planning|going) to (get|bring|take|land|end up|be|reach)|how high|how bad|how serious|trend|likelihood|consequence|rag|(sitting|sits|sat|stands|standing) at(?! (the|a|an|each|every|which|what|board|committee|meetings?)\b))\b/,
  ],
  ['appetite', /\b(appetite|tolerance|tolerated|tolerable|within limits)\b/],
  [
    'controls',
    // ("Control gaps", "gaps in control": the gaps.)
    /\b((?<!gaps? in )controls?(?! gaps?\b)|controlled|mitigat\w* in place|what are we doing about|what is in place|in place)\b/,
  ],
  [
    'gaps',
    // ("What should the committee be challenging on the research risk?": where it is weak.)
    /\b(gaps?|weakness\w*|weak (on|in|spots?)|missing|(be |we be |i be |they be )?(challenging|challenge|probing|probe|pushing on|push on) (on|about)\b|(getting|standing|got|gets) in the way|in the way of|(can|could|should) (we|the board|i) (really )?rely on|we (can|could) rely on|(is|are) (it|that|this|they|them) reliable|reliability|holding (it|things|us|them|that) (up|back)|what (s|is|are) (stopping|blocking|preventing) (it|us|them|things)|(stopping|preventing|blocking|holding back|keeping) ([a-z0-9]+ ){1,4}(from )?(hitting|reaching|getting to|meeting|achieving|making) (the |its |our )?target|(barriers?|obstacles?) to (hitting|reaching|getting to|achieving|meeting) (the |its |our )?target|what (would|will|does) it take to (hit|reach|get to|achieve|meet) (the |its |our )?target|(get|getting|bring|bringing) ([a-z0-9]+ ){1,8}down to (its |the |our )?target|(is|are) (that|this|it|the (work|actions?|controls?|plans?)( [a-z0-9]+){0,3}) enough|shortfalls?|thin on|light on|short on|lacking|lack of|(?<!black )holes?|blind ?spots?|not enough (assurance|control)s?|(aren t|arent|are not|isn t|isnt|is not|not) (they |it |the controls |our controls )?(bringing|getting|driving|pulling|taking) (the score|the scores|it|them) down|(aren t|arent|are not|not) (working|effective|biting)|(stopping|stops|preventing|prevents|holding back|blocking|keeping) (it|them|that|this|baf \d+|(the |our |its )?([a-z]+ ){0,2}(scores?|risks?|rating))( from)? (coming|going|getting|to come|to go) down|(stopping|preventing|holding back|blocking) (it|(the |our |its )?([a-z]+ ){0,2}(scores?|risks?)) (from )?(reducing|improving|dropping|falling))\b/,
  ],
  [
    'assurances',
    /\b(assurances?|assured|lines? of (defence|assurance)|1st line|2nd line|3rd line|first line|second line|third line|evidence|audits?|internal audit|independent (checks?|reviews?|scrutiny|verification)|external (checks?|reviews?))\b/,
  ],
  // "What is being done about it?": the work on it, its actions (with their dates).
  // ("What would it take to get BAF 1 down to target?": the work planned, and the gaps it closes.)
  [
    'actions',
    /\b(actions?|mitigations?|mitigating|being done|getting done|what (would|will|does) it take|(would|will|could|can|to) (get|bring|drive|push) ([a-z0-9]+ ){1,8}down\b|(would|will|could|can) (get|bring|take) ([a-z0-9]+ ){1,8}to (its |the |our )?target|(get|getting|bring|bringing) ([a-z0-9]+ ){1,8}down to (its |the |our )?target|(the )?work (on|for|against|being done)|(path|route|road|plan) to (its |the )?target|(is|s) (the )?(group|trust|board|lpt|nhft|organisation|they)( actually| really)? doing (about|on|to tackle))\b/,
  ],
  // ("Has anything actually moved on the sustainability risk": its work, not its score.)
  [
    'progress',
    /\b(progress|update|updates|moving|movement|(anything|much|something|nothing) (actually |really |at all )?(moved|happened|shifted|progressed))\b/,
  ],
  [
    'links',
    /\b(corporate risks?|system risks?|icb risks?|linked risks?|links? to|linked to|feeds? into|feeding into|related risks?)\b/,
  ],
  [
    'context',
    // ("What happens if the digital risk lands?": its effects; "what's behind the score": its causes.)
    /\b(context|causes?|caused|causing|effects?|why|impact|impacts|consequences|drivers?|driving|behind it|(what s|what is|whats) behind|what (happens|would happen|will happen|happened) if|(if|when) (it|this|that|the ([a-z]+ ){1,3}risk) (lands|landed|materiali[sz]es|crystalli[sz]es))\b/,
  ],
];

/** Score bands in words (and the colours directors use for them). */
export const BAND_CUES: readonly [string, RegExp][] = [
  ['Extreme', /\b(extreme|red|very high|critical)\b/],
  ['High', /\b(high|amber)\b/],
  ['Moderate', /\b(moderate|medium|yellow)\b/],
  ['Low', /\b(low|green)\b/],
];

/** Words that praise an answer after thanks and ask nothing. */
const PRAISE_WORDS = [
  'so|very|v|ever|loads|really|most|much|a|lot|again|mate|board|clerk|all|just|exactly|quite|absolutely|the|that|this|is|was|it|does|did|what|i|we|you|are|were|needed|wanted|was after|after|looking for|job|trick|sorted|spot on|great|brilliant|perfect|helpful|useful|lovely|super|fab|fantastic|excellent|good|stuff|clear|answers?|my|question|appreciate|appreciated|cheers|thanks|ta|for|that',
  // "…that's sorted me out for tomorrow"
  'me|us|out|set|ready|prepped|tomorrow|today|tonight|now|then|later|meeting|the meeting',
].join('|');

/** A question ending on a word for what was just talked about ("…been through it"). */
export const POINTS_BACK = /\b(it|that|this|them|those)$/;

/** A thing named as the one just spoken of: "this training", "that programme", "those changes". */
export const THING_POINTED_BACK =
  /\b(this|that|these|those) (training|programme|programmes|work|project|projects|plan|paper|report|item|presentation|scheme|service|initiative|review|survey|session|change|changes|proposal|figure|figures|number|numbers)\b/;

/** Small talk: a short, friendly reply, never the whole menu. */
export const SMALL_TALK: readonly {
  kind: 'thanks' | 'hello' | 'ok' | 'bye' | 'how-are-you';
  pattern: RegExp;
}[] = [
  // First: a farewell that thanks ("ta, that's all for now") is a farewell.
  {
    kind: 'bye',
    pattern:
      /^((thanks?|thank you|cheers|ta|ok|okay|great|lovely|right)( (so|very) much)? )?(bye|goodbye|see you|see ya|cya|good night|night|that is all|that is it|that is everything|that is me( done)?|all done|done for now|done for today|nothing else|i am done|i am all set|speak (later|soon)|talk (later|soon))( (board clerk|thanks|thank you|for now|for today|cheers|then|bye))*$/,
  },
  {
    kind: 'thanks',
    // Thanks, then any praise of the answer in ordinary words ("cheers, that's exactly what I needed",
    // "ta, that does the job"): words that ask nothing.
    pattern: new RegExp(
      `^((great|brilliant|brill|perfect|lovely|super|excellent|fab|fantastic|ok|okay|that is great|that is brilliant|many|right) )?(thanks?|thank you|thankyou|thx|ty|cheers|ta|much appreciated|appreciated|lovely|brilliant|brill|perfect|great|excellent|super|fab|fantastic|helpful|very helpful|that is helpful|that helps|nice one)( (${PRAISE_WORDS}))*$`,
    ),
  },
  {
    kind: 'how-are-you',
    pattern: /^(how are you|how is it going|how are things|you ok|are you ok|how do you do)$/,
  },
  {
    kind: 'hello',
    pattern:
      /^(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|morning|afternoon|evening|yo|greetings)( (there|board clerk|clerk|all|everyone|team))?$/,
  },
  {
    kind: 'ok',
    pattern:
      /^(ok|okay|k|kk|okey|alright|all right|right|sure|fine|noted|got it|gotcha|understood|makes sense|i see|ah|ah ok|ok then|cool|yep|yes|yeah|no|nope|no thanks|not now)$/,
  },
];

/**
 * A question asked again of something else, said short: "and who for the BAF?", "what about the EMA
 * paper?", "same for LPT". (Typed text or normalised.)
 */
export const SAME_OF_ANOTHER =
  /^(and |but |also )?((who|what|when) (for|about)|how about|what about|same for|for) (the )?[a-z]/i;

/** "That ambition", "the annex": the ambition just shown, or its report's annex. */
export const THAT_AMBITION = /\b(that|this|the same) ambition\b|\bannex\b/;

/** "Which area has the biggest…", "which is the smallest": the end of a set asked for, if one is. */
export function extremeAsked(text: string): 'most' | 'least' | null {
  if (/\b(biggest|largest|highest|greatest|most|top)\b/.test(text)) return 'most';
  if (/\b(smallest|lowest|least|fewest)\b/.test(text)) return 'least';
  return null;
}

/** "Did the board approve…", "was it noted", "has it been signed off": a decision checked. */
export const DECISION_CHECKED =
  /^(why )?(did|was|were|has|have|had|didn t|wasn t|hasn t)\b.*\b(approve|approved|note|noted|agree|agreed|endorse|endorsed|ratify|ratified|accept|accepted|sign(ed)? off|signed|resolve|resolved|decide|decided)\b/;

/** A decision put as a belief to check: "(am I right that) the workplan was approved in September". */
export const DECISION_STATED =
  /\b(was|were|has been|had been|got|is|board|it|they|we|members) (approved|noted|agreed|endorsed|ratified|accepted|signed off|resolved)\b/;

/** A decision asked of or put to be checked. */
export const decisionChecked = (text: string, checking: boolean): boolean =>
  DECISION_CHECKED.test(text) || (checking && DECISION_STATED.test(text));

/** A question tagged for confirmation: "…, wasn't it?", "… — is that right?". */
export const CHECKING =
  /(?:\b(?:(?:is|was|are|were|does|do|did|has|have|had|wo|would|should)n[’']?t (?:it|they|he|she|there|we|i|that)|is that (?:right|correct|so)|am i right|have i got that right)|(?:^|[,—–-]\s*|\s)(?:right|correct|true|yes|yeah|yep|yea|innit))\s*\??\s*$/i;

/** `CHECKING`'s tag, at the end of a question once normalised ("isn't it" is "is not it"): "…, isn't it", "…, is that right". */
export const CHECK_TAG =
  /\s*\b(?:(?:is|was|are|were|does|do|did|has|have|had|would|should|will) not (?:it|they|he|she|we|that)|is that (?:right|correct|so)|am i right|have i got that right|(?:right|correct|yeah|yes|innit))$/;

/**
 * Some of a list asked for, as a follow-up starts: "just the…", "only those…", "the ones…", "which of
 * those…".
 */
export const LIST_NARROWED =
  /^(?:(?:ok|okay|so|and|now|sorry|right|no|i meant|i mean|meant)\s+)*(?:just|only|(?:which|any) of (?:those|them|these|mine)|(?:the |those )ones?)\b/;
