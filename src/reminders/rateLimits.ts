import { RateLimiterMemory, RateLimiterQueue } from 'rate-limiter-flexible';

/**
 * Teams limits for proactive messages, enforced before every send (rate-limiter-flexible queues: a
 * caller waits for a token instead of being refused). Per conversation: 7 per second, 60 per 30 seconds,
 * 1800 per hour; per app across the tenant: a budget kept under the 30 per second Teams allows.
 */
export interface RateBudget {
  perConversation: { points: number; seconds: number }[];
  perApp: { points: number; seconds: number };
}

export const TEAMS_LIMITS: RateBudget = {
  perConversation: [
    { points: 7, seconds: 1 },
    { points: 60, seconds: 30 },
    { points: 1800, seconds: 3600 },
  ],
  perApp: { points: 25, seconds: 1 },
};

export class RateLimits {
  private readonly conversationQueues: RateLimiterQueue[];
  private readonly appSpacingMs: number;
  private nextAppSlot = 0;

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

  /** Waits until one more message to this conversation keeps within every limit. */
  async acquire(conversationKey: string): Promise<void> {
    for (const queue of this.conversationQueues) await queue.removeTokens(1, conversationKey);
    const now = this.now();
    const slot = Math.max(now, this.nextAppSlot);
    this.nextAppSlot = slot + this.appSpacingMs;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
