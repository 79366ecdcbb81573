/** Comparing two whole graphs item by item, so that a failure names the first differing node or edge. */
import assert from 'node:assert/strict';
import type { GraphExport } from '../../src/graph/export.js';

export function assertSameGraph(actual: GraphExport, expected: GraphExport, what = 'graph'): void {
  const key = (x: unknown) => JSON.stringify(x);
  const a = new Set([...actual.nodes, ...actual.relationships].map(key));
  const e = new Set([...expected.nodes, ...expected.relationships].map(key));
  const missing = [...e].filter((x) => !a.has(x));
  const extra = [...a].filter((x) => !e.has(x));
  assert.deepEqual(
    { missing: missing.slice(0, 5), extra: extra.slice(0, 5) },
    { missing: [], extra: [] },
    `${what}: ${missing.length} missing and ${extra.length} unexpected nodes or relationships`,
  );
  assert.equal(actual.nodes.length, expected.nodes.length, `${what}: node count`);
  assert.equal(actual.relationships.length, expected.relationships.length, `${what}: relationship count`);
}
