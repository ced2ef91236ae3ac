import assert from 'node:assert/strict';
import { meetsTarget } from '../../src/questions/answer/papers';

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
