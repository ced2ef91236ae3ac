import type { Action } from '../domain';
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
