// Applying an import all or nothing on the durable embedded store (fsynced journal): how long a
// batch of N new actions takes to stage and commit (what a secretary waits for after Confirm in Teams),
// how long a reader takes to see all of it through the overlay, and how long the writes take after.
// Usage: npm run bench:import-apply -- [N ...]   (default 500 and 10000)
import { silentLogger } from '../src/log';
import { ImportBatches, importAware } from '../src/store/importBatches';
import { openTestStore } from '../test/helpers/embeddedStore';
import { testAction } from '../test/helpers/fixtures';

async function once(n: number): Promise<void> {
  const opened = await openTestStore();
  try {
    const writes = Array.from({ length: n }, (_, i) => ({
      record: testAction(i + 1, { text: `Imported action ${i + 1}` }),
      baseEtag: null,
    }));
    const batches = new ImportBatches(opened.store.importRecords(), opened.store, silentLogger);
    const reader = importAware(opened.store, batches);
    let t = performance.now();
    const outcome = await batches.apply(
      {
        batchId: `bench-${n}`,
        organisationId: 'test-trust',
        fileName: 'Bench.xlsx',
        importedBy: { name: 'Bench' },
        summary: 'bench',
      },
      writes,
      { wait: false },
    );
    const committed = performance.now() - t;
    t = performance.now();
    const seen = (await reader.findActions({ organisationId: 'test-trust' })).length;
    const read = performance.now() - t;
    t = performance.now();
    await batches.settle();
    const written = performance.now() - t;
    const ms = (x: number) => `${Math.round(x)} ms`;
    console.log(
      `${n.toLocaleString('en-GB')} new actions: staged and committed in ${ms(committed)} (${outcome.status}); a reader saw ${seen.toLocaleString('en-GB')} in ${ms(read)}; written after the answer in ${ms(written)}`,
    );
  } finally {
    await opened.dispose();
  }
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  for (const n of sizes.length ? sizes : [500, 10_000]) await once(n);
}

void main();
