/**
 * What the root resolvers hand the translator, read from real GraphQL requests against the API
 * schema (no database: the context records each root field's selection instead of reading it),
 * and that the read model covers every field the schema declares.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { execute, isObjectType, parse } from 'graphql';
import { apiSchema } from '../../../src/api/schema.js';
import { CONNECTION_TYPES } from '../../../src/api/connection.js';
import type { FieldSelection } from '../../../src/graph/read/select.js';
import { ROOTS, TYPES } from '../../../src/graph/read/model.js';

/** The selections of the root fields of `query`, and the errors the request raised. */
async function selections(query: string, variables: Record<string, unknown> = {}) {
  const seen: FieldSelection[] = [];
  const result = await execute({
    schema: await apiSchema(),
    document: parse(query),
    variableValues: variables,
    contextValue: {
      readRoot: (root: FieldSelection) => {
        seen.push(root);
        return Promise.resolve(null);
      },
    },
  });
  const codes = (result.errors ?? []).map((e) => e.extensions?.code).filter(Boolean);
  return { seen, codes };
}

describe('the selection a root resolver reads', () => {
  test('fragments, @include/@skip and variables resolve into fields with checked arguments', async () => {
    const { seen } = await selections(
      `query($full: Boolean!, $since: Date) {
        person(name: "  Okafor ") { ...Who meetings(from: $since, first: 3) { edges { node { id } } } roles @skip(if: true) }
      }
      fragment Who on Person { id name @include(if: $full) }`,
      { full: true, since: '2024-01-01' },
    );
    const [person] = seen;
    assert.deepEqual(person!.args, { name: 'Okafor' });
    assert.deepEqual(Object.keys(person!.of!.Person!), ['id', 'name', 'meetings']);
    const meetings = person!.of!.Person!.meetings!;
    assert.deepEqual(meetings.args, { from: '2024-01-01', to: null });
    assert.deepEqual(meetings.connection, { page: { skip: 0, limit: 3 }, total: false, more: false, items: true });
  });

  test("a connection's parts: the count only with totalCount, the next page only with pageInfo", async () => {
    const parts = async (inner: string) => (await selections(`{ people(first: 2) { ${inner} } }`)).seen[0]!.connection;
    assert.deepEqual(await parts('totalCount'), {
      page: { skip: 0, limit: 2 },
      total: true,
      more: false,
      items: false,
    });
    assert.deepEqual(await parts('pageInfo { hasNextPage }'), {
      page: { skip: 0, limit: 2 },
      total: false,
      more: true,
      items: true,
    });
  });

  test('every `edges { node }` of a connection is one selection of its nodes', async () => {
    const { seen } = await selections(
      `{ quotes { edges { node { id } } more: edges { node { text speaker { name } } } } }`,
    );
    assert.deepEqual(Object.keys(seen[0]!.of!.Quote!), ['id', 'text', 'speaker']);
  });

  test('the same field under two `edges` of a list is asked for once, with the parts of both', async () => {
    const { seen } = await selections(`{ people { edges { node { meetings(first: 2) { totalCount } } }
      again: edges { node { meetings(first: 2) { edges { node { id } } } } } } }`);
    const meetings = seen[0]!.of!.Person!.meetings!;
    assert.deepEqual(meetings.connection, { page: { skip: 0, limit: 2 }, total: true, more: false, items: true });
    assert.deepEqual(Object.keys(meetings.of!.Meeting!), ['id']);
  });

  test('a response key that names two different things in one list is refused', async () => {
    const { codes } = await selections(`{ quotes { edges { node { x: text } } more: edges { node { x: id } } } }`);
    assert.deepEqual(codes, ['BAD_USER_INPUT']);
  });

  test('bad arguments anywhere in the selection are refused before anything is read', async () => {
    for (const query of [
      '{ person(name: "Okafor") { meetings { edges { node { sources(first: 101) { sentence } } } } } }',
      '{ person(name: "Okafor") { meetings(first: 1000) { totalCount } } }',
      '{ neighbourhood(name: "Okafor", maxEdges: -1) { depth } }',
      '{ quotes(speaker: "   ") { totalCount } }',
    ]) {
      const { seen, codes } = await selections(query);
      assert.deepEqual(codes, ['BAD_USER_INPUT'], query);
      assert.equal(seen.length, 0, query);
    }
  });
});

describe('the read model covers the schema', () => {
  test('every field of every type the translator fills has an entry, and every query field a root', async () => {
    const schema = await apiSchema();
    const missing: string[] = [];
    for (const [name, fields] of Object.entries(TYPES)) {
      const type = schema.getType(name);
      assert.ok(isObjectType(type), name);
      for (const field of Object.keys(type.getFields())) if (!fields[field]) missing.push(`${name}.${field}`);
    }
    for (const field of Object.keys(schema.getQueryType()!.getFields()))
      if (!ROOTS[field]) missing.push(`Query.${field}`);
    assert.deepEqual(missing, []);
  });

  test('every object type a query can reach is filled by the translator or is a connection, edge or page info', async () => {
    const schema = await apiSchema();
    const shaped = new Set([...CONNECTION_TYPES.values()].flatMap((c) => [c.connection, c.edge]).concat('PageInfo'));
    const reached = new Set<string>();
    const visit = (name: string) => {
      const type = schema.getType(name);
      if (!isObjectType(type) || reached.has(name)) return;
      reached.add(name);
      for (const f of Object.values(type.getFields())) {
        let t = f.type;
        while ('ofType' in t) t = t.ofType;
        for (const n of 'getTypes' in t ? t.getTypes().map((m) => m.name) : [t.name]) visit(n);
      }
    };
    for (const f of Object.values(schema.getQueryType()!.getFields())) {
      let t = f.type;
      while ('ofType' in t) t = t.ofType;
      visit(t.name);
    }
    assert.deepEqual(
      [...reached].filter((n) => !TYPES[n] && !shaped.has(n)),
      [],
    );
  });
});
