import type { Command } from 'commander';
import { getConfig } from '../config.js';
import { downloadSize, ensureNeo4j, LocalNeo4j, neo4jVersion } from '../neo4j/index.js';
import path from 'node:path';

/** `diplograph neo4j start|stop|status`: the project's local Neo4j, by hand. */
export function registerNeo4j(program: Command): void {
  const neo4j = program.command('neo4j').description('manage the local Neo4j (used when NEO4J_URI is not set)');

  neo4j
    .command('start')
    .description('download Neo4j once, start it in the background and wait until Bolt answers')
    .action(async () => {
      const config = getConfig();
      if (config.NEO4J_URI)
        console.log(`note: NEO4J_URI is set (${config.NEO4J_URI}); Diplograph uses that, not the local Neo4j.`);
      const started = Date.now();
      const handle = await ensureNeo4j({ ...config, NEO4J_URI: undefined }, { log: (line) => console.log(line) });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(handle.startedHere ? `Neo4j started in ${seconds} s.` : 'Neo4j was already running.');
      printAddresses(handle.local!, config.NEO4J_USER);
    });

  neo4j
    .command('stop')
    .description('stop the local Neo4j')
    .action(async () => {
      const local = new LocalNeo4j(getConfig());
      console.log((await local.stop()) ? 'Neo4j stopped.' : `Neo4j was not running (${local.dir}).`);
    });

  neo4j
    .command('status')
    .description('say whether the local Neo4j runs, where, and with which pid')
    .action(() => {
      const config = getConfig();
      const local = new LocalNeo4j(config);
      const status = local.status();
      if (!status.running) {
        console.log(`Neo4j is not running (data folder ${local.dir}).`);
        process.exitCode = 3; // like `neo4j status` and LSB init scripts: 3 = not running
        return;
      }
      const { state } = status;
      console.log(
        `Neo4j ${state.version} is ${status.ready ? 'running' : 'starting'} (pid ${state.pid}, since ${state.startedAt}).`,
      );
      printAddresses(local, config.NEO4J_USER);
      const jars = path.join(config.NEO4J_CACHE_DIR, `neo4j-${neo4jVersion()}`, 'lib');
      console.log(`  Jars:          ${jars} (${(downloadSize(jars) / 1e6).toFixed(0)} MB)`);
    });
}

function printAddresses(local: LocalNeo4j, user: string): void {
  console.log(`  Bolt:          ${local.boltUri} (user ${user})`);
  console.log(`  Neo4j Browser: ${local.browserUrl}`);
  console.log(`  Data folder:   ${local.dir}`);
  console.log(`  Log:           ${local.logFile}`);
}
