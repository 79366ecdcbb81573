import path from 'node:path';
import type { Command } from 'commander';
import { removeReport } from '../pipeline.js';
import { withGraph } from './ingest.js';

/** `diplograph remove REPORT…`: takes reports out of the graph with every fact only they supported. */
export function registerRemove(program: Command): void {
  program
    .command('remove')
    .description(
      'remove reports (by article id, URL or the file they were read from) and every fact only they supported',
    )
    .argument('<reports...>', 'article ids, URLs or report files')
    .action(async (refs: string[]) => {
      let missing = 0;
      await withGraph(async (graph) => {
        for (const ref of refs) {
          // A file is matched by the path it was ingested from, or by its base name (the default article id).
          let removed = await removeReport(graph, ref);
          if (removed.length === 0 && path.basename(ref) !== ref)
            removed = await removeReport(graph, path.basename(ref));
          if (removed.length === 0) {
            missing++;
            console.error(
              `diplograph: no report ${ref} in the graph (give an article id, URL or the path it was ingested from)`,
            );
          } else for (const r of removed) console.log(`removed ${r.articleId}`);
        }
      });
      if (missing) process.exitCode = 1;
    });
}
