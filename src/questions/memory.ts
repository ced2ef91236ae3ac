import { z } from 'zod';
import type { Question } from './question';
import { parseQuestion } from './rules';

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

/**
 * A conversation's subjects: its last question with a subject, and the few before it, newest first,
 * so "any difference between them?" can mean the last two risks and "go back to the first list" the
 * list asked before.
 */
export interface Subjects {
  last: Question;
  earlier: readonly Question[];
}

/** How many subjects before the last are kept. */
export const EARLIER_KEPT = 6;

export interface ConversationMemory {
  /** The conversation's subjects, unless they have expired. */
  recall(key: ConversationKey, now: Date): Promise<Subjects | null>;
  /** Remembers a conversation's subjects, for `SUBJECT_TTL_MS`. */
  remember(key: ConversationKey, subjects: Subjects, now: Date): Promise<void>;
}

/** A question as JSON, worked out once per object (subjects held are frozen and handed out again). */
const asJson = new WeakMap<object, string>();
function jsonOf(question: Question): string {
  let json = asJson.get(question);
  if (json === undefined) asJson.set(question, (json = JSON.stringify(question)));
  return json;
}

/**
 * The subjects once a question is answered: it is the last, and the last before it the first earlier.
 * The same subject again is the subjects held, unchanged (the very object, so it is not stored again).
 */
export function nextSubjects(held: Subjects | null, question: Question): Subjects {
  if (!held) return { last: question, earlier: [] };
  const asked = jsonOf(question);
  if (jsonOf(held.last) === asked) return held;
  return {
    last: question,
    earlier: [held.last, ...held.earlier.filter((q) => jsonOf(q) !== asked)].slice(0, EARLIER_KEPT),
  };
}

const StoredSubjects = z.object({
  last: z.unknown(),
  earlier: z.array(z.unknown()).max(20).default([]),
});

/**
 * Subjects read back from the store. One stored before earlier subjects were kept is a question on
 * its own; an earlier subject no longer accepted (a kind since changed) is dropped, not the rest.
 */
export function parseSubjects(value: unknown): Subjects | null {
  const alone = parseQuestion(value);
  if (alone) return { last: alone, earlier: [] };
  const stored = StoredSubjects.safeParse(value);
  const last = stored.success ? parseQuestion(stored.data.last) : null;
  if (!stored.success || !last) return null;
  const earlier = stored.data.earlier
    .slice(0, EARLIER_KEPT)
    .map(parseQuestion)
    .filter((q): q is Question => q !== null);
  return { last, earlier };
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
  parse: parseSubjects,
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
  private readonly subjects = new Map<string, { subjects: Subjects; expiresAt: number }>();

  recall(key: ConversationKey, now: Date): Promise<Subjects | null> {
    const found = this.subjects.get(keyOf(key));
    if (!found || found.expiresAt <= now.getTime()) return Promise.resolve(null);
    return Promise.resolve(parseSubjects(found.subjects));
  }

  remember(key: ConversationKey, subjects: Subjects, now: Date): Promise<void> {
    this.subjects.set(keyOf(key), { subjects, expiresAt: now.getTime() + SUBJECT_TTL_MS });
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
