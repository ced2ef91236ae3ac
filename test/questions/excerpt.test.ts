import assert from 'node:assert/strict';
import { excerptOf } from '../../src/questions/answer/search';

describe('the excerpt a search answer shows', () => {
  it('starts at the sentence that holds the rarer words asked about, not the first mention of the title', () => {
    const text =
      'Applications open for the next cohort of Talent Matters: developing diverse leadership. ' +
      'Talent Matters focuses on engagement, development and support, and equips employees at all ' +
      'levels with the skills, commitment and behaviours to lead. Previous cohorts were well received ' +
      'across both trusts and many participants have since moved into new roles. Colleagues in Bands ' +
      '5, 6 and 7 with an ethnic and cultural minority background can apply and sessions will run ' +
      'until June 2026.';
    const excerpt = excerptOf(text, ['talent', 'apply', 'run']);
    assert.match(excerpt, /^…Colleagues in Bands 5, 6 and 7 .* until June 2026\.$/);
  });

  it('shows a short passage whole', () => {
    assert.equal(excerptOf('Sickness overall 6.0%.', ['sickness']), 'Sickness overall 6.0%.');
  });
});
