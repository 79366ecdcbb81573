import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, parseConfig } from '../../src/config.js';
import { ROOT } from '../../src/paths.js';

describe('configuration', () => {
  it('has working defaults: local Neo4j on 7687/7474 with 512m heap and 256m page cache, data under .neo4j/', () => {
    const c = parseConfig({});
    assert.equal(c.NEO4J_URI, undefined);
    assert.equal(c.NEO4J_BOLT_PORT, 7687);
    assert.equal(c.NEO4J_HTTP_PORT, 7474);
    assert.equal(c.NEO4J_HEAP, '512m');
    assert.equal(c.NEO4J_PAGECACHE, '256m');
    assert.equal(c.PORT, 4000);
    assert.equal(c.DIPLOGRAPH_DATA_DIR, path.join(ROOT, '.neo4j', 'data'));
    assert.ok(!c.NEO4J_CACHE_DIR.startsWith(c.DIPLOGRAPH_DATA_DIR), 'jars are kept apart from the data');
    assert.ok(Object.isFrozen(c));
  });

  it('reads values from the environment, numbers coerced', () => {
    const c = parseConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', PORT: '8080', NEO4J_HEAP: '1g' });
    assert.equal(c.NEO4J_URI, 'neo4j+s://abc.databases.neo4j.io');
    assert.equal(c.PORT, 8080);
    assert.equal(c.NEO4J_HEAP, '1g');
  });

  it('treats an empty variable as unset', () => {
    assert.equal(parseConfig({ NEO4J_URI: '', PORT: '' }).PORT, 4000);
  });

  const bad: Array<[string, Record<string, string>]> = [
    ['NEO4J_BOLT_PORT', { NEO4J_BOLT_PORT: '99999' }],
    ['PORT', { PORT: 'eighty' }],
    ['NEO4J_HEAP', { NEO4J_HEAP: 'lots' }],
    ['NEO4J_URI', { NEO4J_URI: 'http://localhost:7474' }],
    ['NEO4J_PASSWORD', { NEO4J_PASSWORD: 'short' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
  ];
  for (const [key, env] of bad) {
    it(`fails fast on a bad ${key}, naming the key`, () => {
      assert.throws(
        () => parseConfig(env),
        (err: unknown) => err instanceof ConfigError && err.message.includes(key),
      );
    });
  }
});
