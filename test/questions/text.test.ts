import assert from 'node:assert/strict';
import { SpellCorrector, sentencesOf, spelledOutGroups } from '../../src/questions/text';

describe('a short form and its spelling-out, read as one thing asked', () => {
  const groups = (text: string) => spelledOutGroups(text.split(' '));

  it('groups a short form with the words after it that spell it out, keeping its small words', () => {
    assert.deepEqual(groups('ftsu freedom to speak up guardian tenure'), [
      ['ftsu', 'freedom', 'to', 'speak', 'up'],
      ['guardian'],
      ['tenure'],
    ]);
  });

  it('groups a plural short form with the words before it', () => {
    assert.deepEqual(groups('keeping non executive directors neds updated'), [
      ['keeping'],
      ['neds', 'non', 'executive', 'directors'],
      ['updated'],
    ]);
  });

  it('leaves words that spell out nothing alone', () => {
    assert.deepEqual(groups('staff survey results'), [['staff'], ['survey'], ['results']]);
  });
});

describe('typo correction against the papers’ words', () => {
  const corrector = new SpellCorrector(
    ['waterlily', 'workforce', 'appetite'],
    new Set(['water', 'work', 'force']),
  );

  it('joins two words heard for one of the papers’ ("water lily" for "Waterlily")', () => {
    assert.equal(corrector.correct('the water lily programme'), 'the waterlily programme');
  });

  it('leaves two everyday words apart even when joined they are a word of the papers', () => {
    assert.equal(corrector.correct('the work force'), 'the work force');
  });

  it('still corrects a typo', () => {
    assert.equal(corrector.correct('above apetite'), 'above appetite');
  });

  it('corrects a long word one slip from a word the papers print, and only when one word is', () => {
    const printed = new SpellCorrector(['appetite'], new Set(), ['opportunity', 'recurrently']);
    assert.equal(printed.correct('savings oppurtunity'), 'savings opportunity');
    assert.equal(printed.correctWord('oportunity'), 'opportunity');
    assert.equal(printed.correctWord('opertunity'), 'opertunity', 'two slips from a printed word');
    const two = new SpellCorrector([], new Set(), ['reviewer', 'reviewed']);
    assert.equal(two.correctWord('reviewen'), 'reviewen', 'one slip from two printed words');
  });

  it('corrects two letters typed the wrong way round as one slip, even in a short word', () => {
    const swaps = new SpellCorrector(['agency', 'estates']);
    assert.equal(swaps.correct('agnecy spend'), 'agency spend');
    assert.equal(swaps.correctWord('gaecny'), 'gaecny', 'two swaps are not one slip');
  });
});

describe('sentences of a passage', () => {
  it('ends a sentence at a stop before a capital, not inside a figure or after "c."', () => {
    assert.deepEqual(
      sentencesOf(
        'LPT and NHFT have savings targets of 6.5% for 2025/26. It was valued at £15.9m. Savings are c. £360k in year.',
      ),
      [
        'LPT and NHFT have savings targets of 6.5% for 2025/26.',
        'It was valued at £15.9m.',
        'Savings are c. £360k in year.',
      ],
    );
  });
});
