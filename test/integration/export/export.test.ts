/**
 * `diplograph export` in every format, on the seed graph in the real Neo4j: each output is read
 * back by the tool it is meant for (jsonld, graphology-graphml, neo4j-admin import, Neo4j running
 * the Cypher script) and gives the same nodes and relationships as the source graph. Bad input
 * (unknown format, unwritable path, a failure midway) leaves nothing at the path.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import jsonldLib from 'jsonld';
import { DOMParser } from '@xmldom/xmldom';
import Graphology from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { getConfig, parseConfig } from '../../../src/config.js';
import { Graph } from '../../../src/graph/driver.js';
import { exportGraph } from '../../../src/graph/export.js';
import { runExport } from '../../../src/export/index.js';
import { ExportError } from '../../../src/export/output.js';
import { CONTEXT, WIKIDATA } from '../../../src/export/formats/jsonld.js';
import { wikidataLookup } from '../../../src/cli/export.js';
import { ensureDistribution, LocalNeo4j } from '../../../src/neo4j/index.js';
import { freePort } from '../../../src/neo4j/net.js';
import { ROOT } from '../../../src/paths.js';
import { emptyGraph, openTestGraph, testNeo4jKind } from '../../support/graph.js';
import { graphCounts, ingestSeeds } from '../../support/seeds.js';

/** The jsonld functions the tests call, typed as jsonld 9 has them (promises). */
type Doc = Record<string, unknown>;
type Options = Record<string, unknown>;
const jsonld = jsonldLib as unknown as {
  expand(doc: unknown, options?: Options): Promise<Doc[]>;
  flatten(doc: unknown, context: unknown, options?: Options): Promise<{ '@graph': Doc[] }>;
  compact(doc: unknown, context: unknown, options?: Options): Promise<{ '@graph': Doc[] }>;
  toRDF(doc: unknown, options?: Options): Promise<string>;
  fromRDF(nquads: string, options?: Options): Promise<Doc[]>;
};

let graph: Graph;
let counts: Awaited<ReturnType<typeof graphCounts>>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-export-'));
const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
const stableJson = async () => JSON.stringify(await exportGraph(graph, { omit: ['ingestedAt'] }), null, 1) + '\n';

before(async () => {
  graph = await openTestGraph();
  await ingestSeeds(graph);
  counts = await graphCounts(graph);
  assert.ok(total(counts.nodes) > 20 && total(counts.relationships) > 50, JSON.stringify(counts));
});
after(async () => {
  await graph?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('export --format json', () => {
  it('is byte for byte the stable JSON of the graph, also when the sort spills to disk', async () => {
    const expected = await stableJson();
    for (const sortChunkChars of [undefined, 2_000]) {
      const file = path.join(tmp, `graph-${sortChunkChars ?? 'memory'}.json`);
      const result = await runExport(graph, { format: 'json', output: file, omit: ['ingestedAt'], sortChunkChars });
      assert.equal(fs.readFileSync(file, 'utf8'), expected);
      assert.deepEqual([result.nodes, result.relationships], [total(counts.nodes), total(counts.relationships)]);
    }
  });
});

describe('export --format jsonld', () => {
  let doc: { '@context': unknown; '@graph': unknown[] };
  before(async () => {
    const file = path.join(tmp, 'graph.jsonld');
    await runExport(graph, { format: 'jsonld', output: file, wikidata: wikidataLookup() });
    doc = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof doc;
  });
  // Expanding must not fetch anything: the context is inline.
  const documentLoader = (url: string) =>
    Promise.reject(new Error(`the JSON-LD export asked for a remote document: ${url}`));
  const typedCount = (nodes: Record<string, unknown>[], type: string) =>
    nodes.filter((n) => ((n['@type'] as string[] | undefined) ?? []).includes(type)).length;

  it('expands, and flattens to one typed node per graph node and one statement per relationship', async () => {
    const expanded = await jsonld.expand(doc, { documentLoader });
    assert.ok(expanded.length > 0);
    const flat = await jsonld.flatten(doc, {}, { documentLoader });
    for (const [labels, n] of Object.entries(counts.nodes))
      assert.equal(typedCount(flat['@graph'], `${CONTEXT.dg}${labels}`), n, labels);
    assert.equal(typedCount(flat['@graph'], `${CONTEXT.rdf}Statement`), total(counts.relationships));
    assert.equal(typedCount(flat['@graph'], 'https://schema.org/Person'), counts.nodes.Person);
    assert.equal(typedCount(flat['@graph'], 'https://schema.org/NewsArticle'), counts.nodes.Article);
    assert.equal(typedCount(flat['@graph'], 'https://schema.org/Quotation'), counts.nodes.Quote);
    assert.equal(typedCount(flat['@graph'], 'https://schema.org/Event'), counts.nodes.Meeting);
  });

  it('round-trips through RDF (N-Quads) and compaction without losing a node', async () => {
    const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader });
    const back = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
    for (const [labels, n] of Object.entries(counts.nodes))
      assert.equal(typedCount(back, `${CONTEXT.dg}${labels}`), n, labels);
    const compacted = await jsonld.compact(back, CONTEXT, { documentLoader });
    const ids = new Set(compacted['@graph'].map((n) => n['@id']));
    const graphIds = await graph.read('MATCH (n) WHERE NOT n:Lock AND NOT n:QuoteKey RETURN n.id AS id');
    for (const { id } of graphIds)
      assert.ok(ids.has(`urn:diplograph:node:${encodeURIComponent(id as string)}`), String(id));
  });

  it('says which articles support a fact (PROV-O) and which Wikidata item a person is (owl:sameAs)', async () => {
    const flat = await jsonld.flatten(doc, CONTEXT, { documentLoader });
    const blinken = flat['@graph'].find((n) => n['schema:name'] === 'Antony Blinken');
    assert.deepEqual(blinken?.['owl:sameAs'], { '@id': 'wd:Q7821917' });
    assert.ok(WIKIDATA.endsWith('/entity/'));
    const quote = flat['@graph'].find((n) => ([] as unknown[]).concat(n['@type']).includes('schema:Quotation'));
    assert.ok(quote?.['prov:wasDerivedFrom'], JSON.stringify(quote));
    const article = flat['@graph'].find((n) => ([] as unknown[]).concat(n['@type']).includes('schema:NewsArticle'));
    assert.ok(article?.['prov:wasAttributedTo']);
  });
});

describe('export --format graphml', () => {
  it('parses with graphology-graphml into the same numbers of nodes and edges, with typed attributes', async () => {
    const file = path.join(tmp, 'graph.graphml');
    await runExport(graph, { format: 'graphml', output: file });
    const g = parseGraphml(Graphology as never, fs.readFileSync(file, 'utf8'), { DOMParser } as never) as {
      order: number;
      size: number;
      forEachNode: (cb: (key: string, attrs: Record<string, unknown>) => void) => void;
    };
    assert.equal(g.order, total(counts.nodes));
    assert.equal(g.size, total(counts.relationships));
    const labels = new Map<string, number>();
    const confidences: unknown[] = [];
    g.forEachNode((_k, a) => {
      labels.set(a.labels as string, (labels.get(a.labels as string) ?? 0) + 1);
      if (a.labels === ':Quote') confidences.push(a.confidence);
      assert.ok(a.label, `every node has a caption: ${JSON.stringify(a)}`);
    });
    for (const [l, n] of Object.entries(counts.nodes)) assert.equal(labels.get(`:${l}`), n, l);
    assert.ok(confidences.length > 0 && confidences.every((c) => typeof c === 'number'), JSON.stringify(confidences));
  });
});

describe(
  'export --format csv',
  { skip: testNeo4jKind() === 'local' ? false : 'neo4j-admin runs on the local Neo4j jars' },
  () => {
    it('is a bundle that neo4j-admin imports into an empty database with the same counts', async () => {
      const bundle = path.join(tmp, 'bundle');
      const result = await runExport(graph, { format: 'csv', output: bundle });
      const files = fs.readdirSync(bundle).sort();
      assert.deepEqual(files, [...(result.files ?? [])].sort());
      const header = (f: string) => fs.readFileSync(path.join(bundle, f), 'utf8').split('\n')[0]!;
      const personFile = files.find((f) => f.startsWith('nodes-') && f.endsWith('Person.csv'))!;
      assert.match(header(personFile), /^:ID,.*aliases:string\[\].*name:string.*,:LABEL$/);
      const met = files.find((f) => f.endsWith('MET.csv'))!;
      assert.match(header(met), /^:START_ID,:END_ID,:TYPE,/);

      const config = getConfig();
      const dist = ensureDistribution(config);
      const home = path.join(tmp, 'import-home');
      fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
      fs.writeFileSync(path.join(home, 'conf', 'neo4j.conf'), '');
      const args = fs
        .readFileSync(path.join(bundle, 'import.sh'), 'utf8')
        .split('\n')
        .filter((l) => l.trim().startsWith('--'))
        .map((l) => l.trim().replace(/ \\$/, '').replace('"$here/', `${bundle}/`).replace(/"$/, '').replace('="', '='));
      const imported = spawnSync(
        dist.java,
        [
          '-Xmx256m',
          '-cp',
          path.join(dist.libDir, '*'),
          'org.neo4j.cli.AdminTool',
          'database',
          'import',
          'full',
          'neo4j',
          '--array-delimiter=U+001F',
          '--multiline-fields=true',
          ...args,
        ],
        { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, encoding: 'utf8', cwd: tmp },
      );
      assert.equal(imported.status, 0, imported.stdout + imported.stderr);
      assert.match(
        imported.stdout,
        new RegExp(`${total(counts.nodes)} nodes\\s+${total(counts.relationships)} relationships`),
      );

      // Start a Neo4j on the imported database and count what is in it.
      const local = new LocalNeo4j(
        parseConfig({
          ...process.env,
          NEO4J_URI: undefined,
          DIPLOGRAPH_DATA_DIR: home,
          NEO4J_BOLT_PORT: String(await freePort()),
          NEO4J_HTTP_PORT: String(await freePort()),
          NEO4J_HEAP: '256m',
          NEO4J_PAGECACHE: '64m',
          NEO4J_START_TIMEOUT_MS: '300000',
          NEO4J_CACHE_DIR: config.NEO4J_CACHE_DIR,
        }),
      );
      await local.start();
      const importedGraph = Graph.forConfig(config, local.boltUri);
      try {
        assert.deepEqual(await graphCounts(importedGraph), counts);
        const [row] = await importedGraph.read(
          "MATCH (p:Person {name: 'Antony Blinken'}) RETURN p.aliases AS aliases, p.sourceCount AS n",
        );
        assert.ok(Array.isArray(row?.aliases) && typeof row?.n === 'number', JSON.stringify(row));
      } finally {
        await importedGraph.close();
        await local.stop();
      }
    });
  },
);

describe('export --format cypher', () => {
  it('is a script that rebuilds the same graph in an empty database', async () => {
    const before = await stableJson();
    const file = path.join(tmp, 'graph.cypher');
    await runExport(graph, { format: 'cypher', output: file });
    await emptyGraph(graph);
    const lines = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('//'));
    for (const statement of lines) await graph.autoCommit(statement.replace(/;$/, ''));
    assert.deepEqual(await graphCounts(graph), counts);
    assert.equal(await stableJson(), before, 'the same properties with the same types');
    const [left] = await graph.read('MATCH (n:_DiplographImport) RETURN count(n) AS n');
    assert.equal(left?.n, 0, 'the temporary import label is gone');
  });
});

describe('bad input leaves nothing half-written', () => {
  it('an unknown format is refused by name before anything is written', async () => {
    const file = path.join(tmp, 'never.xml');
    await assert.rejects(runExport(graph, { format: 'xml', output: file }), (err: unknown) => {
      assert.ok(err instanceof ExportError);
      assert.match(err.message, /unknown export format "xml": use one of json, jsonld, csv, graphml, cypher/);
      return true;
    });
    assert.equal(fs.existsSync(file), false);
  });
  it('an unwritable path is refused with the reason', async () => {
    const notAFolder = path.join(tmp, 'plain-file');
    fs.writeFileSync(notAFolder, 'x');
    await assert.rejects(
      runExport(graph, { format: 'json', output: path.join(notAFolder, 'g.json') }),
      /is not a folder/,
    );
    await assert.rejects(
      runExport(graph, { format: 'graphml', output: path.join(tmp, 'missing', 'g.graphml') }),
      /the folder .*missing does not exist/,
    );
    await assert.rejects(runExport(graph, { format: 'csv' }), /give it with -o FOLDER/);
  });
  it('an export that fails midway removes its temporary file and keeps the previous export', async () => {
    const dir = path.join(tmp, 'midway');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'graph.json');
    fs.writeFileSync(file, 'the previous export');
    const broken = Graph.forConfig(getConfig(), 'bolt://127.0.0.1:9', { maxRetryTimeMs: 0 });
    try {
      for (const format of ['json', 'cypher', 'graphml', 'jsonld'])
        await assert.rejects(runExport(broken, { format, output: file }), /not reachable/);
      await assert.rejects(runExport(broken, { format: 'csv', output: path.join(dir, 'bundle') }), /not reachable/);
    } finally {
      await broken.close();
    }
    assert.deepEqual(fs.readdirSync(dir), ['graph.json']);
    assert.equal(fs.readFileSync(file, 'utf8'), 'the previous export');
  });
  it('the CLI refuses an unknown format with one clear line and exit code 1, without starting Neo4j', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/src/cli/main.js'), 'export', '--format', 'xml'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9' },
    });
    assert.equal(r.status, 1);
    assert.equal(
      r.stderr.trim(),
      'diplograph: unknown export format "xml": use one of json, jsonld, csv, graphml, cypher',
    );
  });
});
