import { mkdir, open, readdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * Where damaged journal records and files are kept: moved aside, never deleted or overwritten, so a person
 * can inspect and restore them. While anything is kept here the store reports degraded health, and the
 * bundled dataset is not seeded over what was damaged (see `src/dataset/seed.ts`).
 *
 * Each item is the damaged bytes exactly as found, plus `<name>.why.json` saying what it was and why it
 * was put aside. Deleting both files (after restoring what matters) clears the report.
 */

/** The document a damaged record held, when enough of it could be read to tell. */
export const DocumentKey = z.object({
  database: z.string(),
  container: z.string(),
  partitionKey: z.unknown(),
  id: z.string(),
});
export type DocumentKey = z.infer<typeof DocumentKey>;

export const DamagedEntry = z.object({
  reason: z.string(),
  /** Where it was found: "journal.log line 12", "cosmos/actions/ab12….json". */
  source: z.string(),
  key: DocumentKey.nullable(),
  keptAs: z.string(),
  keptAt: z.string(),
});
export type DamagedEntry = z.infer<typeof DamagedEntry>;

const WHY = '.why.json';
const PRIVATE_FILE = 0o600;
const PRIVATE_DIR = 0o700;

export class Quarantine {
  constructor(readonly dir: string) {}

  /** Keeps the bytes of a damaged record, with why; resolves once both are on disk. */
  async keepRecord(
    bytes: Buffer,
    what: Omit<DamagedEntry, 'keptAs' | 'keptAt'>,
  ): Promise<DamagedEntry> {
    await mkdir(this.dir, { recursive: true, mode: PRIVATE_DIR });
    const name = await this.createUnique(slug(what.source), bytes);
    return this.describe(name, what);
  }

  /** Moves a damaged file here (a rename: the bytes are never rewritten). */
  async keepFile(
    file: string,
    what: Omit<DamagedEntry, 'keptAs' | 'keptAt'>,
  ): Promise<DamagedEntry> {
    await mkdir(this.dir, { recursive: true, mode: PRIVATE_DIR });
    // Reserve a unique name first (exclusive create), then rename over the reservation.
    const name = await this.createUnique(slug(what.source), Buffer.alloc(0));
    await rename(file, path.join(this.dir, name));
    return this.describe(name, what);
  }

  /** Everything kept so far, including from earlier runs. */
  async list(): Promise<DamagedEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const out: DamagedEntry[] = [];
    for (const name of names.filter((n) => !n.endsWith(WHY)).sort()) {
      const why = await readFile(path.join(this.dir, name + WHY), 'utf8').catch(() => null);
      const parsed = why === null ? null : DamagedEntry.safeParse(safeJson(why));
      out.push(
        parsed?.success
          ? parsed.data
          : {
              reason: 'kept without a readable description',
              source: name,
              key: null,
              keptAs: name,
              keptAt: '',
            },
      );
    }
    return out;
  }

  private async describe(
    name: string,
    what: Omit<DamagedEntry, 'keptAs' | 'keptAt'>,
  ): Promise<DamagedEntry> {
    const entry: DamagedEntry = { ...what, keptAs: name, keptAt: new Date().toISOString() };
    await writeDurably(
      path.join(this.dir, name + WHY),
      Buffer.from(JSON.stringify(entry, null, 2)),
    );
    await syncDirectory(this.dir);
    return entry;
  }

  private async createUnique(base: string, bytes: Buffer): Promise<string> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    for (let n = 0; ; n++) {
      const name = `${stamp}-${base}${n ? `-${n}` : ''}`;
      try {
        await writeDurably(path.join(this.dir, name), bytes);
        return name;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  }
}

function slug(source: string): string {
  return source.replace(/[^A-Za-z0-9.-]+/g, '_').slice(0, 80);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Creates a new owner-only file (never overwriting one) and fsyncs it. */
export async function writeDurably(file: string, bytes: Buffer): Promise<void> {
  const handle = await open(file, 'wx', PRIVATE_FILE);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
