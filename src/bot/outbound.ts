import { AsyncLocalStorage } from 'node:async_hooks';
import type { CloudAdapterBase, TurnContext } from 'botbuilder';
import { type ConnectorClient, TeamsConnectorClient } from 'botframework-connector';
import { retryAfterMs } from '../reminders/sender';

/**
 * Bounds on the HTTP calls the bot makes to a Bot Connector (replies, updates, member and channel
 * lookups). The SDK's own pipeline has no timeout and retries three times with growing delays (9 s on a
 * closed port), so a connector that hangs would hold a turn, and Teams' request, indefinitely. These bounds replace it: every attempt has
 * a timeout that aborts the socket, retries happen only when nothing can have been delivered, calls go
 * only to the one expected origin, and nothing starts after the deadline.
 */
export interface OutboundLimits {
  /** Longest one attempt may wait, answer body included. */
  perCallMs: number;
  /** Epoch ms after which no call starts (a turn's budget); Infinity for none. */
  deadline: number;
  /** Extra attempts after a refusal that proves nothing was delivered (connection refused, 429, 503). */
  retries: number;
  /** The only origin calls may go to (the activity's serviceUrl); null refuses every call. */
  origin: string | null;
}

/** The limits a turn sets; the origin comes from its activity. */
export type TurnLimits = Omit<OutboundLimits, 'origin'>;

export type OutboundFailure = 'timeout' | 'budget' | 'refused';

/** An outbound call that was stopped by these bounds (not an answer from the connector). */
export class OutboundCallError extends Error {
  constructor(
    readonly failure: OutboundFailure,
    message: string,
  ) {
    super(message);
    this.name = 'OutboundCallError';
  }
}

// The SDK's connector clients wrap @azure/core-client service clients; only these parts are used.
interface PipelineRequest {
  url: string;
  abortSignal?: AbortSignal | undefined;
  headers: { set(name: string, value: string): void };
}
interface PipelineResponse {
  status: number;
  headers: { get(name: string): string | undefined };
}
type Next = (request: PipelineRequest) => Promise<PipelineResponse>;
interface Pipeline {
  addPolicy(
    policy: {
      name: string;
      sendRequest(request: PipelineRequest, next: Next): Promise<PipelineResponse>;
    },
    options?: { phase?: 'Retry' },
  ): void;
  removePolicy(options: { name: string }): unknown;
}
interface Credentials {
  signRequest(webResource: { url: string }): Promise<unknown>;
}
/** A ConnectorClient or TeamsConnectorClient, as far as bounding it goes. */
interface ConnectorLike {
  client?: { pipeline?: Pipeline };
  credentials?: Credentials;
}

const NOT_DELIVERED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const RETRY_STATUS = new Set([429, 503]);
const RETRY_DELAY_MS = 250;
/** A Retry-After longer than this is not waited for inside a turn. */
const MAX_RETRY_AFTER_MS = 2_000;

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Refuses a call that goes elsewhere than the allowed origin, or starts after the deadline. */
function check(url: string, limits: OutboundLimits): void {
  if (limits.origin === null || originOf(url) !== limits.origin)
    throw new OutboundCallError(
      'refused',
      limits.origin === null
        ? 'no outbound calls: the activity has no serviceUrl'
        : `outbound call to ${originOf(url) ?? 'an invalid URL'} refused: not the activity's serviceUrl`,
    );
  if (Date.now() >= limits.deadline)
    throw new OutboundCallError('budget', 'the turn has no time left for outbound calls');
}

function retryDelay(response: PipelineResponse | null): number {
  return retryAfterMs(response?.headers.get('retry-after'), new Date()) ?? RETRY_DELAY_MS;
}

async function attempt(
  request: PipelineRequest,
  next: Next,
  ms: number,
): Promise<PipelineResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  const outer = request.abortSignal;
  const forward = () => controller.abort();
  outer?.addEventListener('abort', forward);
  request.abortSignal = controller.signal;
  try {
    return await next(request);
  } catch (e) {
    if (controller.signal.aborted && !outer?.aborted)
      throw new OutboundCallError(
        'timeout',
        `no answer from ${originOf(request.url) ?? 'the connector'} within ${ms} ms`,
      );
    throw e;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
    request.abortSignal = outer;
  }
}

/**
 * The bounds of the turn (or proactive send) running now. A connector client is shared by every turn
 * to its service URL (see `SharingAuthentication`), so its bounds are not written on it: each call
 * reads those of the work that made it. A call made outside any bounded work is refused.
 */
const bounds = new AsyncLocalStorage<OutboundLimits>();
const NO_CALLS: OutboundLimits = { perCallMs: 0, deadline: 0, retries: 0, origin: null };

function currentLimits(): OutboundLimits {
  return bounds.getStore() ?? NO_CALLS;
}

/**
 * Runs `work` (a turn, a proactive send) with every connector call it makes bounded by `limits`, and
 * going only to the origin of `serviceUrl`.
 */
export function withinBounds<T>(
  limits: TurnLimits,
  serviceUrl: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  return bounds.run({ ...limits, origin: originOf(serviceUrl) }, work);
}

function boundedPolicy() {
  return {
    name: 'boardClerkBoundedCalls',
    async sendRequest(request: PipelineRequest, next: Next): Promise<PipelineResponse> {
      const limits = currentLimits();
      // A connection of its own for every call, as when each turn built its own client: a kept-alive
      // one, shared between turns, may have been closed by the other end by the time it is reused, and
      // a call that fails that way is not retried (nothing proves it was not delivered). (The
      // pipeline's own switch for this falls back to Node's global agent, which keeps connections alive.)
      request.headers.set('connection', 'close');
      for (let tries = 0; ; tries += 1) {
        check(request.url, limits);
        const ms = Math.min(limits.perCallMs, limits.deadline - Date.now());
        let response: PipelineResponse | null = null;
        let unreachable = '';
        try {
          response = await attempt(request, next, ms);
          if (!RETRY_STATUS.has(response.status)) return response;
        } catch (e) {
          unreachable = (e as { code?: string }).code ?? '';
          if (!NOT_DELIVERED.has(unreachable)) throw e;
        }
        const wait = retryDelay(response);
        const canRetry =
          tries < limits.retries &&
          wait <= MAX_RETRY_AFTER_MS &&
          Date.now() + wait < limits.deadline;
        if (!canRetry) {
          if (response) return response;
          throw new OutboundCallError(
            'refused',
            `${originOf(request.url)} could not be reached (${unreachable})`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    },
  };
}

const bounded = new WeakSet<object>();

/**
 * Puts the bounds on a connector client, once: replaces the SDK's retry policy with the bounded one,
 * drops redirects (a connector never needs one, and a redirect could lead anywhere), and checks origin
 * and deadline when a request is signed, which also covers the TeamsConnectorClient the SDK builds from
 * these credentials for TeamsInfo's team calls. The bounds are those of the work running the call
 * (`withinBounds`).
 */
export function boundConnector<T extends object>(client: T): T {
  if (bounded.has(client)) return client;
  bounded.add(client);
  // The pipeline is private in the SDK's typings; it is the documented @azure/core-client one.
  const connector = client as ConnectorLike;
  const pipeline = connector.client?.pipeline;
  if (pipeline) {
    pipeline.removePolicy({ name: 'defaultRetryPolicy' });
    pipeline.removePolicy({ name: 'redirectPolicy' });
    pipeline.addPolicy(boundedPolicy(), { phase: 'Retry' });
  }
  const credentials = connector.credentials;
  if (credentials)
    connector.credentials = new Proxy(credentials, {
      get(target, property) {
        if (property === 'signRequest')
          return (webResource: { url: string }) => {
            check(webResource.url, currentLimits());
            return target.signRequest(webResource);
          };
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  return client;
}

function connectorOf(context: TurnContext): ConnectorClient | undefined {
  const key = (context.adapter as CloudAdapterBase).ConnectorClientKey;
  return context.turnState.get<ConnectorClient | undefined>(key);
}

/**
 * Bounds the connector a turn was given (replies, updates, TeamsInfo's member calls), incoming or
 * proactive, whatever made it: the turn itself runs `withinBounds`.
 */
export function boundTurn(context: TurnContext): void {
  const connector = connectorOf(context);
  if (connector) boundConnector(connector);
}

/**
 * A Teams client (team details, channel lists) under the turn's bounds. TeamsInfo.getTeamChannels
 * builds its own client inside the SDK, which these bounds reach only when it signs a request (origin
 * and deadline, no timeout): use this one instead.
 */
export function teamsClient(context: TurnContext): TeamsConnectorClient {
  const connector = connectorOf(context);
  if (!connector || !bounds.getStore()) throw new Error('teamsClient needs a bounded turn');
  const client = new TeamsConnectorClient(connector.credentials, {
    baseUri: context.activity.serviceUrl,
  });
  return boundConnector(client);
}
