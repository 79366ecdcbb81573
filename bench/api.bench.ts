/**
 * GraphQL API latency and throughput: three operations (a person with meetings and their sources;
 * quotes by speaker with outlets; a 2-hop neighbourhood), each with 1 and 10 concurrent clients
 * (autocannon, POST over HTTP to the real server), on the seed graph and on the generated bench
 * corpus (bench/corpus.ts, 2,000 reports by default), with the Cypher round trips per operation.
 * The corpus is written as `diplograph ingest` writes it: BATCH_SIZE reports per transaction
 * (`ingestReports`), a failed batch again report by report; progress is printed every minute.
 *
 * Its own Neo4j data folder (.neo4j/api-bench-data, free ports; DIPLOGRAPH_API_BENCH_DATA_DIR
 * overrides it), emptied first. Note: autocannon, the API server and Neo4j share the machine.
 *
 * Run: `npm run bench -- api` or `node dist/bench/api.bench.js [--count 2000] [--duration 10]`
 * (`--count 0` skips the corpus graph).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { emptyBenchGraph, ingestCorpus, openBenchGraph } from './support.js';
import { Graph } from '../src/graph/driver.js';
import { ROOT } from '../src/paths.js';
import { ingestReport } from '../src/pipeline.js';
import { startApiServer, type ApiServer } from '../src/api/server.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const count = arg('count', 2000);
const duration = arg('duration', 10);
const WARMUP_SECONDS = 3;

const OPERATIONS = {
  'person + meetings + sources': {
    query: `query($name: String!) { person(name: $name) { name meetings(first: 10) { totalCount edges { node {
      date place participants { name } sources(first: 5) { sentence outlet { name } article { title published } } } } } } }`,
    variables: (p: Pick<Subjects, 'person'>) => ({ name: p.person }),
  },
  'quotes by speaker + outlets': {
    query: `query($speaker: String) { quotes(speaker: $speaker, first: 10) { totalCount edges { node {
      text sourceCount reportedBy { outlet { name } wordings } } } } }`,
    variables: (p: Pick<Subjects, 'speaker'>) => ({ speaker: p.speaker }),
  },
  'neighbourhood depth 2': {
    query: `query($name: String!) { neighbourhood(name: $name, depth: 2) { nodes { id name } edges { from to meetings dates } } }`,
    variables: (p: Pick<Subjects, 'person'>) => ({ name: p.person }),
  },
};

interface Subjects {
  person: string;
  speaker: string;
}

async function post(server: ApiServer, query: string, variables: Record<string, unknown>) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`bench operation failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The person who met the most people, and the person with the most quotes: the heaviest realistic subjects. */
async function subjects(graph: Graph): Promise<Subjects> {
  const [row] = await graph.read(`
    CALL () { MATCH (p:Person) RETURN p.name AS person ORDER BY COUNT { (p)-[:MET]-() } DESC, p.name LIMIT 1 }
    CALL () { MATCH (p:Person) RETURN p.name AS speaker ORDER BY COUNT { (p)-[:SAID]->() } DESC, p.name LIMIT 1 }
    RETURN person, speaker`);
  return row as unknown as Subjects;
}

async function benchGraph(label: string, graph: Graph): Promise<void> {
  const server = await startApiServer({
    graph,
    config: { HOST: '127.0.0.1', PORT: 0, API_KEY: undefined, GRAPHQL_INTROSPECTION: true },
    log: pino({ level: 'silent' }),
    pipeline: null,
  });
  try {
    const subject = await subjects(graph);
    const [counts] = await graph.read(
      'MATCH (a:Article) WITH count(a) AS articles MATCH (p:Person) RETURN articles, count(p) AS people',
    );
    console.log(
      `\n### ${label}: ${counts!.articles} reports, ${counts!.people} people; subjects: ${subject.person} (meetings, neighbourhood), ${subject.speaker} (quotes)`,
    );
    console.log(
      `(machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)} before the runs; each row after a ${WARMUP_SECONDS} s warm-up)\n`,
    );
    console.log('| operation | clients | p50 ms | p99 ms | req/s | Cypher queries / op | errors |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const variables = op.variables(subject);
      // Let the previous run's last requests finish, so that only this operation is counted.
      await new Promise((r) => setTimeout(r, 1_000));
      const before = graph.queryCount;
      await post(server, op.query, variables);
      const perOp = graph.queryCount - before;
      const load = (connections: number, seconds: number) =>
        autocannon({
          url: server.url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: op.query, variables }),
          connections,
          duration: seconds,
        });
      // Warm-up, not counted: the JVM's and V8's compilers and Neo4j's query cache, so that the
      // first row does not measure a cold start.
      await load(10, WARMUP_SECONDS);
      for (const connections of [1, 10]) {
        const result = await load(connections, duration);
        const errors = result.errors + result.timeouts + result.non2xx;
        console.log(
          `| ${name} | ${connections} | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.average.toFixed(0)} | ${perOp} | ${errors} |`,
        );
      }
    }
  } finally {
    await server.stop();
  }
}

const { graph, neo4j } = await openBenchGraph('api-bench-data', process.env.DIPLOGRAPH_API_BENCH_DATA_DIR);
try {
  console.log(`autocannon: ${duration} s per row; the server, autocannon and Neo4j share this machine.`);
  await emptyBenchGraph(graph);
  await graph.applySchema();
  const seeds = path.join(ROOT, 'seeds');
  for (const file of fs
    .readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    await ingestReport(graph, {
      text: fs.readFileSync(path.join(seeds, file), 'utf8'),
      meta: { source: `seeds/${file}` },
    });
  }
  await benchGraph('seed graph', graph);

  if (count > 0) {
    await emptyBenchGraph(graph);
    const t0 = performance.now();
    await ingestCorpus(graph, count);
    console.log(`\n(bench corpus of ${count} reports ingested in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    await benchGraph(`bench corpus (${count} reports)`, graph);
  }
} finally {
  await graph.close();
  await neo4j.stop();
}
