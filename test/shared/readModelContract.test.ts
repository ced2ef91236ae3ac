import { silentLogger } from '../../src/log';
import { openReadModel, type ReadModel } from '../../src/shared/readModel';
import { MemoryStore } from '../../src/store/memoryStore';
import { storeContract } from '../store/storeContract';

storeContract('the read model in front of the memory store', async () => {
  const memory = new MemoryStore();
  const models: ReadModel[] = [];
  const open = async () => {
    const opened = await openReadModel(memory, { log: silentLogger, pollMs: 50 });
    models.push(opened.model);
    return opened.store;
  };
  return {
    store: await open(),
    insertUnchecked: (container, doc) => Promise.resolve(memory.putUnchecked(container, doc)),
    otherClient: open,
    dispose: async () => {
      for (const m of models) await m.stop();
    },
  };
});
