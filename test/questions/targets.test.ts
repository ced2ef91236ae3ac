import assert from 'node:assert/strict';
import { meetsTarget, percentageClaimed } from '../../src/questions/answer/papers';

describe('a figure against its printed target', () => {
  it('reads the comparison the target prints, and judges none it cannot read', () => {
    assert.equal(meetsTarget(10.2, '< 10%'), false);
    assert.equal(meetsTarget(9.9, '< 10%'), true);
    assert.equal(meetsTarget(95, '>= 95%'), true);
    assert.equal(meetsTarget(66, '>= 70%'), false);
    assert.equal(meetsTarget(900, '<= 922'), true);
    assert.equal(meetsTarget(1300, '1,259'), null, 'a bare figure says no direction');
    assert.equal(meetsTarget(98, '100%'), false, 'nothing is above 100%');
    assert.equal(meetsTarget(2, '0'), false, 'nothing is below 0');
    assert.equal(meetsTarget(null, '< 10%'), null);
  });
});

describe('a percentage the asker believes', () => {
  it('is read from a check, loosely where they say "about"', () => {
    assert.deepEqual(percentageClaimed('nhft sickness about 6% in dec?'), {
      value: 6,
      loose: true,
    });
    assert.deepEqual(percentageClaimed("lpt sickness 4.9% wasn't it"), {
      value: 4.9,
      loose: false,
    });
    assert.deepEqual(percentageClaimed('is the response rate 45 per cent?'), {
      value: 45,
      loose: false,
    });
  });
  it('is not a threshold, a target, a change or a statement', () => {
    assert.equal(percentageClaimed('which measures are above 5%?'), null);
    assert.equal(percentageClaimed('sickness against the 4.6% target?'), null);
    assert.equal(percentageClaimed('has agency spend gone up 2%?'), null);
    assert.equal(percentageClaimed('show me sickness over 6%?'), null);
    assert.equal(percentageClaimed('nhft sickness about 6% in dec'), null, 'not asked as a check');
  });
});
