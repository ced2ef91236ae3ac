import assert from 'node:assert/strict';
import { findById, memoOnList } from '../../src/shared/lookup';

describe('lookups on reference-data lists', () => {
  const list = Object.freeze([
    { id: 'b', n: 1 },
    { id: 'a', n: 2 },
    { id: 'b', n: 3 },
  ]);

  it('finds what list.find finds (the first with the id), frozen or not', () => {
    for (const l of [list, [...list]]) {
      assert.equal(findById(l, 'b')?.n, 1);
      assert.equal(findById(l, 'a')?.n, 2);
      assert.equal(findById(l, 'z'), undefined);
    }
  });

  it('works a value out once per frozen list and key, and every time for a list that can change', () => {
    let calls = 0;
    const count = (l: readonly unknown[]) => memoOnList(l, 'k', () => ++calls);
    count(list);
    count(list);
    assert.equal(calls, 1);
    count(Object.freeze([...list]));
    assert.equal(calls, 2, 'a new snapshot is worked out afresh');
    const mutable = [...list];
    count(mutable);
    count(mutable);
    assert.equal(calls, 4);
  });
});
