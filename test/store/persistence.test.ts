import { CosmosClient } from '@azure/cosmos';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seedDataset } from '../../src/dataset/seed';
import { silentLogger } from '../../src/log';
import { CosmosGovernanceStore } from '../../src/store/cosmosStore';
import { DataDirLockedError } from '../../src/store/dataDirLock';
import { startDurableServer } from '../../src/store/durableServer';
import { openTestStore, recordingLogger } from '../helpers/embeddedStore';
import { testAction, testOrganisation, testRole } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';

const journalFile = (dataDir: string) => path.join(dataDir, 'store', 'journal.log');

/** Runs the writeUntilKilled child until every writer has `acks` acknowledged writes, then kill -9. */
async function writeUntilKilled(
  dataDir: string,
  writers: number,
  acks: number,
): Promise<Map<number, number>> {
  const script = path.resolve(__dirname, '..', 'fixtures', 'writeUntilKilled.js');
  const child = spawn(process.execPath, [script, dataDir, String(writers)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const last = new Map<number, number>();
  await new Promise<void>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (const m of buffer.matchAll(/ACK (\d+) (\d+)\n/g)) last.set(Number(m[1]), Number(m[2]));
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
      if (last.size === writers && [...last.values()].every((n) => n >= acks)) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited early (${code}): ${stderr}`));
    });
  });
  await new Promise((r) => child.once('close', r));
  return last;
}

async function assertAcknowledgedWritesKept(dataDir: string, last: Map<number, number>) {
  const reopened = await openTestStore(dataDir);
  try {
    for (const [n, acked] of last) {
      const action = await reopened.store.get('action', 'test-trust', `act-test-${n}`);
      assert.ok(action, `act-test-${n} survived`);
      assert.ok(
        action.value.revision >= acked,
        `act-test-${n}: revision ${action.value.revision} is older than the last acknowledged ${acked}`,
      );
      assert.equal(action.value.text, `Revision ${action.value.revision}`);
    }
  } finally {
    await reopened.close();
  }
}

describe('embedded store persistence in DATA_DIR', function () {
  this.timeout(60_000);
  let temp: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => (temp = await tempDir()));
  afterEach(() => temp.cleanup());

  it('keeps created and updated records across a restart', async () => {
    const first = await openTestStore(temp.dir);
    await first.store.create(testOrganisation);
    const created = await first.store.create(testAction(1));
    await first.store.replace(
      { ...created.value, deliveryStatus: 'some-issues', revision: 1 },
      created.etag,
    );
    await first.close();

    const second = await openTestStore(temp.dir);
    try {
      assert.equal(
        (await second.store.get('organisation', 'test-trust', 'test-trust'))?.value.name,
        'Test NHS Trust',
      );
      const action = await second.store.get('action', 'test-trust', 'act-test-1');
      assert.equal(action?.value.deliveryStatus, 'some-issues');
      assert.equal(action?.value.revision, 1);
      // After a restart, updates still work against the etag read.
      await second.store.replace({ ...action.value, revision: 2 }, action.etag);
    } finally {
      await second.close();
    }
  });

  it('continues the change feed across a restart of the store', async () => {
    const first = await openTestStore(temp.dir);
    await first.store.create(testOrganisation);
    await first.store.create(testAction(1));
    const { continuation } = await first.store.readChanges('actions', null);
    await first.close();
    const second = await openTestStore(temp.dir);
    try {
      assert.deepEqual((await second.store.readChanges('actions', continuation)).documents, []);
      await second.store.create(testAction(2));
      const after = await second.store.readChanges('actions', continuation);
      assert.deepEqual(
        after.documents.map((d) => d.value.id),
        ['act-test-2'],
      );
    } finally {
      await second.close();
    }
  });

  it('refuses a second process on the same DATA_DIR while the first runs', async () => {
    const first = await openTestStore(temp.dir);
    try {
      await assert.rejects(openTestStore(temp.dir), DataDirLockedError);
    } finally {
      await first.close();
    }
  });

  it('keeps every acknowledged write after kill -9', async () => {
    const last = await writeUntilKilled(temp.dir, 1, 20);
    await assertAcknowledgedWritesKept(temp.dir, last);
  });

  it('keeps every acknowledged write of concurrent writers (group commit) after kill -9', async () => {
    const last = await writeUntilKilled(temp.dir, 8, 15);
    await assertAcknowledgedWritesKept(temp.dir, last);
  });

  it('ignores a torn final record (a write cut short), with a log line, and keeps writing after it', async () => {
    const last = await writeUntilKilled(temp.dir, 2, 10);
    // A crash in the middle of appending: the last record's line is cut short.
    const lines = (await readFile(journalFile(temp.dir), 'utf8')).trimEnd().split('\n');
    const torn = lines.at(-1)!.slice(0, Math.floor(lines.at(-1)!.length / 2));
    await appendFile(journalFile(temp.dir), torn);

    const { log, lines: logged } = recordingLogger();
    const reopened = await openTestStore(temp.dir, log);
    try {
      assert.ok(
        logged.some((l) => /torn final journal record/.test(l.msg)),
        'the torn record is reported in the log',
      );
      assert.equal(
        (await reopened.store.health()).status,
        'ok',
        'a torn final record is no damage',
      );
      const current = (await reopened.store.get('action', 'test-trust', 'act-test-1'))!;
      await reopened.store.replace({ ...current.value, text: 'After the tear' }, current.etag);
    } finally {
      await reopened.close();
    }
    await assertAcknowledgedWritesKept(temp.dir, new Map([[2, last.get(2)!]]));
    const again = await openTestStore(temp.dir);
    try {
      assert.equal(
        (await again.store.get('action', 'test-trust', 'act-test-1'))?.value.text,
        'After the tear',
      );
    } finally {
      await again.close();
    }
  });

  it('keeps its journal owner-only', async () => {
    const opened = await openTestStore(temp.dir);
    try {
      await opened.store.create(testOrganisation);
    } finally {
      await opened.close();
    }
    const mode = async (p: string) => (await stat(p)).mode & 0o777;
    assert.equal(await mode(path.join(temp.dir, 'store')), 0o700);
    assert.equal(await mode(journalFile(temp.dir)), 0o600);
    for (const name of await readdir(temp.dir))
      if (name.startsWith('board-clerk.lock'))
        assert.equal(await mode(path.join(temp.dir, name)), 0o600, name);
  });

  it('migrates a DATA_DIR in the old one-file-per-document format, keeping a damaged file aside', async () => {
    // As the journal before the append-only log wrote them.
    const old = (container: string, partitionKey: string, id: string, document: object) => {
      const name = createHash('sha256').update(`${partitionKey}\u0000${id}`).digest('hex');
      return {
        file: path.join(temp.dir, 'cosmos', container, `${name.slice(0, 40)}.json`),
        text: JSON.stringify({ format: 1, container, partitionKey, id, document }),
      };
    };
    const files = [
      old('governance', 'test-trust', 'test-trust', testOrganisation),
      old('directory', 'test-trust', 'role-test-doca', testRole),
      old('actions', 'test-trust', 'act-test-1', { ...testAction(1), revision: 4 }),
    ];
    for (const f of files) {
      await mkdir(path.dirname(f.file), { recursive: true });
      await writeFile(f.file, f.text);
    }
    const damaged = path.join(temp.dir, 'cosmos', 'actions', `${'0'.repeat(40)}.json`);
    await writeFile(damaged, '{"format":1,"container":"actions","partitionKey":"test-tr');

    const first = await openTestStore(temp.dir);
    try {
      assert.equal(
        (await first.store.get('organisation', 'test-trust', 'test-trust'))?.value.name,
        'Test NHS Trust',
      );
      assert.equal(
        (await first.store.get('action', 'test-trust', 'act-test-1'))?.value.revision,
        4,
      );
      const health = await first.store.health();
      assert.equal(health.status, 'degraded');
      assert.equal(health.damaged.length, 1);
      assert.match(health.damaged[0]!.source, /^cosmos\/actions\//);
      const kept = path.join(temp.dir, 'store', 'damaged', health.damaged[0]!.keptAs);
      assert.equal(
        await readFile(kept, 'utf8'),
        '{"format":1,"container":"actions","partitionKey":"test-tr',
        'the damaged file is kept byte for byte',
      );
    } finally {
      await first.close();
    }
    await assert.rejects(stat(path.join(temp.dir, 'cosmos')), /ENOENT/, 'the old files are gone');
    const second = await openTestStore(temp.dir);
    try {
      assert.equal(
        (await second.store.get('action', 'test-trust', 'act-test-1'))?.value.revision,
        4,
      );
    } finally {
      await second.close();
    }
  });

  it('keeps a damaged journal record aside, reports it, and never seeds the demo copy over it', async () => {
    const first = await openTestStore(temp.dir);
    await first.store.create(testOrganisation);
    await first.store.create(testAction(1, { text: 'Edited by the board' }));
    await first.store.create(testAction(2));
    await first.close();
    // Bit rot in the middle of the log: one character of act-test-1's record changes.
    const log = await readFile(journalFile(temp.dir), 'utf8');
    const at = log.indexOf('Edited by the board');
    assert.ok(at > 0);
    await writeFile(journalFile(temp.dir), `${log.slice(0, at)}X${log.slice(at + 1)}`);

    const { log: logger, lines } = recordingLogger();
    const second = await openTestStore(temp.dir, logger);
    try {
      assert.ok(lines.some((l) => /damaged journal record moved aside/.test(l.msg)));
      assert.equal(await second.store.get('action', 'test-trust', 'act-test-1'), null);
      assert.equal(
        (await second.store.get('action', 'test-trust', 'act-test-2'))?.value.id,
        'act-test-2',
      );
      const health = await second.store.health();
      assert.equal(health.status, 'degraded');
      assert.match(health.reasons.join(' '), /damaged journal record/);
      assert.deepEqual(health.damaged[0]?.key, {
        database: 'board-clerk-test',
        container: 'actions',
        partitionKey: 'test-trust',
        id: 'act-test-1',
      });
      const kept = await readFile(
        path.join(temp.dir, 'store', 'damaged', health.damaged[0].keptAs),
        'utf8',
      );
      assert.match(kept, /Xdited by the board/, 'the damaged bytes are kept as they were');

      // The bundled dataset has a pristine act-test-1: seeding must not bring it back over the damage.
      const result = await seedDataset(
        second.store,
        { records: [testAction(1), testAction(3)], fingerprint: 'demo-v1' },
        silentLogger,
      );
      assert.equal(result.created, 1);
      assert.equal(await second.store.get('action', 'test-trust', 'act-test-1'), null);
      assert.equal(
        (await second.store.get('action', 'test-trust', 'act-test-3'))?.value.id,
        'act-test-3',
      );
    } finally {
      await second.close();
    }
    const third = await openTestStore(temp.dir);
    try {
      assert.equal((await third.store.health()).status, 'degraded', 'until someone deals with it');
    } finally {
      await third.close();
    }
  });

  it('seeds nothing while damage it cannot attribute to a record is kept aside', async () => {
    const first = await openTestStore(temp.dir);
    await first.store.create(testOrganisation);
    await first.close();
    await appendFile(journalFile(temp.dir), 'garbage that is no record at all\n');
    const second = await openTestStore(temp.dir);
    try {
      assert.equal((await second.store.health()).damaged[0]?.key, null);
      const result = await seedDataset(
        second.store,
        { records: [testAction(1)], fingerprint: 'demo-v1' },
        silentLogger,
      );
      assert.equal(result.created, 0);
      assert.equal(await second.store.get('action', 'test-trust', 'act-test-1'), null);
    } finally {
      await second.close();
    }
  });

  it('journals every kind of document write the SDK makes: upsert, patch, delete, bulk', async () => {
    const first = await openTestStore(temp.dir);
    const client = new CosmosClient({ endpoint: first.endpoint, key: 'k' });
    try {
      const actions = client.database('board-clerk-test').container('actions');
      await actions.items.upsert({ id: 'a', organisationId: 'o', n: 1 });
      await actions.items.upsert({ id: 'a', organisationId: 'o', n: 2 });
      await actions.items.create({ id: 'b', organisationId: 'o', n: 1 });
      await actions.item('b', 'o').patch([{ op: 'set', path: '/n', value: 7 }]);
      await actions.items.create({ id: 'c', organisationId: 'o' });
      await actions.item('c', 'o').delete();
      await actions.items.bulk([
        { operationType: 'Create', resourceBody: { id: 'd', organisationId: 'o' } },
        { operationType: 'Delete', id: 'a', partitionKey: 'o' },
        { operationType: 'Upsert', resourceBody: { id: 'e', organisationId: 'o', n: 3 } },
      ]);
    } finally {
      client.dispose();
      await first.close();
    }
    const second = await openTestStore(temp.dir);
    const again = new CosmosClient({ endpoint: second.endpoint, key: 'k' });
    try {
      const { resources } = await again
        .database('board-clerk-test')
        .container('actions')
        .items.query<{ id: string; n?: number }>('SELECT c.id, c.n FROM c ORDER BY c.id')
        .fetchAll();
      assert.deepEqual(resources, [{ id: 'b', n: 7 }, { id: 'd' }, { id: 'e', n: 3 }]);
    } finally {
      again.dispose();
      await second.close();
    }
  });

  it('compacts the journal while running and keeps the latest state', async () => {
    const server = await startDurableServer({
      dataDir: temp.dir,
      legacyDatabase: 'board-clerk-test',
      log: silentLogger,
      compactAtBytes: 64 * 1024,
    });
    const client = new CosmosClient({ endpoint: server.endpoint, key: 'k' });
    try {
      const { database } = await client.databases.createIfNotExists({ id: 'board-clerk-test' });
      await CosmosGovernanceStore.ensureContainers(database);
      const store = new CosmosGovernanceStore(database, silentLogger);
      await store.create(testOrganisation);
      const writers = [1, 2, 3, 4].map(async (n) => {
        let current = await store.create(testAction(n));
        for (let i = 1; i <= 60; i++)
          current = await store.replace(
            // Multi-byte characters: a compaction copies lines by their length in bytes, not characters.
            { ...current.value, revision: i, text: `Revision ${i} – Trust’s ${'x'.repeat(400)}` },
            current.etag,
          );
      });
      await Promise.all(writers);
      const size = (await stat(journalFile(temp.dir))).size;
      assert.ok(size < 128 * 1024, `the log was compacted (${size} bytes after ~120 KB of writes)`);
    } finally {
      client.dispose();
      await server.stop();
    }
    const reopened = await openTestStore(temp.dir);
    try {
      for (const n of [1, 2, 3, 4]) {
        const action = (await reopened.store.get('action', 'test-trust', `act-test-${n}`))?.value;
        assert.equal(action?.revision, 60);
        assert.equal(action?.text, `Revision 60 – Trust’s ${'x'.repeat(400)}`);
      }
    } finally {
      await reopened.close();
    }
  });
});
