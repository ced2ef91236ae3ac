import { CosmosClient, type ItemDefinition } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import path from 'node:path';
import type { StoreConfig } from '../config';
import type { Logger } from '../log';
import type { ContainerName } from './containers';
import { CosmosGovernanceStore, withoutSystemFields } from './cosmosStore';
import { lockDataDir } from './dataDirLock';
import { startEmbeddedCosmos } from './embeddedCosmos';
import { DocumentJournal, type DocumentSource } from './journal';

export interface OpenedStore {
  store: CosmosGovernanceStore;
  mode: StoreConfig['mode'];
  /** Waits for pending durable writes, then releases everything. */
  close(): Promise<void>;
}

/** How many documents are loaded into the embedded server at once on start. */
const LOAD_CONCURRENCY = 16;

async function inBatches<T>(
  items: readonly T[],
  size: number,
  fn: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/**
 * Opens the store the configuration asks for: Azure Cosmos DB when COSMOS_ENDPOINT is set, otherwise the
 * embedded server with its durable journal in DATA_DIR. Containers are created if missing.
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
      ? (await client.databases.createIfNotExists({ id: config.database })).database
      : client.database(config.database);
    await CosmosGovernanceStore.ensureContainers(database);
    log.info(
      { mode: 'azure', database: config.database, auth: config.key ? 'key' : 'managed identity' },
      'store ready',
    );
    return {
      store: new CosmosGovernanceStore(database, log),
      mode: 'azure',
      close: () => {
        client.dispose();
        return Promise.resolve();
      },
    };
  }

  const unlock = await lockDataDir(config.dataDir);
  const embedded = await startEmbeddedCosmos();
  const client = new CosmosClient({
    endpoint: embedded.endpoint,
    key: embedded.key,
    agent: embedded.agent,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  try {
    const { database } = await client.databases.createIfNotExists({ id: config.database });
    await CosmosGovernanceStore.ensureContainers(database);

    const journal = new DocumentJournal(path.join(config.dataDir, 'cosmos'), log);
    const entries = await journal.readAll();
    await inBatches(entries, LOAD_CONCURRENCY, (e) =>
      database.container(e.container).items.upsert({ ...e.document, id: e.id }),
    );

    const source: DocumentSource = {
      read: async (container: ContainerName, partitionKey: string, id: string) => {
        const { resource } = await database
          .container(container)
          .item(id, partitionKey)
          .read<ItemDefinition>();
        return resource ? withoutSystemFields(resource) : null;
      },
    };
    const store = new CosmosGovernanceStore(database, log, {
      written: (container, partitionKey, id) => journal.sync(source, container, partitionKey, id),
    });
    log.warn(
      {
        mode: 'embedded',
        dataDir: config.dataDir,
        endpoint: embedded.endpoint,
        documents: entries.length,
      },
      'store ready: embedded local Cosmos DB-compatible server (for development and demos, not production)',
    );
    return {
      store,
      mode: 'embedded',
      close: async () => {
        await journal.drain();
        client.dispose();
        await embedded.stop();
        await unlock();
      },
    };
  } catch (e) {
    client.dispose();
    await embedded.stop();
    await unlock();
    throw e;
  }
}
