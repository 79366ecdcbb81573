import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { reconsolidate } from '../pipeline.js';
import { withGraph } from './ingest.js';

const STAGES: Record<string, string> = {
  people: 'people (blocks)',
  quotes: 'quotes (blocks)',
  meetings: 'meetings (blocks)',
  positions: 'positions (blocks)',
  organizations: 'organizations',
  countries: 'countries',
  codes: 'codes (every node)',
};

/**
 * `diplograph reconsolidate`: rebuilds every block from the claims stored in the graph, with the
 * consolidation rules of this version (after an upgrade that changed them). Streams through the
 * graph in transactions of a few thousand claims; run it when no ingest is running.
 */
export function registerReconsolidate(program: Command): void {
  program
    .command('reconsolidate')
    .description(
      'rebuild every person, quote, meeting and position from the claims stored in the graph, with the rules of this version (after an upgrade that changed them)',
    )
    .action(async () => {
      const summary = await withGraph(async (graph) => {
        const bar = process.stderr.isTTY
          ? new cliProgress.SingleBar(
              { format: 'reconsolidate {stage} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true },
              cliProgress.Presets.shades_classic,
            )
          : null;
        let stage = '';
        let last = 0;
        try {
          return await reconsolidate(graph, (p) => {
            if (p.stage !== stage) {
              stage = p.stage;
              bar?.stop();
              bar?.start(p.total, p.done, { stage: STAGES[p.stage] ?? p.stage });
              if (!bar)
                process.stderr.write(`reconsolidate: ${STAGES[p.stage] ?? p.stage}, ${p.total} to go through\n`);
            }
            bar?.update(p.done);
            if (!bar && Date.now() - last > 10_000) {
              last = Date.now();
              process.stderr.write(`reconsolidate: ${STAGES[p.stage] ?? p.stage} ${p.done}/${p.total}\n`);
            }
          });
        } finally {
          bar?.stop();
        }
      });
      console.log(`Reconsolidated in ${summary.seconds.toFixed(1)} s:`);
      for (const [stage, s] of Object.entries(summary.stages))
        console.log(`  ${(STAGES[stage] ?? stage).padEnd(20)} ${s.units} read, ${s.changed} changed`);
      console.log(
        `  ${STAGES.codes!.padEnd(20)} ${Object.entries(summary.relinked)
          .map(([label, n]) => `${n} ${label}`)
          .join(', ')} linked again`,
      );
    });
}
