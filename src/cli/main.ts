#!/usr/bin/env -S node --max-old-space-size=128 --max-semi-space-size=4
import { Command } from 'commander';
import { ConfigError } from '../config.js';

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when that command runs: `diplograph ingest` does not carry
 * the GraphQL server, the exporter and the evaluator on its heap (about 15 MB of heap and 40 MB of
 * RSS, under the 128 MB heap limit of the shebang). Help, or a word that is no command, loads them
 * all, so that the help lists every command and a typo gets commander's suggestions.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  start: async () => (await import('./start.js')).registerStart,
  neo4j: async () => (await import('./neo4j.js')).registerNeo4j,
  extract: async () => (await import('./extract.js')).registerExtract,
  eval: async () => (await import('./eval.js')).registerEval,
  ingest: async () => (await import('./ingest.js')).registerIngest,
  remove: async () => (await import('./remove.js')).registerRemove,
  export: async () => (await import('./export.js')).registerExport,
  link: async () => (await import('./link.js')).registerLink,
  reconsolidate: async () => (await import('./reconsolidate.js')).registerReconsolidate,
};

/** The commands to load for these arguments: the one named first, else all of them. */
function commandsFor(args: readonly string[]): string[] {
  const name = args[0];
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? [name] : Object.keys(COMMANDS);
}

async function main(): Promise<void> {
  const program = new Command()
    .name('diplograph')
    .description('Turns diplomatic news reports into a knowledge graph in Neo4j and serves it over GraphQL')
    .showHelpAfterError();
  for (const name of commandsFor(process.argv.slice(2))) (await COMMANDS[name]!())(program);
  await program.parseAsync(process.argv);
}

main().catch((err: unknown) => {
  // Expected failures (bad configuration, Neo4j not reachable, bad input) print one clear line, no stack.
  const message = err instanceof Error ? err.message : String(err);
  console.error(`diplograph: ${message}`);
  if (!(err instanceof ConfigError) && process.env.LOG_LEVEL === 'debug' && err instanceof Error)
    console.error(err.stack);
  process.exitCode = process.exitCode || 1;
});
