import type { Person, Role } from '../domain';

/**
 * Owners as files write them: role codes ("DoCA"), titles ("Chief Information Officer (CIO)"), names
 * ("Yusuf Ali"), initials ("YA"), several at once ("Chair and ACE/DCE", "Dol DDSP"). Who is who comes
 * from a resolver passed in (the organisation's directory), so the import never reads the store.
 */

/** The role ids a piece of text names, or null when it names nobody the directory knows. */
export type OwnerResolver = (text: string) => string[] | null;

export interface OwnerReading {
  printed: string;
  roleIds: string[];
  /** Parts of the text the resolver did not know: listed for the secretary. */
  unresolved: string[];
}

/** Owners nobody in the directory holds, with the rows that name them: listed for the secretary. */
export class UnresolvedOwners {
  private readonly rows = new Map<string, number[]>();

  /** Notes a reading's unknown parts against a row; returns them. */
  add(reading: OwnerReading, row: number): string[] {
    for (const part of reading.unresolved)
      this.rows.set(part, [...(this.rows.get(part) ?? []), row]);
    return reading.unresolved;
  }

  list(): { printed: string; rows: number[] }[] {
    return [...this.rows].map(([printed, rows]) => ({ printed, rows }));
  }
}

const SEPARATORS = /\s*(?:\/|,|;|&|\+|\n|\band\b|\bor\b)\s*/i;

export function readOwners(printed: string, resolve: OwnerResolver): OwnerReading {
  const text = printed.trim();
  if (!text) return { printed: '', roleIds: [], unresolved: [] };
  const whole = resolve(text);
  if (whole) return { printed: text, roleIds: unique(whole), unresolved: [] };
  const roleIds: string[] = [];
  const unresolved: string[] = [];
  for (const part of text
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const ids = resolve(part) ?? resolveWords(part, resolve);
    if (ids) roleIds.push(...ids);
    else unresolved.push(part);
  }
  return { printed: text, roleIds: unique(roleIds), unresolved };
}

/** "Dol DDSP": codes separated only by spaces, accepted when every word is known. */
function resolveWords(part: string, resolve: OwnerResolver): string[] | null {
  const words = part.split(/\s+/);
  if (words.length < 2) return null;
  const ids: string[] = [];
  for (const w of words) {
    const found = resolve(w);
    if (!found) return null;
    ids.push(...found);
  }
  return ids;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A resolver over an organisation's roles and people: role codes, titles and aliases; people's names
 * and initials (when no two people share them) stand for the roles they hold. Codes are matched with
 * their case ("DoI" is not "Dol" unless a role lists it as an alias); words are matched without.
 */
export function directoryResolver(
  roles: readonly Role[],
  people: readonly Person[] = [],
): OwnerResolver {
  const exact = new Map<string, string[]>();
  const loose = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, k: string, ids: string[]) => {
    if (!k || ids.length === 0) return;
    map.set(k, unique([...(map.get(k) ?? []), ...ids]));
  };
  for (const role of roles) {
    add(exact, role.code.trim(), [role.id]);
    for (const alias of role.aliases) add(exact, alias.trim(), [role.id]);
    add(loose, key(role.title), [role.id]);
    for (const alias of role.aliases) if (alias.includes(' ')) add(loose, key(alias), [role.id]);
  }
  const initials = new Map<string, Person[]>();
  for (const person of people) {
    add(loose, key(person.name), person.roleIds);
    const i = person.name
      .split(/\s+/)
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase();
    initials.set(i, [...(initials.get(i) ?? []), person]);
  }
  for (const [i, holders] of initials)
    if (holders.length === 1 && i.length >= 2 && !exact.has(i)) add(exact, i, holders[0]!.roleIds);

  const lookup = (text: string): string[] | null =>
    exact.get(text) ?? exact.get(text.replace(/\.$/, '')) ?? loose.get(key(text)) ?? null;

  return (text) => {
    const t = text.trim();
    const found = lookup(t);
    if (found) return found;
    // "Chief Information Officer (CIO)": the title, or the code in brackets.
    const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(t);
    if (bracket) return lookup(bracket[1]!) ?? lookup(bracket[2]!) ?? null;
    return null;
  };
}
