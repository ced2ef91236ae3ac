import { z } from 'zod';
import { Actor } from './action';
import { Id, UtcTimestamp } from './common';

/**
 * Where Board Clerk can post, and what it has been asked to post. Conversation references are kept in
 * the store (not memory) so they survive restarts and redeploys; broadcasts and their per-target
 * deliveries are kept there too, so a restart resumes without duplicates or gaps.
 */

export const ChannelRef = z.object({ id: z.string().min(1), name: z.string() });
export type ChannelRef = z.infer<typeof ChannelRef>;

/** A conversation the app is installed in: a personal chat, a group chat, or a team (with its channels). */
export const ConversationRecord = z.object({
  id: Id,
  kind: z.literal('conversation'),
  tenantId: z.string().min(1),
  scope: z.enum(['personal', 'groupChat', 'team']),
  /** The Bot Framework conversation id (for a team: its General channel). */
  conversationId: z.string().min(1),
  serviceUrl: z.url(),
  botId: z.string().min(1),
  teamId: z.string().optional(),
  teamName: z.string().optional(),
  channels: z.array(ChannelRef).default([]),
  /** For a personal chat: whose it is. */
  userAadObjectId: z.string().optional(),
  title: z.string().optional(),
  status: z.enum(['installed', 'removed', 'unreachable']),
  /** Why Teams refused the last delivery (blocked, removed, conversation gone). */
  unreachableReason: z.string().optional(),
  /** The organisation this conversation is bound to, if any. */
  organisationId: Id.optional(),
  installedAt: UtcTimestamp,
  updatedAt: UtcTimestamp,
});
export type ConversationRecord = z.infer<typeof ConversationRecord>;

/** One place a broadcast goes: a conversation, or one channel of a team. */
export const BroadcastTarget = z.object({
  /** Stable within a broadcast: the conversation record id, plus the channel id for a channel. */
  key: z.string().min(1).max(300),
  conversationRecordId: Id,
  tenantId: z.string().min(1),
  channelId: z.string().optional(),
  kind: z.enum(['personal', 'groupChat', 'channel']),
  label: z.string().min(1),
  /** For a personal chat: whose it is (action digests are per person). */
  personId: Id.optional(),
});
export type BroadcastTarget = z.infer<typeof BroadcastTarget>;

export const BroadcastType = z.enum([
  'meeting-reminder',
  'paper-deadline',
  'action-digest',
  'overdue-summary',
  /** To the board secretaries: an action proposed for closure, with approve / return. */
  'closure-approval',
  /** To the action's owners: the secretary closed or returned it. */
  'closure-decision',
  /** To each member who attends a meeting: their own pre-meeting brief (one job per meeting). */
  'brief',
]);
export type BroadcastType = z.infer<typeof BroadcastType>;

export const BroadcastJob = z.object({
  id: Id,
  jobId: Id,
  kind: z.literal('broadcast'),
  type: BroadcastType,
  title: z.string().min(1),
  organisationId: Id,
  meetingId: Id.optional(),
  /** For closure notifications: the action concerned. */
  action: z.object({ actionId: Id, organisationId: Id }).optional(),
  createdBy: Actor,
  createdAt: UtcTimestamp,
  /** When to send; the scheduler claims the job from then. */
  dueAt: UtcTimestamp,
  /** Which default reminder this is, for scheduled ones ("one week before"). */
  schedule: z.enum(['now', 'paper-deadline', 'week-before', 'day-before', 'custom']),
  targets: z.array(BroadcastTarget).min(1),
  status: z.enum(['scheduled', 'running', 'completed', 'cancelled']),
  /** Held by the instance sending it; another may take over once it lapses. */
  lease: z
    .object({ owner: z.string().min(1), until: UtcTimestamp })
    .nullable()
    .default(null),
  /** The secretary's chat where the delivery report card lives (updated in place). */
  report: z
    .object({
      conversationRecordId: Id,
      tenantId: z.string().min(1),
      activityId: z.string().optional(),
    })
    .nullable()
    .default(null),
  completedAt: UtcTimestamp.optional(),
});
export type BroadcastJob = z.infer<typeof BroadcastJob>;

/** Where one delivery of a broadcast stands: its send state (not the NHS delivery key of an action). */
export const SendState = z.enum(['pending', 'sending', 'delivered', 'retrying', 'failed']);
export type SendState = z.infer<typeof SendState>;

export const Delivery = z.object({
  id: Id,
  jobId: Id,
  kind: z.literal('delivery'),
  target: BroadcastTarget,
  status: SendState,
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: UtcTimestamp.optional(),
  lastError: z.string().optional(),
  /** Teams refused for good (blocked, removed, gone): not retried. */
  permanent: z.boolean().default(false),
  activityId: z.string().optional(),
  deliveredAt: UtcTimestamp.optional(),
  updatedAt: UtcTimestamp,
});
export type Delivery = z.infer<typeof Delivery>;
