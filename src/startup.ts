/**
 * What a step of `diplograph start` is and what it gets to work with. The steps come from
 * several layers (src/cli ingests the seeds, src/api serves GraphQL) and src/cli/start.ts runs
 * them, so the types live here, below both, and no layer imports one above it.
 */
import type { Config } from './config.js';
import type { Graph } from './graph/driver.js';
import type { Neo4jHandle } from './neo4j/index.js';

export interface StartContext {
  config: Config;
  graph: Graph;
  neo4j: Neo4jHandle;
  /** One line of progress for the user (stdout). */
  say: (line: string) => void;
  /** Adds a line to the address list printed once everything runs, e.g. ['GraphQL', 'http://…']. */
  address: (label: string, url: string) => void;
  /** Registers cleanup to run at shutdown (in reverse order of registration). */
  onStop: (cleanup: () => Promise<void> | void) => void;
}

export interface StartupStep {
  name: string;
  run: (ctx: StartContext) => Promise<void>;
}
