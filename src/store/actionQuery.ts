import type { Action } from '../domain';
import type { Stored } from './store';
import type { ActionQuery } from './store';

/**
 * Whether an action answers a query, as the Cosmos DB store's SQL reads it: every condition given holds,
 * and with roles, one of them leads or task-leads it (an empty list of roles matches nothing).
 */
export function matchesActionQuery(q: ActionQuery): (action: Action) => boolean {
  const roles = q.roleIds ? new Set(q.roleIds) : null;
  return (a) =>
    (q.organisationId === undefined || a.organisationId === q.organisationId) &&
    (q.logId === undefined || a.logId === q.logId) &&
    (q.riskId === undefined || a.riskId === q.riskId) &&
    (!q.statuses || q.statuses.includes(a.status)) &&
    (!roles ||
      a.actionLeadRoleIds.some((r) => roles.has(r)) ||
      a.taskLeadRoleIds.some((r) => roles.has(r)));
}

const NATURAL = new Intl.Collator('en', { numeric: true });

/**
 * The order every store returns actions in: by id, its numbers read as numbers ("…-action-2" before
 * "…-action-10", as the registers number them), so lists read in the papers' order.
 */
export function inIdOrder(a: Stored<{ id: string }>, b: Stored<{ id: string }>): number {
  return NATURAL.compare(a.value.id, b.value.id);
}
