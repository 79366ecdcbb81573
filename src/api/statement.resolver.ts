import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import * as statementsQ from '../graph/read/statements.js';
import type { PageRows } from '../graph/read/cypher.js';
import type { StatementRow } from '../graph/read/records.js';
import { toConnection, toPage } from './connection.js';
import type { Context } from './context.js';
import { Source } from './source.type.js';
import { DEFAULT_SOURCES, MAX_SOURCES, sourcesOf } from './sources.js';
import { StatementsArgs } from './statement.args.js';
import { Statement, StatementConnection } from './statement.type.js';
import * as check from './validate.js';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, {
    description: 'Positions people stated, most widely reported first, filtered by speaker and topic.',
  })
  async statements(@Args() args: StatementsArgs, @Ctx() ctx: Context) {
    const page = toPage(args);
    const filter = {
      speaker: check.optionalName('speaker', args.speaker),
      topic: check.optionalName('topic', args.topic),
    };
    const [rows] = await ctx.read<PageRows<StatementRow>>(statementsQ.statements(filter, page));
    return toConnection(rows!, page);
  }

  @FieldResolver(() => [Source], { description: 'The reports that support the position, with the sentence of each.' })
  sources(
    @Root() s: StatementRow,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_SOURCES,
      description: `At most this many sources (up to ${MAX_SOURCES}), earliest report first.`,
    })
    first: number,
    @Ctx() ctx: Context,
  ) {
    return sourcesOf(ctx, 'Position', s.id, first);
  }
}
