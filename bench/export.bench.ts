/**
 * Exports stream: `diplograph export` in each format over a generated graph of two sizes, with the
 * peak RSS of the export process (the real CLI, measured by bench/peak-rss.ts) against the size of
 * the graph. An export that held the graph in memory would grow with it; one that streams stays
 * about flat, so the ratio `peak RSS (large) / peak RSS (small)` is what to read, next to the
 * ratio of the sizes. Both sizes are measured in ONE run, one after the other, on the same Neo4j.
 *
 * The graph is made by Cypher, not by ingesting reports (which would take hours at this size):
 * per unit an Article with a text of about 1 KB, a Person, a Quote and a Meeting, with their
 * PUBLISHED, MENTIONS, SUPPORTS (with evidence sentences), SAID, ATTENDED and MET edges, over 20
 * outlets. It uses its own Neo4j data folder (.neo4j/export-bench-data, free ports;
 * DIPLOGRAPH_EXPORT_BENCH_DATA_DIR overrides it) and empties that database first.
 *
 * Run: `npm run bench -- export` (or `node dist/bench/export.bench.js [--small N] [--large N]`,
 * units; defaults 2,000 and 8,000). Last line: `BENCH {"sizes": […], "formats": [{format,
 * small, large, ratio}], "sizeRatio"}` with RSS in MB.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { FORMATS } from '../src/export/index.js';
import type { Graph } from '../src/graph/driver.js';
import { ROOT } from '../src/paths.js';
import { emptyBenchGraph, openBenchGraph } from './support.js';
import { MAIN_HEAP_ARGS } from '../src/pipeline/memory.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const small = arg('small', 2000);
const large = arg('large', 8000);
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const PRELOAD = path.join(here, 'peak-rss.js');
const BATCH = 1000;
const TEXT = 'The two ministers met for talks on trade, security and the climate. '.repeat(15);

/** Adds units `from`…`to - 1` of the generated graph, BATCH per transaction. */
async function grow(graph: Graph, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += BATCH) {
    await graph.write(
      `UNWIND range($start, $end - 1) AS i
       MERGE (o:Outlet {id: 'outlet:bench-' + (i % 20)}) ON CREATE SET o.name = 'Bench Outlet ' + (i % 20), o.aliases = []
       CREATE (a:Article {id: 'bench-article-' + i, title: 'Report ' + i, published: toString(date('2020-01-01') + duration({days: i % 1500})),
                          outlet: o.name, text: $text + i, contentHash: 'h' + i})
       CREATE (p:Person {id: 'person:bench-' + i, name: 'Person ' + i, surname: 'p' + i, aliases: ['Person ' + i, 'P. ' + i],
                         aliasText: 'Person ' + i, roles: ['Foreign Minister'], country: 'NO', block: 'b' + i,
                         sourceCount: 1, confidence: 0.9, articleIds: ['bench-article-' + i]})
       CREATE (q:Quote {id: 'quote:bench-' + i, text: 'We will keep talking, said person ' + i, wordings: ['We will keep talking'],
                        wordingText: 'We will keep talking', excerpts: [], block: 'b' + i, sourceCount: 1, confidence: 0.8})
       CREATE (m:Meeting {id: 'meeting:bench-' + i, date: a.published, place: 'Oslo', places: ['Oslo'], durations: ['two hours'],
                          disagreements: [], topics: ['trade'], block: 'b' + i, sourceCount: 1, cameo: '040'})
       CREATE (o)-[:PUBLISHED]->(a)
       CREATE (a)-[:MENTIONS {local: 'p1', name: p.name, aliases: p.aliases, roles: p.roles, sentence: 'Person ' + i + ' arrived.', confidence: 0.9}]->(p)
       CREATE (a)-[:SUPPORTS {claim: 'q1', wording: q.text, sentence: '"We will keep talking," said person ' + i + '.', start: 0, end: 40, rule: 'bench', confidence: 0.8}]->(q)
       CREATE (a)-[:SUPPORTS {claim: 'm1', participants: ['p1'], date: a.published, place: 'Oslo', sentence: 'They met in Oslo.', start: 0, end: 17, rule: 'bench', confidence: 0.8}]->(m)
       CREATE (p)-[:SAID {articleIds: [a.id], sourceCount: 1}]->(q)
       CREATE (p)-[:ATTENDED {role: 'principal', articleIds: [a.id], cameo: '040'}]->(m)`,
      { start, end: Math.min(to, start + BATCH), text: TEXT },
    );
    await graph.write(
      `UNWIND range($start, $end - 1) AS i
       MATCH (p1:Person {id: 'person:bench-' + i}), (p2:Person {id: 'person:bench-' + (i + 1)}), (m:Meeting {id: 'meeting:bench-' + i})
       CREATE (p1)-[:MET {meetingId: m.id, date: m.date, place: m.place, articleIds: ['bench-article-' + i], sourceCount: 1}]->(p2)`,
      { start: Math.max(0, start - 1), end: Math.min(to, start + BATCH) },
    );
  }
}

async function counts(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.read(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: row!.nodes as number, relationships: row!.relationships as number };
}

/** Runs the CLI's export of `format` into a temporary path; its peak RSS (MB), seconds and output size (MB). */
function exportOnce(format: string, env: NodeJS.ProcessEnv): { rssMb: number; seconds: number; outputMb: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-export-bench-'));
  const output = path.join(dir, format === 'csv' ? 'bundle' : `graph.${format}`);
  try {
    const t0 = performance.now();
    // With the heap limit the `diplograph` bin gives itself (its shebang), as a user's export runs.
    const args = [...MAIN_HEAP_ARGS, '--import', PRELOAD, CLI, 'export', '--format', format, '-o', output];
    const r = spawnSync(process.execPath, args, {
      env,
      encoding: 'utf8',
    });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`export ${format} failed: ${r.stderr}`);
    const kb = /PEAK_RSS_KB (\d+)/.exec(r.stderr)?.[1];
    if (!kb) throw new Error(`export ${format} did not report its peak RSS: ${r.stderr}`);
    const bytes = (p: string): number =>
      fs.statSync(p).isDirectory()
        ? fs.readdirSync(p).reduce((n, f) => n + bytes(path.join(p, f)), 0)
        : fs.statSync(p).size;
    return { rssMb: Number(kb) / 1024, seconds, outputMb: bytes(output) / 1024 / 1024 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const { graph, neo4j, auth } = await openBenchGraph('export-bench-data', process.env.DIPLOGRAPH_EXPORT_BENCH_DATA_DIR);
try {
  await emptyBenchGraph(graph);
  await graph.applySchema();
  const env = {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: auth.user,
    NEO4J_PASSWORD: auth.password,
    LOG_LEVEL: 'warn',
  };
  const results: Record<string, { rssMb: number; seconds: number; outputMb: number }[]> = {};
  const sizes: { units: number; nodes: number; relationships: number }[] = [];
  let built = 0;
  for (const units of [small, large]) {
    const t0 = performance.now();
    await grow(graph, built, units);
    built = units;
    const c = await counts(graph);
    sizes.push({ units, ...c });
    console.log(
      `graph of ${units} units: ${c.nodes} nodes, ${c.relationships} relationships (${((performance.now() - t0) / 1000).toFixed(0)} s to generate)`,
    );
    for (const format of FORMATS) {
      const r = exportOnce(format, env);
      (results[format] ??= []).push(r);
      console.log(
        `  ${format}: peak RSS ${r.rssMb.toFixed(0)} MB, ${r.seconds.toFixed(1)} s, ${r.outputMb.toFixed(1)} MB written`,
      );
    }
  }
  const [s, l] = sizes as [(typeof sizes)[number], (typeof sizes)[number]];
  const sizeRatio = (l.nodes + l.relationships) / (s.nodes + s.relationships);
  console.log('');
  console.log(
    `| format | peak RSS, ${s.nodes + s.relationships} items | peak RSS, ${l.nodes + l.relationships} items | RSS ratio (size ratio ${sizeRatio.toFixed(2)}) |`,
  );
  console.log('|---|---|---|---|');
  const formats = FORMATS.map((format) => {
    const [a, b] = [results[format]![0]!, results[format]![1]!];
    const ratio = b.rssMb / a.rssMb;
    console.log(`| ${format} | ${a.rssMb.toFixed(0)} MB | ${b.rssMb.toFixed(0)} MB | ${ratio.toFixed(2)} |`);
    return { format, smallMb: Math.round(a.rssMb), largeMb: Math.round(b.rssMb), ratio: Number(ratio.toFixed(2)) };
  });
  console.log(`BENCH ${JSON.stringify({ sizes, sizeRatio: Number(sizeRatio.toFixed(2)), formats })}`);
} finally {
  await graph.close();
  await neo4j.stop();
}
