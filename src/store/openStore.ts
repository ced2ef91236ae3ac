import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { StoreConfig } from '../config';
import type { Logger } from '../log';
import { CosmosGovernanceStore } from './cosmosStore';
import type * as DurableServerModule from './durableServer';
import { STORE_HEALTH_PATH, StoreHealth } from './health';

// The embedded server (its query engine and journal: about 35 MB in memory, a quarter of a second to
// load) is loaded only when this process runs it, never on Azure.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const durableServer = () => require('./durableServer') as typeof DurableServerModule;

export interface OpenedStore {
  store: CosmosGovernanceStore;
  mode: StoreConfig['mode'];
  /** The Cosmos DB endpoint the store talks to (for the embedded store, its loopback address). */
  endpoint: string;
  /** Waits for pending durable writes, then releases everything. */
  close(): Promise<void>;
}

/** The durable embedded store accepts any key; the SDK needs one to sign requests. */
const LOCAL_KEY = 'board-clerk-local-store';

/**
 * Opens the store the configuration asks for: Azure Cosmos DB; the durable embedded store in this
 * process, with its journal in DATA_DIR; or a durable embedded store run by `npm run store` and shared
 * with other instances (local cluster). Containers are created if missing.
 */
export async function openStore(config: StoreConfig, log: Logger): Promise<OpenedStore> {
  if (config.mode === 'azure') {
    // With no key, sign in with the app's managed identity (Cosmos DB built-in data contributor role).
    const client = config.key
      ? new CosmosClient({ endpoint: config.endpoint, key: config.key })
      : new CosmosClient({
          endpoint: config.endpoint,
          aadCredentials: new DefaultAzureCredential(),
        });
    const database = config.key
      ? await CosmosGovernanceStore.ensureDatabase(client, config.database)
      : client.database(config.database);
    await CosmosGovernanceStore.ensureContainers(database);
    log.info(
      { mode: 'azure', database: config.database, auth: config.key ? 'key' : 'managed identity' },
      'store ready',
    );
    return {
      store: new CosmosGovernanceStore(database, log),
      mode: 'azure',
      endpoint: config.endpoint,
      close: () => {
        client.dispose();
        return Promise.resolve();
      },
    };
  }

  const server =
    config.mode === 'embedded'
      ? await durableServer().startDurableServer({
          dataDir: config.dataDir,
          legacyDatabase: config.database,
          log,
        })
      : null;
  const endpoint = server?.endpoint ?? (config.mode === 'local-cluster' ? config.endpoint : '');
  // Plain HTTP on loopback: the SDK uses its own keep-alive agent for http:// endpoints.
  const client = new CosmosClient({
    endpoint,
    key: LOCAL_KEY,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  try {
    const database = await CosmosGovernanceStore.ensureDatabase(client, config.database);
    await CosmosGovernanceStore.ensureContainers(database);
    const status = server
      ? () => Promise.resolve(server.health())
      : () => fetchStoreHealth(endpoint);
    const store = new CosmosGovernanceStore(database, log, status);
    log.warn(
      {
        mode: config.mode,
        endpoint,
        ...(config.mode === 'embedded' ? { dataDir: config.dataDir } : {}),
      },
      config.mode === 'embedded'
        ? 'store ready: durable embedded store in this process (for development and demos, not production)'
        : 'store ready: shared local store (npm run store) on this machine (for development and demos, not production)',
    );
    return {
      store,
      mode: config.mode,
      endpoint,
      close: async () => {
        client.dispose();
        await server?.stop();
      },
    };
  } catch (e) {
    client.dispose();
    await server?.stop();
    throw e;
  }
}

/** A shared local store's own health report (whether writes are saved, damaged records kept aside). */
async function fetchStoreHealth(endpoint: string): Promise<StoreHealth> {
  const response = await fetch(`${endpoint}${STORE_HEALTH_PATH}`, {
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`the store answered ${response.status} to its health check`);
  return StoreHealth.parse(await response.json());
}
