/**
 * A clean graph for a test file: `before(async () => { graph = await openTestGraph(); })`.
 * Connects to the Neo4j that the test command (test/run.ts) started or was given, empties
 * the database and applies the schema. Test files run one at a time, so emptying is safe.
 */
import { getConfig } from '../../src/config.js';
import { Graph } from '../../src/graph/driver.js';

/** Set by test/run.ts: `local` when it runs the project's own Neo4j, `external` for NEO4J_URI. */
export function testNeo4jKind(): 'local' | 'external' | undefined {
  const kind = process.env.DIPLOGRAPH_TEST_NEO4J;
  return kind === 'local' || kind === 'external' ? kind : undefined;
}

export async function openTestGraph(): Promise<Graph> {
  const config = getConfig();
  if (!config.NEO4J_URI || !testNeo4jKind()) {
    // Refuse rather than fall back to the local Neo4j: its database is the user's, and this empties it.
    throw new Error(
      'openTestGraph needs the Neo4j of the test command: run `npm test` or `node dist/test/run.js <file filter>`, which start one (NEO4J_URI there is emptied by the tests)',
    );
  }
  const graph = Graph.forConfig(config, config.NEO4J_URI);
  try {
    await graph.verify();
    await emptyGraph(graph);
    await graph.applySchema();
  } catch (err) {
    await graph.close(); // an open driver would keep the test process alive
    throw err;
  }
  return graph;
}

/** Deletes every node and relationship, in batches so that a large graph does not need one huge transaction. */
export async function emptyGraph(graph: Graph, batch = 10_000): Promise<void> {
  for (;;) {
    const [row] = await graph.write(
      'MATCH (n) WITH n LIMIT toInteger($batch) DETACH DELETE n RETURN count(*) AS deleted',
      { batch },
    );
    if (!row || row.deleted === 0) return;
  }
}
