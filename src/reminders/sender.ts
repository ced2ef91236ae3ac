import type { ConversationRecord } from '../domain/delivery';
import type { OutgoingView } from './views';

/**
 * How the delivery engine posts: a plain interface, implemented at the Bot Framework edge
 * (`bot/teamsSender.ts`), so the engine itself knows nothing of the SDK.
 */

/** Where to post: an installed conversation, or one channel of an installed team. */
export interface Destination {
  conversation: ConversationRecord;
  channelId?: string;
  /** The reader is a person of the board's directory (a personal chat with a board member). */
  boardMember: boolean;
}

export type SendFailure =
  /** 429: wait for Retry-After. */
  | 'throttled'
  /** 5xx, timeouts, network errors: retry with backoff. */
  | 'transient'
  /** 403 (blocked, app removed) or 404 (conversation gone): never retried. */
  | 'permanent';

export class SendError extends Error {
  constructor(
    readonly failure: SendFailure,
    message: string,
    readonly status?: number,
    /** From Retry-After, for 'throttled'. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

export interface MessageSender {
  /**
   * Posts a view as a new message; resolves with its activity id. Rejects with SendError. The sender
   * draws it for its destination (leaving private business out of shared conversations).
   */
  send(destination: Destination, message: OutgoingView): Promise<{ activityId: string }>;
  /** Replaces a message the bot posted (the delivery report, updated in place). */
  update(destination: Destination, activityId: string, message: OutgoingView): Promise<void>;
}

/** Classifies an HTTP status from the Bot Connector. */
export function classifyStatus(status: number | undefined): SendFailure {
  if (status === 429) return 'throttled';
  if (status === 403 || status === 404) return 'permanent';
  return 'transient';
}

/** Reads a Retry-After header (seconds or an HTTP date) into milliseconds. */
export function retryAfterMs(header: string | null | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
