/**
 * The link step on the real Neo4j, with invented reports: codes written at ingest on the nodes a
 * write touched, the same whatever the ingest order, kept through re-consolidation and removal,
 * recomputed when what they depend on changes (a principal's country), and a user's gazetteer
 * applied by `diplograph link codes` (a malformed one refused, nothing changed).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Graph } from '../../../src/graph/driver.js';
import { removeArticle, writeExtraction, writeExtractions } from '../../../src/graph/write.js';
import type { Extraction } from '../../../src/model.js';
import { ROOT } from '../../../src/paths.js';
import { emptyGraph, openTestGraph } from '../../support/graph.js';
import { report, visitReports } from '../../support/extractions.js';

const CLI = path.join(ROOT, 'dist/src/cli/main.js');
let graph: Graph;
before(async () => {
  graph = await openTestGraph();
});
after(async () => {
  await graph?.close();
});

/** Every link property of every node and ATTENDED edge, in a stable order. */
async function codes(): Promise<unknown[]> {
  const nodes = await graph.read(
    `MATCH (n) WHERE n.cameo IS NOT NULL OR n.wikidataId IS NOT NULL OR n.iso3 IS NOT NULL OR n.roleKeys IS NOT NULL
     RETURN labels(n)[0] AS label, n.id AS id,
            n {.cameo, .wikidataId, .iso2, .iso3, .isoNumeric, .roleNames, .roleKeys, .roleFirstReported, .roleLastReported} AS codes
     ORDER BY label, id`,
  );
  const edges = await graph.read(
    `MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) RETURN p.id AS person, m.id AS meeting, r.cameo AS cameo ORDER BY person, meeting`,
  );
  return [...nodes, ...edges];
}

async function person(name: string) {
  const [row] = await graph.read(`MATCH (p:Person {name: $name}) RETURN properties(p) AS p`, { name });
  return row?.p as Record<string, unknown> | undefined;
}

/** A person of unknown country meets William Okafor in Nairobi; a later report says she is German. */
const varnholtMeets = report({
  id: 'v1',
  outlet: 'Reuters',
  published: '2024-04-02',
  people: {
    p1: { name: 'William Okafor', roles: ['Kenyan Foreign Minister'], country: 'KE' },
    p2: { name: 'Ilsa Varnholt', roles: ['Minister of State'] },
  },
  meetings: [{ participants: ['p1', 'p2'], date: '2024-04-01', place: 'Nairobi' }],
});
const varnholtGerman = report({
  id: 'v2',
  outlet: 'dpa',
  published: '2024-04-20',
  people: { p1: { name: 'Ilsa Varnholt', roles: ['German Minister of State'], country: 'DE' } },
});

describe('codes written at ingest', () => {
  beforeEach(async () => {
    await emptyGraph(graph);
  });

  it('a visit, its principals, their countries, outlets and a position carry their codes', async () => {
    for (const r of visitReports) await writeExtraction(graph, r);
    const meetings = await graph.read(
      `MATCH (a:Person)-[ra:ATTENDED {role: 'principal'}]->(m:Meeting)
       WHERE EXISTS { (:Person {name: 'William Okafor'})-[:ATTENDED]->(m) }
       RETURN m.place AS place, m.cameo AS cameo, collect([a.name, ra.cameo]) AS parts`,
    );
    assert.equal(meetings.length, 1, JSON.stringify(meetings));
    // Kenya's foreign minister in Santiago: a visit, made by the Kenyan and hosted by the Chilean.
    assert.equal(meetings[0]!.cameo, '042');
    assert.deepEqual((meetings[0]!.parts as [string, string][]).sort(), [
      ['Maria Delgado', '043'],
      ['William Okafor', '042'],
    ]);
    assert.equal((await person('William Okafor'))?.cameo, 'KENGOV');
    assert.equal((await person('Tomas Delgado'))?.cameo, 'CHLLEG');
    const [ke] = await graph.read(
      `MATCH (c:Country {id: 'KE'}) RETURN c {.iso2, .iso3, .isoNumeric, .cameo, .wikidataId} AS c`,
    );
    assert.deepEqual(
      { ...(ke!.c as object), wikidataId: undefined },
      {
        iso2: 'KE',
        iso3: 'KEN',
        isoNumeric: '404',
        cameo: 'KEN',
        wikidataId: undefined,
      },
    );
    assert.match(String((ke!.c as { wikidataId: string }).wikidataId), /^Q\d+$/);
    const outlets = await graph.read(`MATCH (o:Outlet) RETURN o.name AS name, o.wikidataId AS q ORDER BY name`);
    assert.deepEqual(
      outlets.filter((o) => ['Agence France-Presse', 'Reuters'].includes(o.name as string)).map((o) => o.q),
      ['Q40464', 'Q130879'],
    );
    const positions = await graph.read(`MATCH (n:Position) RETURN n.cameo AS cameo`);
    assert.ok(positions.length > 0 && positions.every((p) => /^\d{3}$/.test(p.cameo as string)));
  });

  it('every order of the reports, one by one or in one batch, gives the same codes', async () => {
    const orders: Extraction[][] = [
      [...visitReports, varnholtMeets, varnholtGerman],
      [varnholtGerman, ...[...visitReports].reverse(), varnholtMeets],
      [varnholtMeets, visitReports[2]!, varnholtGerman, visitReports[0]!, visitReports[3]!, visitReports[1]!],
    ];
    let first: unknown[] | undefined;
    for (const order of orders) {
      await emptyGraph(graph);
      for (const r of order) await writeExtraction(graph, r);
      const got = await codes();
      if (first) assert.deepEqual(got, first);
      else first = got;
    }
    await emptyGraph(graph);
    await writeExtractions(graph, orders[0]!);
    assert.deepEqual(await codes(), first);
    assert.ok(first!.length > 10, JSON.stringify(first));
  });

  it("a meeting's code follows its principals: a later report giving one a country turns a consultation into a visit", async () => {
    await writeExtraction(graph, varnholtMeets);
    const meeting = async () =>
      (await graph.read(`MATCH (m:Meeting) RETURN m.cameo AS cameo`)).map((r) => r.cameo as string);
    assert.deepEqual(await meeting(), ['040']);
    await writeExtraction(graph, varnholtGerman);
    assert.deepEqual(await meeting(), ['042']);
    assert.equal((await person('Ilsa Varnholt'))?.cameo, 'DEUGOV');
    await removeArticle(graph, 'v2');
    assert.deepEqual(await meeting(), ['040']);
    assert.equal((await person('Ilsa Varnholt'))?.cameo, 'GOV');
  });

  it('codes survive re-consolidation: a report that rewrites the Okafor block leaves every node coded as before', async () => {
    for (const r of visitReports) await writeExtraction(graph, r);
    const before = await codes();
    const okafor = await person('William Okafor');
    assert.ok(okafor?.wikidataId === undefined && okafor?.cameo === 'KENGOV');
    // A new quote of Okafor's: his block is consolidated again and his node rewritten.
    await writeExtraction(
      graph,
      report({
        id: 'r5',
        outlet: 'Reuters',
        published: '2024-03-06',
        people: { p1: { name: 'William Okafor', country: 'KE' } },
        quotes: [{ speaker: 'p1', text: 'Our doors are open to every partner in the region.' }],
      }),
    );
    const after = await codes();
    assert.deepEqual(after, before);
  });

  it("role dates: each role's first and last report dates, kept apart per role", async () => {
    for (const r of [...visitReports, varnholtMeets]) await writeExtraction(graph, r);
    const p = await person('William Okafor');
    assert.deepEqual(p?.roleKeys, ['KE:foreign minister']);
    assert.deepEqual(p?.roleFirstReported, ['2024-03-06']);
    assert.deepEqual(p?.roleLastReported, ['2024-04-02']);
  });
});

describe('diplograph link codes', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-links-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (gazetteer: string) =>
    spawnSync(process.execPath, [CLI, 'link', 'codes'], {
      encoding: 'utf8',
      env: { ...process.env, DIPLOGRAPH_GAZETTEER: gazetteer },
    });

  it("applies a user's gazetteer to the whole graph; a malformed one is refused, naming the file, and changes nothing", async () => {
    await emptyGraph(graph);
    for (const r of visitReports) await writeExtraction(graph, r);
    const mine = path.join(dir, 'mine.json');
    fs.writeFileSync(
      mine,
      JSON.stringify({
        sources: { notes: { what: 'our own research notes' } },
        entries: [{ id: 'Q999999001', kind: 'person', name: 'William Okafor', country: 'KE', sources: ['notes'] }],
      }),
    );
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(
      bad,
      JSON.stringify({ sources: {}, entries: [{ id: 'W1', kind: 'person', name: 'X', sources: [] }] }),
    );

    const refused = run(bad);
    assert.equal(refused.status, 1, refused.stdout + refused.stderr);
    assert.match(refused.stderr, /bad\.json: entry 1 \(W1\) is malformed/);
    assert.equal((await person('William Okafor'))?.wikidataId, undefined);

    const ok = run(mine);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /Codes: \d+ Person/);
    assert.equal((await person('William Okafor'))?.wikidataId, 'Q999999001');
    assert.equal((await person('William Okafor'))?.cameo, 'KENGOV');
  });
});
