import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { GovernanceRecord } from '../domain';
import { packageRoot } from '../paths';

/** The bundled dataset lives in `data/` at the package root, one JSON array of records per file. */
export const DATASET_DIR = path.join(packageRoot(), 'data');

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DatasetError';
  }
}

const DatasetFile = z.array(z.unknown());

function describeIssues(file: string, index: number, raw: unknown, error: z.ZodError): string[] {
  const label = raw && typeof raw === 'object' && 'id' in raw ? String(raw.id) : `#${index}`;
  return error.issues.map(
    (i) => `${file} ${label} ${i.path.join('.') || '(record)'}: ${i.message}`,
  );
}

/** The records of one dataset file. */
export interface DatasetFileRecords {
  file: string;
  records: GovernanceRecord[];
}

/** Reads and validates every file in the dataset directory. Throws DatasetError listing every problem. */
export async function loadDatasetFiles(dir: string = DATASET_DIR): Promise<GovernanceRecord[]> {
  return (await loadDatasetByFile(dir)).flatMap((f) => f.records);
}

/** As loadDatasetFiles, keeping which file each record came from (for reports on the data). */
export async function loadDatasetByFile(dir: string = DATASET_DIR): Promise<DatasetFileRecords[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const problems: string[] = [];
  const loaded: DatasetFileRecords[] = [];
  for (const file of files) {
    const records: GovernanceRecord[] = [];
    loaded.push({ file, records });
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
    } catch (e) {
      problems.push(`${file}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const list = DatasetFile.safeParse(json);
    if (!list.success) {
      problems.push(`${file}: expected a JSON array of records`);
      continue;
    }
    list.data.forEach((raw, index) => {
      const parsed = GovernanceRecord.safeParse(raw);
      if (parsed.success) records.push(parsed.data);
      else problems.push(...describeIssues(file, index, raw, parsed.error));
    });
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return loaded;
}
