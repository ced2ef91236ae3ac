import assert from 'node:assert/strict';
import { silentLogger } from '../../src/log';
import { createHttpServer, listen } from '../../src/server/httpServer';
import { MemoryStore } from '../../src/store/memoryStore';

async function healthz(
  store: MemoryStore,
): Promise<{ code: number; body: Record<string, unknown> }> {
  const server = createHttpServer({ log: silentLogger, store, storeMode: 'embedded' });
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
});
