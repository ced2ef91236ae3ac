import restify from 'restify';
import type { StoreMode } from '../config';
import type { Logger } from '../log';
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
  /** Extra routes (the bot endpoint) registered by the caller. */
  routes?: (server: restify.Server) => void;
}

/** The HTTP surface: `GET /healthz` for probes, plus whatever the caller registers. */
export function createHttpServer(options: HttpServerOptions): restify.Server {
  const server = restify.createServer({ name: 'board-clerk', handleUncaughtExceptions: false });

  server.get('/healthz', async (_req, res) => {
    const started = Date.now();
    try {
      await options.store.ping();
      const health = await options.store.health?.();
      if (health && health.status !== 'ok') {
        options.log.warn({ reasons: health.reasons }, 'health check: store degraded');
        res.send(200, {
          status: 'degraded',
          store: health.writable ? 'degraded' : 'read-only',
          storeMode: options.storeMode,
          reasons: health.reasons,
          ms: Date.now() - started,
        });
        return;
      }
      res.send(200, {
        status: 'ok',
        store: 'ok',
        storeMode: options.storeMode,
        ms: Date.now() - started,
      });
    } catch (e) {
      options.log.error({ err: (e as Error).message }, 'health check: store unreachable');
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

export function listen(server: restify.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(address.port);
    });
  });
}
