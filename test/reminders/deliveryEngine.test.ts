import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { TeamsSender } from '../../src/bot/teamsSender';
import type {
  BroadcastJob,
  BroadcastTarget,
  ConversationRecord,
  Delivery,
} from '../../src/domain/delivery';
import { silentLogger } from '../../src/log';
import {
  type EngineContent,
  DeliveryEngine,
  type EngineOptions,
} from '../../src/reminders/deliveryEngine';
import { InstallationService } from '../../src/reminders/installations';
import { RateLimits } from '../../src/reminders/rateLimits';
import { openTestStore } from '../helpers/embeddedStore';
import { FakeConnector } from '../helpers/fakeConnector';
import { tempDir } from '../helpers/tempDir';
import { localSender } from '../helpers/localSender';
import { tinyContent } from '../helpers/tinyContent';

const TENANT = 'tenant-1';

describe('the delivery engine against a fake Bot Connector', function () {
  this.timeout(60_000);
  let connector: FakeConnector;
  let opened: Awaited<ReturnType<typeof openTestStore>>;
  let installations: InstallationService;
  let sender: TeamsSender;
  let jobCount = 0;

  before(async () => {
    connector = await new FakeConnector().start();
    opened = await openTestStore();
    installations = new InstallationService(opened.store, silentLogger);
    sender = localSender(2_000);
  });
  after(async () => {
    await connector.stop();
    await opened.dispose();
  });

  async function install(name: string): Promise<ConversationRecord> {
    return (await installations.installed({
      tenantId: TENANT,
      scope: 'personal',
      conversationId: `a:${name}`,
      serviceUrl: connector.url,
      botId: '28:bot',
      userAadObjectId: undefined,
    }))!;
  }

  function engine(
    options: Partial<EngineOptions> = {},
    content: EngineContent = tinyContent,
  ): DeliveryEngine {
    return new DeliveryEngine(
      opened.store,
      opened.store,
      installations,
      sender,
      content,
      new RateLimits(),
      silentLogger,
      {
        instanceId: 'test-1',
        baseBackoffMs: 20,
        maxBackoffMs: 200,
        ...options,
      },
    );
  }

  async function broadcast(
    targets: ConversationRecord[],
    report?: ConversationRecord,
  ): Promise<BroadcastJob> {
    const jobId = `job-${++jobCount}`;
    const job: BroadcastJob = {
      id: jobId,
      jobId,
      kind: 'broadcast',
      type: 'meeting-reminder',
      title: `Reminder ${jobCount}`,
      organisationId: 'lpt-nhft-group',
      createdBy: { name: 'Secretary' },
      createdAt: new Date().toISOString(),
      dueAt: new Date(Date.now() - 1000).toISOString(),
      schedule: 'now',
      targets: targets.map((t): BroadcastTarget => ({
        key: t.id,
        conversationRecordId: t.id,
        tenantId: TENANT,
        kind: 'personal',
        label: t.conversationId,
      })),
      status: 'scheduled',
      lease: null,
      report: report ? { conversationRecordId: report.id, tenantId: TENANT } : null,
    };
    return (await opened.store.createBroadcast(job)).value;
  }

  async function deliveries(jobId: string): Promise<Delivery[]> {
    return (await opened.store.listDeliveries(jobId)).map((d) => d.value);
  }

  it('delivers to every target once and reports each in a card updated in place', async () => {
    const targets = await Promise.all(['t1', 't2', 't3'].map(install));
    const secretary = await install('secretary');
    const job = await broadcast(targets, secretary);
    await engine().tick();
    for (const t of targets) assert.equal(connector.deliveredTo(t.conversationId).length, 1);
    assert.deepEqual(
      (await deliveries(job.jobId)).map((d) => d.status),
      ['delivered', 'delivered', 'delivered'],
    );
    assert.equal((await opened.store.getBroadcast(job.jobId))?.value.status, 'completed');
    // One report message, then updates to that same message.
    const reports = connector.deliveredTo(secretary.conversationId);
    assert.equal(reports.length, 1);
    const last = connector.updates.filter((u) => u.activityId === reports[0]!.activityId).at(-1);
    assert.match(JSON.stringify(last?.activity), /a:t1: delivered/);
  });

  it('ends a 429 storm with every target delivered exactly once, honouring Retry-After', async () => {
    const targets = await Promise.all(['s1', 's2', 's3', 's4'].map(install));
    for (const t of targets)
      connector.inject(
        t.conversationId,
        { status: 429, retryAfterSeconds: 1 },
        { status: 429, retryAfterSeconds: 1 },
      );
    const job = await broadcast(targets);
    const started = Date.now();
    await engine().tick();
    for (const t of targets) {
      assert.equal(
        connector.deliveredTo(t.conversationId).length,
        1,
        `${t.conversationId} delivered once`,
      );
      const attempts = connector.requests.filter((r) =>
        r.path.includes(encodeURIComponent(t.conversationId)),
      );
      assert.deepEqual(
        attempts.map((a) => a.status),
        [429, 429, 200],
      );
      // The retry came no sooner than Retry-After.
      assert.ok(attempts[1]!.at - attempts[0]!.at >= 990, 'waited for Retry-After');
    }
    assert.ok(Date.now() - started >= 1900);
    assert.ok(
      (await deliveries(job.jobId)).every((d) => d.status === 'delivered' && d.attempts === 0),
    );
  });

  it('retries 500s and timeouts with backoff, then gives up after the limit and says why', async () => {
    const [flaky, dead, slow] = await Promise.all(['f1', 'f2', 'f3'].map(install));
    connector.inject(flaky!.conversationId, { status: 500 }, { status: 503 });
    connector.inject(
      dead!.conversationId,
      ...Array.from({ length: 10 }, () => ({ status: 500 as const })),
    );
    connector.inject(slow!.conversationId, { timeout: true });
    const job = await broadcast([flaky!, dead!, slow!]);
    await engine({ maxAttempts: 3 }).tick();
    const byTarget = new Map((await deliveries(job.jobId)).map((d) => [d.target.label, d]));
    assert.equal(byTarget.get('a:f1')?.status, 'delivered');
    assert.equal(byTarget.get('a:f3')?.status, 'delivered');
    assert.equal(byTarget.get('a:f2')?.status, 'failed');
    assert.match(byTarget.get('a:f2')?.lastError ?? '', /Gave up after 3 attempts/);
    assert.equal(connector.deliveredTo(dead!.conversationId).length, 0);
    assert.equal((await opened.store.getBroadcast(job.jobId))?.value.status, 'completed');
  });

  it('fails a target for good when its message cannot be prepared, and finishes the rest', async () => {
    const [gone, fine] = [await install('prep-gone'), await install('prep-fine')];
    const job = await broadcast([gone, fine]);
    const failing: EngineContent = {
      ...tinyContent,
      render: (j, target) =>
        target.conversationRecordId === gone.id
          ? Promise.reject(new Error('its meeting no longer exists'))
          : tinyContent.render(j, target),
    };
    await engine({}, failing).tick();
    const byTarget = new Map((await deliveries(job.jobId)).map((d) => [d.target.key, d]));
    assert.equal(byTarget.get(gone.id)?.status, 'failed');
    assert.match(
      byTarget.get(gone.id)?.lastError ?? '',
      /could not be prepared: its meeting no longer exists/,
    );
    assert.equal(byTarget.get(fine.id)?.status, 'delivered');
    assert.equal((await opened.store.getBroadcast(job.jobId))?.value.status, 'completed');
  });

  it('marks 403 and 404 as permanent, never retries them, and stops posting there', async () => {
    const [blocked, gone, fine] = await Promise.all(['p1', 'p2', 'p3'].map(install));
    connector.inject(blocked!.conversationId, { status: 403 });
    connector.inject(gone!.conversationId, { status: 404 });
    const job = await broadcast([blocked!, gone!, fine!]);
    await engine().tick();
    const byTarget = new Map((await deliveries(job.jobId)).map((d) => [d.target.label, d]));
    assert.equal(byTarget.get('a:p1')?.permanent, true);
    assert.match(byTarget.get('a:p1')?.lastError ?? '', /403/);
    assert.match(byTarget.get('a:p2')?.lastError ?? '', /404/);
    assert.equal(byTarget.get('a:p3')?.status, 'delivered');
    assert.equal(
      connector.requests.filter((r) => r.path.includes(encodeURIComponent('a:p1'))).length,
      1,
    );
    assert.equal(
      (await opened.store.getConversation(TENANT, blocked!.id))?.value.status,
      'unreachable',
    );
    // The next broadcast does not try the blocked conversation again.
    const next = await broadcast([blocked!]);
    await engine().tick();
    assert.equal(
      connector.requests.filter((r) => r.path.includes(encodeURIComponent('a:p1'))).length,
      1,
    );
    assert.equal((await deliveries(next.jobId))[0]?.status, 'failed');
  });

  it('two instances on one store never send the same broadcast twice', async () => {
    const targets = await Promise.all(Array.from({ length: 12 }, (_, i) => install(`d${i}`)));
    await broadcast(targets);
    await Promise.all([engine({ instanceId: 'a' }).tick(), engine({ instanceId: 'b' }).tick()]);
    for (const t of targets)
      assert.equal(connector.deliveredTo(t.conversationId).length, 1, t.conversationId);
  });

  it('stops gracefully mid-broadcast and a new instance finishes it without duplicates or gaps', async () => {
    const targets = await Promise.all(Array.from({ length: 20 }, (_, i) => install(`r${i}`)));
    const job = await broadcast(targets);
    // Slow the connector so the stop lands mid-way.
    for (const t of targets) connector.inject(t.conversationId, { status: 500 });
    const first = engine({
      instanceId: 'first',
      concurrency: 2,
      baseBackoffMs: 100,
      maxBackoffMs: 100,
    });
    const run = first.tick();
    await new Promise((r) => setTimeout(r, 150));
    await first.stop();
    await run;
    const partway = (await deliveries(job.jobId)).filter((d) => d.status === 'delivered').length;
    assert.ok(partway < targets.length, `stopped part-way (${partway} delivered)`);
    assert.equal(
      (await opened.store.getBroadcast(job.jobId))?.value.lease,
      null,
      'the lease was released',
    );
    await engine({ instanceId: 'second' }).tick();
    for (const t of targets)
      assert.equal(connector.deliveredTo(t.conversationId).length, 1, t.conversationId);
    assert.equal((await opened.store.getBroadcast(job.jobId))?.value.status, 'completed');
  });
});

describe('the delivery engine after kill -9 mid-broadcast', function () {
  this.timeout(60_000);

  it('resumes on a new process: every target delivered, at most the one in flight twice', async () => {
    const temp = await tempDir();
    const connector = await new FakeConnector().start();
    try {
      // Install 30 chats and queue a broadcast to them, then hand the store to the child.
      const setup = await openTestStore(temp.dir);
      const installations = new InstallationService(setup.store, silentLogger);
      const chats: ConversationRecord[] = [];
      for (let i = 0; i < 30; i++)
        chats.push(
          (await installations.installed({
            tenantId: TENANT,
            scope: 'personal',
            conversationId: `a:k${i}`,
            serviceUrl: connector.url,
            botId: '28:bot',
          }))!,
        );
      const now = new Date().toISOString();
      await setup.store.createBroadcast({
        id: 'job-killed',
        jobId: 'job-killed',
        kind: 'broadcast',
        type: 'meeting-reminder',
        title: 'Reminder',
        organisationId: 'lpt-nhft-group',
        createdBy: { name: 'Secretary' },
        createdAt: now,
        dueAt: now,
        schedule: 'now',
        targets: chats.map((c) => ({
          key: c.id,
          conversationRecordId: c.id,
          tenantId: TENANT,
          kind: 'personal' as const,
          label: c.conversationId,
        })),
        status: 'scheduled',
        lease: null,
        report: null,
      });
      await setup.close();

      const script = path.resolve(__dirname, '..', 'fixtures', 'broadcastUntilKilled.js');
      const child = spawn(process.execPath, [script, temp.dir], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      const deadline = Date.now() + 30_000;
      while (connector.received.length < 10) {
        assert.ok(Date.now() < deadline, `the child never got going: ${stderr}`);
        await new Promise((r) => setTimeout(r, 2));
      }
      child.kill('SIGKILL');
      await exited;
      const beforeKill = connector.received.length;
      assert.ok(beforeKill < 30, `killed mid-broadcast (${beforeKill} sent)`);

      const resumed = await openTestStore(temp.dir);
      try {
        const lease = (await resumed.store.getBroadcast('job-killed'))!.value.lease;
        assert.equal(lease?.owner, 'doomed', 'the dead process still holds the lease');
        await new Promise((r) =>
          setTimeout(r, Math.max(0, Date.parse(lease.until) - Date.now() + 50)),
        );
        const engine = new DeliveryEngine(
          resumed.store,
          resumed.store,
          new InstallationService(resumed.store, silentLogger),
          localSender(),
          tinyContent,
          new RateLimits(),
          silentLogger,
          { instanceId: 'survivor' },
        );
        await engine.tick();
        assert.equal((await resumed.store.getBroadcast('job-killed'))?.value.status, 'completed');
      } finally {
        await resumed.close();
      }
      const counts = chats.map((c) => connector.deliveredTo(c.conversationId).length);
      assert.ok(
        counts.every((n) => n >= 1),
        `every chat got the reminder: ${counts.join(',')}`,
      );
      const twice = counts.filter((n) => n > 1).length;
      assert.ok(twice <= 1, `at most the one message in flight at the kill is repeated (${twice})`);
      assert.ok(counts.every((n) => n <= 2));
    } finally {
      await connector.stop();
      await temp.cleanup();
    }
  });
});
