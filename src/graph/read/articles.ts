import {
  anchoredMatch,
  ARTICLE,
  batchedPageQuery,
  dateRange,
  lookupExpr,
  MEETING,
  nameLookup,
  namedOutlet,
  OUTLET,
  pageQuery,
  PERSON,
  QUOTE,
  STATEMENT,
  where,
  type CypherQuery,
  type Page,
} from './cypher.js';

export interface ArticleFilter {
  outlet?: string | null;
  /** Publication dates (YYYY-MM-DD), inclusive. */
  from?: string | null;
  to?: string | null;
}

const ORDER = 'a.published DESC, a.id';

/** Articles, latest first. */
export function articles(filter: ArticleFilter, page: Page): CypherQuery {
  const conds = dateRange('a.published', filter.from, filter.to);
  const outlet = filter.outlet ? nameLookup('outlet', filter.outlet) : { outlet: null };
  return {
    cypher: pageQuery(
      filter.outlet ? `WITH ${namedOutlet(...lookupExpr('outlet', outlet))} AS outlet` : '',
      anchoredMatch('a', 'Article', filter.outlet ? '(outlet)-[:PUBLISHED]->(a:Article)' : null, conds),
      'a',
      ORDER,
      ARTICLE('a'),
    ),
    params: { ...outlet, from: filter.from ?? null, to: filter.to ?? null, ...page },
  };
}

/** Articles by id, for the loader. */
export function articlesByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, ${ARTICLE('a')} AS article`,
    params: { ids },
  };
}

/** The bodies of articles, loaded only when a client asks for `Article.text`. */
export function articleTexts(ids: readonly string[]): CypherQuery {
  return { cypher: 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.text AS text', params: { ids } };
}

/** For each outlet id, its articles, latest first. */
export function articlesOfOutlets(
  ids: readonly string[],
  filter: Omit<ArticleFilter, 'outlet'>,
  page: Page,
): CypherQuery {
  return {
    cypher: batchedPageQuery(
      'MATCH (o:Outlet {id: id})',
      `MATCH (o)-[:PUBLISHED]->(a:Article) ${where(dateRange('a.published', filter.from, filter.to))}`,
      'a',
      ORDER,
      ARTICLE('a'),
    ),
    params: { ids, from: filter.from ?? null, to: filter.to ?? null, ...page },
  };
}

/** Every outlet with its number of articles, most prolific first. */
export function outlets(): CypherQuery {
  return {
    cypher: `MATCH (o:Outlet) WITH o, COUNT { (o)-[:PUBLISHED]->(:Article) } AS articleCount
RETURN o {.id, .name, aliases: coalesce(o.aliases, []), articleCount: articleCount} AS outlet ORDER BY articleCount DESC, o.name`,
    params: {},
  };
}

/** Outlets by id, for the loader. */
export function outletsByIds(ids: readonly string[]): CypherQuery {
  return { cypher: `UNWIND $ids AS id MATCH (o:Outlet {id: id}) RETURN id, ${OUTLET('o')} AS outlet`, params: { ids } };
}

/**
 * What each article supports and mentions: its meetings, quotes and statements, and the people it
 * mentions. One row per article id.
 */
export function factsOfArticles(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id,
  COLLECT { MATCH (a)-[:SUPPORTS]->(m:Meeting) RETURN ${MEETING('m')} } AS meetings,
  COLLECT { MATCH (a)-[:SUPPORTS]->(q:Quote) RETURN ${QUOTE('q')} } AS quotes,
  COLLECT { MATCH (a)-[:SUPPORTS]->(s:Position) RETURN ${STATEMENT('s')} } AS statements,
  COLLECT { MATCH (a)-[:MENTIONS]->(p:Person) RETURN ${PERSON('p')} } AS people`,
    params: { ids },
  };
}
