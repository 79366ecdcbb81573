import { anchoredMatch, bestPerson, dateRange, lucenePhrase, normName } from './cypher.js';
import {
  byId,
  list,
  prop,
  type RelationField,
  REPORTED,
  type RootDef,
  SOURCES,
  type TypeDef,
  value,
} from './fields.js';

/** The people who took part in a meeting in one role (`principal`, the default, or `delegation`), by name. */
const attendees = (delegation: boolean): RelationField => ({
  kind: 'list',
  type: 'Person',
  from: (v, x) =>
    `MATCH (${x}:Person)-[${x}_at:ATTENDED]->(${v}) WHERE coalesce(${x}_at.role, 'principal') ${delegation ? '=' : '<>'} 'delegation'`,
  order: (x) => `${x}.name, ${x}.id`,
});

export const MEETING: TypeDef = {
  ...REPORTED,
  date: value((v) => `toString(${v}.date)`),
  place: prop('place'),
  durations: list('durations'),
  confidence: prop('confidence'),
  cameo: prop('cameo'),
  participants: attendees(false),
  delegation: attendees(true),
  /** The fields of details the reports give more than one value for (`{meeting, field}`). */
  disagreements: {
    kind: 'list',
    type: 'Disagreement',
    from: (v, x) =>
      `MATCH (${v})-[:HAS_DETAIL]->(${x}_d:Detail) WHERE ${x}_d.value IS NOT NULL WITH DISTINCT ${x}_d.field AS ${x}_f ` +
      `WHERE COUNT { MATCH (${v})-[:HAS_DETAIL]->(${x}_e:Detail) WHERE ${x}_e.field = ${x}_f AND ${x}_e.value IS NOT NULL ` +
      `RETURN DISTINCT toString(${x}_e.value) } > 1 WITH {meeting: ${v}, field: ${x}_f} AS ${x}`,
    order: (x) => `${x}.field`,
  },
  sources: SOURCES,
};

/** The details of one field of a meeting (`v`: `{meeting, field}`) whose value is `value` when given. */
const details = (v: string, x: string, value = '') =>
  `WITH ${v}.meeting AS ${x}_m, ${v}.field AS ${x}_f${value ? `, ${v}.value AS ${x}_v` : ''} ` +
  `MATCH (${x}_m)-[:HAS_DETAIL]->(${x}_d:Detail) WHERE ${x}_d.field = ${x}_f AND ` +
  (value ? `toString(${x}_d.value) = ${x}_v` : `${x}_d.value IS NOT NULL`);

export const DISAGREEMENT: TypeDef = {
  field: value((v) => `${v}.field`),
  /** Each value once (`{meeting, field, value}`). */
  values: {
    kind: 'list',
    type: 'DisagreementValue',
    from: (v, x) =>
      `${details(v, x)} WITH DISTINCT ${x}_m, ${x}_f, toString(${x}_d.value) AS ${x}_v ` +
      `WITH {meeting: ${x}_m, field: ${x}_f, value: ${x}_v} AS ${x}`,
    order: (x) => `${x}.value`,
  },
};

/** One value of a disagreement; its sources are those of the details that give it, earliest first. */
export const DISAGREEMENT_VALUE: TypeDef = {
  value: value((v) => `${v}.value`),
  sources: {
    ...SOURCES,
    from: (v, x) => `${details(v, x, 'value')} MATCH (${x}:Article)-[${x}_s:SUPPORTS]->(${x}_d)`,
  },
};

const LATEST = (x: string) => `${x}.date DESC, ${x}.id`;

/**
 * Meetings, latest first. Each name designates one person (as `person(name)` does); a name that
 * designates nobody matches no meeting. The meetings are read from the first person's, not from
 * every meeting.
 */
const meetings: RootDef = {
  kind: 'connection',
  type: 'Meeting',
  prelude: (s, a) => {
    const names = ((a.participants as string[] | undefined) ?? []).map(normName);
    if (!names.length) return '';
    // Each name's Lucene phrase, when the index can find all of them (see cypher.ts); else a scan.
    const phrases = names.map(lucenePhrase);
    const indexed = phrases.every((p) => p !== null);
    const lookups = s.param(names.map((q, i) => ({ q, lucene: phrases[i] })));
    return (
      `CALL { UNWIND ${lookups} AS l WITH l.q AS q, l.lucene AS lucene WITH ` +
      `${bestPerson('q', indexed ? 'lucene' : null)} AS x RETURN collect(x) AS people } ` +
      `WITH people, head(people) AS first, ${s.param(names.length)} AS wanted`
    );
  },
  from: (_, x, s, a) => {
    const named = ((a.participants as string[] | undefined) ?? []).length > 0;
    const conds = [
      ...(named ? ['size(people) = wanted', `all(_p IN people WHERE (_p)-[:ATTENDED]->(${x}))`] : []),
      ...dateRange(`${x}.date`, s, a.from, a.to),
    ];
    return anchoredMatch(x, 'Meeting', named ? `(first)-[:ATTENDED]->(${x}:Meeting)` : null, conds);
  },
  order: LATEST,
};

/** Meetings whose reports disagree on a detail (two or more `Detail`s with the same field), latest first. */
const disagreements: RootDef = {
  kind: 'connection',
  type: 'Meeting',
  from: (_, x) =>
    `MATCH (${x}:Meeting) WHERE EXISTS { MATCH (${x})-[:HAS_DETAIL]->(_d1:Detail), (${x})-[:HAS_DETAIL]->(_d2:Detail) ` +
    `WHERE _d1.field = _d2.field AND _d1 <> _d2 }`,
  order: LATEST,
};

export const MEETING_ROOTS: Record<string, RootDef> = { meetings, meeting: byId('Meeting'), disagreements };
