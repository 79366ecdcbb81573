/**
 * The Cypher that src/graph/read builds, as snapshots (as neo4j/graphql's tck tests keep theirs):
 * the translator's statement for one selection per root field and per shape of filter it handles,
 * no database, so a change to any read query shows up here as a reviewable diff of the query and
 * its parameters. What the queries return is checked against the real Neo4j in
 * test/integration (api, graph/read/lookup).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { CypherQuery } from '../../../../src/graph/read/cypher.js';
import type { FieldSelection, Selection } from '../../../../src/graph/read/select.js';
import { translate, translateAll } from '../../../../src/graph/read/translate.js';
import { ROOT } from '../../../../src/paths.js';
import { matchSnapshots, parseSnapshots, formatSnapshots } from '../../../support/snapshot.js';
import { rootField, scalars } from '../../../support/select.js';

const SNAPSHOTS = path.join(ROOT, 'test', 'unit', 'graph', 'read', '__snapshots__', 'cypher.snap');
const page = { skip: 20, limit: 10 };
const field = (name: string, of?: Record<string, Selection>, args: Record<string, unknown> = {}): FieldSelection => ({
  field: name,
  args,
  ...(of ? { of } : {}),
});
const connection = (name: string, type: string, of: Selection, args: Record<string, unknown> = {}): FieldSelection => ({
  field: name,
  args,
  of: { [type]: of },
  connection: { page: { skip: 0, limit: 5 }, total: true, more: true, items: true },
});

const PERSON = scalars('id', 'name', 'aliases', 'roles', 'country');
const SOURCE: Selection = {
  sentence: field('sentence'),
  wording: field('wording'),
  outlet: field('outlet', { Outlet: scalars('name') }),
  article: field('article', { Article: scalars('title', 'published') }),
};
const sources = (first: number) => field('sources', { Source: SOURCE }, { first });
const MEETING: Selection = {
  ...scalars('id', 'date', 'place', 'durations', 'topics', 'sourceCount', 'firstReported', 'lastReported'),
  participants: field('participants', { Person: scalars('name') }),
  delegation: field('delegation', { Person: scalars('name') }),
  sources: sources(5),
  disagreements: field('disagreements', {
    Disagreement: {
      field: field('field'),
      values: field('values', { DisagreementValue: { value: field('value'), sources: sources(3) } }),
    },
  }),
};
const QUOTE: Selection = {
  ...scalars('id', 'text', 'wordings', 'sourceName', 'sourceCount', 'confidence'),
  speaker: field('speaker', { Person: scalars('name') }),
  reportedBy: field('reportedBy', {
    OutletReport: {
      outlet: field('outlet', { Outlet: scalars('name') }),
      wordings: field('wordings'),
      articleCount: field('articleCount'),
    },
  }),
  sources: sources(5),
};
const STATEMENT: Selection = {
  ...scalars('id', 'text', 'kind', 'topics', 'sourceCount'),
  speaker: field('speaker', { Person: scalars('name') }),
  sources: sources(2),
};
const ARTICLE: Selection = {
  ...scalars('id', 'title', 'url', 'published', 'dateline'),
  outlet: field('outlet', { Outlet: scalars('name') }),
};

/** One case per root field and per shape of filter it handles. Names are invented. */
const cases: [string, () => CypherQuery][] = [
  [
    'person: by name, with meetings, quotes, positions and whom they met',
    () =>
      translate(
        rootField('person', { name: '  Mara  LINDQVIST ' }, 'Person', {
          ...PERSON,
          meetings: connection('meetings', 'Meeting', MEETING, { from: '2024-03-01', to: null }),
          quotes: connection('quotes', 'Quote', QUOTE),
          statements: connection('statements', 'Statement', STATEMENT, { topic: 'Trade' }),
          met: connection('met', 'PersonMet', {
            person: field('person', { Person: scalars('name') }),
            meetings: field('meetings'),
          }),
        }),
      ),
  ],
  [
    'person: by Wikidata id, with codes, roles on a day, role dates and country',
    () =>
      translate(
        rootField('person', { wikidataId: 'Q99' }, 'Person', {
          ...scalars('name', 'wikidataId', 'cameo'),
          roles: field('roles', undefined, { on: '2024-03-01' }),
          roleHistory: field('roleHistory', { RoleSpan: scalars('role', 'country', 'firstReported', 'lastReported') }),
          represents: field('represents', { Country: scalars('iso2', 'iso3', 'isoNumeric', 'cameo', 'wikidataId') }),
        }),
      ),
  ],
  [
    'country: by ISO alpha-3, with its people',
    () =>
      translate(
        rootField('country', { iso3: 'NOR' }, 'Country', {
          ...scalars('id', 'name', 'iso2', 'iso3', 'isoNumeric', 'cameo', 'wikidataId'),
          people: connection('people', 'Person', scalars('name')),
        }),
      ),
  ],
  ['country: by ISO alpha-2', () => translate(rootField('country', { iso2: 'NO' }, 'Country', scalars('iso3')))],
  [
    'holders: a role of one country on a day',
    () =>
      translate(
        rootField('holders', { key: 'NO:foreign minister', title: 'foreign minister', on: '2024-03-01' }, 'RoleSpan', {
          person: field('person', { Person: scalars('name') }),
          ...scalars('role', 'country', 'firstReported', 'lastReported'),
        }),
      ),
  ],
  [
    'holders: a role of any country on a day',
    () =>
      translate(
        rootField('holders', { key: null, title: 'foreign minister', on: '2024-03-01' }, 'RoleSpan', {
          person: field('person', { Person: scalars('name') }),
        }),
      ),
  ],
  ['people: a page of everyone', () => translate(rootField('people', { search: null }, 'Person', PERSON, page))],
  ['people: search by name', () => translate(rootField('people', { search: 'lindqvist' }, 'Person', PERSON, page))],
  ['meetings: no filter', () => translate(rootField('meetings', { participants: [] }, 'Meeting', MEETING, page))],
  [
    'meetings: between two people in a date range',
    () =>
      translate(
        rootField(
          'meetings',
          { participants: ['Lindqvist', 'Okafor'], from: '2024-03-01', to: '2024-04-30' },
          'Meeting',
          scalars('id'),
          page,
        ),
      ),
  ],
  [
    'meetings: a name the fulltext index cannot take',
    () => translate(rootField('meetings', { participants: ['&&'] }, 'Meeting', scalars('id'), page)),
  ],
  ['meeting: by id', () => translate(rootField('meeting', { id: 'meeting:m1' }, 'Meeting', MEETING))],
  [
    'disagreements: meetings with disagreeing details',
    () => translate(rootField('disagreements', {}, 'Meeting', MEETING, page)),
  ],
  ['quotes: no filter', () => translate(rootField('quotes', {}, 'Quote', QUOTE, page))],
  [
    'quotes: by speaker, outlet, topic and words',
    () =>
      translate(
        rootField(
          'quotes',
          { speaker: 'Lindqvist', outlet: 'Harbor News', topic: 'Trade', contains: 'harbour' },
          'Quote',
          scalars('id'),
          page,
        ),
      ),
  ],
  ['quotes: by outlet only', () => translate(rootField('quotes', { outlet: 'HN' }, 'Quote', scalars('id'), page))],
  ['quote: by id', () => translate(rootField('quote', { id: 'quote:q1' }, 'Quote', QUOTE))],
  [
    'statements: by speaker and topic',
    () => translate(rootField('statements', { speaker: 'Okafor', topic: 'Trade' }, 'Statement', STATEMENT, page)),
  ],
  [
    'articles: of an outlet in a date range',
    () =>
      translate(
        rootField(
          'articles',
          { outlet: 'Daily Courier', from: '2024-03-01', to: '2024-03-31' },
          'Article',
          ARTICLE,
          page,
        ),
      ),
  ],
  [
    'article: by id, with its text and the facts read from it',
    () =>
      translate(
        rootField('article', { id: 'a1' }, 'Article', {
          ...ARTICLE,
          text: field('text'),
          meetings: field('meetings', { Meeting: scalars('id') }),
          quotes: field('quotes', { Quote: scalars('id') }),
          statements: field('statements', { Statement: scalars('id') }),
          people: field('people', { Person: scalars('name') }),
        }),
      ),
  ],
  [
    'outlets: all, with a page of their articles up to a date',
    () =>
      translate(
        rootField('outlets', {}, 'Outlet', {
          ...scalars('id', 'name', 'aliases'),
          articles: connection('articles', 'Article', ARTICLE, { to: '2024-12-31' }),
        }),
      ),
  ],
  [
    'search: names, quotes and positions',
    () =>
      translate({
        field: 'search',
        args: { text: 'harbour "dispute"', first: 10 },
        of: {
          SearchResult: {
            score: field('score'),
            node: field('node', {
              Person: scalars('name'),
              Quote: { text: field('text'), speaker: field('speaker', { Person: scalars('name') }) },
              Statement: scalars('text'),
            }),
          },
        },
      }),
  ],
  [
    'connection: the shortest chain',
    () =>
      translate({
        field: 'connection',
        args: { from: 'Lindqvist', to: 'Dron', maxHops: 4 },
        of: {
          PersonPath: {
            length: field('length'),
            people: field('people', { Person: scalars('name') }),
            links: field('links', {
              PathLink: {
                ...scalars('date', 'place'),
                from: field('from', { Person: scalars('name') }),
                to: field('to', { Person: scalars('name') }),
                meeting: field('meeting', { Meeting: scalars('id') }),
              },
            }),
          },
        },
      }),
  ],
  [
    'neighbourhood: people and edges with their dates and meetings',
    () =>
      translate({
        field: 'neighbourhood',
        args: { name: 'Okafor', depth: 2, maxNodes: 200, maxEdges: 500 },
        of: {
          Neighbourhood: {
            center: field('center', { Person: scalars('id', 'name') }),
            nodes: field('nodes', { Person: scalars('id', 'name') }),
            edges: field('edges', { GraphEdge: scalars('from', 'to', 'meetings', 'dates', 'meetingIds') }),
            edgesTruncated: field('edgesTruncated'),
          },
        },
      }),
  ],
  [
    'two root fields: one statement',
    () =>
      translateAll([
        rootField('outlets', {}, 'Outlet', scalars('name')),
        rootField('articles', { outlet: 'Daily Courier' }, 'Article', ARTICLE, page),
      ]),
  ],
];

/** A statement one clause a line (the translator writes it on one), then its parameters. */
const render = (q: CypherQuery) =>
  `${q.cypher.replace(/(?<!ENDS|STARTS) (?=(?:OPTIONAL CALL|CALL|MATCH|WITH|WHERE|UNWIND|RETURN|ORDER BY) )/g, '\n')}\n--- params\n${JSON.stringify(q.params, null, 2)}`;

describe('read Cypher snapshots', () => {
  it('every root field gives the Cypher and parameters of its snapshot', () => {
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
