import fs from 'node:fs';
import type { Command } from 'commander';
import { formatGdeltSummary, linkGdeltFiles } from '../link/link-gdelt.js';
import { withGraph } from './ingest.js';
import { configuredLinker, relinkAll } from '../graph/links.js';

/**
 * `diplograph link gdelt FILE…`: GDELT 2.0 event exports matched to the graph's meetings.
 * `diplograph link codes`: the codes of every node computed again (ingest sets them on what it touches).
 */
export function registerLink(program: Command): void {
  const link = program.command('link').description('link the graph to other datasets');
  link
    .command('gdelt')
    .description(
      'match the consultation events (CAMEO 03-04) of GDELT 2.0 event exports (plain or zipped) to the meetings of the graph, by actors, date (±1 day) and place, and store their GlobalEventIDs and source URLs on the meetings',
    )
    .argument('<files...>', 'GDELT 2.0 event export files (*.export.CSV or *.export.CSV.zip)')
    .action(async (files: string[]) => {
      for (const f of files) {
        if (!fs.existsSync(f) || !fs.statSync(f).isFile()) throw new Error(`${f}: no such file`);
      }
      const summary = await withGraph((graph) =>
        linkGdeltFiles(graph, files, (file, rows) => {
          if (process.stderr.isTTY) process.stderr.write(`read ${file}: ${rows} events\n`);
        }),
      );
      console.log(formatGdeltSummary(summary));
    });
  link
    .command('codes')
    .description(
      'compute the ISO, CAMEO and Wikidata codes and the role dates of every node again: after changing DIPLOGRAPH_GAZETTEER or the data files, or on a graph ingested before codes existed (ingest sets them on the nodes it touches)',
    )
    .action(async () => {
      // A malformed gazetteer is refused before Neo4j is started or anything is written.
      const linker = configuredLinker();
      const counts = await withGraph((graph) => relinkAll(graph, linker));
      console.log(
        `Codes: ${Object.entries(counts)
          .map(([label, n]) => `${n} ${label}`)
          .join(', ')}`,
      );
    });
}
