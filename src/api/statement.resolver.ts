import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './context.js';
import { readRoot, selected, sourcesArg, type Row } from './selection.js';
import { Source } from './source.type.js';
import { StatementsArgs } from './statement.args.js';
import { Statement, StatementConnection } from './statement.type.js';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, {
    description: 'Positions people stated, most widely reported first, filtered by speaker and topic.',
  })
  async statements(@Args() _args: StatementsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readRoot(ctx, info);
  }

  @FieldResolver(() => [Source], { description: 'The reports that support the position, with the sentence of each.' })
  sources(@Root() s: Row, @Arg('first', () => Int, sourcesArg) _first: number, @Info() info: GraphQLResolveInfo) {
    return selected(s, info);
  }
}
