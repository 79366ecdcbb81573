/**
 * The GraphQL API over real HTTP, on the test Neo4j holding a small fixture graph of invented
 * people (test/support/api-fixture.ts). The seed-report questions are in seeds.test.ts; stopping
 * and restarting Neo4j is in outage.test.ts.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  buildSchema,
  Kind,
  OperationTypeNode,
  type GraphQLField,
  type GraphQLInputField,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { serverAudits } from 'graphql-http';
import type { Graph } from '../../../src/graph/driver.js';
import type { ApiServer } from '../../../src/api/server.js';
import { EXAMPLES_FILE, SCHEMA_FILE, apiSchema, schemaSdl } from '../../../src/api/schema.js';
import { MAX_REPORT_BYTES } from '../../../src/input/index.js';
import { ingestReport, removeReport } from '../../../src/pipeline.js';
import { FIXTURE, writeFixture } from '../../support/api-fixture.js';
import { codes, gql, gqlData, startTestServer, TEST_KEY } from '../../support/api-server.js';
import type { Connection, Meeting, Query } from '../../support/api-types.js';
import { openTestGraph } from '../../support/graph.js';

const EXAMPLES = fs.readFileSync(EXAMPLES_FILE, 'utf8');
const operations = parse(EXAMPLES).definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);

/** Variables that point the seed-oriented examples at the fixture's invented people. */
const FIXTURE_VARIABLES: Record<string, Record<string, unknown>> = {
  PersonWithMeetings: { name: 'Lindqvist' },
  MeetingsBetween: { between: ['Okafor', 'Sato'] },
  MeetingsInRange: { participant: 'Okafor', from: '2024-03-01', to: '2024-04-30' },
  QuotesBySpeaker: { speaker: 'Mara Lindqvist' },
  QuoteByWords: { contains: 'harbour dispute' },
  PositionsOnTopic: { topic: 'Trade' },
  OutletsAndArticles: { outlet: 'Daily Courier' },
  ArticleFacts: { id: 'a1' },
  Search: { text: 'harbour' },
  Connection: { from: 'Lindqvist', to: 'Dron' },
  Neighbourhood: { name: 'Okafor', depth: 2 },
};

let graph: Graph;
let server: ApiServer;

before(async () => {
  graph = await openTestGraph();
  await writeFixture(graph);
  server = await startTestServer(graph, { pipeline: { ingestReport, removeReport } });
});
after(async () => {
  await server?.stop();
  await graph?.close();
});

describe('schema', () => {
  test('schema/schema.graphql is what the resolvers emit (run `node dist/src/api/schema.js` after changing them)', async () => {
    assert.equal(fs.readFileSync(SCHEMA_FILE, 'utf8'), await schemaSdl());
  });

  test('every type, field and argument has a description', async () => {
    const schema = await apiSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        // graphql-js types an object type's fields with `any` for the source and context.
        const map = type.getFields() as Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>;
        const fields = Object.values(map);
        for (const field of fields) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  test('every example operation is valid against the committed schema', () => {
    const schema: GraphQLSchema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    assert.deepEqual(
      validate(schema, parse(EXAMPLES)).map((e) => e.message),
      [],
    );
    assert.ok(operations.length >= 12);
  });
});

describe('queries on the fixture graph', () => {
  test('every example query answers without errors', async () => {
    for (const op of operations.filter((o) => o.operation === OperationTypeNode.QUERY)) {
      const name = op.name!.value;
      const r = await gql(server, EXAMPLES, FIXTURE_VARIABLES[name] ?? {}, {}, name);
      assert.equal(r.errors, undefined, `${name}: ${JSON.stringify(r.errors)}`);
      assert.ok(r.data, name);
    }
  });

  test('a person is found by full name, surname and alias, in any case, as the same node', async () => {
    const ids = await Promise.all(
      ['Mara Lindqvist', 'lindqvist', 'the Foreign Minister', '  MARA  LINDQVIST '].map(
        async (name) =>
          (await gqlData(server, 'query($n: String!) { person(name: $n) { id } }', { n: name })).person?.id,
      ),
    );
    assert.deepEqual(ids, Array(4).fill('person:mara lindqvist'));
    assert.equal((await gqlData(server, '{ person(name: "Nobody") { id } }')).person, null);
  });

  test('a person with meetings: dates, participants, durations, sources with outlets, and the duration disagreement', async () => {
    const person = (await gqlData(server, EXAMPLES, { name: 'Lindqvist' }, 'PersonWithMeetings')).person!;
    assert.deepEqual(
      person.met.edges.map((e) => [e.node.person.name, e.node.meetings]),
      [['Tomas Okafor', 1]],
    );
    const meeting = person.meetings.edges[0]!.node;
    assert.equal(meeting.date, '2024-03-04');
    assert.equal(meeting.place, 'Oslo');
    assert.deepEqual(meeting.participants.map((p) => p.name).sort(), ['Mara Lindqvist', 'Tomas Okafor']);
    assert.deepEqual(
      meeting.sources.map((s) => s.outlet?.name),
      ['Daily Courier', 'Harbor News'],
    );
    const { disagreements } = await gqlData(server, EXAMPLES, {}, 'Disagreements');
    const node = disagreements.edges[0]!.node;
    assert.equal(disagreements.totalCount, 1);
    assert.equal(node.disagreements[0]!.field, 'duration');
    assert.deepEqual(node.disagreements[0]!.values.map((v) => [v.value, v.sources.map((s) => s.outlet?.name)]).sort(), [
      ['three hours', ['Harbor News']],
      ['two hours', ['Daily Courier']],
    ]);
  });

  test('a quote carried by two outlets is one quote with both outlets and each wording', async () => {
    const { quotes } = await gqlData(server, EXAMPLES, { speaker: 'Lindqvist' }, 'QuotesBySpeaker');
    const quote = quotes.edges[0]!.node;
    assert.equal(quotes.totalCount, 1);
    assert.equal(quote.text, FIXTURE.quote.text);
    assert.equal(quote.speaker?.name, 'Mara Lindqvist');
    assert.deepEqual(quote.reportedBy.map((o) => [o.outlet.name, o.wordings]).sort(), [
      ['Daily Courier', [FIXTURE.quote.wordings[0]]],
      ['Harbor News', [FIXTURE.quote.wordings[1]]],
    ]);
    const byOutlet = await gqlData<Query & { none: Query['quotes'] }>(
      server,
      '{ quotes(outlet: "HN", contains: "HARBOR dispute") { totalCount } none: quotes(outlet: "Nowhere") { totalCount } }',
    );
    assert.equal(byOutlet.quotes.totalCount, 1);
    assert.equal(byOutlet.none.totalCount, 0);
  });

  test('meetings filter by participants (all of them) and by date range, month-only dates included', async () => {
    const r = await gqlData<Record<'both' | 'april' | 'march' | 'unknown', Connection<Meeting>>>(
      server,
      `{
      both: meetings(between: ["Okafor", "Sato"]) { edges { node { id } } }
      april: meetings(participant: "Sato", from: "2024-04-01", to: "2024-04-30") { edges { node { id date } } }
      march: meetings(to: "2024-03-31") { edges { node { id } } }
      unknown: meetings(participant: "Nobody") { totalCount }
    }`,
    );
    assert.deepEqual(
      r.both.edges.map((e) => e.node.id),
      ['meeting:m2'],
    );
    assert.deepEqual(
      r.april.edges.map((e) => e.node.date),
      ['2024-04-01', '2024-04'],
    );
    assert.deepEqual(
      r.march.edges.map((e) => e.node.id),
      ['meeting:m1'],
    );
    assert.equal(r.unknown.totalCount, 0);
  });

  test('statements by topic and speaker, with their sources', async () => {
    const { statements } = await gqlData(server, EXAMPLES, { topic: 'trade', speaker: 'Okafor' }, 'PositionsOnTopic');
    const s = statements.edges[0]!.node;
    assert.equal(s.text, 'the sanctions on shipping should be lifted');
    assert.equal(s.kind, 'REPORTED');
    assert.equal(s.sources[0]!.outlet?.name, 'Harbor News');
  });

  test('pages walk the whole list with first/after, and totalCount counts it', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { people }: Query = await gqlData(
        server,
        'query($a: String) { people(first: 3, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { a: after },
      );
      assert.equal(people.totalCount, FIXTURE.people.length);
      seen.push(...people.edges.map((e) => e.node.id));
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    assert.deepEqual([...seen].sort(), FIXTURE.people.map((p) => p.id).sort());
  });

  test('connection finds the chain of meetings; neighbourhood gives nodes and edges to draw', async () => {
    const { connection } = await gqlData(server, EXAMPLES, { from: 'Lindqvist', to: 'Dron' }, 'Connection');
    assert.equal(connection?.length, 3);
    assert.deepEqual(
      connection.people.map((p) => p.name),
      ['Mara Lindqvist', 'Tomas Okafor', 'Yui Sato', 'Pavel Dron'],
    );
    assert.equal(connection.links[0]!.meeting?.id, 'meeting:m1');
    const tooShort = await gqlData(server, '{ connection(from: "Lindqvist", to: "Dron", maxHops: 2) { length } }');
    assert.equal(tooShort.connection, null);
    const n1 = await gqlData(server, '{ neighbourhood(name: "Okafor") { nodes { id } edges { from to } } }');
    assert.equal(n1.neighbourhood.nodes.length, 3);
    assert.equal(n1.neighbourhood.edges.length, 2);
    const n2 = await gqlData(server, EXAMPLES, { name: 'Okafor', depth: 2 }, 'Neighbourhood');
    assert.equal(n2.neighbourhood.nodes.length, 4);
    assert.equal(n2.neighbourhood.edges.length, 3);
  });

  test('search finds people, quotes and positions by their words', async () => {
    const r = await gqlData(server, EXAMPLES, { text: 'harbor' }, 'Search');
    assert.equal(r.search[0]?.node.__typename, 'Quote');
    const p = await gqlData(server, '{ search(text: "Okafor") { node { __typename ... on Person { name } } } }');
    assert.equal(p.search[0]?.node.name, 'Tomas Okafor');
  });

  test('an article shows its outlet, its text and the facts read from it', async () => {
    const r = await gqlData<Query & { missing: Query['article'] }>(
      server,
      '{ article(id: "a1") { title text outlet { name } meetings { id } quotes { id } people { name } } missing: article(id: "zz") { id } }',
    );
    const article = r.article!;
    assert.equal(article.outlet?.name, 'Daily Courier');
    assert.match(article.text ?? '', /Oslo/);
    assert.deepEqual(
      article.meetings.map((m) => m.id),
      ['meeting:m1'],
    );
    assert.deepEqual(
      article.quotes.map((q) => q.id),
      ['quote:harbour'],
    );
    assert.equal(r.missing, null);
  });
});

describe('no N+1', () => {
  const nested = `query($n: Int) {
    people(first: $n) { edges { node { name
      meetings { edges { node { date participants { name } sources { sentence outlet { name } article { title } } } } }
      quotes { edges { node { text reportedBy { outlet { name } } } } }
    } } }
  }`;

  test('a nested operation is one Cypher statement, however many people it lists', async () => {
    const count = async (n: number) => {
      const before = graph.queryCount;
      const r = await gql(server, nested, { n });
      assert.equal(r.errors, undefined);
      return graph.queryCount - before;
    };
    // people, their meetings with participants and sources, their quotes with outlets: one statement.
    assert.equal(await count(1), 1);
    assert.equal(await count(FIXTURE.people.length), 1);
  });
});

describe('errors and limits', () => {
  test('bad arguments get BAD_USER_INPUT with a message naming the argument', async () => {
    const cases: [string, Record<string, unknown>?][] = [
      ['{ people(first: 1000) { totalCount } }'],
      ['{ people(first: -1) { totalCount } }'],
      ['{ people(after: "not-a-cursor") { totalCount } }'],
      ['{ meetings(from: "2024-05-01", to: "2024-04-01") { totalCount } }'],
      ['{ meetings(from: "June") { totalCount } }'],
      ['query($d: Date) { meetings(from: $d) { totalCount } }', { d: '2024-13-45' }],
      ['{ people(first: "ten") { totalCount } }'],
      ['{ person(name: "   ") { id } }'],
      ['{ connection(from: "Lindqvist", to: "Okafor", maxHops: 9) { length } }'],
      ['{ neighbourhood(name: "Okafor", depth: 4) { depth } }'],
      ['{ search(text: "&&") { score } }'],
      ['{ person(name: "Lindqvist") { meetings { edges { node { sources(first: 500) { sentence } } } } } }'],
    ];
    for (const [query, variables] of cases) {
      const r = await gql(server, query, variables);
      assert.deepEqual(codes(r), ['BAD_USER_INPUT'], `${query}: ${JSON.stringify(r.errors)}`);
      assert.ok(r.errors![0]!.message.length > 10);
    }
  });

  test('an unknown person for neighbourhood or connection gets NOT_FOUND', async () => {
    assert.deepEqual(codes(await gql(server, '{ neighbourhood(name: "Nobody Known") { depth } }')), ['NOT_FOUND']);
    assert.deepEqual(codes(await gql(server, '{ connection(from: "Nobody Known", to: "Okafor") { length } }')), [
      'NOT_FOUND',
    ]);
  });

  test('too deep, too many aliases or too costly operations are refused before they run', async () => {
    const deep =
      '{ person(name: "Okafor") { met { edges { node { person { met { edges { node { person { met { edges { node { person { name } } } } } } } } } } } } } }';
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: person(name: "Okafor") { id }`).join(' ')} }`;
    for (const query of [deep, aliases]) {
      const before = graph.queryCount;
      const r = await gql(server, query);
      assert.ok(r.errors?.length, query);
      assert.equal(r.data, undefined);
      assert.equal(graph.queryCount, before, 'no Cypher ran');
    }
  });

  test('no error carries a stack trace or Cypher', async () => {
    const r = await gql(server, '{ people(first: 1000) { totalCount } nope }');
    const text = JSON.stringify(r);
    assert.doesNotMatch(text, /stacktrace|MATCH \(|at .*\.js:\d+/);
  });
});

describe('mutations', () => {
  const ingest = 'mutation($input: IngestReportInput!) { ingestReport(input: $input) { id summary } }';
  const input = {
    text: 'Foreign Minister Mara Lindqvist met Trade Envoy Tomas Okafor in Bergen on Tuesday.',
    title: 'Lindqvist and Okafor meet again',
    outlet: 'Harbor News',
    published: '2024-05-08',
    url: 'https://example.org/bergen',
  };

  test('without the API key, or with a wrong one, mutations get UNAUTHENTICATED and change nothing', async () => {
    const before = graph.queryCount;
    assert.deepEqual(codes(await gql(server, ingest, { input })), ['UNAUTHENTICATED']);
    assert.deepEqual(codes(await gql(server, ingest, { input }, { authorization: 'Bearer wrong-key-wrong-key' })), [
      'UNAUTHENTICATED',
    ]);
    assert.deepEqual(codes(await gql(server, 'mutation { removeReport(id: "a1") { id } }')), ['UNAUTHENTICATED']);
    assert.equal(graph.queryCount, before);
  });

  test('with no API_KEY configured, mutations are off and say how to turn them on', async () => {
    const open = await startTestServer(graph, { apiKey: undefined, pipeline: { ingestReport, removeReport } });
    try {
      const r = await gql(open, ingest, { input }, { authorization: `Bearer ${TEST_KEY}` });
      assert.deepEqual(codes(r), ['UNAUTHENTICATED']);
      assert.match(r.errors![0]!.message, /API_KEY/);
    } finally {
      await open.stop();
    }
  });

  test('with the key, ingestReport adds a report through the pipeline and removeReport takes it away', async () => {
    const auth = { authorization: `Bearer ${TEST_KEY}` };
    const added = await gql(server, ingest, { input }, auth);
    assert.equal(added.errors, undefined, JSON.stringify(added.errors));
    const id = added.data!.ingestReport.id;
    const { article } = await gqlData(
      server,
      'query($id: ID!) { article(id: $id) { title outlet { name } published } }',
      {
        id,
      },
    );
    assert.deepEqual(article, {
      title: input.title,
      outlet: { name: 'Harbor News' },
      published: '2024-05-08',
    });
    const removed = await gql(server, 'mutation($id: ID!) { removeReport(id: $id) { id } }', { id }, auth);
    assert.equal(removed.errors, undefined, JSON.stringify(removed.errors));
    assert.equal((await gqlData(server, 'query($id: ID!) { article(id: $id) { id } }', { id })).article, null);
    assert.deepEqual(codes(await gql(server, 'mutation($id: ID!) { removeReport(id: $id) { id } }', { id }, auth)), [
      'NOT_FOUND',
    ]);
    assert.deepEqual(codes(await gql(server, ingest, { input: { ...input, text: '   ' } }, auth)), ['BAD_USER_INPUT']);
  });
});

describe('report size', () => {
  test('ingestReport refuses a report over the limit the CLI applies (MAX_REPORT_BYTES), naming it, and stores nothing', async () => {
    const nodes = async () => (await graph.read('MATCH (n) RETURN count(n) AS nodes'))[0]?.nodes;
    const before = await nodes();
    const sentence = 'Foreign Minister Mara Lindqvist met Trade Envoy Tomas Okafor in Bergen on Tuesday. ';
    const text = sentence.repeat(Math.ceil((MAX_REPORT_BYTES + 1) / sentence.length));
    const url = 'https://example.org/too-large';
    const r = await gql(
      server,
      'mutation($input: IngestReportInput!) { ingestReport(input: $input) { id } }',
      { input: { text, title: 'Too large', url } },
      { authorization: `Bearer ${TEST_KEY}` },
    );
    assert.deepEqual(codes(r), ['BAD_USER_INPUT'], JSON.stringify(r.errors));
    assert.match(r.errors![0]!.message, new RegExp(`over the ${MAX_REPORT_BYTES / 1048576} MB limit for one report`));
    assert.equal(await nodes(), before);
    assert.deepEqual(await graph.read('MATCH (a:Article {id: $url}) RETURN a.id AS id', { url }), []);
  });
});

describe('HTTP', () => {
  test('/health answers 200, /ready answers 200 while Neo4j answers, other paths 404', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    assert.equal((await fetch(`${base}/health`)).status, 200);
    const ready = await fetch(`${base}/ready`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', neo4j: 'up' });
    assert.equal((await fetch(`${base}/nope`)).status, 404);
  });

  test('CSRF prevention: a GET or text/plain POST without a preflight header is refused', async () => {
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ outlets { name } }')}`);
    assert.equal(get.status, 400);
    const post = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ outlets { name } }"}',
    });
    assert.equal(post.status, 400);
    const preflighted = await fetch(`${server.url}?query=${encodeURIComponent('{ outlets { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    assert.equal(preflighted.status, 200);
  });

  test('invalid JSON gets 400', async () => {
    const r = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    assert.equal(r.status, 400);
  });

  test('a document that does not parse or validate gets 200 with its errors as application/json, 400 as application/graphql-response+json', async () => {
    const post = (query: string, accept: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query }),
      });
    for (const [query, code] of [
      ['{ outlets {', 'GRAPHQL_PARSE_FAILED'],
      ['{ noSuchField }', 'GRAPHQL_VALIDATION_FAILED'],
    ] as const) {
      const legacy = await post(query, 'application/json');
      assert.equal(legacy.status, 200, query);
      const body = (await legacy.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      assert.equal('data' in body, false);
      assert.deepEqual(
        body.errors.map((e) => e.extensions.code),
        [code],
      );
      assert.equal((await post(query, 'application/graphql-response+json')).status, 400, query);
    }
    // A request that is not a GraphQL request at all stays a 400.
    const noQuery = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: '{}',
    });
    assert.equal(noQuery.status, 400);
  });

  test("graphql-http's server audits: every MUST passes (SHOULD results printed)", async () => {
    const results = [];
    for (const audit of serverAudits({ url: server.url, fetchFn: fetch }))
      results.push({ ...(await audit.fn()), name: audit.name });
    const mustFailures = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    const should = results.filter((r) => !r.name.startsWith('MUST'));
    console.log(`graphql-http audits: ${results.filter((r) => r.status === 'ok').length}/${results.length} ok`);
    for (const r of should)
      console.log(
        `  ${r.status.padEnd(5)} ${r.name}${r.status === 'ok' ? '' : ` — ${(r as { reason?: string }).reason ?? ''}`}`,
      );
    assert.deepEqual(
      mustFailures.map((r) => `${r.name}: ${(r as { reason?: string }).reason}`),
      [],
    );
  });
});
