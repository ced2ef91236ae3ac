import { z } from 'zod';
import { Id } from '../../domain/common';
import { organisationInSentence } from '../../domain/organisation';
import { formatDate } from '../../domain/dates';
import { rolesHeldBy } from '../../domain/permissions';
import type { MessageAnswer } from '../answers';
import { kind } from '../kind';
import { Text } from '../question';
import { escapeRegExp, normalise } from '../text';
import type { AnswerContext } from './context';
import type { ReferenceData } from '../../shared/referenceData';

/** A person the directory or the minutes name. */
export interface PersonView {
  name: string;
  /** Their job title, or their role as the minutes print it. */
  role: string;
  organisation: string | null;
  /** Where Board Clerk knows them from (a paper: its cover sheet names them as sponsor or author). */
  from: 'directory' | 'minutes' | 'paper';
  /** Demo people in the bundled directory are invented. */
  demo: boolean;
}

export interface PeopleAnswer {
  kind: 'people';
  title: string;
  people: PersonView[];
  notes: string[];
}

/**
 * "Who is the guardian?", "who is our finance director?", "who is Angela Hillery?": the directory's
 * people holding a role, and the people the minutes name. A name the papers do not know is said so.
 */
export function answerWho(
  ctx: AnswerContext,
  roleIds: readonly string[],
  personIds: readonly string[],
  name: string | null,
  text: string,
  organisationIds: readonly string[] = [],
): PeopleAnswer | MessageAnswer {
  const { data } = ctx;
  const people: PersonView[] = [];
  const orgName = (id: string) => data.organisations.find((o) => o.id === id)?.shortName ?? null;
  // "The group chair": the organisation named narrows the roles, in the directory and the minutes.
  const named = data.organisations.filter((o) => organisationIds.includes(o.id));
  const inNamed = (organisationId: string) =>
    !named.length || named.some((o) => o.id === organisationId);
  const printedIn = (role: string) =>
    !named.length || named.some((o) => new RegExp(`\\b${o.shortName}\\b`, 'i').test(role));
  // (A title across the group: held in its member trusts, as they print it.)
  const printedInOrMember = (role: string) =>
    printedIn(role) ||
    named.some((o) =>
      data.organisations.some(
        (m) => o.memberIds.includes(m.id) && new RegExp(`\\b${m.shortName}\\b`, 'i').test(role),
      ),
    );
  const secretary = /\bsecretar(y|ies)\b/i.test(text);
  // "The LPT director of finance": the roles of the organisation named, not the Group's of that name.
  const ofNamed = roleIds.filter((id) =>
    named.some((o) => o.id === data.roles.find((r) => r.id === id)?.organisationId),
  );
  const roles = ofNamed.length ? ofNamed : roleIds;
  for (const p of data.people) {
    const held = rolesHeldBy(p, data.roles);
    if (
      personIds.includes(p.id) ||
      ((held.some((r) => roles.includes(r)) || (secretary && p.isBoardSecretary)) &&
        inNamed(p.organisationId))
    )
      people.push({
        name: p.name,
        role: p.jobTitle,
        organisation: orgName(p.organisationId),
        from: 'directory',
        demo: p.isDemo,
      });
  }
  const wanted = name ? normalise(name) : null;
  const roleWords = [
    ...roles
      .map((id) => data.roles.find((r) => r.id === id)?.title)
      .filter((t): t is string => !!t),
    ...(secretary ? ['secretary'] : []),
  ].map(normalise);
  // A title in words no role holds ("the deputy chairs"): those the minutes print with it.
  const titleWords =
    !wanted && !roleWords.length && text
      ? normalise(text)
          .split(' ')
          .filter(Boolean)
          .map((w) => (w === 'vice' ? 'deputy' : w.replace(/s$/, '')))
      : [];
  for (const m of data.minutes)
    for (const a of [...m.present, ...m.inAttendance, ...m.apologies]) {
      const n = normalise(a.name);
      const printed = normalise(a.role).split(' ');
      const byTitle =
        titleWords.length > 0 &&
        printedInOrMember(a.role) &&
        titleWords.every((w) => printed.some((p) => p === w || p === `${w}s`));
      const byName =
        byTitle || (wanted && (n === wanted || n.endsWith(` ${wanted}`) || n.includes(wanted)));
      const byRole =
        roleWords.some((w) => normalise(a.role).includes(w)) &&
        printedIn(a.role) &&
        !/\b(deputy|vice|associate)\b/i.test(
          a.role.replace(new RegExp(roleWords.join('|'), 'i'), ''),
        );
      if ((byName || byRole) && !people.some((p) => normalise(p.name) === n))
        people.push({
          name: a.name,
          role: a.role,
          organisation: null,
          from: 'minutes',
          demo: false,
        });
    }
  // Named only on a paper's cover sheet ("Is Anita Pisani LPT or NHFT?"): as the cover prints them.
  if (name && !people.length) people.push(...namedOnCovers(data, name));
  const asked = name ?? text;
  if (!people.length)
    return {
      kind: 'message',
      title: `The papers don't name ${name ? name : `a ${text}`}`,
      text: name
        ? `${name} is not in the board's directory or in the minutes Board Clerk holds.`
        : `No one in the board's directory holds that role, and the minutes do not name one.${committeeReportAuthors(data, text)}`,
      suggestions: [
        'Who attended the September board?',
        'Actions for the Director of Corporate Affairs',
      ],
    };
  const notes: string[] = [];
  if (people.some((p) => p.demo))
    notes.push(
      'The bundled directory is a demo: its people are invented, one for each role the papers use.',
    );
  if (people.some((p) => p.from === 'minutes'))
    notes.push(
      'A role “as the minutes print it” is how the minutes of a board meeting name that person; they are not in the directory.',
    );
  const titles = roles.flatMap((id) => data.roles.find((r) => r.id === id)?.title ?? []);
  const owner = ofNamed.length && named.length === 1 ? `${named[0]!.shortName} ` : '';
  const roleTitle = titles.length ? `${owner}${titles.slice(0, 2).join(' or ')}` : undefined;
  return {
    kind: 'people',
    // ("Who is Sharon Murphy", as the papers write the name, not as typed.)
    title: titleWords.length
      ? `Who ${people.length === 1 ? 'is' : 'are'} the ${text}`
      : `Who is ${roleTitle ? `the ${roleTitle}` : name && people.length === 1 ? people[0]!.name : asked}`,
    people,
    notes,
  };
}

/**
 * The sponsors and authors paper covers name by this name, with the role printed beside it ("Anita
 * Pisani, Deputy Chief Executive"; "Kate Dyer Director of Governance and Risk LPT and Richard Smith…").
 */
function namedOnCovers(data: AnswerContext['data'], name: string): PersonView[] {
  const found: PersonView[] = [];
  const pattern = new RegExp(
    `\\b(${escapeRegExp(name)})\\b[,\\s]*(.*?)(?=\\s+and\\s+[A-Z][a-z]+\\s+[A-Z]|$)`,
    'i',
  );
  for (const paper of data.papers)
    for (const part of ['sponsor', 'author'] as const) {
      const m = pattern.exec(paper.cover[part] ?? '');
      if (!m) continue;
      // Of the organisation whose paper it is ("CCS": not LPT or NHFT, as asked).
      const organisation = data.organisations.find((o) => o.id === paper.organisationId);
      found.push({
        name: m[1]!,
        role: `${m[2]?.trim() || 'no role printed'} (${part} of ${paper.title}, ${paper.date.iso ? formatDate(paper.date.iso) : paper.date.printed}${organisation ? `, a paper of ${organisationInSentence(organisation)}` : ''})`,
        organisation: organisation?.shortName ?? null,
        from: 'paper',
        demo: false,
      });
    }
  return found;
}

/**
 * A committee's chair the papers do not name: the nearest they have, who wrote its reports to the
 * board (often, not always, the chair).
 */
function committeeReportAuthors(data: ReferenceData, text: string): string {
  const committee = /^chair of the (.+?)(?: committee)?$/i.exec(text)?.[1];
  if (!committee) return '';
  const wanted = normalise(committee);
  const written = data.committeeReports.filter(
    (c) => c.author && normalise(c.committee).includes(wanted),
  );
  return written
    .map(
      (c) =>
        ` The nearest they have: the ${c.committee}'s report to the board (${c.title}, meeting of ${c.heldOn.iso ? formatDate(c.heldOn.iso) : c.heldOn.printed}) was written by ${c.author}.`,
    )
    .join('');
}

/** "Who is the guardian?", "who is Angela Hillery?" */
export const peopleWho = kind(
  'people.who',
  {
    roleIds: z.array(Id),
    personIds: z.array(Id),
    /** A name asked about (found in the directory or the minutes, or in neither). */
    name: Text.nullable(),
    text: Text,
    /** Organisations named with the role ("the group chair"). */
    organisationIds: z.array(Id).optional(),
  },
  (q, ctx) => answerWho(ctx, q.roleIds, q.personIds, q.name, q.text, q.organisationIds),
);
