import { bestPerson, dateRange, lookup, luceneContains, normName, personCandidates, where } from './cypher.js';
import { list, prop, value, type RelationField, type RootDef, type TypeDef } from './fields.js';
import { QUOTE_ORDER } from './quotes.js';
import { STATEMENT_ORDER, topicCond } from './statements.js';

export const PERSON: TypeDef = {
  id: prop('id'),
  name: prop('name'),
  aliases: list('aliases'),
  // With `on`: the roles whose reports span that day (the role dates the link step stores, src/link/roles.ts).
  roles: value((v, s, a) => {
    if (!a.on) return `coalesce(${v}.roles, [])`;
    const on = s.param(a.on);
    return `[_i IN range(0, size(coalesce(${v}.roleKeys, [])) - 1) WHERE ${v}.roleFirstReported[_i] <= ${on} AND ${v}.roleLastReported[_i] >= ${on} | ${v}.roleNames[_i]]`;
  }),
  roleHistory: {
    kind: 'list',
    type: 'RoleSpan',
    from: (v, x) => `UNWIND range(0, size(coalesce(${v}.roleKeys, [])) - 1) AS ${x}_i WITH ${v} AS ${x}, ${x}_i`,
    carry: (x) => `${x}, ${x}_i`,
    order: (x) => `${x}.roleFirstReported[${x}_i], ${x}.roleKeys[${x}_i]`,
  },
  country: prop('country'),
  represents: {
    kind: 'one',
    type: 'Country',
    from: (v, x) => `MATCH (${v})-[:REPRESENTS]->(${x}:Country)`,
    order: (x) => `${x}.id`,
  },
  wikidataId: prop('wikidataId'),
  cameo: prop('cameo'),
  meetings: {
    kind: 'connection',
    type: 'Meeting',
    from: (v, x, s, a) => `MATCH (${v})-[:ATTENDED]->(${x}:Meeting) ${where(dateRange(`${x}.date`, s, a.from, a.to))}`,
    order: (x) => `${x}.date DESC, ${x}.id`,
  },
  quotes: {
    kind: 'connection',
    type: 'Quote',
    from: (v, x) => `MATCH (${v})-[:SAID]->(${x}:Quote)`,
    ...QUOTE_ORDER,
  },
  statements: {
    kind: 'connection',
    type: 'Statement',
    from: (v, x, s, a) => `MATCH (${v})-[:STATED]->(${x}:Position) ${where(a.topic ? [topicCond(x, s, a.topic)] : [])}`,
    ...STATEMENT_ORDER,
  },
  met: {
    kind: 'connection',
    type: 'PersonMet',
    // People who met several times have one MET edge per meeting: count the meetings, not the edges.
    from: (v, x) =>
      `MATCH (${v})-[:MET]-(${x}:Person) WHERE ${x} <> ${v} WITH DISTINCT ${x} ` +
      `WITH ${x}, COUNT { MATCH (${v})-[${x}_r:MET]-(${x}) RETURN DISTINCT coalesce(${x}_r.meetingId, elementId(${x}_r)) } AS ${x}_n`,
    carry: (x) => `${x}, ${x}_n`,
    order: (x) => `${x}_n DESC, ${x}.name, ${x}.id`,
  },
};

/** Someone a person met (`v`) and how many meetings they had (`v_n`). */
export const PERSON_MET: TypeDef = {
  person: { kind: 'self', type: 'Person' },
  meetings: value((v) => `${v}_n`),
};

/** One role of a person (`v`, the role's index `v_i` in the role lists the link step stores). */
export const ROLE_SPAN: TypeDef = {
  person: { kind: 'self', type: 'Person' },
  role: value((v) => `${v}.roleNames[${v}_i]`),
  country: value(
    (v) => `CASE WHEN ${v}.roleKeys[${v}_i] STARTS WITH '-:' THEN null ELSE left(${v}.roleKeys[${v}_i], 2) END`,
  ),
  firstReported: value((v) => `${v}.roleFirstReported[${v}_i]`),
  lastReported: value((v) => `${v}.roleLastReported[${v}_i]`),
};

/** The Person a name designates (full name, surname or alias), or the one of a Wikidata id (`person_wikidata` index); null when none. */
const person: RelationField = {
  kind: 'one',
  type: 'Person',
  from: (_, x, s, a) =>
    a.wikidataId
      ? `MATCH (${x}:Person {wikidataId: ${s.param(a.wikidataId)}})`
      : `WITH ${bestPerson(...lookup(s, a.name as string))} AS ${x} WHERE ${x} IS NOT NULL`,
};

/**
 * Who held a role on a day: the people one of whose roles has that role's key (`CN:foreign
 * minister`; any country when none is asked) and reports dated on both sides of the day (or on it).
 */
const holders: RelationField = {
  kind: 'list',
  type: 'RoleSpan',
  from: (_, x, s, a) => {
    const on = s.param(a.on);
    const keyCond = a.key ? `= ${s.param(a.key)}` : `ENDS WITH ${s.param(`:${a.title as string}`)}`;
    return (
      `MATCH (${x}:Person) WHERE ${x}.roleKeys IS NOT NULL ` +
      `UNWIND range(0, size(${x}.roleKeys) - 1) AS ${x}_i WITH ${x}, ${x}_i ` +
      `WHERE ${x}.roleKeys[${x}_i] ${keyCond} AND ${x}.roleFirstReported[${x}_i] <= ${on} AND ${x}.roleLastReported[${x}_i] >= ${on}`
    );
  },
  carry: (x) => `${x}, ${x}_i`,
  order: (x) => `${x}.roleFirstReported[${x}_i], ${x}.name, ${x}.id`,
  limit: () => 100,
};

/**
 * People whose name or an alias contains `search` (case-insensitive), most mentioned first;
 * everyone when there is no search. Candidates come from the fulltext index when it can find
 * them all (see cypher.ts), then the same test.
 */
const people: RelationField = {
  kind: 'connection',
  type: 'Person',
  from: (_, x, s, a) => {
    const q = a.search ? normName(a.search as string) : null;
    const lucene = q ? luceneContains(q) : null;
    const cond = q
      ? `toLower(${x}.name) CONTAINS ${s.param(q)} OR any(_al IN coalesce(${x}.aliases, []) WHERE toLower(_al) CONTAINS ${s.param(q)})`
      : 'true';
    return `${personCandidates(x, lucene ? s.param(lucene) : null, cond)} WITH ${x}, COUNT { (${x})<-[:MENTIONS]-() } AS ${x}_n`;
  },
  carry: (x) => `${x}, ${x}_n`,
  order: (x) => `${x}_n DESC, ${x}.name, ${x}.id`,
};

export const PEOPLE_ROOTS: Record<string, RootDef> = { person, people, holders };
