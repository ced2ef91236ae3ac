import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { acquireLock, DataDirLockedError, lockDataDir } from '../../src/store/dataDirLock';
import { tempDir } from '../helpers/tempDir';

/** A pid that no process has any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid;
}

describe('the DATA_DIR lock', function () {
  this.timeout(60_000);
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let sleepers: ChildProcess[] = [];
  beforeEach(async () => (temp = await tempDir()));
  afterEach(async () => {
    for (const s of sleepers) s.kill('SIGKILL');
    sleepers = [];
    await temp.cleanup();
  });

  /** Live processes whose pids stand for racing starters (each lock names its owner's pid). */
  function livePids(n: number): number[] {
    sleepers = Array.from({ length: n }, () =>
      spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' }),
    );
    return sleepers.map((s) => s.pid!);
  }

  it('is taken by exactly one of several starters racing over a stale lock, every time (40 trials)', async () => {
    const racers = livePids(3);
    const stale = deadPid();
    for (let trial = 0; trial < 40; trial++) {
      const dir = path.join(temp.dir, `trial-${trial}`);
      await lockDataDir(dir).then((release) => release());
      // A lock left behind by a process killed with kill -9.
      await writeFile(path.join(dir, `board-clerk.lock.${trial + 1}`), String(stale));
      const results = await Promise.allSettled(racers.map((pid) => acquireLock(dir, pid)));
      const winners = results.filter((r) => r.status === 'fulfilled');
      assert.equal(winners.length, 1, `trial ${trial}: ${winners.length} starters took the lock`);
      for (const r of results)
        if (r.status === 'rejected')
          assert.ok(r.reason instanceof DataDirLockedError, String(r.reason));
    }
  });

  it('is taken by exactly one of several starters racing over the old-style stale lock file', async () => {
    const racers = livePids(3);
    const stale = deadPid();
    for (let trial = 0; trial < 10; trial++) {
      const dir = path.join(temp.dir, `old-${trial}`);
      await lockDataDir(dir).then((release) => release());
      await writeFile(path.join(dir, 'board-clerk.lock'), String(stale));
      const results = await Promise.allSettled(racers.map((pid) => acquireLock(dir, pid)));
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1, `trial ${trial}`);
    }
  });

  it('refuses while its holder runs, and can be taken again once released', async () => {
    const [holder, other] = livePids(2);
    const release = await acquireLock(temp.dir, holder!);
    await assert.rejects(acquireLock(temp.dir, other!), DataDirLockedError);
    await release();
    const again = await acquireLock(temp.dir, other!);
    await again();
  });
});
