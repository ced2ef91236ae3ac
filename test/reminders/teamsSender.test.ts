import assert from 'node:assert/strict';
import { createProactiveAdapter } from '../../src/bot/adapter';
import { TeamsSender } from '../../src/bot/teamsSender';
import type { ConversationRecord } from '../../src/domain/delivery';
import { SendError } from '../../src/reminders/sender';
import type { OutgoingView } from '../../src/reminders/views';
import { FakeConnector } from '../helpers/fakeConnector';
import { eventually, hangingServer } from '../server/deadEnds';

describe('posting to Teams through the Bot Connector (fake connector over HTTP)', () => {
  let connector: FakeConnector;
  let sender: TeamsSender;
  const conversation = (id: string): ConversationRecord => ({
    id: `conv-${id.replace(/[^a-z0-9]/gi, '')}`,
    kind: 'conversation',
    tenantId: 'tenant-1',
    scope: 'personal',
    conversationId: id,
    serviceUrl: connector.url,
    botId: '28:bot',
    channels: [],
    status: 'installed',
    installedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const card: OutgoingView = {
    kind: 'message',
    title: 'Board meeting tomorrow at 3.00pm',
    text: '',
    suggestions: [],
  };

  before(async () => {
    connector = await new FakeConnector().start();
    const adapter = createProactiveAdapter({
      appId: undefined,
      appPassword: undefined,
      appType: 'MultiTenant',
      tenantId: undefined,
    });
    sender = new TeamsSender(adapter, '', 1_000);
  });
  after(() => connector.stop());

  it('does not send on a connection the connector may have closed since the last send', async () => {
    // Connector clients are shared between sends: a kept-alive connection, closed by the other end as
    // it is reused, would fail a send that was never delivered.
    connector.dropReusedConnections = true;
    try {
      for (const n of [1, 2, 3])
        await sender.send({ conversation: conversation(`a:reuse-${n}`), boardMember: false }, card);
    } finally {
      connector.dropReusedConnections = false;
    }
    assert.equal(
      connector.received.filter((r) => r.conversationId.startsWith('a:reuse-')).length,
      3,
    );
  });

  it('posts a card with its summary and returns the message id', async () => {
    const { activityId } = await sender.send(
      { conversation: conversation('a:chat-1'), boardMember: false },
      card,
    );
    const [got] = connector.deliveredTo('a:chat-1');
    assert.equal(got?.activityId, activityId);
    assert.equal(got?.activity.summary, 'Board meeting tomorrow at 3.00pm');
    // The bounds a call carries inside the bot are taken off before it leaves.
    const sent = connector.requests.at(-1)!;
    assert.deepEqual(
      Object.keys(sent.headers).filter((h) => h.startsWith('x-board-clerk')),
      [],
    );
  });

  it('posts into a chosen channel of a team', async () => {
    const team = { ...conversation('19:general@thread.tacv2'), scope: 'team' as const };
    await sender.send(
      { conversation: team, channelId: '19:papers@thread.tacv2', boardMember: false },
      card,
    );
    assert.equal(connector.deliveredTo('19:papers@thread.tacv2').length, 1);
  });

  it('updates a message in place', async () => {
    const { activityId } = await sender.send(
      { conversation: conversation('a:chat-2'), boardMember: false },
      card,
    );
    await sender.update(
      { conversation: conversation('a:chat-2'), boardMember: false },
      activityId,
      {
        ...card,
        title: 'updated',
      },
    );
    assert.equal(connector.updates.at(-1)?.activityId, activityId);
  });

  const cases: [
    string,
    Parameters<FakeConnector['inject']>[1],
    SendError['failure'],
    number | undefined,
  ][] = [
    ['429 as throttled, with Retry-After', { status: 429, retryAfterSeconds: 3 }, 'throttled', 429],
    ['500 as transient', { status: 500 }, 'transient', 500],
    ['403 as permanent', { status: 403 }, 'permanent', 403],
    ['404 as permanent', { status: 404 }, 'permanent', 404],
    ['no answer as transient', { timeout: true }, 'transient', undefined],
  ];
  for (const [what, fault, failure, status] of cases)
    it(`classifies ${what}`, async () => {
      const id = `a:fault-${failure}-${status ?? 'timeout'}`;
      connector.inject(id, fault);
      await assert.rejects(
        sender.send({ conversation: conversation(id), boardMember: false }, card),
        (e: unknown) => {
          assert.ok(e instanceof SendError, String(e));
          assert.equal(e.failure, failure);
          assert.equal(e.status, status);
          if (status === 429) assert.equal(e.retryAfterMs, 3000);
          return true;
        },
      );
      // The SDK must not retry behind the engine's back: one request per send.
      assert.equal(
        connector.requests.filter((r) => r.path.includes(encodeURIComponent(id))).length,
        1,
      );
    });

  it('closes the connection to a connector that does not answer when the send times out', async () => {
    const hanging = await hangingServer();
    try {
      await assert.rejects(
        sender.send(
          {
            conversation: { ...conversation('a:hung'), serviceUrl: hanging.url },
            boardMember: false,
          },
          card,
        ),
        (e: unknown) => e instanceof SendError && e.failure === 'transient',
      );
      assert.equal(hanging.accepted(), 1);
      await eventually(() => hanging.open() === 0, 1_000, 'the socket closed');
    } finally {
      await hanging.stop();
    }
  });
});
