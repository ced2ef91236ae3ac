import assert from 'node:assert/strict';
import { loadDataset } from '../../src/dataset/bundled';
import { startTestApp } from '../helpers/app';
import {
  cardAction,
  invokeForCard,
  messages,
  personalMessage,
  post,
  press,
} from '../helpers/botClient';
import { tempDir } from '../helpers/tempDir';

const DOCA = '00000000-0000-4000-8000-000000000027'; // Yusuf Ali, DoCA: leads the FTSU actions (demo)
const FTSU5 = { actionId: 'act-wl-ftsu-5', organisationId: 'well-led-trust' };

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
      const body = (await health.json()) as { readModel?: { state: string; asOf?: string } };
      assert.ok(body.readModel?.asOf, 'says when the read model was last current');
      assert.deepEqual(
        { ...body, ms: 0, readModel: { ...body.readModel, asOf: 'when' } },
        {
          status: 'ok',
          store: 'ok',
          readModel: { state: 'current', asOf: 'when' },
          storeMode: 'embedded',
          ms: 0,
        },
      );
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

  it('keeps answering from the read model when the store does not answer, says so on /healthz, and saves nothing', async () => {
    const own = await tempDir();
    const app = await startTestApp(own.dir, {}, { clock: () => new Date('2026-11-23T10:00:00Z') });
    try {
      const { card } = await invokeForCard(
        app.url,
        cardAction('action.open', FTSU5, { aadObjectId: DOCA, name: 'Yusuf Ali' }),
      );
      await app.opened.close();

      const health = await fetch(`${app.url}/healthz`);
      assert.equal(health.status, 200, 'still serving: questions are answered');
      const body = (await health.json()) as {
        status: string;
        store: string;
        readModel: { state: string };
        reasons: string[];
      };
      assert.deepEqual([body.status, body.store], ['degraded', 'unreachable']);
      assert.ok(body.readModel.state, 'reports the read model');
      assert.match(body.reasons.join(' '), /nothing can be saved until the store answers/);

      const answer = messages(
        await post(app.url, personalMessage('what is BAF 1 score?', { aadObjectId: DOCA })),
      );
      assert.equal(answer.length, 1);
      assert.match(answer[0]!.text, /BAF 1/);
      assert.match(answer[0]!.text, /score/i);

      const saved = await invokeForCard(
        app.url,
        press(
          card,
          'Save update',
          {
            note: 'Written while the store was down.',
            deliveryStatus: 'on-track',
            proposeClosure: 'false',
          },
          { aadObjectId: DOCA, name: 'Yusuf Ali' },
        ),
      );
      assert.match(saved.text, /nothing was saved/i);
      assert.doesNotMatch(saved.text, /Saved by/);
    } finally {
      await app.readModel.stop();
      await new Promise<void>((r) => {
        app.server.close(() => r());
      });
      await own.cleanup();
    }
  });
});
