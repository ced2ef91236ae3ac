import assert from 'node:assert/strict';
import { silentLogger } from '../../src/log';
import { createHttpServer, listen } from '../../src/server/httpServer';
import type { ReadModelStatus } from '../../src/shared/readModel';
import { MemoryStore } from '../../src/store/memoryStore';

async function healthz(
  store: MemoryStore,
  readModel?: ReadModelStatus,
): Promise<{ code: number; body: Record<string, unknown> }> {
  const server = createHttpServer({
    log: silentLogger,
    store,
    storeMode: 'embedded',
    ...(readModel ? { readModel: { status: () => readModel } } : {}),
  });
  const port = await listen(server, 0, '127.0.0.1');
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    return { code: response.status, body: (await response.json()) as Record<string, unknown> };
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
  }
}

describe('/healthz and the store’s health', () => {
  it('says ok when the store answers and saves', async () => {
    const { code, body } = await healthz(new MemoryStore());
    assert.equal(code, 200);
    assert.deepEqual([body.status, body.store], ['ok', 'ok']);
  });

  it('says degraded, with the reason, when the store answers but cannot save or keeps damage aside', async () => {
    const reason = 'a write could not be saved to the journal (ENOSPC: no space left on device)';
    const writeFailed = new MemoryStore({
      health: () => ({ status: 'degraded', writable: true, reasons: [reason], damaged: [] }),
    });
    const { code, body } = await healthz(writeFailed);
    assert.equal(code, 200);
    assert.deepEqual([body.status, body.store, body.reasons], ['degraded', 'degraded', [reason]]);

    const readOnly = new MemoryStore({
      health: () => ({
        status: 'degraded',
        writable: false,
        reasons: ['refusing writes'],
        damaged: [],
      }),
    });
    assert.equal((await healthz(readOnly)).body.store, 'read-only');
  });

  it('says unavailable when the store does not answer', async () => {
    const down = new MemoryStore();
    down.unavailable = 'connection refused';
    const { code, body } = await healthz(down);
    assert.equal(code, 503);
    assert.equal(body.status, 'unavailable');
  });
  it('says degraded, not unavailable, when the store does not answer but the read model still answers questions', async () => {
    const down = new MemoryStore();
    down.unavailable = 'connection refused';
    const since = '2026-11-23T10:00:00.000Z';
    const { code, body } = await healthz(down, {
      state: 'stale',
      since,
      reason: 'the store failed: connection refused',
    });
    assert.equal(code, 200);
    assert.deepEqual(
      [body.status, body.store, body.readModel],
      [
        'degraded',
        'unreachable',
        { state: 'stale', since, reason: 'the store failed: connection refused' },
      ],
    );
    assert.match(String(body.reasons), /stale since 2026-11-23T10:00:00.000Z/);
    assert.match(String(body.reasons), /nothing can be saved until the store answers/);
  });

  it('says degraded when the store answers but the read model has fallen behind', async () => {
    const { code, body } = await healthz(new MemoryStore(), {
      state: 'stale',
      since: '2026-11-23T10:00:00.000Z',
    });
    assert.equal(code, 200);
    assert.deepEqual([body.status, body.store], ['degraded', 'ok']);
    assert.match(String(body.reasons), /read model is stale since 2026-11-23T10:00:00.000Z/);
  });

  it('says ok, with when the read model was last current, when both are well', async () => {
    const asOf = '2026-11-23T10:00:00.000Z';
    const { body } = await healthz(new MemoryStore(), { state: 'current', asOf });
    assert.deepEqual([body.status, body.readModel], ['ok', { state: 'current', asOf }]);
  });
});
