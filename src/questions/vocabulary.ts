import type {
  ActionLog,
  CommitteeReport,
  Paper,
  PerformanceReport,
  TermsOfReference,
  IsoDate,
  Meeting,
  Minutes,
  Organisation,
  Person,
  Risk,
  RiskRegister,
  Role,
  Strategy,
} from '../domain';
import { londonDateOf } from '../domain/dates';
import { coverNamesRisk, figureSetOf, latestReportOf } from '../domain/paper';
import { ABBREVIATIONS, CUES, OBJECTIVE_WORDS, ROLE_PHRASES, STOP_WORDS, TOPICS } from './lexicon';
import { SnapshotCache } from './snapshot';
import { isOrdinaryWord, normalise, stem } from './text';

/**
 * The names the board uses for things, gathered from the papers so questions can be read against them:
 * organisations, registers, risks, roles, people (the directory's and those the minutes name),
 * committees, action logs and sections, meeting bodies, strategies. Every name is normalised.
 */
export interface NamedThing {
  id: string;
  names: string[];
}

export interface Vocabulary {
  organisations: (NamedThing & {
    registerIds: string[];
    type: 'trust' | 'group';
    /** A group's member trusts. */
    memberIds: string[];
  })[];
  registers: (NamedThing & {
    organisationId: string;
    prefix: string;
    date: IsoDate | null;
    /** Whether it prints its risks' numbers with a leading zero ("BAF 01"), as few registers do. */
    padded: boolean;
  })[];
  risks: (NamedThing & {
    registerId: string;
    number: number | null;
    draft: boolean;
    /** The committees its register names as overseeing it. */
    oversight: string[];
    /** The latest report held of those committees (`latestReportOf`). */
    reportId: string | null;
  })[];
  roles: (NamedThing & { organisationId: string })[];
  people: NamedThing[];
  /** People the minutes name (members, attendees, apologies), by name. */
  attendees: (NamedThing & { role: string; printed: string })[];
  /** Committees and boards named in the registers' oversight and governance lines. */
  committees: NamedThing[];
  strategicAims: NamedThing[];
  /** Action logs; `baf` for a register's own log (its risks' actions). */
  logs: (NamedThing & { sections: NamedThing[]; baf: boolean; registerId: string | null })[];
  meetingBodies: NamedThing[];
  strategies: (NamedThing & {
    /** Whose strategy it is. */
    organisationId: string;
    objectives: NamedThing[];
    ambitions: (NamedThing & { number: number; objectiveId: string })[];
    themes: NamedThing[];
    /** The labels of the figures its report prints ("Staff who understood what the THRIVE strategy is"). */
    figures: string[];
  })[];
  /**
   * Papers by their titles and short names; `by` names who brought them ("the chief executive");
   * `related` the records they present (the Group BAF paper presents the Group BAF register).
   */
  /** Papers by name, with the day of the meeting they went to (to tell them from another meeting's minutes). */
  papers: (NamedThing & {
    by: string[];
    related: string[];
    /** The risks its cover names among the BAF risks it relates to. */
    riskIds: string[];
    date: IsoDate | null;
    /** Its agenda item as the cover prints it ("15"). */
    agendaItem: string | null;
  })[];
  /**
   * Sets of figures a paper prints under one name, the part of their labels before a colon ("Key area
   * of opportunity" of "Key area of opportunity: Digital"): normalised, two or more figures each.
   */
  figureSets: string[];
  /** Committees' Alert, Advise and Assure reports, by the committee's names. */
  committeeReports: NamedThing[];
  /** Performance reports, and their indicators and oversight domains by name. */
  performanceReports: NamedThing[];
  /** A report's measures: its tables' indicators and its oversight domains' metrics. */
  indicators: (NamedThing & {
    reportId: string;
    kind: 'indicator' | 'domain';
    /** A domain's sub-domain metric ("Sickness absence rate"), not the domain's own score. */
    metric?: boolean;
    /** The table an indicator is in ("Mental Health"), normalised; a domain's metrics have none. */
    group?: string;
  })[];
  /** Groups with terms of reference ("the transition group"). */
  termsOfReference: NamedThing[];
  /** Meetings and minutes on record, by body and date, to find "the September board". */
  meetings: { id: string; body: string; date: IsoDate; part: 'public' | 'private' }[];
  minutes: { id: string; body: string; heldOn: IsoDate }[];
  /** The most recent register: the one a question means when it names none (and no organisation is set). */
  defaultRegisterId: string | null;
  /** Every word above and the cue words, for typo correction. */
  lexicon: Set<string>;
  /** Every word the papers print: never corrected into another word. */
  corpus: Set<string>;
}

export interface VocabularySources {
  organisations: Organisation[];
  registers: RiskRegister[];
  risks: Risk[];
  roles: Role[];
  people: Person[];
  logs: ActionLog[];
  meetings: Meeting[];
  minutes: Minutes[];
  strategies: Strategy[];
  papers: Paper[];
  committeeReports: CommitteeReport[];
  performanceReports: PerformanceReport[];
  termsOfReference: TermsOfReference[];
}

function names(...list: (string | undefined)[]): string[] {
  return [
    ...new Set(
      list
        .filter((n): n is string => !!n)
        .map(normalise)
        .filter(Boolean),
    ),
  ];
}

/** Words of a role, not of a name: "Kate Dyer Director of Governance" names Kate Dyer. */
const ROLE_WORD =
  /^(Group|Chief|Executive|Director|Deputy|Officer|Finance|Corporate|Governance|Medical|Nursing|Managing|Interim|Acting|Trust)$/;

/**
 * A paper by its sponsor's first name and what the paper calls itself: "Angela's report" (the Chief
 * Executive Report she sponsors), "Angela's paper" (the Alliance's common board paper).
 */
function byFirstName(title: string, sponsor: string | undefined): string[] {
  const kinds = ['report', 'paper', 'update'].filter((k) =>
    new RegExp(`\\b${k}\\b`, 'i').test(title),
  );
  const firsts = [...(sponsor ?? '').matchAll(/\b([A-Z][a-z]+) [A-Z][a-z]+\b/g)]
    .map((m) => m[1]!)
    .filter((w) => !ROLE_WORD.test(w));
  return firsts.flatMap((first) => kinds.map((k) => `${first} ${k}`));
}

/**
 * "Quality and Safety Committee" is also "quality and safety", "quality & safety", "QSC" and "Q&S":
 * the committee's own words, and the initials boards use for them.
 */
export function committeeNames(committee: string): string[] {
  const base = committee
    .replace(/^(group|joint|lpt and nhft|lpt|nhft)\s+/i, '')
    .replace(/\s+(committees?|board|group|meeting)$/i, '')
    .trim();
  const kind = /committee/i.test(committee) ? 'C' : /board/i.test(committee) ? 'B' : '';
  const letters = base
    .split(/\s+/)
    .filter((w) => !/^(and|&|of|the|for)$/i.test(w))
    .map((w) => w[0]!.toLowerCase());
  const initials = letters.join('');
  return names(
    committee,
    committee.replace(/committees$/i, 'committee'),
    base.split(/\s+/).length > 1 ? base : undefined,
    `${base} ${kind === 'B' ? 'board' : 'committee'}`,
    base.replace(/\band\b/gi, '&'),
    letters.length >= 2 ? `${initials}${kind.toLowerCase()}` : undefined,
    letters.length === 2 ? `${letters[0]}&${letters[1]}` : undefined,
  );
}

/** Committees and boards a governance line names ("… [Audit and Risk Committee, Strategic Executive Board] …"). */
function bodiesIn(line: string): string[] {
  const found =
    line.match(
      /\b(?:[A-Z][A-Za-z]+\s+(?:(?:and|&|of)\s+)?)+(?:Committees?|Board|Group|Framework(?: Meeting)?)\b/g,
    ) ?? [];
  return found
    .map((b) =>
      b
        .replace(/^(GROUP\s+)?(LPT and NHFT\s+|Group\s+)/, '')
        .replace(/Committees$/, 'Committee')
        .trim(),
    )
    .filter((b) => !/^(Trust Board|Board|Group)$/.test(b));
}

function initialsOf(body: string): string | undefined {
  const initials = body
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 ? initials : undefined;
}

/** Words the curated lexicon uses, so a typo of them is corrected too. */
function curatedWords(): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(ABBREVIATIONS)) out.push(k, v);
  for (const [k, v] of Object.entries(ROLE_PHRASES)) out.push(k, v);
  for (const [k, v] of Object.entries(TOPICS)) out.push(k, ...v);
  for (const re of Object.values(CUES))
    for (const w of re.source.match(/[a-z]{4,}/g) ?? []) out.push(w);
  return out.flatMap((s) => s.split(/\s+/));
}

/**
 * The lexicon's everyday phrases for a name: those of its topics that share a word with it ("speak up"
 * and "speaking up" for "Freedom to Speak Up"), so a name can be typed the way people say it.
 */
function lexiconPhrasesFor(name: string): string[] {
  const own = new Set(
    normalise(name)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
      .map(stem),
  );
  // Phrases of two words or more: one shared word ("digital") would name too much.
  return Object.values(TOPICS)
    .flat()
    .filter((phrase) => phrase.includes(' ') && phrase.split(' ').some((w) => own.has(stem(w))));
}

/**
 * The days a body meets on (with none named, any board), in order: every meeting's, or only the
 * public ones' ("since the last board" gives away no private meeting's date).
 */
export function meetingDaysOf(v: Vocabulary, body: string | null, part?: 'public'): IsoDate[] {
  const days = v.meetings
    .filter(
      (m) => (body ? m.body === body : /\bboard\b/i.test(m.body)) && (!part || m.part === part),
    )
    .map((m) => m.date);
  return [...new Set(days)].sort();
}

/** The paper that presents a record (a register, a strategy): "the THRIVE report" of THRIVE. */
export function paperPresenting(
  v: Vocabulary,
  recordId: string | null | undefined,
): Vocabulary['papers'][number] | undefined {
  return recordId ? v.papers.find((p) => p.related.includes(recordId)) : undefined;
}

/** The strategy a paper reports, if it reports one ("the THRIVE report": THRIVE). */
export function strategyReportedBy(
  v: Vocabulary,
  paperId: string | null | undefined,
): Vocabulary['strategies'][number] | undefined {
  const related = v.papers.find((p) => p.id === paperId)?.related ?? [];
  return v.strategies.find((s) => related.includes(s.id));
}

/** A risk of the vocabulary by reference: its register, and its number or as the draft. */
export function vocabularyRisk(
  v: Vocabulary,
  ref: { registerId: string | null; number: number | null; draft: boolean },
): Vocabulary['risks'][number] | undefined {
  return v.risks.find(
    (x) =>
      x.registerId === ref.registerId &&
      x.draft === ref.draft &&
      (ref.draft || x.number === ref.number),
  );
}

/** A risk's reference as a question would name it ("group baf 4", "baf 5"); null without a number. */
export function askedReference(
  v: Vocabulary,
  risk: { registerId: string | null; number: number | null },
): string | null {
  const prefix = v.registers.find((x) => x.id === risk.registerId)?.prefix;
  return prefix && risk.number !== null ? `${prefix} ${risk.number}` : null;
}

export function buildVocabulary(s: VocabularySources): Vocabulary {
  const organisations = s.organisations.map((o) => ({
    id: o.id,
    type: o.type,
    names: names(o.name, o.shortName, ...o.aliases).filter(
      (n) => n !== 'trust' && n !== 'group trust board',
    ),
    registerIds: s.registers.filter((r) => r.organisationId === o.id).map((r) => r.id),
    memberIds: o.memberIds,
  }));
  const registers = s.registers.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    names: names(r.title, ...r.aliases),
    prefix: normalise(r.referencePrefix),
    date: r.date.iso,
    padded: s.risks.some((x) => x.registerId === r.id && /\b0\d\b/.test(x.reference)),
  }));
  const risks = s.risks.map((r) => ({
    id: r.id,
    registerId: r.registerId,
    number: r.number,
    draft: r.status === 'draft',
    oversight: r.oversightCommittees,
    reportId: latestReportOf(r.oversightCommittees, s.committeeReports)?.id ?? null,
    names: names(...r.keywords),
  }));
  const roles = s.roles.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    names: names(r.code, r.title, ...r.aliases),
  }));
  const attendeeMap = new Map<
    string,
    { id: string; names: string[]; role: string; printed: string }
  >();
  for (const m of s.minutes)
    for (const a of [...m.present, ...m.inAttendance, ...m.apologies]) {
      const id = normalise(a.name);
      if (attendeeMap.has(id)) continue;
      const plain = a.name.replace(/^(professor|prof|dr|mr|mrs|ms|miss|sir|dame)\s+/i, '');
      attendeeMap.set(id, { id, names: names(a.name, plain), role: a.role, printed: a.name });
    }
  // "What was Manjit's point?": a first name or surname alone names the one person the minutes give it.
  const partsOf = (name: string) =>
    normalise(name.replace(/^(professor|prof|dr|mr|mrs|ms|miss|sir|dame)\s+/i, ''))
      .split(' ')
      .filter((p) => p.length >= 3);
  const byPart = new Map<string, string[]>();
  for (const a of attendeeMap.values()) {
    const parts = partsOf(a.names[0]!);
    for (const p of parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : [])
      byPart.set(p, [...(byPart.get(p) ?? []), a.id]);
  }
  for (const [part, ids] of byPart)
    if (new Set(ids).size === 1 && !isOrdinaryWord(part) && !STOP_WORDS.has(part))
      // Typed without an apostrophe, a possessive is one word: "manjits point".
      attendeeMap.get(ids[0]!)!.names.push(part, `${part}s`);
  // "Covering for Helen, what's outstanding for her?": a directory person's first name alone, where no
  // one else in the directory or the minutes has it and it is no ordinary word.
  const firstNames = new Map<string, number>();
  for (const p of s.people) {
    const first = partsOf(p.name)[0];
    if (first) firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  const people = s.people.map((p) => {
    const parts = p.name.split(/\s+/);
    const first = partsOf(p.name)[0];
    const ownFirst =
      first &&
      parts.length > 1 &&
      firstNames.get(first) === 1 &&
      !byPart.has(first) &&
      !isOrdinaryWord(first) &&
      !STOP_WORDS.has(first)
        ? [first, `${first}s`]
        : [];
    return {
      id: p.id,
      names: names(p.name, parts.length > 1 ? parts[parts.length - 1] : undefined, ...ownFirst),
    };
  });
  const committeeSet = new Map<string, string[]>();
  for (const r of s.risks) {
    for (const c of r.oversightCommittees) committeeSet.set(c, committeeNames(c));
    for (const b of bodiesIn(r.governance))
      if (![...committeeSet.keys()].some((k) => normalise(k) === normalise(b)))
        committeeSet.set(b, committeeNames(b));
  }
  const committees = [...committeeSet].map(([id, n]) => ({ id, names: n }));
  const aimSet = new Map<string, string[]>();
  for (const r of s.risks)
    aimSet.set(r.strategicAim, names(r.strategicAim, r.strategicAim.replace(/^thrive:\s*/i, '')));
  const strategicAims = [...aimSet].map(([id, n]) => ({ id, names: n }));
  // A section's own names come first: a lexicon phrase never names a section another one is called.
  const ownSectionNames = new Set(
    s.logs.flatMap((l) =>
      l.sections.flatMap((sec) => names(sec.title, sec.id, sec.title.replace(/s$/i, ''))),
    ),
  );
  const logs = s.logs.map((l) => ({
    id: l.id,
    baf: l.type === 'baf-action-log',
    /** The register whose risks' actions it holds, for a BAF's log. */
    registerId: l.registerId ?? null,
    names: names(
      l.title,
      l.shortName,
      ...l.aliases,
      // A BAF's action log is its risks' actions: "the group risk actions".
      ...(l.type === 'baf-action-log' && l.shortName
        ? [`${l.shortName.replace(/\s*baf$/i, '')} risk actions`]
        : []),
    ),
    sections: l.sections.map((sec) => ({
      id: sec.id,
      // "partnership actions" is the Partnerships section; "speak up actions" Freedom to Speak Up.
      names: names(
        sec.title,
        sec.id,
        sec.title.replace(/s$/i, ''),
        ...lexiconPhrasesFor(sec.title).filter((p) => !ownSectionNames.has(p)),
      ),
    })),
  }));
  const bodySet = new Set<string>([
    ...s.meetings.map((m) => m.body),
    ...s.minutes.map((m) => m.body),
  ]);
  const meetingBodies = [...bodySet].map((b) => ({
    id: b,
    names: names(b, b.replace(/\bgroup\s+/i, ''), b.replace(/\btrust\s+/i, ''), initialsOf(b)),
  }));
  const strategies = s.strategies.map((st) => ({
    id: st.id,
    organisationId: st.organisationId,
    names: names(st.title, ...st.aliases),
    objectives: st.objectives.map((o) => ({
      id: o.id,
      // ("The people objective": be an excellent employer.)
      names: names(
        o.title,
        ...Object.entries(OBJECTIVE_WORDS)
          .filter(([word]) => new RegExp(`\\b${word}\\b`, 'i').test(o.title))
          .flatMap(([, said]) =>
            said.flatMap((w) => [`${w} objective`, `${w} strategic objective`]),
          ),
      ),
    })),
    ambitions: st.objectives.flatMap((o) =>
      o.ambitions.map((a) => ({
        id: a.id,
        number: a.number,
        objectiveId: o.id,
        names: names(a.text),
      })),
    ),
    themes: st.themes.map((t) => ({ id: t.id, names: names(t.name) })),
    figures: st.figures.map((f) => f.label),
  }));
  // "The THRIVE Report" is also "the THRIVE paper": a report or an update is a paper (not the other way
  // round: "the THRIVE update" of September's minutes is not January's THRIVE Report).
  // "Group Value Programme update" is also "the Group Value Programme paper" and "the group value paper".
  const sayings = (name: string) => {
    // ("East Midlands Alliance Common Board Paper" is also "the common board paper".)
    const board = /\s((?:\S+\s+)?board paper)$/i.exec(name.trim());
    if (board && board[1]!.split(/\s+/).length === 3) return [name, board[1]!];
    const m = /^(.*\S)\s+(report|update)$/i.exec(name.trim());
    if (!m) return [name];
    const programme = /^(.*\S)\s+programme$/i.exec(m[1]!);
    const said = [name, `${m[1]} paper`, ...(programme ? [`${programme[1]} paper`] : [])];
    // "The value paper": without the organisation it is the group's (or trust's) own.
    return [
      ...said,
      ...said
        .filter((x) => /^(group|trust)\s+\S+.*\spaper$/i.test(x))
        .map((x) => x.replace(/^(group|trust)\s+/i, '')),
    ];
  };
  const papers = s.papers.map((p) => ({
    id: p.id,
    names: names(...[p.title, ...p.aliases].flatMap(sayings)),
    related: p.relatedIds,
    riskIds: s.risks
      .filter((r) =>
        coverNamesRisk(p, r, s.registers.find((g) => g.id === r.registerId)?.organisationId ?? ''),
      )
      .map((r) => r.id),
    date: p.date.iso ?? null,
    agendaItem: p.cover.agendaItem ?? null,
    // "Angela Hillery, Chief Executive": who brought the paper, in the words people use for them.
    by: names(
      ...(p.cover.sponsor ?? '')
        .split(/,|;/)
        .map((x) => x.replace(/^\s*(group|lpt|nhft)\s+/i, '').trim())
        .filter((x) => x.length > 3),
      ...byFirstName(p.title, p.cover.sponsor),
    ),
  }));
  const committeeReports = s.committeeReports.map((r) => ({
    id: r.id,
    names: names(
      ...committeeNames(r.committee.replace(/\s+in common$/i, '')),
      `${r.committee} report`,
      'alert advise assure report',
      'alert advise and assure',
      'alert advise assure',
      'aaa report',
    ),
  }));
  const performanceReports = s.performanceReports.map((r) => ({
    id: r.id,
    names: names(
      r.title,
      'performance report',
      'integrated performance report',
      'ipr',
      r.framework,
      'nhs oversight framework',
    ),
  }));
  const indicators = s.performanceReports.flatMap((r) => [
    ...r.indicators.map((i) => ({
      id: i.id,
      reportId: r.id,
      kind: 'indicator' as const,
      group: normalise(i.group),
      names: names(i.indicator, i.indicator.replace(/\s*\([^)]*\)|\*+/g, '').trim()),
    })),
    ...r.domainScores.map((d) => ({
      id: d.id,
      reportId: r.id,
      kind: 'domain' as const,
      ...(d.metric ? { metric: true } : {}),
      names: names(
        d.metric ?? d.domain,
        (d.metric ?? d.domain).replace(/\s*\([^)]*\)/g, '').trim(),
      ),
    })),
  ]);
  const termsOfReference = s.termsOfReference.map((t) => ({
    id: t.id,
    names: names(t.body, ...t.aliases),
  }));
  const newest = [...s.registers].sort((a, b) =>
    (b.date.iso ?? '').localeCompare(a.date.iso ?? ''),
  )[0];
  const lexicon = new Set<string>();
  const collect = (list: { names: string[] }[]) => {
    for (const thing of list)
      for (const n of thing.names) for (const w of n.split(' ')) lexicon.add(w);
  };
  [
    organisations,
    registers,
    roles,
    people,
    committees,
    strategicAims,
    logs,
    meetingBodies,
    strategies,
    papers,
    committeeReports,
    termsOfReference,
  ].forEach(collect);
  for (const st of strategies) [st.objectives, st.themes].forEach(collect);
  for (const l of logs) collect(l.sections);
  for (const w of curatedWords()) if (/^[a-z]+$/.test(w)) lexicon.add(w);
  const corpus = new Set<string>();
  const words = (...texts: (string | undefined | null)[]) => {
    for (const t of texts)
      if (t) for (const w of normalise(t).split(' ')) if (/^[a-z]{3,}$/.test(w)) corpus.add(w);
  };
  for (const r of s.risks) {
    words(r.title, r.context, r.strategicLink, r.governance, ...r.keywords);
    for (const f of [...r.causes, ...r.effects])
      words(
        f.title,
        ...f.controls,
        ...f.controlGaps,
        ...f.assuranceGaps,
        ...f.progress,
        ...f.assurances.firstLine,
        ...f.assurances.secondLine,
        ...f.assurances.thirdLine,
      );
  }
  for (const m of s.minutes) for (const i of m.items) words(i.title, i.summary, i.resolution);
  for (const m of s.meetings) for (const a of m.agenda) words(a.title, a.lead);
  for (const p of s.papers)
    for (const sec of p.sections) {
      words(sec.heading);
      for (const c of sec.content) words(...(typeof c === 'string' ? [c] : c.items));
      for (const f of sec.figures) words(f.label);
    }
  for (const r of s.performanceReports) {
    for (const i of r.indicators) words(i.indicator, i.group);
    for (const d of r.domainScores) words(d.domain, d.metric);
  }
  for (const st of s.strategies)
    for (const o of st.objectives)
      for (const a of o.ambitions) words(a.text, ...a.successes, ...a.challenges, ...a.focus);
  const setSizes = new Map<string, number>();
  for (const p of s.papers)
    for (const sec of p.sections)
      for (const f of sec.figures) {
        const of = figureSetOf(f.label);
        if (of) setSizes.set(normalise(of.set), (setSizes.get(normalise(of.set)) ?? 0) + 1);
      }
  const figureSets = [...setSizes].filter(([, n]) => n >= 2).map(([name]) => name);
  return {
    corpus,
    figureSets,
    organisations,
    registers,
    risks,
    roles,
    people,
    attendees: [...attendeeMap.values()],
    committees,
    strategicAims,
    logs,
    meetingBodies,
    strategies,
    papers,
    committeeReports,
    performanceReports,
    indicators,
    termsOfReference,
    meetings: s.meetings.map((m) => ({
      id: m.id,
      body: m.body,
      date: londonDateOf(m.startsAt),
      part: m.part,
    })),
    minutes: s.minutes.map((m) => ({ id: m.id, body: m.body, heldOn: m.heldOn })),
    defaultRegisterId: newest?.id ?? null,
    lexicon,
  };
}

const built = new SnapshotCache<Vocabulary>();

/** The vocabulary of the reference data, built again only when the papers change. */
export function vocabularyOf(data: VocabularySources): Vocabulary {
  return built.get(data, () => buildVocabulary(data));
}
