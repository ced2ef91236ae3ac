import restify from 'restify';
import type { StoreMode } from '../config';
import type { Logger } from '../log';
import type { ReadModelStatus } from '../shared/readModel';
import type { StoreHealth } from '../store/health';

export interface HealthCheck {
  /** Resolves when the store answers; rejects otherwise. */
  ping(): Promise<void>;
  /** What a ping cannot tell: writes not being saved, damaged records kept aside. */
  health?(): Promise<StoreHealth>;
}

export interface HttpServerOptions {
  log: Logger;
  store: HealthCheck;
  storeMode: StoreMode;
  /** The read model questions are answered from: it keeps answering while the store is unreachable. */
  readModel?: { status(): ReadModelStatus };
  /** Extra routes (the bot endpoint) registered by the caller. */
  routes?: (server: restify.Server) => void;
}

/** The HTTP surface: `GET /healthz` for probes, plus whatever the caller registers. */
export function createHttpServer(options: HttpServerOptions): restify.Server {
  const server = restify.createServer({ name: 'board-clerk', handleUncaughtExceptions: false });

  server.get('/healthz', async (_req, res) => {
    const started = Date.now();
    const readModel = options.readModel?.status();
    const staleModel = readModel?.state === 'stale' ? [staleReason(readModel)] : [];
    try {
      await options.store.ping();
      const health = await options.store.health?.();
      if ((health && health.status !== 'ok') || staleModel.length) {
        const reasons = [...(health?.reasons ?? []), ...staleModel];
        options.log.warn({ reasons }, 'health check: degraded');
        res.send(200, {
          status: 'degraded',
          store:
            !health || health.status === 'ok' ? 'ok' : health.writable ? 'degraded' : 'read-only',
          ...(readModel ? { readModel } : {}),
          storeMode: options.storeMode,
          reasons,
          ms: Date.now() - started,
        });
        return;
      }
      res.send(200, {
        status: 'ok',
        store: 'ok',
        ...(readModel ? { readModel } : {}),
        storeMode: options.storeMode,
        ms: Date.now() - started,
      });
    } catch (e) {
      const reason = `the store cannot be reached: ${(e as Error).message}`;
      options.log.error({ err: (e as Error).message }, 'health check: store unreachable');
      // Questions are still answered from the read model; saving anything fails until the store is back.
      if (readModel) {
        res.send(200, {
          status: 'degraded',
          store: 'unreachable',
          readModel,
          storeMode: options.storeMode,
          reasons: [
            reason,
            ...staleModel,
            'questions are answered from the read model; nothing can be saved until the store answers',
          ],
          ms: Date.now() - started,
        });
        return;
      }
      res.send(503, { status: 'unavailable', store: 'unreachable', storeMode: options.storeMode });
    }
  });

  options.routes?.(server);

  server.on(
    'restifyError',
    (req: restify.Request, res: restify.Response, err: Error, callback: () => void) => {
      options.log.warn(
        { method: req.method, url: req.url, status: res.statusCode, err: err.message },
        'request failed',
      );
      callback();
    },
  );
  return server;
}

function staleReason(status: Extract<ReadModelStatus, { state: 'stale' }>): string {
  return `the read model is stale since ${status.since}${status.reason ? ` (${status.reason})` : ''}: answers are as of then`;
}

export function listen(server: restify.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(address.port);
    });
  });
}
