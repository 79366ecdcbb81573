/**
 * GraphQL API throughput and latency, next to a peer: three operations (a person with meetings
 * and their sources; quotes by speaker with outlets; a 2-hop neighbourhood), at 1 and 10
 * concurrent clients (autocannon, POST over HTTP), on one graph of the seed reports and the
 * generated bench corpus (bench/corpus.ts, 2,000 reports by default), written as
 * `diplograph ingest` writes them.
 *
 * With `--peer`, @neo4j/graphql 7 (bench/peer.ts, type definitions in bench/peer.graphql) serves
 * the same graph, and each operation is asked of it in its own terms: the same people, meetings,
 * quotes and sources (the bench checks that both answers agree before it measures). Runs
 * alternate, Diplograph then the peer, twice (A B A B), so that both see the same machine; the
 * ratio is Diplograph's req/s over the peer's, measured in this one run. Cypher statements per
 * request are counted in each side's driver layer.
 *
 * Its own Neo4j data folder (.neo4j/api-bench-data, free ports; DIPLOGRAPH_API_BENCH_DATA_DIR
 * overrides it), emptied first unless `--reuse` finds the corpus already there. Note: autocannon,
 * both servers and Neo4j share the machine.
 *
 * Run: `npm run bench -- api [--peer] [--count 2000] [--duration 10] [--reuse]`. The last line
 * is `BENCH {"ops": [{"op", "clients", "ratio", "statements", "p99Ms", "peerP99Ms"}, …]}`.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { startPeer, type Peer } from './peer.js';
import { emptyBenchGraph, ingestCorpus, openBenchGraph } from './support.js';
import type { Graph } from '../src/graph/driver.js';
import { ROOT } from '../src/paths.js';
import { ingestReport } from '../src/pipeline.js';
import { MAX_NODES } from '../src/api/selection.js';
import { startApiServer } from '../src/api/server.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const flag = (name: string) => process.argv.includes(`--${name}`);
const count = arg('count', 2000);
const duration = arg('duration', 10);
const withPeer = flag('peer');
const WARMUP_SECONDS = 3;
const CLIENTS = [1, 10];
const ROUNDS = 2;

interface Subjects {
  /** The person who met the most people: meetings and sources. */
  person: string;
  /** The person with the most quotes. */
  speaker: string;
  /** The best-connected person whose 2-hop neighbourhood fits in a neighbourhood's node cap, so both sides list the same people. */
  centre: string;
}

/** The parts of the answers the bench compares (each side's shape; `as` from the parsed JSON). */
interface Ours {
  person: { meetings: { totalCount: number; edges: { node: { date: string | null; sources: unknown[] } }[] } };
  quotes: { totalCount: number; edges: { node: { sourceCount: number } }[] };
  neighbourhood: { nodes: { id: string }[] };
}
interface Nested {
  id: string;
  met?: Nested[];
}
interface Theirs {
  people: (Nested & {
    attendedConnection: {
      totalCount: number;
      edges: { node: { date: string | null; supportedByConnection: { edges: unknown[] } } }[];
    };
    saidConnection: { totalCount: number; edges: { node: { sourceCount: number } }[] };
  })[];
}

interface Operation {
  op: 'person' | 'quotes' | 'neighbourhood';
  label: string;
  /** Printed for information, left out of the BENCH line. */
  extra?: boolean;
  ours: { query: string; variables: (s: Subjects) => Record<string, unknown> };
  peer: { query: string; variables: (s: Subjects) => Record<string, unknown> };
  /** What both answers must agree on, from each side's data. */
  agree: { ours: (d: Ours) => unknown; peer: (d: Theirs) => unknown };
}

const sorted = <T>(xs: T[]) => [...xs].sort();

/** The peer's nested form of a 2-hop neighbourhood: the people its MET edges reach, twice over. */
const NESTED_MET: Operation['peer'] = {
  query: `query($name: String!) { people(where: { name: { eq: $name } }) { id name met { id name met { id name } } } }`,
  variables: (s) => ({ name: s.centre }),
};

const NEIGHBOURS: Operation['agree'] = {
  ours: (d) => ({ people: sorted(d.neighbourhood.nodes.map((n) => n.id)) }),
  peer: (d) => {
    const ids = new Set<string>();
    const walk = (p: Nested) => {
      ids.add(p.id);
      for (const q of p.met ?? []) walk(q);
    };
    walk(d.people[0]!);
    return { people: sorted([...ids]) };
  },
};

const OPERATIONS: Operation[] = [
  {
    op: 'person',
    label: 'person + meetings + sources',
    ours: {
      query: `query($name: String!) { person(name: $name) { name meetings(first: 10) { totalCount edges { node {
        date place participants { name } sources(first: 5) { sentence outlet { name } article { title published } } } } } } }`,
      variables: (s) => ({ name: s.person }),
    },
    peer: {
      query: `query($name: String!) { people(where: { name: { eq: $name } }) { name
        attendedConnection(first: 10, sort: [{ node: { date: DESC } }, { node: { id: ASC } }]) { totalCount edges { node {
          date place
          participantsConnection(where: { edge: { role: { eq: "principal" } } }) { edges { node { name } } }
          supportedByConnection(first: 5, sort: [{ node: { published: ASC } }]) { edges {
            properties { sentence } node { title published publishedBy { name } } } } } } } } }`,
      variables: (s) => ({ name: s.person }),
    },
    agree: {
      ours: (d) => ({
        meetings: d.person.meetings.totalCount,
        dates: sorted(d.person.meetings.edges.map((e) => String(e.node.date))),
        sources: d.person.meetings.edges.reduce((n, e) => n + e.node.sources.length, 0),
      }),
      peer: (d) => ({
        meetings: d.people[0]!.attendedConnection.totalCount,
        dates: sorted(d.people[0]!.attendedConnection.edges.map((e) => String(e.node.date))),
        sources: d.people[0]!.attendedConnection.edges.reduce(
          (n, e) => n + e.node.supportedByConnection.edges.length,
          0,
        ),
      }),
    },
  },
  {
    op: 'quotes',
    label: 'quotes by speaker + outlets',
    ours: {
      query: `query($speaker: String) { quotes(speaker: $speaker, first: 10) { totalCount edges { node {
        text sourceCount reportedBy { outlet { name } wordings } } } } }`,
      variables: (s) => ({ speaker: s.speaker }),
    },
    peer: {
      // The peer reaches the quotes from the person (its speaker filter is a different, costlier question).
      query: `query($speaker: String!) { people(where: { name: { eq: $speaker } }) {
        saidConnection(first: 10, sort: [{ node: { sourceCount: DESC } }, { node: { firstReported: ASC } }, { node: { id: ASC } }]) { totalCount edges { node {
          text sourceCount reportedByConnection { edges { properties { wordings } node { name } } } } } } } }`,
      variables: (s) => ({ speaker: s.speaker }),
    },
    agree: {
      ours: (d) => ({
        quotes: d.quotes.totalCount,
        sourceCounts: d.quotes.edges.map((e) => e.node.sourceCount),
      }),
      peer: (d) => ({
        quotes: d.people[0]!.saidConnection.totalCount,
        sourceCounts: d.people[0]!.saidConnection.edges.map((e) => e.node.sourceCount),
      }),
    },
  },
  {
    op: 'neighbourhood',
    label: 'neighbourhood, depth 2',
    // Both ask for the same people: the people within two meetings of the centre.
    ours: {
      query: `query($name: String!) { neighbourhood(name: $name, depth: 2) { nodes { id name } } }`,
      variables: (s) => ({ name: s.centre }),
    },
    peer: NESTED_MET,
    agree: NEIGHBOURS,
  },
  {
    op: 'neighbourhood',
    label: 'neighbourhood, depth 2, with edges (not in BENCH)',
    extra: true,
    // The edges too: who met whom among them, at most 500 (the default maxEdges), with their counts.
    ours: {
      query: `query($name: String!) { neighbourhood(name: $name, depth: 2) { nodes { id name } edges { from to meetings } edgesTruncated } }`,
      variables: (s) => ({ name: s.centre }),
    },
    peer: NESTED_MET,
    agree: NEIGHBOURS,
  },
];

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: unknown; bytes: number }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`bench operation failed at ${url}: ${JSON.stringify(body.errors)}`);
  return { data: body.data, bytes: text.length };
}

async function subjects(graph: Graph): Promise<Subjects> {
  const [row] = await graph.read(
    `CALL () { MATCH (p:Person) RETURN p.name AS person ORDER BY COUNT { (p)-[:MET]-() } DESC, p.name LIMIT 1 }
     CALL () { MATCH (p:Person) RETURN p.name AS speaker ORDER BY COUNT { (p)-[:SAID]->() } DESC, p.name LIMIT 1 }
     CALL () {
       MATCH (p:Person)
       WITH p, COUNT { MATCH (p)-[:MET*1..2]-(z:Person) WHERE z <> p RETURN DISTINCT z } + 1 AS people
       RETURN p.name AS centre ORDER BY CASE WHEN people <= $maxNodes THEN 0 ELSE 1 END, people DESC, p.name LIMIT 1
     }
     RETURN person, speaker, centre`,
    { maxNodes: MAX_NODES },
  );
  return row as unknown as Subjects;
}

interface Side {
  name: string;
  url: string;
  statements: () => number;
}

interface RunResult {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
}

function load(url: string, body: string, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const summary = (runs: RunResult[]): RunResult => ({
  reqPerSec: mean(runs.map((r) => r.reqPerSec)),
  p50: mean(runs.map((r) => r.p50)),
  p99: mean(runs.map((r) => r.p99)),
  errors: runs.reduce((n, r) => n + r.errors, 0),
});

/** Statements per request: a few requests, the counter's growth divided by them. */
async function statementsPerRequest(side: Side, query: string, variables: Record<string, unknown>): Promise<number> {
  const n = 5;
  const before = side.statements();
  for (let i = 0; i < n; i++) await post(side.url, query, variables);
  return (side.statements() - before) / n;
}

interface BenchRow {
  op: string;
  clients: number;
  ratio: number | null;
  statements: number;
  p99Ms: number;
  peerP99Ms: number | null;
}

async function benchGraph(
  graph: Graph,
  auth: { user: string; password: string },
  uri: string,
): Promise<{ rows: BenchRow[]; table: string[] }> {
  const server = await startApiServer({
    graph,
    config: { HOST: '127.0.0.1', PORT: 0, API_KEY: undefined, GRAPHQL_INTROSPECTION: true },
    log: pino({ level: 'silent' }),
    pipeline: null,
  });
  let peer: Peer | undefined;
  const rows: BenchRow[] = [];
  const table = [
    '| operation | clients | Diplograph req/s | peer req/s | ratio | Diplograph p50 / p99 ms | peer p50 / p99 ms | Cypher statements / request (Diplograph / peer) | errors |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  try {
    if (withPeer) peer = await startPeer(uri, auth);
    const ours: Side = { name: 'Diplograph', url: server.url, statements: () => graph.queryCount };
    const theirs: Side | undefined = peer && { name: 'peer', url: peer.url, statements: () => peer!.statements };
    const subject = await subjects(graph);
    const [counts] = (await graph.read(
      'MATCH (a:Article) WITH count(a) AS articles MATCH (p:Person) RETURN articles, count(p) AS people',
    )) as { articles: number; people: number }[];
    console.log(
      `\n${counts!.articles} reports, ${counts!.people} people; subjects: ${subject.person} (meetings), ${subject.speaker} (quotes), ${subject.centre} (neighbourhood)`,
    );
    console.log(
      `(machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)} before the runs; ${duration} s per run after a ${WARMUP_SECONDS} s warm-up of each side; runs alternate ${withPeer ? 'Diplograph, peer, Diplograph, peer' : 'Diplograph twice'})\n`,
    );

    for (const op of OPERATIONS) {
      const sides = theirs ? [ours, theirs] : [ours];
      const ask = (side: Side) => (side === ours ? op.ours : op.peer);
      const bodies = new Map(
        sides.map((side) => [
          side,
          JSON.stringify({ query: ask(side).query, variables: ask(side).variables(subject) }),
        ]),
      );
      // Both answers first: they must agree, or the comparison would be of different questions.
      const answers = await Promise.all(
        sides.map((side) => post(side.url, ask(side).query, ask(side).variables(subject))),
      );
      const facts = [
        op.agree.ours(answers[0]!.data as Ours),
        theirs ? op.agree.peer(answers[1]!.data as Theirs) : undefined,
      ];
      if (theirs && JSON.stringify(facts[0]) !== JSON.stringify(facts[1]))
        throw new Error(`${op.label}: the answers differ: ${JSON.stringify(facts[0])} vs ${JSON.stringify(facts[1])}`);
      const statements = await Promise.all(
        sides.map((side) => statementsPerRequest(side, ask(side).query, ask(side).variables(subject))),
      );
      console.log(
        `### ${op.label}: answers of ${answers.map((a, i) => `${a.bytes} bytes (${sides[i]!.name})`).join(', ')}; both agree on ${JSON.stringify(facts[0]).slice(0, 120)}`,
      );
      // Warm-up, not counted: the JVM's and V8's compilers and Neo4j's query caches.
      for (const side of sides) await load(side.url, bodies.get(side)!, 10, WARMUP_SECONDS);

      for (const clients of CLIENTS) {
        const runs = new Map<Side, RunResult[]>(sides.map((s) => [s, []]));
        for (let round = 0; round < ROUNDS; round++)
          for (const side of sides) {
            // Let the previous run's last requests finish, so that only this run is counted.
            await new Promise((r) => setTimeout(r, 500));
            const r = await load(side.url, bodies.get(side)!, clients, duration);
            runs.get(side)!.push({
              reqPerSec: r.requests.average,
              p50: r.latency.p50,
              p99: r.latency.p99,
              errors: r.errors + r.timeouts + r.non2xx,
            });
          }
        const a = summary(runs.get(ours)!);
        const b = theirs ? summary(runs.get(theirs)!) : undefined;
        const ratio = b ? a.reqPerSec / b.reqPerSec : null;
        if (!op.extra)
          rows.push({
            op: op.op,
            clients,
            ratio: ratio === null ? null : Number(ratio.toFixed(2)),
            statements: statements[0]!,
            p99Ms: a.p99,
            peerP99Ms: b ? b.p99 : null,
          });
        const perRun = [...runs]
          .map(([side, rs]) => `${side.name} ${rs.map((r) => r.reqPerSec.toFixed(0)).join(', ')}`)
          .join('; ');
        table.push(
          `| ${op.label} | ${clients} | ${a.reqPerSec.toFixed(0)} | ${b ? b.reqPerSec.toFixed(0) : '–'} | ${ratio === null ? '–' : `**${ratio.toFixed(2)}**`} | ${a.p50.toFixed(0)} / ${a.p99.toFixed(0)} | ${b ? `${b.p50.toFixed(0)} / ${b.p99.toFixed(0)}` : '–'} | ${statements.join(' / ')} | ${a.errors + (b?.errors ?? 0)} |`,
        );
        console.log(`  ${op.label}, ${clients} client(s): req/s per run: ${perRun}`);
      }
    }
  } finally {
    await peer?.stop();
    await server.stop();
  }
  return { rows, table };
}

/** The seed reports and the bench corpus in one graph, unless `--reuse` finds it there already. */
async function prepareGraph(graph: Graph): Promise<void> {
  const [held] = await graph.read('MATCH (a:Article) RETURN count(a) AS n');
  const seeds = path.join(ROOT, 'seeds');
  const seedFiles = fs
    .readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (flag('reuse') && held!.n === count + seedFiles.length) {
    console.log(`(reusing the graph of ${held!.n} reports already in the bench's Neo4j)`);
    return;
  }
  await emptyBenchGraph(graph);
  await graph.applySchema();
  for (const file of seedFiles)
    await ingestReport(graph, {
      text: fs.readFileSync(path.join(seeds, file), 'utf8'),
      meta: { source: `seeds/${file}` },
    });
  const t0 = performance.now();
  await ingestCorpus(graph, count);
  console.log(`(bench corpus of ${count} reports ingested in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

const { graph, neo4j, auth } = await openBenchGraph('api-bench-data', process.env.DIPLOGRAPH_API_BENCH_DATA_DIR);
const rows = await (async () => {
  try {
    console.log(`autocannon: ${duration} s per run; the servers, autocannon and Neo4j share this machine.`);
    await prepareGraph(graph);
    const result = await benchGraph(graph, auth, neo4j.uri);
    console.log(`\n${result.table.join('\n')}\n`);
    return result.rows;
  } finally {
    await graph.close();
    await neo4j.stop();
  }
})();
console.log(`BENCH ${JSON.stringify({ ops: rows })}`);
