// Validates the bundled dataset (data/*.json): schemas, cross-record references and the data-quality
// checks, and prints per file what it checked (records per kind, flags recorded and found).
// Usage: npx tsx scripts/check-data.ts [--flags] [--partial]
//   --flags    list every data-quality flag's message under its file
//   --partial  skip "no such record" problems (while a file is being transcribed)
import { DatasetError, loadDatasetByFile } from '../src/dataset/load';
import { describeDataset, formatDatasetReport } from '../src/dataset/report';

async function main(): Promise<void> {
  const partial = process.argv.includes('--partial');
  try {
    const report = describeDataset(await loadDatasetByFile());
    console.log(
      formatDatasetReport(report, { flags: process.argv.includes('--flags') }).join('\n'),
    );
    const problems = report.problems.filter((p) => !partial || !p.includes('no such record'));
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
