import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { ArticlesArgs, OutletArticlesArgs } from './article.args.js';
import { Article, ArticleConnection } from './article.type.js';
import type { Context } from './context.js';
import { Outlet } from './outlet.type.js';
import { nestedConnection, readRoot, type Row } from './selection.js';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, {
    description: 'Reports in the graph, latest first, filtered by outlet and publication date.',
  })
  async articles(@Args() _args: ArticlesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRoot(ctx, info);
  }

  @Query(() => Article, {
    nullable: true,
    description: 'One report by id (its URL, or file name); null when there is none.',
  })
  async article(
    @Arg('id', () => ID, { description: 'Id of the report.' }) _id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readRoot(ctx, info);
  }
}

@Resolver(() => Outlet)
export class OutletResolver {
  @Query(() => [Outlet], { description: 'Every outlet with reports in the graph, most prolific first.' })
  async outlets(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRoot(ctx, info);
  }

  @FieldResolver(() => ArticleConnection, { description: "The outlet's reports in the graph, latest first." })
  articles(@Root() o: Row, @Args() args: OutletArticlesArgs, @Info() info: GraphQLResolveInfo) {
    return nestedConnection(o, info, args);
  }
}
