import type restify from 'restify';
import type { AppConfig } from './config';
import { loadDataset } from './dataset/bundled';
import { seedDataset } from './dataset/seed';
import type { Logger } from './log';
import { createHttpServer, listen } from './server/httpServer';
import { openStore, type OpenedStore } from './store/openStore';

export interface RunningApp {
  port: number;
  host: string;
  opened: OpenedStore;
  server: restify.Server;
  stop(): Promise<void>;
}

/**
 * Starts Board Clerk: opens the store (embedded or Azure), seeds the bundled dataset if asked, and
 * serves HTTP. Without a Bot Framework app id it listens on loopback only.
 */
export async function startApp(config: AppConfig, log: Logger): Promise<RunningApp> {
  const opened = await openStore(config.store, log);
  try {
    if (config.seedData) await seedDataset(opened.store, await loadDataset(), log);
    const host = config.bot.appId ? '0.0.0.0' : '127.0.0.1';
    const server = createHttpServer({ log, store: opened.store, storeMode: opened.mode });
    const port = await listen(server, config.port, host);
    log.info({ port, host }, 'Board Clerk listening');
    let stopping: Promise<void> | undefined;
    return {
      port,
      host,
      opened,
      server,
      stop: () =>
        (stopping ??= (async () => {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
          });
          await opened.close();
          log.info('Board Clerk stopped');
        })()),
    };
  } catch (e) {
    await opened.close();
    throw e;
  }
}
