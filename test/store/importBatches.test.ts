import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Action } from '../../src/domain';
import { silentLogger } from '../../src/log';
import { ImportBatches, importAware } from '../../src/store/importBatches';
import { importIds } from '../../src/store/importRecords';
import { MemoryStore } from '../../src/store/memoryStore';
import type { GovernanceStore } from '../../src/store/store';
import { EXISTING, IMPORT_SIZE, importedAction } from '../fixtures/importBatch';
import { openTestStore } from '../helpers/embeddedStore';
import { testAction } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';

const meta = (batchId: string) => ({
  batchId,
  organisationId: 'test-trust',
  fileName: 'Test actions.xlsx',
  importedBy: { name: 'Test Secretary' },
  summary: 'test',
});

async function seeded(store: GovernanceStore) {
  for (let n = 1; n <= EXISTING; n++) await store.create(testAction(n));
  const base = await Promise.all(
    Array.from({ length: IMPORT_SIZE }, (_, i) =>
      store.get('action', 'test-trust', `act-test-${i + 1}`),
    ),
  );
  return base.map((stored, i) => ({
    record: importedAction(i + 1, stored?.value ?? null),
    baseEtag: stored?.etag ?? null,
  }));
}

/** How many of the batch's records a reader sees as imported. */
async function importedSeen(store: GovernanceStore): Promise<number> {
  const actions = await store.findActions({ organisationId: 'test-trust' });
  return actions.filter((a) => a.value.text.startsWith('Imported action')).length;
}

describe('store: import batches (all or nothing, without transactions)', () => {
  it('applies every write once; the same batch again changes nothing', async () => {
    const memory = new MemoryStore();
    const writes = await seeded(memory);
    const batches = new ImportBatches(memory.importRecords(), memory, silentLogger);
    const first = await batches.apply(meta('b1'), writes);
    assert.deepEqual(first, {
      status: 'applied',
      written: IMPORT_SIZE,
      keptNewer: [],
      already: false,
    });
    assert.equal(await importedSeen(memory), IMPORT_SIZE);
    const again = await batches.apply(meta('b1'), writes);
    assert.equal(again.status === 'applied' && again.already, true);
    const header = (await memory.importRecords().get(importIds.batch('b1')))?.value.value;
    assert.equal(header?.type === 'importBatch' && header.status, 'applied');
  });

  it('answers at the commit and finishes the writes after; an owner’s save waits for them', async () => {
    const memory = new MemoryStore();
    const writes = await seeded(memory);
    const batches = new ImportBatches(memory.importRecords(), memory, silentLogger);
    const reader = importAware(memory, batches);
    const outcome = await batches.apply(meta('b5'), writes, { wait: false });
    assert.equal(outcome.status, 'applied');
    assert.ok((await importedSeen(memory)) < IMPORT_SIZE, 'still writing');
    assert.equal(await importedSeen(reader), IMPORT_SIZE, 'readers see all of it already');
    // A save based on what the reader showed waits for the import, then is refused as out of date
    // (the import changed the record): the owner's card shows the newer state, nothing is lost.
    const shown = await reader.get('action', 'test-trust', 'act-test-3');
    await assert.rejects(
      reader.replace({ ...shown!.value, text: 'Owner’s edit' }, shown!.etag),
      /changed by someone else/,
    );
    await batches.settle();
    assert.equal(await importedSeen(memory), IMPORT_SIZE);
    assert.deepEqual(await batches.inFlight(), []);
    const fresh = await reader.get('action', 'test-trust', 'act-test-3');
    const saved = await reader.replace({ ...fresh!.value, text: 'Owner’s edit' }, fresh!.etag);
    assert.equal(saved.value.text, 'Owner’s edit');
  });

  it('writes nothing when a record changed since the plan (the preview would be wrong)', async () => {
    const memory = new MemoryStore();
    const writes = await seeded(memory);
    const owner = await memory.get('action', 'test-trust', 'act-test-3');
    await memory.replace({ ...owner!.value, text: 'Changed by its owner' }, owner!.etag);
    const batches = new ImportBatches(memory.importRecords(), memory, silentLogger);
    const outcome = await batches.apply(meta('b2'), writes);
    assert.deepEqual(outcome, { status: 'stale', changed: ['act-test-3'] });
    assert.equal(await importedSeen(memory), 0);
    assert.equal(
      (await memory.get('action', 'test-trust', 'act-test-3'))!.value.text,
      'Changed by its owner',
    );
  });

  it('shows readers the whole import from the commit on, and finishes it after a crash', async () => {
    const memory = new MemoryStore();
    const writes = await seeded(memory);
    // A store that dies after 25 record writes: the process crashed mid-apply.
    let budget = 25;
    const dying = new Proxy(memory, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (property !== 'create' && property !== 'replace')
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        return (...args: unknown[]) => {
          if (budget-- <= 0) return Promise.reject(new Error('process killed'));
          return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        };
      },
    });
    const doomed = new ImportBatches(memory.importRecords(), dying, silentLogger);
    await assert.rejects(doomed.apply(meta('b3'), writes), /process killed/);
    // Half is stored, but a reader sees all of it (or, before the commit, none).
    assert.ok((await importedSeen(memory)) < IMPORT_SIZE);
    const restarted = new ImportBatches(memory.importRecords(), memory, silentLogger);
    const reader = importAware(memory, restarted);
    assert.equal(await importedSeen(reader), IMPORT_SIZE);
    const one = await reader.get('action', 'test-trust', 'act-test-150');
    assert.equal(one?.value.text, 'Imported action 150');
    assert.deepEqual(await restarted.recover(), { rolledForward: 1, discarded: 0 });
    assert.equal(await importedSeen(memory), IMPORT_SIZE);
    assert.deepEqual(await restarted.inFlight(), []);
    const latest = await reader.get('action', 'test-trust', 'act-test-3');
    const after: Action = { ...latest!.value, text: 'After the import' };
    assert.equal((await reader.replace(after, latest!.etag)).value.text, 'After the import');
  });

  it('discards a batch staged before a crash: nothing is seen, and the same submission can run again', async () => {
    const memory = new MemoryStore();
    const writes = await seeded(memory);
    let chunks = 0;
    const records = memory.importRecords();
    const crashing = {
      ...records,
      create: (doc: Parameters<typeof records.create>[0]) => {
        if (doc.value.type === 'importBatchChunk' && ++chunks > 2)
          return Promise.reject(new Error('process killed'));
        return records.create(doc);
      },
    };
    await assert.rejects(
      new ImportBatches(crashing, memory, silentLogger).apply(meta('b4'), writes),
      /process killed/,
    );
    // Confirmed again at once: it may still be staging elsewhere, so nothing is done.
    const soon = new ImportBatches(records, memory, silentLogger);
    assert.deepEqual(await soon.apply(meta('b4'), writes), { status: 'busy' });
    const later = new Date(Date.now() + 60 * 60_000);
    const restarted = new ImportBatches(records, memory, silentLogger, () => later);
    assert.equal(await importedSeen(importAware(memory, restarted)), 0);
    assert.deepEqual(await restarted.recover(), { rolledForward: 0, discarded: 1 });
    const outcome = await restarted.apply(meta('b4'), writes);
    assert.equal(outcome.status, 'applied');
    assert.equal(await importedSeen(memory), IMPORT_SIZE);
  });

  it('takes over a staged batch left by a crash when its submission is confirmed again later', async () => {
    const memory = new MemoryStore();
    const writes = await seeded(memory);
    const records = memory.importRecords();
    const crashing = {
      ...records,
      create: (doc: Parameters<typeof records.create>[0]) =>
        doc.value.type === 'importBatchChunk'
          ? Promise.reject(new Error('process killed'))
          : records.create(doc),
    };
    await assert.rejects(
      new ImportBatches(crashing, memory, silentLogger).apply(meta('b6'), writes),
      /process killed/,
    );
    const later = new Date(Date.now() + 5 * 60_000);
    const outcome = await new ImportBatches(records, memory, silentLogger, () => later).apply(
      meta('b6'),
      writes,
    );
    assert.equal(outcome.status, 'applied');
    assert.equal(await importedSeen(memory), IMPORT_SIZE);
  });
});

/** Runs the importUntilKilled child until it prints `until`, then kill -9. */
async function importUntilKilled(dataDir: string, until: RegExp): Promise<string> {
  const script = path.resolve(__dirname, '..', 'fixtures', 'importUntilKilled.js');
  const child = spawn(process.execPath, [script, dataDir, 'kill-test'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (until.test(stdout)) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited early (${code}): ${stderr}`));
    });
  });
  await new Promise((r) => child.once('close', r));
  return stdout;
}

describe('store: an import killed with kill -9 (embedded store, real child process)', function () {
  this.timeout(60_000);
  let temp: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    temp = await tempDir();
  });
  afterEach(() => temp.cleanup());

  async function afterRestart(
    check: (
      reader: GovernanceStore,
      raw: GovernanceStore,
      batches: ImportBatches,
      status: () => Promise<string | null>,
    ) => Promise<void>,
  ) {
    const reopened = await openTestStore(temp.dir);
    try {
      const later = new Date(Date.now() + 60 * 60_000);
      const records = reopened.store.importRecords();
      const batches = new ImportBatches(records, reopened.store, silentLogger, () => later);
      const status = async () => {
        const header = (await records.get(importIds.batch('kill-test')))?.value.value;
        return header?.type === 'importBatch' ? header.status : null;
      };
      await check(importAware(reopened.store, batches), reopened.store, batches, status);
    } finally {
      await reopened.close();
    }
  }

  it('killed while writing records: readers see all of it, and the restart finishes it', async () => {
    const out = await importUntilKilled(temp.dir, /WROTE 30\n/);
    assert.match(out, /COMMITTED/);
    await afterRestart(async (reader, raw, batches, status) => {
      assert.equal(await status(), 'committed');
      const stored = await importedSeen(raw);
      assert.ok(stored >= 30 && stored < IMPORT_SIZE, `killed mid-apply (${stored} written)`);
      assert.equal(await importedSeen(reader), IMPORT_SIZE, 'a reader sees the whole import');
      assert.deepEqual(await batches.recover(), { rolledForward: 1, discarded: 0 });
      assert.equal(await importedSeen(raw), IMPORT_SIZE);
      assert.equal(await status(), 'applied');
    });
  });

  it('killed while staging: nothing is seen, the restart discards it', async () => {
    const out = await importUntilKilled(temp.dir, /CHUNK 1\n/);
    assert.doesNotMatch(out, /COMMITTED/);
    await afterRestart(async (reader, raw, batches, status) => {
      assert.equal(await status(), 'staged');
      assert.equal(await importedSeen(reader), 0);
      assert.equal(await importedSeen(raw), 0);
      assert.deepEqual(await batches.recover(), { rolledForward: 0, discarded: 1 });
      assert.equal(await status(), 'discarded');
      assert.equal(await importedSeen(reader), 0);
    });
  });
});
