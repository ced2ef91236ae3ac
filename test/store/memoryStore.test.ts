import assert from 'node:assert/strict';
import { StoreUnavailableError } from '../../src/store/errors';
import { MemoryStore } from '../../src/store/memoryStore';
import { testOrganisation } from '../helpers/fixtures';
import { storeContract } from './storeContract';

storeContract('memory store', () => {
  const store = new MemoryStore();
  return Promise.resolve({
    store,
    insertUnchecked: (container, doc) => Promise.resolve(store.putUnchecked(container, doc)),
    otherClient: () => Promise.resolve(store),
    dispose: () => Promise.resolve(),
  });
});

describe('memory store, beyond the contract', () => {
  it('can play a store that does not answer, for tests of what users see then', async () => {
    const store = new MemoryStore();
    await store.create(testOrganisation);
    store.unavailable = 'connection refused';
    await assert.rejects(
      store.get('organisation', 'test-trust', 'test-trust'),
      StoreUnavailableError,
    );
    await assert.rejects(store.ping(), StoreUnavailableError);
    assert.equal((await store.health()).status, 'unavailable');
    store.unavailable = null;
    assert.equal(
      (await store.get('organisation', 'test-trust', 'test-trust'))?.value.id,
      'test-trust',
    );
  });
});
