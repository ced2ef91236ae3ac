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
  headers: {
    get(name: string): string | undefined;
    set(name: string, value: string): void;
    delete(name: string): void;
  };
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
interface WebResource {
  url: string;
  headers?: { get(name: string): string | undefined };
}
interface Credentials {
  signRequest(webResource: WebResource): Promise<unknown>;
}
interface OperationArguments {
  options?: { customHeaders?: Record<string, string> } & Record<string, unknown>;
}
/** A ConnectorClient or TeamsConnectorClient, as far as bounding it goes. */
interface ConnectorLike {
  client?: { pipeline?: Pipeline };
  credentials?: Credentials;
  sendOperationRequest?(args: OperationArguments, ...rest: unknown[]): Promise<unknown>;
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

const NO_CALLS: OutboundLimits = { perCallMs: 0, deadline: 0, retries: 0, origin: null };

/**
 * A call carries the bounds of the work that made it in this header, put on by the work's client
 * (`forWork`) and taken off by the bounded policy before the call leaves. A shared connector client
 * serves every turn at once, so its bounds cannot be written on it; and carrying them with the call
 * rather than in an AsyncLocalStorage keeps Node's promise hooks off, which cost about a sixth of the
 * CPU of a question in `npm run bench:questions`.
 */
const BOUNDS_HEADER = 'x-board-clerk-bounds';

function boundsHeader(limits: OutboundLimits): string {
  const deadline = Number.isFinite(limits.deadline) ? limits.deadline : null;
  return JSON.stringify([limits.perCallMs, deadline, limits.retries, limits.origin]);
}

/** The bounds a call carries; a call with none (made outside any bounded work) may not go at all. */
function boundsOf(headers: WebResource['headers']): OutboundLimits {
  const value = headers?.get(BOUNDS_HEADER);
  if (!value) return NO_CALLS;
  const [perCallMs, deadline, retries, origin] = JSON.parse(value) as [
    number,
    number | null,
    number,
    string | null,
  ];
  return { perCallMs, deadline: deadline ?? Infinity, retries, origin };
}

/** The bounds of some work (a turn, a proactive send), with the one origin its calls may go to. */
export function boundsFor(limits: TurnLimits, serviceUrl: string | undefined): OutboundLimits {
  return { ...limits, origin: originOf(serviceUrl) };
}

function boundedPolicy() {
  return {
    name: 'boardClerkBoundedCalls',
    async sendRequest(request: PipelineRequest, next: Next): Promise<PipelineResponse> {
      const limits = boundsOf(request.headers);
      request.headers.delete(BOUNDS_HEADER);
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
/** The credentials a client was made with, before bounding wrapped them. */
const unbounded = new WeakMap<object, Credentials>();
/** The bounds of a client made for some work by `forWork`. */
const workBounds = new WeakMap<object, OutboundLimits>();

/** Credentials that refuse to sign a request the bounds (read for each request) do not allow. */
function checkedCredentials(
  credentials: Credentials,
  limitsFor: (webResource: WebResource) => OutboundLimits,
): Credentials {
  return new Proxy(credentials, {
    get(target, property) {
      if (property === 'signRequest')
        return (webResource: WebResource) => {
          check(webResource.url, limitsFor(webResource));
          return target.signRequest(webResource);
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

/**
 * Puts the bounds on a connector client, once: replaces the SDK's retry policy with the bounded one,
 * drops redirects (a connector never needs one, and a redirect could lead anywhere), and checks origin
 * and deadline when a request is signed. The bounds applied are those each call carries (`forWork`); a
 * call with none is refused.
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
  if (credentials) {
    unbounded.set(client, credentials);
    connector.credentials = checkedCredentials(credentials, (w) => boundsOf(w.headers));
  }
  return client;
}

/**
 * A bounded client as one piece of work (a turn, a proactive send) uses it: the same pipeline and
 * token, with the work's bounds on every call it makes. Its credentials check the same bounds, which
 * covers the clients the SDK builds from them (TeamsInfo's team calls).
 */
function forWork<T extends object>(client: T, limits: OutboundLimits): T {
  const shared = client as ConnectorLike & Record<string, unknown>;
  const send = shared.sendOperationRequest?.bind(client);
  const facade = Object.create(client) as ConnectorLike & Record<string, unknown>;
  // The operation groups (conversations, attachments, teams) call their client: each gets the facade.
  for (const [key, value] of Object.entries(shared))
    if (
      typeof value === 'object' &&
      value !== null &&
      (value as { client?: unknown }).client === client
    )
      facade[key] = new (value.constructor as new (c: unknown) => unknown)(facade);
  if (send)
    facade.sendOperationRequest = (args: OperationArguments, ...rest: unknown[]) =>
      send(
        {
          ...args,
          options: {
            ...args.options,
            customHeaders: {
              ...args.options?.customHeaders,
              [BOUNDS_HEADER]: boundsHeader(limits),
            },
          },
        },
        ...rest,
      );
  const credentials = unbounded.get(client);
  if (credentials) {
    facade.credentials = checkedCredentials(credentials, () => limits);
    unbounded.set(facade, credentials);
  }
  workBounds.set(facade, limits);
  return facade as T;
}

function connectorOf(context: TurnContext): ConnectorClient | undefined {
  const key = (context.adapter as CloudAdapterBase).ConnectorClientKey;
  return context.turnState.get<ConnectorClient | undefined>(key);
}

/**
 * Gives a turn (incoming or proactive) a connector under its bounds: replies, updates and TeamsInfo's
 * member calls made in it go no further than `limits` allow.
 */
export function boundTurn(context: TurnContext, limits: OutboundLimits): void {
  const connector = connectorOf(context);
  if (!connector) return;
  const key = (context.adapter as CloudAdapterBase).ConnectorClientKey;
  context.turnState.set(key, forWork(boundConnector(connector), limits));
}

/**
 * A Teams client (team details, channel lists) under the turn's bounds. TeamsInfo.getTeamChannels
 * builds its own client inside the SDK, which these bounds reach only when it signs a request (origin
 * and deadline, no timeout): use this one instead.
 */
export function teamsClient(context: TurnContext): TeamsConnectorClient {
  const connector = connectorOf(context);
  const limits = connector && workBounds.get(connector);
  const credentials = connector && unbounded.get(connector);
  if (!limits || !credentials) throw new Error('teamsClient needs a bounded turn');
  const client = new TeamsConnectorClient(credentials as ConnectorClient['credentials'], {
    baseUri: context.activity.serviceUrl,
  });
  return forWork(boundConnector(client), limits);
}
