import { anchoredMatch, dateRange, lookup, namedOutlet, where } from './cypher.js';
import { byId, day, list, prop, type RelationField, type RootDef, type TypeDef, value } from './fields.js';
import { QUOTE_ORDER } from './quotes.js';
import { STATEMENT_ORDER } from './statements.js';

const LATEST = (x: string) => `${x}.published DESC, ${x}.id`;

/** The facts of one label an article supports, each once (an article may support a fact twice). */
const supported = (label: string, type: string, order: Pick<RelationField, 'carry' | 'order'>): RelationField => ({
  kind: 'list',
  type,
  from: (v, x) => `MATCH (${v})-[:SUPPORTS]->(${x}:${label}) WITH DISTINCT ${x}`,
  ...order,
});

export const ARTICLE: TypeDef = {
  id: prop('id'),
  title: prop('title'),
  url: prop('url'),
  published: value((v) => day(`${v}.published`)),
  dateline: prop('dateline'),
  /** The body is read only when a client asks for it. */
  text: prop('text'),
  outlet: {
    kind: 'one',
    type: 'Outlet',
    from: (v, x) => `MATCH (${x}:Outlet)-[:PUBLISHED]->(${v})`,
    order: (x) => `${x}.id`,
  },
  meetings: supported('Meeting', 'Meeting', { order: (x) => `${x}.date DESC, ${x}.id` }),
  quotes: supported('Quote', 'Quote', QUOTE_ORDER),
  statements: supported('Position', 'Statement', STATEMENT_ORDER),
  people: {
    kind: 'list',
    type: 'Person',
    from: (v, x) => `MATCH (${v})-[:MENTIONS]->(${x}:Person) WITH DISTINCT ${x}`,
    order: (x) => `${x}.name, ${x}.id`,
  },
};

export const OUTLET: TypeDef = {
  id: prop('id'),
  name: prop('name'),
  aliases: list('aliases'),
  wikidataId: prop('wikidataId'),
  articles: {
    kind: 'connection',
    type: 'Article',
    from: (v, x, s, a) =>
      `MATCH (${v})-[:PUBLISHED]->(${x}:Article) ${where(dateRange(`${x}.published`, s, a.from, a.to))}`,
    order: LATEST,
  },
};

/** The Article and Outlet fields of a `Source`: the supporting article (`v`) and its evidence edge (`v_s`). */
export const SOURCE: TypeDef = {
  article: { kind: 'self', type: 'Article' },
  outlet: ARTICLE.outlet!,
  sentence: value((v) => `${v}_s.sentence`),
  wording: value((v) => `${v}_s.wording`),
  rule: value((v) => `${v}_s.rule`),
  confidence: value((v) => `${v}_s.confidence`),
};

/** Articles, latest first, filtered by outlet (read from that outlet) and publication date. */
const articles: RootDef = {
  kind: 'connection',
  type: 'Article',
  prelude: (s, a) => (a.outlet ? `WITH ${namedOutlet(...lookup(s, a.outlet as string))} AS outlet` : ''),
  from: (_, x, s, a) =>
    anchoredMatch(
      x,
      'Article',
      a.outlet ? `(outlet)-[:PUBLISHED]->(${x}:Article)` : null,
      dateRange(`${x}.published`, s, a.from, a.to),
    ),
  order: LATEST,
};

/** Every outlet, most prolific first. */
const outlets: RootDef = {
  kind: 'list',
  type: 'Outlet',
  from: (_, x) => `MATCH (${x}:Outlet)`,
  carry: (x) => `${x}, COUNT { (${x})-[:PUBLISHED]->(:Article) } AS ${x}_n`,
  order: (x) => `${x}_n DESC, ${x}.name`,
};

export const ARTICLE_ROOTS: Record<string, RootDef> = { articles, article: byId('Article'), outlets };
