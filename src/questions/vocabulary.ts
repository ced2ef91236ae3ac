import type {
  ActionLog,
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
import { normalise } from './text';

/**
 * The names the board uses for things, gathered from the store so questions can be read against them:
 * registers, roles, people, committees, action logs and sections, meeting bodies, strategies.
 * Every name is normalised (see `normalise`).
 */
export interface NamedThing {
  id: string;
  names: string[];
}

export interface Vocabulary {
  organisations: (NamedThing & { registerIds: string[] })[];
  registers: (NamedThing & { organisationId: string; prefix: string; date: IsoDate | null })[];
  risks: (NamedThing & { registerId: string; number: number | null; draft: boolean })[];
  roles: (NamedThing & { organisationId: string })[];
  people: NamedThing[];
  committees: NamedThing[];
  strategicAims: NamedThing[];
  logs: (NamedThing & { sections: NamedThing[] })[];
  meetingBodies: NamedThing[];
  strategies: (NamedThing & {
    objectives: NamedThing[];
    ambitions: (NamedThing & { number: number; objectiveId: string })[];
    themes: NamedThing[];
  })[];
  /** Every normalised word above, for typo correction. */
  lexicon: Set<string>;
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

/** "Quality and Safety Committee" is also "QSC", "quality & safety", "quality and safety". */
function committeeNames(committee: string): string[] {
  const base = committee
    .replace(/^(group|lpt and nhft|lpt|nhft)\s+/i, '')
    .replace(/committees?$/i, '')
    .trim();
  const initials = base
    .split(/\s+/)
    .filter((w) => !/^(and|&|of|the)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return names(
    committee,
    base,
    `${base} committee`,
    base.replace(/\band\b/gi, '&'),
    initials.length >= 2 ? `${initials}C` : undefined,
  );
}

/** Short, distinctive words of a statement for search ("Our services are inclusive and easy to access"). */
export function buildVocabulary(s: VocabularySources): Vocabulary {
  const organisations = s.organisations.map((o) => ({
    id: o.id,
    names: names(o.name, o.shortName, ...o.aliases).filter((n) => n !== 'trust'),
    registerIds: s.registers.filter((r) => r.organisationId === o.id).map((r) => r.id),
  }));
  const registers = s.registers.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    names: names(r.title, ...r.aliases),
    prefix: normalise(r.referencePrefix),
    date: r.date.iso,
  }));
  const risks = s.risks.map((r) => ({
    id: r.id,
    registerId: r.registerId,
    number: r.number,
    draft: r.status === 'draft',
    names: names(...r.keywords),
  }));
  const roles = s.roles.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    names: names(r.code, r.title, ...r.aliases),
  }));
  const people = s.people.map((p) => {
    const parts = p.name.split(/\s+/);
    return {
      id: p.id,
      names: names(p.name, parts.length > 1 ? parts[parts.length - 1] : undefined),
    };
  });
  const committeeSet = new Map<string, string[]>();
  for (const r of s.risks)
    for (const c of r.oversightCommittees) committeeSet.set(c, committeeNames(c));
  const committees = [...committeeSet].map(([id, n]) => ({ id, names: n }));
  const aimSet = new Map<string, string[]>();
  for (const r of s.risks)
    aimSet.set(r.strategicAim, names(r.strategicAim, r.strategicAim.replace(/^thrive:\s*/i, '')));
  const strategicAims = [...aimSet].map(([id, n]) => ({ id, names: n }));
  const logs = s.logs.map((l) => ({
    id: l.id,
    names: names(l.title, l.shortName, ...l.aliases),
    sections: l.sections.map((sec) => ({ id: sec.id, names: names(sec.title, sec.id) })),
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
    names: names(st.title, ...st.aliases),
    objectives: st.objectives.map((o) => ({ id: o.id, names: names(o.title) })),
    ambitions: st.objectives.flatMap((o) =>
      o.ambitions.map((a) => ({
        id: a.id,
        number: a.number,
        objectiveId: o.id,
        names: names(a.text),
      })),
    ),
    themes: st.themes.map((t) => ({ id: t.id, names: names(t.name) })),
  }));
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
  ].forEach(collect);
  for (const st of strategies) [st.objectives, st.themes].forEach(collect);
  for (const l of logs) collect(l.sections);
  return {
    organisations,
    registers,
    risks,
    roles,
    people,
    committees,
    strategicAims,
    logs,
    meetingBodies,
    strategies,
    lexicon,
  };
}

function initialsOf(body: string): string | undefined {
  const initials = body
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 ? initials : undefined;
}

const built = new WeakMap<VocabularySources, Vocabulary>();

/** The vocabulary of a reference-data snapshot, built once per snapshot. */
export function vocabularyOf(data: VocabularySources): Vocabulary {
  let v = built.get(data);
  if (!v) {
    v = buildVocabulary(data);
    built.set(data, v);
  }
  return v;
}
