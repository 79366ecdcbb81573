import { bestPerson, dateRange, lookup, luceneContains, normName, personCandidates, where } from './cypher.js';
import { list, prop, value, type RelationField, type RootDef, type TypeDef } from './fields.js';
import { QUOTE_ORDER } from './quotes.js';
import { STATEMENT_ORDER, topicCond } from './statements.js';

export const PERSON: TypeDef = {
  id: prop('id'),
  name: prop('name'),
  aliases: list('aliases'),
  roles: list('roles'),
  country: prop('country'),
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

/** The Person a name designates (full name, surname or alias), or null. */
const person: RelationField = {
  kind: 'one',
  type: 'Person',
  from: (_, x, s, a) => `WITH ${bestPerson(...lookup(s, a.name as string))} AS ${x} WHERE ${x} IS NOT NULL`,
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

export const PEOPLE_ROOTS: Record<string, RootDef> = { person, people };
