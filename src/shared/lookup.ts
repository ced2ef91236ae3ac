/**
 * Lookups on reference-data lists, indexed once per list. A snapshot's lists are frozen and shared
 * until something changes (the read model then makes new ones), so an index built for a list stays
 * right for as long as the list lives; lists that are not frozen are searched as before.
 */

const memos = new WeakMap<readonly unknown[], Map<string, unknown>>();

/** `compute(key)` for a frozen list, worked out once per list and key. */
export function memoOnList<T, R>(list: readonly T[], key: string, compute: () => R): R {
  if (!Object.isFrozen(list)) return compute();
  let memo = memos.get(list);
  if (!memo) memos.set(list, (memo = new Map<string, unknown>()));
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as R;
}

const byIds = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** The first record with this id, as `list.find` would find it. */
export function findById<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  if (!Object.isFrozen(list)) return list.find((r) => r.id === id);
  let index = byIds.get(list);
  if (!index) {
    index = new Map();
    for (const r of list) if (!index.has(r.id)) index.set(r.id, r);
    byIds.set(list, index);
  }
  return index.get(id) as T | undefined;
}
