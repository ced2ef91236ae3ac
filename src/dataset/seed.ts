import type { Logger } from '../log';
import { containerForKind } from '../store/containers';
import { AlreadyExistsError } from '../store/errors';
import type { GovernanceStore, StoreStatus, SystemValues } from '../store/store';
import type { Dataset } from './bundled';

const SEED_MARKER = 'seeded-dataset';
const SEED_CONCURRENCY = 8;

export interface SeedResult {
  created: number;
  kept: number;
  skipped: boolean;
}

/**
 * Puts the bundled dataset into the store. Only records that do not exist yet are created: what users
 * changed (progress, revised dates, closures) is never overwritten. When the dataset's fingerprint
 * matches the last seeding, nothing is read or written.
 *
 * A record whose journal entry was damaged (kept aside by the embedded store) is missing, not new: it
 * is never re-created from the pristine demo copy. If the store kept aside damage it cannot attribute
 * to a record, nothing is seeded until someone has looked at it.
 */
export async function seedDataset(
  store: GovernanceStore & SystemValues & StoreStatus,
  dataset: Dataset,
  log: Logger,
): Promise<SeedResult> {
  if ((await store.readSystemValue(SEED_MARKER)) === dataset.fingerprint) {
    log.info({ records: dataset.records.length }, 'dataset already seeded');
    return { created: 0, kept: dataset.records.length, skipped: true };
  }
  const { damaged } = await store.health();
  if (damaged.some((d) => !d.key)) {
    log.error(
      { damaged: damaged.length },
      'not seeding the dataset: the store kept aside damaged records it cannot name, which seeding could overwrite',
    );
    return { created: 0, kept: 0, skipped: true };
  }
  const damagedKeys = new Set(damaged.map((d) => JSON.stringify([d.key?.container, d.key?.id])));
  const records = dataset.records.filter(
    (r) => !damagedKeys.has(JSON.stringify([containerForKind(r.kind), r.id])),
  );
  if (records.length < dataset.records.length)
    log.error(
      { withheld: dataset.records.length - records.length },
      'not seeding records whose journal entry was damaged (kept aside)',
    );
  let created = 0;
  let kept = 0;
  for (let i = 0; i < records.length; i += SEED_CONCURRENCY)
    await Promise.all(
      records.slice(i, i + SEED_CONCURRENCY).map(async (record) => {
        try {
          await store.create(record);
          created++;
        } catch (e) {
          if (!(e instanceof AlreadyExistsError)) throw e;
          kept++;
        }
      }),
    );
  await store.writeSystemValue(SEED_MARKER, dataset.fingerprint);
  log.info({ created, kept }, 'dataset seeded');
  return { created, kept, skipped: false };
}
