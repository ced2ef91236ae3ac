import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

/**
 * One process per DATA_DIR: two would each load the journal into their own in-memory server and then
 * overwrite each other's changes.
 *
 * The lock is a numbered file, `board-clerk.lock.<generation>`, holding the owner's pid. Taking it means
 * creating the next generation's file, atomically and exclusively (a hard link of a fully written file:
 * `link` fails if the name exists), so of several starters racing over a stale lock exactly one creates
 * the next file. Nothing ever removes the newest file (releasing marks it released), so a slow starter
 * acting on an old view cannot re-create a generation someone has moved past; and after creating its
 * file a starter checks that no newer generation exists, and backs out if one does. Older generations
 * are tidied away by the holder. The pre-generation `board-clerk.lock` counts as generation 0.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by another Board Clerk process (pid ${pid}); stop it or set a different DATA_DIR`,
    );
    this.name = 'DataDirLockedError';
  }
}

const BASE = 'board-clerk.lock';
const LOCK_NAME = /^board-clerk\.lock(?:\.(\d+))?$/;
const RELEASED = 'released';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Directories this process holds: a lock file naming our own pid is stale unless listed here. */
const heldHere = new Set<string>();

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const dir = path.resolve(dataDir);
  if (heldHere.has(dir)) throw new DataDirLockedError(dir, process.pid);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  heldHere.add(dir);
  try {
    const release = await acquireLock(dir, process.pid);
    return async () => {
      heldHere.delete(dir);
      await release();
    };
  } catch (e) {
    heldHere.delete(dir);
    throw e;
  }
}

/** Lock files in `dir` by generation, newest last. */
async function generations(dir: string): Promise<{ generation: number; file: string }[]> {
  const found: { generation: number; file: string }[] = [];
  for (const name of await readdir(dir)) {
    const m = LOCK_NAME.exec(name);
    if (m) found.push({ generation: m[1] ? Number(m[1]) : 0, file: path.join(dir, name) });
  }
  return found.sort((a, b) => a.generation - b.generation);
}

/**
 * Takes the lock on `dir` for `pid` (the current process, or another in tests). A lock whose owner no
 * longer runs, names `pid` itself (a container restarted with the same pid), or was released is stale.
 */
export async function acquireLock(
  dir: string,
  pid: number,
  isAlive: (pid: number) => boolean = isRunning,
): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const newest = (await generations(dir)).at(-1);
    if (newest) {
      const owner = Number((await readFile(newest.file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== pid && isAlive(owner))
        throw new DataDirLockedError(dir, owner);
    }
    const generation = (newest?.generation ?? 0) + 1;
    const mine = path.join(dir, `${BASE}.${generation}`);
    const candidate = path.join(dir, `${BASE}.${randomUUID()}.tmp`);
    await writeFile(candidate, String(pid), { flag: 'wx', mode: 0o600 });
    try {
      await link(candidate, mine);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      continue; // another starter took this generation: look again
    } finally {
      await rm(candidate, { force: true });
    }
    const all = await generations(dir);
    if (all.at(-1)!.generation > generation) {
      // We acted on an old view and someone has moved past us: back out.
      await rm(mine, { force: true });
      continue;
    }
    for (const older of all.filter((g) => g.generation < generation))
      await rm(older.file, { force: true });
    return async () => {
      // If even this cannot be written (a full disk), the lock stays stale-by-pid once we exit.
      await writeFile(mine, RELEASED, { mode: 0o600 }).catch(() => undefined);
    };
  }
  throw new Error(`could not lock DATA_DIR ${dir}: too many concurrent starters`);
}
