import {
  ActivityTypes,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
  type Activity,
} from 'botbuilder';
import { buildAnswerCard, type BuiltCard } from '../../cards';
import type { Logger } from '../log';
import type { Answer } from '../questions/answers';
import type { QuestionService } from '../questions/service';
import { EXAMPLE_QUESTIONS } from '../questions/understand';
import type { ChannelRef } from '../domain/delivery';
import type { ConversationFacts, InstallationService } from '../reminders/installations';
import type { SecretaryDesk } from '../reminders/secretaryDesk';
import { type CardActionHandler, parseCardAction } from './cardActions';
import {
  aadObjectIdOf,
  conversationFactsOf,
  conversationKind,
  IncomingActivity,
  tenantOf,
} from './incoming';

export interface BotOptions {
  questions: QuestionService;
  cardActions: CardActionHandler;
  /** Board secretaries' commands: meetings, reminders, broadcasts, chasers. */
  desk: SecretaryDesk;
  /** Where the app is installed (for broadcasts). */
  installations: InstallationService;
  log: Logger;
  /** Entra tenant ids allowed to use the bot; empty allows every tenant. */
  allowedTenants: readonly string[];
  /** The organisation this installation serves, when configured. */
  organisationId: string | null;
  /** A team or group chat at most this size gets a welcome message when the app is added. */
  welcomeTeamSizeLimit?: number;
}

/** The Bot Framework edge: activities in, plain inputs to the capabilities, cards out. */
export class BoardClerkBot extends TeamsActivityHandler {
  constructor(private readonly options: BotOptions) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (this.botIn(context, context.activity.membersAdded)) {
        await this.track(context, 'installed');
        await this.welcome(context);
      }
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if (this.botIn(context, context.activity.membersRemoved))
        await this.track(context, 'removed');
      await next();
    });
    // Teams also sends installationUpdate; recording an install twice is harmless.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.track(context, 'installed');
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.track(context, 'removed');
      await next();
    });
    const channelsChanged = async (context: TurnContext, next: () => Promise<void>) => {
      await this.track(context, 'channels');
      await next();
    };
    this.onTeamsChannelCreatedEvent((_c, _t, context, next) => channelsChanged(context, next));
    this.onTeamsChannelRenamedEvent((_c, _t, context, next) => channelsChanged(context, next));
    this.onTeamsChannelDeletedEvent((_c, _t, context, next) => channelsChanged(context, next));
    this.onTeamsChannelRestoredEvent((_c, _t, context, next) => channelsChanged(context, next));
    this.onTeamsTeamRenamedEvent((_t, context, next) => channelsChanged(context, next));
  }

  private botIn(context: TurnContext, members: { id: string }[] | undefined): boolean {
    return (members ?? []).some((m) => m.id === context.activity.recipient?.id);
  }

  /** The team's channels as Teams reports them now (General has no name in the API). */
  private async channelsOf(
    context: TurnContext,
    teamId: string,
  ): Promise<ChannelRef[] | undefined> {
    try {
      const channels = await TeamsInfo.getTeamChannels(context, teamId);
      return channels.map((c) => ({ id: c.id!, name: c.name ?? 'General' }));
    } catch (e) {
      this.options.log.warn(
        { teamId, err: (e as Error).message },
        'could not list the team channels; keeping the stored list',
      );
      return undefined;
    }
  }

  /** Keeps the store's record of where the app is installed current. Never fails the turn. */
  private async track(
    context: TurnContext,
    change: 'installed' | 'removed' | 'channels',
  ): Promise<void> {
    const activity = this.parse(context);
    if (!activity || !this.tenantAllowed(activity)) return;
    const facts = conversationFactsOf(activity);
    if (!facts) return;
    const { installations, log } = this.options;
    try {
      if (change === 'removed') return await installations.removed(facts);
      const channels = facts.teamId ? await this.channelsOf(context, facts.teamId) : undefined;
      if (change === 'installed') await installations.installed(facts, channels);
      else if (channels) await installations.channelsChanged(facts, channels);
      else await installations.installed(facts);
    } catch (e) {
      log.error(
        { conversationId: activity.conversation.id, change, err: (e as Error).message },
        'could not record the installation',
      );
    }
  }

  /** A message shows the app is installed here (installs can be missed while the bot is down). */
  private async seen(facts: ConversationFacts | null): Promise<void> {
    if (!facts) return;
    try {
      await this.options.installations.seen(facts);
    } catch (e) {
      this.options.log.warn({ err: (e as Error).message }, 'could not record the conversation');
    }
  }

  /** Sends an answer as an Adaptive Card with a plain-text summary for notifications and screen readers. */
  static cardActivity(built: BuiltCard): Partial<Activity> {
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(built.card));
    activity.summary = built.summary;
    return activity;
  }

  private parse(context: TurnContext): IncomingActivity | null {
    const parsed = IncomingActivity.safeParse(context.activity);
    if (!parsed.success) {
      this.options.log.warn(
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
    const { allowedTenants } = this.options;
    if (allowedTenants.length === 0) return true;
    const tenant = tenantOf(activity);
    return !!tenant && allowedTenants.includes(tenant.toLowerCase());
  }

  private async refuseTenant(context: TurnContext, activity: IncomingActivity): Promise<void> {
    this.options.log.warn(
      { tenantId: tenantOf(activity), conversationId: activity.conversation.id },
      'activity from a tenant that is not allowed',
    );
    await context.sendActivity(
      'Sorry, Board Clerk is not available to your organisation. Please contact your board secretary or IT team.',
    );
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = this.parse(context);
    if (!activity) {
      await context.sendActivity("Sorry, I couldn't read that message.");
      return;
    }
    if (!this.tenantAllowed(activity)) return this.refuseTenant(context, activity);
    await this.seen(conversationFactsOf(activity));

    // A card button from a client without Universal Actions arrives as a message with a value.
    const submitted = activity.value !== undefined ? parseCardAction(activity.value) : null;
    if (submitted) {
      const built = await this.safely(context, () =>
        this.options.cardActions.handle(submitted, this.actor(activity)),
      );
      await context.sendActivity(BoardClerkBot.cardActivity(built));
      return;
    }

    const text = this.questionText(context, activity);
    await context.sendActivity({ type: ActivityTypes.Typing });
    const built = await this.safely(context, async () => {
      const { question, answer } = await this.options.questions.ask({
        text,
        aadObjectId: aadObjectIdOf(activity),
        organisationId: this.options.organisationId,
        inChannel: conversationKind(activity) === 'channel',
      });
      if (question.intent === 'action.detail' && question.update && answer.kind === 'action')
        return this.options.cardActions.handle(
          {
            verb: 'action.open',
            actionId: answer.action.id,
            organisationId: answer.action.organisationId,
          },
          this.actor(activity),
        );
      if (question.intent === 'secretary') {
        this.options.log.info(
          { activityId: activity.id, command: question.command },
          'secretary command',
        );
        return this.options.desk.command(question.command, {
          aadObjectId: aadObjectIdOf(activity),
          conversation: conversationFactsOf(activity),
        });
      }
      this.options.log.info(
        {
          activityId: activity.id,
          conversationId: activity.conversation.id,
          intent: question.intent,
          answer: answer.kind,
        },
        'question answered',
      );
      return buildAnswerCard(answer);
    });
    await context.sendActivity(BoardClerkBot.cardActivity(built));
  }

  /** The question without the bot's @mention (channels and group chats) and any leftover markup. */
  private questionText(context: TurnContext, activity: IncomingActivity): string {
    const withoutMention =
      TurnContext.removeRecipientMention(context.activity) ?? activity.text ?? '';
    return withoutMention.replace(/<at>[^<]*<\/at>/gi, ' ').trim();
  }

  private actor(activity: IncomingActivity) {
    return {
      aadObjectId: aadObjectIdOf(activity),
      name: activity.from.name ?? null,
      conversation: conversationFactsOf(activity),
      inChannel: conversationKind(activity) === 'channel',
    };
  }

  /** Runs a capability; any failure becomes a plain apology card, never a 500 or silence. */
  private async safely(context: TurnContext, work: () => Promise<BuiltCard>): Promise<BuiltCard> {
    try {
      return await work();
    } catch (e) {
      this.options.log.error(
        { activityId: context.activity.id, err: (e as Error).message, stack: (e as Error).stack },
        'failed to answer',
      );
      return buildAnswerCard(apology());
    }
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const activity = this.parse(context);
    if (!activity || !this.tenantAllowed(activity))
      return {
        statusCode: 403,
        type: 'application/vnd.microsoft.error',
        value: { code: '403', message: 'Not allowed' },
      };
    const action = parseCardAction({
      ...(invokeValue.action?.data ?? {}),
      verb: invokeValue.action?.verb,
    });
    const built = action
      ? await this.safely(context, () =>
          this.options.cardActions.handle(action, this.actor(activity)),
        )
      : buildAnswerCard({
          kind: 'message',
          title: "Sorry, I couldn't act on that button",
          text: 'The card may be from an older version of Board Clerk. Ask your question again to get a fresh card.',
          suggestions: [],
        });
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: built.card as never,
    };
  }

  /** Welcome on install: always in a personal chat; in a team or group chat only when it is small. */
  private async welcome(context: TurnContext): Promise<void> {
    const activity = this.parse(context);
    if (!activity) return;
    if (!this.tenantAllowed(activity)) return;
    const kind = conversationKind(activity);
    if (kind !== 'personal' && !(await this.isSmall(context))) {
      this.options.log.info(
        { conversationId: activity.conversation.id },
        'no welcome: large team or chat',
      );
      return;
    }
    const welcome: Answer = {
      kind: 'help',
      examples: [...EXAMPLE_QUESTIONS].slice(0, kind === 'personal' ? 8 : 4),
      notes: [
        kind === 'personal'
          ? 'Hello, I am Board Clerk. Ask me about the Board Assurance Framework, your actions, board meetings and minutes, and strategy. I answer from the board papers and say where each answer comes from.'
          : 'Hello, I am Board Clerk. Mention me with a question about risks, actions, meetings or minutes, for example "@Board Clerk which risks are above appetite?".',
      ],
    };
    await context.sendActivity(BoardClerkBot.cardActivity(buildAnswerCard(welcome)));
  }

  private async isSmall(context: TurnContext): Promise<boolean> {
    const limit = this.options.welcomeTeamSizeLimit ?? 50;
    try {
      const page = await TeamsInfo.getPagedMembers(context, limit + 1);
      return !page.continuationToken && page.members.length <= limit;
    } catch (e) {
      this.options.log.warn(
        { err: (e as Error).message },
        'could not count members; skipping the welcome',
      );
      return false;
    }
  }
}

function apology(): Answer {
  return {
    kind: 'message',
    title: 'Sorry, something went wrong on my side',
    text: 'I could not answer that just now. Please try again in a minute; if it keeps happening, tell your board secretary.',
    suggestions: [],
  };
}
