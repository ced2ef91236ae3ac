import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { BroadcastJob, ConversationRecord } from '../../src/domain/delivery';
import { recordingLogger } from '../helpers/embeddedStore';
import { messages, personalMessage, post } from '../helpers/botClient';
import { FakeConnector } from '../helpers/fakeConnector';
import { tempDir } from '../helpers/tempDir';
import { broadcast, conversation } from './storeContract';

const TENANT = 'tenant-cluster';
const DOCA = '00000000-0000-4000-8000-000000000027'; // Yusuf Ali, DoCA: leads the FTSU actions (demo)

/** `npm run store` as the test runs it: the durable store as its own process, on a free port. */
async function startStoreProcess(
  dataDir: string,
): Promise<{ endpoint: string; child: ChildProcess }> {
  const script = path.resolve(__dirname, '..', '..', 'src', 'store', 'standalone.js');
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, STORE_PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (const line of buffer.split('\n').slice(0, -1)) {
        const event = JSON.parse(line) as { msg?: string; endpoint?: string };
        if (event.msg?.startsWith('store ready') && event.endpoint) resolve(event.endpoint);
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.on('exit', (code) => reject(new Error(`the store exited (${code}): ${stderr}`)));
  });
  return { endpoint, child };
}

async function startInstance(
  endpoint: string,
): Promise<RunningApp & { log: ReturnType<typeof recordingLogger> }> {
  const log = recordingLogger();
  const config = loadConfig({
    PORT: '0',
    STORE_MODE: 'local-cluster',
    COSMOS_ENDPOINT: endpoint,
    WEEKLY_CHASERS: 'false',
  });
  const app = await startApp(config, log.log, { scheduler: false });
  return { ...app, log };
}

function chat(i: number, serviceUrl: string, prefix: string): ConversationRecord {
  const now = new Date().toISOString();
  return conversation(`${prefix}-${i}`, {
    tenantId: TENANT,
    scope: 'personal',
    conversationId: `a:${prefix}${i}`,
    serviceUrl,
    installedAt: now,
    updatedAt: now,
  });
}

/** A reminder of a meeting from the bundled dataset, due now, to these chats. */
async function reminder(
  app: RunningApp,
  jobId: string,
  chats: ConversationRecord[],
): Promise<BroadcastJob> {
  const now = new Date().toISOString();
  const [meeting] = await app.opened.store.list('meeting');
  return broadcast(jobId, {
    organisationId: meeting!.organisationId,
    meetingId: meeting!.id,
    createdAt: now,
    dueAt: now,
    targets: chats.map((c) => ({
      key: c.id,
      conversationRecordId: c.id,
      tenantId: TENANT,
      kind: 'personal' as const,
      label: c.conversationId,
    })),
  });
}

describe('a local cluster: two instances sharing one store process (npm run store)', function () {
  this.timeout(120_000);
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let store: { endpoint: string; child: ChildProcess };
  let connector: FakeConnector;
  let one: Awaited<ReturnType<typeof startInstance>>;
  let two: Awaited<ReturnType<typeof startInstance>>;

  before(async () => {
    temp = await tempDir();
    store = await startStoreProcess(temp.dir);
    connector = await new FakeConnector().start();
    // Both seed the bundled dataset at once, as two instances starting together do.
    [one, two] = await Promise.all([startInstance(store.endpoint), startInstance(store.endpoint)]);
  });

  after(async () => {
    await one?.stop();
    await two?.stop();
    await connector?.stop();
    store?.child.kill('SIGTERM');
    if (store) await new Promise((r) => store.child.once('exit', r));
    await temp?.cleanup();
  });

  it('serves both instances from the one store, and reports it healthy', async () => {
    for (const app of [one, two]) {
      const health = (await (await fetch(`http://127.0.0.1:${app.port}/healthz`)).json()) as {
        status: string;
        storeMode: string;
      };
      assert.deepEqual([health.status, health.storeMode], ['ok', 'local-cluster']);
    }
    const created = await one.opened.store.createConversation(chat(0, connector.url, 'seen'));
    const seen = await two.opened.store.getConversation(TENANT, 'seen-0');
    assert.equal(seen?.etag, created.etag);
  });

  it('sends a broadcast due now from exactly one instance, once to each target', async () => {
    const chats = Array.from({ length: 20 }, (_, i) => chat(i, connector.url, 'once'));
    for (const c of chats) await one.opened.store.createConversation(c);
    await one.opened.store.createBroadcast(await reminder(one, 'job-cluster-once', chats));

    await Promise.all([one.scheduler.pass(), two.scheduler.pass()]);

    assert.equal(
      (await two.opened.store.getBroadcast('job-cluster-once'))?.value.status,
      'completed',
    );
    const counts = chats.map((c) => connector.deliveredTo(c.conversationId).length);
    assert.deepEqual(
      counts,
      chats.map(() => 1),
      'each target got the reminder once',
    );
    const senders = [one, two].filter((app) =>
      app.log.lines.some((l) => l.msg === 'broadcast completed'),
    );
    assert.equal(senders.length, 1, 'one instance claimed and sent it');
  });

  it('takes over a broadcast whose sender was killed (kill -9) once its lease lapses', async () => {
    const chats = Array.from({ length: 30 }, (_, i) => chat(i, connector.url, 'killed'));
    for (const c of chats) await one.opened.store.createConversation(c);
    await one.opened.store.createBroadcast(await reminder(one, 'job-cluster-killed', chats));
    const received = () =>
      chats.reduce((n, c) => n + connector.deliveredTo(c.conversationId).length, 0);

    const script = path.resolve(__dirname, '..', 'fixtures', 'broadcastUntilKilled.js');
    const child = spawn(process.execPath, [script, store.endpoint, 'board-clerk'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const deadline = Date.now() + 30_000;
    while (received() < 10) {
      assert.ok(Date.now() < deadline, `the sender never got going: ${stderr}`);
      await new Promise((r) => setTimeout(r, 2));
    }
    child.kill('SIGKILL');
    await exited;
    assert.ok(received() < 30, `killed mid-broadcast (${received()} sent)`);

    // The other instance leaves it alone while the dead sender's lease holds, then takes it over.
    const lease = (await two.opened.store.getBroadcast('job-cluster-killed'))!.value.lease;
    assert.equal(lease?.owner, 'doomed');
    await two.scheduler.pass();
    assert.equal(
      (await two.opened.store.getBroadcast('job-cluster-killed'))?.value.lease?.owner,
      'doomed',
    );
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(lease.until) - Date.now() + 50)));
    await two.scheduler.pass();

    assert.equal(
      (await one.opened.store.getBroadcast('job-cluster-killed'))?.value.status,
      'completed',
    );
    const counts = chats.map((c) => connector.deliveredTo(c.conversationId).length);
    assert.ok(
      counts.every((n) => n >= 1),
      `every chat got the reminder: ${counts.join(',')}`,
    );
    const twice = counts.filter((n) => n > 1).length;
    assert.ok(twice <= 1, `at most the one message in flight at the kill is repeated (${twice})`);
  });
  it('answers on one instance what was saved on the other, within 2 seconds, from its read model', async () => {
    const ask = async (app: RunningApp) =>
      messages(
        await post(
          `http://127.0.0.1:${app.port}`,
          personalMessage('update Well-Led FTSU 5', { aadObjectId: DOCA }),
        ),
      )[0]?.text ?? '';
    assert.doesNotMatch(await ask(two), /Rewritten on instance one/);
    const read = (await one.opened.store.get('action', 'well-led-trust', 'act-wl-ftsu-5'))!;
    await one.opened.store.replace(
      { ...read.value, text: `${read.value.text} (Rewritten on instance one.)` },
      read.etag,
    );
    assert.match(await ask(one), /Rewritten on instance one/, 'at once where it was saved');
    const saved = Date.now();
    let answer = await ask(two);
    while (!/Rewritten on instance one/.test(answer) && Date.now() - saved < 5_000) {
      await new Promise((r) => setTimeout(r, 25));
      answer = await ask(two);
    }
    const seenAfter = Date.now() - saved;
    assert.match(answer, /Rewritten on instance one/);
    assert.ok(seenAfter < 2_000, `seen by the other instance after ${seenAfter} ms`);
  });

  it('answers a follow-up on the other instance: the subject is one of the store’s records', async () => {
    const ask = async (app: RunningApp, text: string) => {
      const m = personalMessage(text, { aadObjectId: DOCA });
      const answers = messages(
        await post(`http://127.0.0.1:${app.port}`, {
          ...m,
          conversation: { ...m.conversation, id: 'a:cluster-follow-up' },
        }),
      );
      return answers.map((a) => `${a.summary}\n${a.text}`).join('\n');
    };
    // A subject reaches the store just after the answer (subjects are written together, not each on
    // its own round trip), and the other instance through the change feed: a follow-up typed there a
    // moment later is understood. (Asking there sooner would make its own answer the subject.)
    const handOver = async (from: RunningApp, to: RunningApp) => {
      await from.subjects.flush();
      await to.readModel.catchUp();
    };
    assert.match(await ask(one, 'what is the culture risk score?'), /GROUP BAF 4/);
    await handOver(one, two);
    assert.match(await ask(two, 'and its gaps?'), /GROUP BAF 4[\s\S]*Control gaps/);
    assert.match(await ask(two, 'and the LPT one?'), /BAF 07/);
    await handOver(two, one);
    assert.match(await ask(one, 'who leads that?'), /Who owns BAF 07/);
  });
});
