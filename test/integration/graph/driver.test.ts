import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Graph } from '../../../src/graph/driver.js';
import { openTestGraph } from '../../support/graph.js';

describe('the test Neo4j', () => {
  let graph: Graph;
  before(async () => {
    graph = await openTestGraph();
  });
  after(async () => {
    await graph?.close();
  });

  it('starts each test file with an empty database', async () => {
    const [row] = await graph.read('MATCH (n) RETURN count(n) AS nodes');
    assert.equal(row?.nodes, 0);
  });

  it('has the schema applied: every constraint and index of schema/*.cypher exists', async () => {
    const constraints = (await graph.read('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names'))[0]
      ?.names as string[];
    const indexes = (await graph.read('SHOW INDEXES YIELD name RETURN collect(name) AS names'))[0]?.names as string[];
    for (const name of ['person_id', 'article_id', 'quote_id'])
      assert.ok(constraints.includes(name), `constraint ${name}`);
    for (const name of ['person_names', 'quote_text', 'person_name'])
      assert.ok(indexes.includes(name), `index ${name}`);
  });

  it('writes and reads back a node over Bolt, and the uniqueness constraint refuses a duplicate id', async () => {
    await graph.write('CREATE (:Person {id: $id, name: $name})', { id: 'p1', name: 'Test Person' });
    const rows = await graph.read('MATCH (p:Person {id: $id}) RETURN p.name AS name', { id: 'p1' });
    assert.deepEqual(rows, [{ name: 'Test Person' }]);
    await assert.rejects(graph.write('CREATE (:Person {id: $id})', { id: 'p1' }), /already exists/);
  });

  it('applying the schema to a graph made with the fulltext index quote_match gives its quotes their QuoteKey nodes and drops it', async () => {
    await graph.write(`CREATE (:Quote {id: 'q-old', block: 'b', matchKeys: ['k1', 'k2']})`);
    await graph.autoCommit(
      "CREATE FULLTEXT INDEX quote_match IF NOT EXISTS FOR (n:Quote) ON EACH [n.matchKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
    );
    await graph.applySchema();
    const keys = await graph.read(`MATCH (k:QuoteKey {quote: 'q-old'}) RETURN k.key AS key ORDER BY key`);
    assert.deepEqual(
      keys.map((k) => k.key),
      ['k1', 'k2'],
    );
    const [listed] = await graph.read(`MATCH (q:Quote {id: 'q-old'}) RETURN q.matchKeys AS keys`);
    assert.equal(listed?.keys, null, 'the quote no longer keeps the list');
    const [row] = await graph.read(`SHOW INDEXES YIELD name WHERE name = 'quote_match' RETURN count(*) AS n`);
    assert.equal(row?.n, 0);
    await graph.write(`MATCH (n) WHERE n:Quote OR n:QuoteKey DETACH DELETE n`);
  });
});
