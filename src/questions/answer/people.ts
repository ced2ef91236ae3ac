import { rolesHeldBy } from '../../domain/permissions';
import type { Answer, PersonView } from '../answers';
import { normalise } from '../text';
import type { AnswerContext } from './context';

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
): Answer {
  const { data } = ctx;
  const people: PersonView[] = [];
  const orgName = (id: string) => data.organisations.find((o) => o.id === id)?.shortName ?? null;
  for (const p of data.people) {
    const held = rolesHeldBy(p, data.roles);
    if (personIds.includes(p.id) || held.some((r) => roleIds.includes(r)))
      people.push({
        name: p.name,
        role: p.jobTitle,
        organisation: orgName(p.organisationId),
        from: 'directory',
        demo: p.isDemo,
      });
  }
  const wanted = name ? normalise(name) : null;
  const roleWords = roleIds
    .map((id) => data.roles.find((r) => r.id === id)?.title)
    .filter((t): t is string => !!t)
    .map(normalise);
  for (const m of data.minutes)
    for (const a of [...m.present, ...m.inAttendance, ...m.apologies]) {
      const n = normalise(a.name);
      const byName = wanted && (n === wanted || n.endsWith(` ${wanted}`) || n.includes(wanted));
      const byRole = roleWords.some((w) => normalise(a.role).includes(w));
      if ((byName || byRole) && !people.some((p) => normalise(p.name) === n))
        people.push({
          name: a.name,
          role: a.role,
          organisation: null,
          from: 'minutes',
          demo: false,
        });
    }
  const asked = name ?? text;
  if (!people.length)
    return {
      kind: 'message',
      title: `The papers don't name ${name ? name : `a ${text}`}`,
      text: name
        ? `${name} is not in the board's directory or in the minutes Board Clerk holds.`
        : `No one in the board's directory holds that role, and the minutes do not name one.`,
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
      'People marked "minutes" are named in the minutes of a board meeting, with their role as printed.',
    );
  const roleTitle = roleIds.length ? data.roles.find((r) => r.id === roleIds[0])?.title : undefined;
  return {
    kind: 'people',
    title: `Who is ${roleTitle ? `the ${roleTitle}` : asked}`,
    people,
    notes,
  };
}
