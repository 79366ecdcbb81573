import type { Logger } from 'pino';
import type { Graph } from '../graph/driver.js';
import type { ArticleMeta } from '../model.js';
import { Loaders } from './loaders.js';

/** What the mutations call: the same pipeline as `diplograph ingest` / `diplograph remove`. */
export interface ReportPipeline {
  ingestReport(graph: Graph, input: { text: string; meta?: ArticleMeta }): Promise<{ articleId: string }>;
  removeReport(graph: Graph, ref: string): Promise<unknown[]>;
}

/** Per-request state handed to every resolver. */
export interface Context {
  graph: Graph;
  loaders: Loaders;
  log: Logger;
  /** Whether the request carried the configured API key. */
  authorized: boolean;
  /** Whether an API key is configured at all (without one, mutations are off). */
  mutationsEnabled: boolean;
  pipeline: ReportPipeline | null;
  /** Run a read through the graph (counted, timed out by QUERY_TIMEOUT_MS). */
  read<T = Record<string, unknown>>(query: { cypher: string; params: Record<string, unknown> }): Promise<T[]>;
}

export function makeContext(
  graph: Graph,
  log: Logger,
  auth: { authorized: boolean; mutationsEnabled: boolean },
  pipeline: ReportPipeline | null,
): Context {
  return {
    graph,
    loaders: new Loaders(graph),
    log,
    ...auth,
    pipeline,
    read: async <T>(q: { cypher: string; params: Record<string, unknown> }) =>
      (await graph.read(q.cypher, q.params)) as T[],
  };
}
