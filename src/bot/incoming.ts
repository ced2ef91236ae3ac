import { z } from 'zod';
import type { ConversationFacts } from '../shared/request';

/** A Bot Framework service URL: where replies to this activity go. */
const ServiceUrl = z.string().refine((v) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}, 'expected an http(s) URL');

/**
 * A date-time as the Bot Framework sends it (ISO 8601, any precision, with or without an offset); the
 * SDK turns it into a Date before the bot reads the activity.
 */
const Timestamp = z.union([
  z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'expected a date-time'),
  z.date(),
]);

const Account = z.object({
  id: z.string().min(1),
  aadObjectId: z.string().optional(),
  name: z.string().optional(),
});

/**
 * An entity (mention, client info, …). The SDK reads `type` of every entity, and `mentioned.id` and
 * `text` of mentions when it removes the bot's @mention from a message.
 */
const Entity = z
  .looseObject({
    type: z.string(),
    mentioned: z.looseObject({ id: z.string() }).optional(),
    text: z.string().optional(),
  })
  .refine(
    (e) => e.type.toLowerCase() !== 'mention' || (e.mentioned && typeof e.text === 'string'),
    'a mention needs mentioned.id and text',
  );

/** The value of an Action.Execute press (`invoke` named `adaptiveCard/action`). */
export const AdaptiveCardActionValue = z.looseObject({
  action: z.looseObject({
    type: z.string(),
    verb: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
  trigger: z.string().optional(),
});

/** A file sent to the bot in a personal chat: where Teams put it (`file.download.info`). */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
export const FileDownloadInfo = z.object({
  contentType: z.literal(FILE_DOWNLOAD_INFO),
  name: z.string().min(1).max(255),
  content: z.looseObject({
    downloadUrl: z.string().min(1).max(4_000),
    fileType: z.string().max(20).default(''),
  }),
});

/** The answer to a file consent card (`invoke` named `fileConsent/invoke`). */
export const FileConsentValue = z.looseObject({
  type: z.literal('fileUpload').optional(),
  action: z.enum(['accept', 'decline']),
  context: z.record(z.string(), z.unknown()).optional(),
  uploadInfo: z
    .looseObject({
      contentUrl: z.string().max(4_000).default(''),
      name: z.string().max(255).default(''),
      uploadUrl: z.string().max(4_000).optional(),
      uniqueId: z.string().max(200).default(''),
      fileType: z.string().max(20).default(''),
    })
    .optional(),
});

/**
 * The value of a search from the compose box (`invoke` named `composeExtension/query`): the command
 * (the manifest's `action`, `risk` or `minute`), its parameters (`searchQuery` as typed; `initialRun`
 * "true" when the extension opens), and which results Teams asks for.
 */
export const ComposeExtensionQueryValue = z.looseObject({
  commandId: z.string().min(1).max(64),
  parameters: z
    .array(z.looseObject({ name: z.string().max(64), value: z.string().max(500).optional() }))
    .max(10)
    .default([]),
  queryOptions: z
    .looseObject({
      skip: z.number().int().min(0).max(1000).optional(),
      count: z.number().int().min(1).max(100).optional(),
    })
    .optional(),
});
export type ComposeExtensionQueryValue = z.infer<typeof ComposeExtensionQueryValue>;

/** Invoke values read by Board Clerk, by invoke name: each checked before a turn reads it. */
const INVOKE_VALUES: Record<string, z.ZodType> = {
  'adaptiveCard/action': AdaptiveCardActionValue,
  'composeExtension/query': ComposeExtensionQueryValue,
};

/**
 * The parts of a Bot Framework activity Board Clerk and the SDK read, parsed with zod: an activity is
 * input from outside, so anything missing or malformed is refused with a clear reason (HTTP 400 at the
 * edge) instead of crashing a turn. Fields nobody reads are left alone.
 */
export const IncomingActivity = z
  .object({
    type: z.string().min(1),
    id: z.string().optional(),
    channelId: z.string().optional(),
    serviceUrl: ServiceUrl.optional(),
    deliveryMode: z.string().optional(),
    timestamp: Timestamp.optional(),
    localTimestamp: Timestamp.optional(),
    text: z.string().optional(),
    value: z.unknown().optional(),
    name: z.string().optional(),
    /** installationUpdate: "add" or "remove". */
    action: z.string().optional(),
    replyToId: z.string().optional(),
    from: Account,
    recipient: z.object({ id: z.string().min(1), name: z.string().optional() }),
    conversation: z.object({
      id: z.string().min(1),
      conversationType: z.string().optional(),
      tenantId: z.string().optional(),
      isGroup: z.boolean().optional(),
    }),
    membersAdded: z.array(Account).optional(),
    membersRemoved: z.array(Account).optional(),
    entities: z.array(Entity).optional(),
    attachments: z
      .array(
        z.looseObject({
          contentType: z.string(),
          name: z.string().optional(),
          content: z.unknown().optional(),
        }),
      )
      .optional(),
    channelData: z
      .looseObject({
        tenant: z.object({ id: z.string() }).optional(),
        team: z.object({ id: z.string(), name: z.string().optional() }).optional(),
        channel: z.object({ id: z.string(), name: z.string().optional() }).optional(),
        eventType: z.string().optional(),
      })
      .optional(),
  })
  .superRefine((a, ctx) => {
    const invokeValue = a.type === 'invoke' && a.name ? INVOKE_VALUES[a.name] : undefined;
    if (invokeValue) {
      const value = invokeValue.safeParse(a.value);
      for (const issue of value.success ? [] : value.error.issues)
        ctx.addIssue({ code: 'custom', path: ['value', ...issue.path], message: issue.message });
    }
    if (a.type === 'invoke' && a.name === 'fileConsent/invoke') {
      const value = FileConsentValue.safeParse(a.value);
      for (const issue of value.success ? [] : value.error.issues)
        ctx.addIssue({ code: 'custom', path: ['value', ...issue.path], message: issue.message });
    }
    // Removing the bot's @mention edits the text: a message that mentions the bot must have some.
    const mentionsBot = a.entities?.some(
      (e) => e.type.toLowerCase() === 'mention' && e.mentioned?.id === a.recipient.id,
    );
    if (mentionsBot && a.text === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'a message with a mention needs text',
      });
  });
export type IncomingActivity = z.infer<typeof IncomingActivity>;

export type ActivityReading =
  { ok: true; activity: IncomingActivity } | { ok: false; problems: string[] };

/**
 * Activities the HTTP edge has already read, by the object it hands the SDK: the bot's turn finds its
 * reading here rather than parsing the same activity again (`TeamsBot` parses any other).
 */
export const readActivities = new WeakMap<object, IncomingActivity>();

/** Parses a request body as an activity; on failure, the first few problems, each "path: message". */
export function readActivity(body: unknown): ActivityReading {
  const parsed = IncomingActivity.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`),
  };
}

/**
 * Teams names the tenant twice (channelData.tenant.id and conversation.tenantId). When both are present
 * and differ, the activity cannot say whose it is, so it is refused rather than guessed.
 */
export function tenantsDisagree(activity: IncomingActivity): boolean {
  const fromChannelData = activity.channelData?.tenant?.id;
  const fromConversation = activity.conversation.tenantId;
  return (
    fromChannelData !== undefined &&
    fromConversation !== undefined &&
    fromChannelData.toLowerCase() !== fromConversation.toLowerCase()
  );
}

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
