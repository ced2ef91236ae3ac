import assert from 'node:assert/strict';
import { ordinal, placesInList } from '../../src/questions/followUp';

/** Places on a list of ten shown, as a follow-up names them (0 is the first). */
const placesOf = (text: string) => placesInList(text, 10)?.places ?? null;

describe('places on a list, as people name them', () => {
  it('reads one place by word, by figure or by number', () => {
    assert.deepEqual(placesOf('the second one'), [1]);
    assert.deepEqual(placesOf('the 3rd one'), [2]);
    assert.deepEqual(placesOf('the twelfth one'), [11]);
    assert.deepEqual(placesOf('show me the 4th'), [3]);
    assert.deepEqual(placesOf('no 3 on that list'), [2]);
    assert.deepEqual(placesOf('number 7'), [6]);
    assert.deepEqual(placesOf('and the last'), [9]);
  });

  it('reads several places: from either end, or two named', () => {
    assert.deepEqual(placesOf('the last two'), [8, 9]);
    assert.deepEqual(placesOf('who leads the first three'), [0, 1, 2]);
    assert.deepEqual(placesOf('the second and third'), [1, 2]);
    assert.deepEqual(placesOf('the 2nd and 5th ones'), [1, 4]);
    assert.deepEqual(placesOf('numbers 3 and 4'), [2, 3]);
  });

  it('leaves alone what is no place on the list', () => {
    assert.equal(placesOf('top 3 risks'), null);
    assert.equal(placesOf('what is due in the next two weeks'), null);
    assert.equal(placesOf('baf 3 and 4'), null);
    assert.equal(placesOf('the first board of 2026'), null);
  });

  it('writes a place as a board paper would', () => {
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal), [
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
    ]);
  });
});
