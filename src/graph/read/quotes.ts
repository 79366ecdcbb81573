import { anchoredMatch, bestPerson, lookup, namedOutlet, normName } from './cypher.js';
import {
  type Args,
  byId,
  bySources,
  list,
  prop,
  REPORTED,
  type RootDef,
  SOURCES,
  speaker,
  type TypeDef,
  value,
} from './fields.js';
import type { Statement } from './statement.js';

/** Most widely reported first (distinct reports), then the first reported. */
export const QUOTE_ORDER = bySources((x) => `${x}.firstReported`);

export const QUOTE: TypeDef = {
  ...REPORTED,
  text: prop('text'),
  wordings: list('wordings'),
  confidence: prop('confidence'),
  speaker: speaker('SAID'),
  sourceName: value((v, s) => {
    const g = s.fresh();
    return `head(COLLECT { MATCH (${g}:Organization)-[:SAID]->(${v}) RETURN ${g}.name ORDER BY ${g}.name })`;
  }),
  reportedBy: {
    kind: 'list',
    type: 'OutletReport',
    from: (v, x) => `MATCH (${x}:Outlet)-[${x}_r:REPORTED]->(${v})`,
    carry: (x) => `${x}, ${x}_r`,
    order: (x) => `${x}.name, ${x}.id`,
  },
  sources: SOURCES,
};

/** An outlet (`v`) that carried a quote, by its REPORTED edge (`v_r`). */
export const OUTLET_REPORT: TypeDef = {
  outlet: { kind: 'self', type: 'Outlet' },
  wordings: value((v) => `coalesce(${v}_r.wordings, [])`),
  articleCount: value((v) => `size(coalesce(${v}_r.articleIds, []))`),
};

/** The lookups a quotes filter needs, bound before the match: the speaker, the outlet. */
function lets(s: Statement, a: Args): string {
  const bound: string[] = [];
  if (a.speaker) bound.push(`${bestPerson(...lookup(s, a.speaker as string))} AS speaker`);
  if (a.outlet) bound.push(`${namedOutlet(...lookup(s, a.outlet as string))} AS outlet`);
  return bound.length ? `WITH ${bound.join(', ')}` : '';
}

/** Quotes, most widely reported first, filtered by speaker, outlet, topic and words. */
const quotes: RootDef = {
  kind: 'connection',
  type: 'Quote',
  prelude: lets,
  from: (_, q, s, a) => {
    const anchors: string[] = [];
    const conds: string[] = [];
    if (a.speaker) anchors.push(`(speaker)-[:SAID]->(${q}:Quote)`);
    if (a.outlet) anchors.push(`(outlet)-[:REPORTED]->(${q}:Quote)`);
    if (a.topic) {
      const t = s.param(normName(a.topic as string));
      conds.push(`EXISTS { (${q})-[:ABOUT]->(_t:Topic) WHERE toLower(_t.name) = ${t} OR toLower(_t.id) = ${t} }`);
    }
    if (a.contains) {
      const c = s.param(normName(a.contains as string));
      conds.push(
        `(toLower(${q}.text) CONTAINS ${c} OR any(_w IN coalesce(${q}.wordings, []) WHERE toLower(_w) CONTAINS ${c}))`,
      );
    }
    // The speaker's quotes (else the outlet's) are read from that node; a second anchor is a test.
    return anchoredMatch(q, 'Quote', anchors[0] ?? null, [...anchors.slice(1), ...conds]);
  },
  ...QUOTE_ORDER,
};

export const QUOTE_ROOTS: Record<string, RootDef> = { quotes, quote: byId('Quote') };
