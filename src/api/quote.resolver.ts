import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './context.js';
import { QuotesArgs } from './quote.args.js';
import { Quote, QuoteConnection } from './quote.type.js';
import { readRoot, selected, sourcesArg, type Row } from './selection.js';
import { Source } from './source.type.js';

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, {
    description: 'Quotes, most widely reported first, filtered by speaker, outlet, topic and words.',
  })
  async quotes(@Args() _args: QuotesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRoot(ctx, info);
  }

  @Query(() => Quote, { nullable: true, description: 'One quote by id; null when there is none.' })
  async quote(
    @Arg('id', () => ID, { description: 'Id of the quote.' }) _id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readRoot(ctx, info);
  }

  @FieldResolver(() => [Source], {
    description: 'The reports that carry the quote, with the sentence and wording of each.',
  })
  sources(@Root() q: Row, @Arg('first', () => Int, sourcesArg) _first: number, @Info() info: GraphQLResolveInfo) {
    return selected(q, info);
  }
}
