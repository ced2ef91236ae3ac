import type { Activity, TurnContext } from 'botbuilder';
import type restify from 'restify';
import type { BoardClerkAdapter } from './adapter';
import { answerJson } from './cardJson';
import { readActivities, readActivity, tenantsDisagree } from './incoming';
import type { AppConfig } from '../config';
import type { Logger } from '../log';
import { readJsonBody } from '../server/jsonBody';
import { browserSent, isLoopbackUrl } from '../server/localMode';

/**
 * POST /api/messages: the one door activities come in by. Every request gets a definite answer, decided
 * here in this order, with one log line for each refusal:
 *
 *   403 local mode, browser-sent (Origin, or Sec-Fetch-Site cross-site/same-site)
 *   415 not application/json (UTF-8), or compressed; 413 over the size limit; 400 not a JSON object
 *   400 not an activity Board Clerk can read (zod, `readActivity`), or no serviceUrl to reply to
 *   401 token missing or not valid (app id set); 503 signing keys unavailable
 *   403 local mode and a serviceUrl off this machine; channelData and conversation tenants disagree
 *   then the turn, whose outbound calls are bounded: the invoke's status, expectReplies' activities, or 200
 *   503 if the turn has not finished within `answerWithinMs` (Teams gives up at 15 s)
 */
export interface EdgeLimits {
  maxBodyBytes: number;
  /** Longest one outbound call in a turn may take (a reply, an update, a TeamsInfo call). */
  perCallMs: number;
  /** A turn's budget from arrival: no outbound call starts after it. */
  turnMs: number;
  /** Extra attempts for an outbound call refused before anything was delivered. */
  retries: number;
  /** The request is answered by then whatever the turn is doing. */
  answerWithinMs: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeLimits = {
  maxBodyBytes: 1_000_000,
  perCallMs: 4_000,
  turnMs: 9_000,
  retries: 1,
  answerWithinMs: 10_000,
};

export interface MessagesEndpointOptions {
  adapter: BoardClerkAdapter;
  /** The bot's turn logic. */
  handler: (context: TurnContext) => Promise<void>;
  config: Pick<AppConfig, 'bot' | 'allowedTenants'>;
  log: Logger;
  limits?: Partial<EdgeLimits>;
}

interface Answer {
  status: number;
  body?: unknown;
  /** A refusal's reason: the log line, and the body's message. */
  refusal?: { code: string; message: string; detail?: string };
}

const CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  503: 'ServiceUnavailable',
};

function refuse(status: number, message: string, detail?: string): Answer {
  return { status, refusal: { code: CODES[status] ?? 'Error', message, detail } };
}

/** The SDK expects Date timestamps, as its own request handling makes them. */
function sdkActivity(body: object): Activity {
  const activity = { ...body } as Activity & Record<string, unknown>;
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = activity[field] as unknown;
    if (typeof value === 'string') {
      activity[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      (activity as Record<string, unknown>)[field] = new Date(value);
    }
  }
  return activity;
}

export function registerMessagesEndpoint(
  server: restify.Server,
  options: MessagesEndpointOptions,
): void {
  const { adapter, handler, config, log } = options;
  const limits = { ...DEFAULT_EDGE_LIMITS, ...options.limits };
  const localMode = !config.bot.appId;
  if (config.allowedTenants.length === 0)
    log.warn(
      'ALLOWED_TENANTS is not set: people from any Microsoft Entra tenant can use Board Clerk',
    );

  async function receive(req: restify.Request, arrived: number): Promise<Answer> {
    if (localMode) {
      const browser = browserSent(req.headers);
      if (browser)
        return refuse(403, 'local mode does not accept requests from web pages', browser);
    }
    const body = await readJsonBody(req, limits.maxBodyBytes);
    if (!body.ok) return refuse(body.status, body.message);
    const reading = readActivity(body.value);
    if (!reading.ok) return refuse(400, `not a valid activity: ${reading.problems.join('; ')}`);
    const incoming = reading.activity;
    // Without a serviceUrl the SDK would send replies to https://api.botframework.com; only an
    // activity whose replies come back in this response can do without one.
    if (!incoming.serviceUrl && incoming.deliveryMode !== 'expectReplies')
      return refuse(400, 'not a valid activity: serviceUrl is required');

    const activity = sdkActivity(body.value as object);
    readActivities.set(activity, incoming);
    const header = req.headers.authorization ?? '';
    const authenticated = await adapter.authenticate(activity, header);
    if (!authenticated.ok)
      return authenticated.status === 401
        ? refuse(401, 'the request is not signed by the Bot Framework', authenticated.reason)
        : refuse(503, 'the Bot Framework signing keys could not be fetched', authenticated.reason);

    if (localMode && incoming.serviceUrl && !isLoopbackUrl(incoming.serviceUrl))
      return refuse(403, 'local mode replies only to a serviceUrl on this machine');
    if (tenantsDisagree(incoming))
      return refuse(403, 'channelData.tenant.id and conversation.tenantId name different tenants');

    const answer = await adapter.runTurn(authenticated.result, activity, handler, {
      perCallMs: limits.perCallMs,
      deadline: arrived + limits.turnMs,
      retries: limits.retries,
    });
    return { status: answer.status, body: answer.body };
  }

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const arrived = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Answer>((resolve) => {
      timer = setTimeout(
        () => resolve(refuse(503, `no answer within ${limits.answerWithinMs / 1000} s`)),
        limits.answerWithinMs,
      );
    });
    const work = receive(req, arrived).catch((e: unknown): Answer => {
      log.error({ err: (e as Error).message }, 'request failed: unexpected error');
      return { status: 500, body: { code: 'InternalError', message: 'something went wrong' } };
    });
    const answer = await Promise.race([work, late]);
    clearTimeout(timer);
    if (answer.refusal) {
      const { code, message, detail } = answer.refusal;
      log.warn(
        { status: answer.status, ...(detail ? { detail } : {}), ms: Date.now() - arrived },
        `/api/messages refused: ${message}`,
      );
      if (answer.status === 401) res.header('www-authenticate', 'Bearer');
      res.send(answer.status, { code, message });
      return;
    }
    if (answer.body === undefined) res.send(answer.status);
    else {
      const json = answerJson(answer.body);
      res.sendRaw(answer.status, json, {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(json)),
      });
    }
  });

  // Clients (the Agents Playground, some probes) check the endpoint exists with HEAD.
  server.head('/api/messages', (_req, res, next) => {
    res.send(200);
    next();
  });
}
