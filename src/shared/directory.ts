import type { Person, Role } from '../domain';
import { rolesHeldBy } from '../domain/permissions';
import { memoOnList } from './lookup';
import type { Requester } from './request';

/**
 * The one place a Teams identity becomes a person of the board's directory, with the roles they hold.
 * Several people sharing one Teams identity is a directory mistake: the first (by id) is used.
 */
export function requesterFor(
  identity: { teamsUserId: string; aadObjectId: string | null; displayName: string | null },
  directory: { people: readonly Person[]; roles: readonly Role[] },
): Requester {
  const aad = identity.aadObjectId?.toLowerCase() ?? null;
  const person = aad
    ? memoOnList(
        directory.people,
        aad,
        () =>
          [...directory.people]
            .filter((p) => p.aadObjectId === aad)
            .sort((a, b) => a.id.localeCompare(b.id))[0] ?? null,
      )
    : null;
  return {
    teamsUserId: identity.teamsUserId,
    aadObjectId: aad,
    displayName: identity.displayName,
    person,
    roleIds: person ? rolesHeldBy(person, directory.roles) : [],
    isSecretary: !!person?.isBoardSecretary,
    isBoardMember: !!person,
  };
}

/** A requester with nobody behind it: for work Board Clerk does on its own (scheduled sends). */
export function systemRequester(name: string): Requester {
  return {
    teamsUserId: 'board-clerk',
    aadObjectId: null,
    displayName: name,
    person: null,
    roleIds: [],
    isSecretary: false,
    isBoardMember: false,
  };
}
