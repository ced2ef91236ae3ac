import { loadDataset } from '../../src/dataset/bundled';
import type { Action, GovernanceRecord, Minutes } from '../../src/domain';
import type { ActionQuery, GovernanceStore, Stored } from '../../src/store/store';

/**
 * The bundled dataset as a read-only store for unit tests of answers and cards: the queries answers
 * make, over plain arrays (writes are not needed there and refuse). `change` edits actions first.
 */
export async function datasetStore(
  change: (action: Action) => Action = (a) => a,
): Promise<GovernanceStore> {
  const { records } = await loadDataset();
  const actions = records.filter((r): r is Action => r.kind === 'action').map(change);
  const stored = <T>(value: T): Stored<T> => ({ value, etag: '"1"' });
  const matches = (a: Action, q: ActionQuery) =>
    (!q.organisationId || a.organisationId === q.organisationId) &&
    (!q.logId || a.logId === q.logId) &&
    (!q.riskId || a.riskId === q.riskId) &&
    (!q.statuses || q.statuses.includes(a.status)) &&
    (!q.roleIds ||
      [...a.actionLeadRoleIds, ...a.taskLeadRoleIds].some((r) => q.roleIds!.includes(r)));
  const refuse = () => Promise.reject(new Error('the dataset store is read-only'));
  const store = {
    get: (kind: string, organisationId: string, id: string) => {
      const pool: GovernanceRecord[] = kind === 'action' ? actions : records;
      const found = pool.find(
        (r) => r.kind === kind && r.id === id && r.organisationId === organisationId,
      );
      return Promise.resolve(found ? stored(found) : null);
    },
    list: (kind: string) => Promise.resolve(records.filter((r) => r.kind === kind)),
    findPersonByAadObjectId: () => Promise.resolve(null),
    findActions: (q: ActionQuery) =>
      Promise.resolve(actions.filter((a) => matches(a, q)).map(stored)),
    findMinutesByReference: (reference: string) =>
      Promise.resolve(
        records.filter(
          (r): r is Minutes =>
            r.kind === 'minutes' && r.items.some((i) => i.reference === reference),
        ),
      ),
    create: refuse,
    replace: refuse,
    ping: () => Promise.resolve(),
  };
  return store as unknown as GovernanceStore;
}
