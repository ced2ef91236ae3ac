import type restify from 'restify';
import type { AppConfig } from './config';
import { loadDataset } from './dataset/bundled';
import { seedDataset } from './dataset/seed';
import { createAdapter } from './bot/adapter';
import { BoardClerkBot } from './bot/boardClerkBot';
import { BoardClerkCardActions } from './bot/cardActions';
import type { Logger } from './log';
import { ReferenceDataCache } from './questions/referenceData';
import { QuestionService } from './questions/service';
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
export interface StartOptions {
  /** The clock, so tests control time. */
  clock?: () => Date;
}

export async function startApp(
  config: AppConfig,
  log: Logger,
  options: StartOptions = {},
): Promise<RunningApp> {
  const opened = await openStore(config.store, log);
  try {
    if (config.seedData) await seedDataset(opened.store, await loadDataset(), log);
    const host = config.bot.appId ? '0.0.0.0' : '127.0.0.1';
    if (!config.bot.appId)
      log.warn(
        { host },
        'LOCAL MODE: no MicrosoftAppId is set, so /api/messages accepts unauthenticated requests; listening on loopback only',
      );
    const questions = new QuestionService(
      opened.store,
      new ReferenceDataCache(opened.store),
      options.clock,
    );
    const bot = new BoardClerkBot({
      questions,
      cardActions: new BoardClerkCardActions(questions, config.organisationId),
      log,
      allowedTenants: config.allowedTenants,
      organisationId: config.organisationId,
    });
    const adapter = createAdapter(config.bot, log);
    const server = createHttpServer({
      log,
      store: opened.store,
      storeMode: opened.mode,
      routes: (s) =>
        s.post('/api/messages', async (req, res) => {
          await adapter.process(req, res, (context) => bot.run(context));
        }),
    });
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
