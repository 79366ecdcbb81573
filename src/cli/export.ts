import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { getConfig } from '../config.js';
import { FORMATS, preflight, runExport } from '../export/index.js';
import type { NodeRecord } from '../graph/export.js';
import { GazetteerIndex, type NodeKind } from '../link/gazetteer.js';
import { loadKnowledge } from '../link/knowledge.js';
import { withGraph } from './ingest.js';

const KINDS: Record<string, NodeKind> = {
  Person: 'person',
  Organization: 'organization',
  Outlet: 'outlet',
  Country: 'country',
};

/** The Wikidata id the gazetteer (ours plus DIPLOGRAPH_GAZETTEER) gives a Person, Organization, Outlet or Country node. */
export function wikidataLookup(userGazetteer?: string): (n: NodeRecord) => string | undefined {
  const knowledge = loadKnowledge(userGazetteer);
  const index = new GazetteerIndex(knowledge.gazetteer.entries, knowledge.nameGroups);
  return (n) => {
    const kind = n.labels.map((l) => KINDS[l]).find(Boolean);
    const p = n.properties;
    // The id the link step stored wins; the gazetteer serves graphs written before it existed.
    if (typeof p.wikidataId === 'string') return p.wikidataId;
    if (!kind || typeof p.name !== 'string') return undefined;
    return index.match({
      kind,
      id: typeof p.id === 'string' ? p.id : undefined,
      name: p.name,
      aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : [],
      country: typeof p.country === 'string' ? p.country : null,
    })?.id;
  };
}

/** `diplograph export`: the whole graph, streamed, as JSON, JSON-LD, a CSV bundle, GraphML or Cypher. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'write the whole graph: json (stable order), jsonld (schema.org, PROV-O, owl:sameAs Wikidata), csv (a folder for neo4j-admin database import), graphml (Gephi, yEd) or cypher (a script that rebuilds it)',
    )
    .option('--format <format>', FORMATS.join(', '), 'json')
    .option('--without-text', 'leave out article texts')
    .option('--stable', 'leave out ingestedAt, so two exports of the same reports compare equal')
    .option('-o, --output <path>', 'write to this file (a folder for csv), atomically, instead of stdout')
    .action(async (opts: { format: string; withoutText?: boolean; stable?: boolean; output?: string }) => {
      const format = preflight(opts.format, opts.output);
      const config = getConfig();
      const wikidata = format === 'jsonld' ? wikidataLookup(config.DIPLOGRAPH_GAZETTEER) : undefined;
      const result = await withGraph(async (graph) => {
        const bar =
          opts.output && process.stderr.isTTY
            ? new cliProgress.SingleBar(
                { format: `export ${format} [{bar}] {value}/{total} nodes and relationships`, stream: process.stderr },
                cliProgress.Presets.shades_classic,
              )
            : null;
        if (bar) {
          const [row] = await graph.read(
            'CALL { MATCH (n) WHERE NOT n:Lock AND NOT n:QuoteKey RETURN count(n) AS n } CALL { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n + r AS total',
          );
          bar.start((row?.total as number) ?? 0, 0);
        }
        try {
          return await runExport(graph, {
            format,
            output: opts.output,
            withoutText: opts.withoutText,
            omit: opts.stable ? ['ingestedAt'] : [],
            wikidata,
            progress: bar ? { node: () => bar.increment(), relationship: () => bar.increment() } : undefined,
          });
        } finally {
          bar?.stop();
        }
      }, config);
      if (result.output)
        console.error(
          `Exported ${result.nodes} nodes and ${result.relationships} relationships as ${result.format} to ${result.output}`,
        );
    });
}
