import { createHash } from 'node:crypto';

/**
 * What is built from the reference data (the vocabulary, the search index) is built once per content,
 * not once per snapshot: the reference data is reloaded every 30 seconds, and almost always unchanged.
 */
const fingerprints = new WeakMap<object, string>();

function fingerprintOf(data: object): string {
  let f = fingerprints.get(data);
  if (!f) {
    f = createHash('sha1').update(JSON.stringify(data)).digest('hex');
    fingerprints.set(data, f);
  }
  return f;
}

/** Keeps what was built for the last two contents (the current papers, and the ones just replaced). */
export class SnapshotCache<T> {
  private readonly built = new Map<string, T>();

  get(data: object, build: () => T): T {
    const key = fingerprintOf(data);
    let value = this.built.get(key);
    if (value === undefined) {
      value = build();
      this.built.set(key, value);
      while (this.built.size > 2) this.built.delete(this.built.keys().next().value!);
    }
    return value;
  }
}
