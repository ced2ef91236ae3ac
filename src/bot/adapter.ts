import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationError,
  type BotFrameworkAuthentication,
} from 'botframework-connector';
import type { AppConfig } from '../config';
import type { Logger } from '../log';
import { SharingAuthentication } from './connectors';
import { boundsFor, boundTurn, OutboundCallError, type TurnLimits } from './outbound';

/**
 * The Bot Framework adapter. With an app id, every request's JWT is verified by the SDK; without one
 * (local mode) requests are anonymous, which is why the server then listens on loopback only.
 */
export function botAuthentication(
  bot: AppConfig['bot'],
  /** Tests point the SDK at their own OpenID metadata; production uses the public cloud's. */
  overrides: Partial<ConfigurationBotFrameworkAuthenticationOptions> = {},
): ConfigurationBotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId ?? '',
    MicrosoftAppPassword: bot.appPassword ?? '',
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId ?? '',
    ...overrides,
  });
}

/**
 * The SDK writes two token failures to the console itself (an expired token's error and stack; the
 * signing keys it had) before throwing. Those two are dropped: the caller logs one line of its own
 * instead. They are recognised by what they are, not by the code running (an AsyncLocalStorage
 * would turn on Node's promise hooks for every request).
 */
function sdkTokenNoise(args: unknown[]): boolean {
  if (args.length !== 1) return false;
  const [only] = args;
  if (only instanceof Error) return only.name === 'TokenExpiredError';
  return typeof only === 'string' && only.startsWith('Error finding key for token.');
}
let consoleFiltered = false;
function filterSdkConsole(): void {
  if (consoleFiltered) return;
  consoleFiltered = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (!sdkTokenNoise(args)) original(...args);
  };
}

export type Authentication =
  | { ok: true; result: AuthenticateRequestResult }
  /** 401: the token is missing or not valid; 503: the signing keys could not be fetched to check it. */
  | { ok: false; status: 401 | 503; reason: string };

/** What a turn answers over HTTP: an invoke's response, expectReplies' activities, or nothing (200). */
export interface TurnAnswer {
  status: number;
  body?: unknown;
}

/** A failure to fetch the signing keys is ours to report (503), not the caller's fault (401). */
function keysUnavailable(e: unknown): boolean {
  if (e instanceof AuthenticationError) return e.statusCode >= 500;
  return (e as Error).name === 'FetchError';
}

/**
 * CloudAdapter with the request handling split in two, so the HTTP edge decides every status itself:
 * `authenticate` checks the token (the SDK's own validation), `runTurn` runs the bot with its outbound
 * calls bounded.
 */
export class BoardClerkAdapter extends CloudAdapter {
  constructor(authentication: BotFrameworkAuthentication) {
    super(new SharingAuthentication(authentication));
    filterSdkConsole();
  }

  async authenticate(activity: Activity, authHeader: string): Promise<Authentication> {
    try {
      const result = await this.botFrameworkAuthentication.authenticateRequest(
        activity,
        authHeader,
      );
      return { ok: true, result };
    } catch (e) {
      return { ok: false, status: keysUnavailable(e) ? 503 : 401, reason: (e as Error).message };
    }
  }

  async runTurn(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
    limits: TurnLimits,
  ): Promise<TurnAnswer> {
    const bounds = boundsFor(limits, activity.serviceUrl);
    const answer = await this.processActivity(authenticated, activity, async (context) => {
      boundTurn(context, bounds);
      await logic(context);
    });
    return { status: answer?.status ?? 200, body: answer?.body };
  }
}

/**
 * The adapter for proactive sends (reminders, notifications). It has no turn-error handler, so a failed
 * send reaches the delivery engine to be classified, retried and recorded.
 */
export function createProactiveAdapter(bot: AppConfig['bot']): CloudAdapter {
  return new CloudAdapter(new SharingAuthentication(botAuthentication(bot)));
}

export function createAdapter(
  bot: AppConfig['bot'],
  log: Logger,
  authentication: BotFrameworkAuthentication = botAuthentication(bot),
): BoardClerkAdapter {
  const adapter = new BoardClerkAdapter(authentication);
  adapter.onTurnError = async (context, error) => {
    // The connector did not take a reply in time (or at all): an apology would go the same way.
    if (error instanceof OutboundCallError) {
      log.warn(
        { activityId: context.activity?.id, failure: error.failure, err: error.message },
        'turn ended: the Bot Connector did not take the reply',
      );
      return;
    }
    log.error(
      { activityId: context.activity?.id, err: error.message, stack: error.stack },
      'unhandled error in a turn',
    );
    try {
      await context.sendActivity('Sorry, something went wrong on my side. Please try again.');
    } catch {
      // The conversation may be gone; the error is logged.
    }
  };
  return adapter;
}
