/**
 * `diplograph reconsolidate` on the real Neo4j: on a graph that incremental ingest built with
 * these rules it changes nothing; on a graph written before them (no summaries, keys or
 * fingerprints, as an older version leaves it) it rebuilds the graph these rules give.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Graph } from '../../../src/graph/driver.js';
import { openTestGraph } from '../../support/graph.js';
import { assertSameGraph } from '../../support/compare.js';
import { randomReports } from '../../support/random-reports.js';
import { writeExtractions } from '../../../src/graph/write.js';
import { reconsolidate } from '../../../src/graph/reconsolidate.js';
import { exportGraph, type GraphExport } from '../../../src/graph/export.js';
import { ROOT } from '../../../src/paths.js';
import { blockTag } from '../../../src/resolve/quotes.js';
import { assertQuoteKeys } from '../../support/quote-keys.js';

const CLI = path.join(ROOT, 'dist/src/cli/main.js');
let graph: Graph;
let reference: GraphExport;
const snapshot = () => exportGraph(graph, { omit: ['ingestedAt'], withoutText: true });

before(async () => {
  graph = await openTestGraph();
  const reports = randomReports(40, 9);
  for (let i = 0; i < reports.length; i += 5) await writeExtractions(graph, reports.slice(i, i + 5));
  reference = await snapshot();
});
after(async () => {
  await graph?.close();
});

describe('reconsolidate', () => {
  it('the command changes nothing in a graph ingest built with these rules, and says so', () => {
    const r = spawnSync(process.execPath, [CLI, 'reconsolidate'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /people \(blocks\)\s+\d+ read, 0 changed/);
    assert.match(r.stdout, /quotes \(blocks\)\s+\d+ read, 0 changed/);
    assert.doesNotMatch(r.stdout, /[1-9]\d* changed/);
  });

  it('rebuilds a graph written by an older version (no summaries, keys, fingerprints or day ranges) into the same graph', async () => {
    await graph.write('MATCH (p:Person) REMOVE p.nameKey, p.summary');
    await graph.write('MATCH (n) WHERE n:Organization OR n:Country REMOVE n.summary');
    await graph.write('MATCH ()-[r:MENTIONS|SUPPORTS]->() REMOVE r.loose');
    // Quote keys: none where they should be, one where it should not, and the list older versions kept.
    await graph.write('MATCH (k:QuoteKey) WITH k LIMIT 25 DELETE k');
    const [quote] = await graph.read(`MATCH (q:Quote) RETURN q.id AS id, q.block AS block ORDER BY id LIMIT 1`);
    await graph.write(`CREATE (:QuoteKey {key: $key, quote: $id})`, {
      key: `${blockTag(quote!.block as string)}stale_key`,
      id: quote!.id,
    });
    await graph.write(`MATCH (q:Quote) SET q.matchKeys = ['stale']`);
    await graph.write('MATCH (m:Meeting) REMOVE m.firstDay, m.lastDay');
    await graph.write('MATCH (p:Person) SET p.articleIds = ["stale"]');
    const summary = await reconsolidate(graph);
    assert.ok(summary.stages.people!.changed > 0);
    assertSameGraph(await snapshot(), reference, 'reconsolidated');
    await assertQuoteKeys(graph, 'reconsolidated');
  });
});
