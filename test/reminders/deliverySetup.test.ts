import assert from 'node:assert/strict';
import type { BroadcastJob, ConversationRecord, Delivery } from '../../src/domain/delivery';
import { silentLogger } from '../../src/log';
import { DeliveryEngine } from '../../src/reminders/deliveryEngine';
import { InstallationService } from '../../src/reminders/installations';
import { RateLimits, teamsLimits } from '../../src/reminders/rateLimits';
import type { MessageSender } from '../../src/reminders/sender';
import { MemoryStore } from '../../src/store/memoryStore';
import type { BulkCreateResult } from '../../src/store/store';
import { tinyContent } from '../helpers/tinyContent';
import { broadcast, conversation } from '../store/storeContract';

/**
 * The memory store, noting each bulk create of delivery records and when it finished; each takes a
 * while, as a round trip and a journal write do.
 */
class RecordingStore extends MemoryStore {
  readonly events: string[] = [];

  override async createDeliveries(
    deliveries: readonly Delivery[],
  ): Promise<BulkCreateResult<Delivery>> {
    await new Promise((resolve) => setTimeout(resolve, 30));
    const result = await super.createDeliveries(deliveries);
    this.events.push(`created ${deliveries.length}`);
    return result;
  }
}

describe('setting up a broadcast', () => {
  it('creates delivery records in bulk, a small batch first, and sends while the rest are created', async () => {
    const store = new RecordingStore();
    const chats: ConversationRecord[] = Array.from({ length: 300 }, (_, i) =>
      conversation(`chat-${i}`, { scope: 'personal', conversationId: `a:chat-${i}` }),
    );
    for (const c of chats) await store.createConversation(c);
    const job: BroadcastJob = broadcast('job-setup', {
      dueAt: new Date(Date.now() - 1000).toISOString(),
      targets: chats.map((c) => ({
        key: c.id,
        conversationRecordId: c.id,
        tenantId: c.tenantId,
        kind: 'personal' as const,
        label: c.conversationId,
      })),
    });
    await store.createBroadcast(job);
    const sent: string[] = [];
    const sender: MessageSender = {
      send: (destination) => {
        sent.push(destination.conversation.id);
        if (sent.length === 1) store.events.push('first send');
        return Promise.resolve({ activityId: `activity-${sent.length}` });
      },
      update: () => Promise.resolve(),
    };
    const unlimited = new RateLimits({
      perConversation: [],
      perApp: { points: 100_000, seconds: 1 },
    });
    const engine = new DeliveryEngine(
      store,
      store,
      new InstallationService(store, silentLogger),
      sender,
      tinyContent,
      unlimited,
      silentLogger,
      { instanceId: 'setup-test' },
    );
    await engine.tick();

    assert.deepEqual(
      store.events.filter((e) => e.startsWith('created')),
      ['created 25', 'created 250', 'created 25'],
      'one bulk request per batch, the first small',
    );
    assert.ok(
      store.events.indexOf('first send') < store.events.lastIndexOf('created 25'),
      `the first message went before the last records were created: ${store.events.join(', ')}`,
    );
    assert.deepEqual([...sent].sort(), chats.map((c) => c.id).sort(), 'each target once');
    const deliveries = await store.listDeliveries('job-setup');
    assert.equal(deliveries.length, 300);
    assert.ok(deliveries.every((d) => d.value.status === 'delivered'));
    assert.equal((await store.getBroadcast('job-setup'))?.value.status, 'completed');
  });
});

describe('Teams rate limits', () => {
  it('paces the app budget under the documented 50 a second per app per tenant, with headroom', () => {
    assert.deepEqual(
      teamsLimits().perApp,
      { points: 40, seconds: 1 },
      'a fifth in hand by default',
    );
    assert.deepEqual(teamsLimits(0).perApp, { points: 50, seconds: 1 });
    assert.deepEqual(teamsLimits(90).perApp, { points: 5, seconds: 1 });
    assert.deepEqual(
      teamsLimits().perConversation,
      [
        { points: 7, seconds: 1 },
        { points: 8, seconds: 2 },
        { points: 60, seconds: 30 },
        { points: 1800, seconds: 3600 },
      ],
      'per conversation, as documented',
    );
  });

  it('keeps one budget per tenant: another tenant’s message does not wait behind this one’s', async () => {
    const limits = new RateLimits(
      { perConversation: [], perApp: { points: 20, seconds: 1 } },
      () => 0,
    );
    await limits.acquire('a:1', 'tenant-a');
    const order: string[] = [];
    const second = limits.acquire('a:2', 'tenant-a').then(() => order.push('tenant-a again'));
    await limits.acquire('b:1', 'tenant-b').then(() => order.push('tenant-b'));
    await second;
    assert.deepEqual(order, ['tenant-b', 'tenant-a again']);
  });
});
