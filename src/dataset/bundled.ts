import { createHash } from 'node:crypto';
import type { GovernanceRecord } from '../domain';
import { applyDataQualityChecks } from '../domain/dataQuality';
import { checkIntegrity } from './integrity';
import { DatasetError, DATASET_DIR, loadDatasetFiles } from './load';

export interface Dataset {
  records: GovernanceRecord[];
  /** Fingerprint of the dataset's content: seeding runs again only when it changes. */
  fingerprint: string;
}

/** Loads the bundled dataset, runs the importer's data-quality checks and the integrity checks. */
export async function loadDataset(dir: string = DATASET_DIR): Promise<Dataset> {
  const records = applyDataQualityChecks(await loadDatasetFiles(dir));
  const problems = checkIntegrity(records);
  if (problems.length) throw new DatasetError(problems);
  const fingerprint = createHash('sha256').update(JSON.stringify(records)).digest('hex');
  return { records, fingerprint };
}
