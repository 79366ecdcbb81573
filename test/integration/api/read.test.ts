/**
 * How the API reads the graph, over real HTTP on the test Neo4j: one Cypher statement per
 * request (counted by `Graph.queryCount`, in the driver layer, on the graph the server uses),
 * only what is asked (neighbourhood edges capped and optional), answers keyed by alias, and
 * counts of distinct reports.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import type { Graph } from '../../../src/graph/driver.js';
import type { ApiServer } from '../../../src/api/server.js';
import { EXAMPLES_FILE } from '../../../src/api/schema.js';
import { FIXTURE, writeFixture } from '../../support/api-fixture.js';
import { gql, startTestServer } from '../../support/api-server.js';
import type { Connection, Query } from '../../support/api-types.js';
import { openTestGraph } from '../../support/graph.js';

let graph: Graph;
let server: ApiServer;

before(async () => {
  graph = await openTestGraph();
  await writeFixture(graph);
  // Report a1 carries the quote a second time, in the other wording, and tells of meeting m1 in
  // a second sentence; the quote keeps no stored count, so only the evidence can say how many.
  await graph.write(
    `MATCH (a1:Article {id: 'a1'}), (q:Quote {id: $quote}), (m:Meeting {id: 'meeting:m1'})
     CREATE (a1)-[:SUPPORTS {sentence: 'Lindqvist repeated: "' + q.wordings[1] + '."', wording: q.wordings[1], rule: 'fixture', confidence: 0.8}]->(q),
            (a1)-[:SUPPORTS {sentence: 'The two met in Oslo.', rule: 'fixture', confidence: 0.8}]->(m)
     REMOVE q.sourceCount`,
    { quote: FIXTURE.quote.id },
  );
  server = await startTestServer(graph);
});
after(async () => {
  await server?.stop();
  await graph?.close();
});

/** The answer to `query`, and how many Cypher statements the server ran for it. */
async function counted<T = Query>(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const before = graph.queryCount;
  const r = await gql<T>(server, query, variables, {}, operationName);
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  assert.ok(r.data, 'an answer');
  return { data: r.data, statements: graph.queryCount - before };
}

/** The operations of bench/api.bench.ts, pointed at the fixture's people. */
const BENCH = {
  person: [
    `query($name: String!) { person(name: $name) { name meetings(first: 10) { totalCount edges { node {
      date place participants { name } sources(first: 5) { sentence outlet { name } article { title published } } } } } } }`,
    { name: 'Lindqvist' },
  ],
  quotes: [
    `query($speaker: String) { quotes(speaker: $speaker, first: 10) { totalCount edges { node {
      text sourceCount reportedBy { outlet { name } wordings } } } } }`,
    { speaker: 'Lindqvist' },
  ],
  neighbourhood: [
    `query($name: String!) { neighbourhood(name: $name, depth: 2) { nodes { id name } edges { from to meetings } edgesTruncated } }`,
    { name: 'Okafor' },
  ],
} as const;

describe('one Cypher statement per request', () => {
  for (const [op, [query, variables]] of Object.entries(BENCH))
    test(`the bench's ${op} operation is one statement`, async () => {
      const { data, statements } = await counted<Record<string, unknown>>(query, variables);
      assert.ok(Object.values(data)[0], `${op} found something`);
      assert.equal(statements, 1);
    });

  test('every example query is one statement, the one with two root fields included', async () => {
    const examples = fs.readFileSync(EXAMPLES_FILE, 'utf8');
    const queries = parse(examples).definitions.filter(
      (d): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY,
    );
    const variables: Record<string, Record<string, unknown>> = {
      PersonWithMeetings: { name: 'Lindqvist' },
      ArticleFacts: { id: 'a1' },
      Connection: { from: 'Lindqvist', to: 'Dron' },
      Neighbourhood: { name: 'Okafor' },
    };
    const twoRoots = queries.find((q) => q.selectionSet.selections.length > 1);
    assert.ok(twoRoots, 'an example asks for two root fields');
    for (const q of queries) {
      const { statements } = await counted(examples, variables[q.name!.value] ?? {}, q.name!.value);
      assert.equal(statements, 1, q.name!.value);
    }
  });

  test('nesting and list lengths do not add statements', async () => {
    const nested = `query($n: Int) {
      people(first: $n) { edges { node { name
        meetings { edges { node { date participants { name met { totalCount } } sources { sentence outlet { name } article { title } } } } }
        quotes { edges { node { text reportedBy { outlet { name } } sources { wording } } } }
      } } }
    }`;
    for (const n of [1, FIXTURE.people.length])
      assert.equal((await counted(nested, { n })).statements, 1, `first: ${n}`);
  });

  test('a request the checks refuse runs no statement', async () => {
    const before = graph.queryCount;
    const r = await gql(
      server,
      '{ person(name: "Lindqvist") { meetings { edges { node { sources(first: 500) { sentence } } } } } }',
    );
    assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(graph.queryCount, before);
  });
});

describe('what is asked, as asked', () => {
  test('aliases of one field with different arguments each get their own answer', async () => {
    interface Aliased {
      latest: Connection<{ id: string }>;
      all: Connection<{ id: string; when: string }>;
      march: { totalCount: number };
      fullName: string;
    }
    const { data } = await counted<{ person: Aliased }>(`{ person(name: "Okafor") {
      latest: meetings(first: 1) { edges { node { id } } pageInfo { hasNextPage } }
      all: meetings(first: 5) { totalCount edges { node { id when: date } } }
      march: meetings(to: "2024-03-31") { totalCount }
      name
      fullName: name
    } }`);
    const p = data.person;
    assert.deepEqual(
      p.latest.edges.map((e) => e.node.id),
      ['meeting:m2'],
    );
    assert.equal(p.latest.pageInfo.hasNextPage, true);
    assert.equal(p.all.totalCount, 2);
    assert.deepEqual(
      p.all.edges.map((e) => e.node.when),
      ['2024-04-01', '2024-03-04'],
    );
    assert.equal(p.march.totalCount, 1);
    assert.equal(p.fullName, 'Tomas Okafor');
  });

  test('fragments and two `edges` of one list read as one selection', async () => {
    type Who = { id: string; name: string; aliases: string[] };
    const { data } = await counted<{ people: { edges: { node: Who }[]; more: { node: Who }[] } }>(`
      fragment Who on Person { name country }
      { people(first: 2) { edges { node { ...Who } } more: edges { cursor node { id ... on Person { aliases } } } } }`);
    const [one, two] = [data.people.edges[0]!.node, data.people.more[0]!.node];
    assert.equal(typeof one.name, 'string');
    assert.ok(Array.isArray(two.aliases));
    assert.ok(two.id);
  });

  test('the neighbourhood caps its edges at maxEdges, most meetings first, and says when it did', async () => {
    const ask = (maxEdges: number) =>
      counted(
        `query($m: Int) { neighbourhood(name: "Okafor", depth: 2, maxEdges: $m) { nodes { id } edges { from to meetings dates meetingIds } edgesTruncated } }`,
        { m: maxEdges },
      );
    const all = (await ask(10)).data.neighbourhood;
    assert.equal(all.nodes.length, 4);
    assert.equal(all.edges.length, 3);
    assert.equal(all.edgesTruncated, false);
    assert.deepEqual(all.edges.flatMap((e) => e.meetingIds).sort(), ['meeting:m1', 'meeting:m2', 'meeting:m3']);
    assert.deepEqual(all.edges.find((e) => e.meetingIds[0] === 'meeting:m3')?.dates, ['2024-04']);
    const capped = (await ask(2)).data.neighbourhood;
    assert.equal(capped.edges.length, 2);
    assert.equal(capped.edgesTruncated, true);
    assert.equal(capped.nodes.length, 4, 'the cap is on edges, not people');
    const none = (await ask(0)).data.neighbourhood;
    assert.deepEqual([none.edges, none.edgesTruncated], [[], true]);
  });
});

describe('counts are distinct reports', () => {
  test('one report that carries a quote in two wordings counts once', async () => {
    const { data } = await counted(
      `{ quote(id: "${FIXTURE.quote.id}") { sourceCount sources { article { id } wording } } }`,
    );
    assert.equal(data.quote?.sourceCount, 2);
    // Both of its sentences are still sources: one per piece of evidence.
    assert.deepEqual(data.quote?.sources.map((s) => s.article.id).sort(), ['a1', 'a1', 'a2']);
  });

  test('one report that tells of a meeting twice counts once', async () => {
    const { data } = await counted('{ meeting(id: "meeting:m1") { sourceCount sources { article { id } } } }');
    assert.equal(data.meeting?.sourceCount, 2);
    assert.equal(data.meeting?.sources.length, 3);
  });

  test('quotes are ordered by distinct reports', async () => {
    const { data } = await counted('{ quotes(speaker: "Lindqvist") { edges { node { sourceCount } } } }');
    assert.deepEqual(
      data.quotes.edges.map((e) => e.node.sourceCount),
      [2],
    );
  });
});
