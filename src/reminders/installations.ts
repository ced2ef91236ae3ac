import { createHash } from 'node:crypto';
import type { Person } from '../domain';
import type { BroadcastTarget, ChannelRef, ConversationRecord } from '../domain/delivery';
import type { Logger } from '../log';
import type { ConversationFacts } from '../shared/request';
import { AlreadyExistsError, ConcurrencyConflictError } from '../store/errors';
import type { ConversationStore, Stored } from '../store/store';

/**
 * Where Board Clerk can post: installs and removals in personal chats, group chats and teams (with the
 * team's channels), kept in the store so they survive restarts and redeploys.
 */

/** One record per personal chat, group chat, or team (a team's channels live in its record). */
const recordIds = new Map<string, string>();

export function conversationRecordId(
  facts: Pick<ConversationFacts, 'tenantId' | 'scope' | 'conversationId' | 'teamId'>,
): string {
  const key = `${facts.tenantId}\u0000${
    facts.scope === 'team' && facts.teamId ? `team:${facts.teamId}` : `conv:${facts.conversationId}`
  }`;
  // Asked for at every message: each conversation's hash is worked out once (a bounded memo).
  let id = recordIds.get(key);
  if (id === undefined) {
    if (recordIds.size >= 10_000) recordIds.clear();
    id = `conv-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
    recordIds.set(key, id);
  }
  return id;
}

const MAX_ATTEMPTS = 3;
/** A conversation seen this recently, at the same service URL, is not read again on each message. */
const SEEN_TTL_MS = 10 * 60_000;

export class InstallationService {
  /** Conversations this instance has recently confirmed, by record id (a message is a hot path). */
  private readonly recentlySeen = new Map<string, { serviceUrl: string; at: number }>();

  constructor(
    private readonly store: ConversationStore,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Applies `change` to the conversation's record, creating it if needed; retried on a concurrent write. */
  private async upsert(
    facts: ConversationFacts,
    change: (current: ConversationRecord | null, now: string) => ConversationRecord | null,
  ): Promise<ConversationRecord | null> {
    const id = conversationRecordId(facts);
    for (let attempt = 1; ; attempt++) {
      const now = this.clock().toISOString();
      const current = await this.store.getConversation(facts.tenantId, id);
      const next = change(current?.value ?? null, now);
      if (!next) return current?.value ?? null;
      try {
        const saved: Stored<ConversationRecord> = current
          ? await this.store.replaceConversation(next, current.etag)
          : await this.store.createConversation(next);
        return saved.value;
      } catch (e) {
        const retry = e instanceof ConcurrencyConflictError || e instanceof AlreadyExistsError;
        if (!retry || attempt >= MAX_ATTEMPTS) throw e;
      }
    }
  }

  private fresh(facts: ConversationFacts, now: string): ConversationRecord {
    return {
      id: conversationRecordId(facts),
      kind: 'conversation',
      tenantId: facts.tenantId,
      scope: facts.scope,
      conversationId: facts.scope === 'team' && facts.teamId ? facts.teamId : facts.conversationId,
      serviceUrl: facts.serviceUrl,
      botId: facts.botId,
      teamId: facts.teamId,
      teamName: facts.teamName,
      channels: [],
      userAadObjectId: facts.userAadObjectId?.toLowerCase(),
      title: facts.title,
      status: 'installed',
      installedAt: now,
      updatedAt: now,
    };
  }

  /** The app was added: record (or re-activate) the conversation, with the team's channels if known. */
  async installed(
    facts: ConversationFacts,
    channels?: ChannelRef[],
  ): Promise<ConversationRecord | null> {
    const record = await this.upsert(facts, (current, now) => ({
      ...(current ?? this.fresh(facts, now)),
      serviceUrl: facts.serviceUrl,
      teamName: facts.teamName ?? current?.teamName,
      userAadObjectId: facts.userAadObjectId?.toLowerCase() ?? current?.userAadObjectId,
      channels: channels ?? current?.channels ?? [],
      status: 'installed',
      unreachableReason: undefined,
      installedAt: current?.status === 'installed' ? current.installedAt : now,
      updatedAt: now,
    }));
    this.log.info(
      { conversationRecordId: record?.id, scope: facts.scope, channels: record?.channels.length },
      'app installed',
    );
    return record;
  }

  /** The app was removed: keep the record (history) but never post there again. */
  async removed(facts: ConversationFacts): Promise<void> {
    this.recentlySeen.delete(conversationRecordId(facts));
    await this.upsert(facts, (current, now) =>
      current ? { ...current, status: 'removed', updatedAt: now } : null,
    );
    this.log.info(
      { conversationRecordId: conversationRecordId(facts), scope: facts.scope },
      'app removed',
    );
  }

  /**
   * A message arrived: make sure the conversation is known (installs can be missed, e.g. while the bot
   * was down) and its service URL is current. Cheap when nothing changed.
   */
  async seen(facts: ConversationFacts): Promise<void> {
    const id = conversationRecordId(facts);
    const seenAt = this.clock().getTime();
    const memo = this.recentlySeen.get(id);
    if (memo && memo.serviceUrl === facts.serviceUrl && seenAt - memo.at < SEEN_TTL_MS) return;
    await this.upsert(facts, (current, now) => {
      if (current && current.status === 'installed' && current.serviceUrl === facts.serviceUrl)
        return null;
      if (current?.status === 'removed') return null;
      return {
        ...(current ?? this.fresh(facts, now)),
        serviceUrl: facts.serviceUrl,
        status: 'installed',
        updatedAt: now,
      };
    });
    this.recentlySeen.set(id, { serviceUrl: facts.serviceUrl, at: seenAt });
  }

  /** A team's channels changed (created, renamed, deleted): store the list Teams now reports. */
  async channelsChanged(facts: ConversationFacts, channels: ChannelRef[]): Promise<void> {
    await this.upsert(facts, (current, now) => ({
      ...(current ?? this.fresh(facts, now)),
      channels,
      updatedAt: now,
    }));
    this.log.info(
      { conversationRecordId: conversationRecordId(facts), channels: channels.length },
      'team channels refreshed',
    );
  }

  /** Teams refused a delivery for good (blocked, app removed, conversation gone). */
  async markUnreachable(tenantId: string, id: string, reason: string): Promise<void> {
    this.recentlySeen.delete(id);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const current = await this.store.getConversation(tenantId, id);
      if (!current || current.value.status === 'removed') return;
      try {
        await this.store.replaceConversation(
          {
            ...current.value,
            status: 'unreachable',
            unreachableReason: reason,
            updatedAt: this.clock().toISOString(),
          },
          current.etag,
        );
        return;
      } catch (e) {
        if (!(e instanceof ConcurrencyConflictError) || attempt === MAX_ATTEMPTS) throw e;
      }
    }
  }

  /** The installed personal chats of these people, as broadcast targets (people without one are left out). */
  async personalTargets(
    people: readonly Pick<Person, 'id' | 'name' | 'aadObjectId'>[],
  ): Promise<BroadcastTarget[]> {
    const targets: BroadcastTarget[] = [];
    for (const person of people) {
      if (!person.aadObjectId) continue;
      const chat = (await this.store.findPersonalConversation(person.aadObjectId))?.value;
      if (chat?.status !== 'installed') continue;
      targets.push(personalTarget(chat, person));
    }
    return targets;
  }

  /** Where broadcasts can go now. */
  async installedConversations(tenantId?: string): Promise<ConversationRecord[]> {
    return (await this.store.listConversations({ tenantId, status: 'installed' })).map(
      (s) => s.value,
    );
  }
}

/** A personal chat (or, failing that, the chat a secretary works in) as a broadcast target. */
export function personalTarget(
  chat: ConversationRecord,
  person: Pick<Person, 'id' | 'name'>,
): BroadcastTarget {
  const personal = chat.scope === 'personal';
  return {
    key: chat.id,
    conversationRecordId: chat.id,
    tenantId: chat.tenantId,
    kind: personal ? 'personal' : 'groupChat',
    label: personal ? `${person.name} (personal chat)` : (chat.title ?? 'Chat'),
    personId: personal ? person.id : undefined,
  };
}
