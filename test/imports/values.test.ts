import assert from 'node:assert/strict';
import {
  readAppetite,
  readList,
  readPrintedDate,
  readRating,
  readScoreCell,
  readStatus,
  readTrend,
} from '../../src/imports/values';

describe('imports: reading cell values', () => {
  it('reads UK dates as printed, with the day they stand for', () => {
    const cases: [Parameters<typeof readPrintedDate>[0], string, string, string | null][] = [
      ['29/01/2026', 'date', '29/01/2026', '2026-01-29'],
      ['1.12.25', 'date', '1.12.25', '2025-12-01'],
      ['29-01-2026', 'date', '29-01-2026', '2026-01-29'],
      ['29 Jan 26', 'date', '29 Jan 26', '2026-01-29'],
      ['Thursday 29th January 2026', 'date', 'Thursday 29th January 2026', '2026-01-29'],
      ['2026-03-31', 'date', '2026-03-31', '2026-03-31'],
      ['Jan 26', 'date', 'Jan 26', '2026-01-31'],
      ['Sept 24', 'date', 'Sept 24', '2024-09-30'],
      ['February 26', 'date', 'February 26', '2026-02-28'],
      ['Group SEB Jan 26', 'date', 'Group SEB Jan 26', '2026-01-31'],
      ['end of Jan 26', 'date', 'end of Jan 26', '2026-01-31'],
      ['Q2 2025/26', 'period', 'Q2 2025/26', null],
      ['Q2/3 24/25', 'period', 'Q2/3 24/25', null],
      ['2024/25', 'period', '2024/25', null],
      ['Dec 25 Feb 26', 'period', 'Dec 25 Feb 26', null],
      ['31/09/2025', 'invalid', '31/09/2025', null],
      ['31/06/2025', 'invalid', '31/06/2025', null],
      ['31 Sept 2025', 'invalid', '31 Sept 2025', null],
      ['TBC', 'unreadable', 'TBC', null],
      [46051, 'date', '29/01/2026', '2026-01-29'],
      [new Date('2026-01-29T00:00:00.000Z'), 'date', '29/01/2026', '2026-01-29'],
    ];
    for (const [value, kind, printed, iso] of cases) {
      const r = readPrintedDate(value);
      assert.equal(r.kind, kind, String(value));
      if (r.kind !== 'empty') assert.deepEqual(r.date, { printed, iso }, String(value));
    }
    assert.equal(readPrintedDate(null).kind, 'empty');
    assert.equal(readPrintedDate('  ').kind, 'empty');
    const invalid = readPrintedDate('31/09/2025');
    assert.equal(invalid.kind === 'invalid' && invalid.message, '31/09/2025 is not a real date');
  });

  it('reads ratings and score cells, saying what is wrong', () => {
    assert.deepEqual(readRating(4, 'current consequence'), { ok: true, value: 4 });
    assert.deepEqual(readRating('5', 'x'), { ok: true, value: 5 });
    assert.deepEqual(readRating(6, 'current consequence'), {
      ok: false,
      message: 'the current consequence 6 is outside the 5 x 5 matrix (1 to 5)',
    });
    assert.deepEqual(readRating('high', 'target likelihood'), {
      ok: false,
      message: 'the target likelihood "high" is not a whole number from 1 to 5',
    });
    assert.deepEqual(readScoreCell('4 x 4 = 16'), { consequence: 4, likelihood: 4, combined: 16 });
    assert.deepEqual(readScoreCell('4x3'), { consequence: 4, likelihood: 3, combined: null });
    assert.deepEqual(readScoreCell(12), { consequence: null, likelihood: null, combined: 12 });
    assert.equal(readScoreCell('n/a'), null);
  });

  it('reads statuses in words and RAG colours', () => {
    assert.deepEqual(readStatus('Closed'), { status: 'closed', recognised: true });
    assert.deepEqual(readStatus('Proposed for closure'), {
      status: 'proposed-for-closure',
      recognised: true,
    });
    assert.deepEqual(readStatus('Not on track'), {
      deliveryStatus: 'not-on-track',
      recognised: true,
    });
    assert.deepEqual(readStatus('Amber'), { deliveryStatus: 'some-issues', recognised: true });
    assert.deepEqual(readStatus('Blue'), { deliveryStatus: 'delivered', recognised: true });
    assert.deepEqual(readStatus('Not yet reported'), { deliveryStatus: null, recognised: true });
    assert.deepEqual(readStatus('Open - on track'), {
      status: 'open',
      deliveryStatus: 'on-track',
      recognised: true,
    });
    assert.equal(readStatus('Parked').recognised, false);
  });

  it('reads appetite, trend and lists', () => {
    assert.deepEqual(readAppetite('Open (16)'), { level: 'open', upperLimit: 16 });
    assert.deepEqual(readAppetite('Cautious'), { level: 'cautious', upperLimit: null });
    assert.equal(readTrend('↔'), 'unchanged');
    assert.equal(readTrend('Increasing'), 'increasing');
    assert.equal(readTrend('↓ improving'), 'decreasing');
    assert.deepEqual(readList('• Group digital plan\n2. Prioritisation\n- Audit'), [
      'Group digital plan',
      'Prioritisation',
      'Audit',
    ]);
  });
});
