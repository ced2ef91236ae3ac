import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past its live data before the next full collection.
 *
 * By default, on a machine with a few gigabytes, V8 lets the old generation grow to up to four times
 * what survived the last full collection. Under a steady stream of questions that is mostly garbage:
 * at 1,000 questions a second the heap reached about twice its live size and peak RSS went from about
 * 190 MB at start to 430 MB.
 *
 * Two settings bound it. The heap may grow by `percent` of its live data, and by at least `megabytes`:
 * with 24 MB, the bundled data (about 80 MB live) may grow by 30% before a full collection, a trust
 * group ten times the size (about 120 MB live once answers are kept) by 20%, the largest by `percent`.
 * A fixed 20% made the bundled data collect in full every 0.7 s under load: 1.8 ms of CPU a question
 * in `npm run bench:questions`, against 1.2 ms at 50%. 24 MB of room keeps peak RSS at `--scale 10`
 * about 15 MB under its 300 MB target, for about 5% more CPU than 32 MB (see the README's benchmarks).
 *
 * The flag is read at every collection, so it is set again after each full one, from the live size.
 * `percent` 0 leaves V8's own heuristics alone.
 */
let settings = { percent: 0, megabytes: 0 };
let observer: PerformanceObserver | undefined;
let applied = 0;

const MB = 1024 * 1024;
/** Never more than V8's own growth for a heap this size would be. */
const MOST_PERCENT = 100;

/** The growth to allow for this much live data. */
export function growthPercent(liveMb: number, percent: number, megabytes: number): number {
  if (percent <= 0) return 0;
  const forRoom = liveMb > 0 ? Math.ceil((megabytes / liveMb) * 100) : MOST_PERCENT;
  return Math.max(percent, Math.min(MOST_PERCENT, forRoom));
}

function apply(): void {
  const live = getHeapStatistics().used_heap_size / MB;
  const percent = growthPercent(live, settings.percent, settings.megabytes);
  if (percent > 0 && percent !== applied) {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
    applied = percent;
  }
}

export function limitHeapGrowth(percent: number, megabytes = 0): void {
  settings = { percent, megabytes };
  if (percent <= 0) return;
  apply();
  if (megabytes > 0 && !observer) {
    observer = new PerformanceObserver((list) => {
      // A GC entry's detail says which kind of collection it was (Node's documented `detail.kind`).
      const full = list.getEntries().some((e) => {
        const detail = (e as { detail?: { kind?: number } | null }).detail;
        return detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
      });
      if (full) apply();
    });
    observer.observe({ entryTypes: ['gc'] });
  }
}
