import assert from 'node:assert/strict';
import { RecentReadings } from '../../src/questions/recentReadings';
import { decide } from '../../src/questions/understand';
import { vocabularyOf } from '../../src/questions/vocabulary';
import { bundledReferenceData } from '../helpers/dataset';

describe('readings of questions asked lately', () => {
  it('reads a question asked again the same day once, and again on another day or other papers', async () => {
    const data = await bundledReferenceData();
    const readings = new RecentReadings();
    const ctx = (iso: string) => ({ vocabulary: vocabularyOf(data), now: new Date(iso) });
    const morning = readings.read(data, 'actions due this month', ctx('2026-11-23T09:00:00Z'));
    const afternoon = readings.read(data, 'actions due this month', ctx('2026-11-23T16:00:00Z'));
    assert.equal(afternoon, morning);
    const december = readings.read(data, 'actions due this month', ctx('2026-12-01T09:00:00Z'));
    assert.notEqual(december, morning);
    assert.deepEqual(
      [morning, december].map((r) => {
        const q = decide(r);
        return q.intent === 'actions.list' ? q.filter.period?.from : q.intent;
      }),
      ['2026-11-01', '2026-12-01'],
    );
    const newPapers = { ...data };
    assert.notEqual(
      readings.read(newPapers, 'actions due this month', ctx('2026-11-23T16:00:00Z')),
      morning,
    );
  });
});
