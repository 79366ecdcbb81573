/**
 * Reading a request through the resolve info: a root resolver hands its `info` here, and gets
 * back the translator's view of everything selected under it (graphql-parse-resolve-info
 * resolves fragments, `@skip`/`@include`, variables and argument defaults), with each field's
 * arguments checked (a bad one is a BAD_USER_INPUT naming it, before any Cypher runs) and each
 * Relay connection reduced to its page and the parts asked for.
 *
 * The translator keys every value by response key (alias), and `byResponseKey` is the resolver
 * of every field of the types it fills, so field resolvers only read what the root query returned.
 */
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { ConnectionParts, FieldSelection, Selection } from '../graph/read/select.js';
import { MAX_DEPTH, MAX_HOPS } from '../graph/read/paths.js';
import { luceneTerms } from '../graph/read/search.js';
import { CONNECTION_TYPES, toConnection, toPage, type PageArgs } from './connection.js';
import type { Context } from './context.js';
import { badUserInput } from './errors.js';
import * as check from './validate.js';
import { roleParser } from '../link/roles.js';

type Args = Record<string, unknown>;
/** An item the translator returned: its fields by response key. */
export type Row = Record<string, unknown>;

export const DEFAULT_SOURCES = 20;
export const MAX_SOURCES = 100;
export const MAX_BETWEEN = 10;
export const MAX_RESULTS = 50;
/** The most people a neighbourhood holds, the centre included. */
export const MAX_NODES = 200;
export const DEFAULT_MAX_EDGES = 500;
export const MAX_MAX_EDGES = 5_000;

/** The `first` argument of every `sources` field. */
export const sourcesArg = {
  nullable: true,
  defaultValue: DEFAULT_SOURCES,
  description: `At most this many sources (up to ${MAX_SOURCES}), earliest report first.`,
};

const sources = (a: Args) => ({ first: check.intIn('first', a.first as number, 0, MAX_SOURCES) });
const given = (v: unknown) => v !== null && v !== undefined;
const range = (a: Args) => check.dateRange(a.from as Date | null, a.to as Date | null);

/** Each field's arguments as the read model takes them, checked; fields not listed take none (or only a page). */
const ARGUMENTS: Record<string, (a: Args) => Args> = {
  'Query.person': (a) => {
    if (given(a.name) === given(a.wikidataId))
      throw badUserInput('name', '`person` takes either "name" or "wikidataId", not both and not neither.');
    return given(a.wikidataId)
      ? { wikidataId: check.wikidataId('wikidataId', a.wikidataId as string) }
      : { name: check.name('name', a.name as string) };
  },
  'Query.country': (a) => {
    if (given(a.iso3) === given(a.iso2))
      throw badUserInput('iso3', '`country` takes either "iso3" or "iso2", not both and not neither.');
    return given(a.iso3)
      ? { iso3: check.code('iso3', a.iso3 as string, 3) }
      : { iso2: check.code('iso2', a.iso2 as string, 2) };
  },
  'Query.holders': (a) => {
    const roles = roleParser();
    let country: string | null = null;
    if (given(a.country)) {
      country = roles.country(a.country as string) ?? null;
      if (!country)
        throw badUserInput(
          'country',
          `"country" must be an ISO 3166-1 alpha-2 or alpha-3 code such as CN or CHN (got "${a.country as string}").`,
        );
    }
    const role = roles.parse(check.name('role', a.role as string), country);
    if (!role) throw badUserInput('role', '"role" must name a role, e.g. "Foreign Minister", not only a country.');
    if (country && role.country !== country)
      throw badUserInput('role', `"role" names a role of ${role.country}, and "country" is ${country}.`);
    return {
      key: role.country ? roles.key(role) : null,
      title: role.title,
      on: check.requiredDate('on', a.on as Date),
    };
  },
  'Person.roles': (a) => ({ on: a.on ? check.requiredDate('on', a.on as Date) : null }),
  'Query.people': (a) => ({ search: check.optionalName('search', a.search as string | null) }),
  'Query.meetings': (a) => {
    const between = (a.between as string[] | null) ?? [];
    if (between.length > MAX_BETWEEN) throw badUserInput('between', `"between" takes at most ${MAX_BETWEEN} names.`);
    const participants = [
      ...(a.participant ? [check.name('participant', a.participant as string)] : []),
      ...between.map((n) => check.name('between', n)),
    ];
    return { participants, ...range(a) };
  },
  'Query.meeting': (a) => ({ id: a.id }),
  'Query.quote': (a) => ({ id: a.id }),
  'Query.article': (a) => ({ id: a.id }),
  'Query.quotes': (a) => ({
    speaker: check.optionalName('speaker', a.speaker as string | null),
    outlet: check.optionalName('outlet', a.outlet as string | null),
    topic: check.optionalName('topic', a.topic as string | null),
    contains: check.optionalName('contains', a.contains as string | null),
  }),
  'Query.statements': (a) => ({
    speaker: check.optionalName('speaker', a.speaker as string | null),
    topic: check.optionalName('topic', a.topic as string | null),
  }),
  'Query.articles': (a) => ({ outlet: check.optionalName('outlet', a.outlet as string | null), ...range(a) }),
  'Query.search': (a) => {
    const text = a.text as string;
    if (!luceneTerms(text).trim() || text.length > 500)
      throw badUserInput('text', '"text" must hold at least one word and at most 500 characters.');
    return { text, first: check.intIn('first', a.first as number, 1, MAX_RESULTS) };
  },
  'Query.connection': (a) => ({
    from: check.name('from', a.from as string),
    to: check.name('to', a.to as string),
    maxHops: check.intIn('maxHops', a.maxHops as number, 1, MAX_HOPS),
  }),
  'Query.neighbourhood': (a) => ({
    name: check.name('name', a.name as string),
    depth: check.intIn('depth', a.depth as number, 1, MAX_DEPTH),
    maxNodes: MAX_NODES,
    maxEdges: check.intIn('maxEdges', a.maxEdges as number, 0, MAX_MAX_EDGES),
  }),
  'Person.meetings': range,
  'Person.statements': (a) => ({ topic: check.optionalName('topic', a.topic as string | null) }),
  'Outlet.articles': range,
  'Meeting.sources': sources,
  'Quote.sources': sources,
  'Statement.sources': sources,
  'DisagreementValue.sources': sources,
};

/** What a root field asks for, everything under it included. */
export function rootSelection(info: GraphQLResolveInfo): FieldSelection {
  return field('Query', parseResolveInfo(info) as ResolveTree);
}

function field(parent: string, tree: ResolveTree): FieldSelection {
  const args = ARGUMENTS[`${parent}.${tree.name}`]?.(tree.args) ?? {};
  const types = Object.keys(tree.fieldsByTypeName);
  const connection = types.length === 1 ? CONNECTION_TYPES.get(types[0]!) : undefined;
  if (connection) return { field: tree.name, args, ...connectionOf(tree, connection) };
  if (types.length === 0) return { field: tree.name, args };
  const of: Record<string, Selection> = {};
  for (const type of types) of[type] = selection(type, tree.fieldsByTypeName[type]!);
  return { field: tree.name, args, of };
}

function selection(type: string, trees: Record<string, ResolveTree>): Selection {
  const out: Record<string, FieldSelection> = {};
  for (const [key, tree] of Object.entries(trees)) out[key] = field(type, tree);
  return out;
}

/** A connection's page, the parts asked for, and the selection of its nodes (every `edges { node }` merged). */
function connectionOf(
  tree: ResolveTree,
  types: { connection: string; edge: string; node: string },
): { connection: ConnectionParts; of: Record<string, Selection> } {
  const asked = Object.values(tree.fieldsByTypeName[types.connection] ?? {});
  let nodes: Selection = {};
  for (const edges of asked.filter((f) => f.name === 'edges'))
    for (const node of Object.values(edges.fieldsByTypeName[types.edge] ?? {}).filter((f) => f.name === 'node'))
      nodes = merge(nodes, selection(types.node, node.fieldsByTypeName[types.node] ?? {}));
  const has = (name: string) => asked.some((f) => f.name === name);
  return {
    connection: {
      page: toPage(tree.args),
      total: has('totalCount'),
      more: has('pageInfo'),
      items: has('edges') || has('pageInfo'),
    },
    of: { [types.node]: nodes },
  };
}

/** Two selections of the same items as one; a response key may not name two different things. */
function merge(a: Selection, b: Selection): Selection {
  const out: Record<string, FieldSelection> = { ...a };
  for (const [key, f] of Object.entries(b)) {
    const g = out[key];
    if (!g) {
      out[key] = f;
      continue;
    }
    const same = (x: FieldSelection) => JSON.stringify([x.field, x.args, x.connection?.page]);
    if (same(g) !== same(f))
      throw badUserInput(
        key,
        `"${key}" names two different fields or arguments in the nodes of one list; give them different aliases.`,
      );
    const of: Record<string, Selection> = { ...g.of };
    for (const [type, sel] of Object.entries(f.of ?? {})) of[type] = merge(of[type] ?? {}, sel);
    const parts = g.connection &&
      f.connection && {
        page: g.connection.page,
        total: g.connection.total || f.connection.total,
        more: g.connection.more || f.connection.more,
        items: g.connection.items || f.connection.items,
      };
    out[key] = { ...g, of, ...(parts ? { connection: parts } : {}) };
  }
  return out;
}

/** The answer to the root field `info` resolves (read with the request's other root fields); a connection shaped into edges, cursors and pageInfo. */
export async function readRoot(ctx: Context, info: GraphQLResolveInfo): Promise<unknown> {
  const root = rootSelection(info);
  const value = await ctx.readRoot(root);
  return root.connection && value ? toConnection(value as never, root.connection.page) : value;
}

/** The resolver of every field of the types the translator fills: the value under the field's response key. */
export const byResponseKey: GraphQLFieldResolver<Row | null, Context> = (source, _args, _ctx, info) =>
  source?.[info.path.key as string];

/** A nested connection's value, shaped into edges, cursors and pageInfo. */
export function nestedConnection(source: Row, info: GraphQLResolveInfo, args: PageArgs) {
  return toConnection(source[info.path.key as string] as never, toPage(args));
}

/** A field with arguments, read like any other: its value under its response key. */
export const selected = (source: Row, info: GraphQLResolveInfo) => source[info.path.key as string];
