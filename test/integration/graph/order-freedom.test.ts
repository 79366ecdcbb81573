/**
 * Incremental consolidation against whole-block consolidation, on the real Neo4j: random reports
 * built to crowd the cases where one report's facts depend on others (people named by family name
 * alone among several people of that family, quotes cut short or carried with one more sentence,
 * meetings dated to the day, to the month or not at all). Written one at a time, the graph must be
 * what `reconsolidate` makes of the same claims block by block; written in another order and other
 * batches, with reports taken out and put back, it must be the same graph again.
 */
import { after, before, describe, it } from 'node:test';
import type { Graph } from '../../../src/graph/driver.js';
import { emptyGraph, openTestGraph } from '../../support/graph.js';
import { assertSameGraph } from '../../support/compare.js';
import { randomReports, shuffled } from '../../support/random-reports.js';
import { removeArticle, writeExtractions } from '../../../src/graph/write.js';
import { reconsolidate } from '../../../src/graph/reconsolidate.js';
import { exportGraph, type GraphExport } from '../../../src/graph/export.js';
import type { Extraction } from '../../../src/model.js';

let graph: Graph;
const snapshot = () => exportGraph(graph, { omit: ['ingestedAt'], withoutText: true });
async function inBatches(list: Extraction[], size: number): Promise<void> {
  for (let i = 0; i < list.length; i += size) await writeExtractions(graph, list.slice(i, i + size));
}

before(async () => {
  graph = await openTestGraph();
});
after(async () => {
  await graph?.close();
});

for (const seed of [1, 2]) {
  describe(`random reports, seed ${seed}`, () => {
    const reports = randomReports(60, seed);
    let reference: GraphExport;

    it('written one at a time, the graph is what reconsolidating every block from its claims gives', async () => {
      await emptyGraph(graph);
      await inBatches(reports, 1);
      reference = await snapshot();
      const summary = await reconsolidate(graph);
      assertSameGraph(await snapshot(), reference, 'after reconsolidate');
      for (const [stage, s] of Object.entries(summary.stages))
        if (s.changed) throw new Error(`reconsolidate changed ${s.changed} nodes at ${stage}`);
    });

    it('written shuffled in batches of seven, with a fifth taken out and written again, it is the same graph', async () => {
      await emptyGraph(graph);
      const order = shuffled(reports, seed + 100);
      await inBatches(order, 7);
      const again = order.filter((_, i) => i % 5 === 0);
      for (const r of again) await removeArticle(graph, r.article.id);
      await inBatches([...again].reverse(), 3);
      assertSameGraph(await snapshot(), reference, 'shuffled');
    });
  });
}
