import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake Bot Connector service: a real HTTP server on loopback implementing the v3 conversation
 * endpoints the Bot Framework SDK calls. It records what it receives, and can inject 429 with
 * Retry-After, 500s, timeouts (no answer, nothing delivered), 403 and 404, per conversation, and enforce
 * Teams-like rate limits.
 */

export interface ReceivedActivity {
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
  at: number;
}

export type Fault =
  | { status: 429; retryAfterSeconds: number }
  | { status: 500 | 502 | 503 }
  | { status: 403 | 404 }
  | { timeout: true };

export interface ConnectorLimits {
  perConversation: { points: number; ms: number }[];
  perApp?: { points: number; ms: number };
}

interface Team {
  channels: { id: string; name?: string }[];
}

export class FakeConnector {
  readonly received: ReceivedActivity[] = [];
  readonly updates: ReceivedActivity[] = [];
  /** Every request, faulted or not, for counting attempts. */
  readonly requests: {
    method: string;
    path: string;
    status: number;
    at: number;
    headers: http.IncomingHttpHeaders;
  }[] = [];
  private readonly faults = new Map<string, Fault[]>();
  private readonly teams = new Map<string, Team>();
  private readonly members = new Map<string, { id: string; aadObjectId: string; name: string }[]>();
  private readonly hits = new Map<string, number[]>();
  private limits: ConnectorLimits | null = null;
  /**
   * Drop a kept-alive connection when a second request arrives on it, unanswered: what a connector (or
   * a load balancer) that closed an idle connection as it was reused looks like to the caller.
   */
  dropReusedConnections = false;
  private readonly usedSockets = new WeakSet<object>();
  private server: http.Server | null = null;
  private held: http.ServerResponse[] = [];
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      if (this.dropReusedConnections && this.usedSockets.has(req.socket)) {
        req.socket.destroy();
        return;
      }
      this.usedSockets.add(req.socket);
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.held = [];
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Faults for the next requests to a conversation ('*' for any), used in order. */
  inject(conversationId: string, ...faults: Fault[]): void {
    this.faults.set(conversationId, [...(this.faults.get(conversationId) ?? []), ...faults]);
  }

  /** Refuse with 429 when a conversation or the whole app goes over these rates, as Teams does. */
  enforce(limits: ConnectorLimits | null): void {
    this.limits = limits;
  }

  addTeam(teamId: string, channels: { id: string; name?: string }[]): void {
    this.teams.set(teamId, { channels });
  }

  setMembers(
    conversationId: string,
    members: { id: string; aadObjectId: string; name: string }[],
  ): void {
    this.members.set(conversationId, members);
  }

  /** Messages delivered to a conversation (not counting updates). */
  deliveredTo(conversationId: string): ReceivedActivity[] {
    return this.received.filter((r) => r.conversationId === conversationId);
  }

  private nextFault(conversationId: string): Fault | undefined {
    for (const key of [conversationId, '*']) {
      const queue = this.faults.get(key);
      if (queue?.length) return queue.shift();
    }
    return undefined;
  }

  private overLimit(conversationId: string, now: number): number | null {
    if (!this.limits) return null;
    const check = (key: string, windows: { points: number; ms: number }[]): number | null => {
      const times = (this.hits.get(key) ?? []).filter(
        (t) => now - t < Math.max(...windows.map((w) => w.ms)),
      );
      this.hits.set(key, times);
      for (const w of windows) {
        const inWindow = times.filter((t) => now - t < w.ms);
        if (inWindow.length >= w.points) return w.ms - (now - inWindow[0]!);
      }
      return null;
    };
    const perConversation = check(`c:${conversationId}`, this.limits.perConversation);
    const perApp = this.limits.perApp ? check('app', [this.limits.perApp]) : null;
    const wait = Math.max(perConversation ?? -1, perApp ?? -1);
    if (wait >= 0) return wait;
    this.hits.get(`c:${conversationId}`)!.push(now);
    if (this.limits.perApp) this.hits.get('app')!.push(now);
    return null;
  }

  private async body(req: http.IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  private send(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    const record = (status: number) =>
      this.requests.push({
        method,
        path: url.pathname,
        status,
        at: Date.now(),
        headers: req.headers,
      });
    const body = method === 'GET' ? {} : await this.body(req);

    // GET /v3/teams/{teamId}/conversations
    if (
      method === 'GET' &&
      parts[0] === 'v3' &&
      parts[1] === 'teams' &&
      parts[3] === 'conversations'
    ) {
      const team = this.teams.get(parts[2]!);
      record(team ? 200 : 404);
      return team
        ? this.send(res, 200, { conversations: team.channels })
        : this.send(res, 404, { error: { code: 'NotFound' } });
    }
    // GET /v3/conversations/{id}/pagedmembers and /members
    if (
      method === 'GET' &&
      parts[1] === 'conversations' &&
      (parts[3] === 'pagedmembers' || parts[3] === 'members')
    ) {
      const members = this.members.get(parts[2]!) ?? [];
      record(200);
      return this.send(res, 200, parts[3] === 'pagedmembers' ? { members } : members);
    }
    // POST /v3/conversations (create a conversation)
    if (method === 'POST' && parts.length === 2 && parts[1] === 'conversations') {
      record(200);
      return this.send(res, 200, { id: `a:${randomUUID()}`, activityId: randomUUID() });
    }
    // POST /v3/conversations/{id}/activities[/{replyTo}] and PUT /v3/conversations/{id}/activities/{activityId}
    if (
      parts[1] === 'conversations' &&
      parts[3] === 'activities' &&
      (method === 'POST' || method === 'PUT')
    ) {
      const conversationId = parts[2]!;
      const now = Date.now();
      const fault = this.nextFault(conversationId);
      if (fault && 'timeout' in fault) {
        record(0);
        this.held.push(res); // never answers; nothing is delivered
        return;
      }
      if (fault) {
        record(fault.status);
        return this.send(
          res,
          fault.status,
          {
            error: {
              code: fault.status === 429 ? 'Throttled' : 'Fault',
              message: `injected ${fault.status}`,
            },
          },
          fault.status === 429 ? { 'retry-after': String(fault.retryAfterSeconds) } : {},
        );
      }
      const wait = method === 'POST' ? this.overLimit(conversationId, now) : null;
      if (wait !== null) {
        record(429);
        return this.send(
          res,
          429,
          { error: { code: 'Throttled' } },
          { 'retry-after': String(Math.max(1, Math.ceil(wait / 1000))) },
        );
      }
      const activityId = method === 'PUT' ? parts[4]! : randomUUID();
      const entry = { conversationId, activityId, activity: body, at: now };
      if (method === 'PUT') this.updates.push(entry);
      else this.received.push(entry);
      record(200);
      return this.send(res, 200, { id: activityId });
    }
    record(404);
    this.send(res, 404, { error: { code: 'NotFound', message: `${method} ${url.pathname}` } });
  }
}
