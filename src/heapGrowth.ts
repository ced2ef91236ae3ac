import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past its live data before the next full collection.
 *
 * By default, on a machine with a few gigabytes, V8 lets the old generation grow to up to four times
 * what survived the last full collection. Under a steady stream of questions that is mostly garbage:
 * at 1,000 questions a second the heap reached about twice its live size and peak RSS went from about
 * 190 MB at start to 430 MB. Asking for a full collection once the heap has grown by a fifth keeps
 * peak RSS near the live size. The extra collections are incremental and concurrent, but not free:
 * in `npm run bench:questions` they cost about 0.2 ms of CPU a question (see the README's benchmarks).
 *
 * The flag is read at every collection, so setting it once the process runs takes effect from the next.
 * 0 leaves V8's own heuristics alone.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
