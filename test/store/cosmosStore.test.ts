import { CosmosClient } from '@azure/cosmos';
import { silentLogger } from '../../src/log';
import { CosmosGovernanceStore } from '../../src/store/cosmosStore';
import { openTestStore } from '../helpers/embeddedStore';
import { storeContract } from './storeContract';

storeContract('Cosmos store on the embedded server', async () => {
  const opened = await openTestStore();
  const clients: CosmosClient[] = [];
  const database = () => {
    const client = new CosmosClient({ endpoint: opened.endpoint, key: 'another-client' });
    clients.push(client);
    return client.database('board-clerk-test');
  };
  return {
    store: opened.store,
    insertUnchecked: async (container, doc) => {
      await database().container(container).items.create(doc);
    },
    otherClient: () => Promise.resolve(new CosmosGovernanceStore(database(), silentLogger)),
    dispose: async () => {
      for (const c of clients) c.dispose();
      await opened.dispose();
    },
  };
});
