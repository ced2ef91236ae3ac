import {
  type CloudAdapter,
  type ConversationReference,
  CardFactory,
  MessageFactory,
  type TurnContext,
} from 'botbuilder';
import type { Destination, MessageSender } from '../reminders/sender';
import { classifyStatus, retryAfterMs, SendError } from '../reminders/sender';
import type { View } from '../../cards';
import { boundsFor, boundTurn } from './outbound';
import { draw } from './outbox';

/**
 * Posts proactive messages through the Bot Framework (the delivery engine's sender). Errors are
 * classified from the Bot Connector's HTTP status; a request that does not answer in time is treated as
 * a transient failure. The delivery engine owns retries: the SDK's own (429s and 5xx, out of sight and
 * beyond our timeout, so a late retry could deliver twice) are off, and each call is aborted (its socket
 * closed) when its time is up.
 */
export class TeamsSender implements MessageSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly timeoutMs = 15_000,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private reference(destination: Destination): Partial<ConversationReference> {
    const c = destination.conversation;
    const conversationId = destination.channelId ?? c.conversationId;
    return {
      channelId: 'msteams',
      serviceUrl: c.serviceUrl,
      bot: { id: c.botId, name: 'Board Clerk' },
      conversation: {
        id: conversationId,
        isGroup: c.scope !== 'personal',
        conversationType: c.scope === 'team' ? 'channel' : c.scope,
        tenantId: c.tenantId,
        name: '',
      },
    };
  }

  /** Drawn through the outbox for whoever reads this destination. */
  private activity(destination: Destination, message: View) {
    const built = draw(message, {
      shared: destination.conversation.scope !== 'personal' || !!destination.channelId,
      boardMember: destination.boardMember,
    });
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(built.card));
    activity.summary = built.summary;
    return activity;
  }

  private async withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new SendError('transient', `no answer from Teams within ${this.timeoutMs / 1000}s`),
          ),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private classify(e: unknown): SendError {
    if (e instanceof SendError) return e;
    const err = e as {
      statusCode?: number;
      response?: { status?: number; headers?: { get?(name: string): string | undefined } };
    };
    const status = err.statusCode ?? err.response?.status;
    const header = err.response?.headers?.get?.('retry-after');
    return new SendError(
      classifyStatus(status),
      `Teams answered ${status ?? 'with an error'}: ${(e as Error).message}`,
      status,
      retryAfterMs(header, this.clock()),
    );
  }

  /** A proactive turn in the destination's conversation, its connector calls bounded. */
  private bounded(destination: Destination, work: (context: TurnContext) => Promise<void>) {
    const reference = this.reference(destination);
    const bounds = boundsFor(
      { perCallMs: this.timeoutMs, deadline: Infinity, retries: 0 },
      reference.serviceUrl,
    );
    return this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      boundTurn(context, bounds);
      await work(context);
    });
  }

  async send(destination: Destination, message: View): Promise<{ activityId: string }> {
    let activityId: string | undefined;
    try {
      await this.withTimeout(
        this.bounded(destination, async (context) => {
          activityId = (await context.sendActivity(this.activity(destination, message)))?.id;
        }),
      );
    } catch (e) {
      throw this.classify(e);
    }
    if (!activityId) throw new SendError('transient', 'Teams did not return a message id');
    return { activityId };
  }

  async update(destination: Destination, activityId: string, message: View): Promise<void> {
    try {
      await this.withTimeout(
        this.bounded(destination, async (context) => {
          await context.updateActivity({ ...this.activity(destination, message), id: activityId });
        }),
      );
    } catch (e) {
      throw this.classify(e);
    }
  }
}
