import assert from 'node:assert/strict';
import { loadDataset } from '../../src/dataset/bundled';
import { startTestApp } from '../helpers/app';
import { tempDir } from '../helpers/tempDir';

describe('the service on embedded defaults', function () {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  before(async () => (temp = await tempDir()));
  after(() => temp.cleanup());

  it('starts, seeds the bundled dataset once, answers /healthz, and keeps changes across restarts', async () => {
    const dataset = await loadDataset();
    const first = await startTestApp(temp.dir);
    let actionId: string;
    try {
      const health = await fetch(`${first.url}/healthz`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json().then((b) => ({ ...(b as object), ms: 0 })), {
        status: 'ok',
        store: 'ok',
        storeMode: 'embedded',
        ms: 0,
      });
      assert.equal(first.host, '127.0.0.1', 'local mode listens on loopback only');

      const organisations = await first.opened.store.list('organisation');
      assert.equal(
        organisations.length,
        dataset.records.filter((r) => r.kind === 'organisation').length,
      );

      // A user changes an action.
      const [action] = await first.opened.store.findActions({ statuses: ['open'] });
      assert.ok(action, 'the dataset has open actions');
      actionId = action.value.id;
      await first.opened.store.replace(
        { ...action.value, deliveryStatus: 'not-on-track', revision: action.value.revision + 1 },
        action.etag,
      );
    } finally {
      await first.stop();
    }

    const second = await startTestApp(temp.dir);
    try {
      const [kept] = (await second.opened.store.findActions({})).filter(
        (a) => a.value.id === actionId,
      );
      assert.equal(
        kept?.value.deliveryStatus,
        'not-on-track',
        'the change survived and was not re-seeded over',
      );
      const count = (
        await Promise.all(
          (['organisation', 'risk', 'action', 'meeting'] as const).map((k) =>
            second.opened.store.list(k),
          ),
        )
      ).reduce((n, list) => n + list.length, 0);
      const expected = dataset.records.filter((r) =>
        ['organisation', 'risk', 'action', 'meeting'].includes(r.kind),
      ).length;
      assert.equal(count, expected, 'nothing was seeded twice');
    } finally {
      await second.stop();
    }
  });

  it('reports 503 on /healthz when the store does not answer', async () => {
    const own = await tempDir();
    const app = await startTestApp(own.dir);
    try {
      await app.opened.close();
      const health = await fetch(`${app.url}/healthz`);
      assert.equal(health.status, 503);
      assert.equal(((await health.json()) as { store: string }).store, 'unreachable');
    } finally {
      await new Promise<void>((r) => {
        app.server.close(() => r());
      });
      await own.cleanup();
    }
  });
});
