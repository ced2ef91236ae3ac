import type restify from 'restify';
import { createAdapter, createProactiveAdapter } from './bot/adapter';
import { TeamsBot } from './bot/teamsBot';
import { TeamsSender } from './bot/teamsSender';
import { createBriefs } from './briefs';
import type { AppConfig } from './config';
import { loadDataset } from './dataset/bundled';
import { seedDataset } from './dataset/seed';
import type { Logger } from './log';
import { createImports } from './imports';
import { createProgress } from './progress';
import { createQuestions } from './questions';
import { SUBJECTS, UNANSWERED_LIMITS } from './questions/memory';
import { createReminders, type Scheduler } from './reminders';
import { limitHeapGrowth } from './heapGrowth';
import { createHttpServer, listen } from './server/httpServer';
import { registerMessagesEndpoint } from './bot/messagesEndpoint';
import { EventBus } from './shared/events';
import { openReadModel, type ReadModel } from './shared/readModel';
import { overlaidReferenceData } from './shared/referenceData';
import { ReadModelImportBatches } from './shared/readModel/imports';
import { importAware } from './store/importBatches';
import { openStore, type OpenedStore } from './store/openStore';
import { StoredConversationValues, StoredTextLog } from './store/featureRecords';
import type { BoardClerkStore } from './store/store';

export interface RunningApp {
  port: number;
  host: string;
  /** The store as features use it: the read model in front of the store. */
  opened: Omit<OpenedStore, 'store'> & { store: BoardClerkStore };
  readModel: ReadModel;
  /** Conversations' follow-up subjects, written behind the replies: `flush` writes what waits now. */
  subjects: { flush(): Promise<void> };
  server: restify.Server;
  scheduler: Scheduler;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The clock, so tests control time. */
  clock?: () => Date;
  /** Run the scheduler loop (default true); tests drive passes themselves with `scheduler.pass()`. */
  scheduler?: boolean;
}

/**
 * Starts Board Clerk: opens the store (embedded or Azure), seeds the bundled dataset if asked, wires the
 * features to the Teams edge, and serves HTTP. Without a Bot Framework app id it listens on loopback only.
 */
export async function startApp(
  config: AppConfig,
  log: Logger,
  options: StartOptions = {},
): Promise<RunningApp> {
  limitHeapGrowth(config.heapGrowthPercent, config.heapGrowthMb);
  const opened = await openStore(config.store, log);
  let following: ReadModel | undefined;
  try {
    if (config.seedData) await seedDataset(opened.store, await loadDataset(), log);
    const host = config.bot.appId ? '0.0.0.0' : '127.0.0.1';
    if (!config.bot.appId)
      log.warn(
        { host },
        'LOCAL MODE: no MicrosoftAppId is set, so /api/messages accepts unauthenticated requests; listening on loopback only',
      );
    const clock = options.clock ?? (() => new Date());

    // The parts. Reads are answered by the read model; readers see it through the import batches: an
    // import in flight is seen whole or not at all (src/store/importBatches.ts); a batch left by a crash
    // is finished or discarded.
    const {
      model: readModel,
      store: followed,
      referenceData: snapshots,
    } = await openReadModel(opened.store, { log });
    following = readModel;
    const records = opened.store.importRecords();
    const batches = new ReadModelImportBatches(records, followed, readModel, log, clock);
    const store = importAware(followed, batches);
    const referenceData = overlaidReferenceData(snapshots, () => batches.overlay());
    await batches.recover();
    const events = new EventBus(log);
    const subjects = new StoredConversationValues(store, {
      ...SUBJECTS,
      onWriteFailed: (e) =>
        log.warn({ err: e.message }, 'questions: could not store conversations’ subjects yet'),
    });
    const questions = createQuestions({
      store,
      referenceData,
      memory: subjects,
      unanswered: new StoredTextLog(store, UNANSWERED_LIMITS),
      log,
      recordsVersion: () => readModel.records.answersVersion,
    });
    const progress = createProgress({ store, referenceData, events, log });
    const imports = createImports({
      store,
      records,
      batches,
      referenceData,
      log,
      clock,
      applyInBackground: true,
    });
    const briefs = createBriefs({
      store,
      referenceData,
      schedule: config.reminders.schedule,
      log,
    });
    const sender = new TeamsSender(createProactiveAdapter(config.bot), config.bot.appId ?? '');
    const reminders = createReminders({
      store,
      referenceData,
      events,
      closureNotice: (ref, audience, now) => progress.closureNotice(ref, audience, now),
      briefs: {
        recipients: (meeting) => briefs.recipients(meeting),
        brief: (meeting, personId, now) => briefs.forPerson(meeting, personId, now),
      },
      sender,
      schedule: config.reminders.schedule,
      secretariatChannelId: config.reminders.secretariatChannelId,
      intervalMs: config.reminders.intervalMs,
      weeklyChasers: config.reminders.weeklyChasers,
      rateHeadroomPercent: config.reminders.rateHeadroomPercent,
      log,
      clock,
    });
    const bot = new TeamsBot({
      features: {
        questions,
        progress,
        briefs,
        desk: reminders.desk,
        installations: reminders.installations,
        imports,
      },
      poster: {
        post: async (conversation, channelId, view) => {
          await sender.send({ conversation, channelId, boardMember: false }, view);
        },
      },
      files: { allowLoopbackHttp: !config.bot.appId },
      personalChats: {
        find: async (aad) => (await store.findPersonalConversation(aad))?.value ?? null,
        send: async (chat, view) => {
          await sender.send({ conversation: chat, boardMember: true }, view);
        },
      },
      referenceData,
      log,
      allowedTenants: config.allowedTenants,
      organisationId: config.organisationId,
      botAppId: config.bot.appId ?? null,
      clock,
    });

    // The HTTP surface.
    const adapter = createAdapter(config.bot, log);
    const server = createHttpServer({
      log,
      store: opened.store,
      readModel,
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
    const { scheduler } = reminders;
    if (options.scheduler !== false) scheduler.start();
    let stopping: Promise<void> | undefined;
    return {
      port,
      host,
      opened: { ...opened, store },
      readModel,
      subjects,
      server,
      scheduler,
      stop: () =>
        (stopping ??= (async () => {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
          });
          await scheduler.stop();
          await batches.settle();
          await subjects.flush().catch(() => undefined);
          await readModel.stop();
          await opened.close();
          log.info('Board Clerk stopped');
        })()),
    };
  } catch (e) {
    await following?.stop();
    await opened.close();
    throw e;
  }
}
