/** What a crashed ingest left in the graph, per article (test/integration/cli/ingest-crash and neo4j-killed). */
import type { GraphExport } from '../../src/graph/export.js';

/** Claim edges (MENTIONS, SUPPORTS) per article: a report's own count, whatever else is in the graph. */
export function claimsPerArticle(data: GraphExport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of data.nodes) if (n.labels.includes('Article')) counts.set(n.properties.id as string, 0);
  for (const r of data.relationships)
    if ((r.type === 'MENTIONS' || r.type === 'SUPPORTS') && counts.has(r.start))
      counts.set(r.start, counts.get(r.start)! + 1);
  return counts;
}
