/**
 * The one way the rest of Diplograph gets a Neo4j: the configured NEO4J_URI when set,
 * otherwise the project's local Neo4j, started if it is not running yet.
 */
import type { Config } from '../config.js';
import { Graph } from '../graph/driver.js';
import { LocalNeo4j } from './instance.js';

export { LocalNeo4j } from './instance.js';
export { Neo4jSetupError } from './errors.js';
export { ensureDistribution, neo4jVersion, findJava, downloadSize } from './distribution.js';

export interface Neo4jHandle {
  /** Bolt URI to connect to. */
  uri: string;
  /** Neo4j Browser's address when it is the local Neo4j (unknown for a configured NEO4J_URI). */
  browserUrl?: string;
  /** True when this call started the local Neo4j; `stop()` stops only such an instance. */
  startedHere: boolean;
  local?: LocalNeo4j;
  stop(): Promise<void>;
}

export interface EnsureOptions {
  /** Progress lines (download, start); default: none. */
  log?: (line: string) => void;
  /** Check that Neo4j answers and takes the credentials (default true). */
  verify?: boolean;
}

export async function ensureNeo4j(config: Config, options: EnsureOptions = {}): Promise<Neo4jHandle> {
  const log = options.log ?? (() => {});
  let handle: Neo4jHandle;
  if (config.NEO4J_URI) {
    handle = { uri: config.NEO4J_URI, startedHere: false, stop: async () => {} };
  } else {
    const local = new LocalNeo4j(config);
    const { startedHere } = await local.start(log);
    handle = {
      uri: local.boltUri,
      browserUrl: local.browserUrl,
      startedHere,
      local,
      stop: async () => {
        if (startedHere) await local.stop();
      },
    };
  }
  if (options.verify !== false) {
    const graph = Graph.forConfig(config, handle.uri);
    try {
      await graph.verify();
    } catch (err) {
      await handle.stop();
      throw err;
    } finally {
      await graph.close();
    }
  }
  return handle;
}
