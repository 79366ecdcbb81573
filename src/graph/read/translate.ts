/**
 * The translator: one root field of a GraphQL request, with everything selected under it, into
 * one Cypher statement (as @neo4j/graphql's translate-read does). Each selected field becomes an
 * expression of the projection of its parent: a property, or a COLLECT / COUNT subquery for what
 * is reached from it, nested as deep as the selection. Only selected fields are written, so what
 * is not asked for costs nothing; a connection's count is written only when `totalCount` is asked.
 * The statement's first row holds the answer in its `value` column, keyed by response keys (aliases).
 */
import type { CypherQuery } from './cypher.js';
import type { FieldDef, RelationField } from './fields.js';
import { ROOTS, TYPES } from './model.js';
import type { FieldSelection, Selection } from './select.js';
import { Statement } from './statement.js';

/** The statement that answers one root field of `Query`: its first row's `value` (no row: null). */
export function translate(root: FieldSelection): CypherQuery {
  const s = new Statement();
  return { cypher: compact(rootStatement(root, s)), params: s.params };
}

/**
 * One statement that answers several root fields of one request, each in an OPTIONAL CALL
 * subquery of its own: its one row holds the answer of root `i` in column `r<i>` (null when the
 * subquery found nothing).
 */
export function translateAll(roots: readonly FieldSelection[]): CypherQuery {
  const s = new Statement();
  const columns = roots.map((_, i) => `r${i}`);
  const calls = roots.map(
    (root, i) =>
      `OPTIONAL CALL () {\n${rootStatement(root, s)}\n}\nWITH ${[...columns.slice(0, i), `value AS ${columns[i]}`].join(', ')}`,
  );
  return { cypher: compact(`${calls.join('\n')}\nRETURN ${columns.join(', ')}`), params: s.params };
}

/**
 * The text on one line, runs of spaces as one: a shorter RUN message, which the driver sends in
 * fewer writes. The builders' string literals hold no run of spaces or line break, so none changes.
 */
const compact = (cypher: string) => cypher.replace(/\s+/g, ' ').trim();

function rootStatement(root: FieldSelection, s: Statement): string {
  const def = ROOTS[root.field];
  if (!def) throw new Error(`Query.${root.field} has no entry in the read model (src/graph/read/model.ts)`);
  if (def.kind === 'statement') return def.build(root, s, project);
  if (def.kind === 'one') {
    const x = s.fresh();
    return `${def.from('', x, s, root.args)}\nRETURN ${project(def.type, x, root.of?.[def.type], s)} AS value LIMIT 1`;
  }
  const prelude = def.prelude?.(s, root.args) ?? '';
  return `${prelude}\nRETURN ${relation(def, '', root, s)} AS value`;
}

/** A Cypher map of the fields `selection` asks of the `type` item bound to `v`, keyed by response key. */
export function project(
  type: string,
  v: string,
  selection: Selection | undefined,
  s: Statement,
  extra: string[] = [],
): string {
  const fields = TYPES[type];
  if (!fields) throw new Error(`${type} has no entry in the read model (src/graph/read/model.ts)`);
  const entries = Object.entries(selection ?? {}).map(([key, f]) => {
    const def = fields[f.field];
    if (!def) throw new Error(`${type}.${f.field} has no entry in the read model (src/graph/read/model.ts)`);
    return `\`${key}\`: ${fieldValue(def, v, f, s)}`;
  });
  return `{${[...extra, ...entries].join(', ')}}`;
}

function fieldValue(def: FieldDef, v: string, f: FieldSelection, s: Statement): string {
  switch (def.kind) {
    case 'value':
      return def.expr(v, s, f.args);
    case 'self':
      return project(def.type, v, f.of?.[def.type], s);
    case 'union': {
      // `__kind` tells GraphQL which member of the union the item is.
      const branches = def.types.map((t) => `WHEN '${t}' THEN ${project(t, v, f.of?.[t], s, [`__kind: '${t}'`])}`);
      return `CASE ${def.tag(v)} ${branches.join(' ')} END`;
    }
    default:
      return relation(def, v, f, s);
  }
}

/** The items a relation reaches from `v`: the first, a list, or a page with its count. */
function relation(def: RelationField, v: string, f: FieldSelection, s: Statement): string {
  const x = s.fresh();
  const from = def.from(v, x, s, f.args);
  const carry = def.carry?.(x, s) ?? x;
  const sorted = (slice: string) =>
    def.order ? `WITH ${carry} ORDER BY ${def.order(x)} ${slice}` : slice ? `WITH ${carry} ${slice}` : '';
  const items = (slice: string) =>
    `COLLECT { ${from} ${sorted(slice)} RETURN ${project(def.type, x, f.of?.[def.type], s)} }`;
  switch (def.kind) {
    case 'one':
      return `head(${items('LIMIT 1')})`;
    case 'list': {
      const limit = def.limit?.(f.args);
      return items(limit === undefined ? '' : `LIMIT ${s.int(limit)}`);
    }
    case 'connection': {
      const parts = f.connection;
      if (!parts) throw new Error(`${f.field} is a connection: its selection needs its page`);
      const total = parts.total ? `total: COUNT { ${from} RETURN ${x} }` : '';
      // Without the count, one item past the page tells whether a next page exists.
      const limit = parts.page.limit + (parts.more && !parts.total ? 1 : 0);
      const page = parts.items
        ? `items: ${items(`SKIP ${s.int(parts.page.skip)} LIMIT ${s.int(limit)}`)}`
        : 'items: []';
      return `{${[total, page].filter(Boolean).join(', ')}}`;
    }
  }
}
