#!/usr/bin/env -S node --max-old-space-size=128
import 'reflect-metadata';
import { Command } from 'commander';
import { registerStart } from './start.js';
import { registerNeo4j } from './neo4j.js';
import { registerExtract } from './extract.js';
import { registerEval } from './eval.js';
import { registerIngest } from './ingest.js';
import { registerRemove } from './remove.js';
import { registerExport } from './export.js';
import { registerLink } from './link.js';
import { registerReconsolidate } from './reconsolidate.js';
import { ConfigError } from '../config.js';

const program = new Command()
  .name('diplograph')
  .description('Turns diplomatic news reports into a knowledge graph in Neo4j and serves it over GraphQL')
  .showHelpAfterError();

registerStart(program);
registerNeo4j(program);
registerExtract(program);
registerEval(program);
registerIngest(program);
registerRemove(program);
registerExport(program);
registerLink(program);
registerReconsolidate(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  // Expected failures (bad configuration, Neo4j not reachable, bad input) print one clear line, no stack.
  const message = err instanceof Error ? err.message : String(err);
  console.error(`diplograph: ${message}`);
  if (!(err instanceof ConfigError) && process.env.LOG_LEVEL === 'debug' && err instanceof Error)
    console.error(err.stack);
  process.exitCode = process.exitCode || 1;
});
