import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../log';
import type { DamagedEntry, Quarantine } from './quarantine';

/**
 * The journal format before the append-only log: DATA_DIR/cosmos/<container>/<hash>.json, one file per
 * document, no system fields. Read once to migrate a DATA_DIR into the log; unreadable files are moved
 * to the quarantine, never deleted.
 */
const LegacyEntry = z.object({
  format: z.literal(1),
  container: z.string().min(1),
  partitionKey: z.string(),
  id: z.string().min(1),
  document: z.record(z.string(), z.unknown()),
});
export type LegacyEntry = z.infer<typeof LegacyEntry>;

export async function readLegacyJournal(
  dir: string,
  database: string,
  quarantine: Quarantine,
  log: Logger,
): Promise<{ entries: LegacyEntry[]; damaged: DamagedEntry[] }> {
  const entries: LegacyEntry[] = [];
  const damaged: DamagedEntry[] = [];
  for (const container of await readdir(dir).catch(() => [] as string[])) {
    const folder = path.join(dir, container);
    const names = await readdir(folder).catch(() => [] as string[]);
    // A temporary file is a write that was never acknowledged: the process died before the rename.
    for (const stale of names.filter((f) => f.endsWith('.tmp')))
      await rm(path.join(folder, stale), { force: true });
    for (const name of names.filter((f) => f.endsWith('.json'))) {
      const file = path.join(folder, name);
      const source = `cosmos/${container}/${name}`;
      const text = await readFile(file, 'utf8');
      let json: unknown = null;
      let reason: string;
      try {
        json = JSON.parse(text);
        const parsed = LegacyEntry.safeParse(json);
        if (parsed.success) {
          entries.push(parsed.data);
          continue;
        }
        reason = `not a journal entry: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
      } catch (e) {
        reason = `unreadable JSON: ${(e as Error).message}`;
      }
      const entry = await quarantine.keepFile(file, {
        reason,
        source,
        key: keyOf(json, database),
      });
      log.error(
        { source, keptAs: entry.keptAs, reason },
        'damaged journal file moved aside (kept, not loaded)',
      );
      damaged.push(entry);
    }
  }
  return { entries, damaged };
}

/** As much of the document's identity as a damaged file still shows. */
function keyOf(json: unknown, database: string): DamagedEntry['key'] {
  const o = json as Partial<LegacyEntry> | null;
  if (!o || typeof o !== 'object') return null;
  return typeof o.container === 'string' && typeof o.id === 'string'
    ? { database, container: o.container, partitionKey: o.partitionKey, id: o.id }
    : null;
}
