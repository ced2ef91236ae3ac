// Validates the bundled dataset (data/*.json): schemas, then cross-record references.
// Usage: npx tsx scripts/check-data.ts [--partial]   (--partial: skip "no such record" problems)
import { checkIntegrity } from '../src/dataset/integrity';
import { DatasetError, loadDatasetFiles } from '../src/dataset/load';

async function main(): Promise<void> {
  const partial = process.argv.includes('--partial');
  try {
    const records = await loadDatasetFiles();
    const problems = checkIntegrity(records).filter(
      (p) => !partial || !p.includes('no such record'),
    );
    const counts = new Map<string, number>();
    for (const r of records) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
    console.log(`${records.length} records:`, Object.fromEntries(counts));
    if (problems.length) {
      console.error(problems.join('\n'));
      process.exitCode = 1;
    } else console.log('dataset OK');
  } catch (e) {
    if (e instanceof DatasetError) {
      console.error(e.message);
      process.exitCode = 1;
    } else throw e;
  }
}
void main();
