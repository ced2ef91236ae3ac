import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { tempDir } from '../helpers/tempDir';

/** Whether this process may mount a tmpfs in a private mount namespace (root with unshare). */
function canMountPrivately(): boolean {
  if (process.getuid?.() !== 0) return false;
  return spawnSync('unshare', ['-m', 'true']).status === 0;
}

describe('the embedded store on a full disk (issue 12 finding 9)', function () {
  this.timeout(60_000);

  it('undoes and refuses a save that cannot reach the journal, reports it, and keeps every acknowledged save across restarts', async function () {
    if (!canMountPrivately()) this.skip(); // needs root and unshare: a tiny tmpfs in a private mount namespace
    const temp = await tempDir();
    try {
      const fixture = path.resolve(__dirname, '..', 'fixtures', 'writeOnFullDisk.js');
      const script = `mount -t tmpfs -o size=256k,mode=0700 tmpfs "$1" && exec "$2" "$3" "$1"`;
      const child = spawn(
        'unshare',
        [
          '-m',
          '--propagation',
          'private',
          'sh',
          '-c',
          script,
          'sh',
          temp.dir,
          process.execPath,
          fixture,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(code, 0, stderr);
      const seen = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
        acknowledged: number[];
        refused: { revision: number; error: string; message: string };
        heldAfterRefusal: number;
        etagUnchangedByRefusal: boolean;
        retry: string;
        healthWhileFull: { status: string; store: string; reasons: string[] };
        afterRestart: { revision: number; text: string };
        healthAfter: string;
        savedRevision: number;
        final: { revision: number; text: string };
      };
      const lastAcknowledged = seen.acknowledged.at(-1) ?? 0;

      assert.equal(seen.refused.error, 'StoreUnavailableError');
      assert.match(seen.refused.message, /ENOSPC/);
      assert.equal(
        seen.heldAfterRefusal,
        lastAcknowledged,
        'the refused save was undone in memory',
      );
      assert.ok(seen.etagUnchangedByRefusal, 'and its etag with it');
      assert.equal(
        seen.retry,
        'StoreUnavailableError',
        'a retried save is refused, not "already saved"',
      );
      assert.equal(seen.healthWhileFull.status, 'degraded');
      assert.match(seen.healthWhileFull.reasons.join(' '), /ENOSPC/);

      assert.deepEqual(
        seen.afterRestart,
        { revision: lastAcknowledged, text: `Revision ${lastAcknowledged}` },
        'after a restart: every acknowledged save, and not the refused one',
      );
      assert.equal(seen.healthAfter, 'ok', 'healthy again once saves reach the journal');
      assert.deepEqual(seen.final, {
        revision: seen.savedRevision,
        text: 'Saved after space was freed',
      });
    } finally {
      await temp.cleanup();
    }
  });
});
