import type { Action, GovernanceRecord, Minutes, Person, RecordKind } from '../../domain';
import type { ConversationRecord } from '../../domain/delivery';
import { inIdOrder, matchesActionQuery } from '../../store/actionQuery';
import type { ActionQuery, Stored } from '../../store/store';
import { deepFrozen } from '../../domain/deepFrozen';

/**
 * The records a read model holds, in memory, with the indexes the store's queries need: governance
 * records by kind and organisation, people by Teams identity, minutes by minute reference, actions by
 * role, log, risk, organisation and status, conversations by tenant and by the person of a personal
 * chat. Plain data, no I/O: `ReadModel` keeps it current.
 *
 * Every record put in is frozen (deeply), so what callers are handed cannot change what is held; they
 * copy to change (`{ ...record, field }`), as they would for a store.
 */

/** The containers a read model follows: all but broadcasts, which stay in the store (leases need it). */
export const FOLLOWED = ['governance', 'directory', 'actions', 'conversations'] as const;
export type Followed = (typeof FOLLOWED)[number];
export type FollowedDocument = GovernanceRecord | ConversationRecord;

/** Where one document lives: its container, partition key and id, and its kind (for point reads). */
export interface DocumentRef {
  container: Followed;
  partitionKey: string;
  id: string;
  kind: RecordKind | 'conversation';
}

export function partitionKeyOf(doc: FollowedDocument): string {
  return doc.kind === 'conversation' ? doc.tenantId : doc.organisationId;
}

/** Ids are unique within a partition; NUL appears in neither. */
function keyOf(partitionKey: string, id: string): string {
  return `${partitionKey}\u0000${id}`;
}

/** Cosmos DB orders strings by code unit, as JavaScript compares them. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
const byStoredId = (a: Stored<{ id: string }>, b: Stored<{ id: string }>) => byId(a.value, b.value);

const NONE: ReadonlySet<string> = new Set();

/** Index terms to keys: `role:<id>` -> the keys of the actions that role leads. */
class Terms {
  private readonly map = new Map<string, Set<string>>();

  add(terms: readonly string[], key: string): void {
    for (const t of terms) {
      let keys = this.map.get(t);
      if (!keys) this.map.set(t, (keys = new Set()));
      keys.add(key);
    }
  }

  remove(terms: readonly string[], key: string): void {
    for (const t of terms) {
      const keys = this.map.get(t);
      keys?.delete(key);
      if (keys?.size === 0) this.map.delete(t);
    }
  }

  get(term: string): ReadonlySet<string> {
    return this.map.get(term) ?? NONE;
  }
}

/** What each document is found by, beyond its kind. */
function termsOf(doc: FollowedDocument): string[] {
  switch (doc.kind) {
    case 'action':
      return [
        ...new Set([...doc.actionLeadRoleIds, ...doc.taskLeadRoleIds].map((r) => `role:${r}`)),
        `log:${doc.logId}`,
        `org:${doc.organisationId}`,
        `status:${doc.status}`,
        ...(doc.riskId ? [`risk:${doc.riskId}`] : []),
      ];
    case 'person':
      return doc.aadObjectId ? [`aad:${doc.aadObjectId}`] : [];
    case 'minutes':
      return [...new Set(doc.items.map((i) => `ref:${i.reference.toUpperCase()}`))];
    case 'conversation':
      return [
        `tenant:${doc.tenantId}`,
        ...(doc.scope === 'personal' && doc.userAadObjectId ? [`aad:${doc.userAadObjectId}`] : []),
      ];
    default:
      return [];
  }
}

interface Row {
  stored: Stored<FollowedDocument>;
  /** When it was last changed here (the table's sequence): to tell whether it moved under a write. */
  seq: number;
}

export class Records {
  private readonly rows = new Map<Followed, Map<string, Row>>(FOLLOWED.map((c) => [c, new Map()]));
  private readonly terms = new Map<Followed, Terms>(FOLLOWED.map((c) => [c, new Terms()]));
  private readonly kinds = new Map<string, Map<string, Stored<FollowedDocument>>>();
  /** Per kind, its records ordered by id, and per organisation; built when asked, dropped on change. */
  private readonly sorted = new Map<string, readonly Stored<FollowedDocument>[]>();
  private readonly inOrganisation = new Map<string, Map<string, readonly GovernanceRecord[]>>();
  private seq = 0;
  /** Changes with every change to a governance or directory record (what reference data is built from). */
  referenceVersion = 0;
  /** Changes with every change to a governance, directory or action record (what answers are from). */
  answersVersion = 0;

  /** The table's change counter: every put or remove that changed something moves it on. */
  get sequence(): number {
    return this.seq;
  }

  row(ref: Pick<DocumentRef, 'container' | 'partitionKey' | 'id'>): Row | undefined {
    return this.rows.get(ref.container)!.get(keyOf(ref.partitionKey, ref.id));
  }

  /** Every key held in a container, with when it last changed. */
  entries(container: Followed): IterableIterator<[string, Row]> {
    return this.rows.get(container)!.entries();
  }

  keyOf(doc: FollowedDocument): string {
    return keyOf(partitionKeyOf(doc), doc.id);
  }

  /** Holds this version of a document (frozen). Nothing changes if the same version is held. */
  put(container: Followed, stored: Stored<FollowedDocument>): void {
    const key = this.keyOf(stored.value);
    const rows = this.rows.get(container)!;
    const before = rows.get(key);
    if (before?.stored.etag === stored.etag) return;
    if (before) {
      this.unindex(container, key, before.stored.value);
      if (before.stored.value.kind !== stored.value.kind)
        this.changed(container, before.stored.value.kind);
    }
    deepFrozen(stored);
    rows.set(key, { stored, seq: ++this.seq });
    const value = stored.value;
    this.terms.get(container)!.add(termsOf(value), key);
    let ofKind = this.kinds.get(value.kind);
    if (!ofKind) this.kinds.set(value.kind, (ofKind = new Map<string, Stored<FollowedDocument>>()));
    ofKind.set(key, stored);
    this.changed(container, value.kind);
  }

  remove(container: Followed, key: string): void {
    const rows = this.rows.get(container)!;
    const before = rows.get(key);
    if (!before) return;
    rows.delete(key);
    this.unindex(container, key, before.stored.value);
    this.seq++;
    this.changed(container, before.stored.value.kind);
  }

  private unindex(container: Followed, key: string, value: FollowedDocument): void {
    this.terms.get(container)!.remove(termsOf(value), key);
    this.kinds.get(value.kind)?.delete(key);
  }

  private changed(container: Followed, kind: string): void {
    this.sorted.delete(kind);
    this.inOrganisation.delete(kind);
    if (container === 'governance' || container === 'directory') this.referenceVersion++;
    if (container !== 'conversations') this.answersVersion++;
  }

  /** Every record of a kind, ordered by id (shared and frozen: copy before changing the array). */
  ofKind<T extends FollowedDocument>(kind: FollowedDocument['kind']): readonly Stored<T>[] {
    let sorted = this.sorted.get(kind);
    if (!sorted) {
      // (Actions in the order every store gives them: numbers in their ids read as numbers.)
      sorted = Object.freeze(
        [...(this.kinds.get(kind)?.values() ?? [])].sort(
          kind === 'action' ? inIdOrder : byStoredId,
        ),
      );
      this.sorted.set(kind, sorted);
    }
    return sorted as readonly Stored<T>[];
  }

  /** The records of a kind, within one organisation if given, ordered by id (shared and frozen). */
  list<T extends GovernanceRecord>(kind: RecordKind, organisationId?: string): readonly T[] {
    let byOrganisation = this.inOrganisation.get(kind);
    if (!byOrganisation)
      this.inOrganisation.set(
        kind,
        (byOrganisation = new Map<string, readonly GovernanceRecord[]>()),
      );
    const slot = organisationId ?? '\u0000all';
    let found = byOrganisation.get(slot);
    if (!found) {
      found = Object.freeze(
        this.ofKind<T>(kind)
          .map((s) => s.value)
          .filter((r) => organisationId === undefined || r.organisationId === organisationId),
      );
      byOrganisation.set(slot, found);
    }
    return found as readonly T[];
  }

  private withTerm<T extends FollowedDocument>(container: Followed, term: string): Stored<T>[] {
    const rows = this.rows.get(container)!;
    return [...this.terms.get(container)!.get(term)]
      .map((key) => rows.get(key)!.stored as Stored<T>)
      .sort(byStoredId);
  }

  /** People with this Teams identity (lower case), ordered by id. */
  peopleWith(aadObjectId: string): Stored<Person>[] {
    return this.withTerm<Person>('directory', `aad:${aadObjectId}`).filter(
      (p) => p.value.kind === 'person',
    );
  }

  /** Minutes recording an item with this reference (upper case), ordered by id. */
  minutesWith(reference: string): Minutes[] {
    return this.withTerm<Minutes>('governance', `ref:${reference}`).map((s) => s.value);
  }

  /**
   * Actions matching a query, in id order (`inIdOrder`): the smallest index that applies gives the candidates, and
   * every condition is checked on each (as the store's query would).
   */
  actions(q: ActionQuery): Stored<Action>[] {
    if (q.roleIds && q.roleIds.length === 0) return [];
    const terms = this.terms.get('actions')!;
    const candidates: ReadonlySet<string>[] = [];
    if (q.roleIds) candidates.push(union(q.roleIds.map((r) => terms.get(`role:${r}`))));
    if (q.statuses) candidates.push(union(q.statuses.map((s) => terms.get(`status:${s}`))));
    if (q.logId !== undefined) candidates.push(terms.get(`log:${q.logId}`));
    if (q.riskId !== undefined) candidates.push(terms.get(`risk:${q.riskId}`));
    if (q.organisationId !== undefined) candidates.push(terms.get(`org:${q.organisationId}`));
    const all = this.ofKind<Action>('action');
    const smallest = candidates.sort((a, b) => a.size - b.size)[0];
    const matches = matchesActionQuery(q);
    // A large candidate set is cheaper to take from the ordered list than to sort.
    if (!smallest || smallest.size * 4 > all.length) return all.filter((s) => matches(s.value));
    const rows = this.rows.get('actions')!;
    return [...smallest]
      .map((key) => rows.get(key)!.stored as Stored<Action>)
      .filter((s) => s.value.kind === 'action' && matches(s.value))
      .sort(inIdOrder);
  }

  /** Conversations, within one tenant and of one status if given, ordered by id. */
  conversations(
    filter: { tenantId?: string; status?: ConversationRecord['status'] } = {},
  ): Stored<ConversationRecord>[] {
    const within = filter.tenantId
      ? this.withTerm<ConversationRecord>('conversations', `tenant:${filter.tenantId}`)
      : [...this.ofKind<ConversationRecord>('conversation')];
    return within.filter((c) => !filter.status || c.value.status === filter.status);
  }

  /** The installed personal chat with this person (lower-case Teams id), if any. */
  personalConversation(aadObjectId: string): Stored<ConversationRecord> | null {
    return (
      this.withTerm<ConversationRecord>('conversations', `aad:${aadObjectId}`).find(
        (c) => c.value.status === 'installed',
      ) ?? null
    );
  }
}

function union(sets: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  if (sets.length === 1) return sets[0]!;
  const out = new Set<string>();
  for (const s of sets) for (const k of s) out.add(k);
  return out;
}
