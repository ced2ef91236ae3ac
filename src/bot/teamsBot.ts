import {
  ActivityTypes,
  type Activity,
  CardFactory,
  type InvokeResponse,
  MessageFactory,
  type MessagingExtensionResponse,
  TeamsInfo,
  type TurnContext,
} from 'botbuilder';
import type { BuiltCard, View } from '../../cards';
import { VERBS } from '../../cards/verbs';
import type { ChannelRef, ConversationRecord } from '../domain/delivery';
import { DEFAULT_READ_LIMITS, type TeamMember } from '../imports';
import type { FileOfferView } from '../imports/views';
import type { Logger } from '../log';
import type { Question } from '../questions';
import type { ReferenceDataCache } from '../shared/referenceData';
import { StoreUnavailableError } from '../store/errors';
import { isShared, type Request, type RequestInput } from '../shared/request';
import { chatWithBoardClerk } from './deepLinks';
import { conversationFactsOf, IncomingActivity, readActivities, tenantOf } from './incoming';
import { download, upload } from './download';
import { teamsClient } from './outbound';
import { draw, drawReplies, drawSearchResult } from './outbox';
import { inputOf, requestOf } from './requests';
import { routeFor, type Reply, type RouteContext } from './routes';

/** A board secretary's own chat with Board Clerk, where secretary tools open. */
export interface PersonalChats {
  /** The installed personal chat of this Teams user, if any. */
  find(aadObjectId: string): Promise<ConversationRecord | null>;
  /** Posts a view there (drawn for its owner by the outbox). */
  send(chat: ConversationRecord, view: View): Promise<void>;
}

export interface TeamsBotOptions {
  /** Where personal-chat-only tools are opened when asked for in a channel or group chat. */
  personalChats: PersonalChats;
  /** The features the route table hands requests to. */
  features: Omit<RouteContext, 'teams' | 'log'>;
  /** The directory people and roles, to know who is asking. */
  referenceData: ReferenceDataCache;
  log: Logger;
  /** Entra tenant ids allowed to use the bot; empty allows every tenant. */
  allowedTenants: readonly string[];
  /** The organisation this installation serves, when configured. */
  organisationId: string | null;
  /** The bot's Microsoft App Id, for links to its chat; without one, the id activities are sent to. */
  botAppId?: string | null;
  clock: () => Date;
  /** A team or group chat at most this size gets a welcome message when the app is added. */
  welcomeTeamSizeLimit?: number;
  /** Posts to other conversations (the proactive sender): "what changed" to a channel. */
  poster?: { post(conversation: ConversationRecord, channelId: string, view: View): Promise<void> };
  /** Files people send: plain http to loopback only in local mode (tests); https otherwise. */
  files?: { allowLoopbackHttp: boolean; timeoutMs?: number };
}

/** Teams' file consent card: the bot asks to put a file in the person's OneDrive. */
export function fileConsentActivity(offer: FileOfferView, summary: string): Partial<Activity> {
  const activity = MessageFactory.attachment({
    contentType: 'application/vnd.microsoft.teams.card.file.consent',
    name: offer.fileName,
    content: {
      description: offer.description,
      sizeInBytes: offer.sizeInBytes,
      acceptContext: offer.context,
      declineContext: offer.context,
    },
  });
  activity.summary = summary;
  return activity;
}

/** A card button asking a question in a shared conversation: its answer is a new message, not the card. */
function answersBelow(request: Request): boolean {
  return (
    request.input.kind === 'button' &&
    request.input.verb === VERBS.ask.name &&
    isShared(request.where)
  );
}

/** A card as a message, with a plain-text summary for notifications and screen readers. */
export function cardActivity(built: BuiltCard): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(built.card));
  activity.summary = built.summary;
  return activity;
}

/**
 * Typing while a question is answered, in personal and group chats only. Teams does not show a bot's
 * typing indicator in a channel thread (MicrosoftDocs/msteams-docs#1451: "only supported in 1:1 and
 * group chat"), and the Agents Playground showed no later replies of a channel thread that had one.
 */
export function showsTyping(request: Pick<Request, 'input' | 'where'>): boolean {
  return request.input.kind === 'text' && request.where.kind !== 'channel';
}

const APOLOGY: View = {
  kind: 'message',
  title: 'Sorry, something went wrong on my side',
  text: 'I could not answer that just now. Please try again in a minute; if it keeps happening, tell your board secretary.',
  suggestions: [],
};

const STORE_UNREACHABLE: View = {
  kind: 'message',
  title: "Sorry, I couldn't do that just now",
  text: 'Board Clerk cannot reach its records at the moment, so nothing was saved or sent. Questions are still answered. Please try again in a few minutes.',
  suggestions: [],
};

const STALE_BUTTON: View = {
  kind: 'message',
  title: "Sorry, I couldn't act on that button",
  text: 'The card may be from an older version of Board Clerk. Ask your question again to get a fresh card.',
  suggestions: [],
};

/** What a search from the compose box says when it has no results to list. */
function nothingFound(
  input: Extract<RequestInput, { kind: 'search' }>,
  reply: Reply | null,
): string {
  if (reply && reply.kind === 'message') return `${reply.title}. ${reply.text}`;
  if (!reply)
    return 'Board Clerk has no search of that name. Choose Risks, Actions or Minutes and meetings.';
  const what =
    { risk: 'risks', action: 'actions', minute: 'minutes or meetings' }[input.command] ?? 'records';
  return input.query
    ? `No ${what} match "${input.query}". Try a reference (BAF 1, FTSU 5, GTB/25/15), a name or other words.`
    : `No ${what} to show yet. Type a reference, a name or words to search.`;
}

/**
 * The Bot Framework edge: an activity becomes a `Request`, the route table picks its handler, and the
 * view it returns leaves through the outbox (which applies the Part II rule for the audience).
 */
export class TeamsBot {
  constructor(private readonly o: TeamsBotOptions) {}

  /** Every activity: parsed, checked, turned into a request and routed. */
  async run(context: TurnContext): Promise<void> {
    const activity = this.parse(context);
    if (!activity) {
      if (context.activity?.type === 'message')
        await context.sendActivity("Sorry, I couldn't read that message.");
      else if (context.activity?.type === 'invoke') await this.respond(context, 400, null);
      return;
    }
    if (!this.tenantAllowed(activity)) return this.refuseTenant(context, activity);
    const input = this.inputOf(context, activity);
    if (!input) {
      if (activity.type === 'invoke') await this.respond(context, 400, null);
      return;
    }
    if (activity.type === 'message') await this.seen(activity);
    const request = requestOf(
      activity,
      input,
      await this.o.referenceData.get(),
      this.o.organisationId,
      this.o.clock(),
    );
    if (showsTyping(request)) await context.sendActivity({ type: ActivityTypes.Typing });
    const reply = await this.handle(context, request);
    if (request.input.kind === 'search') return this.respondSearch(context, request, reply);
    const view = reply?.kind === 'search-results' ? null : reply;
    const audience = { shared: isShared(request.where), boardMember: request.who.isBoardMember };
    if (activity.type === 'message') {
      if (view?.kind === 'file-offer')
        await context.sendActivity(fileConsentActivity(view, draw(view, audience).summary));
      // (Two asks too long for one card together go as two cards.)
      else if (view)
        for (const card of drawReplies(view, audience))
          await context.sendActivity(cardActivity(card));
      return;
    }
    const built = view ? draw(view, audience) : null;
    if (input.kind === 'fileConsent') {
      // Teams wants a plain 200 for a consent answer; anything to say goes as a message.
      if (built) await context.sendActivity(cardActivity(built));
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
    } else if (activity.type === 'invoke' && built && answersBelow(request)) {
      // A question asked from a card others share is answered in the conversation (in a channel, in
      // the card's thread): replacing the card would change it for everyone who sees it.
      await context.sendActivity(cardActivity(built));
      await this.respondMessage(context, 'Answered below.');
    } else if (activity.type === 'invoke') await this.respond(context, 200, built);
    else if (built) await context.sendActivity(cardActivity(built));
  }

  private inputOf(context: TurnContext, activity: IncomingActivity): RequestInput | null {
    if (activity.type === 'conversationUpdate') return this.conversationChange(context);
    if (activity.type === 'installationUpdate') {
      const action = (context.activity as { action?: string }).action ?? '';
      if (/^add/.test(action)) return { kind: 'installation', change: 'installed' };
      if (/^remove/.test(action)) return { kind: 'installation', change: 'removed' };
      return null;
    }
    return inputOf(context, activity);
  }

  /** The bot added or removed, or (in a team) channels created, renamed, deleted or restored. */
  private conversationChange(context: TurnContext): RequestInput | null {
    const a = context.activity;
    const botIn = (members: { id?: string }[] | undefined) =>
      (members ?? []).some((m) => m?.id === a.recipient?.id);
    if (botIn(a.membersAdded)) return { kind: 'installation', change: 'added' };
    if (botIn(a.membersRemoved)) return { kind: 'installation', change: 'removed' };
    const eventType = (a.channelData as { eventType?: string } | undefined)?.eventType ?? '';
    if (/^(channel(Created|Renamed|Deleted|Restored)|teamRenamed)$/.test(eventType))
      return { kind: 'installation', change: 'channels' };
    return null;
  }

  /** Reads the message once, routes it, and runs the handler; any failure is an apology, never a 500. */
  private async handle(context: TurnContext, request: Request): Promise<Reply | null> {
    const { log } = this.o;
    try {
      const question: Question | null =
        request.input.kind === 'text'
          ? await this.o.features.questions.read(request, request.input.text)
          : null;
      const routed = routeFor(request, question);
      if (!routed.route) return request.input.kind === 'button' ? STALE_BUTTON : null;
      log.info(
        {
          activityId: request.id,
          conversationId: request.where.conversationId,
          route: routed.route.name,
          ...(question ? { intent: question.intent } : {}),
        },
        'request routed',
      );
      const routeContext = { ...this.o.features, teams: this.teams(context), log };
      if ('personalOnly' in routed)
        return {
          kind: 'personal-only',
          what: routed.personalOnly,
          sentToPersonalChat: await this.openInPersonalChat(request, question, routeContext),
        };
      return await routed.handle(routeContext);
    } catch (e) {
      log.error(
        { activityId: request.id, err: (e as Error).message, stack: (e as Error).stack },
        'failed to answer',
      );
      // Answers come from the read model; what fails with the store down is a save or a send.
      return e instanceof StoreUnavailableError ? STORE_UNREACHABLE : APOLOGY;
    }
  }

  /**
   * A secretary tool asked for where others can see it opens in the secretary's personal chat instead:
   * the same request, answered as if sent there, and posted there. False when there is no such chat.
   */
  private async openInPersonalChat(
    request: Request,
    question: Question | null,
    context: RouteContext,
  ): Promise<boolean> {
    const aad = request.who.aadObjectId;
    if (!aad || !request.who.isSecretary) return false;
    const chat = await this.o.personalChats.find(aad);
    if (!chat || chat.status !== 'installed') return false;
    const there: Request = {
      ...request,
      where: {
        kind: 'personal',
        tenantId: chat.tenantId,
        conversationId: chat.conversationId,
        threadKey: chat.conversationId,
        organisationId: request.where.organisationId,
        conversation: {
          tenantId: chat.tenantId,
          scope: 'personal',
          conversationId: chat.conversationId,
          serviceUrl: chat.serviceUrl,
          botId: chat.botId,
          userAadObjectId: aad,
        },
      },
    };
    const routed = routeFor(there, question);
    if (!routed.route || !('handle' in routed)) return false;
    const view = await routed.handle(context);
    if (!view || view.kind === 'search-results') return false;
    try {
      await this.o.personalChats.send(chat, view);
      return true;
    } catch (e) {
      context.log.warn(
        { err: (e as Error).message },
        'could not open the tool in the personal chat',
      );
      return false;
    }
  }

  private teams(context: TurnContext): RouteContext['teams'] {
    const { log } = this.o;
    // In Teams, activities come to "28:<app id>"; the configured id is the same, and is the one to trust.
    const botAppId = this.o.botAppId ?? context.activity.recipient.id.replace(/^28:/, '');
    return {
      chatLink: (text) => chatWithBoardClerk(botAppId, text),
      channels: async (): Promise<ChannelRef[] | undefined> => {
        const teamId = (context.activity.channelData as { team?: { id?: string } } | undefined)
          ?.team?.id;
        if (!teamId) return undefined;
        try {
          // The bounded client: TeamsInfo.getTeamChannels would build its own, without timeouts.
          const channels = (await teamsClient(context).teams.fetchChannelList(teamId))
            .conversations;
          // General has no name in the API.
          return (channels ?? []).map((c) => ({ id: c.id!, name: c.name ?? 'General' }));
        } catch (e) {
          log.warn(
            { teamId, err: (e as Error).message },
            'could not list the team channels; keeping the stored list',
          );
          return undefined;
        }
      },
      isSmall: async () => {
        const limit = this.o.welcomeTeamSizeLimit ?? 50;
        try {
          const page = await TeamsInfo.getPagedMembers(context, limit + 1);
          return !page.continuationToken && page.members.length <= limit;
        } catch (e) {
          log.warn({ err: (e as Error).message }, 'could not count members; skipping the welcome');
          return false;
        }
      },
      download: (url) =>
        download(url, {
          maxBytes: DEFAULT_READ_LIMITS.maxBytes,
          timeoutMs: this.o.files?.timeoutMs ?? 8_000,
          allowLoopbackHttp: this.o.files?.allowLoopbackHttp ?? false,
        }),
      members: async (teamId) => {
        const members: TeamMember[] = [];
        try {
          let token: string | undefined;
          // Paged, through the turn's bounded connector; a big organisation-wide team stops at 2,000.
          for (let page = 0; page < 4; page++) {
            const got = await TeamsInfo.getPagedTeamMembers(context, teamId, 500, token);
            for (const m of got.members)
              if (m.aadObjectId)
                members.push({
                  aadObjectId: m.aadObjectId,
                  name: m.name || m.givenName || m.email || m.aadObjectId,
                  ...(m.email ? { email: m.email } : {}),
                });
            token = got.continuationToken;
            if (!token) break;
          }
          return members;
        } catch (e) {
          log.warn({ teamId, err: (e as Error).message }, 'could not list the team members');
          return undefined;
        }
      },
      sendFile: async (info, bytes) => {
        const sent = await upload(info.uploadUrl, bytes, {
          timeoutMs: this.o.files?.timeoutMs ?? 8_000,
          allowLoopbackHttp: this.o.files?.allowLoopbackHttp ?? false,
        });
        if ('refusal' in sent) return sent;
        await context.sendActivity(
          MessageFactory.attachment({
            contentType: 'application/vnd.microsoft.teams.card.file.info',
            contentUrl: info.contentUrl,
            name: info.name,
            content: { uniqueId: info.uniqueId, fileType: info.fileType },
          }),
        );
        return sent;
      },
      post: async (conversation, channelId, view) => {
        if (!this.o.poster) throw new Error('no proactive sender configured');
        await this.o.poster.post(conversation, channelId, view);
      },
    };
  }

  /**
   * A search from the compose box, answered with its results list: each result the card a person
   * inserts into the conversation, with a preview. A card inserted there is seen by everyone in that
   * conversation, and Teams does not reliably say which conversation it is (the invoke may carry no
   * conversation type, and "personal" can be a one-to-one chat with a colleague), so results are
   * always drawn as for a shared conversation: no private business, no progress notes.
   */
  private async respondSearch(
    context: TurnContext,
    request: Request,
    reply: Reply | null,
  ): Promise<void> {
    const { input } = request;
    if (input.kind !== 'search') return;
    const audience = { shared: true, boardMember: request.who.isBoardMember };
    const drawn =
      reply?.kind === 'search-results'
        ? reply.results.flatMap((r) => drawSearchResult(r, audience) ?? [])
        : [];
    const page = drawn.slice(input.skip, input.skip + input.count);
    const body: MessagingExtensionResponse =
      page.length || (reply?.kind === 'search-results' && input.skip > 0)
        ? {
            composeExtension: {
              type: 'result',
              attachmentLayout: 'list',
              attachments: page.map(({ built, preview }) => ({
                ...CardFactory.adaptiveCard(built.card),
                preview: CardFactory.thumbnailCard(preview.title, preview.text, [], [], {
                  subtitle: preview.subtitle,
                }),
              })),
            },
          }
        : { composeExtension: { type: 'message', text: nothingFound(input, reply) } };
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body },
    });
  }

  /** An invoke's answer that leaves the card pressed as it is: a short message Teams shows its presser. */
  private async respondMessage(context: TurnContext, message: string): Promise<void> {
    const value: InvokeResponse = {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message },
    };
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value });
  }

  /** An invoke's answer: the card that replaces the one pressed, or an error status. */
  private async respond(
    context: TurnContext,
    status: number,
    built: BuiltCard | null,
  ): Promise<void> {
    const value: InvokeResponse =
      status === 200 && built
        ? {
            status: 200,
            body: {
              statusCode: 200,
              type: 'application/vnd.microsoft.card.adaptive',
              value: built.card,
            },
          }
        : {
            status,
            body: {
              statusCode: status,
              type: 'application/vnd.microsoft.error',
              value: {
                code: String(status),
                message: status === 403 ? 'Not allowed' : 'Bad request',
              },
            },
          };
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value });
  }

  private parse(context: TurnContext): IncomingActivity | null {
    const read = context.activity && readActivities.get(context.activity);
    if (read) return read;
    const parsed = IncomingActivity.safeParse(context.activity);
    if (!parsed.success) {
      this.o.log.warn(
        {
          activityId: context.activity?.id,
          problems: parsed.error.issues.map((i) => i.path.join('.')),
        },
        'activity refused: missing or malformed fields',
      );
      return null;
    }
    return parsed.data;
  }

  private tenantAllowed(activity: IncomingActivity): boolean {
    const { allowedTenants } = this.o;
    if (allowedTenants.length === 0) return true;
    const tenant = tenantOf(activity);
    return !!tenant && allowedTenants.includes(tenant.toLowerCase());
  }

  private async refuseTenant(context: TurnContext, activity: IncomingActivity): Promise<void> {
    this.o.log.warn(
      { tenantId: tenantOf(activity), conversationId: activity.conversation.id },
      'activity from a tenant that is not allowed',
    );
    if (activity.type === 'invoke') return await this.respond(context, 403, null);
    if (activity.type === 'message')
      await context.sendActivity(
        'Sorry, Board Clerk is not available to your organisation. Please contact your board secretary or IT team.',
      );
  }

  /** A message shows the app is installed here (installs can be missed while the bot is down). */
  private async seen(activity: IncomingActivity): Promise<void> {
    const facts = conversationFactsOf(activity);
    if (!facts) return;
    try {
      await this.o.features.installations.seen(facts);
    } catch (e) {
      this.o.log.warn({ err: (e as Error).message }, 'could not record the conversation');
    }
  }
}
