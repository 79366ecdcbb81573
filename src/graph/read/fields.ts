/**
 * How each field of the API reads the graph, as data: a table per type (in people.ts,
 * meetings.ts, …, gathered in model.ts) that the translator walks. A field is a Cypher
 * expression over the bound item, the same item seen as another type, or items reached from it
 * by a pattern (`from`), optionally ordered, limited or paged. The translator writes only the
 * fields a client selected, each as an expression, a COLLECT or a COUNT subquery of one statement.
 */
import type { FieldSelection, Selection } from './select.js';
import type { Statement } from './statement.js';

export type Args = Readonly<Record<string, unknown>>;

/** A value computed from the bound item `v` (a node, or a map for derived types). */
export interface ValueField {
  kind: 'value';
  expr: (v: string, s: Statement, args: Args) => string;
}

/** The bound item itself, read as another type (a Source's article, a PersonMet's person). */
export interface SelfField {
  kind: 'self';
  type: string;
}

/** The bound item, of one of several types (a search hit): `tag(v)` names its type. */
export interface UnionField {
  kind: 'union';
  types: string[];
  tag: (v: string) => string;
}

/**
 * Items reached from `v`: `from` binds each to `x` (and may bind helpers named `x_…`, which the
 * item type's fields read). `from` uses no aggregating function (count, collect …): Neo4j 5 takes
 * one inside a subquery expression for an aggregation of the projection around it and refuses
 * the statement; COUNT { } and DISTINCT do the same work. `one` keeps the first, `list` keeps at most `limit(args)`, and
 * `connection` reads the page the API asked for, with the count only when it was asked for.
 */
export interface RelationField {
  kind: 'one' | 'list' | 'connection';
  type: string;
  from: (v: string, x: string, s: Statement, args: Args) => string;
  /** What `WITH` carries to the ordering when `from` binds more than `x` (e.g. `x, x_s`, or a sort key). */
  carry?: (x: string, s: Statement) => string;
  order?: (x: string) => string;
  limit?: (args: Args) => number;
}

/** Writes the builder of a field's projection: the translator's `project`, handed to custom statements. */
export type Project = (type: string, v: string, selection: Selection | undefined, s: Statement) => string;

/**
 * A root field with a statement of its own shape (a walk, a shortest path, a fulltext union):
 * `build` writes the whole statement, whose first row's `value` column is the answer (no row: not found).
 */
export interface StatementField {
  kind: 'statement';
  build: (field: FieldSelection, s: Statement, project: Project) => string;
}

export type FieldDef = ValueField | SelfField | UnionField | RelationField;
export type TypeDef = Readonly<Record<string, FieldDef>>;

/** A root field: a relation from nowhere, after an optional `prelude` that binds what its `from` starts from. */
export type RootDef = (RelationField & { prelude?: (s: Statement, args: Args) => string }) | StatementField;

export const value = (expr: ValueField['expr']): ValueField => ({ kind: 'value', expr });
export const prop = (name: string): ValueField => value((v) => `${v}.${name}`);
export const list = (name: string): ValueField => value((v) => `coalesce(${v}.${name}, [])`);

/** A date or date-time as the `Date` scalar shows it (`YYYY-MM-DD`), or null when it is not one. */
export const day = (e: string) => {
  const d = `left(toString(${e}), 10)`;
  return `CASE WHEN ${d} =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN ${d} END`;
};

/** How many distinct reports support `v`: an article that supports a fact twice (two wordings) counts once. */
export const sourceCount = (v: string, s: Statement) => {
  const a = s.fresh();
  return `COUNT { MATCH (${a}:Article)-[:SUPPORTS]->(${v}) RETURN DISTINCT ${a} }`;
};

/** The earliest or latest publication date of the reports of `v` (the stored aggregate when there is one). */
const reported = (stored: 'firstReported' | 'lastReported', order: 'ASC' | 'DESC'): ValueField =>
  value((v, s) => {
    const a = s.fresh();
    return day(
      `coalesce(${v}.${stored}, head(COLLECT { MATCH (${a}:Article)-[:SUPPORTS]->(${v}) WHERE ${a}.published IS NOT NULL ` +
        `RETURN ${a}.published AS ${a} ORDER BY ${a} ${order} LIMIT 1 }))`,
    );
  });

const topics = value((v, s) => {
  const t = s.fresh();
  return `COLLECT { MATCH (${v})-[:ABOUT]->(${t}:Topic) WITH ${t}.name AS ${t} ORDER BY ${t} RETURN ${t} }`;
});

/** The fields every reported fact (meeting, quote, position) has. */
export const REPORTED: TypeDef = {
  id: prop('id'),
  topics,
  sourceCount: value((v, s) => sourceCount(v, s)),
  firstReported: reported('firstReported', 'ASC'),
  lastReported: reported('lastReported', 'DESC'),
};

/** A fact's sources: one per supporting edge (article `x`, edge `x_s`), earliest report first, at most `first`. */
export const SOURCES: RelationField = {
  kind: 'list',
  type: 'Source',
  from: (v, x) => `MATCH (${x}:Article)-[${x}_s:SUPPORTS]->(${v})`,
  carry: (x) => `${x}, ${x}_s`,
  order: (x) => `${x}.published, ${x}.id`,
  limit: (args) => args.first as number,
};

/** The speaker of a quote or position. */
export const speaker = (rel: 'SAID' | 'STATED'): RelationField => ({
  kind: 'one',
  type: 'Person',
  from: (v, x) => `MATCH (${x}:Person)-[:${rel}]->(${v})`,
  order: (x) => `${x}.id`,
});

/** Most widely reported first (distinct reports), then by `then` (a tie-break over `x`), then by id. */
export const bySources = (then: (x: string) => string): Pick<RelationField, 'carry' | 'order'> => ({
  carry: (x, s) => `${x}, ${sourceCount(x, s)} AS ${x}_n`,
  order: (x) => `${x}_n DESC, ${then(x)}, ${x}.id`,
});

/** The one node of `label` with the id argument, as a root field of type `type`. */
export const byId = (label: string, type = label): RootDef => ({
  kind: 'one',
  type,
  from: (_, x, s, a) => `MATCH (${x}:${label} {id: ${s.param(a.id)}})`,
});
