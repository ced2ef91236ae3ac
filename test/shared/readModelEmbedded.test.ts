import assert from 'node:assert/strict';
import { CosmosClient } from '@azure/cosmos';
import { silentLogger } from '../../src/log';
import { type OpenedReadModel, openReadModel } from '../../src/shared/readModel';
import { CosmosGovernanceStore } from '../../src/store/cosmosStore';
import { openTestStore } from '../helpers/embeddedStore';
import { testAction, testOrganisation, testRole } from '../helpers/fixtures';

/** Waits until `seen()` holds, checking every 20 ms; false if it never did within `ms`. */
async function within(ms: number, seen: () => Promise<boolean>): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await seen()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return seen();
}

describe('the read model on the embedded store (the real change feed)', function () {
  this.timeout(30_000);
  let opened: Awaited<ReturnType<typeof openTestStore>>;
  let client: CosmosClient;
  let model: OpenedReadModel;

  before(async () => {
    opened = await openTestStore();
    for (const r of [testOrganisation, testRole, testAction(1), testAction(2), testAction(3)])
      await opened.store.create(r);
    client = new CosmosClient({ endpoint: opened.endpoint, key: 'another-instance' });
    model = await openReadModel(opened.store, { log: silentLogger, pollMs: 100, resyncMs: 300 });
  });
  after(async () => {
    await model?.model.stop();
    client?.dispose();
    await opened?.dispose();
  });

  it('sees a change made through another client', async () => {
    const other = new CosmosGovernanceStore(client.database('board-clerk-test'), silentLogger);
    const read = (await other.get('action', 'test-trust', 'act-test-1'))!;
    await other.replace({ ...read.value, status: 'closed' }, read.etag);
    assert.ok(
      await within(2_000, async () =>
        (await model.store.findActions({ statuses: ['closed'] })).some(
          (a) => a.value.id === 'act-test-1',
        ),
      ),
    );
  });

  it('drops a record deleted outside Board Clerk (not in the change feed) when it reads everything again', async () => {
    assert.ok(await model.store.get('action', 'test-trust', 'act-test-2'));
    await client
      .database('board-clerk-test')
      .container('actions')
      .item('act-test-2', 'test-trust')
      .delete();
    assert.ok(
      await within(
        3_000,
        async () => (await model.store.get('action', 'test-trust', 'act-test-2')) === null,
      ),
      'gone from point reads',
    );
    assert.deepEqual(
      (await model.store.findActions({ organisationId: 'test-trust' })).map((a) => a.value.id),
      ['act-test-1', 'act-test-3'],
      'and from queries',
    );
  });
});
