/**
 * `diplograph start` (`npm start`): the main job. Gets a Neo4j (NEO4J_URI, or the local one,
 * started if needed), runs the startup steps below in order, prints the addresses, then keeps
 * running until SIGINT/SIGTERM, when it undoes the steps in reverse order and stops the Neo4j
 * it started (a Neo4j that was already running, or NEO4J_URI's, is left alone).
 */
import type { Command } from 'commander';
import { getConfig, type Config } from '../config.js';
import { Graph } from '../graph/driver.js';
import { ensureNeo4j, type Neo4jHandle } from '../neo4j/index.js';
import type { StartContext, StartupStep } from '../startup.js';
import { serveGraphqlStep } from '../api/start-step.js';
import { ingestSeedsStep } from './ingest.js';

/**
 * The startup steps, in order. Other features plug in here:
 *   - HOOK ingest: a step after the schema that ingests seeds/ (idempotent, so a restart
 *     finds the same graph), e.g. `{ name: 'ingest seeds/', run: ingestSeedsStep }`.
 *   - HOOK GraphQL: a step that serves the API, calls `ctx.address('GraphQL', url)` and
 *     `ctx.onStop(() => server.stop())`.
 */
export const startupSteps: StartupStep[] = [
  {
    name: 'apply the graph schema',
    run: async ({ graph, say }) => {
      const count = await graph.applySchema();
      say(`Graph schema applied (${count} constraints and indexes, all IF NOT EXISTS).`);
    },
  },
  // HOOK ingest: add the "ingest seeds/" step here.
  ingestSeedsStep,
  serveGraphqlStep,
];

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start Neo4j (or use NEO4J_URI), apply the schema, and run until Ctrl-C')
    .action(async () => {
      await start(getConfig());
    });
}

export async function start(config: Config, steps: StartupStep[] = startupSteps): Promise<void> {
  const say = (line: string) => console.log(line);
  // A signal may come at any time, also while Neo4j is still starting: remember it and
  // shut down as soon as what is under way has finished, so nothing is left running.
  let signalled: NodeJS.Signals | undefined;
  let wake = () => {};
  const stopRequested = new Promise<void>((resolve) => (wake = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = signal;
    say(`\n${signal} received: stopping ...`);
    wake();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const cleanups: Array<() => Promise<void> | void> = [];
  const addresses: Array<[string, string]> = [];
  let neo4j: Neo4jHandle | undefined;
  let graph: Graph | undefined;
  try {
    neo4j = await ensureNeo4j(config, { log: say });
    if (!signalled) {
      graph = Graph.forConfig(config, neo4j.uri, { queryTimeoutMs: config.QUERY_TIMEOUT_MS });
      const ctx: StartContext = {
        config,
        graph,
        neo4j,
        say,
        address: (label, url) => addresses.push([label, url]),
        onStop: (cleanup) => cleanups.push(cleanup),
      };
      for (const step of steps) {
        if (signalled) break;
        await step.run(ctx);
      }
    }
    if (!signalled) {
      say('');
      say('Diplograph is running:');
      const all: Array<[string, string]> = [...addresses];
      if (neo4j.browserUrl) all.push(['Neo4j Browser', `${neo4j.browserUrl} (user ${config.NEO4J_USER})`]);
      all.push(['Bolt', neo4j.uri]);
      const width = Math.max(...all.map(([label]) => label.length)) + 1;
      for (const [label, url] of all) say(`  ${`${label}:`.padEnd(width)} ${url}`);
      say('Press Ctrl-C to stop.');
      await stopRequested;
    }
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (err) {
        console.error(`diplograph: while stopping: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    await graph?.close();
    if (neo4j?.startedHere) say('Stopping Neo4j ...');
    await neo4j?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  say('Stopped.');
}
