import assert from 'node:assert/strict';
import { growthPercent } from '../src/heapGrowth';

/** How far the heap may grow before a full collection: a percentage of its live data, with room. */
describe('heap growth', () => {
  it('gives a small heap room to grow by the megabytes set, a large one the percentage', () => {
    assert.equal(growthPercent(80, 20, 32), 40, 'the bundled data: 32 MB is 40% of 80');
    assert.equal(growthPercent(115, 20, 32), 28, 'ten times the data');
    assert.equal(growthPercent(500, 20, 32), 20, 'the percentage, once 32 MB is less');
  });

  it('never allows more than V8 would, and leaves V8 alone when the percentage is 0', () => {
    assert.equal(growthPercent(10, 20, 40), 100);
    assert.equal(growthPercent(80, 0, 40), 0);
    assert.equal(growthPercent(80, 20, 0), 20, 'no megabytes: the percentage alone');
  });
});
