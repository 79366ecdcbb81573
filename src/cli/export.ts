import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { exportGraph, toCypher } from '../graph/export.js';
import { withGraph } from './ingest.js';

/** `diplograph export`: the whole graph as JSON (stable order) or as Cypher statements. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'print the whole graph: JSON with nodes and relationships in a stable order, or Cypher CREATE statements',
    )
    .addOption(new Option('--format <format>', 'json or cypher').choices(['json', 'cypher']).default('json'))
    .option('--without-text', 'leave out article texts')
    .option('--stable', 'leave out ingestedAt, so two exports of the same reports compare equal')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { format: 'json' | 'cypher'; withoutText?: boolean; stable?: boolean; output?: string }) => {
      const data = await withGraph((graph) =>
        exportGraph(graph, { withoutText: opts.withoutText, omit: opts.stable ? ['ingestedAt'] : [] }),
      );
      const text = opts.format === 'cypher' ? toCypher(data) : JSON.stringify(data, null, 1) + '\n';
      if (opts.output) fs.writeFileSync(opts.output, text);
      else process.stdout.write(text);
    });
}
