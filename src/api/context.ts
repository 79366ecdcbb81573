import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { Graph } from '../graph/driver.js';
import type { FieldSelection } from '../graph/read/select.js';
import { translate, translateAll } from '../graph/read/translate.js';
import type { ArticleMeta } from '../model.js';

/** What the mutations call: the same pipeline as `diplograph ingest` / `diplograph remove`. */
export interface ReportPipeline {
  ingestReport(graph: Graph, input: { text: string; meta?: ArticleMeta }): Promise<{ articleId: string }>;
  removeReport(graph: Graph, ref: string): Promise<unknown[]>;
}

/** Per-request state handed to every resolver. */
export interface Context {
  graph: Graph;
  log: Logger;
  /** Whether the request carried the configured API key. */
  authorized: boolean;
  /** Whether an API key is configured at all (without one, mutations are off). */
  mutationsEnabled: boolean;
  pipeline: ReportPipeline | null;
  /**
   * The answer to one root field of the request (null when there is none). The root fields a
   * request asks for together are read in one statement (counted, timed out by QUERY_TIMEOUT_MS).
   */
  readRoot(root: FieldSelection): Promise<unknown>;
}

/**
 * The request's one DataLoader: graphql-js calls the resolvers of a query's root fields one after
 * the other in the same tick, and the loader gathers their selections into one statement.
 */
function rootReader(graph: Graph) {
  return new DataLoader<FieldSelection, unknown>(
    async (roots) => {
      if (roots.length === 1) {
        const [row] = await graph.readStatement(...query(translate(roots[0]!)));
        return [row?.value ?? null];
      }
      const [row] = await graph.readStatement(...query(translateAll(roots)));
      return roots.map((_, i) => row?.[`r${i}`] ?? null);
    },
    { cache: false },
  );
}

const query = (q: { cypher: string; params: Record<string, unknown> }) => [q.cypher, q.params] as const;

export function makeContext(
  graph: Graph,
  log: Logger,
  auth: { authorized: boolean; mutationsEnabled: boolean },
  pipeline: ReportPipeline | null,
): Context {
  const roots = rootReader(graph);
  return {
    graph,
    log,
    ...auth,
    pipeline,
    readRoot: (root) => roots.load(root),
  };
}
