import type { Action } from './action';
import type { Person, Role } from './organisation';

/**
 * Roles a person holds, including role groups ("All Exec Dirs.") that contain one of their roles.
 */
export function rolesHeldBy(person: Pick<Person, 'roleIds'>, roles: readonly Role[]): string[] {
  const held = new Set(person.roleIds);
  for (const role of groupsIn(roles))
    if (role.memberRoleIds.some((m) => held.has(m))) held.add(role.id);
  return [...held];
}

const groups = new WeakMap<readonly Role[], readonly Role[]>();

/**
 * The role groups among `roles`, in order: only they can add to what a person holds. Worked out once
 * for a list that cannot change (a reference-data snapshot's are frozen), each time for any other.
 */
function groupsIn(roles: readonly Role[]): readonly Role[] {
  const known = groups.get(roles);
  if (known) return known;
  const found = roles.filter((r) => r.memberRoleIds.length > 0);
  if (Object.isFrozen(roles)) groups.set(roles, found);
  return found;
}

/** Every role that covers the given roles: the roles themselves and the groups they belong to. */
export function withRoleGroups(roleIds: readonly string[], roles: readonly Role[]): string[] {
  return rolesHeldBy({ roleIds: [...roleIds] }, roles);
}

/** Whether a person owns an action: they hold one of its lead or task-lead roles. */
export function ownsAction(
  person: Pick<Person, 'roleIds'>,
  action: Pick<Action, 'actionLeadRoleIds' | 'taskLeadRoleIds'>,
  roles: readonly Role[],
): boolean {
  const held = heldSet(person, roles);
  return (
    action.actionLeadRoleIds.some((r) => held.has(r)) ||
    action.taskLeadRoleIds.some((r) => held.has(r))
  );
}

const heldSets = new WeakMap<object, { roles: readonly Role[]; held: ReadonlySet<string> }>();

/**
 * The roles a person holds, as a set: worked out once for a person and role list that cannot change
 * (a reference-data snapshot's are frozen), since a list of actions asks it of every action.
 */
function heldSet(person: Pick<Person, 'roleIds'>, roles: readonly Role[]): ReadonlySet<string> {
  const known = heldSets.get(person);
  if (known?.roles === roles) return known.held;
  const held = new Set(rolesHeldBy(person, roles));
  if (Object.isFrozen(person) && Object.isFrozen(roles)) heldSets.set(person, { roles, held });
  return held;
}

/** Action owners and board secretaries may update an action; everyone else sees it read-only. */
export function canUpdateAction(
  person: Pick<Person, 'roleIds' | 'isBoardSecretary'> | null,
  action: Pick<Action, 'actionLeadRoleIds' | 'taskLeadRoleIds'>,
  roles: readonly Role[],
): boolean {
  if (!person) return false;
  return person.isBoardSecretary || ownsAction(person, action, roles);
}

/** The people who own an action (hold one of its lead or task-lead roles). */
export function ownersOf<P extends Pick<Person, 'roleIds'>>(
  action: Pick<Action, 'actionLeadRoleIds' | 'taskLeadRoleIds'>,
  people: readonly P[],
  roles: readonly Role[],
): P[] {
  return people.filter((p) => ownsAction(p, action, roles));
}
