import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { DataDirLockedError } from '../../src/store/dataDirLock';
import { openTestStore } from '../helpers/embeddedStore';
import { testAction, testOrganisation } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';

describe('embedded store persistence in DATA_DIR', function () {
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
      // After a restart the etag is new, and updates still work against it.
      await second.store.replace({ ...action.value, revision: 2 }, action.etag);
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
    const script = path.resolve(__dirname, '..', 'fixtures', 'writeUntilKilled.js');
    const child = spawn(process.execPath, [script, temp.dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const lastAck = await new Promise<number>((resolve, reject) => {
      let last = 0;
      let buffer = '';
      child.stdout.on('data', (d: Buffer) => {
        buffer += d.toString();
        for (const m of buffer.matchAll(/ACK (\d+)\n/g)) last = Number(m[1]);
        buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
        if (last >= 20) {
          child.kill('SIGKILL');
          resolve(last);
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`child exited early (${code}): ${stderr}`));
      });
    });
    await new Promise((r) => child.once('close', r));

    const reopened = await openTestStore(temp.dir);
    try {
      const action = await reopened.store.get('action', 'test-trust', 'act-test-1');
      assert.ok(action, 'the action survived');
      assert.ok(
        action.value.revision >= lastAck,
        `revision ${action.value.revision} is older than the last acknowledged ${lastAck}`,
      );
      assert.equal(action.value.text, `Revision ${action.value.revision}`);
    } finally {
      await reopened.close();
    }
  });
});
