import type { Meeting, Organisation, Person } from '../domain';
import { isBoardBody } from '../domain/reminderSchedule';

/**
 * Who attends which meeting. The directory has no attendance list, so Board Clerk decides by rule:
 *
 * - a **board** meeting (a body named "… Board") is attended by everyone in the directory who belongs to
 *   the organisation that holds it, and, for a group's board, by the people of its member trusts (the
 *   member trusts' directors sit on the Group Trust Board);
 * - a **committee**'s membership is not in the directory, so nobody attends one by rule: a committee
 *   meeting is briefed only when someone names it, and never sent on its own.
 *
 * Board secretaries are people of their organisation like anyone else. A trust that keeps attendance
 * lists can replace this rule in one place.
 */

export interface Organisations {
  organisations: readonly Organisation[];
}

/** The organisations whose people attend the boards of `organisationId`: itself and, for a group, its members. */
export function attendingOrganisations(organisationId: string, data: Organisations): string[] {
  const org = data.organisations.find((o) => o.id === organisationId);
  return [organisationId, ...(org?.type === 'group' ? org.memberIds : [])];
}

export function attends(
  person: Pick<Person, 'organisationId'>,
  meeting: Pick<Meeting, 'organisationId' | 'body'>,
  data: Organisations,
): boolean {
  return (
    isBoardBody(meeting.body) &&
    attendingOrganisations(meeting.organisationId, data).includes(person.organisationId)
  );
}

/** Everyone in the directory who attends the meeting, by the rule above. */
export function attendeesOf<P extends Pick<Person, 'organisationId'>>(
  meeting: Pick<Meeting, 'organisationId' | 'body'>,
  people: readonly P[],
  data: Organisations,
): P[] {
  return people.filter((p) => attends(p, meeting, data));
}

/** Who attends `body` meetings of an organisation, in words: "people of the Group and its member trusts". */
export function attendanceRuleWords(
  meeting: Pick<Meeting, 'organisationId' | 'body'>,
  data: Organisations,
): string {
  if (!isBoardBody(meeting.body))
    return `the directory does not list the members of the ${meeting.body}`;
  const org = data.organisations.find((o) => o.id === meeting.organisationId);
  const name =
    org?.shortName === 'Group' ? 'the Group' : (org?.shortName ?? meeting.organisationId);
  const members =
    org?.type === 'group' && org.memberIds.length
      ? ` and its member trusts (${org.memberIds
          .map((id) => data.organisations.find((o) => o.id === id)?.shortName ?? id)
          .join(', ')})`
      : '';
  return `the ${meeting.body} is attended by the people of ${name}${members} in the directory`;
}
