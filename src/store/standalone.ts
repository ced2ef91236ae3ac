import { ConfigError, loadStoreServerConfig } from '../config';
import { createLogger } from '../log';
import { limitHeapGrowth } from '../heapGrowth';
import { startDurableServer } from './durableServer';

/**
 * Entry point for `npm run store`: the durable embedded store as its own process, with its own DATA_DIR
 * and port (STORE_PORT), on loopback over plain HTTP, for several bot instances on this machine (start
 * them with STORE_MODE=local-cluster and COSMOS_ENDPOINT set to the address logged here).
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadStoreServerConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config.logLevel);
  limitHeapGrowth(config.heapGrowthPercent, config.heapGrowthMb);
  let server;
  try {
    server = await startDurableServer({
      dataDir: config.dataDir,
      port: config.port,
      legacyDatabase: config.database,
      log,
    });
  } catch (e) {
    log.fatal({ err: (e as Error).message }, 'the store could not start');
    process.exit(1);
  }
  log.info(
    { endpoint: server.endpoint, dataDir: config.dataDir },
    `store ready: start bot instances with STORE_MODE=local-cluster COSMOS_ENDPOINT=${server.endpoint}`,
  );
  const shutdown = (signal: string) => {
    log.info({ signal }, 'store shutting down');
    const timer = setTimeout(() => {
      log.error('store shutdown took too long; exiting');
      process.exit(1);
    }, 10_000);
    timer.unref();
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
