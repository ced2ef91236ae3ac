// A larger trust group for benchmarks: N times the organisations, registers, risks, action logs, actions,
// meetings, minutes, strategies, roles and people of the bundled dataset, each copy a trust group of its
// own with a year of progress history on its actions. Written as dataset files (one per group) that load
// and pass the same checks as the bundled dataset; `npm run bench:questions -- --scale N` uses them.
// Usage: npm run generate:scale -- --factor N [--out DIR]   (default DIR: .data/scale-N/dataset)
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/dataset/bundled';
import { writeScaledDataset } from './scale/generate';

async function main(): Promise<void> {
  const args = parseArgs({
    options: { factor: { type: 'string', default: '10' }, out: { type: 'string' } },
  }).values;
  const factor = Number(args.factor);
  if (!Number.isInteger(factor) || factor < 1 || factor > 1000)
    throw new Error('--factor must be a whole number from 1 to 1000');
  const out = path.resolve(args.out ?? path.join('.data', `scale-${factor}`, 'dataset'));
  const started = Date.now();
  const written = await writeScaledDataset(factor, out);
  const { records } = await loadDataset(out);
  const count = (kind: string) => records.filter((r) => r.kind === kind).length;
  console.log(`wrote ${written} records for ${factor} trust groups to ${out}`);
  console.log(
    ['organisation', 'register', 'risk', 'action', 'meeting', 'person', 'role']
      .map((k) => `${k}s ${count(k)}`)
      .join(', '),
  );
  const history = records.reduce((n, r) => n + (r.kind === 'action' ? r.history.length : 0), 0);
  console.log(
    `history entries ${history}; checked like the bundled dataset in ${Date.now() - started} ms`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
