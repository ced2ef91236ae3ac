import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { validateCard } from './validateCard';

/**
 * Drives the real bot endpoint over HTTP the way Teams does, with `deliveryMode: "expectReplies"` so the
 * replies come back in the response body.
 */
export interface ReplyActivity {
  type: string;
  text?: string;
  summary?: string;
  attachments?: { contentType: string; content: unknown }[];
}

export interface BotResponse {
  status: number;
  replies: ReplyActivity[];
  body: unknown;
}

export const BOT_ID = '28:board-clerk-bot';
export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

export async function post(
  url: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<BotResponse> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  const activities = (body as { activities?: ReplyActivity[] } | null)?.activities ?? [];
  return { status: response.status, replies: activities, body };
}

interface From {
  aadObjectId?: string;
  name?: string;
}

function base(conversation: Record<string, unknown>, from: From, tenantId: string) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    timestamp: new Date().toISOString(),
    from: {
      id: `29:${from.aadObjectId ?? 'anonymous'}`,
      name: from.name ?? 'Test User',
      ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
    },
    recipient: { id: BOT_ID, name: 'Board Clerk' },
    conversation: { ...conversation, tenantId },
    channelData: { tenant: { id: tenantId } },
  };
}

export function personalMessage(text: string, from: From = {}, tenantId = TENANT_ID) {
  return {
    ...base(
      { id: `a:personal-${from.aadObjectId ?? 'anon'}`, conversationType: 'personal' },
      from,
      tenantId,
    ),
    type: 'message',
    text,
  };
}

/** A channel message that @mentions the bot, as Teams sends it. */
export function channelMessage(text: string, from: From = {}, tenantId = TENANT_ID) {
  const mention = '<at>Board Clerk</at>';
  const activity = base(
    { id: '19:general@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true },
    from,
    tenantId,
  );
  return {
    ...activity,
    type: 'message',
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: 'Board Clerk' } }],
    channelData: {
      ...activity.channelData,
      team: { id: '19:team@thread.tacv2' },
      channel: { id: '19:general@thread.tacv2' },
    },
  };
}

/** An Action.Execute press, as Teams sends it (`invoke` named `adaptiveCard/action`). */
export function cardAction(
  verb: string,
  data: Record<string, unknown>,
  from: From = {},
  tenantId = TENANT_ID,
) {
  const { deliveryMode: _replies, ...activity } = base(
    { id: `a:personal-${from.aadObjectId ?? 'anon'}`, conversationType: 'personal' },
    from,
    tenantId,
  );
  return {
    ...activity,
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** Where a search from the compose box is typed: the conversation the invoke names. */
const COMPOSE_CONVERSATIONS = {
  personal: { id: 'a:personal-compose', conversationType: 'personal' },
  groupChat: { id: '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true },
  channel: { id: '19:general@thread.tacv2', conversationType: 'channel', isGroup: true },
  /** Teams' own example of the invoke names the conversation only by its id. */
  unnamed: { id: '19:skypespaces_1@thread.skype' },
} as const;

/**
 * A search from the compose box as Teams sends it while a person types (`invoke` named
 * `composeExtension/query`); with no query, the `initialRun` Teams sends when the command opens.
 */
export function composeQuery(
  command: string,
  query: string,
  from: From = {},
  where: keyof typeof COMPOSE_CONVERSATIONS = 'groupChat',
  page: { skip: number; count: number } = { skip: 0, count: 25 },
  tenantId = TENANT_ID,
) {
  const { deliveryMode: _replies, ...activity } = base(
    { ...COMPOSE_CONVERSATIONS[where] },
    from,
    tenantId,
  );
  return {
    ...activity,
    type: 'invoke',
    name: 'composeExtension/query',
    value: {
      commandId: command,
      parameters: [
        query ? { name: 'searchQuery', value: query } : { name: 'initialRun', value: 'true' },
      ],
      queryOptions: page,
    },
    ...(where === 'channel'
      ? {
          channelData: {
            ...activity.channelData,
            team: { id: '19:team@thread.tacv2' },
            channel: { id: '19:general@thread.tacv2' },
          },
        }
      : {}),
  };
}

export interface ComposeResult {
  /** The Adaptive Card inserted when the result is chosen. */
  card: unknown;
  /** The thumbnail card the results list shows. */
  preview: { title: string; subtitle?: string; text?: string };
}

/** What a search from the compose box answered: its results, or the message it shows instead. */
export function composeResults(response: BotResponse): {
  type: string;
  results: ComposeResult[];
  text: string | null;
} {
  const body = response.body as {
    composeExtension?: {
      type: string;
      attachmentLayout?: string;
      text?: string;
      attachments?: {
        contentType: string;
        content: unknown;
        preview: { contentType: string; content: ComposeResult['preview'] };
      }[];
    };
  } | null;
  const extension = body?.composeExtension;
  assert.ok(extension, `a compose extension response: ${JSON.stringify(response.body)}`);
  const results = (extension.attachments ?? []).map((a) => {
    assert.equal(a.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(a.preview.contentType, 'application/vnd.microsoft.card.thumbnail');
    return { card: a.content, preview: a.preview.content };
  });
  if (extension.type === 'result') assert.equal(extension.attachmentLayout, 'list');
  return { type: extension.type, results, text: extension.text ?? null };
}

/** The card an invoke returned (`application/vnd.microsoft.card.adaptive`), or null. */
export function invokeCard(response: BotResponse): unknown {
  const body = response.body as { statusCode?: number; type?: string; value?: unknown } | null;
  return body?.type === 'application/vnd.microsoft.card.adaptive' ? body.value : null;
}

/** Every string a card shows (text, facts, cells, button titles), joined: what a user reads. */
export function visibleText(node: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown, key?: string): void => {
    if (typeof n === 'string') {
      if (
        key &&
        ['text', 'title', 'value', 'altText', 'placeholder', 'label', 'fallbackText'].includes(key)
      )
        out.push(n);
      return;
    }
    if (Array.isArray(n)) n.forEach((x) => walk(x, key));
    else if (n && typeof n === 'object')
      for (const [k, v] of Object.entries(n)) if (k !== 'data' && k !== 'speak') walk(v, k);
  };
  walk(node);
  // (A no-break space reads as a space: cards use one to keep "1. Digital" from becoming a list.)
  return out.join('\n').replace(/\u00a0/g, ' ');
}

/** The message replies (typing indicators removed) with their card text. */
export function messages(
  response: BotResponse,
): { summary: string; text: string; card: unknown }[] {
  return response.replies
    .filter((a) => a.type === 'message')
    .map((a) => {
      const card =
        a.attachments?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')
          ?.content ?? null;
      return {
        summary: a.summary ?? '',
        text: `${a.text ?? ''}\n${card ? visibleText(card) : ''}`,
        card,
      };
    });
}

type Json = Record<string, unknown>;

function walkObjects(node: unknown, visit: (o: Json) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walkObjects(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Json);
    for (const v of Object.values(node)) walkObjects(v, visit);
  }
}

/** The Action.Execute button with this title: its verb and data, as the client would send them. */
export function button(card: unknown, title: string): { verb: string; data: Json } {
  let found: { verb: string; data: Json } | null = null;
  walkObjects(card, (o) => {
    if (!found && o.type === 'Action.Execute' && o.title === title)
      found = { verb: String(o.verb), data: (o.data ?? {}) as Json };
  });
  if (!found) throw new Error(`no "${title}" button on the card:\n${visibleText(card)}`);
  return found;
}

/** The card's input with this id (its current value and settings), or null. */
export function input(card: unknown, id: string): Json | null {
  let found: Json | null = null;
  walkObjects(card, (o) => {
    if (!found && typeof o.type === 'string' && o.type.startsWith('Input.') && o.id === id)
      found = o;
  });
  return found;
}

/** Every input's value as the card draws it, as a client sends them when nothing more is typed. */
export function drawnValues(card: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  walkObjects(card, (o) => {
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
      values[o.id] =
        typeof o.value === 'string' || typeof o.value === 'number' ? String(o.value) : '';
  });
  return values;
}

/** Presses a button as its user, with values typed into the card's inputs (merged into data as Teams does). */
export function press(
  card: unknown,
  title: string,
  inputs: Record<string, string> = {},
  from: From = {},
) {
  const b = button(card, title);
  return cardAction(b.verb, { ...b.data, ...inputs }, from);
}

export interface TeamRef {
  teamId: string;
  teamName: string;
}

/** The conversationUpdate Teams sends when the app is added to (or removed from) a team. */
export function teamMembership(
  change: 'added' | 'removed',
  team: TeamRef,
  serviceUrl: string,
  from: From = {},
  tenantId = TENANT_ID,
) {
  const activity = base(
    { id: team.teamId, conversationType: 'channel', isGroup: true },
    from,
    tenantId,
  );
  return {
    ...activity,
    serviceUrl,
    type: 'conversationUpdate',
    ...(change === 'added'
      ? { membersAdded: [{ id: BOT_ID }] }
      : { membersRemoved: [{ id: BOT_ID }] }),
    channelData: {
      ...activity.channelData,
      team: { id: team.teamId, name: team.teamName },
      eventType: change === 'added' ? 'teamMemberAdded' : 'teamMemberRemoved',
    },
  };
}

/** A channel created / renamed / deleted event in a team. */
export function channelEvent(
  eventType: 'channelCreated' | 'channelRenamed' | 'channelDeleted',
  team: TeamRef,
  channel: { id: string; name: string },
  serviceUrl: string,
  tenantId = TENANT_ID,
) {
  const activity = base(
    { id: team.teamId, conversationType: 'channel', isGroup: true },
    {},
    tenantId,
  );
  return {
    ...activity,
    serviceUrl,
    type: 'conversationUpdate',
    channelData: {
      ...activity.channelData,
      team: { id: team.teamId, name: team.teamName },
      channel,
      eventType,
    },
  };
}

/** The app added to (or removed from) a person's personal scope. */
export function personalInstall(
  change: 'add' | 'remove',
  from: From,
  serviceUrl: string,
  tenantId = TENANT_ID,
) {
  const activity = base(
    { id: `a:personal-${from.aadObjectId ?? 'anon'}`, conversationType: 'personal' },
    from,
    tenantId,
  );
  return { ...activity, serviceUrl, type: 'installationUpdate', action: change };
}

/** Presses a card button over HTTP; the card the invoke answered with, validated, and its text. */
export async function invokeForCard(
  url: string,
  activity: unknown,
): Promise<{ card: unknown; text: string }> {
  const response = await post(url, activity);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  const card = invokeCard(response);
  validateCard(card);
  return { card, text: visibleText(card) };
}
