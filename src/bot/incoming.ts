import { z } from 'zod';
import type { ConversationFacts } from '../shared/request';

/**
 * The parts of a Bot Framework activity Board Clerk reads, parsed with zod: an activity is input from
 * outside, so anything missing or malformed is refused with a clear reason instead of crashing a turn.
 */
export const IncomingActivity = z.object({
  type: z.string().min(1),
  id: z.string().optional(),
  serviceUrl: z.string().optional(),
  text: z.string().optional(),
  value: z.unknown().optional(),
  name: z.string().optional(),
  from: z.object({
    id: z.string().min(1),
    aadObjectId: z.string().optional(),
    name: z.string().optional(),
  }),
  recipient: z.object({ id: z.string().min(1), name: z.string().optional() }),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  channelData: z
    .object({
      tenant: z.object({ id: z.string() }).optional(),
      team: z.object({ id: z.string(), name: z.string().optional() }).optional(),
      channel: z.object({ id: z.string(), name: z.string().optional() }).optional(),
      eventType: z.string().optional(),
    })
    .passthrough()
    .optional(),
});
export type IncomingActivity = z.infer<typeof IncomingActivity>;

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

export function conversationKind(activity: IncomingActivity): ConversationKind {
  const type = activity.conversation.conversationType;
  if (type === 'channel' || activity.channelData?.channel) return 'channel';
  if (type === 'groupChat' || activity.conversation.isGroup) return 'groupChat';
  return 'personal';
}

export function tenantOf(activity: IncomingActivity): string | null {
  return activity.channelData?.tenant?.id ?? activity.conversation.tenantId ?? null;
}

/** Teams object ids are GUIDs; anything else (emulators, other channels) is not an identity we can link. */
export function aadObjectIdOf(activity: IncomingActivity): string | null {
  const id = activity.from.aadObjectId;
  return id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ? id.toLowerCase()
    : null;
}

/** What an activity says about where it came from, for installation tracking; null without a tenant. */
export function conversationFactsOf(
  activity: IncomingActivity & { serviceUrl?: string },
): ConversationFacts | null {
  const tenantId = tenantOf(activity);
  if (!tenantId || !activity.serviceUrl) return null;
  const kind = conversationKind(activity);
  const team = activity.channelData?.team;
  return {
    tenantId: tenantId.toLowerCase(),
    scope: kind === 'channel' ? 'team' : kind,
    // A channel message's conversation id names the thread (";messageid=…"); the channel is before it.
    conversationId: activity.conversation.id.split(';')[0]!,
    serviceUrl: activity.serviceUrl,
    botId: activity.recipient.id,
    teamId: team?.id,
    teamName: team?.name,
    userAadObjectId: kind === 'personal' ? (aadObjectIdOf(activity) ?? undefined) : undefined,
  };
}
