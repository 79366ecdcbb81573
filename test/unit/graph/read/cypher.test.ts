/**
 * The Cypher that src/graph/read builds, as snapshots (as neo4j/graphql's tck tests keep theirs):
 * no database, so a change to any read query shows up here as a reviewable diff of the query and
 * its parameters. What the queries return is checked against the real Neo4j in
 * test/integration (api, graph/read/lookup).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  articlesQ,
  disagreementsQ,
  meetingsQ,
  pathsQ,
  peopleQ,
  quotesQ,
  searchQ,
  sourcesQ,
  statementsQ,
  type CypherQuery,
} from '../../../../src/graph/read/index.js';
import { ROOT } from '../../../../src/paths.js';
import { matchSnapshots, parseSnapshots, formatSnapshots } from '../../../support/snapshot.js';

const SNAPSHOTS = path.join(ROOT, 'test', 'unit', 'graph', 'read', '__snapshots__', 'cypher.snap');
const page = { skip: 20, limit: 10 };
const ids = ['person:a', 'person:b'];

/** One case per builder and per shape of filter it handles. Names are invented. */
const cases: [string, () => CypherQuery][] = [
  ['people: one person by name', () => peopleQ.personByName('  Mara  LINDQVIST ')],
  ['people: a page of everyone', () => peopleQ.people(null, page)],
  ['people: search by name', () => peopleQ.people('lindqvist', page)],
  ['people: by ids', () => peopleQ.peopleByIds(ids)],
  ['people: whom each person met', () => peopleQ.peopleMet(ids, page)],
  ['meetings: no filter', () => meetingsQ.meetings({}, page)],
  [
    'meetings: between two people in a date range',
    () => meetingsQ.meetings({ participants: ['Lindqvist', 'Okafor'], from: '2024-03-01', to: '2024-04-30' }, page),
  ],
  ['meetings: a name the fulltext index cannot take', () => meetingsQ.meetings({ participants: ['&&'] }, page)],
  ['meetings: by ids', () => meetingsQ.meetingsByIds(ids)],
  ['meetings: of each person, from a date', () => meetingsQ.meetingsOfPeople(ids, { from: '2024-01-01' }, page)],
  ['quotes: no filter', () => quotesQ.quotes({}, page)],
  [
    'quotes: by speaker, outlet, topic and words',
    () => quotesQ.quotes({ speaker: 'Lindqvist', outlet: 'Harbor News', topic: 'Trade', contains: 'harbour' }, page),
  ],
  ['quotes: by outlet only', () => quotesQ.quotes({ outlet: 'HN' }, page)],
  ['quotes: by ids', () => quotesQ.quotesByIds(ids)],
  ['quotes: of each person', () => quotesQ.quotesOfPeople(ids, page)],
  ['statements: no filter', () => statementsQ.statements({}, page)],
  ['statements: by speaker and topic', () => statementsQ.statements({ speaker: 'Okafor', topic: 'Trade' }, page)],
  ['statements: of each person on a topic', () => statementsQ.statementsOfPeople(ids, 'trade', page)],
  ['articles: no filter', () => articlesQ.articles({}, page)],
  [
    'articles: of an outlet in a date range',
    () => articlesQ.articles({ outlet: 'Daily Courier', from: '2024-03-01', to: '2024-03-31' }, page),
  ],
  ['articles: by ids', () => articlesQ.articlesByIds(['a1', 'a2'])],
  ['articles: their texts', () => articlesQ.articleTexts(['a1'])],
  [
    'articles: of each outlet, up to a date',
    () => articlesQ.articlesOfOutlets(['outlet:hn'], { to: '2024-12-31' }, page),
  ],
  ['articles: the facts read from each', () => articlesQ.factsOfArticles(['a1'])],
  ['outlets: all', () => articlesQ.outlets()],
  ['outlets: by ids', () => articlesQ.outletsByIds(['outlet:hn'])],
  ['disagreements: meetings with disagreeing details', () => disagreementsQ.disagreeingMeetings(page)],
  ['paths: shortest connection', () => pathsQ.shortestConnection('Lindqvist', 'Dron', 4)],
  ['paths: neighbourhood', () => pathsQ.neighbourhood('Okafor', 2, 200)],
  ['search: names, quotes and positions', () => searchQ.search('harbour "dispute"', 10)],
  ['sources: of meetings', () => sourcesQ.sourcesOf('Meeting', ['meeting:m1'], 5)],
  ['sources: of details', () => sourcesQ.sourcesOf('Detail', ['detail:d1'], 5)],
];

const render = (q: CypherQuery) => `${q.cypher.trim()}\n--- params\n${JSON.stringify(q.params, null, 2)}`;

describe('read Cypher snapshots', () => {
  it('every builder gives the Cypher and parameters of its snapshot', () => {
    matchSnapshots(SNAPSHOTS, new Map(cases.map(([name, build]) => [name, render(build())])));
  });

  it('values are parameters, never pasted into the Cypher', () => {
    for (const [name, build] of cases) {
      const { cypher } = build();
      for (const value of ['Lindqvist', 'LINDQVIST', 'Okafor', 'Harbor News', 'harbour', 'Trade', '2024-03-01', 'a1'])
        assert.ok(!cypher.includes(value), `${name}: "${value}" is in the Cypher`);
    }
  });

  it('the snapshot file format reads back what it wrote', () => {
    const entries = new Map([
      ['a', 'MATCH (n)\nRETURN n'],
      ['b: two', 'RETURN 1\n--- params\n{}'],
    ]);
    assert.deepEqual(parseSnapshots(formatSnapshots(entries)), entries);
  });
});
