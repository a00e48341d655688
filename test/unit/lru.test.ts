// The bounded cache behind every memo of the incremental analysis: what it forgets decides both memory
// and which work a keystroke repeats.
import * as assert from 'node:assert/strict';
import { Lru } from '../../server/src/core/util/lru';

describe('Lru', function () {
  it('forgets the least recently used entries first when trimmed; a hit counts as a use', function () {
    const lru = new Lru<string, number>(100);
    for (const k of ['a', 'b', 'c', 'd', 'e']) lru.set(k, k.charCodeAt(0));
    assert.equal(lru.get('a'), 97);
    assert.equal(lru.get('c'), 99);
    lru.trim(3);
    assert.equal(lru.size, 3);
    assert.deepEqual(['a', 'b', 'c', 'd', 'e'].filter((k) => lru.get(k) !== undefined), ['a', 'c', 'e']);
  });

  it('never holds more than its capacity, keeping the entries in use', function () {
    const lru = new Lru<number, number>(16);
    for (let i = 0; i < 1000; i++) {
      lru.set(i, i);
      assert.equal(lru.get(0), 0, `entry 0 is used after every insertion and must stay (insertion ${i})`);
      assert.ok(lru.size <= 16);
    }
    assert.equal(lru.get(999), 999);
    assert.equal(lru.get(500), undefined);
  });

  it('stores one entry per key: setting an equal key replaces the value', function () {
    const lru = new Lru<string, string>(4);
    const stored = 'x'.repeat(20);
    lru.set(stored, 'first');
    lru.set('x'.repeat(20), 'second');
    assert.equal(lru.size, 1);
    assert.equal(lru.get(stored), 'second');
    lru.trim(0);
    assert.equal(lru.size, 0);
  });
});
