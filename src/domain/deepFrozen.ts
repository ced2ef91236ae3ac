/**
 * The value, frozen all the way down: for what is shared between callers (records held in memory,
 * answers kept for the next asker), so no caller can change it for the next.
 */
export function deepFrozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFrozen(v);
  }
  return value;
}
