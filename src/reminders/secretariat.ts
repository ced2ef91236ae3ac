import type { BroadcastTarget } from '../domain/delivery';
import type { Logger } from '../log';
import type { BroadcastService } from './broadcastService';

/**
 * The secretariat channel (SECRETARIAT_CHANNEL_ID): where closure proposals and the weekly overdue
 * summary go, when it is a channel of an installed team. Null sends them to the secretaries' chats.
 */
export function secretariatChannel(
  channelId: string | null,
  broadcasts: BroadcastService,
  log: Logger,
): () => Promise<BroadcastTarget | null> {
  return async () => {
    if (!channelId) return null;
    const found = (await broadcasts.targetOptions()).find((o) => o.target.channelId === channelId);
    if (!found)
      log.warn({ channelId }, 'SECRETARIAT_CHANNEL_ID is not a channel of an installed team');
    return found?.target ?? null;
  };
}
