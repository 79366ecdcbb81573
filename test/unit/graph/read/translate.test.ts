/**
 * The translator's statements, without a database: only selected fields are written, values only
 * as parameters, and the same selection always gives the same text (Neo4j's plan cache keys on it).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FieldSelection, Selection } from '../../../../src/graph/read/select.js';
import { translate, translateAll } from '../../../../src/graph/read/translate.js';
import { rootField, scalars } from '../../../support/select.js';

const page = { skip: 0, limit: 10 };
const connection = (total: boolean, more: boolean, items = true) => ({ page, total, more, items });
const field = (name: string, of?: Record<string, Selection>, args: Record<string, unknown> = {}): FieldSelection => ({
  field: name,
  args,
  ...(of ? { of } : {}),
});

function neighbourhood(selection: Selection) {
  return translate({
    field: 'neighbourhood',
    args: { name: 'Okafor', depth: 2, maxNodes: 200, maxEdges: 500 },
    of: { Neighbourhood: selection },
  });
}

describe('only what is asked', () => {
  test('a neighbourhood without edges reads no edge among its people', () => {
    const q = neighbourhood({ nodes: field('nodes', { Person: scalars('id', 'name') }) });
    assert.doesNotMatch(q.cypher, /b IN nodes|meetingId/);
  });

  test("a neighbourhood's edges read dates and meeting ids only when they are selected", () => {
    const counts = neighbourhood({ edges: field('edges', { GraphEdge: scalars('from', 'to', 'meetings') }) });
    assert.match(counts.cypher, /b IN nodes/);
    assert.doesNotMatch(counts.cypher, /r\.date|meetingIds:/);
    const ids = neighbourhood({ edges: field('edges', { GraphEdge: scalars('from', 'meetingIds') }) });
    assert.match(ids.cypher, /meetingIds:/);
    assert.doesNotMatch(ids.cypher, /r\.date/);
    const truncated = neighbourhood({ edgesTruncated: field('edgesTruncated') });
    assert.match(truncated.cypher, /b IN nodes/, 'whether the cap was hit needs the edges counted');
  });

  test('a connection is counted only for totalCount, and reads one item more only for pageInfo without it', () => {
    const people = (total: boolean, more: boolean, items = true) =>
      translate({
        ...rootField('people', { search: null }, 'Person', scalars('id')),
        connection: connection(total, more, items),
      });
    assert.doesNotMatch(people(false, false).cypher, /total:/);
    assert.match(people(true, false).cypher, /total: COUNT \{/);
    assert.deepEqual(Object.values(people(false, true).params).slice(-2), [0, 11]);
    assert.deepEqual(Object.values(people(true, true).params).slice(-2), [0, 10]);
    assert.match(people(true, false, false).cypher, /items: \[\]/);
  });

  test('sources, wordings and evidence sentences are read only when selected', () => {
    const quote = (selection: Selection) =>
      translate({ field: 'quote', args: { id: 'q:1' }, of: { Quote: selection } }).cypher;
    const bare = quote(scalars('text'));
    assert.doesNotMatch(bare, /SUPPORTS|wordings|sentence/);
    assert.match(quote(scalars('text', 'wordings')), /wordings/);
    const withSources = quote({
      sources: field('sources', { Source: scalars('sentence') }, { first: 5 }),
    });
    assert.match(withSources, /SUPPORTS/);
    assert.match(withSources, /sentence/);
    assert.doesNotMatch(withSources, /wording/);
  });

  test('an article body is read only when asked for', () => {
    const article = (selection: Selection) =>
      translate({ field: 'article', args: { id: 'a1' }, of: { Article: selection } }).cypher;
    assert.doesNotMatch(article(scalars('title')), /\.text/);
    assert.match(article(scalars('title', 'text')), /\.text/);
  });
});

describe('statements', () => {
  test('values travel as parameters, never in the text', () => {
    const name = `O'Brien" } RETURN 1 //`;
    const q = translate(rootField('person', { name }, 'Person', scalars('id')));
    assert.doesNotMatch(q.cypher, /O'Brien|RETURN 1 \/\//);
    assert.ok(Object.values(q.params).includes(name.toLowerCase()));
  });

  test('the same selection gives the same text, whatever the values', () => {
    const a = translate(
      rootField('quotes', { speaker: 'Wang', topic: 'Taiwan' }, 'Quote', scalars('id', 'text'), page),
    );
    const b = translate(
      rootField('quotes', { speaker: 'Lindqvist', topic: 'Trade' }, 'Quote', scalars('id', 'text'), {
        skip: 20,
        limit: 5,
      }),
    );
    assert.equal(a.cypher, b.cypher);
    assert.notDeepEqual(a.params, b.params);
  });

  test('each selected field is keyed by its response key', () => {
    const q = translate({
      field: 'person',
      args: { name: 'Okafor' },
      of: { Person: { fullName: field('name'), name: field('name'), aka: field('aliases') } },
    });
    assert.match(q.cypher, /`fullName`: v0\.name, `name`: v0\.name, `aka`: coalesce\(v0\.aliases, \[\]\)/);
  });

  test('several root fields go in one statement, one column each', () => {
    const q = translateAll([
      rootField('person', { name: 'Okafor' }, 'Person', scalars('id')),
      rootField('quotes', { speaker: 'Okafor' }, 'Quote', scalars('id'), page),
    ]);
    assert.equal(q.cypher.match(/OPTIONAL CALL/g)?.length, 2);
    assert.match(q.cypher, /RETURN r0, r1$/);
  });

  test('a field the read model lacks is an error that names it', () => {
    assert.throws(
      () => translate(rootField('person', { name: 'x' }, 'Person', scalars('shoeSize'))),
      /Person\.shoeSize has no entry in the read model/,
    );
  });
});
