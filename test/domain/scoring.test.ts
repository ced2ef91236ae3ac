import assert from 'node:assert/strict';
import type { AppetiteScheme, ScoreBand } from '../../src/domain';
import {
  appetiteFor,
  bandFor,
  NHS_BANDING,
  score,
  toleranceStatus,
  validateBanding,
} from '../../src/domain/scoring';

const lptScheme: AppetiteScheme = {
  statement: 'open',
  bands: [
    { level: 'none', min: 0, max: 3 },
    { level: 'minimal', min: 4, max: 8 },
    { level: 'cautious', min: 9, max: 12 },
    { level: 'open', min: 13, max: 16 },
    { level: 'eager', min: 17, max: 25 },
  ],
  defaultLevel: 'open',
};
const groupScheme: AppetiteScheme = {
  statement: 'Open (upper limit of tolerance 16)',
  bands: [],
  defaultLevel: 'open',
  upperLimit: 16,
};

describe('scoring', () => {
  it('scores consequence x likelihood', () => {
    assert.equal(score({ consequence: 5, likelihood: 4 }), 20);
    assert.equal(score({ consequence: 4, likelihood: 3 }), 12);
  });

  const bandCases: [number, string][] = [
    [1, 'Low'],
    [3, 'Low'],
    [4, 'Moderate'],
    [6, 'Moderate'],
    [8, 'High'],
    [12, 'High'],
    [15, 'Extreme'],
    [25, 'Extreme'],
  ];
  for (const [value, band] of bandCases)
    it(`bands ${value} as ${band} on the NHS default`, () =>
      assert.equal(bandFor(value).name, band));

  it('the NHS default banding covers every 5x5 product exactly once', () => {
    assert.deepEqual(validateBanding(NHS_BANDING), []);
  });

  it('reports a banding with gaps or overlaps', () => {
    const broken: ScoreBand[] = [
      { name: 'Low', min: 1, max: 5, colour: 'green' },
      { name: 'High', min: 5, max: 12, colour: 'amber' },
    ];
    const problems = validateBanding(broken);
    assert.ok(problems.includes('score 5 falls in 2 bands'));
    assert.ok(problems.includes('score 16 falls in 0 bands'));
  });

  it('uses a configured banding instead of the default', () => {
    const custom: ScoreBand[] = [
      { name: 'Green', min: 1, max: 7, colour: 'green' },
      { name: 'Red', min: 8, max: 25, colour: 'red' },
    ];
    assert.equal(bandFor(8, custom).name, 'Red');
  });

  it('takes the tolerance limit from the appetite band (LPT: open 13-16)', () => {
    assert.deepEqual(appetiteFor({}, lptScheme), {
      level: 'open',
      upperLimit: 16,
      range: { min: 13, max: 16 },
    });
    assert.deepEqual(appetiteFor({ appetite: { level: 'cautious' } }, lptScheme), {
      level: 'cautious',
      upperLimit: 12,
      range: { min: 9, max: 12 },
    });
  });

  it('takes the stated upper limit where the register prints one (Group: 16)', () => {
    assert.deepEqual(appetiteFor({ appetite: { level: 'open', upperLimit: 16 } }, groupScheme), {
      level: 'open',
      upperLimit: 16,
      range: null,
    });
    assert.deepEqual(appetiteFor({}, groupScheme), { level: 'open', upperLimit: 16, range: null });
  });

  it('says whether a score is within, at or above tolerance', () => {
    const open = { level: 'open' as const, upperLimit: 16 };
    assert.equal(toleranceStatus(12, open), 'within');
    assert.equal(toleranceStatus(16, open), 'at');
    assert.equal(toleranceStatus(20, open), 'above');
    assert.equal(toleranceStatus(20, { upperLimit: null }), null);
  });
});
