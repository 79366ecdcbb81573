import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import * as articlesQ from '../graph/read/articles.js';
import type { PageRows } from '../graph/read/cypher.js';
import type { ArticleRow, OutletRow } from '../graph/read/records.js';
import { ArticlesArgs, OutletArticlesArgs } from './article.args.js';
import { Article, ArticleConnection } from './article.type.js';
import { toConnection, toPage } from './connection.js';
import type { Context } from './context.js';
import { Meeting } from './meeting.type.js';
import { Outlet } from './outlet.type.js';
import { Person } from './person.type.js';
import { Quote } from './quote.type.js';
import { dayOf } from './scalars.js';
import { Statement } from './statement.type.js';
import * as check from './validate.js';

const withDay = (a: ArticleRow) => ({ ...a, published: dayOf(a.published) });

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, {
    description: 'Reports in the graph, latest first, filtered by outlet and publication date.',
  })
  async articles(@Args() args: ArticlesArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    const filter = { outlet: check.optionalName('outlet', args.outlet), ...check.dateRange(args.from, args.to) };
    const [rows] = await ctx.read<PageRows<ArticleRow>>(articlesQ.articles(filter, page));
    return toConnection({ total: rows!.total, items: rows!.items.map(withDay) }, page);
  }

  @Query(() => Article, {
    nullable: true,
    description: 'One report by id (its URL, or file name); null when there is none.',
  })
  async article(@Arg('id', () => ID, { description: 'Id of the report.' }) id: string, @Ctx() ctx: Context) {
    const row = await ctx.loaders.article(id);
    return row && withDay(row);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The body: title, captions and paragraphs, boilerplate removed.',
  })
  text(@Root() a: ArticleRow, @Ctx() ctx: Context) {
    return ctx.loaders.articleText(a.id);
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings this report tells of.' })
  async meetings(@Root() a: ArticleRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.articleFacts(a.id)).meetings;
  }

  @FieldResolver(() => [Quote], { description: 'Quotes this report carries.' })
  async quotes(@Root() a: ArticleRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.articleFacts(a.id)).quotes;
  }

  @FieldResolver(() => [Statement], { description: 'Positions this report attributes to people.' })
  async statements(@Root() a: ArticleRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.articleFacts(a.id)).statements;
  }

  @FieldResolver(() => [Person], { description: 'People this report mentions.' })
  async people(@Root() a: ArticleRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.articleFacts(a.id)).people;
  }
}

@Resolver(() => Outlet)
export class OutletResolver {
  @Query(() => [Outlet], { description: 'Every outlet with reports in the graph, most prolific first.' })
  async outlets(@Ctx() ctx: Context) {
    return (await ctx.read<{ outlet: OutletRow }>(articlesQ.outlets())).map((r) => r.outlet);
  }

  @FieldResolver(() => ArticleConnection, { description: "The outlet's reports in the graph, latest first." })
  async articles(@Root() o: OutletRow, @Args() args: OutletArticlesArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    const rows = await ctx.loaders.articlesOf(o.id, check.dateRange(args.from, args.to), page);
    return toConnection({ total: rows.total, items: rows.items.map(withDay) }, page);
  }
}
