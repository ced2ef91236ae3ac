import { TurnContext } from 'botbuilder';
import type { Person, Role } from '../domain';
import { escapeRegExp } from '../questions/text';
import { requesterFor } from '../shared/directory';
import type { Place, Request, RequestInput } from '../shared/request';
import {
  FileConsentValue,
  FileDownloadInfo,
  aadObjectIdOf,
  ComposeExtensionQueryValue,
  conversationFactsOf,
  conversationKind,
  type IncomingActivity,
  tenantOf,
} from './incoming';

/**
 * The one place an activity becomes a `Request`: who (resolved once against the directory), where, what
 * was sent, and when. Only here are mentions stripped and Action.Submit fallbacks recognised.
 */

/**
 * Where a card chosen in the compose box sits in a message, as Teams writes it: a span of class
 * "inline-compose-card" around an empty one naming the card.
 */
const COMPOSED_CARD = /<span class="inline-compose-card"[^>]*>[\s\S]*?<\/span>\s*<\/span>/gi;

/** The text of a message without the bot's @mention (channels and group chats) or leftover markup. */
export function messageText(context: TurnContext, activity: IncomingActivity): string {
  const withoutMention =
    TurnContext.removeRecipientMention(context.activity) ?? activity.text ?? '';
  const botName = activity.recipient?.name?.trim();
  return withoutMention
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(COMPOSED_CARD, ' ')
    .trim()
    .replace(typedMention(botName), '')
    .trim();
}

/**
 * "@Board Clerk" typed as plain text at the start (pasted, or typed where Teams made no mention of
 * it): the bot's name, not part of the question.
 */
function typedMention(name: string | undefined): RegExp {
  const names = ['Board Clerk', ...(name ? [name] : [])].map(escapeRegExp);
  return new RegExp(`^@\\s*(${names.join('|')})\\b[\\s,:;-]*`, 'i');
}

/** A card shared from the compose box with nothing typed: not a question (there is nothing to answer). */
function sharesCardOnly(activity: IncomingActivity, text: string): boolean {
  return !text && new RegExp(COMPOSED_CARD.source, 'i').test(activity.text ?? '');
}

/** A card button, from an Action.Execute invoke or an Action.Submit fallback (a message with a value). */
function pressed(
  value: unknown,
  verb?: string,
): { verb: string; data: Record<string, unknown> } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const data = value as Record<string, unknown>;
  const name = verb ?? data.verb;
  return typeof name === 'string' && name ? { verb: name, data } : null;
}

/** Teams asks for 25 results at a time. */
const RESULTS_ASKED = 25;

/** A search from the compose box: the command, what is typed (nothing when it opens), which results. */
function searchOf(value: unknown): RequestInput | null {
  const parsed = ComposeExtensionQueryValue.safeParse(value);
  if (!parsed.success) return null;
  const { commandId, parameters, queryOptions } = parsed.data;
  const initialRun = parameters.some((p) => p.name === 'initialRun' && p.value === 'true');
  const typed = parameters.find((p) => p.name === 'searchQuery') ?? parameters[0];
  return {
    kind: 'search',
    command: commandId,
    query: initialRun ? '' : (typed?.value ?? '').trim(),
    initialRun,
    skip: queryOptions?.skip ?? 0,
    count: queryOptions?.count ?? RESULTS_ASKED,
  };
}

export function inputOf(context: TurnContext, activity: IncomingActivity): RequestInput | null {
  if (activity.type === 'invoke' && activity.name === 'composeExtension/query')
    return searchOf(activity.value);
  if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
    const action = (activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)
      ?.action;
    const button = pressed(action?.data ?? {}, typeof action?.verb === 'string' ? action.verb : '');
    return button ? { kind: 'button', ...button, via: 'execute' } : null;
  }
  if (activity.type === 'invoke' && activity.name === 'fileConsent/invoke') {
    const value = FileConsentValue.parse(activity.value);
    const info = value.uploadInfo;
    return {
      kind: 'fileConsent',
      action: value.action,
      context: value.context ?? {},
      upload:
        value.action === 'accept' && info?.uploadUrl
          ? {
              uploadUrl: info.uploadUrl,
              contentUrl: info.contentUrl,
              name: info.name,
              uniqueId: info.uniqueId,
              fileType: info.fileType,
            }
          : null,
    };
  }
  if (activity.type === 'message') {
    const button = activity.value !== undefined ? pressed(activity.value) : null;
    if (button) return { kind: 'button', ...button, via: 'submit' };
    // A file sent in a personal chat: only the first one is read (Teams sends one per message).
    for (const attachment of activity.attachments ?? []) {
      const file = FileDownloadInfo.safeParse(attachment);
      if (file.success)
        return {
          kind: 'file',
          name: file.data.name,
          downloadUrl: file.data.content.downloadUrl,
          fileType: file.data.content.fileType,
        };
    }
    const text = messageText(context, activity);
    return sharesCardOnly(activity, text) ? null : { kind: 'text', text };
  }
  return null;
}

export function placeOf(activity: IncomingActivity, organisationId: string | null): Place {
  const kind = conversationKind(activity);
  const conversationId = activity.conversation.id;
  return {
    kind,
    tenantId: tenantOf(activity)?.toLowerCase() ?? null,
    conversationId,
    // In a channel each thread is its own conversation ("…;messageid=…"): follow-ups stay in it.
    threadKey: conversationId,
    organisationId,
    conversation: conversationFactsOf(activity),
  };
}

export function requestOf(
  activity: IncomingActivity,
  input: RequestInput,
  directory: { people: readonly Person[]; roles: readonly Role[] },
  organisationId: string | null,
  now: Date,
): Request {
  return {
    id: activity.id ?? null,
    who: requesterFor(
      {
        teamsUserId: activity.from.id,
        aadObjectId: aadObjectIdOf(activity),
        displayName: activity.from.name ?? null,
      },
      directory,
    ),
    where: placeOf(activity, organisationId),
    input,
    now,
  };
}
