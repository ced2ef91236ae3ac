import assert from 'node:assert/strict';
import { SpellCorrector, spelledOutGroups } from '../../src/questions/text';

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
});
