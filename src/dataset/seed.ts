import type { Logger } from '../log';
import type { CosmosGovernanceStore } from '../store/cosmosStore';
import { AlreadyExistsError } from '../store/errors';
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
 */
export async function seedDataset(
  store: CosmosGovernanceStore,
  dataset: Dataset,
  log: Logger,
): Promise<SeedResult> {
  if ((await store.readSystemValue(SEED_MARKER)) === dataset.fingerprint) {
    log.info({ records: dataset.records.length }, 'dataset already seeded');
    return { created: 0, kept: dataset.records.length, skipped: true };
  }
  let created = 0;
  let kept = 0;
  const records = dataset.records;
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
