/**
 * Per-request DataLoaders: every field that fans out over a list (a person's meetings, a quote's
 * sources, …) asks a loader, and all the asks of one level of the query go to Neo4j as one
 * `UNWIND $ids` statement. A loader lives for one request, so nothing is cached across users.
 */
import DataLoader from 'dataloader';
import type { Graph, Row } from '../graph/driver.js';
import type { CypherQuery, Page, PageRows } from '../graph/read/cypher.js';
import type {
  ArticleRow,
  MeetingRow,
  MetRow,
  OutletRow,
  PersonRow,
  QuoteRow,
  SourceRow,
  StatementRow,
} from '../graph/read/records.js';
import * as peopleQ from '../graph/read/people.js';
import * as meetingsQ from '../graph/read/meetings.js';
import * as quotesQ from '../graph/read/quotes.js';
import * as statementsQ from '../graph/read/statements.js';
import * as articlesQ from '../graph/read/articles.js';
import { sourcesOf, type FactLabel } from '../graph/read/sources.js';

export interface ArticleFacts {
  meetings: MeetingRow[];
  quotes: QuoteRow[];
  statements: StatementRow[];
  people: PersonRow[];
}

const EMPTY_FACTS: ArticleFacts = { meetings: [], quotes: [], statements: [], people: [] };

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly graph: Graph) {}

  person = (id: string) => this.byId<PersonRow | null>('person', peopleQ.peopleByIds, 'person', null).load(id);
  meeting = (id: string) => this.byId<MeetingRow | null>('meeting', meetingsQ.meetingsByIds, 'meeting', null).load(id);
  quote = (id: string) => this.byId<QuoteRow | null>('quote', quotesQ.quotesByIds, 'quote', null).load(id);
  article = (id: string) => this.byId<ArticleRow | null>('article', articlesQ.articlesByIds, 'article', null).load(id);
  articleText = (id: string) => this.byId<string | null>('articleText', articlesQ.articleTexts, 'text', null).load(id);
  outlet = (id: string) => this.byId<OutletRow | null>('outlet', articlesQ.outletsByIds, 'outlet', null).load(id);
  articleFacts = (id: string) =>
    this.loader<ArticleFacts>(
      'facts',
      articlesQ.factsOfArticles,
      (r) => r as unknown as ArticleFacts,
      EMPTY_FACTS,
    ).load(id);

  sources = (label: FactLabel, id: string, limit: number) =>
    this.loader<SourceRow[]>(
      `sources:${label}:${limit}`,
      (ids) => sourcesOf(label, ids, limit),
      (r) => r.sources as SourceRow[],
      [],
    ).load(id);

  meetingsOf = (personId: string, filter: { from: string | null; to: string | null }, page: Page) =>
    this.paged<MeetingRow>(`meetingsOf:${filter.from}:${filter.to}`, page, (ids) =>
      meetingsQ.meetingsOfPeople(ids, filter, page),
    ).load(personId);

  quotesOf = (personId: string, page: Page) =>
    this.paged<QuoteRow>('quotesOf', page, (ids) => quotesQ.quotesOfPeople(ids, page)).load(personId);

  statementsOf = (personId: string, topic: string | null, page: Page) =>
    this.paged<StatementRow>(`statementsOf:${topic}`, page, (ids) =>
      statementsQ.statementsOfPeople(ids, topic, page),
    ).load(personId);

  peopleMet = (personId: string, page: Page) =>
    this.paged<MetRow>('peopleMet', page, (ids) => peopleQ.peopleMet(ids, page)).load(personId);

  articlesOf = (outletId: string, filter: { from: string | null; to: string | null }, page: Page) =>
    this.paged(`articlesOf:${filter.from}:${filter.to}`, page, (ids) =>
      articlesQ.articlesOfOutlets(ids, filter, page),
    ).load(outletId) as Promise<PageRows<ArticleRow>>;

  /** One loader per kind of lookup and set of arguments, created on first use. */
  private loader<V>(
    key: string,
    query: (ids: readonly string[]) => CypherQuery,
    pick: (row: Row) => V,
    missing: V,
  ): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (ids) => {
        const { cypher, params } = query(ids);
        const rows = await this.graph.read(cypher, params);
        const byId = new Map(rows.map((r) => [String(r.id), pick(r)]));
        return ids.map((id) => byId.get(id) ?? missing);
      });
      this.loaders.set(key, loader);
    }
    return loader;
  }

  private byId<V>(key: string, query: (ids: readonly string[]) => CypherQuery, column: string, missing: V) {
    return this.loader<V>(key, query, (r) => r[column] as V, missing);
  }

  private paged<V>(key: string, page: Page, query: (ids: readonly string[]) => CypherQuery) {
    return this.loader<PageRows<V>>(
      `${key}:${page.skip}:${page.limit}`,
      query,
      (r) => ({ total: Number(r.total), items: r.items as V[] }),
      {
        total: 0,
        items: [],
      },
    );
  }
}
