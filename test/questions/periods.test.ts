import assert from 'node:assert/strict';
import { findPeriod } from '../../src/questions/periods';

/** Periods said as seasons, as at 23 November 2026 (autumn 2026 is under way). */
const NOW = new Date('2026-11-23T10:00:00Z');

function period(text: string, tense: 'future' | 'past' = 'past') {
  const found = findPeriod(text, NOW, tense)?.period ?? null;
  return found && { from: found.from, to: found.to };
}

describe('periods said as seasons (spring March to May, autumn September to November)', () => {
  it('reads last, this and next of a season from where the year is now', () => {
    assert.deepEqual(period('on the board last autumn'), { from: '2025-09-01', to: '2025-11-30' });
    assert.deepEqual(period('what happened this autumn'), { from: '2026-09-01', to: '2026-11-30' });
    assert.deepEqual(period('due next spring', 'future'), { from: '2027-03-01', to: '2027-05-31' });
    assert.deepEqual(period('last winter'), { from: '2025-12-01', to: '2026-02-28' });
  });
  it('reads a season of a year named, or counted back', () => {
    assert.deepEqual(period('due in the autumn last year'), {
      from: '2025-09-01',
      to: '2025-11-30',
    });
    assert.deepEqual(period('spring the year before last'), {
      from: '2024-03-01',
      to: '2024-05-31',
    });
    assert.deepEqual(period('in summer 2024'), { from: '2024-06-01', to: '2024-08-31' });
    assert.deepEqual(period('the update three autumns ago'), {
      from: '2023-09-01',
      to: '2023-11-30',
    });
  });
  it('reads by, before and since a season as open-ended', () => {
    assert.deepEqual(period('done by the summer', 'future'), { from: null, to: '2027-08-31' });
    assert.deepEqual(period('since last autumn'), { from: '2025-09-01', to: null });
    // Before the summer break: its first month still counts.
    assert.deepEqual(period('due before the summer of 2025'), { from: null, to: '2025-06-30' });
  });
  it('names no period for a season that is part of a name', () => {
    assert.equal(period('how many virtual beds did the summer sitrep show'), null);
  });
});

describe('a score where it sits is no day', () => {
  it('reads "still sat at 16" as no period, and "on sat" as a Saturday', () => {
    assert.equal(findPeriod('is the digital one still sat at 16 or has it come down', NOW), null);
    assert.ok(findPeriod('is the board on sat at 10', NOW));
  });
});

describe('two dates in two parts of a question', () => {
  it('reads the first part’s date, not a span across the question', () => {
    assert.deepEqual(
      period('which were due by Feb 2026, and which were closed at SEB in November?'),
      {
        from: null,
        to: '2026-02-28',
      },
    );
    assert.deepEqual(
      period('Ahead of Thursday, could you remind me what the September 2025 board resolved?'),
      { from: '2025-09-01', to: '2025-09-30' },
      'the date asked about, not when the asker needs it',
    );
    assert.deepEqual(period('actions due between October and December 2025'), {
      from: '2025-10-01',
      to: '2025-12-31',
    });
    // Words between two months: the first is the meeting's, the second another thing's.
    assert.deepEqual(period('the sept group board signed off the april minutes?'), {
      from: '2026-09-01',
      to: '2026-09-30',
    });
    assert.deepEqual(period('what was due from jan to march 2025'), {
      from: '2025-01-01',
      to: '2025-03-31',
    });
  });
});

describe('quarters and months of a year named', () => {
  it('reads a quarter with one year as that calendar quarter, and with two as the financial one', () => {
    assert.deepEqual(period('anything due on the well led plan in q3 2025 (jul-sep)?'), {
      from: '2025-07-01',
      to: '2025-09-30',
    });
    assert.deepEqual(period('q1 of 2026'), { from: '2026-01-01', to: '2026-03-31' });
    assert.deepEqual(period('what is due in Q3 25/26'), { from: '2025-10-01', to: '2025-12-31' });
  });

  it('reads a pair of months with a year after it as those months of that year', () => {
    assert.deepEqual(period('what fell due jul-sep 2025'), {
      from: '2025-07-01',
      to: '2025-09-30',
    });
    assert.deepEqual(period('march-may 2025'), { from: '2025-03-01', to: '2025-05-31' });
  });

  it('takes the season given a year when a question corrects itself', () => {
    assert.deepEqual(period('was anything due last spring? spring 2025 i mean', 'past'), {
      from: '2025-03-01',
      to: '2025-05-31',
    });
  });
});

describe('half years', () => {
  it('reads H1 and H2 of a calendar year, of a financial year, and bare as the NHS says them', () => {
    assert.deepEqual(period("what's due in h1 2026?"), { from: '2026-01-01', to: '2026-06-30' });
    assert.deepEqual(period('the first half of 2026'), { from: '2026-01-01', to: '2026-06-30' });
    assert.deepEqual(period('second half of this year'), { from: '2026-07-01', to: '2026-12-31' });
    assert.deepEqual(period('h2 25/26'), { from: '2025-10-01', to: '2026-03-31' });
    assert.deepEqual(period('anything in H2?'), { from: '2026-10-01', to: '2027-03-31' });
    assert.equal(period('who spoke in the first half of the meeting'), null);
  });
});
