/**
 * Incremental writes on many reports that share name blocks (the generated bench corpus reuses a
 * few dozen family names across reports): the graph must not depend on how the reports were
 * batched, in which order they came, or on reports removed on the way. Only the difference with
 * what is stored is written, so these tests compare whole graphs built along different paths.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Graph } from '../../src/graph/driver.js';
import { emptyGraph, openTestGraph } from '../support/graph.js';
import { ingestReport, ingestReports, removeReport } from '../../src/pipeline.js';
import { exportGraph, type GraphExport } from '../../src/graph/export.js';
import { readReportText } from '../../src/input/index.js';
import { generateCorpus } from '../../bench/corpus.js';
import type { Article } from '../../src/model.js';

const articles: Article[] = generateCorpus({ count: 40, seed: 7 }).map((r) =>
  readReportText(r.text, { id: r.file, source: r.file }),
);

let graph: Graph;
const snapshot = () => exportGraph(graph, { omit: ['ingestedAt'], withoutText: true });

/** Compares two exports item by item, so a failure names the first differing node or edge (not a diff of the whole graph). */
function assertSameGraph(actual: GraphExport, expected: GraphExport): void {
  assert.equal(actual.nodes.length, expected.nodes.length, 'node count');
  assert.equal(actual.relationships.length, expected.relationships.length, 'relationship count');
  actual.nodes.forEach((n, i) => assert.equal(JSON.stringify(n), JSON.stringify(expected.nodes[i]), `node ${i}`));
  actual.relationships.forEach((r, i) =>
    assert.equal(JSON.stringify(r), JSON.stringify(expected.relationships[i]), `relationship ${i}`),
  );
}

async function inBatches(list: Article[], size: number): Promise<void> {
  for (let i = 0; i < list.length; i += size) await ingestReports(graph, list.slice(i, i + size));
}

before(async () => {
  graph = await openTestGraph();
});
after(async () => {
  await graph?.close();
});

describe('incremental writes over reports that share name blocks', () => {
  let reference: GraphExport;

  it('the corpus shares blocks: later batches merge into people created by earlier ones', async () => {
    await inBatches(articles.slice(0, 20), 10);
    const stats = await ingestReports(graph, articles.slice(20, 30));
    assert.ok(
      stats.some((s) => s.people.merged > 0),
      'a later batch merges people into existing nodes',
    );
    await ingestReports(graph, articles.slice(30));
    reference = await snapshot();
    assert.ok(reference.nodes.length > 100);
  });

  it('one report at a time in reverse order gives the same graph as batches of ten', async () => {
    await emptyGraph(graph);
    for (const a of [...articles].reverse()) await ingestReport(graph, a);
    assertSameGraph(await snapshot(), reference);
  });

  it('batches of seven in an interleaved order give the same graph', async () => {
    await emptyGraph(graph);
    const order = [...articles.filter((_, i) => i % 2 === 1), ...articles.filter((_, i) => i % 2 === 0)];
    await inBatches(order, 7);
    assertSameGraph(await snapshot(), reference);
  });

  it('removing reports gives the graph of the others, and ingesting them again the full graph', async () => {
    const removed = articles.filter((_, i) => i % 6 === 0);
    for (const a of removed) assert.equal((await removeReport(graph, a.id)).length, 1);
    const withoutThem = await snapshot();

    await emptyGraph(graph);
    await inBatches(
      articles.filter((_, i) => i % 6 !== 0),
      10,
    );
    assertSameGraph(withoutThem, await snapshot());

    await ingestReports(graph, removed);
    assertSameGraph(await snapshot(), reference);
  });
});
