import { Question } from './question';

/**
 * What the questions feature keeps between messages, behind two small interfaces: each conversation's
 * last question (the subject follow-ups lean on), and the questions Board Clerk could not answer. The
 * store implements them over Cosmos DB (`src/store/featureRecords.ts`); the in-memory ones below are
 * for unit tests and for a process with no store.
 */

/** A chat, or one thread of a channel, within its tenant. */
export interface ConversationKey {
  tenantId: string | null;
  threadKey: string;
}

export interface ConversationMemory {
  /** The conversation's last question with a subject, unless it has expired. */
  recall(key: ConversationKey, now: Date): Promise<Question | null>;
  /** Remembers a question as the conversation's subject, for `SUBJECT_TTL_MS`. */
  remember(key: ConversationKey, question: Question, now: Date): Promise<void>;
}

/** A question Board Clerk could not answer: its text and when, never who asked. */
export interface UnansweredQuestion {
  text: string;
  at: string;
}

export interface UnansweredLog {
  record(tenantId: string | null, text: string, now: Date): Promise<void>;
  /** The questions recorded since `from`, oldest first. */
  since(tenantId: string | null, from: Date, now: Date): Promise<UnansweredQuestion[]>;
}

/** How long a conversation's subject is remembered: long enough for a run of follow-ups. */
export const SUBJECT_TTL_MS = 60 * 60_000;
/** How long unanswered questions are kept. */
export const UNANSWERED_RETENTION_DAYS = 35;
/** The most a day keeps, so one noisy day cannot grow a record without bound. */
export const UNANSWERED_PER_DAY = 200;
/** The longest question text kept. */
export const UNANSWERED_MAX_LENGTH = 300;

/** How the store keeps subjects: a name for the record, how long, and the check of what comes back. */
export const SUBJECTS = {
  name: 'question-subject',
  ttlMs: SUBJECT_TTL_MS,
  parse: (value: unknown): Question | null => Question.safeParse(value).data ?? null,
};

/** How the store keeps unanswered questions. */
export const UNANSWERED_LIMITS = {
  name: 'unanswered-questions',
  retentionDays: UNANSWERED_RETENTION_DAYS,
  perDay: UNANSWERED_PER_DAY,
  maxLength: UNANSWERED_MAX_LENGTH,
};

const keyOf = (k: ConversationKey) => `${k.tenantId ?? '-'}|${k.threadKey}`;

export class InMemoryConversationMemory implements ConversationMemory {
  private readonly subjects = new Map<string, { question: Question; expiresAt: number }>();

  recall(key: ConversationKey, now: Date): Promise<Question | null> {
    const found = this.subjects.get(keyOf(key));
    if (!found || found.expiresAt <= now.getTime()) return Promise.resolve(null);
    return Promise.resolve(Question.parse(found.question));
  }

  remember(key: ConversationKey, question: Question, now: Date): Promise<void> {
    this.subjects.set(keyOf(key), { question, expiresAt: now.getTime() + SUBJECT_TTL_MS });
    return Promise.resolve();
  }
}

export class InMemoryUnansweredLog implements UnansweredLog {
  private readonly entries = new Map<string, UnansweredQuestion[]>();

  record(tenantId: string | null, text: string, now: Date): Promise<void> {
    const key = tenantId ?? '-';
    const cutoff = now.getTime() - UNANSWERED_RETENTION_DAYS * 86_400_000;
    const kept = (this.entries.get(key) ?? []).filter((e) => Date.parse(e.at) > cutoff);
    kept.push({ text: text.slice(0, UNANSWERED_MAX_LENGTH), at: now.toISOString() });
    this.entries.set(key, kept.slice(-UNANSWERED_PER_DAY * UNANSWERED_RETENTION_DAYS));
    return Promise.resolve();
  }

  since(tenantId: string | null, from: Date, now: Date): Promise<UnansweredQuestion[]> {
    const oldest = Math.max(from.getTime(), now.getTime() - UNANSWERED_RETENTION_DAYS * 86_400_000);
    return Promise.resolve(
      (this.entries.get(tenantId ?? '-') ?? []).filter((e) => Date.parse(e.at) > oldest - 1),
    );
  }
}
