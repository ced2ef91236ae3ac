import { RateLimiterMemory, RateLimiterQueue } from 'rate-limiter-flexible';

/**
 * Teams limits for proactive messages, enforced before every send (rate-limiter-flexible queues: a
 * caller waits for a token instead of being refused). Microsoft documents them in "Rate limiting for
 * agents" (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit): per bot per thread
 * (conversation), 7 sends a second, 8 in 2 seconds, 60 in 30 seconds and 1,800 an hour; per app per
 * tenant, 50 requests a second. The app budget keeps some of that in hand (`headroomPercent`): the
 * service splits some messages into several requests, and other work of the app (the delivery report,
 * another instance) counts against the same limit.
 */
export interface RateBudget {
  perConversation: { points: number; seconds: number }[];
  /** Per tenant: every conversation of one tenant shares it. */
  perApp: { points: number; seconds: number };
}

/** The documented per-app-per-tenant limit, requests per second. */
export const TEAMS_APP_LIMIT_PER_SECOND = 50;

/** The share of the app limit kept in hand by default. */
export const DEFAULT_HEADROOM_PERCENT = 20;

/** Teams' limits, with the app budget `headroomPercent` under the documented limit. */
export function teamsLimits(headroomPercent = DEFAULT_HEADROOM_PERCENT): RateBudget {
  return {
    perConversation: [
      { points: 7, seconds: 1 },
      { points: 8, seconds: 2 },
      { points: 60, seconds: 30 },
      { points: 1800, seconds: 3600 },
    ],
    perApp: {
      points: Math.max(1, Math.floor((TEAMS_APP_LIMIT_PER_SECOND * (100 - headroomPercent)) / 100)),
      seconds: 1,
    },
  };
}

export const TEAMS_LIMITS: RateBudget = teamsLimits();

export class RateLimits {
  private readonly conversationQueues: RateLimiterQueue[];
  private readonly appSpacingMs: number;
  private readonly nextAppSlot = new Map<string, number>();

  constructor(
    readonly budget: RateBudget = TEAMS_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.conversationQueues = budget.perConversation.map(
      (w) => new RateLimiterQueue(new RateLimiterMemory({ points: w.points, duration: w.seconds })),
    );
    // The app budget is paced evenly rather than counted in fixed windows: fixed one-second windows let
    // up to twice the budget through in a rolling second (the end of one window and the start of the
    // next), which is how Teams counts. Evenly spaced sends never exceed the budget in any second.
    this.appSpacingMs = (budget.perApp.seconds * 1000) / budget.perApp.points;
  }

  /** Waits until one more message to this conversation (of this tenant) keeps within every limit. */
  async acquire(conversationKey: string, tenantId: string): Promise<void> {
    for (const queue of this.conversationQueues) await queue.removeTokens(1, conversationKey);
    const now = this.now();
    const slot = Math.max(now, this.nextAppSlot.get(tenantId) ?? 0);
    this.nextAppSlot.set(tenantId, slot + this.appSpacingMs);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
