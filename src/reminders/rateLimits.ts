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
  private readonly appQueue: RateLimiterQueue;

  constructor(readonly budget: RateBudget = TEAMS_LIMITS) {
    this.conversationQueues = budget.perConversation.map(
      (w) => new RateLimiterQueue(new RateLimiterMemory({ points: w.points, duration: w.seconds })),
    );
    this.appQueue = new RateLimiterQueue(
      new RateLimiterMemory({ points: budget.perApp.points, duration: budget.perApp.seconds }),
    );
  }

  /** Waits until one more message may go to this conversation. */
  async acquire(conversationKey: string): Promise<void> {
    for (const queue of this.conversationQueues) await queue.removeTokens(1, conversationKey);
    await this.appQueue.removeTokens(1);
  }
}
