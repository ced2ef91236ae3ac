/**
 * The Part II rule, in one place. Views mark what is private business — a private meeting's join link
 * and agenda items, minutes of a private meeting, the board's progress notes — with `private: true`.
 * Before anything is shown where someone other than a known board member may see it (a channel, a group
 * chat, or a person the directory does not know), every such part is taken out here: private array
 * elements are dropped, private properties become null, and a view that is private as a whole is not
 * shown at all. Views never need to remember the rule; they only say what is private.
 */

export interface Redacted<T> {
  /** The view without its private parts; null when the view is private as a whole. */
  view: T | null;
  /**
   * How many private things were left out: one progress note shown twice in a view (as the latest and
   * in the history) is one thing left out, not two.
   */
  leftOut: number;
}

/** What a private part is, so the same note met twice counts once: its words, where it has them. */
function identity(value: object): unknown {
  const { note, text } = value as { note?: unknown; text?: unknown };
  return typeof note === 'string' ? note : typeof text === 'string' ? text : value;
}

function isPrivate(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as { private?: unknown }).private === true
  );
}

export function withoutPrivate<T>(view: T): Redacted<T> {
  const leftOut = new Set<unknown>();
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const kept = value.filter((v) => {
        if (!isPrivate(v)) return true;
        leftOut.add(identity(v as object));
        return false;
      });
      return kept.map(walk);
    }
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        if (isPrivate(v)) {
          leftOut.add(identity(v as object));
          out[key] = null;
        } else out[key] = walk(v);
      }
      return out;
    }
    return value;
  };
  if (isPrivate(view)) return { view: null, leftOut: 1 };
  return { view: walk(view) as T, leftOut: leftOut.size };
}
