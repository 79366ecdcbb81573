/**
 * Codes and roles in time through the GraphQL API, over invented reports ingested into the test
 * Neo4j: lookups by Wikidata id and ISO alpha-3, the CAMEO codes of people, meetings and
 * statements, who held a role on a day, and a person's roles on a day; each request one statement.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiServer } from '../../../src/api/server.js';
import type { Graph } from '../../../src/graph/driver.js';
import { writeExtractions } from '../../../src/graph/write.js';
import { gql, startTestServer } from '../../support/api-server.js';
import { report } from '../../support/extractions.js';
import { openTestGraph } from '../../support/graph.js';

let graph: Graph;
let server: ApiServer;

// Ilsa Varnholt (invented) is Russia's deputy foreign minister in 2019, its foreign minister in the
// first half of 2020; Sergey Lavrov (the reports spell him Sergey and Sergei) is foreign minister from 2021. Dates are publication dates.
const varnholt = (id: string, published: string, role: string) =>
  report({ id, outlet: 'TASS', published, people: { p1: { name: 'Ilsa Varnholt', roles: [role], country: 'RU' } } });
const reports = [
  varnholt('v1', '2019-05-02', 'Russian Deputy Foreign Minister'),
  varnholt('v2', '2019-11-20', 'Deputy Foreign Minister'),
  varnholt('v3', '2020-01-15', 'Russian Foreign Minister'),
  varnholt('v4', '2020-06-30', 'Foreign Minister'),
  report({
    id: 'l1',
    outlet: 'Reuters',
    published: '2021-03-01',
    people: {
      p1: { name: 'Sergey Lavrov', roles: ['Russian Foreign Minister'], country: 'RU' },
      p2: { name: 'Okonkwo Adeyemi', roles: ['Nigerian Foreign Minister'], country: 'NG' },
    },
    meetings: [{ participants: ['p1', 'p2'], date: '2021-02-28', place: 'Moscow' }],
    statements: [{ speaker: 'p1', position: 'Russia condemned the sanctions' }],
  }),
  report({
    id: 'l2',
    outlet: 'Reuters',
    published: '2022-02-01',
    people: { p1: { name: 'Sergei Lavrov', roles: ['Foreign Minister'], country: 'RU' } },
  }),
];

before(async () => {
  graph = await openTestGraph();
  await writeExtractions(graph, reports);
  server = await startTestServer(graph);
});
after(async () => {
  await server?.stop();
  await graph?.close();
});

/** The answer, asserting no errors and one Cypher statement. */
async function one(query: string, variables: Record<string, unknown> = {}) {
  const before = graph.queryCount;
  const r = await gql(server, query, variables);
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  assert.equal(graph.queryCount - before, 1, 'one statement');
  return r.data!;
}

describe('codes in the API', () => {
  it('person(wikidataId:) finds the person the gazetteer names, with the actor code and country codes', async () => {
    const data = await one(
      `{ person(wikidataId: "Q58217") { name wikidataId cameo country represents { iso2 iso3 isoNumeric cameo wikidataId } } }`,
    );
    assert.equal(data.person?.name, 'Sergei Lavrov');
    assert.equal(data.person?.cameo, 'RUSGOV');
    assert.deepEqual(
      { ...data.person?.represents, wikidataId: undefined },
      {
        iso2: 'RU',
        iso3: 'RUS',
        isoNumeric: '643',
        cameo: 'RUS',
        wikidataId: undefined,
      },
    );
    assert.match(String(data.person?.represents?.wikidataId), /^Q\d+$/);
    assert.equal((await one(`{ person(wikidataId: "Q42") { name } }`)).person, null);
  });

  it('country(iso3:) and country(iso2:) find the country, with the people who represent it', async () => {
    const data = await one(`{ a: country(iso3: "rus") { id name people { edges { node { name } } } } }`);
    const a = (data as unknown as { a: { id: string; name: string; people: { edges: { node: { name: string } }[] } } })
      .a;
    assert.equal(a.id, 'RU');
    assert.deepEqual(
      a.people.edges.map((e) => e.node.name),
      ['Ilsa Varnholt', 'Sergei Lavrov'],
    );
    assert.equal((await one(`{ country(iso2: "NG") { iso3 } }`)).country?.iso3, 'NGA');
    assert.equal((await one(`{ country(iso3: "ZZZ") { iso3 } }`)).country, null);
  });

  it('a meeting and a statement carry their CAMEO event codes; an outlet its Wikidata id', async () => {
    const data = await one(
      `{ meetings { edges { node { cameo place } } } statements { edges { node { text cameo } } } }`,
    );
    // Nigeria's foreign minister in Moscow: a visit.
    assert.deepEqual(
      data.meetings.edges.map((e) => [e.node.place, e.node.cameo]),
      [['Moscow', '042']],
    );
    assert.deepEqual(
      data.statements.edges.map((e) => [e.node.text, e.node.cameo]),
      [['Russia condemned the sanctions', '111']],
    );
    const outlets = await gql<{ outlets: { name: string; wikidataId: string | null }[] }>(
      server,
      `{ outlets { name wikidataId } }`,
    );
    assert.deepEqual(outlets.data?.outlets.map((o) => [o.name, o.wikidataId]).sort(), [
      ['Reuters', 'Q130879'],
      ['TASS', 'Q223799'],
    ]);
  });
});

describe('roles in time', () => {
  const holders = async (on: string, role = 'Foreign Minister', country: string | null = 'RU') =>
    (
      await one(
        `query($on: Date!, $role: String!, $country: String) { holders(role: $role, country: $country, on: $on) {
        person { name } role country firstReported lastReported } }`,
        { on, role, country },
      )
    ).holders;

  it('holders: who held a role on a day, by the first and last reports that give it', async () => {
    assert.deepEqual(await holders('2020-03-01'), [
      {
        person: { name: 'Ilsa Varnholt' },
        role: 'Russian Foreign Minister',
        country: 'RU',
        firstReported: '2020-01-15',
        lastReported: '2020-06-30',
      },
    ]);
    assert.deepEqual(
      (await holders('2021-06-01')).map((h) => [h.person.name, h.firstReported, h.lastReported]),
      [['Sergei Lavrov', '2021-03-01', '2022-02-01']],
    );
    // Between the last report of one and the first of the other, the reports name nobody.
    assert.deepEqual(await holders('2020-11-01'), []);
    // The deputy is another role.
    assert.deepEqual(
      (await holders('2019-08-01', 'Deputy Foreign Minister')).map((h) => h.person.name),
      ['Ilsa Varnholt'],
    );
  });

  it("holders: the country from the role's wording, by alpha-3, or any country", async () => {
    assert.deepEqual(
      (await holders('2021-03-01', 'Russian Foreign Minister', null)).map((h) => h.person.name),
      ['Sergei Lavrov'],
    );
    assert.deepEqual(
      (await holders('2021-03-01', 'Foreign Minister', 'NGA')).map((h) => h.person.name),
      ['Okonkwo Adeyemi'],
    );
    assert.deepEqual((await holders('2021-03-01', 'foreign minister', null)).map((h) => h.person.name).sort(), [
      'Okonkwo Adeyemi',
      'Sergei Lavrov',
    ]);
  });

  it("a person's roles on a day, and every role with its dates", async () => {
    const data = await one(`{ person(name: "Varnholt") {
      early: roles(on: "2019-06-01") late: roles(on: "2020-02-01") none: roles(on: "2023-01-01") all: roles
      roleHistory { role firstReported lastReported } } }`);
    const p = data.person as unknown as Record<string, unknown>;
    assert.deepEqual(p.early, ['Russian Deputy Foreign Minister']);
    assert.deepEqual(p.late, ['Russian Foreign Minister']);
    assert.deepEqual(p.none, []);
    assert.deepEqual(p.all, [
      'Deputy Foreign Minister',
      'Foreign Minister',
      'Russian Deputy Foreign Minister',
      'Russian Foreign Minister',
    ]);
    assert.deepEqual(p.roleHistory, [
      { role: 'Russian Deputy Foreign Minister', firstReported: '2019-05-02', lastReported: '2019-11-20' },
      { role: 'Russian Foreign Minister', firstReported: '2020-01-15', lastReported: '2020-06-30' },
    ]);
  });

  it('bad arguments are BAD_USER_INPUT naming the argument, before anything is read', async () => {
    const bad: [string, string][] = [
      ['{ person(name: "Varnholt", wikidataId: "Q1") { name } }', 'name'],
      ['{ person { name } }', 'name'],
      ['{ person(wikidataId: "42") { name } }', 'wikidataId'],
      ['{ country(iso3: "RU") { name } }', 'iso3'],
      ['{ holders(role: "Foreign Minister", country: "XX", on: "2020-01-01") { role } }', 'country'],
      ['{ holders(role: "Chinese Foreign Minister", country: "RU", on: "2020-01-01") { role } }', 'role'],
      ['{ holders(role: "Chinese", on: "2020-01-01") { role } }', 'role'],
    ];
    for (const [query, argument] of bad) {
      const before = graph.queryCount;
      const r = await gql(server, query);
      assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${query}: ${JSON.stringify(r.errors)}`);
      assert.equal(r.errors?.[0]?.extensions?.argumentName, argument, query);
      assert.equal(graph.queryCount - before, 0, query);
    }
  });
});
