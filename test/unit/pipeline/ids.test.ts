import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IdClaims } from '../../../src/pipeline/ids.js';

describe('the ids a stream run has given', () => {
  it('refuses an id another input gave, and lets one input give its ids again', () => {
    const ids = new IdClaims(10);
    assert.equal(ids.claim('a/index.txt', ['index.txt']), null);
    assert.deepEqual(ids.claim('b/index.txt', ['other.txt', 'index.txt']), { id: 'index.txt', owner: 'a/index.txt' });
    assert.equal(ids.claim('feed.jsonl', ['r1', 'r2']), null);
    assert.equal(ids.claim('feed.jsonl', ['r2', 'r3']), null, 'records of one JSON Lines file');
    assert.equal(ids.claim('c.txt', ['other.txt']), null, 'a refused input claimed none of its ids');
  });

  it('keeps at most its capacity of ids however many come, the most recently used', () => {
    const ids = new IdClaims(100);
    for (let i = 0; i < 5_000; i++) {
      assert.equal(ids.claim(`in${i}`, [`id${i}`]), null);
      assert.ok(ids.size <= 100, `${ids.size} ids kept`);
    }
    assert.equal(ids.size, 100);
    assert.deepEqual(ids.claim('late', ['id4999']), { id: 'id4999', owner: 'in4999' }, 'a recent id is still refused');
    assert.equal(ids.claim('late', ['id0']), null, 'an id older than the capacity is forgotten');
  });
});
