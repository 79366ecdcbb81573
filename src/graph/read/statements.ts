import { anchoredMatch, bestPerson, lookup, normName } from './cypher.js';
import { bySources, prop, REPORTED, type RootDef, SOURCES, speaker, type TypeDef } from './fields.js';
import type { Statement } from './statement.js';

/** Positions on a topic (its name or id, any case). */
export const topicCond = (x: string, s: Statement, topic: unknown) => {
  const t = s.param(normName(topic as string));
  return `EXISTS { (${x})-[:ABOUT]->(_t:Topic) WHERE toLower(_t.name) = ${t} OR toLower(_t.id) = ${t} }`;
};

/** Most widely reported first (distinct reports), then by text. */
export const STATEMENT_ORDER = bySources((x) => `${x}.text`);

export const STATEMENT: TypeDef = {
  ...REPORTED,
  text: prop('text'),
  kind: prop('kind'),
  cameo: prop('cameo'),
  speaker: speaker('STATED'),
  sources: SOURCES,
};

/** Positions people stated, most widely reported first, filtered by speaker and topic. */
const statements: RootDef = {
  kind: 'connection',
  type: 'Statement',
  prelude: (s, a) => (a.speaker ? `WITH ${bestPerson(...lookup(s, a.speaker as string))} AS speaker` : ''),
  from: (_, x, s, a) =>
    anchoredMatch(
      x,
      'Position',
      a.speaker ? `(speaker)-[:STATED]->(${x}:Position)` : null,
      a.topic ? [topicCond(x, s, a.topic)] : [],
    ),
  ...STATEMENT_ORDER,
};

export const STATEMENT_ROOTS: Record<string, RootDef> = { statements };
