import assert from 'node:assert/strict';
import { askedWithItsSource, SOURCE_ASKED } from '../../src/questions/sourceAsked';
import { normalise } from '../../src/questions/text';

describe('asking where the last answer comes from', () => {
  it('hears the ways people ask for a source', () => {
    for (const asked of [
      'says who?',
      'Who says so?',
      'according to what?',
      "what's your source?",
      'source?',
      'which document is that from?',
      'which paper is that from?',
      'which report says that?',
      'where does that figure come from?',
      'where did you get that?',
      'how old is that?',
      'how current is that data?',
      'is that the latest BAF?',
      'is that from the latest version?',
      'what date is that version?',
      'ok and where is that from?',
      "is that the Group BAF or LPT's?",
      'which BAF are you using?',
      'what version of the BAF is that?',
    ])
      assert.ok(SOURCE_ASKED.test(normalise(asked)), asked);
  });

  it('leaves other questions about the last answer to the reader', () => {
    for (const asked of [
      'which risk is that?',
      'who owns it?',
      'what is the source of the funding for the digital plan?',
      'is that above appetite?',
      'which committee is that reported to?',
      'is it on the LPT BAF?',
      'is that on the group baf too?',
    ])
      assert.ok(!SOURCE_ASKED.test(normalise(asked)), asked);
  });

  it('takes the question out of "which paper says…"', () => {
    assert.equal(askedWithItsSource(normalise('Which paper says BAF 1 is 16?')), 'baf 1 is 16');
    assert.equal(askedWithItsSource(normalise('which paper is on the agenda first?')), null);
  });
});
