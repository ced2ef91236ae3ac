import type restify from 'restify';
import type { AppConfig } from './config';
import { loadDataset } from './dataset/bundled';
import { seedDataset } from './dataset/seed';
import { randomUUID } from 'node:crypto';
import { createAdapter, createProactiveAdapter } from './bot/adapter';
import { TeamsSender } from './bot/teamsSender';
import type { BroadcastTarget } from './domain/delivery';
import { BroadcastClosureNotifier } from './progress/closureNotifications';
import { ProgressService } from './progress/progressService';
import { GovernanceBroadcastContent } from './reminders/broadcastContent';
import { BroadcastService } from './reminders/broadcastService';
import { DeliveryEngine } from './reminders/deliveryEngine';
import { InstallationService } from './reminders/installations';
import { MeetingService } from './reminders/meetingService';
import { RateLimits } from './reminders/rateLimits';
import { Scheduler } from './reminders/scheduler';
import { SecretaryDesk } from './reminders/secretaryDesk';
import { BoardClerkBot } from './bot/boardClerkBot';
import { BoardClerkCardActions } from './bot/cardActions';
import type { Logger } from './log';
import { ReferenceDataCache } from './questions/referenceData';
import { QuestionService } from './questions/service';
import { createHttpServer, listen } from './server/httpServer';
import { registerMessagesEndpoint } from './server/messagesEndpoint';
import { openStore, type OpenedStore } from './store/openStore';

export interface RunningApp {
  port: number;
  host: string;
  opened: OpenedStore;
  server: restify.Server;
  scheduler: Scheduler;
  stop(): Promise<void>;
}

/**
 * Starts Board Clerk: opens the store (embedded or Azure), seeds the bundled dataset if asked, and
 * serves HTTP. Without a Bot Framework app id it listens on loopback only.
 */
export interface StartOptions {
  /** The clock, so tests control time. */
  clock?: () => Date;
  /** Run the scheduler loop (default true); tests drive passes themselves with `scheduler.pass()`. */
  scheduler?: boolean;
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
    const clock = options.clock ?? (() => new Date());
    // eslint-disable-next-line prefer-const -- assigned once the engine exists; read only by `queued`
    let scheduler: Scheduler;
    const store = opened.store;
    const referenceData = new ReferenceDataCache(store);
    const questions = new QuestionService(store, referenceData, clock);
    const installations = new InstallationService(store, log, clock);
    const broadcasts = new BroadcastService(
      store,
      installations,
      referenceData,
      config.reminders.schedule,
      log,
      clock,
    );
    const secretariatChannel = async (): Promise<BroadcastTarget | null> => {
      const id = config.reminders.secretariatChannelId;
      if (!id) return null;
      const found = (await broadcasts.targetOptions()).find((o) => o.target.channelId === id);
      if (!found)
        log.warn({ channelId: id }, 'SECRETARIAT_CHANNEL_ID is not a channel of an installed team');
      return found?.target ?? null;
    };
    // The scheduler runs a pass at once when a secretary sends now or a closure is proposed.
    const queued = () => scheduler.kick();
    const progress = new ProgressService(
      store,
      referenceData,
      new BroadcastClosureNotifier(
        store,
        installations,
        referenceData,
        secretariatChannel,
        log,
        queued,
        clock,
      ),
      log,
      clock,
    );
    const content = new GovernanceBroadcastContent(store, referenceData, progress, clock);
    const desk = new SecretaryDesk(
      store,
      referenceData,
      new MeetingService(store, referenceData, log, clock),
      broadcasts,
      content,
      config.reminders.schedule,
      secretariatChannel,
      log,
      queued,
      clock,
    );
    const bot = new BoardClerkBot({
      questions,
      cardActions: new BoardClerkCardActions(questions, progress, desk, config.organisationId),
      desk,
      installations,
      log,
      allowedTenants: config.allowedTenants,
      organisationId: config.organisationId,
    });
    const engine = new DeliveryEngine(
      store,
      store,
      installations,
      new TeamsSender(createProactiveAdapter(config.bot), config.bot.appId ?? ''),
      content,
      new RateLimits(),
      log,
      { instanceId: `${process.pid}-${randomUUID().slice(0, 8)}`, clock },
    );
    scheduler = new Scheduler(
      engine,
      broadcasts,
      async () => broadcasts.chaserRecipients(await secretariatChannel()),
      { intervalMs: config.reminders.intervalMs, weeklyChasers: config.reminders.weeklyChasers },
      log,
    );
    const adapter = createAdapter(config.bot, log);
    const server = createHttpServer({
      log,
      store: opened.store,
      storeMode: opened.mode,
      routes: (s) =>
        registerMessagesEndpoint(s, {
          adapter,
          handler: (context) => bot.run(context),
          config,
          log,
        }),
    });
    const port = await listen(server, config.port, host);
    log.info({ port, host }, 'Board Clerk listening');
    if (options.scheduler !== false) scheduler.start();
    let stopping: Promise<void> | undefined;
    return {
      port,
      host,
      opened,
      server,
      scheduler,
      stop: () =>
        (stopping ??= (async () => {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
          });
          await scheduler.stop();
          await opened.close();
          log.info('Board Clerk stopped');
        })()),
    };
  } catch (e) {
    await opened.close();
    throw e;
  }
}
